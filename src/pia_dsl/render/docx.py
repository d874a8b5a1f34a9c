"""
Rendering an assessment to Word.

:func:`render_docx` builds the context (:mod:`.context`), refuses values Word cannot hold
or that are too long, fills the form's template (``templates/<form>.docx``, prepared once
per process by :mod:`.prepared`, the only user of docxtpl) in the bounded sandbox of
:mod:`.sandbox`, and writes the result atomically and byte-identically for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import jinja2

from ..errors import InvalidAssessmentError, TemplateError
from ..forms.registry import Form, code_of
from .atomic import write_bytes_atomic
from .context import build_context
from .prepared import prepare
from .sandbox import Sandbox

__all__ = [
    "TEMPLATES_DIR",
    "VALUE_LIMIT",
    "check_printable",
    "default_template",
    "make_environment",
    "render_bytes",
    "render_docx",
]

#: The templates of the project checkout (``templates/`` beside ``src/``).
TEMPLATES_DIR = Path(__file__).resolve().parents[3] / "templates"
#: The templates shipped inside the installed package (the wheel copies ``templates/``).
PACKAGED_TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"

#: Document times when the assessment has no 公表日 (fixed, for byte-identical output).
_EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)  # noqa: UP017 - python-docx wants tz-aware


def default_template(form: str) -> Path:
    """
    The template of a form (its code): ``templates/<form>.docx`` (:attr:`Form.template`)
    in the current directory if it exists (a project may keep its own 様式), else the one
    installed with the package, else the one in the checkout (editable installs).
    """
    if form not in set(Form):
        msg = f"様式 {form!r} には既定のテンプレートがありません。--template で指定してください。"
        raise TemplateError(msg)
    name = Form(form).template
    for directory in (Path("templates"), PACKAGED_TEMPLATES_DIR, TEMPLATES_DIR):
        candidate = directory / name
        if candidate.is_file():
            return candidate
    msg = f"様式 {form} のテンプレート templates/{name} がありません。`python tools/make_templates.py` で生成するか、--template で指定してください。"
    raise TemplateError(msg)


def make_environment(
    undefined: type[jinja2.Undefined] = jinja2.StrictUndefined,
) -> jinja2.Environment:
    """
    The Jinja environment of every render: sandboxed and bounded (:mod:`.sandbox`),
    misspelt tags fail, values are XML-escaped.
    """
    return Sandbox(undefined)


#: The longest text value (characters) that a document may print: far below the
#: 10,000,000 bytes beyond which lxml cuts a text node.
VALUE_LIMIT = 1_000_000


def _long_values(value: Any, item: str = "") -> Iterator[str]:
    """
    The long strings of a context, each named by the nearest row label.
    """
    if isinstance(value, str):
        if len(value) > VALUE_LIMIT:
            yield f"  {item or '（項目名なし）'}: {len(value):,} 文字"
    elif isinstance(value, dict):
        here = str(value.get("label") or value.get("item") or value.get("heading") or item)
        for inner in value.values():
            yield from _long_values(inner, here)
    elif isinstance(value, list):
        for inner in value:
            yield from _long_values(inner, item)


def check_lengths(context: dict[str, Any]) -> None:
    """
    Refuse a context with a text value longer than :data:`VALUE_LIMIT` characters, naming
    the item: every character of a value must reach the document, none may be cut.
    """
    found = list(_long_values(context))
    if found:
        lines = "\n".join(found)
        msg = (
            f"1 つの値は {VALUE_LIMIT:,} 文字までです。長すぎる値があるため出力できません:\n{lines}"
        )
        raise InvalidAssessmentError(msg)


def check_printable(document: Any, change_rows: Iterable[Any] | None = None) -> None:
    """
    Refuse a document with values of the wrong type or characters that Word cannot store
    (control characters, lone surrogates), naming each item, instead of failing inside
    docxtpl or lxml with a traceback.
    """
    from ..validate.generic import change_row_characters, no_control_characters
    from ..validate.types import type_findings

    found = type_findings(document)
    reason = "様式に合わない値"
    if not found:
        found = list(no_control_characters(document))
        if change_rows is not None:
            found.extend(change_row_characters(change_rows, "changes"))
        reason = "Word に保存できない文字"
    if found:
        lines = "\n".join(f"  {f}" for f in found)
        msg = f"{reason}があるため出力できません（`pia check` で確認できます）:\n{lines}"
        raise InvalidAssessmentError(msg)


def _stamp(document: Any, properties: Any) -> None:
    """
    Fix the document properties that Word tools fill with the current time.
    """
    published = getattr(getattr(document, "cover", None), "published", None)
    when = (
        datetime(published.year, published.month, published.day, tzinfo=timezone.utc)  # noqa: UP017
        if isinstance(published, date)
        else _EPOCH
    )
    properties.created = when
    properties.modified = when
    properties.last_printed = when
    properties.revision = 1
    properties.last_modified_by = "pia_dsl"


def render_bytes(
    document: Any,
    *,
    template: Path | None = None,
    change_rows: Iterable[Any] | None = None,
    draft: bool = False,
) -> bytes:
    """
    The .docx bytes of ``document`` (deterministic: same input, same bytes); ``draft``
    prints 「案」 in the page header.
    """
    path = template or default_template(code_of(type(document)))
    if not path.is_file():
        msg = f"{path}: テンプレートがありません。パスを確認してください。"
        raise TemplateError(msg)
    if change_rows is not None:
        change_rows = list(change_rows)
    check_printable(document, change_rows)
    context = build_context(document, change_rows=change_rows, draft=draft)
    check_lengths(context)
    return prepare(path).fill(context, lambda properties: _stamp(document, properties))


def render_docx(
    document: Any,
    out_path: Path,
    *,
    template: Path | None = None,
    change_rows: Iterable[Any] | None = None,
) -> Path:
    """
    Render ``document`` to ``out_path`` (atomically: a failed render leaves the previous
    file untouched and no temporary file behind).

    ``change_rows`` are the 変更箇所 rows; they default to ``document.history``.
    """
    data = render_bytes(document, template=template, change_rows=change_rows)
    write_bytes_atomic(Path(out_path), data)
    return Path(out_path)
