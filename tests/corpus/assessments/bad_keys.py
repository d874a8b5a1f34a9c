"""Corpus: member keys that break the documented rule, and two keys equal under NFC."""

from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedBasicInfo, Cover, FocusedAssessment

assessment = FocusedAssessment(
    cover=Cover(title="キーの規則"),
    s1=FocusedBasicInfo(
        systems=(
            System(key="宛名 システム", name="宛名システム", functions="宛名の管理"),
            System(key="ga\u0301", name="合成済みでない", functions="-"),
            System(key="g\u00e1", name="合成済み", functions="-"),
        ),
    ),
)
