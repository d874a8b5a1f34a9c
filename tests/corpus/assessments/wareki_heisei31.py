"""Corpus: 平成31年5月1日 (平成 ended on 2019-04-30)."""

from pia_dsl.forms.juten import Cover, FocusedAssessment
from pia_dsl.wareki import wareki

assessment = FocusedAssessment(
    cover=Cover(title="国民健康保険に関する事務", published=wareki("平成31年5月1日")),
)
