"""Corpus: a system without its required ②システムの機能."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import BasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=BasicInfo(
        systems=(System(key="main", name="国保総合システム"),),
    ),
)
