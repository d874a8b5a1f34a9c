"""
The form model compiled once: what every field holds.

:func:`fields_of` reads an attrs class once — its fields' resolved annotations and their
:class:`~pia_dsl.meta.Item` — into a tuple of :class:`FieldSpec`, each with its
:class:`Shape` (text, choice, checks, flag, date, int, part, group, figure).  The walker,
the type checks, the converter hooks, the renderer, the skeleton, the field docs and the
test strategies read these specs instead of each re-deriving the shape from the
annotation.  :func:`schema` gives the table of every class below a form's root.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Mapping
from datetime import date
from typing import Any

import attrs
from attrs import frozen

from .figures import Diagram
from .meta import Item, item_of
from .options import Checks
from .wareki import Undecided

__all__ = ["FieldSpec", "Shape", "blank_instance", "classify", "fields_of", "schema", "spec_of"]


class Shape(enum.Enum):
    """
    What a field holds.
    """

    TEXT = "text"
    CHOICE = "choice"  #: one option of a ＜選択肢＞ enum (``target``), or ``None``
    CHECKS = "checks"  #: a checkbox group of the option enum ``target``
    FLAG = "flag"  #: a single checkbox (``True``/``False``)
    DATE = "date"  #: a date (``undecided``: 「未定」 allowed), or ``None``
    INT = "int"
    PART = "part"  #: a nested part of the form (the attrs class ``target``)
    GROUP = "group"  #: a repeated group of keyed members (of the attrs class ``target``)
    FIGURE = "figure"  #: a diagram file
    OTHER = "other"  #: bookkeeping (the 変更箇所 rows, provenance …)


@frozen
class FieldSpec:
    """
    One field of a model class, compiled.

    Attributes:
        name: The attribute name.
        alias: The keyword of ``__init__``.
        hint: The resolved annotation.
        shape: What the field holds.
        target: The option enum (choice, checks), the member class (group) or the part class.
        optional: ``None`` is a valid value (an unanswered choice or date).
        undecided: A date that may be 「未定」 (:data:`~pia_dsl.wareki.UNDECIDED`).
        item: The field's place on the form (``None`` for bookkeeping fields such as ``key``).
        has_default: Whether ``__init__`` may leave the field out.
        init: Whether ``__init__`` takes the field.
    """

    name: str
    alias: str
    hint: Any
    shape: Shape
    target: Any = None
    optional: bool = False
    undecided: bool = False
    item: Item | None = None
    has_default: bool = False
    init: bool = True


def _arms(hint: Any) -> tuple[Any, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return typing.get_args(hint)
    return (hint,)


def _is_class(tp: Any, base: type) -> bool:
    return isinstance(tp, type) and issubclass(tp, base)


@functools.cache
def classify(hint: Any) -> tuple[Shape, Any]:
    """
    The shape of a field annotation and the enum or class it names.
    """
    origin = typing.get_origin(hint)
    if hint is Checks or origin is Checks:
        args = typing.get_args(hint)
        return Shape.CHECKS, args[0] if args else None
    if origin is tuple:
        elements = [a for a in typing.get_args(hint) if a is not Ellipsis]
        return Shape.GROUP, elements[0] if elements else None
    arms = [a for a in _arms(hint) if a is not type(None)]
    if any(a is Diagram for a in arms):
        return Shape.FIGURE, Diagram
    if any(_is_class(a, date) for a in arms):
        return Shape.DATE, None
    options = [a for a in arms if _is_class(a, enum.Enum) and not _is_class(a, Undecided)]
    if options:
        return Shape.CHOICE, options[0]
    if any(a is bool for a in arms):
        return Shape.FLAG, None
    if any(a is int for a in arms):
        return Shape.INT, None
    if any(a is str for a in arms):
        return Shape.TEXT, None
    parts = [a for a in arms if isinstance(a, type) and attrs.has(a)]
    if parts:
        return Shape.PART, parts[0]
    return Shape.OTHER, None


def _spec(attribute: attrs.Attribute[Any]) -> FieldSpec:
    hint: Any = attribute.type
    shape, target = classify(hint)
    arms = _arms(hint)
    return FieldSpec(
        name=attribute.name,
        alias=attribute.alias or attribute.name,
        hint=hint,
        shape=shape,
        target=target,
        optional=type(None) in arms,
        undecided=any(_is_class(a, Undecided) for a in arms),
        item=item_of(attribute.metadata),
        has_default=attribute.default is not attrs.NOTHING,
        init=attribute.init,
    )


#: The compiled fields of each class, and the same by name: filled on first use.
_FIELDS: dict[type, tuple[FieldSpec, ...]] = {}
_BY_NAME: dict[type, Mapping[str, FieldSpec]] = {}
_SCHEMAS: dict[type, Mapping[type, tuple[FieldSpec, ...]]] = {}


def fields_of(cls: type) -> tuple[FieldSpec, ...]:
    """
    The compiled fields of the attrs class ``cls``, in declaration (= form) order.
    """
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(_spec(a) for a in attrs.fields(attrs.resolve_types(cls)))
    return found


def spec_of(cls: type, name: str) -> FieldSpec:
    """
    The compiled field ``name`` of the attrs class ``cls``.
    """
    found = _BY_NAME.get(cls)
    if found is None:
        found = _BY_NAME[cls] = {spec.name: spec for spec in fields_of(cls)}
    return found[name]


def schema(root: type) -> Mapping[type, tuple[FieldSpec, ...]]:
    """
    The compiled fields of every model class below the form root ``root`` (itself
    included), in the order the walker meets them; compiled once per root.
    """
    compiled = _SCHEMAS.get(root)
    if compiled is not None:
        return compiled
    found: dict[type, tuple[FieldSpec, ...]] = {}
    pending = [root]
    while pending:
        cls = pending.pop(0)
        if cls in found:
            continue
        found[cls] = fields_of(cls)
        pending.extend(
            spec.target
            for spec in found[cls]
            if spec.shape in {Shape.PART, Shape.GROUP}
            and isinstance(spec.target, type)
            and attrs.has(spec.target)
        )
    _SCHEMAS[root] = found
    return found


def _blank_value(spec: FieldSpec) -> Any:
    if spec.shape is Shape.CHECKS:
        return Checks()
    if spec.shape is Shape.GROUP:
        return ()
    if spec.shape is Shape.TEXT:
        return ""
    if spec.shape is Shape.FLAG:
        return False
    if spec.shape is Shape.INT and not spec.optional:
        return 0
    if spec.shape in {Shape.PART, Shape.FIGURE}:
        return blank_instance(spec.target)
    return None


def blank_instance(cls: type) -> Any:
    """
    An instance of the attrs class ``cls`` with every item empty (``""``, ``None``, no
    ticks, no members), used to print the empty block of a repeated group's first member
    (``提供先1`` with its labels and blank values).  ``None`` when ``cls`` cannot be built so.
    """
    kwargs: dict[str, Any] = {}
    for spec in fields_of(cls):
        if spec.name == "key":
            kwargs["key"] = ""
        elif spec.init and not (spec.item is None and spec.has_default):
            # a bookkeeping field with a default keeps it: a root's ``edition``
            kwargs[spec.alias] = _blank_value(spec)
    try:
        return cls(**kwargs)
    except Exception:  # a validator that refuses blanks: print the header row only
        return None
