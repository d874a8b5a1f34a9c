"""
Ⅲ　リスク対策　※（７．②を除く。） of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.5.  Every item of Ⅲ is ※ except ７．② (the 重大事故 question) and
its sub-rows その内容 and 再発防止策の内容 (``star=False``).

The risk captions (リスク：　目的外の入手が行われるリスク, …) are fixed printed rows; each is the
label of the field that holds its block, so it prints with the block.  Captions and labels
follow the original glyphs of S3/S0 (U+3000 after 「：」, except リスク２ of ６．, which both
print with an ASCII space).

The part headings １．–７．, the closing rows 「…におけるその他のリスク及びそのリスクに対する措置」
(newer wording, S3/S0) and the rows その他の措置の内容 and リスクへの対策は十分か are printed
alike on the 全項目評価書; they are written once in :mod:`pia_dsl.forms.common`.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import item
from ..choices import (
    Effort,
    Incident,
    Practice,
    ReconsignAssurance,
    Stipulation,
    Sufficiency,
)
from ..common import (
    INCIDENT_LABEL,
    AuditSection,
    RiskMeasure,
    Training,
    other_measures_item,
    other_risks_item,
    risk_part,
    sufficiency_item,
)

__all__ = [
    "ConsignmentRisks",
    "FocusedAcquisitionRisks",
    "FocusedConsignmentRisk",
    "FocusedLeakRisk",
    "FocusedNetworkRisks",
    "FocusedProvisionRisk",
    "FocusedProvisionRisks",
    "FocusedRiskMeasures",
    "FocusedStorageRisks",
    "FocusedUseRisks",
    "UnauthorizedUseRisk",
]


@frozen(kw_only=True)
class FocusedAcquisitionRisks:
    """
    ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。） (Ⅲ-2).
    """

    risk: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク：　目的外の入手が行われるリスク")
    )
    """様式: リスク：　目的外の入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-２ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("２．"))
    """様式: 特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-２ in 重点項目評価書)"""


@frozen(kw_only=True)
class UnauthorizedUseRisk:
    """
    リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク.
    """

    authentication: Practice | None = field(default=None, metadata=item("", "ユーザ認証の管理"))
    """様式: ユーザ認証の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-３ リスク２ in 重点項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な管理方法"))
    """様式: 具体的な管理方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-３ リスク２ in 重点項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-３ リスク２ in 重点項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-３ リスク２ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedUseRisks:
    """
    ３．特定個人情報の使用 (Ⅲ-3).
    """

    risk1: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item(
            "", "リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク"
        ),
    )
    """様式: リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-３ in 重点項目評価書)"""
    risk2: UnauthorizedUseRisk = field(
        factory=UnauthorizedUseRisk,
        metadata=item(
            "",
            "リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク",
        ),
    )
    """様式: リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-３ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("３．"))
    """様式: 特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-３ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedConsignmentRisk:
    """
    リスク：　委託先における不正な使用等のリスク (Ⅲ-4).
    """

    contract: Stipulation | None = field(
        default=None,
        metadata=item("", "委託契約書中の特定個人情報ファイルの取扱いに関する規定"),
    )
    """様式: 委託契約書中の特定個人情報ファイルの取扱いに関する規定 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""
    content: str = field(default="", metadata=item("", "規定の内容"))
    """様式: 規定の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""
    reconsignment: ReconsignAssurance | None = field(
        default=None,
        metadata=item("", "再委託先による特定個人情報ファイルの適切な取扱いの担保"),
    )
    """様式: 再委託先による特定個人情報ファイルの適切な取扱いの担保 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""
    #: Blank or 「-」 when the 担保 is 「再委託していない」 (checked by a form rule).
    method: str = field(default="", metadata=item("", "具体的な方法", required=False))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-４ リスク in 重点項目評価書)"""


