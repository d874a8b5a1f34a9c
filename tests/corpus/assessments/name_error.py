"""Corpus: a class used without its import."""

from pia_dsl.forms.juten import FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務"),
)
