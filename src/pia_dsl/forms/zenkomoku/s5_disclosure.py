"""
Ⅴ　開示請求、問合せ of the 全項目評価書.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import field, frozen

from ...meta import item
from ..choices import Fee, Practice
from ..common import Inquiry

__all__ = ["FileRegister", "FullDisclosure", "FullDisclosureRequest"]


@frozen(kw_only=True)
class FileRegister:
    """
    Ⅴ-1④個人情報ファイル簿の公表, with 個人情報ファイル名 and 公表場所.
    """

    status: Practice | None = field(default=None, metadata=item("", "個人情報ファイル簿の公表"))
    """様式: 個人情報ファイル簿の公表 — ※なし (Ⅴ-１-④ in 全項目評価書)"""
    file_name: str = field(default="", metadata=item("", "個人情報ファイル名"))
    """様式: 個人情報ファイル名 — ※なし (Ⅴ-１-④ in 全項目評価書)"""
    location: str = field(default="", metadata=item("", "公表場所"))
    """様式: 公表場所 — ※なし (Ⅴ-１-④ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        「行っていない」 leaves 個人情報ファイル名 and 公表場所 blank.
        """
        if self.status is Practice.NOT_DONE:
            return {"file_name": Practice.NOT_DONE.value, "location": Practice.NOT_DONE.value}
        return {}


@frozen(kw_only=True)
class FullDisclosureRequest:
    """
    Ⅴ-1　特定個人情報の開示・訂正・利用停止請求.
    """

    requests_to: str = field(default="", metadata=item("①", "請求先"))
    """様式: ①請求先 — ※なし (Ⅴ-１-① in 全項目評価書)"""
    method: str = field(default="", metadata=item("②", "請求方法"))
    """様式: ②請求方法 — ※なし (Ⅴ-１-② in 全項目評価書)"""
    notes: str = field(default="", metadata=item("", "特記事項", required=False))
    """様式: 特記事項 — ※なし (Ⅴ-１ in 全項目評価書)"""
    fee: Fee | None = field(default=None, metadata=item("③", "手数料等"))
    """様式: ③手数料等 — ※なし (Ⅴ-１-③ in 全項目評価書)"""
    fee_detail: str = field(default="", metadata=item("", "手数料額、納付方法", required=False))
    """様式: 手数料額、納付方法 — ※なし (Ⅴ-１ in 全項目評価書)"""
    register: FileRegister = field(
        factory=FileRegister, metadata=item("④", "個人情報ファイル簿の公表")
    )
    """様式: ④個人情報ファイル簿の公表 — ※なし (Ⅴ-１-④ in 全項目評価書)"""
    special_procedure: str = field(default="", metadata=item("⑤", "法令による特別の手続"))
    """様式: ⑤法令による特別の手続 — ※なし (Ⅴ-１-⑤ in 全項目評価書)"""
    not_listed: str = field(default="", metadata=item("⑥", "個人情報ファイル簿への不記載等"))
    """様式: ⑥個人情報ファイル簿への不記載等 — ※なし (Ⅴ-１-⑥ in 全項目評価書)"""


@frozen(kw_only=True)
class FullDisclosure:
    """
    Ⅴ　開示請求、問合せ.
    """

    disclosure: FullDisclosureRequest = field(
        factory=FullDisclosureRequest,
        metadata=item("１．", "特定個人情報の開示・訂正・利用停止請求"),
    )
    """様式: １．特定個人情報の開示・訂正・利用停止請求 — ※なし (Ⅴ-１ in 全項目評価書)"""
    inquiry: Inquiry = field(
        factory=Inquiry, metadata=item("２．", "特定個人情報ファイルの取扱いに関する問合せ")
    )
    """様式: ２．特定個人情報ファイルの取扱いに関する問合せ — ※なし (Ⅴ-２ in 全項目評価書)"""
