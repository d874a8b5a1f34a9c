"""
Rules that hold for every form, read off the field metadata by the walker:
未記入, switches that empty their items, その他 needs its text, group sizes and keys,
control characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..dashes import is_blank
from ..options import Checks
from ..render.fieldtypes import field_type
from ..walk import Entry, Kind, is_empty, member_key, walk
from .editions import edition_exists, edition_items_empty
from .findings import Finding, Severity, finding
from .history_types import COLUMNS

__all__ = [
    "KEY_RULE",
    "MAX_TEXT",
    "RULES",
    "change_row_characters",
    "control_characters",
    "group_sizes_and_keys",
    "no_control_characters",
    "required_items_filled",
    "slot_texts",
    "switched_off_items_empty",
    "unstorable",
]


def required_items_filled(assessment: Any) -> Iterator[Finding]:
    """
    An active, required field must be filled in (未記入).
    """
    for entry in walk(assessment):
        if (
            entry.kind is Kind.FIELD
            and entry.active
            and entry.item.required
            and not isinstance(entry.value, bool)
            and is_empty(entry.value)
        ):
            yield finding(entry, "required", _missing_message(entry))


def _missing_message(entry: Entry) -> str:
    """
    What to write in an empty item, by what the item takes: text, ticks, a ＜選択肢＞ or a date.
    """
    value = entry.value
    if isinstance(value, str):
        return "未記入です。記入するか、該当しない場合は「-」と記入してください。"
    if isinstance(value, Checks):
        if entry.item.none_allowed:
            return "未記入です。該当する選択肢にチェックしてください（該当がなければ no_ticks() と書きます）。"
        return "未記入です。該当する選択肢にチェックしてください。"
    takes = field_type(type(entry.owner), entry.path[-1]) if entry.owner is not None else None
    if takes is not None and takes.kind == "choice":
        return f"未記入です。＜選択肢＞から選んでください（{takes.target.__name__} のメンバー）。"
    if takes is not None and takes.kind == "date":
        if takes.target is not None:
            return '未記入です。日付を記入してください（wareki("令和8年4月1日")、未定なら UNDECIDED）。'
        return '未記入です。日付を記入してください（wareki("令和8年4月1日")）。'
    return "未記入です。選択肢を選ぶか、日付を記入してください。"


def switched_off_items_empty(assessment: Any) -> Iterator[Finding]:
    """
    A switch (委託しない, 提供・移転しない, 接続しない…) leaves its items empty: blank or
    「-」 (as under 再委託しない and 発生なし; the table of switches is in docs/writing.md).

    A filled repeated group is reported once, not once per member field.
    """
    reported: list[tuple[str, ...]] = []
    for entry in walk(assessment):
        if entry.active or entry.kind not in {Kind.FIELD, Kind.REPEAT}:
            continue
        if isinstance(entry.value, bool) or is_empty(entry.value):
            continue
        if isinstance(entry.value, str) and is_blank(entry.value):
            continue  # 「-」 under a switch: what published documents print (docs/writing.md)
        if any(entry.path[: len(done)] == done for done in reported):
            continue
        reported.append(entry.path)
        yield finding(
            entry,
            "switch-empties",
            f"「{entry.switch}」が選択されているため、この項目は空欄にしてください。",
        )


def slot_texts(assessment: Any) -> Iterator[Finding]:
    """
    A ticked 「その他（ ）」 needs its text; only options with a slot may carry text,
    ticked or not; a group answered with no tick (``no_ticks()``, or only unticked slot
    texts) only where the form allows it.
    """
    for entry in walk(assessment):
        if entry.kind is not Kind.FIELD or not isinstance(entry.value, Checks):
            continue
        group = entry.value
        if group.stated_empty and not entry.item.none_allowed and entry.active:
            yield finding(
                entry,
                "no-tick-not-allowed",
                "この項目は様式上チェックなしにはできません。該当する選択肢に少なくとも1つチェックしてください。",
            )
        for option, text in group.unticked:
            if option in group:
                yield finding(
                    entry,
                    "ticked-and-unticked",
                    f"「{option.value}」がチェックありとチェックなし（unticked）の両方に書かれています。どちらか一方にしてください。",
                )
            if text and not option.has_slot:
                yield finding(
                    entry, "no-slot", f"「{option.value}」には（ ）の記入欄がありません: 「{text}」"
                )
        for option, text in group.entries:
            if option.has_slot and option.value == "その他" and not text.strip():
                yield finding(
                    entry,
                    "other-needs-text",
                    "「その他」にチェックがある場合は、その内容を（ ）内に記入してください。",
                )
            if text and not option.has_slot:
                yield finding(
                    entry, "no-slot", f"「{option.value}」には（ ）の記入欄がありません: 「{text}」"
                )


#: What a member's ``key`` is made of (docs/writing.md): it names the member in paths
#: (``s1.systems[main].name``), overrides and ``known_gaps``.
KEY_RULE = re.compile(r"[A-Za-z0-9_-]+")


def group_sizes_and_keys(assessment: Any) -> Iterator[Finding]:
    """
    Repeated groups respect the form's maximum and their members' keys are unique.
    """
    for entry in walk(assessment):
        if entry.kind is not Kind.REPEAT:
            continue
        limit = entry.item.max_count
        if limit is not None and len(entry.value) > limit:
            yield finding(
                entry,
                "group-max",
                f"{entry.item.member}は様式上{limit}件までです（{len(entry.value)}件あります）。",
            )
        if any(not member_key(m).strip() for m in entry.value):
            yield finding(
                entry,
                "empty-key",
                f'{entry.item.member}の key が空です。項目を識別する一意のキー（例: "main_system"）を指定してください。',
            )
        # NFC: the same key typed on macOS (NFD) and elsewhere is one key.
        keys = [unicodedata.normalize("NFC", member_key(m)) for m in entry.value]
        for key in dict.fromkeys(keys):
            if key.strip() and not KEY_RULE.fullmatch(key):
                yield finding(
                    entry,
                    "key-format",
                    f"{entry.item.member}の key「{key}」には半角の英数字と「_」「-」だけを使ってください"
                    '（例: "main_system"）。キーは変更箇所で項目を識別する名前で、印刷されません。',
                )
        counts = Counter(keys)
        for key, count in counts.items():
            if count > 1:
                yield finding(
                    entry,
                    "duplicate-key",
                    f"キー「{key}」が{count}回使われています。キーは一意にしてください。",
                )


#: Characters that a Word document (XML) cannot hold although a Python string can.
#: What Word cannot store: the control characters (category Cc: U+0000–U+001F and
#: U+007F–U+009F) other than tab and line feed, surrogates (Cs) and U+FFFE/U+FFFF.
_UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def control_characters(text: str) -> list[str]:
    """
    The characters of ``text`` that Word cannot store, as ``U+0007`` names: control
    characters other than line feed and tab, lone surrogates (``"\\ud800"``) and the
    non-characters U+FFFE and U+FFFF.
    """
    return [f"U+{ord(found[0]):04X}" for found in _UNSTORABLE.finditer(text)]


def _control_message(bad: list[str]) -> str:
    names = ", ".join(sorted(set(bad)))
    if all(unicodedata.category(chr(int(name[2:], 16))) == "Cc" for name in bad):
        return f"制御文字（{names}）は使えません。削除してください。"
    return f"Word に保存できない文字（{names}: 制御文字・対になっていないサロゲート・非文字）は使えません。削除してください。"


def no_control_characters(assessment: Any) -> Iterator[Finding]:
    """
    Text may hold line feeds and tabs, but no other control characters (Word cannot store
    them); the 変更箇所 rows written in the module (``history``) are checked too.
    """
    for entry in walk(assessment):
        if entry.kind is not Kind.FIELD:
            continue
        texts = [entry.value] if isinstance(entry.value, str) else []
        if isinstance(entry.value, Checks):
            texts = [t for _, t in entry.value.entries]
        for text in texts:
            for name, message in unstorable(text):
                yield finding(entry, name, message)
    yield from change_row_characters(getattr(assessment, "history", ()))


#: The most characters of one text (one item, one column of a 変更箇所 row): far above
#: any real item, and far below what Word's XML can hold in one run of text (a longer
#: text would be cut silently).
MAX_TEXT = 1_000_000


def unstorable(text: str) -> Iterator[tuple[str, str]]:
    """
    Why ``text`` cannot be stored in the Word document (rule and message), if it cannot:
    characters Word cannot store, or more than :data:`MAX_TEXT` characters.
    """
    bad = control_characters(text)
    if bad:
        yield "control-character", _control_message(bad)
    if len(text) > MAX_TEXT:
        yield (
            "text-too-long",
            f"文字数が多すぎます（{len(text):,} 文字）。1つの項目は {MAX_TEXT:,} 文字までにしてください。",
        )


#: The text columns of a 変更箇所 row: attribute and printed heading.
_ROW_COLUMNS = tuple(column for column in COLUMNS if column[0] not in {"date", "timing"})


def change_row_characters(rows: Iterable[Any], path: str = "history") -> Iterator[Finding]:
    """
    Control characters in the text columns of 変更箇所 rows (``history`` or computed rows).
    """
    for number, row in enumerate(rows, start=1):
        for attribute, heading in _ROW_COLUMNS:
            text = getattr(row, attribute, "")
            for name, message in unstorable(text) if isinstance(text, str) else ():
                yield Finding(
                    Severity.ERROR,
                    name,
                    f"変更箇所 {number}行目 {heading}",
                    f"{path}[{number - 1}].{attribute}",
                    message,
                )


#: The rules of every form, in the order they report.
RULES = (
    required_items_filled,
    switched_off_items_empty,
    slot_texts,
    group_sizes_and_keys,
    no_control_characters,
    edition_exists,
    edition_items_empty,
)
