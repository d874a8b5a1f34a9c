"""
Tests for pia_dsl.meta: the form's logic declared in field metadata.
"""

from __future__ import annotations

from pia_dsl.forms.choices import Consigning, ProvisionStatus
from pia_dsl.meta import KEY, Item, Switch, empties, group, item


def _item(metadata: dict[str, object]) -> Item:
    found = metadata[KEY]
    assert isinstance(found, Item)
    return found


class TestSwitch:
    def test_flag_is_on_when_true(self) -> None:
        """A switch on a flag is on at ``True`` by default."""
        assert empties("risk", "other_risks") == Switch(on=True, names=("risk", "other_risks"))

    def test_choice_names_its_option(self) -> None:
        """A switch on a choice names the option that turns it on."""
        switch = _item(item("", "委託の有無", switch=empties("items", on=Consigning.NO))).switch

        assert switch == Switch(on=Consigning.NO, names=("items",))

    def test_together_and_rest(self) -> None:
        """Fields emptied together and the whole rest of a part are declared, not computed."""
        assert empties("risk1", together=("other",)).together == ("other",)
        assert empties(rest=True) == Switch(rest=True)


class TestCounts:
    def test_after_a_choice(self) -> None:
        """A choice counts whole groups (no option)."""
        assert _item(item("", "委託の有無", counts=("items",))).counts == (("items", None),)

    def test_per_checkbox_option(self) -> None:
        """A checkbox item counts a group per option."""
        counts = {
            ProvisionStatus.PROVIDING: "provisions",
            ProvisionStatus.TRANSFERRING: "transfers",
        }

        assert _item(item("", "提供・移転の有無", counts=counts)).counts == (
            ("provisions", ProvisionStatus.PROVIDING),
            ("transfers", ProvisionStatus.TRANSFERRING),
        )


class TestOtherDeclarations:
    def test_defaults_declare_nothing(self) -> None:
        """An ordinary item is no switch, counts nothing, has no headings and is no pair."""
        plain = _item(item("①", "部署"))

        assert (plain.switch, plain.counts, plain.headings, plain.pair) == (None, (), (), False)
        assert (plain.vertical, plain.threshold) == (False, False)
        assert _item(group("", "委託事項", member="委託事項")).switch is None

    def test_headings_pair_vertical_threshold(self) -> None:
        """Value-less headings, pairs, vertical captions and the しきい値判断結果 are metadata."""
        assert _item(item("", "管理", headings=("見出し",))).headings == ("見出し",)
        assert _item(item("", "ユーザ認証の管理", pair=True)).pair
        assert _item(item("", "再委託", vertical=True)).vertical
        assert _item(item("②", "しきい値判断結果", threshold=True)).threshold
