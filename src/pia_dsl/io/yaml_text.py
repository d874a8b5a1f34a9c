"""
YAML text of the canonical tree (PyYAML, loaded only for YAML): canonical output (YAML
line break characters quoted) and strict input (duplicate keys, aliases, tags, merge
keys and keys that are not text rejected; syntax errors in Japanese with the line).
JSON is read and written without PyYAML (:mod:`.text`).
"""

from __future__ import annotations

from typing import Any

import yaml

from ..errors import InvalidAssessmentError
from .text import MAX_DIGITS, duplicate_key, too_many_digits

__all__ = ["format_yaml", "parse_yaml"]


def format_yaml(data: Any) -> str:
    """
    Canonical YAML text of a plain-data tree.
    """
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)


def parse_yaml(text: str, *, source: str) -> Any:
    """
    The plain data of YAML text; a syntax error or what pia refuses is an
    :class:`InvalidAssessmentError` naming ``source`` and the line.
    """
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as error:
        raise InvalidAssessmentError(_yaml_problem(error, source)) from None


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
    The same key twice in one YAML mapping: the parser would silently keep the last value,
    and the first would be lost.
    """


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
                problem=str(too_many_digits(digits)), problem_mark=node.start_mark
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
                raise DuplicateKeyError(
                    problem=duplicate_key(key), problem_mark=key_node.start_mark
                )
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
