"""
Hypothesis strategies for any form model, built from its attrs classes and field types.

``documents(FocusedAssessment)`` draws whole assessments whose texts are adversarial:
XML specials, 「＜＞」, 外字 and surrogate-pair characters (𠮷, 髙, 﨑), emoji, combining
characters, tabs and line feeds, lines of only spaces, empty strings and long fields.
Repeated groups get unique keys and stay within the form's maximum.
"""

from __future__ import annotations

import enum
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
    "・",
    "－",
    "①",
    "Ⅲ",
    "\u3000",
    "{{ x }}",
    "{% if %}",
]

#: Text a user can type: any character but surrogates and the other control characters
#: (validation rejects those with a message; see tests for the corpus of broken inputs).
texts = st.lists(
    st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\u2028\u2029\x85")
    | st.sampled_from(SPECIALS),
    max_size=15,
).map("".join)
long_texts = st.text(
    alphabet=st.sampled_from(["あ", "𠮷", "<", "\n", "a"]), min_size=10_000, max_size=10_000
)
keys = st.text(alphabet=string.ascii_lowercase + string.digits + "_", min_size=1, max_size=6)
dates = st.dates(min_value=date(1989, 1, 8), max_value=date(2099, 12, 31))


def value_strategy(tp: Any, *, max_members: int = 2) -> st.SearchStrategy[Any]:
    """
    A strategy for a field of type ``tp``.
    """
    origin = get_origin(tp)
    if tp is str:
        return texts
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
        return _checks(option_type)
    if origin in {typing.Union, types.UnionType}:
        parts: list[st.SearchStrategy[Any]] = []
        for arg in get_args(tp):
            if arg is type(None):
                parts.append(st.none())
            elif arg is Undecided:
                parts.append(st.just(Undecided.UNDECIDED))
            else:
                parts.append(value_strategy(arg, max_members=max_members))
        return st.one_of(*parts)
    if origin is tuple and get_args(tp)[-1] is Ellipsis:
        return st.lists(value_strategy(get_args(tp)[0]), max_size=3).map(tuple)
    if isinstance(tp, type) and attrs.has(tp):
        return instances(tp, max_members=max_members)
    msg = f"no strategy for {tp!r}"
    raise TypeError(msg)


def _checks(option_type: type[CheckOption]) -> st.SearchStrategy[Checks[Any]]:
    options = list(option_type)
    return st.lists(st.tuples(st.sampled_from(options), texts), max_size=4).map(
        lambda pairs: Checks(tuple((o, t if o.has_slot else "") for o, t in pairs))
    )


def _members(member_type: type, limit: int, max_members: int) -> st.SearchStrategy[tuple[Any, ...]]:
    size = min(limit, max_members)
    return st.lists(keys, unique=True, max_size=size).flatmap(
        lambda ks: st.tuples(*(instances(member_type, key=k, max_members=max_members) for k in ks))
    )


@st.composite
def _instance(draw: st.DrawFn, cls: type[T], key: str | None, max_members: int) -> T:
    values: dict[str, Any] = {}
    for field in attrs.fields(typing.cast(Any, cls)):
        meta = item_of(field.metadata)
        if field.name == "key" and key is not None:
            values["key"] = key
        elif meta is not None and meta.member:
            member_type = get_args(field.type)[0]
            values[field.name] = draw(_members(member_type, meta.max_count or 20, max_members))
        elif field.name == "history":
            values[field.name] = ()
        elif meta is None and field.default is not attrs.NOTHING:
            continue
        else:
            values[field.name] = draw(value_strategy(field.type, max_members=max_members))
    return cls(**values)


def instances(
    cls: type[T], *, key: str | None = None, max_members: int = 2
) -> st.SearchStrategy[T]:
    """
    Instances of an attrs form class, every field drawn from its type.
    """
    attrs.resolve_types(typing.cast(Any, cls))
    return _instance(cls, key, max_members)


def documents(root: type[T]) -> st.SearchStrategy[T]:
    """
    Whole documents of a form (``history`` left empty).
    """
    return instances(root)
