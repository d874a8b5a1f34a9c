"""
Ⅰ　基本情報 and （別添１）事務の内容 of the 全項目評価書.

Ⅰ-1② (事務の内容), Ⅰ-5 (個人番号の利用) and Ⅰ-6 (情報提供ネットワークシステムによる
情報連携) carry the ※ mark.  Ⅰ-5 is :class:`~pia_dsl.forms.common.NumberUse`, shared with the
重点項目評価書.  The flow diagram of （別添１） cannot be represented as data:
only its （備考） explanation is a field; the diagram itself belongs in the template.
"""

from __future__ import annotations

from attrs import field, frozen

from ...figures import Diagram
from ...meta import item
from ..choices import TargetCount
from ..common import Department, NetworkLinkage, NumberUse, System, systems_group

__all__ = [
    "AffairAnnex",
    "FullAffair",
    "FullBasicInfo",
    "Reasons",
]


@frozen(kw_only=True)
class FullAffair:
    """
    Ⅰ-1　特定個人情報ファイルを取り扱う事務.
    """

    name: str = field(default="", metadata=item("①", "事務の名称"))
    """様式: ①事務の名称 — ※なし (Ⅰ-１-① in 全項目評価書)"""
    content: str = field(default="", metadata=item("②", "事務の内容", star=True))
    """様式: ②事務の内容　※ — 重要な変更の対象 (Ⅰ-１-② in 全項目評価書)"""
    target_count: TargetCount | None = field(default=None, metadata=item("③", "対象人数"))
    """様式: ③対象人数 — ※なし (Ⅰ-１-③ in 全項目評価書)"""


@frozen(kw_only=True)
class Reasons:
    """
    Ⅰ-4　特定個人情報ファイルを取り扱う理由.
    """

    necessity: str = field(default="", metadata=item("①", "事務実施上の必要性"))
    """様式: ①事務実施上の必要性 — ※なし (Ⅰ-４-① in 全項目評価書)"""
    merits: str = field(default="", metadata=item("②", "実現が期待されるメリット"))
    """様式: ②実現が期待されるメリット — ※なし (Ⅰ-４-② in 全項目評価書)"""


@frozen(kw_only=True)
class FullBasicInfo:
    """
    Ⅰ　基本情報.
    """

    affair: FullAffair = field(
        factory=FullAffair, metadata=item("１．", "特定個人情報ファイルを取り扱う事務")
    )
    """様式: １．特定個人情報ファイルを取り扱う事務 — ※なし (Ⅰ-１ in 全項目評価書)"""
    systems: tuple[System, ...] = field(default=(), metadata=systems_group())
    """様式: ２．特定個人情報ファイルを取り扱う事務において使用するシステム — ※なし (Ⅰ-２ in 全項目評価書)"""
    file_names: str = field(default="", metadata=item("３．", "特定個人情報ファイル名"))
    """様式: ３．特定個人情報ファイル名 — ※なし (Ⅰ-３ in 全項目評価書)"""
    reasons: Reasons = field(
        factory=Reasons, metadata=item("４．", "特定個人情報ファイルを取り扱う理由")
    )
    """様式: ４．特定個人情報ファイルを取り扱う理由 — ※なし (Ⅰ-４ in 全項目評価書)"""
    number_use: NumberUse = field(
        factory=NumberUse, metadata=item("５．", "個人番号の利用", star=True)
    )
    """様式: ５．個人番号の利用　※ — 重要な変更の対象 (Ⅰ-５ in 全項目評価書)"""
    linkage: NetworkLinkage = field(
        factory=NetworkLinkage,
        metadata=item("６．", "情報提供ネットワークシステムによる情報連携", star=True),
    )
    """様式: ６．情報提供ネットワークシステムによる情報連携　※ — 重要な変更の対象 (Ⅰ-６ in 全項目評価書)"""
    department: Department = field(
        factory=Department, metadata=item("７．", "評価実施機関における担当部署")
    )
    """様式: ７．評価実施機関における担当部署 — ※なし (Ⅰ-７ in 全項目評価書)"""
    other_bodies: str = field(default="", metadata=item("８．", "他の評価実施機関"))
    """様式: ８．他の評価実施機関 — ※なし (Ⅰ-８ in 全項目評価書)"""


@frozen(kw_only=True)
class AffairAnnex:
    """
    （別添１）事務の内容: the flow diagram (an image file, :func:`pia_dsl.figures.diagram`)
    and its （備考）.
    """

    diagram: Diagram | None = field(default=None, metadata=item("", "図", required=False))
    """様式: 図 — ※なし (（別添１） in 全項目評価書)"""
    remarks: str = field(default="", metadata=item("", "（備考）"))
    """様式: （備考） — ※なし (（別添１） in 全項目評価書)"""
