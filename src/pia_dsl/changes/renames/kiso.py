"""
The attribute renames of the 基礎項目評価書 in schema 2 (``docs/glossary.md``, ``docs/renames.md``).

Each pair is (old path, new path) in a snapshot's document data, applied in order: a path
below a renamed part is written with the part's new name.  ``*`` stands for every member
of a repeated group.  Class renames (``Affair`` → ``BasicAffair`` …) change no snapshot
data; ``docs/renames.md`` lists them.
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
