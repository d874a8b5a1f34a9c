"""
Ⅲ-6　情報提供ネットワークシステムとの接続 and Ⅲ-7　特定個人情報の保管・消去 of one file
(全項目評価書).

Ⅲ-6 has two switches: 「接続しない（入手）」 empties リスク１–４, 「接続しない（提供）」
empties リスク５–７, and both together empty the whole sub-section.  Ⅲ-7 リスク１⑨ (重大事故)
and its two sub-rows are the only items of Ⅲ outside the ※ (``star=False``).
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import item
from ..choices import (
    Compliance,
    DeceasedNumbers,
    Dissemination,
    Effort,
    Incident,
    Maintenance,
    Stipulation,
    Sufficiency,
)
from ..common import (
    INCIDENT_LABEL,
    RiskMeasure,
    other_measures_item,
    other_risks_item,
    sufficiency_item,
)

__all__ = [
    "DeceasedNumberStorage",
    "ErasureProcedure",
    "ErasureRisk",
    "FullLeakRisk",
    "FullNetworkRisks",
    "FullStorageRisks",
    "IncidentHistory",
    "PhysicalMeasures",
    "TechnicalMeasures",
]


@frozen(kw_only=True)
class FullNetworkRisks:
    """
    Ⅲ-6　情報提供ネットワークシステムとの接続.
    """

    no_acquisition: bool = field(default=False, metadata=item("", "接続しない（入手）"))
    """様式: 接続しない（入手） — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    no_provision: bool = field(default=False, metadata=item("", "接続しない（提供）"))
    """様式: 接続しない（提供） — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk1: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク１：　目的外の入手が行われるリスク")
    )
    """様式: リスク１：　目的外の入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk2: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク２：　安全が保たれない方法によって入手が行われるリスク"),
    )
    """様式: リスク２：　安全が保たれない方法によって入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk3: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク３：　入手した特定個人情報が不正確であるリスク"),
    )
    """様式: リスク３：　入手した特定個人情報が不正確であるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk4: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク４：　入手の際に特定個人情報が漏えい・紛失するリスク"),
    )
    """様式: リスク４：　入手の際に特定個人情報が漏えい・紛失するリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk5: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク５：　不正な提供が行われるリスク")
    )
    """様式: リスク５：　不正な提供が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk6: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク６：　不適切な方法で提供されるリスク")
    )
    """様式: リスク６：　不適切な方法で提供されるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    risk7: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item(
            "",
            "リスク７：　誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク",
        ),
    )
    """様式: リスク７：　誤った情報を提供してしまうリスク、誤った相手に提供してしまうリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("６．"))
    """様式: 情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        「接続しない（入手）」 empties リスク１–４, 「接続しない（提供）」 リスク５–７.
        """
        off: dict[str, str] = {}
        if self.no_acquisition:
            off.update(dict.fromkeys(("risk1", "risk2", "risk3", "risk4"), "接続しない（入手）"))
        if self.no_provision:
            off.update(dict.fromkeys(("risk5", "risk6", "risk7"), "接続しない（提供）"))
        if self.no_acquisition and self.no_provision:
            off["other_risks"] = "接続しない（入手）・接続しない（提供）"
        return off


@frozen(kw_only=True)
class PhysicalMeasures:
    """
    ⑤物理的対策 and its 具体的な対策の内容.
    """

    status: Effort | None = field(default=None, metadata=item("", "物理的対策"))
    """様式: 物理的対策 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑤ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "具体的な対策の内容"))
    """様式: 具体的な対策の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑤ in 全項目評価書)"""


@frozen(kw_only=True)
class TechnicalMeasures:
    """
    ⑥技術的対策 and its 具体的な対策の内容.
    """

    status: Effort | None = field(default=None, metadata=item("", "技術的対策"))
    """様式: 技術的対策 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑥ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "具体的な対策の内容"))
    """様式: 具体的な対策の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑥ in 全項目評価書)"""


@frozen(kw_only=True)
class IncidentHistory:
    """
    ⑨ 過去３年以内の重大事故, その内容 and 再発防止策の内容 (outside the ※ of Ⅲ).

    With 「発生なし」 both texts are 「-」 or blank; a form rule checks this.
    """

    status: Incident | None = field(default=None, metadata=item("", INCIDENT_LABEL))
    """様式: 過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか — ※なし (Ⅲ-ファイルn-７-⑨ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "その内容", required=False))
    """様式: その内容 — ※なし (Ⅲ-ファイルn-７-⑨ in 全項目評価書)"""
    prevention: str = field(default="", metadata=item("", "再発防止策の内容", required=False))
    """様式: 再発防止策の内容 — ※なし (Ⅲ-ファイルn-７-⑨ in 全項目評価書)"""


@frozen(kw_only=True)
class DeceasedNumberStorage:
    """
    ⑩死者の個人番号 and its 具体的な保管方法 (needed when 「保管している」; a form rule checks it).
    """

    status: DeceasedNumbers | None = field(default=None, metadata=item("", "死者の個人番号"))
    """様式: 死者の個人番号 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑩ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な保管方法", required=False))
    """様式: 具体的な保管方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑩ in 全項目評価書)"""


