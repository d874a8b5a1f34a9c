"""
Validation of an assessment against the form's own rules.

>>> findings = validate(assessment)
>>> [f for f in findings if f.severity is Severity.ERROR]
"""

from __future__ import annotations

from typing import Any

from .findings import Finding, Severity, finding
from .rules import rules_for
from .types import type_findings

__all__ = ["Finding", "Severity", "finding", "validate"]


def validate(assessment: Any) -> list[Finding]:
    """
    Every finding of every rule that applies to ``assessment``, in rule order.

    Values of the wrong type (a string where a choice belongs, …) come first.  The other
    rules rely on the types: when a value has the wrong type, a rule that fails on it is
    passed over, since the type finding already says what to fix.
    """
    wrong = type_findings(assessment)
    found: list[Finding] = []
    for check in rules_for(type(assessment)):
        try:
            found.extend(check(assessment))
        except Exception:
            if not wrong:
                raise
    return wrong + found
