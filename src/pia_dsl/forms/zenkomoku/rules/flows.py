"""
Rules on 委託 (Ⅱ-4 / Ⅲ-4), 提供・移転 (Ⅱ-5 / Ⅲ-5) and the 情報提供ネットワークシステム
(Ⅰ-6 / Ⅲ-6).
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, finding
from ...choices import (
    AcquisitionMethod,
    Connection,
    Consigning,
    Linkage,
    ProvisionMethod,
)
from ...common_rules import (
    consignment_switch_message,
    entries_of,
    provision_status_findings,
    provision_switch_message,
    reconsign_assurance_message,
)
from .. import FullAssessment
from ._base import WARNING, file_paths, risks_by_key

__all__: list[str] = []


# ---------------------------------------------------------------------------
# Ⅱ-4 / Ⅲ-4 委託
# ---------------------------------------------------------------------------


def consignment_items(assessment: FullAssessment) -> Iterator[Finding]:
    """
    委託する ⇒ at least one 委託事項 (委託しない ⇒ none is the generic ``switch-empties``).
    """
    index = entries_of(assessment)
    for file, path in file_paths(assessment):
        if file.consignment.status is Consigning.YES and not file.consignment.items:
            yield finding(
                index[f"{path}.consignment.status"],
                "zenkomoku.consignment-items",
                "「委託する」を選択した場合は、委託事項を1件以上記載してください（件数は委託事項の数になります）。",
            )


def consignment_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ-4 委託の有無 agrees with Ⅲ-4 「委託しない」 of the same file.
    """
    index = entries_of(assessment)
    risks = risks_by_key(assessment)
    for file, _ in file_paths(assessment):
        block = risks.get(file.key)
        if block is None:
            continue
        message = consignment_switch_message(
            file.consignment.status, block.consignment.not_consigned
        )
        if message:
            entry = index[f"s3.files[{file.key}].consignment.not_consigned"]
            yield finding(entry, "zenkomoku.consignment-switch", message)


def reconsign_assurance(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-4 再委託先による…確保 is 「再委託していない」 exactly when no 委託事項 is 再委託する.
    """
    index = entries_of(assessment)
    risks = risks_by_key(assessment)
    for file, _ in file_paths(assessment):
        block = risks.get(file.key)
        if block is None or block.consignment.not_consigned:
            continue
        chosen = block.consignment.reconsignment.status
        if chosen is None:
            continue
        answers = (c.reconsignment.status for c in file.consignment.items)
        message = reconsign_assurance_message(answers, chosen)
        if message:
            entry = index[f"s3.files[{file.key}].consignment.reconsignment.status"]
            yield finding(entry, "zenkomoku.reconsign-assurance", message)


# ---------------------------------------------------------------------------
# Ⅱ-5 / Ⅲ-5 提供・移転
# ---------------------------------------------------------------------------


def provision_status(assessment: FullAssessment) -> Iterator[Finding]:
    """
    提供・移転の有無 agrees with the 提供先 and 移転先 written (未記入 is the generic rule's).
    """
    index = entries_of(assessment)
    for file, path in file_paths(assessment):
        yield from provision_status_findings(
            file.provision, index, f"{path}.provision", "zenkomoku.provision-status"
        )


def provision_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-5 「提供・移転しない」 agrees with Ⅱ-5 of the same file.
    """
    index = entries_of(assessment)
    risks = risks_by_key(assessment)
    for file, _ in file_paths(assessment):
        block = risks.get(file.key)
        if block is None:
            continue
        message = provision_switch_message(file.provision, block.provision.not_provided)
        if message:
            entry = index[f"s3.files[{file.key}].provision.not_provided"]
            yield finding(entry, "zenkomoku.provision-switch", message)


# ---------------------------------------------------------------------------
# Ⅰ-6 / Ⅲ-6 情報提供ネットワークシステム
# ---------------------------------------------------------------------------


def _network_channels(assessment: FullAssessment) -> list[str]:
    """
    Where the assessment names the 情報提供ネットワークシステム as a channel.
    """
    found: list[str] = []
    for number, system in enumerate(assessment.s1.systems, start=1):
        if Connection.NETWORK_SYSTEM in system.connections:
            found.append(f"Ⅰ-2 システム{number}")
    for file, _ in file_paths(assessment):
        if AcquisitionMethod.NETWORK_SYSTEM in file.acquisition.methods:
            found.append(f"Ⅱ-3②（{file.file_name}）")
        for number, provision in enumerate(file.provision.provisions, start=1):
            if ProvisionMethod.NETWORK_SYSTEM in provision.methods:
                found.append(f"Ⅱ-5 提供先{number}（{file.file_name}）")
    return found


def linkage_switch(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-6① 実施しない ⇒ Ⅲ-6 both 「接続しない」 ticked; 実施する ⇒ some file connects.
    """
    index = entries_of(assessment)
    status = assessment.s1.linkage.status
    if status is Linkage.NO:
        for risks in assessment.s3.files:
            network = risks.network
            if not (network.no_acquisition and network.no_provision):
                yield finding(
                    index[f"s3.files[{risks.key}].network"],
                    "zenkomoku.linkage-switch",
                    "Ⅰ-6①で情報連携を「実施しない」ため、Ⅲ-6の「接続しない（入手）」「接続しない（提供）」の両方にチェックしてください。",
                )
    if (
        status is Linkage.YES
        and assessment.s3.files
        and all(r.network.no_acquisition and r.network.no_provision for r in assessment.s3.files)
    ):
        yield finding(
            index["s1.linkage.status"],
            "zenkomoku.linkage-switch",
            "Ⅰ-6①で情報連携を「実施する」としていますが、Ⅲ-6は全て「接続しない」です。Ⅲ-6のリスク対策を記載するか、Ⅰ-6①を見直してください。",
        )


def linkage_channels(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅰ-6① agrees with the systems, 入手方法 and 提供方法 that name the network system.
    """
    status = assessment.s1.linkage.status
    entry = entries_of(assessment)["s1.linkage.status"]
    channels = _network_channels(assessment)
    if status is Linkage.NO and channels:
        yield finding(
            entry,
            "zenkomoku.linkage-channels",
            f"Ⅰ-6①は「実施しない」ですが、{'、'.join(channels)}で情報提供ネットワークシステムを使用しています。どちらかを修正してください。",
        )
    if status is Linkage.YES and not channels:
        yield finding(
            entry,
            "zenkomoku.linkage-channels",
            "Ⅰ-6①は「実施する」ですが、Ⅰ-2の接続先、Ⅱ-3②入手方法、Ⅱ-5提供方法のいずれにも情報提供ネットワークシステムがありません。確認してください。",
            WARNING,
        )
