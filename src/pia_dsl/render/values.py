"""
How single values print on the official form.

Every function here returns plain strings (or lists of lines), so that the template only
has to place them:

* a choice prints as ``[ 十分である ]`` next to its ＜選択肢＞ list
  (``1） 特に力を入れている`` …);
* a checkbox group prints *every* option, ticked ``[ ○ ]`` or not ``[ 　]``, with the
  free-text slot ``その他 （ … ）``, in the form's fixed columns (:mod:`.layout`);
  主な記録項目 prints its three captions (・識別情報 …);
* dates print in 和暦 (「令和7年7月18日」);
* counts print as ``（ 2 ）件``;
* multi-line text becomes one line per paragraph;
* an empty value prints blank (never ``()`` or ``None``): 「-」 only where the author wrote it.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..forms.choices import RecordCategory
from ..options import CheckOption, Checks, option_number
from ..wareki import Undecided, format_wareki
from .layout import grid_columns, grid_of

__all__ = [
    "CHOICE_CAPTION",
    "TICKED",
    "UNTICKED",
    "box",
    "check_grid",
    "check_lines",
    "choice_text",
    "count_text",
    "display_width",
    "option_lines",
    "text_lines",
    "value_lines",
]

#: A ticked and an unticked checkbox.
TICKED = "[ ○ ]"
UNTICKED = "[ 　]"

#: An unselected choice.
EMPTY_CHOICE = "[ 　 ]"

#: The caption above the numbered options of a choice.
CHOICE_CAPTION = "＜選択肢＞"

#: Separator between the values of a field holding several (dates of 第三者点検).
VALUE_SEPARATOR = "・"

#: Separator between the cells of a checkbox grid row in ``check_lines``.
SEPARATOR = "　　"

#: Options that stand for the same item in different editions of the form; a document
#: prints only the one it uses (the newest, last, when none is ticked).
ALTERNATIVES: tuple[tuple[CheckOption, ...], ...] = (
    (RecordCategory.FOUR_BASIC, RecordCategory.FIVE_BASIC),
)


def display_width(text: str) -> int:
    """
    The printed width of ``text`` in half-width columns (full-width characters count 2).
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def text_lines(text: str) -> list[str]:
    """
    The paragraphs of a text value, one per line; never empty (``[""]`` for no text).

    Trailing line feeds print no empty paragraphs; a trailing line of spaces, tabs or
    full-width spaces is text and prints as written.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines or [""]


def box(ticked: bool, label: str = "") -> str:
    """
    One checkbox: ``[ ○ ] 委託しない`` or ``[ 　] 委託しない``.
    """
    mark = TICKED if ticked else UNTICKED
    return f"{mark} {label}" if label else mark


def choice_text(value: enum.Enum | None) -> str:
    """
    The chosen option in brackets: ``[ 十分である ]``; ``[ 　 ]`` when nothing is chosen.
    """
    if value is None:
        return EMPTY_CHOICE
    return f"[ {value.value} ]"


def option_lines(choices: type[enum.Enum], *, ascii_numbers: bool = False) -> list[str]:
    """
    The ＜選択肢＞ cell: the caption and the numbered options, one per line, numbered
    ``1）`` or, in the parts that print them so (:data:`.layout.ASCII_NUMBERED`), ``1)``.
    """
    close = ")" if ascii_numbers else "）"
    return [CHOICE_CAPTION, *(f"{option_number(o)}{close} {o.value}" for o in choices)]


def count_text(count: int | None) -> str:
    """
    A count slot: ``（ 2 ）件``, or ``（ 　 ）件`` when there is nothing to count.
    """
    return f"（ {count} ）件" if count else "（ 　 ）件"


def _option_text(checked: Checks[Any], option: CheckOption, counts: dict[Any, int]) -> str:
    ticked = option in checked
    text = box(ticked, str(option.value))
    if option.has_slot:
        slot = checked.printed_text(option)
        text += f" （ {slot or '　'} ）"
    if option in counts:
        text += f" {count_text(counts[option] if ticked else None)}"
    return text


def _shown_options(checked: Checks[Any], options: Sequence[CheckOption]) -> list[CheckOption]:
    """
    The options to print: all, except the unused editions of :data:`ALTERNATIVES`.
    """
    hidden: set[CheckOption] = set()
    for alternatives in ALTERNATIVES:
        if not set(alternatives) & set(options):
            continue
        used = [a for a in alternatives if a in checked]
        keep = used or [alternatives[-1]]
        hidden.update(a for a in alternatives if a not in keep)
    return [o for o in options if o not in hidden]


def check_grid(
    checked: Checks[Any],
    options: type[CheckOption],
    *,
    counts: dict[Any, int] | None = None,
) -> list[dict[str, Any]]:
    """
    Every option of a checkbox group, ticked or not, in the form's fixed columns
    (:data:`.layout.GRIDS`): one ``{"cells": [...], "wide": bool}`` per printed row.
    A row of several options has exactly as many cells as the grid has columns (``""``
    fills the empty ones); a caption (``・識別情報``) or a lone option (``その他 （ … ）``,
    whose text can be long) is one ``wide`` cell across the grid.

    ``counts`` gives a ``（ n ）件`` slot after some options (提供を行っている …).
    """
    found = counts or {}
    shown = set(_shown_options(checked, list(options)))
    width = grid_columns(options)
    rows: list[dict[str, Any]] = []
    for row in grid_of(options):
        if isinstance(row, str):
            cells = [row]
        else:
            cells = [_option_text(checked, o, found) for o in row if o in shown]
        if len(cells) == 1 or width == 1:
            rows.append({"cells": cells, "wide": True})
        elif cells:
            rows.append({"cells": cells + [""] * (width - len(cells)), "wide": False})
    return rows or [{"cells": [""], "wide": True}]


def check_lines(
    checked: Checks[Any],
    options: type[CheckOption],
    *,
    counts: dict[Any, int] | None = None,
) -> list[str]:
    """
    The rows of :func:`check_grid` as lines of text, the cells of a row separated by
    :data:`SEPARATOR` (for templates that print the value without the grid).
    """
    grid = check_grid(checked, options, counts=counts)
    return [SEPARATOR.join(cell for cell in row["cells"] if cell) for row in grid]


def value_lines(value: Any) -> list[str]:
    """
    The printed lines of a plain value: text, date, number, flag or choice.
    """
    if value is None:
        return [""]
    if isinstance(value, str):
        return text_lines(value)
    if isinstance(value, tuple | list):
        # Several dates (第三者点検 ①実施日): joined by 「・」; none prints blank.
        return [VALUE_SEPARATOR.join(" ".join(value_lines(v)) for v in value)]
    if isinstance(value, bool):
        return [box(value)]
    if isinstance(value, Undecided | date):
        return [format_wareki(value)]
    if isinstance(value, enum.Enum):
        return [choice_text(value)]
    return text_lines(str(value))
