"""
Tests for :mod:`pia_dsl.changes.diff`: skipping equal sections before DeepDiff gives
exactly the reports of one DeepDiff of the whole trees.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.changes.diff import _ACTIONS, Action, RawChange, raw_changes, raw_deepdiff

KEYS = st.sampled_from(["a", "b", "c", "d"])
LEAVES = st.none() | st.booleans() | st.text(max_size=3) | st.lists(st.text(max_size=2), max_size=3)
TREES: st.SearchStrategy[Any] = st.recursive(
    LEAVES, lambda inner: st.dictionaries(KEYS, inner, max_size=4), max_leaves=20
)
ROOTS = st.dictionaries(KEYS, TREES, max_size=4)


def _whole(old: dict[str, Any], new: dict[str, Any]) -> list[RawChange]:
    """The reports of one DeepDiff of the whole trees, as :func:`raw_changes` sorts them."""
    found = {
        RawChange(tuple(str(step) for step in level.path(output_format="list")), _ACTIONS[report])
        for report, levels in raw_deepdiff(old, new).items()
        if report in _ACTIONS
        for level in levels
    }
    return sorted(found, key=lambda change: (change.path, change.action.value))


@given(ROOTS, ROOTS)
def test_same_reports_as_one_deepdiff(old: dict[str, Any], new: dict[str, Any]) -> None:
    """Any two trees: the pruned diff equals DeepDiff of the whole trees."""
    assert raw_changes(old, new) == _whole(old, new)


@given(ROOTS)
def test_a_tree_against_itself_has_no_change(tree: dict[str, Any]) -> None:
    """No reports between a tree and itself."""
    assert raw_changes(tree, tree) == []


def test_section_added_below_the_pruned_levels() -> None:
    """A change three levels down is found by DeepDiff with the full path."""
    old = {"s2": {"files": {"main": {"name": "A"}}}}
    new = {"s2": {"files": {"main": {"name": "B"}, "sub": {"name": "C"}}}}

    assert raw_changes(old, new) == [
        RawChange(("s2", "files", "main", "name"), Action.CHANGED),
        RawChange(("s2", "files", "sub"), Action.ADDED),
    ]
