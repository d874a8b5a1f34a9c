"""
Ⅲ-4　特定個人情報ファイルの取扱いの委託 and Ⅲ-5　特定個人情報の提供・移転 of one file
(全項目評価書), each with its switch (「委託しない」, 「提供・移転しない」).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import attrs
from attrs import field, frozen

from ...meta import item, item_of
from ..choices import ReconsignAssurance, Recording, Restriction, Stipulation, Sufficiency
from ..common import (
    RiskMeasure,
    other_measures_item,
    other_risks_item,
    sufficiency_item,
)

__all__ = [
    "ConsignErasureRule",
    "ConsignProvisionRule",
    "ConsignRisks",
    "ContractClause",
    "FullProvisionRisks",
    "HandlingRecord",
    "ProvisionRecord",
    "ProvisionRule",
    "ReconsignControl",
    "UnlawfulProvisionRisk",
    "ViewerRestriction",
]


def _all_but(cls: type, keep: str, switch: str) -> dict[str, str]:
    """
    Every form item of ``cls`` except the switch field ``keep``, mapped to ``switch``.
    """
    return {
        a.name: switch
        for a in attrs.fields(cls)
        if item_of(a.metadata) is not None and a.name != keep
    }


@frozen(kw_only=True)
class ViewerRestriction:
    """
    特定個人情報ファイルの閲覧者・更新者の制限 and its 具体的な制限方法.
    """

    status: Restriction | None = field(
        default=None, metadata=item("", "特定個人情報ファイルの閲覧者・更新者の制限")
    )
    """様式: 特定個人情報ファイルの閲覧者・更新者の制限 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な制限方法"))
    """様式: 具体的な制限方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 特定個人情報ファイルの閲覧者・更新者の制限 in 全項目評価書)"""


@frozen(kw_only=True)
class HandlingRecord:
    """
    特定個人情報ファイルの取扱いの記録 and its 具体的な方法.
    """

    status: Recording | None = field(
        default=None, metadata=item("", "特定個人情報ファイルの取扱いの記録")
    )
    """様式: 特定個人情報ファイルの取扱いの記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な方法"))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 特定個人情報ファイルの取扱いの記録 in 全項目評価書)"""


@frozen(kw_only=True)
class ConsignProvisionRule:
    """
    特定個人情報の提供ルール and its two rule texts.
    """

    status: Stipulation | None = field(default=None, metadata=item("", "特定個人情報の提供ルール"))
    """様式: 特定個人情報の提供ルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    to_others: str = field(
        default="",
        metadata=item("", "委託先から他者への提供に関するルールの内容及びルール遵守の確認方法"),
    )
    """様式: 委託先から他者への提供に関するルールの内容及びルール遵守の確認方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 特定個人情報の提供ルール in 全項目評価書)"""
    between: str = field(
        default="",
        metadata=item("", "委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法"),
    )
    """様式: 委託元と委託先間の提供に関するルールの内容及びルール遵守の確認方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 特定個人情報の提供ルール in 全項目評価書)"""


@frozen(kw_only=True)
class ConsignErasureRule:
    """
    特定個人情報の消去ルール and its ルールの内容及びルール遵守の確認方法.
    """

    status: Stipulation | None = field(default=None, metadata=item("", "特定個人情報の消去ルール"))
    """様式: 特定個人情報の消去ルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "ルールの内容及びルール遵守の確認方法"))
    """様式: ルールの内容及びルール遵守の確認方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 特定個人情報の消去ルール in 全項目評価書)"""


@frozen(kw_only=True)
class ContractClause:
    """
    委託契約書中の特定個人情報ファイルの取扱いに関する規定 and its 規定の内容.
    """

    status: Stipulation | None = field(
        default=None,
        metadata=item("", "委託契約書中の特定個人情報ファイルの取扱いに関する規定"),
    )
    """様式: 委託契約書中の特定個人情報ファイルの取扱いに関する規定 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "規定の内容"))
    """様式: 規定の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 委託契約書中の特定個人情報ファイルの取扱いに関する規定 in 全項目評価書)"""


@frozen(kw_only=True)
class ReconsignControl:
    """
    再委託先による特定個人情報ファイルの適切な取扱いの確保 and its 具体的な方法.
    """

    status: ReconsignAssurance | None = field(
        default=None,
        metadata=item("", "再委託先による特定個人情報ファイルの適切な取扱いの確保"),
    )
    """様式: 再委託先による特定個人情報ファイルの適切な取扱いの確保 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な方法"))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ 再委託先による特定個人情報ファイルの適切な取扱いの確保 in 全項目評価書)"""


