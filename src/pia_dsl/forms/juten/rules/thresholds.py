"""
Rules on 対象人数, 本人の数 and しきい値判断結果 (``form-jyuten.md`` §6.2–6.3, ``rules.md`` §1.3).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, Severity, finding
from ...choices import (
    FocusedTargetCount,
    FocusedThresholdResult,
    HandlerCount,
    Incident,
    PersonCount,
)
from ...common_rules import PERSON_BANDS, entries_of
from .. import FocusedAssessment

__all__ = ["person_count_bands", "threshold_result"]

_TARGET_BANDS: dict[FocusedTargetCount, tuple[float, float]] = {
    FocusedTargetCount.UNDER_1K: (0, 1_000),
    FocusedTargetCount.FROM_1K_TO_10K: (1_000, 10_000),
    FocusedTargetCount.FROM_10K_TO_100K: (10_000, 100_000),
    FocusedTargetCount.FROM_100K_TO_300K: (100_000, 300_000),
}


def person_count_bands(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-２-②本人の数 (O-04) can hold Ⅰ-１-③対象人数 (O-01) (§6.3).

    The two scales differ, so only a file band that lies wholly below the 対象人数 band is
    inconsistent: the file normally records at least the persons of the 事務 (and also past
    persons and guardians, so a larger band is fine).  Because 対象人数 counts per 事務 and a
    事務 may use several files, this is a warning.
    """
    target = a.s1.affair.target_count
    persons = a.s2.basics.person_count
    if not isinstance(target, FocusedTargetCount) or not isinstance(persons, PersonCount):
        return
    if PERSON_BANDS[persons][1] <= _TARGET_BANDS[target][0]:
        yield finding(
            entries_of(a)["s2.basics.person_count"],
            "juten.person-count-bands",
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
        a.s2.acquisition.users.user_count,
        *(c.handler_count for c in a.s2.consignment.items),
    ]
    if any(count in _MANY_HANDLERS for count in counts):
        factors.append("取扱者数が500人以上")
    if a.s3.storage.risk.incident is Incident.OCCURRED:
        factors.append("重大事故の発生あり")
    return factors


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
    target = a.s1.affair.target_count
    result = a.s5.basic_assessment.threshold
    if not isinstance(target, FocusedTargetCount) or not isinstance(result, FocusedThresholdResult):
        return
    entry = entries_of(a)["s5.basic_assessment.threshold"]
    factors = _aggravating_factors(a)
    expected = {
        FocusedTargetCount.UNDER_1K: FocusedThresholdResult.NONE_VOLUNTARY_JUTEN,
        FocusedTargetCount.FROM_1K_TO_10K: FocusedThresholdResult.KISO_VOLUNTARY_JUTEN,
        FocusedTargetCount.FROM_100K_TO_300K: FocusedThresholdResult.KISO_AND_JUTEN,
    }.get(target)
    if expected is not None and result is not expected:
        yield finding(
            entry,
            "juten.threshold-result",
            f"対象人数が「{target.value}」の場合、しきい値判断結果は「{expected.value}」です（「{result.value}」になっています）。"
            "Ⅰ-１-③ 対象人数かしきい値判断結果を見直してください。",
        )
    if target is FocusedTargetCount.FROM_100K_TO_300K and factors:
        yield finding(
            entry,
            "juten.threshold-result",
            f"対象人数が10万人以上30万人未満で{'・'.join(factors)}のため、全項目評価の実施が義務付けられる可能性があります。"
            "基礎項目評価書のしきい値判断を確認してください。",
            Severity.WARNING,
        )
    if target is FocusedTargetCount.FROM_10K_TO_100K:
        if result is FocusedThresholdResult.NONE_VOLUNTARY_JUTEN:
            yield finding(
                entry,
                "juten.threshold-result",
                "対象人数が1万人以上10万人未満の場合、少なくとも基礎項目評価の実施が義務付けられます。"
                "しきい値判断結果を見直してください。",
            )
        elif result is FocusedThresholdResult.KISO_AND_JUTEN and not factors:
            yield finding(
                entry,
                "juten.threshold-result",
                "対象人数が1万人以上10万人未満で重点項目評価が義務付けられるのは、取扱者数が500人以上か重大事故が発生した場合です。"
                "評価書からはどちらも読み取れません。基礎項目評価書のしきい値判断と一致しているか確認してください。",
                Severity.WARNING,
            )
        elif result is FocusedThresholdResult.KISO_VOLUNTARY_JUTEN and factors:
            yield finding(
                entry,
                "juten.threshold-result",
                f"{'・'.join(factors)}のため、重点項目評価の実施が義務付けられる可能性があります。"
                "基礎項目評価書のしきい値判断を確認してください。",
                Severity.WARNING,
            )
