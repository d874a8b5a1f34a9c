"""Corpus: the shared text blocks of the project (a package, as in assessments/shared/)."""
