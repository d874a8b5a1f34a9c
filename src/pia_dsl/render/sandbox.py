"""
The Jinja environment of every template: sandboxed, strict, escaping, and bounded.

A Word template is data received from others (a vendor, another municipality), so its
tags must never run code or read files, and a hostile one must end with a message, not
hang or exhaust memory.  :class:`Sandbox` is Jinja's :class:`ImmutableSandboxedEnvironment`
(no ``_``-attributes, no mutation of lists and dicts, ``range`` of at most 100,000) with
``StrictUndefined`` and autoescaping, and in addition:

* refused when the template is compiled (so ``pia template-check`` reports them without
  running anything): attributes and keys starting with ``_`` (``cycler.__init__``,
  ``lipsum.__globals__``), ``{% include %}`` / ``{% import %}`` / ``{% from %}`` /
  ``{% extends %}`` (a template is one file), macros that call themselves (directly or
  through other macros), and constant expressions over the limits (``'x' * 10**9``);
* refused while rendering: values computed by the template (``*``, ``**``, ``%``, ``+``,
  filters, method calls) of more than :data:`RESULT_LIMIT` characters or items, width
  arguments above it, and more than :data:`STEP_LIMIT` loop iterations and calls in one
  render (nested loops over ``range``).

Every refusal is a :class:`TemplateLimitError` (or :class:`UnsafeTemplateError` at compile
time) with a Japanese message; :mod:`.engine` adds the file and the tag.
"""

from __future__ import annotations

import contextvars
import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment

__all__ = [
    "RESULT_LIMIT",
    "STEP_LIMIT",
    "Sandbox",
    "TemplateLimitError",
    "UnsafeTemplateError",
    "check_loops",
    "check_macros",
    "steps",
]

#: The largest string or list (characters or items) a template may compute.
RESULT_LIMIT = 10_000_000
#: Loop iterations plus calls in one render.
STEP_LIMIT = 1_000_000
#: A number of 8 digits or more in a format string (``'%999999999s'``): a width bomb.
_WIDE = re.compile(r"\{[^{}]*:[^{}]*\d{8,}|%[-+ #0]*\d{8,}|%[^a-zA-Z%]*\.\d{8,}")
_STEP_FILTER = "_pia_steps"
#: Methods whose integer arguments are widths: the result grows with them.
_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})
_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "*": operator.mul,
    "**": operator.pow,
    "%": operator.mod,
    "+": operator.add,
    "-": operator.sub,
    "/": operator.truediv,
    "//": operator.floordiv,
}


class TemplateLimitError(jinja2.TemplateRuntimeError):
    """
    The template computed too much (its message says what, in Japanese).
    """


class UnsafeTemplateError(jinja2.TemplateSyntaxError):
    """
    The template uses something a template may not use (found when compiling).
    """


class _Steps:
    """
    The steps left in the current render.
    """

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self, count: int = 1) -> None:
        self.left -= count
        if self.left < 0:
            msg = f"ループの繰り返しと呼び出しが多すぎます（1 回の描画で {STEP_LIMIT:,} 回まで）"
            raise TemplateLimitError(msg)


_STEPS: contextvars.ContextVar[_Steps] = contextvars.ContextVar("pia_steps")


class steps:
    """
    ``with steps():`` — a fresh step budget for one render.
    """

    def __enter__(self) -> None:
        self._token = _STEPS.set(_Steps(STEP_LIMIT))

    def __exit__(self, *exc: object) -> None:
        _STEPS.reset(self._token)


def _spend(count: int = 1) -> None:
    budget = _STEPS.get(None)
    if budget is not None:
        budget.spend(count)


def _too_large(what: str) -> TemplateLimitError:
    return TemplateLimitError(
        f"テンプレートが大きすぎる値を作ろうとしています（{what}、{RESULT_LIMIT:,} 文字・要素まで）"
    )


def _check_arguments(args: Iterable[Any]) -> None:
    """
    Refuse width and count arguments over the limit (``center(10**9)``).
    """
    for value in args:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > RESULT_LIMIT:
            raise _too_large(f"数値 {value if value < 10**12 else '10^12 超'}")


def _check_format(text: Any) -> None:
    """
    Refuse a format string with a width or precision of 8 digits or more.
    """
    if isinstance(text, str) and _WIDE.search(text):
        raise _too_large("書式の幅")


def _check_result(value: Any) -> Any:
    if isinstance(value, (str, bytes, list, tuple)) and len(value) > RESULT_LIMIT:
        raise _too_large(f"長さ {len(value):,}")
    return value


