"""
Helpers and tables of the 全項目評価書 rules; those shared with the 重点項目評価書 (「-」,
entries by path, 本人の数 bands) are in :mod:`pia_dsl.forms.common_rules`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from ....validate import Severity
from ...choices import FullThresholdResult, TargetCount
from .. import FullAssessment
from ..s2_files import FullFileOverview
from ..s3_risks import FileRisks

__all__ = [
    "ALLOWED_THRESHOLD_RESULTS",
    "PERIOD",
    "PUBLIC_COMMENT_DAYS",
    "TARGET_BANDS",
    "WARNING",
    "file_paths",
    "risks_by_key",
]

WARNING = Severity.WARNING

#: ③対象人数 bands as half-open intervals of persons.
TARGET_BANDS: dict[TargetCount, tuple[float, float]] = {
    TargetCount.UNDER_1K: (0, 1_000),
    TargetCount.FROM_1K_TO_10K: (1_000, 10_000),
    TargetCount.FROM_10K_TO_100K: (10_000, 100_000),
    TargetCount.FROM_100K_TO_300K: (100_000, 300_000),
    TargetCount.FROM_300K: (300_000, math.inf),
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


def file_paths(assessment: FullAssessment) -> Iterator[tuple[FullFileOverview, str]]:
    for file in assessment.s2.files:
        yield file, f"s2.files[{file.key}]"


def risks_by_key(assessment: FullAssessment) -> dict[str, FileRisks]:
    return {risks.key: risks for risks in assessment.s3.files}
