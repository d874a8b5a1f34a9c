"""
Where a field lives on the official form: item number, verbatim label, ※ flag.

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
"""

from __future__ import annotations

from typing import Any

import attrs
from attrs import frozen

__all__ = ["KEY", "ROMAN_NUMERALS", "Item", "following_groups", "group", "item", "item_of"]

KEY = "pia_dsl"

#: Section numbers as printed on the form (U+2160…).
ROMAN_NUMERALS = ("Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ")

#: Range headers printed for repeated groups of up to 20 members (システム1, システム2～5, …).
DEFAULT_RANGES: tuple[tuple[int, int], ...] = ((1, 1), (2, 5), (6, 10), (11, 15), (16, 20))


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
) -> dict[str, Any]:
    """
    Metadata for an ordinary field: ``field(metadata=item("④", "使用部署", star=True))``.
    """
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


def following_groups(owner: type, name: str) -> list[tuple[str, Item]]:
    """
    The repeated groups printed right after field ``name`` of the attrs class ``owner``,
    in the same part (委託の有無 → 委託事項; 提供・移転の有無 → 提供先, 移転先): they give
    the field its printed count 「（ n ）件」.  Each as (attribute name, its :class:`Item`).
    """
    found: list[tuple[str, Item]] = []
    after = False
    for attribute in attrs.fields(owner):
        meta = item_of(attribute.metadata)
        if meta is None:
            continue
        if after:
            if not meta.member:
                break
            found.append((attribute.name, meta))
        elif attribute.name == name:
            after = True
    return found
