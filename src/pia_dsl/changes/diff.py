"""
DeepDiff between two keyed canonical trees → raw changes (paths and actions).

DeepDiff runs in tree view with ``threshold_to_diff_deeper=0`` (so a dict that shares
few keys is still compared key by key) and no ``ignore_order``: repeated groups are
already dicts keyed by member key (:mod:`pia_dsl.changes.canonical`), so an inserted
member is one ``dictionary_item_added`` and a removed one is one
``dictionary_item_removed``.  Every report type is folded into three actions.
"""

from __future__ import annotations

import enum
from typing import Any

from attrs import frozen
from deepdiff import DeepDiff

__all__ = ["Action", "RawChange", "raw_changes", "raw_deepdiff"]


class Action(enum.Enum):
    """
    What happened at a path.
    """

    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@frozen
class RawChange:
    """
    One DeepDiff report: the path (dict keys and list indices as strings) and the action.
    """

    path: tuple[str, ...]
    action: Action


_ACTIONS = {
    "values_changed": Action.CHANGED,
    "type_changes": Action.CHANGED,
    "dictionary_item_added": Action.ADDED,
    "dictionary_item_removed": Action.REMOVED,
    "iterable_item_added": Action.ADDED,
    "iterable_item_removed": Action.REMOVED,
    "iterable_item_moved": Action.CHANGED,
    "attribute_added": Action.ADDED,
    "attribute_removed": Action.REMOVED,
    "set_item_added": Action.ADDED,
    "set_item_removed": Action.REMOVED,
}


def _deepdiff(old: Any, new: Any) -> DeepDiff:
    return DeepDiff(old, new, view="tree", threshold_to_diff_deeper=0, verbose_level=2)


def raw_deepdiff(old_data: Any, new_data: Any) -> DeepDiff:
    """
    The plain DeepDiff (tree view) of two data trees, with the options the differ uses.

    This is the baseline for the benchmark: the same DeepDiff call on the same dicts,
    without keying, mapping to form items or building rows.
    """
    return _deepdiff(old_data, new_data)


def raw_changes(old_tree: dict[str, Any], new_tree: dict[str, Any]) -> list[RawChange]:
    """
    The changes between two keyed canonical trees, sorted by path (deterministic).
    """
    if old_tree == new_tree:
        return []
    found: set[RawChange] = set()
    for report, levels in _deepdiff(old_tree, new_tree).items():
        action = _ACTIONS.get(report)
        if action is None:
            continue
        for level in levels:
            steps = level.path(output_format="list")
            found.add(RawChange(tuple(str(step) for step in steps), action))
    return sorted(found, key=lambda change: (change.path, change.action.value))
