"""
Where a field is written in an assessment module: the line for ``pia check`` messages.

The module's source is parsed once (never executed here) into a :class:`SourceMap`;
starting from ``assessment`` (or each element of ``documents``), keyword arguments are
followed along the attribute path (``s2.files[main].usage.departments``), through
module-level names and into tuples by the members' ``key=`` values.  The deepest node
found gives the line.  Each lookup costs the length of its path (members are indexed by
key once per tuple), so ``pia check`` stays linear in the size of the document.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

__all__ = ["SourceMap", "locate", "parse_module"]

_STEP = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")

#: The trees of the last modules the loader parsed, by file name, with the bytes parsed.
_PARSED: dict[str, tuple[bytes, ast.Module]] = {}
_PARSED_SIZE = 4


def parse_module(source: bytes, filename: str) -> ast.Module:
    """
    The tree of a module's ``source`` (the loader compiles it), kept for
    :meth:`SourceMap.of` of the same unchanged file, so that ``pia check`` parses each
    module once.  Raises :class:`SyntaxError` like :func:`compile`.
    """
    tree = ast.parse(source, filename)
    _PARSED.pop(filename, None)
    _PARSED[filename] = (source, tree)
    while len(_PARSED) > _PARSED_SIZE:
        del _PARSED[next(iter(_PARSED))]
    return tree


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


def _keyword(node: ast.expr, name: str) -> ast.expr | None:
    if isinstance(node, ast.Call):
        for keyword in node.keywords:
            if keyword.arg == name:
                return keyword.value
    return None


class SourceMap:
    """
    The parsed source of one module, answering :meth:`line` for any number of fields.
    """

    def __init__(self, source: str | ast.Module) -> None:
        """
        ``source``: the module's text or its tree.  Raises :class:`SyntaxError` when the
        text does not parse.
        """
        tree = source if isinstance(source, ast.Module) else ast.parse(source)
        self._names = _definitions(tree)
        self._members: dict[int, dict[object, ast.expr]] = {}
        self._starts: list[ast.expr] = []
        if "assessment" in self._names:
            self._starts.append(self._names["assessment"])
        documents = self._names.get("documents")
        if isinstance(documents, ast.Tuple | ast.List):
            self._starts.extend(documents.elts)

    @classmethod
    def of(cls, path: Path) -> SourceMap | None:
        """
        The map of the module at ``path``, or ``None`` when it cannot be read or parsed.
        """
        try:
            data = path.read_bytes()
            text = data.decode("utf-8")
            parsed = _PARSED.get(str(path.resolve()))
            return cls(parsed[1] if parsed is not None and parsed[0] == data else text)
        except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
            return None

    def _deref(self, node: ast.expr) -> ast.expr:
        seen = 0
        while isinstance(node, ast.Name) and node.id in self._names and seen < 20:
            node = self._names[node.id]
            seen += 1
        return node

    def _member(self, node: ast.expr, key: str) -> ast.expr | None:
        if not isinstance(node, ast.Tuple | ast.List):
            return None
        index = self._members.get(id(node))
        if index is None:
            index = {}
            for element in node.elts:
                target = self._deref(element)
                value = _keyword(target, "key")
                if isinstance(value, ast.Constant):
                    index.setdefault(value.value, target)  # the first member with the key
            self._members[id(node)] = index
        return index.get(key)

    def _resolve(self, start: ast.expr, steps: list[tuple[str, str]]) -> tuple[int, int]:
        """
        (depth reached, line) for a path from ``start``.
        """
        node = self._deref(start)
        line = node.lineno
        depth = 0
        for attribute, key in steps:
            found = _keyword(node, attribute) if attribute else self._member(node, key)
            if found is None:
                line = node.lineno  # the deepest object that was found (its definition)
                break
            line = found.lineno  # the keyword's own line, for the leaf
            node = self._deref(found)
            depth += 1
        return depth, line

    def line(self, dotted: str) -> int | None:
        """
        The line where the field at ``dotted`` is written, or ``None``.
        """
        if not self._starts:
            return None
        steps = [(a, k) for a, k in _STEP.findall(dotted)]
        best = max((self._resolve(s, steps) for s in self._starts), key=lambda found: found[0])
        return best[1]


def locate(path: Path, dotted: str) -> int | None:
    """
    The line of ``path`` where the field at ``dotted`` is written, or ``None`` (one
    lookup; build a :class:`SourceMap` once for many).
    """
    found = SourceMap.of(path)
    return found.line(dotted) if found is not None else None
