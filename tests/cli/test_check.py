"""
Tests for ``pia check`` (:mod:`pia_dsl.cli.check`), run in-process through
:func:`pia_dsl.cli.main`; the exact messages of broken inputs are in ``tests/corpus``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pia_dsl.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
EXAMPLES = Path(__file__).resolve().parents[2] / "assessments"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with a module that cannot be loaded and one with findings."""
    (tmp_path / "assessments").mkdir()
    for name in ("enum_member.py", "blank_juten.py"):
        shutil.copy(CORPUS / "assessments" / name, tmp_path / "assessments" / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_json_reports_findings_and_load_errors(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    ``--format json`` lists every finding with file, line and official item, and a module
    that cannot be loaded as one ``load`` error; the exit code is 1.
    """
    code = main(["check", "--format", "json"])

    report = json.loads(capsys.readouterr().out)
    assert code == 1
    by_file = {entry["file"] for entry in report}
    assert by_file == {"assessments/blank_juten.py", "assessments/enum_member.py"}
    (load,) = [e for e in report if e["rule"] == "load"]
    assert load["file"] == "assessments/enum_member.py"
    assert "FocusedTargetCount.MILLION" in load["message"]
    blank = [e for e in report if e["file"] == "assessments/blank_juten.py"]
    assert all(e["line"] and e["item"] and e["message"] for e in blank)


def test_summary_counts_every_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """
    The summary counts both files, the load error among the errors; it is the last line
    of stdout, after the findings (so that ``pia check > report.txt`` keeps it).
    """
    main(["check", "--format", "json"])
    errors = sum(e["severity"] == "error" for e in json.loads(capsys.readouterr().out))

    code = main(["check"])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.out.splitlines()[-1].startswith(f"2 ファイルを検証: エラー {errors} 件")
    assert "ファイルを検証" not in captured.err


def test_examples_have_no_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    The bundled examples pass (exit 0): their only open items are declared known gaps.
    """
    monkeypatch.chdir(EXAMPLES.parent)

    assert main(["check"]) == 0


def test_json_stays_json_when_a_module_prints(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """print() in a module goes to stderr: stdout of --format json is JSON (issue 12.9)."""
    shutil.copy(CORPUS / "assessments" / "prints.py", project / "assessments" / "prints.py")

    code = main(["check", "--format", "json", "assessments/prints.py"])

    captured = capsys.readouterr()
    assert code == 1
    assert json.loads(captured.out)
    assert "デバッグ: 読み込み中" in captured.err
