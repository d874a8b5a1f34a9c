"""
Per-form tables of the attribute renames of schema 2 (one vocabulary for the three forms,
``docs/glossary.md``): :data:`RENAMES` maps a form name to its (old path, new path) pairs.
"""

from __future__ import annotations

from collections.abc import Mapping

from . import juten, kiso, zenkomoku

__all__ = ["RENAMES"]

#: Form name -> (old path, new path) pairs, in the order they apply.
RENAMES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "juten": juten.RENAMES,
    "kiso": kiso.RENAMES,
    "zenkomoku": zenkomoku.RENAMES,
}
