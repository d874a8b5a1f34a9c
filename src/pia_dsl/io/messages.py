"""
Structuring errors of cattrs in words: each line names the JSON path, the official item
(``$.s2.files[0].file_name（Ⅱ 特定個人情報ファイル名）``) and what is wrong, in Japanese.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, get_args

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.v import format_exception

from ..meta import item_of

__all__ = ["describe", "official_label"]


_STEP = re.compile(r"\.(\w+)|\[(\d+|'[^']*')\]")


def describe(error: BaseException, root: type) -> list[str]:
    if isinstance(error, ClassValidationError | ForbiddenExtraKeysError):
        lines = cattrs.transform_error(error, path="$", format_exception=_format_exception)
    else:
        lines = [f"{error} @ $"]
    return [_with_label(line, root) for line in lines]


def _format_exception(exc: BaseException, tp: type | None) -> str:
    """
    Our own (Japanese) messages as they are; cattrs' wording for the rest.
    """
    if isinstance(exc, ValueError) and not isinstance(exc, ClassValidationError) and str(exc):
        return str(exc)
    if isinstance(exc, KeyError):
        return "必須の項目がありません"
    text = format_exception(exc, tp)
    if text.startswith("unknown error"):
        return f"値の形が様式に合いません（{type(exc).__name__}）"
    return text


def _with_label(line: str, root: type) -> str:
    message, _, path = line.rpartition(" @ ")
    label = official_label(root, path)
    message = message.replace("required field missing", "必須の項目がありません")
    extra = _EXTRA.match(message)
    if extra:
        message = "様式にないキーがあります: " + "、".join(
            _with_suggestion(key, _along(root, path)[1]) for key in extra[1].split(", ")
        )
    return f"{path}（{label}）: {message}" if label else f"{path}: {message}"


_EXTRA = re.compile(r"^extra fields found \((.*)\)$")


def _with_suggestion(key: str, cls: Any) -> str:
    """
    ``key``, with the field name it is probably a misspelling of: 「titel」（「title」の誤り？）.
    """
    if not (isinstance(cls, type) and attrs.has(cls)):
        return f"「{key}」"
    names = [f.name for f in attrs.fields(cls)]
    close = difflib.get_close_matches(key, names, n=1)
    return f"「{key}」（「{close[0]}」の書き間違いではありませんか）" if close else f"「{key}」"


def _along(root: type, path: str) -> tuple[list[attrs.Attribute[Any]], Any]:
    """
    The fields along a cattrs error path (``$.s1.systems[0].name``) and the attrs class
    the path ends at (``None`` when the path leaves the model).
    """
    current: Any = root
    passed: list[attrs.Attribute[Any]] = []
    for name, _index in _STEP.findall(path):
        if not name:
            continue
        if not (isinstance(current, type) and attrs.has(current)):
            return passed, None
        fields = attrs.fields_dict(attrs.resolve_types(current))
        if name not in fields:
            return passed, None
        passed.append(fields[name])
        current = _inner_class(fields[name].type)
    return passed, current


def official_label(root: type, path: str) -> str:
    """
    The official item path for a cattrs error path such as ``$.s2.files[0].file_name``.
    """
    passed, _ = _along(root, path)
    headings = (meta.heading for f in passed if (meta := item_of(f.metadata)) is not None)
    return " ".join(h for h in headings if h)


def _inner_class(tp: Any) -> Any:
    if isinstance(tp, type) and attrs.has(tp):
        return tp
    for arg in get_args(tp):
        found = _inner_class(arg)
        if found is not None:
            return found
    return None
