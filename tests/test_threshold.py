"""
Tests for :mod:`pia_dsl.thresholds`: every cell of the しきい値 table, its boundaries, and
the しきい値判断結果 option each form should print.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from pia_dsl.forms.choices import FocusedThresholdResult, FullThresholdResult
from pia_dsl.forms.kiso.choices import BasicTargetCount, BasicThresholdResult
from pia_dsl.thresholds import covers, expected_result, threshold

NONE: frozenset[str] = frozenset()
KISO = frozenset({"kiso"})
JUTEN = frozenset({"kiso", "juten"})
ZENKOMOKU = frozenset({"kiso", "zenkomoku"})

#: (persons, handlers_500_or_more, incident_past_year) → required; every band at both
#: of its ends, with the four combinations of the two booleans.
BANDS = [
    # (smallest, largest, required when HIGH is false, required when HIGH is true)
    (0, 999, NONE, NONE),
    (1_000, 9_999, KISO, KISO),
    (10_000, 99_999, KISO, JUTEN),
    (100_000, 299_999, JUTEN, ZENKOMOKU),
    (300_000, 10_000_000, ZENKOMOKU, ZENKOMOKU),
]
CASES = [
    (persons, handlers, incident, high if (handlers or incident) else low)
    for smallest, largest, low, high in BANDS
    for persons in (smallest, largest)
    for handlers in (False, True)
    for incident in (False, True)
]

LABELS = {
    NONE: "特定個人情報保護評価の実施が義務付けられない",
    KISO: "基礎項目評価の実施が義務付けられる",
    JUTEN: "基礎項目評価及び重点項目評価の実施が義務付けられる",
    ZENKOMOKU: "基礎項目評価及び全項目評価の実施が義務付けられる",
}


class TestThreshold:
    """
    Tests for ``threshold``.
    """

    @pytest.mark.parametrize(("persons", "handlers", "incident", "required"), CASES)
    def test_table(
        self, persons: int, handlers: bool, incident: bool, required: frozenset[str]
    ) -> None:
        """
        Every cell of the table, at both ends of each 対象人数 band.
        """
        result = threshold(persons, handlers, incident)

        assert required == result.required
        assert LABELS[required] == result.label

    @pytest.mark.parametrize(
        ("below", "at"), [(999, 1_000), (9_999, 10_000), (99_999, 100_000), (299_999, 300_000)]
    )
    def test_boundaries_change_result(self, below: int, at: int) -> None:
        """
        Crossing a band limit changes the result for at least one combination of the booleans.
        """
        changes = [
            threshold(below, h, i).required != threshold(at, h, i).required
            for h in (False, True)
            for i in (False, True)
        ]

        assert any(changes)

    def test_acceptance(self) -> None:
        """
        150,000 persons, few handlers, no accident: 基礎 and 重点 (the brief's example).
        """
        result = threshold(150000, False, False)

        assert (
            sorted(result.required),
            result.label,
        ) == (["juten", "kiso"], "基礎項目評価及び重点項目評価の実施が義務付けられる")

    def test_accident_alone_raises(self) -> None:
        """
        A 重大事故 alone (under 500 handlers) raises 1万–10万 to 重点 and 10万–30万 to 全項目.
        """
        assert "juten" in threshold(50_000, False, True).required
        assert "zenkomoku" in threshold(200_000, False, True).required

    def test_under_1000_not_mandatory(self) -> None:
        """
        Below 1,000 persons nothing is mandatory, whatever the other items say.
        """
        result = threshold(999, True, True)

        assert (
            result.required,
            result.basic_result,
            result.detailed,
        ) == (NONE, BasicThresholdResult.NONE, None)

    def test_detailed(self) -> None:
        """
        ``detailed`` names the mandatory detailed assessment.
        """
        assert (
            threshold(150_000, False, False).detailed,
            threshold(150_000, True, False).detailed,
            threshold(5_000, True, True).detailed,
        ) == ("juten", "zenkomoku", None)

    def test_negative(self) -> None:
        """
        A negative count is refused with a Japanese message.
        """
        with pytest.raises(ValueError, match="0以上"):
            threshold(-1, False, False)

    def test_frozen(self) -> None:
        """
        The result is immutable.
        """
        result = threshold(1_000, False, False)

        with pytest.raises(AttributeError):
            result.persons = 5  # type: ignore[misc]

    def test_command_line(self) -> None:
        """
        The acceptance command prints the required forms and the label.
        """
        code = (
            "from pia_dsl.thresholds import threshold; r = threshold(150000, False, False); "
            "print(sorted(r.required), r.label)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )

        assert (
            out.stdout == "['juten', 'kiso'] 基礎項目評価及び重点項目評価の実施が義務付けられる\n"
        )


class TestExpectedResult:
    """
    Tests for ``expected_result``.
    """

    @pytest.mark.parametrize(
        ("persons", "high", "kiso", "juten", "zenkomoku"),
        [
            (
                500,
                False,
                BasicThresholdResult.NONE,
                FocusedThresholdResult.NONE_VOLUNTARY_JUTEN,
                FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU,
            ),
            (
                5_000,
                True,
                BasicThresholdResult.KISO,
                FocusedThresholdResult.KISO_VOLUNTARY_JUTEN,
                FullThresholdResult.KISO_VOLUNTARY_ZENKOMOKU,
            ),
            (
                50_000,
                True,
                BasicThresholdResult.KISO_AND_JUTEN,
                FocusedThresholdResult.KISO_AND_JUTEN,
                FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
            ),
            (
                150_000,
                True,
                BasicThresholdResult.KISO_AND_ZENKOMOKU,
                None,
                FullThresholdResult.KISO_AND_ZENKOMOKU,
            ),
        ],
    )
    def test_options(
        self,
        persons: int,
        high: bool,
        kiso: BasicThresholdResult,
        juten: FocusedThresholdResult | None,
        zenkomoku: FullThresholdResult,
    ) -> None:
        """
        Each form's option, including 「（任意に…を実施）」 when the form exceeds the requirement;
        a 重点 form has no option when a 全項目評価 is required.
        """
        result = threshold(persons, high, False)

        assert (kiso, juten, zenkomoku) == (
            expected_result(result, "kiso"),
            expected_result(result, "juten"),
            expected_result(result, "zenkomoku"),
        )

    def test_unknown_form(self) -> None:
        """
        An unknown form name is refused.
        """
        with pytest.raises(ValueError, match="kiso"):
            expected_result(threshold(1, False, False), "toy")

    def test_voluntary_texts(self) -> None:
        """
        The voluntary options carry the official suffix with full-width parentheses.
        """
        result = expected_result(threshold(5_000, False, False), "juten")

        assert isinstance(result, FocusedThresholdResult)
        assert result.value.endswith("（任意に重点項目評価を実施）")


class TestHelpers:
    """
    Tests for ``covers`` and the 対象人数 bands.
    """

    def test_full_covers_focused(self) -> None:
        """
        A 全項目評価書 satisfies a required 重点項目評価; a 重点 does not satisfy a 全項目.
        """
        assert (
            covers({"kiso", "zenkomoku"}, "juten"),
            covers({"kiso", "juten"}, "zenkomoku"),
            covers({"kiso"}, "kiso"),
            covers({"juten"}, "kiso"),
        ) == (True, False, True, False)

    @pytest.mark.parametrize(
        ("persons", "band"),
        [
            (0, BasicTargetCount.UNDER_1K),
            (999, BasicTargetCount.UNDER_1K),
            (1_000, BasicTargetCount.FROM_1K_TO_10K),
            (9_999, BasicTargetCount.FROM_1K_TO_10K),
            (10_000, BasicTargetCount.FROM_10K_TO_100K),
            (99_999, BasicTargetCount.FROM_10K_TO_100K),
            (100_000, BasicTargetCount.FROM_100K_TO_300K),
            (299_999, BasicTargetCount.FROM_100K_TO_300K),
            (300_000, BasicTargetCount.FROM_300K),
        ],
    )
    def test_band_of(self, persons: int, band: BasicTargetCount) -> None:
        """
        The band of a count, at each limit.
        """
        assert band is BasicTargetCount.of(persons)

    def test_band_limits(self) -> None:
        """
        Each band's minimum and maximum, and that its minimum gives the band's result.
        """
        assert [(b.minimum, b.maximum) for b in BasicTargetCount] == [
            (0, 999),
            (1_000, 9_999),
            (10_000, 99_999),
            (100_000, 299_999),
            (300_000, None),
        ]
        for band in BasicTargetCount:
            if band.maximum is not None:
                for high in (False, True):
                    assert (
                        threshold(band.minimum, high, False).required
                        == threshold(band.maximum, high, False).required
                    )

    def test_band_negative(self) -> None:
        """
        A negative count has no band.
        """
        with pytest.raises(ValueError, match="0以上"):
            BasicTargetCount.of(-5)
