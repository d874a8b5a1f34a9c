"""
Ⅳ　開示請求、問合せ of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.6.  ③ and ④ are usually 「-」.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item

__all__ = ["Disclosure", "DisclosureRequest", "Inquiry"]


@frozen(kw_only=True)
class DisclosureRequest:
    """
    １．特定個人情報の開示・訂正・利用停止請求 (Ⅳ-1).
    """

    address: str = field(default="", metadata=item("①", "請求先"))
    method: str = field(default="", metadata=item("②", "請求方法"))
    special_procedure: str = field(
        default="", metadata=item("③", "法令による特別の手続", required=False)
    )
    not_listed: str = field(
        default="", metadata=item("④", "個人情報ファイル簿への不記載等", required=False)
    )


@frozen(kw_only=True)
class Inquiry:
    """
    ２．特定個人情報ファイルの取扱いに関する問合せ (Ⅳ-2).
    """

    contact: str = field(default="", metadata=item("①", "連絡先"))
    handling: str = field(default="", metadata=item("②", "対応方法"))


@frozen(kw_only=True)
class Disclosure:
    """
    Ⅳ　開示請求、問合せ.
    """

    request: DisclosureRequest = field(
        factory=DisclosureRequest,
        metadata=item("１．", "特定個人情報の開示・訂正・利用停止請求"),
    )
    inquiry: Inquiry = field(
        factory=Inquiry, metadata=item("２．", "特定個人情報ファイルの取扱いに関する問合せ")
    )
