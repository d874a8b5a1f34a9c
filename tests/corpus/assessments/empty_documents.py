"""Corpus: `documents` without any document."""

documents = ()
