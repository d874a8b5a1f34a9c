"""
Consistency rules of the 全項目評価書 (form-zenkomoku.md §3 and §7).

Each rule names the official item it is about and says in Japanese what to do.  Items
that a switch empties are left to the generic rules (``switch-empties``); these rules
check what the generic ones cannot see: agreement between sections and between files.
"""

from __future__ import annotations

from ...common_rules import DASHES, PERSON_BANDS, is_blank
from . import figures, files, flows, items
from ._base import ALLOWED_THRESHOLD_RESULTS, PUBLIC_COMMENT_DAYS, TARGET_BANDS

__all__ = [
    "ALLOWED_THRESHOLD_RESULTS",
    "DASHES",
    "PERSON_BANDS",
    "PUBLIC_COMMENT_DAYS",
    "TARGET_BANDS",
    "figures",
    "files",
    "flows",
    "is_blank",
    "items",
]
