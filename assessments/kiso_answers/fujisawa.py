"""
The 基礎項目評価書 of 藤沢市 小児医療費助成に関する事務, derived from its 重点項目評価書.

The published 重点項目評価書 gives everything the two documents share; the 基礎 alone
asks for the しきい値判断項目 and Ⅳ-8 人手を介在させる作業 (:class:`BasicAnswers`).
The published 基礎項目評価書 itself is not among our sources, so:

* 対象人数 is the 重点 Ⅰ-1-③ band (10万人以上30万人未満);
* 取扱者数 500人未満 and no 重大事故 in the past year follow from the published
  しきい値判断結果 (基礎項目評価及び重点項目評価の実施が義務付けられる): with 500人以上 or a
  重大事故 the band would require a 全項目評価;
* the 計数 dates and the Ⅳ-8 text are illustrative, not the city's.

Use from the assessment module::

    from assessments.kiso_answers.fujisawa import basic_document

    documents = (basic_document(assessment), assessment)
"""

from __future__ import annotations

from pia_dsl.affair import BasicAnswers, basic_from_focused
from pia_dsl.forms.choices import Sufficiency
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.kiso import BasicAssessment, HandlerThreshold, ManualWork
from pia_dsl.wareki import wareki

__all__ = ["ANSWERS", "basic_document"]

ANSWERS = BasicAnswers(
    persons_counted_on=wareki("令和7年4月1日"),
    handlers=HandlerThreshold.UNDER_500,
    handlers_counted_on=wareki("令和7年4月1日"),
    incident_past_year=False,
    manual_work=ManualWork(
        sufficiency=Sufficiency.SUFFICIENT,
        grounds=(
            "申請書及び届出書の内容を職員が保健福祉総合システムに入力する際は、入力した職員とは別の職員が"
            "申請書等と入力結果を照合して確認している。また、受給者証の発送前に宛名と受給者情報を確認している。"
        ),
    ),
)


def basic_document(detailed: FocusedAssessment) -> BasicAssessment:
    """
    The 基礎項目評価書 for the 重点項目評価書 ``detailed``.
    """
    return basic_from_focused(detailed, ANSWERS)
