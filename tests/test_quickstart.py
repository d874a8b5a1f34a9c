"""
The README/quickstart path of a new user, end to end, in a fresh virtual environment:
install from a copy of the repository, `pia new`, `pia check` (未記入), fill, `pia check`
(clean), `pia render` of the whole assessments/ directory.
"""

from __future__ import annotations

import shutil
import subprocess
import venv
from pathlib import Path

import pytest

from forms.juten.factory import minimal
from pia_dsl.io import dump

ROOT = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(
    ".git",
    ".nox",
    ".venv",
    "build",
    "__pycache__",
    ".pia-cache",
    "*.egg-info",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    ".hypothesis",
)


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, check=False, timeout=600)


@pytest.mark.slow
def test_first_hour(tmp_path: Path) -> None:
    """A new user goes from a fresh clone to a validated, rendered assessment."""
    clone = tmp_path / "pia-dsl"
    shutil.copytree(ROOT, clone, ignore=IGNORE)
    venv.create(tmp_path / "venv", with_pip=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    pia = str(tmp_path / "venv" / "bin" / "pia")

    installed = _run(clone, python, "-m", "pip", "install", "-q", "-e", ".")
    assert installed.returncode == 0, installed.stderr[-2000:]

    created = _run(clone, pia, "new", "--form", "juten", "demo")
    unfilled = _run(clone, pia, "check", "assessments/demo.py")
    (clone / "filled.json").write_text(dump(minimal()), encoding="utf-8")
    (clone / "assessments" / "demo.py").unlink()
    filled = _run(clone, pia, "new", "--from", "filled.json", "demo")
    checked = _run(clone, pia, "check")
    rendered = _run(clone, pia, "render")

    assert created.returncode == 0, created.stderr
    assert unfilled.returncode == 1
    assert "未記入" in unfilled.stdout
    assert filled.returncode == 0, filled.stderr
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert rendered.returncode == 0, rendered.stderr
    assert (clone / "build" / "demo.docx").is_file()
    assert (clone / "build" / "fujisawa_shoni_iryo.docx").is_file()
