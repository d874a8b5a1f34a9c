"""
PDF output through LibreOffice (``soffice --headless --convert-to pdf``).

All the documents of one ``pia render --pdf`` are converted in one LibreOffice run
(:func:`to_pdfs`: starting LibreOffice costs more than converting a document), with a
private, temporary profile (``-env:UserInstallation=file:///tmp/...``), so that a user's
own LibreOffice session is not disturbed and several runs can go at once.  A file that
LibreOffice cannot convert is reported alone; the others are still written.  Each PDF
is written atomically.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any

from ..atomic import write_atomic
from ..errors import PiaError
from .fonts import APT_FONTS, font_environment

__all__ = [
    "LibreOfficeError",
    "LibreOfficeMissingError",
    "Office",
    "find_soffice",
    "soffice_command",
    "to_pdf",
    "to_pdfs",
]

#: Seconds one LibreOffice run may take: this, plus :data:`PER_FILE_TIMEOUT` per file.
TIMEOUT = 300
PER_FILE_TIMEOUT = 60

#: The Debian package that provides ``soffice`` without a desktop.
APT_PACKAGE = "libreoffice-writer-nogui"


class LibreOfficeError(PiaError):
    """
    LibreOffice failed to convert a document.
    """


class LibreOfficeMissingError(LibreOfficeError):
    """
    LibreOffice (``soffice``) is not installed.
    """


def find_soffice() -> str:
    """
    The path of ``soffice`` (or ``libreoffice``); :class:`LibreOfficeMissingError` if absent.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    msg = (
        "PDF の出力には LibreOffice が必要ですが、soffice コマンドが見つかりません。"
        f"Debian/Ubuntu では `sudo apt-get install {APT_PACKAGE} {' '.join(APT_FONTS)} fonts-noto-cjk`"
        " でインストールしてください"
        "（Word 形式 .docx の出力には不要です）。"
    )
    raise LibreOfficeMissingError(msg)


def to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """
    Convert ``docx_path`` to ``out_dir/<stem>.pdf`` and return that path.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    result = to_pdfs([(docx_path, out_dir / f"{docx_path.stem}.pdf")])[0]
    if isinstance(result, LibreOfficeError):
        raise result
    return result


class Office:
    """
    A LibreOffice started ahead of the conversion (:meth:`start`, e.g. while the
    documents render), with a private profile; :func:`to_pdfs` with ``office=`` hands its
    files to this instance (``soffice`` passes them to the running instance of its
    profile), so the seconds LibreOffice takes to start overlap the rendering.

    The instance runs under a small shell that holds a pipe from this process and ends
    the instance's process group at the pipe's end of file: when :meth:`close` is called,
    and also when ``pia`` is killed, so no LibreOffice is left behind.
    """

    def __init__(self) -> None:
        self.soffice: str | None = None
        self.profile: Path | None = None
        self._guard: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """
        Start LibreOffice (:class:`LibreOfficeMissingError` when there is none).
        """
        self.soffice = find_soffice()
        self.profile = Path(tempfile.mkdtemp(prefix="pia-lo-profile-"))
        command = [*soffice_command(self.soffice, self.profile, None, ()), "--nodefault"]
        self._guard = subprocess.Popen(
            ["sh", "-c", '"$@" </dev/null >/dev/null 2>&1 & read _; kill -KILL 0', "sh", *command],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **font_environment(), "HOME": str(self.profile)},
            start_new_session=True,
        )

    def close(self) -> None:
        """
        End the instance and remove its profile.
        """
        if self._guard is not None:
            if self._guard.stdin is not None:
                self._guard.stdin.close()  # the shell ends the instance's process group
            try:
                self._guard.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _kill(self._guard)
            self._guard = None
        if self.profile is not None:
            shutil.rmtree(self.profile, ignore_errors=True)
            self.profile = None

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def to_pdfs(
    pairs: Sequence[tuple[Path, Path]], *, office: Office | None = None
) -> list[Path | LibreOfficeError]:
    """
    Convert every ``(docx, pdf)`` pair in one LibreOffice run (LibreOffice starts once,
    not once per document; not at all here with a started ``office``); each PDF is
    written atomically.  The result of each pair, in order: the PDF written, or the
    :class:`LibreOfficeError` of that file alone (the others are still converted).
    :class:`LibreOfficeMissingError` when there is no LibreOffice at all.
    """
    if not pairs:
        return []
    if office is not None and office.soffice is not None and office.profile is not None:
        soffice, profile, shared = office.soffice, office.profile, True
    else:
        soffice, profile = find_soffice(), Path(tempfile.mkdtemp(prefix="pia-lo-profile-"))
        shared = False
    work = Path(tempfile.mkdtemp(prefix="pia-pdf-"))
    try:
        # Numbered copies: two sources with one file name do not meet in --outdir, and
        # no file name (spaces, Japanese, a leading "-") reaches the command line.
        inputs = [work / "in" / f"{index:04d}.docx" for index in range(len(pairs))]
        (work / "in").mkdir()
        for (docx_path, _), copy in zip(pairs, inputs, strict=True):
            shutil.copyfile(docx_path, copy)
        failure = _run_soffice(soffice, profile, work / "out", inputs)
        results: list[Path | LibreOfficeError] = []
        for (docx_path, target), copy in zip(pairs, inputs, strict=True):
            produced = work / "out" / f"{copy.stem}.pdf"
            if not produced.is_file():
                why = (
                    failure or "このファイルを読み込めませんでした（壊れた .docx ではありませんか）"
                )
                msg = f"{docx_path}: LibreOffice で PDF に変換できませんでした。{why}"
                results.append(LibreOfficeError(msg))
                continue
            write_atomic(target, partial(_copy, produced))
            results.append(target)
        return results
    except OSError as error:
        msg = f"PDF の変換用の一時ファイルを扱えません（{error}）。"
        raise LibreOfficeError(msg) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not shared:
            shutil.rmtree(profile, ignore_errors=True)


def _copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def soffice_command(
    soffice: str, profile: Path, out_dir: Path | None, inputs: Sequence[Path]
) -> list[str]:
    """
    The command line converting ``inputs`` to PDFs in ``out_dir`` with the LibreOffice
    profile ``profile`` (also the benchmark's baseline); without ``out_dir``, the one
    that starts LibreOffice and converts nothing.
    """
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
    ]
    if out_dir is None:
        return command
    return [
        *command,
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(out_dir),
        *map(str, inputs),
    ]


def _run_soffice(soffice: str, profile: Path, out_dir: Path, inputs: list[Path]) -> str:
    """
    One ``soffice --convert-to pdf`` over ``inputs``; what went wrong for all of them
    (empty when LibreOffice ran: a file without its PDF then failed alone).
    """
    timeout = TIMEOUT + PER_FILE_TIMEOUT * len(inputs)
    command = soffice_command(soffice, profile, out_dir, inputs)
    # Its own session: an interrupt or timeout stops LibreOffice's child processes too.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **font_environment(), "HOME": str(profile)},
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        return f"{timeout} 秒以内に終わりませんでした。"
    except BaseException:
        _kill(process)
        raise
    if process.returncode != 0:
        detail = (stderr or stdout).strip()
        return f"（終了コード {process.returncode}）{detail}"
    return ""


def _kill(process: subprocess.Popen[Any]) -> None:
    with suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
