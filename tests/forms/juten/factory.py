"""
Small valid 重点項目評価書 instances for tests, and a helper to change one item.

* :func:`minimal` — the smallest assessment without errors: one system, no 委託, no
  提供・移転, 情報連携 for 入手 only.
* :func:`full` — every item and every repeated group filled (委託 with 再委託, 提供先,
  移転先, both directions of the 情報提供ネットワークシステム), also without errors.
* :func:`evolve_at` — a copy with the item at a dotted attribute path replaced.
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs

from pia_dsl import Provision, RiskMeasure, System, Transfer, checks, wareki
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Audit,
    Connection,
    Consigning,
    Effort,
    FileKind,
    FocusedTargetCount,
    FocusedThresholdResult,
    HandlerCount,
    Incident,
    Linkage,
    PersonCount,
    Practice,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    RecordItemCount,
    Source,
    Stipulation,
    Sufficiency,
    TransferMethod,
)
from pia_dsl.forms.juten import (
    AuditSection,
    ConsignmentRisks,
    Cover,
    Department,
    FocusedAcquisition,
    FocusedAcquisitionRisks,
    FocusedAffair,
    FocusedAssessment,
    FocusedBasicInfo,
    FocusedConsignment,
    FocusedConsignmentRisk,
    FocusedConsignmentSection,
    FocusedDisclosure,
    FocusedDisclosureRequest,
    FocusedFileBasics,
    FocusedFileOverview,
    FocusedKisoStep,
    FocusedLeakRisk,
    FocusedNetworkRisks,
    FocusedProcedure,
    FocusedProvisionRisk,
    FocusedProvisionRisks,
    FocusedPublicComment,
    FocusedReconsignment,
    FocusedRiskMeasures,
    FocusedStorage,
    FocusedStorageRisks,
    FocusedThirdPartyReview,
    FocusedUseRisks,
    FocusedUsers,
    Inquiry,
    NetworkLinkage,
    NumberUse,
    ProvisionSection,
    Training,
    UnauthorizedUseRisk,
)

__all__ = ["FILE_NAME", "evolve_at", "full", "minimal"]

T = TypeVar("T")

FILE_NAME = "テスト助成情報ファイル"


def evolve_at(obj: T, path: str, value: Any) -> T:
    """
    A copy of ``obj`` with the attribute at ``path`` (``"s2.consignment.status"``)
    replaced by ``value``.
    """
    name, _, rest = path.partition(".")
    new = evolve_at(getattr(obj, name), rest, value) if rest else value
    return attrs.evolve(obj, **{name: new})  # type: ignore[misc]


def _risk(text: str) -> RiskMeasure:
    return RiskMeasure(measures=text, sufficiency=Sufficiency.SUFFICIENT)


def minimal() -> FocusedAssessment:
    """
    A valid assessment with as little as the form allows.
    """
    return FocusedAssessment(
        cover=Cover(
            number="1",
            title="テスト助成に関する事務 重点項目評価書",
            declaration="テスト市は、テスト助成に関する事務における特定個人情報ファイルの取扱いにあたり、…宣言する。",
            agency="テスト市長",
            published=wareki("令和7年4月1日"),
        ),
        s1=FocusedBasicInfo(
            affair=FocusedAffair(
                name="テスト助成に関する事務",
                content="テスト助成条例に基づく助成の事務",
                target_count=FocusedTargetCount.FROM_100K_TO_300K,
            ),
            systems=(
                System(
                    key="main",
                    name="テスト助成システム",
                    functions="資格管理機能",
                    connections=checks(Connection.NETWORK_SYSTEM),
                ),
            ),
            file_names=FILE_NAME,
            number_use=NumberUse(legal_basis="番号法第9条第2項"),
            linkage=NetworkLinkage(status=Linkage.YES, legal_basis="番号法第19条第9号"),
            department=Department(name="福祉部 福祉課", head="福祉課長"),
        ),
        s2=FocusedFileOverview(
            file_name=FILE_NAME,
            basics=FocusedFileBasics(
                file_kind=FileKind.SYSTEM,
                person_count=PersonCount.FROM_100K_TO_1M,
                person_scope="市内に住所を有する助成対象者",
                record_count=RecordItemCount.UNDER_10,
                main_records=checks(RecordCategory.INDIVIDUAL_NUMBER, RecordCategory.FOUR_BASIC),
                records_validity="本人を特定するため。",
                all_records="別添１を参照。",
                holding_start=wareki("令和6年4月1日"),
                department="福祉課",
            ),
            acquisition=FocusedAcquisition(
                sources=checks(Source.PERSON),
                methods=checks(AcquisitionMethod.PAPER, AcquisitionMethod.NETWORK_SYSTEM),
                purpose="助成の審査のため。",
                users=FocusedUsers(departments="福祉課", user_count=HandlerCount.UNDER_10),
                usage="システムに記録し、審査に用いる。",
                matching="届出の内容を照会結果と突合する。",
                usage_start=wareki("令和6年4月1日"),
            ),
            consignment=FocusedConsignmentSection(status=Consigning.NO),
            provision=ProvisionSection(status=checks(ProvisionStatus.NONE)),
            storage=FocusedStorage(location="鍵付きのサーバ室に設置したサーバ内に保管する。"),
        ),
        annex1="【識別情報】\n1. 個人番号、2. 宛名番号",
        s3=FocusedRiskMeasures(
            file_name=FILE_NAME,
            acquisition=FocusedAcquisitionRisks(risk=_risk("申請時に本人確認を行う。")),
            use=FocusedUseRisks(
                risk1=_risk("システム上、紐付けができない。"),
                risk2=UnauthorizedUseRisk(
                    authentication=Practice.DONE,
                    method="ID とパスワードで認証する。",
                    sufficiency=Sufficiency.SUFFICIENT,
                ),
            ),
            consignment=ConsignmentRisks(not_consigned=True),
            provision=FocusedProvisionRisks(not_provided=True),
            network=FocusedNetworkRisks(
                no_provision=True,
                risk1=_risk("中間サーバーで照会を制御する。"),
                risk2=RiskMeasure(),
            ),
            storage=FocusedStorageRisks(
                risk=FocusedLeakRisk(
                    procedure=Effort.SUFFICIENT,
                    incident=Incident.NONE,
                    content="-",
                    prevention="-",
                    sufficiency=Sufficiency.SUFFICIENT,
                )
            ),
            audit=AuditSection(status=checks(Audit.SELF_INSPECTION)),
            training=Training(status=Effort.SUFFICIENT, method="毎年研修を行う。"),
        ),
        s4=FocusedDisclosure(
            disclosure=FocusedDisclosureRequest(
                requests_to="テスト市役所 情報公開課", method="書面で請求を受け付ける"
            ),
            inquiry=Inquiry(contact="テスト市役所 福祉課", handling="記録を残す"),
        ),
        s5=FocusedProcedure(
            basic_assessment=FocusedKisoStep(
                performed_on=wareki("令和7年3月1日"),
                threshold=FocusedThresholdResult.KISO_AND_JUTEN,
            )
        ),
    )


def full() -> FocusedAssessment:
    """
    A valid assessment with every item filled and one member in every repeated group.
    """
    base = minimal()
    s2 = attrs.evolve(
        base.s2,
        basics=attrs.evolve(base.s2.basics, necessity="審査に必要なため。"),
        acquisition=attrs.evolve(
            base.s2.acquisition,
            sources=checks(
                Source.PERSON,
                (Source.OTHER_DEPARTMENT, "市民税課"),
                (Source.NATIONAL_BODY, "地方公共団体情報システム機構"),
                (Source.LOCAL_BODY, "他市区町村"),
                (Source.PRIVATE, "医療機関"),
                (Source.OTHER, "郵送"),
            ),
        ),
        consignment=FocusedConsignmentSection(
            status=Consigning.YES,
            items=(
                FocusedConsignment(
                    key="maintenance",
                    name="システム保守業務",
                    content="システムの運用・保守業務",
                    handler_count=HandlerCount.UNDER_10,
                    contractor="株式会社テスト",
                    reconsignment=FocusedReconsignment(
                        status=Reconsigning.YES,
                        permission="書面による事前承認",
                        matters="障害対応の一部",
                    ),
                ),
            ),
        ),
        provision=ProvisionSection(
            status=checks(ProvisionStatus.PROVIDING, ProvisionStatus.TRANSFERRING),
            provisions=(
                Provision(
                    key="pref",
                    name="県",
                    legal_basis="番号法第19条第9号",
                    purpose="統計",
                    information="助成額",
                    person_count=PersonCount.FROM_100K_TO_1M,
                    person_scope="助成対象者",
                    methods=checks(ProvisionMethod.LEASED_LINE),
                    timing="年1回",
                ),
            ),
            transfers=(
                Transfer(
                    key="tax",
                    name="市民税課",
                    legal_basis="番号条例第4条",
                    purpose="課税",
                    information="助成額",
                    person_count=PersonCount.FROM_10K_TO_100K,
                    person_scope="助成対象者",
                    methods=checks(TransferMethod.INTRA_AGENCY),
                    timing="随時",
                ),
            ),
        ),
        remarks="特になし",
    )
    s3 = attrs.evolve(
        base.s3,
        acquisition=attrs.evolve(base.s3.acquisition, other_risks="その他の入手リスクへの措置"),
        use=attrs.evolve(
            base.s3.use,
            risk2=attrs.evolve(base.s3.use.risk2, other_measures="離席時にログオフする。"),
            other_risks="その他の使用リスクへの措置",
        ),
        consignment=ConsignmentRisks(
            risk=FocusedConsignmentRisk(
                contract=Stipulation.DEFINED,
                content="目的外利用の禁止",
                reconsignment=ReconsignAssurance.SUFFICIENT,
                method="再委託先にも同等の義務を課す。",
                other_measures="立入検査",
                sufficiency=Sufficiency.SUFFICIENT,
            ),
            other_risks="その他の委託リスクへの措置",
        ),
        provision=FocusedProvisionRisks(
            risk=FocusedProvisionRisk(
                rule=Stipulation.DEFINED,
                content="マニュアルに従う。",
                other_measures="提供記録を残す。",
                sufficiency=Sufficiency.SUFFICIENT,
            ),
            other_risks="その他の提供リスクへの措置",
        ),
        network=FocusedNetworkRisks(
            risk1=_risk("中間サーバーで照会を制御する。"),
            risk2=_risk("中間サーバーで提供を制御する。"),
            other_risks="その他の接続リスクへの措置",
        ),
        storage=FocusedStorageRisks(
            risk=attrs.evolve(base.s3.storage.risk, other_measures="施錠管理"),
            other_risks="その他の保管リスクへの措置",
        ),
        audit=AuditSection(status=checks(Audit.SELF_INSPECTION, Audit.INTERNAL, Audit.EXTERNAL)),
        other_risk_measures="その他のリスク対策",
    )
    return attrs.evolve(
        base,
        cover=attrs.evolve(base.cover, notes="なし"),
        s1=attrs.evolve(base.s1, other_bodies="－"),
        s2=s2,
        s3=s3,
        s4=attrs.evolve(
            base.s4,
            disclosure=attrs.evolve(base.s4.disclosure, special_procedure="-", not_listed="-"),
        ),
        s5=attrs.evolve(
            base.s5,
            public_comment=FocusedPublicComment(
                method="意見募集", period="令和7年1月", opinions="なし"
            ),
            third_party_review=FocusedThirdPartyReview(
                performed_on="令和7年2月1日", method="審議会", result="適合"
            ),
        ),
    )
