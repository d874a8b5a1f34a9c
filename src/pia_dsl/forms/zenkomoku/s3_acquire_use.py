"""
Ⅲ-2　特定個人情報の入手 and Ⅲ-3　特定個人情報の使用 of one file (全項目評価書).

Every item of Ⅲ is ※ through the section header; the risks are fixed by the form.  A
risk is an unnumbered group whose label is the printed caption 「リスク１：　…」 (the
walker shortens it to 「リスク１」 in item paths).  A choice with its own explanation row
(ユーザ認証の管理 + 具体的な管理方法) is a small group named after the choice's row.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from ..choices import Practice, Recording, Sufficiency
from ..common import (
    RiskMeasure,
    other_measures_item,
    other_risks_item,
    sufficiency_item,
)

__all__ = [
    "AccessControl",
    "AccessIssuance",
    "AccuracyRisk",
    "AuthorityRisk",
    "FullAcquisitionRisks",
    "FullUseRisks",
    "LinkingRisk",
    "PurposeRisk",
    "UsageRecord",
    "UserAuthentication",
]


@frozen(kw_only=True)
class PurposeRisk:
    """
    Ⅲ-2 リスク１：　目的外の入手が行われるリスク.
    """

    outsiders: str = field(
        default="", metadata=item("", "対象者以外の情報の入手を防止するための措置の内容")
    )
    """様式: 対象者以外の情報の入手を防止するための措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク１ in 全項目評価書)"""
    unneeded: str = field(
        default="", metadata=item("", "必要な情報以外を入手することを防止するための措置の内容")
    )
    """様式: 必要な情報以外を入手することを防止するための措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク１ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク１ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク１ in 全項目評価書)"""


@frozen(kw_only=True)
class AccuracyRisk:
    """
    Ⅲ-2 リスク３：　入手した特定個人情報が不正確であるリスク.
    """

    identity: str = field(default="", metadata=item("", "入手の際の本人確認の措置の内容"))
    """様式: 入手の際の本人確認の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク３ in 全項目評価書)"""
    authenticity: str = field(default="", metadata=item("", "個人番号の真正性確認の措置の内容"))
    """様式: 個人番号の真正性確認の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク３ in 全項目評価書)"""
    accuracy: str = field(default="", metadata=item("", "特定個人情報の正確性確保の措置の内容"))
    """様式: 特定個人情報の正確性確保の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク３ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク３ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ リスク３ in 全項目評価書)"""


@frozen(kw_only=True)
class FullAcquisitionRisks:
    """
    Ⅲ-2　特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）.
    """

    risk1: PurposeRisk = field(
        factory=PurposeRisk, metadata=item("", "リスク１：　目的外の入手が行われるリスク")
    )
    """様式: リスク１：　目的外の入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""
    risk2: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク２：　不適切な方法で入手が行われるリスク")
    )
    """様式: リスク２：　不適切な方法で入手が行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""
    risk3: AccuracyRisk = field(
        factory=AccuracyRisk,
        metadata=item("", "リスク３：　入手した特定個人情報が不正確であるリスク"),
    )
    """様式: リスク３：　入手した特定個人情報が不正確であるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""
    risk4: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク４：　入手の際に特定個人情報が漏えい・紛失するリスク"),
    )
    """様式: リスク４：　入手の際に特定個人情報が漏えい・紛失するリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("２．"))
    """様式: 特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""


@frozen(kw_only=True)
class LinkingRisk:
    """
    Ⅲ-3 リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク.
    """

    addressee: str = field(default="", metadata=item("", "宛名システム等における措置の内容"))
    """様式: 宛名システム等における措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク１ in 全項目評価書)"""
    other_systems: str = field(
        default="", metadata=item("", "事務で使用するその他のシステムにおける措置の内容")
    )
    """様式: 事務で使用するその他のシステムにおける措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク１ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク１ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク１ in 全項目評価書)"""


@frozen(kw_only=True)
class UserAuthentication:
    """
    ユーザ認証の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(default=None, metadata=item("", "ユーザ認証の管理"))
    """様式: ユーザ認証の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な管理方法"))
    """様式: 具体的な管理方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ ユーザ認証の管理 in 全項目評価書)"""


@frozen(kw_only=True)
class AccessIssuance:
    """
    アクセス権限の発効・失効の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(
        default=None, metadata=item("", "アクセス権限の発効・失効の管理")
    )
    """様式: アクセス権限の発効・失効の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な管理方法"))
    """様式: 具体的な管理方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ アクセス権限の発効・失効の管理 in 全項目評価書)"""


@frozen(kw_only=True)
class AccessControl:
    """
    アクセス権限の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(default=None, metadata=item("", "アクセス権限の管理"))
    """様式: アクセス権限の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な管理方法"))
    """様式: 具体的な管理方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ アクセス権限の管理 in 全項目評価書)"""


@frozen(kw_only=True)
class UsageRecord:
    """
    特定個人情報の使用の記録 and its 具体的な方法.
    """

    status: Recording | None = field(default=None, metadata=item("", "特定個人情報の使用の記録"))
    """様式: 特定個人情報の使用の記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な方法"))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ 特定個人情報の使用の記録 in 全項目評価書)"""


@frozen(kw_only=True)
class AuthorityRisk:
    """
    Ⅲ-3 リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク.
    """

    authentication: UserAuthentication = field(
        factory=UserAuthentication, metadata=item("", "ユーザ認証の管理")
    )
    """様式: ユーザ認証の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    issuance: AccessIssuance = field(
        factory=AccessIssuance, metadata=item("", "アクセス権限の発効・失効の管理")
    )
    """様式: アクセス権限の発効・失効の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    access: AccessControl = field(factory=AccessControl, metadata=item("", "アクセス権限の管理"))
    """様式: アクセス権限の管理 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    record: UsageRecord = field(factory=UsageRecord, metadata=item("", "特定個人情報の使用の記録"))
    """様式: 特定個人情報の使用の記録 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    other_measures: str = field(default="", metadata=other_measures_item())
    """様式: その他の措置の内容 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ リスク２ in 全項目評価書)"""


@frozen(kw_only=True)
class FullUseRisks:
    """
    Ⅲ-3　特定個人情報の使用.
    """

    risk1: LinkingRisk = field(
        factory=LinkingRisk,
        metadata=item(
            "", "リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク"
        ),
    )
    """様式: リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
    risk2: AuthorityRisk = field(
        factory=AuthorityRisk,
        metadata=item(
            "",
            "リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク",
        ),
    )
    """様式: リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
    risk3: RiskMeasure = field(
        factory=RiskMeasure, metadata=item("", "リスク３：　従業者が事務外で使用するリスク")
    )
    """様式: リスク３：　従業者が事務外で使用するリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
    risk4: RiskMeasure = field(
        factory=RiskMeasure,
        metadata=item("", "リスク４：　特定個人情報ファイルが不正に複製されるリスク"),
    )
    """様式: リスク４：　特定個人情報ファイルが不正に複製されるリスク — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
    other_risks: str = field(default="", metadata=other_risks_item("３．"))
    """様式: 特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
