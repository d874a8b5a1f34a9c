"""
A Word template prepared once per process and filled many times.

docxtpl, used naively, repeats on every render what depends only on the template: it
opens the whole package (styles of almost 800 kB), cleans the XML with its regular
expressions (``patch_xml``), compiles the Jinja template, and re-serializes and
recompresses every part.  :func:`prepare` does that work once per template content (the
SHA-256 of the file) and :meth:`Prepared.fill` does only what depends on the context:
rendering the compiled parts (body, headers, footers, footnotes, document properties),
docxtpl's own post-processing of the body (``resolve_listing``, ``fix_tables``,
``fix_docpr_ids``, called on a :class:`docxtpl.DocxTemplate`), and zipping — the parts that
never change are copied as the compressed bytes python-docx wrote for them.  The result
is byte for byte what ``DocxTemplate.render`` + ``save`` + :func:`.package.normalize_docx`
give (tested), except that the characters of values are never rewritten: docxtpl turns
``{_{`` ``}_}`` ``{_%`` ``%_}`` in the *output* into ``{{`` ``}}`` ``{%`` ``%}``, which
here applies to the template's own text only.

What the template gives every process the same way is also kept on disk
(:mod:`.template_cache`, in the user's cache directory), so that the next ``pia render``
of the same template neither compiles it nor opens it with python-docx: the Jinja code
this same sandbox compiled from each part, and the package as read here (the saved
entries, the patched parts, the document shell, the core properties) — plain data keyed
by the template's SHA-256 and the library versions, never anything read from the template
or the project.  Figures are embedded through python-docx in a fresh copy of the package
(:meth:`Prepared._with_figures`), also kept for the same template and pictures.

Before anything is parsed the package is checked (:func:`check_package`): a zip, no
duplicate entries, bounded sizes, and every XML part well-formed without a DTD (no entity
expansion); only a package that passed is stored.  Every failure is a
:class:`~pia_dsl.errors.TemplateError` in Japanese naming the file and, for a refused tag,
the part and the tag.
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import re
import traceback
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.parts.coreprops import CorePropertiesPart
from docx.oxml.parser import parse_xml
from docxtpl import DocxTemplate
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from lxml import etree
from markupsafe import Markup

from ..errors import TemplateError
from .images import embed_images, figure_file, figure_rows, has_figures
from .package import Entry, deflated, read_entries, write_package
from .sandbox import Sandbox, TemplateLimitError, UnsafeTemplateError, steps
from .template_cache import CompiledCache, Figures, Source, TemplatePackage

__all__ = [
    "OUTPUT_LIMIT",
    "PROPERTIES",
    "Part",
    "Prepared",
    "check_package",
    "describe",
    "prepare",
    "property_text",
    "tag_at",
]

#: Characters one part of the filled document may have.
OUTPUT_LIMIT = 200_000_000
#: The unpacked size of a template package (a zip bomb is refused before it is read).
_PACKAGE_LIMIT = 200_000_000
#: Above this size the filled body is parsed strictly first: docxtpl's recovering parser
#: would silently cut a text node of more than 10,000,000 bytes.
_STRICT_ABOVE = 9_000_000
_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_UNREADABLE = "Word テンプレート（.docx）として読み込めません。Word で「Word 文書 (*.docx)」として保存したファイルを指定してください。"
#: docxtpl's escapes for braces in the template's text.
_BRACES = (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}"))
_LISTING = re.compile("[\t\a\n\f]")
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_STRICT_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def _refuse(path: Path, reason: str) -> TemplateError:
    return TemplateError(f"{path}: {reason}")


def check_package(path: Path, data: bytes) -> None:
    """
    Refuse a template that is not a sound Word package: not a zip, duplicate entries (which
    of two ``word/document.xml`` would Word read?), a package that unpacks to more than
    200 MB, or an XML part that is malformed or has a DTD (entity bombs).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = [info.filename for info in infos]
            twice = sorted({name for name in names if names.count(name) > 1})
            if twice:
                raise _refuse(
                    path,
                    f"同じ名前のパーツ {'、'.join(twice)} が 2 つ以上あります（壊れた .docx です）。Word で開いて保存し直してください。",
                )
            if sum(info.file_size for info in infos) > _PACKAGE_LIMIT:
                raise _refuse(
                    path,
                    f"展開後の大きさが {_PACKAGE_LIMIT // 1_000_000} MB を超えます。テンプレートとして使えません。",
                )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml(path, info.filename, package.read(info))
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, zlib.error) as error:
        raise _refuse(path, _UNREADABLE) from error


