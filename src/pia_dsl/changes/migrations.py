"""
Data migrations of publication snapshots: every snapshot ever written still loads.

A snapshot records the ``schema`` version it was written with.  When pia_dsl renames or
moves a field of the model (or of the snapshot format), it raises :data:`SCHEMA_VERSION`
and adds one step to :data:`STEPS`: a small function from the plain data of version
``n`` to that of ``n + 1`` (usually :func:`rename` calls).  :func:`migrate` applies the
steps in order when a snapshot is read; files are never rewritten behind the user's back
(``pia publish --amend`` writes the current version).

Version history:

* 1 — the first format (``pia publish``, pia_dsl 0.1).
* 2 — one vocabulary for the three forms (``docs/glossary.md``): the document's attributes
  renamed per form by the tables of :mod:`pia_dsl.changes.renames` (listed in
  ``docs/renames.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .renames import RENAMES

__all__ = ["SCHEMA_VERSION", "STEPS", "migrate", "rename"]

#: The version of the snapshot data format written by this pia_dsl.
SCHEMA_VERSION = 2

#: A path segment that stands for every member of a repeated group (a list).
EVERY = "*"


def _holders(node: Any, parents: list[str]) -> Iterator[Any]:
    """
    The values at the path ``parents`` below ``node``; :data:`EVERY` goes through each
    element of a list.  Missing steps yield nothing.
    """
    if not parents:
        yield node
        return
    first, rest = parents[0], parents[1:]
    if first == EVERY:
        for element in node if isinstance(node, list) else ():
            yield from _holders(element, rest)
    elif isinstance(node, dict) and first in node:
        yield from _holders(node[first], rest)


def _target(node: Any, parents: list[str]) -> dict[str, Any]:
    for part in parents:
        node = node.setdefault(part, {})
    return node  # type: ignore[no-any-return]


def rename(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """
    Move the value at the dotted path ``old`` (inside ``data``) to ``new``, in place, and
    return ``data``; a missing ``old`` is left alone.  Within the same parent the key keeps
    its position (field order is canonical).  A ``*`` segment goes through every member of
    a repeated group (``s2.files.*.name`` → ``s2.files.*.file_name``); a path with ``*``
    renames within its parent only.
    """
    *old_parents, old_key = old.split(".")
    *new_parents, new_key = new.split(".")
    if old_parents == new_parents:
        for holder in _holders(data, old_parents):
            if isinstance(holder, dict) and old_key in holder:
                items = [(new_key if k == old_key else k, v) for k, v in holder.items()]
                holder.clear()
                holder.update(items)
        return data
    if EVERY in old_parents or EVERY in new_parents:
        msg = f"「{old}」から「{new}」: * を含むパスは同じ親の中でしか名前を変えられません"
        raise ValueError(msg)
    for holder in list(_holders(data, old_parents)):
        if isinstance(holder, dict) and old_key in holder:
            _target(data, new_parents)[new_key] = holder.pop(old_key)
    return data


def _vocabulary(data: dict[str, Any]) -> dict[str, Any]:
    """
    Schema 1 → 2: the document's attributes take the names of ``docs/glossary.md``, by the
    rename table of the snapshot's form.
    """
    document = data.get("document")
    if isinstance(document, dict):
        for old, new in RENAMES.get(str(data.get("form")), ()):
            rename(document, old, new)
    return data


#: ``STEPS[n]`` upgrades the plain data of version ``n`` to version ``n + 1``.
STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _vocabulary}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """
    The plain data of a snapshot upgraded to :data:`SCHEMA_VERSION`.

    Raises:
        ValueError: the version is unknown (newer than this pia_dsl, or not a number).
    """
    version = data.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        msg = f"schema の値「{version!r}」が正しくありません"
        raise ValueError(msg)
    if version > SCHEMA_VERSION:
        msg = (
            f"schema {version} は、この pia_dsl（{SCHEMA_VERSION} まで対応）より新しい形式です。"
            "pia_dsl を更新してください"
        )
        raise ValueError(msg)
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            msg = f"schema {version} から {version + 1} への移行がありません"
            raise ValueError(msg)
        data = step(dict(data))
        version += 1
        data["schema"] = version
    return data
