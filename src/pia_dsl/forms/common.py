"""
Parts shared by the 重点項目評価書 and the 全項目評価書: systems, 提供先, 移転先, risk
measures and the 変更箇所 rows.

Every class is frozen and keyword-only; every form item carries its official number and
label in its field metadata (:func:`pia_dsl.meta.item`).  Members of repeated groups
carry a stable ``key`` chosen by the author (it never prints; it lets a diff tell an
inserted member from a changed one).
"""

from __future__ import annotations

import enum
from datetime import date

from attrs import field, frozen

from ..meta import item
from ..options import Checks
from .choices import Connection, PersonCount, ProvisionMethod, Sufficiency, TransferMethod

__all__ = ["ChangeRow", "Provision", "RiskMeasure", "System", "Timing", "Transfer"]


@frozen(kw_only=True)
class System:
    """
    システムn: a system used in the 事務 (Ⅰ-2).
    """

    key: str
    name: str = field(metadata=item("①", "システムの名称"))
    functions: str = field(metadata=item("②", "システムの機能"))
    connections: Checks[Connection] = field(
        factory=Checks, metadata=item("③", "他のシステムとの接続")
    )


@frozen(kw_only=True)
class Provision:
    """
    提供先n: a recipient of 特定個人情報 outside the body (Ⅱ-5).
    """

    key: str
    name: str = field(default="", metadata=item("", "提供先名", title=True, required=False))
    legal_basis: str = field(metadata=item("①", "法令上の根拠"))
    purpose: str = field(metadata=item("②", "提供先における用途"))
    information: str = field(metadata=item("③", "提供する情報"))
    person_count: PersonCount | None = field(
        default=None, metadata=item("④", "提供する情報の対象となる本人の数")
    )
    person_scope: str = field(metadata=item("⑤", "提供する情報の対象となる本人の範囲"))
    methods: Checks[ProvisionMethod] = field(factory=Checks, metadata=item("⑥", "提供方法"))
    timing: str = field(metadata=item("⑦", "時期・頻度"))


@frozen(kw_only=True)
class Transfer:
    """
    移転先n: another department of the same body that receives 特定個人情報 (Ⅱ-5).
    """

    key: str
    name: str = field(default="", metadata=item("", "移転先名", title=True, required=False))
    legal_basis: str = field(metadata=item("①", "法令上の根拠"))
    purpose: str = field(metadata=item("②", "移転先における用途"))
    information: str = field(metadata=item("③", "移転する情報"))
    person_count: PersonCount | None = field(
        default=None, metadata=item("④", "移転する情報の対象となる本人の数")
    )
    person_scope: str = field(metadata=item("⑤", "移転する情報の対象となる本人の範囲"))
    methods: Checks[TransferMethod] = field(factory=Checks, metadata=item("⑥", "移転方法"))
    timing: str = field(metadata=item("⑦", "時期・頻度"))


@frozen(kw_only=True)
class RiskMeasure:
    """
    The common risk block: リスクに対する措置の内容 and リスクへの対策は十分か.
    """

    measures: str = field(metadata=item("", "リスクに対する措置の内容"))
    sufficiency: Sufficiency | None = field(
        default=None, metadata=item("", "リスクへの対策は十分か")
    )


class Timing(enum.Enum):
    """
    提出時期 of a 変更箇所 row.
    """

    BEFORE = "事前"
    AFTER = "事後"


@frozen(kw_only=True)
class ChangeRow:
    """
    One row of the (別添) 変更箇所 table: 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期,
    提出時期に係る説明.  Rows written before the project are data in the module (``history``);
    later rows are computed from git.
    """

    date: date
    item: str
    before: str
    after: str
    #: ``None`` only for a carried-over row whose published document left 提出時期 blank;
    #: computed rows always have a timing.
    timing: Timing | None
    explanation: str = ""

    @property
    def timing_text(self) -> str:
        """
        提出時期 as printed: 「事前」, 「事後」 or blank.
        """
        return self.timing.value if self.timing else ""
