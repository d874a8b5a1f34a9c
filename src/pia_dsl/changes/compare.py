"""
The differ as a short pipeline of pure steps::

    canonical(old), canonical(new)          keyed trees + walker indexes
      → raw_changes(old.tree, new.tree)     DeepDiff → paths and actions
      → changes_between(old, new, raw)      one Change per form item, in form order
      → apply(changes, on=…, revision=…)    提出時期, explanations, declarations → ChangeRow

:func:`diff_documents` runs it on two documents; :func:`changes_for` runs it on two
snapshots through the cache (keyed by the snapshots' content keys).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..forms.common import ChangeRow
from .cache import RevisionCache, content_key
from .canonical import canonical
from .declarations import Revision, apply
from .diff import raw_changes
from .revision import Snapshot, published_of
from .rows import Change, ChangeKind, Style, changes_between

__all__ = ["change_from_data", "change_to_data", "changes_for", "compare", "diff_documents"]


def compare(old: Any, new: Any) -> list[Change]:
    """
    The changed items between two documents of the same form, in form order.
    """
    old_canonical, new_canonical = canonical(old), canonical(new)
    raw = raw_changes(old_canonical.tree, new_canonical.tree)
    return changes_between(old_canonical, new_canonical, raw)


def diff_documents(
    old: Any,
    new: Any,
    *,
    style: Style = "long",
    revision: Revision | None = None,
    on: date | None = None,
) -> list[ChangeRow]:
    """
    The 変更箇所 rows from ``old`` to ``new``: dated with the newer 公表日 (or ``on``, or
    today for a draft), default 提出時期 and explanations, and ``revision``'s
    declarations when given.
    """
    when = on or published_of(new) or date.today()
    return apply(compare(old, new), on=when, revision=revision, style=style).rows


def change_to_data(change: Change) -> dict[str, Any]:
    """
    Plain data for the cache.
    """
    return {
        "path": list(change.path),
        "dotted": change.dotted,
        "code": change.code,
        "official": change.official,
        "long": change.long,
        "short": change.short,
        "before": change.before,
        "after": change.after,
        "star": change.star,
        "kind": change.kind.value,
        "threshold": change.threshold,
        "form": change.form,
    }


def change_from_data(data: dict[str, Any]) -> Change:
    """
    The inverse of :func:`change_to_data`.
    """
    return Change(
        path=tuple(data["path"]),
        dotted=data["dotted"],
        code=data["code"],
        official=data["official"],
        long=data["long"],
        short=data["short"],
        before=data["before"],
        after=data["after"],
        star=bool(data["star"]),
        kind=ChangeKind(data["kind"]),
        threshold=bool(data["threshold"]),
        form=data["form"],
    )


def changes_for(
    old: Snapshot,
    new: Snapshot,
    *,
    form: str | None = None,
    cache: RevisionCache | None = None,
) -> list[Change]:
    """
    The changes of the document of ``form`` (the newer snapshot's main one by default)
    between two snapshots; cached when both have content keys.
    """
    slot = new.slot(form)
    chosen = slot.form if slot is not None else form
    key = None
    if cache is not None and old.key is not None and new.key is not None:
        key = content_key("changes", old.key, new.key, str(chosen))
        stored = cache.get("changes", key)
        if isinstance(stored, list):
            try:
                return [change_from_data(item) for item in stored]
            except (KeyError, TypeError, ValueError):
                pass
    changes = compare(old.document(chosen), new.document(chosen))
    if cache is not None and key is not None:
        cache.put("changes", key, [change_to_data(c) for c in changes])
    return changes
