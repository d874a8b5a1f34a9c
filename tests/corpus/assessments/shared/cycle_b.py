"""Corpus: the other half of the import cycle."""

from assessments.shared.cycle_a import A

B = A
