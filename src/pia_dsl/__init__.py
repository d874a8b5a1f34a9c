"""
pia_dsl — 特定個人情報保護評価書 as code.

Assessments are typed Python modules; pia_dsl validates them against the form's rules,
renders the official Word forms and computes the 変更箇所 from git.
"""

from __future__ import annotations

from importlib.metadata import version

from .errors import PiaError
from .forms import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer
from .io import dump, load
from .meta import Item
from .options import Checks, checks
from .validate import Finding, Severity, validate
from .walk import Entry, walk
from .wareki import UNDECIDED, format_wareki, parse_wareki, wareki

__version__ = version("pia-dsl")

__all__ = [
    "UNDECIDED",
    "ChangeRow",
    "Checks",
    "Entry",
    "Finding",
    "Item",
    "PiaError",
    "Provision",
    "RiskMeasure",
    "Severity",
    "System",
    "Timing",
    "Transfer",
    "__version__",
    "checks",
    "dump",
    "format_wareki",
    "load",
    "parse_wareki",
    "validate",
    "walk",
    "wareki",
]
