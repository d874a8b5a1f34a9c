"""Corpus: two systems with the same key."""

from pia_dsl.forms.choices import Connection
from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedBasicInfo, FocusedAssessment
from pia_dsl.options import checks

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        systems=(
            System(key="main", name="国保総合システム", functions="資格管理", connections=checks(Connection.ADDRESSEE)),
            System(key="main", name="中間サーバー", functions="符号管理", connections=checks(Connection.NETWORK_SYSTEM)),
        ),
    ),
)
