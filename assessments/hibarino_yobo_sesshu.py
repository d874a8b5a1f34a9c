"""
ひばり野町 予防接種に関する事務: 基礎項目評価書 only.

A fictional small town (about 9,000 residents) and its 予防接種 事務 with about 3,000
persons: 1,000人以上1万人未満, fewer than 500 handlers and no 重大事故, so the
しきい値判断 requires a 基礎項目評価 only (``pia thresholds`` shows it).  The
町, its departments, addresses and telephone numbers are invented; the wording follows
the official 様式.
"""

from __future__ import annotations

from pia_dsl.forms.choices import Audit, Effort, Incident, Linkage, Sufficiency
from pia_dsl.forms.common import ChangeRow, Timing
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
from pia_dsl.wareki import wareki

TOWN = "ひばり野町"
AFFAIR = "予防接種に関する事務"

cover = Cover(
    number="5",
    title=f"{AFFAIR}　基礎項目評価書",
    declaration=(
        f"{TOWN}は、{AFFAIR}における特定個人情報ファイルの取扱いにあたり、特定個人情報ファイルの取扱いが"
        "個人のプライバシー等の権利利益に影響を及ぼしかねないことを認識し、特定個人情報の漏えいその他の事態を"
        "発生させるリスクを軽減するために適切な措置を講じ、もって個人のプライバシー等の権利利益の保護に"
        "取り組んでいることを宣言する。"
    ),
    notes=f"本評価書は pia_dsl の記載例であり、{TOWN}及びその記載内容は架空のものである。",
    agency=f"{TOWN}長",
    published=wareki("令和7年6月2日"),
)

s1 = RelatedInfo(
    affair=BasicAffair(
        name=AFFAIR,
        summary=(
            "予防接種法に基づき、町内に住所を有する者に対して定期の予防接種及び臨時の予防接種を実施する。\n"
            "・予防接種対象者の抽出及び予診票の送付\n"
            "・接種実施医療機関からの予診票に基づく接種記録の登録及び管理\n"
            "・転入者等の接種履歴の照会及び接種勧奨\n"
            "・予防接種による健康被害の救済に係る給付の支給"
        ),
        system_names="健康管理システム\n団体内統合宛名システム\n中間サーバー",
    ),
    file_names="予防接種情報ファイル",
    number_use=NumberUse(legal_basis="番号法第9条第1項 別表の14の項"),
    linkage=NetworkLinkage(
        status=Linkage.YES,
        legal_basis=(
            "番号法第19条第8号（番号法第19条第8号に基づく利用特定個人情報の提供に関する命令第2条の表中、"
            "予防接種法による予防接種の実施に関する事務の項）"
        ),
    ),
    department=Department(name="健康福祉課 保健予防係", head="健康福祉課長"),
    other_bodies="",
    disclosure=BasicDisclosureRequest(
        requests_to=f"〒000-0000 {TOWN}中央1丁目1番地 {TOWN}役場 総務課 文書法制係 000-000-0001"
    ),
    inquiry=BasicInquiry(
        contact=f"〒000-0000 {TOWN}中央1丁目1番地 {TOWN}役場 健康福祉課 保健予防係 000-000-0002"
    ),
)

s2 = ThresholdItems(
    target_count=Persons(
        band=BasicTargetCount.FROM_1K_TO_10K,
        counted_on=wareki("令和7年4月1日"),
        exact_count=2_940,
    ),
    handlers=Handlers(
        band=HandlerThreshold.UNDER_500,
        counted_on=wareki("令和7年4月1日"),
        exact_count=24,
    ),
    incident=Incidents(occurred=Incident.NONE),
)

s3 = ThresholdJudgement(threshold=BasicThresholdResult.KISO)

s4 = BasicRiskMeasures(
    submitted=SubmittedForms.KISO,
    acquisition=AcquisitionRisk(sufficiency=Sufficiency.SUFFICIENT),
    use=UsageRisk(linking=Sufficiency.SUFFICIENT, unauthorized=Sufficiency.SUFFICIENT),
    # 健康管理システムの保守を委託している。
    consignment=BasicConsignmentRisk(sufficiency=Sufficiency.SUFFICIENT),
    provision=BasicProvisionRisk(not_provided=True),
    network=NetworkRisk(acquisition=Sufficiency.SUFFICIENT, provision=Sufficiency.SUFFICIENT),
    storage=StorageRisk(sufficiency=Sufficiency.SUFFICIENT),
    manual_work=ManualWork(
        sufficiency=Sufficiency.SUFFICIENT,
        grounds=(
            "接種実施医療機関から提出された予診票の接種記録を職員が健康管理システムに入力する際は、"
            "入力した職員とは別の職員が予診票と入力結果を突合して確認している。"
            "また、予診票の送付対象者は健康管理システムで抽出し、手作業による宛名の作成は行っていない。"
        ),
    ),
    audit=AuditSection(status=checks(Audit.SELF_INSPECTION, Audit.INTERNAL)),
    training=BasicTraining(status=Effort.SUFFICIENT),
    priority=Priority(
        measure=PriorityMeasure.LEAKAGE,
        sufficiency=Sufficiency.SUFFICIENT,
        grounds=(
            "予防接種情報ファイルには乳幼児の接種履歴等の健康に関する情報が記録されるため、漏えい・滅失・毀損の"
            "リスクへの対策を最も優先度が高いと考える。健康管理システムは庁内ネットワーク内に設置し、"
            "インターネットから分離するとともに、生体認証による利用者の認証、アクセス権限の管理、操作履歴の"
            "記録及び毎日のバックアップを行っていることから、十分であると考えられる。"
        ),
    ),
)

history = (
    ChangeRow(
        date=wareki("令和6年4月1日"),
        item="Ⅰ　関連情報 ５．評価実施機関における担当部署 ①部署",
        before="保健福祉課 保健予防係",
        after="健康福祉課 保健予防係",
        timing=Timing.AFTER,
        explanation="組織改正に伴う部課等の名称変更のため重要な変更に当たらない。",
    ),
    ChangeRow(
        date=wareki("令和6年4月1日"),
        item="Ⅰ　関連情報 ５．評価実施機関における担当部署 ②所属長の役職名",
        before="保健福祉課長",
        after="健康福祉課長",
        timing=Timing.AFTER,
        explanation="組織改正に伴う部課等の名称変更のため重要な変更に当たらない。",
    ),
)

assessment = BasicAssessment(cover=cover, s1=s1, s2=s2, s3=s3, s4=s4, history=history)
