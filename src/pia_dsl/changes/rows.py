"""
Raw changes → :class:`Change` records: one per changed form item, in form order, with
the item's official path in both styles and the 変更前/変更後 texts as the form prints them.

* A field is compared as one value (a multi-line text is one value); the rows are then
  shaped as the module declares (:mod:`pia_dsl.changes.shape`: blocks of long texts,
  count rows, groups, checkbox and switch styles).
* Text is shown as written; a choice as its option text; a date in 和暦; a checkbox group
  as the options whose tick or slot text changed, ``[○]その他（…）`` / ``[　]紙``.
* A newly filled item reads 「（追加）」 before; an emptied item 「削除」 after.
* An added member of a repeated group is one row 「項目追加」; a removed one is one row
  「削除」 (before: the member's title or first entry).
* An item emptied by a switch (walker ``active=False``) counts as empty.
* Between documents of two 様式 editions (:mod:`pia_dsl.forms.editions`), an item one
  edition lacks reads 「項目なし」 on that side, and the changes of the items the edition
  change touches (relabelled or added) are marked ``edition_change`` (their default
  explanation is the 様式変更 one).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Literal

from attrs import frozen

from ..figures import Diagram, diagram_texts
from ..forms.editions import Edition, document_edition, has_item
from ..forms.registry import code_of
from ..meta import ROMAN_NUMERALS
from ..options import CheckOption, Checks
from ..walk import Entry, Kind, Segment, walk
from ..wareki import format_wareki
from .canonical import EXCLUDED, Canonical
from .diff import RawChange

__all__ = [
    "ADDED",
    "ADDED_MEMBER",
    "DELETED",
    "NO_ITEM",
    "Change",
    "ChangeKind",
    "Style",
    "changes_between",
    "item_text",
    "long_item",
    "make_change",
    "short_item",
    "value_text",
]

Style = Literal["long", "short"]
Path = tuple[str, ...]

#: 変更前 of a newly filled item.
ADDED = "（追加）"
#: 変更後 of an emptied item or a removed member.
DELETED = "削除"
#: 変更後 of an added member.
ADDED_MEMBER = "項目追加"
#: The side of an item that its 様式 edition lacks (an item added by a newer edition).
NO_ITEM = "項目なし"

TICKED = "[○]"
UNTICKED = "[　]"

_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_THRESHOLD_LABEL = "しきい値判断結果"


class ChangeKind(enum.Enum):
    """
    What kind of change a row records.
    """

    CHANGED = "changed"
    FILLED = "filled"
    EMPTIED = "emptied"
    MEMBER_ADDED = "member_added"
    MEMBER_REMOVED = "member_removed"
    COUNT = "count"


@frozen(kw_only=True)
class Change:
    """
    One changed item between two versions of a document, before 提出時期 and
    declarations are applied.

    Attributes:
        path: The walker path (members as ``[key]``).
        dotted: The attribute path, ``s2.usage.departments``.
        code: The official item number path, ``Ⅱ-3-④``.
        official: Number path and label, ``Ⅱ-3-④ 使用部署``.
        long: The 項目 text in the long style.
        short: The 項目 text in the short style.
        before: 変更前の記載.
        after: 変更後の記載.
        star: Whether the item is ※ (a change is a 重要な変更).
        kind: What kind of change this is.
        threshold: Whether the item is the しきい値判断結果 (a change requires 再実施).
        form: The form of the document (``juten``, ``zenkomoku``, ``kiso``).
        edition_change: Whether the change comes with a change of 様式 edition: the item
            is printed differently (or only) in one of the two editions.
    """

    path: tuple[str, ...]
    dotted: str
    code: str
    official: str
    long: str
    short: str
    before: str
    after: str
    star: bool
    kind: ChangeKind
    threshold: bool = False
    form: str = ""
    edition_change: bool = False

    def item(self, style: Style) -> str:
        """
        The 項目 text in ``style``.
        """
        return self.long if style == "long" else self.short


# ---------------------------------------------------------------------------
# 項目: official path and label
# ---------------------------------------------------------------------------


def long_item(segments: Iterable[Segment]) -> str:
    """
    Headings joined with spaces, as 藤沢市 writes them:
    ``Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署``.
    """
    return " ".join(text for text in (s.text for s in segments) if text)


def _bare(number: str) -> str:
    return number.rstrip("．.").strip()


def short_item(segments: Iterable[Segment]) -> str:
    """
    The compact style: ``Ⅱ－３ ④使用部署``, ``Ⅰ－２ システム3 ②システムの機能``,
    ``Ⅲ－３ リスク２ リスクへの対策は十分か``.

    Section and sub-section numbers are joined with 「－」; members keep their caption;
    unnumbered headings below the last number keep their caption before 「：」; the item
    takes the nearest circled number above it when it has none of its own.
    """
    segs = list(segments)
    if not segs:
        return ""
    first, rest = segs[0], segs[1:]
    if first.number not in ROMAN_NUMERALS:
        head = first.text
    elif rest and not rest[0].is_member and _bare(rest[0].number).isdigit():
        head = f"{first.number}－{_bare(rest[0].number)}"
        if len(rest) == 1:
            return f"{head} {rest[0].label}"
        rest = rest[1:]
    else:
        head = first.number
    if not rest:
        return head if first.number in ROMAN_NUMERALS and head != first.number else first.text
    parts = [head]
    carry = ""
    middle = rest[:-1]
    last_numbered = max((i for i, s in enumerate(middle) if s.number or s.is_member), default=-1)
    for index, seg in enumerate(middle):
        if seg.is_member:
            parts.append(seg.label)
            carry = ""
        elif seg.number in _CIRCLED:
            carry = seg.number
        elif seg.number:
            parts.append(_bare(seg.number))
            carry = ""
        elif index > last_numbered:
            parts.append(seg.label.split("：")[0].strip())
    leaf = rest[-1]
    if leaf.is_member:
        parts.append(leaf.label)
    else:
        parts.append(f"{leaf.number or carry}{leaf.label}")
    return " ".join(p for p in parts if p)


def item_text(entry: Entry, style: Style) -> str:
    """
    The 項目 text of a walker entry in ``style``.
    """
    return long_item(entry.segments) if style == "long" else short_item(entry.segments)


# ---------------------------------------------------------------------------
# 変更前 / 変更後: values as printed
# ---------------------------------------------------------------------------


def _box(option: CheckOption, group: Checks[Any] | None) -> str:
    if group is None or option not in group:
        blank = group.printed_text(option) if group is not None else ""
        return f"{UNTICKED}{option.value}（{blank}）" if blank else f"{UNTICKED}{option.value}"
    if option.has_slot:
        return f"{TICKED}{option.value}（{group.text(option)}）"
    return f"{TICKED}{option.value}"


def _state(group: Checks[Any] | None) -> dict[CheckOption, tuple[bool, str]]:
    """
    Each option the group says something about: ticked or not, and its slot text.
    """
    if group is None:
        return {}
    return {
        **{o: (False, t) for o, t in group.unticked},
        **{o: (True, t) for o, t in group.entries},
    }


def _checks_texts(old: Checks[Any] | None, new: Checks[Any] | None) -> tuple[str, str]:
    """
    The options whose tick or slot text changed, each as printed before and after.
    """
    old_entries: dict[CheckOption, str] = dict(old.entries) if old else {}
    new_entries: dict[CheckOption, str] = dict(new.entries) if new else {}
    old_state, new_state = _state(old), _state(new)
    options = {**old_state, **new_state}
    if not options:
        return "", ""
    kind: type[CheckOption] = type(next(iter(options)))
    order = {member: number for number, member in enumerate(kind)}
    if bool(old_entries) != bool(new_entries):
        whole = old if old_entries else new
        text = "\n".join(_box(o, whole) for o in sorted(options, key=order.__getitem__))
        return ("", text) if not old_entries else (text, "")
    changed = [
        o for o in sorted(options, key=order.__getitem__) if old_state.get(o) != new_state.get(o)
    ]
    return "\n".join(_box(o, old) for o in changed), "\n".join(_box(o, new) for o in changed)


def value_text(value: Any, label: str = "") -> str:
    """
    A field value as the form prints it (``""`` when not filled in).
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return f"{TICKED if value else UNTICKED}{label}"
    if isinstance(value, str):
        return value
    if isinstance(value, Checks):
        return "\n".join(_box(option, value) for option in value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, date):
        return format_wareki(value)
    if isinstance(value, tuple | list | frozenset):
        return "\n".join(value_text(element) for element in value)
    return str(value)


