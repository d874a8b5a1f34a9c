"""Corpus: text where a choice belongs, a number where text belongs."""

from pia_dsl.forms.juten import Affairs, BasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=BasicInfo(
        affairs=Affairs(
            name=123,
            target_count="1万人以上10万人未満",
        ),
    ),
)
