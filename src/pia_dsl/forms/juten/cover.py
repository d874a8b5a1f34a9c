"""
表紙 of the 重点項目評価書: 評価書番号, 評価書名, the 宣言, 特記事項, 評価実施機関名, 公表日.

Source: ``form-jyuten.md`` §1.0.  The printed title (特定個人情報保護評価書（重点項目評価書）) and
the 項目一覧 are fixed text and are not fields.
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item

__all__ = ["Cover"]


@frozen(kw_only=True)
class Cover:
    """
    表紙 (C.1–C.6).
    """

    number: str = field(default="", metadata=item("", "評価書番号"))
    """様式: 評価書番号 — ※なし (表紙 in 重点項目評価書)"""
    title: str = field(default="", metadata=item("", "評価書名"))
    """様式: 評価書名 — ※なし (表紙 in 重点項目評価書)"""
    declaration: str = field(
        default="", metadata=item("", "個人のプライバシー等の権利利益の保護の宣言")
    )
    """様式: 個人のプライバシー等の権利利益の保護の宣言 — ※なし (表紙 in 重点項目評価書)"""
    notes: str = field(default="", metadata=item("", "特記事項", required=False))
    """様式: 特記事項 — ※なし (表紙 in 重点項目評価書)"""
    agency: str = field(default="", metadata=item("", "評価実施機関名"))
    """様式: 評価実施機関名 — ※なし (表紙 in 重点項目評価書)"""
    #: Empty while the assessment is a draft; the form prints it once published.
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))
    """様式: 公表日 — ※なし (表紙 in 重点項目評価書)"""
