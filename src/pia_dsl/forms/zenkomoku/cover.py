"""
表紙 of the 全項目評価書: 評価書番号, 評価書名, 宣言, 特記事項, 評価実施機関名,
個人情報保護委員会 承認日【行政機関等のみ】 and 公表日.
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item

__all__ = ["FullCover"]


@frozen(kw_only=True)
class FullCover:
    """
    表紙.
    """

    number: str = field(default="", metadata=item("", "評価書番号"))
    """様式: 評価書番号 — ※なし (表紙 in 全項目評価書)"""
    title: str = field(default="", metadata=item("", "評価書名"))
    """様式: 評価書名 — ※なし (表紙 in 全項目評価書)"""
    declaration: str = field(
        default="", metadata=item("", "個人のプライバシー等の権利利益の保護の宣言")
    )
    """様式: 個人のプライバシー等の権利利益の保護の宣言 — ※なし (表紙 in 全項目評価書)"""
    notes: str = field(default="", metadata=item("", "特記事項", required=False))
    """様式: 特記事項 — ※なし (表紙 in 全項目評価書)"""
    agency: str = field(default="", metadata=item("", "評価実施機関名"))
    """様式: 評価実施機関名 — ※なし (表紙 in 全項目評価書)"""
    approved: date | None = field(
        default=None,
        metadata=item("", "個人情報保護委員会　承認日　【行政機関等のみ】", required=False),
    )
    """様式: 個人情報保護委員会　承認日　【行政機関等のみ】 — ※なし (表紙 in 全項目評価書)"""
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))
    """様式: 公表日 — ※なし (表紙 in 全項目評価書)"""
