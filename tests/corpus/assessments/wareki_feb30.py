"""Corpus: 2月30日."""

from pia_dsl.forms.juten import Cover, FocusedAssessment
from pia_dsl.wareki import wareki

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務", published=wareki("令和7年2月30日")),
)
