"""
Tests for pia_dsl.render.template_cache: a template prepared from the cache fills the same
bytes as one read afresh or with no cache, without python-docx opening the package; a
damaged, truncated or wrongly shaped entry is ignored and written again; another template,
picture or library version misses.
"""

from __future__ import annotations

import io
import marshal
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import docxtpl
import pytest

from pia_dsl.errors import TemplateError
from pia_dsl.forms.registry import code_of
from pia_dsl.render import template_cache
from pia_dsl.render.context import build_context
from pia_dsl.render.docx import _stamp, default_template
from pia_dsl.render.prepared import _ENVIRONMENT, Part, Prepared
from pia_dsl.render.template_cache import CACHE_ENV, CompiledCache
from render.samples import blank, examples
from render.test_images import _with_diagram, png

DOCUMENTS = [
    *examples(),
    *((f"blank-{form}", blank(form)) for form in ("juten", "zenkomoku", "kiso")),
]


def _filled(template: Path, cache: CompiledCache | None, document: Any) -> bytes:
    context = build_context(document)
    prepared = Prepared(template, template.read_bytes(), _ENVIRONMENT, cache)
    return prepared.fill(context, lambda core: _stamp(document, core))


@pytest.fixture
def no_python_docx(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """
    Calling it makes any opening of a package by python-docx (through docxtpl) fail.
    """

    def forbid() -> None:
        def refuse(self: Any, reload: bool = True) -> None:
            raise AssertionError("python-docx opened the package")

        monkeypatch.setattr(docxtpl.DocxTemplate, "init_docx", refuse)

    return forbid


@pytest.mark.parametrize(("name", "document"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
def test_cold_warm_and_no_cache_fill_the_same_bytes(
    tmp_path: Path, no_python_docx: Callable[[], None], name: str, document: Any
) -> None:
    """
    Every bundled template (and the examples' figures): the warm cache gives the bytes of
    the cold one and of none, and python-docx never opens the package on a warm render.
    """
    template = default_template(code_of(type(document)))
    cache = CompiledCache(tmp_path / "cache")

    uncached = _filled(template, None, document)
    cold = _filled(template, cache, document)
    no_python_docx()
    warm = _filled(template, cache, document)

    assert cold == warm == uncached


def _footnoted(tmp_path: Path) -> Path:
    """
    A template with a templated header, footer and footnotes part.
    """
    document = docx.Document()
    document.add_paragraph("{{ cover.title }}")
    section = document.sections[0]
    section.header.paragraphs[0].text = "ヘッダー {{ cover.title }}"
    section.footer.paragraphs[0].text = "フッター {{ cover.title }}"
    buffer = io.BytesIO()
    document.save(buffer)
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:id="1"><w:p><w:r><w:t>脚注 {{ cover.title }}</w:t></w:r></w:p>'
        "</w:footnote></w:footnotes>"
    )
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    relationship = (
        '<Relationship Id="rId99" Target="footnotes.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "[Content_Types].xml":
                override = f'<Override PartName="/word/footnotes.xml" ContentType="{kind}"/>'
                blob = blob.replace(b"</Types>", override.encode() + b"</Types>")
            elif info.filename == "word/_rels/document.xml.rels":
                blob = blob.replace(b"</Relationships>", relationship.encode())
            target.writestr(info.filename, blob)
        target.writestr("word/footnotes.xml", footnotes.encode("utf-8"))
    path = tmp_path / "footnoted.docx"
    path.write_bytes(out.getvalue())
    return path


def test_headers_footers_and_footnotes_from_the_cache(
    tmp_path: Path, no_python_docx: Callable[[], None]
) -> None:
    template = _footnoted(tmp_path)
    document = blank("kiso")
    cache = CompiledCache(tmp_path / "cache")
    title = build_context(document)["cover"]["title"]

    uncached = _filled(template, None, document)
    cold = _filled(template, cache, document)
    no_python_docx()
    warm = _filled(template, cache, document)

    assert cold == warm == uncached
    with zipfile.ZipFile(io.BytesIO(warm)) as package:
        names = [name for name in package.namelist() if name.endswith(".xml")]
        parts = {name: package.read(name).decode("utf-8") for name in names}
    assert f"脚注 {title}" in parts["word/footnotes.xml"]
    assert any(f"ヘッダー {title}" in xml for n, xml in parts.items() if "header" in n)
    assert any(f"フッター {title}" in xml for n, xml in parts.items() if "footer" in n)


def test_another_picture_misses(tmp_path: Path) -> None:
    """
    The same path with other picture bytes is embedded afresh (never the stored one).
    """
    document = _with_diagram(tmp_path, (0, 0, 0))
    template = default_template("zenkomoku")
    cache = CompiledCache(tmp_path / "cache")
    _filled(template, cache, document)
    (tmp_path / "figures" / "flow.png").write_bytes(png((255, 0, 0)))

    warm = _filled(template, cache, document)

    assert warm == _filled(template, None, document)
    with zipfile.ZipFile(io.BytesIO(warm)) as package:
        media = [package.read(n) for n in package.namelist() if n.startswith("word/media/")]
    assert media == [png((255, 0, 0))]


def _package_entry(cache: CompiledCache, data: bytes) -> Path:
    assert cache.directory is not None
    (entry,) = cache.directory.glob("package-*")
    assert cache.package(data) is not None
    return entry


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[:-3] + b"xyz",  # no longer its hash
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: b"",
    ],
    ids=["altered", "truncated", "empty"],
)
def test_a_damaged_package_entry_is_read_again(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    document = blank("juten")
    template = default_template("juten")
    data = template.read_bytes()
    cache = CompiledCache(tmp_path)
    expected = _filled(template, cache, document)
    entry = _package_entry(cache, data)
    entry.write_bytes(damage(entry.read_bytes()))
    assert cache.package(data) is None

    assert _filled(template, cache, document) == expected
    assert _package_entry(cache, data) == entry  # written again, sound


@pytest.mark.parametrize(
    "plain",
    [
        ("entries", "body"),
        (
            (),
            ("word/document.xml", "本文", "<w:body/>", ""),
            b"",
            (),
            ("a", "b", b""),
            [("a", "b")],
        ),
        ((("a", True, 1, b""),), ("n", "w", "t", ""), b"", (), ("a", "b", b""), ()),
        ((("a", 1, 1, "not bytes"),), ("n", "w", "t", ""), b"", (), ("a", "b", b""), ()),
    ],
    ids=["short", "list-not-tuple", "bool-not-int", "str-not-bytes"],
)
def test_an_entry_of_the_wrong_shape_is_ignored_and_rewritten(tmp_path: Path, plain: Any) -> None:
    """
    A sound entry (its hash matches) whose values have the wrong types is not used.
    """
    document = blank("kiso")
    template = default_template("kiso")
    data = template.read_bytes()
    cache = CompiledCache(tmp_path)
    expected = _filled(template, cache, document)
    entry = _package_entry(cache, data)
    cache._write(entry.name, marshal.dumps(plain))
    assert cache.package(data) is None

    assert _filled(template, cache, document) == expected
    assert cache.package(data) is not None


def test_another_template_or_library_version_misses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = blank("kiso")
    template = default_template("kiso")
    data = template.read_bytes()
    cache = CompiledCache(tmp_path)
    _filled(template, cache, document)
    assert cache.package(data) is not None

    assert cache.package(data + b"\0") is None  # other bytes (a zip still opens)
    monkeypatch.setattr(docxtpl, "__version__", "0.0.0")
    template_cache.fingerprint.cache_clear()
    try:
        assert cache.package(data) is None
    finally:
        monkeypatch.undo()
        template_cache.fingerprint.cache_clear()
    assert cache.package(data) is not None


def test_a_refused_package_is_not_stored(tmp_path: Path) -> None:
    """
    Only a package that passed the check is stored, so an unstored one is checked.
    """
    document = docx.Document()
    document.add_paragraph("{{ cover.title }}")
    buffer = io.BytesIO()
    document.save(buffer)
    broken = io.BytesIO()
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            blob = source.read(info)
            target.writestr(
                info.filename, blob[:-20] if info.filename.endswith("settings.xml") else blob
            )
    path = tmp_path / "broken.docx"
    path.write_bytes(broken.getvalue())
    cache = CompiledCache(tmp_path / "cache")

    for _ in range(2):
        with pytest.raises(
            TemplateError, match=r"word/settings\.xml が XML として正しくありません"
        ):
            Prepared(path, path.read_bytes(), _ENVIRONMENT, cache)
    assert cache.package(path.read_bytes()) is None


def test_a_damaged_compiled_entry_is_compiled_again(tmp_path: Path) -> None:
    cache = CompiledCache(tmp_path)
    source = "<w:t>{{ title }}</w:t>"
    Part(_ENVIRONMENT, "本文", source, cache)
    (entry,) = tmp_path.iterdir()
    entry.write_bytes(entry.read_bytes()[:-3] + b"xyz")  # the code no longer matches its hash

    part = Part(_ENVIRONMENT, "本文", source, cache)

    assert cache.get(entry.name) is not None  # written again, sound
    assert part.fill({"title": "a<b"}) == "<w:t>a&lt;b</w:t>"


def test_the_cache_can_be_moved_or_turned_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert CompiledCache.default().directory == tmp_path
    monkeypatch.setenv(CACHE_ENV, "off")
    assert CompiledCache.default().directory is None
