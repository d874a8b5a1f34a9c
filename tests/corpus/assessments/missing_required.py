"""Corpus: ①事務の名称 left blank (未記入)."""

from pia_dsl.forms.choices import FocusedTargetCount
from pia_dsl.forms.juten import FocusedAffair, FocusedBasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        affair=FocusedAffair(
            name="",
            content="国民健康保険の資格管理",
            target_count=FocusedTargetCount.FROM_10K_TO_100K,
        ),
    ),
)
