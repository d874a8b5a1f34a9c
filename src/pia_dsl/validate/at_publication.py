"""
The items that can only be filled when a document is published.

A draft goes to 意見聴取 (パブリックコメント) and 第三者点検 before these results exist, so
``pia check`` allows them blank; ``pia publish`` validates without this allowance, and
requires a 公表日.  By form (attribute paths):

* every form: 公表日 (``cover.published``);
* 全項目評価書: 表紙 承認日 (``cover.approved``), Ⅵ-2 ④主な意見の内容・⑤評価書への反映,
  Ⅵ-3 第三者点検 ①実施日・②方法・③結果, Ⅵ-4 ①提出日・②個人情報保護委員会による審査;
* 重点項目評価書: Ⅴ-2 ③主な意見の内容, Ⅴ-3 第三者点検 ①実施日・③結果 (both 【任意】 on
  the form: blank stays allowed when publishing).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..forms.registry import Form
from .findings import Finding

__all__ = ["AT_PUBLICATION", "draft_findings"]

#: Attribute paths of the items filled at publication, by form.
AT_PUBLICATION: dict[str, frozenset[str]] = {
    Form.KISO: frozenset({"cover.published"}),
    Form.JUTEN: frozenset(
        {
            "cover.published",
            "s5.public_comment.opinions",
            "s5.third_party_review.performed_on",
            "s5.third_party_review.result",
        }
    ),
    Form.ZENKOMOKU: frozenset(
        {
            "cover.published",
            "cover.approved",
            "s6.public_comment.opinions",
            "s6.public_comment.reflection",
            "s6.third_party_review.performed_on",
            "s6.third_party_review.method",
            "s6.third_party_review.result",
            "s6.approval.submitted",
            "s6.approval.review",
        }
    ),
}


def draft_findings(findings: Iterable[Finding], form: str) -> list[Finding]:
    """
    ``findings`` without those about items that are filled at publication (a draft may
    leave them blank).
    """
    allowed = AT_PUBLICATION.get(form, frozenset())
    return [f for f in findings if f.rule not in _BLANK_RULES or f.path not in allowed]


#: The rules that report a blank item (the ones a draft is exempt from).
_BLANK_RULES = frozenset({"required", "zenkomoku.third-party-review"})
