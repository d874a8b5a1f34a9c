"""
The attribute renames of the 基礎項目評価書 in schema 2 (``docs/glossary.md``, ``docs/renames.md``).

Each pair is (old path, new path) in a snapshot's document data, applied in order: a path
below a renamed part is written with the part's new name.  ``*`` stands for every member
of a repeated group.
"""

from __future__ import annotations

__all__ = ["RENAMES"]

RENAMES: tuple[tuple[str, str], ...] = ()
