"""
Tests for ``pia paths`` (:mod:`pia_dsl.cli.paths`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pia_dsl.cli import main
from pia_dsl.loader import documents_of, load_module
from pia_dsl.provenance import Absent
from pia_dsl.validate.gaps import apply_declarations

EXAMPLES = Path(__file__).resolve().parents[2] / "assessments"


def test_lists_every_item_with_number_label_and_path(capsys: pytest.CaptureFixture[str]) -> None:
    """
    A blank form lists sections, groups and items with their official number and label;
    ※ items are marked.
    """
    assert main(["paths", "--form", "juten"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert any(
        line.startswith("s2.basics.department ") and "Ⅱ-２-⑥ 事務担当部署" in line for line in lines
    )
    assert any(line.startswith("s1 ") and line.endswith("Ⅰ 基本情報") for line in lines)
    assert any(
        line.startswith("s3.use.risk1.sufficiency ") and "※ Ⅲ-３ リスク１" in line for line in lines
    )


def test_documents_are_qualified_and_usable_in_declarations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """
    For a module with ``documents`` every path carries its form, and every listed path is
    accepted by ``provenance`` as it is.
    """
    path = EXAMPLES / "fujisawa_shoni_iryo.py"
    assert main(["paths", str(path), "--format", "json"]) == 0

    rows = json.loads(capsys.readouterr().out)
    assert {r["form"] for r in rows} == {"kiso", "juten"}
    assert all(r["path"].startswith(f"{r['form']}:") for r in rows)
    documents = documents_of(load_module(path), label="fujisawa")
    declared = {r["path"]: Absent("x") for r in rows[::25]}
    applied = apply_declarations(documents, [], declared)
    assert not [f for f in applied.findings if f.rule.startswith("provenance-")]


def test_needs_a_path_or_a_form(capsys: pytest.CaptureFixture[str]) -> None:
    """Without PATH or --form, a usage error says what to give."""
    assert main(["paths"]) == 2
    assert "--form" in capsys.readouterr().err
