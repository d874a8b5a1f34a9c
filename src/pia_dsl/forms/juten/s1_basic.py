"""
Ⅰ　基本情報 of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.2.  Unlike the 全項目評価書, ②事務の内容 carries no ※; the
whole of ４．個人番号の利用 and ５．情報提供ネットワークシステムによる情報連携 is ※.
４．個人番号の利用 is :class:`~pia_dsl.forms.common.NumberUse`, shared with the 全項目評価書.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..choices import FocusedTargetCount
from ..common import Department, NetworkLinkage, NumberUse, System, systems_group

__all__ = ["FocusedAffair", "FocusedBasicInfo"]


@frozen(kw_only=True)
class FocusedAffair:
    """
    １．特定個人情報ファイルを取り扱う事務 (Ⅰ-1).
    """

    name: str = field(default="", metadata=item("①", "事務の名称"))
    """様式: ①事務の名称 — ※なし (Ⅰ-１-① in 重点項目評価書)"""
    content: str = field(default="", metadata=item("②", "事務の内容"))
    """様式: ②事務の内容 — ※なし (Ⅰ-１-② in 重点項目評価書)"""
    #: O-01: four bands up to 30万人未満 (a 重点項目評価書 cannot have 30万人以上).
    target_count: FocusedTargetCount | None = field(default=None, metadata=item("③", "対象人数"))
    """様式: ③対象人数 — ※なし (Ⅰ-１-③ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedBasicInfo:
    """
    Ⅰ　基本情報.
    """

    affair: FocusedAffair = field(
        factory=FocusedAffair, metadata=item("１．", "特定個人情報ファイルを取り扱う事務")
    )
    """様式: １．特定個人情報ファイルを取り扱う事務 — ※なし (Ⅰ-１ in 重点項目評価書)"""
    systems: tuple[System, ...] = field(default=(), metadata=systems_group())
    """様式: ２．特定個人情報ファイルを取り扱う事務において使用するシステム — ※なし (Ⅰ-２ in 重点項目評価書)"""
    file_names: str = field(default="", metadata=item("３．", "特定個人情報ファイル名"))
    """様式: ３．特定個人情報ファイル名 — ※なし (Ⅰ-３ in 重点項目評価書)"""
    number_use: NumberUse = field(
        factory=NumberUse, metadata=item("４．", "個人番号の利用", star=True)
    )
    """様式: ４．個人番号の利用　※ — 重要な変更の対象 (Ⅰ-４ in 重点項目評価書)"""
    linkage: NetworkLinkage = field(
        factory=NetworkLinkage,
        metadata=item("５．", "情報提供ネットワークシステムによる情報連携", star=True),
    )
    """様式: ５．情報提供ネットワークシステムによる情報連携　※ — 重要な変更の対象 (Ⅰ-５ in 重点項目評価書)"""
    department: Department = field(
        factory=Department, metadata=item("６．", "評価実施機関における担当部署")
    )
    """様式: ６．評価実施機関における担当部署 — ※なし (Ⅰ-６ in 重点項目評価書)"""
    #: Empty (S1) or 「－」 (S3) when the 事務 is not shared with other bodies.
    other_bodies: str = field(default="", metadata=item("７．", "他の評価実施機関", required=False))
    """様式: ７．他の評価実施機関 — ※なし (Ⅰ-７ in 重点項目評価書)"""
