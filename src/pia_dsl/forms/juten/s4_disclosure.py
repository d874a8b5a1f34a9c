"""
Ⅳ　開示請求、問合せ of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.6.  ③ and ④ are usually 「-」.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..common import Inquiry

__all__ = ["FocusedDisclosure", "FocusedDisclosureRequest"]


@frozen(kw_only=True)
class FocusedDisclosureRequest:
    """
    １．特定個人情報の開示・訂正・利用停止請求 (Ⅳ-1).
    """

    requests_to: str = field(default="", metadata=item("①", "請求先"))
    """様式: ①請求先 — ※なし (Ⅳ-１-① in 重点項目評価書)"""
    method: str = field(default="", metadata=item("②", "請求方法"))
    """様式: ②請求方法 — ※なし (Ⅳ-１-② in 重点項目評価書)"""
    special_procedure: str = field(
        default="", metadata=item("③", "法令による特別の手続", required=False)
    )
    """様式: ③法令による特別の手続 — ※なし (Ⅳ-１-③ in 重点項目評価書)"""
    not_listed: str = field(
        default="", metadata=item("④", "個人情報ファイル簿への不記載等", required=False)
    )
    """様式: ④個人情報ファイル簿への不記載等 — ※なし (Ⅳ-１-④ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedDisclosure:
    """
    Ⅳ　開示請求、問合せ.
    """

    disclosure: FocusedDisclosureRequest = field(
        factory=FocusedDisclosureRequest,
        metadata=item("１．", "特定個人情報の開示・訂正・利用停止請求"),
    )
    """様式: １．特定個人情報の開示・訂正・利用停止請求 — ※なし (Ⅳ-１ in 重点項目評価書)"""
    inquiry: Inquiry = field(
        factory=Inquiry, metadata=item("２．", "特定個人情報ファイルの取扱いに関する問合せ")
    )
    """様式: ２．特定個人情報ファイルの取扱いに関する問合せ — ※なし (Ⅳ-２ in 重点項目評価書)"""
