"""
The 堺市 国民年金 全項目評価書 example: round trips, and what ``pia check`` reports on it
(only the items the text extraction lost, and two warnings about the source itself).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pia_dsl.forms.common import Timing
from pia_dsl.forms.zenkomoku import FullAssessment
from pia_dsl.io import Format, dump, load
from pia_dsl.loader import load_assessment
from pia_dsl.validate import Severity, validate
from pia_dsl.validate.gaps import DOWNGRADED_RULES
from pia_dsl.wareki import wareki

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "assessments" / "sakai_kokumin_nenkin.py"

F = "s2.files[pension]"
R = "s3.files[pension]"

#: Items the extraction lost (form-zenkomoku.md §4, §9); each is left empty in the module.
LOST = (
    "s1.file_names",
    "s1.reasons.",
    "s1.linkage.",
    "s1.other_bodies",
    f"{F}.basics.main_records",
    f"{F}.acquisition.usage",
    f"{F}.acquisition.matching",
    f"{F}.acquisition.statistics",
    f"{F}.acquisition.decisions",
    f"{F}.consignment.items[operation_maintenance].",
    f"{F}.consignment.items[consignment3].",
    f"{F}.provision.transfers[koseki_jumin].",
    f"{F}.storage.location",
    f"{F}.storage.term.",
    f"{R}.provision.risk3.",
    f"{R}.network.risk",
)

#: Warnings about the source itself: Ⅰ-2 lost, and 使用部署 still naming 生活福祉部.
WARNINGS = {
    ("zenkomoku.systems-present", "s1.systems"),
    ("zenkomoku.departments", f"{F}.acquisition.users.departments"),
}


@pytest.fixture(name="example", scope="module")
def _example() -> FullAssessment:
    loaded = load_assessment(EXAMPLE)
    assert isinstance(loaded, FullAssessment)
    return loaded


class TestExample:
    @pytest.mark.parametrize("fmt", ["json", "yaml"])
    def test_round_trip(self, example: FullAssessment, fmt: Format) -> None:
        """JSON and YAML give the same assessment back."""
        assert example == load(dump(example, fmt), fmt)

    def test_history(self, example: FullAssessment) -> None:
        """All 58 変更箇所 rows are kept, in printed order."""
        first, last = example.history[0], example.history[-1]

        assert len(example.history) == 58
        assert (wareki("平成28年10月12日"), "I 2 システム2 ②", Timing.BEFORE) == (
            first.date,
            first.item,
            first.timing,
        )
        assert (
            last.item,
            last.before,
            last.after,
            last.explanation,
        ) == ("VI 1 ①実施日", "令和2年4月1日", "令和3年4月1日", "定期評価に伴う変更")

    def test_errors_are_extraction_gaps(self, example: FullAssessment) -> None:
        """Every error is 未記入 of an item the extraction lost, and every gap is reported."""
        errors = [f for f in validate(example) if f.severity is Severity.ERROR]

        assert [
            (f.rule, f.path) for f in errors if f.rule != "required" or not f.path.startswith(LOST)
        ] == []
        assert [p for p in LOST if not any(f.path.startswith(p) for f in errors)] == []

    def test_warnings(self, example: FullAssessment) -> None:
        """The two warnings are about the source itself."""
        warnings = {(f.rule, f.path) for f in validate(example) if f.severity is Severity.WARNING}

        assert warnings == WARNINGS


class TestCheckCommand:
    def test_pia_check(self, example: FullAssessment) -> None:
        """
        `pia check` exits 0: the module declares its extraction gaps (``provenance``), so
        their 未記入 are reported as warnings, each with file and line.
        """
        result = subprocess.run(
            [sys.executable, "-m", "pia_dsl", "check", "--format", "json", str(EXAMPLE)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        reported = json.loads(result.stdout)
        gaps = {r["path"] for r in reported if r["rule"] in DOWNGRADED_RULES}

        assert result.returncode == 0
        assert [r for r in reported if r["severity"] == "error"] == []
        assert {f.path for f in validate(example) if f.rule == "required"} <= gaps
        assert all(isinstance(r["line"], int) for r in reported)

    def test_pia_check_text(self, example: FullAssessment) -> None:
        """With --show-gaps, the text report names the file, line, official item and the declared reason."""
        result = subprocess.run(
            [sys.executable, "-m", "pia_dsl", "check", "--show-gaps", str(EXAMPLE)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        first = validate(example)[0]

        assert any(
            line.startswith(f"{EXAMPLE}:")
            and f": {first.item}: [警告] 未記入です。" in line
            and "（原本になしと宣言: 公表 PDF のテキスト抽出で欠落" in line
            for line in result.stdout.splitlines()
        )
