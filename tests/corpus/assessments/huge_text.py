"""Corpus: one text of more than 1,000,000 characters (pasted by mistake)."""

from pia_dsl.forms.juten import Affairs, BasicInfo, Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="長すぎる文章"),
    s1=BasicInfo(affairs=Affairs(name="事務", content="あ" * 1_000_001)),
)
