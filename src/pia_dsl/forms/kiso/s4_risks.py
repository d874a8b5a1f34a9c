"""
Ⅳ リスク対策 of the 基礎項目評価書: one 「リスクへの対策は十分か」 answer per process,
人手を介在させる作業, 監査, 教育・啓発, and the 最も優先度が高いと考えられる対策.

Sections with a switch (委託しない, 提供・移転しない, 接続しない（入手）/（提供）,
人手を介在させる作業はない, 全項目評価又は重点項目評価を実施する) name the fields the
switch empties in ``switched_off``, so that ``pia check`` reports filled-in answers there.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...options import Checks
from ..choices import Audit, Effort, Sufficiency
from .choices import PriorityMeasure, SubmittedForms
from .labels import LABELS, item

__all__ = [
    "AcquisitionRisk",
    "AuditInfo",
    "ConsignmentRisk",
    "ManualWork",
    "NetworkRisk",
    "Priority",
    "ProvisionRisk",
    "RiskMeasures",
    "StorageRisk",
    "Training",
    "UsageRisk",
]


def _switch(key: str) -> str:
    return LABELS[key].text


@frozen(kw_only=True)
class AcquisitionRisk:
    """
    Ⅳ-2 特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）.
    """

    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("s4.acquisition.sufficiency")
    )


@frozen(kw_only=True)
class UsageRisk:
    """
    Ⅳ-3 特定個人情報の使用: 紐付け and 権限のない者による不正使用.
    """

    linking: Sufficiency | None = field(default=None, metadata=item("s4.usage.linking"))
    unauthorized: Sufficiency | None = field(default=None, metadata=item("s4.usage.unauthorized"))


@frozen(kw_only=True)
class ConsignmentRisk:
    """
    Ⅳ-4 特定個人情報ファイルの取扱いの委託: [ ]委託しない, 委託先における不正な使用等.
    """

    not_consigned: bool = field(default=False, metadata=item("s4.consignment.not_consigned"))
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("s4.consignment.sufficiency")
    )

    def switched_off(self) -> Mapping[str, str]:
        if self.not_consigned:
            return {"sufficiency": _switch("s4.consignment.not_consigned")}
        return {}


@frozen(kw_only=True)
class ProvisionRisk:
    """
    Ⅳ-5 特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）.
    """

    not_provided: bool = field(default=False, metadata=item("s4.provision.not_provided"))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("s4.provision.sufficiency"))

    def switched_off(self) -> Mapping[str, str]:
        if self.not_provided:
            return {"sufficiency": _switch("s4.provision.not_provided")}
        return {}


@frozen(kw_only=True)
class NetworkRisk:
    """
    Ⅳ-6 情報提供ネットワークシステムとの接続: [ ]接続しない（入手）, [ ]接続しない（提供）.
    """

    no_acquisition: bool = field(default=False, metadata=item("s4.network.no_acquisition"))
    no_provision: bool = field(default=False, metadata=item("s4.network.no_provision"))
    acquisition: Sufficiency | None = field(default=None, metadata=item("s4.network.acquisition"))
    provision: Sufficiency | None = field(default=None, metadata=item("s4.network.provision"))

    def switched_off(self) -> Mapping[str, str]:
        off: dict[str, str] = {}
        if self.no_acquisition:
            off["acquisition"] = _switch("s4.network.no_acquisition")
        if self.no_provision:
            off["provision"] = _switch("s4.network.no_provision")
        return off


@frozen(kw_only=True)
class StorageRisk:
    """
    Ⅳ-7 特定個人情報の保管・消去: 漏えい・滅失・毀損リスク.
    """

    sufficiency: Sufficiency | None = field(default=None, metadata=item("s4.storage.sufficiency"))


@frozen(kw_only=True)
class ManualWork:
    """
    Ⅳ-8 人手を介在させる作業: [ ]人手を介在させる作業はない, 人為的ミスが発生するリスクへの
    対策は十分か, 判断の根拠.
    """

    none: bool = field(default=False, metadata=item("s4.manual_work.none"))
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("s4.manual_work.sufficiency")
    )
    grounds: str = field(default="", metadata=item("s4.manual_work.grounds"))

    def switched_off(self) -> Mapping[str, str]:
        if self.none:
            text = _switch("s4.manual_work.none")
            return {"sufficiency": text, "grounds": text}
        return {}


@frozen(kw_only=True)
class AuditInfo:
    """
    Ⅳ-9 監査: 実施の有無 ([ ]自己点検 [ ]内部監査 [ ]外部監査).
    """

    done: Checks[Audit] = field(factory=Checks, metadata=item("s4.audit.done", required=False))


@frozen(kw_only=True)
class Training:
    """
    Ⅳ-10 従業者に対する教育・啓発.
    """

    effort: Effort | None = field(default=None, metadata=item("s4.training.effort"))


@frozen(kw_only=True)
class Priority:
    """
    Ⅳ-11 最も優先度が高いと考えられる対策: [ ]全項目評価又は重点項目評価を実施する, the
    measure, 当該対策は十分か【再掲】, 判断の根拠.  A body that files a 重点/全項目評価書
    ticks the box and leaves the rest empty.
    """

    detailed: bool = field(default=False, metadata=item("s4.priority.detailed"))
    measure: PriorityMeasure | None = field(default=None, metadata=item("s4.priority.measure"))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("s4.priority.sufficiency"))
    grounds: str = field(default="", metadata=item("s4.priority.grounds"))

    def switched_off(self) -> Mapping[str, str]:
        if self.detailed:
            text = _switch("s4.priority.detailed")
            return {"measure": text, "sufficiency": text, "grounds": text}
        return {}


@frozen(kw_only=True)
class RiskMeasures:
    """
    Ⅳ リスク対策.
    """

    submitted: SubmittedForms | None = field(default=None, metadata=item("s4.submitted"))
    acquisition: AcquisitionRisk = field(factory=AcquisitionRisk, metadata=item("s4.acquisition"))
    usage: UsageRisk = field(factory=UsageRisk, metadata=item("s4.usage"))
    consignment: ConsignmentRisk = field(factory=ConsignmentRisk, metadata=item("s4.consignment"))
    provision: ProvisionRisk = field(factory=ProvisionRisk, metadata=item("s4.provision"))
    network: NetworkRisk = field(factory=NetworkRisk, metadata=item("s4.network"))
    storage: StorageRisk = field(factory=StorageRisk, metadata=item("s4.storage"))
    manual_work: ManualWork = field(factory=ManualWork, metadata=item("s4.manual_work"))
    audit: AuditInfo = field(factory=AuditInfo, metadata=item("s4.audit"))
    training: Training = field(factory=Training, metadata=item("s4.training"))
    priority: Priority = field(factory=Priority, metadata=item("s4.priority"))
