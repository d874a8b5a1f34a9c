"""
特定個人情報保護評価書（基礎項目評価書）: :class:`BasicAssessment`.

Every 事務 that holds a 特定個人情報ファイル of 1,000 persons or more files a
基礎項目評価書 (規則第4条第3号 exempts smaller ones; they may file voluntarily).  Its
しきい値判断 (Ⅱ, Ⅲ) decides whether a 重点項目評価書 or 全項目評価書 follows.

Labels are in :mod:`pia_dsl.forms.kiso.labels` (one table; many are recollection),
options in :mod:`pia_dsl.forms.kiso.choices`, form rules in :mod:`pia_dsl.forms.kiso.rules`.
:mod:`pia_dsl.forms.kiso.derive` builds a 基礎 from a 重点/全項目評価書 using the item
correspondence in :mod:`pia_dsl.forms.kiso.correspondence` (see :mod:`pia_dsl.affair`).
The form has no ※ items: a change is a 修正, or a 再実施 when the しきい値判断結果 changes.
"""

from __future__ import annotations

from attrs import field, frozen

from ..common import ChangeRow
from .choices import (
    BasicTargetCount,
    BasicThresholdResult,
    HandlerThreshold,
    PriorityMeasure,
    SubmittedForms,
)
from .cover import BasicCover
from .labels import item
from .s1_related import (
    Affair,
    Department,
    Disclosure,
    Inquiry,
    LinkageInfo,
    NumberUse,
    RelatedInfo,
    Rule92,
)
from .s2_threshold import Handlers, Incidents, Persons, ThresholdItems, ThresholdJudgement
from .s4_risks import (
    AcquisitionRisk,
    AuditInfo,
    ConsignmentRisk,
    ManualWork,
    NetworkRisk,
    Priority,
    ProvisionRisk,
    RiskMeasures,
    StorageRisk,
    Training,
    UsageRisk,
)

__all__ = [
    "AcquisitionRisk",
    "Affair",
    "AuditInfo",
    "BasicAssessment",
    "BasicCover",
    "BasicTargetCount",
    "BasicThresholdResult",
    "ConsignmentRisk",
    "Department",
    "Disclosure",
    "HandlerThreshold",
    "Handlers",
    "Incidents",
    "Inquiry",
    "LinkageInfo",
    "ManualWork",
    "NetworkRisk",
    "NumberUse",
    "Persons",
    "Priority",
    "PriorityMeasure",
    "ProvisionRisk",
    "RelatedInfo",
    "RiskMeasures",
    "Rule92",
    "StorageRisk",
    "SubmittedForms",
    "ThresholdItems",
    "ThresholdJudgement",
    "Training",
    "UsageRisk",
]


@frozen(kw_only=True)
class BasicAssessment:
    """
    特定個人情報保護評価書（基礎項目評価書）: 表紙, Ⅰ 関連情報, Ⅱ しきい値判断項目,
    Ⅲ しきい値判断結果, Ⅳ リスク対策, and the 変更箇所 rows that predate the project.
    """

    cover: BasicCover = field(factory=BasicCover, metadata=item("cover"))
    """様式: 表紙 — ※なし (表紙 in 基礎項目評価書)"""
    s1: RelatedInfo = field(factory=RelatedInfo, metadata=item("s1"))
    """様式: Ⅰ　関連情報 — ※なし (Ⅰ in 基礎項目評価書)"""
    s2: ThresholdItems = field(factory=ThresholdItems, metadata=item("s2"))
    """様式: Ⅱ　しきい値判断項目 — ※なし (Ⅱ in 基礎項目評価書)"""
    s3: ThresholdJudgement = field(factory=ThresholdJudgement, metadata=item("s3"))
    """様式: Ⅲ　しきい値判断結果 — ※なし (Ⅲ in 基礎項目評価書)"""
    s4: RiskMeasures = field(factory=RiskMeasures, metadata=item("s4"))
    """様式: Ⅳ　リスク対策 — ※なし (Ⅳ in 基礎項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
