"""
Rules on counts, the しきい値判断結果 and dates (Ⅰ-1③, Ⅱ-2②, Ⅵ, 公表日).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from ....validate import Finding, Severity, finding
from ....walk import is_empty
from ....wareki import InvalidDateError, wareki
from ...choices import (
    FullThresholdResult,
    PersonCount,
)
from ...common_rules import PERSON_BANDS, entries_of, is_blank, late_date_findings
from .. import FullAssessment
from ._base import (
    ALLOWED_THRESHOLD_RESULTS,
    PERIOD,
    PUBLIC_COMMENT_DAYS,
    TARGET_BANDS,
    WARNING,
    file_paths,
)

__all__: list[str] = []


# ---------------------------------------------------------------------------
# Counts and threshold
# ---------------------------------------------------------------------------


def person_counts(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-1③対象人数 and Ⅱ-2②対象となる本人の数 overlap; a 委託事項, 提供先 or 移転先 holds no
    more persons than its file.
    """
    index = entries_of(assessment)
    target = assessment.s1.affair.target_count
    for file, path in file_paths(assessment):
        count = file.basics.person_count
        if count is None:
            continue
        low, high = PERSON_BANDS[count]
        if target is not None:
            t_low, t_high = TARGET_BANDS[target]
            if high <= t_low or t_high <= low:
                yield finding(
                    index[f"{path}.basics.person_count"],
                    "zenkomoku.person-count",
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
                    "zenkomoku.person-count",
                    f"本人の数「{sub.value}」がⅡ-2②対象となる本人の数「{count.value}」を超えています。ファイルの一部であるため、Ⅱ-2②以下にしてください。",
                )


def threshold_result(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ-1②しきい値判断結果 is possible for Ⅰ-1③対象人数 (30万人以上 ⇒ 基礎項目評価及び全項目評価).
    """
    target = assessment.s1.affair.target_count
    result = assessment.s6.basic_assessment.threshold
    if target is None or result is None or result in ALLOWED_THRESHOLD_RESULTS[target]:
        return
    allowed = "」又は「".join(
        r.value for r in FullThresholdResult if r in ALLOWED_THRESHOLD_RESULTS[target]
    )
    yield finding(
        entries_of(assessment)["s6.basic_assessment.threshold"],
        "zenkomoku.threshold",
        f"対象人数「{target.value}」では、しきい値判断結果は「{allowed}」になります。Ⅰ-1③かⅥ-1②を見直してください。",
    )


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _dated(assessment: FullAssessment) -> Iterator[tuple[str, Severity]]:
    """
    (path, severity if later than 公表日) of every dated item.
    """
    for _, path in file_paths(assessment):
        yield f"{path}.basics.holding_start", WARNING
        yield f"{path}.acquisition.usage_start", WARNING
    for dotted in (
        "cover.approved",
        "s6.basic_assessment.performed_on",
        "s6.third_party_review.performed_on",
        "s6.approval.submitted",
    ):
        yield dotted, Severity.ERROR


def dates_not_after_publication(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ dates (and the 承認日) are not after 公表日; 保有開始日 and 使用開始日 later than
    公表日 are a warning (normal only for an assessment made before the file is held).
    """
    published = assessment.cover.published
    if published is None:
        return
    index = entries_of(assessment)
    yield from late_date_findings(index, published, _dated(assessment), "zenkomoku.dates")


def _period(text: str) -> tuple[date, date] | None:
    match = PERIOD.match(text)
    if match is None:
        return None
    try:
        return wareki(match["start"]), wareki(match["end"])
    except InvalidDateError:
        return None


def public_comment_period(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅵ-2②実施日・期間 lasts 30日以上 unless ③ gives a reason, ends before the 第三者点検
    and before 公表日.
    """
    comment = assessment.s6.public_comment
    if not comment.period.strip():
        return
    index = entries_of(assessment)
    entry = index["s6.public_comment.period"]
    found = _period(comment.period)
    if found is None:
        yield finding(
            entry,
            "zenkomoku.public-comment",
            "実施日・期間は「令和3年11月2日から令和3年12月1日まで」の形で記載してください。",
            WARNING,
        )
        return
    start, end = found
    if end < start:
        yield finding(entry, "zenkomoku.public-comment", "期間の終了日が開始日より前です。")
        return
    days = (end - start).days + 1
    if days < PUBLIC_COMMENT_DAYS and is_blank(comment.shortening_reason):
        yield finding(
            entry,
            "zenkomoku.public-comment",
            f"意見聴取の期間が{days}日です。30日未満とする場合は③期間を短縮する特段の理由を記載してください。",
            WARNING,
        )
    reviews = assessment.s6.third_party_review.performed_on
    if reviews and min(reviews) < end:
        yield finding(
            entry,
            "zenkomoku.public-comment",
            "第三者点検（Ⅵ-3①）が意見聴取の終了より前です。意見聴取の後に第三者点検を行ってください。",
            WARNING,
        )
    published = assessment.cover.published
    if published is not None and published < end:
        yield finding(
            entry,
            "zenkomoku.public-comment",
            "意見聴取の終了日が公表日より後です。日付を確認してください。",
        )


def review_or_approval(assessment: FullAssessment) -> Iterator[Finding]:
    """
    A 地方公共団体等 (no 承認日, no Ⅵ-4) fills Ⅵ-3 第三者点検 once it publishes.
    """
    procedure = assessment.s6
    government = assessment.cover.approved is not None or not is_empty(procedure.approval)
    if government or assessment.cover.published is None:
        return
    index = entries_of(assessment)
    for name in ("performed_on", "method", "result"):
        value: Any = getattr(procedure.third_party_review, name)
        if is_empty(value):
            entry = index[f"s6.third_party_review.{name}"]
            yield finding(
                entry,
                "zenkomoku.third-party-review",
                f"地方公共団体等の全項目評価では第三者点検が必要です。Ⅵ-3の{entry.item.heading}を記載してください（行政機関等の場合はⅥ-4を記載してください）。",
            )
