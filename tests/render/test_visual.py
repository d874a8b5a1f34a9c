"""
Visual regression test of the layout: every page of every example in ``assessments/``,
rendered through LibreOffice and pdftoppm (tools/layout_refs.py), compared with the
committed images in ``tests/render/layout_refs/``.

A deliberate layout change regenerates the references with ``nox -s update_layout``
(``python tools/layout_refs.py``); the changed PNGs are reviewed in the diff.  Needs
soffice and pdftoppm (Debian: libreoffice-writer-nogui, poppler-utils, fonts-ipafont-*,
installed by .ci/run); under CI (``CI`` set) a missing one is a failure, not a skip.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from render.samples import ROOT

#: Share of a page's pixels that may differ (antialiasing noise); one row moved or
#: added shifts every line below it and changes several percent of the page.
TOLERANCE = 0.002

#: The page number printed in the footer (``- 3 -``).
FOOTER = re.compile(r"^-\s*\d+\s*-$")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("layout_refs", ROOT / "tools" / "layout_refs.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _require(*commands: str) -> None:
    missing = [c for c in commands if not shutil.which(c)]
    if not missing:
        return
    message = f"{', '.join(missing)} がありません (apt-get install libreoffice-writer-nogui poppler-utils)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}: CI では必須です (.ci/run)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return _tool()


@pytest.fixture(scope="module")
def pages(tool: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    """
    The PNGs of every page of every example, rendered once for the module.
    """
    _require("soffice", "pdftoppm", "pdftotext")
    return dict(tool.snapshot(tmp_path_factory.mktemp("layout")))


def _page_texts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    texts = out.split("\f")
    if texts and not texts[-1].strip():
        texts.pop()
    return [
        [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not FOOTER.match(line.strip())
        ]
        for text in texts
    ]


class TestReferences:
    def test_every_example_has_references(
        self, tool: ModuleType, pages: dict[str, list[Path]]
    ) -> None:
        """
        Each example has as many reference pages as it renders (a page more or less is a
        layout change: run `nox -s update_layout`).
        """
        refs = sorted(p.name for p in tool.REFS.glob("*.png"))
        rendered = sorted(p.name for files in pages.values() for p in files)

        assert rendered == refs, (
            "ページ構成が参照画像と違います: nox -s update_layout で更新してください"
        )

    def test_pages_match(self, tool: ModuleType, pages: dict[str, list[Path]]) -> None:
        """
        Every page looks like its reference, within :data:`TOLERANCE`.
        """
        changed: list[str] = []
        for files in pages.values():
            for page in files:
                reference = tool.REFS / page.name
                if not reference.is_file():
                    changed.append(f"{page.name}: 参照画像なし")
                    continue
                share = tool.differing_share(page, reference)
                if share > TOLERANCE:
                    changed.append(f"{page.name}: {share:.1%} の画素が違います")

        assert not changed, (
            "レイアウトが参照画像と違います (意図した変更なら nox -s update_layout):\n"
            + "\n".join(changed)
            + f"\n新しい画像: {next(iter(pages.values()))[0].parent}"
        )


class TestPagination:
    def test_no_page_holds_a_single_line(self, pages: dict[str, list[Path]]) -> None:
        """
        No page of any example holds a single line of text (a heading or a short last
        row alone on a page), the page number aside.
        """
        pdf_dir = next(iter(pages.values()))[0].parent / "pdf"
        lonely = [
            f"{pdf.stem} p.{number}: {lines}"
            for pdf in sorted(pdf_dir.glob("*.pdf"))
            for number, lines in enumerate(_page_texts(pdf), start=1)
            if len(lines) <= 1
        ]

        assert not lonely, "1 行だけのページがあります:\n" + "\n".join(lonely)


class TestImages:
    def test_png_round_trip(self, tool: ModuleType, tmp_path: Path) -> None:
        """
        A grayscale PNG written by the tool reads back pixel for pixel.
        """
        pixels = bytes(range(256)) * 3
        path = tmp_path / "x.png"
        tool.write_gray_png(path, 16, 48, pixels)

        assert tool.read_gray_png(path) == (16, 48, pixels)

    def test_difference_counts_changed_pixels(self, tool: ModuleType, tmp_path: Path) -> None:
        """
        Pixels that differ by more than the threshold count; small noise does not; a
        different size is a full difference.
        """
        white = bytes([255]) * 100
        one_dark = bytes([0]) + bytes([255]) * 99
        noisy = bytes([250]) * 100
        for name, data, size in (("a", white, 10), ("b", one_dark, 10), ("c", noisy, 10)):
            tool.write_gray_png(tmp_path / f"{name}.png", size, 100 // size, data)
        tool.write_gray_png(tmp_path / "d.png", 20, 5, white)

        assert tool.differing_share(tmp_path / "a.png", tmp_path / "b.png") == 0.01
        assert tool.differing_share(tmp_path / "a.png", tmp_path / "c.png") == 0.0
        assert tool.differing_share(tmp_path / "a.png", tmp_path / "d.png") == 1.0
