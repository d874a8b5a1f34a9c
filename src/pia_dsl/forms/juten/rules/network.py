"""
Rules on the 情報提供ネットワークシステム: Ⅰ-5 実施の有無, the systems of Ⅰ-2, Ⅱ-3② 入手方法
and the Ⅲ-6 switches (``form-jyuten.md`` §3, §6.7, §6.20).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, Severity, finding
from ...choices import (
    AcquisitionMethod,
    Connection,
    Linkage,
)
from ...common_rules import entries_of
from .. import FocusedAssessment

__all__ = [
    "intra_agency_system",
    "linkage_implemented",
    "linkage_not_implemented",
    "network_acquisition",
]


def linkage_not_implemented(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-５-① 「実施しない」 ⇒ both Ⅲ-６ boxes ticked, and no 情報提供ネットワークシステム in
    Ⅱ-３-② or in any system's ③ (§3).
    """
    if a.s1.linkage.status is not Linkage.NO:
        return
    entries = entries_of(a)
    for dotted, ticked in (
        ("s3.network.no_acquisition", a.s3.network.no_acquisition),
        ("s3.network.no_provision", a.s3.network.no_provision),
    ):
        if not ticked:
            entry = entries[dotted]
            yield finding(
                entry,
                "juten.linkage-off",
                f"Ⅰ-５ 情報連携を「実施しない」ため、Ⅲ-６の「{entry.item.label}」にチェックを入れてください。",
            )
    if AcquisitionMethod.NETWORK_SYSTEM in a.s2.acquisition.methods:
        yield finding(
            entries["s2.acquisition.methods"],
            "juten.linkage-off",
            "Ⅰ-５ 情報連携を「実施しない」ため、入手方法の「情報提供ネットワークシステム」のチェックを外してください。",
        )
    for system in a.s1.systems:
        if Connection.NETWORK_SYSTEM in system.connections:
            yield finding(
                entries[f"s1.systems[{system.key}].connections"],
                "juten.linkage-off",
                "Ⅰ-５ 情報連携を「実施しない」ため、他のシステムとの接続の「情報提供ネットワークシステム」のチェックを外してください。",
            )


def linkage_implemented(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅰ-５-① 「実施する」 ⇒ at least one Ⅲ-６ box unticked, and (warning) some system connects
    to the 情報提供ネットワークシステム (the 中間サーバー, §6.7).
    """
    if a.s1.linkage.status is not Linkage.YES:
        return
    entries = entries_of(a)
    if a.s3.network.no_acquisition and a.s3.network.no_provision:
        yield finding(
            entries["s3.network.no_provision"],
            "juten.linkage-on",
            "Ⅰ-５ 情報連携を「実施する」のに、Ⅲ-６の「接続しない（入手）」「接続しない（提供）」の両方にチェックがあります。"
            "接続する方のチェックを外し、そのリスクへの対策を記入してください。",
        )
    if a.s1.systems and not any(Connection.NETWORK_SYSTEM in s.connections for s in a.s1.systems):
        yield finding(
            entries["s1.systems"],
            "juten.linkage-on",
            "Ⅰ-５ 情報連携を「実施する」のに、他のシステムとの接続で「情報提供ネットワークシステム」にチェックのあるシステム（中間サーバー等）がありません。",
            Severity.WARNING,
        )


def network_acquisition(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-３-② 入手方法 「情報提供ネットワークシステム」 ⇔ Ⅲ-６ 「接続しない（入手）」 unticked (§6.7).
    """
    entries = entries_of(a)
    by_network = AcquisitionMethod.NETWORK_SYSTEM in a.s2.acquisition.methods
    if by_network and a.s3.network.no_acquisition:
        yield finding(
            entries["s3.network.no_acquisition"],
            "juten.network-acquisition",
            "入手方法に「情報提供ネットワークシステム」があるため、Ⅲ-６の「接続しない（入手）」のチェックを外し、"
            "目的外の入手が行われるリスクへの対策を記入してください。",
        )
    elif not by_network and not a.s3.network.no_acquisition and a.s1.linkage.status is Linkage.YES:
        yield finding(
            entries["s2.acquisition.methods"],
            "juten.network-acquisition",
            "Ⅲ-６で情報提供ネットワークシステムから入手するとしていますが、入手方法に「情報提供ネットワークシステム」のチェックがありません。",
            Severity.WARNING,
        )


def intra_agency_system(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-３-② 「庁内連携システム」 ⇒ some Ⅰ-２ system connects to the 庁内連携システム (§6.20; weak).
    """
    if AcquisitionMethod.INTRA_AGENCY not in a.s2.acquisition.methods or not a.s1.systems:
        return
    if not any(Connection.INTRA_AGENCY in s.connections for s in a.s1.systems):
        yield finding(
            entries_of(a)["s2.acquisition.methods"],
            "juten.intra-agency",
            "入手方法に「庁内連携システム」がありますが、Ⅰ-２のどのシステムも「庁内連携システム」と接続していません。確認してください。",
            Severity.WARNING,
        )
