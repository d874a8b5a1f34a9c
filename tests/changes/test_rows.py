"""
Tests for pia_dsl.changes.rows: the special items it reads from the field metadata.
"""

from __future__ import annotations

from attrs import field, frozen

from pia_dsl.changes.rows import ChangeKind, make_change
from pia_dsl.meta import item
from pia_dsl.walk import walk


@frozen(kw_only=True)
class _Procedure:
    declared: str = field(default="", metadata=item("②", "判断の結果", threshold=True))
    lookalike: str = field(default="", metadata=item("③", "しきい値判断結果の備考"))


def _change(dotted: str) -> bool:
    entry = next(e for e in walk(_Procedure()) if e.dotted == dotted)
    return make_change(entry, "", "x", ChangeKind.FILLED, "toy").threshold


class TestThreshold:
    def test_declared_in_metadata(self) -> None:
        """The しきい値判断結果 is the item that says so, whatever its label."""
        assert _change("declared")

    def test_not_by_label(self) -> None:
        """A label containing 「しきい値判断結果」 does not make an item the result."""
        assert not _change("lookalike")
