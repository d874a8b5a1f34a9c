"""Corpus: text where a choice belongs, a number where text belongs."""

from pia_dsl.forms.juten import FocusedAffair, FocusedBasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        affair=FocusedAffair(
            name=123,
            target_count="1万人以上10万人未満",
        ),
    ),
)
