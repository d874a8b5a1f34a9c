"""
``pia new``: write the skeleton of a new assessment module from the form model.

The skeleton is generated from the attrs classes and their field metadata, so it has
every item of the form, each preceded by a comment with its official number and label.
Choices and dates are left ``None`` (``pia check`` reports them as 未記入), texts ``""``,
checkbox groups ``checks()`` with the options listed in a comment, and repeated groups
hold one member to copy (systems) or a commented example.
"""

from __future__ import annotations

import enum
import json
import types
import typing
from datetime import date
from typing import Any, get_args, get_origin

import attrs

from .forms.registry import Form, code_of
from .meta import item_of
from .options import CheckOption, Checks
from .wareki import Undecided, format_wareki

__all__ = ["skeleton"]

INDENT = "    "


def _option_list(option_type: type[enum.Enum]) -> str:
    return " / ".join(f"{member.name}「{member.value}」" for member in option_type)


def _non_none(tp: Any) -> list[Any]:
    return [a for a in get_args(tp) if a is not type(None)]


class _Writer:
    """
    Accumulates the module text and the names it must import.
    """

    def __init__(self) -> None:
        self.imports: dict[str, set[str]] = {}

    def use(self, obj: Any) -> str:
        self.imports.setdefault(obj.__module__, set()).add(obj.__name__)
        return str(obj.__name__)

    def value(self, tp: Any, depth: int) -> tuple[str, str]:
        """
        (Python expression, comment) for a field of type ``tp``.
        """
        origin = get_origin(tp)
        if tp is str:
            return '""', ""
        if tp is bool:
            return "False", ""
        if tp is int:
            return "0", ""
        if origin is Checks:
            (option_type,) = get_args(tp)
            self.use(option_type)
            return (
                self.use_helper("checks") + "()",
                f"チェック（{option_type.__name__}）: {_option_list(option_type)}",
            )
        if origin in {typing.Union, types.UnionType}:
            inner = _non_none(tp)
            if any(a is date for a in inner):
                self.use_helper("wareki")  # imported, so that the comment's example works
                return "None", '和暦の日付: wareki("令和8年4月1日")'
            enums = [a for a in inner if isinstance(a, type) and issubclass(a, enum.Enum)]
            if enums:
                self.use(enums[0])
                return "None", f"＜選択肢＞ {enums[0].__name__}: {_option_list(enums[0])}"
            return "None", ""
        if tp is date:
            self.use_helper("wareki")
            return 'wareki("令和8年4月1日")', "和暦の日付（仮の値です。書き換えてください）"
        if isinstance(tp, type) and attrs.has(tp):
            return self.instance(tp, depth), ""
        if origin is tuple:
            return "()", ""
        return "None", ""

    def literal(self, value: Any, depth: int) -> str:
        """
        Python source that evaluates to ``value`` (a field value of the model).
        """
        if value is None or isinstance(value, bool | int):
            return repr(value)
        if isinstance(value, str):
            return _string(value)
        if isinstance(value, Undecided):
            return self.use_helper("UNDECIDED")
        if isinstance(value, enum.Enum):
            return f"{self.use(type(value))}.{value.name}"
        if isinstance(value, date):
            return f"{self.use_helper('wareki')}({_string(format_wareki(value))})"
        if isinstance(value, Checks):
            ticks = [
                f"({self.use(type(o))}.{o.name}, {_string(t)})"
                if t
                else f"{self.use(type(o))}.{o.name}"
                for o, t in value.entries
            ]
            return f"{self.use_helper('checks')}({', '.join(ticks)})"
        if attrs.has(type(value)):
            return self.instance(type(value), depth, value)
        if isinstance(value, tuple):
            if not value:
                return "()"
            pad = INDENT * (depth + 1)
            members = [f"{pad}{self.literal(v, depth + 1)}," for v in value]
            return "(\n" + "\n".join(members) + f"\n{INDENT * depth})"
        msg = f"cannot write {type(value).__name__} as Python source"
        raise TypeError(msg)

    def use_helper(self, name: str) -> str:
        module = "pia_dsl.options" if name == "checks" else "pia_dsl.wareki"
        self.imports.setdefault(module, set()).add(name)
        return name

    def instance(self, cls: type, depth: int, filled: Any = None) -> str:
        """
        ``Cls(\\n field=value,  # comment\\n ...)`` with every item of ``cls``; the values
        of ``filled`` when given, else placeholders.
        """
        attrs.resolve_types(cls)
        name = self.use(cls)
        pad = INDENT * (depth + 1)
        lines = [f"{name}("]
        for field in attrs.fields(cls):
            meta = item_of(field.metadata)
            if meta is None:
                if field.name == "key":
                    key = _string(filled.key) if filled is not None else '""'
                    lines.append(
                        f"{pad}key={key},  # 安定したキー（印刷されません。変更差分で項目を識別します）"
                    )
                elif filled is not None:
                    lines.append(
                        f"{pad}{field.name}={self.literal(getattr(filled, field.name), depth + 1)},"
                    )
                continue
            heading = meta.printed_label
            if filled is not None:
                lines.append(f"{pad}# {heading}")
                lines.append(
                    f"{pad}{field.name}={self.literal(getattr(filled, field.name), depth + 1)},"
                )
                continue
            if meta.member:
                (member_type,) = [a for a in get_args(field.type) if a is not Ellipsis]
                member = self.instance(member_type, 0).splitlines()
                limit = f"（最大{meta.max_count}件）" if meta.max_count else ""
                lines.append(f"{pad}# {heading} — {meta.member}1, {meta.member}2 … {limit}")
                lines.append(f"{pad}{field.name}=(")
                marker = "" if meta.member == "システム" else "# "
                lines.extend(f"{pad}{INDENT}{marker}{line}" for line in member[:-1])
                lines.append(f"{pad}{INDENT}{marker}{member[-1]},")
                lines.append(f"{pad}),")
                continue
            expression, comment = self.value(field.type, depth + 1)
            lines.append(f"{pad}# {heading}" + ("" if meta.required else "（任意）"))
            suffix = f"  # {comment}" if comment else ""
            lines.append(f"{pad}{field.name}={expression},{suffix}")
        lines.append(f"{INDENT * depth})")
        return "\n".join(lines)


