"""
Rendering an assessment to Word: the only module that uses docxtpl.

:func:`render_docx` builds the context (:mod:`.context`), fills the form's template
(``templates/<form>.docx``) with a strict, autoescaping Jinja environment, and writes the
result atomically and byte-identically for the same input.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docxtpl import DocxTemplate

from ..errors import InvalidAssessmentError, TemplateError
from .atomic import write_bytes_atomic
from .context import build_context
from .images import embed_images
from .package import normalize_docx

__all__ = [
    "TEMPLATES_DIR",
    "check_printable",
    "check_template",
    "default_template",
    "make_environment",
    "open_template",
    "property_text",
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
    The template of a form: ``templates/<form>.docx`` in the current directory if it
    exists (a project may keep its own 様式), else the one installed with the package,
    else the one in the checkout (editable installs).
    """
    for directory in (Path("templates"), PACKAGED_TEMPLATES_DIR, TEMPLATES_DIR):
        candidate = directory / f"{form}.docx"
        if candidate.is_file():
            return candidate
    msg = f"様式 {form} のテンプレート templates/{form}.docx がありません。`python tools/make_templates.py` で生成するか、--template で指定してください。"
    raise TemplateError(msg)


def make_environment(
    undefined: type[jinja2.Undefined] = jinja2.StrictUndefined,
) -> jinja2.Environment:
    """
    The Jinja environment of every render: misspelt tags fail, values are XML-escaped.
    """
    return jinja2.Environment(undefined=undefined, autoescape=True)


#: Document properties that docxtpl fills from the template's tags, and their limit:
#: python-docx stores at most 255 characters in a property.
_PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_PROPERTY_LIMIT = 255


class _Template(DocxTemplate):  # type: ignore[misc]
    """
    docxtpl's template, with the document properties (title = 評価書名) filled as plain
    text: python-docx escapes them itself (docxtpl's autoescaped rendering printed
    「A&amp;B」), on one line, and a property holds at most 255 characters (a longer
    評価書名 is shortened in the properties only; the document body prints it in full).
    """

    def render_properties(
        self, context: dict[str, Any], jinja_env: jinja2.Environment | None = None
    ) -> None:
        environment = (jinja_env or make_environment()).overlay(autoescape=False)
        properties = self.docx.core_properties
        for name in _PROPERTIES:
            text = environment.from_string(getattr(properties, name)).render(context)
            setattr(properties, name, property_text(text))


def property_text(text: str) -> str:
    """
    A document property as stored: one line (line breaks, tabs and runs of spaces of a
    multi-line 評価書名 become one space) of at most 255 characters.
    """
    return " ".join(text.split())[:_PROPERTY_LIMIT]


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


def open_template(path: Path) -> DocxTemplate:
    """
    The template at ``path``, opened: a file that is not a Word package (.docx) is a
    :class:`TemplateError`, not a traceback from python-docx.
    """
    template = _Template(str(path))
    try:
        template.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        msg = f"{path}: Word テンプレート（.docx）として読み込めません。Word で「Word 文書 (*.docx)」として保存したファイルを指定してください。"
        raise TemplateError(msg) from error
    return template


