"""
pia_dsl — 特定個人情報保護評価書 as code.

Assessments are typed Python modules; pia_dsl validates them against the form's rules,
renders the official Word forms and computes the 変更箇所 from git.

The three forms are :class:`BasicAssessment` (基礎項目評価書), :class:`FocusedAssessment`
(重点項目評価書) and :class:`FullAssessment` (全項目評価書); :class:`Form` lists them.
:class:`FocusedConsignment` is the
重点項目評価書's 委託事項; the 全項目評価書's, with more items, is :class:`FullConsignment`
(``docs/glossary.md``: a part printed on several forms with different structures takes the
form's prefix).
Every public name is imported on first use (``import pia_dsl`` itself loads nothing
else), so the forms, the renderer (docxtpl) and the differ (deepdiff) load only when used.
"""

from __future__ import annotations

from .lazy import lazy_package

#: ``typing.TYPE_CHECKING`` without importing :mod:`typing` (mypy reads it the same way).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .affair import BasicAnswers, basic_from, validate_documents
    from .changes import Override, Revision, diff_documents, history_rows
    from .errors import PiaError
    from .forms import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer
    from .forms.juten import FocusedAssessment, FocusedConsignment
    from .forms.kiso import BasicAssessment
    from .forms.registry import Form
    from .forms.zenkomoku import FullAssessment, FullConsignment
    from .io import dump, load
    from .meta import Item
    from .options import Checks, checks
    from .render.docx import render_docx
    from .thresholds import threshold
    from .validate import Finding, Severity, validate
    from .walk import Entry, walk
    from .wareki import UNDECIDED, format_wareki, parse_wareki, wareki

    __version__: str

#: The public names, each imported on first use (``import pia_dsl`` loads nothing else,
#: so that ``pia --help`` starts fast): name -> (module, attribute).
_LAZY = {
    "UNDECIDED": (".wareki", "UNDECIDED"),
    "BasicAnswers": (".affair", "BasicAnswers"),
    "BasicAssessment": (".forms.kiso", "BasicAssessment"),
    "ChangeRow": (".forms", "ChangeRow"),
    "Checks": (".options", "Checks"),
    "Entry": (".walk", "Entry"),
    "Finding": (".validate", "Finding"),
    "Form": (".forms.registry", "Form"),
    "FocusedAssessment": (".forms.juten", "FocusedAssessment"),
    "FocusedConsignment": (".forms.juten", "FocusedConsignment"),
    "FullAssessment": (".forms.zenkomoku", "FullAssessment"),
    "FullConsignment": (".forms.zenkomoku", "FullConsignment"),
    "Item": (".meta", "Item"),
    "Override": (".changes", "Override"),
    "PiaError": (".errors", "PiaError"),
    "Provision": (".forms", "Provision"),
    "Revision": (".changes", "Revision"),
    "RiskMeasure": (".forms", "RiskMeasure"),
    "Severity": (".validate", "Severity"),
    "System": (".forms", "System"),
    "Timing": (".forms", "Timing"),
    "Transfer": (".forms", "Transfer"),
    "basic_from": (".affair", "basic_from"),
    "checks": (".options", "checks"),
    "diff_documents": (".changes", "diff_documents"),
    "dump": (".io", "dump"),
    "format_wareki": (".wareki", "format_wareki"),
    "history_rows": (".changes", "history_rows"),
    "load": (".io", "load"),
    "parse_wareki": (".wareki", "parse_wareki"),
    "render_docx": (".render.docx", "render_docx"),
    "threshold": (".thresholds", "threshold"),
    "validate": (".validate", "validate"),
    "validate_documents": (".affair", "validate_documents"),
    "walk": (".walk", "walk"),
    "wareki": (".wareki", "wareki"),
}

__all__ = [
    "UNDECIDED",
    "BasicAnswers",
    "BasicAssessment",
    "ChangeRow",
    "Checks",
    "Entry",
    "Finding",
    "FocusedAssessment",
    "FocusedConsignment",
    "Form",
    "FullAssessment",
    "FullConsignment",
    "Item",
    "Override",
    "PiaError",
    "Provision",
    "Revision",
    "RiskMeasure",
    "Severity",
    "System",
    "Timing",
    "Transfer",
    "__version__",
    "basic_from",
    "checks",
    "diff_documents",
    "dump",
    "format_wareki",
    "history_rows",
    "load",
    "parse_wareki",
    "render_docx",
    "threshold",
    "validate",
    "validate_documents",
    "walk",
    "wareki",
]


_lazy_attribute = lazy_package(__name__, _LAZY)


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        globals()[name] = found = version("pia-dsl")
        return found
    return _lazy_attribute(name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
