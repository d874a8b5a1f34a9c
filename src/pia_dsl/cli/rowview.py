"""
The reviewer's view of 変更箇所 rows: what changed inside each cell.

* :func:`review_table` — Markdown for ``pia review``: 変更前/変更後 with the changed
  characters marked (``<del>`` / ``<b>``), long unchanged stretches shortened, the whole
  cell one click away (``<details>``); every value escaped.
* :func:`print_table` — the terminal table of ``pia changes``: the changed characters in
  colour (or between ``[-…-]`` / ``{+…+}`` without colour); lines fold, nothing is cut.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from ..changes.chardiff import Piece, escape_markdown, excerpt, markdown_pair, pieces
from ..changes.declarations import Declared
from ..changes.rows import ChangeKind
from .changes import COLUMNS, row_data

__all__ = ["print_table", "review_table"]

_DIFFED = (ChangeKind.CHANGED, ChangeKind.COUNT)


def _details(shown: str, whole: str, full: str) -> str:
    """
    ``shown``, followed by the whole cell in ``<details>`` when ``shown`` is shortened.
    """
    if shown == full:
        return shown
    return f"{shown}<details><summary>全文</summary>{escape_markdown(whole)}</details>"


def _cells(declared: Declared) -> tuple[str, str]:
    row = declared.row
    if declared.change.kind in _DIFFED:
        before, after = markdown_pair(row.before, row.after)
        full_before, full_after = markdown_pair(row.before, row.after, shorten=False)
        return _details(before, row.before, full_before), _details(after, row.after, full_after)
    return escape_markdown(row.before), escape_markdown(row.after)


def review_table(declared: Sequence[Declared]) -> str:
    """
    The rows as a Markdown table for a pull request, changes marked inside the cells.
    """
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for item in declared:
        data = row_data(item.row)
        before, after = _cells(item)
        cells = (
            escape_markdown(data["date"]),
            escape_markdown(data["item"]),
            before,
            after,
            escape_markdown(data["timing"]),
            escape_markdown(data["explanation"]),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _text(side: Sequence[Piece], style: str, marks: tuple[str, str] | None) -> Any:
    from rich.text import Text

    text = Text()
    for tag, part in side:
        if tag == "equal":
            text.append(part)
        elif marks is None:
            text.append(part, style=style)
        else:
            text.append(f"{marks[0]}{part}{marks[1]}")
    return text


def print_table(declared: Sequence[Declared], columns: Sequence[str], data: Sequence[Any]) -> None:
    """
    The rows as a terminal table (``data``: the plain cells of each row, in ``columns``).
    """
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200)
    plain = not console.is_terminal or console.no_color
    table = Table(show_lines=True)
    for name in columns:
        table.add_column(name, overflow="fold")
    for item, cells in zip(declared, data, strict=True):
        values: list[Any] = list(cells)
        if item.change.kind in _DIFFED:
            old_side, new_side = pieces(item.row.before, item.row.after)
            index = list(columns).index("変更前の記載")
            values[index] = _text(
                excerpt(old_side), "bold red strike", ("[-", "-]") if plain else None
            )
            values[index + 1] = _text(
                excerpt(new_side), "bold green", ("{+", "+}") if plain else None
            )
        table.add_row(*values)
    console.print(table)
