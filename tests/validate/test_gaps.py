"""
Tests for pia_dsl.validate.gaps: declared extraction gaps.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from pia_dsl.validate import Finding, Severity
from pia_dsl.validate.gaps import apply_known_gaps


def _missing(path: str) -> Finding:
    return Finding(Severity.ERROR, "required", "Ⅰ-３ 特定個人情報ファイル名", path, "未記入です。")


def test_declared_gap_becomes_warning_with_reason() -> None:
    """A declared gap's 未記入 is a warning that names the reason."""
    found = apply_known_gaps([_missing("s1.file_names")], {"s1.file_names": "抽出で欠落"})

    assert [(f.severity, f.rule) for f in found] == [(Severity.WARNING, "known-gap")]
    assert "抽出で欠落" in found[0].message


def test_declaration_covers_members() -> None:
    """A declared group covers the fields of its members."""
    found = apply_known_gaps([_missing("s2.items[a].name")], {"s2.items": "欠落"})

    assert found[0].rule == "known-gap"


def test_other_findings_untouched() -> None:
    """Undeclared items and other rules keep their severity."""
    other = Finding(Severity.ERROR, "switch-empties", "x", "s1.file_names", "…")
    found = apply_known_gaps([_missing("s1.other"), other], {"s1.file_names": "欠落"})

    assert [f.severity for f in found[:2]] == [Severity.ERROR, Severity.ERROR]


def test_stale_declaration_reported() -> None:
    """A declaration matching no 未記入 is reported so it can be removed."""
    found = apply_known_gaps([], {"s1.file_names": "欠落"})

    assert [f.rule for f in found] == ["stale-gap"]


def test_known_gaps_module_still_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """
    A module that still uses ``known_gaps`` (the deprecated form) passes ``pia check``: its
    未記入 are warnings with the reason, listed in the transcription report.
    """
    from pia_dsl.cli import main

    (tmp_path / "assessments").mkdir()
    module = tmp_path / "assessments" / "old.py"
    module.write_text(
        "from pia_dsl.forms.juten import FocusedAssessment\n"
        "assessment = FocusedAssessment()\n"
        'known_gaps = {"s1": "抽出で欠落", "s2": "抽出で欠落", "annex1": "欠落", "s3": "欠落",'
        ' "s4": "欠落", "s5": "欠落", "cover": "欠落"}\n',
        encoding="utf-8",
    )

    main(["check", "--show-gaps", str(module)])

    out = capsys.readouterr().out
    assert "未記入（既知の欠落として宣言: 抽出で欠落）" in out
    assert "[既知の欠落] s1: 抽出で欠落" in out


def test_known_gap_qualified_by_form() -> None:
    """``kiso:…`` in known_gaps covers the 基礎 only."""
    kiso = attrs.evolve(_missing("s1.file_names"), document="kiso")
    juten = attrs.evolve(_missing("s1.file_names"), document="juten")

    found = apply_known_gaps([kiso, juten], {"kiso:s1.file_names": "欠落"})

    assert [f.rule for f in found] == ["known-gap", "required"]
