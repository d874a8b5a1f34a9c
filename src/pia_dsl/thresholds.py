"""
しきい値判断: which 特定個人情報保護評価 the law requires of a 事務.

>>> r = threshold(150_000, handlers_500_or_more=False, incident_past_year=False)
>>> sorted(r.required), r.label
(['juten', 'kiso'], '基礎項目評価及び重点項目評価の実施が義務付けられる')

The table (特定個人情報保護評価指針のしきい値判断; ``rules.md`` §1.3), with HIGH = 取扱者数 500人以上 or a
特定個人情報に関する重大事故 in the past year:

============================  =================  =====================
対象人数                        HIGH = false        HIGH = true
============================  =================  =====================
1,000人未満                     none (任意実施)     none (任意実施)
1,000人以上1万人未満             基礎                基礎
1万人以上10万人未満              基礎                基礎 + 重点
10万人以上30万人未満             基礎 + 重点         基礎 + 全項目
30万人以上                      基礎 + 全項目       基礎 + 全項目
============================  =================  =====================

:func:`expected_result` gives the option each form should print as its しきい値判断結果
(基礎 Ⅲ, 重点 Ⅴ-1②, 全項目 Ⅵ-1②), including the 「（任意に…を実施）」 options of a body
that files a more detailed assessment than required.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from attrs import frozen

from .forms.registry import Form

if TYPE_CHECKING:
    from .forms.kiso.choices import BasicThresholdResult

__all__ = [
    "ThresholdResult",
    "covers",
    "expected_result",
    "threshold",
]


@frozen
class ThresholdResult:
    """
    The outcome of a しきい値判断.

    Attributes:
        persons: 対象人数 (exact, or the smallest number of the band when only the band is known).
        handlers_500_or_more: 取扱者数 is 500 or more.
        incident_past_year: A 特定個人情報に関する重大事故 occurred in the past year.
        required: The mandatory assessments: a subset of :class:`~pia_dsl.forms.registry.Form`.
    """

    persons: int
    handlers_500_or_more: bool
    incident_past_year: bool
    required: frozenset[Form]

    @property
    def detailed(self) -> Form | None:
        """
        The mandatory detailed assessment: 重点, 全項目 or ``None``.
        """
        for form in (Form.ZENKOMOKU, Form.JUTEN):
            if form in self.required:
                return form
        return None

    @property
    def basic_result(self) -> BasicThresholdResult:
        """
        The 基礎項目評価書 Ⅲ option for this result.
        """
        from .forms.kiso.choices import BasicThresholdResult

        if Form.ZENKOMOKU in self.required:
            return BasicThresholdResult.KISO_AND_ZENKOMOKU
        if Form.JUTEN in self.required:
            return BasicThresholdResult.KISO_AND_JUTEN
        if Form.KISO in self.required:
            return BasicThresholdResult.KISO
        return BasicThresholdResult.NONE

    @property
    def label(self) -> str:
        """
        The official しきい値判断結果 text of the 基礎項目評価書 (Ⅲ).
        """
        return self.basic_result.value


def threshold(
    persons: int, handlers_500_or_more: bool, incident_past_year: bool
) -> ThresholdResult:
    """
    The しきい値判断 for a 事務 with ``persons`` 対象人数.

    Raises:
        ValueError: ``persons`` is negative.
    """
    if persons < 0:
        msg = f"対象人数は0以上の整数で指定してください: {persons}"
        raise ValueError(msg)
    high = handlers_500_or_more or incident_past_year
    if persons < 1_000:
        required: frozenset[Form] = frozenset()
    elif persons < 10_000:
        required = frozenset({Form.KISO})
    elif persons < 100_000:
        required = frozenset({Form.KISO, Form.JUTEN} if high else {Form.KISO})
    elif persons < 300_000:
        required = frozenset({Form.KISO, Form.ZENKOMOKU} if high else {Form.KISO, Form.JUTEN})
    else:
        required = frozenset({Form.KISO, Form.ZENKOMOKU})
    return ThresholdResult(persons, handlers_500_or_more, incident_past_year, required)


def covers(present: frozenset[str] | set[str], form: str) -> bool:
    """
    Whether the documents ``present`` satisfy a requirement for ``form``: a 全項目評価書
    also satisfies a required 重点項目評価 (a body may always do more than required).
    """
    if form == Form.JUTEN:
        return bool({Form.JUTEN, Form.ZENKOMOKU} & set(present))
    return form in present


def expected_result(result: ThresholdResult, form: str) -> Enum | None:
    """
    The しきい値判断結果 option that a document of ``form`` should print for ``result``.

    * 基礎 (``"kiso"``): Ⅲ (:class:`~pia_dsl.forms.kiso.choices.BasicThresholdResult`);
    * 重点 (``"juten"``): Ⅴ-1② (:class:`~pia_dsl.forms.choices.FocusedThresholdResult`); ``None``
      when a 全項目評価 is required, since no 重点 option fits (a 重点項目評価書 alone is
      then not enough);
    * 全項目 (``"zenkomoku"``): Ⅵ-1② (:class:`~pia_dsl.forms.choices.FullThresholdResult`).

    The 「（任意に…を実施）」 options are the ones for a body that files the form although
    the law requires less.
    """
    from .forms.choices import FocusedThresholdResult, FullThresholdResult

    if form == Form.KISO:
        return result.basic_result
    if form == Form.JUTEN:
        if Form.ZENKOMOKU in result.required:
            return None
        if Form.JUTEN in result.required:
            return FocusedThresholdResult.KISO_AND_JUTEN
        if Form.KISO in result.required:
            return FocusedThresholdResult.KISO_VOLUNTARY_JUTEN
        return FocusedThresholdResult.NONE_VOLUNTARY_JUTEN
    if form == Form.ZENKOMOKU:
        if Form.ZENKOMOKU in result.required:
            return FullThresholdResult.KISO_AND_ZENKOMOKU
        if Form.JUTEN in result.required:
            return FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU
        if Form.KISO in result.required:
            return FullThresholdResult.KISO_VOLUNTARY_ZENKOMOKU
        return FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU
    msg = f"form は {', '.join(Form)} のいずれかです: {form!r}"
    raise ValueError(msg)
