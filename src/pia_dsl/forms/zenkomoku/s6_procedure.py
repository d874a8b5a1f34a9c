"""
Ⅵ　評価実施手続 of the 全項目評価書.

Ⅵ-3 (第三者点検) is what a 地方公共団体 does, Ⅵ-4 (個人情報保護委員会の承認) what a
行政機関等 does; both are optional in the model and a form rule asks for one of them.
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item
from ..choices import FullThresholdResult
from ..editions import COMMISSION_APPROVAL, COMMISSION_REVIEW

__all__ = ["Approval", "FullKisoStep", "FullProcedure", "FullPublicComment", "FullThirdPartyReview"]


@frozen(kw_only=True)
class FullKisoStep:
    """
    Ⅵ-1　基礎項目評価.
    """

    performed_on: date | None = field(default=None, metadata=item("①", "実施日"))
    """様式: ①実施日 — ※なし (Ⅵ-１-① in 全項目評価書)"""
    threshold: FullThresholdResult | None = field(
        default=None, metadata=item("②", "しきい値判断結果")
    )
    """様式: ②しきい値判断結果 — ※なし (Ⅵ-１-② in 全項目評価書)"""


@frozen(kw_only=True)
class FullPublicComment:
    """
    Ⅵ-2　国民・住民等からの意見の聴取.  ②実施日・期間 is text 「…から…まで」.
    """

    method: str = field(default="", metadata=item("①", "方法"))
    """様式: ①方法 — ※なし (Ⅵ-２-① in 全項目評価書)"""
    period: str = field(default="", metadata=item("②", "実施日・期間"))
    """様式: ②実施日・期間 — ※なし (Ⅵ-２-② in 全項目評価書)"""
    shortening_reason: str = field(default="", metadata=item("③", "期間を短縮する特段の理由"))
    """様式: ③期間を短縮する特段の理由 — ※なし (Ⅵ-２-③ in 全項目評価書)"""
    opinions: str = field(default="", metadata=item("④", "主な意見の内容"))
    """様式: ④主な意見の内容 — ※なし (Ⅵ-２-④ in 全項目評価書)"""
    reflection: str = field(default="", metadata=item("⑤", "評価書への反映"))
    """様式: ⑤評価書への反映 — ※なし (Ⅵ-２-⑤ in 全項目評価書)"""


@frozen(kw_only=True)
class FullThirdPartyReview:
    """
    Ⅵ-3　第三者点検.  ①実施日 may hold several dates (printed joined by 「・」).
    """

    performed_on: tuple[date, ...] = field(default=(), metadata=item("①", "実施日", required=False))
    """様式: ①実施日 — ※なし (Ⅵ-３-① in 全項目評価書)"""
    method: str = field(default="", metadata=item("②", "方法", required=False))
    """様式: ②方法 — ※なし (Ⅵ-３-② in 全項目評価書)"""
    result: str = field(default="", metadata=item("③", "結果", required=False))
    """様式: ③結果 — ※なし (Ⅵ-３-③ in 全項目評価書)"""


@frozen(kw_only=True)
class Approval:
    """
    Ⅵ-4　個人情報保護委員会の承認【行政機関等のみ】.
    """

    submitted: date | None = field(default=None, metadata=item("①", "提出日", required=False))
    """様式: ①提出日 — ※なし (Ⅵ-４-① in 全項目評価書)"""
    review: str = field(
        default="",
        metadata=item(
            "②", "個人情報保護委員会による審査", required=False, older_labels=COMMISSION_REVIEW
        ),
    )
    """様式: ②個人情報保護委員会による審査 — ※なし (Ⅵ-４-② in 全項目評価書)"""


@frozen(kw_only=True)
class FullProcedure:
    """
    Ⅵ　評価実施手続.
    """

    basic_assessment: FullKisoStep = field(
        factory=FullKisoStep, metadata=item("１．", "基礎項目評価")
    )
    """様式: １．基礎項目評価 — ※なし (Ⅵ-１ in 全項目評価書)"""
    public_comment: FullPublicComment = field(
        factory=FullPublicComment, metadata=item("２．", "国民・住民等からの意見の聴取")
    )
    """様式: ２．国民・住民等からの意見の聴取 — ※なし (Ⅵ-２ in 全項目評価書)"""
    third_party_review: FullThirdPartyReview = field(
        factory=FullThirdPartyReview, metadata=item("３．", "第三者点検")
    )
    """様式: ３．第三者点検 — ※なし (Ⅵ-３ in 全項目評価書)"""
    approval: Approval = field(
        factory=Approval,
        metadata=item(
            "４．", "個人情報保護委員会の承認【行政機関等のみ】", older_labels=COMMISSION_APPROVAL
        ),
    )
    """様式: ４．個人情報保護委員会の承認【行政機関等のみ】 — ※なし (Ⅵ-４ in 全項目評価書)"""
