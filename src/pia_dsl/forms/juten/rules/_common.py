"""
Helpers shared by the rule modules.
"""

from __future__ import annotations

from ....walk import Entry, walk
from .. import FocusedAssessment

__all__ = ["BLANK_MARKS", "entries_of", "is_blank"]

#: What authors write for "nothing to state" in a text cell.
BLANK_MARKS = frozenset({"", "-", "－", "‐", "ー", "―"})


def is_blank(text: str) -> bool:
    """
    Whether a text cell says nothing: empty, or only 「-」 (the form's convention).
    """
    return text.strip() in BLANK_MARKS


def entries_of(assessment: FocusedAssessment) -> dict[str, Entry]:
    """
    The walker's entries of an assessment by attribute path (``s2.consignment.consigning``).
    """
    return {e.dotted: e for e in walk(assessment)}