def _string(text: str) -> str:
    """
    A double-quoted Python string literal (JSON string syntax is valid Python); a lone
    surrogate as its escape, so that the module can be saved as UTF-8.
    """
    from .io.text import escape_surrogates

    return escape_surrogates(json.dumps(text, ensure_ascii=False))


def skeleton(
    root: type, *, name: str, shared_modules: tuple[str, ...] = (), filled: Any = None
) -> str:
    """
    The text of a new assessment module for the form ``root``: placeholders, or the
    values of ``filled`` (an instance of ``root``, e.g. loaded from JSON/YAML).
    """
    writer = _Writer()
    body = writer.instance(root, 0, filled)
    title = getattr(root, "TITLE", root.__name__)
    header = [
        f'"""\n{title}: {name}\n\n'
        "pia new で作成した雛形です。すべての項目を記入し、`pia check` で確認してください。\n"
        "選択肢は Enum のメンバーで指定します（例: Sufficiency.SUFFICIENT）。\n"
        '"""',
        "",
        "from __future__ import annotations",
        "",
    ]
    imports = [
        f"from {module} import {', '.join(sorted(names))}  # noqa: F401"
        for module, names in sorted(writer.imports.items())
        if module != "builtins"
    ]
    shared = [
        f"from assessments.shared import {m}  # noqa: F401 - 共有テキスト" for m in shared_modules
    ]
    footer = _examples(root, name) if filled is None else ""
    return "\n".join([*header, *imports, *shared, "", f"assessment = {body}", footer])


def _example_paths(root: type) -> tuple[str, str, str, str]:
    """
    Paths of the form for the ``provenance`` example: a section, a text, a choice and an
    optional item.
    """
    from .render.fieldtypes import blank_instance
    from .walk import Kind, walk

    entries = [e for e in walk(blank_instance(root)) if e.path[0] != "cover"]
    fields = [e for e in entries if e.kind is Kind.FIELD] or entries
    text = next((e for e in fields if isinstance(e.value, str) and e.item.required), fields[0])
    choice = next((e for e in fields if e.value is None and e.item.required), text)
    optional = next((e for e in fields if not e.item.required), text)
    sections = [e for e in entries if len(e.path) == 1 and e.kind is Kind.GROUP] or entries
    return sections[-1].dotted, text.dotted, choice.dotted, optional.dotted


