"""Corpus: a misspelt choice (AttributeError while the module runs)."""

from pia_dsl.forms.choices import FocusedTargetCount
from pia_dsl.forms.juten import FocusedAffair, FocusedBasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        affair=FocusedAffair(name="国民健康保険に関する事務", target_count=FocusedTargetCount.MILLION),
    ),
)
