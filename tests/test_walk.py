"""
Tests for pia_dsl.walk: the one walker over the form model.
"""

from __future__ import annotations

import attrs
from attrs import field, frozen

from pia_dsl.forms.choices import Consigning, Practice, ProvisionStatus
from pia_dsl.forms.common import System
from pia_dsl.meta import empties, item
from pia_dsl.options import Checks, checks
from pia_dsl.walk import Kind, Node, is_empty, iter_fields, tree, walk
from toy_form import ToyAssessment, ToyConsignment, ToySection


def _sample(consigning: Consigning = Consigning.YES) -> ToyAssessment:
    return ToyAssessment(
        name="事務",
        systems=(
            System(key="a", name="A", functions="f"),
            System(key="b", name="B", functions="g"),
        ),
        section=ToySection(consigning=consigning, items=(ToyConsignment(key="k", content="c"),)),
    )


class TestWalk:
    def test_form_order_and_kinds(self) -> None:
        """Entries come in field order, members after their group."""
        kinds = [(e.kind, e.dotted) for e in walk(_sample())][:6]

        assert kinds == [
            (Kind.FIELD, "name"),
            (Kind.FIELD, "published"),
            (Kind.FIELD, "sources"),
            (Kind.REPEAT, "systems"),
            (Kind.MEMBER, "systems[a]"),
            (Kind.FIELD, "systems[a].name"),
        ]

    def test_member_numbers_and_official_path(self) -> None:
        """Members are numbered in order; the official path carries the member label."""
        entry = next(e for e in walk(_sample()) if e.dotted == "systems[b].functions")

        assert entry.official == "２-システム2-② システムの機能"
        assert entry.segments[-2].label == "システム2"

    def test_star_inherits_and_exempts(self) -> None:
        """※ is inherited from the item that prints it; False exempts."""
        stars = {e.dotted: e.star for e in walk(_sample())}

        assert stars["section.consigning"] is True
        assert stars["section.sufficiency"] is False
        assert stars["name"] is False

    def test_switch_marks_inactive(self) -> None:
        """A switch marks the fields it empties inactive, with the switch text."""
        entries = {e.dotted: e for e in walk(_sample(Consigning.NO))}

        assert not entries["section.items"].active
        assert not entries["section.items[k].content"].active
        assert entries["section.items[k].content"].switch == "委託しない"
        assert entries["section.consigning"].active

    def test_iter_fields_only_values(self) -> None:
        """iter_fields yields only value-holding entries."""
        assert {e.kind for e in iter_fields(_sample())} == {Kind.FIELD}


class TestIsEmpty:
    def test_values(self) -> None:
        """Blank text, None and empty groups are empty; choices and False are not."""
        assert is_empty("")
        assert is_empty("  \n")
        assert is_empty(None)
        assert is_empty(())
        assert not is_empty("-")
        assert not is_empty(Consigning.NO)
        assert not is_empty(False)

    def test_nested(self) -> None:
        """A section is empty when all its fields are."""
        assert is_empty(ToySection())
        assert not is_empty(ToySection(consigning=Consigning.NO))


# ---------------------------------------------------------------------------
# Switches, pairs and the tree, from the field metadata
# ---------------------------------------------------------------------------


@frozen(kw_only=True)
class _Risk:
    measure: str = field(default="", metadata=item("", "リスクに対する措置の内容"))


@frozen(kw_only=True)
class _Network:
    no_acquisition: bool = field(
        default=False,
        metadata=item("", "接続しない（入手）", switch=empties("risk1", together=("other",))),
    )
    no_provision: bool = field(
        default=False,
        metadata=item("", "接続しない（提供）", switch=empties("risk2", together=("other",))),
    )
    risk1: _Risk = field(factory=_Risk, metadata=item("", "リスク１"))
    risk2: _Risk = field(factory=_Risk, metadata=item("", "リスク２"))
    other: str = field(default="", metadata=item("", "その他のリスク"))


@frozen(kw_only=True)
class _Provision:
    status: Checks[ProvisionStatus] = field(
        factory=Checks,
        metadata=item("", "提供・移転の有無", switch=empties("to", on=ProvisionStatus.NONE)),
    )
    to: str = field(default="", metadata=item("", "提供先"))


@frozen(kw_only=True)
class _Everything:
    not_consigned: bool = field(
        default=False, metadata=item("", "委託しない", switch=empties(rest=True))
    )
    first: str = field(default="", metadata=item("", "情報保護管理体制の確認"))
    second: _Risk = field(factory=_Risk, metadata=item("", "リスク"))


