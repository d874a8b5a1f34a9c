"""
A tiny form used to test the framework (walker, validation, serialization) apart from
the real forms.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from attrs import field, frozen

from pia_dsl.forms.choices import Consigning, Source, Sufficiency
from pia_dsl.forms.common import System
from pia_dsl.forms.registry import extra_form
from pia_dsl.meta import group, item
from pia_dsl.options import Checks


@frozen(kw_only=True)
class ToyConsignment:
    key: str
    content: str = field(metadata=item("①", "委託内容"))


@frozen(kw_only=True)
class ToySection:
    consigning: Consigning | None = field(default=None, metadata=item("", "委託の有無", star=True))
    items: tuple[ToyConsignment, ...] = field(
        default=(), metadata=group("", "委託事項", member="委託事項", max_count=3)
    )
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "リスクへの対策は十分か", star=False)
    )

    def switched_off(self) -> Mapping[str, str]:
        if self.consigning is Consigning.NO:
            return {"items": "委託しない", "sufficiency": "委託しない"}
        return {}


@extra_form("toy")
@frozen(kw_only=True)
class ToyAssessment:
    name: str = field(metadata=item("①", "事務の名称"))
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))
    sources: Checks[Source] = field(factory=Checks, metadata=item("①", "入手元", star=True))
    systems: tuple[System, ...] = field(
        default=(), metadata=group("２．", "使用するシステム", member="システム")
    )
    section: ToySection = field(
        factory=ToySection, metadata=item("Ⅱ", "特定個人情報ファイルの概要")
    )
