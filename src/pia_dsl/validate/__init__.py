"""
Validation of an assessment against the form's own rules.

>>> findings = validate(assessment)
>>> [f for f in findings if f.severity is Severity.ERROR]
"""

from __future__ import annotations

from typing import Any

from . import generic as _generic  # noqa: F401 - registers the generic rules
from .findings import Finding, Severity, finding
from .registry import rule, rules_for

__all__ = ["Finding", "Severity", "finding", "rule", "validate"]


def validate(assessment: Any) -> list[Finding]:
    """
    Every finding of every rule that applies to ``assessment``, in rule order.
    """
    return [f for check in rules_for(type(assessment)) for f in check(assessment)]
