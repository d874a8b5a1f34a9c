"""
Ⅰ 関連情報 of the 基礎項目評価書: the 事務, its files, the legal bases, the department,
where to request disclosure and whom to ask.

Labels: [C] (赤磐市, 尼崎市, 記載要領; ``rules.md`` §3.1), except ②所属長の役職名 [S] (the
same text in published 重点/全項目 documents) and ９．規則第9条第2項の適用 [R]
(recollection of the current 様式, not confirmed).
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import Department, NetworkLinkage, NumberUse

__all__ = [
    "BasicAffair",
    "BasicDisclosureRequest",
    "BasicInquiry",
    "RelatedInfo",
    "Rule92",
]


@frozen(kw_only=True)
class BasicAffair:
    """
    Ⅰ-1 特定個人情報ファイルを取り扱う事務: ①事務の名称, ②事務の概要, ③システムの名称.
    """

    name: str = field(default="", metadata=item("①", "事務の名称"))
    """様式: ①事務の名称 — ※なし (Ⅰ-１-① in 基礎項目評価書)"""
    summary: str = field(default="", metadata=item("②", "事務の概要"))
    """様式: ②事務の概要 — ※なし (Ⅰ-１-② in 基礎項目評価書)"""
    system_names: str = field(default="", metadata=item("③", "システムの名称"))
    """様式: ③システムの名称 — ※なし (Ⅰ-１-③ in 基礎項目評価書)"""


@frozen(kw_only=True)
class BasicDisclosureRequest:
    """
    Ⅰ-7 特定個人情報の開示・訂正・利用停止請求: 請求先.
    """

    requests_to: str = field(default="", metadata=item("", "請求先"))
    """様式: 請求先 — ※なし (Ⅰ-７ in 基礎項目評価書)"""


@frozen(kw_only=True)
class BasicInquiry:
    """
    Ⅰ-8 特定個人情報ファイルの取扱いに関する問合せ: 連絡先.
    """

    contact: str = field(default="", metadata=item("", "連絡先"))
    """様式: 連絡先 — ※なし (Ⅰ-８ in 基礎項目評価書)"""


@frozen(kw_only=True)
class Rule92:
    """
    Ⅰ-9 規則第9条第2項の適用: [ ]適用した, 適用した理由.

    規則第9条第2項 lets a body assess after the fact in an emergency (災害など); the reason is
    written only when the box is ticked.
    """

    applied: bool = field(default=False, metadata=item("", "適用した"))
    """様式: 適用した — ※なし (Ⅰ-９ in 基礎項目評価書)"""
    reason: str = field(default="", metadata=item("", "適用した理由", required=False))
    """様式: 適用した理由 — ※なし (Ⅰ-９ in 基礎項目評価書)"""


@frozen(kw_only=True)
class RelatedInfo:
    """
    Ⅰ 関連情報.
    """

    affair: BasicAffair = field(
        factory=BasicAffair, metadata=item("１．", "特定個人情報ファイルを取り扱う事務")
    )
    """様式: １．特定個人情報ファイルを取り扱う事務 — ※なし (Ⅰ-１ in 基礎項目評価書)"""
    file_names: str = field(default="", metadata=item("２．", "特定個人情報ファイル名"))
    """様式: ２．特定個人情報ファイル名 — ※なし (Ⅰ-２ in 基礎項目評価書)"""
    number_use: NumberUse = field(factory=NumberUse, metadata=item("３．", "個人番号の利用"))
    """様式: ３．個人番号の利用 — ※なし (Ⅰ-３ in 基礎項目評価書)"""
    linkage: NetworkLinkage = field(
        factory=NetworkLinkage, metadata=item("４．", "情報提供ネットワークシステムによる情報連携")
    )
    """様式: ４．情報提供ネットワークシステムによる情報連携 — ※なし (Ⅰ-４ in 基礎項目評価書)"""
    department: Department = field(
        factory=Department, metadata=item("５．", "評価実施機関における担当部署")
    )
    """様式: ５．評価実施機関における担当部署 — ※なし (Ⅰ-５ in 基礎項目評価書)"""
    other_bodies: str = field(default="", metadata=item("６．", "他の評価実施機関", required=False))
    """様式: ６．他の評価実施機関 — ※なし (Ⅰ-６ in 基礎項目評価書)"""
    disclosure: BasicDisclosureRequest = field(
        factory=BasicDisclosureRequest,
        metadata=item("７．", "特定個人情報の開示・訂正・利用停止請求"),
    )
    """様式: ７．特定個人情報の開示・訂正・利用停止請求 — ※なし (Ⅰ-７ in 基礎項目評価書)"""
    inquiry: BasicInquiry = field(
        factory=BasicInquiry, metadata=item("８．", "特定個人情報ファイルの取扱いに関する問合せ")
    )
    """様式: ８．特定個人情報ファイルの取扱いに関する問合せ — ※なし (Ⅰ-８ in 基礎項目評価書)"""
    rule_9_2: Rule92 = field(factory=Rule92, metadata=item("９．", "規則第9条第2項の適用"))
    """様式: ９．規則第9条第2項の適用 — ※なし (Ⅰ-９ in 基礎項目評価書)"""