def _length(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


def check_binop(operator: str, left: Any, right: Any) -> None:
    """
    Refuse ``left operator right`` when its result would be over the limits, before
    computing it.
    """
    if operator == "**":
        if isinstance(right, int) and not isinstance(right, bool) and right > 64:
            raise _too_large(f"累乗 ** {right}")
        return
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            size = _length(seq)
            if size is not None and isinstance(count, int) and size * count > RESULT_LIMIT:
                raise _too_large(f"繰り返し × {count:,}")
        return
    if operator == "%":
        _check_format(left)
    if operator == "+":
        first, second = _length(left), _length(right)
        if first is not None and second is not None and first + second > RESULT_LIMIT:
            raise _too_large("連結")


def _guarded(function: Callable[..., Any]) -> Callable[..., Any]:
    """
    A filter that refuses huge width arguments and huge results.
    """

    value = 2 if hasattr(function, "jinja_pass_arg") else 1  # the filtered value's position
    checks_format = function.__name__ == "do_format"

    @functools.wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args[value:])
        _check_arguments(kwargs.values())
        if checks_format and len(args) >= value:
            _check_format(args[value - 1])
        _spend()
        return _check_result(function(*args, **kwargs))

    return guarded


def _count(iterable: Any) -> Iterator[Any]:
    for item in iterable:
        _spend()
        yield item


def _constant(node: nodes.Node) -> Any:
    """
    The value of a constant expression (``'x' * 10**9``), checked against the limits
    before each operation; :class:`jinja2.nodes.Impossible` when it is not constant.
    """
    if isinstance(node, nodes.Const):
        return node.value
    if isinstance(node, nodes.BinExpr):
        left, right = _constant(node.left), _constant(node.right)
        check_binop(node.operator, left, right)
        try:
            return _BINOPS[node.operator](left, right)
        except Exception as error:
            raise nodes.Impossible from error
    raise nodes.Impossible


def _dotted(node: nodes.Node) -> str:
    """
    ``cycler.__init__.__globals__`` for the attribute chain ``node`` (for messages).
    """
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_dotted(node.node)}[{node.arg.value!r}]"
    return "…"


class _Generator(CodeGenerator):
    """
    Jinja's code generator, refusing what a template may not use and counting loop
    iterations.
    """

    def refuse(self, message: str, lineno: int) -> Any:
        raise UnsafeTemplateError(message, lineno, self.name, self.filename)

    def _private(self, name: str, node: nodes.Node) -> None:
        if name.startswith("_"):
            self.refuse(
                f"安全でない属性 `{_dotted(node)}` を参照しています（`_` で始まる属性は使えません）",
                node.lineno,
            )

    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        self._private(node.attr, node)
        super().visit_Getattr(node, frame)

    def visit_Getitem(self, node: nodes.Getitem, frame: Frame) -> None:
        if isinstance(node.arg, nodes.Const) and isinstance(node.arg.value, str):
            self._private(node.arg.value, node)
        super().visit_Getitem(node, frame)

    def visit_Filter(self, node: nodes.Filter, frame: Frame) -> None:
        if node.name == "attr":
            if not all(isinstance(arg, nodes.Const) for arg in node.args):
                self.refuse(
                    "attr フィルターの属性名は文字列で直接書いてください（計算した名前は使えません）",
                    node.lineno,
                )
            for arg in node.args:
                if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                    attribute = nodes.Getattr(node.node, arg.value, "load", lineno=node.lineno)
                    self._private(arg.value, attribute)
        super().visit_Filter(node, frame)

    def _constant_limits(self, node: nodes.BinExpr) -> None:
        """
        Refuse a constant expression over the limits, and a repetition by a constant
        count over them whatever is repeated (``title * 10**8``).
        """
        try:
            _constant(node)
        except nodes.Impossible:
            pass
        except TemplateLimitError as error:
            self.refuse(error.message or "", node.lineno)
        if node.operator != "*":
            return
        for side in (node.left, node.right):
            try:
                count = _constant(side)
            except (nodes.Impossible, TemplateLimitError):
                continue
            if isinstance(count, int) and count > RESULT_LIMIT:
                self.refuse(_too_large(f"繰り返し × {count:,}").message or "", node.lineno)

    def visit_Mul(self, node: nodes.BinExpr, frame: Frame) -> None:
        self._constant_limits(node)
        super().visit_Mul(node, frame)

    def visit_Pow(self, node: nodes.BinExpr, frame: Frame) -> None:
        self._constant_limits(node)
        super().visit_Pow(node, frame)

    def visit_Mod(self, node: nodes.BinExpr, frame: Frame) -> None:
        self._constant_limits(node)
        super().visit_Mod(node, frame)

    def _no_other_files(self, node: nodes.Node, tag: str) -> None:
        self.refuse(
            f"{{% {tag} %}} は使えません（テンプレートは 1 つのファイルで完結させてください。"
            "他のテンプレートの読み込み include・import・from・extends はできません）",
            node.lineno,
        )

    def visit_Include(self, node: nodes.Include, frame: Frame) -> None:
        self._no_other_files(node, "include")

    def visit_Import(self, node: nodes.Import, frame: Frame) -> None:
        self._no_other_files(node, "import")

    def visit_FromImport(self, node: nodes.FromImport, frame: Frame) -> None:
        self._no_other_files(node, "from … import")

    def visit_Extends(self, node: nodes.Extends, frame: Frame) -> None:
        self._no_other_files(node, "extends")


