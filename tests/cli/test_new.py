"""
Tests for ``pia new``: a skeleton with every item, or a module filled from JSON/YAML,
that `pia check`, `mypy --strict` and `pia render` accept once filled.
"""

from __future__ import annotations

import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from forms.juten.factory import minimal
from forms.kiso.factory import basic
from forms.zenkomoku.factory import full
from pia_dsl.io import dump
from pia_dsl.loader import documents_of, load_module
from pia_dsl.skeleton import skeleton
from pia_dsl.walk import walk
from pia_process import run_pia

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "assessments").glob("[!_]*.py"))
VALID = {"juten": minimal, "zenkomoku": full, "kiso": basic}


def _pia(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_pia(*args, cwd=cwd)


@pytest.fixture(name="project")
def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "assessments" / "shared", tmp_path / "assessments" / "shared")
    (tmp_path / "assessments" / "__init__.py").write_text("", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("form", ["kiso", "juten", "zenkomoku"])
def test_skeleton_has_every_item_and_reports_missing(project: Path, form: str) -> None:
    """The skeleton lists every item of the form with its label; pia check reports 未記入 (exit 1)."""
    created = _pia(project, "new", "--form", form, "demo")
    path = project / "assessments" / "demo.py"
    text = path.read_text(encoding="utf-8")
    document = documents_of(load_module(path), label="demo")[0]
    checked = _pia(project, "check", "assessments/demo.py")

    assert created.returncode == 0, created.stderr
    assert all(f"# {e.item.printed_label}" in text for e in walk(document) if e.item.label)
    assert checked.returncode == 1
    assert "未記入" in checked.stdout


def test_refuses_to_overwrite(project: Path) -> None:
    """An existing module is never overwritten."""
    path = project / "assessments" / "demo.py"
    path.write_text("# mine\n", encoding="utf-8")

    result = _pia(project, "new", "--form", "juten", "demo")

    assert result.returncode == 1
    assert "上書きしません" in result.stderr
    assert path.read_text(encoding="utf-8") == "# mine\n"


@pytest.mark.parametrize("form", ["kiso", "juten", "zenkomoku"])
def test_filled_module_checks_types_and_renders(project: Path, form: str) -> None:
    """
    Filled with a valid document (`pia new --from x.json`), the module passes pia check,
    mypy --strict and renders to Word.
    """
    (project / "valid.json").write_text(dump(VALID[form]()), encoding="utf-8")

    created = _pia(project, "new", "--from", "valid.json", "filled")
    checked = _pia(project, "check", "assessments/filled.py")
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "assessments/filled.py"],
        capture_output=True,
        text=True,
        cwd=project,
        check=False,
    )
    rendered = _pia(project, "render", "assessments/filled.py", "-o", "build/filled.docx")

    assert created.returncode == 0, created.stderr
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert typed.returncode == 0, typed.stdout
    assert rendered.returncode == 0, rendered.stderr
    assert (project / "build" / "filled.docx").stat().st_size > 0


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_from_data_round_trip(tmp_path: Path, example: Path) -> None:
    """Every document of every example written back as Python evaluates to the same document."""
    for document in documents_of(load_module(example), label=example.name):
        path = tmp_path / "x.py"
        path.write_text(skeleton(type(document), name="x", filled=document), encoding="utf-8")

        loaded: Any = runpy.run_path(str(path))["assessment"]

        assert loaded == document


def test_bad_name_is_usage_error(project: Path) -> None:
    """A module name that is not an identifier is a usage error (exit 2)."""
    result = _pia(project, "new", "--form", "juten", "1-bad")

    assert result.returncode == 2
    assert "モジュール名「1-bad」は使えません" in result.stderr
