"""
Tests for pia_dsl.options: checkbox groups.
"""

from __future__ import annotations

from pia_dsl.forms.choices import Source, Sufficiency
from pia_dsl.options import Checks, checks, option_number


class TestChecks:
    def test_canonical_order(self) -> None:
        """Ticks are kept in the form's order, however they were written."""
        group = checks((Source.OTHER, "x"), Source.PERSON)

        assert list(group) == [Source.PERSON, Source.OTHER]

    def test_equal_regardless_of_order(self) -> None:
        """Two groups with the same ticks compare equal."""
        assert checks(Source.PERSON, Source.PRIVATE) == checks(Source.PRIVATE, Source.PERSON)

    def test_slot_text(self) -> None:
        """Slot text is kept per option; unticked options have none."""
        group = checks((Source.OTHER_DEPARTMENT, "市民税課"))

        assert group.text(Source.OTHER_DEPARTMENT) == "市民税課"
        assert group.text(Source.PERSON) == ""
        assert Source.OTHER_DEPARTMENT in group
        assert Source.PERSON not in group

    def test_empty(self) -> None:
        """An empty group is falsy and has no ticks."""
        assert not Checks()
        assert Checks().ticked == frozenset()

    def test_has_slot(self) -> None:
        """Options declared with a slot know it."""
        assert Source.OTHER.has_slot
        assert not Source.PERSON.has_slot
        assert Source.OTHER.value == "その他"


def test_option_number() -> None:
    """Option numbers follow the member order (1-based)."""
    assert option_number(Sufficiency.SUFFICIENT) == 2
