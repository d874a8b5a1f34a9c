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
from ..common import RiskMeasure

__all__ = [
    "AccessControl",
    "AccessIssuance",
    "AccuracyRisk",
    "AcquisitionRisks",
    "AuthorityRisk",
    "LinkingRisk",
    "PurposeRisk",
    "UsageRecord",
    "UseRisks",
    "UserAuthentication",
]

OTHER_MEASURES = "その他の措置の内容"
SUFFICIENCY = "リスクへの対策は十分か"


@frozen(kw_only=True)
class PurposeRisk:
    """
    Ⅲ-2 リスク１：　目的外の入手が行われるリスク.
    """

    outsiders: str = field(metadata=item("", "対象者以外の情報の入手を防止するための措置の内容"))
    unneeded: str = field(
        metadata=item("", "必要な情報以外を入手することを防止するための措置の内容")
    )
    other: str = field(default="", metadata=item("", OTHER_MEASURES, required=False))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("", SUFFICIENCY))


@frozen(kw_only=True)
class AccuracyRisk:
    """
    Ⅲ-2 リスク３：　入手した特定個人情報が不正確であるリスク.
    """

    identity: str = field(metadata=item("", "入手の際の本人確認の措置の内容"))
    authenticity: str = field(metadata=item("", "個人番号の真正性確認の措置の内容"))
    accuracy: str = field(metadata=item("", "特定個人情報の正確性確保の措置の内容"))
    other: str = field(default="", metadata=item("", OTHER_MEASURES, required=False))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("", SUFFICIENCY))


@frozen(kw_only=True)
class AcquisitionRisks:
    """
    Ⅲ-2　特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）.
    """

    risk1: PurposeRisk = field(metadata=item("", "リスク１：　目的外の入手が行われるリスク"))
    risk2: RiskMeasure = field(metadata=item("", "リスク２：　不適切な方法で入手が行われるリスク"))
    risk3: AccuracyRisk = field(
        metadata=item("", "リスク３：　入手した特定個人情報が不正確であるリスク")
    )
    risk4: RiskMeasure = field(
        metadata=item("", "リスク４：　入手の際に特定個人情報が漏えい・紛失するリスク")
    )
    other: str = field(
        default="",
        metadata=item(
            "",
            "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置",
            required=False,
        ),
    )


@frozen(kw_only=True)
class LinkingRisk:
    """
    Ⅲ-3 リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク.
    """

    addressee: str = field(metadata=item("", "宛名システム等における措置の内容"))
    other_systems: str = field(
        metadata=item("", "事務で使用するその他のシステムにおける措置の内容")
    )
    other: str = field(default="", metadata=item("", OTHER_MEASURES, required=False))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("", SUFFICIENCY))


@frozen(kw_only=True)
class UserAuthentication:
    """
    ユーザ認証の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(default=None, metadata=item("", "ユーザ認証の管理"))
    method: str = field(metadata=item("", "具体的な管理方法"))


@frozen(kw_only=True)
class AccessIssuance:
    """
    アクセス権限の発効・失効の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(
        default=None, metadata=item("", "アクセス権限の発効・失効の管理")
    )
    method: str = field(metadata=item("", "具体的な管理方法"))


@frozen(kw_only=True)
class AccessControl:
    """
    アクセス権限の管理 and its 具体的な管理方法.
    """

    status: Practice | None = field(default=None, metadata=item("", "アクセス権限の管理"))
    method: str = field(metadata=item("", "具体的な管理方法"))


@frozen(kw_only=True)
class UsageRecord:
    """
    特定個人情報の使用の記録 and its 具体的な方法.
    """

    status: Recording | None = field(default=None, metadata=item("", "特定個人情報の使用の記録"))
    method: str = field(metadata=item("", "具体的な方法"))


@frozen(kw_only=True)
class AuthorityRisk:
    """
    Ⅲ-3 リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク.
    """

    authentication: UserAuthentication = field(metadata=item("", "ユーザ認証の管理"))
    issuance: AccessIssuance = field(metadata=item("", "アクセス権限の発効・失効の管理"))
    access: AccessControl = field(metadata=item("", "アクセス権限の管理"))
    record: UsageRecord = field(metadata=item("", "特定個人情報の使用の記録"))
    other: str = field(default="", metadata=item("", OTHER_MEASURES, required=False))
    sufficiency: Sufficiency | None = field(default=None, metadata=item("", SUFFICIENCY))


@frozen(kw_only=True)
class UseRisks:
    """
    Ⅲ-3　特定個人情報の使用.
    """

    risk1: LinkingRisk = field(
        metadata=item(
            "", "リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク"
        )
    )
    risk2: AuthorityRisk = field(
        metadata=item(
            "",
            "リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク",
        )
    )
    risk3: RiskMeasure = field(metadata=item("", "リスク３：　従業者が事務外で使用するリスク"))
    risk4: RiskMeasure = field(
        metadata=item("", "リスク４：　特定個人情報ファイルが不正に複製されるリスク")
    )
    other: str = field(
        default="",
        metadata=item(
            "",
            "特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置",
            required=False,
        ),
    )
