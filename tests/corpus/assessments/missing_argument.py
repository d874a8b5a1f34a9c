"""Corpus: a system without its required ②システムの機能."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedBasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        systems=(System(key="main", name="国保総合システム"),),
    ),
)
