"""
``pia render``: an error of the system that reaches a job (a raw OSError from a layer
below the atomic writer) is a message naming the file, not a traceback (issue 12.10).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from pia_dsl.cli.render import Job, run_job
from pia_dsl.errors import OutputError

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_os_error_in_a_job_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "assessments" / "x.py"
    source.parent.mkdir()
    shutil.copy(CORPUS / "assessments" / "blank_juten.py", source)
    target = tmp_path / "out.docx"

    def write(path: Path, data: bytes) -> None:
        temporary = str(path.parent / ".out.docx.tmp")
        raise OSError(errno.ENOSPC, "No space left on device", temporary, None, str(path))

    monkeypatch.setattr("pia_dsl.render.atomic.write_bytes_atomic", write)

    with pytest.raises(OutputError) as raised:
        run_job(Job(source, 0, (target,)))

    assert str(raised.value) == (
        f"{source}: {target}: ファイルを書き込めません（ディスクの空き容量が足りません）。"
    )
