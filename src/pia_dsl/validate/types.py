"""
Values of the wrong type: a module is plain Python, so nothing stops an author from
writing ``target_count="1万人以上10万人未満"`` (a string where a choice belongs) or
``systems=System(...)`` (a member where a tuple of members belongs).  mypy reports them;
:func:`type_findings` reports them too, with the official item, before any other rule
(or the renderer) trips over them.

The check reads the form through the one walker (which yields a wrongly typed value and
goes no deeper) and compares each value with its field's annotation.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import attrs

from ..options import Checks
from ..schema import FieldSpec, Shape, spec_of
from ..walk import Entry, Kind, walk
from ..wareki import Undecided
from .findings import Finding, finding

__all__ = [
    "check_value",
    "describe_type",
    "entry_type_finding",
    "type_findings",
    "wrong_type_message",
]


def _arms(tp: Any) -> tuple[Any, ...]:
    if typing.get_origin(tp) in {typing.Union, types.UnionType}:
        return typing.get_args(tp)
    return (tp,)


Check = Callable[[Any], bool]


@functools.cache
def _checker(tp: Any) -> Check:
    """
    The test whether a value is of the field type ``tp`` (attrs classes: the class
    itself; their own fields are checked on their own entries), worked out once per type:
    it runs on every item of every document the differ and the renderer see.
    """
    arms = _arms(tp)
    if len(arms) > 1:
        checks = tuple(_checker(arm) for arm in arms)
        return lambda value: any(check(value) for check in checks)
    if tp is type(None):
        return lambda value: value is None
    if tp is Any:
        return lambda _: True
    if tp is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if tp is date:
        return lambda value: isinstance(value, date) and not isinstance(value, datetime)
    origin = typing.get_origin(tp)
    if tp is Checks or origin is Checks:
        args = typing.get_args(tp)
        options = args[0] if args else object
        return lambda value: (
            isinstance(value, Checks)
            and all(
                isinstance(option, options) and isinstance(text, str)
                for option, text in (*value.entries, *value.unticked)
            )
        )
    if origin is tuple:
        elements = [a for a in typing.get_args(tp) if a is not Ellipsis]
        element = _checker(elements[0]) if elements else (lambda _: True)
        return lambda value: isinstance(value, tuple) and all(element(v) for v in value)
    if isinstance(tp, type):
        return lambda value: isinstance(value, tp)
    return lambda _: True


def check_value(tp: Any, value: Any) -> bool:
    """
    Whether ``value`` has the field type ``tp``.
    """
    return _checker(tp)(value)


def describe_type(tp: Any) -> str:
    """
    A field type in words, for messages: 「文字列」, 「Sufficiency の選択肢（例: Sufficiency.SPECIAL）」.
    """
    arms = [a for a in _arms(tp) if a is not type(None)]
    optional = len(arms) < len(_arms(tp))
    if len(arms) > 1:
        text = "、".join(describe_type(a) for a in arms) + " のいずれか"
    else:
        text = _describe_one(arms[0])
    return f"{text}、または None " if optional else text


def _describe_one(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if tp is str:
        return "文字列"
    if tp is bool:
        return "True または False"
    if tp is int:
        return "整数"
    if tp is date:
        return '日付（wareki("令和7年7月18日")）'
    if tp is Checks or origin is Checks:
        args = typing.get_args(tp)
        name = args[0].__name__ if args else "…"
        return f"checks({name}.…) で作るチェック項目"
    if origin is tuple:
        elements = [a for a in typing.get_args(tp) if a is not Ellipsis]
        name = elements[0].__name__ if elements and isinstance(elements[0], type) else "…"
        return f"{name}(...) のタプル（1件でも (x,) と書きます）"
    if isinstance(tp, type) and issubclass(tp, Undecided):
        return "UNDECIDED（未定）"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        first = next(iter(tp), None)
        example = f"（例: {tp.__name__}.{first.name}）" if first is not None else ""
        return f"{tp.__name__} の選択肢{example}"
    if isinstance(tp, type):
        return f"{tp.__name__}(...)"
    return str(tp)


def describe_value(value: Any) -> str:
    """
    A value in words, for messages: 「文字列「…」」, 「int の値 123」.
    """
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"文字列「{shown}」"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    return f"{type(value).__name__} の値 {shown}"


def _wrong(entry: Entry, value: Any, spec: FieldSpec) -> Finding:
    """
    The finding for a value of the wrong type: an option of another ＜選択肢＞
    (``Effort.SUFFICIENT`` 「十分に行っている」 where ``Sufficiency`` 「十分である」 belongs)
    is named with its text.
    """
    options = spec.target if spec.shape in {Shape.CHOICE, Shape.CHECKS} else None
    given = [value] if isinstance(value, enum.Enum) else []
    if isinstance(value, Checks):
        given = [o for o in value if isinstance(o, enum.Enum)]
    wrong = [o for o in given if options is not None and not isinstance(o, options)]
    if options is not None and wrong:
        texts = "、".join(f"「{o.value}」（{type(o).__name__}）" for o in wrong)
        allowed = "、".join(f"「{o.value}」" for o in options)
        return finding(
            entry,
            "wrong-choice",
            f"{texts}はこの項目の選択肢ではありません。{options.__name__} の選択肢（{allowed}）から選んでください。",
        )
    if options is not None and isinstance(value, str):
        spelled = next((o for o in options if o.value == value.strip()), None)
        if spelled is not None:
            return finding(
                entry,
                "wrong-choice",
                f"選択肢は文字列ではなく {options.__name__}.{spelled.name} と書いてください（書かれているのは 文字列「{value}」）。",
            )
    return finding(entry, "type", wrong_type_message(spec.hint, value))


def wrong_type_message(tp: Any, value: Any) -> str:
    """
    What is wrong with a value that does not have the field type ``tp``.
    """
    return f"型が違います。{describe_type(tp)}を書いてください（書かれているのは {describe_value(value)}）。"


def _member_key_finding(entry: Entry) -> Finding | None:
    key = getattr(entry.value, "key", "")
    if isinstance(key, str):
        return None
    return finding(
        entry,
        "type",
        f"型が違います。key は文字列で書いてください（書かれているのは {describe_value(key)}）。",
    )


def entry_type_finding(entry: Entry) -> Finding | None:
    """
    The ``type`` (or ``wrong-choice``) finding of one walker entry, if its value does not
    have its field's type (for a member: if its key is not text).
    """
    if entry.kind is Kind.MEMBER:
        return _member_key_finding(entry)
    spec = spec_of(type(entry.owner), entry.path[-1])
    return None if _checker(spec.hint)(entry.value) else _wrong(entry, entry.value, spec)


def type_findings(assessment: Any) -> list[Finding]:
    """
    A ``type`` finding for every value that does not have its field's type.
    """
    if not attrs.has(type(assessment)):
        return []
    from .history_types import history_type_findings

    found = [f for entry in walk(assessment) if (f := entry_type_finding(entry)) is not None]
    return found + list(history_type_findings(assessment))