@frozen(kw_only=True)
class ConsignmentRisks:
    """
    ４．特定個人情報ファイルの取扱いの委託　[ ] 委託しない (Ⅲ-4).

    ``not_consigned`` is the heading's checkbox; it mirrors Ⅱ-4 委託の有無 「委託しない」 and
    empties the whole item.
    """

    not_consigned: bool = field(default=False, metadata=item("", "委託しない"))
    """様式: 委託しない — 重要な変更の対象（上位の項目の※） (Ⅲ-４ in 重点項目評価書)"""
    risk: FocusedConsignmentRisk = field(
        factory=FocusedConsignmentRisk,
        metadata=item("", "リスク：　委託先における不正な使用等のリスク"),
    )
    """様式: リスク：　委託先における不正な使用等のリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-４ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("４．"))
    """様式: 特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ in 重点項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.not_consigned:
            return {"risk": "委託しない", "other_risks": "委託しない"}
        return {}


@frozen(kw_only=True)
class FocusedProvisionRisk:
    """
    リスク：　不正な提供・移転が行われるリスク (Ⅲ-5).
    """

    rule: Stipulation | None = field(
        default=None, metadata=item("", "特定個人情報の提供・移転に関するルール")
    )
    """様式: 特定個人情報の提供・移転に関するルール — 重要な変更の対象（上位の項目の※） (Ⅲ-５ リスク in 重点項目評価書)"""
    content: str = field(default="", metadata=item("", "ルールの内容及びルール遵守の確認方法"))
    """様式: ルールの内容及びルール遵守の確認方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-５ リスク in 重点項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-５ リスク in 重点項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-５ リスク in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedProvisionRisks:
    """
    ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）
    [ ] 提供・移転しない (Ⅲ-5).  The checkbox empties the whole item.
    """

    not_provided: bool = field(default=False, metadata=item("", "提供・移転しない"))
    """様式: 提供・移転しない — 重要な変更の対象（上位の項目の※） (Ⅲ-５ in 重点項目評価書)"""
    risk: FocusedProvisionRisk = field(
        factory=FocusedProvisionRisk,
        metadata=item("", "リスク：　不正な提供・移転が行われるリスク"),
    )
    """様式: リスク：　不正な提供・移転が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-５ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("５．"))
    """様式: 特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-５ in 重点項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.not_provided:
            return {"risk": "提供・移転しない", "other_risks": "提供・移転しない"}
        return {}


@frozen(kw_only=True)
class FocusedNetworkRisks:
    """
    ６．情報提供ネットワークシステムとの接続　[ ] 接続しない（入手）　[ ] 接続しない（提供） (Ⅲ-6).

    接続しない（入手） empties リスク１, 接続しない（提供） empties リスク２; with both ticked the
    file is not connected at all and the closing その他のリスク row is empty too (inferred).
    """

    no_acquisition: bool = field(default=False, metadata=item("", "接続しない（入手）"))
    """様式: 接続しない（入手） — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""
    no_provision: bool = field(default=False, metadata=item("", "接続しない（提供）"))
    """様式: 接続しない（提供） — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""
    risk1: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク１：　目的外の入手が行われるリスク")
    )
    """様式: リスク１：　目的外の入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""
    # S3 and S0 both print an ASCII space after 「：」 in this caption only.
    risk2: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク２： 不正な提供が行われるリスク")
    )
    """様式: リスク２： 不正な提供が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("６．"))
    """様式: 情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        off: dict[str, str] = {}
        if self.no_acquisition:
            off["risk1"] = "接続しない（入手）"
        if self.no_provision:
            off["risk2"] = "接続しない（提供）"
        if self.no_acquisition and self.no_provision:
            off["other_risks"] = "接続しない（入手）」「接続しない（提供）"
        return off


