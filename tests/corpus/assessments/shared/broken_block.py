"""Corpus: a shared text block with an unterminated string."""

DECLARATION = "特定個人情報ファイルの取扱いに
