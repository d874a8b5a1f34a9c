"""
Ⅴ　評価実施手続 of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.7.  ２．and ３．are 【任意】 blocks, printed 「-」 or blank when
not carried out, so their rows are text (also ３．①実施日, which prints 「-」 when no review
took place; a form rule checks that a filled value is a 和暦 date).
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item
from ..choices import FocusedThresholdResult

__all__ = ["FocusedKisoStep", "FocusedProcedure", "FocusedPublicComment", "FocusedThirdPartyReview"]


@frozen(kw_only=True)
class FocusedKisoStep:
    """
    １．基礎項目評価 (Ⅴ-1).
    """

    performed_on: date | None = field(default=None, metadata=item("①", "実施日"))
    """様式: ①実施日 — ※なし (Ⅴ-１-① in 重点項目評価書)"""
    threshold: FocusedThresholdResult | None = field(
        default=None, metadata=item("②", "しきい値判断結果")
    )
    """様式: ②しきい値判断結果 — ※なし (Ⅴ-１-② in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedPublicComment:
    """
    ２．国民・住民等からの意見の聴取　【任意】 (Ⅴ-2).
    """

    method: str = field(default="", metadata=item("①", "方法", required=False))
    """様式: ①方法 — ※なし (Ⅴ-２-① in 重点項目評価書)"""
    period: str = field(default="", metadata=item("②", "実施日・期間", required=False))
    """様式: ②実施日・期間 — ※なし (Ⅴ-２-② in 重点項目評価書)"""
    opinions: str = field(default="", metadata=item("③", "主な意見の内容", required=False))
    """様式: ③主な意見の内容 — ※なし (Ⅴ-２-③ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedThirdPartyReview:
    """
    ３．第三者点検　【任意】 (Ⅴ-3).
    """

    performed_on: str = field(default="", metadata=item("①", "実施日", required=False))
    """様式: ①実施日 — ※なし (Ⅴ-３-① in 重点項目評価書)"""
    method: str = field(default="", metadata=item("②", "方法", required=False))
    """様式: ②方法 — ※なし (Ⅴ-３-② in 重点項目評価書)"""
    result: str = field(default="", metadata=item("③", "結果", required=False))
    """様式: ③結果 — ※なし (Ⅴ-３-③ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedProcedure:
    """
    Ⅴ　評価実施手続.
    """

    basic_assessment: FocusedKisoStep = field(
        factory=FocusedKisoStep, metadata=item("１．", "基礎項目評価")
    )
    """様式: １．基礎項目評価 — ※なし (Ⅴ-１ in 重点項目評価書)"""
    public_comment: FocusedPublicComment = field(
        factory=FocusedPublicComment,
        metadata=item("２．", "国民・住民等からの意見の聴取　【任意】"),
    )
    """様式: ２．国民・住民等からの意見の聴取　【任意】 — ※なし (Ⅴ-２ in 重点項目評価書)"""
    third_party_review: FocusedThirdPartyReview = field(
        factory=FocusedThirdPartyReview, metadata=item("３．", "第三者点検　【任意】")
    )
    """様式: ３．第三者点検　【任意】 — ※なし (Ⅴ-３ in 重点項目評価書)"""
