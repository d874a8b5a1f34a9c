"""
What a form field holds, read from its annotation: a choice (and its option enum), a
checkbox group (and its option enum), a flag, a date, text, a repeated group (and its
member class) or a nested part.  The renderer needs the annotation because an empty
choice (``None``) must still print its ＜選択肢＞ list.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from datetime import date
from typing import Any

import attrs
from attrs import frozen

from ..meta import item_of
from ..options import CheckOption, Checks

__all__ = ["FieldType", "blank_instance", "field_type"]


@frozen
class FieldType:
    """
    The kind of an attrs field: ``"choice"``, ``"checks"``, ``"flag"``, ``"date"``,
    ``"text"``, ``"group"``, ``"part"`` or ``"other"``, with the enum or class it names.
    """

    kind: str
    target: Any = None


def _union_args(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _classify(hint: Any) -> FieldType:
    origin = typing.get_origin(hint)
    if origin is Checks or hint is Checks:
        args = typing.get_args(hint)
        return FieldType("checks", args[0] if args else None)
    if origin is tuple:
        items = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return FieldType("group", items[0] if items else None)
    members = [a for a in _union_args(hint) if a is not type(None)]
    for member in members:
        if isinstance(member, type) and issubclass(member, CheckOption):
            return FieldType("other", member)
        if (
            isinstance(member, type)
            and issubclass(member, enum.Enum)
            and member.__name__ != "Undecided"
        ):
            return FieldType("choice", member)
    if any(m is bool for m in members):
        return FieldType("flag")
    if any(isinstance(m, type) and issubclass(m, date) for m in members):
        undecided = [m for m in members if getattr(m, "__name__", "") == "Undecided"]
        return FieldType("date", undecided[0] if undecided else None)  # target: 「未定」 allowed
    if any(m is str for m in members):
        return FieldType("text")
    for member in members:
        if isinstance(member, type) and attrs.has(member):
            return FieldType("part", member)
    return FieldType("other")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    try:
        return typing.get_type_hints(cls)
    except (NameError, TypeError):  # pragma: no cover - unresolvable annotation
        return {}


def field_type(owner: type, name: str) -> FieldType:
    """
    The kind of field ``name`` of the attrs class ``owner``.
    """
    hint = _hints(owner).get(name)
    if hint is None:
        return FieldType("other")
    return _classify(hint)


def _blank_value(attribute: attrs.Attribute[Any], owner: type) -> Any:
    kind = field_type(owner, attribute.name)
    if kind.kind == "checks":
        return Checks()
    if kind.kind == "group":
        return ()
    if kind.kind == "text":
        return ""
    if kind.kind == "flag":
        return False
    if kind.kind == "part":
        return blank_instance(kind.target)
    return None


def _keeps_default(attribute: attrs.Attribute[Any]) -> bool:
    """
    A bookkeeping field (no form item) with a plain default keeps it: a root's ``edition``.
    """
    return item_of(attribute.metadata) is None and not isinstance(
        attribute.default, type(attrs.NOTHING) | attrs.Factory
    )


def blank_instance(cls: type) -> Any:
    """
    An instance of the attrs class ``cls`` with every item empty (``""``, ``None``, no
    ticks, no members), used to print the empty block of a repeated group's first member
    (``提供先1`` with its labels and blank values).  ``None`` when ``cls`` cannot be built so.
    """
    kwargs: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        if attribute.name == "key":
            kwargs["key"] = ""
        elif attribute.init and not _keeps_default(attribute):
            kwargs[attribute.alias] = _blank_value(attribute, cls)
    try:
        return cls(**kwargs)
    except Exception:  # a validator that refuses blanks: print the header row only
        return None
