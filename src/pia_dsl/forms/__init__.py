"""
The official forms as typed attrs classes.

* :class:`FocusedAssessment` — 特定個人情報保護評価書（重点項目評価書）
* :class:`FullAssessment` — 特定個人情報保護評価書（全項目評価書）
* :class:`BasicAssessment` — 特定個人情報保護評価書（基礎項目評価書）
"""

from __future__ import annotations

from ..roots import ROOTS
from .common import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer

__all__ = ["ChangeRow", "Provision", "RiskMeasure", "System", "Timing", "Transfer", "register_form"]


def register_form(root: type) -> type:
    """
    Make a root class known to :func:`pia_dsl.io.load` under its ``FORM`` name.
    """
    ROOTS[root.FORM] = root  # type: ignore[attr-defined]
    return root


# The form packages register their root classes with pia_dsl.io on import.
from . import juten as juten  # noqa: E402
from . import kiso as kiso  # noqa: E402
from . import zenkomoku as zenkomoku  # noqa: E402
