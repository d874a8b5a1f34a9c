"""Corpus: 情報連携を「実施しない」 with its 法令上の根拠 filled in."""

from pia_dsl.forms.choices import Linkage
from pia_dsl.forms.juten import FocusedBasicInfo, FocusedAssessment, NetworkLinkage

assessment = FocusedAssessment(
    s1=FocusedBasicInfo(
        linkage=NetworkLinkage(
            status=Linkage.NO,
            legal_basis="番号法第19条第8号",
        ),
    ),
)