@frozen(kw_only=True)
class FullLeakRisk:
    """
    Ⅲ-7 リスク１：　特定個人情報の漏えい・滅失・毀損リスク.
    """

    nisc: Compliance | None = field(default=None, metadata=item("①", "NISC政府機関統一基準群"))
    """様式: ①NISC政府機関統一基準群 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-① in 全項目評価書)"""
    system: Maintenance | None = field(default=None, metadata=item("②", "安全管理体制"))
    """様式: ②安全管理体制 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-② in 全項目評価書)"""
    rules: Maintenance | None = field(default=None, metadata=item("③", "安全管理規程"))
    """様式: ③安全管理規程 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-③ in 全項目評価書)"""
    dissemination: Dissemination | None = field(
        default=None, metadata=item("④", "安全管理体制・規程の職員への周知")
    )
    """様式: ④安全管理体制・規程の職員への周知 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-④ in 全項目評価書)"""
    physical: PhysicalMeasures = field(factory=PhysicalMeasures, metadata=item("⑤", "物理的対策"))
    """様式: ⑤物理的対策 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑤ in 全項目評価書)"""
    technical: TechnicalMeasures = field(
        factory=TechnicalMeasures, metadata=item("⑥", "技術的対策")
    )
    """様式: ⑥技術的対策 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑥ in 全項目評価書)"""
    backup: Effort | None = field(default=None, metadata=item("⑦", "バックアップ"))
    """様式: ⑦バックアップ — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑦ in 全項目評価書)"""
    procedure: Effort | None = field(default=None, metadata=item("⑧", "事故発生時手順の策定・周知"))
    """様式: ⑧事故発生時手順の策定・周知 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑧ in 全項目評価書)"""
    incident: IncidentHistory = field(
        factory=IncidentHistory, metadata=item("⑨", INCIDENT_LABEL, star=False)
    )
    """様式: ⑨過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか — 重要な変更の対象外（※の例外） (Ⅲ-ファイルn-７-⑨ in 全項目評価書)"""
    deceased: DeceasedNumberStorage = field(
        factory=DeceasedNumberStorage, metadata=item("⑩", "死者の個人番号")
    )
    """様式: ⑩死者の個人番号 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７-⑩ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク１ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク１ in 全項目評価書)"""


@frozen(kw_only=True)
class ErasureProcedure:
    """
    消去手順 and its 手順の内容.
    """

    status: Stipulation | None = field(default=None, metadata=item("", "消去手順"))
    """様式: 消去手順 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク３ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "手順の内容"))
    """様式: 手順の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク３ 消去手順 in 全項目評価書)"""


@frozen(kw_only=True)
class ErasureRisk:
    """
    Ⅲ-7 リスク３：　特定個人情報が消去されずいつまでも存在するリスク.
    """

    procedure: ErasureProcedure = field(factory=ErasureProcedure, metadata=item("", "消去手順"))
    """様式: 消去手順 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク３ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク３ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ リスク３ in 全項目評価書)"""


@frozen(kw_only=True)
class FullStorageRisks:
    """
    Ⅲ-7　特定個人情報の保管・消去.
    """

    risk1: FullLeakRisk = field(
        factory=FullLeakRisk,
        metadata=item("", "リスク１：　特定個人情報の漏えい・滅失・毀損リスク"),
    )
    """様式: リスク１：　特定個人情報の漏えい・滅失・毀損リスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ in 全項目評価書)"""
    risk2: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク２：　特定個人情報が古い情報のまま保管され続けるリスク"),
    )
    """様式: リスク２：　特定個人情報が古い情報のまま保管され続けるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ in 全項目評価書)"""
    risk3: ErasureRisk = field(
        factory=ErasureRisk,
        metadata=item("", "リスク３：　特定個人情報が消去されずいつまでも存在するリスク"),
    )
    """様式: リスク３：　特定個人情報が消去されずいつまでも存在するリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("７．"))
    """様式: 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ in 全項目評価書)"""
