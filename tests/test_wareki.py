"""
Tests for pia_dsl.wareki: 和暦 parsing and formatting.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.wareki import UNDECIDED, InvalidDateError, format_wareki, parse_wareki, wareki


class TestFormat:
    def test_reiwa(self) -> None:
        """A 令和 date prints with Arabic digits and 年月日."""
        assert format_wareki(date(2025, 7, 18)) == "令和7年7月18日"

    def test_first_year_is_gannen(self) -> None:
        """The first year of an era prints as 元年."""
        assert format_wareki(date(2019, 5, 1)) == "令和元年5月1日"
        assert format_wareki(date(1989, 1, 8)) == "平成元年1月8日"

    def test_era_boundary(self) -> None:
        """2019-04-30 is the last day of 平成; 2019-05-01 the first of 令和."""
        assert format_wareki(date(2019, 4, 30)) == "平成31年4月30日"
        assert format_wareki(date(2019, 4, 30) + timedelta(days=1)) == "令和元年5月1日"

    def test_undecided(self) -> None:
        """「未定」 prints as itself."""
        assert format_wareki(UNDECIDED) == "未定"


class TestParse:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("令和7年7月18日", date(2025, 7, 18)),
            ("令和元年5月1日", date(2019, 5, 1)),
            ("令和1年5月1日", date(2019, 5, 1)),
            ("令和７年７月１８日", date(2025, 7, 18)),
            ("平成31年4月30日", date(2019, 4, 30)),
            ("平成29年1月1日", date(2017, 1, 1)),
            ("昭和64年1月7日", date(1989, 1, 7)),
            (" 令和 6年12月25日 ", date(2024, 12, 25)),
        ],
    )
    def test_valid(self, text: str, expected: date) -> None:
        """Valid dates parse, with full-width digits and 元年."""
        assert parse_wareki(text) == expected

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("令和0年1月1日", "元年"),
            ("平成31年5月1日", "令和元年5月1日"),
            ("令和元年4月30日", "期間"),
            ("令和7年2月30日", "存在しない"),
            ("2025/7/18", "和暦"),
            ("未定", "和暦"),
            ("令和7年13月1日", "存在しない"),
        ],
    )
    def test_invalid(self, text: str, fragment: str) -> None:
        """Invalid dates raise with a Japanese message that says why."""
        with pytest.raises(InvalidDateError) as info:
            parse_wareki(text)

        assert fragment in str(info.value)

    def test_undecided_where_allowed(self) -> None:
        """「未定」 is accepted only where the form allows it."""
        assert parse_wareki("未定", allow_undecided=True) is UNDECIDED

    def test_wareki_helper(self) -> None:
        """wareki() returns a date for assessment modules."""
        assert wareki("令和7年7月18日") == date(2025, 7, 18)


@given(st.dates(min_value=date(1868, 10, 23), max_value=date(2100, 12, 31)))
def test_round_trip(day: date) -> None:
    """Every date since 昭和 formats and parses back to itself."""
    assert parse_wareki(format_wareki(day)) == day
