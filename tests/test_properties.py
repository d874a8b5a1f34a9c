"""
Properties that hold for every document of every form, drawn by hypothesis with
adversarial texts (``tests/strategies.py``):

* validation never raises, and reports every character Word cannot store as
  ``control-character`` (and nothing else as such);
* the rendered .docx opens with python-docx and prints every text value verbatim, line by
  line (tabs, leading and trailing spaces, lines of only spaces, 10,000-character fields);
* the canonical JSON and YAML round trip exactly and can be written as UTF-8;
* a document diffed with itself has no 変更箇所 row, and the rows between two documents
  name the new value of every item that differs.

``HYPOTHESIS_PROFILE=ci`` runs 200 examples per property (``tests/conftest.py``).
"""

from __future__ import annotations

import enum
import io
import random
import types
import typing
import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Any, get_args, get_origin

import attrs
import docx
import pytest
from docx.document import Document as DocumentObject
from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.changes import diff_documents
from pia_dsl.changes.blocks import changed_runs
from pia_dsl.changes.rows import long_item
from pia_dsl.errors import InvalidAssessmentError
from pia_dsl.figures import Diagram, diagram_texts
from pia_dsl.forms.choices import Effort, Sufficiency
from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.registry import Form
from pia_dsl.io import dump, load, to_data
from pia_dsl.meta import item_of
from pia_dsl.options import Checks
from pia_dsl.render.docx import render_bytes
from pia_dsl.validate import Finding, validate
from pia_dsl.walk import Entry, Kind, walk
from pia_dsl.wareki import Undecided, format_wareki
from strategies import dates, documents, texts, unsafe_texts, with_value

FORMS: dict[str, type[Any]] = {form.value: form.root for form in Form}

#: The 変更日 of computed rows (fixed: a draft would otherwise be dated today).
ON = date(2025, 7, 18)


def change_rows(text: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[ChangeRow, ...]]:
    """
    Carried-over 変更箇所 rows (``history``).
    """
    row = st.builds(
        ChangeRow,
        date=dates,
        item=text,
        before=text,
        after=text,
        timing=st.none() | st.sampled_from(Timing),
        explanation=text,
    )
    return st.lists(row, max_size=2).map(tuple)


@st.composite
def with_history(
    draw: st.DrawFn, root: type[Any], *, unsafe: bool = False, max_members: int = 2
) -> Any:
    """
    A document with up to two carried-over 変更箇所 rows.
    """
    document = draw(documents(root, unsafe=unsafe, max_members=max_members))
    history = draw(change_rows(unsafe_texts if unsafe else texts))
    return attrs.evolve(document, history=history)


# ---------------------------------------------------------------------------
# Texts of a document
# ---------------------------------------------------------------------------


def text_values(document: Any) -> Iterator[tuple[str, str]]:
    """
    ``(where, text)`` for every text the document prints: text fields, the slot texts of
    ticked options, and the text columns of the ``history`` rows.
    """
    for entry in walk(document):
        if entry.kind is not Kind.FIELD:
            continue
        if isinstance(entry.value, str):
            yield entry.dotted, entry.value
        elif isinstance(entry.value, Checks):
            for option, text in entry.value.entries:
                if option.has_slot:
                    yield f"{entry.dotted}[{option.value}]", text
    for number, row in enumerate(getattr(document, "history", ())):
        for name in ("item", "before", "after", "explanation"):
            yield f"history[{number}].{name}", getattr(row, name)


def unstorable(text: str) -> bool:
    """
    Whether ``text`` holds a character that XML (hence Word) cannot store, or a control
    character other than tab and line feed.
    """
    return any(
        (unicodedata.category(c) in {"Cc", "Cs"} and c not in "\t\n") or c in "\ufffe\uffff"
        for c in text
    )


# ---------------------------------------------------------------------------
# (a) validation
# ---------------------------------------------------------------------------


def check_validation(document: Any) -> None:
    """
    (a) ``validate`` returns findings without raising; a ``control-character`` finding is
    reported exactly where a character Word cannot store is.
    """
    findings = validate(document)

    assert all(isinstance(f, Finding) for f in findings)
    assert all(f.item and f.message for f in findings)
    reported = {f.path for f in findings if f.rule == "control-character"}
    expected = {_finding_path(where) for where, text in text_values(document) if unstorable(text)}
    assert reported == expected


