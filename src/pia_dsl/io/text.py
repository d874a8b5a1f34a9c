"""
JSON and YAML text of the canonical tree: canonical output (surrogates escaped) and
strict input (duplicate keys rejected, syntax errors in Japanese with the line).  JSON —
snapshots and data files — is read and written with :mod:`json` alone; PyYAML loads only
for YAML (:mod:`.yaml_text`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import InvalidAssessmentError
from . import Format

__all__ = [
    "MAX_DIGITS",
    "Format",
    "duplicate_key",
    "escape_surrogates",
    "format_text",
    "parse_text",
    "too_many_digits",
]


def format_text(data: Any, fmt: Format) -> str:
    """
    Canonical JSON or YAML text of a plain-data tree.
    """
    if fmt == "json":
        return escape_surrogates(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    from .yaml_text import format_yaml  # PyYAML only for YAML

    return format_yaml(data)


#: Lone surrogates: only inside JSON strings, where ``\\udXXX`` is their escape.
_SURROGATE = re.compile("[\ud800-\udfff]")


def escape_surrogates(text: str) -> str:
    """
    ``text`` (JSON, or a Python string literal) with each lone surrogate as its escape
    ``\\udXXX``: ``pia check`` rejects them, but the text can still be written as UTF-8
    and read back as it was.
    """
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def parse_text(text: str, fmt: Format, *, source: str) -> Any:
    """
    The plain data of JSON or YAML text; a syntax error or a duplicate key is an
    :class:`InvalidAssessmentError` naming ``source`` and the line.
    """
    try:
        if fmt == "json":
            return _parse_json(text, source=source)
        from .yaml_text import parse_yaml  # PyYAML only for YAML

        return parse_yaml(text, source=source)
    except RecursionError:
        msg = f"{source}: 入れ子（括弧・字下げの段）が深すぎて読めません。評価書の入れ子はせいぜい十数段です。ファイルの内容を確認してください。"
        raise InvalidAssessmentError(msg) from None


def _parse_json(text: str, *, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_object, parse_int=_json_int)
    except TooManyDigitsError as error:
        found = re.search(rf"\d{{{MAX_DIGITS + 1},}}", text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        where = f"{source}:{line}" if line else source
        msg = f"{where}: {error}"
        raise InvalidAssessmentError(msg) from None
    except json.JSONDecodeError as error:
        msg = f"{source}:{error.lineno}: JSON の構文エラーです（{error.lineno}行目 {error.colno}文字目）: {_json_problem(error.msg)}"
        raise InvalidAssessmentError(msg) from None
    except _DuplicateKeyError as error:
        raise InvalidAssessmentError(f"{source}: {error}") from None


#: The most digits of an integer (Python's own limit of int-from-text conversion).
MAX_DIGITS = 4300


class TooManyDigitsError(ValueError):
    """
    An integer with more digits than :data:`MAX_DIGITS`.
    """


def too_many_digits(digits: str) -> TooManyDigitsError:
    """
    The error for an integer of too many ``digits`` (JSON and YAML say it alike).
    """
    return TooManyDigitsError(
        f'数値の桁数が多すぎます（{len(digits.lstrip("+-"))} 桁）。{MAX_DIGITS:,} 桁までにしてください（番号などは "…" で囲んで文字列にします）。'
    )


def _json_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise too_many_digits(digits)
    return int(digits)


class _DuplicateKeyError(ValueError):
    """
    The same key twice in one JSON object: the parser would silently keep the last value,
    and the first would be lost.
    """


def duplicate_key(key: Any) -> str:
    """
    The message for ``key`` written twice in one object (JSON) or mapping (YAML).
    """
    return f"キー「{key}」が同じ階層に2回書かれています。どちらか一方にしてください。"


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKeyError(duplicate_key(key))
        found[key] = value
    return found


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
