"""
The 基礎項目評価書 of 堺市 国民年金に関する事務, derived from its 全項目評価書.

The published 全項目評価書 gives everything the two documents share; the 基礎 alone asks
for the しきい値判断項目 and Ⅳ-8 人手を介在させる作業 (:class:`BasicAnswers`).  The
published 基礎項目評価書 itself is not among our sources, so:

* 対象人数 is the 全項目 Ⅰ-1-③ band (30万人以上), which alone requires a 全項目評価;
* 取扱者数 (500人未満), the absence of a 特定個人情報 重大事故 in the past year, the 計数
  dates and the Ⅳ-8 text are illustrative, not the city's.

Use from the assessment module::

    from assessments.kiso_answers.sakai import basic_document

    documents = (basic_document(assessment), assessment)
"""

from __future__ import annotations

from pia_dsl.affair import BasicAnswers, basic_from_full
from pia_dsl.forms.choices import Sufficiency
from pia_dsl.forms.kiso import BasicAssessment, HandlerThreshold, ManualWork
from pia_dsl.forms.zenkomoku import FullAssessment
from pia_dsl.wareki import wareki

__all__ = ["ANSWERS", "basic_document"]

ANSWERS = BasicAnswers(
    persons_counted_on=wareki("令和3年4月1日"),
    handlers=HandlerThreshold.UNDER_500,
    handlers_counted_on=wareki("令和3年4月1日"),
    incident_past_year=False,
    manual_work=ManualWork(
        sufficiency=Sufficiency.SUFFICIENT,
        grounds=(
            "届出書・申請書等の内容を国民年金システムに登録した後、申請情報と登録内容に相違がないか照合している。"
            "また、パンチ委託業者から納品されたデータは、処理結果一覧表と登録内容を照合して確認している。"
        ),
    ),
)


def basic_document(detailed: FullAssessment) -> BasicAssessment:
    """
    The 基礎項目評価書 for the 全項目評価書 ``detailed``.
    """
    return basic_from_full(detailed, ANSWERS)