#: Values an author may put where they do not belong.
WRONG_VALUES: tuple[Any, ...] = (
    None,
    123,
    1.5,
    True,
    "1万人以上10万人未満",
    "",
    Sufficiency.SPECIAL,
    Effort.SPECIAL,
    date(2025, 7, 18),
    Checks(),
    (),
    ("a",),
    {"title": "x"},
    ["x"],
)


def _annotation(owner: Any, name: str) -> Any:
    return attrs.fields_dict(attrs.resolve_types(type(owner)))[name].type


def clearly_wrong(value: Any, tp: Any) -> bool:
    """
    Whether ``value`` cannot be of the field type ``tp`` on any reading (an independent,
    coarse oracle: ``None`` where no ``None`` is allowed, text where no text is, a number,
    a dict or a list anywhere).
    """
    arms = get_args(tp) if get_origin(tp) in {typing.Union, types.UnionType} else (tp,)
    if value is None:
        return type(None) not in arms
    if isinstance(value, str):
        return str not in arms
    if isinstance(value, float | dict | list):
        return True
    if isinstance(value, int) and not isinstance(value, bool):
        return int not in arms
    return False


@st.composite
def ill_typed(draw: st.DrawFn, document: Any) -> tuple[Any, tuple[str, ...], Any]:
    """
    ``document`` with one item (a field or a repeated group) holding a value of another
    type, the item's path and its annotation.
    """
    entries = [e for e in walk(document) if e.kind in {Kind.FIELD, Kind.REPEAT}]
    entry = entries[draw(st.integers(min_value=0, max_value=len(entries) - 1))]
    wrong = draw(st.sampled_from(WRONG_VALUES))
    return (
        with_value(document, entry.path, wrong),
        entry.path,
        _annotation(entry.owner, entry.path[-1]),
    )


def check_wrong_types(variant: Any, path: tuple[str, ...], tp: Any) -> None:
    """
    (a) A value of the wrong type neither breaks validation nor rendering: it is reported
    (as ``type`` or ``wrong-choice``) on its item, and the renderer refuses the document
    with a message instead of failing in docxtpl.
    """
    dotted = ".".join(path).replace(".[", "[")
    value = variant
    for step in path:
        value = (
            next(m for m in value if m.key == step[1:-1])
            if step.startswith("[")
            else getattr(value, step)
        )

    findings = validate(variant)

    flagged = {f.path for f in findings if f.rule in {"type", "wrong-choice"}}
    assert flagged <= {dotted}
    if clearly_wrong(value, tp):
        assert flagged == {dotted}
    if flagged:
        with pytest.raises(InvalidAssessmentError):
            render_bytes(variant)


def _finding_path(where: str) -> str:
    """
    The path a finding names for a text: the field for a slot text (``x.sources``).
    """
    return where.rsplit("[", 1)[0] if where.endswith("]") else where


# ---------------------------------------------------------------------------
# (b) rendering
# ---------------------------------------------------------------------------


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}


def _paragraph_text(paragraph: Any) -> str:
    """
    The text of a ``w:p`` as python-docx's ``Paragraph.text`` reads it (``w:tab`` a tab,
    ``w:br`` a line feed), without building python-docx objects for each run.
    """
    parts: list[str] = []
    for node in paragraph.iter(*_RUN_TEXT):
        mapped = _RUN_TEXT[node.tag]
        if mapped is None:
            parts.append(node.text or "")
        elif node.tag != f"{_W}br" or node.get(f"{_W}type") in {None, "textWrapping"}:
            parts.append(mapped)
    return "".join(parts)


def _containers(document: DocumentObject) -> list[list[str]]:
    """
    The paragraph texts of the body and of every table cell (nested tables too), one
    list per container, in order.
    """
    found: list[list[str]] = []

    def visit(element: Any) -> None:
        paragraphs: list[str] = []
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                paragraphs.append(_paragraph_text(child))
            elif child.tag == f"{_W}tbl":
                for row in child.iterchildren(f"{_W}tr"):
                    for cell in row.iterchildren(f"{_W}tc"):
                        visit(cell)
            elif child.tag == f"{_W}sdt":
                for content in child.iterchildren(f"{_W}sdtContent"):
                    visit(content)
        found.append(paragraphs)

    visit(document.element.body)
    return found


