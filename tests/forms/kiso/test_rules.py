"""
Tests for the 基礎項目評価書's own rules (:mod:`pia_dsl.forms.kiso.rules`): the valid
factory passes every rule, and each rule fires on a small breaking change with a
Japanese message.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from forms.kiso.factory import basic, change
from pia_dsl.forms.choices import Audit, Incident, Linkage, Sufficiency
from pia_dsl.forms.kiso import BasicAssessment
from pia_dsl.forms.kiso.choices import (
    BasicTargetCount,
    BasicThresholdResult,
    HandlerThreshold,
    PriorityMeasure,
    SubmittedForms,
)
from pia_dsl.forms.kiso.rules import threshold_of
from pia_dsl.options import Checks, checks
from pia_dsl.validate import Finding, Severity, validate
from pia_dsl.walk import walk


def _apply(assessment: BasicAssessment, *changes: tuple[str, Any]) -> BasicAssessment:
    for path, value in changes:
        assessment = change(assessment, path, value)
    return assessment


def _found(assessment: BasicAssessment, rule: str) -> list[Finding]:
    return [f for f in validate(assessment) if f.rule == rule]


def test_factory_is_clean() -> None:
    """
    The factory document passes every rule, generic and form-specific.
    """
    assert validate(basic()) == []


class TestThresholdResult:
    """
    Tests for ``threshold_result_matches`` and ``threshold_of``.
    """

    def test_mismatch(self) -> None:
        """
        A printed result that the しきい値判断項目 do not give is an error naming both.
        """
        assessment = change(basic(), "s3.threshold", BasicThresholdResult.KISO_AND_JUTEN)

        (found,) = _found(assessment, "kiso.threshold-result")
        assert Severity.ERROR is found.severity
        assert found.item == "Ⅲ しきい値判断結果"
        assert "「基礎項目評価の実施が義務付けられる」と一致しません" in found.message

    @pytest.mark.parametrize(
        ("band", "handlers", "incident", "result"),
        [
            (
                BasicTargetCount.UNDER_1K,
                HandlerThreshold.FROM_500,
                Incident.OCCURRED,
                BasicThresholdResult.NONE,
            ),
            (
                BasicTargetCount.FROM_10K_TO_100K,
                HandlerThreshold.UNDER_500,
                Incident.NONE,
                BasicThresholdResult.KISO,
            ),
            (
                BasicTargetCount.FROM_10K_TO_100K,
                HandlerThreshold.UNDER_500,
                Incident.OCCURRED,
                BasicThresholdResult.KISO_AND_JUTEN,
            ),
            (
                BasicTargetCount.FROM_100K_TO_300K,
                HandlerThreshold.FROM_500,
                Incident.NONE,
                BasicThresholdResult.KISO_AND_ZENKOMOKU,
            ),
            (
                BasicTargetCount.FROM_300K,
                HandlerThreshold.UNDER_500,
                Incident.NONE,
                BasicThresholdResult.KISO_AND_ZENKOMOKU,
            ),
        ],
    )
    def test_match(
        self,
        band: BasicTargetCount,
        handlers: HandlerThreshold,
        incident: Incident,
        result: BasicThresholdResult,
    ) -> None:
        """
        The band alone (no exact count) gives the table's result; printing it passes.
        """
        assessment = _apply(
            basic(),
            ("s2.target_count.exact_count", None),
            ("s2.target_count.band", band),
            ("s2.handlers.exact_count", None),
            ("s2.handlers.band", handlers),
            ("s2.incident.occurred", incident),
            ("s3.threshold", result),
        )
        computed = threshold_of(assessment)

        assert computed is not None
        assert result is computed.basic_result
        assert _found(assessment, "kiso.threshold-result") == []

    def test_unanswered(self) -> None:
        """
        With an unanswered しきい値判断項目 there is no result (未記入 is reported instead).
        """
        assessment = change(basic(), "s2.incident.occurred", None)

        assert threshold_of(assessment) is None
        assert _found(assessment, "kiso.threshold-result") == []
        assert any(
            f.rule == "required" and f.path == "s2.incident.occurred" for f in validate(assessment)
        )


class TestExactCounts:
    """
    Tests for ``exact_counts_in_band``.
    """

    def test_persons_outside_band(self) -> None:
        """
        12,000 persons are not 「1,000人以上1万人未満」.
        """
        assessment = change(basic(), "s2.target_count.exact_count", 12_000)

        (found,) = _found(assessment, "kiso.exact-count")
        assert (
            found.message
            == "対象人数の実数（12,000人）は「1,000人以上1万人未満」ではなく「1万人以上10万人未満」に当たります。"
        )

    def test_boundary(self) -> None:
        """
        9,999 is inside the band; 10,000 is not.
        """
        assert (
            _found(change(basic(), "s2.target_count.exact_count", 9_999), "kiso.exact-count") == []
        )
        assert _found(change(basic(), "s2.target_count.exact_count", 10_000), "kiso.exact-count")

    def test_handlers_outside_band(self) -> None:
        """
        500 handlers are not 「500人未満」.
        """
        assessment = change(basic(), "s2.handlers.exact_count", 500)

        (found,) = _found(assessment, "kiso.exact-count")
        assert "「500人以上」に当たります" in found.message

    def test_negative(self) -> None:
        """
        A negative count is an error.
        """
        assessment = change(basic(), "s2.target_count.exact_count", -3)

        (found,) = _found(assessment, "kiso.exact-count")
        assert "負の数" in found.message

    def test_exact_count_decides(self) -> None:
        """
        The exact count, not the band's minimum, feeds the しきい値判断 (a wrong band is
        reported once, as a band error).
        """
        assessment = _apply(
            basic(), ("s2.target_count.exact_count", 50_000), ("s2.handlers.exact_count", 600)
        )
        result = threshold_of(assessment)

        assert result is not None
        assert result.persons == 50_000


class TestCountedOn:
    """
    Tests for ``counts_not_after_publication``.
    """

    def test_after_published(self) -> None:
        """
        A count dated after the 公表日 is an error with both dates in 和暦.
        """
        assessment = change(basic(), "s2.handlers.counted_on", date(2025, 6, 2))

        (found,) = _found(assessment, "kiso.counted-after-published")
        assert found.path == "s2.handlers.counted_on"
        assert "計数の時点（令和7年6月2日）が公表日（令和7年6月1日）より後です。" in found.message

    def test_same_day_ok(self) -> None:
        """
        Counting on the 公表日 itself is allowed; so is an unpublished draft.
        """
        assert (
            _found(
                change(basic(), "s2.target_count.counted_on", date(2025, 6, 1)),
                "kiso.counted-after-published",
            )
            == []
        )
        assert (
            _found(
                _apply(
                    basic(),
                    ("cover.published", None),
                    ("s2.target_count.counted_on", date(2030, 1, 1)),
                ),
                "kiso.counted-after-published",
            )
            == []
        )


class TestSubmittedForms:
    """
    Tests for ``submitted_forms_cover_requirement``.
    """

    def _needs_juten(self) -> BasicAssessment:
        return _apply(
            basic(),
            ("s2.target_count.exact_count", 150_000),
            ("s2.target_count.band", BasicTargetCount.FROM_100K_TO_300K),
            ("s3.threshold", BasicThresholdResult.KISO_AND_JUTEN),
        )

    def test_missing_detailed(self) -> None:
        """
        A required 重点項目評価 must be among the submitted forms.
        """
        (found,) = _found(self._needs_juten(), "kiso.submitted-forms")

        assert (
            found.message
            == "しきい値判断結果により重点項目評価書の提出が義務付けられますが、「基礎項目評価書」が選択されています。"
        )

    def test_full_instead_of_focused(self) -> None:
        """
        Submitting a 全項目評価書 where a 重点 is required is fine.
        """
        assessment = _apply(
            self._needs_juten(),
            ("s4.submitted", SubmittedForms.KISO_AND_ZENKOMOKU),
            ("s4.priority", change(basic().s4.priority, "detailed", True)),
        )
        assessment = _apply(
            assessment,
            ("s4.priority.measure", None),
            ("s4.priority.sufficiency", None),
            ("s4.priority.grounds", ""),
        )

        assert validate(assessment) == []

    def test_focused_instead_of_full(self) -> None:
        """
        A 重点項目評価書 does not satisfy a required 全項目評価.
        """
        assessment = _apply(
            self._needs_juten(),
            ("s2.handlers.exact_count", 700),
            ("s2.handlers.band", HandlerThreshold.FROM_500),
            ("s3.threshold", BasicThresholdResult.KISO_AND_ZENKOMOKU),
            ("s4.submitted", SubmittedForms.KISO_AND_JUTEN),
        )

        (found,) = _found(assessment, "kiso.submitted-forms")
        assert "全項目評価書の提出が義務付けられます" in found.message

    def test_priority_box_needed(self) -> None:
        """
        Filing a detailed form requires ticking 「全項目評価又は重点項目評価を実施する」.
        """
        assessment = change(basic(), "s4.submitted", SubmittedForms.KISO_AND_JUTEN)

        (found,) = _found(assessment, "kiso.priority-switch")
        assert "「全項目評価又は重点項目評価を実施する」にチェックを入れてください" in found.message

    def test_priority_box_without_detailed(self) -> None:
        """
        The box may not be ticked when only a 基礎項目評価書 is filed.
        """
        assessment = _apply(
            basic(),
            ("s4.priority.detailed", True),
            ("s4.priority.measure", None),
            ("s4.priority.sufficiency", None),
            ("s4.priority.grounds", ""),
        )

        (found,) = _found(assessment, "kiso.priority-switch")
        assert "「基礎項目評価書」のみのため" in found.message


class TestPriority:
    """
    Tests for ``priority_measure_reprinted``.
    """

    def test_reprint_differs(self) -> None:
        """
        【再掲】 must repeat the chosen measure's answer.
        """
        assessment = change(basic(), "s4.priority.sufficiency", Sufficiency.SUFFICIENT)

        (found,) = _found(assessment, "kiso.priority-reprint")
        origin = next(e.official for e in walk(assessment) if e.dotted == "s4.storage.sufficiency")
        assert found.message == (
            f"【再掲】の回答「十分である」が {origin} の回答「特に力を入れている」と一致しません。"
        )

    def test_reprint_each_measure(self) -> None:
        """
        Each measure is compared with its own item.
        """
        assessment = _apply(
            basic(),
            ("s4.priority.measure", PriorityMeasure.UNAUTHORIZED_USE),
            ("s4.priority.sufficiency", Sufficiency.SPECIAL),
        )

        assert _found(assessment, "kiso.priority-reprint") == []

    def test_switched_off_measure(self) -> None:
        """
        A measure whose section is switched off (委託しない) cannot be chosen.
        """
        assessment = change(basic(), "s4.priority.measure", PriorityMeasure.CONSIGNEE_MISUSE)

        (found,) = _found(assessment, "kiso.priority-switched-off")
        assert "「委託しない」のため" in found.message


class TestRule92:
    """
    Tests for ``rule_9_2_reason``.
    """

    def test_applied_without_reason(self) -> None:
        """
        適用した needs a reason.
        """
        (found,) = _found(change(basic(), "s1.rule_9_2.applied", True), "kiso.rule-9-2")

        assert "適用した理由を記入してください" in found.message

    def test_reason_without_applied(self) -> None:
        """
        A reason without the tick is an error.
        """
        (found,) = _found(change(basic(), "s1.rule_9_2.reason", "災害のため"), "kiso.rule-9-2")

        assert "空欄にしてください" in found.message

    def test_applied_with_reason(self) -> None:
        """
        Both together pass.
        """
        assessment = _apply(
            basic(), ("s1.rule_9_2.applied", True), ("s1.rule_9_2.reason", "災害対応のため")
        )

        assert validate(assessment) == []


class TestWarnings:
    """
    Tests for the warning rules: 監査, 情報連携 vs 接続, 評価書名.
    """

    def test_no_audit(self) -> None:
        """
        No 監査 ticked is a warning, not an error.
        """
        (found,) = _found(change(basic(), "s4.audit.status", Checks[Audit]()), "kiso.no-audit")

        assert Severity.WARNING is found.severity

    def test_linkage_not_done_but_connected(self) -> None:
        """
        情報連携 「実施しない」 with a connection is a warning.
        """
        assessment = _apply(
            basic(), ("s1.linkage.status", Linkage.NO), ("s1.linkage.legal_basis", "")
        )

        (found,) = _found(assessment, "kiso.linkage-network")
        assert Severity.WARNING is found.severity
        assert "「実施しない」" in found.message

    def test_linkage_done_but_not_connected(self) -> None:
        """
        情報連携 「実施する」 with both 接続しない ticked is a warning.
        """
        assessment = _apply(
            basic(),
            ("s4.network.no_acquisition", True),
            ("s4.network.no_provision", True),
            ("s4.network.acquisition", None),
            ("s4.network.provision", None),
        )

        (found,) = _found(assessment, "kiso.linkage-network")
        assert "「実施する」" in found.message

    def test_title(self) -> None:
        """
        A 評価書名 without 「基礎項目評価書」 is a warning.
        """
        (found,) = _found(
            change(basic(), "cover.title", "児童手当に関する事務　重点項目評価書"), "kiso.title"
        )

        assert Severity.WARNING is found.severity

    def test_audit_checks_ok(self) -> None:
        """
        Any 監査 tick silences the warning.
        """
        assert (
            _found(change(basic(), "s4.audit.status", checks(Audit.EXTERNAL)), "kiso.no-audit")
            == []
        )
