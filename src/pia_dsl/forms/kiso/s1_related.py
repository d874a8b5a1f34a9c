"""
Ⅰ 関連情報 of the 基礎項目評価書: the 事務, its files, the legal bases, the department,
where to request disclosure and whom to ask.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ..choices import Linkage
from .labels import item

__all__ = [
    "Affair",
    "Department",
    "Disclosure",
    "Inquiry",
    "LinkageInfo",
    "NumberUse",
    "RelatedInfo",
    "Rule92",
]


@frozen(kw_only=True)
class Affair:
    """
    Ⅰ-1 特定個人情報ファイルを取り扱う事務: ①事務の名称, ②事務の概要, ③システムの名称.
    """

    name: str = field(default="", metadata=item("s1.affair.name"))
    """様式: ①事務の名称 — ※なし (Ⅰ-１-① in 基礎項目評価書)"""
    summary: str = field(default="", metadata=item("s1.affair.summary"))
    """様式: ②事務の概要 — ※なし (Ⅰ-１-② in 基礎項目評価書)"""
    systems: str = field(default="", metadata=item("s1.affair.systems"))
    """様式: ③システムの名称 — ※なし (Ⅰ-１-③ in 基礎項目評価書)"""


@frozen(kw_only=True)
class NumberUse:
    """
    Ⅰ-3 個人番号の利用: 法令上の根拠.
    """

    legal_basis: str = field(default="", metadata=item("s1.number_use.legal_basis"))
    """様式: 法令上の根拠 — ※なし (Ⅰ-３ in 基礎項目評価書)"""


@frozen(kw_only=True)
class LinkageInfo:
    """
    Ⅰ-4 情報提供ネットワークシステムによる情報連携: ①実施の有無, ②法令上の根拠.

    「実施しない」 empties ②法令上の根拠 (as on the 重点項目評価書).
    """

    status: Linkage | None = field(default=None, metadata=item("s1.linkage.status"))
    """様式: ①実施の有無 — ※なし (Ⅰ-４-① in 基礎項目評価書)"""
    legal_basis: str = field(default="", metadata=item("s1.linkage.legal_basis"))
    """様式: ②法令上の根拠 — ※なし (Ⅰ-４-② in 基礎項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.status is Linkage.NO:
            return {"legal_basis": Linkage.NO.value}
        return {}


@frozen(kw_only=True)
class Department:
    """
    Ⅰ-5 評価実施機関における担当部署: ①部署, ②所属長の役職名.
    """

    name: str = field(default="", metadata=item("s1.department.name"))
    """様式: ①部署 — ※なし (Ⅰ-５-① in 基礎項目評価書)"""
    head: str = field(default="", metadata=item("s1.department.head"))
    """様式: ②所属長の役職名 — ※なし (Ⅰ-５-② in 基礎項目評価書)"""


@frozen(kw_only=True)
class Disclosure:
    """
    Ⅰ-7 特定個人情報の開示・訂正・利用停止請求: 請求先.
    """

    requests_to: str = field(default="", metadata=item("s1.disclosure.requests_to"))
    """様式: 請求先 — ※なし (Ⅰ-７ in 基礎項目評価書)"""


@frozen(kw_only=True)
class Inquiry:
    """
    Ⅰ-8 特定個人情報ファイルの取扱いに関する問合せ: 連絡先.
    """

    contact: str = field(default="", metadata=item("s1.inquiry.contact"))
    """様式: 連絡先 — ※なし (Ⅰ-８ in 基礎項目評価書)"""


@frozen(kw_only=True)
class Rule92:
    """
    Ⅰ-9 規則第9条第2項の適用: [ ]適用した, 適用した理由.

    規則第9条第2項 lets a body assess after the fact in an emergency (災害など); the reason is
    written only when the box is ticked.
    """

    applied: bool = field(default=False, metadata=item("s1.rule_9_2.applied"))
    """様式: 適用した — ※なし (Ⅰ-９ in 基礎項目評価書)"""
    reason: str = field(default="", metadata=item("s1.rule_9_2.reason", required=False))
    """様式: 適用した理由 — ※なし (Ⅰ-９ in 基礎項目評価書)"""


@frozen(kw_only=True)
class RelatedInfo:
    """
    Ⅰ 関連情報.
    """

    affair: Affair = field(factory=Affair, metadata=item("s1.affair"))
    """様式: １．特定個人情報ファイルを取り扱う事務 — ※なし (Ⅰ-１ in 基礎項目評価書)"""
    file_names: str = field(default="", metadata=item("s1.file_names"))
    """様式: ２．特定個人情報ファイル名 — ※なし (Ⅰ-２ in 基礎項目評価書)"""
    number_use: NumberUse = field(factory=NumberUse, metadata=item("s1.number_use"))
    """様式: ３．個人番号の利用 — ※なし (Ⅰ-３ in 基礎項目評価書)"""
    linkage: LinkageInfo = field(factory=LinkageInfo, metadata=item("s1.linkage"))
    """様式: ４．情報提供ネットワークシステムによる情報連携 — ※なし (Ⅰ-４ in 基礎項目評価書)"""
    department: Department = field(factory=Department, metadata=item("s1.department"))
    """様式: ５．評価実施機関における担当部署 — ※なし (Ⅰ-５ in 基礎項目評価書)"""
    other_bodies: str = field(default="", metadata=item("s1.other_bodies", required=False))
    """様式: ６．他の評価実施機関 — ※なし (Ⅰ-６ in 基礎項目評価書)"""
    disclosure: Disclosure = field(factory=Disclosure, metadata=item("s1.disclosure"))
    """様式: ７．特定個人情報の開示・訂正・利用停止請求 — ※なし (Ⅰ-７ in 基礎項目評価書)"""
    inquiry: Inquiry = field(factory=Inquiry, metadata=item("s1.inquiry"))
    """様式: ８．特定個人情報ファイルの取扱いに関する問合せ — ※なし (Ⅰ-８ in 基礎項目評価書)"""
    rule_9_2: Rule92 = field(factory=Rule92, metadata=item("s1.rule_9_2"))
    """様式: ９．規則第9条第2項の適用 — ※なし (Ⅰ-９ in 基礎項目評価書)"""