#: The function that derives the 基礎's answers from a detailed form.
_DERIVATIONS: dict[str, str] = {Form.JUTEN: "basic_from_focused", Form.ZENKOMOKU: "basic_from_full"}


def _examples(root: type, name: str) -> str:
    """
    Commented examples of what a module may define next to ``assessment``: ``documents``
    with the 基礎's answers (重点/全項目), ``provenance``, ``history`` and ``revisions``.
    """
    form = code_of(root)
    section, text, choice, optional = _example_paths(root)
    derive = _DERIVATIONS.get(form)
    parts = []
    if derive is not None:
        parts.append(
            f"""
# --- 基礎項目評価書（この評価書から導出）: 基礎だけが尋ねる項目を BasicAnswers に書きます ---
# from pia_dsl.affair import BasicAnswers, {derive}
# from pia_dsl.forms.kiso import HandlerThreshold, ManualWork
# from pia_dsl.provenance import UNKNOWN
#
# ANSWERS = BasicAnswers(
#     persons_counted_on=wareki("令和8年4月1日"),  # 対象人数 いつ時点の計数か（不明なら UNKNOWN）
#     handlers=HandlerThreshold.UNDER_500,  # 取扱者数（人数の int でも可。不明なら UNKNOWN）
#     handlers_counted_on=wareki("令和8年4月1日"),  # 取扱者数 いつ時点の計数か
#     incident_past_year=False,  # 過去1年以内の特定個人情報に関する重大事故
#     manual_work=ManualWork(sufficiency=Sufficiency.SUFFICIENT, grounds="…"),  # Ⅳ-8
# )
# documents = ({derive}(assessment, ANSWERS), assessment)"""
        )
    parts.append(
        f"""

# --- 書き起こした評価書: 原本にない・一部欠落・復元した・原本でも空欄の項目（docs/transcribing.md）---
# パスは `pia paths assessments/{name}.py` で一覧できます。「{form}:」は様式名で、documents がなければ省けます。
# from pia_dsl.provenance import Absent, Blank, Declaration, PartlyLost, Reconstructed
#
# provenance: dict[str, Declaration] = {{
#     "{form}:{section}": Absent("原本にこの節がない"),
#     "{form}:{text}": PartlyLost("後半が判読できない"),
#     "{form}:{choice}": Reconstructed("○の位置から復元"),
#     "{form}:{optional}": Blank("原本でも空欄"),
# }}

# --- pia_dsl を使う前に公表した変更箇所の行（history=... に渡します）---
# from pia_dsl.forms.common import ChangeRow, Timing
# HISTORY = (
#     ChangeRow(
#         date=wareki("令和6年4月1日"),  # 変更日
#         item="Ⅱ 特定個人情報ファイルの概要 ３．③使用目的",  # 項目
#         before="…",  # 変更前の記載
#         after="…",  # 変更後の記載
#         timing=Timing.AFTER,  # 提出時期（Timing.BEFORE: 事前、Timing.AFTER: 事後）
#         explanation="重要な変更に当たらない。",  # 提出時期に係る説明
#     ),
# )

# --- 変更箇所の提出時期に係る説明（公表ごと）---
# from pia_dsl.changes import Override, Revision
# revisions = (
#     Revision(
#         published=wareki("令和8年4月1日"),
#         reasons={{"s2.acquisition.purpose": "特定個人情報保護評価を再実施したため。"}},
#     ),
# )
"""
    )
    return "".join(parts)


def option_types(cls: type) -> set[type[enum.Enum]]:
    """
    Every choice or checkbox option type used below ``cls`` (for tests).
    """
    found: set[type[enum.Enum]] = set()
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        for tp in (field.type, *get_args(field.type)):
            for arg in (tp, *get_args(tp)):
                if isinstance(arg, type) and issubclass(arg, enum.Enum | CheckOption):
                    found.add(arg)
                elif isinstance(arg, type) and attrs.has(arg):
                    found |= option_types(arg)
    return found
