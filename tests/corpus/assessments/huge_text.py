"""Corpus: one text of more than 1,000,000 characters (pasted by mistake)."""

from pia_dsl.forms.juten import FocusedAffair, FocusedBasicInfo, Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="長すぎる文章"),
    s1=FocusedBasicInfo(affair=FocusedAffair(name="事務", content="あ" * 1_000_001)),
)
