"""
変更箇所 from git: compare two revisions of an assessment and produce the rows of the
(別添) 変更箇所 table.

* :func:`diff_documents` — two documents → :class:`~pia_dsl.forms.common.ChangeRow` rows.
* :func:`history_rows` — the whole table of a document (carried rows + each snapshot's rows
  + the draft's rows), from data only (:mod:`pia_dsl.changes.table`).
* :func:`build_history` — the publications found in git history (``pia publish --backfill``;
  runs the module's code at past revisions).
* :class:`Revision` / :class:`Override` — declared reasons and 提出時期 overrides, written
  as a module-level ``revisions`` in the assessment module.
* :class:`RevisionLoader` — an assessment as it was at a tag, branch or commit.
"""

from __future__ import annotations

from ..lazy import lazy_package

#: ``typing.TYPE_CHECKING`` without importing :mod:`typing`.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .compare import compare, diff_documents
    from .declarations import Override, Revision
    from .diff import raw_deepdiff
    from .history import build_history
    from .revision import RevisionLoader, Snapshot, load_working
    from .rows import Change, Style
    from .styles import Group, RowStyle, RowStyles
    from .table import history_rows

#: The public names, each imported on first use (``pia render`` reads the table's modules
#: only; the differ, the git history and serialisation load when used):
#: name -> (module, attribute).
_LAZY = {
    "Change": (".rows", "Change"),
    "Group": (".styles", "Group"),
    "Override": (".declarations", "Override"),
    "Revision": (".declarations", "Revision"),
    "RevisionLoader": (".revision", "RevisionLoader"),
    "RowStyle": (".styles", "RowStyle"),
    "RowStyles": (".styles", "RowStyles"),
    "Snapshot": (".revision", "Snapshot"),
    "Style": (".rows", "Style"),
    "build_history": (".history", "build_history"),
    "compare": (".compare", "compare"),
    "diff_documents": (".compare", "diff_documents"),
    "history_rows": (".table", "history_rows"),
    "load_working": (".revision", "load_working"),
    "raw_deepdiff": (".diff", "raw_deepdiff"),
}

__all__ = [
    "Change",
    "Group",
    "Override",
    "Revision",
    "RevisionLoader",
    "RowStyle",
    "RowStyles",
    "Snapshot",
    "Style",
    "build_history",
    "compare",
    "diff_documents",
    "history_rows",
    "load_working",
    "raw_deepdiff",
]


__getattr__ = lazy_package(__name__, _LAZY)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
