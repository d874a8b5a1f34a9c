"""
The 基礎項目評価書's renames of schema 2, in the format of :mod:`pia_dsl.changes.renames`
(class renames change no snapshot data; ``docs/renames.md`` lists them).
"""

from __future__ import annotations

__all__ = ["RENAMES"]

RENAMES: tuple[tuple[str, str], ...] = (
    ("s1.affair.systems", "s1.affair.system_names"),
    ("s2.persons", "s2.target_count"),
    ("s3.result", "s3.threshold"),
    ("s4.usage", "s4.use"),
    ("s4.audit.done", "s4.audit.status"),
    ("s4.training.effort", "s4.training.status"),
)
