"""
``pia render``: an error of the system while a job writes (LibreOffice's PDF moved over a
directory, a full disk) is a message naming the file, not a traceback (issue 12.10).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from pia_dsl.cli.render import Job, run_job
from pia_dsl.errors import OutputError

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_error_while_writing_the_pdf_names_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "assessments" / "x.py"
    source.parent.mkdir()
    shutil.copy(CORPUS / "assessments" / "blank_juten.py", source)
    target = tmp_path / "out.pdf"

    def to_pdf(docx: Path, out_dir: Path) -> Path:
        raise IsADirectoryError(
            errno.EISDIR, "Is a directory", str(out_dir / ".tmp.pdf"), None, str(target)
        )

    monkeypatch.setattr("pia_dsl.render.pdf.to_pdf", to_pdf)

    with pytest.raises(OutputError) as raised:
        run_job(Job(source, 0, (tmp_path / "out.docx",), pdf=True))

    assert str(raised.value) == (
        f"{source}: {target}: ファイルを書き込めません（同じ名前のディレクトリがあります。別のファイル名を指定してください）。"
    )