@frozen(kw_only=True)
class ConsignRisks:
    """
    Ⅲ-4　特定個人情報ファイルの取扱いの委託, with its switch 「委託しない」.

    The five risk headings printed above the items carry no values (``RISK_HEADINGS``).
    """

    RISK_HEADINGS: ClassVar[tuple[str, ...]] = (
        "委託先による特定個人情報の不正入手・不正な使用に関するリスク",
        "委託先による特定個人情報の不正な提供に関するリスク",
        "委託先による特定個人情報の保管・消去に関するリスク",
        "委託契約終了後の不正な使用等のリスク",
        "再委託に関するリスク",
    )

    not_consigned: bool = field(default=False, metadata=item("", "委託しない"))
    """様式: 委託しない — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    management: str = field(default="", metadata=item("", "情報保護管理体制の確認"))
    """様式: 情報保護管理体制の確認 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    restriction: ViewerRestriction = field(
        factory=ViewerRestriction,
        metadata=item("", "特定個人情報ファイルの閲覧者・更新者の制限"),
    )
    """様式: 特定個人情報ファイルの閲覧者・更新者の制限 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    record: HandlingRecord = field(
        factory=HandlingRecord,
        metadata=item("", "特定個人情報ファイルの取扱いの記録"),
    )
    """様式: 特定個人情報ファイルの取扱いの記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    provision_rule: ConsignProvisionRule = field(
        factory=ConsignProvisionRule,
        metadata=item("", "特定個人情報の提供ルール"),
    )
    """様式: 特定個人情報の提供ルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    erasure_rule: ConsignErasureRule = field(
        factory=ConsignErasureRule,
        metadata=item("", "特定個人情報の消去ルール"),
    )
    """様式: 特定個人情報の消去ルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    contract: ContractClause = field(
        factory=ContractClause,
        metadata=item("", "委託契約書中の特定個人情報ファイルの取扱いに関する規定"),
    )
    """様式: 委託契約書中の特定個人情報ファイルの取扱いに関する規定 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    reconsignment: ReconsignControl = field(
        factory=ReconsignControl,
        metadata=item("", "再委託先による特定個人情報ファイルの適切な取扱いの確保"),
    )
    """様式: 再委託先による特定個人情報ファイルの適切な取扱いの確保 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("４．"))
    """様式: 特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        「委託しない」 empties every item of Ⅲ-4.
        """
        if self.not_consigned:
            return _all_but(ConsignRisks, "not_consigned", "委託しない")
        return {}


@frozen(kw_only=True)
class ProvisionRecord:
    """
    特定個人情報の提供・移転の記録 and its 具体的な方法.
    """

    status: Recording | None = field(
        default=None, metadata=item("", "特定個人情報の提供・移転の記録")
    )
    """様式: 特定個人情報の提供・移転の記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な方法"))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ 特定個人情報の提供・移転の記録 in 全項目評価書)"""


@frozen(kw_only=True)
class ProvisionRule:
    """
    特定個人情報の提供・移転に関するルール and its ルールの内容及びルール遵守の確認方法.
    """

    status: Stipulation | None = field(
        default=None, metadata=item("", "特定個人情報の提供・移転に関するルール")
    )
    """様式: 特定個人情報の提供・移転に関するルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "ルールの内容及びルール遵守の確認方法"))
    """様式: ルールの内容及びルール遵守の確認方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ 特定個人情報の提供・移転に関するルール in 全項目評価書)"""


@frozen(kw_only=True)
class UnlawfulProvisionRisk:
    """
    Ⅲ-5 リスク１：　不正な提供・移転が行われるリスク.
    """

    record: ProvisionRecord = field(
        factory=ProvisionRecord,
        metadata=item("", "特定個人情報の提供・移転の記録"),
    )
    """様式: 特定個人情報の提供・移転の記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""
    rule: ProvisionRule = field(
        factory=ProvisionRule,
        metadata=item("", "特定個人情報の提供・移転に関するルール"),
    )
    """様式: 特定個人情報の提供・移転に関するルール — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ リスク１ in 全項目評価書)"""


@frozen(kw_only=True)
class FullProvisionRisks:
    """
    Ⅲ-5　特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）,
    with its switch 「提供・移転しない」.
    """

    not_provided: bool = field(default=False, metadata=item("", "提供・移転しない"))
    """様式: 提供・移転しない — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""
    risk1: UnlawfulProvisionRisk = field(
        factory=UnlawfulProvisionRisk,
        metadata=item("", "リスク１：　不正な提供・移転が行われるリスク"),
    )
    """様式: リスク１：　不正な提供・移転が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""
    risk2: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク２：　不適切な方法で提供・移転が行われるリスク"),
    )
    """様式: リスク２：　不適切な方法で提供・移転が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""
    risk3: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item(
            "",
            "リスク３：　誤った情報を提供・移転してしまうリスク、誤った相手に提供・移転してしまうリスク",
        ),
    )
    """様式: リスク３：　誤った情報を提供・移転してしまうリスク、誤った相手に提供・移転してしまうリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("５．"))
    """様式: 特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        「提供・移転しない」 empties every item of Ⅲ-5.
        """
        if self.not_provided:
            return _all_but(FullProvisionRisks, "not_provided", "提供・移転しない")
        return {}
