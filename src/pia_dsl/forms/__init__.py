"""
The official forms as typed attrs classes, one package each; :mod:`.registry` lists them.

* :class:`~.juten.FocusedAssessment` — 特定個人情報保護評価書（重点項目評価書）
* :class:`~.zenkomoku.FullAssessment` — 特定個人情報保護評価書（全項目評価書）
* :class:`~.kiso.BasicAssessment` — 特定個人情報保護評価書（基礎項目評価書）

Importing this package imports no form (the registry imports each when asked for); the
parts the forms share are imported from :mod:`.common` on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common import ChangeRow, Provision, RiskMeasure, System, Timing, Transfer

__all__ = ["ChangeRow", "Provision", "RiskMeasure", "System", "Timing", "Transfer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module(".common", __name__), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
