"""
Helpers shared by the form rules of the 重点項目評価書 and the 全項目評価書.

Both forms print the same items for 提供・移転 (:class:`~.common.ProvisionSection`), the
重大事故 question, 再委託 and the dates checked against 公表日, so the checks on them are
written once here; each form's rule (listed in ``RULES`` of :mod:`.juten.rules`,
:mod:`.zenkomoku.rules`) finds the items of its own layout and passes their walker entries
in, with its own rule id (``juten.incident-details``, ``zenkomoku.incident-details``).  Messages name the
items by their official numbers (Ⅱ-４, Ⅲ-５), as the walker prints them.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from ..dashes import DASHES, is_blank
from ..validate import Finding, Severity, finding
from ..walk import Entry, walk
from ..wareki import format_wareki
from .choices import (
    Consigning,
    Incident,
    PersonCount,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
)
from .common import ProvisionSection

__all__ = [
    "DASHES",
    "PERSON_BANDS",
    "consignment_switch_message",
    "entries_of",
    "incident_findings",
    "is_blank",
    "late_date_findings",
    "provides_outside_network",
    "provision_status_findings",
    "provision_switch_message",
    "reconsign_assurance_message",
    "squash",
]


def squash(text: str) -> str:
    """
    ``text`` without white space, for comparing names written with different spacing.
    """
    return re.sub(r"\s+", "", text)


#: What separates several departments written in one item (「市民課／保険年金課」).
_DEPARTMENT_SEPARATORS = re.compile(r"[／/、，,;；\n]|及び|並びに")


def departments_within(departments: str, container: str) -> bool:
    """
    Whether every department written in ``departments`` (one, or several separated by
    「／」「、」「及び」 …) appears in ``container``, white space ignored.
    """
    listed = squash(container)
    parts = [squash(p) for p in _DEPARTMENT_SEPARATORS.split(departments)]
    return all(part in listed for part in parts if part)


#: The entries of the assessment walked last: every rule of one ``validate()`` call asks
#: for the entries of the same (immutable) assessment, so it is walked once.  One slot,
#: read and replaced whole, so that threads validating other assessments cannot mix them.
_LAST: list[tuple[weakref.ref[Any], Mapping[str, Entry]] | None] = [None]


def entries_of(assessment: Any) -> Mapping[str, Entry]:
    """
    The walker's entries of an assessment by attribute path (``s2.consignment.status``,
    ``s3.files[main].file_name``); shared between rules, never mutated.
    """
    cached = _LAST[0]
    if cached is not None and cached[0]() is assessment:
        return cached[1]
    entries = {e.dotted: e for e in walk(assessment)}
    _LAST[0] = (weakref.ref(assessment), entries)
    return entries


#: 対象となる本人の数 (both forms' ②対象となる本人の数, 提供する情報の対象となる本人の数, …)
#: as half-open intervals of persons.
PERSON_BANDS: Mapping[PersonCount, tuple[float, float]] = {
    PersonCount.UNDER_10K: (0, 10_000),
    PersonCount.FROM_10K_TO_100K: (10_000, 100_000),
    PersonCount.FROM_100K_TO_1M: (100_000, 1_000_000),
    PersonCount.FROM_1M_TO_10M: (1_000_000, 10_000_000),
    PersonCount.FROM_10M: (10_000_000, math.inf),
}


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def late_date_findings(
    entries: Mapping[str, Entry],
    published: date,
    dated: Iterable[tuple[str, Severity]],
    rule_id: str,
) -> Iterator[Finding]:
    """
    The dated items (attribute path, severity) that are later than 公表日.

    Steps that precede publication (実施日, 承認日, 提出日) are errors; 保有開始日 and 使用開始日
    are warnings, since an assessment made before a file is held names a planned date.  An
    item holding several dates (第三者点検の実施日) is reported once, with its latest date.
    """
    shown = format_wareki(published)
    for dotted, severity in dated:
        entry = entries[dotted]
        values = entry.value if isinstance(entry.value, tuple) else (entry.value,)
        days = [day for day in values if isinstance(day, date)]
        if not days or max(days) <= published:
            continue
        head = f"{entry.item.label}（{format_wareki(max(days))}）が公表日（{shown}）より後です。"
        if severity is Severity.WARNING:
            advice = "保有・使用の開始前に評価する場合は予定日で差し支えありませんが、日付を確認してください。"
        else:
            advice = "評価の手続は公表の前に行うため、日付を見直してください。"
        yield finding(entry, rule_id, head + advice, severity)


# ---------------------------------------------------------------------------
# 重大事故 (重点 Ⅲ-7②, 全項目 Ⅲ-7 リスク１⑨)
# ---------------------------------------------------------------------------


def incident_findings(
    status: Incident | None, rows: Iterable[Entry], rule_id: str
) -> Iterator[Finding]:
    """
    「発生あり」 ⇒ その内容 and 再発防止策の内容 (``rows``) are filled; 「発生なし」 ⇒ they are
    「-」 or blank.
    """
    for entry in rows:
        text = entry.value if isinstance(entry.value, str) else ""
        if status is Incident.OCCURRED and is_blank(text):
            yield finding(
                entry,
                rule_id,
                f"重大事故が「発生あり」のため、{entry.item.label}を記入してください。",
            )
        elif status is Incident.NONE and not is_blank(text):
            yield finding(
                entry,
                rule_id,
                f"重大事故が「発生なし」のため、{entry.item.label}は空欄か「-」にしてください。",
            )


# ---------------------------------------------------------------------------
# 委託 (Ⅱ-4 ⇔ Ⅲ-4)
# ---------------------------------------------------------------------------


def consignment_switch_message(consigning: Consigning | None, ticked: bool) -> str | None:
    """
    What is wrong when Ⅱ-4 委託の有無 and the Ⅲ-4 checkbox 「委託しない」 disagree.
    """
    if consigning is Consigning.NO and not ticked:
        return "Ⅱ-４ 委託の有無が「委託しない」のため、Ⅲ-４の「委託しない」にもチェックを入れ、Ⅲ-４の項目は空欄にしてください。"
    if consigning is Consigning.YES and ticked:
        return "Ⅱ-４ 委託の有無が「委託する」のため、Ⅲ-４の「委託しない」のチェックを外し、委託に関するリスク対策を記入してください。"
    return None


def reconsign_assurance_message(
    answers: Iterable[Reconsigning | None], chosen: ReconsignAssurance
) -> str | None:
    """
    What is wrong when the Ⅲ-4 choice on the 再委託先's handling (重点 …の担保, 全項目 …の確保)
    disagrees with the 再委託の有無 of the 委託事項 (``answers``): any 「再委託する」 rules out
    「再委託していない」; all 「再委託しない」 requires it.  Unanswered items decide nothing.
    """
    answers = list(answers)
    if any(a is Reconsigning.YES for a in answers) and chosen is ReconsignAssurance.NOT_RECONSIGNED:
        return "Ⅱ-４に「再委託する」委託事項があるのに「再委託していない」が選択されています。再委託先での取扱いの程度を選択し、具体的な方法を記入してください。"
    if (
        answers
        and all(a is Reconsigning.NO for a in answers)
        and chosen is not ReconsignAssurance.NOT_RECONSIGNED
    ):
        return f"Ⅱ-４の委託事項はいずれも「再委託しない」ですが、「{chosen.value}」が選択されています。「再委託していない」を選択してください。"
    return None


# ---------------------------------------------------------------------------
# 提供・移転 (Ⅱ-5 ⇔ Ⅲ-5)
# ---------------------------------------------------------------------------


def provision_status_findings(
    section: ProvisionSection, entries: Mapping[str, Entry], path: str, rule_id: str
) -> Iterator[Finding]:
    """
    Ⅱ-5 提供・移転の有無 (at attribute path ``path``) agrees with the 提供先 and 移転先:
    「行っていない」 excludes the other boxes, a ticked box needs its members and members need
    their box.  An unticked 提供・移転の有無 is left to the caller (or the generic 未記入).
    """
    ticked = section.status
    if not ticked:
        return
    if ProvisionStatus.NONE in ticked:
        if len(ticked) > 1:
            yield finding(
                entries[f"{path}.status"],
                rule_id,
                "「行っていない」と「提供を行っている」「移転を行っている」は同時にチェックできません。どちらかにしてください。",
            )
        return
    groups = (
        (ProvisionStatus.PROVIDING, "provisions", section.provisions, "提供先"),
        (ProvisionStatus.TRANSFERRING, "transfers", section.transfers, "移転先"),
    )
    for option, name, members, caption in groups:
        if option in ticked and not members:
            yield finding(
                entries[f"{path}.{name}"],
                rule_id,
                f"「{option.value}」にチェックがありますが、{caption}がありません。{caption}1を記入するか、チェックを外してください。",
            )
        elif option not in ticked and members:
            yield finding(
                entries[f"{path}.{name}"],
                rule_id,
                f"{caption}が{len(members)}件ありますが、提供・移転の有無の「{option.value}」にチェックがありません。"
                f"チェックを入れるか、{caption}を削除してください。",
            )


def provides_outside_network(section: ProvisionSection) -> bool:
    """
    Whether Ⅲ-5 applies: a 移転先, or a 提供先 using a channel other than the
    情報提供ネットワークシステム, which Ⅲ-5 excludes (``form-jyuten.md`` §6.11 caveat).
    """
    if ProvisionStatus.NONE in section.status:
        return False
    return bool(section.transfers) or any(
        option is not ProvisionMethod.NETWORK_SYSTEM
        for provision in section.provisions
        for option in provision.methods
    )


def provision_switch_message(section: ProvisionSection, ticked: bool) -> str | None:
    """
    What is wrong when Ⅱ-5 and the Ⅲ-5 checkbox 「提供・移転しない」 (``ticked``) disagree.
    """
    if ProvisionStatus.NONE in section.status and not ticked:
        return "Ⅱ-５で提供・移転を「行っていない」ため、Ⅲ-５の「提供・移転しない」にチェックを入れ、Ⅲ-５の項目は空欄にしてください。"
    if ticked and provides_outside_network(section):
        return (
            "Ⅱ-５に移転先又は情報提供ネットワークシステム以外の方法による提供先があるため、Ⅲ-５の「提供・移転しない」のチェックを外し、"
            "不正な提供・移転が行われるリスクへの対策を記入してください。"
        )
    return None
