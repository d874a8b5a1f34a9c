"""
Rules on dates: 公表日, 実施日, 保有開始日/使用開始日 and the (別添２) rows (``form-jyuten.md`` §6.15).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ....validate import Finding, Severity, finding
from ....wareki import InvalidDateError, format_wareki, parse_wareki
from ...common_rules import entries_of, is_blank, late_date_findings
from .. import FocusedAssessment

__all__ = ["dates_before_publication", "history_dates", "review_date"]


def dates_before_publication(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Dates and 公表日 (§6.15).

    * Ⅴ-１-①実施日 is not after 公表日 (error: the 基礎項目評価 comes first).
    * ⑤保有開始日 and ⑥使用開始日 after 公表日: a warning, since an assessment done before a
      new file is held legitimately names a future date.
    * ⑤保有開始日 is not after ⑥使用開始日 (warning).
    """
    published = a.cover.published
    entries = entries_of(a)
    if isinstance(published, date):
        dated = (
            ("s5.basic_assessment.performed_on", Severity.ERROR),
            ("s2.basics.holding_start", Severity.WARNING),
            ("s2.acquisition.usage_start", Severity.WARNING),
        )
        yield from late_date_findings(entries, published, dated, "juten.dates-after-publication")
    start = a.s2.basics.holding_start
    use = a.s2.acquisition.usage_start
    if isinstance(start, date) and isinstance(use, date) and start > use:
        yield finding(
            entries["s2.acquisition.usage_start"],
            "juten.dates-after-publication",
            f"使用開始日（{format_wareki(use)}）が保有開始日（{format_wareki(start)}）より前です。日付を見直してください。",
            Severity.WARNING,
        )


def review_date(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅴ-３-①第三者点検の実施日 is 「-」/blank or a 和暦 date not after 公表日.
    """
    text = a.s5.third_party_review.performed_on
    if is_blank(text):
        return
    entry = entries_of(a)["s5.third_party_review.performed_on"]
    try:
        day = parse_wareki(text)
    except InvalidDateError as error:
        yield finding(
            entry,
            "juten.review-date",
            f"{error} 第三者点検を実施していない場合は「-」と記入してください。",
        )
        return
    published = a.cover.published
    if isinstance(day, date) and isinstance(published, date) and day > published:
        yield finding(
            entry,
            "juten.review-date",
            f"第三者点検の実施日（{format_wareki(day)}）が公表日（{format_wareki(published)}）より後です。日付を見直してください。",
        )


def history_dates(a: FocusedAssessment) -> Iterator[Finding]:
    """
    (別添２) rows are not dated after 公表日 (§6.15: the latest 変更日 is the 公表日).
    """
    published = a.cover.published
    if not isinstance(published, date):
        return
    for index, row in enumerate(a.history):
        if row.date is not None and row.date > published:
            yield Finding(
                Severity.WARNING,
                "juten.history-date",
                "（別添２） 変更箇所",
                f"history[{index}]",
                f"変更日（{format_wareki(row.date)}）が公表日（{format_wareki(published)}）より後です。公表日か変更日を見直してください。",
            )