_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def unpreserved(document: DocumentObject) -> list[str]:
    """
    The texts of ``w:t`` elements that begin or end with a space but lack
    ``xml:space="preserve"``: Word would drop those spaces (python-docx would not).
    """
    return [
        node.text
        for node in document.element.body.iter(f"{_W}t")
        if node.text
        and (node.text[0].isspace() or node.text[-1].isspace())
        and node.get(_PRESERVE) != "preserve"
    ]


def test_extraction_is_python_docx() -> None:
    """
    The fast text extraction of these tests reads every paragraph as python-docx does
    (tabs, line breaks, spaces), on a document that has them all.
    """
    from docx.text.paragraph import Paragraph

    from pia_dsl.forms.juten import Cover, FocusedAffair, FocusedBasicInfo

    text = "\t a \n   \n\u3000b\t"
    document = FocusedAssessment(
        cover=Cover(title=text, notes=text),
        s1=FocusedBasicInfo(affair=FocusedAffair(content=text)),
        history=(ChangeRow(date=ON, item=text, before=text, after=text, timing=None),),
    )
    opened = docx.Document(io.BytesIO(render_bytes(document)))
    paragraphs = list(opened.element.body.iter(f"{_W}p"))

    assert [_paragraph_text(p) for p in paragraphs] == [
        Paragraph(p, opened).text for p in paragraphs
    ]
    assert "\t a " in [_paragraph_text(p) for p in paragraphs]


def printed(containers: list[list[str]], text: str) -> bool:
    """
    Whether ``text`` is printed verbatim: its lines as consecutive paragraphs of one
    container (trailing line feeds print no empty paragraph), or the whole text inside
    one paragraph (a slot 「その他 （ … ）」), or its lines joined with a space (a
    member's title in its header row, the cover's 評価書名).
    """
    lines = text.split("\n")
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if lines == [""]:
        return True
    size = len(lines)
    for paragraphs in containers:
        for start in range(len(paragraphs) - size + 1):
            if paragraphs[start : start + size] == lines:
                return True
    whole, joined = "\n".join(lines), " ".join(lines)
    return any(whole in p or joined in p for paragraphs in containers for p in paragraphs)


@pytest.mark.parametrize("form", FORMS)
def test_render_prints_every_text(form: str) -> None:
    """
    The .docx opens with python-docx, and every text value of the document (and of its
    carried-over 変更箇所 rows) is printed verbatim, line by line; the document's title
    property is the 評価書名 on one line, its spaces collapsed (at most the 255
    characters a property holds).  Repeated groups hold
    at most one member here (a render takes 0.1 s; the other properties draw two).
    """

    @given(with_history(FORMS[form], max_members=1))
    def check(document: Any) -> None:
        opened = docx.Document(io.BytesIO(render_bytes(document)))
        containers = _containers(opened)

        missing = [
            (where, text) for where, text in text_values(document) if not printed(containers, text)
        ]
        assert not missing
        assert unpreserved(opened) == []
        assert opened.core_properties.title == " ".join(document.cover.title.split())[:255]

    check()


def occurrences(containers: list[list[str]], text: str) -> int:
    """
    How many times the lines of ``text`` are printed as consecutive paragraphs.
    """
    lines = text.split("\n")
    size = len(lines)
    return sum(
        paragraphs[start : start + size] == lines
        for paragraphs in containers
        for start in range(len(paragraphs) - size + 1)
    )


