"""
Renames of the 基礎項目評価書 model (issue 14, ``docs/glossary.md``): old dotted path →
new dotted path in a snapshot's document data (schema 1 → 2).

Class renames (``Affair`` → ``BasicAffair`` …) change no snapshot data and are listed in
``docs/renames.md`` only.
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
