"""
The cover block (表紙) of the 基礎項目評価書.

Labels: [C] (赤磐市, 尼崎市; ``rules.md`` §3.1).
"""

from __future__ import annotations

from datetime import date

from attrs import field, frozen

from ...meta import item

__all__ = ["BasicCover"]


@frozen(kw_only=True)
class BasicCover:
    """
    表紙: 評価書番号, 評価書名, 個人のプライバシー等の権利利益の保護の宣言, 特記事項,
    評価実施機関名, 公表日.

    評価書番号 is the number in the 特定個人情報保護評価計画管理書; a 事務 that also files a
    重点/全項目評価書 normally uses the same number for both.
    """

    number: str = field(default="", metadata=item("", "評価書番号"))
    """様式: 評価書番号 — ※なし (表紙 in 基礎項目評価書)"""
    title: str = field(default="", metadata=item("", "評価書名"))
    """様式: 評価書名 — ※なし (表紙 in 基礎項目評価書)"""
    declaration: str = field(
        default="", metadata=item("", "個人のプライバシー等の権利利益の保護の宣言")
    )
    """様式: 個人のプライバシー等の権利利益の保護の宣言 — ※なし (表紙 in 基礎項目評価書)"""
    notes: str = field(default="", metadata=item("", "特記事項", required=False))
    """様式: 特記事項 — ※なし (表紙 in 基礎項目評価書)"""
    agency: str = field(default="", metadata=item("", "評価実施機関名"))
    """様式: 評価実施機関名 — ※なし (表紙 in 基礎項目評価書)"""
    #: Empty while the assessment is a draft; the form prints it once published.
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))
    """様式: 公表日 — ※なし (表紙 in 基礎項目評価書)"""
