"""
Ⅳ リスク対策 of the 基礎項目評価書: one 「リスクへの対策は十分か」 answer per process,
人手を介在させる作業, 監査, 教育・啓発, and the 最も優先度が高いと考えられる対策.

Sections with a switch (委託しない, 提供・移転しない, 接続しない（入手）/（提供）,
人手を介在させる作業はない, 全項目評価又は重点項目評価を実施する) name the fields the
switch empties in ``switched_off``, so that ``pia check`` reports filled-in answers there.

Labels: [R] (recollection of the current 様式, not confirmed; ``rules.md`` §3.1).
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import item
from ..choices import Effort, Sufficiency
from ..common import AuditSection
from .choices import PriorityMeasure, SubmittedForms

__all__ = [
    "AcquisitionRisk",
    "BasicConsignmentRisk",
    "BasicProvisionRisk",
    "BasicRiskMeasures",
    "BasicTraining",
    "ManualWork",
    "NetworkRisk",
    "Priority",
    "StorageRisk",
    "UsageRisk",
]


@frozen(kw_only=True)
class AcquisitionRisk:
    """
    Ⅳ-2 特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）.
    """

    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "目的外の入手が行われるリスクへの対策は十分か")
    )
    """様式: 目的外の入手が行われるリスクへの対策は十分か — ※なし (Ⅳ-２ in 基礎項目評価書)"""


@frozen(kw_only=True)
class UsageRisk:
    """
    Ⅳ-3 特定個人情報の使用: 紐付け and 権限のない者による不正使用.
    """

    linking: Sufficiency | None = field(
        default=None,
        metadata=item(
            "", "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か"
        ),
    )
    """様式: 目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か — ※なし (Ⅳ-３ in 基礎項目評価書)"""
    unauthorized: Sufficiency | None = field(
        default=None,
        metadata=item(
            "",
            "権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か",
        ),
    )
    """様式: 権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か — ※なし (Ⅳ-３ in 基礎項目評価書)"""


@frozen(kw_only=True)
class BasicConsignmentRisk:
    """
    Ⅳ-4 特定個人情報ファイルの取扱いの委託: [ ]委託しない, 委託先における不正な使用等.
    """

    not_consigned: bool = field(default=False, metadata=item("", "委託しない"))
    """様式: 委託しない — ※なし (Ⅳ-４ in 基礎項目評価書)"""
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "委託先における不正な使用等のリスクへの対策は十分か")
    )
    """様式: 委託先における不正な使用等のリスクへの対策は十分か — ※なし (Ⅳ-４ in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.not_consigned:
            return {"sufficiency": "委託しない"}
        return {}


@frozen(kw_only=True)
class BasicProvisionRisk:
    """
    Ⅳ-5 特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）.
    """

    not_provided: bool = field(default=False, metadata=item("", "提供・移転しない"))
    """様式: 提供・移転しない — ※なし (Ⅳ-５ in 基礎項目評価書)"""
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "不正な提供・移転が行われるリスクへの対策は十分か")
    )
    """様式: 不正な提供・移転が行われるリスクへの対策は十分か — ※なし (Ⅳ-５ in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.not_provided:
            return {"sufficiency": "提供・移転しない"}
        return {}


@frozen(kw_only=True)
class NetworkRisk:
    """
    Ⅳ-6 情報提供ネットワークシステムとの接続: [ ]接続しない（入手）, [ ]接続しない（提供）.
    """

    no_acquisition: bool = field(default=False, metadata=item("", "接続しない（入手）"))
    """様式: 接続しない（入手） — ※なし (Ⅳ-６ in 基礎項目評価書)"""
    no_provision: bool = field(default=False, metadata=item("", "接続しない（提供）"))
    """様式: 接続しない（提供） — ※なし (Ⅳ-６ in 基礎項目評価書)"""
    acquisition: Sufficiency | None = field(
        default=None, metadata=item("", "目的外の入手が行われるリスクへの対策は十分か")
    )
    """様式: 目的外の入手が行われるリスクへの対策は十分か — ※なし (Ⅳ-６ in 基礎項目評価書)"""
    provision: Sufficiency | None = field(
        default=None, metadata=item("", "不正な提供が行われるリスクへの対策は十分か")
    )
    """様式: 不正な提供が行われるリスクへの対策は十分か — ※なし (Ⅳ-６ in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        off: dict[str, str] = {}
        if self.no_acquisition:
            off["acquisition"] = "接続しない（入手）"
        if self.no_provision:
            off["provision"] = "接続しない（提供）"
        return off


@frozen(kw_only=True)
class StorageRisk:
    """
    Ⅳ-7 特定個人情報の保管・消去: 漏えい・滅失・毀損リスク.
    """

    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か")
    )
    """様式: 特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か — ※なし (Ⅳ-７ in 基礎項目評価書)"""


