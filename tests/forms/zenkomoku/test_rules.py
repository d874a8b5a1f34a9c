"""
Tests for the 全項目評価書 form rules: each rule passes on the valid factory instance and
fails on a variant that breaks it.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

from forms.zenkomoku.factory import FILE, change, full
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    ConsignDelivery,
    Consigning,
    DeceasedNumbers,
    Fee,
    FullThresholdResult,
    Incident,
    Linkage,
    PersonCount,
    Practice,
    ProvisionMethod,
    ProvisionStatus,
    ReconsignAssurance,
    Reconsigning,
    RecordCategory,
    TargetCount,
)
from pia_dsl.forms.zenkomoku import (
    ConsignRisks,
    FileRecords,
    FullAssessment,
    FullConsignmentSection,
    FullNetworkRisks,
    FullProvisionRisks,
    FullReconsignment,
    FullThirdPartyReview,
    ProvisionSection,
)
from pia_dsl.options import checks
from pia_dsl.validate import Finding, Severity, validate

F = f"s2.files[{FILE}]"
R = f"s3.files[{FILE}]"


def found(assessment: FullAssessment, rule: str) -> list[Finding]:
    """
    The findings of one rule.
    """
    return [f for f in validate(assessment) if f.rule == rule]


def paths(assessment: FullAssessment, rule: str) -> list[tuple[str, Severity]]:
    """
    (path, severity) of the findings of one rule.
    """
    return [(f.path, f.severity) for f in found(assessment, rule)]


def no_network(assessment: FullAssessment) -> FullAssessment:
    """
    A variant that does not use the 情報提供ネットワークシステム anywhere.
    """
    a = change(assessment, "s1.systems", assessment.s1.systems[:1])
    a = change(a, f"{F}.acquisition.methods", checks(AcquisitionMethod.PAPER))
    return change(
        a,
        f"{F}.provision.provisions[pension_service].methods",
        checks(ProvisionMethod.LEASED_LINE),
    )


ERROR = Severity.ERROR
WARNING = Severity.WARNING


class TestValidInstance:
    def test_full_instance_is_clean(self) -> None:
        """The factory instance passes every rule, generic and form."""
        assert validate(full()) == []


class TestFiles:
    def test_files_present(self) -> None:
        """Ⅱ without any file is reported."""
        a = change(full(), "s2.files", ())
        a = change(a, "s3.files", ())
        a = change(a, "annex2.files", ())

        assert paths(a, "zenkomoku.files-present") == [("s2.files", ERROR)]
        assert paths(full(), "zenkomoku.files-present") == []

    def test_annex_keys_must_match(self) -> None:
        """（別添２） under another key than Ⅱ is reported on its group."""
        a = change(full(), "annex2.files", (FileRecords(key="other", items="x"),))

        findings = found(a, "zenkomoku.file-keys")

        assert [(f.path, f.severity) for f in findings] == [("annex2.files", ERROR)]
        assert "Ⅱにあって（別添２）にないファイル: main" in findings[0].message
        assert paths(full(), "zenkomoku.file-keys") == []

    def test_risk_order_must_match(self) -> None:
        """Ⅲ with the same files in another order than Ⅱ is reported."""
        base = full()
        second_file = attrs.evolve(base.s2.files[0], key="second", file_name="第二ファイル")
        second_risks = attrs.evolve(base.s3.files[0], key="second", file_name="第二ファイル")
        a = change(base, "s2.files", (*base.s2.files, second_file))
        a = change(a, "annex2.files", (*a.annex2.files, FileRecords(key="second", items="x")))
        a = change(a, "s3.files", (second_risks, *base.s3.files))
        a = change(a, "s1.file_names", "年金情報ファイル\n第二ファイル")

        findings = found(a, "zenkomoku.file-keys")

        assert [f.path for f in findings] == ["s3.files"]
        assert "順序がⅡと異なります" in findings[0].message

    def test_file_name_match(self) -> None:
        """Ⅲ-1 must repeat the Ⅱ-1 name of its file."""
        a = change(full(), f"{R}.file_name", "別名ファイル")

        assert [(f"{R}.file_name", ERROR)] == paths(a, "zenkomoku.file-name-match")
        assert paths(full(), "zenkomoku.file-name-match") == []

    def test_file_names_listed(self) -> None:
        """Ⅰ-3 must name every Ⅱ-1 file; an empty Ⅰ-3 is left to 未記入."""
        a = change(full(), "s1.file_names", "別のファイル")
        empty = change(full(), "s1.file_names", "")

        assert paths(a, "zenkomoku.file-names-listed") == [("s1.file_names", ERROR)]
        assert paths(empty, "zenkomoku.file-names-listed") == []
        assert [f.path for f in found(empty, "required")] == ["s1.file_names"]

    def test_main_items_include_number(self) -> None:
        """主な記録項目 without 個人番号 is reported."""
        a = change(full(), f"{F}.basics.main_records", checks(RecordCategory.FOUR_BASIC))

        assert [(f"{F}.basics.main_records", ERROR)] == paths(a, "zenkomoku.main-items-number")
        assert paths(full(), "zenkomoku.main-items-number") == []


def not_consigned(assessment: FullAssessment) -> FullAssessment:
    """
    A variant with 委託しない in Ⅱ-4 and 「委託しない」 ticked in Ⅲ-4.
    """
    a = change(assessment, f"{F}.consignment", FullConsignmentSection(status=Consigning.NO))
    return change(a, f"{R}.consignment", ConsignRisks(not_consigned=True))


class TestConsignment:
    def test_consign_needs_items(self) -> None:
        """委託する without any 委託事項 is reported."""
        a = change(full(), f"{F}.consignment.items", ())

        assert [(f"{F}.consignment.status", ERROR)] == paths(a, "zenkomoku.consignment-items")
        assert paths(full(), "zenkomoku.consignment-items") == []

    def test_not_consigned_is_clean(self) -> None:
        """委託しない with Ⅲ-4 switched off and left blank passes every rule."""
        assert validate(not_consigned(full())) == []

    def test_not_consigned_empties_items(self) -> None:
        """委託しない with a 委託事項 left in is the generic switch-empties finding."""
        a = not_consigned(full())
        a = change(a, f"{F}.consignment.items", full().s2.files[0].consignment.items)

        assert [f"{F}.consignment.items"] == [f.path for f in found(a, "switch-empties")]

    def test_switch_must_follow_consigning(self) -> None:
        """Ⅲ-4 「委託しない」 must be ticked exactly when Ⅱ-4 says 委託しない."""
        ticked = change(full(), f"{R}.consignment.not_consigned", True)
        unticked = change(not_consigned(full()), f"{R}.consignment", full().s3.files[0].consignment)
        entry = f"{R}.consignment.not_consigned"

        assert [(entry, ERROR)] == paths(ticked, "zenkomoku.consignment-switch")
        assert [(entry, ERROR)] == paths(unticked, "zenkomoku.consignment-switch")
        assert paths(full(), "zenkomoku.consignment-switch") == []

    def test_reconsigned_needs_assurance(self) -> None:
        """A 委託事項 that re-consigns rules out 「再委託していない」."""
        a = change(
            full(),
            f"{R}.consignment.reconsignment.status",
            ReconsignAssurance.NOT_RECONSIGNED,
        )

        assert [(f"{R}.consignment.reconsignment.status", ERROR)] == paths(
            a, "zenkomoku.reconsign-assurance"
        )
        assert paths(full(), "zenkomoku.reconsign-assurance") == []

    def test_no_reconsignment_needs_not_reconsigned(self) -> None:
        """No 委託事項 re-consigns ⇒ 「再委託していない」; ⑧⑨ must then be blank."""
        a = change(
            full(),
            f"{F}.consignment.items[punch].reconsignment",
            FullReconsignment(status=Reconsigning.NO),
        )
        fixed = change(
            a, f"{R}.consignment.reconsignment.status", ReconsignAssurance.NOT_RECONSIGNED
        )
        fixed = change(fixed, f"{R}.consignment.reconsignment.method", "-")
        filled = change(fixed, f"{F}.consignment.items[punch].reconsignment.matters", "業務の一部")

        assert [(f"{R}.consignment.reconsignment.status", ERROR)] == paths(
            a, "zenkomoku.reconsign-assurance"
        )
        assert validate(fixed) == []
        assert [f"{F}.consignment.items[punch].reconsignment.matters"] == [
            f.path for f in found(filled, "switch-empties")
        ]


class TestProvision:
    def test_none_with_others(self) -> None:
        """「行っていない」 cannot be ticked together with 提供/移転."""
        a = change(
            full(),
            f"{F}.provision.status",
            checks(ProvisionStatus.PROVIDING, ProvisionStatus.TRANSFERRING, ProvisionStatus.NONE),
        )

        messages = [f.message for f in found(a, "zenkomoku.provision-status")]

        assert any("同時にチェックできません" in m for m in messages)

    def test_ticked_without_members(self) -> None:
        """提供を行っている without any 提供先 is reported."""
        a = change(full(), f"{F}.provision.provisions", ())

        messages = [f.message for f in found(a, "zenkomoku.provision-status")]

        assert len(messages) == 1
        assert "提供先がありません" in messages[0]

    def test_members_without_tick(self) -> None:
        """A 移転先 without 移転を行っている ticked is reported."""
        a = change(full(), f"{F}.provision.status", checks(ProvisionStatus.PROVIDING))

        messages = [f.message for f in found(a, "zenkomoku.provision-status")]

        assert len(messages) == 1
        assert "移転先が1件ありますが" in messages[0]
        assert paths(full(), "zenkomoku.provision-status") == []

    def test_none_needs_switch(self) -> None:
        """行っていない ⇒ Ⅲ-5 「提供・移転しない」; with it ticked the form is clean."""
        none = change(
            full(), f"{F}.provision", ProvisionSection(status=checks(ProvisionStatus.NONE))
        )
        switched = change(none, f"{R}.provision", FullProvisionRisks(not_provided=True))

        assert [(f"{R}.provision.not_provided", ERROR)] == paths(none, "zenkomoku.provision-switch")
        assert validate(switched) == []

    def test_switch_with_transfers(self) -> None:
        """「提供・移転しない」 with a 移転先 is reported."""
        a = change(full(), f"{R}.provision", FullProvisionRisks(not_provided=True))

        assert [(f"{R}.provision.not_provided", ERROR)] == paths(a, "zenkomoku.provision-switch")
        assert paths(full(), "zenkomoku.provision-switch") == []

    def test_switch_allowed_for_network_only(self) -> None:
        """Only 提供先 via the network system: 「提供・移転しない」 may be ticked."""
        a = change(full(), f"{F}.provision.transfers", ())
        a = change(a, f"{F}.provision.status", checks(ProvisionStatus.PROVIDING))
        a = change(a, f"{R}.provision", FullProvisionRisks(not_provided=True))

        assert validate(a) == []


class TestNetwork:
    def test_not_linked_needs_both_switches(self) -> None:
        """Ⅰ-6① 実施しない (which empties ②法令上の根拠) ⇒ both 「接続しない」 in Ⅲ-6."""
        a = change(no_network(full()), "s1.linkage.status", Linkage.NO)
        a = change(a, "s1.linkage.legal_basis", "")
        switched = change(
            a, f"{R}.network", FullNetworkRisks(no_acquisition=True, no_provision=True)
        )

        assert [(f"{R}.network", ERROR)] == paths(a, "zenkomoku.linkage-switch")
        assert validate(switched) == []

    def test_linked_needs_some_connection(self) -> None:
        """Ⅰ-6① 実施する with Ⅲ-6 fully switched off is reported."""
        a = change(full(), f"{R}.network", FullNetworkRisks(no_acquisition=True, no_provision=True))

        assert paths(a, "zenkomoku.linkage-switch") == [("s1.linkage.status", ERROR)]
        assert paths(full(), "zenkomoku.linkage-switch") == []

    def test_one_switch_empties_its_risks(self) -> None:
        """「接続しない（入手）」 switches off リスク１–４ only; filled ones are reported."""
        a = change(full(), f"{R}.network.no_acquisition", True)

        reported = [f.path for f in found(a, "switch-empties")]

        assert [f"{R}.network.risk{n}.measures" for n in (1, 2, 3, 4)] == [
            p for p in reported if p.endswith("measures")
        ]

    def test_not_linked_with_channels(self) -> None:
        """実施しない while a system and 提供方法 name the network system is an error."""
        a = change(full(), "s1.linkage.status", Linkage.NO)

        findings = found(a, "zenkomoku.linkage-channels")

        assert [(f.path, f.severity) for f in findings] == [("s1.linkage.status", ERROR)]
        assert "Ⅰ-2 システム2" in findings[0].message

    def test_linked_without_channels(self) -> None:
        """実施する while nothing names the network system is a warning."""
        a = no_network(full())

        assert paths(a, "zenkomoku.linkage-channels") == [("s1.linkage.status", WARNING)]
        assert paths(full(), "zenkomoku.linkage-channels") == []


class TestCounts:
    def test_target_and_person_bands(self) -> None:
        """対象人数 and 対象となる本人の数 that cannot overlap are a warning."""
        a = change(full(), "s1.affair.target_count", TargetCount.UNDER_1K)
        a = change(a, "s6.basic_assessment.threshold", FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU)

        assert [(f"{F}.basics.person_count", WARNING)] == paths(a, "zenkomoku.person-count")
        assert paths(full(), "zenkomoku.person-count") == []

    def test_consignment_holds_no_more_than_file(self) -> None:
        """A 委託事項 with more persons than its file is an error."""
        dotted = f"{F}.consignment.items[punch].person_count"
        a = change(full(), dotted, PersonCount.FROM_1M_TO_10M)

        assert [(dotted, ERROR)] == paths(a, "zenkomoku.person-count")

    def test_threshold_result_for_300k(self) -> None:
        """30万人以上 requires 「基礎項目評価及び全項目評価の実施が義務付けられる」."""
        a = change(
            full(),
            "s6.basic_assessment.threshold",
            FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
        )

        findings = found(a, "zenkomoku.threshold")

        assert [(f.path, f.severity) for f in findings] == [
            ("s6.basic_assessment.threshold", ERROR)
        ]
        assert "基礎項目評価及び全項目評価の実施が義務付けられる" in findings[0].message
        assert paths(full(), "zenkomoku.threshold") == []

    @pytest.mark.parametrize(
        "result",
        [
            FullThresholdResult.KISO_AND_ZENKOMOKU,
            FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
        ],
    )
    def test_threshold_result_for_100k(self, result: FullThresholdResult) -> None:
        """10万人以上30万人未満 allows 全項目 (500人以上/重大事故) or voluntary 全項目."""
        a = change(full(), "s1.affair.target_count", TargetCount.FROM_100K_TO_300K)
        a = change(a, "s6.basic_assessment.threshold", result)

        assert paths(a, "zenkomoku.threshold") == []


class TestDates:
    def test_review_after_publication(self) -> None:
        """A 第三者点検 date after 公表日 is an error."""
        a = change(
            full(), "s6.third_party_review.performed_on", (date(2021, 12, 10), date(2022, 2, 1))
        )

        assert paths(a, "zenkomoku.dates") == [("s6.third_party_review.performed_on", ERROR)]
        assert paths(full(), "zenkomoku.dates") == []

    def test_holding_after_publication(self) -> None:
        """A 保有開始日 after 公表日 is only a warning (事前評価)."""
        a = change(full(), f"{F}.basics.holding_start", date(2023, 1, 1))

        assert [(f"{F}.basics.holding_start", WARNING)] == paths(a, "zenkomoku.dates")

    def test_unpublished_draft(self) -> None:
        """Without 公表日 no date is compared."""
        a = change(full(), "cover.published", None)
        a = change(a, "s6.third_party_review.performed_on", (date(2030, 1, 1),))

        assert paths(a, "zenkomoku.dates") == []


class TestPublicComment:
    def test_short_period_needs_reason(self) -> None:
        """A period under 30 days without ③ is a warning; with ③ it passes."""
        short = change(full(), "s6.public_comment.period", "令和3年11月2日から令和3年11月20日まで")
        reasoned = change(short, "s6.public_comment.shortening_reason", "緊急のため")

        assert paths(short, "zenkomoku.public-comment") == [("s6.public_comment.period", WARNING)]
        assert paths(reasoned, "zenkomoku.public-comment") == []
        assert paths(full(), "zenkomoku.public-comment") == []

    def test_unreadable_period(self) -> None:
        """A period not written 「…から…まで」 is a warning."""
        a = change(full(), "s6.public_comment.period", "11月頃")

        assert paths(a, "zenkomoku.public-comment") == [("s6.public_comment.period", WARNING)]

    def test_reversed_period(self) -> None:
        """An end before the start is an error."""
        a = change(full(), "s6.public_comment.period", "令和3年12月1日から令和3年11月2日まで")

        assert paths(a, "zenkomoku.public-comment") == [("s6.public_comment.period", ERROR)]

    def test_review_before_end(self) -> None:
        """A 第三者点検 before the period ends is a warning."""
        a = change(full(), "s6.third_party_review.performed_on", (date(2021, 11, 20),))

        assert paths(a, "zenkomoku.public-comment") == [("s6.public_comment.period", WARNING)]

    def test_end_after_publication(self) -> None:
        """A period that ends after 公表日 is an error."""
        a = change(full(), "s6.public_comment.period", "令和4年1月10日から令和4年2月10日まで")
        a = change(a, "s6.third_party_review.performed_on", ())
        a = change(a, "s6.approval.submitted", date(2022, 1, 20))

        assert paths(a, "zenkomoku.public-comment") == [("s6.public_comment.period", ERROR)]


INCIDENT = f"{R}.storage.risk1.incident"


class TestSingleItems:
    def test_incident_occurred_needs_texts(self) -> None:
        """発生あり needs その内容 and 再発防止策の内容."""
        a = change(full(), f"{INCIDENT}.content", "-")

        assert [(f"{INCIDENT}.content", ERROR)] == paths(a, "zenkomoku.incident-details")
        assert paths(full(), "zenkomoku.incident-details") == []

    def test_no_incident_needs_dash(self) -> None:
        """発生なし leaves その内容 and 再発防止策の内容 「-」 or blank."""
        a = change(full(), f"{INCIDENT}.status", Incident.NONE)
        dashed = change(a, f"{INCIDENT}.content", "-")
        dashed = change(dashed, f"{INCIDENT}.prevention", "")

        assert [f"{INCIDENT}.content", f"{INCIDENT}.prevention"] == [
            p for p, _ in paths(a, "zenkomoku.incident-details")
        ]
        assert validate(dashed) == []

    def test_deceased_numbers_method(self) -> None:
        """保管している needs 具体的な保管方法; 保管していない does not."""
        dotted = f"{R}.storage.risk1.deceased"
        a = change(full(), f"{dotted}.method", "")
        not_kept = change(a, f"{dotted}.status", DeceasedNumbers.NOT_KEPT)

        assert [(f"{dotted}.method", ERROR)] == paths(a, "zenkomoku.deceased-numbers")
        assert validate(not_kept) == []

    def test_fee(self) -> None:
        """有料 needs （手数料額、納付方法： ）."""
        a = change(full(), "s5.disclosure.fee", Fee.CHARGED)
        filled = change(a, "s5.disclosure.fee_detail", "300円、現金")

        assert paths(a, "zenkomoku.fee") == [("s5.disclosure.fee_detail", ERROR)]
        assert validate(filled) == []

    def test_file_register_published(self) -> None:
        """行っている needs 個人情報ファイル名 and 公表場所."""
        a = change(full(), "s5.disclosure.register.location", "")

        assert paths(a, "zenkomoku.file-register") == [("s5.disclosure.register.location", ERROR)]
        assert paths(full(), "zenkomoku.file-register") == []

    def test_file_register_not_published(self) -> None:
        """行っていない leaves both blank (generic switch-empties otherwise)."""
        a = change(full(), "s5.disclosure.register.status", Practice.NOT_DONE)
        blank = change(a, "s5.disclosure.register.file_name", "")
        blank = change(blank, "s5.disclosure.register.location", "")

        assert len(found(a, "switch-empties")) == 2
        assert validate(blank) == []

    def test_retention_validity(self) -> None:
        """A 期間 needs its その妥当性, not a bare 「-」."""
        a = change(full(), f"{F}.storage.term.validity", "-")

        assert [(f"{F}.storage.term.validity", ERROR)] == paths(a, "zenkomoku.retention")
        assert paths(full(), "zenkomoku.retention") == []


class TestNames:
    def test_title(self) -> None:
        """評価書名 other than 「<事務の名称>　全項目評価書」 is a warning."""
        a = change(full(), "cover.title", "別の事務　全項目評価書")

        assert paths(a, "zenkomoku.title") == [("cover.title", WARNING)]
        assert paths(full(), "zenkomoku.title") == []

    def test_department_mismatch(self) -> None:
        """Ⅰ-7① and Ⅱ-2⑥ that differ are a warning."""
        a = change(full(), "s1.department.name", "健康福祉局 国保年金課")

        assert [(f"{F}.basics.department", WARNING)] == paths(a, "zenkomoku.departments")
        assert paths(full(), "zenkomoku.departments") == []

    def test_users_lack_department(self) -> None:
        """使用部署 without the 事務担当部署 (a stale organisation name) is a warning."""
        a = change(full(), f"{F}.acquisition.users.departments", "健康福祉局 生活福祉部 医療年金課")

        assert [(f"{F}.acquisition.users.departments", WARNING)] == paths(
            a, "zenkomoku.departments"
        )

    def test_several_departments_separated_by_slash(self) -> None:
        """
        A 事務担当部署 of two departments written with 「／」 is found when 使用部署 and
        Ⅰ-7① list both (in any order, with 「、」 or 「及び」); one missing is still a warning.
        """
        two = "健康福祉局 医療年金課／区役所 保険年金課"
        a = change(full(), f"{F}.basics.department", two)
        a = change(a, "s1.department.name", "健康福祉局 医療年金課、区役所 保険年金課")
        listed = change(
            a, f"{F}.acquisition.users.departments", "区役所 保険年金課 及び 健康福祉局 医療年金課"
        )
        missing = change(a, f"{F}.acquisition.users.departments", "健康福祉局 医療年金課")

        assert paths(listed, "zenkomoku.departments") == []
        assert paths(missing, "zenkomoku.departments") == [
            (f"{F}.acquisition.users.departments", WARNING)
        ]

    def test_systems_present(self) -> None:
        """Ⅰ-2 without any system is a warning."""
        a = change(no_network(full()), "s1.systems", ())

        assert paths(a, "zenkomoku.systems-present") == [("s1.systems", WARNING)]
        assert paths(full(), "zenkomoku.systems-present") == []


class TestReview:
    def test_local_government_needs_review(self) -> None:
        """A published 地方公共団体 assessment without Ⅵ-3 is reported item by item."""
        a = change(full(), "s6.third_party_review", FullThirdPartyReview())

        assert [p for p, _ in paths(a, "zenkomoku.third-party-review")] == [
            "s6.third_party_review.performed_on",
            "s6.third_party_review.method",
            "s6.third_party_review.result",
        ]
        assert paths(full(), "zenkomoku.third-party-review") == []

    def test_government_body_uses_approval(self) -> None:
        """With a 承認日 (行政機関等), Ⅵ-3 may stay blank."""
        a = change(full(), "s6.third_party_review", FullThirdPartyReview())
        a = change(a, "cover.approved", date(2022, 1, 25))

        assert paths(a, "zenkomoku.third-party-review") == []

    def test_draft(self) -> None:
        """Before publication Ⅵ-3 may stay blank."""
        a = change(full(), "s6.third_party_review", FullThirdPartyReview())
        a = change(a, "cover.published", None)

        assert paths(a, "zenkomoku.third-party-review") == []


class TestChecks:
    def test_consignment_delivery_other_needs_text(self) -> None:
        """The generic その他 rule applies to 委託事項 ④."""
        a = change(
            full(),
            f"{F}.consignment.items[punch].delivery",
            checks((ConsignDelivery.OTHER, "")),
        )

        assert [f"{F}.consignment.items[punch].delivery"] == [
            f.path for f in found(a, "other-needs-text")
        ]
