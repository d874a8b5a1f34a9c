"""
How single values print on the official form.

Every function here returns plain strings (or lists of lines), so that the template only
has to place them:

* a choice prints as ``[ 十分である ]`` next to its ＜選択肢＞ list
  (``1） 特に力を入れている`` …);
* a checkbox group prints *every* option, ticked ``[ ○ ]`` or not ``[ 　]``, with the
  free-text slot ``その他 （ … ）``; 主な記録項目 prints its three captions (・識別情報 …);
* dates print in 和暦 (「令和7年7月18日」);
* counts print as ``（ 2 ）件``;
* multi-line text becomes one line per paragraph.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from ..forms.choices import RECORD_CATEGORY_GROUPS, RecordCategory
from ..options import CheckOption, Checks, option_number
from ..wareki import Undecided, format_wareki

__all__ = [
    "CHOICE_CAPTION",
    "LINE_WIDTH",
    "TICKED",
    "UNTICKED",
    "box",
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

#: How many half-width columns one printed line of checkbox options may take before the
#: next option goes to a new line (the value cell of a row without ＜選択肢＞ holds about 40
#: full-width characters at 9 pt).
LINE_WIDTH = 76

#: Separator between checkbox options printed on one line.
SEPARATOR = "　　"

#: Options that stand for the same item in different editions of the form; a document
#: prints only the one it uses (the newest, last, when none is ticked).
ALTERNATIVES: tuple[tuple[CheckOption, ...], ...] = (
    (RecordCategory.FOUR_BASIC, RecordCategory.FIVE_BASIC),
)

#: Checkbox groups printed under captions (主な記録項目: ・識別情報, ・連絡先等情報, ・業務関係情報).
CAPTIONED: dict[type[CheckOption], tuple[tuple[str, tuple[Any, ...]], ...]] = {
    RecordCategory: RECORD_CATEGORY_GROUPS,
}


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


def option_lines(choices: type[enum.Enum]) -> list[str]:
    """
    The ＜選択肢＞ cell: the caption and the numbered options, one per line.
    """
    return [CHOICE_CAPTION, *(f"{option_number(o)}） {o.value}" for o in choices)]


def count_text(count: int | None) -> str:
    """
    A count slot: ``（ 2 ）件``, or ``（ 　 ）件`` when there is nothing to count.
    """
    return f"（ {count} ）件" if count else "（ 　 ）件"


def _option_text(checked: Checks[Any], option: CheckOption, counts: dict[Any, int]) -> str:
    ticked = option in checked
    text = box(ticked, str(option.value))
    if option.has_slot:
        slot = checked.text(option) if ticked else ""
        text += f" （ {slot or '　'} ）"
    if option in counts:
        text += f" {count_text(counts[option] if ticked else None)}"
    return text


def _pack(items: Iterable[tuple[str, bool]], width: int) -> list[str]:
    """
    Options several to a line, as the form prints them; an option with a slot (its text
    can be long) stands on a line of its own.
    """
    lines: list[str] = []
    current = ""
    for text, alone in items:
        if current and (alone or display_width(current + SEPARATOR + text) > width):
            lines.append(current)
            current = ""
        if alone:
            lines.append(text)
            continue
        current = f"{current}{SEPARATOR}{text}" if current else text
    if current:
        lines.append(current)
    return lines


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


def check_lines(
    checked: Checks[Any],
    options: type[CheckOption],
    *,
    counts: dict[Any, int] | None = None,
    width: int = LINE_WIDTH,
) -> list[str]:
    """
    Every option of a checkbox group, ticked or not, packed several to a line.

    ``counts`` gives a ``（ n ）件`` slot after some options (提供を行っている …).
    """
    found = counts or {}
    captioned = CAPTIONED.get(options)
    if captioned is None:
        shown = _shown_options(checked, list(options))
        return _pack(((_option_text(checked, o, found), o.has_slot) for o in shown), width) or [""]
    lines: list[str] = []
    for caption, members in captioned:
        lines.append(f"・{caption}")
        shown = _shown_options(checked, members)
        lines.extend(_pack(((_option_text(checked, o, found), o.has_slot) for o in shown), width))
    return lines


def value_lines(value: Any) -> list[str]:
    """
    The printed lines of a plain value: text, date, number, flag or choice.
    """
    if value is None:
        return [""]
    if isinstance(value, str):
        return text_lines(value)
    if isinstance(value, bool):
        return [box(value)]
    if isinstance(value, Undecided | date):
        return [format_wareki(value)]
    if isinstance(value, enum.Enum):
        return [choice_text(value)]
    return text_lines(str(value))
