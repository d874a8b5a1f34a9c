"""
Ⅳ　その他のリスク対策 ※ of the 全項目評価書 (every item ※ through the header).
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..choices import Effort
from ..common import Training

__all__ = ["AuditPractice", "FullAuditSection", "OtherRisks", "SelfInspection"]


@frozen(kw_only=True)
class SelfInspection:
    """
    Ⅳ-1①自己点検 and its 具体的なチェック方法.
    """

    status: Effort | None = field(default=None, metadata=item("", "自己点検"))
    """様式: 自己点検 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-① in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的なチェック方法"))
    """様式: 具体的なチェック方法 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-① in 全項目評価書)"""


@frozen(kw_only=True)
class AuditPractice:
    """
    Ⅳ-1②監査 and its 具体的な内容.
    """

    status: Effort | None = field(default=None, metadata=item("", "監査"))
    """様式: 監査 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-② in 全項目評価書)"""
    content: str = field(default="", metadata=item("", "具体的な内容"))
    """様式: 具体的な内容 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-② in 全項目評価書)"""


@frozen(kw_only=True)
class FullAuditSection:
    """
    Ⅳ-1　監査.
    """

    self_inspection: SelfInspection = field(factory=SelfInspection, metadata=item("①", "自己点検"))
    """様式: ①自己点検 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-① in 全項目評価書)"""
    audit: AuditPractice = field(factory=AuditPractice, metadata=item("②", "監査"))
    """様式: ②監査 — 重要な変更の対象（上位の項目の※） (Ⅳ-１-② in 全項目評価書)"""


@frozen(kw_only=True)
class OtherRisks:
    """
    Ⅳ　その他のリスク対策.
    """

    audit: FullAuditSection = field(factory=FullAuditSection, metadata=item("１．", "監査"))
    """様式: １．監査 — 重要な変更の対象（上位の項目の※） (Ⅳ-１ in 全項目評価書)"""
    training: Training = field(factory=Training, metadata=item("２．", "従業者に対する教育・啓発"))
    """様式: ２．従業者に対する教育・啓発 — 重要な変更の対象（上位の項目の※） (Ⅳ-２ in 全項目評価書)"""
    other_risk_measures: str = field(
        default="", metadata=item("３．", "その他のリスク対策", required=False)
    )
    """様式: ３．その他のリスク対策 — 重要な変更の対象（上位の項目の※） (Ⅳ-３ in 全項目評価書)"""
