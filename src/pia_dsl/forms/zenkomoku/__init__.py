"""
特定個人情報保護評価書（全項目評価書）: :class:`FullAssessment` and its sections.

Ⅱ, Ⅲ and （別添２） repeat per 特定個人情報ファイル; their members share the author's stable
file keys (a form rule checks that they match).  The form registry
(:mod:`pia_dsl.forms.registry`) names this package, its root class and its rules.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import (
    ChangeRow,
    Department,
    Inquiry,
    NetworkLinkage,
    NumberUse,
    ProvisionSection,
    Training,
)
from ..editions import CURRENT, Version
from .cover import FullCover
from .s1_basic import (
    AffairAnnex,
    FullAffair,
    FullBasicInfo,
    Reasons,
)
from .s2_consign import FullConsignment, FullConsignmentSection, FullReconsignment
from .s2_files import (
    FileRecords,
    FileSection,
    FullAcquisition,
    FullFileBasics,
    FullFileOverview,
    FullStorage,
    FullUsers,
    RecordAnnex,
    RetentionTerm,
)
from .s3_acquire_use import (
    AccessControl,
    AccessIssuance,
    AccuracyRisk,
    AuthorityRisk,
    FullAcquisitionRisks,
    FullUseRisks,
    LinkingRisk,
    PurposeRisk,
    UsageRecord,
    UserAuthentication,
)
from .s3_consign_provide import (
    ConsignErasureRule,
    ConsignProvisionRule,
    ConsignRisks,
    ContractClause,
    FullProvisionRisks,
    HandlingRecord,
    ProvisionRecord,
    ProvisionRule,
    ReconsignControl,
    UnlawfulProvisionRisk,
    ViewerRestriction,
)
from .s3_network_storage import (
    DeceasedNumberStorage,
    ErasureProcedure,
    ErasureRisk,
    FullLeakRisk,
    FullNetworkRisks,
    FullStorageRisks,
    IncidentHistory,
    PhysicalMeasures,
    TechnicalMeasures,
)
from .s3_risks import FileRisks, RiskSection
from .s4_other import AuditPractice, FullAuditSection, OtherRisks, SelfInspection
from .s5_disclosure import FileRegister, FullDisclosure, FullDisclosureRequest
from .s6_procedure import (
    Approval,
    FullKisoStep,
    FullProcedure,
    FullPublicComment,
    FullThirdPartyReview,
)

__all__ = [
    "AccessControl",
    "AccessIssuance",
    "AccuracyRisk",
    "AffairAnnex",
    "Approval",
    "AuditPractice",
    "AuthorityRisk",
    "ConsignErasureRule",
    "ConsignProvisionRule",
    "ConsignRisks",
    "ContractClause",
    "DeceasedNumberStorage",
    "Department",
    "ErasureProcedure",
    "ErasureRisk",
    "FileRecords",
    "FileRegister",
    "FileRisks",
    "FileSection",
    "FullAcquisition",
    "FullAcquisitionRisks",
    "FullAffair",
    "FullAssessment",
    "FullAuditSection",
    "FullBasicInfo",
    "FullConsignment",
    "FullConsignmentSection",
    "FullCover",
    "FullDisclosure",
    "FullDisclosureRequest",
    "FullFileBasics",
    "FullFileOverview",
    "FullKisoStep",
    "FullLeakRisk",
    "FullNetworkRisks",
    "FullProcedure",
    "FullProvisionRisks",
    "FullPublicComment",
    "FullReconsignment",
    "FullStorage",
    "FullStorageRisks",
    "FullThirdPartyReview",
    "FullUseRisks",
    "FullUsers",
    "HandlingRecord",
    "IncidentHistory",
    "Inquiry",
    "LinkingRisk",
    "NetworkLinkage",
    "NumberUse",
    "OtherRisks",
    "PhysicalMeasures",
    "ProvisionRecord",
    "ProvisionRule",
    "ProvisionSection",
    "PurposeRisk",
    "Reasons",
    "ReconsignControl",
    "RecordAnnex",
    "RetentionTerm",
    "RiskSection",
    "SelfInspection",
    "TechnicalMeasures",
    "Training",
    "UnlawfulProvisionRisk",
    "UsageRecord",
    "UserAuthentication",
    "ViewerRestriction",
]


@frozen(kw_only=True)
class FullAssessment:
    """
    特定個人情報保護評価書（全項目評価書）.

    Sections in printed order: 表紙, Ⅰ, （別添１）, Ⅱ (per file), （別添２） (per file),
    Ⅲ (per file), Ⅳ, Ⅴ, Ⅵ; ``history`` holds the （別添３）変更箇所 rows written before
    the assessment was kept in git.
    """

    cover: FullCover = field(factory=FullCover, metadata=item("", "表紙"))
    """様式: 表紙 — ※なし (表紙 in 全項目評価書)"""
    s1: FullBasicInfo = field(factory=FullBasicInfo, metadata=item("Ⅰ", "基本情報"))
    """様式: Ⅰ　基本情報 — ※なし (Ⅰ in 全項目評価書)"""
    annex1: AffairAnnex = field(factory=AffairAnnex, metadata=item("（別添１）", "事務の内容"))
    """様式: （別添１）事務の内容 — ※なし (（別添１） in 全項目評価書)"""
    s2: FileSection = field(factory=FileSection, metadata=item("Ⅱ", "特定個人情報ファイルの概要"))
    """様式: Ⅱ　特定個人情報ファイルの概要 — ※なし (Ⅱ in 全項目評価書)"""
    annex2: RecordAnnex = field(
        factory=RecordAnnex, metadata=item("（別添２）", "特定個人情報ファイル記録項目")
    )
    """様式: （別添２）特定個人情報ファイル記録項目 — ※なし (（別添２） in 全項目評価書)"""
    s3: RiskSection = field(
        factory=RiskSection,
        metadata=item(
            "Ⅲ",
            "特定個人情報ファイルの取扱いプロセスにおけるリスク対策",
            star=True,
            star_note="（７．リスク１⑨を除く。）",
        ),
    )
    """様式: Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策　※（７．リスク１⑨を除く。） — 重要な変更の対象 (Ⅲ in 全項目評価書)"""
    s4: OtherRisks = field(factory=OtherRisks, metadata=item("Ⅳ", "その他のリスク対策", star=True))
    """様式: Ⅳ　その他のリスク対策　※ — 重要な変更の対象 (Ⅳ in 全項目評価書)"""
    s5: FullDisclosure = field(factory=FullDisclosure, metadata=item("Ⅴ", "開示請求、問合せ"))
    """様式: Ⅴ　開示請求、問合せ — ※なし (Ⅴ in 全項目評価書)"""
    s6: FullProcedure = field(factory=FullProcedure, metadata=item("Ⅵ", "評価実施手続"))
    """様式: Ⅵ　評価実施手続 — ※なし (Ⅵ in 全項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
    #: The 様式 edition the document is written on (:mod:`pia_dsl.forms.editions`).
    edition: Version = CURRENT
