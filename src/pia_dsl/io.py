"""
Serialization at the edge: canonical JSON and YAML, with cattrs.

The canonical tree is plain data: field names as keys in form order, choices as their
official option text, checkbox groups as ``{option text: slot text}``, dates in 和暦,
repeated groups as lists of members (each with its ``key``).  The root carries
``"form": "kiso" | "juten" | "zenkomoku"``.

Unknown keys and wrong values are rejected with the path and the official label.
"""

from __future__ import annotations

import difflib
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
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
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
    _register_strict_shapes(converter)

    converter.register_unstructure_hook(date, format_wareki)

    def structure_date(value: Any, tp: Any) -> Any:
        args = get_args(tp) or (tp,)
        if value is None and type(None) in args:
            return None
        if isinstance(value, date) and date in args:
            return value
        if not isinstance(value, str):
            msg = f"和暦の日付の文字列（例: 令和7年7月18日）で書いてください（書かれているのは {shape(value)}）"
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


def shape(value: Any) -> str:
    """
    A JSON/YAML value in words, for messages: 「数値 123」, 「リスト」, 「null」.
    """
    if value is None:
        return "null（空）"
    if isinstance(value, bool):
        return f"真偽値 {str(value).lower()}"
    if isinstance(value, int | float):
        return f"数値 {value}"
    if isinstance(value, str):
        return f"文字列「{value if len(value) <= 40 else value[:39] + '…'}」"
    if isinstance(value, dict):
        return "オブジェクト（{キー: 値}）"
    if isinstance(value, list):
        return "リスト（[…]）"
    return type(value).__name__


def _is_homogeneous_tuple(tp: Any) -> bool:
    args: tuple[Any, ...] = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _register_strict_shapes(converter: cattrs.Converter) -> None:
    """
    Reject values of the wrong shape instead of converting them: cattrs would turn
    ``123`` into ``"123"``, ``"false"`` into ``True`` and iterate over an object where a
    list belongs ("unknown error").
    """

    def structure_str(value: Any, _: Any) -> str:
        if isinstance(value, str):
            return value
        hint = (
            '（数字だけの文字列は "123" のように引用符で囲みます）'
            if isinstance(value, int | float) and not isinstance(value, bool)
            else ""
        )
        msg = f"文字列で書いてください（書かれているのは {shape(value)}）{hint}"
        raise ValueError(msg)

    def structure_bool(value: Any, _: Any) -> bool:
        if isinstance(value, bool):
            return value
        msg = f"true か false で書いてください（書かれているのは {shape(value)}）"
        raise ValueError(msg)

    def structure_int(value: Any, _: Any) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        msg = f"整数で書いてください（書かれているのは {shape(value)}）"
        raise ValueError(msg)

    converter.register_structure_hook(str, structure_str)
    converter.register_structure_hook(bool, structure_bool)
    converter.register_structure_hook(int, structure_int)

    def object_hook(tp: Any) -> Any:
        inner = make_dict_structure_fn(tp, converter)

        def structure(value: Any, cls: Any) -> Any:
            if not isinstance(value, dict):
                msg = f"{{キー: 値}} の形で書いてください（書かれているのは {shape(value)}）"
                raise ValueError(msg)
            return inner(value, cls)

        return structure

    def tuple_hook(tp: Any) -> Any:
        element = get_args(tp)[0]

        def structure(value: Any, cls: Any) -> tuple[Any, ...]:
            if not isinstance(value, list):
                msg = f"リスト（[…]）で書いてください（書かれているのは {shape(value)}）"
                raise ValueError(msg)
            results: list[Any] = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    results.append(converter.structure(item, element))
                except Exception as error:
                    note = IterableValidationNote(
                        f"Structuring {cls} @ index {index}", index, element
                    )
                    error.__notes__ = [*getattr(error, "__notes__", []), note]
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"While structuring {cls!r}", errors, cls)
            return tuple(results)

        return structure

    converter.register_structure_hook_factory(
        lambda tp: attrs.has(tp) and not _is_checks(tp), object_hook
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, tuple_hook)


CONVERTER = make_converter()


def to_data(assessment: Any) -> dict[str, Any]:
    """
    The canonical plain-data tree of an assessment (what JSON and YAML hold).

    A value of the wrong type (``name=123``; a ``System`` where a tuple belongs) has no
    canonical form: :class:`InvalidAssessmentError` names the items.
    """
    from .validate.types import type_findings

    wrong = type_findings(assessment)
    if wrong:
        lines = "\n".join(f"  {f.item}: {f.message}" for f in wrong)
        msg = f"様式に合わない値があるため書き出せません（`pia check` で確認できます）:\n{lines}"
        raise InvalidAssessmentError(msg)
    data: dict[str, Any] = CONVERTER.unstructure(assessment)
    form = getattr(type(assessment), "FORM", None)
    return {"form": form, **data} if form else data


