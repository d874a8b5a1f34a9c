"""Corpus: a bracket that is never closed."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務",
)