_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'|^'([^']+)' is undefined")

#: Jinja's syntax error messages, in Japanese.
_JINJA_PROBLEMS = (
    (
        "Unexpected end of template",
        "{% if %} や {% for %} が閉じられていません（{% endif %}・{% endfor %} を確認してください）",
    ),
    ("Encountered unknown tag", "不明なタグがあります（{% … %} の綴りを確認してください）"),
    ("unexpected '}'", "タグの括弧が対応していません（{{ … }} と {% … %} を確認してください）"),
    ("unexpected end of template", "タグが閉じられていません（}} や %} を確認してください）"),
    ("expected token", "タグの書き方が正しくありません"),
)


def _describe(error: jinja2.TemplateError) -> str:
    if isinstance(error, jinja2.UndefinedError):
        found = _NO_ATTRIBUTE.search(error.message or "")
        name = f" `{found[1] or found[2]}` " if found else ""
        return f"テンプレートに文脈にない変数{name}があります（docs/template-context.md の変数名を確認してください）"
    if isinstance(error, jinja2.TemplateSyntaxError):
        message = error.message or ""
        for english, japanese in _JINJA_PROBLEMS:
            if message.startswith(english):
                return f"テンプレートのタグに構文エラーがあります: {japanese}"
        return f"テンプレートのタグに構文エラーがあります（{message}）"
    return f"テンプレートを描画できません（{type(error).__name__}）"


def _stamp(template: DocxTemplate, document: Any) -> None:
    """
    Fix the document properties that Word tools fill with the current time.
    """
    published = getattr(getattr(document, "cover", None), "published", None)
    when = (
        datetime(published.year, published.month, published.day, tzinfo=timezone.utc)  # noqa: UP017
        if isinstance(published, date)
        else _EPOCH
    )
    properties = template.docx.core_properties
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
) -> bytes:
    """
    The .docx bytes of ``document`` (deterministic: same input, same bytes).
    """
    path = template or default_template(str(getattr(type(document), "FORM", "")))
    if not path.is_file():
        msg = f"{path}: テンプレートがありません。パスを確認してください。"
        raise TemplateError(msg)
    if change_rows is not None:
        change_rows = list(change_rows)
    check_printable(document, change_rows)
    context = build_context(document, change_rows=change_rows)
    filled = open_template(path)
    embed_images(context, filled)
    try:
        filled.render(context, jinja_env=make_environment(), autoescape=True)
    except jinja2.TemplateError as error:
        raise TemplateError(f"{path}: {_describe(error)}") from error
    except (KeyError, ValueError) as error:  # not a .docx, or a broken package
        msg = f"{path}: Word テンプレートとして読み込めません: {error}"
        raise TemplateError(msg) from error
    _stamp(filled, document)
    buffer = io.BytesIO()
    filled.save(buffer)
    return normalize_docx(buffer.getvalue())


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


# ---------------------------------------------------------------------------
# Checking a template against the context contract
# ---------------------------------------------------------------------------


class _Tracked(dict[str, Any]):
    """
    A context dict that records which keys the template reads.
    """

    def __init__(self, data: dict[str, Any], path: str, seen: set[str]) -> None:
        super().__init__(data)
        self.path = path
        self.seen = seen

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        self.seen.add(f"{self.path}.{key}" if self.path else key)
        return value


def _track(value: Any, path: str, seen: set[str]) -> Any:
    if isinstance(value, dict):
        return _Tracked(
            {k: _track(v, f"{path}.{k}" if path else k, seen) for k, v in value.items()}, path, seen
        )
    if isinstance(value, list):
        return [_track(v, f"{path}[]", seen) for v in value]
    return value


def _keys(value: Any, path: str = "") -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            here = f"{path}.{key}" if path else key
            found.add(here)
            found |= _keys(inner, here)
    elif isinstance(value, list):
        for inner in value:
            found |= _keys(inner, f"{path}[]")
    return found


def check_template(path: Path, context: dict[str, Any]) -> tuple[list[str], list[str]]:
    """
    Render the template ``path`` with ``context`` and return ``(unknown, missing)``:
    the tags the template uses that the context does not have (``row.lable``), and the
    context variables the template never uses (``sections[].rows[].options``).
    """
    unknown: set[str] = set()
    seen: set[str] = set()

    class Recording(jinja2.ChainableUndefined):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            if self._undefined_name is not None:
                where = getattr(self._undefined_obj, "path", None)
                unknown.add(f"{where}.{self._undefined_name}" if where else self._undefined_name)

    template = open_template(path)
    try:
        environment = make_environment(Recording)
        used = template.get_undeclared_template_variables(environment)
        seen |= {name for name in used if name in context}
        unknown |= {name for name in used if name not in context}
        template.render(_track(context, "", seen), jinja_env=environment, autoescape=True)
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(f"{path}: {_describe(error)}") from error
    except (KeyError, ValueError) as error:
        msg = f"{path}: Word テンプレートとして読み込めません: {error}"
        raise TemplateError(msg) from error
    except Exception:
        pass
    missing = {
        key
        for key in _keys(context)
        if key not in seen
        and not any(s.startswith(f"{key}.") or s.startswith(f"{key}[]") for s in seen)
    }
    return sorted(unknown), sorted(missing)