def _called(node: nodes.Node) -> Iterator[nodes.Name]:
    for call in node.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name):
            yield call.node


def check_macros(template: nodes.Template) -> None:
    """
    Refuse a macro that calls itself, directly or through other macros (a recursion that
    would end only at Python's stack limit).
    """
    macros = {macro.name: macro for macro in template.find_all(nodes.Macro)}
    calls = {
        name: {call.name for call in _called(macro) if call.name in macros}
        for name, macro in macros.items()
    }

    def reaches(start: str) -> bool:
        seen: set[str] = set()
        todo = list(calls[start])
        while todo:
            name = todo.pop()
            if name == start:
                return True
            if name not in seen:
                seen.add(name)
                todo.extend(calls[name])
        return False

    for name, macro in macros.items():
        if reaches(name):
            msg = f"マクロ {name} が自分自身を呼び出しています（再帰するマクロは使えません）"
            raise UnsafeTemplateError(msg, macro.lineno)


def _range_size(node: nodes.Node) -> int:
    """
    The number of items of ``range(…)`` with constant arguments (1 when not known).
    """
    if not (
        isinstance(node, nodes.Call)
        and isinstance(node.node, nodes.Name)
        and node.node.name == "range"
        and not node.kwargs
    ):
        return 1
    try:
        arguments = [_constant(argument) for argument in node.args]
        return len(range(*arguments))
    except (nodes.Impossible, TemplateLimitError, TypeError, ValueError):
        return 1


def check_loops(node: nodes.Node, outer: int = 1) -> None:
    """
    Refuse loops over constant ranges nested beyond :data:`STEP_LIMIT` iterations
    (``{% for i in range(100000) %}{% for j in range(100000) %}``).
    """
    for child in node.iter_child_nodes():
        count = outer
        if isinstance(child, nodes.For):
            count = outer * _range_size(child.iter)
            if count > STEP_LIMIT:
                msg = f"入れ子のループの繰り返しが多すぎます（{count:,} 回、1 回の描画で {STEP_LIMIT:,} 回まで）"
                raise UnsafeTemplateError(msg, child.lineno)
        check_loops(child, count)


class Sandbox(ImmutableSandboxedEnvironment):
    """
    The environment of every template (see the module docstring).
    """

    code_generator_class = _Generator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, undefined: type[jinja2.Undefined] = jinja2.StrictUndefined) -> None:
        super().__init__(undefined=undefined, autoescape=True)
        self.filters = {name: _guarded(f) for name, f in self.filters.items()}
        self.filters[_STEP_FILTER] = _count

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        check_binop(operator, left, right)
        return _check_result(super().call_binop(context, operator, left, right))

    def call(
        __self,
        __context: Any,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _spend()
        method = getattr(__obj, "__wrapped__", __obj)
        name = getattr(method, "__name__", "")
        if name in _WIDTH_METHODS:
            _check_arguments(args)
            _check_arguments(kwargs.values())
        if name in {"format", "format_map"}:
            _check_format(getattr(method, "__self__", None))
        return _check_result(super().call(__context, __obj, *args, **kwargs))

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        """
        Every template parsed: recursive macros refused, loops counted.
        """
        tree = super()._parse(source, name, filename)
        check_macros(tree)
        check_loops(tree)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(
                loop.iter, _STEP_FILTER, [], [], None, None, lineno=loop.lineno
            )
        return tree
