"""
The 重点項目評価書's own consistency rules (``form-jyuten.md`` §3 and §6, ``rules.md`` §1.3).

The generic rules (未記入, switched-off items must be empty, その他 needs its text, group
sizes) apply too; the rules here tie items of different sections together.  Each finding
names the official item (from the walker) and says in Japanese what is wrong and what to do.
Rules whose premise the form cannot fully show (しきい値 factors that are not on the form,
bands that only roughly match) report warnings, not errors.
"""

from __future__ import annotations

import math
import re
import types
import typing
from collections.abc import Iterator
from datetime import date
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from ...options import Checks
from ...validate import Finding, Severity, finding, rule
from ...walk import Entry, Kind, walk
from ...wareki import InvalidDateError, format_wareki, parse_wareki
from ..choices import (
    AcquisitionMethod,
    Connection,
    Consigning,
    FocusedTargetCount,
    FocusedThresholdResult,
    HandlerCount,
    Incident,
    Linkage,
    PersonCount,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    RecordItemCount,
)
from . import FocusedAssessment

__all__ = [
    "BLANK_MARKS",
    "audit_selected",
    "choice_types",
    "consignment_items",
    "consignment_switch",
    "count_record_items",
    "dates_before_publication",
    "department_consistency",
    "file_names_agree",
    "four_or_five_basic",
    "history_dates",
    "incident_details",
    "intra_agency_system",
    "is_blank",
    "linkage_implemented",
    "linkage_not_implemented",
    "network_acquisition",
    "person_count_bands",
    "provision_status",
    "provision_switch",
    "reconsignment_assurance",
    "reconsignment_method",
    "record_count_band",
    "review_date",
    "systems_listed",
    "threshold_result",
]

#: What authors write for "nothing to state" in a text cell.
BLANK_MARKS = frozenset({"", "-", "－", "‐", "ー", "―"})


def is_blank(text: str) -> bool:
    """
    Whether a text cell says nothing: empty, or only 「-」 (the form's convention).
    """
    return text.strip() in BLANK_MARKS


def _entries(assessment: FocusedAssessment) -> dict[str, Entry]:
    return {e.dotted: e for e in walk(assessment)}


