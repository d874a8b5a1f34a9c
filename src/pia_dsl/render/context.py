"""
The model as a plain dict for the Word template.

:func:`build_context` turns an assessment into nested dicts, lists, strings and flags
only; every formatting decision is made here (and in :mod:`.values`), so the template
does nothing but loops and ``if``.  The context is driven by the walker
(:func:`pia_dsl.walk.walk`) and the field metadata, so any form that follows the model
conventions renders without form-specific code.

Shape (documented for template authors in ``docs/template-context.md``)::

    form, form_mark, title
    cover: {number_label, number, title_label, title, rows: [{label, lines}]}
    toc: [str]                                  # 項目一覧
    sections: [{number, label, heading, toc, annex, rows: [ROW]}]
    changes: {heading, toc, columns: [str], rows: [{date, item, before, after, timing, explanation, keep}]}
    draft_mark: str                             # 「案」 for a draft (page header), else ""

Every ROW has ``kind``: ``heading`` (``text``, ``level`` 1|2, ``switches``,
``has_switches``), ``field``
(``label``, ``value``, ``options``, ``has_options``, ``grid`` — the checkbox grid,
``[{cells, wide}]`` — and its ``columns``, ``keep``, ``nested``, ``merge`` — ``first`` /
``next`` / ``""``: the rows beside a vertical ``caption`` such as 再委託 —, ``caption``,
``code``, ``path``),
``member`` (``text``, ``caption``, ``title``), ``range`` (``text``), ``text``
(``lines``) or ``figure`` (``image``, ``description``, ``lines``, ``label``, ``path``; the
renderer turns ``image`` into the embedded picture).  Every list of lines has at least one element.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import attrs

from ..figures import Diagram
from ..forms.choices import AcquisitionMethod, ProvisionMethod, Sufficiency
from ..forms.common import ChangeRow, Timing
from ..forms.editions import document_mark
from ..forms.registry import Form, code_of
from ..meta import Item, following_groups, item_of
from ..options import Checks
from ..walk import Entry, Kind, walk
from ..wareki import Undecided, format_wareki
from .fieldtypes import FieldType, blank_instance, field_type
from .layout import ASCII_NUMBERED, VERTICAL_LABELS
from .values import (
    box,
    check_grid,
    check_lines,
    choice_text,
    count_text,
    display_width,
    option_lines,
    text_lines,
    value_lines,
)

__all__ = [
    "CHANGE_COLUMNS",
    "SAMPLE_ROWS",
    "build_context",
    "change_context",
    "rows_of",
    "sample_context",
    "section_rows",
]

#: The six columns of the 変更箇所 table, as printed.
CHANGE_COLUMNS = (
    "変更日",
    "項目",
    "変更前の記載",
    "変更後の記載",
    "提出時期",
    "提出時期に係る説明",
)

#: Item numbers of first-level items (１．… １０．), printed as full-width heading rows.
_FIRST_LEVEL = re.compile(r"^[0-9０-９]+[．.]$")

_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

Row = dict[str, Any]


# ---------------------------------------------------------------------------
# Rows of a section
# ---------------------------------------------------------------------------


def _level(item: Item) -> int:
    return 1 if _FIRST_LEVEL.match(item.number) else 2


def _attribute(entry: Entry) -> str:
    return entry.path[-1]


def _type_of(entry: Entry) -> FieldType:
    return field_type(type(entry.owner), _attribute(entry))


def _following_groups(entry: Entry) -> list[tuple[Item, tuple[Any, ...]]]:
    """
    The repeated groups printed right after a field, in the same part (委託の有無 →
    委託事項; 提供・移転の有無 → 提供先, 移転先): they give the field its ``（ n ）件``.
    """
    return [
        (meta, getattr(entry.owner, name))
        for name, meta in following_groups(type(entry.owner), _attribute(entry))
    ]


#: A field row whose value takes at most this many printed lines does not split across
#: pages (``cantSplit``); a longer one may.
KEEP_LINES = 20

#: Half-width columns of the narrowest value cell (beside a ＜選択肢＞ column), for
#: estimating the printed lines of a value.
VALUE_COLUMNS = 48


def _printed_lines(lines: Sequence[str], columns: int = VALUE_COLUMNS) -> int:
    """
    About how many printed lines ``lines`` take in a cell ``columns`` half-width wide.
    """
    return sum(max(1, -(-display_width(line) // columns)) for line in lines)


def _field_value(
    entry: Entry, *, ascii_numbers: bool = False
) -> tuple[list[str], list[str], list[dict[str, Any]], int]:
    """
    The value lines, the ＜選択肢＞ lines, the checkbox grid and its column count of a
    field (no grid, 0 columns, for anything but a checkbox group).
    """
    kind = _type_of(entry)
    value = entry.value
    groups = _following_groups(entry)
    if kind.kind == "checks" and kind.target is not None:
        checked = value if isinstance(value, Checks) else Checks()
        counts: dict[Any, int] = {}
        for meta, members in groups:
            for option in kind.target:
                if str(option.value)[:2] == meta.member[:2]:
                    counts[option] = len(members)
        grid = check_grid(checked, kind.target, counts=counts)
        columns = len(max((row["cells"] for row in grid), key=len))
        return check_lines(checked, kind.target, counts=counts), [""], grid, columns
    if kind.kind == "choice":
        text = choice_text(value)
        if groups:
            text += f"　{count_text(sum(len(m) for _, m in groups))}"
        return [text], option_lines(kind.target, ascii_numbers=ascii_numbers), [], 0
    if kind.kind == "flag" or isinstance(value, bool):
        return [box(bool(value))], [""], [], 0
    return value_lines(value), [""], [], 0


def _is_switch(entry: Entry) -> bool:
    return entry.kind is Kind.FIELD and (
        isinstance(entry.value, bool) or _type_of(entry).kind == "flag"
    )


def _heading_row(text: str, level: int, switches: list[str] | None = None) -> Row:
    return {
        "kind": "heading",
        "text": text,
        "level": level,
        "switches": switches or [""],
        "has_switches": bool(switches),
    }


def _member_title(member: Any) -> tuple[str, list[str]]:
    """
    The value of the member's ``title=True`` field (委託事項1 <title>) and the names of
    such fields (printed in the header row, not as rows of their own).
    """
    titles: list[str] = []
    names: list[str] = []
    for attribute in attrs.fields(type(member)):
        meta = item_of(attribute.metadata)
        if meta is not None and meta.title:
            names.append(attribute.name)
            value = getattr(member, attribute.name)
            if value:
                titles.append(" ".join(value_lines(value)))
    return "　".join(titles), names


def _member_rows(
    repeat: Entry, index: int, member: Any, scope: list[Entry] | None, ascii_numbers: bool
) -> list[Row]:
    caption = f"{repeat.item.member}{index}"
    title, hidden = _member_title(member) if member is not None else ("", [])
    header = f"{caption}　{title}" if title else caption
    rows: list[Row] = [{"kind": "member", "text": header, "caption": caption, "title": title}]
    if member is None:
        return rows
    entries = scope if scope is not None else list(walk(member))
    depth = len(entries[0].path) - 1 if entries else 0
    shown = [
        e
        for e in entries
        if not (e.kind is Kind.FIELD and len(e.path) == depth + 1 and _attribute(e) in hidden)
    ]
    rows.extend(rows_of(shown, ascii_numbers=ascii_numbers))
    return rows


def _range_label(member: str, first: int, last: int) -> str:
    return f"{member}{first}" if first == last else f"{member}{first}～{last}"


def _repeat_rows(
    repeat: Entry, inner: list[Entry], *, heading: bool = True, ascii_numbers: bool = False
) -> list[Row]:
    """
    A repeated group: its heading, the range headers of the form (システム1,
    システム2～5, …) even when empty, and each member's header and rows.  An empty first
    member prints with its labels and blank values, as the form does.
    """
    item = repeat.item
    rows: list[Row] = []
    if heading and (item.number or item.label != item.member):
        rows.append(_heading_row(item.printed_label, _level(item)))
    members: list[tuple[Any, list[Entry]]] = []
    for position, entry in enumerate(inner):
        if entry.kind is Kind.MEMBER and len(entry.path) == len(repeat.path) + 1:
            prefix = entry.path
            scope = [e for e in inner[position + 1 :] if e.path[: len(prefix)] == prefix]
            members.append((entry.value, scope))
    limit = item.max_count or max(len(members), 1)
    ranges = tuple((a, min(b, limit)) for a, b in item.ranges if a <= limit) or tuple(
        (n, n) for n in range(1, len(members) + 1)
    )
    for first, last in ranges:
        if first != last:
            rows.append({"kind": "range", "text": _range_label(item.member, first, last)})
        for index in range(first, last + 1):
            if index <= len(members):
                member, scope = members[index - 1]
                rows.extend(_member_rows(repeat, index, member, scope, ascii_numbers))
            elif index == 1:
                kind = field_type(type(repeat.owner), _attribute(repeat))
                blank = blank_instance(kind.target) if kind.target is not None else None
                rows.extend(_member_rows(repeat, 1, blank, None, ascii_numbers))
    covered = max((last for _, last in ranges), default=0)
    for index in range(covered + 1, len(members) + 1):
        member, scope = members[index - 1]
        rows.extend(_member_rows(repeat, index, member, scope, ascii_numbers))
    return rows


def rows_of(entries: Sequence[Entry], *, ascii_numbers: bool = False) -> list[Row]:
    """
    The table rows of a run of walker entries (a section, or a member of a group);
    ``ascii_numbers`` numbers the ＜選択肢＞ ``1)`` instead of ``1）``.
    """
    rows: list[Row] = []
    open_groups: list[tuple[tuple[str, ...], int]] = []
    leads: set[tuple[str, ...]] = set()
    # Groups whose label the form prints vertically beside their rows (再委託), and
    # whether their first row has been printed.
    vertical: dict[tuple[str, ...], str] = {}
    position = 0
    while position < len(entries):
        entry = entries[position]
        open_groups = [
            (p, lv) for p, lv in open_groups if entry.path[: len(p)] == p and p != entry.path
        ]
        nested = any(level == 2 for _, level in open_groups)
        if entry.kind is Kind.REPEAT:
            end = position + 1
            while end < len(entries) and entries[end].path[: len(entry.path)] == entry.path:
                end += 1
            rows.extend(
                _repeat_rows(entry, list(entries[position + 1 : end]), ascii_numbers=ascii_numbers)
            )
            position = end
            continue
        if entry.kind is Kind.GROUP:
            level = _level(entry.item)
            open_groups.append((entry.path, level if entry.item.label else 0))
            switches: list[str] = []
            follow = position + 1
            while (
                follow < len(entries)
                and len(entries[follow].path) == len(entry.path) + 1
                and _is_switch(entries[follow])
            ):
                switch = entries[follow]
                switches.append(box(bool(switch.value), switch.item.printed_label))
                follow += 1
            lead = entries[follow] if follow < len(entries) else None
            if (
                not switches
                and not entry.item.number
                and lead is not None
                and lead.kind is Kind.FIELD
                and len(lead.path) == len(entry.path) + 1
                and lead.item.label == entry.item.label
            ):
                # ユーザ認証の管理 [choice] / 具体的な管理方法: the first item carries the
                # group's label, so the group prints no heading row of its own.
                leads.add(lead.path)
            elif entry.item.label in VERTICAL_LABELS and not switches:
                vertical[entry.path] = entry.item.label
            elif entry.item.label or switches:
                rows.append(_heading_row(entry.item.printed_label, level, switches))
            position = follow
            continue
        if entry.kind is Kind.FIELD and _type_of(entry).target is Diagram:
            if isinstance(entry.value, Diagram) and entry.value.file:  # none: no row
                rows.append(figure_row(entry.value, entry.item.printed_label, entry.dotted))
            position += 1
            continue
        if entry.kind is Kind.FIELD:
            value, options, grid, columns = _field_value(entry, ascii_numbers=ascii_numbers)
            merge, caption = "", ""
            for group_path, label in vertical.items():
                if entry.path[: len(group_path)] == group_path:
                    merge, caption = ("next", "") if not label else ("first", label)
                    vertical[group_path] = ""
            rows.append(
                {
                    "kind": "field",
                    "label": entry.item.printed_label,
                    "value": value,
                    "options": options,
                    "has_options": options != [""],
                    "grid": grid,
                    "columns": columns,
                    "keep": max(_printed_lines(value), len(options)) <= KEEP_LINES,
                    "nested": nested and entry.path not in leads,
                    "merge": merge,
                    "caption": caption,
                    "code": entry.code,
                    "path": entry.dotted,
                }
            )
        position += 1
    return rows


def figure_row(diagram: Diagram, label: str, path: str) -> Row:
    """
    A figure: the image file (embedded by the renderer at the page's width), its
    description, and ``lines`` for a template without a figure row (the file name).
    """
    return {
        "kind": "figure",
        "label": label,
        "image": diagram.location or diagram.file,
        "description": diagram.description,
        "lines": [str(diagram)],
        "path": path,
    }


def section_rows(
    section: Entry, entries: Sequence[Entry], *, ascii_numbers: bool = False
) -> list[Row]:
    """
    The rows of one section: a part (Ⅰ…) walked item by item, or a single text item
    (an annex such as （別添１）) printed as one text block.
    """
    if section.kind is Kind.REPEAT:
        return _repeat_rows(section, list(entries), heading=False, ascii_numbers=ascii_numbers)
    if section.kind is Kind.FIELD:
        value, options, _, _ = _field_value(section, ascii_numbers=ascii_numbers)
        if options != [""]:
            value = [*value, *options]
        return [{"kind": "text", "lines": value}]
    return rows_of(entries, ascii_numbers=ascii_numbers)


# ---------------------------------------------------------------------------
# Cover, 項目一覧, sections and 変更箇所
# ---------------------------------------------------------------------------


def _cover(cover: Any) -> dict[str, Any]:
    fields = {e.path[-1]: e for e in walk(cover) if e.kind is Kind.FIELD and len(e.path) == 1}
    number = fields.pop("number", None)
    title = fields.pop("title", None)
    return {
        "number_label": number.item.label if number else "評価書番号",
        "number": " ".join(value_lines(number.value)) if number else "",
        "title_label": title.item.label if title else "評価書名",
        "title": " ".join(value_lines(title.value)) if title else "",
        "rows": [
            {"label": e.item.printed_label, "lines": value_lines(e.value)} for e in fields.values()
        ],
    }


def _is_annex(item: Item) -> bool:
    return item.number.startswith("（別添") or item.number.startswith("(別添")


def _toc_text(item: Item) -> str:
    if _is_annex(item):
        return f"　{item.number} {item.label}"
    return item.heading


def _date_text(value: Any) -> str:
    if isinstance(value, Undecided | date):
        return format_wareki(value)
    return "" if value is None else str(value)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    return str(getattr(value, "value", value))


def change_context(rows: Iterable[Any], annexes: int) -> dict[str, Any]:
    """
    The 変更箇所 table: heading and one dict per row.  ``rows`` are
    :class:`~pia_dsl.forms.common.ChangeRow` or any object with the same attributes.
    The heading is 「（別添ｎ）変更箇所」 after ``annexes`` other annexes, or 「変更箇所」
    for a form without annexes (基礎項目評価書).
    """
    if annexes:
        number = f"（別添{str(annexes + 1).translate(_FULL_WIDTH_DIGITS)}）"
        heading, toc = f"{number}変更箇所", f"　{number}　変更箇所"
    else:
        heading, toc = "変更箇所", "変更箇所"
    return {
        "heading": heading,
        "toc": toc,
        "columns": list(CHANGE_COLUMNS),
        "rows": [_change_row(row) for row in rows],
    }


#: Half-width columns of the narrowest text column of the 変更箇所 table (項目), for
#: estimating a row's printed lines.
CHANGE_COLUMN_WIDTH = 18


def _change_row(row: Any) -> dict[str, Any]:
    cells = {
        "date": _date_text(row.date),
        "item": text_lines(_plain(row.item)),
        "before": text_lines(_plain(row.before)),
        "after": text_lines(_plain(row.after)),
        "timing": _plain(row.timing),
        "explanation": text_lines(_plain(getattr(row, "explanation", ""))),
    }
    tallest = max(
        _printed_lines(cells[key], CHANGE_COLUMN_WIDTH)
        for key in ("item", "before", "after", "explanation")
    )
    return {**cells, "keep": tallest <= KEEP_LINES}


def build_context(
    document: Any, *, change_rows: Iterable[Any] | None = None, draft: bool = False
) -> dict[str, Any]:
    """
    The template context of an assessment (see the module docstring for its shape).

    ``change_rows`` default to the document's ``history`` (the 変更箇所 rows written in the
    module); the differ passes the computed rows.  ``draft``: ``draft_mark`` is 「案」
    (printed in the page header), else blank.
    """
    root = type(document)
    form = Form.of(root)
    ascii_parts = ASCII_NUMBERED.get(code_of(root), frozenset())
    entries = list(walk(document))
    sections: list[dict[str, Any]] = []
    annexes = 0
    position = 0
    while position < len(entries):
        entry = entries[position]
        end = position + 1
        while end < len(entries) and entries[end].path[: len(entry.path)] == entry.path:
            end += 1
        if entry.path != ("cover",):
            annex = _is_annex(entry.item)
            annexes += annex
            sections.append(
                {
                    "number": entry.item.number,
                    "label": entry.item.label,
                    "heading": entry.item.printed_label,
                    "toc": _toc_text(entry.item),
                    "annex": annex,
                    "rows": section_rows(
                        entry,
                        entries[position + 1 : end],
                        ascii_numbers=entry.item.number in ascii_parts,
                    )
                    or [{"kind": "text", "lines": [""]}],
                }
            )
        position = end
    rows = getattr(document, "history", ()) if change_rows is None else change_rows
    changes = change_context(rows, annexes)
    cover = getattr(document, "cover", None)
    return {
        "form": code_of(root),
        "form_mark": document_mark(document),
        "title": form.official_title if form else "",
        "cover": _cover(cover)
        if cover is not None and attrs.has(type(cover))
        else _cover_missing(),
        "toc": [s["toc"] for s in sections] + [changes["toc"]],
        "sections": sections,
        "changes": changes,
        "draft_mark": DRAFT_MARK if draft else "",
    }


#: The mark a draft prints in the page header.
DRAFT_MARK = "案"


def _cover_missing() -> dict[str, Any]:
    return {
        "number_label": "評価書番号",
        "number": "",
        "title_label": "評価書名",
        "title": "",
        "rows": [],
    }


#: One row of every kind, with every key: the contract between the context and the
#: templates (``pia template-check`` renders a template with them; the docs list them).
SAMPLE_ROWS: tuple[Row, ...] = (
    _heading_row("１．特定個人情報ファイルを取り扱う事務", 1),
    _heading_row("４．特定個人情報ファイルの取扱いの委託", 2, [box(True, "委託しない")]),
    {"kind": "member", "text": "委託事項1　保守業務", "caption": "委託事項1", "title": "保守業務"},
    {"kind": "range", "text": "委託事項2～5"},
    *(
        {
            "kind": "field",
            "label": "リスクへの対策は十分か",
            "value": [choice_text(None)],
            "options": option_lines(Sufficiency) if has_options else [""],
            "has_options": has_options,
            "grid": [],
            "columns": 0,
            "keep": keep,
            "nested": nested,
            "merge": merge,
            "caption": "再委託" if merge == "first" else "",
            "code": "Ⅲ-2",
            "path": "s3.acquisition.sufficiency",
        }
        for has_options in (True, False)
        for nested, merge in ((False, ""), (True, ""), (True, "first"), (True, "next"))
        for keep in (True, False)
    ),
    *(
        {
            "kind": "field",
            "label": "②入手方法",
            "value": check_lines(Checks(), AcquisitionMethod),
            "options": [""],
            "has_options": False,
            "grid": check_grid(Checks(), options),
            "columns": columns,
            "keep": keep,
            "nested": nested,
            "merge": merge,
            "caption": "再委託" if merge == "first" else "",
            "code": "Ⅱ-3-②",
            "path": "s2.acquisition.methods",
        }
        for options, columns in ((ProvisionMethod, 2), (AcquisitionMethod, 3))
        for nested, merge in ((False, ""), (True, ""), (True, "first"), (True, "next"))
        for keep in (True, False)
    ),
    {"kind": "text", "lines": ["（別添）の本文"]},
    figure_row(Diagram(file="figure.png", digest=""), "事務の内容（図）", "annex1.diagram"),
)


def sample_context(root: type) -> dict[str, Any]:
    """
    A context of the form ``root`` that contains every row kind and a 変更箇所 row, for
    checking a template against the contract.
    """
    document = blank_instance(root)
    if document is None:
        msg = f"{root.__name__} cannot be built with blank values"
        raise ValueError(msg)
    sample = ChangeRow(
        date=date(2025, 7, 18), item="Ⅰ　基本情報", before="", after="", timing=Timing.BEFORE
    )
    context = build_context(document, change_rows=[sample])
    context["sections"].append(
        {
            "number": "",
            "label": "",
            "heading": "（見本）",
            "toc": "（見本）",
            "annex": False,
            "rows": [dict(row) for row in SAMPLE_ROWS],
        }
    )
    return context
