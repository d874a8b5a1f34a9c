"""
The official forms as typed attrs classes.

* :class:`FocusedAssessment` — 特定個人情報保護評価書（重点項目評価書）
* :class:`FullAssessment` — 特定個人情報保護評価書（全項目評価書）
* :class:`BasicAssessment` — 特定個人情報保護評価書（基礎項目評価書）

Each form package (``juten``, ``kiso``, ``zenkomoku``: some 30–65 attrs classes each) is
imported when first used, so that a module of one form does not build the others'
classes; :data:`pia_dsl.roots.ROOTS` imports all three when it is read.
"""

from __future__ import annotations

from ..roots import FORM_PACKAGES, ROOTS
from .common import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer

__all__ = ["ChangeRow", "Provision", "RiskMeasure", "System", "Timing", "Transfer", "register_form"]


def register_form(root: type) -> type:
    """
    Make a root class known to :func:`pia_dsl.io.load` under its ``FORM`` name.
    """
    ROOTS[root.FORM] = root  # type: ignore[attr-defined]
    return root


def __getattr__(name: str) -> object:
    """
    ``pia_dsl.forms.juten`` (``kiso``, ``zenkomoku``) without importing it first.
    """
    if f"{__name__}.{name}" in FORM_PACKAGES:
        from importlib import import_module

        return import_module(f"{__name__}.{name}")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