@frozen(kw_only=True)
class FocusedLeakRisk:
    """
    リスク：　特定個人情報の漏えい・滅失・毀損リスク (Ⅲ-7).  ② and its two sub-rows are
    the only items of Ⅲ without ※.
    """

    procedure: Effort | None = field(default=None, metadata=item("①", "事故発生時手順の策定・周知"))
    """様式: ①事故発生時手順の策定・周知 — 重要な変更の対象（上位の項目の※） (Ⅲ-７-① in 重点項目評価書)"""
    incident: Incident | None = field(
        default=None,
        metadata=item("②", INCIDENT_LABEL, star=False),
    )
    """様式: ②過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか — 重要な変更の対象外（※の例外） (Ⅲ-７-② in 重点項目評価書)"""
    #: 「-」 or blank when 発生なし (checked by a form rule).
    content: str = field(default="", metadata=item("", "その内容", star=False, required=False))
    """様式: その内容 — 重要な変更の対象外（※の例外） (Ⅲ-７ リスク in 重点項目評価書)"""
    prevention: str = field(
        default="", metadata=item("", "再発防止策の内容", star=False, required=False)
    )
    """様式: 再発防止策の内容 — 重要な変更の対象外（※の例外） (Ⅲ-７ リスク in 重点項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-７ リスク in 重点項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-７ リスク in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedStorageRisks:
    """
    ７．特定個人情報の保管・消去 (Ⅲ-7).
    """

    risk: FocusedLeakRisk = field(
        factory=FocusedLeakRisk,
        metadata=item("", "リスク：　特定個人情報の漏えい・滅失・毀損リスク"),
    )
    """様式: リスク：　特定個人情報の漏えい・滅失・毀損リスク — 重要な変更の対象（上位の項目の※） (Ⅲ-７ in 重点項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("７．"))
    """様式: 特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-７ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedRiskMeasures:
    """
    Ⅲ　リスク対策　※（７．②を除く。）.
    """

    file_name: str = field(default="", metadata=risk_part("１．"))
    """様式: １．特定個人情報ファイル名 — 重要な変更の対象（上位の項目の※） (Ⅲ-１ in 重点項目評価書)"""
    acquisition: FocusedAcquisitionRisks = field(
        factory=FocusedAcquisitionRisks, metadata=risk_part("２．")
    )
    """様式: ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。） — 重要な変更の対象（上位の項目の※） (Ⅲ-２ in 重点項目評価書)"""
    use: FocusedUseRisks = field(factory=FocusedUseRisks, metadata=risk_part("３．"))
    """様式: ３．特定個人情報の使用 — 重要な変更の対象（上位の項目の※） (Ⅲ-３ in 重点項目評価書)"""
    consignment: ConsignmentRisks = field(factory=ConsignmentRisks, metadata=risk_part("４．"))
    """様式: ４．特定個人情報ファイルの取扱いの委託 — 重要な変更の対象（上位の項目の※） (Ⅲ-４ in 重点項目評価書)"""
    provision: FocusedProvisionRisks = field(
        factory=FocusedProvisionRisks, metadata=risk_part("５．")
    )
    """様式: ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。） — 重要な変更の対象（上位の項目の※） (Ⅲ-５ in 重点項目評価書)"""
    network: FocusedNetworkRisks = field(factory=FocusedNetworkRisks, metadata=risk_part("６．"))
    """様式: ６．情報提供ネットワークシステムとの接続 — 重要な変更の対象（上位の項目の※） (Ⅲ-６ in 重点項目評価書)"""
    storage: FocusedStorageRisks = field(factory=FocusedStorageRisks, metadata=risk_part("７．"))
    """様式: ７．特定個人情報の保管・消去 — 重要な変更の対象（上位の項目の※） (Ⅲ-７ in 重点項目評価書)"""
    audit: AuditSection = field(factory=AuditSection, metadata=item("８．", "監査"))
    """様式: ８．監査 — 重要な変更の対象（上位の項目の※） (Ⅲ-８ in 重点項目評価書)"""
    training: Training = field(factory=Training, metadata=item("９．", "従業者に対する教育・啓発"))
    """様式: ９．従業者に対する教育・啓発 — 重要な変更の対象（上位の項目の※） (Ⅲ-９ in 重点項目評価書)"""
    other_risk_measures: str = field(
        default="", metadata=item("１０．", "その他のリスク対策", required=False)
    )
    """様式: １０．その他のリスク対策 — 重要な変更の対象（上位の項目の※） (Ⅲ-１０ in 重点項目評価書)"""
