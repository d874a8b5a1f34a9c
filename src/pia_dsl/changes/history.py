"""
The publications of a document found in git history — used only by
``pia publish --backfill`` (and its library function), which turns them into snapshots.
Loading a past revision runs the module's code as it was then; ``pia render`` never does
(:mod:`pia_dsl.changes.table`).

A *publication* is a commit where the document's cover 公表日 changed (compared with the
previous commit that set one), and — when the working tree carries a newer 公表日 than
the last commit — the working tree itself.  Each publication is compared with the
previous one; its rows carry its 公表日 as 変更日.  Rows are sorted by date, then kept in
form order (a stable sort; carried rows keep their order).

Declarations for a publication come from the current module's ``revisions`` (the
working tree), falling back to the ``revisions`` of the module at that publication.
Loaded revisions and computed changes are cached by content (:mod:`pia_dsl.changes.cache`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from attrs import frozen

from ..errors import RevisionError
from ..forms.common import ChangeRow
from ..forms.registry import code_of
from . import git
from .cache import RevisionCache
from .compare import changes_for
from .declarations import Outcome, Revision, apply, find_revision
from .revision import RevisionLoader, Slot, Snapshot, load_working, published_of
from .rows import Style
from .styles import RowStyles, merged

__all__ = ["History", "Publication", "build_history", "publications", "published_editions"]


@frozen
class Publication:
    """
    One publication of a document: the commit (``None`` for the working tree), its
    公表日 and the module snapshot.
    """

    commit: str | None
    published: date
    snapshot: Snapshot


@frozen
class History:
    """
    The computed part of a document's 変更箇所 table.

    Attributes:
        publications: Every publication found, oldest first.
        outcomes: For each publication after the first, its rows and ``--check`` problems.
        warnings: Commits that could not be loaded (skipped), in Japanese.
    """

    publications: tuple[Publication, ...]
    outcomes: tuple[Outcome, ...]
    warnings: tuple[str, ...]

    def rows(self) -> list[ChangeRow]:
        """
        The computed rows, publication by publication.
        """
        return [row for outcome in self.outcomes for row in outcome.rows]


def _dated_commits(
    loader: RevisionLoader, module: str, form: str, warnings: list[str] | None
) -> Iterator[Publication]:
    """
    Every commit that changed ``module`` and has a 公表日 on the document of ``form``,
    oldest first, loaded (a commit that cannot be loaded is skipped with a warning).
    """
    for commit in git.commits_of_file(loader.repo, module):
        try:
            snapshot = loader.snapshot_at(
                commit.sha, commit.path, label=f"{commit.sha[:12]}:{commit.path}"
            )
        except RevisionError as error:
            if warnings is not None:
                warnings.append(
                    f"コミット {commit.sha[:12]} を読み込めないため飛ばしました: {error}"
                )
            continue
        slot = snapshot.slot(form)
        if slot is not None and slot.published is not None:
            yield Publication(commit.sha, slot.published, snapshot)


def publications(
    loader: RevisionLoader,
    module: str,
    form: str,
    *,
    working: Snapshot | None = None,
    warnings: list[str] | None = None,
) -> list[Publication]:
    """
    The publications of the document of ``form`` in ``module`` (a repository path),
    oldest first; ``working`` (the working tree) is the last one if its 公表日 is new.
    """
    found: list[Publication] = []
    previous: date | None = None
    for dated in _dated_commits(loader, module, form, warnings):
        if dated.published != previous:
            found.append(dated)
            previous = dated.published
    if working is not None:
        slot = working.slot(form)
        if slot is not None and slot.published is not None and slot.published != previous:
            found.append(Publication(None, slot.published, working))
    return found


def published_editions(
    loader: RevisionLoader, module: str, form: str, *, warnings: list[str] | None = None
) -> list[Publication]:
    """
    Each publication of the document of ``form`` in ``module`` as it was published,
    oldest first.  The commits with the same 公表日 form a run (from the commit that set
    the date to the one before the next date); the publication is the last **tagged**
    commit of the run (docs: tag each 公表), else the run's last commit, so review fixes
    committed after the date was set belong to it.  Loads the module at every commit that
    changed it (runs its code as it was then).
    """
    tagged = git.tagged_commits(loader.repo)
    runs: list[list[Publication]] = []
    for edition in _dated_commits(loader, module, form, warnings):
        if runs and runs[-1][-1].published == edition.published:
            runs[-1].append(edition)
        else:
            runs.append([edition])
    return [next((e for e in reversed(run) if e.commit in tagged), run[-1]) for run in runs]


def build_history(
    path: Path,
    document: Any,
    repo_root: Path | None = None,
    *,
    style: Style | None = None,
    revisions: Sequence[Revision] | None = None,
    styles: RowStyles | None = None,
    cache: RevisionCache | None = None,
) -> History:
    """
    The publications of ``path`` and the rows and problems of each (see :func:`history_rows`).
    """
    repo = repo_root or git.toplevel(path)
    module = git.relative(repo, path)
    form = code_of(type(document))
    loaded = load_working(path) if revisions is None and path.is_file() else None
    if revisions is None:
        revisions = loaded.revisions if loaded is not None else ()
    if styles is None and loaded is not None:
        styles = loaded.styles
    if style is None:
        style = (styles.table if styles else None) or "long"
    working = Snapshot(
        label=str(path),
        key=None,
        slots=(Slot(form=form, published=published_of(document), obj=document),),
        revisions=tuple(revisions),
    )
    warnings: list[str] = []
    with RevisionLoader(repo, cache or RevisionCache.for_repo(repo)) as loader:
        found = publications(loader, module, form, working=working, warnings=warnings)
        outcomes = []
        for older, newer in pairwise(found):
            declared = find_revision(revisions, newer.published, form) or find_revision(
                newer.snapshot.revisions, newer.published, form
            )
            shaped = merged(
                styles if styles is not None else newer.snapshot.styles,
                declared.rows if declared else None,
            )
            changes = changes_for(
                older.snapshot, newer.snapshot, form=form, cache=loader.cache, styles=shaped
            )
            outcomes.append(apply(changes, on=newer.published, revision=declared, style=style))
    return History(tuple(found), tuple(outcomes), tuple(warnings))
