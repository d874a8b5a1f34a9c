"""
Tests for the 重点項目評価書's own rules (pia_dsl.forms.juten.rules): every rule passes on
the valid factories and fires on a small breaking change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import attrs
import pytest

from forms.juten.factory import evolve_at, full, minimal
from pia_dsl import ChangeRow, Timing, checks, wareki
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Consigning,
    FocusedTargetCount,
    FocusedThresholdResult,
    HandlerCount,
    Incident,
    Linkage,
    PersonCount,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    RecordItemCount,
)
from pia_dsl.forms.juten import FocusedAssessment, rules
from pia_dsl.forms.registry import Form
from pia_dsl.validate import Finding, Severity, validate

Mutation = Callable[[FocusedAssessment], FocusedAssessment]


def at(path: str, value: object) -> Mutation:
    return lambda a: evolve_at(a, path, value)


def chain(*mutations: Mutation) -> Mutation:
    def apply(a: FocusedAssessment) -> FocusedAssessment:
        for mutation in mutations:
            a = mutation(a)
        return a

    return apply


def no_reconsigning(a: FocusedAssessment) -> FocusedAssessment:
    (item,) = a.s2.consignment.items
    member = evolve_at(item, "reconsignment.status", Reconsigning.NO)
    member = evolve_at(member, "reconsignment.permission", "")
    member = evolve_at(member, "reconsignment.matters", "")
    return evolve_at(a, "s2.consignment.items", (member,))


ERROR = Severity.ERROR
WARNING = Severity.WARNING

#: (case id, base, breaking change, rule id, severity, official item of the finding)
Case = tuple[str, Callable[[], FocusedAssessment], Mutation, str, Severity, str]

CASES: list[Case] = [
    (
        "file-name",
        minimal,
        at("s3.file_name", "別のファイル"),
        "juten.file-name-identity",
        ERROR,
        "Ⅲ-１ 特定個人情報ファイル名",
    ),
    (
        "systems",
        minimal,
        at("s1.systems", ()),
        "juten.systems-required",
        ERROR,
        "Ⅰ-２ 特定個人情報ファイルを取り扱う事務において使用するシステム",
    ),
    (
        "department",
        minimal,
        at("s2.basics.department", "総務課"),
        "juten.department",
        WARNING,
        "Ⅱ-２-⑥ 事務担当部署",
    ),
    (
        "four-five",
        minimal,
        at("s2.basics.main_records", checks(RecordCategory.FOUR_BASIC, RecordCategory.FIVE_BASIC)),
        "juten.four-five-basic",
        ERROR,
        "Ⅱ-２ 主な記録項目",
    ),
    (
        "record-count",
        minimal,
        at("s2.basics.record_count", RecordItemCount.FROM_100),
        "juten.record-count",
        WARNING,
        "Ⅱ-２-④ 記録される項目",
    ),
    (
        "person-bands",
        minimal,
        at("s2.basics.person_count", PersonCount.FROM_10K_TO_100K),
        "juten.person-count-bands",
        WARNING,
        "Ⅱ-２-② 対象となる本人の数",
    ),
    (
        "threshold-100k",
        minimal,
        at("s5.basic_assessment.threshold", FocusedThresholdResult.KISO_VOLUNTARY_JUTEN),
        "juten.threshold-result",
        ERROR,
        "Ⅴ-１-② しきい値判断結果",
    ),
    (
        "threshold-1k",
        minimal,
        at("s1.affair.target_count", FocusedTargetCount.UNDER_1K),
        "juten.threshold-result",
        ERROR,
        "Ⅴ-１-② しきい値判断結果",
    ),
    (
        "threshold-10k-no-factor",
        minimal,
        at("s1.affair.target_count", FocusedTargetCount.FROM_10K_TO_100K),
        "juten.threshold-result",
        WARNING,
        "Ⅴ-１-② しきい値判断結果",
    ),
    (
        "threshold-100k-factor",
        minimal,
        at("s2.acquisition.users.user_count", HandlerCount.FROM_1000),
        "juten.threshold-result",
        WARNING,
        "Ⅴ-１-② しきい値判断結果",
    ),
    (
        "consignment-items",
        minimal,
        chain(
            at("s2.consignment.status", Consigning.YES),
            at("s3.consignment.not_consigned", False),
        ),
        "juten.consignment-items",
        ERROR,
        "Ⅱ-４ 委託事項",
    ),
    (
        "consignment-switch-no",
        minimal,
        at("s3.consignment.not_consigned", False),
        "juten.consignment-switch",
        ERROR,
        "Ⅲ-４ 委託しない",
    ),
    (
        "consignment-switch-yes",
        full,
        at("s3.consignment.not_consigned", True),
        "juten.consignment-switch",
        ERROR,
        "Ⅲ-４ 委託しない",
    ),
    (
        "assurance-reconsigned",
        full,
        at("s3.consignment.risk.reconsignment", ReconsignAssurance.NOT_RECONSIGNED),
        "juten.reconsignment-assurance",
        ERROR,
        "Ⅲ-４ リスク 再委託先による特定個人情報ファイルの適切な取扱いの担保",
    ),
    (
        "assurance-not-reconsigned",
        full,
        no_reconsigning,
        "juten.reconsignment-assurance",
        ERROR,
        "Ⅲ-４ リスク 再委託先による特定個人情報ファイルの適切な取扱いの担保",
    ),
    (
        "method-missing",
        full,
        at("s3.consignment.risk.method", "-"),
        "juten.reconsignment-method",
        ERROR,
        "Ⅲ-４ リスク 具体的な方法",
    ),
    (
        "method-superfluous",
        full,
        chain(
            no_reconsigning,
            at("s3.consignment.risk.reconsignment", ReconsignAssurance.NOT_RECONSIGNED),
        ),
        "juten.reconsignment-method",
        WARNING,
        "Ⅲ-４ リスク 具体的な方法",
    ),
    (
        "status-exclusive",
        minimal,
        at("s2.provision.status", checks(ProvisionStatus.NONE, ProvisionStatus.PROVIDING)),
        "juten.provision-status",
        ERROR,
        "Ⅱ-５ 提供・移転の有無",
    ),
    (
        "status-empty",
        minimal,
        at("s2.provision.status", checks()),
        "juten.provision-status",
        ERROR,
        "Ⅱ-５ 提供・移転の有無",
    ),
    (
        "status-without-members",
        full,
        at("s2.provision.provisions", ()),
        "juten.provision-status",
        ERROR,
        "Ⅱ-５ 提供先",
    ),
    (
        "members-without-status",
        full,
        at("s2.provision.status", checks(ProvisionStatus.PROVIDING)),
        "juten.provision-status",
        ERROR,
        "Ⅱ-５ 移転先",
    ),
    (
        "provision-switch-none",
        minimal,
        at("s3.provision.not_provided", False),
        "juten.provision-switch",
        ERROR,
        "Ⅲ-５ 提供・移転しない",
    ),
    (
        "provision-switch-provides",
        full,
        at("s3.provision.not_provided", True),
        "juten.provision-switch",
        ERROR,
        "Ⅲ-５ 提供・移転しない",
    ),
    (
        "linkage-off",
        minimal,
        at("s1.linkage.status", Linkage.NO),
        "juten.linkage-off",
        ERROR,
        "Ⅲ-６ 接続しない（入手）",
    ),
    (
        "linkage-on",
        minimal,
        at("s3.network.no_acquisition", True),
        "juten.linkage-on",
        ERROR,
        "Ⅲ-６ 接続しない（提供）",
    ),
    (
        "network-acquisition",
        minimal,
        at("s3.network.no_acquisition", True),
        "juten.network-acquisition",
        ERROR,
        "Ⅲ-６ 接続しない（入手）",
    ),
    (
        "network-method-missing",
        minimal,
        at("s2.acquisition.methods", checks(AcquisitionMethod.PAPER)),
        "juten.network-acquisition",
        WARNING,
        "Ⅱ-３-② 入手方法",
    ),
    (
        "intra-agency",
        minimal,
        at(
            "s2.acquisition.methods",
            checks(AcquisitionMethod.NETWORK_SYSTEM, AcquisitionMethod.INTRA_AGENCY),
        ),
        "juten.intra-agency",
        WARNING,
        "Ⅱ-３-② 入手方法",
    ),
    (
        "incident-none",
        minimal,
        at("s3.storage.risk.content", "紛失1件"),
        "juten.incident-details",
        ERROR,
        "Ⅲ-７ リスク その内容",
    ),
    (
        "incident-occurred",
        minimal,
        at("s3.storage.risk.incident", Incident.OCCURRED),
        "juten.incident-details",
        ERROR,
        "Ⅲ-７ リスク その内容",
    ),
    (
        "audit",
        minimal,
        at("s3.audit.status", checks()),
        "juten.audit-none",
        WARNING,
        "Ⅲ-８ 実施の有無",
    ),
    (
        "performed-after-published",
        minimal,
        at("s5.basic_assessment.performed_on", wareki("令和7年5月1日")),
        "juten.dates-after-publication",
        ERROR,
        "Ⅴ-１-① 実施日",
    ),
    (
        "start-after-published",
        minimal,
        at("s2.basics.holding_start", wareki("令和8年4月1日")),
        "juten.dates-after-publication",
        WARNING,
        "Ⅱ-２-⑤ 保有開始日",
    ),
    (
        "review-not-a-date",
        full,
        at("s5.third_party_review.performed_on", "令和7年2月30日"),
        "juten.review-date",
        ERROR,
        "Ⅴ-３-① 実施日",
    ),
    (
        "review-after-published",
        full,
        at("s5.third_party_review.performed_on", "令和7年5月1日"),
        "juten.review-date",
        ERROR,
        "Ⅴ-３-① 実施日",
    ),
    (
        "history-after-published",
        minimal,
        at(
            "history",
            (
                ChangeRow(
                    date=date(2025, 5, 1), item="Ⅰ", before="a", after="b", timing=Timing.AFTER
                ),
            ),
        ),
        "juten.history-date",
        WARNING,
        "（別添２） 変更箇所",
    ),
]


def _of(findings: list[Finding], rule_id: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule_id]


class TestRules:
    """
    Each rule: silent on valid assessments, one finding (or more) on a breaking change.
    """

    @pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
    def test_passes_on_valid(self, case: Case) -> None:
        """
        The valid base assessment has no finding of the rule.
        """
        _name, base, _mutation, rule_id, _severity, _item = case

        assert _of(validate(base()), rule_id) == []

    @pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
    def test_fails_on_broken(self, case: Case) -> None:
        """
        The breaking change gives a finding of the rule, with its severity, on its item.
        """
        _name, base, mutation, rule_id, severity, item = case

        found = _of(validate(mutation(base())), rule_id)

        assert found, f"{rule_id} did not fire"
        assert {(f.severity, f.item) for f in found} >= {(severity, item)}
        assert all(f.message for f in found)

    def test_every_rule_has_a_case(self) -> None:
        """
        Every rule of the module is exercised by CASES (its id appears in a finding).
        """
        fired = set()
        for _name, base, mutation, rule_id, _severity, _item in CASES:
            if _of(validate(mutation(base())), rule_id):
                fired.add(rule_id)
        assert len(Form.JUTEN.rules) == len(fired) == 22


class TestMessages:
    """
    Findings speak Japanese and say what to do.
    """

    def test_consignment_switch_message(self) -> None:
        """
        The 委託 mismatch names both items and the fix.
        """
        (found,) = _of(
            validate(evolve_at(minimal(), "s3.consignment.not_consigned", False)),
            "juten.consignment-switch",
        )

        assert found.path == "s3.consignment.not_consigned"
        assert "「委託しない」にもチェックを入れ" in found.message


class TestHelpers:
    """
    Tests for the helpers the rules use.
    """

    def test_count_record_items(self) -> None:
        """
        Numbered items are counted with ASCII or full-width digits and stops; ranges such as
        「(16-18)」 are not items.
        """
        text = "【識別情報】\n1. 個人番号、2. 宛名番号\n【税】\n１．特定扶養数(16-18)、２．合計所得"

        assert rules.count_record_items(text) == 4

    @pytest.mark.parametrize(
        ("text", "blank"),
        [("", True), (" - ", True), ("－", True), ("—", True), ("−", True), ("なし", False)],
    )
    def test_is_blank(self, text: str, blank: bool) -> None:
        """
        「-」 (any hyphen, dash or minus sign) and empty cells say nothing; 「なし」 is a statement.
        """
        assert rules.is_blank(text) is blank


def test_provision_through_network_only_may_keep_switch() -> None:
    """
    A 提供 only through the 情報提供ネットワークシステム is outside Ⅲ-５, so the switch may stay
    ticked (form-jyuten.md §6.11 caveat).
    """
    a = full()
    (provision,) = a.s2.provision.provisions
    a = evolve_at(
        a,
        "s2.provision.provisions",
        (attrs.evolve(provision, methods=checks(ProvisionMethod.NETWORK_SYSTEM)),),
    )
    a = evolve_at(a, "s2.provision.status", checks(ProvisionStatus.PROVIDING))
    a = evolve_at(a, "s2.provision.transfers", ())
    a = evolve_at(
        a, "s3.provision", attrs.evolve(a.s3.provision, not_provided=True, other_risks="")
    )
    a = evolve_at(a, "s3.provision.risk", type(a.s3.provision.risk)())

    assert [f for f in validate(a) if f.severity is Severity.ERROR] == []


def test_incident_none_accepts_blank_and_dash_and_says_so() -> None:
    """
    With 「発生なし」 その内容 may be blank or 「-」 (both pass), and the message for a text
    there says so: 「空欄か「-」にしてください」.
    """
    for text in ("", "-", "－"):
        document = at("s3.storage.risk.content", text)(minimal())
        assert "juten.incident-details" not in {f.rule for f in validate(document)}, text
    document = at("s3.storage.risk.content", "紛失1件")(minimal())

    (found,) = [f for f in validate(document) if f.rule == "juten.incident-details"]
    assert found.message.endswith("その内容は空欄か「-」にしてください。")