# ---------------------------------------------------------------------------
# Names and lists that must agree
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def file_names_agree(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-３, Ⅱ-１ and Ⅲ-１ name the same 特定個人情報ファイル (§6.1).
    """
    reference = a.s1.file_name.strip()
    if not reference:
        return
    entries = _entries(a)
    for dotted in ("s2.file_name", "s3.file_name"):
        entry = entries[dotted]
        value = entry.value.strip() if isinstance(entry.value, str) else ""
        if value and value != reference:
            yield finding(
                entry,
                "file-name-identity",
                f"特定個人情報ファイル名「{value}」が Ⅰ-３ の「{reference}」と一致しません。"
                "Ⅰ-３、Ⅱ-１、Ⅲ-１には同じファイル名を記入してください。",
            )


@rule(FocusedAssessment)
def systems_listed(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-２ lists at least one system.
    """
    if not a.s1.systems:
        yield finding(
            _entries(a)["s1.systems"],
            "systems-required",
            "使用するシステムが1件もありません。システム1（システムの名称・機能・他のシステムとの接続）を記入してください。",
        )


@rule(FocusedAssessment)
def department_consistency(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-⑥事務担当部署 is (part of) Ⅰ-６-①部署 (§6.16); a warning, since sections may differ.
    """
    office = re.sub(r"\s", "", a.s2.basics.department)
    department = re.sub(r"\s", "", a.s1.department.department)
    if office and department and office not in department:
        yield finding(
            _entries(a)["s2.basics.department"],
            "department",
            f"事務担当部署「{a.s2.basics.department}」が Ⅰ-６-① 部署「{a.s1.department.department}」に含まれていません。"
            "担当部署の名称が一致しているか確認してください。",
            Severity.WARNING,
        )


@rule(FocusedAssessment)
def four_or_five_basic(a: FocusedAssessment) -> Iterator[Finding]:
    """
    主な記録項目 ticks 「4情報」 (older edition) or 「5情報」 (newer edition), not both.
    """
    ticked = a.s2.basics.main_records
    if RecordCategory.FOUR_BASIC in ticked and RecordCategory.FIVE_BASIC in ticked:
        yield finding(
            _entries(a)["s2.basics.main_records"],
            "four-five-basic",
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


@rule(FocusedAssessment)
def record_count_band(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-④記録される項目 is the band of the number of items listed in （別添１） (§6.4).

    The annex is free text, so the count is a heuristic (numbered items) and the finding a
    warning.
    """
    band = a.s2.basics.record_count
    count = count_record_items(a.records)
    if not isinstance(band, RecordItemCount) or count == 0:
        return
    low, high = _RECORD_BANDS[band]
    if not low <= count < high:
        yield finding(
            _entries(a)["s2.basics.record_count"],
            "record-count",
            f"（別添１）には番号付きの記録項目が{count}項目ありますが、記録される項目は「{band.value}」です。"
            "選択肢か（別添１）を見直してください。",
            Severity.WARNING,
        )


# ---------------------------------------------------------------------------
# 対象人数, 本人の数 and しきい値判断結果
# ---------------------------------------------------------------------------

_TARGET_BANDS: dict[FocusedTargetCount, tuple[float, float]] = {
    FocusedTargetCount.UNDER_1K: (0, 1_000),
    FocusedTargetCount.FROM_1K_TO_10K: (1_000, 10_000),
    FocusedTargetCount.FROM_10K_TO_100K: (10_000, 100_000),
    FocusedTargetCount.FROM_100K_TO_300K: (100_000, 300_000),
}

_PERSON_BANDS: dict[PersonCount, tuple[float, float]] = {
    PersonCount.UNDER_10K: (0, 10_000),
    PersonCount.FROM_10K_TO_100K: (10_000, 100_000),
    PersonCount.FROM_100K_TO_1M: (100_000, 1_000_000),
    PersonCount.FROM_1M_TO_10M: (1_000_000, 10_000_000),
    PersonCount.FROM_10M: (10_000_000, math.inf),
}


@rule(FocusedAssessment)
def person_count_bands(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-②本人の数 (O-04) can hold Ⅰ-１-③対象人数 (O-01) (§6.3).

    The two scales differ, so only a file band that lies wholly below the 対象人数 band is
    inconsistent: the file normally records at least the persons of the 事務 (and also past
    persons and guardians, so a larger band is fine).  Because 対象人数 counts per 事務 and a
    事務 may use several files, this is a warning.
    """
    target = a.s1.affairs.target_count
    persons = a.s2.basics.person_count
    if not isinstance(target, FocusedTargetCount) or not isinstance(persons, PersonCount):
        return
    if _PERSON_BANDS[persons][1] <= _TARGET_BANDS[target][0]:
        yield finding(
            _entries(a)["s2.basics.person_count"],
            "person-count-bands",
            f"対象となる本人の数「{persons.value}」が Ⅰ-１-③ 対象人数「{target.value}」より少なくなっています。"
            "特定個人情報ファイルには通常、対象人数以上の本人（過去の対象者や保護者等を含む）が記録されます。どちらかを見直してください。",
            Severity.WARNING,
        )


_MANY_HANDLERS = frozenset({HandlerCount.FROM_500_TO_1000, HandlerCount.FROM_1000})


def _aggravating_factors(a: FocusedAssessment) -> list[str]:
    """
    The しきい値 factors the form shows: 500人以上 handling the file, or a 重大事故.
    """
    factors = []
    counts = [
        a.s2.acquisition.subject.user_count,
        *(c.handler_count for c in a.s2.consignment.items),
    ]
    if any(count in _MANY_HANDLERS for count in counts):
        factors.append("取扱者数が500人以上")
    if a.s3.storage.risk.incident is Incident.OCCURRED:
        factors.append("重大事故の発生あり")
    return factors


@rule(FocusedAssessment)
def threshold_result(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅴ-１-②しきい値判断結果 follows from Ⅰ-１-③対象人数 (``rules.md`` §1.3).

    * 1,000人未満: no assessment is mandatory (option 3).
    * 1,000人以上1万人未満: only the 基礎項目評価 is mandatory (option 2).
    * 1万人以上10万人未満: option 2, or option 1 when 取扱者数 is 500人以上 or a 重大事故
      occurred; the form does not show every factor (取扱者数 includes contractors, the
      しきい値 counts accidents of the past year only), so a mismatch is a warning.
    * 10万人以上30万人未満: option 1 (a 重点項目評価 is mandatory); with an aggravating factor
      a 全項目評価 may be mandatory instead (warning).
    """
    target = a.s1.affairs.target_count
    result = a.s5.basic_assessment.threshold
    if not isinstance(target, FocusedTargetCount) or not isinstance(result, FocusedThresholdResult):
        return
    entry = _entries(a)["s5.basic_assessment.threshold"]
    factors = _aggravating_factors(a)
    expected = {
        FocusedTargetCount.UNDER_1K: FocusedThresholdResult.NONE_VOLUNTARY_JUTEN,
        FocusedTargetCount.FROM_1K_TO_10K: FocusedThresholdResult.KISO_VOLUNTARY_JUTEN,
        FocusedTargetCount.FROM_100K_TO_300K: FocusedThresholdResult.KISO_AND_JUTEN,
    }.get(target)
    if expected is not None and result is not expected:
        yield finding(
            entry,
            "threshold-result",
            f"対象人数が「{target.value}」の場合、しきい値判断結果は「{expected.value}」です（「{result.value}」になっています）。"
            "Ⅰ-１-③ 対象人数かしきい値判断結果を見直してください。",
        )
    if target is FocusedTargetCount.FROM_100K_TO_300K and factors:
        yield finding(
            entry,
            "threshold-result",
            f"対象人数が10万人以上30万人未満で{'・'.join(factors)}のため、全項目評価の実施が義務付けられる可能性があります。"
            "基礎項目評価書のしきい値判断を確認してください。",
            Severity.WARNING,
        )
    if target is FocusedTargetCount.FROM_10K_TO_100K:
        if result is FocusedThresholdResult.NONE_VOLUNTARY_JUTEN:
            yield finding(
                entry,
                "threshold-result",
                "対象人数が1万人以上10万人未満の場合、少なくとも基礎項目評価の実施が義務付けられます。"
                "しきい値判断結果を見直してください。",
            )
        elif result is FocusedThresholdResult.KISO_AND_JUTEN and not factors:
            yield finding(
                entry,
                "threshold-result",
                "対象人数が1万人以上10万人未満で重点項目評価が義務付けられるのは、取扱者数が500人以上か重大事故が発生した場合です。"
                "評価書からはどちらも読み取れません。基礎項目評価書のしきい値判断と一致しているか確認してください。",
                Severity.WARNING,
            )
        elif result is FocusedThresholdResult.KISO_VOLUNTARY_JUTEN and factors:
            yield finding(
                entry,
                "threshold-result",
                f"{'・'.join(factors)}のため、重点項目評価の実施が義務付けられる可能性があります。"
                "基礎項目評価書のしきい値判断を確認してください。",
                Severity.WARNING,
            )


# ---------------------------------------------------------------------------
# 委託 and 再委託 (Ⅱ-4 ⇔ Ⅲ-4)
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def consignment_items(a: FocusedAssessment) -> Iterator[Finding]:
    """
    「委託する」 needs at least one 委託事項 (§6.8); 「委託しない」 ones are emptied by the switch.
    """
    if a.s2.consignment.consigning is Consigning.YES and not a.s2.consignment.items:
        yield finding(
            _entries(a)["s2.consignment.items"],
            "consignment-items",
            "委託の有無が「委託する」ですが、委託事項が1件もありません。委託事項1を記入するか、「委託しない」を選択してください。",
        )


@rule(FocusedAssessment)
def consignment_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-４ 「委託しない」 ⇔ the Ⅲ-４ checkbox 「委託しない」 (§3, §6.8).
    """
    consigning = a.s2.consignment.consigning
    ticked = a.s3.consignment.not_consigned
    entry = _entries(a)["s3.consignment.not_consigned"]
    if consigning is Consigning.NO and not ticked:
        yield finding(
            entry,
            "consignment-switch",
            "Ⅱ-４ 委託の有無が「委託しない」のため、Ⅲ-４の「委託しない」にもチェックを入れ、Ⅲ-４の項目は空欄にしてください。",
        )
    elif consigning is Consigning.YES and ticked:
        yield finding(
            entry,
            "consignment-switch",
            "Ⅱ-４ 委託の有無が「委託する」のため、Ⅲ-４の「委託しない」のチェックを外し、委託先における不正な使用等のリスクへの対策を記入してください。",
        )


@rule(FocusedAssessment)
def reconsignment_assurance(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 再委託先による…担保 agrees with ④再委託の有無 of the 委託事項 (§6.9).

    Every 委託事項 「再委託しない」 ⇒ 「再委託していない」; any 「再委託する」 ⇒ one of the other options.
    """
    items = a.s2.consignment.items
    assurance = a.s3.consignment.risk.reconsign_assurance
    if a.s3.consignment.not_consigned or not items or assurance is None:
        return
    answers = [c.reconsignment.reconsigning for c in items]
    entry = _entries(a)["s3.consignment.risk.reconsign_assurance"]
    if (
        all(r is Reconsigning.NO for r in answers)
        and assurance is not ReconsignAssurance.NOT_RECONSIGNED
    ):
        yield finding(
            entry,
            "reconsignment-assurance",
            f"全ての委託事項が「再委託しない」ですが、担保が「{assurance.value}」になっています。「再委託していない」を選択してください。",
        )
    if (
        any(r is Reconsigning.YES for r in answers)
        and assurance is ReconsignAssurance.NOT_RECONSIGNED
    ):
        yield finding(
            entry,
            "reconsignment-assurance",
            "「再委託する」委託事項があるのに、担保が「再委託していない」になっています。再委託先での取扱いの担保の程度を選択してください。",
        )


@rule(FocusedAssessment)
def reconsignment_method(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 具体的な方法 is filled when there is 再委託, and blank or 「-」 when there is none (§3).
    """
    entry = _entries(a)["s3.consignment.risk.assurance_method"]
    if not entry.active:
        return
    assurance = a.s3.consignment.risk.reconsign_assurance
    method = a.s3.consignment.risk.assurance_method
    if assurance is ReconsignAssurance.NOT_RECONSIGNED and not is_blank(method):
        yield finding(
            entry,
            "reconsignment-method",
            "担保が「再委託していない」のため、具体的な方法は空欄か「-」にしてください。",
            Severity.WARNING,
        )
    elif (
        isinstance(assurance, ReconsignAssurance)
        and assurance is not ReconsignAssurance.NOT_RECONSIGNED
        and is_blank(method)
    ):
        yield finding(
            entry,
            "reconsignment-method",
            "再委託先による適切な取扱いの担保の具体的な方法を記入してください。",
        )


# ---------------------------------------------------------------------------
# 提供・移転 (Ⅱ-5 ⇔ Ⅲ-5)
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def provision_status(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 提供・移転の有無: 「行っていない」 excludes the other boxes, and the boxes agree with
    the 提供先/移転先 groups (§6.11).
    """
    section = a.s2.provision
    entries = _entries(a)
    status_entry = entries["s2.provision.status"]
    if not section.status:
        yield finding(
            status_entry,
            "provision-status",
            "提供・移転の有無が未選択です。「提供を行っている」「移転を行っている」「行っていない」から選んでください。",
        )
        return
    if ProvisionStatus.NONE in section.status:
        if len(section.status) > 1:
            yield finding(
                status_entry,
                "provision-status",
                "「行っていない」と「提供を行っている」「移転を行っている」は同時に選べません。どちらかにしてください。",
            )
        return
    pairs = (
        (ProvisionStatus.PROVIDING, "s2.provision.provisions", section.provisions, "提供先"),
        (ProvisionStatus.TRANSFERRING, "s2.provision.transfers", section.transfers, "移転先"),
    )
    for option, dotted, members, member in pairs:
        if option in section.status and not members:
            yield finding(
                entries[dotted],
                "provision-status",
                f"「{option.value}」にチェックがありますが、{member}が1件もありません。{member}1を記入してください。",
            )
        elif option not in section.status and members:
            yield finding(
                entries[dotted],
                "provision-status",
                f"{member}が記入されていますが、提供・移転の有無の「{option.value}」にチェックがありません。チェックを入れるか、{member}を削除してください。",
            )


def _provides_outside_network(a: FocusedAssessment) -> bool:
    """
    Whether Ⅱ-5 has a 移転, or a 提供 by other means than the 情報提供ネットワークシステム
    (what Ⅲ-5 covers).
    """
    section = a.s2.provision
    if ProvisionStatus.NONE in section.status:
        return False
    only_network = frozenset({ProvisionMethod.NETWORK_SYSTEM})
    return bool(section.transfers) or any(
        p.methods.ticked != only_network for p in section.provisions
    )


@rule(FocusedAssessment)
def provision_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 「行っていない」 ⇒ Ⅲ-５ 「提供・移転しない」; a 提供 (other than through the
    情報提供ネットワークシステム) or 移転 ⇒ Ⅲ-５ filled in (§3, §6.11 with its caveat).
    """
    entry = _entries(a)["s3.provision.not_provided"]
    ticked = a.s3.provision.not_provided
    if ProvisionStatus.NONE in a.s2.provision.status and not ticked:
        yield finding(
            entry,
            "provision-switch",
            "Ⅱ-５で提供・移転を「行っていない」ため、Ⅲ-５の「提供・移転しない」にチェックを入れ、Ⅲ-５の項目は空欄にしてください。",
        )
    elif ticked and _provides_outside_network(a):
        yield finding(
            entry,
            "provision-switch",
            "Ⅱ-５に移転先又は情報提供ネットワークシステム以外の方法による提供先があるため、Ⅲ-５の「提供・移転しない」のチェックを外し、"
            "不正な提供・移転が行われるリスクへの対策を記入してください。",
        )


# ---------------------------------------------------------------------------
# 情報提供ネットワークシステム (Ⅰ-5 ⇔ Ⅰ-2, Ⅱ-3, Ⅲ-6)
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def linkage_not_implemented(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-５-① 「実施しない」 ⇒ both Ⅲ-６ boxes ticked, and no 情報提供ネットワークシステム in
    Ⅱ-３-② or in any system's ③ (§3).
    """
    if a.s1.linkage.implemented is not Linkage.NO:
        return
    entries = _entries(a)
    for dotted, ticked in (
        ("s3.network.no_acquisition", a.s3.network.no_acquisition),
        ("s3.network.no_provision", a.s3.network.no_provision),
    ):
        if not ticked:
            entry = entries[dotted]
            yield finding(
                entry,
                "linkage-off",
                f"Ⅰ-５ 情報連携を「実施しない」ため、Ⅲ-６の「{entry.item.label}」にチェックを入れてください。",
            )
    if AcquisitionMethod.NETWORK_SYSTEM in a.s2.acquisition.methods:
        yield finding(
            entries["s2.acquisition.methods"],
            "linkage-off",
            "Ⅰ-５ 情報連携を「実施しない」ため、入手方法の「情報提供ネットワークシステム」のチェックを外してください。",
        )
    for system in a.s1.systems:
        if Connection.NETWORK_SYSTEM in system.connections:
            yield finding(
                entries[f"s1.systems[{system.key}].connections"],
                "linkage-off",
                "Ⅰ-５ 情報連携を「実施しない」ため、他のシステムとの接続の「情報提供ネットワークシステム」のチェックを外してください。",
            )


@rule(FocusedAssessment)
def linkage_implemented(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-５-① 「実施する」 ⇒ at least one Ⅲ-６ box unticked, and (warning) some system connects
    to the 情報提供ネットワークシステム (the 中間サーバー, §6.7).
    """
    if a.s1.linkage.implemented is not Linkage.YES:
        return
    entries = _entries(a)
    if a.s3.network.no_acquisition and a.s3.network.no_provision:
        yield finding(
            entries["s3.network.no_provision"],
            "linkage-on",
            "Ⅰ-５ 情報連携を「実施する」のに、Ⅲ-６の「接続しない（入手）」「接続しない（提供）」の両方にチェックがあります。"
            "接続する方のチェックを外し、そのリスクへの対策を記入してください。",
        )
    if a.s1.systems and not any(Connection.NETWORK_SYSTEM in s.connections for s in a.s1.systems):
        yield finding(
            entries["s1.systems"],
            "linkage-on",
            "Ⅰ-５ 情報連携を「実施する」のに、他のシステムとの接続で「情報提供ネットワークシステム」にチェックのあるシステム（中間サーバー等）がありません。",
            Severity.WARNING,
        )


@rule(FocusedAssessment)
def network_acquisition(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-３-② 入手方法 「情報提供ネットワークシステム」 ⇔ Ⅲ-６ 「接続しない（入手）」 unticked (§6.7).
    """
    entries = _entries(a)
    by_network = AcquisitionMethod.NETWORK_SYSTEM in a.s2.acquisition.methods
    if by_network and a.s3.network.no_acquisition:
        yield finding(
            entries["s3.network.no_acquisition"],
            "network-acquisition",
            "入手方法に「情報提供ネットワークシステム」があるため、Ⅲ-６の「接続しない（入手）」のチェックを外し、"
            "目的外の入手が行われるリスクへの対策を記入してください。",
        )
    elif (
        not by_network
        and not a.s3.network.no_acquisition
        and a.s1.linkage.implemented is Linkage.YES
    ):
        yield finding(
            entries["s2.acquisition.methods"],
            "network-acquisition",
            "Ⅲ-６で情報提供ネットワークシステムから入手するとしていますが、入手方法に「情報提供ネットワークシステム」のチェックがありません。",
            Severity.WARNING,
        )


@rule(FocusedAssessment)
def intra_agency_system(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-３-② 「庁内連携システム」 ⇒ some Ⅰ-２ system connects to the 庁内連携システム (§6.20; weak).
    """
    if AcquisitionMethod.INTRA_AGENCY not in a.s2.acquisition.methods or not a.s1.systems:
        return
    if not any(Connection.INTRA_AGENCY in s.connections for s in a.s1.systems):
        yield finding(
            _entries(a)["s2.acquisition.methods"],
            "intra-agency",
            "入手方法に「庁内連携システム」がありますが、Ⅰ-２のどのシステムも「庁内連携システム」と接続していません。確認してください。",
            Severity.WARNING,
        )


# ---------------------------------------------------------------------------
# Ⅲ-7 重大事故, Ⅲ-8 監査
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def incident_details(a: FocusedAssessment) -> Iterator[Finding]:
    """
    「発生なし」 ⇒ その内容 and 再発防止策の内容 are 「-」 or blank; 「発生あり」 ⇒ both filled (§6.12).
    """
    risk = a.s3.storage.risk
    entries = _entries(a)
    rows = (
        ("s3.storage.risk.incident_details", risk.incident_details),
        ("s3.storage.risk.prevention", risk.prevention),
    )
    for dotted, text in rows:
        entry = entries[dotted]
        if risk.incident is Incident.NONE and not is_blank(text):
            yield finding(
                entry,
                "incident-details",
                f"重大事故が「発生なし」のため、{entry.item.label}は「-」にしてください。",
            )
        elif risk.incident is Incident.OCCURRED and is_blank(text):
            yield finding(
                entry,
                "incident-details",
                f"重大事故が「発生あり」のため、{entry.item.label}を記入してください。",
            )


@rule(FocusedAssessment)
def audit_selected(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-８ 監査: a warning when no kind of audit is ticked.
    """
    if not a.s3.audit.performed:
        yield finding(
            _entries(a)["s3.audit.performed"],
            "audit-none",
            "監査（自己点検・内部監査・外部監査）が一つも選択されていません。実施しているものにチェックを入れてください。",
            Severity.WARNING,
        )


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def dates_before_publication(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Dates and 公表日 (§6.15).

    * Ⅴ-１-①実施日 is not after 公表日 (error: the 基礎項目評価 comes first).
    * ⑤保有開始日 and ⑥使用開始日 after 公表日: a warning, since an assessment done before a
      new file is held legitimately names a future date.
    * ⑤保有開始日 is not after ⑥使用開始日 (warning).
    """
    published = a.cover.published
    entries = _entries(a)
    performed = a.s5.basic_assessment.performed_on
    if isinstance(published, date):
        if isinstance(performed, date) and performed > published:
            yield finding(
                entries["s5.basic_assessment.performed_on"],
                "dates-after-publication",
                f"基礎項目評価の実施日（{format_wareki(performed)}）が公表日（{format_wareki(published)}）より後です。日付を見直してください。",
            )
        for dotted in ("s2.basics.retention_start", "s2.acquisition.usage_start"):
            entry = entries[dotted]
            if isinstance(entry.value, date) and entry.value > published:
                yield finding(
                    entry,
                    "dates-after-publication",
                    f"{entry.item.label}（{format_wareki(entry.value)}）が公表日（{format_wareki(published)}）より後です。"
                    "予定日であれば問題ありませんが、確認してください。",
                    Severity.WARNING,
                )
    start = a.s2.basics.retention_start
    use = a.s2.acquisition.usage_start
    if isinstance(start, date) and isinstance(use, date) and start > use:
        yield finding(
            entries["s2.acquisition.usage_start"],
            "dates-after-publication",
            f"使用開始日（{format_wareki(use)}）が保有開始日（{format_wareki(start)}）より前です。日付を見直してください。",
            Severity.WARNING,
        )


@rule(FocusedAssessment)
def review_date(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅴ-３-①第三者点検の実施日 is 「-」/blank or a 和暦 date not after 公表日.
    """
    text = a.s5.third_party_review.performed_on
    if is_blank(text):
        return
    entry = _entries(a)["s5.third_party_review.performed_on"]
    try:
        day = parse_wareki(text)
    except InvalidDateError as error:
        yield finding(
            entry,
            "review-date",
            f"{error} 第三者点検を実施していない場合は「-」と記入してください。",
        )
        return
    published = a.cover.published
    if isinstance(day, date) and isinstance(published, date) and day > published:
        yield finding(
            entry,
            "review-date",
            f"第三者点検の実施日（{format_wareki(day)}）が公表日（{format_wareki(published)}）より後です。日付を見直してください。",
        )


@rule(FocusedAssessment)
def history_dates(a: FocusedAssessment) -> Iterator[Finding]:
    """
    (別添２) rows are not dated after 公表日 (§6.15: the latest 変更日 is the 公表日).
    """
    published = a.cover.published
    if not isinstance(published, date):
        return
    for index, row in enumerate(a.history):
        if row.date > published:
            yield Finding(
                Severity.WARNING,
                "history-date",
                "（別添２） 変更箇所",
                f"history[{index}]",
                f"変更日（{format_wareki(row.date)}）が公表日（{format_wareki(published)}）より後です。公表日か変更日を見直してください。",
            )


# ---------------------------------------------------------------------------
# Values of the right kind (a module is Python: nothing stops Effort.SUFFICIENT in a 十分か)
# ---------------------------------------------------------------------------


def _field_type(owner: Any, name: str) -> Any:
    cls = type(owner)
    attrs.resolve_types(cls)
    return attrs.fields_dict(cls)[name].type


def _fits(value: Any, tp: Any) -> bool | None:
    """
    Whether ``value`` fits the annotation ``tp`` (``None``: not a kind this rule checks).
    """
    origin = get_origin(tp)
    if origin in {typing.Union, types.UnionType}:
        verdicts = [_fits(value, arm) for arm in get_args(tp)]
        if True in verdicts:
            return True
        return None if all(v is None for v in verdicts) else False
    if tp is type(None):
        return value is None
    if origin is Checks:
        (options,) = get_args(tp)
        return isinstance(value, Checks) and all(isinstance(o, options) for o in value)
    if tp in {str, bool, date}:
        return isinstance(value, tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return isinstance(value, tp)
    return None


def _options(tp: Any) -> type[Enum] | None:
    if get_origin(tp) is Checks:
        options: type[Enum] = get_args(tp)[0]
        return options
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    for arm in get_args(tp):
        found = _options(arm)
        if found is not None:
            return found
    return None


def _wrong_kind_message(value: Any, tp: Any) -> str:
    options = _options(tp)
    if options is not None:
        allowed = "、".join(f"「{o.value}」" for o in options)
        given = (
            [value] if isinstance(value, Enum) else list(value) if isinstance(value, Checks) else []
        )
        wrong = [o for o in given if not isinstance(o, options)]
        if wrong:
            texts = "、".join(f"「{o.value}」（{type(o).__name__}）" for o in wrong)
            return f"{texts}はこの項目の選択肢ではありません。{options.__name__} の選択肢（{allowed}）から選んでください。"
        return f"値（{value!r}）が選択肢ではありません。{options.__name__} の選択肢（{allowed}）から選んでください。"
    return f"値の種類（{type(value).__name__}）が様式に合いません（{tp}）。"


@rule(FocusedAssessment)
def choice_types(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Every value has the kind its item takes: choices from the item's own ＜選択肢＞ (the
    families 「十分である」 and 「十分に行っている」 must not be mixed, §2.1), ticks from its
    own checkbox list, text as text, dates as dates.
    """
    for entry in walk(a):
        if entry.kind is not Kind.FIELD or entry.owner is None:
            continue
        tp = _field_type(entry.owner, entry.path[-1])
        if _fits(entry.value, tp) is False:
            yield finding(entry, "wrong-choice", _wrong_kind_message(entry.value, tp))
