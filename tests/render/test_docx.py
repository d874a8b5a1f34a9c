"""
Tests for pia_dsl.render.docx: rendering to Word, checked against the model with the walker.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pia_dsl.errors import InvalidAssessmentError, TemplateError
from pia_dsl.render.docx import VALUE_LIMIT, render_bytes, render_docx
from pia_dsl.render.package import ZIP_EPOCH
from render.docx_text import all_text, assert_changes, assert_rendered, blocks, open_docx
from render.samples import TRICKY, blank, examples, real_forms, toy
from strategies import documents

TOY_TEMPLATE_FORM = "juten"


def _toy_bytes(name: str = "小児医療費助成に関する事務", **kwargs: Any) -> bytes:
    from render.samples import TEMPLATES

    return render_bytes(toy(name), template=TEMPLATES / f"{TOY_TEMPLATE_FORM}.docx", **kwargs)


class TestWalkerDriven:
    def test_toy(self) -> None:
        """
        Every label and value of the toy form is printed in the row of its label.
        """
        document = toy()

        assert_rendered(document, blocks(_toy_bytes()))

    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_blank_forms(self, form: str) -> None:
        """
        A blank document of every form prints every label.
        """
        document = blank(form)

        assert_rendered(document, blocks(render_bytes(document)))

    @pytest.mark.parametrize(("name", "document"), examples(), ids=[n for n, _ in examples()])
    def test_examples(self, name: str, document: Any, tmp_path: Path) -> None:
        """
        The example assessments print every label and every value, and their history.
        """
        out = render_docx(document, tmp_path / f"{name}.docx")
        found = blocks(out)

        assert_rendered(document, found)
        assert_changes(document.history, found)

    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_random_documents(self, form: str) -> None:
        """
        Random documents with adversarial texts render and print every value.
        """

        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
        @given(documents(real_forms()[form]))
        def check(document: Any) -> None:
            assert_rendered(document, blocks(render_bytes(document)))

        check()


class TestEscaping:
    def test_specials_verbatim(self) -> None:
        """
        <, >, &, quotes, 「＜…＞」 and 外字 (髙・﨑・𠮷) come out verbatim.
        """
        text = all_text(_toy_bytes(TRICKY))

        assert TRICKY in text

    @given(
        st.lists(
            st.sampled_from(["<", ">", "&", '"', "'", "{{", "}}", "{%", "%}", "𠮷", "a"]),
            max_size=12,
        ).map("".join)
    )
    @settings(max_examples=20, deadline=None)
    def test_any_specials(self, name: str) -> None:
        """
        Template syntax and XML specials in values are printed, not interpreted.
        """
        if not name.strip():
            name = "x"

        assert name.strip() in all_text(_toy_bytes(name))


#: docxtpl rewrites these four in its output into ``{{`` ``}}`` ``{%`` ``%}`` (issue 12.8).
DOCXTPL_ESCAPES = ["{_{", "}_}", "{_%", "%_}"]
#: Pieces of a value: docxtpl's escapes, Jinja and XML syntax, spaces, tabs, line breaks.
PIECES = [
    *DOCXTPL_ESCAPES,
    "{{",
    "}}",
    "{%",
    "%}",
    "{#",
    "<w:t>",
    "&amp;",
    "&",
    "<",
    "]]>",
    "\t",
    "\n",
    " ",
    "\u3000",
    "𠮷",
    "髙",
    "a",
]


def _values_of(text: str) -> Any:
    """
    The toy document with ``text`` in its 事務の名称 and in a system's name and functions.
    """
    import attrs

    document = toy(text)
    first, *others = document.systems
    return attrs.evolve(document, systems=(attrs.evolve(first, name=text, functions=text), *others))


class TestEveryCharacter:
    """
    Every character of every text value is in the rendered document, unchanged.
    """

    @given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=16).map("".join))
    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    def test_pieces(self, text: str) -> None:
        """
        Values made of docxtpl's escapes, template and XML syntax and white space print
        as written (inside letters, so that a line of only spaces is still a line).
        """
        value = f"始{text}終"
        from render.samples import TEMPLATES

        data = render_bytes(_values_of(value), template=TEMPLATES / f"{TOY_TEMPLATE_FORM}.docx")

        assert all_text(data).count(value) >= 3

    @pytest.mark.parametrize("escape", DOCXTPL_ESCAPES)
    def test_docxtpl_escapes(self, escape: str) -> None:
        """
        ``{_{`` and its kin are not turned into template syntax (docxtpl does that).
        """
        value = f"値{escape}値"

        assert value in all_text(_toy_bytes(value))

    def test_value_at_the_limit(self) -> None:
        """
        A value of VALUE_LIMIT characters (with every piece) is printed whole.
        """
        chunk = "".join(PIECES).replace("\n", "")
        value = (chunk * (VALUE_LIMIT // len(chunk) + 1))[:VALUE_LIMIT]

        assert value in all_text(_toy_bytes(value))

    def test_value_over_the_limit(self) -> None:
        """
        A longer value is refused with a message naming the item, never cut.
        """
        with pytest.raises(InvalidAssessmentError, match=r"1,000,001 文字"):
            _toy_bytes("あ" * (VALUE_LIMIT + 1))


def _misspelt_template(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("{{ titel }}")
    document.save(str(path))
    return path


class TestStrict:
    def test_misspelt_tag_fails(self, tmp_path: Path) -> None:
        """
        A tag the context does not have is an error naming it, not a blank.
        """
        template = _misspelt_template(tmp_path / "bad.docx")

        with pytest.raises(TemplateError, match="titel"):
            render_docx(toy(), tmp_path / "out.docx", template=template)

    def test_missing_template(self, tmp_path: Path) -> None:
        """
        A missing template is a TemplateError with the path.
        """
        with pytest.raises(TemplateError, match=r"nothing\.docx"):
            render_bytes(toy(), template=tmp_path / "nothing.docx")


class TestAtomic:
    def test_failure_keeps_previous(self, tmp_path: Path) -> None:
        """
        A failed render keeps the previous file and leaves no temporary file.
        """
        out = tmp_path / "out.docx"
        out.write_bytes(b"previous")

        with pytest.raises(TemplateError):
            render_docx(toy(), out, template=_misspelt_template(tmp_path / "bad.docx"))

        assert out.read_bytes() == b"previous"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.docx", "out.docx"]

    def test_success_replaces(self, tmp_path: Path) -> None:
        """
        A successful render replaces the file and leaves only it.
        """
        out = tmp_path / "out.docx"
        out.write_bytes(b"previous")

        render_docx(blank("juten"), out)

        assert zipfile.is_zipfile(out)
        assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


class TestDeterministic:
    def test_byte_identical(self, tmp_path: Path) -> None:
        """
        Rendering the same document twice, seconds apart, gives the same bytes.
        """
        document = blank("zenkomoku")
        first = render_docx(document, tmp_path / "a.docx").read_bytes()
        time.sleep(2.1)
        second = render_docx(document, tmp_path / "b.docx").read_bytes()

        assert first == second

    def test_fixed_metadata(self) -> None:
        """
        Zip entries carry a fixed time; the document times come from the 公表日.
        """
        data = render_bytes(blank("juten"))
        with zipfile.ZipFile(__import__("io").BytesIO(data)) as package:
            infos = package.infolist()

        assert {info.date_time for info in infos} == {ZIP_EPOCH}
        assert infos[0].filename == "[Content_Types].xml"
        properties = open_docx(data).core_properties
        assert properties.last_modified_by == "pia_dsl"
        assert properties.revision == 1
        assert properties.created is not None
        assert properties.created.year == 2000
