"""
The rule registry: generic rules apply to every form; form rules to one root class.

A rule is a function ``(assessment) -> Iterable[Finding]``.  Register form rules with
``@rule(FocusedAssessment)`` in the module next to the form model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from .findings import Finding

__all__ = ["FORM_RULES", "GENERIC_RULES", "Rule", "rule", "rules_for"]

Rule = Callable[[Any], Iterable[Finding]]
R = TypeVar("R", bound=Rule)

GENERIC_RULES: list[Rule] = []
FORM_RULES: dict[type, list[Rule]] = {}


def rule(*roots: type) -> Callable[[R], R]:
    """
    Register a rule for the given root classes (none: a generic rule for every form).
    """

    def register(function: R) -> R:
        if not roots:
            GENERIC_RULES.append(function)
        for root in roots:
            FORM_RULES.setdefault(root, []).append(function)
        return function

    return register


def rules_for(root: type) -> list[Rule]:
    """
    Every rule that applies to an assessment of class ``root``.
    """
    own = [r for cls in root.__mro__ for r in FORM_RULES.get(cls, [])]
    return [*GENERIC_RULES, *own]
