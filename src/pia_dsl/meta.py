"""
Where a field lives on the official form: item number, verbatim label, ※ flag, and the
form's logic that belongs to the item: the items a switch empties (:class:`Switch`), the
repeated groups a count prints 「（ n ）件」 of, the value-less headings printed above its
rows, a choice printed with its explanation, the しきい値判断結果.

Every field of the form model carries one :class:`Item` in its attrs metadata under
:data:`KEY`.  Labels are written once, here in the model, and read by the walker
(:mod:`pia_dsl.walk`) for validation, rendering and diffing.

Use :func:`item` for ordinary fields and :func:`group` for repeated groups::

    @frozen(kw_only=True)
    class Usage:
        departments: str = field(metadata=item("", "使用部署"))
        systems: tuple[System, ...] = field(
            default=(), metadata=group("２．", "…使用するシステム", member="システム", max_count=20)
        )

    @frozen(kw_only=True)
    class Consignment:
        status: Consigning | None = field(
            default=None,
            metadata=item("", "委託の有無", switch=empties("items", on=Consigning.NO), counts=("items",)),
        )
        items: tuple[ConsignedTask, ...] = field(default=(), metadata=group("", "委託事項", member="委託事項"))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

__all__ = ["KEY", "ROMAN_NUMERALS", "Item", "Switch", "empties", "group", "item", "item_of"]

KEY = "pia_dsl"

#: Section numbers as printed on the form (U+2160…).
ROMAN_NUMERALS = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ")

#: Range headers printed for repeated groups of up to 20 members (システム1, システム2～5, …).
DEFAULT_RANGES: tuple[tuple[int, int], ...] = ((1, 1), (2, 5), (6, 10), (11, 15), (16, 20))


@frozen
class Switch:
    """
    What a switch field empties: 委託しない, 提供・移転しない, 接続しない（入手）, 再委託しない….

    The switch is on when its field holds ``on`` (a flag: ``True``; a choice: the option;
    a checkbox group: the option ticked).  The walker marks the items it empties inactive,
    with the switch's own text (a flag's label, else the option's text) as the reason.

    Attributes:
        on: The value that turns the switch on.
        names: The fields of the same part that the switch empties.
        together: Fields emptied only when every switch of the part naming them here is
            on (接続しない（入手） and 接続しない（提供） together empty the closing その他のリスク).
        rest: The switch empties every other item of its part (全項目 Ⅲ-4 委託しない).
    """

    on: Any = True
    names: tuple[str, ...] = ()
    together: tuple[str, ...] = ()
    rest: bool = False


def empties(
    *names: str, on: Any = True, together: tuple[str, ...] = (), rest: bool = False
) -> Switch:
    """
    The :class:`Switch` of a field: ``item("", "委託しない", switch=empties("risk", "other_risks"))``.
    """
    return Switch(on=on, names=names, together=together, rest=rest)


@frozen
class Item:
    """
    One item of the official form.

    Attributes:
        number: The number as printed before the label: ``"Ⅱ"``, ``"３．"``, ``"④"``,
            or ``""`` for unnumbered rows.
        label: The verbatim label, without the ※ mark.
        star: ``True`` when the form prints ※ on this item (its change is a 重要な変更,
            and so is a change of everything below it); ``False`` for an exemption
            inside a ※ section (重点 Ⅲ７②, 全項目 Ⅲ７リスク１⑨); ``None`` to inherit.
        star_note: Text printed after the ※, e.g. ``"（７．②を除く。）"``.
        required: Whether an active item must be filled in (``pia check`` reports 未記入).
        member: For a repeated group, the member caption (``"システム"``, ``"委託事項"``).
        max_count: For a repeated group, the most members the form allows.
        ranges: For a repeated group, the range headers the form prints.
        title: The field's value is printed in its member's header row (委託事項1 <title>).
        none_allowed: For a checkbox group, the form allows an answer with no tick
            (``no_ticks()``: a system with no other connection).
        since: The first 様式 edition that has the item (its date as the mark prints it,
            ``"平成30年５月"``); ``""``: every edition (:mod:`pia_dsl.forms.editions`).
        older_labels: ``(edition, label)`` pairs: the label the editions older than
            ``edition`` print instead of ``label`` (``(("平成30年５月", "所属長"),)``).
        switch: For a switch, the items it empties (:class:`Switch`).
        counts: The repeated groups of the same part whose number of members the item
            prints 「（ n ）件」 after its value, each with the option it belongs to (for
            a checkbox group: 提供を行っている → 提供先) or ``None`` (after a choice).
        headings: Lines printed as one heading block above the part's rows, with no
            values (全項目 Ⅲ-4: the five 委託先による… risks).
        pair: A part printed as one choice with its explanation (ユーザ認証の管理 /
            具体的な管理方法): no heading row, its first item carries the part's label.
        vertical: A part whose label the form prints vertically in a merged cell beside
            its rows instead of as a heading row (再委託: ``再 委 託``).
        threshold: The しきい値判断結果 (a change of it requires the assessment to be redone).
    """

    number: str
    label: str
    star: bool | None = None
    star_note: str = ""
    required: bool = True
    member: str = ""
    max_count: int | None = None
    ranges: tuple[tuple[int, int], ...] = ()
    title: bool = False
    none_allowed: bool = False
    since: str = ""
    older_labels: tuple[tuple[str, str], ...] = ()
    switch: Switch | None = None
    counts: tuple[tuple[str, Any], ...] = ()
    headings: tuple[str, ...] = ()
    pair: bool = False
    vertical: bool = False
    threshold: bool = False

    @property
    def heading(self) -> str:
        """
        Number and label as printed in a heading: ``Ⅱ　特定個人情報ファイルの概要``, ``３．特定個人情報の入手・使用``.
        """
        if self.number in ROMAN_NUMERALS:
            return f"{self.number}　{self.label}"
        return f"{self.number}{self.label}"

    @property
    def printed_label(self) -> str:
        """
        The label with its ※ mark as printed on the form.
        """
        if self.star:
            return f"{self.heading}　※{self.star_note}"
        return self.heading

    @property
    def short_number(self) -> str:
        """
        The number without its trailing ``．``: ``"３"``, ``"④"``, ``"Ⅱ"``.
        """
        return self.number.rstrip("．.").strip()


def item(
    number: str,
    label: str,
    *,
    star: bool | None = None,
    star_note: str = "",
    required: bool = True,
    title: bool = False,
    none_allowed: bool = False,
    since: str = "",
    older_labels: tuple[tuple[str, str], ...] = (),
    switch: Switch | None = None,
    counts: tuple[str, ...] | Mapping[Any, str] = (),
    headings: tuple[str, ...] = (),
    pair: bool = False,
    vertical: bool = False,
    threshold: bool = False,
) -> dict[str, Any]:
    """
    Metadata for an ordinary field: ``field(metadata=item("④", "使用部署", star=True))``.

    ``counts`` names the repeated groups counted after the value: ``("items",)`` after a
    choice, ``{ProvisionStatus.PROVIDING: "provisions", …}`` per option of a checkbox group.
    """
    counted = (
        tuple((name, option) for option, name in counts.items())
        if isinstance(counts, Mapping)
        else tuple((name, None) for name in counts)
    )
    return {
        KEY: Item(
            number,
            label,
            star=star,
            star_note=star_note,
            required=required,
            title=title,
            none_allowed=none_allowed,
            since=since,
            older_labels=older_labels,
            switch=switch,
            counts=counted,
            headings=headings,
            pair=pair,
            vertical=vertical,
            threshold=threshold,
        )
    }


def group(
    number: str,
    label: str,
    *,
    member: str,
    max_count: int = 20,
    ranges: tuple[tuple[int, int], ...] = DEFAULT_RANGES,
    star: bool | None = None,
    required: bool = False,
) -> dict[str, Any]:
    """
    Metadata for a repeated group (a ``tuple`` of keyed members).
    """
    return {
        KEY: Item(
            number,
            label,
            star=star,
            member=member,
            max_count=max_count,
            ranges=ranges,
            required=required,
        )
    }


def item_of(field_metadata: Any) -> Item | None:
    """
    The :class:`Item` of an attrs field's metadata, or ``None`` for bookkeeping fields (keys).
    """
    found = field_metadata.get(KEY)
    return found if isinstance(found, Item) else None
