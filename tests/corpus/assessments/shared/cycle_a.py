"""Corpus: a shared block that imports the other block, which imports it back."""

from assessments.shared.cycle_b import B

A = "共通の文章" + B
