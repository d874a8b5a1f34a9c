"""
Unticked slot text (``[ 　] その他（ なし ）``) and checkbox groups answered with no tick
(:func:`pia_dsl.options.unticked`, :func:`pia_dsl.options.no_ticks`): the module → render →
dump/load round trip, the rules and the 変更箇所 text.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.changes.rows import TICKED, UNTICKED, _checks_texts, value_text
from pia_dsl.forms.choices import Connection, Source
from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedAssessment, FocusedBasicInfo
from pia_dsl.io import dump, load
from pia_dsl.options import Checks, checks, no_ticks, unticked
from pia_dsl.render.context import build_context
from pia_dsl.render.docx import render_bytes
from pia_dsl.validate import validate
from render.docx_text import all_text


def _focused(connections: Checks[Connection]) -> FocusedAssessment:
    system = System(
        key="main", name="小児医療費助成システム", functions="資格管理", connections=connections
    )
    return FocusedAssessment(s1=FocusedBasicInfo(systems=(system,)))


def _printed(document: Any) -> list[str]:
    context = build_context(document)
    return [line for s in context["sections"] for r in s["rows"] for line in r.get("value", [])]


def _rules(document: Any, path: str) -> set[str]:
    return {f.rule for f in validate(document) if f.path == path}


CONNECTIONS = "s1.systems[main].connections"


def test_unticked_text_is_printed_and_round_trips() -> None:
    """
    ``checks(…, unticked(その他, "なし"))`` prints 「[ 　] その他 （ なし ）」 in the context and
    the .docx, and JSON/YAML dump → load gives the same model.
    """
    document = _focused(checks(Connection.ADDRESSEE, unticked(Connection.OTHER, "なし")))

    assert "[ 　] その他 （ なし ）" in _printed(document)
    assert "[ 　] その他 （ なし ）" in all_text(render_bytes(document))
    for fmt in ("json", "yaml"):
        assert load(dump(document, fmt), fmt) == document
    assert '"（チェックなし）": {\n' in dump(document, "json")
    assert not _rules(document, CONNECTIONS)


def test_no_ticks_where_the_form_allows_it() -> None:
    """
    A system with no other connection: ``no_ticks()`` is an answer (no 未記入) and round
    trips; an empty ``checks()`` is still 未記入.
    """
    stated = _focused(no_ticks(unticked(Connection.OTHER, "なし")))
    bare = _focused(no_ticks())

    assert not _rules(stated, CONNECTIONS)
    assert not _rules(bare, CONNECTIONS)
    assert load(dump(bare)) == bare
    assert load(dump(stated)) == stated
    assert "required" in _rules(_focused(checks()), CONNECTIONS)


def test_no_ticks_refused_where_a_tick_is_needed() -> None:
    """入手元 needs a tick: an explicitly empty group is an error, not an answer."""
    from pia_dsl.forms.juten import FocusedAcquisition, FocusedFileOverview

    document = FocusedAssessment(
        s2=FocusedFileOverview(acquisition=FocusedAcquisition(sources=no_ticks()))
    )

    assert "no-tick-not-allowed" in _rules(document, "s2.acquisition.sources")


def test_unticked_rules() -> None:
    """Unticked text needs a slot, and an option is either ticked or unticked."""
    no_slot = _focused(checks(unticked(Connection.TAX, "x")))
    both = _focused(checks((Connection.OTHER, "a"), unticked(Connection.OTHER, "b")))

    assert "no-slot" in _rules(no_slot, CONNECTIONS)
    assert "ticked-and-unticked" in _rules(both, CONNECTIONS)


def test_change_of_unticked_text_is_a_row_text() -> None:
    """The 変更箇所 text of a group shows the unticked slot text as printed."""
    group = checks(Source.PERSON, unticked(Source.OTHER, "なし"))

    assert value_text(group) == f"{TICKED}本人又は本人の代理人"
    before, after = _checks_texts(group, checks(Source.PERSON, unticked(Source.OTHER, "市民")))
    assert (before, after) == (f"{UNTICKED}その他（なし）", f"{UNTICKED}その他（市民）")


slots = [o for o in Connection if o.has_slot]
texts = st.text(alphabet="なし市民税課（）ー- 　", max_size=8)


@given(
    ticked=st.lists(st.sampled_from(list(Connection)), unique=True, max_size=4),
    blank=st.dictionaries(st.sampled_from(slots), texts, max_size=1),
    none=st.booleans(),
    text=texts,
)
def test_round_trip_property(
    ticked: list[Connection], blank: dict[Connection, str], none: bool, text: str
) -> None:
    """Any group of ticks, unticked texts and the no-tick flag survives dump → load."""
    entries = tuple((o, text if o.has_slot else "") for o in ticked)
    free = tuple((o, t) for o, t in blank.items() if o not in ticked)
    document = _focused(Checks(entries, free, none_ticked=none))

    for fmt in ("json", "yaml"):
        assert load(dump(document, fmt), fmt) == document
