"""
特定個人情報保護評価書（全項目評価書）: :class:`FullAssessment` and its sections.

Ⅱ, Ⅲ and （別添２） repeat per 特定個人情報ファイル; their members share the author's stable
file keys (a form rule checks that they match).  The form registry
(:mod:`pia_dsl.forms.registry`) names this package, its root class and its rules.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import ChangeRow, Inquiry, NumberUse, ProvisionSection
from .cover import Cover
from .s1_basic import (
    BasicInfo,
    Business,
    BusinessAnnex,
    Department,
    NetworkLinkage,
    Reasons,
)
from .s2_consign import Consignment, ConsignmentSection, Reconsignment
from .s2_files import (
    Acquisition,
    FileBasics,
    FileOverview,
    FileRecords,
    FileSection,
    RecordAnnex,
    Retention,
    RetentionTerm,
    Users,
)
from .s3_acquire_use import (
    AccessControl,
    AccessIssuance,
    AccuracyRisk,
    AcquisitionRisks,
    AuthorityRisk,
    LinkingRisk,
    PurposeRisk,
    UsageRecord,
    UserAuthentication,
    UseRisks,
)
from .s3_consign_provide import (
    ConsignErasureRule,
    ConsignProvisionRule,
    ConsignRisks,
    ContractClause,
    HandlingRecord,
    ProvisionRecord,
    ProvisionRisks,
    ProvisionRule,
    ReconsignControl,
    UnlawfulProvisionRisk,
    ViewerRestriction,
)
from .s3_network_storage import (
    DeceasedNumberStorage,
    ErasureProcedure,
    ErasureRisk,
    IncidentHistory,
    LeakRisk,
    NetworkRisks,
    PhysicalMeasures,
    StorageRisks,
    TechnicalMeasures,
)
from .s3_risks import FileRisks, RiskSection
from .s4_other import AuditPractice, AuditSection, OtherRisks, SelfInspection, Training
from .s5_disclosure import Disclosure, DisclosureRequest, FileRegister
from .s6_procedure import Approval, KisoStep, Procedure, PublicComment, ThirdPartyReview

__all__ = [
    "AccessControl",
    "AccessIssuance",
    "AccuracyRisk",
    "Acquisition",
    "AcquisitionRisks",
    "Approval",
    "AuditPractice",
    "AuditSection",
    "AuthorityRisk",
    "BasicInfo",
    "Business",
    "BusinessAnnex",
    "ConsignErasureRule",
    "ConsignProvisionRule",
    "ConsignRisks",
    "Consignment",
    "ConsignmentSection",
    "ContractClause",
    "Cover",
    "DeceasedNumberStorage",
    "Department",
    "Disclosure",
    "DisclosureRequest",
    "ErasureProcedure",
    "ErasureRisk",
    "FileBasics",
    "FileOverview",
    "FileRecords",
    "FileRegister",
    "FileRisks",
    "FileSection",
    "FullAssessment",
    "HandlingRecord",
    "IncidentHistory",
    "Inquiry",
    "KisoStep",
    "LeakRisk",
    "LinkingRisk",
    "NetworkLinkage",
    "NetworkRisks",
    "NumberUse",
    "OtherRisks",
    "PhysicalMeasures",
    "Procedure",
    "ProvisionRecord",
    "ProvisionRisks",
    "ProvisionRule",
    "ProvisionSection",
    "PublicComment",
    "PurposeRisk",
    "Reasons",
    "ReconsignControl",
    "Reconsignment",
    "RecordAnnex",
    "Retention",
    "RetentionTerm",
    "RiskSection",
    "SelfInspection",
    "StorageRisks",
    "TechnicalMeasures",
    "ThirdPartyReview",
    "Training",
    "UnlawfulProvisionRisk",
    "UsageRecord",
    "UseRisks",
    "UserAuthentication",
    "Users",
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

    cover: Cover = field(metadata=item("", "表紙"))
    """様式: 表紙 — ※なし (表紙 in 全項目評価書)"""
    s1: BasicInfo = field(metadata=item("Ⅰ", "基本情報"))
    """様式: Ⅰ　基本情報 — ※なし (Ⅰ in 全項目評価書)"""
    annex1: BusinessAnnex = field(metadata=item("（別添１）", "事務の内容"))
    """様式: （別添１）事務の内容 — ※なし (（別添１） in 全項目評価書)"""
    s2: FileSection = field(metadata=item("Ⅱ", "特定個人情報ファイルの概要"))
    """様式: Ⅱ　特定個人情報ファイルの概要 — ※なし (Ⅱ in 全項目評価書)"""
    annex2: RecordAnnex = field(metadata=item("（別添２）", "特定個人情報ファイル記録項目"))
    """様式: （別添２）特定個人情報ファイル記録項目 — ※なし (（別添２） in 全項目評価書)"""
    s3: RiskSection = field(
        metadata=item(
            "Ⅲ",
            "特定個人情報ファイルの取扱いプロセスにおけるリスク対策",
            star=True,
            star_note="（７．リスク１⑨を除く。）",
        )
    )
    """様式: Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策　※（７．リスク１⑨を除く。） — 重要な変更の対象 (Ⅲ in 全項目評価書)"""
    s4: OtherRisks = field(metadata=item("Ⅳ", "その他のリスク対策", star=True))
    """様式: Ⅳ　その他のリスク対策　※ — 重要な変更の対象 (Ⅳ in 全項目評価書)"""
    s5: Disclosure = field(metadata=item("Ⅴ", "開示請求、問合せ"))
    """様式: Ⅴ　開示請求、問合せ — ※なし (Ⅴ in 全項目評価書)"""
    s6: Procedure = field(metadata=item("Ⅵ", "評価実施手続"))
    """様式: Ⅵ　評価実施手続 — ※なし (Ⅵ in 全項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
