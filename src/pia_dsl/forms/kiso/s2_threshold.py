"""
Ⅱ しきい値判断項目 and Ⅲ しきい値判断結果 of the 基礎項目評価書.

The three しきい値判断項目 (対象人数, 取扱者数, 重大事故) decide which assessments the law
requires (:func:`pia_dsl.thresholds.threshold`); Ⅲ prints the result.  The form asks for
bands; an author may also record the exact counts (``exact_count``), which are not
printed but let ``pia check`` verify the band.

Labels: １．対象人数 [C] (``rules.md`` §3.1); ２．取扱者数, ３．重大事故 and Ⅲ [R]
(recollection of the current 様式, not confirmed).
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item
from ..choices import Incident
from .choices import BasicTargetCount, BasicThresholdResult, HandlerThreshold

__all__ = ["Handlers", "Incidents", "Persons", "ThresholdItems", "ThresholdJudgement"]


@frozen(kw_only=True)
class Persons:
    """
    Ⅱ-1 対象人数: 評価対象の事務の対象人数は何人か, いつ時点の計数か.

    Attributes:
        exact_count: The counted number of persons (not printed; checked against the band).
    """

    band: BasicTargetCount | None = field(
        default=None, metadata=item("", "評価対象の事務の対象人数は何人か")
    )
    """様式: 評価対象の事務の対象人数は何人か — ※なし (Ⅱ-１ in 基礎項目評価書)"""
    counted_on: date | None = field(default=None, metadata=item("", "いつ時点の計数か"))
    """様式: いつ時点の計数か — ※なし (Ⅱ-１ in 基礎項目評価書)"""
    exact_count: int | None = None


@frozen(kw_only=True)
class Handlers:
    """
    Ⅱ-2 取扱者数: 特定個人情報ファイル取扱者数は500人以上か, いつ時点の計数か.

    取扱者 are the body's staff and its contractors' staff who handle the file.

    Attributes:
        exact_count: The counted number of handlers (not printed; checked against the band).
    """

    band: HandlerThreshold | None = field(
        default=None, metadata=item("", "特定個人情報ファイル取扱者数は500人以上か")
    )
    """様式: 特定個人情報ファイル取扱者数は500人以上か — ※なし (Ⅱ-２ in 基礎項目評価書)"""
    counted_on: date | None = field(default=None, metadata=item("", "いつ時点の計数か"))
    """様式: いつ時点の計数か — ※なし (Ⅱ-２ in 基礎項目評価書)"""
    exact_count: int | None = None


@frozen(kw_only=True)
class Incidents:
    """
    Ⅱ-3 重大事故: 過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか.

    Not the 3-year 「個人情報に関する重大事故」 item of the 重点/全項目 risk sections.
    """

    occurred: Incident | None = field(
        default=None,
        metadata=item(
            "", "過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか"
        ),
    )
    """様式: 過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか — ※なし (Ⅱ-３ in 基礎項目評価書)"""


@frozen(kw_only=True)
class ThresholdItems:
    """
    Ⅱ しきい値判断項目.
    """

    target_count: Persons = field(factory=Persons, metadata=item("１．", "対象人数"))
    """様式: １．対象人数 — ※なし (Ⅱ-１ in 基礎項目評価書)"""
    handlers: Handlers = field(factory=Handlers, metadata=item("２．", "取扱者数"))
    """様式: ２．取扱者数 — ※なし (Ⅱ-２ in 基礎項目評価書)"""
    incident: Incidents = field(factory=Incidents, metadata=item("３．", "重大事故"))
    """様式: ３．重大事故 — ※なし (Ⅱ-３ in 基礎項目評価書)"""


@frozen(kw_only=True)
class ThresholdJudgement:
    """
    Ⅲ しきい値判断結果.
    """

    threshold: BasicThresholdResult | None = field(
        default=None, metadata=item("", "しきい値判断結果")
    )
    """様式: しきい値判断結果 — ※なし (Ⅲ in 基礎項目評価書)"""
