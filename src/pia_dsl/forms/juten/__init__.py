"""
特定個人情報保護評価書（重点項目評価書）: the root :class:`FocusedAssessment` and its parts.

One module per part of the form, in printed order: :mod:`.cover` (表紙), :mod:`.s1_basic`
(Ⅰ), :mod:`.s2_files` (Ⅱ), the （別添１） 記録項目 (a text field here), :mod:`.s3_risks` (Ⅲ),
:mod:`.s4_disclosure` (Ⅳ), :mod:`.s5_procedure` (Ⅴ), then the (別添２) 変更箇所 rows that
predate the project (``history``).  The form's own consistency rules are in :mod:`.rules`.

Source: ``form-jyuten.md`` (three published documents: 藤沢市 S1, 熊谷市 S3, 札幌市 S0).
Items of the newer edition (その必要性, 5情報) are optional fields and options; see the
docstrings of :class:`~.s2_files.FileBasics`.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import ChangeRow, Inquiry, NumberUse, ProvisionSection
from .cover import Cover
from .s1_basic import Affairs, BasicInfo, Department, NetworkLinkage
from .s2_files import (
    Acquisition,
    Consignment,
    ConsignmentSection,
    FileBasics,
    FileOverview,
    Reconsignment,
    Storage,
    UsageSubject,
)
from .s3_risks import (
    AcquisitionRisks,
    AuditSection,
    ConsignmentRisk,
    ConsignmentRisks,
    LeakRisk,
    NetworkRisks,
    ProvisionRisk,
    ProvisionRisks,
    RiskMeasures,
    StorageRisks,
    Training,
    UnauthorizedUseRisk,
    UseRisks,
)
from .s4_disclosure import Disclosure, DisclosureRequest
from .s5_procedure import BasicAssessmentStep, Procedure, PublicComment, ThirdPartyReview

__all__ = [
    "Acquisition",
    "AcquisitionRisks",
    "Affairs",
    "AuditSection",
    "BasicAssessmentStep",
    "BasicInfo",
    "Consignment",
    "ConsignmentRisk",
    "ConsignmentRisks",
    "ConsignmentSection",
    "Cover",
    "Department",
    "Disclosure",
    "DisclosureRequest",
    "FileBasics",
    "FileOverview",
    "FocusedAssessment",
    "Inquiry",
    "LeakRisk",
    "NetworkLinkage",
    "NetworkRisks",
    "NumberUse",
    "Procedure",
    "ProvisionRisk",
    "ProvisionRisks",
    "ProvisionSection",
    "PublicComment",
    "Reconsignment",
    "RiskMeasures",
    "Storage",
    "StorageRisks",
    "ThirdPartyReview",
    "Training",
    "UnauthorizedUseRisk",
    "UsageSubject",
    "UseRisks",
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
    s1: BasicInfo = field(factory=BasicInfo, metadata=item("Ⅰ", "基本情報"))
    """様式: Ⅰ　基本情報 — ※なし (Ⅰ in 重点項目評価書)"""
    s2: FileOverview = field(factory=FileOverview, metadata=item("Ⅱ", "特定個人情報ファイルの概要"))
    """様式: Ⅱ　特定個人情報ファイルの概要 — ※なし (Ⅱ in 重点項目評価書)"""
    #: Free, semi-structured text: 【分類】 headings, each followed by numbered items
    #: (「1. 個人番号、2. 宛名番号」).
    records: str = field(default="", metadata=item("（別添１）", "特定個人情報ファイル記録項目"))
    """様式: （別添１）特定個人情報ファイル記録項目 — ※なし (（別添１） in 重点項目評価書)"""
    s3: RiskMeasures = field(
        factory=RiskMeasures,
        metadata=item("Ⅲ", "リスク対策", star=True, star_note="（７．②を除く。）"),
    )
    """様式: Ⅲ　リスク対策　※（７．②を除く。） — 重要な変更の対象 (Ⅲ in 重点項目評価書)"""
    s4: Disclosure = field(factory=Disclosure, metadata=item("Ⅳ", "開示請求、問合せ"))
    """様式: Ⅳ　開示請求、問合せ — ※なし (Ⅳ in 重点項目評価書)"""
    s5: Procedure = field(factory=Procedure, metadata=item("Ⅴ", "評価実施手続"))
    """様式: Ⅴ　評価実施手続 — ※なし (Ⅴ in 重点項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
