"""
Ⅰ　基本情報 of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.2.  Unlike the 全項目評価書, ②事務の内容 carries no ※; the
whole of ４．個人番号の利用 and ５．情報提供ネットワークシステムによる情報連携 is ※.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import group, item
from ..choices import FocusedTargetCount, Linkage
from ..common import System

__all__ = ["Affairs", "BasicInfo", "Department", "NetworkLinkage", "NumberUse"]


@frozen(kw_only=True)
class Affairs:
    """
    １．特定個人情報ファイルを取り扱う事務 (Ⅰ-1).
    """

    name: str = field(default="", metadata=item("①", "事務の名称"))
    content: str = field(default="", metadata=item("②", "事務の内容"))
    #: O-01: four bands up to 30万人未満 (a 重点項目評価書 cannot have 30万人以上).
    target_count: FocusedTargetCount | None = field(default=None, metadata=item("③", "対象人数"))


@frozen(kw_only=True)
class NumberUse:
    """
    ４．個人番号の利用 ※ (Ⅰ-4); the whole item is ※.
    """

    legal_basis: str = field(default="", metadata=item("", "法令上の根拠"))


@frozen(kw_only=True)
class NetworkLinkage:
    """
    ５．情報提供ネットワークシステムによる情報連携 ※ (Ⅰ-5); the whole item is ※.

    「実施しない」 empties ②法令上の根拠 (``form-jyuten.md`` §3, inferred).
    """

    implemented: Linkage | None = field(default=None, metadata=item("①", "実施の有無"))
    legal_basis: str = field(default="", metadata=item("②", "法令上の根拠"))

    def switched_off(self) -> Mapping[str, str]:
        if self.implemented is Linkage.NO:
            return {"legal_basis": Linkage.NO.value}
        return {}


@frozen(kw_only=True)
class Department:
    """
    ６．評価実施機関における担当部署 (Ⅰ-6).
    """

    department: str = field(default="", metadata=item("①", "部署"))
    #: A job title (子育て給付課長), not a person's name: the older 様式 (before about 平成31年)
    #: asked for the head's name here.
    head_title: str = field(default="", metadata=item("②", "所属長の役職名"))


@frozen(kw_only=True)
class BasicInfo:
    """
    Ⅰ　基本情報.
    """

    affairs: Affairs = field(
        factory=Affairs, metadata=item("１．", "特定個人情報ファイルを取り扱う事務")
    )
    systems: tuple[System, ...] = field(
        default=(),
        metadata=group(
            "２．",
            "特定個人情報ファイルを取り扱う事務において使用するシステム",
            member="システム",
            max_count=20,
        ),
    )
    file_name: str = field(default="", metadata=item("３．", "特定個人情報ファイル名"))
    number_use: NumberUse = field(
        factory=NumberUse, metadata=item("４．", "個人番号の利用", star=True)
    )
    linkage: NetworkLinkage = field(
        factory=NetworkLinkage,
        metadata=item("５．", "情報提供ネットワークシステムによる情報連携", star=True),
    )
    department: Department = field(
        factory=Department, metadata=item("６．", "評価実施機関における担当部署")
    )
    #: Empty (S1) or 「－」 (S3) when the 事務 is not shared with other bodies.
    other_agencies: str = field(
        default="", metadata=item("７．", "他の評価実施機関", required=False)
    )