def _check_xml(path: Path, name: str, blob: bytes) -> None:
    if b"<!DOCTYPE" in blob or b"<!ENTITY" in blob:
        raise _refuse(
            path,
            f"{name} に DTD（<!DOCTYPE>・<!ENTITY>）があります。Word の文書には無いもので、安全のため読み込みません。",
        )
    try:
        etree.fromstring(blob, _SAFE_XML)
    except etree.XMLSyntaxError as error:
        raise _refuse(
            path,
            f"{name} が XML として正しくありません（{error.lineno} 行目）。Word で開いて保存し直してください。",
        ) from error


class Part:
    """
    One templated part: its compiled template and the source it was compiled from (for
    naming the tag of an error); the code comes from ``cache`` when it holds it.
    """

    def __init__(
        self, environment: Sandbox, where: str, source: str, cache: CompiledCache | None = None
    ) -> None:
        self.where = where
        self.source = source
        self._environment = environment
        key = cache.key(environment, source) if cache is not None else ""
        code = cache.get(key) if cache is not None else None
        if code is None:
            code = environment.compile(self.tree)
            if cache is not None:
                cache.put(key, code)
        self.template = environment.template_class.from_code(
            environment, code, environment.make_globals(None)
        )

    @functools.cached_property
    def tree(self) -> nodes.Template:
        """
        The parsed part (the sandbox's checks run here), braces unescaped as docxtpl does.
        """
        tree = self._environment.parse(self.source)
        for data in tree.find_all(nodes.TemplateData):
            for escaped, brace in _BRACES:
                data.data = data.data.replace(escaped, brace)
        return tree

    def fill(self, context: dict[str, Any]) -> str:
        chunks: list[str] = []
        size = 0
        for chunk in self.template.generate(context):
            size += len(chunk)
            if size > OUTPUT_LIMIT:
                msg = f"描画結果が大きすぎます（{OUTPUT_LIMIT:,} 文字まで）"
                raise TemplateLimitError(msg)
            chunks.append(chunk)
        return "".join(chunks)


def _template_line(error: BaseException) -> int | None:
    """
    The template line where a runtime error happened (Jinja rewrites the traceback).
    """
    line = None
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == "<template>":
            line = lineno
    return line


