"""
The keyed canonical tree of a document: what the differ compares.

It is :func:`pia_dsl.io.to_data` with two changes:

* every repeated group (a list of members with a ``key``) becomes a dict keyed by
  ``"[key]"`` — the same step the walker uses in :attr:`pia_dsl.walk.Entry.path` — so
  DeepDiff matches members by their author's key, not by position, and a DeepDiff path
  *is* a walker path;
* items that a switch empties (walker ``active=False``) are blanked (``None``; members
  dropped), because they are not printed: turning 提供・移転しない on shows as the switch
  row plus one 「削除」 row per emptied item even when the author left old text behind.

The index maps every walker path to its :class:`~pia_dsl.walk.Entry`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from ..io import raise_wrong_types, to_data
from ..validate.findings import Finding
from ..validate.types import entry_type_finding
from ..walk import Entry, Kind, walk

__all__ = ["EXCLUDED", "Canonical", "canonical", "keyed"]

#: Paths never reported as a change: the 公表日 is the publication itself (it is the
#: 変更日 of the rows), ``history`` holds the carried-over 変更箇所 rows themselves, and
#: ``form`` is bookkeeping; a change of ``edition`` shows in the items it touches
#: (:mod:`pia_dsl.changes.rows`).
EXCLUDED: frozenset[tuple[str, ...]] = frozenset(
    {("cover", "published"), ("published",), ("history",), ("form",), ("edition",)}
)

Path = tuple[str, ...]


@frozen
class Canonical:
    """
    A document prepared for diffing.

    Attributes:
        document: The document itself.
        tree: The keyed canonical tree (plain data).
        index: Every walker entry by its path (form order is the insertion order).
    """

    document: Any
    tree: dict[str, Any]
    index: Mapping[Path, Entry]

    def position(self) -> dict[Path, int]:
        """
        Each path's place in form order.
        """
        return {path: number for number, path in enumerate(self.index)}


def _is_member_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(member, dict) and isinstance(member.get("key"), str) for member in value)
    )


def keyed(data: Any, member_fields: frozenset[Path] = frozenset(), here: Path = ()) -> Any:
    """
    ``data`` with every list of keyed members turned into ``{"[key]": member}``.

    ``member_fields`` names the paths of repeated groups (so that an empty group is a
    dict too); other lists of dicts that all carry a string ``key`` are converted as well.
    Duplicate keys keep the last member (``pia check`` reports them).
    """
    if isinstance(data, dict):
        return {name: keyed(value, member_fields, (*here, name)) for name, value in data.items()}
    if isinstance(data, list):
        if _is_member_list(data) or (here in member_fields and not data):
            result = {}
            for member in data:
                step = f"[{member['key']}]"
                result[step] = keyed(member, member_fields, (*here, step))
            return result
        return [keyed(value, member_fields, here) for value in data]
    return data


def _blank(tree: dict[str, Any], path: Path, *, drop: bool) -> None:
    node: Any = tree
    for step in path[:-1]:
        if not isinstance(node, dict) or step not in node:
            return
        node = node[step]
    if isinstance(node, dict) and path[-1] in node:
        if drop:
            del node[path[-1]]
        else:
            node[path[-1]] = None


def canonical(document: Any) -> Canonical:
    """
    The keyed canonical tree and the walker index of ``document``.
    """
    index: dict[Path, Entry] = {}
    groups: set[Path] = set()
    inactive: list[Entry] = []
    wrong: list[Finding] = []
    for entry in walk(document):
        found = entry_type_finding(entry)
        if found is not None:
            wrong.append(found)
        index[entry.path] = entry
        if entry.kind is Kind.REPEAT:
            groups.add(entry.path)
        if not entry.active and entry.kind in (Kind.FIELD, Kind.MEMBER):
            inactive.append(entry)
    raise_wrong_types(wrong)
    tree = keyed(to_data(document, check_types=False), frozenset(groups))
    for entry in inactive:
        _blank(tree, entry.path, drop=entry.kind is Kind.MEMBER)
    for path in EXCLUDED:
        _blank(tree, path, drop=True)
    return Canonical(document, tree, index)