@pytest.mark.parametrize(
    "value",
    ["   ", "\t", "\u3000", "  a  ", "\tb\t", "c\n   \n\td", "e\n   ", "f\n\u3000", "\n\ng"],
)
def test_render_keeps_spaces_and_tabs(value: str) -> None:
    """
    Leading, trailing and only spaces, tabs, full-width spaces and leading empty lines
    print as written, in a cover row and in a table row.
    """
    from pia_dsl.forms.juten import Cover, FocusedAffair, FocusedBasicInfo

    document = FocusedAssessment(
        cover=Cover(notes=value), s1=FocusedBasicInfo(affair=FocusedAffair(content=value))
    )

    opened = docx.Document(io.BytesIO(render_bytes(document)))
    containers = _containers(opened)

    assert occurrences(containers, value) == 2
    assert unpreserved(opened) == []


# ---------------------------------------------------------------------------
# (c) JSON and YAML, (d) no change against itself; one property with (a)
# ---------------------------------------------------------------------------


def _paired(data: Any) -> Any:
    """
    ``data`` with each high surrogate that directly precedes a low one combined into the
    character they encode: JSON has one escape for both (``"\\ud800\\udfff"`` is
    U+103FF), so two lone surrogates side by side read back as that character.
    """
    if isinstance(data, str):
        return data.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
    if isinstance(data, dict):
        return {key: _paired(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_paired(value) for value in data]
    return data


def check_round_trip(document: Any) -> None:
    """
    (c) ``load(dump(document))`` is the document, in JSON and in YAML, and the dumped
    text can be written as UTF-8 and read back.
    """
    yaml_text = dump(document, "yaml")
    json_text = dump(document, "json")

    assert load(yaml_text.encode("utf-8").decode("utf-8"), "yaml") == document
    back = load(json_text.encode("utf-8").decode("utf-8"), "json")
    if back != document:
        assert to_data(back) == _paired(to_data(document))


def check_self_diff(document: Any) -> None:
    """
    (d) A document compared with itself has no change (nor, as it round trips, with
    its JSON or YAML).
    """
    assert diff_documents(document, document, on=ON) == []


@pytest.mark.parametrize("form", FORMS)
def test_any_document(form: str) -> None:
    """
    Any document, with any text (control characters, NEL, U+2028, lone surrogates and
    10,000-character fields included), validates without raising (a), round trips
    through JSON and YAML (c) and has no change against itself (d); with a value of the
    wrong type in one item, it still validates without raising (a).  One property for
    all, so that each of the 200 documents is drawn once.
    """

    @given(with_history(FORMS[form], unsafe=True), st.data())
    def check(document: Any, data: st.DataObject) -> None:
        check_validation(document)
        check_round_trip(document)
        check_self_diff(document)
        check_wrong_types(*data.draw(ill_typed(document)))

    check()


# ---------------------------------------------------------------------------
# (d) 変更箇所 between two documents
# ---------------------------------------------------------------------------


def mixed(old: Any, other: Any, rnd: random.Random) -> Any:
    """
    ``old`` with some values taken from ``other`` (a document of the same form): fields
    replaced, members dropped, members of ``other`` added, others changed in place.
    """
    changes: dict[str, Any] = {}
    for attribute in attrs.fields(type(old)):
        if attribute.name in {"key", "history"}:
            continue
        mine, theirs = getattr(old, attribute.name), getattr(other, attribute.name)
        meta = item_of(attribute.metadata)
        if meta is not None and meta.member:
            kept = [m for m in mine if rnd.random() < 0.8]
            changed = [mixed(m, t, rnd) for m, t in zip(kept, theirs, strict=False)]
            changed += kept[len(changed) :]
            taken = {m.key for m in changed}
            added = [t for t in theirs if t.key not in taken and rnd.random() < 0.5]
            changes[attribute.name] = tuple(changed + added)[: meta.max_count or None]
        elif attrs.has(type(mine)) and not isinstance(mine, Checks | Diagram):
            changes[attribute.name] = mixed(mine, theirs, rnd)
        elif rnd.random() < 0.3:
            changes[attribute.name] = theirs
    return attrs.evolve(old, **changes)


def _blank(value: Any) -> bool:
    return (
        value is None
        or value == ()
        or (isinstance(value, str) and not value.strip())
        or (isinstance(value, Checks) and not value.entries)
    )


def _printed(value: Any) -> str:
    if isinstance(value, Undecided | date):
        return format_wareki(value)
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def covers(after: str, old: Any, new: Any, label: str) -> bool:
    """
    Whether a row's 変更後の記載 shows ``new`` (the value that replaced ``old``).
    """
    if not isinstance(new, bool) and _blank(new):
        return after == "削除"
    if isinstance(new, bool):
        return after == ("[○]" if new else "[　]") + label
    if isinstance(new, str):
        return after == new
    if isinstance(new, tuple):
        return after == "\n".join(_printed(v) for v in new)
    if isinstance(new, Diagram):
        return after == (diagram_texts(old, new)[1] if isinstance(old, Diagram) else str(new))
    if isinstance(new, Checks):
        before = dict(old.entries) if isinstance(old, Checks) else {}
        now = dict(new.entries)
        changed = [o for o in {**before, **now} if before.get(o) != now.get(o)]
        return all(
            (
                f"[○]{o.value}" + (f"（{now[o]}）" if o.has_slot else "")
                if o in now
                else f"[　]{o.value}"
            )
            in after
            for o in changed
        )
    return after == _printed(new)


def blocks_shown(old: Any, new: Any, shown: list[str]) -> bool:
    """
    Whether the rows of a long text changed in part quote every new block of it
    (:mod:`pia_dsl.changes.blocks`: one row per run of changed blocks).
    """
    if not isinstance(old, str) or not isinstance(new, str) or not shown:
        return False
    runs = changed_runs(old, new)
    return all(any(block.text in text for text in shown) for run in runs for block in run.new)


def uncovered(old: Any, new: Any, rows: list[ChangeRow]) -> list[str]:
    """
    The items that differ between ``old`` and ``new`` without a row that shows the new
    value (an added member: 「項目追加」; a removed one: 「削除」).
    """
    old_index = {e.path: e for e in walk(old)}
    new_index = {e.path: e for e in walk(new)}
    afters: dict[str, list[str]] = {}
    for row in rows:
        afters.setdefault(row.item, []).append(row.after)

    def members(index: dict[tuple[str, ...], Entry]) -> set[tuple[str, ...]]:
        return {p for p, e in index.items() if e.kind is Kind.MEMBER and e.active}

    present = members(new_index)
    moved = members(old_index) ^ present

    def inside_moved(path: tuple[str, ...]) -> bool:
        return any(path[:end] in moved for end in range(1, len(path)))

    missing: list[str] = []
    for path in sorted(moved):
        entry = new_index.get(path) or old_index[path]
        wanted = "項目追加" if path in present else "削除"
        if not inside_moved(path) and wanted not in afters.get(long_item(entry.segments), []):
            missing.append(f"{entry.dotted}: {wanted}")
    for path in [*new_index, *(p for p in old_index if p not in new_index)]:
        entry = new_index.get(path) or old_index[path]
        if entry.kind is not Kind.FIELD or path == ("cover", "published") or inside_moved(path):
            continue
        before = old_index.get(path)
        after = new_index.get(path)
        old_value = before.value if before is not None and before.active else None
        new_value = after.value if after is not None and after.active else None
        if old_value == new_value or (
            _blank(old_value) and _blank(new_value) and not isinstance(new_value, bool)
        ):
            continue
        shown = afters.get(long_item(entry.segments), [])
        if not any(covers(text, old_value, new_value, entry.item.label) for text in shown) and not (
            blocks_shown(old_value, new_value, shown)
        ):
            missing.append(f"{entry.dotted}: {old_value!r} → {new_value!r}; rows: {shown!r}")
    return missing


@pytest.mark.parametrize("form", FORMS)
def test_diff_shows_every_change(form: str) -> None:
    """
    Between a document and a variant of it (fields replaced, members added, removed
    and changed), the rows' 変更後の記載 show the new value of every differing item.
    The 公表日 is the 変更日 of the rows, not a row of its own.
    """

    @given(
        documents(FORMS[form]),
        documents(FORMS[form], max_members=1, long=False),
        st.randoms(use_true_random=False),
    )
    def check(old: Any, other: Any, rnd: random.Random) -> None:
        new = mixed(old, other, rnd)

        rows = diff_documents(old, new, on=ON)

        assert uncovered(old, new, rows) == []
        assert all(row.date == ON for row in rows)

    check()