class Prepared:
    """
    A template read, checked and compiled: :meth:`fill` gives the .docx bytes.  Its
    package is read once (:func:`_read_package`) and kept in ``cache``, which also
    stands for the package check: only a package that passed it is stored.
    """

    def __init__(
        self, path: Path, data: bytes, environment: Sandbox, cache: CompiledCache | None = None
    ) -> None:
        self.path = path
        self.cache = cache
        self.data = data
        package = cache.package(data) if cache is not None else None
        if package is None:
            check_package(path, data)
            package = _read_package(path, data)
            if cache is not None:
                cache.put_package(data, package)
        self.entries = list(package.entries)
        self.body_name = package.body.name
        self.shell = package.shell
        self.core_name, self.core_type, self.core_blob = package.core
        self.parts: dict[str, tuple[Part, Callable[[str], bytes]]] = {
            package.body.name: (
                self._part(environment, package.body.where, package.body.text),
                self._body,
            )
        }
        for source in package.parts:
            self.parts[source.name] = (
                self._part(environment, source.where, source.text),
                functools.partial(_xml_part, source.encoding),
            )
        plain = environment.overlay(autoescape=False)
        self.properties = {
            name: self._part(plain, "文書のプロパティ", text) for name, text in package.properties
        }

    def templated(self) -> list[Part]:
        """
        Every templated part: body, headers, footers, footnotes, document properties.
        """
        return [part for part, _ in self.parts.values()] + list(self.properties.values())

    def _part(self, environment: Any, where: str, source: str) -> Part:
        try:
            return Part(environment, where, source, self.cache)
        except jinja2.TemplateSyntaxError as error:
            raise self.error(error, where, source) from error

    def error(self, error: BaseException, where: str, source: str) -> TemplateError:
        """
        ``error`` of the part ``where`` as a message naming the file (and the tag).
        """
        lineno = (
            getattr(error, "lineno", None)
            if isinstance(error, jinja2.TemplateSyntaxError)
            else _template_line(error)
        )
        return _refuse(self.path, describe(error, where, tag_at(source, lineno)))

    def _body(self, xml: str) -> bytes:
        """
        The document part around the filled body, post-processed by docxtpl as in
        ``DocxTemplate.render``.
        """
        post = DocxTemplate(io.BytesIO(self.data))  # its post-processing reads no package
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        if _LISTING.search(xml):  # docxtpl's Listing characters: the rest stays as is
            xml = post.resolve_listing(xml)
        if len(xml) > _STRICT_ABOVE:
            try:
                etree.fromstring(xml.encode("utf-8"), _STRICT_XML)
            except etree.XMLSyntaxError as error:
                msg = "描画結果の段落が大きすぎるか、タグの位置が XML の構造を壊しています（1 つの段落の文字は約 300 万字まで）"
                raise TemplateLimitError(msg) from error
        tree = post.fix_tables(xml)
        post.docx_ids_index = 1000
        post.fix_docpr_ids(tree)
        root = parse_xml(self.shell)
        root.replace(root.body, tree)
        return serialize_part_xml(root)

    def fill(self, context: dict[str, Any], stamp: Callable[[Any], None]) -> bytes:
        """
        The .docx bytes of the template filled with ``context``; ``stamp`` sets the
        document times on the core properties.
        """
        entries = self.entries
        if has_figures(context):
            entries = self._with_figures(context)
        blobs: dict[str, bytes] = {}
        with steps():
            for name, (part, finish) in self.parts.items():
                blobs[name] = self._fill(part, context, finish)
            core_part = CorePropertiesPart.load(
                PackURI(self.core_name),
                self.core_type,
                self.core_blob,
                None,  # type: ignore[arg-type]  # only serialized: no package needed
            )
            core = core_part.core_properties
            for name, part in self.properties.items():
                setattr(core, name, property_text(self._fill(part, context, str)))
        stamp(core)
        blobs[self.core_name.lstrip("/")] = core_part.blob
        entries = [
            deflated(entry.name, blobs[entry.name]) if entry.name in blobs else entry
            for entry in entries
        ]
        data = write_package(entries)
        if data is None:
            raise _refuse(self.path, "出力が大きすぎて Word 文書（ZIP64 なし）にできません。")
        return data

    def _with_figures(self, context: dict[str, Any]) -> list[Entry]:
        """
        Embed the figures of ``context``: each row prints its drawing, whose picture joins
        the package (the saved entries returned stand in for the template's own).
        """
        files = [figure_file(row) for row in figure_rows(context)]
        figures = self.cache.figures(self.data, files) if self.cache is not None else None
        if figures is None:
            figures = self._embed(context)
            unchanged = all(path.read_bytes() == blob for path, blob in files)
            if self.cache is not None and unchanged:  # python-docx read these same files
                self.cache.put_figures(self.data, files, figures)
        for row, picture in zip(figure_rows(context), figures.pictures, strict=True):
            row["image"] = Markup(picture)
        return list(figures.entries)

    def _embed(self, context: dict[str, Any]) -> Figures:
        """
        The figures of ``context`` embedded by docxtpl in a fresh copy of the package.
        """
        fresh = DocxTemplate(io.BytesIO(self.data))
        fresh.init_docx()
        fresh.current_rendering_part = fresh.docx.part
        embed_images(context, fresh)
        fresh.docx.core_properties  # noqa: B018 - created as in _read_package
        # The picture and its relationship join the package now; the body gets its XML.
        pictures = tuple(str(row["image"]) for row in figure_rows(context))
        saved = io.BytesIO()
        fresh.docx.save(saved)
        entries = read_entries(saved.getvalue())
        assert entries is not None, "python-docx writes deflated entries"
        return Figures(tuple(entries), pictures)

    def _fill(self, part: Part, context: dict[str, Any], finish: Callable[[str], Any]) -> Any:
        try:
            return finish(part.fill(context))
        except _TEMPLATE_FAULTS as error:
            raise self.error(error, part.where, part.source) from error


def _xml_part(encoding: str, xml: str) -> bytes:
    """
    A header, footer or footnotes part as python-docx stores it after docxtpl replaced it
    (``XmlPart.load(…).blob``: parsed and serialized again).
    """
    return serialize_part_xml(parse_xml(xml.encode(encoding)))


def _read_package(path: Path, data: bytes) -> TemplatePackage:
    """
    What filling needs from the package ``data``, as python-docx opens and saves it and
    docxtpl patches its templated parts (body, headers, footers, footnotes).
    """
    template = DocxTemplate(io.BytesIO(data))
    try:
        template.init_docx()
        document = template.docx
        core = document.core_properties  # created here when the template has none
        saved = io.BytesIO()
        document.save(saved)
    except (PackageNotFoundError, KeyError, ValueError, etree.LxmlError) as error:
        raise _refuse(path, _UNREADABLE) from error
    entries = read_entries(saved.getvalue())
    assert entries is not None, "python-docx writes deflated entries"

    def patched(xml: str) -> str:
        return re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(xml))

    parts = []
    for uri, where in (
        (DocxTemplate.HEADER_URI, "ヘッダー"),
        (DocxTemplate.FOOTER_URI, "フッター"),
    ):
        for _, part in template.get_headers_footers(uri):
            xml = template.get_part_xml(part)
            encoding = template.get_headers_footers_encoding(xml)
            parts.append(Source(part.partname.lstrip("/"), where, patched(xml), encoding))
    package = document.part.package
    for part in package.parts:
        if part.content_type == _FOOTNOTES:
            xml = part.blob.decode("utf-8")
            parts.append(Source(part.partname.lstrip("/"), "脚注", patched(xml), "utf-8"))
    core_part = package._core_properties_part
    body = Source(document.part.partname.lstrip("/"), "本文", patched(template.get_xml()), "utf-8")
    return TemplatePackage(
        entries=tuple(entries),
        body=body,
        shell=document.part.blob,
        parts=tuple(parts),
        core=(str(core_part.partname), core_part.content_type, core_part.blob),
        properties=tuple((name, getattr(core, name) or "") for name in PROPERTIES),
    )


