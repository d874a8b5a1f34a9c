"""
Tests for the 藤沢市 example (assessments/fujisawa_shoni_iryo.py): it validates, round-trips
and holds the whole published document.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pia_dsl import Timing, dump, load
from pia_dsl.forms.choices import Consigning, Linkage, ProvisionStatus
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.juten.rules import count_record_items
from pia_dsl.io import Format
from pia_dsl.loader import load_assessment, load_module
from pia_dsl.validate import Severity, validate

ROOT = Path(__file__).resolve().parents[3]


def _load() -> FocusedAssessment:
    # Through the loader, which forgets the ``assessments`` package afterwards (a plain
    # import would leave it in sys.modules and shadow other projects' shared blocks).
    loaded = load_assessment(ROOT / "assessments" / "fujisawa_shoni_iryo.py")
    assert isinstance(loaded, FocusedAssessment)
    return loaded


assessment = _load()


class TestFujisawa:
    """
    The published 藤沢市 小児医療費助成 重点項目評価書 as a module.
    """

    def test_validates_without_errors(self) -> None:
        """
        No rule reports an error (or a warning) on the published document.
        """
        findings = validate(assessment)

        assert [f for f in findings if f.severity is Severity.ERROR] == []
        assert findings == []

    @pytest.mark.parametrize("fmt", ["json", "yaml"])
    def test_round_trip(self, fmt: Format) -> None:
        """
        Dumping and loading gives the same assessment, in JSON and in YAML.
        """
        loaded = load(dump(assessment, fmt), fmt)

        assert isinstance(loaded, FocusedAssessment)
        assert loaded == assessment

    def test_contents(self) -> None:
        """
        The module holds the whole document: cover, 4 systems, 158 記録項目, 38 変更箇所 rows.
        """
        assert assessment.cover.number == "37"
        assert assessment.cover.published == date(2025, 7, 18)
        assert [s.key for s in assessment.s1.systems] == [
            "shoni_iryo_system",
            "welfare_common_system",
            "middle_server",
            "integrated_addressee_system",
        ]
        assert count_record_items(assessment.annex1) == 158
        assert assessment.annex1.count("【") == 13
        assert len(assessment.history) == 38
        assert assessment.s1.linkage.status is Linkage.YES
        assert assessment.s2.consignment.status is Consigning.NO
        assert ProvisionStatus.NONE in assessment.s2.provision.status

    def test_history(self) -> None:
        """
        The 変更箇所 rows keep their dates and 提出時期; the Excel date is a 和暦 date.
        """
        first, last = assessment.history[0], assessment.history[-1]
        timings = [row.timing for row in assessment.history]

        assert first.date == date(2019, 2, 1)
        assert first.before == "山縣 章宏"
        assert last.date == date(2025, 7, 18)
        assert last.timing is Timing.BEFORE
        assert timings.count(Timing.BEFORE) == 6
        assert assessment.history[18].after == "令和2年1月1日"

    def test_shared_blocks(self) -> None:
        """
        The standard 中間サーバー・プラットフォーム and ガバメントクラウド paragraphs are the shared ones.
        """
        middle_server = load_module(ROOT / "assessments" / "shared" / "middle_server.py")
        location = assessment.s2.storage.location

        assert middle_server.MIDDLE_SERVER_STORAGE in location
        assert middle_server.MIDDLE_SERVER_ERASURE in location
        assert location.endswith(middle_server.GOVERNMENT_CLOUD_STORAGE)
        assert assessment.s3.other_risk_measures.endswith(
            middle_server.MIDDLE_SERVER_PLATFORM_OTHER_MEASURES
        )
