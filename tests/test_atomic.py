"""
Tests for pia_dsl.atomic: outputs are complete or absent, never half-written.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from pia_dsl.atomic import write_atomic, write_text_atomic
from pia_dsl.errors import OutputError


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


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOSPC, "ディスクの空き容量が足りません"),
        (errno.EROFS, "読み取り専用の場所です"),
        (errno.EACCES, "書き込む権限がありません"),
    ],
)
def test_write_error_is_a_message_and_keeps_the_old_file(
    tmp_path: Path, number: int, reason: str
) -> None:
    """A full disk, a read-only location, no permission (simulated): an OutputError naming
    the path in Japanese; the previous file and no temporary file remain."""
    target = tmp_path / "out.docx"
    target.write_text("old", encoding="utf-8")

    def fail(tmp: Path) -> None:
        tmp.write_text("half", encoding="utf-8")
        raise OSError(number, os.strerror(number))

    with pytest.raises(OutputError) as raised:
        write_atomic(target, fail)

    assert (
        str(raised.value)
        == f"{target}: ファイルを書き込めません（{reason}）。既存のファイルは変更していません。"
    )
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_directory_cannot_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A location where no file can be created (mkstemp fails): a message, nothing written."""

    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(OutputError, match="書き込む権限がありません"):
        write_text_atomic(tmp_path / "x.txt", "x")
    assert list(tmp_path.iterdir()) == []
