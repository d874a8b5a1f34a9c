"""
The cattrs converter of the form model: strict about shapes (no silent conversion of
``123`` to text or ``"false"`` to true), official texts as values, dates in 和暦.  Its
hooks dispatch on the field shapes of :mod:`pia_dsl.schema`.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

from ..figures import Diagram
from ..options import Checks
from ..schema import Shape, classify
from ..wareki import UNDECIDED, Undecided, format_wareki, parse_wareki

__all__ = ["CONVERTER", "make_converter", "shape"]


def _is_date_union(tp: Any) -> bool:
    return classify(tp)[0] is Shape.DATE


#: The key under which a checkbox group's unticked slot texts are written in JSON/YAML
#: (``{"（チェックなし）": {"その他": "なし"}}``; ``{}`` under it: answered with no tick).
UNTICKED_KEY = "（チェックなし）"


def _unstructure_diagram(value: Diagram) -> dict[str, str]:
    # The file's place on this machine is not data: the dump is the same everywhere.
    return {"file": value.file, "digest": value.digest, "description": value.description}


def _structure_diagram(value: Any, _: Any) -> Diagram:
    if not isinstance(value, dict) or set(value) - {"file", "digest", "description"}:
        msg = f"図は {{file, digest, description}} の形で書いてください: {value!r}"
        raise ValueError(msg)
    texts = {k: v for k, v in value.items() if isinstance(v, str)}
    if set(texts) != set(value) or not {"file", "digest"} <= set(texts):
        msg = f"図の file と digest は文字列で書いてください: {value!r}"
        raise ValueError(msg)
    return Diagram(**texts, location=texts["file"])


def _is_checks(tp: Any) -> bool:
    return classify(tp)[0] is Shape.CHECKS


def _is_choice(tp: Any) -> bool:
    return isinstance(tp, type) and classify(tp)[0] is Shape.CHOICE


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

    def unstructure_checks(value: Checks[Any]) -> dict[str, Any]:
        data: dict[str, Any] = {option.value: text for option, text in value.entries}
        if value.unticked or value.none_ticked:
            data[UNTICKED_KEY] = {option.value: text for option, text in value.unticked}
        return data

    def structure_options(value: Any, option_type: Any) -> tuple[tuple[Any, str], ...]:
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
        return tuple(entries)

    def structure_checks(value: Any, tp: Any) -> Checks[Any]:
        (option_type,) = get_args(tp)
        if isinstance(value, dict) and UNTICKED_KEY in value:
            ticked = {k: v for k, v in value.items() if k != UNTICKED_KEY}
            blank = structure_options(value[UNTICKED_KEY], option_type)
            return Checks(structure_options(ticked, option_type), blank, none_ticked=True)
        return Checks(structure_options(value, option_type))

    converter.register_unstructure_hook(Diagram, _unstructure_diagram)
    converter.register_structure_hook(Diagram, _structure_diagram)
    converter.register_unstructure_hook_func(_is_checks, unstructure_checks)
    converter.register_structure_hook_func(_is_checks, structure_checks)

    def structure_enum(value: Any, tp: type[Enum]) -> Enum:
        try:
            return tp(value)
        except ValueError:
            allowed = "、".join(f"「{o.value}」" for o in tp)
            msg = f"「{value}」は選択肢にありません（選択肢: {allowed}）"
            raise ValueError(msg) from None

    converter.register_structure_hook_func(_is_choice, structure_enum)
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