@frozen(kw_only=True)
class ManualWork:
    """
    Ⅳ-8 人手を介在させる作業: [ ]人手を介在させる作業はない, 人為的ミスが発生するリスクへの
    対策は十分か, 判断の根拠.
    """

    none: bool = field(default=False, metadata=item("", "人手を介在させる作業はない"))
    """様式: 人手を介在させる作業はない — ※なし (Ⅳ-８ in 基礎項目評価書)"""
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "人為的ミスが発生するリスクへの対策は十分か")
    )
    """様式: 人為的ミスが発生するリスクへの対策は十分か — ※なし (Ⅳ-８ in 基礎項目評価書)"""
    grounds: str = field(default="", metadata=item("", "判断の根拠"))
    """様式: 判断の根拠 — ※なし (Ⅳ-８ in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.none:
            text = "人手を介在させる作業はない"
            return {"sufficiency": text, "grounds": text}
        return {}


@frozen(kw_only=True)
class BasicTraining:
    """
    Ⅳ-10 従業者に対する教育・啓発.
    """

    status: Effort | None = field(default=None, metadata=item("", "従業者に対する教育・啓発"))
    """様式: 従業者に対する教育・啓発 — ※なし (Ⅳ-１０ in 基礎項目評価書)"""


@frozen(kw_only=True)
class Priority:
    """
    Ⅳ-11 最も優先度が高いと考えられる対策: [ ]全項目評価又は重点項目評価を実施する, the
    measure, 当該対策は十分か【再掲】, 判断の根拠.  A body that files a 重点/全項目評価書
    ticks the box and leaves the rest empty.
    """

    detailed: bool = field(default=False, metadata=item("", "全項目評価又は重点項目評価を実施する"))
    """様式: 全項目評価又は重点項目評価を実施する — ※なし (Ⅳ-１１ in 基礎項目評価書)"""
    measure: PriorityMeasure | None = field(
        default=None, metadata=item("", "最も優先度が高いと考えられる対策")
    )
    """様式: 最も優先度が高いと考えられる対策 — ※なし (Ⅳ-１１ in 基礎項目評価書)"""
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "当該対策は十分か【再掲】")
    )
    """様式: 当該対策は十分か【再掲】 — ※なし (Ⅳ-１１ in 基礎項目評価書)"""
    grounds: str = field(default="", metadata=item("", "判断の根拠"))
    """様式: 判断の根拠 — ※なし (Ⅳ-１１ in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.detailed:
            text = "全項目評価又は重点項目評価を実施する"
            return {"measure": text, "sufficiency": text, "grounds": text}
        return {}


@frozen(kw_only=True)
class BasicRiskMeasures:
    """
    Ⅳ リスク対策.
    """

    submitted: SubmittedForms | None = field(
        default=None, metadata=item("１．", "提出する特定個人情報保護評価書の種類")
    )
    """様式: １．提出する特定個人情報保護評価書の種類 — ※なし (Ⅳ-１ in 基礎項目評価書)"""
    acquisition: AcquisitionRisk = field(
        factory=AcquisitionRisk,
        metadata=item(
            "２．", "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）"
        ),
    )
    """様式: ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。） — ※なし (Ⅳ-２ in 基礎項目評価書)"""
    use: UsageRisk = field(factory=UsageRisk, metadata=item("３．", "特定個人情報の使用"))
    """様式: ３．特定個人情報の使用 — ※なし (Ⅳ-３ in 基礎項目評価書)"""
    consignment: BasicConsignmentRisk = field(
        factory=BasicConsignmentRisk, metadata=item("４．", "特定個人情報ファイルの取扱いの委託")
    )
    """様式: ４．特定個人情報ファイルの取扱いの委託 — ※なし (Ⅳ-４ in 基礎項目評価書)"""
    provision: BasicProvisionRisk = field(
        factory=BasicProvisionRisk,
        metadata=item(
            "５．",
            "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）",
        ),
    )
    """様式: ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。） — ※なし (Ⅳ-５ in 基礎項目評価書)"""
    network: NetworkRisk = field(
        factory=NetworkRisk, metadata=item("６．", "情報提供ネットワークシステムとの接続")
    )
    """様式: ６．情報提供ネットワークシステムとの接続 — ※なし (Ⅳ-６ in 基礎項目評価書)"""
    storage: StorageRisk = field(
        factory=StorageRisk, metadata=item("７．", "特定個人情報の保管・消去")
    )
    """様式: ７．特定個人情報の保管・消去 — ※なし (Ⅳ-７ in 基礎項目評価書)"""
    manual_work: ManualWork = field(
        factory=ManualWork, metadata=item("８．", "人手を介在させる作業")
    )
    """様式: ８．人手を介在させる作業 — ※なし (Ⅳ-８ in 基礎項目評価書)"""
    audit: AuditSection = field(factory=AuditSection, metadata=item("９．", "監査"))
    """様式: ９．監査 — ※なし (Ⅳ-９ in 基礎項目評価書)"""
    training: BasicTraining = field(
        factory=BasicTraining, metadata=item("１０．", "従業者に対する教育・啓発")
    )
    """様式: １０．従業者に対する教育・啓発 — ※なし (Ⅳ-１０ in 基礎項目評価書)"""
    priority: Priority = field(
        factory=Priority, metadata=item("１１．", "最も優先度が高いと考えられる対策")
    )
    """様式: １１．最も優先度が高いと考えられる対策 — ※なし (Ⅳ-１１ in 基礎項目評価書)"""
