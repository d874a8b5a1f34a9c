"""
What changed inside a cell, character by character, for the reviewer's view
(``pia review``, ``pia changes --format table``).

Japanese text has no spaces between words, so the diff is on characters:
:class:`difflib.SequenceMatcher` without its automatic junk heuristic (which would treat
frequent characters such as 「の」 as junk in long texts), then merged into readable runs:
an unchanged stretch of at most :data:`MERGE_GAP` characters between two changes is folded
into them (「第8号」→「第9号」 stays one change, not 「8」→「9」 between equal pieces, while
two changes far apart stay apart).

* :func:`pieces` — the merged runs: ``("equal" | "delete" | "insert", text)`` per side.
* :func:`markdown_pair` — 変更前 with the removed characters in ``<del>``, 変更後 with the
  added ones in ``<b>``, values escaped.  (``~~…~~`` and ``**…**`` do not work here:
  CommonMark does not open emphasis between a kana and 「、」 or 「（」, so
  「保管し**、国外**」 would print its asterisks.)
* :func:`excerpt` — the changed runs with a little context; a changed run is never cut.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Callable, Sequence
from typing import Literal

__all__ = [
    "CONTEXT",
    "MERGE_GAP",
    "Piece",
    "escape_markdown",
    "excerpt",
    "markdown_pair",
    "pieces",
]

#: Unchanged characters between two changes that are folded into one change.
MERGE_GAP = 3
#: Unchanged characters kept on each side of a change in an excerpt.
CONTEXT = 20

Tag = Literal["equal", "change"]
#: One run of one side: whether it is unchanged or changed, and its text.
Piece = tuple[Tag, str]


def _opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    merged: list[list[int | str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        kind = "equal" if tag == "equal" else "change"
        if merged and merged[-1][0] == kind == "change":
            merged[-1][2], merged[-1][4] = i2, j2
            continue
        merged.append([kind, i1, i2, j1, j2])
    # fold short equal stretches between two changes into them
    folded: list[list[int | str]] = []
    for index, op in enumerate(merged):
        short = op[0] == "equal" and int(op[2]) - int(op[1]) <= MERGE_GAP
        between = 0 < index < len(merged) - 1
        if folded and folded[-1][0] == "change" and (op[0] == "change" or (short and between)):
            folded[-1][2], folded[-1][4] = op[2], op[4]
        else:
            folded.append(list(op))
    return [(str(k), int(a), int(b), int(c), int(d)) for k, a, b, c, d in folded]


def pieces(old: str, new: str) -> tuple[list[Piece], list[Piece]]:
    """
    The runs of ``old`` and of ``new``: unchanged text and changed text, in order.
    """
    old_side: list[Piece] = []
    new_side: list[Piece] = []
    for kind, i1, i2, j1, j2 in _opcodes(old, new):
        tag: Tag = "equal" if kind == "equal" else "change"
        if old[i1:i2]:
            old_side.append((tag, old[i1:i2]))
        if new[j1:j2]:
            new_side.append((tag, new[j1:j2]))
    return old_side, new_side


#: What Markdown (GitHub: emphasis, code, links, tables, strikethrough, math, emoji
#: shortcodes, autolinks) or HTML would interpret inside a table cell.
_MARKDOWN_SPECIALS = frozenset("\\`*_[]|~<>&$:")


def escape_markdown(text: str) -> str:
    """
    ``text`` safe in a Markdown table cell and in inline HTML: every character that
    Markdown or HTML would interpret becomes a numeric character reference, line breaks
    become ``<br>``.
    """
    out = []
    for char in text.replace("\r\n", "\n"):
        if char == "\n":
            out.append("<br>")
        elif char in _MARKDOWN_SPECIALS:
            out.append(f"&#{ord(char)};")
        else:
            out.append(html.escape(char))
    return "".join(out)


def _marked(side: Sequence[Piece], mark: Callable[[str], str]) -> str:
    out = []
    for tag, text in side:
        if tag == "equal":
            out.append(escape_markdown(text))
            continue
        # marks do not span line breaks in Markdown: mark each line of the run
        lines = text.split("\n")
        out.append("<br>".join(mark(escape_markdown(line)) if line else "" for line in lines))
    return "".join(out)


def excerpt(side: Sequence[Piece], context: int = CONTEXT) -> list[Piece]:
    """
    ``side`` with long unchanged runs shortened to ``context`` characters next to a
    change (「…」 for what is left out); changed runs are kept whole.
    """
    result: list[Piece] = []
    for index, (tag, text) in enumerate(side):
        if tag != "equal" or len(text) <= 2 * context + 1:
            result.append((tag, text))
            continue
        first, last = index == 0, index == len(side) - 1
        head = "" if first else text[:context]
        tail = "" if last else text[-context:]
        if first and last:
            head = text[:context]
        result.append(("equal", f"{head}…{tail}"))
    return result


def markdown_pair(old: str, new: str, *, shorten: bool = True) -> tuple[str, str]:
    """
    変更前 and 変更後 as Markdown: the removed characters struck (``<del>``) in 変更前, the
    added ones bold (``<b>``) in 変更後, long unchanged stretches shortened (``shorten``).
    """
    old_side, new_side = pieces(old, new)
    if shorten:
        old_side, new_side = excerpt(old_side), excerpt(new_side)
    return (
        _marked(old_side, lambda text: f"<del>{text}</del>"),
        _marked(new_side, lambda text: f"<b>{text}</b>"),
    )
