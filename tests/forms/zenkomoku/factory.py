"""
Valid 全項目評価書 instances for the tests, and :func:`change` to derive variants.

:func:`full` fills every item of the form (one file with a 委託事項 that re-consigns, a
提供先, a 移転先, the network system in use) and passes every rule.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, TypeVar

import attrs

from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Compliance,
    Connection,
    ConsignDelivery,
    Consigning,
    ConsignScope,
    DeceasedNumbers,
    Dissemination,
    Effort,
    Fee,
    FileKind,
    FullThresholdResult,
    HandlerCount,
    Incident,
    Linkage,
    Maintenance,
    PersonCount,
    Practice,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    Recording,
    RecordItemCount,
    Restriction,
    RetentionPeriod,
    Source,
    Stipulation,
    Sufficiency,
    TargetCount,
    TransferMethod,
)
from pia_dsl.forms.common import Provision, RiskMeasure, System, Transfer
from pia_dsl.forms.zenkomoku import (
    AccessControl,
    AccessIssuance,
    AccuracyRisk,
    AffairAnnex,
    Approval,
    AuditPractice,
    AuthorityRisk,
    ConsignErasureRule,
    ConsignProvisionRule,
    ConsignRisks,
    ContractClause,
    DeceasedNumberStorage,
    Department,
    ErasureProcedure,
    ErasureRisk,
    FileRecords,
    FileRegister,
    FileRisks,
    FileSection,
    FullAcquisition,
    FullAcquisitionRisks,
    FullAffair,
    FullAssessment,
    FullAuditSection,
    FullBasicInfo,
    FullConsignment,
    FullConsignmentSection,
    FullCover,
    FullDisclosure,
    FullDisclosureRequest,
    FullFileBasics,
    FullFileOverview,
    FullKisoStep,
    FullLeakRisk,
    FullNetworkRisks,
    FullProcedure,
    FullProvisionRisks,
    FullPublicComment,
    FullReconsignment,
    FullStorage,
    FullStorageRisks,
    FullThirdPartyReview,
    FullUseRisks,
    FullUsers,
    HandlingRecord,
    IncidentHistory,
    Inquiry,
    LinkingRisk,
    NetworkLinkage,
    NumberUse,
    OtherRisks,
    PhysicalMeasures,
    ProvisionRecord,
    ProvisionRule,
    ProvisionSection,
    PurposeRisk,
    Reasons,
    ReconsignControl,
    RecordAnnex,
    RetentionTerm,
    RiskSection,
    SelfInspection,
    TechnicalMeasures,
    Training,
    UnlawfulProvisionRisk,
    UsageRecord,
    UserAuthentication,
    ViewerRestriction,
)
from pia_dsl.options import checks
from pia_dsl.walk import Entry

__all__ = ["FILE", "change", "full", "official", "risk"]

FILE = "main"
FILE_NAME = "年金情報ファイル"
DEPARTMENT = "健康福祉局 医療年金課"


def risk(text: str = "措置の内容") -> RiskMeasure:
    """
    A filled risk block.
    """
    return RiskMeasure(measures=text, sufficiency=Sufficiency.SUFFICIENT)


def _consignment() -> FullConsignment:
    return FullConsignment(
        key="punch",
        name="パンチ委託業務",
        content="処理結果一覧をデータ化する。",
        scope=ConsignScope.PART,
        person_count=PersonCount.FROM_100K_TO_1M,
        person_scope="「２．③対象となる本人の範囲」と同じ。",
        scope_validity="データ化のために必要。",
        handler_count=HandlerCount.FROM_10_TO_50,
        delivery=checks(ConsignDelivery.PAPER),
        name_check="情報提供にて対応する",
        contractor="株式会社例示",
        reconsignment=FullReconsignment(
            status=Reconsigning.YES,
            permission="書面により許諾する。",
            matters="業務の一部",
        ),
    )


def _file() -> FullFileOverview:
    return FullFileOverview(
        key=FILE,
        file_name=FILE_NAME,
        basics=FullFileBasics(
            file_kind=FileKind.SYSTEM,
            person_count=PersonCount.FROM_100K_TO_1M,
            person_scope="本市の国民年金被保険者",
            necessity="事務に必要。",
            record_count=RecordItemCount.FROM_100,
            main_records=checks(
                RecordCategory.INDIVIDUAL_NUMBER,
                RecordCategory.FOUR_BASIC,
                RecordCategory.PENSION,
            ),
            records_validity="対象者を特定するために必要。",
            all_records="別添2を参照。",
            holding_start=date(2017, 1, 1),
            department=DEPARTMENT,
        ),
        acquisition=FullAcquisition(
            sources=checks(Source.PERSON, (Source.NATIONAL_BODY, "日本年金機構")),
            methods=checks(AcquisitionMethod.PAPER, AcquisitionMethod.NETWORK_SYSTEM),
            timing="届出の都度",
            validity="法令に基づく。",
            notice="法令で定められる。",
            purpose="届出の受理",
            users=FullUsers(
                departments=f"{DEPARTMENT} 及び 各区保険年金課",
                user_count=HandlerCount.FROM_50_TO_100,
            ),
            usage="届出内容を登録する。",
            matching="住基情報と突合する。",
            statistics="統計分析は行わない。",
            decisions="保険料免除の承認",
            usage_start=date(2017, 1, 1),
        ),
        consignment=FullConsignmentSection(status=Consigning.YES, items=(_consignment(),)),
        provision=ProvisionSection(
            status=checks(ProvisionStatus.PROVIDING, ProvisionStatus.TRANSFERRING),
            provisions=(
                Provision(
                    key="pension_service",
                    name="日本年金機構",
                    legal_basis="番号法第19条第８号",
                    purpose="年金給付",
                    information="所得情報",
                    person_count=PersonCount.FROM_10K_TO_100K,
                    person_scope="免除申請者",
                    methods=checks(ProvisionMethod.NETWORK_SYSTEM),
                    timing="照会の都度",
                ),
            ),
            transfers=(
                Transfer(
                    key="koseki",
                    name="戸籍住民課",
                    legal_basis="番号法第９条第２項",
                    purpose="住民記録の確認",
                    information="資格情報",
                    person_count=PersonCount.FROM_10K_TO_100K,
                    person_scope="被保険者",
                    methods=checks(TransferMethod.INTRA_AGENCY),
                    timing="随時",
                ),
            ),
        ),
        storage=FullStorage(
            location="電算機室のサーバー",
            term=RetentionTerm(period=RetentionPeriod.FROM_20Y, validity="法令により永年保存"),
            erasure="一括削除する。",
        ),
        remarks="-",
    )


def _risks() -> FileRisks:
    return FileRisks(
        key=FILE,
        file_name=FILE_NAME,
        acquisition=FullAcquisitionRisks(
            risk1=PurposeRisk(
                outsiders="本人確認を行う。",
                unneeded="必要な情報のみ入手する。",
                other_measures="-",
                sufficiency=Sufficiency.SUFFICIENT,
            ),
            risk2=risk(),
            risk3=AccuracyRisk(
                identity="本人確認書類を確認する。",
                authenticity="個人番号カードで確認する。",
                accuracy="住基情報と照合する。",
                sufficiency=Sufficiency.SUFFICIENT,
            ),
            risk4=risk(),
            other_risks="-",
        ),
        use=FullUseRisks(
            risk1=LinkingRisk(
                addressee="宛名システムは使用しない。",
                other_systems="アクセスできないようにしている。",
                sufficiency=Sufficiency.SPECIAL,
            ),
            risk2=AuthorityRisk(
                authentication=UserAuthentication(status=Practice.DONE, method="生体認証"),
                issuance=AccessIssuance(status=Practice.DONE, method="所属長が依頼する。"),
                access=AccessControl(status=Practice.DONE, method="定期的に点検する。"),
                record=UsageRecord(status=Recording.KEPT, method="操作ログを記録する。"),
                sufficiency=Sufficiency.SPECIAL,
            ),
            risk3=risk(),
            risk4=risk(),
        ),
        consignment=ConsignRisks(
            management="誓約書を提出させる。",
            restriction=ViewerRestriction(
                status=Restriction.RESTRICTED, method="従事者を限定する。"
            ),
            record=HandlingRecord(status=Recording.KEPT, method="操作ログを7年間保管する。"),
            provision_rule=ConsignProvisionRule(
                status=Stipulation.DEFINED,
                to_others="第三者への提供を禁止している。",
                between="ダミーデータに置換する。",
            ),
            erasure_rule=ConsignErasureRule(
                status=Stipulation.DEFINED, content="納品後に削除させる。"
            ),
            contract=ContractClause(
                status=Stipulation.DEFINED, content="特記事項として定めている。"
            ),
            reconsignment=ReconsignControl(
                status=ReconsignAssurance.SUFFICIENT, method="承認したもののみ許可する。"
            ),
            sufficiency=Sufficiency.SUFFICIENT,
        ),
        provision=FullProvisionRisks(
            risk1=UnlawfulProvisionRisk(
                record=ProvisionRecord(status=Recording.KEPT, method="通信ログを取得する。"),
                rule=ProvisionRule(status=Stipulation.DEFINED, content="決裁を経る。"),
                sufficiency=Sufficiency.SPECIAL,
            ),
            risk2=risk(),
            risk3=risk(),
        ),
        network=FullNetworkRisks(
            risk1=risk(),
            risk2=risk(),
            risk3=risk(),
            risk4=risk(),
            risk5=risk(),
            risk6=risk(),
            risk7=risk(),
            other_risks="中間サーバー・プラットフォームにおける措置",
        ),
        storage=FullStorageRisks(
            risk1=FullLeakRisk(
                nisc=Compliance.NOT_GOVERNMENT,
                system=Maintenance.SPECIAL,
                rules=Maintenance.SPECIAL,
                dissemination=Dissemination.SPECIAL,
                physical=PhysicalMeasures(status=Effort.SUFFICIENT, content="入退室を管理する。"),
                technical=TechnicalMeasures(
                    status=Effort.SUFFICIENT, content="ウイルス対策を行う。"
                ),
                backup=Effort.SPECIAL,
                procedure=Effort.SPECIAL,
                incident=IncidentHistory(
                    status=Incident.OCCURRED,
                    content="調査票を誤送付した。",
                    prevention="手順書を作成させた。",
                ),
                deceased=DeceasedNumberStorage(status=DeceasedNumbers.KEPT, method="生存者と同様"),
                other_measures="関係規定を改正した。",
                sufficiency=Sufficiency.SPECIAL,
            ),
            risk2=risk(),
            risk3=ErasureRisk(
                procedure=ErasureProcedure(
                    status=Stipulation.DEFINED, content="一括して削除する。"
                ),
                sufficiency=Sufficiency.SPECIAL,
            ),
            other_risks="-",
        ),
    )


def full() -> FullAssessment:
    """
    A 全項目評価書 with every item filled in, valid under every rule.
    """
    return FullAssessment(
        cover=FullCover(
            number="6",
            title="国民年金に関する事務　全項目評価書",
            declaration="堺市は、…保護を実施していることを宣言する。",
            notes="-",
            agency="大阪府堺市長",
            published=date(2022, 1, 31),
        ),
        s1=FullBasicInfo(
            affair=FullAffair(
                name="国民年金に関する事務",
                content="国民年金事務で取り扱う。（別添1を参照）",
                target_count=TargetCount.FROM_300K,
            ),
            systems=(
                System(
                    key="pension",
                    name="国民年金システム",
                    functions="1. 資格管理",
                    connections=checks(Connection.INTRA_AGENCY),
                ),
                System(
                    key="middle",
                    name="中間サーバー・プラットフォーム",
                    functions="1. 情報照会",
                    connections=checks(Connection.NETWORK_SYSTEM),
                ),
            ),
            file_names=FILE_NAME,
            reasons=Reasons(necessity="届出の受理に必要。", merits="添付書類の省略"),
            number_use=NumberUse(legal_basis="番号法第９条第１項 別表第一の31の項"),
            linkage=NetworkLinkage(status=Linkage.YES, legal_basis="番号法第19条第８号 別表第二"),
            department=Department(name=DEPARTMENT, head="医療年金課長"),
            other_bodies="-",
        ),
        annex1=AffairAnnex(remarks="1. 届出・申出"),
        s2=FileSection(files=(_file(),)),
        annex2=RecordAnnex(files=(FileRecords(key=FILE, items="基礎年金番号\n氏名漢字"),)),
        s3=RiskSection(files=(_risks(),)),
        s4=OtherRisks(
            audit=FullAuditSection(
                self_inspection=SelfInspection(status=Effort.SUFFICIENT, method="自己点検シート"),
                audit=AuditPractice(status=Effort.SUFFICIENT, content="外部監査"),
            ),
            training=Training(status=Effort.SUFFICIENT, method="e-Learning"),
            other_risk_measures="-",
        ),
        s5=FullDisclosure(
            disclosure=FullDisclosureRequest(
                requests_to="堺市 市政情報課",
                method="指定様式による書面の提出",
                fee=Fee.FREE,
                register=FileRegister(
                    status=Practice.DONE, file_name=FILE_NAME, location="市政情報課"
                ),
                special_procedure="特になし",
                not_listed="特になし",
            ),
            inquiry=Inquiry(contact="堺市 医療年金課", handling="受付票を起票する。"),
        ),
        s6=FullProcedure(
            basic_assessment=FullKisoStep(
                performed_on=date(2022, 1, 31), threshold=FullThresholdResult.KISO_AND_ZENKOMOKU
            ),
            public_comment=FullPublicComment(
                method="パブリックコメント",
                period="令和3年11月2日から令和3年12月1日まで",
                shortening_reason="-",
                opinions="意見なし",
                reflection="意見なし",
            ),
            third_party_review=FullThirdPartyReview(
                performed_on=(date(2021, 12, 10), date(2022, 1, 21)),
                method="審議会による第三者点検",
                result="妥当であると認められた。",
            ),
            approval=Approval(),
        ),
    )


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def official(entry: Entry) -> str:
    """
    ``entry.official`` in the tests' canonical spelling: ASCII digits in the number path,
    and a heading not repeated by the label that follows it (a choice inside the group
    named after its own row: 「ユーザ認証の管理」).
    """
    code, _, rest = entry.official.partition(" ")
    words = [code.translate(_ASCII_DIGITS), *rest.split(" ")] if rest else [code]
    kept = [w for i, w in enumerate(words) if i == 0 or w != words[i - 1]]
    return " ".join(kept)


_STEP = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


T = TypeVar("T")


def change(root: T, dotted: str, value: Any) -> T:
    """
    A copy of ``root`` with the item at ``dotted`` (``s2.files[main].remarks``) set to ``value``.
    """
    steps = [(name, key) for name, key in _STEP.findall(dotted)]
    changed: T = _set(root, steps, value)
    return changed


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
