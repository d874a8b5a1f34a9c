"""
Rules on names, lists and counts that must agree across sections, and on Ⅲ-7② 重大事故 and
Ⅲ-8 監査 (``form-jyuten.md`` §6.1, §6.4, §6.12, §6.16).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ....validate import Finding, Severity, finding
from ...choices import RecordCategory, RecordItemCount
from ...common_rules import departments_within, entries_of, incident_findings, squash
from .. import FocusedAssessment

__all__ = [
    "audit_selected",
    "count_record_items",
    "department_consistency",
    "file_names_agree",
    "four_or_five_basic",
    "incident_details",
    "record_count_band",
    "systems_listed",
]


def file_names_agree(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-３, Ⅱ-１ and Ⅲ-１ name the same 特定個人情報ファイル (§6.1).
    """
    reference = a.s1.file_names.strip()
    if not reference:
        return
    entries = entries_of(a)
    for dotted in ("s2.file_name", "s3.file_name"):
        entry = entries[dotted]
        value = entry.value.strip() if isinstance(entry.value, str) else ""
        if value and value != reference:
            yield finding(
                entry,
                "juten.file-name-identity",
                f"特定個人情報ファイル名「{value}」が Ⅰ-３ の「{reference}」と一致しません。"
                "Ⅰ-３、Ⅱ-１、Ⅲ-１には同じファイル名を記入してください。",
            )


def systems_listed(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-２ lists at least one system.
    """
    if not a.s1.systems:
        yield finding(
            entries_of(a)["s1.systems"],
            "juten.systems-required",
            "使用するシステムが1件もありません。システム1（システムの名称・機能・他のシステムとの接続）を記入してください。",
        )


def department_consistency(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-⑥事務担当部署 is (part of) Ⅰ-６-①部署 (§6.16); a warning, since sections may differ.
    """
    office = squash(a.s2.basics.department)
    department = squash(a.s1.department.name)
    if office and department and not departments_within(a.s2.basics.department, department):
        yield finding(
            entries_of(a)["s2.basics.department"],
            "juten.department",
            f"事務担当部署「{a.s2.basics.department}」が Ⅰ-６-① 部署「{a.s1.department.name}」に含まれていません。"
            "担当部署の名称が一致しているか確認してください。",
            Severity.WARNING,
        )


def four_or_five_basic(a: FocusedAssessment) -> Iterator[Finding]:
    """
    主な記録項目 ticks 「4情報」 (older edition) or 「5情報」 (newer edition), not both.
    """
    ticked = a.s2.basics.main_records
    if RecordCategory.FOUR_BASIC in ticked and RecordCategory.FIVE_BASIC in ticked:
        yield finding(
            entries_of(a)["s2.basics.main_records"],
            "juten.four-five-basic",
            "「4情報」と「5情報」の両方にチェックがあります。様式の版に合わせてどちらか一方だけにしてください"
            "（氏名の振り仮名を含む新しい様式では「5情報」）。",
        )


_RECORD_ITEM = re.compile(r"(?<![0-9０-９])[0-9０-９]+[.．](?![0-9０-９])")

_RECORD_BANDS: dict[RecordItemCount, tuple[float, float]] = {
    RecordItemCount.UNDER_10: (0, 10),
    RecordItemCount.FROM_10_TO_50: (10, 50),
    RecordItemCount.FROM_50_TO_100: (50, 100),
    RecordItemCount.FROM_100: (100, math.inf),
}


def count_record_items(records: str) -> int:
    """
    The number of numbered items (「1. 個人番号、2. 宛名番号」) in the （別添１） text.
    """
    return len(_RECORD_ITEM.findall(records))


def record_count_band(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-④記録される項目 is the band of the number of items listed in （別添１） (§6.4).

    The annex is free text, so the count is a heuristic (numbered items) and the finding a
    warning.
    """
    band = a.s2.basics.record_count
    count = count_record_items(a.annex1)
    if not isinstance(band, RecordItemCount) or count == 0:
        return
    low, high = _RECORD_BANDS[band]
    if not low <= count < high:
        yield finding(
            entries_of(a)["s2.basics.record_count"],
            "juten.record-count",
            f"（別添１）には番号付きの記録項目が{count}項目ありますが、記録される項目は「{band.value}」です。"
            "選択肢か（別添１）を見直してください。",
            Severity.WARNING,
        )


# ---------------------------------------------------------------------------
# Ⅲ-7 重大事故, Ⅲ-8 監査
# ---------------------------------------------------------------------------


def incident_details(a: FocusedAssessment) -> Iterator[Finding]:
    """
    「発生なし」 ⇒ その内容 and 再発防止策の内容 are 「-」 or blank; 「発生あり」 ⇒ both filled (§6.12).
    """
    entries = entries_of(a)
    rows = (entries["s3.storage.risk.content"], entries["s3.storage.risk.prevention"])
    yield from incident_findings(a.s3.storage.risk.incident, rows, "juten.incident-details")


def audit_selected(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-８ 監査: a warning when no kind of audit is ticked.
    """
    if not a.s3.audit.status:
        yield finding(
            entries_of(a)["s3.audit.status"],
            "juten.audit-none",
            "監査（自己点検・内部監査・外部監査）が一つも選択されていません。実施しているものにチェックを入れてください。",
            Severity.WARNING,
        )