#: What a template can raise while it is filled: its own faults, reported with the tag.
_TEMPLATE_FAULTS = (
    jinja2.TemplateError,
    RecursionError,
    MemoryError,
    ArithmeticError,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    etree.LxmlError,
)

#: Document properties that docxtpl fills from the template's tags, and their limit:
#: python-docx stores at most 255 characters in a property.
PROPERTIES = ("author", "comments", "identifier", "language", "subject", "title")
_PROPERTY_LIMIT = 255


def property_text(text: str) -> str:
    """
    A document property as stored: one line (line breaks, tabs and runs of spaces of a
    multi-line 評価書名 become one space) of at most 255 characters.
    """
    return " ".join(text.split())[:_PROPERTY_LIMIT]


def tag_at(source: str, lineno: int | None) -> str:
    """
    The tags on line ``lineno`` of ``source`` (one paragraph), as the author wrote them.
    """
    lines = source.splitlines()
    if lineno is None or not 0 < lineno <= len(lines):
        return ""
    return "".join(f"「{html.unescape(tag)}」" for tag in _TAG.findall(lines[lineno - 1])[:3])


_UNSAFE = re.compile(r"attribute '([^']+)'")
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


def _reason(error: BaseException) -> str:
    if isinstance(error, (UnsafeTemplateError, TemplateLimitError)):
        return error.message or ""
    if isinstance(error, SecurityError):
        found = _UNSAFE.search(error.message or "")
        what = f"属性 `{found[1]}` の参照は" if found else "この操作は"
        return f"{what}安全でないため使えません（`_` で始まる属性や、リスト・辞書を書き換えるメソッドは使えません）"
    if isinstance(error, RecursionError):
        return (
            "再帰が深すぎます（ループ {% for … recursive %} やマクロの呼び出しを見直してください）"
        )
    if isinstance(error, MemoryError):
        return "メモリが足りません（テンプレートが大きすぎる値を作ろうとしています）"
    if isinstance(error, OverflowError):
        return "数が大きすぎます（range(…) は 100,000 個まで）"
    if isinstance(error, etree.LxmlError):
        return "描画結果が Word の XML として正しくありません（タグの位置を確認してください）"
    return f"式を計算できません（{type(error).__name__}: {error}）"


def describe(error: BaseException, where: str = "", tag: str = "") -> str:
    """
    A template error in Japanese: misspelt variables and syntax errors as before (what is
    wrong, with the variable), everything else with the part and the tag.
    """
    if isinstance(error, jinja2.UndefinedError):
        found = _NO_ATTRIBUTE.search(error.message or "")
        name = f" `{found[1] or found[2]}` " if found else ""
        return f"テンプレートに文脈にない変数{name}があります（docs/template-context.md の変数名を確認してください）"
    if isinstance(error, jinja2.TemplateSyntaxError) and not isinstance(error, UnsafeTemplateError):
        message = error.message or ""
        for english, japanese in _JINJA_PROBLEMS:
            if message.startswith(english):
                return f"テンプレートのタグに構文エラーがあります: {japanese}"
        return f"テンプレートのタグに構文エラーがあります（{message}）"
    if isinstance(error, jinja2.TemplateError) and not isinstance(
        error, (UnsafeTemplateError, TemplateLimitError, SecurityError)
    ):
        return f"テンプレートを描画できません（{type(error).__name__}）"
    place = f"{where}のタグ{tag}" if tag else where or "テンプレート"
    return f"{place}: {_reason(error)}"


_ENVIRONMENT = Sandbox()
_CACHE: dict[str, Prepared] = {}
_CACHE_SIZE = 8


def prepare(path: Path) -> Prepared:
    """
    The template at ``path``, prepared once per process for each content (SHA-256),
    its compiled parts kept in the user's cache (:class:`CompiledCache`).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _refuse(
            path, "テンプレートを読み込めません。パスと権限を確認してください。"
        ) from error
    key = hashlib.sha256(data).hexdigest()
    prepared = _CACHE.pop(key, None)
    if prepared is None or prepared.path != path:
        prepared = Prepared(path, data, _ENVIRONMENT, CompiledCache.default())
    _CACHE[key] = prepared
    while len(_CACHE) > _CACHE_SIZE:
        del _CACHE[next(iter(_CACHE))]
    return prepared
