"""
Per-form tables of the attribute renames of schema 2 (one vocabulary for the three forms,
``docs/glossary.md``; the list is ``docs/renames.md``): :data:`RENAMES` maps a form name to
its (old path, new path) pairs, one module a form.

A pair's paths are dotted paths in a snapshot's document data; the pairs apply in order,
so a path below a renamed part is written with the part's new name, and ``*`` stands for
every member of a repeated group (``s2.files.*.name``).  :func:`renamed` gives the current path of an old one, for
the messages about a declaration (``reasons``, ``provenance``, ``known_gaps``,
``row_styles``) still written with an old name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ...forms.registry import Form
from . import juten, kiso, zenkomoku

__all__ = ["RENAMES", "renamed", "renamed_hint"]

#: Form name -> (old path, new path) pairs, in the order they apply.
RENAMES: Mapping[str, tuple[tuple[str, str], ...]] = {
    Form.JUTEN: juten.RENAMES,
    Form.KISO: kiso.RENAMES,
    Form.ZENKOMOKU: zenkomoku.RENAMES,
}

#: One step of a declared path: an attribute, or a member key ``[pension]``.
_STEP = re.compile(r"\[[^\]]*\]|[^.\[\]]+")


def _steps(path: str) -> list[str]:
    return _STEP.findall(path)


def _join(steps: Iterable[str]) -> str:
    return "".join(s if s.startswith("[") or not i else f".{s}" for i, s in enumerate(steps))


def _apply(steps: list[str], old: str, new: str) -> list[str]:
    """
    ``steps`` with the prefix ``old`` replaced by ``new`` (``*`` matches a member key).
    """
    pattern, replacement = old.split("."), new.split(".")
    if len(steps) < len(pattern):
        return steps
    keys = []
    for step, want in zip(steps, pattern, strict=False):
        if want == "*":
            if not step.startswith("["):
                return steps
            keys.append(step)
        elif step != want:
            return steps
    filled = [keys.pop(0) if part == "*" else part for part in replacement]
    return filled + steps[len(pattern) :]


def renamed(path: str, forms: Iterable[str] = RENAMES) -> str | None:
    """
    The current path of ``path`` written with the names before schema 2
    (``s1.affairs.name`` → ``s1.affair.name``), trying the tables of ``forms``; ``None``
    when no rename applies.  A ``form:`` prefix (``zenkomoku:s2…``) picks the form.
    """
    prefix, _, bare = path.rpartition(":")
    chosen = [prefix] if prefix in RENAMES else list(forms)
    for form in chosen:
        steps = _steps(bare)
        for old, new in RENAMES[form]:
            steps = _apply(steps, old, new)
        if _join(steps) != bare:
            return f"{prefix}:{_join(steps)}" if prefix else _join(steps)
    return None


def renamed_hint(path: str, forms: Iterable[str] = RENAMES) -> str:
    """
    「項目名が変わりました」 for a declared path written with a name before schema 2, or ``""``.
    """
    found = renamed(path, forms)
    if found is None:
        return ""
    return f" 項目名が変わりました（docs/renames.md）: 「{path}」は「{found}」です。"
