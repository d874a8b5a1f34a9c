"""
Tests for pia_dsl.skeleton: the module text written by ``pia new``.
"""

from __future__ import annotations

import runpy
from pathlib import Path

from pia_dsl.skeleton import skeleton
from pia_dsl.validate import validate
from pia_dsl.walk import walk
from toy_form import ToyAssessment


def _run(tmp_path: Path, text: str) -> ToyAssessment:
    path = tmp_path / "demo.py"
    path.write_text(text, encoding="utf-8")
    assessment = runpy.run_path(str(path))["assessment"]
    assert isinstance(assessment, ToyAssessment)
    return assessment


def test_every_item_has_its_label(tmp_path: Path) -> None:
    """Every item of the form appears with its official label in a comment."""
    text = skeleton(ToyAssessment, name="demo")
    labels = {e.item.printed_label for e in walk(_run(tmp_path, text))}

    assert all(f"# {label}" in text for label in labels)


def test_skeleton_runs_and_reports_missing(tmp_path: Path) -> None:
    """The skeleton is valid Python; pia check reports its blanks as 未記入."""
    assessment = _run(tmp_path, skeleton(ToyAssessment, name="demo"))
    rules = {f.rule for f in validate(assessment)}

    assert "required" in rules
    assert "empty-key" in rules


def test_choices_listed(tmp_path: Path) -> None:
    """Choice placeholders name their Enum class and list its members with the official text."""
    text = skeleton(ToyAssessment, name="demo")

    assert "consigning=None,  # ＜選択肢＞ Consigning: YES「委託する」 / NO「委託しない」" in text


def test_helpers_of_the_comments_are_imported(tmp_path: Path) -> None:
    """
    Every helper that a placeholder's comment shows (``wareki(...)``, ``checks(...)``)
    is imported, so that the author can write the example as it stands.
    """
    from pia_dsl import FocusedAssessment

    text = skeleton(FocusedAssessment, name="demo")

    for helper, module in (("wareki", "pia_dsl.wareki"), ("checks", "pia_dsl.options")):
        if f"{helper}(" in text:
            assert f"from {module} import {helper}" in text, helper


def test_examples_of_documents_provenance_history_revisions(tmp_path: Path) -> None:
    """
    A new 重点 module shows, commented, ``documents`` with its 基礎 answers,
    ``provenance``, ``history`` and ``revisions``; uncommented as they stand, they run and
    ``pia check`` reads every declaration (no unknown path).
    """
    from pia_dsl.cli.check import module_findings
    from pia_dsl.forms.juten import FocusedAssessment

    text = skeleton(FocusedAssessment, name="demo").replace(
        "target_count=None", "target_count=FocusedTargetCount.FROM_10K_TO_100K"
    )  # the 基礎 takes its 対象人数 from the 重点
    for name in ("documents = (basic_from_focused(", "provenance:", "HISTORY = (", "revisions = ("):
        assert f"# {name}" in text, name
    code = [
        line[2:] if line.startswith("# ") and not line.startswith(("# ---", "# パス")) else line
        for line in text.splitlines()
    ]
    (tmp_path / "assessments").mkdir()
    path = tmp_path / "assessments" / "demo.py"
    path.write_text("\n".join(code).replace("#\n", "\n"), encoding="utf-8")

    located, report = module_findings(path)

    assert [r.kind for r in report] == ["原本になし", "一部欠落", "復元・不確か", "原本でも空欄"]
    assert not [f for f, _, _ in located if f.rule.startswith("provenance-")]
