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
from render.samples import blank, examples, rewritten_package
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


_FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:id="1"><w:p><w:r><w:t>脚注 {{ cover.title }}</w:t></w:r></w:p>'
    "</w:footnote></w:footnotes>"
)
_FOOTNOTES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FOOTNOTES_RELATIONSHIP = (
    '<Relationship Id="rId99" Target="footnotes.xml" Type="http://schemas.openxmlformats'
    '.org/officeDocument/2006/relationships/footnotes"/></Relationships>'
)


def _with_footnotes(name: str, blob: bytes) -> list[tuple[str, bytes]]:
    if name == "[Content_Types].xml":
        override = f'<Override PartName="/word/footnotes.xml" ContentType="{_FOOTNOTES_TYPE}"/>'
        return [(name, blob.replace(b"</Types>", override.encode() + b"</Types>"))]
    if name == "word/_rels/document.xml.rels":
        relationship = _FOOTNOTES_RELATIONSHIP.encode()
        return [(name, blob.replace(b"</Relationships>", relationship))]
    if name == "word/document.xml":
        return [(name, blob), ("word/footnotes.xml", _FOOTNOTES.encode())]
    return [(name, blob)]


def _footnoted(tmp_path: Path) -> Path:
    """
    A template with a templated header, footer and footnotes part.
    """
    document = docx.Document()
    document.add_paragraph("{{ cover.title }}")
    section = document.sections[0]
    section.header.paragraphs[0].text = "ヘッダー {{ cover.title }}"
    section.footer.paragraphs[0].text = "フッター {{ cover.title }}"
    return rewritten_package(tmp_path / "footnoted.docx", _with_footnotes, document)


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


def _rewritten(blob: Callable[[bytes], bytes]) -> Callable[[CompiledCache, Path], object]:
    return lambda cache, entry: entry.write_bytes(blob(entry.read_bytes()))


def _stored(plain: Any) -> Callable[[CompiledCache, Path], object]:
    """
    A sound entry (its hash matches) holding ``plain``: values of the wrong types.
    """
    return lambda cache, entry: cache._write(entry.name, marshal.dumps(plain))


_SOURCE = ("word/document.xml", "本文", "<w:body/>", "")
_DAMAGES = {
    "altered": _rewritten(lambda blob: blob[:-3] + b"xyz"),  # no longer its hash
    "truncated": _rewritten(lambda blob: blob[: len(blob) // 2]),
    "empty": _rewritten(lambda blob: b""),
    "short": _stored(("entries", "body")),
    "list-not-tuple": _stored(((), _SOURCE, b"", (), ("a", "b", b""), [("a", "b")])),
    "bool-not-int": _stored(((("a", True, 1, b""),), _SOURCE, b"", (), ("a", "b", b""), ())),
    "str-not-bytes": _stored(((("a", 1, 1, "x"),), _SOURCE, b"", (), ("a", "b", b""), ())),
}


@pytest.mark.parametrize("damage", _DAMAGES.values(), ids=_DAMAGES)
def test_a_damaged_package_entry_is_read_again(
    tmp_path: Path, damage: Callable[[CompiledCache, Path], object]
) -> None:
    document = blank("juten")
    template = default_template("juten")
    data = template.read_bytes()
    cache = CompiledCache(tmp_path)
    expected = _filled(template, cache, document)
    entry = _package_entry(cache, data)
    damage(cache, entry)
    assert cache.package(data) is None

    assert _filled(template, cache, document) == expected
    assert _package_entry(cache, data) == entry  # written again, sound


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

    def cut(name: str, blob: bytes) -> list[tuple[str, bytes]]:
        return [(name, blob[:-20] if name == "word/settings.xml" else blob)]

    path = rewritten_package(tmp_path / "broken.docx", cut)
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
