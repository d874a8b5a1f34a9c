"""
Ⅰ　基本情報 and （別添１）事務の内容 of the 全項目評価書.

Ⅰ-1② (事務の内容), Ⅰ-5 (個人番号の利用) and Ⅰ-6 (情報提供ネットワークシステムによる
情報連携) carry the ※ mark.  The flow diagram of （別添１） cannot be represented as data:
only its （備考） explanation is a field; the diagram itself belongs in the template.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import group, item
from ..choices import Linkage, TargetCount
from ..common import System

__all__ = [
    "BasicInfo",
    "Business",
    "BusinessAnnex",
    "Department",
    "NetworkLinkage",
    "NumberUse",
    "Reasons",
]


@frozen(kw_only=True)
class Business:
    """
    Ⅰ-1　特定個人情報ファイルを取り扱う事務.
    """

    name: str = field(metadata=item("①", "事務の名称"))
    content: str = field(metadata=item("②", "事務の内容", star=True))
    target_count: TargetCount | None = field(default=None, metadata=item("③", "対象人数"))


@frozen(kw_only=True)
class Reasons:
    """
    Ⅰ-4　特定個人情報ファイルを取り扱う理由.
    """

    necessity: str = field(metadata=item("①", "事務実施上の必要性"))
    merits: str = field(metadata=item("②", "実現が期待されるメリット"))


@frozen(kw_only=True)
class NumberUse:
    """
    Ⅰ-5　個人番号の利用　※.
    """

    legal_basis: str = field(metadata=item("", "法令上の根拠"))


@frozen(kw_only=True)
class NetworkLinkage:
    """
    Ⅰ-6　情報提供ネットワークシステムによる情報連携　※.
    """

    status: Linkage | None = field(default=None, metadata=item("①", "実施の有無"))
    legal_basis: str = field(metadata=item("②", "法令上の根拠"))


@frozen(kw_only=True)
class Department:
    """
    Ⅰ-7　評価実施機関における担当部署.
    """

    name: str = field(metadata=item("①", "部署"))
    head: str = field(metadata=item("②", "所属長の役職名"))


@frozen(kw_only=True)
class BasicInfo:
    """
    Ⅰ　基本情報.
    """

    business: Business = field(metadata=item("１．", "特定個人情報ファイルを取り扱う事務"))
    systems: tuple[System, ...] = field(
        default=(),
        metadata=group(
            "２．",
            "特定個人情報ファイルを取り扱う事務において使用するシステム",
            member="システム",
        ),
    )
    file_names: str = field(metadata=item("３．", "特定個人情報ファイル名"))
    reasons: Reasons = field(metadata=item("４．", "特定個人情報ファイルを取り扱う理由"))
    number_use: NumberUse = field(metadata=item("５．", "個人番号の利用", star=True))
    linkage: NetworkLinkage = field(
        metadata=item("６．", "情報提供ネットワークシステムによる情報連携", star=True)
    )
    department: Department = field(metadata=item("７．", "評価実施機関における担当部署"))
    other_bodies: str = field(metadata=item("８．", "他の評価実施機関"))


@frozen(kw_only=True)
class BusinessAnnex:
    """
    （別添１）事務の内容: the flow diagram (not representable as data) and its （備考）.
    """

    remarks: str = field(metadata=item("", "（備考）"))
