"""
Tests for the 基礎項目評価書 model (:mod:`pia_dsl.forms.kiso`): labels in the item
metadata, no ※, switches, and JSON/YAML round trips.
"""

from __future__ import annotations

import pytest
from hypothesis import given

from forms.kiso.factory import basic, change
from pia_dsl.forms.kiso import BasicAssessment
from pia_dsl.forms.kiso.choices import SubmittedForms
from pia_dsl.io import dump, load
from pia_dsl.validate import validate
from pia_dsl.walk import Kind, walk
from strategies import documents


class TestLabels:
    """
    Tests for the labels in the model's item metadata.
    """

    def test_every_item_labelled(self) -> None:
        """
        Every walked item carries its verbatim label in its own ``item()`` metadata.
        """
        unlabelled = [e.dotted for e in walk(basic()) if not e.item.label.strip()]

        assert unlabelled == []

    @pytest.mark.parametrize(("section", "count"), [("s1", 9), ("s2", 3), ("s4", 11)])
    def test_parts_numbered_in_order(self, section: str, count: int) -> None:
        """
        The parts of Ⅰ, Ⅱ and Ⅳ are numbered １．, ２．, … in printed order.
        """
        numbers = [
            e.item.number for e in walk(basic()) if len(e.path) == 2 and e.path[0] == section
        ]
        expected = [
            f"{n}．".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
            for n in range(1, count + 1)
        ]

        assert numbers == expected

    def test_no_star(self) -> None:
        """
        The 基礎項目評価書 has no ※ items.
        """
        assert [e.dotted for e in walk(basic()) if e.star or e.item.star is not None] == []

    def test_sections_in_order(self) -> None:
        """
        The sections are Ⅰ–Ⅳ after the cover, in printed order.
        """
        sections = [
            e.item.heading for e in walk(basic()) if e.kind is Kind.GROUP and len(e.path) == 1
        ]

        assert sections == [
            "表紙",
            "Ⅰ　関連情報",
            "Ⅱ　しきい値判断項目",
            "Ⅲ　しきい値判断結果",
            "Ⅳ　リスク対策",
        ]

    def test_submitted_forms(self) -> None:
        """
        Ⅳ-1 options name the forms they submit.
        """
        assert [{"kiso"}, {"kiso", "juten"}, {"kiso", "zenkomoku"}] == [
            set(s.forms) for s in SubmittedForms
        ]


class TestSwitches:
    """
    Tests for the Ⅳ switches (委託しない, 接続しない, 人手を介在させる作業はない, …).
    """

    @pytest.mark.parametrize(
        ("switch", "answer", "text"),
        [
            ("s4.consignment.not_consigned", "s4.consignment.sufficiency", "委託しない"),
            ("s4.provision.not_provided", "s4.provision.sufficiency", "提供・移転しない"),
            ("s4.network.no_acquisition", "s4.network.acquisition", "接続しない（入手）"),
            ("s4.network.no_provision", "s4.network.provision", "接続しない（提供）"),
            ("s4.manual_work.none", "s4.manual_work.grounds", "人手を介在させる作業はない"),
            ("s4.priority.detailed", "s4.priority.measure", "全項目評価又は重点項目評価を実施する"),
        ],
    )
    def test_switch_empties(self, switch: str, answer: str, text: str) -> None:
        """
        A ticked switch makes its answers inactive; a filled answer is then reported.
        """
        assessment = change(basic(), switch, True)
        entries = {e.dotted: e for e in walk(assessment)}

        assert (False, text) == (entries[answer].active, entries[answer].switch)
        if entries[answer].value not in (None, ""):
            assert any(
                f.rule == "switch-empties" and f.path == answer for f in validate(assessment)
            )

    def test_linkage_not_done_empties_basis(self) -> None:
        """
        「実施しない」 empties Ⅰ-4-② 法令上の根拠.
        """
        from pia_dsl.forms.choices import Linkage

        assessment = change(basic(), "s1.linkage.status", Linkage.NO)
        findings = validate(assessment)

        assert any(
            f.rule == "switch-empties" and f.path == "s1.linkage.legal_basis" for f in findings
        )


class TestRoundTrip:
    """
    Tests for JSON/YAML serialization of a 基礎項目評価書.
    """

    @pytest.mark.parametrize("fmt", ["json", "yaml"])
    def test_round_trip(self, fmt: str) -> None:
        """
        dump → load gives back an equal assessment, and dumping again gives the same text.
        """
        original = basic()
        text = dump(original, fmt)  # type: ignore[arg-type]
        loaded = load(text, fmt)  # type: ignore[arg-type]

        assert original == loaded
        assert text == dump(loaded, fmt)  # type: ignore[arg-type]

    def test_canonical_texts(self) -> None:
        """
        Choices serialize as their official text and dates in 和暦.
        """
        text = dump(basic(), "json")

        assert '"form": "kiso"' in text
        assert '"threshold": "基礎項目評価の実施が義務付けられる"' in text
        assert '"counted_on": "令和7年4月1日"' in text

    def test_wrong_option_rejected(self) -> None:
        """
        An option that is not on the form is rejected with the official label.
        """
        from pia_dsl.errors import InvalidAssessmentError

        text = dump(basic(), "json").replace("500人未満", "499人以下")

        with pytest.raises(InvalidAssessmentError, match="選択肢にありません"):
            load(text, "json")


class TestProperties:
    """
    Property tests over arbitrary 基礎項目評価書 (adversarial texts, any choices).
    """

    @given(documents(BasicAssessment))
    def test_round_trip(self, assessment: BasicAssessment) -> None:
        """
        Any assessment survives JSON and YAML.
        """
        for fmt in ("json", "yaml"):
            assert load(dump(assessment, fmt), fmt) == assessment

    @given(documents(BasicAssessment))
    def test_validate_total(self, assessment: BasicAssessment) -> None:
        """
        Validation reports findings for any input and never raises.
        """
        assert all(f.message for f in validate(assessment))
