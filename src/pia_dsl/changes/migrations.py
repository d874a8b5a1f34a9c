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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["SCHEMA_VERSION", "STEPS", "migrate", "rename"]

#: The version of the snapshot data format written by this pia_dsl.
SCHEMA_VERSION = 1

#: ``STEPS[n]`` upgrades the plain data of version ``n`` to version ``n + 1``.
STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def rename(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """
    Move the value at the dotted path ``old`` (inside ``data``) to ``new``, in place, and
    return ``data``; a missing ``old`` is left alone.  Within the same parent the key keeps
    its position (field order is canonical).
    """
    *old_parents, old_key = old.split(".")
    *new_parents, new_key = new.split(".")
    holder: Any = data
    for part in old_parents:
        holder = holder.get(part) if isinstance(holder, dict) else None
    if not isinstance(holder, dict) or old_key not in holder:
        return data
    if old_parents == new_parents:
        items = [(new_key if k == old_key else k, v) for k, v in holder.items()]
        holder.clear()
        holder.update(items)
        return data
    value = holder.pop(old_key)
    target: Any = data
    for part in new_parents:
        target = target.setdefault(part, {})
    target[new_key] = value
    return data


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
