"""
Tests for :mod:`pia_dsl.validate.types`: a value of the wrong type (a module is plain
Python) is reported on its official item, through the one walker, before any other rule.
"""

from __future__ import annotations

from typing import Any

import pytest

from forms.juten.factory import evolve_at, minimal
from pia_dsl.forms.choices import Effort, Source
from pia_dsl.forms.common import System
from pia_dsl.options import checks
from pia_dsl.validate import Severity, validate
from pia_dsl.validate.types import type_findings

#: (path, wrong value, rule id, official item).
CASES: list[tuple[str, Any, str, str]] = [
    (
        "s3.acquisition.risk.sufficiency",
        Effort.SUFFICIENT,
        "wrong-choice",
        "Ⅲ-２ リスク リスクへの対策は十分か",
    ),
    ("s2.basics.main_records", checks(Source.PERSON), "wrong-choice", "Ⅱ-２ 主な記録項目"),
    ("s1.affair.name", 37, "type", "Ⅰ-１-① 事務の名称"),
    (
        "s1.systems",
        System(key="main", name="国保総合システム", functions="資格管理"),
        "type",
        "Ⅰ-２ 特定個人情報ファイルを取り扱う事務において使用するシステム",
    ),
]


def test_valid_assessment_has_none() -> None:
    """
    Every value of a valid assessment has its field's type.
    """
    assert type_findings(minimal()) == []


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_wrong_value_is_reported_on_its_item(case: tuple[str, Any, str, str]) -> None:
    """
    The wrong value gives one error of its rule on its item, and validation reports only
    the type findings (the other rules would misread the value).
    """
    path, value, rule_id, item = case

    findings = validate(evolve_at(minimal(), path, value))

    assert [(f.rule, f.item, f.severity) for f in findings] == [(rule_id, item, Severity.ERROR)]
    assert findings[0].path == path


def test_choice_from_another_list_names_the_options() -> None:
    """
    A choice from the wrong family names the value and the item's own options.
    """
    broken = evolve_at(minimal(), "s3.acquisition.risk.sufficiency", Effort.SUFFICIENT)

    (found,) = type_findings(broken)

    assert "「十分に行っている」（Effort）" in found.message
    assert "「十分である」" in found.message


def test_member_key_must_be_text() -> None:
    """
    A member whose key is not text is reported on that member.
    """
    systems = minimal().s1.systems
    broken = evolve_at(minimal(), "s1.systems", (evolve_at(systems[0], "key", 1), *systems[1:]))

    (found,) = type_findings(broken)

    assert "key は文字列で書いてください" in found.message
    assert found.item.endswith("システム1")


def test_option_text_instead_of_member_names_the_member() -> None:
    """
    The official text of an option written as a string: the message names the member.
    """
    broken = evolve_at(minimal(), "s3.acquisition.risk.sufficiency", "十分である")

    (found,) = type_findings(broken)

    assert found.rule == "wrong-choice"
    assert "Sufficiency.SUFFICIENT と書いてください" in found.message
