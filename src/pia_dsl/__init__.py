"""
pia_dsl — 特定個人情報保護評価書 as code.

Assessments are typed Python modules; pia_dsl validates them against the form's rules,
renders the official Word forms and computes the 変更箇所 from git.

The three forms are :class:`BasicAssessment` (基礎項目評価書), :class:`FocusedAssessment`
(重点項目評価書) and :class:`FullAssessment` (全項目評価書).  :class:`Consignment` is the
重点項目評価書's 委託事項; the 全項目評価書's, with more items, is :class:`FullConsignment`.
The renderer and the differ (which load docxtpl and deepdiff) are imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

from .affair import BasicAnswers, basic_from, validate_documents
from .errors import PiaError
from .forms import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer
from .forms.juten import Consignment, FocusedAssessment
from .forms.kiso import BasicAssessment
from .forms.zenkomoku import Consignment as FullConsignment
from .forms.zenkomoku import FullAssessment
from .io import dump, load
from .meta import Item
from .options import Checks, checks
from .thresholds import threshold
from .validate import Finding, Severity, validate
from .walk import Entry, walk
from .wareki import UNDECIDED, format_wareki, parse_wareki, wareki

if TYPE_CHECKING:
    from .changes import Override, Revision, diff_documents, history_rows
    from .render.docx import render_docx

__version__ = version("pia-dsl")

#: Names imported on first use: (module, attribute).
_LAZY = {
    "Override": (".changes", "Override"),
    "Revision": (".changes", "Revision"),
    "diff_documents": (".changes", "diff_documents"),
    "history_rows": (".changes", "history_rows"),
    "render_docx": (".render.docx", "render_docx"),
}

__all__ = [
    "UNDECIDED",
    "BasicAnswers",
    "BasicAssessment",
    "ChangeRow",
    "Checks",
    "Consignment",
    "Entry",
    "Finding",
    "FocusedAssessment",
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


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module, attribute = _LAZY[name]
        value = getattr(import_module(module, __name__), attribute)
        globals()[name] = value
        return value
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
