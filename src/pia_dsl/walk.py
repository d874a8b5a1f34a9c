"""
The one walker over the form model.

:func:`walk` visits every item of an assessment in form order and yields an
:class:`Entry` for each: sections and sub-sections (``GROUP``), repeated groups
(``REPEAT``), their members (``MEMBER``) and the fields that hold values (``FIELD``).
Validation, rendering and diffing all read the form through it, so the official numbers,
labels and ※ flags are written once, in the model's field metadata.

Switches: a model class may define ``switched_off(self) -> Mapping[str, str]``, naming
the fields that its current switches (委託しない, 提供・移転しない, 接続しない, …) empty,
each with the switch text.  Entries below them are yielded with ``active=False``.

Editions: a document of an older 様式 edition (its root's ``edition``) is read as that
edition prints it: each item with the edition's label, without the items it lacks
(:func:`pia_dsl.forms.editions.edition_view`).

A module is plain Python, so a value may have the wrong type (``systems=System(...)``
where a tuple belongs, a text where a section belongs): the walker still yields its entry
and goes no deeper, so that :mod:`pia_dsl.validate.types` can report it through the same
walk.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from typing import Any

import attrs
from attrs import frozen

from .figures import Diagram
from .meta import Item, item_of
from .options import Checks

__all__ = ["Entry", "Kind", "Segment", "is_empty", "iter_fields", "member_key", "walk"]


class Kind(enum.Enum):
    """
    What an :class:`Entry` stands for.
    """

    GROUP = "group"
    REPEAT = "repeat"
    MEMBER = "member"
    FIELD = "field"


@frozen
class Segment:
    """
    One step of an item's official path: a heading (``３．特定個人情報の入手・使用``) or a
    member of a repeated group (``システム3``).
    """

    number: str
    label: str
    is_member: bool = False

    @property
    def text(self) -> str:
        if self.number and self.number[0] in "ⅠⅡⅢⅣⅤⅥ":
            return f"{self.number}　{self.label}"
        return f"{self.number}{self.label}"


@frozen
class Entry:
    """
    One item of the form, as the walker meets it.

    Attributes:
        kind: Section, repeated group, member or field.
        path: Attribute path from the root; members appear as ``"[key]"``.
        segments: The official path, from the section heading down to this item.
        item: The item's metadata (for a member: its group's).
        value: The value (for a member: the member object; for a group: the section object).
        star: Whether a change here is a 重要な変更 (※, inherited, with exemptions).
        active: ``False`` when a switch empties this item.
        switch: The switch text that empties it (``"委託しない"``), or ``""``.
        index: For a member, its 1-based number in its group.
        owner: The object whose attrs field this is (for a member: the group's owner).
    """

    kind: Kind
    path: tuple[str, ...]
    segments: tuple[Segment, ...]
    item: Item
    value: Any
    star: bool
    active: bool = True
    switch: str = ""
    index: int = 0
    owner: Any = None

    @property
    def dotted(self) -> str:
        """
        The attribute path as one string: ``s2.files[main].consignment.items[k1].name``.
        """
        return ".".join(self.path).replace(".[", "[")

    @property
    def code(self) -> str:
        """
        The official item number path as printed: ``Ⅱ-３-④``, ``Ⅰ-２-システム3-①``.
        """
        parts = [s.label if s.is_member else _bare(s.number) for s in self.segments]
        return "-".join(p for p in parts if p)

    @property
    def official(self) -> str:
        """
        Item number path and label, as used in messages: ``Ⅱ-３-④ 使用部署``.

        Unnumbered headings below the last number are kept, shortened to their caption
        before 「：」, so two items of the same label stay apart:
        ``Ⅲ-３ リスク１ リスクへの対策は十分か`` / ``Ⅲ-３ リスク２ リスクへの対策は十分か``.
        """
        last_numbered = max(
            (i for i, s in enumerate(self.segments) if s.number or s.is_member), default=-1
        )
        between = [s.label.split("：")[0].strip() for s in self.segments[last_numbered + 1 : -1]]
        label = self.segments[-1].label if self.segments else ""
        if self.segments and last_numbered == len(self.segments) - 1:
            label = self.segments[-1].label if not self.segments[-1].is_member else ""
        if between and between[-1] == label:
            between.pop()  # a choice grouped with its explanation row: 「ユーザ認証の管理」 once
        return " ".join(p for p in (self.code, *between, label) if p)

    @property
    def depth(self) -> int:
        return len(self.segments)


def _bare(number: str) -> str:
    return number.rstrip("．.").strip()


def member_key(member: Any) -> str:
    """
    The stable key an author gave a member of a repeated group.
    """
    key = getattr(member, "key", None)
    if not isinstance(key, str):
        msg = f"{type(member).__name__} has no string 'key' field"
        raise TypeError(msg)
    return key


def is_empty(value: Any) -> bool:
    """
    Whether a field value counts as not filled in (``None``, ``""``, no ticks, no members).
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, Checks):
        return not value.entries and not value.stated_empty
    if isinstance(value, tuple | frozenset):
        return len(value) == 0
    if isinstance(value, bool | int | enum.Enum | date | Diagram):
        return False
    if attrs.has(type(value)):
        return all(is_empty(e.value) for e in walk(value) if e.kind is Kind.FIELD)
    return False