def dump(assessment: Any, fmt: Format = "json") -> str:
    """
    Canonical JSON or YAML text of an assessment; the same model always gives the same text.
    """
    data = to_data(assessment)
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        # A lone surrogate (which ``pia check`` rejects) stays an escape, so that the text
        # can still be written as UTF-8 and read back as it was.
        return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)


#: Lone surrogates: only inside JSON strings, where ``\\udXXX`` is their escape.
_SURROGATE = re.compile("[\ud800-\udfff]")

#: Characters that YAML reads as line breaks inside a quoted or plain scalar.
_YAML_BREAKS = frozenset("\x85\u2028\u2029")


class _Dumper(yaml.SafeDumper):
    """
    The safe dumper, writing strings with a YAML line break character (NEL, U+2028,
    U+2029) double-quoted, where they are escapes (``\\N``): PyYAML would otherwise
    write them raw in a single-quoted scalar and read them back folded to a space.
    """


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = '"' if any(c in _YAML_BREAKS for c in text) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)


def load(text: str, fmt: Format = "json", *, source: str = "<input>") -> Any:
    """
    Structure JSON or YAML text into an assessment, rejecting unknown keys and wrong values.
    """
    try:
        data = (
            json.loads(text, object_pairs_hook=_unique_object)
            if fmt == "json"
            else yaml.load(text, Loader=_Loader)
        )
    except json.JSONDecodeError as error:
        msg = f"{source}:{error.lineno}: JSON の構文エラーです（{error.lineno}行目 {error.colno}文字目）: {_json_problem(error.msg)}"
        raise InvalidAssessmentError(msg) from None
    except DuplicateKeyError as error:
        mark = error.problem_mark
        where = f"{source}:{mark.line + 1}" if mark else source
        msg = f"{where}: {error.problem}"
        raise InvalidAssessmentError(msg) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{source}:{mark.line + 1}" if mark else source
        at = f"（{mark.line + 1}行目 {mark.column + 1}文字目）" if mark else ""
        msg = f"{where}: YAML の構文エラーです{at}: インデント・括弧・引用符・「:」の後の空白を確認してください"
        raise InvalidAssessmentError(msg) from None
    except yaml.YAMLError:
        msg = f"{source}: YAML として読めません。"
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


class DuplicateKeyError(yaml.MarkedYAMLError):
    """
    The same key twice in one JSON object or YAML mapping: the parsers would silently keep
    the last value, and the first would be lost.
    """


def _duplicate(key: Any) -> str:
    return f"キー「{key}」が同じ階層に2回書かれています。どちらか一方にしてください。"


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise DuplicateKeyError(problem=_duplicate(key))
        found[key] = value
    return found


class _Loader(yaml.SafeLoader):
    """
    The safe loader, rejecting duplicate keys.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str | int) and key in seen:
                raise DuplicateKeyError(problem=_duplicate(key), problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


#: The messages of :mod:`json`, in Japanese.
_JSON_PROBLEMS = (
    ("Expecting ',' delimiter", "「,」が必要です（前の値との区切り）"),
    ("Expecting ':' delimiter", "キーの後に「:」が必要です"),
    (
        "Expecting property name enclosed in double quotes",
        'キーは "…" で囲んでください（最後の値の後の「,」は書けません）',
    ),
    ("Expecting value", "値がありません"),
    ("Unterminated string", '文字列が " で閉じられていません'),
    ("Invalid control character", "文字列の中の改行・タブは \\n・\\t と書いてください"),
    ("Invalid \\escape", "「\\」の後の文字がエスケープとして正しくありません"),
    ("Extra data", "評価書の後に余分な内容があります"),
)


def _json_problem(message: str) -> str:
    for english, japanese in _JSON_PROBLEMS:
        if message.startswith(english):
            return japanese
    return "括弧・引用符・カンマを確認してください"


def load_path(path: Path) -> Any:
    """
    Load a ``.json``, ``.yaml`` or ``.yml`` file.
    """
    fmt: Format = "json" if path.suffix == ".json" else "yaml"
    try:
        # utf-8-sig: a byte order mark (as some Windows editors write) is not content.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        msg = f"{path}: ファイルが UTF-8 ではありません（{error.start + 1} バイト目）。Shift_JIS などで保存されていませんか。UTF-8 で保存してください。"
        raise InvalidAssessmentError(msg) from None
    except OSError as error:
        msg = f"{path}: ファイルを読めません（{error.strerror}）。"
        raise InvalidAssessmentError(msg) from None
    return load(text, fmt, source=str(path))


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
