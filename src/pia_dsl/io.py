"""
Serialization at the edge: canonical JSON and YAML, with cattrs.

The canonical tree is plain data: field names as keys in form order, choices as their
official option text, checkbox groups as ``{option text: slot text}``, dates in 和暦,
repeated groups as lists of members (each with its ``key``).  The root carries
``"form": "kiso" | "juten" | "zenkomoku"``.

Unknown keys and wrong values are rejected with the path and the official label.
"""

from __future__ import annotations

import json
import re
import types
import typing
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
import yaml
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from cattrs.v import format_exception

from .errors import InvalidAssessmentError
from .meta import item_of
from .options import Checks
from .wareki import UNDECIDED, Undecided, format_wareki, parse_wareki

__all__ = ["Format", "dump", "load", "make_converter", "to_data"]

Format = Literal["json", "yaml"]

#: Root classes by their ``form`` name; filled by :mod:`pia_dsl.forms`.
ROOTS: dict[str, type] = {}


def _is_date_union(tp: Any) -> bool:
    if tp is date:
        return True
    return get_origin(tp) in {typing.Union, types.UnionType} and date in get_args(tp)


def _is_checks(tp: Any) -> bool:
    return tp is Checks or get_origin(tp) is Checks


def make_converter() -> cattrs.Converter:
    """
    A converter for the form model: strict (unknown keys rejected), official texts as values.
    """
    converter = cattrs.Converter(forbid_extra_keys=True)

    converter.register_unstructure_hook(date, format_wareki)

    def structure_date(value: Any, tp: Any) -> Any:
        args = get_args(tp) or (tp,)
        if value is None and type(None) in args:
            return None
        if isinstance(value, date) and date in args:
            return value
        if not isinstance(value, str):
            msg = f"和暦の日付の文字列が必要です: {value!r}"
            raise ValueError(msg)
        return parse_wareki(value, allow_undecided=Undecided in args)

    converter.register_structure_hook_func(_is_date_union, structure_date)

    def unstructure_checks(value: Checks[Any]) -> dict[str, str]:
        return {option.value: text for option, text in value.entries}

    def structure_checks(value: Any, tp: Any) -> Checks[Any]:
        (option_type,) = get_args(tp)
        if not isinstance(value, dict):
            msg = f"チェック項目は {{選択肢: 記入内容}} の形で書いてください: {value!r}"
            raise ValueError(msg)
        entries = []
        for text, slot in value.items():
            try:
                option = option_type(text)
            except ValueError:
                allowed = "、".join(f"「{o.value}」" for o in option_type)
                msg = f"「{text}」は選択肢にありません（選択肢: {allowed}）"
                raise ValueError(msg) from None
            if not isinstance(slot, str):
                msg = f"「{text}」の記入内容は文字列にしてください: {slot!r}"
                raise ValueError(msg)
            entries.append((option, slot))
        return Checks(tuple(entries))

    converter.register_unstructure_hook_func(_is_checks, unstructure_checks)
    converter.register_structure_hook_func(_is_checks, structure_checks)

    def structure_enum(value: Any, tp: type[Enum]) -> Enum:
        try:
            return tp(value)
        except ValueError:
            allowed = "、".join(f"「{o.value}」" for o in tp)
            msg = f"「{value}」は選択肢にありません（選択肢: {allowed}）"
            raise ValueError(msg) from None

    converter.register_structure_hook_func(
        lambda tp: isinstance(tp, type) and issubclass(tp, Enum) and tp is not Undecided,
        structure_enum,
    )
    converter.register_unstructure_hook(Undecided, lambda _: UNDECIDED.value)
    return converter


CONVERTER = make_converter()


def to_data(assessment: Any) -> dict[str, Any]:
    """
    The canonical plain-data tree of an assessment (what JSON and YAML hold).
    """
    data: dict[str, Any] = CONVERTER.unstructure(assessment)
    form = getattr(type(assessment), "FORM", None)
    return {"form": form, **data} if form else data


def dump(assessment: Any, fmt: Format = "json") -> str:
    """
    Canonical JSON or YAML text of an assessment; the same model always gives the same text.
    """
    data = to_data(assessment)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10**9)


def load(text: str, fmt: Format = "json", *, source: str = "<input>") -> Any:
    """
    Structure JSON or YAML text into an assessment, rejecting unknown keys and wrong values.
    """
    try:
        data = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as error:
        msg = f"{source}: {fmt.upper()} として読めません: {error}"
        raise InvalidAssessmentError(msg) from None
    if not isinstance(data, dict):
        msg = f"{source}: 評価書はオブジェクト（キーと値の組）で書いてください。"
        raise InvalidAssessmentError(msg)
    form = data.pop("form", None)
    root = ROOTS.get(str(form))
    if root is None:
        known = "、".join(sorted(ROOTS))
        msg = f'{source}: "form" には {known} のいずれかを指定してください（{form!r}）。'
        raise InvalidAssessmentError(msg)
    try:
        return CONVERTER.structure(data, root)
    except (ClassValidationError, ForbiddenExtraKeysError, ValueError, TypeError) as error:
        problems = _describe(error, root)
        msg = f"{source}: 評価書の内容が様式に合いません:\n" + "\n".join(f"  {p}" for p in problems)
        raise InvalidAssessmentError(msg) from None


def load_path(path: Path) -> Any:
    """
    Load a ``.json``, ``.yaml`` or ``.yml`` file.
    """
    fmt: Format = "json" if path.suffix == ".json" else "yaml"
    return load(path.read_text(encoding="utf-8"), fmt, source=str(path))


_STEP = re.compile(r"\.(\w+)|\[(\d+|'[^']*')\]")


def _describe(error: BaseException, root: type) -> list[str]:
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
    return format_exception(exc, tp)


def _with_label(line: str, root: type) -> str:
    message, _, path = line.rpartition(" @ ")
    label = official_label(root, path)
    message = message.replace("extra fields found", "様式にないキーがあります").replace(
        "required field missing", "必須の項目がありません"
    )
    return f"{path}（{label}）: {message}" if label else f"{path}: {message}"


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
