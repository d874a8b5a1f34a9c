"""
Which rules validate an assessment: the generic rules (:data:`.generic.RULES`, for every
form) and then the form's own (``RULES`` of its rules module, listed in the form
registry :mod:`pia_dsl.forms.registry`).

A rule is a function ``(assessment) -> Iterable[Finding]``.  Rules are listed, never
registered: a rule runs because a ``RULES`` tuple names it, whatever was imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .findings import Finding

__all__ = ["Rule", "rules_for"]

Rule = Callable[[Any], Iterable[Finding]]


def rules_for(root: type) -> tuple[Rule, ...]:
    """
    Every rule that applies to an assessment of class ``root``, in order: the generic
    rules, then those of its form (none for a class outside the form registry).
    """
    from ..forms.registry import Form
    from .generic import RULES

    form = Form.of(root)
    return RULES + (form.rules if form is not None else ())
