"""
JSON and YAML text of the canonical tree: canonical output (surrogates escaped, YAML line
break characters quoted) and strict input (duplicate keys rejected, syntax errors in
Japanese with the line).
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

import yaml

from ..errors import InvalidAssessmentError

__all__ = ["Format", "format_text", "parse_text"]

Format = Literal["json", "yaml"]


def format_text(data: Any, fmt: Format) -> str:
    """
    Canonical JSON or YAML text of a plain-data tree.
    """
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


def parse_text(text: str, fmt: Format, *, source: str) -> Any:
    """
    The plain data of JSON or YAML text; a syntax error or a duplicate key is an
    :class:`InvalidAssessmentError` naming ``source`` and the line.
    """
    try:
        return (
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
