"""
Generate the Word templates ``templates/<form>.docx`` with python-docx.

This script is the source of truth for the templates: edit it, then run

    python tools/make_templates.py            # writes templates/juten.docx, zenkomoku.docx (and kiso.docx)
    python tools/make_templates.py --out DIR  # somewhere else (the tests compare with the committed files)

The output is byte-deterministic (fixed zip metadata and document properties).

The templates are dumb: they only place the values of the context built by
:mod:`pia_dsl.render.context` (see ``docs/template-context.md``) with docxtpl loops and
``if``s.  Layout, following the official 様式:

* A4 portrait; body ＭＳ 明朝 9 pt, headings ＭＳ ゴシック, the fonts Word users have (for
  the PDF, :mod:`pia_dsl.render.fonts` maps them to the fixed-pitch IPA明朝 / IPAゴシック);
  East Asian language ja-JP;
* the 様式 mark (``form_mark``) at the top right, the title, and the cover table
  (評価書番号・評価書名, 宣言, 特記事項, 評価実施機関名, [承認日], 公表日);
* the 項目一覧 page: its title centred, the parts and annexes in one box, spaced;
* each section on a new page: its heading, then one bordered table of four grid columns
  (indent, label, value, ＜選択肢＞) with one row template per row kind and shape: heading,
  member and range rows keep with the next row and never split, short field rows
  (``row.keep``) never split, checkbox groups print in the form's fixed columns (a
  borderless grid table inside the value cell, ``row.grid``);
* the 変更箇所 table with its six columns, the header row repeated on every page, short
  rows (``row.keep``) never split;
* page numbers in the footer.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pia_dsl.forms.registry import Form  # noqa: E402
from pia_dsl.render.package import normalize_docx  # noqa: E402

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"
BODY_SIZE = Pt(9)

#: Grid of the section tables (mm): indent, label, value, ＜選択肢＞; 180 mm in all.
GRID = (6, 40, 78, 56)
#: Grid of the 変更箇所 table (mm).
CHANGE_GRID = (20, 34, 42, 42, 17, 25)
#: Grid of the cover table (mm).
COVER_GRID = (40, 140)

#: Left and right margins of a table cell (mm, Word's default 0.19 cm each), which a
#: checkbox grid inside a value cell leaves free.
CELL_MARGINS = 4

HEADING_FILL = "D9D9D9"
LABEL_FILL = "F2F2F2"


# ---------------------------------------------------------------------------
# Low-level helpers
# ---------------------------------------------------------------------------


def _fonts(rpr: Any, font: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for name in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(name), font)
    fonts.set(qn("w:hint"), "eastAsia")


def _setup_styles(document: Any) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, MINCHO)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "ja-JP")
    lang.set(qn("w:bidi"), "ar-SA")

    normal = document.styles["Normal"]
    _fonts(normal.element.get_or_add_rPr(), MINCHO)
    normal.font.size = BODY_SIZE
    paragraph = normal.paragraph_format
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(0)
    paragraph.line_spacing = 1.0

    def gothic(name: str, size: float, *, bold: bool = True) -> Any:
        style = document.styles.add_style(name, 1)
        style.base_style = normal
        _fonts(style.element.get_or_add_rPr(), GOTHIC)
        style.font.size = Pt(size)
        style.font.bold = bold
        return style

    title = gothic("PIA Title", 16)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(12)
    title.paragraph_format.space_after = Pt(18)
    section = gothic("PIA Section", 11)
    section.paragraph_format.space_after = Pt(4)
    section.paragraph_format.keep_with_next = True
    gothic("PIA Cell Heading", 9)
    gothic("PIA Cell Label", 9, bold=False)
    toc_title = gothic("PIA Toc Title", 12)
    toc_title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    toc_title.paragraph_format.space_before = Pt(12)
    toc_title.paragraph_format.space_after = Pt(12)
    toc = gothic("PIA Toc", 10.5, bold=False)
    toc.paragraph_format.left_indent = Mm(12)
    toc.paragraph_format.space_before = Pt(6)
    toc.paragraph_format.space_after = Pt(6)
    mark = document.styles.add_style("PIA Mark", 1)
    mark.base_style = normal
    mark.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _page(document: Any) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin, section.bottom_margin = Mm(15), Mm(15)
    section.header_distance = section.footer_distance = Mm(8)
    header = section.header.paragraphs[0]  # 「案」 on every page of a draft
    header.style = "PIA Mark"
    mark = header.add_run("{{ draft_mark }}")
    mark.bold = True
    mark.font.size = Pt(14)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    for kind, text in (
        ("begin", ""),
        ("instr", " PAGE "),
        ("separate", ""),
        ("text", "1"),
        ("end", ""),
    ):
        run = footer.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    footer.add_run(" -")


def _shade(cell: Any, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _table(document: Any, grid: Sequence[int]) -> Any:
    table = document.add_table(rows=0, cols=len(grid))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, grid, strict=True):
        column.width = Mm(width)
    return table


def _row(
    table: Any,
    grid: Sequence[int],
    spans: Sequence[int],
    *,
    cant_split: bool = False,
) -> list[Any]:
    """
    A new row whose cells span ``spans`` grid columns each; returns the merged cells.
    """
    row = table.add_row()
    for cell, width in zip(row.cells, grid, strict=True):
        cell.width = Mm(width)
    cells: list[Any] = []
    start = 0
    for span in spans:
        first = row.cells[start]
        if span > 1:
            first = first.merge(row.cells[start + span - 1])
        cells.append(first)
        start += span
    if cant_split:
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))
    return cells


def _text(cell: Any, text: str, *, style: str | None = None) -> Any:
    paragraph = cell.paragraphs[0]
    paragraph.text = text
    if style:
        paragraph.style = style
    return paragraph


def _lines(cell: Any, variable: str, *, style: str | None = None) -> None:
    """
    One paragraph per line of a list: ``{%p for line in VAR %}`` / ``{{ line }}`` / ``{%p endfor %}``.
    """
    first = cell.paragraphs[0]
    first.text = f"{{%p for line in {variable} %}}"
    body = cell.add_paragraph("{{ line }}")
    if style:
        body.style = style
    cell.add_paragraph("{%p endfor %}")


def _keep_with_next(cells: Sequence[Any]) -> None:
    """
    Keep the row on the page of the next row (a heading row never ends a page): Word and
    LibreOffice keep a row with the next when its paragraphs are ``keepNext``.
    """
    for cell in cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


def _no_borders(table: Any) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{side}")
        border.set(qn("w:val"), "nil")
        borders.append(border)
    properties.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "0")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.append(margins)


def _grid(cell: Any, width: int, columns: int) -> None:
    """
    A checkbox grid inside ``cell``: a borderless table of ``columns`` equal columns
    (the form's fixed columns), one row per ``row.grid`` entry; a ``wide`` row (a caption,
    a lone option such as その他 （ … ）) spans the grid.
    """
    widths = [width // columns] * columns
    first = cell.paragraphs[0]
    table = cell.add_table(rows=0, cols=columns)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _no_borders(table)
    for column, size in zip(table.columns, widths, strict=True):
        column.width = Mm(size)
    # The cell's own first paragraph stays before the table, empty; drop it.
    first._p.getparent().remove(first._p)
    _tag_row(table, widths, "{%tr for grid_row in row.grid %}")
    _tag_row(table, widths, "{%tr if grid_row.wide %}")
    (wide,) = _row(table, widths, (columns,))
    _text(wide, "{{ grid_row.cells[0] }}")
    _tag_row(table, widths, "{%tr else %}")
    for index, part in enumerate(_row(table, widths, (1,) * columns)):
        _text(part, f"{{{{ grid_row.cells[{index}] }}}}")
    _tag_row(table, widths, "{%tr endif %}")
    _tag_row(table, widths, "{%tr endfor %}")


def _vertical(cell: Any, merge: str) -> None:
    """
    Make ``cell`` part of a vertically merged label: ``first`` starts it and prints
    ``row.caption`` top to bottom (再委託), ``next`` continues it.
    """
    properties = cell._tc.get_or_add_tcPr()
    merged = OxmlElement("w:vMerge")
    if merge == "first":
        merged.set(qn("w:val"), "restart")
    # tcPr order: tcW, gridSpan, vMerge, …, shd, …, textDirection, …, vAlign.
    anchor = properties.find(qn("w:gridSpan"))
    if anchor is None:
        anchor = properties.find(qn("w:tcW"))
    anchor.addnext(merged)
    if merge != "first":
        return
    _text(cell, "{{ row.caption }}", style="PIA Cell Label")
    direction = OxmlElement("w:textDirection")
    direction.set(qn("w:val"), "tbRlV")
    properties.append(direction)
    align = OxmlElement("w:vAlign")
    align.set(qn("w:val"), "center")
    properties.append(align)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _tag_row(table: Any, grid: Sequence[int], tag: str) -> None:
    (cell,) = _row(table, grid, (len(grid),))
    _text(cell, tag)


def _page_break(document: Any) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


# ---------------------------------------------------------------------------
# The parts of the document
# ---------------------------------------------------------------------------


def _cover(document: Any) -> None:
    document.add_paragraph("{{ form_mark }}", style="PIA Mark")
    document.add_paragraph("{{ title }}", style="PIA Title")
    table = _table(document, COVER_GRID)
    number, title = _row(table, COVER_GRID, (1, 1))
    _text(number, "{{ cover.number_label }}", style="PIA Cell Heading")
    _text(title, "{{ cover.title_label }}", style="PIA Cell Heading")
    _shade(number, HEADING_FILL)
    _shade(title, HEADING_FILL)
    number, title = _row(table, COVER_GRID, (1, 1))
    _text(number, "{{ cover.number }}")
    _text(title, "{{ cover.title }}")
    _tag_row(table, COVER_GRID, "{%tr for row in cover.rows %}")
    (label,) = _row(table, COVER_GRID, (2,))
    _text(label, "{{ row.label }}", style="PIA Cell Heading")
    _shade(label, HEADING_FILL)
    (value,) = _row(table, COVER_GRID, (2,))
    _lines(value, "row.lines")
    _tag_row(table, COVER_GRID, "{%tr endfor %}")
    _page_break(document)


def _toc(document: Any) -> None:
    """
    The 項目一覧 as the form prints it: the title centred, then one box holding the parts
    and annexes, one a line with space between (annexes indented by the context).
    """
    document.add_paragraph("項目一覧", style="PIA Toc Title")
    table = _table(document, (180,))
    (cell,) = _row(table, (180,), (1,))
    _lines(cell, "toc", style="PIA Toc")
    document.add_paragraph()


def _heading_rows(table: Any) -> None:
    g = GRID
    _tag_row(
        table, g, '{%tr if row.kind == "heading" and row.level == 1 and not row.has_switches %}'
    )
    (text,) = _row(table, g, (4,), cant_split=True)
    _text(text, "{{ row.text }}", style="PIA Cell Heading")
    _shade(text, HEADING_FILL)
    _keep_with_next((text,))
    _tag_row(table, g, '{%tr elif row.kind == "heading" and row.level == 1 %}')
    text, switches = _row(table, g, (3, 1), cant_split=True)
    _text(text, "{{ row.text }}", style="PIA Cell Heading")
    _lines(switches, "row.switches")
    _shade(text, HEADING_FILL)
    _shade(switches, HEADING_FILL)
    _keep_with_next((text, switches))
    _tag_row(table, g, '{%tr elif row.kind == "heading" and not row.has_switches %}')
    # A caption without switches (リスク１：…, ④使用の主体) is one merged cell across the row.
    (text,) = _row(table, g, (4,), cant_split=True)
    _text(text, "{{ row.text }}", style="PIA Cell Label")
    _shade(text, LABEL_FILL)
    _keep_with_next((text,))
    _tag_row(table, g, '{%tr elif row.kind == "heading" %}')
    text, switches = _row(table, g, (3, 1), cant_split=True)
    _text(text, "{{ row.text }}", style="PIA Cell Label")
    _lines(switches, "row.switches")
    _shade(text, LABEL_FILL)
    _shade(switches, LABEL_FILL)
    _keep_with_next((text, switches))
    for kind in ("member", "range"):
        _tag_row(table, g, f'{{%tr elif row.kind == "{kind}" %}}')
        (cell,) = _row(table, g, (4,), cant_split=True)
        _text(cell, "{{ row.text }}", style="PIA Cell Label")
        _shade(cell, LABEL_FILL)
        _keep_with_next((cell,))


def _field_rows(table: Any) -> None:
    """
    One row template per shape of a field row: with ＜選択肢＞ or a checkbox grid of 2 or
    3 columns or plain lines; under a sub-heading (``nested``: an indent column) or not;
    short rows (``row.keep``) never split across pages.
    """
    g = GRID
    shapes = (
        ("row.has_options", (2, 1, 1), (1, 1, 1, 1), 0),
        ("row.columns == 2", (2, 2), (1, 1, 2), 2),
        ("row.columns == 3", (2, 2), (1, 1, 2), 3),
        ("", (2, 2), (1, 1, 2), 0),
    )
    placements = (
        ("not row.nested", "", False),
        ('row.nested and row.merge == "first"', "first", True),
        ('row.nested and row.merge == "next"', "next", True),
        ("row.nested", "", True),
    )
    for shape, flat, indented, columns in shapes:
        for placement, merge, nested in placements:
            spans = indented if nested else flat
            for keep in ("row.keep", "not row.keep"):
                test = " and ".join(c for c in ('row.kind == "field"', shape, placement, keep) if c)
                _tag_row(table, g, f"{{%tr elif {test} %}}")
                cells = _row(table, g, spans, cant_split=keep == "row.keep")
                if nested:
                    indent, *cells = cells
                    _shade(indent, LABEL_FILL)
                    if merge:
                        _vertical(indent, merge)
                label, value, *options = cells
                _text(label, "{{ row.label }}", style="PIA Cell Label")
                _shade(label, LABEL_FILL)
                if columns:
                    _grid(value, sum(g[-2:]) - CELL_MARGINS, columns)
                else:
                    _lines(value, "row.value")
                if options:
                    _lines(options[0], "row.options")


def _sections(document: Any) -> None:
    document.add_paragraph("{%p for section in sections %}")
    heading = document.add_paragraph("{{ section.heading }}", style="PIA Section")
    heading.paragraph_format.page_break_before = True
    table = _table(document, GRID)
    _tag_row(table, GRID, "{%tr for row in section.rows %}")
    _heading_rows(table)
    _field_rows(table)
    _tag_row(table, GRID, '{%tr elif row.kind == "figure" %}')  # (別添１) 事務の内容の図
    (cell,) = _row(table, GRID, (4,))
    _text(cell, "{{ row.image }}").alignment = WD_ALIGN_PARAGRAPH.CENTER
    _tag_row(table, GRID, "{%tr else %}")
    (cell,) = _row(table, GRID, (4,))
    _lines(cell, "row.lines")
    _tag_row(table, GRID, "{%tr endif %}")
    _tag_row(table, GRID, "{%tr endfor %}")
    document.add_paragraph("{%p endfor %}")


def _changes(document: Any) -> None:
    heading = document.add_paragraph("{{ changes.heading }}", style="PIA Section")
    heading.paragraph_format.page_break_before = True
    g = CHANGE_GRID
    table = _table(document, g)
    header = _row(table, g, (1,) * len(g))
    for index, cell in enumerate(header):
        _text(cell, f"{{{{ changes.columns[{index}] }}}}", style="PIA Cell Heading")
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _shade(cell, HEADING_FILL)
    _repeat_header(table.rows[-1])
    _tag_row(table, g, "{%tr for row in changes.rows %}")
    # A short row (row.keep) never splits across pages; a long one may.
    for tag, keep in (("{%tr if row.keep %}", True), ("{%tr else %}", False)):
        _tag_row(table, g, tag)
        date, item, before, after, timing, explanation = _row(
            table, g, (1,) * len(g), cant_split=keep
        )
        _text(date, "{{ row.date }}")
        _lines(item, "row.item")
        _lines(before, "row.before")
        _lines(after, "row.after")
        _text(timing, "{{ row.timing }}").alignment = WD_ALIGN_PARAGRAPH.CENTER
        _lines(explanation, "row.explanation")
    _tag_row(table, g, "{%tr endif %}")
    _tag_row(table, g, "{%tr endfor %}")
    document.add_paragraph()


def _preserve_spaces(document: Any) -> None:
    """
    Keep leading and trailing spaces of the rendered values (Word drops them from a
    ``w:t`` without ``xml:space="preserve"``).
    """
    for text in document.element.body.iter(qn("w:t")):
        text.set(qn("xml:space"), "preserve")


def _properties(document: Any, form: str) -> None:
    from datetime import datetime, timezone

    properties = document.core_properties
    properties.title = "{{ cover.title }}"
    properties.subject = "{{ title }}"
    properties.author = ""
    properties.comments = f"pia_dsl template ({form}); generated by tools/make_templates.py"
    properties.keywords = "特定個人情報保護評価書"
    properties.last_modified_by = "pia_dsl"
    properties.revision = 1
    epoch = datetime(2000, 1, 1, tzinfo=timezone.utc)  # noqa: UP017 - python-docx wants tz-aware
    properties.created = epoch
    properties.modified = epoch
    properties.last_printed = epoch


def build_template(form: str) -> bytes:
    """
    The bytes of the template of ``form``.
    """
    document = Document()
    _setup_styles(document)
    _page(document)
    # The default document starts with one empty paragraph: reuse none, remove it.
    body = document.element.body
    for paragraph in list(body.iter(qn("w:p"))):
        body.remove(paragraph)
    _cover(document)
    _toc(document)
    _sections(document)
    _changes(document)
    _preserve_spaces(document)
    _properties(document, form)
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_docx(buffer.getvalue())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="templates/<form>.docx を生成する (generate the Word templates)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "templates",
        help="出力先ディレクトリ (default: templates/)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for form in Form:
        target = args.out / form.template
        target.write_bytes(build_template(form))
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
