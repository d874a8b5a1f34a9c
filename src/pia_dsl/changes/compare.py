"""
The differ as a short pipeline of pure steps::

    canonical(old), canonical(new)          keyed trees + walker indexes
      → raw_changes(old.tree, new.tree)     DeepDiff → paths and actions
      → changes_between(old, new, raw)      one Change per form item, in form order
      → shape(changes, old, new, styles)    declared row styles: groups, blocks, counts
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
from .shape import shape
from .styles import RowStyles, merged, styles_key

__all__ = [
    "change_from_data",
    "change_to_data",
    "changes_for",
    "compare",
    "diff_documents",
    "styles_for",
]


def compare(old: Any, new: Any, styles: RowStyles | None = None) -> list[Change]:
    """
    The changed items between two documents of the same form, in form order, shaped by
    ``styles`` (:mod:`pia_dsl.changes.styles`; the defaults when ``None``).
    """
    old_canonical, new_canonical = canonical(old), canonical(new)
    raw = raw_changes(old_canonical.tree, new_canonical.tree)
    found = changes_between(old_canonical, new_canonical, raw)
    return shape(found, old_canonical, new_canonical, styles)


def styles_for(snapshot: Snapshot | None, revision: Revision | None) -> RowStyles:
    """
    The row styles of one publication: its ``Revision(rows=…)`` over the module's
    ``row_styles`` (of ``snapshot``, the newer version).
    """
    return merged(snapshot.styles if snapshot else None, revision.rows if revision else None)


def diff_documents(
    old: Any,
    new: Any,
    *,
    style: Style = "long",
    revision: Revision | None = None,
    on: date | None = None,
    styles: RowStyles | None = None,
) -> list[ChangeRow]:
    """
    The 変更箇所 rows from ``old`` to ``new``: dated with the newer 公表日 (or ``on``, or
    today for a draft), default 提出時期 and explanations, and ``revision``'s
    declarations when given; rows shaped by ``styles`` and ``revision.rows``.
    """
    when = on or published_of(new) or date.today()
    chosen = merged(styles, revision.rows if revision else None)
    return apply(compare(old, new, chosen), on=when, revision=revision, style=style).rows


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
        "edition_change": change.edition_change,
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
        edition_change=bool(data.get("edition_change", False)),
    )


def changes_for(
    old: Snapshot,
    new: Snapshot,
    *,
    form: str | None = None,
    cache: RevisionCache | None = None,
    styles: RowStyles | None = None,
) -> list[Change]:
    """
    The changes of the document of ``form`` (the newer snapshot's main one by default)
    between two snapshots, shaped by ``styles``; cached when both have content keys.
    """
    slot = new.slot(form)
    chosen = slot.form if slot is not None else form
    key = None
    if cache is not None and old.key is not None and new.key is not None:
        key = content_key(
            "changes", old.key, new.key, str(chosen), styles_key(styles or RowStyles())
        )
        stored = cache.get("changes", key)
        if isinstance(stored, list):
            try:
                return [change_from_data(item) for item in stored]
            except (KeyError, TypeError, ValueError):
                pass
    changes = compare(old.document(chosen), new.document(chosen), styles)
    if cache is not None and key is not None:
        cache.put("changes", key, [change_to_data(c) for c in changes])
    return changes
