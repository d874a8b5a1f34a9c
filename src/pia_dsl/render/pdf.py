"""
PDF output through LibreOffice (``soffice --headless --convert-to pdf``).

Every conversion uses a private, temporary LibreOffice profile
(``-env:UserInstallation=file:///tmp/...``), so that several conversions can run at once
(``pia render --pdf --jobs N``) and a user's own LibreOffice session is not disturbed.
The PDF is written atomically next to the other outputs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import PiaError
from .fonts import APT_FONTS, font_environment

__all__ = ["LibreOfficeError", "LibreOfficeMissingError", "find_soffice", "to_pdf"]

#: Seconds a single conversion may take.
TIMEOUT = 300

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
    soffice = find_soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{docx_path.stem}.pdf"
    profile = Path(tempfile.mkdtemp(prefix="pia-lo-profile-"))
    work = Path(tempfile.mkdtemp(prefix=".pia-pdf-", dir=out_dir))
    command = [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(work),
        str(docx_path.resolve()),
    ]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
            env={**os.environ, **font_environment(), "HOME": str(profile)},
        )
        produced = work / f"{docx_path.stem}.pdf"
        if result.returncode != 0 or not produced.is_file():
            detail = (result.stderr or result.stdout).strip()
            msg = f"{docx_path}: LibreOffice で PDF に変換できませんでした（終了コード {result.returncode}）。{detail}"
            raise LibreOfficeError(msg)
        os.replace(produced, target)
    except subprocess.TimeoutExpired as error:
        msg = f"{docx_path}: LibreOffice の PDF 変換が {TIMEOUT} 秒以内に終わりませんでした。"
        raise LibreOfficeError(msg) from error
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    return target
