"""
Long texts split into blocks, so that a 変更箇所 row quotes the changed blocks only.

The rule (docs/changes.md, 「長い文章の行」):

* A **heading** is a line that starts with a ＜…＞ / <…> caption, or a 【…】 caption (with
  or without text after the closing bracket).  It starts a new section; every block below
  it, up to the next heading of its kind, is quoted with it.  A 【…】 heading below a ＜…＞
  heading is a sub-section: its blocks are quoted with both headings (＜中間サーバー・
  プラットフォームにおける措置＞ / 【消去方法】).
* A **block** starts at a heading, at a line that begins with an item marker — a bullet
  (・ ･ ○ ◯ ● ■ □ ◆ ◇ ◎ ▪ －), a circled number (①…⑳), a parenthesised number or letter
  (``(1)``, ``（１）``, ``(ア)``, ``(※1)``), a number with a full stop (``1.``, ``１．``), or a
  katakana item letter followed by a space (``ア `` … ``ン ``) — or at the first line after a
  blank line.  Other lines continue the block above them.
* Blank lines only separate blocks; they are not part of any block.
* With ``lines=True`` every line is a block of its own (headings stay the context), as
  some municipalities quote one printed line per row.

:func:`changed_runs` compares the blocks of two texts (difflib on whole blocks) and gives
each contiguous run of changed blocks, with the heading of its section before and after.
"""

from __future__ import annotations

import difflib
import re

from attrs import frozen

__all__ = ["Block", "Run", "changed_runs", "paired", "split_blocks"]

_HEADING = re.compile(r"^\s*(＜[^＞]*＞|<[^>]*>)")
_SUBHEADING = re.compile(r"^\s*【[^】]*】")
_MARKER = re.compile(
    r"""^\s*(?:
        [・･○◯●■□◆◇◎▪－]
      | [①-⑳㉑-㉟]
      | [(（]\s*[0-9０-９]+\s*[)）]
      | [(（]\s*[ア-ンｱ-ﾝa-zａ-ｚ]\s*[)）]
      | [(（]\s*※\s*[0-9０-９]*\s*[)）]
      | [0-9０-９]+\s*[.．](?![0-9０-９])
      | [ア-ン][\s　]
    )""",
    re.VERBOSE,
)


@frozen
class Block:
    """
    One block of a text: its lines, and the heading of the section it is in.

    Attributes:
        text: The block's lines joined with ``"\\n"``.
        heading: The heading lines above the block that it is quoted with (``""`` before
            the first heading; for a ＜…＞ heading block, ``""``; for a 【…】 block, the
            ＜…＞ heading above it).
        is_heading: Whether the block starts with a heading line.
    """

    text: str
    heading: str
    is_heading: bool = False


@frozen
class Run:
    """
    A contiguous run of changed blocks: the old blocks and the new blocks it replaces
    (either may be empty: an inserted or a removed run).
    """

    old: tuple[Block, ...]
    new: tuple[Block, ...]

    def quoted(self, side: str, *, headings: bool = True) -> str:
        """
        The text a row quotes for ``side`` (``"old"`` or ``"new"``): the headings above
        the run (unless ``headings`` is false) and the run's blocks; ``""`` when empty.
        """
        blocks = self.old if side == "old" else self.new
        if not blocks:
            return ""
        lines = [b.text for b in blocks]
        if headings and blocks[0].heading:
            lines.insert(0, blocks[0].heading)
        return "\n".join(lines)


def paired(runs: list[Run]) -> list[Run]:
    """
    ``runs`` with every run that replaces as many blocks as it had split into one run
    per block (the others kept).
    """
    result: list[Run] = []
    for run in runs:
        if len(run.old) == len(run.new) > 1:
            result.extend(Run((o,), (n,)) for o, n in zip(run.old, run.new, strict=True))
        else:
            result.append(run)
    return result


def split_blocks(text: str, *, lines: bool = False) -> list[Block]:
    """
    The blocks of ``text`` in order (see the module docstring for the rule); with
    ``lines``, one block per line.
    """
    blocks: list[list[str]] = []
    context: list[tuple[str, bool]] = []
    outer = inner = ""
    fresh = True
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            fresh = True
            continue
        if _HEADING.match(line):
            outer, inner = line, ""
            context.append(("", True))
            blocks.append([line])
        elif _SUBHEADING.match(line):
            inner = line
            context.append((outer, True))
            blocks.append([line])
        elif fresh or lines or _MARKER.match(line) or not blocks:
            context.append(("\n".join(h for h in (outer, inner) if h), False))
            blocks.append([line])
        else:
            blocks[-1].append(line)
        fresh = False
    return [
        Block(text="\n".join(lines), heading=head, is_heading=flag)
        for lines, (head, flag) in zip(blocks, context, strict=True)
    ]


def changed_runs(old: str, new: str, *, lines: bool = False) -> list[Run]:
    """
    The runs of changed blocks from ``old`` to ``new``, in text order (``lines``: one
    block per line).
    """
    old_blocks, new_blocks = split_blocks(old, lines=lines), split_blocks(new, lines=lines)
    matcher = difflib.SequenceMatcher(
        None, [b.text for b in old_blocks], [b.text for b in new_blocks], autojunk=False
    )
    return [
        Run(tuple(old_blocks[i1:i2]), tuple(new_blocks[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]
