"""Corpus: a misspelt item name (unexpected keyword argument)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(titel="国民健康保険に関する事務"),
)
