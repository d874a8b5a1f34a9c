"""
Ⅱ-4　特定個人情報ファイルの取扱いの委託 of one 特定個人情報ファイル (全項目評価書).

委託の有無 ※, 委託事項n の 対象となる本人の範囲 ※ and ⑦再委託の有無 ※ carry the ※
mark.  Ⅱ-5　特定個人情報の提供・移転 is :class:`~pia_dsl.forms.common.ProvisionSection`,
printed alike on the 重点項目評価書; the sources show no 移転先 sub-items, so the 移転先 uses
the 提供先 items with 移転 wording, as the 重点項目評価書 does.
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
    Reconsigning,
)

__all__ = ["FullConsignment", "FullConsignmentSection", "FullReconsignment"]


@frozen(kw_only=True)
class FullReconsignment:
    """
    再委託 (⑦–⑨) of one 委託事項.
    """

    status: Reconsigning | None = field(default=None, metadata=item("⑦", "再委託の有無", star=True))
    """様式: ⑦再委託の有無　※ — 重要な変更の対象 (Ⅱ-ファイルn-４-委託事項n-⑦ in 全項目評価書)"""
    permission: str = field(default="", metadata=item("⑧", "再委託の許諾方法"))
    """様式: ⑧再委託の許諾方法 — ※なし (Ⅱ-ファイルn-４-委託事項n-⑧ in 全項目評価書)"""
    matters: str = field(default="", metadata=item("⑨", "再委託事項"))
    """様式: ⑨再委託事項 — ※なし (Ⅱ-ファイルn-４-委託事項n-⑨ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        再委託しない empties ⑧ and ⑨.
        """
        if self.status is Reconsigning.NO:
            return {"permission": Reconsigning.NO.value, "matters": Reconsigning.NO.value}
        return {}


@frozen(kw_only=True)
class FullConsignment:
    """
    委託事項n: one consigned task, its title printed in the member's header row (Ⅱ-4).
    """

    key: str
    name: str = field(default="", metadata=item("", "委託事項名", title=True))
    """様式: 委託事項名 — ※なし (Ⅱ-ファイルn-４-委託事項n in 全項目評価書)"""
    content: str = field(default="", metadata=item("①", "委託内容"))
    """様式: ①委託内容 — ※なし (Ⅱ-ファイルn-４-委託事項n-① in 全項目評価書)"""
    scope: ConsignScope | None = field(
        default=None, metadata=item("②", "取扱いを委託する特定個人情報ファイルの範囲")
    )
    """様式: ②取扱いを委託する特定個人情報ファイルの範囲 — ※なし (Ⅱ-ファイルn-４-委託事項n-② in 全項目評価書)"""
    person_count: PersonCount | None = field(default=None, metadata=item("", "対象となる本人の数"))
    """様式: 対象となる本人の数 — ※なし (Ⅱ-ファイルn-４-委託事項n in 全項目評価書)"""
    person_scope: str = field(default="", metadata=item("", "対象となる本人の範囲", star=True))
    """様式: 対象となる本人の範囲　※ — 重要な変更の対象 (Ⅱ-ファイルn-４-委託事項n in 全項目評価書)"""
    scope_validity: str = field(default="", metadata=item("", "その妥当性"))
    """様式: その妥当性 — ※なし (Ⅱ-ファイルn-４-委託事項n in 全項目評価書)"""
    handler_count: HandlerCount | None = field(
        default=None, metadata=item("③", "委託先における取扱者数")
    )
    """様式: ③委託先における取扱者数 — ※なし (Ⅱ-ファイルn-４-委託事項n-③ in 全項目評価書)"""
    delivery: Checks[ConsignDelivery] = field(
        factory=Checks, metadata=item("④", "委託先への特定個人情報ファイルの提供方法")
    )
    """様式: ④委託先への特定個人情報ファイルの提供方法 — ※なし (Ⅱ-ファイルn-４-委託事項n-④ in 全項目評価書)"""
    name_check: str = field(default="", metadata=item("⑤", "委託先名の確認方法"))
    """様式: ⑤委託先名の確認方法 — ※なし (Ⅱ-ファイルn-４-委託事項n-⑤ in 全項目評価書)"""
    contractor: str = field(default="", metadata=item("⑥", "委託先名"))
    """様式: ⑥委託先名 — ※なし (Ⅱ-ファイルn-４-委託事項n-⑥ in 全項目評価書)"""
    reconsignment: FullReconsignment = field(factory=FullReconsignment, metadata=item("", "再委託"))
    """様式: 再委託 — ※なし (Ⅱ-ファイルn-４-委託事項n in 全項目評価書)"""


@frozen(kw_only=True)
class FullConsignmentSection:
    """
    Ⅱ-4　特定個人情報ファイルの取扱いの委託.  The （ ）件 count is the number of 委託事項.
    """

    status: Consigning | None = field(default=None, metadata=item("", "委託の有無", star=True))
    """様式: 委託の有無　※ — 重要な変更の対象 (Ⅱ-ファイルn-４ in 全項目評価書)"""
    items: tuple[FullConsignment, ...] = field(
        default=(), metadata=group("", "委託事項", member="委託事項")
    )
    """様式: 委託事項 — ※なし (Ⅱ-ファイルn-４ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        委託しない empties the 委託事項.
        """
        if self.status is Consigning.NO:
            return {"items": Consigning.NO.value}
        return {}
