"""
Hypothesis strategies for any form model, built from its attrs classes and field types.

``documents(FocusedAssessment)`` draws whole assessments whose texts are adversarial:
XML specials, 「＜＞」, 外字 and surrogate-pair characters (𠮷, 髙, 﨑), emoji, combining
characters, tabs and line feeds, lines of only spaces, empty strings, U+2028/U+2029 and,
now and then, a field of 10,000 characters.  ``documents(root, unsafe=True)`` also puts
in what an author must not write and validation rejects: control characters (NUL, BEL,
CR, ESC, DEL, NEL), lone surrogates and the XML non-characters U+FFFE/U+FFFF.
Repeated groups get unique keys and stay within the form's maximum.
"""

from __future__ import annotations

import enum
import functools
import string
import types
import typing
from datetime import date
from typing import Any, TypeVar, get_args, get_origin

import attrs
from hypothesis import strategies as st

from pia_dsl.meta import item_of
from pia_dsl.options import CheckOption, Checks
from pia_dsl.wareki import Undecided

T = TypeVar("T")

SPECIALS = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "＜中間サーバー・プラットフォームにおける措置＞",
    "𠮷",
    "髙",
    "﨑",
    "😀",
    "が",
    "か\u3099",
    "\t",
    "\n",
    "   ",
    "\n   \n",
    "\t\n",
    "・",
    "－",
    "①",
    "Ⅲ",
    "\u3000",
    "\u2028",
    "\u2029",
    "{{ x }}",
    "{% if %}",
    "{%p endfor %}",
    "]]>",
]

#: What Word cannot store and validation reports as ``control-character``.
CONTROLS = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\r",
    "\r\n",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
]

#: Length of the occasional long field.
LONG = 10_000

#: One text field in this many is a long one (about one per 全項目評価書).
LONG_ONE_IN = 300

_typed = st.characters(blacklist_categories=["Cs", "Cc"])

#: Text a user can type: any character but surrogates and control characters.
short_texts = st.lists(_typed | st.sampled_from(SPECIALS), max_size=15).map("".join)
#: Text with what an author must not write as well (control characters, lone surrogates).
unsafe_short_texts = st.lists(
    _typed | st.sampled_from(SPECIALS) | st.sampled_from(CONTROLS), max_size=15
).map("".join)


def _lengthen(chunk: str) -> str:
    return (chunk * (LONG // len(chunk) + 1))[:LONG]


long_texts = short_texts.filter(bool).map(_lengthen)


@st.composite
def _texts(draw: st.DrawFn, short: st.SearchStrategy[str]) -> str:
    if draw(st.integers(min_value=1, max_value=LONG_ONE_IN)) == LONG_ONE_IN:
        return _lengthen(draw(short.filter(bool)))
    return draw(short)


#: Text fields: short adversarial texts, now and then a 10,000-character one.
texts = _texts(short_texts)
unsafe_texts = _texts(unsafe_short_texts)
keys = st.text(alphabet=string.ascii_lowercase + string.digits + "_", min_size=1, max_size=6)
dates = st.dates(min_value=date(1989, 1, 8), max_value=date(2099, 12, 31))


def value_strategy(
    tp: Any, *, max_members: int = 2, unsafe: bool = False
) -> st.SearchStrategy[Any]:
    """
    A strategy for a field of type ``tp`` (built once per type and options).
    """
    return _value_strategy(tp, max_members, unsafe)


@functools.cache
def _value_strategy(tp: Any, max_members: int, unsafe: bool) -> st.SearchStrategy[Any]:
    origin = get_origin(tp)
    if tp is str:
        return unsafe_texts if unsafe else texts
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(min_value=0, max_value=10**7)
    if tp is date:
        return dates
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if origin is Checks:
        (option_type,) = get_args(tp)
        return _checks(option_type, unsafe)
    if origin in {typing.Union, types.UnionType}:
        parts: list[st.SearchStrategy[Any]] = []
        for arg in get_args(tp):
            if arg is type(None):
                parts.append(st.none())
            elif arg is Undecided:
                parts.append(st.just(Undecided.UNDECIDED))
            else:
                parts.append(_value_strategy(arg, max_members, unsafe))
        return st.one_of(*parts)
    if origin is tuple and get_args(tp)[-1] is Ellipsis:
        element = _value_strategy(get_args(tp)[0], max_members, unsafe)
        return st.lists(element, max_size=3).map(tuple)
    if isinstance(tp, type) and attrs.has(tp):
        return instances(tp, max_members=max_members, unsafe=unsafe)
    msg = f"no strategy for {tp!r}"
    raise TypeError(msg)


def _checks(option_type: type[CheckOption], unsafe: bool) -> st.SearchStrategy[Checks[Any]]:
    options = list(option_type)
    slot = unsafe_texts if unsafe else texts
    return st.lists(st.tuples(st.sampled_from(options), slot), max_size=4).map(
        lambda pairs: Checks(tuple((o, t if o.has_slot else "") for o, t in pairs))
    )


@st.composite
def _instance(draw: st.DrawFn, cls: type[T], key: str | None, max_members: int, unsafe: bool) -> T:
    values: dict[str, Any] = {}
    for field in attrs.fields(typing.cast(Any, cls)):
        meta = item_of(field.metadata)
        if field.name == "key" and key is not None:
            values["key"] = key
        elif meta is not None and meta.member:
            member_type = attrs.resolve_types(get_args(field.type)[0])
            size = min(meta.max_count or 20, max_members)
            member_keys = draw(st.lists(keys, unique=True, max_size=size))
            values[field.name] = tuple(
                draw(_instance(member_type, k, max_members, unsafe)) for k in member_keys
            )
        elif field.name == "history":
            values[field.name] = ()
        elif meta is None and field.default is not attrs.NOTHING:
            continue
        else:
            values[field.name] = draw(_value_strategy(field.type, max_members, unsafe))
    return cls(**values)


def instances(
    cls: type[T], *, key: str | None = None, max_members: int = 2, unsafe: bool = False
) -> st.SearchStrategy[T]:
    """
    Instances of an attrs form class, every field drawn from its type.
    """
    attrs.resolve_types(typing.cast(Any, cls))
    return _instance(cls, key, max_members, unsafe)


def documents(root: type[T], *, max_members: int = 2, unsafe: bool = False) -> st.SearchStrategy[T]:
    """
    Whole documents of a form (``history`` left empty); ``unsafe`` adds control
    characters and lone surrogates to the texts.
    """
    return instances(root, max_members=max_members, unsafe=unsafe)
