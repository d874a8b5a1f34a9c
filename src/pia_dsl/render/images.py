"""
Figures of the context embedded as pictures (docxtpl ``InlineImage``), at the width of
the page's text area so a diagram fills its full-width cell as in the published 様式.

Output stays byte-identical: python-docx names the media part after its order
(``word/media/image1.png``) and numbers the drawing after the ids already in the
document, and :func:`pia_dsl.render.package.normalize_docx` fixes the zip times.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage

from ..errors import InvalidAssessmentError
from ..figures import image_kind

__all__ = [
    "CELL_PADDING",
    "embed_images",
    "figure_file",
    "figure_rows",
    "has_figures",
    "text_width",
]

#: What the table cell around a figure takes from the text width (its left and right margins).
CELL_PADDING = Mm(4)


def text_width(template: DocxTemplate) -> int:
    """
    The width (EMU) a figure may take: the first section's text area less the cell padding.
    """
    section = template.docx.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    return int(width - CELL_PADDING)


def figure_file(row: dict[str, Any]) -> tuple[Path, bytes]:
    """
    The picture file of a figure row and its bytes (refused when it is not an image Word
    can embed).
    """
    given = Path(str(row["image"]))
    # A figure loaded from data (JSON/YAML, a publication snapshot) names its file relative
    # to the module's folder, which is assessments/ in a project.
    path = next((p for p in (given, Path("assessments") / given) if p.is_file()), given)
    data = path.read_bytes() if path.is_file() else b""
    if image_kind(data) is None:
        msg = f"{row['path']}: 図のファイル {path} がないか、Word に埋め込める画像ではありません。"
        raise InvalidAssessmentError(msg)
    return path, data


def _picture(template: DocxTemplate, row: dict[str, Any]) -> InlineImage:
    path, _ = figure_file(row)
    return InlineImage(template, str(path), width=text_width(template))


def figure_rows(context: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """
    The rows of ``context`` that print a figure.
    """
    for section in context.get("sections", ()):
        for row in section.get("rows", ()):
            if row.get("kind") == "figure":
                yield row


def has_figures(context: dict[str, Any]) -> bool:
    """
    Whether ``context`` prints a figure.
    """
    return any(True for _ in figure_rows(context))


def embed_images(context: dict[str, Any], template: DocxTemplate) -> None:
    """
    Replace the ``image`` path of every figure row of ``context`` by the picture.
    """
    for row in figure_rows(context):
        row["image"] = _picture(template, row)
