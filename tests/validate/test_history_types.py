"""
Tests for :mod:`pia_dsl.validate.history_types`: carried-over 変更箇所 rows are
type-checked like every other value (issue 12.6).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest

from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.kiso import BasicAssessment
from pia_dsl.validate.history_types import history_type_findings
from pia_dsl.validate.types import type_findings

GOOD = ChangeRow(date=date(2024, 4, 1), item="表紙", before="a", after="b", timing=Timing.AFTER)


@pytest.mark.parametrize("form", [FocusedAssessment, BasicAssessment])
def test_good_rows_pass(form: type) -> None:
    assert list(history_type_findings(form(history=(GOOD,)))) == []


@pytest.mark.parametrize(
    ("changes", "where"),
    [
        ({"date": None}, "history[0].date"),
        ({"date": "令和6年4月1日"}, "history[0].date"),
        ({"before": 1}, "history[0].before"),
        ({"after": ["a"]}, "history[0].after"),
        ({"timing": "事後"}, "history[0].timing"),
        ({"explanation": None}, "history[0].explanation"),
    ],
)
def test_wrong_column_is_named(changes: dict[str, Any], where: str) -> None:
    row = attrs.evolve(GOOD, **changes)

    found = type_findings(FocusedAssessment(history=(row,)))

    assert [f.path for f in found] == [where]
    assert found[0].item.startswith("変更箇所 1行目 ")


def test_history_that_is_not_a_tuple_of_rows() -> None:
    assert [f.path for f in history_type_findings(FocusedAssessment(history=GOOD))] == ["history"]  # type: ignore[arg-type]
    found = history_type_findings(FocusedAssessment(history=("表紙",)))  # type: ignore[arg-type]
    assert [f.path for f in found] == ["history[0]"]
