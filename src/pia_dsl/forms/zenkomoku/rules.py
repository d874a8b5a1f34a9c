"""
Consistency rules of the 全項目評価書 (form-zenkomoku.md §3 and §7).

Each rule names the official item it is about and says in Japanese what to do.  Items
that a switch empties are left to the generic rules (``switch-empties``); these rules
check what the generic ones cannot see: agreement between sections and between files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ...validate import Finding, Severity, finding, rule
from ...walk import Entry, is_empty, walk
from ...wareki import InvalidDateError, format_wareki, wareki
from ..choices import (
    AcquisitionMethod,
    Connection,
    Consigning,
    DeceasedNumbers,
    Fee,
    FullThresholdResult,
    Incident,
    Linkage,
    PersonCount,
    Practice,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    TargetCount,
)
from . import FullAssessment
from .s2_files import FileOverview
from .s3_risks import FileRisks

__all__ = ["ALLOWED_THRESHOLD_RESULTS", "DASHES", "PERSON_BANDS", "TARGET_BANDS", "is_dash"]

WARNING = Severity.WARNING

#: What a form prints for 「該当なし」.
DASHES = frozenset({"-", "－", "—", "―", "‐", "ー", "−"})

INFINITY = 10**12

#: ③対象人数 bands as half-open intervals of persons.
TARGET_BANDS: dict[TargetCount, tuple[int, int]] = {
    TargetCount.UNDER_1K: (0, 1_000),
    TargetCount.FROM_1K_TO_10K: (1_000, 10_000),
    TargetCount.FROM_10K_TO_100K: (10_000, 100_000),
    TargetCount.FROM_100K_TO_300K: (100_000, 300_000),
    TargetCount.FROM_300K: (300_000, INFINITY),
}

#: 対象となる本人の数 bands as half-open intervals of persons.
PERSON_BANDS: dict[PersonCount, tuple[int, int]] = {
    PersonCount.UNDER_10K: (0, 10_000),
    PersonCount.FROM_10K_TO_100K: (10_000, 100_000),
    PersonCount.FROM_100K_TO_1M: (100_000, 1_000_000),
    PersonCount.FROM_1M_TO_10M: (1_000_000, 10_000_000),
    PersonCount.FROM_10M: (10_000_000, INFINITY),
}

#: しきい値判断結果 that ③対象人数 allows (rules.md §1.3).  The form does not record
#: 取扱者数 (500人以上) or a 重大事故 in the past year, so a band allows every result that
#: either value of those factors gives.  Cells marked [R] in rules.md: 1,000人以上1万人未満.
ALLOWED_THRESHOLD_RESULTS: dict[TargetCount, frozenset[FullThresholdResult]] = {
    TargetCount.UNDER_1K: frozenset({FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU}),
    TargetCount.FROM_1K_TO_10K: frozenset({FullThresholdResult.KISO_VOLUNTARY_ZENKOMOKU}),
    TargetCount.FROM_10K_TO_100K: frozenset(
        {
            FullThresholdResult.KISO_VOLUNTARY_ZENKOMOKU,
            FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
        }
    ),
    TargetCount.FROM_100K_TO_300K: frozenset(
        {
            FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
            FullThresholdResult.KISO_AND_ZENKOMOKU,
        }
    ),
    TargetCount.FROM_300K: frozenset({FullThresholdResult.KISO_AND_ZENKOMOKU}),
}

#: 国民・住民等からの意見の聴取: the period the 指針 expects (30日以上).
PUBLIC_COMMENT_DAYS = 30

_PERIOD = re.compile(r"^\s*(?P<start>\S+?日)\s*(?:から|～|~|〜)\s*(?P<end>\S+?日)\s*(?:まで)?\s*$")


def is_dash(text: str) -> bool:
    """
    Whether ``text`` is blank or only 「-」 (the form's 「該当なし」).
    """
    return not text.strip() or text.strip() in DASHES


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


class _Index:
    """
    The walker's entries of one assessment, by attribute path.
    """

    def __init__(self, assessment: FullAssessment) -> None:
        self.entries: dict[str, Entry] = {e.dotted: e for e in walk(assessment)}

    def __getitem__(self, dotted: str) -> Entry:
        return self.entries[dotted]


def _file_paths(assessment: FullAssessment) -> Iterator[tuple[FileOverview, str]]:
    for file in assessment.s2.files:
        yield file, f"s2.files[{file.key}]"


def _risks_by_key(assessment: FullAssessment) -> dict[str, FileRisks]:
    return {risks.key: risks for risks in assessment.s3.files}


# ---------------------------------------------------------------------------
# Files: Ⅰ-3, Ⅱ-1, Ⅲ-1, （別添２）
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def files_present(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ has at least one 特定個人情報ファイル.
    """
    if not assessment.s2.files:
        yield finding(
            _Index(assessment)["s2.files"],
            "zenkomoku-files-present",
            "特定個人情報ファイルが1件もありません。Ⅱ（特定個人情報ファイルの概要）をファイルごとに記載してください。",
        )


@rule(FullAssessment)
def file_keys_match(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ and （別添２） have one block per Ⅱ file, under the same keys and in the same order.
    """
    index = _Index(assessment)
    expected = [f.key for f in assessment.s2.files]
    for dotted, section in (("s3.files", "Ⅲ"), ("annex2.files", "（別添２）")):
        members = index[dotted].value
        keys = [m.key for m in members]
        if keys == expected:
            continue
        missing = [k for k in expected if k not in keys]
        extra = [k for k in keys if k not in expected]
        parts = []
        if missing:
            parts.append(f"Ⅱにあって{section}にないファイル: {'、'.join(missing)}")
        if extra:
            parts.append(f"{section}にあってⅡにないファイル: {'、'.join(extra)}")
        if not parts:
            parts.append(f"順序がⅡと異なります（Ⅱ: {'、'.join(expected)}）")
        yield finding(
            index[dotted],
            "zenkomoku-file-keys",
            f"{section}はⅡと同じ特定個人情報ファイル（同じキー）ごとに記載してください。{'。'.join(parts)}。",
        )


@rule(FullAssessment)
def file_names_match(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-1 特定個人情報ファイル名 is the Ⅱ-1 name of the same file.
    """
    index = _Index(assessment)
    names = {f.key: f.name for f in assessment.s2.files}
    for risks in assessment.s3.files:
        expected = names.get(risks.key)
        if expected is None or _squash(expected) == _squash(risks.name) or not expected.strip():
            continue
        yield finding(
            index[f"s3.files[{risks.key}].name"],
            "zenkomoku-file-name-match",
            f"Ⅲ-1の特定個人情報ファイル名「{risks.name}」がⅡ-1「{expected}」と一致しません。同じ名称にしてください。",
        )


@rule(FullAssessment)
def file_names_listed(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-3 特定個人情報ファイル名 names every file of Ⅱ-1.
    """
    listed = _squash(assessment.s1.file_names)
    if not listed:
        return  # 未記入 is reported by the generic rule
    for file, _ in _file_paths(assessment):
        if file.name.strip() and _squash(file.name) not in listed:
            yield finding(
                _Index(assessment)["s1.file_names"],
                "zenkomoku-file-names-listed",
                f"Ⅱ-1の特定個人情報ファイル「{file.name}」がⅠ-3に記載されていません。Ⅰ-3に全てのファイル名を記載してください。",
            )


@rule(FullAssessment)
def main_items_include_number(assessment: FullAssessment) -> Iterator[Finding]:
    """
    主な記録項目 of a 特定個人情報ファイル includes 個人番号.
    """
    index = _Index(assessment)
    for file, path in _file_paths(assessment):
        ticked = file.basics.main_items
        if ticked and RecordCategory.INDIVIDUAL_NUMBER not in ticked:
            yield finding(
                index[f"{path}.basics.main_items"],
                "zenkomoku-main-items-number",
                "特定個人情報ファイルには個人番号が記録されます。主な記録項目の「個人番号」にチェックしてください。",
            )


# ---------------------------------------------------------------------------
# Ⅱ-4 / Ⅲ-4 委託
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def consignment_items(assessment: FullAssessment) -> Iterator[Finding]:
    """
    委託する ⇒ at least one 委託事項 (委託しない ⇒ none is the generic ``switch-empties``).
    """
    index = _Index(assessment)
    for file, path in _file_paths(assessment):
        if file.consignment.status is Consigning.YES and not file.consignment.items:
            yield finding(
                index[f"{path}.consignment.status"],
                "zenkomoku-consignment-items",
                "「委託する」を選択した場合は、委託事項を1件以上記載してください（件数は委託事項の数になります）。",
            )


@rule(FullAssessment)
def consignment_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ-4 委託の有無 agrees with Ⅲ-4 「委託しない」 of the same file.
    """
    index = _Index(assessment)
    risks = _risks_by_key(assessment)
    for file, _ in _file_paths(assessment):
        block = risks.get(file.key)
        status = file.consignment.status
        if block is None or status is None:
            continue
        entry = index[f"s3.files[{file.key}].consignment.not_consigned"]
        if status is Consigning.YES and block.consignment.not_consigned:
            yield finding(
                entry,
                "zenkomoku-consignment-switch",
                "Ⅱ-4で「委託する」を選択しているため、Ⅲ-4の「委託しない」のチェックを外し、委託に関するリスク対策を記載してください。",
            )
        if status is Consigning.NO and not block.consignment.not_consigned:
            yield finding(
                entry,
                "zenkomoku-consignment-switch",
                "Ⅱ-4で「委託しない」を選択しているため、Ⅲ-4の「委託しない」にチェックしてください。",
            )


@rule(FullAssessment)
def reconsign_assurance(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-4 再委託先による…確保 is 「再委託していない」 exactly when no 委託事項 is 再委託する.
    """
    index = _Index(assessment)
    risks = _risks_by_key(assessment)
    for file, _ in _file_paths(assessment):
        block = risks.get(file.key)
        if block is None or block.consignment.not_consigned:
            continue
        chosen = block.consignment.reconsignment.status
        if chosen is None:
            continue
        reconsigned = any(
            c.reconsignment.status is Reconsigning.YES for c in file.consignment.items
        )
        entry = index[f"s3.files[{file.key}].consignment.reconsignment.status"]
        if reconsigned and chosen is ReconsignAssurance.NOT_RECONSIGNED:
            yield finding(
                entry,
                "zenkomoku-reconsign-assurance",
                "Ⅱ-4に「再委託する」委託事項があるため、「再委託していない」以外を選択し、具体的な方法を記載してください。",
            )
        if not reconsigned and chosen is not ReconsignAssurance.NOT_RECONSIGNED:
            yield finding(
                entry,
                "zenkomoku-reconsign-assurance",
                "Ⅱ-4の委託事項はいずれも再委託していないため、「再委託していない」を選択してください。",
            )


# ---------------------------------------------------------------------------
# Ⅱ-5 / Ⅲ-5 提供・移転
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def provision_status(assessment: FullAssessment) -> Iterator[Finding]:
    """
    提供・移転の有無 agrees with the 提供先 and 移転先 written.
    """
    index = _Index(assessment)
    for file, path in _file_paths(assessment):
        section = file.provision
        entry = index[f"{path}.provision.status"]
        ticked = section.status
        if not ticked:
            continue  # 未記入 is reported by the generic rule
        if ProvisionStatus.NONE in ticked and len(ticked) > 1:
            yield finding(
                entry,
                "zenkomoku-provision-status",
                "「行っていない」と「提供を行っている」「移転を行っている」は同時にチェックできません。",
            )
        pairs = (
            (ProvisionStatus.PROVIDING, section.provisions, "提供先"),
            (ProvisionStatus.TRANSFERRING, section.transfers, "移転先"),
        )
        for option, members, caption in pairs:
            if option in ticked and not members:
                yield finding(
                    entry,
                    "zenkomoku-provision-status",
                    f"「{option.value}」にチェックがありますが{caption}がありません。{caption}を記載するか、チェックを外してください。",
                )
            if option not in ticked and members and ProvisionStatus.NONE not in ticked:
                yield finding(
                    entry,
                    "zenkomoku-provision-status",
                    f"{caption}が{len(members)}件ありますが「{option.value}」にチェックがありません。チェックしてください。",
                )


def _needs_provision_risks(file: FileOverview) -> bool:
    """
    Whether Ⅲ-5 applies: a 移転先, or a 提供先 using a channel other than the network system.
    """
    section = file.provision
    if section.transfers:
        return True
    return any(
        option is not ProvisionMethod.NETWORK_SYSTEM
        for provision in section.provisions
        for option in provision.methods
    )


@rule(FullAssessment)
def provision_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-5 「提供・移転しない」 agrees with Ⅱ-5 of the same file.
    """
    index = _Index(assessment)
    risks = _risks_by_key(assessment)
    for file, _ in _file_paths(assessment):
        block = risks.get(file.key)
        if block is None:
            continue
        entry = index[f"s3.files[{file.key}].provision.not_provided"]
        switched = block.provision.not_provided
        if ProvisionStatus.NONE in file.provision.status and not switched:
            yield finding(
                entry,
                "zenkomoku-provision-switch",
                "Ⅱ-5で提供・移転を「行っていない」ため、Ⅲ-5の「提供・移転しない」にチェックしてください。",
            )
        if switched and _needs_provision_risks(file):
            yield finding(
                entry,
                "zenkomoku-provision-switch",
                "Ⅱ-5に移転先、又は情報提供ネットワークシステム以外の方法による提供先があるため、Ⅲ-5の「提供・移転しない」のチェックを外し、リスク対策を記載してください。",
            )


# ---------------------------------------------------------------------------
# Ⅰ-6 / Ⅲ-6 情報提供ネットワークシステム
# ---------------------------------------------------------------------------


def _network_channels(assessment: FullAssessment) -> list[str]:
    """
    Where the assessment names the 情報提供ネットワークシステム as a channel.
    """
    found: list[str] = []
    for number, system in enumerate(assessment.s1.systems, start=1):
        if Connection.NETWORK_SYSTEM in system.connections:
            found.append(f"Ⅰ-2 システム{number}")
    for file, _ in _file_paths(assessment):
        if AcquisitionMethod.NETWORK_SYSTEM in file.acquisition.methods:
            found.append(f"Ⅱ-3②（{file.name}）")
        for number, provision in enumerate(file.provision.provisions, start=1):
            if ProvisionMethod.NETWORK_SYSTEM in provision.methods:
                found.append(f"Ⅱ-5 提供先{number}（{file.name}）")
    return found


@rule(FullAssessment)
def linkage_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-6① 実施しない ⇒ Ⅲ-6 both 「接続しない」 ticked; 実施する ⇒ some file connects.
    """
    index = _Index(assessment)
    status = assessment.s1.linkage.status
    if status is Linkage.NO:
        for risks in assessment.s3.files:
            network = risks.network
            if not (network.no_acquisition and network.no_provision):
                yield finding(
                    index[f"s3.files[{risks.key}].network"],
                    "zenkomoku-linkage-switch",
                    "Ⅰ-6①で情報連携を「実施しない」ため、Ⅲ-6の「接続しない（入手）」「接続しない（提供）」の両方にチェックしてください。",
                )
    if (
        status is Linkage.YES
        and assessment.s3.files
        and all(r.network.no_acquisition and r.network.no_provision for r in assessment.s3.files)
    ):
        yield finding(
            index["s1.linkage.status"],
            "zenkomoku-linkage-switch",
            "Ⅰ-6①で情報連携を「実施する」としていますが、Ⅲ-6は全て「接続しない」です。Ⅲ-6のリスク対策を記載するか、Ⅰ-6①を見直してください。",
        )


@rule(FullAssessment)
def linkage_channels(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-6① agrees with the systems, 入手方法 and 提供方法 that name the network system.
    """
    status = assessment.s1.linkage.status
    entry = _Index(assessment)["s1.linkage.status"]
    channels = _network_channels(assessment)
    if status is Linkage.NO and channels:
        yield finding(
            entry,
            "zenkomoku-linkage-channels",
            f"Ⅰ-6①は「実施しない」ですが、{'、'.join(channels)}で情報提供ネットワークシステムを使用しています。どちらかを修正してください。",
        )
    if status is Linkage.YES and not channels:
        yield finding(
            entry,
            "zenkomoku-linkage-channels",
            "Ⅰ-6①は「実施する」ですが、Ⅰ-2の接続先、Ⅱ-3②入手方法、Ⅱ-5提供方法のいずれにも情報提供ネットワークシステムがありません。確認してください。",
            WARNING,
        )


# ---------------------------------------------------------------------------
# Counts and threshold
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def person_counts(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-1③対象人数 and Ⅱ-2②対象となる本人の数 overlap; a 委託事項, 提供先 or 移転先 holds no
    more persons than its file.
    """
    index = _Index(assessment)
    target = assessment.s1.business.target_count
    for file, path in _file_paths(assessment):
        count = file.basics.person_count
        if count is None:
            continue
        low, high = PERSON_BANDS[count]
        if target is not None:
            t_low, t_high = TARGET_BANDS[target]
            if high <= t_low or t_high <= low:
                yield finding(
                    index[f"{path}.basics.person_count"],
                    "zenkomoku-person-count",
                    f"対象となる本人の数「{count.value}」がⅠ-1③対象人数「{target.value}」と整合しません。どちらかを確認してください。",
                    WARNING,
                )
        subsets: list[tuple[str, PersonCount | None]] = []
        for member in file.consignment.items:
            subsets.append(
                (f"{path}.consignment.items[{member.key}].person_count", member.person_count)
            )
        for provision in file.provision.provisions:
            subsets.append(
                (
                    f"{path}.provision.provisions[{provision.key}].person_count",
                    provision.person_count,
                )
            )
        for transfer in file.provision.transfers:
            subsets.append(
                (f"{path}.provision.transfers[{transfer.key}].person_count", transfer.person_count)
            )
        for dotted, sub in subsets:
            if sub is not None and PERSON_BANDS[sub][0] >= high:
                yield finding(
                    index[dotted],
                    "zenkomoku-person-count",
                    f"本人の数「{sub.value}」がⅡ-2②対象となる本人の数「{count.value}」を超えています。ファイルの一部であるため、Ⅱ-2②以下にしてください。",
                )


@rule(FullAssessment)
def threshold_result(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ-1②しきい値判断結果 is possible for Ⅰ-1③対象人数 (30万人以上 ⇒ 基礎項目評価及び全項目評価).
    """
    target = assessment.s1.business.target_count
    result = assessment.s6.kiso.threshold
    if target is None or result is None or result in ALLOWED_THRESHOLD_RESULTS[target]:
        return
    allowed = "」又は「".join(
        r.value for r in FullThresholdResult if r in ALLOWED_THRESHOLD_RESULTS[target]
    )
    yield finding(
        _Index(assessment)["s6.kiso.threshold"],
        "zenkomoku-threshold",
        f"対象人数「{target.value}」では、しきい値判断結果は「{allowed}」になります。Ⅰ-1③かⅥ-1②を見直してください。",
    )


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _dates(assessment: FullAssessment) -> Iterator[tuple[str, date, Severity]]:
    """
    (path, date, severity if later than 公表日) of every dated item.
    """
    for file, path in _file_paths(assessment):
        if isinstance(file.basics.holding_start, date):
            yield f"{path}.basics.holding_start", file.basics.holding_start, WARNING
        if file.acquisition.start is not None:
            yield f"{path}.acquisition.start", file.acquisition.start, WARNING
    if assessment.cover.approved is not None:
        yield "cover.approved", assessment.cover.approved, Severity.ERROR
    if assessment.s6.kiso.performed is not None:
        yield "s6.kiso.performed", assessment.s6.kiso.performed, Severity.ERROR
    for day in assessment.s6.review.dates:
        yield "s6.review.dates", day, Severity.ERROR
    if assessment.s6.approval.submitted is not None:
        yield "s6.approval.submitted", assessment.s6.approval.submitted, Severity.ERROR


@rule(FullAssessment)
def dates_not_after_publication(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ dates (and the 承認日) are not after 公表日; 保有開始日 and 使用開始日 later than
    公表日 are a warning (normal only for an assessment made before the file is held).
    """
    published = assessment.cover.published
    if published is None:
        return
    index = _Index(assessment)
    shown = format_wareki(published)
    for dotted, day, severity in _dates(assessment):
        if day <= published:
            continue
        if severity is WARNING:
            message = f"公表日（{shown}）より後の日付です。保有・使用の開始前に評価する場合は予定日で差し支えありませんが、日付を確認してください。"
        else:
            message = f"公表日（{shown}）より後の日付です。評価実施手続は公表前に行うため、日付を確認してください。"
        yield finding(index[dotted], "zenkomoku-dates", message, severity)


def _period(text: str) -> tuple[date, date] | None:
    match = _PERIOD.match(text)
    if match is None:
        return None
    try:
        return wareki(match["start"]), wareki(match["end"])
    except InvalidDateError:
        return None


@rule(FullAssessment)
def public_comment_period(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ-2②実施日・期間 lasts 30日以上 unless ③ gives a reason, ends before the 第三者点検
    and before 公表日.
    """
    comment = assessment.s6.public_comment
    if not comment.period.strip():
        return
    index = _Index(assessment)
    entry = index["s6.public_comment.period"]
    found = _period(comment.period)
    if found is None:
        yield finding(
            entry,
            "zenkomoku-public-comment",
            "実施日・期間は「令和3年11月2日から令和3年12月1日まで」の形で記載してください。",
            WARNING,
        )
        return
    start, end = found
    if end < start:
        yield finding(entry, "zenkomoku-public-comment", "期間の終了日が開始日より前です。")
        return
    days = (end - start).days + 1
    if days < PUBLIC_COMMENT_DAYS and is_dash(comment.shortening_reason):
        yield finding(
            entry,
            "zenkomoku-public-comment",
            f"意見聴取の期間が{days}日です。30日未満とする場合は③期間を短縮する特段の理由を記載してください。",
            WARNING,
        )
    reviews = assessment.s6.review.dates
    if reviews and min(reviews) < end:
        yield finding(
            entry,
            "zenkomoku-public-comment",
            "第三者点検（Ⅵ-3①）が意見聴取の終了より前です。意見聴取の後に第三者点検を行ってください。",
            WARNING,
        )
    published = assessment.cover.published
    if published is not None and published < end:
        yield finding(
            entry,
            "zenkomoku-public-comment",
            "意見聴取の終了日が公表日より後です。日付を確認してください。",
        )


# ---------------------------------------------------------------------------
# Single items with dependent texts
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def incident_details(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-7 リスク１⑨: 発生あり ⇒ その内容 and 再発防止策の内容; 発生なし ⇒ 「-」 or blank.
    """
    index = _Index(assessment)
    for risks in assessment.s3.files:
        incident = risks.storage.risk1.incident
        base = f"s3.files[{risks.key}].storage.risk1.incident"
        for name in ("content", "prevention"):
            text: str = getattr(incident, name)
            entry = index[f"{base}.{name}"]
            if incident.status is Incident.OCCURRED and is_dash(text):
                yield finding(
                    entry,
                    "zenkomoku-incident-details",
                    f"重大事故が「発生あり」のため、{entry.item.label}を記載してください。",
                )
            if incident.status is Incident.NONE and not is_dash(text):
                yield finding(
                    entry,
                    "zenkomoku-incident-details",
                    f"重大事故が「発生なし」のため、{entry.item.label}は「-」としてください。",
                )


@rule(FullAssessment)
def deceased_numbers_method(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-7 リスク１⑩: 保管している ⇒ 具体的な保管方法.
    """
    index = _Index(assessment)
    for risks in assessment.s3.files:
        deceased = risks.storage.risk1.deceased
        if deceased.status is DeceasedNumbers.KEPT and is_dash(deceased.method):
            yield finding(
                index[f"s3.files[{risks.key}].storage.risk1.deceased.method"],
                "zenkomoku-deceased-numbers",
                "死者の個人番号を「保管している」ため、具体的な保管方法を記載してください。",
            )


@rule(FullAssessment)
def fee_detail(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅴ-1③ 有料 ⇒ （手数料額、納付方法： ） is filled.
    """
    request = assessment.s5.request
    if request.fee is Fee.CHARGED and is_dash(request.fee_detail):
        yield finding(
            _Index(assessment)["s5.request.fee_detail"],
            "zenkomoku-fee",
            "手数料等が「有料」のため、（手数料額、納付方法： ）に手数料額と納付方法を記載してください。",
        )


@rule(FullAssessment)
def file_register(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅴ-1④ 行っている ⇒ 個人情報ファイル名 and 公表場所.
    """
    register = assessment.s5.request.register
    if register.status is not Practice.DONE:
        return
    index = _Index(assessment)
    for name in ("file_name", "location"):
        if is_dash(getattr(register, name)):
            entry = index[f"s5.request.register.{name}"]
            yield finding(
                entry,
                "zenkomoku-file-register",
                f"個人情報ファイル簿の公表を「行っている」ため、{entry.item.label}を記載してください。",
            )


@rule(FullAssessment)
def retention_validity(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ-6② 期間 is justified in その妥当性 (not a bare 「-」).
    """
    index = _Index(assessment)
    for file, path in _file_paths(assessment):
        term = file.retention.term
        if term.period is not None and term.validity.strip() in DASHES:
            yield finding(
                index[f"{path}.retention.term.validity"],
                "zenkomoku-retention",
                f"保管期間「{term.period.value}」の妥当性（根拠となる法令や事務上の必要性）を記載してください。",
            )


# ---------------------------------------------------------------------------
# Agreement of names across sections
# ---------------------------------------------------------------------------


@rule(FullAssessment)
def title_matches_business(assessment: FullAssessment) -> Iterator[Finding]:
    """
    評価書名 is 「<事務の名称>　全項目評価書」.
    """
    name = assessment.s1.business.name.strip()
    title = _squash(assessment.cover.title)
    if name and title and not (title.startswith(_squash(name)) and title.endswith("全項目評価書")):
        yield finding(
            _Index(assessment)["cover.title"],
            "zenkomoku-title",
            f"評価書名は「{name}　全項目評価書」としてください。",
            WARNING,
        )


@rule(FullAssessment)
def departments_agree(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-7①部署 = Ⅱ-2⑥事務担当部署, and Ⅱ-3⑦使用部署 includes it.
    """
    index = _Index(assessment)
    department = _squash(assessment.s1.department.name)
    for file, path in _file_paths(assessment):
        own = _squash(file.basics.department)
        if department and own and own not in department:
            yield finding(
                index[f"{path}.basics.department"],
                "zenkomoku-departments",
                f"事務担当部署「{file.basics.department}」がⅠ-7①部署「{assessment.s1.department.name}」と一致しません。組織変更の反映漏れがないか確認してください。",
                WARNING,
            )
        users = _squash(file.acquisition.users.departments)
        if own and users and own not in users:
            yield finding(
                index[f"{path}.acquisition.users.departments"],
                "zenkomoku-departments",
                f"使用部署に事務担当部署「{file.basics.department}」が含まれていません。組織変更の反映漏れがないか確認してください。",
                WARNING,
            )


@rule(FullAssessment)
def systems_present(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-2 names at least one system.
    """
    if not assessment.s1.systems:
        yield finding(
            _Index(assessment)["s1.systems"],
            "zenkomoku-systems-present",
            "事務で使用するシステムが記載されていません。Ⅰ-2にシステムを記載してください。",
            WARNING,
        )


@rule(FullAssessment)
def review_or_approval(assessment: FullAssessment) -> Iterator[Finding]:
    """
    A 地方公共団体等 (no 承認日, no Ⅵ-4) fills Ⅵ-3 第三者点検 once it publishes.
    """
    procedure = assessment.s6
    government = assessment.cover.approved is not None or not is_empty(procedure.approval)
    if government or assessment.cover.published is None:
        return
    index = _Index(assessment)
    for name in ("dates", "method", "result"):
        value: Any = getattr(procedure.review, name)
        if is_empty(value):
            entry = index[f"s6.review.{name}"]
            yield finding(
                entry,
                "zenkomoku-third-party-review",
                f"地方公共団体等の全項目評価では第三者点検が必要です。Ⅵ-3の{entry.item.heading}を記載してください（行政機関等の場合はⅥ-4を記載してください）。",
            )
