"""Corpus: the module raises while it computes a value."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

PARTS = ["国民健康保険", "に関する事務"]

assessment = FocusedAssessment(cover=Cover(title=PARTS[2]))
