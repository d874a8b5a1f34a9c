"""
A small registered form for the differ's tests, shaped like the 重点項目評価書: ※ items, an
exemption inside a ※ section, a checkbox switch that empties its section, checkbox groups
with slots, repeated groups (システム, 委託事項 with a title) and the しきい値判断結果.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from attrs import field, frozen

from pia_dsl.forms.choices import (
    AcquisitionMethod,
    FocusedTargetCount,
    FocusedThresholdResult,
    Incident,
    Source,
    Stipulation,
    Sufficiency,
)
from pia_dsl.forms.common import ChangeRow, System
from pia_dsl.forms.registry import extra_form
from pia_dsl.meta import group, item
from pia_dsl.options import Checks

__all__ = [
    "MiniAcquisition",
    "MiniAssessment",
    "MiniBasic",
    "MiniConsignment",
    "MiniCover",
    "MiniFiles",
    "MiniProcedure",
    "MiniProvision",
    "MiniRisks",
    "MiniUsage",
]


@frozen(kw_only=True)
class MiniCover:
    """
    表紙.
    """

    title: str = field(default="", metadata=item("", "評価書名"))
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))


@frozen(kw_only=True)
class MiniBasic:
    """
    Ⅰ　基本情報.
    """

    target_count: FocusedTargetCount | None = field(default=None, metadata=item("③", "対象人数"))
    systems: tuple[System, ...] = field(
        default=(),
        metadata=group(
            "２．", "特定個人情報ファイルを取り扱う事務において使用するシステム", member="システム"
        ),
    )
    legal_basis: str = field(default="", metadata=item("４．", "個人番号の利用", star=True))


@frozen(kw_only=True)
class MiniUsage:
    """
    ④使用の主体.
    """

    departments: str = field(default="", metadata=item("", "使用部署"))


@frozen(kw_only=True)
class MiniAcquisition:
    """
    ３．特定個人情報の入手・使用.
    """

    sources: Checks[Source] = field(factory=Checks, metadata=item("①", "入手元", star=True))
    methods: Checks[AcquisitionMethod] = field(factory=Checks, metadata=item("②", "入手方法"))
    purpose: str = field(default="", metadata=item("③", "使用目的", star=True))
    users: MiniUsage = field(factory=MiniUsage, metadata=item("④", "使用の主体"))


@frozen(kw_only=True)
class MiniConsignment:
    """
    委託事項n.
    """

    key: str
    name: str = field(default="", metadata=item("", "委託事項名", title=True, required=False))
    content: str = field(default="", metadata=item("①", "委託内容"))


@frozen(kw_only=True)
class MiniFiles:
    """
    Ⅱ　特定個人情報ファイルの概要.
    """

    acquisition: MiniAcquisition = field(
        factory=MiniAcquisition, metadata=item("３．", "特定個人情報の入手・使用")
    )
    consignments: tuple[MiniConsignment, ...] = field(
        default=(), metadata=group("４．", "特定個人情報ファイルの取扱いの委託", member="委託事項")
    )
    storage: str = field(default="", metadata=item("６．", "保管場所", star=True))


@frozen(kw_only=True)
class MiniProvision:
    """
    ５．特定個人情報の提供・移転　[ ] 提供・移転しない.
    """

    not_provided: bool = field(default=False, metadata=item("", "提供・移転しない"))
    rule: Stipulation | None = field(
        default=None, metadata=item("", "特定個人情報の提供・移転に関するルール")
    )
    content: str = field(default="", metadata=item("", "ルールの内容及びルール遵守の確認方法"))
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "リスクへの対策は十分か")
    )

    def switched_off(self) -> Mapping[str, str]:
        if self.not_provided:
            return dict.fromkeys(("rule", "content", "sufficiency"), "提供・移転しない")
        return {}


@frozen(kw_only=True)
class MiniRisks:
    """
    Ⅲ　リスク対策　※（７．②を除く。）.
    """

    provision: MiniProvision = field(
        factory=MiniProvision, metadata=item("５．", "特定個人情報の提供・移転")
    )
    incident: Incident | None = field(
        default=None,
        metadata=item(
            "②",
            "過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
            star=False,
        ),
    )
    training: str = field(default="", metadata=item("９．", "従業者に対する教育・啓発"))


@frozen(kw_only=True)
class MiniProcedure:
    """
    Ⅴ　評価実施手続.
    """

    performed_on: date | None = field(default=None, metadata=item("①", "実施日"))
    threshold: FocusedThresholdResult | None = field(
        default=None, metadata=item("②", "しきい値判断結果")
    )


@extra_form("mini_changes")
@frozen(kw_only=True)
class MiniAssessment:
    """
    The test form.
    """

    cover: MiniCover = field(factory=MiniCover, metadata=item("", "表紙"))
    s1: MiniBasic = field(factory=MiniBasic, metadata=item("Ⅰ", "基本情報"))
    s2: MiniFiles = field(factory=MiniFiles, metadata=item("Ⅱ", "特定個人情報ファイルの概要"))
    s3: MiniRisks = field(factory=MiniRisks, metadata=item("Ⅲ", "リスク対策", star=True))
    s5: MiniProcedure = field(factory=MiniProcedure, metadata=item("Ⅴ", "評価実施手続"))
    history: tuple[ChangeRow, ...] = ()
