"""
The layout snapshots of the visual regression test (tests/render/test_layout.py).

Every document of every module in ``assessments/`` is rendered to .docx (with its own
``history`` as the 変更箇所, so that the snapshot depends on the module only, never on git),
all of them converted to PDF by one LibreOffice call (with the package's font mapping,
:mod:`pia_dsl.render.fonts`), and every page to a grayscale PNG at 30 dpi (pdftoppm).

    python tools/layout_refs.py          # rewrite tests/render/layout_refs/ (nox -s update_layout)
    python tools/layout_refs.py --out D  # somewhere else

A deliberate layout change is reviewed like code: regenerate the references, look at the
changed PNGs in the diff, commit them with the change.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Sequence
from pathlib import Path

from pia_dsl.forms.registry import code_of

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pia_dsl.loader import discover, documents_of, load_module  # noqa: E402
from pia_dsl.render.docx import render_docx  # noqa: E402
from pia_dsl.render.fonts import font_environment  # noqa: E402
from pia_dsl.render.pdf import find_soffice  # noqa: E402

#: Where the committed reference images live.
REFS = ROOT / "tests" / "render" / "layout_refs"

#: Resolution of the snapshots (dots per inch): enough to see a row move, small to store.
DPI = 30

#: Seconds the one LibreOffice call may take for all documents.
TIMEOUT = 300


def render_documents(out_dir: Path) -> list[Path]:
    """
    Every example document as ``out_dir/<module>_<form>.docx``.
    """
    paths: list[Path] = []
    for module_path in discover(ROOT / "assessments"):
        module = load_module(module_path)
        for document in documents_of(module, label=str(module_path)):
            target = out_dir / f"{module_path.stem}_{code_of(type(document))}.docx"
            paths.append(render_docx(document, target))
    return paths


def to_pdfs(documents: Sequence[Path], out_dir: Path) -> list[Path]:
    """
    All ``documents`` converted to PDF by a single LibreOffice call.
    """
    profile = Path(tempfile.mkdtemp(prefix="pia-lo-layout-"))
    try:
        subprocess.run(
            [
                find_soffice(),
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out_dir),
                *(str(path) for path in documents),
            ],
            capture_output=True,
            check=True,
            timeout=TIMEOUT,
            env={**os.environ, **font_environment(), "HOME": str(profile)},
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return [out_dir / f"{path.stem}.pdf" for path in documents]


def to_pngs(pdf: Path, out_dir: Path) -> list[Path]:
    """
    Every page of ``pdf`` as ``out_dir/<stem>-<page>.png`` (8-bit grayscale, :data:`DPI`).
    """
    with tempfile.TemporaryDirectory(prefix="pia-pgm-") as work:
        subprocess.run(
            ["pdftoppm", "-gray", "-r", str(DPI), str(pdf), str(Path(work) / pdf.stem)],
            check=True,
            capture_output=True,
        )
        pages: list[Path] = []
        for pgm in sorted(Path(work).glob(f"{pdf.stem}-*.pgm")):
            target = out_dir / f"{pgm.stem}.png"
            write_gray_png(target, *read_pgm(pgm))
            pages.append(target)
    return pages


def snapshot(out_dir: Path) -> dict[str, list[Path]]:
    """
    Render every example and write its pages' PNGs into ``out_dir``; the PNGs by document.
    Also keeps the PDFs in ``out_dir/pdf`` (for the per-page text checks).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pia-layout-") as work:
        documents = render_documents(Path(work))
        pdf_dir = out_dir / "pdf"
        pdf_dir.mkdir(exist_ok=True)
        pdfs = to_pdfs(documents, pdf_dir)
    return {pdf.stem: to_pngs(pdf, out_dir) for pdf in pdfs}


# ---------------------------------------------------------------------------
# Comparing images (8-bit grayscale PNG, as pdftoppm -gray writes them)
# ---------------------------------------------------------------------------


def read_pgm(path: Path) -> tuple[int, int, bytes]:
    """
    Width, height and pixels of a binary PGM (``P5``, 8 bits) as pdftoppm -gray writes it.
    """
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    magic, width, height, _ = fields
    if magic != b"P5":
        msg = f"{path}: PGM (P5) ではありません"
        raise ValueError(msg)
    w, h = int(width), int(height)
    return w, h, data[position + 1 : position + 1 + w * h]


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def write_gray_png(path: Path, width: int, height: int, pixels: bytes) -> None:
    """
    An 8-bit grayscale PNG (no filter on any row, so that reading it back is a slice).
    """
    rows = b"".join(b"\0" + pixels[y * width : (y + 1) * width] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(rows, 9))
        + _chunk(b"IEND", b"")
    )


def read_gray_png(path: Path) -> tuple[int, int, bytes]:
    """
    Width, height and pixels of a PNG written by :func:`write_gray_png`.
    """
    data = path.read_bytes()
    position, chunks, width, height = 8, b"", 0, 0
    header_ok = data[:8] == b"\x89PNG\r\n\x1a\n"
    while header_ok and position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            header_ok = body[8:13] == bytes((8, 0, 0, 0, 0))
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    raw = zlib.decompress(chunks) if header_ok else b""
    stride = width + 1
    if not header_ok or any(raw[y * stride] for y in range(height)):
        msg = f"{path}: tools/layout_refs.py が書いた PNG ではありません（nox -s update_layout で作り直してください）"
        raise ValueError(msg)
    return width, height, b"".join(raw[y * stride + 1 : (y + 1) * stride] for y in range(height))


def differing_share(first: Path, second: Path, *, threshold: int = 64) -> float:
    """
    The share of pixels whose gray levels differ by more than ``threshold`` (1.0 when
    the sizes differ).
    """
    w1, h1, p1 = read_gray_png(first)
    w2, h2, p2 = read_gray_png(second)
    if (w1, h1) != (w2, h2):
        return 1.0
    changed = sum(1 for a, b in zip(p1, p2, strict=True) if abs(a - b) > threshold)
    return changed / len(p1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="レイアウトの参照画像を作り直す (regenerate the layout reference images)"
    )
    parser.add_argument("--out", type=Path, default=REFS, help="出力先 (default: %(default)s)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pia-layout-refs-") as work:
        pages = snapshot(Path(work))
        if args.out.exists():
            shutil.rmtree(args.out)
        args.out.mkdir(parents=True)
        for files in pages.values():
            for file in files:
                shutil.copy2(file, args.out / file.name)
    count = sum(len(files) for files in pages.values())
    print(f"{args.out}: {len(pages)} 件の評価書、{count} ページ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
