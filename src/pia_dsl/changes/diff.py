"""
DeepDiff between two keyed canonical trees → raw changes (paths and actions).

DeepDiff runs in tree view with ``threshold_to_diff_deeper=0`` (so a dict that shares
few keys is still compared key by key) and no ``ignore_order``: repeated groups are
already dicts keyed by member key (:mod:`pia_dsl.changes.canonical`), so an inserted
member is one ``dictionary_item_added`` and a removed one is one
``dictionary_item_removed``.  Every report type is folded into three actions.  Sections
that are equal are skipped before DeepDiff runs (:func:`raw_changes`).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from attrs import frozen

if TYPE_CHECKING:
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
    from deepdiff import DeepDiff  # imported when two revisions are compared, not before

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

    The same reports as one DeepDiff of the whole trees, but DeepDiff runs only on the
    sections that differ: the first :data:`PRUNE_DEPTH` levels of dicts are compared
    with ``==`` (at C speed), and an unchanged section, the most of a new edition, is
    not walked at all.
    """
    found = set(_changes(old_tree, new_tree, (), PRUNE_DEPTH))
    return sorted(found, key=lambda change: (change.path, change.action.value))


#: How many levels of dicts (sections, sub-sections) are compared before DeepDiff.
PRUNE_DEPTH = 2


def _changes(old: Any, new: Any, prefix: tuple[str, ...], depth: int) -> Iterator[RawChange]:
    if old == new:
        return
    if depth > 0 and isinstance(old, dict) and isinstance(new, dict):
        for key in old:
            if key not in new:
                yield RawChange((*prefix, str(key)), Action.REMOVED)
            else:
                yield from _changes(old[key], new[key], (*prefix, str(key)), depth - 1)
        for key in new:
            if key not in old:
                yield RawChange((*prefix, str(key)), Action.ADDED)
        return
    for report, levels in _deepdiff(old, new).items():
        action = _ACTIONS.get(report)
        if action is None:
            continue
        for level in levels:
            steps = level.path(output_format="list")
            yield RawChange((*prefix, *(str(step) for step in steps)), action)
