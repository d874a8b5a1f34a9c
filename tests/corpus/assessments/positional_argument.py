"""Corpus: a system written with a positional value instead of `名前=値`."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import BasicInfo, FocusedAssessment

assessment = FocusedAssessment(
    s1=BasicInfo(
        systems=(System("main", name="国保総合システム", functions="資格管理"),),
    ),
)
