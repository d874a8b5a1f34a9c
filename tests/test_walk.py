"""
Tests for pia_dsl.walk: the one walker over the form model.
"""

from __future__ import annotations

import attrs

from pia_dsl.forms.choices import Consigning
from pia_dsl.forms.common import System
from pia_dsl.walk import Kind, is_empty, iter_fields, walk
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


def test_a_document_walked_again_gives_the_same_entries_and_a_changed_copy_its_own() -> None:
    document = ToyAssessment(name="事務")
    renamed = attrs.evolve(document, name="別の事務")

    first = list(walk(document))
    again = list(walk(document))
    other = list(walk(renamed))

    assert again == first
    assert [e.value for e in first if e.path == ("name",)] == ["事務"]
    assert [e.value for e in other if e.path == ("name",)] == ["別の事務"]
