"""
Figures (:mod:`pia_dsl.figures`) embedded by :mod:`pia_dsl.render.images`: the diagram of
（別添１）事務の内容 at the page's text width, byte-identical output, its data form and the
変更箇所 row of a new drawing.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

import attrs
import pytest
from docxtpl import DocxTemplate

from forms.zenkomoku.factory import full
from pia_dsl.changes.compare import diff_documents
from pia_dsl.figures import Diagram, diagram
from pia_dsl.forms.zenkomoku import FullAssessment
from pia_dsl.io import dump, load
from pia_dsl.render.docx import default_template, render_bytes
from pia_dsl.render.images import text_width
from pia_dsl.validate import validate


def png(colour: tuple[int, int, int], size: tuple[int, int] = (40, 20)) -> bytes:
    """A small, valid PNG of one colour."""
    width, height = size
    raw = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _with_diagram(tmp_path: Path, colour: tuple[int, int, int] = (0, 0, 0)) -> FullAssessment:
    (tmp_path / "figures").mkdir(exist_ok=True)
    (tmp_path / "figures" / "flow.png").write_bytes(png(colour))
    figure = diagram("figures/flow.png", str(tmp_path / "module.py"), description="事務の流れ")
    document = full()
    return attrs.evolve(document, annex1=attrs.evolve(document.annex1, diagram=figure))


def test_diagram_is_embedded_at_text_width(tmp_path: Path) -> None:
    """
    The PNG is in the package byte for byte, drawn once in （別添１） above （備考）, as wide
    as the text area; the document passes ``pia check``'s rules as before.
    """
    document = _with_diagram(tmp_path)

    data = render_bytes(document)

    with zipfile.ZipFile(BytesIO(data)) as package:
        media = [n for n in package.namelist() if n.startswith("word/media/")]
        body = package.read("word/document.xml").decode("utf-8")
        assert [package.read(n) for n in media] == [png((0, 0, 0))]
    extents = re.findall(r'<wp:extent cx="(\d+)" cy="(\d+)"', body)
    template = DocxTemplate(str(default_template("zenkomoku")))
    template.init_docx()
    width = text_width(template)
    assert [int(cx) for cx, _ in extents] == [width]
    assert int(extents[0][1]) == width // 2  # the 40×20 image keeps its proportions
    assert body.index("<wp:inline") < body.index("（備考）")
    assert not [f for f in validate(document) if f.path.startswith("annex1")]


def test_render_is_byte_identical(tmp_path: Path) -> None:
    """Two renders of the same document with a figure give the same bytes."""
    document = _with_diagram(tmp_path)

    assert render_bytes(document) == render_bytes(document)


def test_new_drawing_is_a_change_row(tmp_path: Path) -> None:
    """
    The same file name with a new content (another SHA-256) gives the row
    「事務の内容（図）を変更」; adding the figure is 「（追加）」.
    """
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    old = _with_diagram(tmp_path / "old", (0, 0, 0))
    new = _with_diagram(tmp_path / "new", (255, 0, 0))

    (row,) = diff_documents(old, new)
    (added,) = diff_documents(full(), new)

    assert row.item == "（別添１）事務の内容 図"
    assert (row.before, row.after) == ("（図: figures/flow.png）", "事務の内容（図）を変更")
    assert added.after == "（図: figures/flow.png）"
    assert diff_documents(old, old) == []


def test_data_form_has_no_machine_path(tmp_path: Path) -> None:
    """
    ``pia dump`` writes the file name, the hash and the description only (the same on
    every machine), and loads back equal.
    """
    document = _with_diagram(tmp_path)

    text = dump(document)

    assert str(tmp_path) not in text
    assert '"digest": "' in text
    assert load(text) == document


def test_diagram_refuses_missing_and_unembeddable_files(tmp_path: Path) -> None:
    """A missing file or an SVG is refused with a message saying what to do."""
    (tmp_path / "flow.svg").write_text("<svg/>", encoding="utf-8")
    module = str(tmp_path / "module.py")

    with pytest.raises(ValueError, match=r"図のファイル none\.png がありません"):
        diagram("none.png", module)
    with pytest.raises(ValueError, match="PNG に変換してください"):
        diagram("flow.svg", module)


def test_figure_without_file_at_render_is_a_clear_error() -> None:
    """A figure loaded from data whose file is not here fails with the item and the file."""
    from pia_dsl.errors import InvalidAssessmentError

    document = full()
    missing = Diagram(file="figures/gone.png", digest="0" * 64, location="figures/gone.png")
    document = attrs.evolve(document, annex1=attrs.evolve(document.annex1, diagram=missing))

    with pytest.raises(InvalidAssessmentError, match=r"annex1\.diagram: 図のファイル"):
        render_bytes(document)


def test_figure_loaded_from_data_is_found_under_assessments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    A document loaded from JSON names its figure relative to the module's folder: in a
    project it is found under ``assessments/`` and embedded.
    """
    (tmp_path / "assessments").mkdir()
    document = _with_diagram(tmp_path / "assessments")
    monkeypatch.chdir(tmp_path)

    loaded = load(dump(document))

    with zipfile.ZipFile(BytesIO(render_bytes(loaded))) as package:
        assert "word/media/image1.png" in package.namelist()
