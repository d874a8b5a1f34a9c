"""Corpus: a system without its key (the only argument a member cannot leave out)."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedAssessment, FocusedBasicInfo

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        systems=(System(name="国保総合システム"),),
    ),
)
