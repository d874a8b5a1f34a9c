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

__all__ = ["Approval", "KisoStep", "Procedure", "PublicComment", "ThirdPartyReview"]


@frozen(kw_only=True)
class KisoStep:
    """
    Ⅵ-1　基礎項目評価.
    """

    performed: date | None = field(default=None, metadata=item("①", "実施日"))
    threshold: FullThresholdResult | None = field(
        default=None, metadata=item("②", "しきい値判断結果")
    )


@frozen(kw_only=True)
class PublicComment:
    """
    Ⅵ-2　国民・住民等からの意見の聴取.  ②実施日・期間 is text 「…から…まで」.
    """

    method: str = field(metadata=item("①", "方法"))
    period: str = field(metadata=item("②", "実施日・期間"))
    shortening_reason: str = field(metadata=item("③", "期間を短縮する特段の理由"))
    opinions: str = field(metadata=item("④", "主な意見の内容"))
    reflection: str = field(metadata=item("⑤", "評価書への反映"))


@frozen(kw_only=True)
class ThirdPartyReview:
    """
    Ⅵ-3　第三者点検.  ①実施日 may hold several dates (printed joined by 「・」).
    """

    dates: tuple[date, ...] = field(default=(), metadata=item("①", "実施日", required=False))
    method: str = field(default="", metadata=item("②", "方法", required=False))
    result: str = field(default="", metadata=item("③", "結果", required=False))


@frozen(kw_only=True)
class Approval:
    """
    Ⅵ-4　個人情報保護委員会の承認【行政機関等のみ】.
    """

    submitted: date | None = field(default=None, metadata=item("①", "提出日", required=False))
    review: str = field(
        default="", metadata=item("②", "個人情報保護委員会による審査", required=False)
    )


@frozen(kw_only=True)
class Procedure:
    """
    Ⅵ　評価実施手続.
    """

    kiso: KisoStep = field(factory=KisoStep, metadata=item("１．", "基礎項目評価"))
    public_comment: PublicComment = field(metadata=item("２．", "国民・住民等からの意見の聴取"))
    review: ThirdPartyReview = field(factory=ThirdPartyReview, metadata=item("３．", "第三者点検"))
    approval: Approval = field(
        factory=Approval, metadata=item("４．", "個人情報保護委員会の承認【行政機関等のみ】")
    )
