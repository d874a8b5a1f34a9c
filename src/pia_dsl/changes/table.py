"""
The rendered 変更箇所 table, from data only: no git, no past revision's code.

    carried rows (``document.history``)
    + the rows stored in each snapshot of ``published/`` (oldest first)
    + the rows of the draft: the current document against the last snapshot

The draft rows are computed now, so review fixes committed after the 公表日 was set are
included.  Their 変更日 is the planned 公表日 (the document's, when it is newer than the
last snapshot's), otherwise blank.  Their declarations are the module's ``Revision`` for
that 公表日, or its undated ``Revision`` (the coming publication).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import RevisionError
from ..forms.common import ChangeRow
from ..forms.registry import code_of
from ..io import to_data
from ..wareki import format_wareki
from .declarations import Outcome, Revision, apply, find_revision
from .revision import published_of
from .rows import Style
from .snapshot import Published, snapshot_file, snapshots_of
from .styles import RowStyles, merged

__all__ = [
    "ChangeTable",
    "change_table",
    "check_revisions_dated",
    "history_rows",
    "planned_date",
    "revision_findings",
    "table_for",
]


@frozen
class ChangeTable:
    """
    The 変更箇所 of a document.

    Attributes:
        carried: The rows carried over in the module (``history``).
        snapshots: The publications recorded in ``published/``, oldest first.
        draft: The rows and ``--check`` problems of the draft (``None`` when the document
            is its last snapshot, or has none).
        is_draft: Whether the document is a draft: it has no 公表日, or it differs from
            its last snapshot.
        warnings: Notes for the user (a 公表日 earlier than the last publication), in Japanese.
    """

    carried: tuple[ChangeRow, ...]
    snapshots: tuple[Published, ...]
    draft: Outcome | None
    is_draft: bool
    warnings: tuple[str, ...] = ()

    def rows(self) -> list[ChangeRow]:
        """
        Every row, as printed: carried, each publication's, then the draft's.
        """
        published = [row for record in self.snapshots for row in record.rows]
        draft = self.draft.rows if self.draft is not None else []
        return [*self.carried, *published, *draft]


def planned_date(document: Any, last: Published | None) -> date | None:
    """
    The 公表日 the draft rows carry: the document's, when it is later than the last
    publication's; otherwise ``None`` (blank 変更日).
    """
    published = published_of(document)
    if published is None or (last is not None and published <= last.published):
        return None
    return published


def check_revisions_dated(
    revisions: Sequence[Revision], dates: Sequence[date], form: str, *, source: str
) -> None:
    """
    Every dated ``Revision`` (for ``form``) must name a publication (a snapshot's 公表日
    or the document's planned one).

    Raises:
        RevisionError: naming the revision and the nearest publication.
    """
    for revision in revisions:
        wanted = revision.published
        if wanted is None or revision.form not in (None, form) or wanted in dates:
            continue
        if dates:
            nearest = min(dates, key=lambda d: abs((d - wanted).days))
            hint = f"最も近い公表は {format_wareki(nearest)} です。公表日を直してください"
        else:
            hint = "まだ公表がありません。次の公表の宣言なら published を省略してください"
        msg = (
            f"{source}: Revision(published={format_wareki(wanted)}) に当たる公表が"
            f"ありません（{hint}）。"
        )
        raise RevisionError(msg)


def change_table(
    path: Path,
    document: Any,
    *,
    revisions: Sequence[Revision] = (),
    style: Style | None = None,
    styles: RowStyles | None = None,
) -> ChangeTable:
    """
    The 変更箇所 table of ``document`` (of the module ``path``), from its carried rows,
    its snapshots and the draft.  The draft rows are shaped by the module's ``styles``
    (``row_styles``) under the coming publication's ``Revision(rows=…)``; ``style`` is the
    項目 style (``None``: the declared ``table`` style, else ``"long"``).

    Raises:
        RevisionError: a snapshot cannot be read, or a dated ``Revision`` matches no
            publication.
    """
    form = code_of(type(document))
    carried = tuple(getattr(document, "history", ()))
    records = tuple(snapshots_of(path, form))
    last = records[-1] if records else None
    planned = planned_date(document, last)
    current = published_of(document)
    dates = [r.published for r in records] + ([current] if current is not None else [])
    check_revisions_dated(revisions, dates, form, source=str(path))
    warnings: list[str] = []
    if last is not None and current is not None and current < last.published:
        warnings.append(
            f"{path}: 公表日 {format_wareki(current)} が前回の公表（{format_wareki(last.published)}、"
            f"{snapshot_file(path, form, last.published)}）より前です。公表日を確認してください。"
        )
    if last is None:
        return ChangeTable(carried, records, None, current is None, tuple(warnings))
    if to_data(document) == last.document:
        return ChangeTable(carried, records, None, False, tuple(warnings))
    from .compare import compare  # the differ (deepdiff) only for a draft

    before = last.load_document(source=str(snapshot_file(path, form, last.published)))
    revision = find_revision(revisions, planned, form, draft=True)
    if (
        revision is not None
        and revision.published is None
        and last.revision == revision.dated(last.published)
    ):
        revision = None  # undated declarations already recorded for the last publication
    shaped = merged(styles, revision.rows if revision is not None else None)
    outcome = apply(
        compare(before, document, styles=shaped),
        on=planned,
        revision=revision,
        style=style or shaped.table or "long",
    )
    return ChangeTable(carried, records, outcome, True, tuple(warnings))


def table_for(
    path: Path,
    document: Any,
    *,
    style: Style | None = None,
    revisions: Sequence[Revision] | None = None,
    styles: RowStyles | None = None,
) -> ChangeTable:
    """
    The table of a document of the file ``path`` (a module or a JSON/YAML data file), with
    ``revisions`` and row ``styles``; for a module both default to its own (loading the
    current module, never a past one).
    """
    if revisions is None:
        revisions = ()
        if path.suffix == ".py" and path.is_file():
            from .revision import load_working

            working = load_working(path)
            revisions = working.revisions
            styles = styles if styles is not None else working.styles
    return change_table(path, document, revisions=revisions, style=style, styles=styles)


def history_rows(
    path: Path,
    document: Any,
    *,
    style: Style | None = None,
    revisions: Sequence[Revision] | None = None,
    styles: RowStyles | None = None,
) -> list[ChangeRow]:
    """
    The complete 変更箇所 table of ``document`` as :func:`change_table` builds it: the
    carried-over ``history`` rows, the rows of each snapshot in ``published/``, then the
    draft's rows.  ``revisions`` and ``styles`` default to the module's.
    """
    return table_for(path, document, style=style, revisions=revisions, styles=styles).rows()


def revision_findings(
    path: Path, documents: Sequence[Any], revisions: Sequence[Revision]
) -> list[Any]:
    """
    ``pia check``'s findings for dated declarations that match no publication of the
    documents of the module ``path`` (see :func:`check_revisions_dated`).
    """
    from ..validate import Finding, Severity

    found = []
    for document in documents:
        form = code_of(type(document))
        current = published_of(document)
        dates = [r.published for r in snapshots_of(path, form)]
        dates += [current] if current is not None else []
        try:
            check_revisions_dated(revisions, dates, form, source=str(path))
        except RevisionError as error:
            message = str(error).removeprefix(f"{path}: ")
            found.append(
                Finding(Severity.ERROR, "revision-publication", "revisions", "revisions", message)
            )
    return found
