"""
The one walker over the form model.

:func:`walk` visits every item of an assessment in form order and yields an
:class:`Entry` for each: sections and sub-sections (``GROUP``), repeated groups
(``REPEAT``), their members (``MEMBER``) and the fields that hold values (``FIELD``).
Validation, rendering and diffing all read the form through it, so the official numbers,
labels and ※ flags are written once, in the model's field metadata.

Switches are field metadata (:class:`~pia_dsl.meta.Switch`): a switch that is on
(委託しない, 提供・移転しない, 接続しない, …) empties the items it names, and the entries
below them are yielded with ``active=False`` and the switch's own text (a flag's label,
else the option's text) as ``switch``.

:func:`tree` gives the same entries nested (a part's items under it, a group's members
under it), for readers that recurse, such as the renderer.

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
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

import attrs
from attrs import frozen

from .figures import Diagram
from .meta import Item, Switch
from .options import Checks
from .schema import FieldSpec, Shape, fields_of

__all__ = [
    "Entry",
    "Kind",
    "Node",
    "Segment",
    "is_empty",
    "iter_fields",
    "member_key",
    "switch_text",
    "tree",
    "walk",
]


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
        switched_by: The paths of the switch fields that empty it (two for the closing
            その他のリスク that 接続しない（入手） and 接続しない（提供） empty together).
        index: For a member, its 1-based number in its group.
        owner: The object whose attrs field this is (for a member: the group's owner).
        lead: The first item of a choice printed with its explanation (``Item.pair``):
            it carries its part's label.
    """

    kind: Kind
    path: tuple[str, ...]
    segments: tuple[Segment, ...]
    item: Item
    value: Any
    star: bool
    active: bool = True
    switch: str = ""
    switched_by: tuple[tuple[str, ...], ...] = ()
    index: int = 0
    owner: Any = None
    lead: bool = False

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
        if between and self.lead:
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
        return _walk_fields(obj, (), (), star=False, active=True, switch=("", ()), view=view)
    view = None if every_edition else edition_view(obj)
    # A document of the current edition walks the same with or without ``every_edition``.
    key = (id(obj), view is None)
    known = _WALKED.pop(key, None)
    entries = known[1] if known is not None and known[0] is obj else None
    if entries is None:
        walked = _walk_fields(obj, (), (), star=False, active=True, switch=("", ()), view=view)
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


@frozen
class Node:
    """
    An entry with the entries below it (a part's items, a group's members, a member's items).
    """

    entry: Entry
    children: tuple[Node, ...] = ()


def tree(obj: Any) -> tuple[Node, ...]:
    """
    The entries of :func:`walk`, nested.
    """
    return _nest(list(walk(obj)))


def _nest(entries: Sequence[Entry]) -> tuple[Node, ...]:
    top: list[Node] = []
    open_: list[tuple[Entry, list[Node]]] = []

    def close() -> None:
        entry, children = open_.pop()
        (open_[-1][1] if open_ else top).append(Node(entry, tuple(children)))

    for entry in entries:
        while open_ and not _below(entry, open_[-1][0]):
            close()
        open_.append((entry, []))
    while open_:
        close()
    return tuple(top)


def _below(entry: Entry, parent: Entry) -> bool:
    depth = len(parent.path)
    return len(entry.path) > depth and entry.path[:depth] == parent.path


def switch_text(spec: FieldSpec) -> str:
    """
    The text of a switch as the form prints it: a flag's label (「委託しない」), else the
    option that turns it on (「行っていない」).
    """
    switch = spec.item.switch if spec.item is not None else None
    if switch is None:
        return ""
    if spec.shape is Shape.FLAG or switch.on is True:
        return spec.item.label if spec.item is not None else ""
    return str(getattr(switch.on, "value", switch.on))


def _is_on(value: Any, switch: Switch) -> bool:
    if isinstance(value, Checks):
        return switch.on in value
    # ``is``: a value of the wrong type (``status=None``, ``1`` for ``True``) switches nothing.
    return value is switch.on


#: Why an item is empty: the switch text and the attribute names of the switches.
Off = tuple[str, tuple[str, ...]]


def _switched_off(obj: Any, specs: tuple[FieldSpec, ...]) -> Mapping[str, Off]:
    """
    The fields of ``obj`` that its switches empty, each with the switch text and names.
    """
    off: dict[str, Off] = {}
    together: dict[str, list[tuple[bool, str, str]]] = {}
    for spec in specs:
        switch = spec.item.switch if spec.item is not None else None
        if switch is None:
            continue
        on = _is_on(getattr(obj, spec.name), switch)
        text = switch_text(spec)
        names = (
            tuple(s.name for s in specs if s.item is not None and s.name != spec.name)
            if switch.rest
            else switch.names
        )
        if on:
            for name in names:
                off.setdefault(name, (text, (spec.name,)))
        for name in switch.together:
            together.setdefault(name, []).append((on, text, spec.name))
    for name, states in together.items():
        if all(on for on, _, _ in states):
            texts = "」「".join(text for _, text, _ in states)
            off.setdefault(name, (texts, tuple(by for _, _, by in states)))
    return off


def _walk_fields(
    obj: Any,
    path: tuple[str, ...],
    segments: tuple[Segment, ...],
    *,
    star: bool,
    active: bool,
    switch: tuple[str, tuple[tuple[str, ...], ...]],
    view: Callable[[Item], Item | None] | None,
    pair: bool = False,
) -> Iterator[Entry]:
    specs = fields_of(type(obj))
    off = _switched_off(obj, specs)
    lead = pair
    for spec in specs:
        meta = spec.item
        if meta is not None and view is not None:
            meta = view(meta)
        if meta is None:
            continue
        value = getattr(obj, spec.name)
        here = (*path, spec.name)
        segs = (*segments, Segment(meta.number, meta.label))
        item_star = star if meta.star is None else meta.star
        item_active = active and spec.name not in off
        item_switch = switch
        if not switch[0] and spec.name in off:
            text, names = off[spec.name]
            item_switch = (text, tuple((*path, name) for name in names))
        common: dict[str, Any] = {
            "item": meta,
            "star": item_star,
            "active": item_active,
            "switch": item_switch[0],
            "switched_by": item_switch[1],
            "owner": obj,
        }
        if meta.member:
            yield Entry(Kind.REPEAT, here, segs, value=value, **common)
            members = value if isinstance(value, tuple | list) else ()
            for index, member in enumerate(members, start=1):
                key = getattr(member, "key", None)
                member_path = (*here, f"[{key if isinstance(key, str) else index}]")
                member_segs = (*segs, Segment("", f"{meta.member}{index}", is_member=True))
                yield Entry(
                    Kind.MEMBER, member_path, member_segs, value=member, index=index, **common
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
            yield Entry(Kind.GROUP, here, segs, value=value, **common)
            yield from _walk_fields(
                value,
                here,
                segs,
                star=item_star,
                active=item_active,
                switch=item_switch,
                view=view,
                pair=meta.pair,
            )
        else:
            yield Entry(Kind.FIELD, here, segs, value=value, lead=lead, **common)
        lead = False
