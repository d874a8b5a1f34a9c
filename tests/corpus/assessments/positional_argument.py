"""Corpus: a system written with a positional value instead of `名前=値`."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedBasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        systems=(System("main", name="国保総合システム", functions="資格管理"),),
    ),
)
