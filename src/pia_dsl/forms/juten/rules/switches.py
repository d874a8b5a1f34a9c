"""
Rules tying the 委託 and 提供・移転 switches of Ⅱ to those of Ⅲ (``form-jyuten.md`` §3,
§6.8–6.11).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, Severity, finding, rule
from ...choices import (
    Consigning,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
)
from .. import FocusedAssessment
from ._common import entries_of, is_blank

__all__ = [
    "consignment_items",
    "consignment_switch",
    "provision_status",
    "provision_switch",
    "reconsignment_assurance",
    "reconsignment_method",
]


@rule(FocusedAssessment)
def consignment_items(a: FocusedAssessment) -> Iterator[Finding]:
    """
    「委託する」 needs at least one 委託事項 (§6.8); 「委託しない」 ones are emptied by the switch.
    """
    if a.s2.consignment.consigning is Consigning.YES and not a.s2.consignment.items:
        yield finding(
            entries_of(a)["s2.consignment.items"],
            "consignment-items",
            "委託の有無が「委託する」ですが、委託事項が1件もありません。委託事項1を記入するか、「委託しない」を選択してください。",
        )


@rule(FocusedAssessment)
def consignment_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-４ 「委託しない」 ⇔ the Ⅲ-４ checkbox 「委託しない」 (§3, §6.8).
    """
    consigning = a.s2.consignment.consigning
    ticked = a.s3.consignment.not_consigned
    entry = entries_of(a)["s3.consignment.not_consigned"]
    if consigning is Consigning.NO and not ticked:
        yield finding(
            entry,
            "consignment-switch",
            "Ⅱ-４ 委託の有無が「委託しない」のため、Ⅲ-４の「委託しない」にもチェックを入れ、Ⅲ-４の項目は空欄にしてください。",
        )
    elif consigning is Consigning.YES and ticked:
        yield finding(
            entry,
            "consignment-switch",
            "Ⅱ-４ 委託の有無が「委託する」のため、Ⅲ-４の「委託しない」のチェックを外し、委託先における不正な使用等のリスクへの対策を記入してください。",
        )


@rule(FocusedAssessment)
def reconsignment_assurance(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 再委託先による…担保 agrees with ④再委託の有無 of the 委託事項 (§6.9).

    Every 委託事項 「再委託しない」 ⇒ 「再委託していない」; any 「再委託する」 ⇒ one of the other options.
    """
    items = a.s2.consignment.items
    assurance = a.s3.consignment.risk.reconsign_assurance
    if a.s3.consignment.not_consigned or not items or assurance is None:
        return
    answers = [c.reconsignment.reconsigning for c in items]
    entry = entries_of(a)["s3.consignment.risk.reconsign_assurance"]
    if (
        all(r is Reconsigning.NO for r in answers)
        and assurance is not ReconsignAssurance.NOT_RECONSIGNED
    ):
        yield finding(
            entry,
            "reconsignment-assurance",
            f"全ての委託事項が「再委託しない」ですが、担保が「{assurance.value}」になっています。「再委託していない」を選択してください。",
        )
    if (
        any(r is Reconsigning.YES for r in answers)
        and assurance is ReconsignAssurance.NOT_RECONSIGNED
    ):
        yield finding(
            entry,
            "reconsignment-assurance",
            "「再委託する」委託事項があるのに、担保が「再委託していない」になっています。再委託先での取扱いの担保の程度を選択してください。",
        )


@rule(FocusedAssessment)
def reconsignment_method(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 具体的な方法 is filled when there is 再委託, and blank or 「-」 when there is none (§3).
    """
    entry = entries_of(a)["s3.consignment.risk.assurance_method"]
    if not entry.active:
        return
    assurance = a.s3.consignment.risk.reconsign_assurance
    method = a.s3.consignment.risk.assurance_method
    if assurance is ReconsignAssurance.NOT_RECONSIGNED and not is_blank(method):
        yield finding(
            entry,
            "reconsignment-method",
            "担保が「再委託していない」のため、具体的な方法は空欄か「-」にしてください。",
            Severity.WARNING,
        )
    elif (
        isinstance(assurance, ReconsignAssurance)
        and assurance is not ReconsignAssurance.NOT_RECONSIGNED
        and is_blank(method)
    ):
        yield finding(
            entry,
            "reconsignment-method",
            "再委託先による適切な取扱いの担保の具体的な方法を記入してください。",
        )


# ---------------------------------------------------------------------------
# 提供・移転 (Ⅱ-5 ⇔ Ⅲ-5)
# ---------------------------------------------------------------------------


@rule(FocusedAssessment)
def provision_status(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 提供・移転の有無: 「行っていない」 excludes the other boxes, and the boxes agree with
    the 提供先/移転先 groups (§6.11).
    """
    section = a.s2.provision
    entries = entries_of(a)
    status_entry = entries["s2.provision.status"]
    if not section.status:
        yield finding(
            status_entry,
            "provision-status",
            "提供・移転の有無が未選択です。「提供を行っている」「移転を行っている」「行っていない」から選んでください。",
        )
        return
    if ProvisionStatus.NONE in section.status:
        if len(section.status) > 1:
            yield finding(
                status_entry,
                "provision-status",
                "「行っていない」と「提供を行っている」「移転を行っている」は同時に選べません。どちらかにしてください。",
            )
        return
    pairs = (
        (ProvisionStatus.PROVIDING, "s2.provision.provisions", section.provisions, "提供先"),
        (ProvisionStatus.TRANSFERRING, "s2.provision.transfers", section.transfers, "移転先"),
    )
    for option, dotted, members, member in pairs:
        if option in section.status and not members:
            yield finding(
                entries[dotted],
                "provision-status",
                f"「{option.value}」にチェックがありますが、{member}が1件もありません。{member}1を記入してください。",
            )
        elif option not in section.status and members:
            yield finding(
                entries[dotted],
                "provision-status",
                f"{member}が記入されていますが、提供・移転の有無の「{option.value}」にチェックがありません。チェックを入れるか、{member}を削除してください。",
            )


def _provides_outside_network(a: FocusedAssessment) -> bool:
    """
    Whether Ⅱ-5 has a 移転, or a 提供 by other means than the 情報提供ネットワークシステム
    (what Ⅲ-5 covers).
    """
    section = a.s2.provision
    if ProvisionStatus.NONE in section.status:
        return False
    only_network = frozenset({ProvisionMethod.NETWORK_SYSTEM})
    return bool(section.transfers) or any(
        p.methods.ticked != only_network for p in section.provisions
    )


@rule(FocusedAssessment)
def provision_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 「行っていない」 ⇒ Ⅲ-５ 「提供・移転しない」; a 提供 (other than through the
    情報提供ネットワークシステム) or 移転 ⇒ Ⅲ-５ filled in (§3, §6.11 with its caveat).
    """
    entry = entries_of(a)["s3.provision.not_provided"]
    ticked = a.s3.provision.not_provided
    if ProvisionStatus.NONE in a.s2.provision.status and not ticked:
        yield finding(
            entry,
            "provision-switch",
            "Ⅱ-５で提供・移転を「行っていない」ため、Ⅲ-５の「提供・移転しない」にチェックを入れ、Ⅲ-５の項目は空欄にしてください。",
        )
    elif ticked and _provides_outside_network(a):
        yield finding(
            entry,
            "provision-switch",
            "Ⅱ-５に移転先又は情報提供ネットワークシステム以外の方法による提供先があるため、Ⅲ-５の「提供・移転しない」のチェックを外し、"
            "不正な提供・移転が行われるリスクへの対策を記入してください。",
        )
