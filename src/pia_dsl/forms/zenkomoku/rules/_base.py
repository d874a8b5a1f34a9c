"""
Helpers and tables shared by the 全項目評価書 rules.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator

from ....validate import Severity
from ....walk import Entry, walk
from ...choices import (
    FullThresholdResult,
    PersonCount,
    TargetCount,
)
from .. import FullAssessment
from ..s2_files import FileOverview
from ..s3_risks import FileRisks

__all__ = [
    "ALLOWED_THRESHOLD_RESULTS",
    "DASHES",
    "PERIOD",
    "PERSON_BANDS",
    "PUBLIC_COMMENT_DAYS",
    "TARGET_BANDS",
    "WARNING",
    "Index",
    "file_paths",
    "is_dash",
    "risks_by_key",
    "squash",
]

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

PERIOD = re.compile(r"^\s*(?P<start>\S+?日)\s*(?:から|～|~|〜)\s*(?P<end>\S+?日)\s*(?:まで)?\s*$")


def is_dash(text: str) -> bool:
    """
    Whether ``text`` is blank or only 「-」 (the form's 「該当なし」).
    """
    return not text.strip() or text.strip() in DASHES


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


#: The entries of the assessment indexed last: every rule of one ``validate()`` call
#: builds an :class:`Index` of the same (immutable) assessment, so it is walked once.
_LAST: list[tuple[weakref.ref[FullAssessment], dict[str, Entry]]] = []


def _entries(assessment: FullAssessment) -> dict[str, Entry]:
    if _LAST and _LAST[0][0]() is assessment:
        return _LAST[0][1]
    entries = {e.dotted: e for e in walk(assessment)}
    _LAST[:] = [(weakref.ref(assessment), entries)]
    return entries


class Index:
    """
    The walker's entries of one assessment, by attribute path (shared, never mutated).
    """

    def __init__(self, assessment: FullAssessment) -> None:
        self.entries: dict[str, Entry] = _entries(assessment)

    def __getitem__(self, dotted: str) -> Entry:
        return self.entries[dotted]


def file_paths(assessment: FullAssessment) -> Iterator[tuple[FileOverview, str]]:
    for file in assessment.s2.files:
        yield file, f"s2.files[{file.key}]"


def risks_by_key(assessment: FullAssessment) -> dict[str, FileRisks]:
    return {risks.key: risks for risks in assessment.s3.files}
