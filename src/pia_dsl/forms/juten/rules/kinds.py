"""
Values of the right kind.  An assessment module is Python: nothing but this rule stops
``Effort.SUFFICIENT`` (「十分に行っている」) in a リスクへの対策は十分か, whose options are
``Sufficiency`` (「十分である」; ``form-jyuten.md`` §2.1 pitfalls).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from datetime import date
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from ....options import Checks
from ....validate import Finding, finding, rule
from ....validate.types import describe_type
from ....walk import Kind, walk
from .. import FocusedAssessment

__all__ = ["choice_types"]


def _field_type(owner: Any, name: str) -> Any:
    cls = type(owner)
    attrs.resolve_types(cls)
    return attrs.fields_dict(cls)[name].type


def _fits(value: Any, tp: Any) -> bool | None:
    """
    Whether ``value`` fits the annotation ``tp`` (``None``: not a kind this rule checks).
    """
    origin = get_origin(tp)
    if origin in {typing.Union, types.UnionType}:
        verdicts = [_fits(value, arm) for arm in get_args(tp)]
        if True in verdicts:
            return True
        return None if all(v is None for v in verdicts) else False
    if tp is type(None):
        return value is None
    if origin is Checks:
        (options,) = get_args(tp)
        return isinstance(value, Checks) and all(isinstance(o, options) for o in value)
    if tp in {str, bool, date}:
        return isinstance(value, tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return isinstance(value, tp)
    return None


def _options(tp: Any) -> type[Enum] | None:
    if get_origin(tp) is Checks:
        options: type[Enum] = get_args(tp)[0]
        return options
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    for arm in get_args(tp):
        found = _options(arm)
        if found is not None:
            return found
    return None


def _wrong_kind_message(value: Any, tp: Any) -> str:
    options = _options(tp)
    if options is not None:
        allowed = "、".join(f"「{o.value}」" for o in options)
        given = (
            [value] if isinstance(value, Enum) else list(value) if isinstance(value, Checks) else []
        )
        wrong = [o for o in given if not isinstance(o, options)]
        if wrong:
            texts = "、".join(f"「{o.value}」（{type(o).__name__}）" for o in wrong)
            return f"{texts}はこの項目の選択肢ではありません。{options.__name__} の選択肢（{allowed}）から選んでください。"
        return f"値（{value!r}）が選択肢ではありません。{options.__name__} の選択肢（{allowed}）から選んでください。"
    return f"型が違います。{describe_type(tp)}を書いてください（書かれているのは {type(value).__name__} の値 {value!r}）。"


@rule(FocusedAssessment)
def choice_types(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Every value has the kind its item takes: choices from the item's own ＜選択肢＞ (the
    families 「十分である」 and 「十分に行っている」 must not be mixed, §2.1), ticks from its
    own checkbox list, text as text, dates as dates.
    """
    for entry in walk(a):
        if entry.kind is not Kind.FIELD or entry.owner is None:
            continue
        tp = _field_type(entry.owner, entry.path[-1])
        if _fits(entry.value, tp) is False:
            yield finding(entry, "wrong-choice", _wrong_kind_message(entry.value, tp))
