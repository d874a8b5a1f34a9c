"""
Tests for pia_dsl.atomic: outputs are complete or absent, never half-written.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from pia_dsl.atomic import write_atomic, write_text_atomic


def test_failure_keeps_previous_file(tmp_path: Path) -> None:
    """A failing writer leaves the previous file and no temporary file."""
    target = tmp_path / "out.docx"
    target.write_text("old", encoding="utf-8")

    def fail(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError

    with pytest.raises(RuntimeError):
        write_atomic(target, fail)

    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_usual_permissions(tmp_path: Path) -> None:
    """Written files are readable by others (not mkstemp's 0600)."""
    target = tmp_path / "a.txt"
    write_text_atomic(target, "x")

    assert target.stat().st_mode & stat.S_IROTH
