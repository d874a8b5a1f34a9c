"""
A valid 基礎項目評価書 for the tests, and :func:`change` to derive variants.

:func:`basic` fills every item (1,000人以上1万人未満, 基礎 only) and passes every rule.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import attrs

from pia_dsl.forms.choices import Audit, Effort, Incident, Linkage, Sufficiency
from pia_dsl.forms.kiso import (
    AcquisitionRisk,
    AuditSection,
    BasicAffair,
    BasicAssessment,
    BasicConsignmentRisk,
    BasicDisclosureRequest,
    BasicInquiry,
    BasicProvisionRisk,
    BasicRiskMeasures,
    BasicTargetCount,
    BasicThresholdResult,
    BasicTraining,
    Cover,
    Department,
    Handlers,
    HandlerThreshold,
    Incidents,
    ManualWork,
    NetworkLinkage,
    NetworkRisk,
    NumberUse,
    Persons,
    Priority,
    PriorityMeasure,
    RelatedInfo,
    StorageRisk,
    SubmittedForms,
    ThresholdItems,
    ThresholdJudgement,
    UsageRisk,
)
from pia_dsl.options import checks

__all__ = ["basic", "change"]


def basic() -> BasicAssessment:
    """
    A complete, valid 基礎項目評価書 of a 事務 with 5,000 persons.
    """
    return BasicAssessment(
        cover=Cover(
            number="12",
            title="児童手当に関する事務　基礎項目評価書",
            declaration="テスト町は、児童手当に関する事務における特定個人情報ファイルの取扱いにあたり…宣言する。",
            agency="テスト町長",
            published=date(2025, 6, 1),
        ),
        s1=RelatedInfo(
            affair=BasicAffair(
                name="児童手当に関する事務",
                summary="児童手当法に基づく児童手当の支給",
                system_names="児童手当システム",
            ),
            file_names="児童手当情報ファイル",
            number_use=NumberUse(legal_basis="番号法第9条第1項 別表の81の項"),
            linkage=NetworkLinkage(status=Linkage.YES, legal_basis="番号法第19条第8号"),
            department=Department(name="子育て支援課", head="子育て支援課長"),
            disclosure=BasicDisclosureRequest(requests_to="テスト町 総務課"),
            inquiry=BasicInquiry(contact="テスト町 子育て支援課"),
        ),
        s2=ThresholdItems(
            target_count=Persons(
                band=BasicTargetCount.FROM_1K_TO_10K, counted_on=date(2025, 4, 1), exact_count=5_000
            ),
            handlers=Handlers(
                band=HandlerThreshold.UNDER_500, counted_on=date(2025, 4, 1), exact_count=20
            ),
            incident=Incidents(occurred=Incident.NONE),
        ),
        s3=ThresholdJudgement(threshold=BasicThresholdResult.KISO),
        s4=BasicRiskMeasures(
            submitted=SubmittedForms.KISO,
            acquisition=AcquisitionRisk(sufficiency=Sufficiency.SUFFICIENT),
            use=UsageRisk(linking=Sufficiency.SUFFICIENT, unauthorized=Sufficiency.SPECIAL),
            consignment=BasicConsignmentRisk(not_consigned=True),
            provision=BasicProvisionRisk(not_provided=True),
            network=NetworkRisk(
                acquisition=Sufficiency.SUFFICIENT, provision=Sufficiency.SUFFICIENT
            ),
            storage=StorageRisk(sufficiency=Sufficiency.SPECIAL),
            manual_work=ManualWork(
                sufficiency=Sufficiency.SUFFICIENT, grounds="入力内容を別の職員が確認している。"
            ),
            audit=AuditSection(status=checks(Audit.SELF_INSPECTION)),
            training=BasicTraining(status=Effort.SUFFICIENT),
            priority=Priority(
                measure=PriorityMeasure.LEAKAGE,
                sufficiency=Sufficiency.SPECIAL,
                grounds="漏えいの影響が大きいため。",
            ),
        ),
    )


_STEP = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


def change(root: Any, dotted: str, value: Any) -> Any:
    """
    A copy of ``root`` (any form) with the item at ``dotted`` (``s2.target_count.band``,
    ``s3.files[main].use.risk1``) set to ``value``.
    """
    steps = [(name, key) for name, key in _STEP.findall(dotted)]
    return _set(root, steps, value)


def _set(obj: Any, steps: list[tuple[str, str]], value: Any) -> Any:
    (name, key), rest = steps[0], steps[1:]
    if name:
        inner = value if not rest else _set(getattr(obj, name), rest, value)
        return attrs.evolve(obj, **{name: inner})
    members = list(obj)
    for position, member in enumerate(members):
        if member.key == key:
            members[position] = value if not rest else _set(member, rest, value)
            return tuple(members)
    msg = f"no member with key {key!r}"
    raise KeyError(msg)
