"""
Per-field changes → the rows as the module declares them (:mod:`pia_dsl.changes.styles`).

The steps, in order, on the changes of :func:`pia_dsl.changes.rows.changes_between`:

1. **groups** — the fields of a declared :class:`~pia_dsl.changes.styles.Group` become one
   row, their texts joined, when any of them changed;
2. **switches** — with ``switched="summary"``, the rows of the items a switch empties or
   fills are dropped and the switch row keeps the declared (or its own) texts;
3. **checkboxes** — with ``checks="ticked"``, the whole list of ticked options;
4. **long texts** — ``text="blocks"`` (or ``"auto"`` above the threshold) gives one row per
   run of changed blocks (:mod:`pia_dsl.changes.blocks`);
5. **counts** — a printed count 「（ n ）件」 that changes (委託事項, 提供先, 移転先 after
   委託の有無 / 提供・移転の有無) gives a row 「１件」→「２件」 before the group's
   「項目追加」/「削除」 rows;
6. **markers and item texts** — 変更前 of an addition as declared, a declared 項目 text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from ..forms.registry import code_of
from ..meta import following_groups
from ..options import Checks
from ..render.fieldtypes import field_type
from ..walk import Entry, Kind
from .blocks import Run, changed_runs, paired, split_blocks
from .canonical import Canonical
from .declarations import specificity
from .rows import (
    ADDED,
    DELETED,
    Change,
    ChangeKind,
    long_item,
    make_change,
    short_item,
    value_text,
)
from .styles import DEFAULT_LONG_TEXT, Group, RowStyle, RowStyles

__all__ = ["count_text", "shape", "style_of", "ticked_text", "wide_digits"]

Path = tuple[str, ...]

_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def wide_digits(number: int) -> str:
    """
    ``number`` in full-width digits, as the forms print counts: ``１２``.
    """
    return str(number).translate(_WIDE)


def style_of(change: Change, styles: RowStyles) -> RowStyle:
    """
    The style of ``change``: the most specific ``items`` entry over the default.
    """
    ranked = [
        (score, style)
        for selector, style in styles.items.items()
        if (score := specificity(selector, change)) > 0
    ]
    if not ranked:
        return styles.default
    return max(ranked, key=lambda pair: pair[0])[1].over(styles.default)


def shape(
    changes: Sequence[Change], old: Canonical, new: Canonical, styles: RowStyles | None
) -> list[Change]:
    """
    The rows of ``changes`` shaped by ``styles`` (the defaults when ``None``).
    """
    chosen = styles or RowStyles()
    form = code_of(type(new.document))
    shaped = _grouped(list(changes), old, new, chosen.groups, form)
    shaped = _switches(shaped, old, new, chosen)
    result: list[Change] = []
    for change in shaped:
        style = style_of(change, chosen)
        result.extend(_styled(change, old, new, style))
    return [_marked(c, style_of(c, chosen)) for c in _with_counts(result, old, new, form)]


def _kind(before: str, after: str) -> ChangeKind:
    """
    What a row whose texts are ``before`` and ``after`` records (either may be empty).
    """
    if before and after:
        return ChangeKind.CHANGED
    return ChangeKind.FILLED if after else ChangeKind.EMPTIED


# ---------------------------------------------------------------------------
# 1. groups
# ---------------------------------------------------------------------------


def _probe(entry: Entry, form: str) -> Change:
    return make_change(entry, "", "", ChangeKind.CHANGED, form)


def _members(group: Group, old: Canonical, new: Canonical, form: str) -> list[Path]:
    found: list[Path] = []
    for selector in group.items:
        for index in (new.index, old.index):
            paths = [
                p
                for p, e in index.items()
                if e.kind is Kind.FIELD and specificity(selector, _probe(e, form)) > 0
            ]
            if paths:
                found.extend(p for p in paths if p not in found)
                break
    return found


def _side_text(entry: Entry | None) -> str:
    if entry is None or not entry.active:
        return ""
    return value_text(entry.value, entry.item.label)


def _common_item(entries: Sequence[Entry]) -> tuple[str, str]:
    segments = list(entries[0].segments)
    for entry in entries[1:]:
        size = 0
        while size < min(len(segments), len(entry.segments)) and (
            segments[size] == entry.segments[size]
        ):
            size += 1
        segments = segments[:size]
    return long_item(segments), short_item(segments)


def _grouped(
    changes: list[Change],
    old: Canonical,
    new: Canonical,
    groups: Iterable[Group],
    form: str,
) -> list[Change]:
    for group in groups:
        members = _members(group, old, new, form)
        hit = [i for i, c in enumerate(changes) if c.path in members]
        if not hit:
            continue
        entries = [e for p in members if (e := new.index.get(p) or old.index.get(p))]
        before = group.separator.join(
            t for p in members if (t := _side_text(old.index.get(p))).strip()
        )
        after = group.separator.join(
            t for p in members if (t := _side_text(new.index.get(p))).strip()
        )
        long, short = _common_item(entries) if len(entries) > 1 else ("", "")
        first = changes[hit[0]]
        row = attrs.evolve(
            first,
            before=before or ADDED,
            after=after or DELETED,
            long=group.item or long or first.long,
            short=group.item or short or first.short,
            star=any(changes[i].star for i in hit),
            kind=_kind(before, after),
        )
        changes = [
            row if i == hit[0] else c for i, c in enumerate(changes) if i == hit[0] or i not in hit
        ]
    return changes


# ---------------------------------------------------------------------------
# 2. switches
# ---------------------------------------------------------------------------


def _switch_text(change: Change, old: Canonical, new: Canonical) -> str:
    """
    The switch that empties (or emptied) the item of ``change`` on one side only.
    """
    sides = (old.index.get(change.path), new.index.get(change.path))
    states = [e.active for e in sides if e is not None]
    if len(set(states)) < 2 and len(states) == 2:
        return ""
    for entry in sides:
        if entry is not None and not entry.active:
            return entry.switch
    return ""


def _switches(
    changes: list[Change], old: Canonical, new: Canonical, styles: RowStyles
) -> list[Change]:
    result: list[Change] = []
    for change in changes:
        switch = _switch_text(change, old, new)
        if switch:
            owner = next((c for c in result if switch in c.after or switch in c.before), None)
            if owner is not None and style_of(owner, styles).switched == "summary":
                continue
        style = style_of(change, styles)
        if style.switched == "summary" and style.summary is not None and not switch:
            result.append(attrs.evolve(change, before=style.summary[0], after=style.summary[1]))
        else:
            result.append(change)
    return result


# ---------------------------------------------------------------------------
# 3–4. checkboxes and long texts
# ---------------------------------------------------------------------------


def ticked_text(value: Checks[Any] | None) -> str:
    """
    The ticked options of a checkbox item, 「紙、電子記録媒体、その他（…）」.
    """
    if value is None:
        return ""
    return "、".join(f"{o.value}（{value.text(o)}）" if o.has_slot else str(o.value) for o in value)


def _values(change: Change, old: Canonical, new: Canonical) -> tuple[Any, Any]:
    def value(index: Mapping[Path, Entry]) -> Any:
        entry = index.get(change.path)
        return entry.value if entry is not None and entry.active else None

    return value(old.index), value(new.index)


def _whole(runs: Sequence[Run], before: str, after: str, *, lines: bool) -> bool:
    """
    Whether one run replaces every block of both texts (nothing left unchanged to skip):
    the row then quotes the whole cell, as written.
    """
    if len(runs) != 1:
        return not runs
    return len(runs[0].old) == len(split_blocks(before, lines=lines)) and len(runs[0].new) == len(
        split_blocks(after, lines=lines)
    )


def _quoting(change: Change, before: str, after: str) -> Change:
    """
    ``change`` quoting ``before`` and ``after`` (「（追加）」 / 「削除」 for an empty side).
    """
    return attrs.evolve(
        change, before=before or ADDED, after=after or DELETED, kind=_kind(before, after)
    )


def _styled(change: Change, old: Canonical, new: Canonical, style: RowStyle) -> Iterator[Change]:
    if change.kind in (ChangeKind.MEMBER_ADDED, ChangeKind.MEMBER_REMOVED):
        yield change
        return
    before, after = _values(change, old, new)
    if style.checks == "ticked" and (isinstance(before, Checks) or isinstance(after, Checks)):
        yield _quoting(change, ticked_text(before), ticked_text(after))
        return
    if change.kind is ChangeKind.CHANGED and isinstance(before, str) and isinstance(after, str):
        mode = style.text or "auto"
        limit = style.long_text or DEFAULT_LONG_TEXT
        if mode == "blocks" or (mode == "auto" and max(len(before), len(after)) > limit):
            lines = style.unit == "lines"
            runs = changed_runs(before, after, lines=lines)
            if style.split == "blocks":
                runs = paired(runs)
            headings = style.headings is not False
            if not _whole(runs, before, after, lines=lines):
                for run in runs:
                    old_text = run.quoted("old", headings=headings)
                    yield _quoting(change, old_text, run.quoted("new", headings=headings))
                return
    yield change


# ---------------------------------------------------------------------------
# 5. counts
# ---------------------------------------------------------------------------


def _attribute(entry: Entry) -> str:
    return entry.path[-1]


def _count(index: Mapping[Path, Entry], group: Path) -> int:
    entry = index.get(group)
    if entry is None or not entry.active:
        return 0
    return sum(
        1 for p, e in index.items() if e.kind is Kind.MEMBER and e.active and p[:-1] == group
    )


def _counted_option(field: Entry, group: Entry) -> Any:
    """
    The option of ``field`` that a count of ``group`` belongs to (委託する → 委託事項,
    提供を行っている → 提供先, 移転を行っている → 移転先), or ``None``.
    """
    kind = field_type(type(field.owner), _attribute(field))
    if kind.kind not in ("checks", "choice") or kind.target is None:
        return None
    return next((o for o in kind.target if str(o.value)[:2] == group.item.member[:2]), None)


def count_text(field: Entry, group: Entry, count: int) -> str:
    """
    A printed count as the rows print it: 「２件」 after a choice (委託の有無), or
    「移転を行っている　１件」 for the option of a checkbox item (提供・移転の有無).
    """
    number = f"{wide_digits(count)}件"
    kind = field_type(type(field.owner), _attribute(field))
    option = _counted_option(field, group)
    if kind.kind == "checks" and option is not None:
        return f"{option.value}　{number}"
    return number


def _count_rows(old: Canonical, new: Canonical, form: str) -> Iterator[tuple[Path, Change]]:
    for path, entry in new.index.items():
        if entry.kind is not Kind.FIELD or entry.owner is None:
            continue
        for name, _meta in following_groups(type(entry.owner), _attribute(entry)):
            group = (*path[:-1], name)
            before, after = _count(old.index, group), _count(new.index, group)
            if before == after:
                continue
            group_entry = new.index.get(group) or old.index[group]
            if _counted_option(entry, group_entry) is None:
                continue
            old_field = old.index.get(path) or entry
            yield (
                group,
                make_change(
                    entry,
                    count_text(old_field, group_entry, before),
                    count_text(entry, group_entry, after),
                    ChangeKind.COUNT,
                    form,
                ),
            )


def _with_counts(changes: list[Change], old: Canonical, new: Canonical, form: str) -> list[Change]:
    result = list(changes)
    for group, row in _count_rows(old, new, form):
        size = len(group)
        place = next((i for i, c in enumerate(result) if c.path[:size] == group), None)
        if place is None:
            place = next(
                (i + 1 for i in range(len(result) - 1, -1, -1) if result[i].path == row.path),
                len(result),
            )
        result.insert(place, row)
    return result


# ---------------------------------------------------------------------------
# 6. markers and item texts
# ---------------------------------------------------------------------------


def _marked(change: Change, style: RowStyle) -> Change:
    if (
        style.added is not None and change.before == ADDED and change.kind is not ChangeKind.CHANGED
    ) or (style.added is not None and change.kind is ChangeKind.MEMBER_ADDED):
        change = attrs.evolve(change, before=style.added)
    if style.item is not None:
        change = attrs.evolve(change, long=style.item, short=style.item)
    return change
