"""
Structuring errors of cattrs in words: each line names the JSON path, the official item
(``$.s2.files[0].name（Ⅱ 特定個人情報ファイル名）``) and what is wrong, in Japanese.
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
            _with_suggestion(key, _class_at(root, path)) for key in extra[1].split(", ")
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


def _class_at(root: type, path: str) -> Any:
    """
    The attrs class at a cattrs error path (``$.s1.systems[0]`` → ``System``).
    """
    current: Any = root
    for name, _index in _STEP.findall(path):
        if not name:
            continue
        if not (isinstance(current, type) and attrs.has(current)):
            return None
        fields = {f.name: f for f in attrs.fields(attrs.resolve_types(current))}
        if name not in fields:
            return None
        current = _inner_class(fields[name].type)
    return current


def official_label(root: type, path: str) -> str:
    """
    The official item path for a cattrs error path such as ``$.s2.files[0].name``.
    """
    current: Any = root
    parts: list[str] = []
    for name, _index in _STEP.findall(path):
        if not name:
            continue
        if not (isinstance(current, type) and attrs.has(current)):
            break
        fields = {f.name: f for f in attrs.fields(attrs.resolve_types(current))}
        if name not in fields:
            break
        field = fields[name]
        meta = item_of(field.metadata)
        if meta is not None:
            parts.append(meta.heading)
        current = _inner_class(field.type)
    return " ".join(p for p in parts if p)


def _inner_class(tp: Any) -> Any:
    if isinstance(tp, type) and attrs.has(tp):
        return tp
    for arg in get_args(tp):
        found = _inner_class(arg)
        if found is not None:
            return found
    return None
