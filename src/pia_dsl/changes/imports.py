"""
Which files of ``assessments/`` a module may import, found statically.

:func:`import_closure` follows ``import`` statements (absolute and relative) from the
module through the tree of a revision, with the packages' ``__init__.py``; non-Python files
beside them count too (data a module may read).  The closure is what a revision's content
key covers and what is materialised to load it (:mod:`pia_dsl.changes.revision`), so a
file that is imported dynamically (``importlib``) is missing at that revision.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping
from pathlib import PurePosixPath

from .git import TreeEntry

__all__ = ["import_closure", "imported_modules"]


def imported_modules(source: bytes, package: str) -> list[str]:
    """
    The dotted names a module's ``import`` statements may load (``from a import b`` gives
    ``a`` and ``a.b``: ``b`` may be a submodule).  ``package`` resolves relative imports.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return []
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base_parts = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            if base:
                names.append(base)
            names.extend(f"{base}.{alias.name}" if base else alias.name for alias in node.names)
    return names


def _candidates(name: str, project: str) -> list[str]:
    parts = name.split(".")
    found = []
    for end in range(1, len(parts) + 1):
        stem = str(PurePosixPath(project, *parts[:end])) if project else "/".join(parts[:end])
        found += [f"{stem}/__init__.py", f"{stem}.py"]
    return found


def _package_of(path: str, project: str) -> str:
    relative = PurePosixPath(path).relative_to(project) if project else PurePosixPath(path)
    return ".".join(relative.parent.parts)


def import_closure(
    module: str,
    files: Mapping[str, TreeEntry],
    imports_of: Callable[[TreeEntry, str], list[str]],
    *,
    project: str,
) -> list[TreeEntry]:
    """
    The files a module may load: itself, the ``.py`` files it imports (recursively,
    with their packages' ``__init__.py``), and every non-Python file of the tree (data a
    module may read).  ``files`` is the tree (repository path → entry).
    """
    seen: set[str] = set()
    todo = [module]
    while todo:
        path = todo.pop()
        if path in seen or path not in files:
            continue
        seen.add(path)
        for name in imports_of(files[path], _package_of(path, project)):
            todo.extend(c for c in _candidates(name, project) if c in files and c not in seen)
    seen.update(p for p in files if not p.endswith((".py", ".pyc")) and "__pycache__" not in p)
    return [files[p] for p in sorted(seen)]
