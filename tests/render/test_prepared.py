"""
Tests for pia_dsl.render.prepared: a template prepared once gives the bytes that docxtpl
used naively gives, and broken packages are refused with a message.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import jinja2
import pytest
from docxtpl import DocxTemplate

from pia_dsl.errors import TemplateError
from pia_dsl.forms.registry import code_of
from pia_dsl.render.context import build_context
from pia_dsl.render.docx import _stamp, default_template, render_bytes
from pia_dsl.render.images import embed_images
from pia_dsl.render.package import normalize_docx
from pia_dsl.render.prepared import PROPERTIES, prepare, property_text
from render.samples import blank, examples, rewritten_package

DOCUMENTS = [
    *examples(),
    *((f"blank-{form}", blank(form)) for form in ("juten", "zenkomoku", "kiso")),
]


class _Naive(DocxTemplate):  # type: ignore[misc]
    """
    docxtpl as pia used it before templates were prepared: properties as plain text.
    """

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        plain = jinja2.Environment(undefined=jinja2.StrictUndefined)
        for name in PROPERTIES:
            text = plain.from_string(getattr(self.docx.core_properties, name)).render(context)
            setattr(self.docx.core_properties, name, property_text(text))


def naive_bytes(document: Any) -> bytes:
    """
    The .docx of ``document`` through docxtpl's own render and save (unsandboxed Jinja).
    """
    template = _Naive(str(default_template(code_of(type(document)))))
    environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    context = build_context(document)
    template.init_docx()
    embed_images(context, template)
    template.render(context, jinja_env=environment, autoescape=True)
    _stamp(document, template.docx.core_properties)
    buffer = io.BytesIO()
    template.save(buffer)
    return normalize_docx(buffer.getvalue())


class TestSameBytes:
    @pytest.mark.parametrize(("name", "document"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
    def test_as_docxtpl(self, name: str, document: Any) -> None:
        """
        The prepared template gives docxtpl's bytes, byte for byte, render after render.
        """
        expected = naive_bytes(document)

        assert render_bytes(document) == expected
        assert render_bytes(document) == expected


class TestOncePerProcess:
    def test_reused(self, tmp_path: Path) -> None:
        """
        The same content is prepared once; changed content is prepared again.
        """
        path = tmp_path / "t.docx"
        path.write_bytes(default_template("juten").read_bytes())

        first = prepare(path)
        assert prepare(path) is first
        path.write_bytes(default_template("kiso").read_bytes())
        assert prepare(path) is not first


def _package(tmp_path: Path, change: Any) -> Path:
    return rewritten_package(tmp_path / "broken.docx", change)


class TestBrokenPackages:
    def test_dtd(self, tmp_path: Path) -> None:
        """
        A part with a DTD (entity expansion) is refused before it is parsed.
        """

        def with_dtd(name: str, blob: bytes) -> list[tuple[str, bytes]]:
            if name == "word/styles.xml":
                blob = (
                    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aa">]>'
                    + blob[blob.index(b"<w:styles") :]
                )
            return [(name, blob)]

        with pytest.raises(TemplateError, match=r"word/styles\.xml に DTD"):
            prepare(_package(tmp_path, with_dtd))

    def test_malformed_part(self, tmp_path: Path) -> None:
        """
        A malformed XML part is named with its line.
        """

        def cut(name: str, blob: bytes) -> list[tuple[str, bytes]]:
            return [(name, blob[:-20] if name == "word/settings.xml" else blob)]

        with pytest.raises(
            TemplateError, match=r"word/settings\.xml が XML として正しくありません"
        ):
            prepare(_package(tmp_path, cut))

    def test_too_large_unpacked(self, tmp_path: Path) -> None:
        """
        A package that unpacks to more than 200 MB (a zip bomb) is refused unread.
        """

        def bomb(name: str, blob: bytes) -> list[tuple[str, bytes]]:
            extra = (
                [("word/media/zeros.bin", bytes(201_000_000))]
                if name == "word/document.xml"
                else []
            )
            return [(name, blob), *extra]

        with pytest.raises(TemplateError, match="200 MB"):
            prepare(_package(tmp_path, bomb))
