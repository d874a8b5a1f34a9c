"""
提出時期 (事前/事後) and the default 提出時期に係る説明 of a change.

* A change to a ※ item (walker ``entry.star``, which already encodes the exemptions such
  as 重点 Ⅲ-7-② and 全項目 Ⅲ-7 リスク1⑨) is a 重要な変更: 「事前」, and the assessment
  is redone (再実施) and submitted before the change.
* Any other change is 「事後」: 「その他の項目の変更であり事前の提出・公表が義務付けられない。」
* A change of the しきい値判断結果 requires the assessment to be redone (規則の再実施);
  the 基礎項目評価書 has no ※ items, so this is how its rows flag a 再実施.
* A 事後 change that comes with a change of 様式 edition (``Change.edition_change``: the
  item is relabelled or added by the edition) is explained as 藤沢市 explains its
  所属長 → 所属長の役職名 row: 「評価書の様式変更に伴う記載の変更のため、重要な事項に該当しない。」

Declarations (:mod:`pia_dsl.changes.declarations`) replace these defaults per item.
"""

from __future__ import annotations

from ..forms.common import Timing
from .rows import Change

__all__ = [
    "EDITION_EXPLANATION",
    "IMPORTANT_EXPLANATION",
    "OTHER_EXPLANATION",
    "THRESHOLD_EXPLANATION",
    "default_explanation",
    "default_timing",
    "requires_reassessment",
]

#: 事後: a change of an item without ※ (verbatim from 藤沢市 and the 記載要領 practice).
OTHER_EXPLANATION = "その他の項目の変更であり事前の提出・公表が義務付けられない。"

#: 事前: a change of a ※ item.
IMPORTANT_EXPLANATION = (
    "重要な変更に当たるため、特定個人情報保護評価を再実施し、変更前に評価書を提出・公表した。"
)

#: 事後: a change that comes with a change of 様式 edition (verbatim from 藤沢市, 平成31年2月1日).
EDITION_EXPLANATION = "評価書の様式変更に伴う記載の変更のため、重要な事項に該当しない。"

#: A change of the しきい値判断結果.
THRESHOLD_EXPLANATION = (
    "しきい値判断結果の変更であり、特定個人情報保護評価の再実施を要するため、評価を再実施するもの。"
)


def default_timing(change: Change) -> Timing:
    """
    「事前」 for a ※ item, else 「事後」.
    """
    return Timing.BEFORE if change.star else Timing.AFTER


def requires_reassessment(change: Change) -> bool:
    """
    Whether the change obliges the body to redo the assessment: a ※ item or the
    しきい値判断結果.
    """
    return change.star or change.threshold


def default_explanation(change: Change, timing: Timing | None = None) -> str:
    """
    The 提出時期に係る説明 used when nothing is declared for the change, for its resolved
    提出時期 ``timing`` (by default the one of its class).
    """
    if change.threshold:
        return THRESHOLD_EXPLANATION
    if (timing or default_timing(change)) is Timing.BEFORE:
        return IMPORTANT_EXPLANATION
    if change.edition_change:
        return EDITION_EXPLANATION
    return OTHER_EXPLANATION
