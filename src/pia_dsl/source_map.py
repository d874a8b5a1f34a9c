"""
Where a field is written in an assessment module: the line for ``pia check`` messages.

The module's source is parsed (never executed here); starting from ``assessment`` (or
each element of ``documents``), keyword arguments are followed along the attribute path
(``s2.files[main].usage.departments``), through module-level names and into tuples by
the members' ``key=`` values.  The deepest node found gives the line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

__all__ = ["locate"]

_STEP = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


def _definitions(tree: ast.Module) -> dict[str, ast.expr]:
    found: dict[str, ast.expr] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            found[node.targets[0].id] = node.value
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
        ):
            found[node.target.id] = node.value
    return found


def _deref(node: ast.expr, names: dict[str, ast.expr]) -> ast.expr:
    seen = 0
    while isinstance(node, ast.Name) and node.id in names and seen < 20:
        node = names[node.id]
        seen += 1
    return node


def _keyword(node: ast.expr, name: str) -> ast.expr | None:
    if isinstance(node, ast.Call):
        for keyword in node.keywords:
            if keyword.arg == name:
                return keyword.value
    return None


def _member(node: ast.expr, key: str, names: dict[str, ast.expr]) -> ast.expr | None:
    if not isinstance(node, ast.Tuple | ast.List):
        return None
    for element in node.elts:
        target = _deref(element, names)
        value = _keyword(target, "key")
        if isinstance(value, ast.Constant) and value.value == key:
            return target
    return None


def _resolve(
    start: ast.expr, steps: list[tuple[str, str]], names: dict[str, ast.expr]
) -> tuple[int, int]:
    """
    (depth reached, line) for a path from ``start``.
    """
    node = _deref(start, names)
    line = node.lineno
    depth = 0
    for attribute, key in steps:
        found = _keyword(node, attribute) if attribute else _member(node, key, names)
        if found is None:
            line = node.lineno  # the deepest object that was found (its definition)
            break
        line = found.lineno  # the keyword's own line, for the leaf
        node = _deref(found, names)
        depth += 1
    return depth, line


def locate(path: Path, dotted: str) -> int | None:
    """
    The line of ``path`` where the field at ``dotted`` is written, or ``None``.
    """
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError):
        return None
    names = _definitions(tree)
    steps = [(a, k) for a, k in _STEP.findall(dotted)]
    starts: list[ast.expr] = []
    if "assessment" in names:
        starts.append(names["assessment"])
    documents = names.get("documents")
    if isinstance(documents, ast.Tuple | ast.List):
        starts.extend(documents.elts)
    if not starts:
        return None
    best = max((_resolve(s, steps, names) for s in starts), key=lambda found: found[0])
    return best[1]
