"""
Tests for pia_dsl.io: canonical JSON/YAML and strict loading.
"""

from __future__ import annotations

import contextlib
import json
import string
from datetime import date
from typing import TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.errors import InvalidAssessmentError
from pia_dsl.forms.choices import Connection, Consigning, Source, Sufficiency
from pia_dsl.forms.common import System
from pia_dsl.io import dump, load
from pia_dsl.options import CheckOption, Checks
from toy_form import ToyAssessment, ToyConsignment, ToySection

E = TypeVar("E", bound=CheckOption)

texts = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\x85\u2028\u2029")
    | st.sampled_from(["＜", "＞", "𠮷", "髙", "﨑", "&", "<", '"', "\n", "\t", " ", "・"]),
    max_size=40,
)
keys = st.text(alphabet=string.ascii_lowercase + string.digits + "_-", min_size=1, max_size=8)


def _checks(
    option_type: type[E], slot_texts: st.SearchStrategy[str]
) -> st.SearchStrategy[Checks[E]]:
    options: list[E] = list(option_type)
    return st.lists(st.tuples(st.sampled_from(options), slot_texts), max_size=len(options)).map(
        lambda pairs: Checks(tuple((o, t if o.has_slot else "") for o, t in pairs))
    )


systems = st.builds(
    System, key=keys, name=texts, functions=texts, connections=_checks(Connection, texts)
)
sections = st.builds(
    ToySection,
    consigning=st.none() | st.sampled_from(Consigning),
    items=st.lists(st.builds(ToyConsignment, key=keys, content=texts), max_size=3).map(tuple),
    sufficiency=st.none() | st.sampled_from(Sufficiency),
)
assessments = st.builds(
    ToyAssessment,
    name=texts,
    published=st.none() | st.dates(min_value=date(1868, 10, 23)),
    sources=_checks(Source, texts),
    systems=st.lists(systems, max_size=3).map(tuple),
    section=sections,
)


@given(assessments)
def test_json_round_trip(assessment: ToyAssessment) -> None:
    """model → JSON → model is exact."""
    assert load(dump(assessment, "json"), "json") == assessment


@given(assessments)
def test_yaml_round_trip(assessment: ToyAssessment) -> None:
    """model → YAML → model is exact, including special characters and blank lines."""
    assert load(dump(assessment, "yaml"), "yaml") == assessment


@given(assessments)
def test_dump_is_deterministic(assessment: ToyAssessment) -> None:
    """The same model always dumps to the same text."""
    assert dump(assessment) == dump(load(dump(assessment)))


class TestCanonicalForm:
    def test_official_texts(self) -> None:
        """Choices are their official option text; checkbox groups map option → slot text; dates are 和暦."""
        data = json.loads(
            dump(
                ToyAssessment(
                    name="x",
                    sources=Checks(((Source.OTHER_DEPARTMENT, "市民税課"),)),
                    section=ToySection(consigning=Consigning.NO),
                )
            )
        )

        assert data["form"] == "toy"
        assert data["section"]["consigning"] == "委託しない"
        assert data["sources"] == {"評価実施機関内の他部署": "市民税課"}


class TestStrictLoading:
    def _data(self) -> dict[str, object]:
        loaded: dict[str, object] = json.loads(dump(ToyAssessment(name="x")))
        return loaded

    def test_unknown_key(self) -> None:
        """An unknown key is rejected, naming it."""
        data = self._data() | {"nmae": "y"}

        with pytest.raises(InvalidAssessmentError, match="様式にないキー"):
            load(json.dumps(data, ensure_ascii=False))

    def test_wrong_choice_names_label(self) -> None:
        """A wrong option text is rejected with the path, the official label and the allowed options."""
        data = self._data()
        data["section"] = {"consigning": "委託しなかった", "items": [], "sufficiency": None}

        with pytest.raises(InvalidAssessmentError) as info:
            load(json.dumps(data, ensure_ascii=False))

        message = str(info.value)
        assert "$.section.consigning" in message
        assert "委託の有無" in message
        assert "「委託する」" in message

    def test_wrong_checkbox_option(self) -> None:
        """A checkbox option that is not on the form is rejected."""
        data = self._data() | {"sources": {"本人": ""}}

        with pytest.raises(InvalidAssessmentError, match="「本人」は選択肢にありません"):
            load(json.dumps(data, ensure_ascii=False))

    def test_invalid_date(self) -> None:
        """An invalid 和暦 date is rejected with its label."""
        data = self._data() | {"published": "平成31年5月1日"}

        with pytest.raises(InvalidAssessmentError, match="公表日"):
            load(json.dumps(data, ensure_ascii=False))

    def test_unknown_form(self) -> None:
        """The form name must be one of the known forms."""
        with pytest.raises(InvalidAssessmentError, match="form"):
            load('{"form": "nope"}')

    def test_not_json(self) -> None:
        """Unreadable text gives a message, not a traceback."""
        with pytest.raises(InvalidAssessmentError, match="JSON"):
            load("{")


#: Pieces of YAML and JSON syntax, for texts that hit the parsers' corners.
_SYNTAX_PIECES = st.sampled_from(
    [
        "form: juten\n",
        "cover:\n",
        "  title: ",
        "? ",
        ": ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "<<: ",
        "!!int ",
        "!!map ",
        "!x ",
        "null",
        "~",
        "1",
        "9" * 5000,
        "\n",
        "  ",
        '"',
        "'",
        "\\ud800",
        "\t",
        "#",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "true",
        "1e999",
        '{"form": "juten"',
        ', "cover": ',
        '"title"',
        ": [",
        "]" * 3,
        "[" * 1200,
    ]
)


@pytest.mark.parametrize("fmt", ["json", "yaml"])
@given(pieces=st.lists(_SYNTAX_PIECES, max_size=12))
def test_any_text_loads_or_is_an_input_error(fmt: str, pieces: list[str]) -> None:
    """Whatever the text, load() gives a document or an InvalidAssessmentError (a message,
    never a traceback): issue 12.12."""
    with contextlib.suppress(InvalidAssessmentError):
        load("".join(pieces), fmt)  # type: ignore[arg-type]
