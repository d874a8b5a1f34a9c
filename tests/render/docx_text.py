"""
Reading rendered .docx files back for the tests, and checking them against the model
with the walker (every label, every non-empty value, in the row of its label).
"""

from __future__ import annotations

import enum
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from pia_dsl.meta import Item
from pia_dsl.options import Checks
from pia_dsl.schema import Shape, spec_of
from pia_dsl.walk import Entry, Kind, walk
from pia_dsl.wareki import Undecided, format_wareki

Block = list[str]
"""One paragraph outside the tables (one cell) or one table row (its distinct cells)."""


def open_docx(source: Path | bytes) -> DocumentObject:
    stream = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    return docx.Document(stream)


def _iter_body(document: DocumentObject) -> Iterator[Paragraph | Table]:
    body = document.element.body
    for child in body.iterchildren():
        if child.tag.endswith("}p"):
            yield Paragraph(child, document)
        elif child.tag.endswith("}tbl"):
            yield Table(child, document)


def _cell_text(cell: Any, parent: Any) -> str:
    """
    The text of a cell, one line per paragraph, nested tables (checkbox grids) included.
    """
    return "\n".join(Paragraph(paragraph, parent).text for paragraph in cell.iter(qn("w:p")))


def blocks(source: Path | bytes) -> list[Block]:
    """
    The document as a sequence of blocks, in reading order (tables row by row).
    """
    document = open_docx(source)
    found: list[Block] = []
    for part in _iter_body(document):
        if isinstance(part, Paragraph):
            if part.text.strip():
                found.append([part.text])
            continue
        for row in part.rows:
            cells: list[str] = []
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                cells.append(_cell_text(cell._tc, cell))
            found.append(cells)
    return found


def all_text(source: Path | bytes) -> str:
    return "\n".join("\t".join(block) for block in blocks(source))


def _lines(block: Block) -> list[str]:
    return [line for cell in block for line in cell.split("\n")]


def expected_values(value: Any, item: Item) -> list[str]:
    """
    What must appear in the row of a field with ``value``: each non-empty line of a text,
    the chosen option, each ticked option and its slot text, a 和暦 date.
    """
    if value is None:
        return []
    if isinstance(value, bool):
        return [f"[ ○ ] {item.printed_label}"] if value else []
    if isinstance(value, str):
        return [line for line in value.replace("\r", "\n").split("\n") if line.strip()]
    if isinstance(value, Checks):
        found = [f"[ ○ ] {option.value}" for option in value]
        found += [text for _, text in (*value.entries, *value.unticked) if text.strip()]
        return found
    if isinstance(value, Undecided | date):
        return [format_wareki(value)]
    if isinstance(value, enum.Enum):
        return [f"[ {value.value} ]"]
    if isinstance(value, tuple):
        return [text for element in value for text in expected_values(element, item)]
    return [str(value)]


def _has_label(block: Block, label: str) -> bool:
    return any(line == label or line.endswith(f" {label}") for line in _lines(block))


def _contains(block: Block, expected: str) -> bool:
    if "\n" not in expected and expected in _lines(block):
        return True
    return any(expected in cell for cell in block)


def _find(found: list[Block], start: int, predicate: Any, what: str) -> int:
    for index in range(start, len(found)):
        if predicate(found[index]):
            return index
    msg = f"not found after block {start}: {what}"
    raise AssertionError(msg)


def assert_rendered(document: Any, found: list[Block]) -> None:
    """
    Walk the model and check that every label and every non-empty value is printed, in
    form order, in the row of its label (annex texts: in the block after their heading).
    """
    cursor = _find(found, 0, lambda b: b == ["項目一覧"], "項目一覧") + 2
    for entry in walk(document):
        if entry.path[0] == "cover":
            continue
        cursor = _check_entry(entry, found, cursor)
    _check_cover(document, found)


def _check_entry(entry: Entry, found: list[Block], cursor: int) -> int:
    item = entry.item
    if entry.kind is Kind.MEMBER:
        caption = f"{item.member}{entry.index}"
        index = _find(
            found,
            cursor,
            lambda b: any(line.split("　")[0] == caption for line in _lines(b)),
            caption,
        )
        for attribute_value in _titles(entry.value):
            assert _contains(found[index], attribute_value), (
                caption,
                attribute_value,
                found[index],
            )
        return index + 1
    if entry.kind is Kind.REPEAT:
        for first, last in item.ranges:
            if first != last and (item.max_count is None or first <= item.max_count):
                label = f"{item.member}{first}～{min(last, item.max_count or last)}"
                _find(found, cursor, lambda b, label=label: label in _lines(b), label)
        return cursor
    if entry.kind is Kind.GROUP:
        if item.label and len(entry.path) > 1:
            return _find(found, cursor, lambda b: _has_label(b, item.printed_label), entry.official)
        return cursor
    if item.title or spec_of(type(entry.owner), entry.path[-1]).shape is Shape.FIGURE:
        return cursor  # a figure prints the picture, no label (tests/render/test_images.py)
    label = item.printed_label
    index = _find(
        found, cursor, lambda b: _has_label(b, label), f"{entry.official} ({entry.dotted})"
    )
    target = found[index + 1] if len(found[index]) == 1 and len(entry.path) == 1 else found[index]
    for expected in expected_values(entry.value, item):
        assert _contains(target, expected), (entry.dotted, expected, target)
    return index if isinstance(entry.value, bool) else index + 1


def _titles(member: Any) -> list[str]:
    import attrs

    from pia_dsl.meta import item_of

    found: list[str] = []
    for attribute in attrs.fields(type(member)):
        meta = item_of(attribute.metadata)
        if meta is not None and meta.title:
            found.extend(
                line for line in str(getattr(member, attribute.name)).split("\n") if line.strip()
            )
    return found


def _check_cover(document: Any, found: list[Block]) -> None:
    cover = getattr(document, "cover", None)
    if cover is None:
        return
    lines = [line for block in found for line in _lines(block)]
    for entry in walk(cover):
        if entry.kind is not Kind.FIELD:
            continue
        assert entry.item.printed_label in lines, entry.item.printed_label
        for expected in expected_values(entry.value, entry.item):
            assert any(expected in line for line in lines), (entry.dotted, expected)


def assert_changes(rows: Any, found: list[Block]) -> None:
    """
    Every 変更箇所 row is printed in one table row, in order, each cell line by line.
    """
    cursor = _find(found, 0, lambda b: b[:2] == ["変更日", "項目"], "変更箇所")
    for row in rows:
        day = format_wareki(row.date)
        lines = [
            line
            for text in (row.item, row.before, row.after, row.explanation)
            for line in text.split("\n")
            if line.strip()
        ]
        timing = getattr(row.timing, "value", "")

        def matches(
            block: Block, day: str = day, lines: list[str] = lines, timing: str = timing
        ) -> bool:
            return (
                len(block) == 6
                and block[0] == day
                and block[4] == timing
                and all(_contains(block, line) for line in lines)
            )

        cursor = _find(found, cursor + 1, matches, f"{day} {row.item}")
