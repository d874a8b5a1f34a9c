"""
特定個人情報保護評価書（基礎項目評価書）: :class:`BasicAssessment`.

Every 事務 that holds a 特定個人情報ファイル of 1,000 persons or more files a
基礎項目評価書 (規則第4条第3号 exempts smaller ones; they may file voluntarily).  Its
しきい値判断 (Ⅱ, Ⅲ) decides whether a 重点項目評価書 or 全項目評価書 follows.

Each field's number and verbatim label are in its ``item()`` metadata, as on the other
forms; each module says where its labels come from (``rules.md`` §3.1: [C] confirmed in a
published 基礎項目評価書 or the 記載要領, [S] the same text in published 重点/全項目
documents, [R] recollection of the current 様式, not confirmed).  Options are in
:mod:`pia_dsl.forms.kiso.choices`, form rules in :mod:`pia_dsl.forms.kiso.rules`.
Parts printed alike on the other forms (表紙, 個人番号の利用, 情報連携, 担当部署, 監査) are the
classes of :mod:`pia_dsl.forms.common`, and shared items have the same names on every form
(``docs/glossary.md``).  :mod:`pia_dsl.forms.kiso.derive` builds a 基礎 from a 重点/全項目
評価書 by copying those items by name; :mod:`pia_dsl.forms.kiso.correspondence` says where
the detailed forms print them and which answers the Ⅳ answers summarise (see
:mod:`pia_dsl.affair`).
The form has no ※ items: a change is a 修正, or a 再実施 when the しきい値判断結果 changes.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import AuditSection, ChangeRow, Cover, Department, NetworkLinkage, NumberUse
from ..editions import CURRENT, Version
from .choices import (
    BasicTargetCount,
    BasicThresholdResult,
    HandlerThreshold,
    PriorityMeasure,
    SubmittedForms,
)
from .s1_related import (
    BasicAffair,
    BasicDisclosureRequest,
    BasicInquiry,
    RelatedInfo,
    Rule92,
)
from .s2_threshold import Handlers, Incidents, Persons, ThresholdItems, ThresholdJudgement
from .s4_risks import (
    AcquisitionRisk,
    BasicConsignmentRisk,
    BasicProvisionRisk,
    BasicRiskMeasures,
    BasicTraining,
    ManualWork,
    NetworkRisk,
    Priority,
    StorageRisk,
    UsageRisk,
)

__all__ = [
    "AcquisitionRisk",
    "AuditSection",
    "BasicAffair",
    "BasicAssessment",
    "BasicConsignmentRisk",
    "BasicDisclosureRequest",
    "BasicInquiry",
    "BasicProvisionRisk",
    "BasicRiskMeasures",
    "BasicTargetCount",
    "BasicThresholdResult",
    "BasicTraining",
    "Cover",
    "Department",
    "HandlerThreshold",
    "Handlers",
    "Incidents",
    "ManualWork",
    "NetworkLinkage",
    "NetworkRisk",
    "NumberUse",
    "Persons",
    "Priority",
    "PriorityMeasure",
    "RelatedInfo",
    "Rule92",
    "StorageRisk",
    "SubmittedForms",
    "ThresholdItems",
    "ThresholdJudgement",
    "UsageRisk",
]


@frozen(kw_only=True)
class BasicAssessment:
    """
    特定個人情報保護評価書（基礎項目評価書）: 表紙, Ⅰ 関連情報, Ⅱ しきい値判断項目,
    Ⅲ しきい値判断結果, Ⅳ リスク対策, and the 変更箇所 rows that predate the project.
    """

    cover: Cover = field(factory=Cover, metadata=item("", "表紙"))
    """様式: 表紙 — ※なし (表紙 in 基礎項目評価書)"""
    s1: RelatedInfo = field(factory=RelatedInfo, metadata=item("Ⅰ", "関連情報"))
    """様式: Ⅰ　関連情報 — ※なし (Ⅰ in 基礎項目評価書)"""
    s2: ThresholdItems = field(factory=ThresholdItems, metadata=item("Ⅱ", "しきい値判断項目"))
    """様式: Ⅱ　しきい値判断項目 — ※なし (Ⅱ in 基礎項目評価書)"""
    s3: ThresholdJudgement = field(
        factory=ThresholdJudgement, metadata=item("Ⅲ", "しきい値判断結果")
    )
    """様式: Ⅲ　しきい値判断結果 — ※なし (Ⅲ in 基礎項目評価書)"""
    s4: BasicRiskMeasures = field(factory=BasicRiskMeasures, metadata=item("Ⅳ", "リスク対策"))
    """様式: Ⅳ　リスク対策 — ※なし (Ⅳ in 基礎項目評価書)"""
    history: tuple[ChangeRow, ...] = ()
    #: The 様式 edition the document is written on (:mod:`pia_dsl.forms.editions`).
    edition: Version = CURRENT
