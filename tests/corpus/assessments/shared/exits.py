"""Corpus: a shared block that ends the process."""

raise SystemExit(3)
