"""
Which context variables a template uses, found without running it.

``pia template-check`` must not execute anything of a template it inspects, so instead
of rendering, :func:`check_template` prepares the template exactly as a render does
(:func:`.prepared.prepare`: the package checks, the sandbox's refusals, compilation — so
everything a render would refuse before filling is reported) and then walks the parsed
tags: ``{% for section in sections %}`` binds ``section`` to ``sections[]``, so
``{{ section.heding }}`` is the unknown ``sections[].heding``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import nodes

from .prepared import prepare

__all__ = ["check_template", "context_kinds"]

_DICT, _LIST, _LEAF = "dict", "list", "leaf"
#: Names every template has (Jinja's globals and the loop/macro helpers).
_BUILTINS = frozenset(
    {
        "range",
        "dict",
        "lipsum",
        "cycler",
        "joiner",
        "namespace",
        "loop",
        "caller",
        "varargs",
        "kwargs",
        "self",
    }
)


def context_kinds(
    value: Any, path: str = "", kinds: dict[str, str] | None = None
) -> dict[str, str]:
    """
    Every path of a context (``cover.title``, ``sections[].rows[].label``) and what is
    there: a dict, a list or a leaf value.
    """
    found = {} if kinds is None else kinds
    if isinstance(value, dict):
        if path:
            found[path] = _DICT
        for key, inner in value.items():
            context_kinds(inner, f"{path}.{key}" if path else str(key), found)
    elif isinstance(value, list):
        found[path] = _LIST
        for inner in value:
            context_kinds(inner, f"{path}[]", found)
    elif path and path not in found:
        found[path] = _LEAF
    return found


class _Usage:
    """
    A walk over a parsed template recording known (used) and unknown context paths.
    """

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds
        self.seen: set[str] = set()
        self.unknown: set[str] = set()

    def _known(self, path: str) -> str:
        self.seen.add(path)
        return path

    def _member(self, base: str | None, name: str) -> str | None:
        if base is None or self.kinds.get(base) != _DICT:
            return None  # a local value, or a method of a string or list
        path = f"{base}.{name}"
        if path in self.kinds:
            return self._known(path)
        if not hasattr(dict, name):
            self.unknown.add(path)
        return None

    def expr(self, node: nodes.Node, scope: dict[str, str | None]) -> str | None:
        """
        The context path ``node`` stands for (``None``: not a context value).
        """
        if isinstance(node, nodes.Name):
            if node.name in scope:
                local = scope[node.name]
                return None if local is None else self._known(local)
            if node.name in self.kinds:
                return self._known(node.name)
            if node.name not in _BUILTINS:
                self.unknown.add(node.name)
            return None
        if isinstance(node, nodes.Getattr):
            return self._member(self.expr(node.node, scope), node.attr)
        if isinstance(node, nodes.Getitem):
            base = self.expr(node.node, scope)
            if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
                return self._member(base, node.arg.value)
            self.expr(node.arg, scope)
            return f"{base}[]" if base is not None and self.kinds.get(base) == _LIST else None
        if isinstance(node, nodes.Filter) and node.name == "_pia_steps" and node.node is not None:
            return self.expr(node.node, scope)
        for child in node.iter_child_nodes():
            self.visit(child, scope)
        return None

    def _bind(self, target: nodes.Node, path: str | None, scope: dict[str, str | None]) -> None:
        for name in target.find_all(nodes.Name) if not isinstance(target, nodes.Name) else [target]:
            scope[name.name] = path if isinstance(target, nodes.Name) else None

    def visit(self, node: nodes.Node, scope: dict[str, str | None]) -> None:
        if isinstance(node, nodes.Expr):
            self.expr(node, scope)
        elif isinstance(node, nodes.For):
            iterated = self.expr(node.iter, scope)
            inner = dict(scope)
            element = f"{iterated}[]" if iterated and self.kinds.get(iterated) == _LIST else None
            self._bind(node.target, element, inner)
            for child in (*node.body, *([node.test] if node.test else [])):
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
        elif isinstance(node, nodes.Assign):
            self._bind(node.target, self.expr(node.node, scope), scope)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                self._bind(target, self.expr(value, scope), inner)
            for child in node.body:
                self.visit(child, inner)
        elif isinstance(node, (nodes.Macro, nodes.CallBlock)):
            inner = dict(scope)
            for argument in node.args:
                self._bind(argument, None, inner)
            for child in node.iter_child_nodes(exclude=("args",)):
                self.visit(child, inner)
        else:
            for child in node.iter_child_nodes():
                self.visit(child, scope)


def check_template(path: Path, context: dict[str, Any]) -> tuple[list[str], list[str]]:
    """
    The template ``path`` checked against ``context`` (never rendered) and
    ``(unknown, missing)``: the tags it uses that the context does not have
    (``row.lable``), and the context variables it never uses
    (``sections[].rows[].options``).  A template that a render would refuse raises the
    same :class:`~pia_dsl.errors.TemplateError`.
    """
    kinds = context_kinds(context)
    usage = _Usage(kinds)
    for part in prepare(path).templated():
        scope: dict[str, str | None] = {
            macro.name: None for macro in part.tree.find_all(nodes.Macro)
        }
        usage.visit(part.tree, scope)
    missing = {
        key
        for key in kinds
        if not key.endswith("[]")
        and key not in usage.seen
        and not any(s.startswith(f"{key}.") or s.startswith(f"{key}[]") for s in usage.seen)
    }
    return sorted(usage.unknown), sorted(missing)
