"""
Types of the carried-over 変更箇所 rows (``history``): they are data written in the
module, outside the walker's items (they have no item number), so they are checked here,
column by column, the same way as every other value (:mod:`pia_dsl.validate.types`).
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from datetime import date
from typing import Any

import attrs

from .findings import Finding, Severity
from .types import check_value, wrong_type_message

__all__ = ["history_type_findings"]

#: The columns of a 変更箇所 row: attribute and printed heading.
COLUMNS = (
    ("date", "変更日"),
    ("item", "項目"),
    ("before", "変更前の記載"),
    ("after", "変更後の記載"),
    ("timing", "提出時期"),
    ("explanation", "提出時期に係る説明"),
)

_HEADING = "変更箇所"

#: A carried-over row was printed in a published table, so it has its 変更日 (only the
#: computed rows of a draft may leave it blank): the column's type without ``None``.
_CARRIED = {"date": date}


def _type_finding(item: str, path: str, value: Any, tp: Any) -> Finding:
    return Finding(
        Severity.ERROR,
        "type",
        item,
        path,
        wrong_type_message(tp, value),
    )


def history_type_findings(assessment: Any) -> Iterator[Finding]:
    """
    A ``type`` finding for ``history`` that is not a tuple of ``ChangeRow(...)`` and for
    every column of a row whose value does not have the column's type.
    """
    if not attrs.has(type(assessment)) or "history" not in attrs.fields_dict(type(assessment)):
        return
    rows = assessment.history
    tp = attrs.fields_dict(attrs.resolve_types(type(assessment)))["history"].type
    if not isinstance(rows, tuple):
        yield _type_finding(_HEADING, "history", rows, tp)
        return
    row_type = typing.get_args(tp)[0]
    types = attrs.fields_dict(attrs.resolve_types(row_type))
    for index, row in enumerate(rows):
        item = f"{_HEADING} {index + 1}行目"
        if not isinstance(row, row_type):
            yield _type_finding(item, f"history[{index}]", row, row_type)
            continue
        for name, heading in COLUMNS:
            value = getattr(row, name)
            column = _CARRIED.get(name, types[name].type)
            if not check_value(column, value):
                yield _type_finding(f"{item} {heading}", f"history[{index}].{name}", value, column)
