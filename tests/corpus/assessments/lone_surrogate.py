"""Corpus: a lone surrogate (half of 𠮷 written as an escape)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="\ud842田市の国民健康保険に関する事務"),
)