@frozen(kw_only=True)
class _Choice:
    status: Practice | None = field(default=None, metadata=item("", "ユーザ認証の管理"))
    method: str = field(default="", metadata=item("", "具体的な管理方法"))


@frozen(kw_only=True)
class _Paired:
    authentication: _Choice = field(
        factory=_Choice, metadata=item("", "ユーザ認証の管理", pair=True)
    )
    access: _Choice = field(factory=_Choice, metadata=item("", "ユーザ認証の管理"))


def _off(obj: object) -> dict[str, str]:
    return {e.dotted: e.switch for e in walk(obj) if not e.active}


class TestSwitchMetadata:
    def test_flag_message_is_its_label(self) -> None:
        """A flag switch empties what it names, and its text is the flag's own label."""
        assert _off(_Network(no_acquisition=True)) == {
            "risk1": "接続しない（入手）",
            "risk1.measure": "接続しない（入手）",
        }

    def test_choice_message_is_the_option(self) -> None:
        """A choice switch is on at its option, and its text is that option's wording."""
        assert _off(_sample(Consigning.NO))["section.items"] == "委託しない"
        assert _off(_sample(Consigning.YES)) == {}

    def test_checks_switch_on_a_tick(self) -> None:
        """A checkbox switch is on when its option is ticked."""
        assert _off(_Provision(status=checks(ProvisionStatus.NONE))) == {"to": "行っていない"}
        assert _off(_Provision(status=checks(ProvisionStatus.PROVIDING))) == {}

    def test_together_only_when_every_switch_is_on(self) -> None:
        """An item emptied together is emptied only by all its switches, named in the text."""
        one = _off(_Network(no_acquisition=True, no_provision=False))
        both = _off(_Network(no_acquisition=True, no_provision=True))

        assert "other" not in one
        assert both["other"] == "接続しない（入手）」「接続しない（提供）"

    def test_rest_empties_every_other_item(self) -> None:
        """``rest=True`` empties every item of the part but the switch."""
        assert set(_off(_Everything(not_consigned=True))) == {"first", "second", "second.measure"}

    def test_wrong_type_switches_nothing(self) -> None:
        """A switch holding a value of the wrong type (1 for True) empties nothing."""
        assert _off(_Network(no_acquisition=1)) == {}  # type: ignore[arg-type]

    def test_switched_by_is_the_switch_path(self) -> None:
        """Each emptied item knows the switch fields that empty it."""
        member = next(
            e for e in walk(_sample(Consigning.NO)) if e.dotted == "section.items[k].content"
        )
        other = next(
            e for e in walk(_Network(no_acquisition=True, no_provision=True)) if e.dotted == "other"
        )

        assert member.switched_by == (("section", "consigning"),)
        assert other.switched_by == (("no_acquisition",), ("no_provision",))


class TestPairsAndTree:
    def test_lead_of_a_pair(self) -> None:
        """The first item of a declared pair is its lead and prints the label once."""
        entries = {e.dotted: e for e in walk(_Paired())}

        assert entries["authentication.status"].lead
        assert not entries["authentication.method"].lead
        assert entries["authentication.status"].official == "ユーザ認証の管理"
        assert entries["authentication.method"].official == "ユーザ認証の管理 具体的な管理方法"

    def test_no_pair_without_metadata(self) -> None:
        """Equal labels alone make no pair."""
        entry = next(e for e in walk(_Paired()) if e.dotted == "access.status")

        assert not entry.lead
        assert entry.official == "ユーザ認証の管理 ユーザ認証の管理"

    def test_tree_nests_the_walk(self) -> None:
        """The tree holds the same entries as the walk, each under its part or group."""
        nodes = tree(_sample())

        def flat(ns: tuple[Node, ...]) -> list[str]:
            return [x for n in ns for x in (n.entry.dotted, *flat(n.children))]

        systems = next(n for n in nodes if n.entry.dotted == "systems")
        assert flat(nodes) == [e.dotted for e in walk(_sample())]
        assert [n.entry.kind for n in systems.children] == [Kind.MEMBER, Kind.MEMBER]
        assert [n.entry.dotted for n in systems.children[0].children][:2] == [
            "systems[a].name",
            "systems[a].functions",
        ]


def test_a_document_walked_again_gives_the_same_entries_and_a_changed_copy_its_own() -> None:
    document = ToyAssessment(name="事務")
    renamed = attrs.evolve(document, name="別の事務")

    first = list(walk(document))
    again = list(walk(document))
    other = list(walk(renamed))

    assert again == first
    assert [e.value for e in first if e.path == ("name",)] == ["事務"]
    assert [e.value for e in other if e.path == ("name",)] == ["別の事務"]
