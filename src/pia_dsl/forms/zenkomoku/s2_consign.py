"""
Ⅱ-4　特定個人情報ファイルの取扱いの委託 and Ⅱ-5　特定個人情報の提供・移転 of one
特定個人情報ファイル (全項目評価書).

委託の有無 ※, 委託事項n の 対象となる本人の範囲 ※ and ⑦再委託の有無 ※ carry the ※
mark.  提供先 and 移転先 reuse :class:`~pia_dsl.forms.common.Provision` and
:class:`~pia_dsl.forms.common.Transfer`; the sources show no 移転先 sub-items, so the
移転先 uses the 提供先 items with 移転 wording, as the 重点項目評価書 does.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import group, item
from ...options import Checks
from ..choices import (
    ConsignDelivery,
    Consigning,
    ConsignScope,
    HandlerCount,
    PersonCount,
    ProvisionStatus,
    Reconsigning,
)
from ..common import Provision, Transfer

__all__ = ["Consignment", "ConsignmentSection", "ProvisionSection", "Reconsignment"]


@frozen(kw_only=True)
class Reconsignment:
    """
    再委託 (⑦–⑨) of one 委託事項.
    """

    status: Reconsigning | None = field(default=None, metadata=item("⑦", "再委託の有無", star=True))
    permission: str = field(default="", metadata=item("⑧", "再委託の許諾方法"))
    matters: str = field(default="", metadata=item("⑨", "再委託事項"))

    def switched_off(self) -> Mapping[str, str]:
        """
        再委託しない empties ⑧ and ⑨.
        """
        if self.status is Reconsigning.NO:
            return {"permission": Reconsigning.NO.value, "matters": Reconsigning.NO.value}
        return {}


@frozen(kw_only=True)
class Consignment:
    """
    委託事項n: one consigned task, its title printed in the member's header row (Ⅱ-4).
    """

    key: str
    name: str = field(metadata=item("", "委託事項名", title=True))
    content: str = field(metadata=item("①", "委託内容"))
    scope: ConsignScope | None = field(
        default=None, metadata=item("②", "取扱いを委託する特定個人情報ファイルの範囲")
    )
    person_count: PersonCount | None = field(default=None, metadata=item("", "対象となる本人の数"))
    person_scope: str = field(metadata=item("", "対象となる本人の範囲", star=True))
    scope_validity: str = field(metadata=item("", "その妥当性"))
    handler_count: HandlerCount | None = field(
        default=None, metadata=item("③", "委託先における取扱者数")
    )
    delivery: Checks[ConsignDelivery] = field(
        factory=Checks, metadata=item("④", "委託先への特定個人情報ファイルの提供方法")
    )
    name_check: str = field(metadata=item("⑤", "委託先名の確認方法"))
    contractor: str = field(metadata=item("⑥", "委託先名"))
    reconsignment: Reconsignment = field(factory=Reconsignment, metadata=item("", "再委託"))


@frozen(kw_only=True)
class ConsignmentSection:
    """
    Ⅱ-4　特定個人情報ファイルの取扱いの委託.  The （ ）件 count is the number of 委託事項.
    """

    status: Consigning | None = field(default=None, metadata=item("", "委託の有無", star=True))
    items: tuple[Consignment, ...] = field(
        default=(), metadata=group("", "委託事項", member="委託事項")
    )

    def switched_off(self) -> Mapping[str, str]:
        """
        委託しない empties the 委託事項.
        """
        if self.status is Consigning.NO:
            return {"items": Consigning.NO.value}
        return {}


@frozen(kw_only=True)
class ProvisionSection:
    """
    Ⅱ-5　特定個人情報の提供・移転（委託に伴うものを除く。）.  The （ ）件 counts are the
    numbers of 提供先 and 移転先.
    """

    status: Checks[ProvisionStatus] = field(factory=Checks, metadata=item("", "提供・移転の有無"))
    provisions: tuple[Provision, ...] = field(
        default=(), metadata=group("", "提供先", member="提供先")
    )
    transfers: tuple[Transfer, ...] = field(
        default=(), metadata=group("", "移転先", member="移転先")
    )

    def switched_off(self) -> Mapping[str, str]:
        """
        行っていない empties the 提供先 and 移転先.
        """
        if ProvisionStatus.NONE in self.status:
            text = ProvisionStatus.NONE.value
            return {"provisions": text, "transfers": text}
        return {}