def _field_value(entry: Entry | None) -> Any:
    return entry.value if entry is not None and entry.active else None


def _texts(old: Entry | None, new: Entry | None) -> tuple[str, str]:
    old_value, new_value = _field_value(old), _field_value(new)
    if isinstance(old_value, Diagram) and isinstance(new_value, Diagram):
        return diagram_texts(old_value, new_value)
    if (
        isinstance(old_value, Checks | None)
        and isinstance(new_value, Checks | None)
        and (isinstance(old_value, Checks) or isinstance(new_value, Checks))
    ):
        return _checks_texts(old_value, new_value)
    either = new or old
    label = either.item.label if either is not None else ""
    return value_text(old_value, label), value_text(new_value, label)


def member_summary(member: Entry) -> str:
    """
    A short text naming a member: its title field, else its first filled-in value.
    """
    fields = [e for e in walk(member.value) if e.kind is Kind.FIELD]
    chosen = [e for e in fields if e.item.title] + fields
    for entry in chosen:
        text = value_text(entry.value, entry.item.label).strip()
        if text and not text.startswith(UNTICKED):
            first = text.splitlines()[0]
            return first if len(first) <= 60 else first[:59] + "…"
    return member.segments[-1].label


# ---------------------------------------------------------------------------
# Raw changes → Change
# ---------------------------------------------------------------------------


