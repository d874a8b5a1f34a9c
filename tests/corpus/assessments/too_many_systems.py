"""Corpus: 21 systems (the form has room for 20)."""

from pia_dsl.forms.choices import Connection
from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedBasicInfo, FocusedAssessment
from pia_dsl.options import checks

SYSTEMS = tuple(
    System(key=f"s{n}", name=f"システム{n}", functions="-", connections=checks(Connection.TAX))
    for n in range(1, 22)
)

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        systems=SYSTEMS,
    ),
)
