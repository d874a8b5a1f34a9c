"""
特定個人情報保護評価書（重点項目評価書）: the root :class:`FocusedAssessment` and its parts.

One module per part of the form, in printed order: :mod:`.cover` (表紙), :mod:`.s1_basic`
(Ⅰ), :mod:`.s2_files` (Ⅱ), the （別添１） 記録項目 (a text field here), :mod:`.s3_risks` (Ⅲ),
:mod:`.s4_disclosure` (Ⅳ), :mod:`.s5_procedure` (Ⅴ), then the (別添２) 変更箇所 rows that
predate the project (``history``).  The form's own consistency rules are in :mod:`.rules`.

Source: ``form-jyuten.md`` (three published documents: 藤沢市 S1, 熊谷市 S3, 札幌市 S0).
Items of the newer edition (その必要性, 5情報) are optional fields and options; see the
docstrings of :class:`~.s2_files.FocusedFileBasics`.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import (
    AuditSection,
    ChangeRow,
    Cover,
    Department,
    Inquiry,
    NetworkLinkage,
    NumberUse,
    ProvisionSection,
    Training,
)
from ..editions import CURRENT, Version
from .s1_basic import FocusedAffair, FocusedBasicInfo
from .s2_files import (
    FocusedAcquisition,
    FocusedConsignment,
    FocusedConsignmentSection,
    FocusedFileBasics,
    FocusedFileOverview,
    FocusedReconsignment,
    FocusedStorage,
    FocusedUsers,
)
from .s3_risks import (
    ConsignmentRisks,
    FocusedAcquisitionRisks,
    FocusedConsignmentRisk,
    FocusedLeakRisk,
    FocusedNetworkRisks,
    FocusedProvisionRisk,
    FocusedProvisionRisks,
    FocusedRiskMeasures,
    FocusedStorageRisks,
    FocusedUseRisks,
    UnauthorizedUseRisk,
)
from .s4_disclosure import FocusedDisclosure, FocusedDisclosureRequest
from .s5_procedure import (
    FocusedKisoStep,
    FocusedProcedure,
    FocusedPublicComment,
    FocusedThirdPartyReview,
)

__all__ = [
    "AuditSection",
    "ConsignmentRisks",
    "Cover",
    "Department",
    "FocusedAcquisition",
    "FocusedAcquisitionRisks",
    "FocusedAffair",
    "FocusedAssessment",
    "FocusedBasicInfo",
    "FocusedConsignment",
    "FocusedConsignmentRisk",
    "FocusedConsignmentSection",
    "FocusedDisclosure",
    "FocusedDisclosureRequest",
    "FocusedFileBasics",
    "FocusedFileOverview",
    "FocusedKisoStep",
    "FocusedLeakRisk",
    "FocusedNetworkRisks",
    "FocusedProcedure",
    "FocusedProvisionRisk",
    "FocusedProvisionRisks",
    "FocusedPublicComment",
    "FocusedReconsignment",
    "FocusedRiskMeasures",
    "FocusedStorage",
    "FocusedStorageRisks",
    "FocusedThirdPartyReview",
    "FocusedUseRisks",
    "FocusedUsers",
    "Inquiry",
    "NetworkLinkage",
    "NumberUse",
    "ProvisionSection",
    "Training",
    "UnauthorizedUseRisk",
]


@frozen(kw_only=True)
class FocusedAssessment:
    """
    特定個人情報保護評価書（重点項目評価書）: one 特定個人情報ファイル of one 事務.

    Fields in printed order: 表紙, Ⅰ, Ⅱ, （別添１）, Ⅲ, Ⅳ, Ⅴ; ``history`` holds the (別添２)
    変更箇所 rows written before the project (later rows are computed from git).
    """

    cover: Cover = field(factory=Cover, metadata=item("", "表紙"))
    """様式: 表紙 — ※なし (表紙 in 重点項目評価書)"""
    s1: FocusedBasicInfo = field(factory=FocusedBasicInfo, metadata=item("Ⅰ", "基本情報"))
    """様式: Ⅰ　基本情報 — ※なし (Ⅰ in 重点項目評価書)"""
    s2: FocusedFileOverview = field(
        factory=FocusedFileOverview, metadata=item("Ⅱ", "特定個人情報ファイルの概要")
    )
    """様式: Ⅱ　特定個人情報ファイルの概要 — ※なし (Ⅱ in 重点項目評価書)"""
    #: Free, semi-structured text: 【分類】 headings, each followed by numbered items
    #: (「1. 個人番号、2. 宛名番号」).
    annex1: str = field(default="", metadata=item("（別添１）", "特定個人情報ファイル記録項目"))
    """様式: （別添１）特定個人情報ファイル記録項目 — ※なし (（別添１） in 重点項目評価書)"""
    s3: FocusedRiskMeasures = field(
        factory=FocusedRiskMeasures,
        metadata=item("Ⅲ", "リスク対策", star=True, star_note="（７．②を除く。）"),
    )
    """様式: Ⅲ　リスク対策　※（７．②を除く。） — 重要な変更の対象 (Ⅲ in 重点項目評価書)"""
    s4: FocusedDisclosure = field(factory=FocusedDisclosure, metadata=item("Ⅳ", "開示請求、問合せ"))
    """様式: Ⅳ　開示請求、問合せ — ※なし (Ⅳ in 重点項目評価書)"""
    s5: FocusedProcedure = field(factory=FocusedProcedure, metadata=item("Ⅴ", "評価実施手続"))
    """様式: Ⅴ　評価実施手続 — ※なし (Ⅴ in 重点項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
    #: The 様式 edition the document is written on (:mod:`pia_dsl.forms.editions`).
    edition: Version = CURRENT
