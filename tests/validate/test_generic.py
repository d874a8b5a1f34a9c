"""
Tests for pia_dsl.validate.generic: rules that hold for every form.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs

from pia_dsl.forms.choices import Connection, Consigning, Source
from pia_dsl.forms.common import System
from pia_dsl.options import Checks, checks
from pia_dsl.validate import Severity, validate
from pia_dsl.validate.generic import control_characters
from pia_dsl.walk import Kind, walk
from toy_form import ToyAssessment, ToyConsignment, ToySection


def _valid(**changes: Any) -> ToyAssessment:
    base = ToyAssessment(
        name="小児医療費助成に関する事務",
        sources=checks(Source.PERSON),
        systems=(
            System(key="a", name="A", functions="-", connections=checks(Connection.ADDRESSEE)),
        ),
        section=ToySection(consigning=Consigning.NO),
    )
    return attrs.evolve(base, **changes)


def _rules(assessment: ToyAssessment) -> list[str]:
    return [f.rule for f in validate(assessment)]


class TestRequired:
    def test_valid_has_no_findings(self) -> None:
        """A complete assessment has no findings."""
        assert validate(_valid()) == []

    def test_blank_text(self) -> None:
        """A blank required text is 未記入, named by its official item."""
        found = validate(_valid(name=" "))

        assert [f.rule for f in found] == ["required"]
        assert found[0].item == "① 事務の名称"
        assert "未記入" in found[0].message
        assert found[0].severity is Severity.ERROR

    def test_unselected_choice(self) -> None:
        """A choice left unselected is 未記入."""
        assert "required" in _rules(_valid(section=ToySection(consigning=None)))


class TestSwitch:
    def test_switched_off_group_filled(self) -> None:
        """委託しない with a 委託事項 is reported once, naming the switch."""
        section = ToySection(
            consigning=Consigning.NO, items=(ToyConsignment(key="k", content="x"),)
        )
        found = [f for f in validate(_valid(section=section)) if f.rule == "switch-empties"]

        assert len(found) == 1
        assert "「委託しない」" in found[0].message

    def test_switched_on_group_requires_items(self) -> None:
        """委託する leaves the items active, so their blanks are 未記入."""
        section = ToySection(
            consigning=Consigning.YES, items=(ToyConsignment(key="k", content=""),)
        )

        assert "required" in _rules(_valid(section=section))


class TestSlots:
    def test_other_needs_text(self) -> None:
        """A ticked その他 needs its text."""
        assert "other-needs-text" in _rules(_valid(sources=checks((Source.OTHER, ""))))

    def test_other_with_text(self) -> None:
        """A ticked その他 with text is fine."""
        assert _rules(_valid(sources=checks((Source.OTHER, "電子申請")))) == []

    def test_text_without_slot(self) -> None:
        """Text on an option without a slot is reported."""
        assert "no-slot" in _rules(_valid(sources=checks((Source.PERSON, "x"))))


class TestGroups:
    def test_max_count(self) -> None:
        """More members than the form allows is an error."""
        items = tuple(ToyConsignment(key=f"k{i}", content="x") for i in range(4))
        section = ToySection(consigning=Consigning.YES, items=items)

        assert "group-max" in _rules(_valid(section=section))

    def test_duplicate_keys(self) -> None:
        """Member keys must be unique within a group."""
        systems = (
            System(key="a", name="A", functions="-"),
            System(key="a", name="B", functions="-"),
        )

        assert "duplicate-key" in _rules(_valid(systems=systems))


class TestControlCharacters:
    def test_tab_and_newline_allowed(self) -> None:
        """Tab and line feed are allowed."""
        assert control_characters("a\tb\nc") == []

    def test_others_rejected(self) -> None:
        """Other control characters are reported by code point."""
        assert control_characters("a\x07b\x0bc") == ["U+0007", "U+000B"]
        assert "control-character" in _rules(_valid(name="事務\x0c"))


def test_unstorable_characters_are_exactly_the_categories() -> None:
    """
    Over every code point, ``control_characters`` finds exactly the control characters
    (Cc) other than tab and line feed, the surrogates (Cs) and U+FFFE/U+FFFF.
    """
    every = "".join(map(chr, range(0x110000)))
    expected = [
        f"U+{ord(c):04X}"
        for c in every
        if (unicodedata.category(c) in {"Cc", "Cs"} and c not in "\n\t") or c in "\ufffe\uffff"
    ]

    assert control_characters(every) == expected


def _required_messages(document: Any) -> dict[str, str]:
    return {f.path: f.message for f in validate(document) if f.rule == "required"}


def test_missing_choice_asks_for_an_option_not_a_date() -> None:
    """
    An empty ＜選択肢＞ asks for an option (naming its Enum class), never for a date; an
    empty date asks for a date; neither mixes the two.
    """
    from pia_dsl.forms.juten import FocusedAssessment

    messages = _required_messages(FocusedAssessment())

    choice = messages["s2.consignment.status"]
    day = messages["s2.basics.holding_start"]
    assert choice == "未記入です。＜選択肢＞から選んでください（Consigning のメンバー）。"
    assert day == '未記入です。日付を記入してください（wareki("令和8年4月1日")）。'
    assert not [m for m in messages.values() if "選択肢を選ぶか、日付" in m]


def _dashed_under_switches(document: Any) -> tuple[Any, int]:
    """
    ``document`` with 「-」 in every text item that a switch empties (other items blank),
    and the number of texts so written.
    """
    from forms.zenkomoku.factory import change
    from pia_dsl.walk import walk

    inactive = [e for e in walk(document) if e.kind in (Kind.FIELD, Kind.REPEAT) and not e.active]
    dashed = 0
    for entry in inactive:
        if isinstance(entry.value, str):
            document, dashed = change(document, entry.dotted, "-"), dashed + 1
        elif entry.kind is Kind.REPEAT:
            document = change(document, entry.dotted, ())
        elif not isinstance(entry.value, bool):
            blank: Checks[Any] | None = Checks() if isinstance(entry.value, Checks) else None
            document = change(document, entry.dotted, blank)
    return document, dashed


def test_dash_is_accepted_under_every_switch() -> None:
    """
    「-」 in the items a switch empties is accepted as blank under every switch
    (委託しない, 再委託しない, 提供・移転しない, 接続しない, 発生なし…), as published documents
    print it; a real text there is still reported.
    """
    from forms.zenkomoku.factory import change, full

    document = full()
    for flag in ("consignment.not_consigned", "provision.not_provided", "network.no_acquisition"):
        document = change(document, f"s3.files[main].{flag}", True)
    document = change(document, "s3.files[main].network.no_provision", True)
    dashed, count = _dashed_under_switches(document)

    assert count > 5
    assert "switch-empties" not in _rules(dashed)
    first = next(
        e for e in walk(dashed) if e.kind is Kind.FIELD and not e.active and e.value == "-"
    )
    assert "switch-empties" in _rules(change(dashed, first.dotted, "実際の記載"))