def _present(index: Mapping[Path, Entry], path: Path) -> bool:
    entry = index.get(path)
    return entry is not None and entry.active


def _owner_path(path: Path, old: Canonical, new: Canonical) -> Path | None:
    for end in range(len(path), 0, -1):
        prefix = path[:end]
        if prefix in new.index or prefix in old.index:
            return prefix
    return None


def _excluded(path: Path) -> bool:
    return any(path[: len(skip)] == skip for skip in EXCLUDED)


def _below(index: Mapping[Path, Entry], path: Path) -> list[Path]:
    size = len(path)
    return [p for p, e in index.items() if p[:size] == path and e.kind in (Kind.FIELD, Kind.MEMBER)]


def _targets(raw: Iterable[RawChange], old: Canonical, new: Canonical) -> set[Path]:
    """
    The FIELD and MEMBER paths touched by the raw changes.
    """
    targets: set[Path] = set()
    for change in raw:
        path = _owner_path(change.path, old, new)
        if path is None or _excluded(path):
            continue
        entry = new.index.get(path) or old.index[path]
        if entry.kind is Kind.FIELD or (
            entry.kind is Kind.MEMBER and _present(old.index, path) != _present(new.index, path)
        ):
            targets.add(path)
        else:
            targets.update(_below(new.index, path))
            targets.update(_below(old.index, path))
    return targets


def _inside_changed_member(path: Path, old: Canonical, new: Canonical) -> bool:
    """
    Whether ``path`` lies under a member that was added or removed (its row covers it).
    """
    for end in range(len(path) - 1, 0, -1):
        prefix = path[:end]
        entry = new.index.get(prefix) or old.index.get(prefix)
        if (
            entry is not None
            and entry.kind is Kind.MEMBER
            and _present(old.index, prefix) != _present(new.index, prefix)
        ):
            return True
    return False


def make_change(
    entry: Entry,
    before: str,
    after: str,
    kind: ChangeKind,
    form: str,
    *,
    edition_change: bool = False,
) -> Change:
    threshold = entry.kind is Kind.FIELD and any(
        _THRESHOLD_LABEL in s.label for s in entry.segments
    )
    return Change(
        path=entry.path,
        dotted=entry.dotted,
        code=entry.code,
        official=entry.official,
        long=long_item(entry.segments),
        short=short_item(entry.segments),
        before=before,
        after=after,
        star=entry.star,
        kind=kind,
        threshold=threshold,
        form=form,
        edition_change=edition_change,
    )


