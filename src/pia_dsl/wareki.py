"""
和暦 dates: parse and format 「令和7年7月18日」.

The model stores :class:`datetime.date`; this module converts at the edges.
平成 ends on 2019-04-30 and 令和 begins on 2019-05-01; the first year of an era is
written 「元年」 (「1年」 and full-width digits are accepted on input).
Where the form allows it, a date may be 「未定」 (:data:`UNDECIDED`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import Enum

from attrs import frozen

from .errors import PiaError

__all__ = [
    "ERAS",
    "UNDECIDED",
    "Era",
    "InvalidDateError",
    "Undecided",
    "format_wareki",
    "parse_wareki",
    "wareki",
]


class InvalidDateError(PiaError, ValueError):
    """
    A text that is not a valid 和暦 date.
    """


class Undecided(Enum):
    """
    「未定」: a date that the form allows to be not yet fixed.
    """

    UNDECIDED = "未定"


UNDECIDED = Undecided.UNDECIDED


@frozen
class Era:
    """
    A Japanese era: its name and its first and last days.
    """

    name: str
    first: date
    last: date


ERAS: tuple[Era, ...] = (
    Era("明治", date(1868, 10, 23), date(1912, 7, 29)),
    Era("大正", date(1912, 7, 30), date(1926, 12, 24)),
    Era("昭和", date(1926, 12, 25), date(1989, 1, 7)),
    Era("平成", date(1989, 1, 8), date(2019, 4, 30)),
    Era("令和", date(2019, 5, 1), date(9999, 12, 31)),
)

_PATTERN = re.compile(
    r"^(?P<era>明治|大正|昭和|平成|令和)(?P<year>元|\d+)年(?P<month>\d{1,2})月(?P<day>\d{1,2})日$"
)


def era_of(day: date) -> Era:
    """
    The era that contains ``day``.
    """
    for era in ERAS:
        if era.first <= day <= era.last:
            return era
    msg = f"{day.isoformat()} は明治より前の日付で、和暦で書けません。"
    raise InvalidDateError(msg)


def format_wareki(day: date | Undecided) -> str:
    """
    ``date(2025, 7, 18)`` → 「令和7年7月18日」; ``date(2019, 5, 1)`` → 「令和元年5月1日」.
    """
    if isinstance(day, Undecided):
        return day.value
    era = era_of(day)
    year = day.year - era.first.year + 1
    year_text = "元" if year == 1 else str(year)
    return f"{era.name}{year_text}年{day.month}月{day.day}日"


def parse_wareki(text: str, *, allow_undecided: bool = False) -> date | Undecided:
    """
    「令和7年7月18日」 → ``date(2025, 7, 18)``.

    Full-width digits and spaces are accepted.  「令和0年」, 「平成31年5月1日」 (after the
    era ended) and 「2月30日」 raise :class:`InvalidDateError`.
    """
    normalized = unicodedata.normalize("NFKC", text).replace(" ", "").strip()
    if allow_undecided and normalized == UNDECIDED.value:
        return UNDECIDED
    match = _PATTERN.match(normalized)
    if match is None:
        msg = f"「{text}」は和暦の日付（例: 令和7年7月18日）ではありません。"
        raise InvalidDateError(msg)
    era = next(e for e in ERAS if e.name == match["era"])
    year = 1 if match["year"] == "元" else int(match["year"])
    if year < 1:
        msg = f"「{text}」: {era.name}{year}年はありません（1年目は「元年」）。"
        raise InvalidDateError(msg)
    try:
        day = date(era.first.year + year - 1, int(match["month"]), int(match["day"]))
    except ValueError:
        msg = f"「{text}」は存在しない日付です。"
        raise InvalidDateError(msg) from None
    if not era.first <= day <= era.last:
        first = era.first.strftime("%Y-%m-%d")
        last = era.last.strftime("%Y-%m-%d") if era.last.year < 9999 else ""
        msg = f"「{text}」は{era.name}の期間（{first}～{last}）の外です。正しくは「{format_wareki(day)}」です。"
        raise InvalidDateError(msg)
    return day


def wareki(text: str) -> date:
    """
    A date written in 和暦, for assessment modules: ``published=wareki("令和7年7月18日")``.
    """
    day = parse_wareki(text)
    assert isinstance(day, date)
    return day
