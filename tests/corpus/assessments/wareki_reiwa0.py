"""Corpus: 令和0年 (the first year is 元年)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment
from pia_dsl.wareki import wareki

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務", published=wareki("令和0年7月18日")),
)