def walk(obj: Any, *, every_edition: bool = False) -> Iterator[Entry]:
    """
    Every item of ``obj`` (an assessment or any part of it), in form order; for a
    document of an older edition, as that edition prints it (``every_edition``: every
    item of the model, with the current labels).  The entries of the last few whole
    documents walked are kept (a document is frozen: its entries never change), so that
    validation, declarations and derivation walk it once.
    """
    from .forms.editions import edition_view
    from .forms.registry import code_of  # loaded with any form

    if not code_of(type(obj)):
        view = None if every_edition else edition_view(obj)
        return _walk_fields(obj, (), (), star=False, active=True, switch="", view=view)
    key = (id(obj), every_edition)
    known = _WALKED.pop(key, None)
    entries = known[1] if known is not None and known[0] is obj else None
    if entries is None:
        view = None if every_edition else edition_view(obj)
        walked = _walk_fields(obj, (), (), star=False, active=True, switch="", view=view)
        entries = tuple(walked)
    _WALKED[key] = (obj, entries)  # held, so the id is not reused meanwhile
    while len(_WALKED) > _WALKED_SIZE:
        del _WALKED[next(iter(_WALKED))]
    return iter(entries)


#: The entries of the last documents walked, by (id, every_edition), most recent last.
_WALKED: dict[tuple[int, bool], tuple[Any, tuple[Entry, ...]]] = {}
_WALKED_SIZE = 4


def iter_fields(obj: Any) -> Iterator[Entry]:
    """
    Only the entries that hold values (``Kind.FIELD``).
    """
    return (e for e in walk(obj) if e.kind is Kind.FIELD)


def _switched_off(obj: Any) -> Mapping[str, str]:
    method = getattr(obj, "switched_off", None)
    if not callable(method):
        return {}
    try:
        return method()  # type: ignore[no-any-return]
    except (TypeError, AttributeError):
        # The switch's own field holds a value of the wrong type (``status=None``): it
        # switches nothing, and the type check reports the value.
        return {}


def _walk_fields(
    obj: Any,
    path: tuple[str, ...],
    segments: tuple[Segment, ...],
    *,
    star: bool,
    active: bool,
    switch: str,
    view: Callable[[Item], Item | None] | None,
) -> Iterator[Entry]:
    off = _switched_off(obj)
    for attribute in attrs.fields(type(obj)):
        meta = item_of(attribute.metadata)
        if meta is not None and view is not None:
            meta = view(meta)
        if meta is None:
            continue
        value = getattr(obj, attribute.name)
        here = (*path, attribute.name)
        segs = (*segments, Segment(meta.number, meta.label))
        item_star = star if meta.star is None else meta.star
        item_active = active and attribute.name not in off
        item_switch = switch or off.get(attribute.name, "")
        if meta.member:
            yield Entry(
                Kind.REPEAT, here, segs, meta, value, item_star, item_active, item_switch, owner=obj
            )
            members = value if isinstance(value, tuple | list) else ()
            for index, member in enumerate(members, start=1):
                key = getattr(member, "key", None)
                member_path = (*here, f"[{key if isinstance(key, str) else index}]")
                member_segs = (*segs, Segment("", f"{meta.member}{index}", is_member=True))
                yield Entry(
                    Kind.MEMBER,
                    member_path,
                    member_segs,
                    meta,
                    member,
                    item_star,
                    item_active,
                    item_switch,
                    index,
                    owner=obj,
                )
                if not attrs.has(type(member)):
                    continue
                yield from _walk_fields(
                    member,
                    member_path,
                    member_segs,
                    star=item_star,
                    active=item_active,
                    switch=item_switch,
                    view=view,
                )
        elif attrs.has(type(value)) and not isinstance(value, Checks | Diagram):
            yield Entry(
                Kind.GROUP, here, segs, meta, value, item_star, item_active, item_switch, owner=obj
            )
            yield from _walk_fields(
                value,
                here,
                segs,
                star=item_star,
                active=item_active,
                switch=item_switch,
                view=view,
            )
        else:
            yield Entry(
                Kind.FIELD, here, segs, meta, value, item_star, item_active, item_switch, owner=obj
            )