@frozen
class _Editions:
    """
    The 様式 editions of the two versions compared, when they differ.
    """

    old: Edition
    new: Edition

    @staticmethod
    def of(old: Canonical, new: Canonical) -> _Editions | None:
        before, after = document_edition(old.document), document_edition(new.document)
        if before is None or after is None or before == after:
            return None
        return _Editions(before, after)

    def lacks(self, edition: Edition, path: Path, index: Mapping[Path, Entry]) -> bool:
        """
        Whether ``edition`` lacks the item at ``path`` or a part above it (the entries
        of ``index`` carry the items' metadata, read in the other edition).
        """
        return any(
            (entry := index.get(path[:end])) is not None
            and not has_item(entry.item, edition.version)
            for end in range(1, len(path) + 1)
        )

    def sides(self, path: Path, old: Canonical, new: Canonical) -> tuple[bool, bool, bool]:
        """
        Whether the old edition lacks the item, whether the new one does, and whether the
        two print the item itself with different labels (所属長 → 所属長の役職名; a new
        heading above it alone does not count).
        """
        old_entry, new_entry = old.index.get(path), new.index.get(path)
        old_lacks = old_entry is None and self.lacks(self.old, path, new.index)
        new_lacks = new_entry is None and self.lacks(self.new, path, old.index)
        relabelled = (
            old_entry is not None
            and new_entry is not None
            and old_entry.item.label != new_entry.item.label
        )
        return old_lacks, new_lacks, relabelled


def _change_at(
    path: Path, old: Canonical, new: Canonical, form: str, editions: _Editions | None = None
) -> Change | None:
    old_entry, new_entry = old.index.get(path), new.index.get(path)
    entry = new_entry or old_entry
    assert entry is not None
    old_lacks, new_lacks, relabelled = (
        editions.sides(path, old, new) if editions is not None else (False, False, False)
    )
    touched = old_lacks or new_lacks or relabelled
    if entry.kind is Kind.MEMBER:
        if _present(new.index, path):
            return make_change(
                entry, "", ADDED_MEMBER, ChangeKind.MEMBER_ADDED, form, edition_change=touched
            )
        return make_change(
            entry,
            member_summary(entry),
            DELETED,
            ChangeKind.MEMBER_REMOVED,
            form,
            edition_change=touched,
        )
    before, after = _texts(old_entry, new_entry)
    if before == after:
        return None
    before, after = (NO_ITEM if old_lacks else before), (NO_ITEM if new_lacks else after)
    if not before.strip():
        return make_change(entry, ADDED, after, ChangeKind.FILLED, form, edition_change=touched)
    if not after.strip():
        return make_change(entry, before, DELETED, ChangeKind.EMPTIED, form, edition_change=touched)
    kind = ChangeKind.CHANGED
    if before == NO_ITEM:
        kind = ChangeKind.FILLED
    elif after == NO_ITEM:
        kind = ChangeKind.EMPTIED
    return make_change(entry, before, after, kind, form, edition_change=touched)


def _form_order(paths: Iterable[Path], old: Canonical, new: Canonical) -> list[Path]:
    """
    ``paths`` in form order: the newer version's order, with removed items placed after
    the item that preceded them in the older version.
    """
    new_position = new.position()
    place: dict[Path, tuple[int, int, int]] = {}
    previous = -1
    for number, path in enumerate(old.index):
        if path in new_position:
            previous = new_position[path]
        else:
            place[path] = (previous, 1, number)
    for path, number in new_position.items():
        place[path] = (number, 0, 0)
    return sorted(paths, key=place.__getitem__)


def changes_between(old: Canonical, new: Canonical, raw: Iterable[RawChange]) -> list[Change]:
    """
    The changed items, in form order, one :class:`Change` each.
    """
    form = code_of(type(new.document))
    editions = _Editions.of(old, new)
    targets = [p for p in _targets(raw, old, new) if not _inside_changed_member(p, old, new)]
    changes = []
    for path in _form_order(targets, old, new):
        change = _change_at(path, old, new, form, editions)
        if change is not None:
            changes.append(change)
    return changes
