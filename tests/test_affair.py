"""
Tests for :mod:`pia_dsl.affair`: deriving the 基礎項目評価書 from a detailed document, and
validating the documents of one 事務 against each other.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

from forms.juten.factory import full as focused_full
from forms.juten.factory import minimal as focused
from forms.kiso.factory import basic as kiso_only
from forms.kiso.factory import change
from forms.zenkomoku.factory import full as full_doc
from pia_dsl.affair import (
    INCIDENT_3Y,
    RISK_ANSWERS,
    SHARED_FACTS,
    TARGET_COUNT,
    THRESHOLD_RESULT,
    BasicAnswers,
    affair_status,
    basic_from,
    basic_from_focused,
    basic_from_full,
    validate_documents,
)
from pia_dsl.forms.choices import (
    Audit,
    Effort,
    FocusedTargetCount,
    FocusedThresholdResult,
    FullThresholdResult,
    Incident,
    Linkage,
    Sufficiency,
)
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.kiso import BasicAssessment, ManualWork
from pia_dsl.forms.kiso.choices import (
    BasicTargetCount,
    BasicThresholdResult,
    HandlerThreshold,
    SubmittedForms,
)
from pia_dsl.forms.kiso.correspondence import place
from pia_dsl.forms.zenkomoku import FullAssessment
from pia_dsl.loader import load_module
from pia_dsl.options import Checks, checks
from pia_dsl.validate import Finding, Severity, validate
from pia_dsl.walk import walk

COUNTED = date(2021, 4, 1)
ROOT = Path(__file__).resolve().parents[1]


def kiso_answers(name: str) -> Any:
    """
    A module of ``assessments/kiso_answers`` (loaded without leaving ``assessments`` in ``sys.modules``).
    """
    return load_module(ROOT / "assessments" / "kiso_answers" / f"{name}.py", root=ROOT)


def answers(**overrides: Any) -> BasicAnswers:
    """
    The 基礎-only answers of a 事務 with few handlers and no accident.
    """
    values: dict[str, Any] = {
        "persons_counted_on": COUNTED,
        "handlers": 120,
        "handlers_counted_on": COUNTED,
        "manual_work": ManualWork(
            sufficiency=Sufficiency.SUFFICIENT, grounds="入力内容を別の職員が確認する。"
        ),
    }
    values.update(overrides)
    return BasicAnswers(**values)


def official(document: Any, path: str) -> str:
    """
    The official item path and label of ``path`` (「Ⅴ-1-② しきい値判断結果」).
    """
    return next(e.official for e in walk(document) if e.dotted == path)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


class TestDerive:
    """
    Tests for ``basic_from`` and its two typed variants.
    """

    @pytest.mark.parametrize(
        "document", [focused(), focused_full(), full_doc()], ids=["min", "juten", "zen"]
    )
    def test_clean(self, document: FocusedAssessment | FullAssessment) -> None:
        """
        The derived 基礎 passes its own rules and agrees with the detailed document.
        """
        basic = basic_from(document, answers())

        assert validate(basic) == []
        assert validate_documents((basic, document)) == []

    def test_shared_facts_copied(self) -> None:
        """
        Every shared fact is the detailed document's, the title names the 基礎 form.
        """
        document = focused()
        basic = basic_from_focused(document, answers())

        assert (
            basic.cover.title,
            basic.s1.affair.name,
            basic.s1.file_names,
            basic.s1.department.head,
            basic.s1.inquiry.contact,
            basic.s1.affair.system_names,
        ) == (
            "テスト助成に関する事務 基礎項目評価書",
            document.s1.affair.name,
            document.s1.file_names,
            document.s1.department.head,
            document.s4.inquiry.contact,
            "テスト助成システム",
        )

    def test_threshold_computed(self) -> None:
        """
        Ⅱ comes from the answers and the detailed band, Ⅲ from the しきい値 table, Ⅳ-1/Ⅳ-11 from the form.
        """
        basic = basic_from_focused(focused(), answers())

        assert (
            basic.s2.target_count.band,
            basic.s2.target_count.exact_count,
            basic.s2.handlers.band,
            basic.s2.handlers.exact_count,
            basic.s2.incident.occurred,
            basic.s3.threshold,
            basic.s4.submitted,
            basic.s4.priority.detailed,
        ) == (
            BasicTargetCount.FROM_100K_TO_300K,
            None,
            HandlerThreshold.UNDER_500,
            120,
            Incident.NONE,
            BasicThresholdResult.KISO_AND_JUTEN,
            SubmittedForms.KISO_AND_JUTEN,
            True,
        )

    def test_exact_persons(self) -> None:
        """
        An exact 対象人数 gives the band and is recorded.
        """
        basic = basic_from_focused(focused(), answers(persons=123_456))

        assert (basic.s2.target_count.band, basic.s2.target_count.exact_count) == (
            BasicTargetCount.FROM_100K_TO_300K,
            123_456,
        )

    def test_overrides(self) -> None:
        """
        Summary, systems, title, publication date and 規則第9条第2項 can be given.
        """
        basic = basic_from_focused(
            focused(),
            answers(
                summary="概要",
                system_names="A\nB",
                title="題名　基礎項目評価書",
                published=date(2025, 5, 1),
                rule_9_2_reason="災害のため",
            ),
        )

        assert (
            basic.s1.affair.summary,
            basic.s1.affair.system_names,
            basic.cover.title,
            basic.cover.published,
            basic.s1.rule_9_2.applied,
        ) == ("概要", "A\nB", "題名　基礎項目評価書", date(2025, 5, 1), True)

    def test_risk_answers_from_focused(self) -> None:
        """
        Ⅳ answers and switches come from the 重点 Ⅲ.
        """
        basic = basic_from_focused(focused_full(), answers())
        s4 = basic.s4

        assert (
            s4.acquisition.sufficiency,
            s4.consignment.not_consigned,
            s4.consignment.sufficiency,
            s4.network.no_provision,
            s4.audit.status,
            s4.training.status,
        ) == (
            Sufficiency.SUFFICIENT,
            False,
            Sufficiency.SUFFICIENT,
            False,
            checks(Audit.SELF_INSPECTION, Audit.INTERNAL, Audit.EXTERNAL),
            Effort.SUFFICIENT,
        )

    def test_switched_off_not_copied(self) -> None:
        """
        A switched-off 重点 answer leaves the 基礎 answer empty.
        """
        basic = basic_from_focused(focused(), answers())

        assert (
            basic.s4.network.no_provision,
            basic.s4.network.provision,
            basic.s4.consignment.sufficiency,
        ) == (
            True,
            None,
            None,
        )

    def test_weakest_file(self) -> None:
        """
        For several files of a 全項目評価書 the 基礎 takes the least favourable answer.
        """
        document = full_doc()
        (first,) = document.s3.files
        second = attrs.evolve(
            first,
            key="second",
            acquisition=attrs.evolve(
                first.acquisition,
                risk1=attrs.evolve(first.acquisition.risk1, sufficiency=Sufficiency.ISSUES_REMAIN),
            ),
        )
        document = attrs.evolve(document, s3=attrs.evolve(document.s3, files=(first, second)))
        basic = basic_from_full(document, answers())

        assert basic.s4.acquisition.sufficiency is Sufficiency.ISSUES_REMAIN
        assert validate_documents((basic, document)) == []

    def test_full_audit_ticks(self) -> None:
        """
        A 全項目評価書 whose 自己点検 and 監査 are done gives 自己点検 and 内部監査.
        """
        basic = basic_from_full(full_doc(), answers())

        assert basic.s4.audit.status == checks(Audit.SELF_INSPECTION, Audit.INTERNAL)

    def test_band_needed(self) -> None:
        """
        Without a detailed band and without ``persons`` the derivation asks for ``persons``.
        """
        document = change(focused(), "s1.affair.target_count", None)

        with pytest.raises(ValueError, match="persons"):
            basic_from_focused(document, answers())


class TestRequirements:
    """
    Tests for the しきい値 part of ``validate_documents`` and ``affair_status``.
    """

    def test_printed_result_mismatch(self) -> None:
        """
        The 重点 Ⅴ-1② must be the option the 基礎 Ⅱ gives.
        """
        document = focused()
        basic = basic_from_focused(document, answers())
        wrong = change(
            document, "s5.basic_assessment.threshold", FocusedThresholdResult.KISO_VOLUNTARY_JUTEN
        )

        (found,) = validate_documents((basic, wrong))
        assert (found.rule, found.path, found.item) == (
            "affair-threshold-result",
            "s5.basic_assessment.threshold",
            "重点項目評価書 " + official(wrong, "s5.basic_assessment.threshold"),
        )
        assert (
            "「基礎項目評価及び重点項目評価の実施が義務付けられる」と一致しません" in found.message
        )

    def test_full_printed_result_mismatch(self) -> None:
        """
        The 全項目 Ⅵ-1② must be the option the 基礎 Ⅱ gives.
        """
        document = full_doc()
        basic = basic_from_full(document, answers())
        wrong = change(
            document, "s6.basic_assessment.threshold", FullThresholdResult.KISO_VOLUNTARY_ZENKOMOKU
        )

        assert rules(validate_documents((basic, wrong))) == ["affair-threshold-result"]

    def test_voluntary_full(self) -> None:
        """
        A body that files a 全項目評価書 when only a 重点 is required prints the 「任意に」 option.
        """
        document = change(
            change(full_doc(), "s1.affair.target_count", None),
            "s6.basic_assessment.threshold",
            FullThresholdResult.KISO_JUTEN_VOLUNTARY_ZENKOMOKU,
        )
        basic = basic_from_full(document, answers(persons=150_000))

        assert [
            f for f in validate_documents((basic, document)) if f.rule == "affair-threshold-result"
        ] == []

    def test_focused_not_enough(self) -> None:
        """
        A 事務 that needs a 全項目評価書 but only has a 重点 is an error.
        """
        document = focused()
        basic = basic_from_focused(document, answers(handlers=800))
        findings = validate_documents((basic, document))

        missing = [f for f in findings if f.rule == "affair-missing-document"]
        assert len(missing) == 1
        assert "重点項目評価書では足りません" in missing[0].message
        assert missing[0].item == "基礎項目評価書 Ⅲ しきい値判断結果"

    def test_missing_basic(self) -> None:
        """
        A detailed document without its 基礎 is an error.
        """
        (found,) = validate_documents((focused(),))

        assert found.rule == "affair-missing-document"
        assert "基礎項目評価書がありません" in found.message

    def test_voluntary_without_basic(self) -> None:
        """
        A voluntary 重点 below 1,000 persons needs no 基礎.
        """
        document = change(
            focused(), "s5.basic_assessment.threshold", FocusedThresholdResult.NONE_VOLUNTARY_JUTEN
        )

        assert validate_documents((document,)) == []

    def test_missing_detailed(self) -> None:
        """
        A 基礎 whose しきい値判断 requires a 重点 needs that document.
        """
        basic = basic_from_focused(focused(), answers())
        found = validate_documents((basic,))

        assert rules(found) == ["affair-missing-document", "affair-submitted-forms"]
        assert "重点項目評価書が必要ですが、ありません" in found[0].message

    def test_kiso_only(self) -> None:
        """
        A 基礎-only 事務 under 1万人 is complete by itself.
        """
        assert validate_documents((kiso_only(),)) == []

    def test_submitted_but_absent(self) -> None:
        """
        Ⅳ-1 naming a 重点 that the 事務 does not have is an error even when not required.
        """
        basic = change(kiso_only(), "s4.submitted", SubmittedForms.KISO_AND_JUTEN)

        assert rules(validate_documents((basic,))) == ["affair-submitted-forms"]

    def test_duplicate(self) -> None:
        """
        Two documents of the same form are an error.
        """
        assert "affair-duplicate" in rules(validate_documents((kiso_only(), kiso_only())))

    def test_status(self) -> None:
        """
        ``affair_status`` reports the result, the forms present and the missing ones.
        """
        basic = basic_from_focused(focused(), answers(handlers=800))
        status = affair_status((basic, focused()))

        assert status.result is not None
        assert (status.present, status.missing, status.result.required) == (
            frozenset({"kiso", "juten"}),
            ("zenkomoku",),
            frozenset({"kiso", "zenkomoku"}),
        )
        assert affair_status((focused(),)).missing == ("kiso",)
        assert affair_status((kiso_only(),)).missing == ()


class TestConsistency:
    """
    Tests for the shared facts, bands and risk answers of ``validate_documents``.
    """

    @pytest.mark.parametrize("fact", sorted(SHARED_FACTS))
    @pytest.mark.parametrize("form", ["juten", "zenkomoku"])
    def test_shared_fact_differs(self, fact: str, form: str) -> None:
        """
        Each shared fact must be identical in both documents.
        """
        document: Any = focused_full() if form == "juten" else full_doc()
        basic = basic_from(document, answers())
        path = place(fact, form)
        value = Linkage.UNDECIDED if fact.endswith("status") else "別の記載"
        findings = validate_documents((basic, change(document, path, value)))

        shared = [f for f in findings if f.rule == "affair-shared-fact"]
        assert [f.path for f in shared] == [path]
        assert "と異なります" in shared[0].message

    def test_whitespace_ignored(self) -> None:
        """
        Trailing spaces and line-end spaces do not count as a difference.
        """
        document = focused()
        basic = basic_from_focused(document, answers())
        spaced = change(document, "s4.inquiry.contact", document.s4.inquiry.contact + "　\n")

        assert validate_documents((basic, spaced)) == []

    def test_dash_means_nothing(self) -> None:
        """
        「－」, 「-」 and a blank all say there is nothing to write (他の評価実施機関).
        """
        document = focused_full()
        basic = basic_from_focused(document, answers())

        assert basic.s1.other_bodies == "－"
        assert validate_documents((change(basic, "s1.other_bodies", ""), document)) == []
        assert validate_documents((change(basic, "s1.other_bodies", "-"), document)) == []

    def test_band_differs(self) -> None:
        """
        The 対象人数 bands must agree.
        """
        document = focused()
        basic = basic_from_focused(document, answers())
        other = change(document, "s1.affair.target_count", FocusedTargetCount.FROM_10K_TO_100K)

        assert "affair-target-count" in rules(validate_documents((basic, other)))

    def test_risk_answer_differs(self) -> None:
        """
        A 基礎 Ⅳ answer must be the detailed document's.
        """
        document = focused()
        basic = basic_from_focused(document, answers())
        other = change(document, "s3.acquisition.risk.sufficiency", Sufficiency.SPECIAL)

        (found,) = validate_documents((basic, other))
        assert (found.rule, found.path) == (
            "affair-risk-answer",
            "s3.acquisition.risk.sufficiency",
        )
        label = official(basic, "s4.acquisition.sufficiency")
        assert f"基礎項目評価書の {label}「十分である」" in found.message

    def test_switch_differs(self) -> None:
        """
        A 基礎 switch (委託しない) must match the detailed document's.
        """
        document = focused_full()
        basic = change(
            basic_from_focused(document, answers()), "s4.consignment.not_consigned", True
        )
        basic = change(basic, "s4.consignment.sufficiency", None)

        assert rules(validate_documents((basic, document))) == ["affair-risk-answer"]

    def test_audit_and_training(self) -> None:
        """
        監査 ticks and 教育・啓発 must match the 重点 Ⅲ-8 and Ⅲ-9.
        """
        document = focused()
        basic = basic_from_focused(document, answers())
        basic = change(basic, "s4.audit.status", checks(Audit.EXTERNAL))
        basic = change(basic, "s4.training.status", Effort.SPECIAL)

        assert rules(validate_documents((basic, document))) == [
            "affair-risk-answer",
            "affair-risk-answer",
        ]

    def test_full_audit_warning(self) -> None:
        """
        A 全項目 自己点検/監査 done but not ticked in the 基礎 is a warning.
        """
        document = full_doc()
        basic = change(basic_from_full(document, answers()), "s4.audit.status", Checks[Audit]())
        findings = validate_documents((basic, document))

        assert rules(findings) == ["affair-audit", "affair-audit"]
        assert {f.severity for f in findings} == {Severity.WARNING}

    def test_incident_implies_three_years(self) -> None:
        """
        A 特定個人情報 重大事故 in the past year is a 個人情報 重大事故 in the past 3 years.
        """
        document = full_doc()
        path = INCIDENT_3Y["zenkomoku"].format(file=document.s3.files[0].key)
        document = change(document, path, Incident.NONE)
        basic = basic_from_full(document, answers(incident_past_year=True))
        findings = validate_documents((basic, document))

        assert [f.path for f in findings if f.rule == "affair-incident"] == [path]
        assert "affair-incident" in rules(
            validate_documents((basic_from(focused(), answers(incident_past_year=True)), focused()))
        )

    def test_incident_consistent(self) -> None:
        """
        With 発生あり in both documents there is no incident finding.
        """
        document = full_doc()
        basic = basic_from_full(document, answers(incident_past_year=True))

        assert "affair-incident" not in rules(validate_documents((basic, document)))


class TestTables:
    """
    The path tables name items that exist in the forms (guards against renames).
    """

    def test_paths_exist(self) -> None:
        """
        Every path of every table is an item of the factories' documents.
        """
        documents: dict[str, Any] = {
            "juten": focused_full(),
            "zenkomoku": full_doc(),
            "kiso": kiso_only(),
        }
        paths = {form: {e.dotted for e in walk(doc)} for form, doc in documents.items()}
        wanted: list[tuple[str, str]] = []
        for fact in SHARED_FACTS:
            wanted.extend((form, place(fact, form)) for form in documents)
        for basic_path, by_form in RISK_ANSWERS.items():
            wanted.append(("kiso", basic_path))
            wanted.extend(by_form.items())
        for table2 in (TARGET_COUNT, THRESHOLD_RESULT, INCIDENT_3Y):
            wanted.extend(table2.items())
        file_key = documents["zenkomoku"].s3.files[0].key

        missing = [(f, p) for f, p in wanted if p.format(file=file_key) not in paths[f]]
        assert missing == []


class TestExampleModules:
    """
    The 基礎 documents of the two published examples, derived from their detailed documents.
    """

    def test_fujisawa(self) -> None:
        """
        藤沢市: 10万人以上30万人未満 and fewer than 500 handlers give 基礎 + 重点.
        """
        document = focused_full()
        basic = kiso_answers("fujisawa").basic_document(document)

        assert isinstance(basic, BasicAssessment)
        assert basic.s3.threshold is BasicThresholdResult.KISO_AND_JUTEN
        assert validate_documents((basic, document)) == []

    def test_sakai(self) -> None:
        """
        堺市: 30万人以上 gives 基礎 + 全項目.
        """
        document = full_doc()
        basic = kiso_answers("sakai").basic_document(document)

        assert basic.s3.threshold is BasicThresholdResult.KISO_AND_ZENKOMOKU
        assert validate(basic) == []
        assert validate_documents((basic, document)) == []
