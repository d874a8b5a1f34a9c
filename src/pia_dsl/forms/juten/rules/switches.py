"""
Rules tying the 委託 and 提供・移転 switches of Ⅱ to those of Ⅲ (``form-jyuten.md`` §3,
§6.8–6.11).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, Severity, finding
from ...choices import Consigning, ReconsignAssurance
from ...common_rules import (
    consignment_switch_message,
    entries_of,
    is_blank,
    provision_status_findings,
    provision_switch_message,
    reconsign_assurance_message,
)
from .. import FocusedAssessment

__all__ = [
    "consignment_items",
    "consignment_switch",
    "provision_status",
    "provision_switch",
    "reconsignment_assurance",
    "reconsignment_method",
]


def consignment_items(a: FocusedAssessment) -> Iterator[Finding]:
    """
    「委託する」 needs at least one 委託事項 (§6.8); 「委託しない」 ones are emptied by the switch.
    """
    if a.s2.consignment.status is Consigning.YES and not a.s2.consignment.items:
        yield finding(
            entries_of(a)["s2.consignment.items"],
            "juten.consignment-items",
            "委託の有無が「委託する」ですが、委託事項が1件もありません。委託事項1を記入するか、「委託しない」を選択してください。",
        )


def consignment_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-４ 「委託しない」 ⇔ the Ⅲ-４ checkbox 「委託しない」 (§3, §6.8).
    """
    message = consignment_switch_message(a.s2.consignment.status, a.s3.consignment.not_consigned)
    if message:
        yield finding(
            entries_of(a)["s3.consignment.not_consigned"], "juten.consignment-switch", message
        )


def reconsignment_assurance(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 再委託先による…担保 agrees with ④再委託の有無 of the 委託事項 (§6.9).

    Every 委託事項 「再委託しない」 ⇒ 「再委託していない」; any 「再委託する」 ⇒ one of the other options.
    """
    items = a.s2.consignment.items
    assurance = a.s3.consignment.risk.reconsignment
    if a.s3.consignment.not_consigned or assurance is None:
        return
    message = reconsign_assurance_message((c.reconsignment.status for c in items), assurance)
    if message:
        yield finding(
            entries_of(a)["s3.consignment.risk.reconsignment"],
            "juten.reconsignment-assurance",
            message,
        )


def reconsignment_method(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅲ-４ 具体的な方法 is filled when there is 再委託, and blank or 「-」 when there is none (§3).
    """
    entry = entries_of(a)["s3.consignment.risk.method"]
    if not entry.active:
        return
    assurance = a.s3.consignment.risk.reconsignment
    method = a.s3.consignment.risk.method
    if assurance is ReconsignAssurance.NOT_RECONSIGNED and not is_blank(method):
        yield finding(
            entry,
            "juten.reconsignment-method",
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
            "juten.reconsignment-method",
            "再委託先による適切な取扱いの担保の具体的な方法を記入してください。",
        )


# ---------------------------------------------------------------------------
# 提供・移転 (Ⅱ-5 ⇔ Ⅲ-5)
# ---------------------------------------------------------------------------


def provision_status(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 提供・移転の有無: ticked at all, 「行っていない」 excludes the other boxes, and the boxes
    agree with the 提供先/移転先 groups (§6.11).
    """
    entries = entries_of(a)
    if not a.s2.provision.status:
        yield finding(
            entries["s2.provision.status"],
            "juten.provision-status",
            "提供・移転の有無が未選択です。「提供を行っている」「移転を行っている」「行っていない」から選んでください。",
        )
    yield from provision_status_findings(
        a.s2.provision, entries, "s2.provision", "juten.provision-status"
    )


def provision_switch(a: FocusedAssessment) -> Iterator[Finding]:
    """
    Ⅱ-５ 「行っていない」 ⇒ Ⅲ-５ 「提供・移転しない」; a 提供 (other than through the
    情報提供ネットワークシステム) or 移転 ⇒ Ⅲ-５ filled in (§3, §6.11 with its caveat).
    """
    message = provision_switch_message(a.s2.provision, a.s3.provision.not_provided)
    if message:
        yield finding(entries_of(a)["s3.provision.not_provided"], "juten.provision-switch", message)
