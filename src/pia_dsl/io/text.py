"""
JSON and YAML text of the canonical tree: canonical output (surrogates escaped, YAML line
break characters quoted) and strict input (duplicate keys rejected, syntax errors in
Japanese with the line).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from ..errors import InvalidAssessmentError
from . import Format

__all__ = ["MAX_DIGITS", "Format", "escape_surrogates", "format_text", "parse_text"]


def format_text(data: Any, fmt: Format) -> str:
    """
    Canonical JSON or YAML text of a plain-data tree.
    """
    if fmt == "json":
        return escape_surrogates(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)


#: Lone surrogates: only inside JSON strings, where ``\\udXXX`` is their escape.
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """
    ``text`` (JSON, or a Python string literal) with each lone surrogate as its escape
    ``\\udXXX``: ``pia check`` rejects them, but the text can still be written as UTF-8
    and read back as it was.
    """
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


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


def parse_text(text: str, fmt: Format, *, source: str) -> Any:
    """
    The plain data of JSON or YAML text; a syntax error or a duplicate key is an
    :class:`InvalidAssessmentError` naming ``source`` and the line.
    """
    try:
        return (
            json.loads(text, object_pairs_hook=_unique_object, parse_int=_json_int)
            if fmt == "json"
            else yaml.load(text, Loader=_Loader)
        )
    except RecursionError:
        msg = f"{source}: 入れ子（括弧・字下げの段）が深すぎて読めません。評価書の入れ子はせいぜい十数段です。ファイルの内容を確認してください。"
        raise InvalidAssessmentError(msg) from None
    except TooManyDigitsError as error:
        found = re.search(rf"\d{{{MAX_DIGITS + 1},}}", text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        where = f"{source}:{line}" if line else source
        msg = f"{where}: {error}"
        raise InvalidAssessmentError(msg) from None
    except json.JSONDecodeError as error:
        msg = f"{source}:{error.lineno}: JSON の構文エラーです（{error.lineno}行目 {error.colno}文字目）: {_json_problem(error.msg)}"
        raise InvalidAssessmentError(msg) from None
    except yaml.YAMLError as error:  # a duplicate key in JSON too (no mark)
        raise InvalidAssessmentError(_yaml_problem(error, source)) from None


def _yaml_problem(error: yaml.YAMLError, source: str) -> str:
    """
    A YAML error in words, with the line: what pia refuses (a duplicate key, a feature
    it does not read) as such, anything else as a syntax error.
    """
    if not isinstance(error, yaml.MarkedYAMLError):
        return f"{source}: YAML として読めません。"
    mark = error.problem_mark or error.context_mark
    where = f"{source}:{mark.line + 1}" if mark else source
    if isinstance(error, RefusedError):
        return f"{where}: {error.problem}"
    at = f"（{mark.line + 1}行目 {mark.column + 1}文字目）" if mark else ""
    return f"{where}: YAML の構文エラーです{at}: インデント・括弧・引用符・「:」の後の空白を確認してください"


#: The most digits of an integer (Python's own limit of int-from-text conversion).
MAX_DIGITS = 4300


class TooManyDigitsError(ValueError):
    """
    An integer with more digits than :data:`MAX_DIGITS`.
    """


def _too_many_digits(digits: str) -> TooManyDigitsError:
    return TooManyDigitsError(
        f'数値の桁数が多すぎます（{len(digits.lstrip("+-"))} 桁）。{MAX_DIGITS:,} 桁までにしてください（番号などは "…" で囲んで文字列にします）。'
    )


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _too_many_digits(digits)
    return int(digits)


class RefusedError(yaml.MarkedYAMLError):
    """
    Input that pia refuses, with its own message (``problem``) and mark.
    """


class UnsupportedYAMLError(RefusedError):
    """
    A YAML feature that an assessment file does not use (aliases, merge keys, keys that
    are not text): said as such, not as a syntax error.
    """


class DuplicateKeyError(RefusedError):
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
    The safe loader, rejecting duplicate keys and what an assessment file does not use:
    tags, aliases, merge keys, keys that are not text, integers of too many digits.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            msg = f"YAML のエイリアス（*{event.anchor}）は使えません。同じ内容もそれぞれの場所に書いてください。"
            raise UnsupportedYAMLError(problem=msg, problem_mark=mark)
        tag = getattr(event, "tag", None)
        if tag is not None:
            # Explicit tags (!!python/object, !!int, !custom) are not read: values only.
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            msg = f"YAML のタグ「{shown}」は使えません（タグ・型の指定は読み込みません）。値だけを書いてください。"
            raise UnsupportedYAMLError(problem=msg, problem_mark=mark)
        return super().compose_node(parent, index)

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        digits = str(node.value).replace("_", "")
        if len(digits.lstrip("+-")) > MAX_DIGITS:
            raise UnsupportedYAMLError(
                problem=str(_too_many_digits(digits)), problem_mark=node.start_mark
            )
        value: int = super().construct_yaml_int(node)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                msg = "YAML のマージキー（<<）は使えません。項目を1つずつ書いてください。"
                raise UnsupportedYAMLError(problem=msg, problem_mark=key_node.start_mark)
            if not isinstance(key_node, yaml.ScalarNode):
                msg = "YAML の複合キー（? で始まるキー、リストやオブジェクトのキー）は使えません。キーは文字列で書いてください。"
                raise UnsupportedYAMLError(problem=msg, problem_mark=key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                msg = f'キー「{key_node.value}」は文字列ではありません（{_key_kind(key)}）。キーは文字列で書いてください（"{key_node.value}" のように引用符で囲みます）。'
                raise UnsupportedYAMLError(problem=msg, problem_mark=key_node.start_mark)
            if key in seen:
                raise DuplicateKeyError(problem=_duplicate(key), problem_mark=key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


def _key_kind(key: Any) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "真偽値"
    if isinstance(key, int | float):
        return "数値"
    return type(key).__name__


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
