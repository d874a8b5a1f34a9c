"""
Tests for pia_dsl.render.pdf: conversion through LibreOffice.

The conversion test needs ``soffice`` (Debian: libreoffice-writer-nogui, installed by
.ci/run).  Under CI (``CI`` set) a missing soffice is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pia_dsl.render import pdf
from pia_dsl.render.docx import render_docx
from render.samples import examples


def _pages(path: Path) -> int:
    if shutil.which("pdfinfo"):
        out = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True
        ).stdout
        match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
        assert match is not None
        return int(match.group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


def _require_soffice() -> None:
    if shutil.which("soffice") or shutil.which("libreoffice"):
        return
    if os.environ.get("CI"):
        pytest.fail("soffice がありません: CI では libreoffice-writer-nogui が必要です (.ci/run)")
    pytest.skip("soffice がありません (apt-get install libreoffice-writer-nogui)")


class TestConvert:
    def test_examples_to_pdf(self, tmp_path: Path) -> None:
        """
        Each example converts to a PDF with a plausible number of pages, and no
        temporary files stay behind.
        """
        _require_soffice()
        documents = dict(examples())
        for name in ("fujisawa_shoni_iryo_juten", "sakai_kokumin_nenkin_zenkomoku"):
            docx_path = render_docx(documents[name], tmp_path / f"{name}.docx")
            out = pdf.to_pdf(docx_path, tmp_path / "pdf")

            assert out == tmp_path / "pdf" / f"{name}.pdf"
            assert out.read_bytes().startswith(b"%PDF")
            assert 10 <= _pages(out) <= 150, _pages(out)
        assert [p.name for p in (tmp_path / "pdf").iterdir() if p.name.startswith(".")] == []


class TestBatch:
    def test_one_run_converts_every_file_and_a_broken_one_fails_alone(self, tmp_path: Path) -> None:
        """
        Several documents (two with one file name) in one LibreOffice run; a truncated
        .docx gets its own Japanese error and the others are written.
        """
        _require_soffice()
        documents = dict(examples())
        good = render_docx(documents["hibarino_yobo_sesshu_kiso"], tmp_path / "a" / "x.docx")
        same_name = render_docx(documents["fujisawa_shoni_iryo_kiso"], tmp_path / "b" / "x.docx")
        broken = tmp_path / "壊れた 文書.docx"
        broken.write_bytes(good.read_bytes()[:3000])

        results = pdf.to_pdfs(
            [
                (good, tmp_path / "a" / "x.pdf"),
                (broken, tmp_path / "broken.pdf"),
                (same_name, tmp_path / "b" / "x.pdf"),
            ]
        )

        assert results[0] == tmp_path / "a" / "x.pdf"
        assert results[2] == tmp_path / "b" / "x.pdf"
        assert isinstance(results[1], pdf.LibreOfficeError)
        assert str(results[1]).startswith(f"{broken}: LibreOffice で PDF に変換できませんでした")
        assert not (tmp_path / "broken.pdf").exists()
        first, second = (
            (tmp_path / "a" / "x.pdf").read_bytes(),
            (tmp_path / "b" / "x.pdf").read_bytes(),
        )
        assert first.startswith(b"%PDF")
        assert second.startswith(b"%PDF")
        assert first != second  # each source has its own PDF

    def test_soffice_starts_once(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """
        One soffice call for every file (a fake soffice that records its calls).
        """
        calls = tmp_path / "calls"
        fake = tmp_path / "soffice"
        fake.write_text(
            "#!/bin/sh\n"
            f'echo "$@" >> "{calls}"\n'
            'while [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2\n'
            'mkdir -p "$out"; for f in "$@"; do b=$(basename "$f" .docx); echo "%PDF $b" > "$out/$b.pdf"; done\n'
        )
        fake.chmod(0o755)
        monkeypatch.setattr(shutil, "which", lambda name: str(fake))
        sources = []
        for index in range(3):
            source = tmp_path / f"d{index}.docx"
            source.write_bytes(b"docx")
            sources.append(source)

        results = pdf.to_pdfs([(s, s.with_suffix(".pdf")) for s in sources])

        assert results == [s.with_suffix(".pdf") for s in sources]
        assert len(calls.read_text().splitlines()) == 1
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def _group_alive(pgid: int) -> bool:
    """Whether a process of group ``pgid`` is alive (zombies are not)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _wait_group_gone(pgid: int, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while _group_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
class TestOffice:
    def test_started_office_converts_and_ends_with_close(self, tmp_path: Path) -> None:
        """The files go to the instance started beforehand; close() ends it."""
        _require_soffice()
        documents = dict(examples())
        source = render_docx(documents["hibarino_yobo_sesshu_kiso"], tmp_path / "x.docx")

        with pdf.Office() as office:
            office.start()
            pgid = office._guard.pid if office._guard else 0
            assert _group_alive(pgid)
            results = pdf.to_pdfs([(source, tmp_path / "x.pdf")], office=office)

        assert results == [tmp_path / "x.pdf"]
        assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
        assert _wait_group_gone(pgid)

    def test_killed_pia_leaves_no_libreoffice(self, tmp_path: Path) -> None:
        """SIGKILL of the process that started the instance ends the instance too."""
        _require_soffice()
        code = (
            "import sys, time\n"
            "from pia_dsl.render.pdf import Office\n"
            "office = Office(); office.start()\n"
            "print(office._guard.pid, flush=True)\n"
            "time.sleep(120)\n"
        )
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        pgid = int(process.stdout.readline())
        time.sleep(1)  # LibreOffice is starting

        process.kill()
        process.communicate()

        assert _wait_group_gone(pgid)


class TestMissing:
    def test_clear_message(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """
        Without LibreOffice the error names the apt package, in Japanese.
        """
        monkeypatch.setattr(shutil, "which", lambda name: None)

        with pytest.raises(pdf.LibreOfficeMissingError, match="libreoffice-writer-nogui") as error:
            pdf.to_pdf(tmp_path / "x.docx", tmp_path)

        assert "LibreOffice が必要" in str(error.value)

    def test_failure_is_reported(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
        """
        A conversion that produces no PDF raises LibreOfficeError and leaves nothing.
        """
        fake = tmp_path / "soffice"
        fake.write_text("#!/bin/sh\necho broken >&2\nexit 3\n")
        fake.chmod(0o755)
        monkeypatch.setattr(shutil, "which", lambda name: str(fake))
        source = tmp_path / "x.docx"
        source.write_bytes(b"not a docx")

        with pytest.raises(pdf.LibreOfficeError, match="broken"):
            pdf.to_pdf(source, tmp_path / "out")

        assert list((tmp_path / "out").iterdir()) == []


class TestCommand:
    def test_render_pdf(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        `pia render --pdf` writes a PDF beside each .docx, the main document's twice.
        """
        _require_soffice()
        from pia_dsl.cli import main

        module = tmp_path / "two.py"
        module.write_text(
            "from pia_dsl.forms.juten import FocusedAssessment\n"
            "from pia_dsl.forms.kiso import BasicAssessment\n"
            "from pia_dsl.schema import blank_instance\n"
            "assessment = blank_instance(FocusedAssessment)\n"
            "documents = [blank_instance(BasicAssessment), assessment]\n",
            encoding="utf-8",
        )
        monkeypatch.chdir(tmp_path)

        assert main(["render", "two.py", "--pdf"]) == 0

        names = sorted(p.name for p in (tmp_path / "build").iterdir())
        assert names == [
            "two.docx",
            "two.pdf",
            "two_juten.docx",
            "two_juten.pdf",
            "two_kiso.docx",
            "two_kiso.pdf",
        ]
