"""
The glossary (``docs/glossary.md``) holds: a label printed on several forms has the same
attribute name on each of them, shared structures are one class and different structures
have different class names, except the divergences listed in the glossary's exceptions
table (read from the page, so the page and the test cannot drift).
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from attrs import frozen

from pia_dsl.forms.registry import Form
from pia_dsl.schema import FieldSpec, Shape, fields_of

GLOSSARY = Path(__file__).resolve().parents[1] / "docs" / "glossary.md"
FORMS = tuple(Form)

PAIRS = list(itertools.combinations(FORMS, 2))


@frozen
class Place:
    """
    One item of a form: its label, its parent's label, its attribute name and its class
    (``None`` for a value).
    """

    form: str
    parent: str
    label: str
    name: str
    cls: type | None


def _part(spec: FieldSpec) -> type | None:
    """The class of a part or a group's members (from the compiled schema), else ``None``."""
    parted = spec.shape in {Shape.PART, Shape.GROUP} and attrs.has(spec.target)
    return spec.target if parted else None


def places(cls: type, form: str, parent: str = "") -> Iterator[Place]:
    """
    Every item below the attrs class ``cls``, in field order.
    """
    for spec in fields_of(cls):
        meta = spec.item
        if meta is None:
            continue
        sub = _part(spec)
        yield Place(form, parent, meta.label, spec.name, sub)
        if sub is not None:
            yield from places(sub, form, meta.label)


ALL = [p for form in FORMS for p in places(form.root, form)]


@frozen
class Exception_:
    """
    One row of the glossary's exceptions table.
    """

    label: str
    names: dict[str, frozenset[str]]
    reason: str


def exceptions() -> dict[str, Exception_]:
    """
    The exceptions table of ``docs/glossary.md``, by label.
    """
    text = GLOSSARY.read_text(encoding="utf-8")
    table = text.split("<!-- exceptions:start -->", 1)[1].split("<!-- exceptions:end -->", 1)[0]
    rows: dict[str, Exception_] = {}
    for line in table.strip().splitlines()[2:]:
        label, forms, names, reason = (c.strip() for c in line.strip().strip("|").split("|"))
        by_form: dict[str, set[str]] = defaultdict(set)
        for pair in names.split(";"):
            form, name = (p.strip() for p in pair.split("="))
            by_form[form].add(name)
        assert set(by_form) == {f.strip() for f in forms.split(",")}, line
        assert reason, line
        rows[label] = Exception_(label, {f: frozenset(n) for f, n in by_form.items()}, reason)
    return rows


def names_by_label(forms: tuple[str, ...]) -> dict[str, dict[str, set[str]]]:
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in ALL:
        if p.form in forms:
            found[p.label][p.form].add(p.name)
    return found


def divergent_labels(forms: tuple[str, ...]) -> dict[str, dict[str, set[str]]]:
    """
    The labels printed on two or more of ``forms`` with no attribute name common to all of
    them, or, under the same parent label, with different sets of names.
    """
    by_label = names_by_label(forms)
    keyed: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in ALL:
        if p.form in forms:
            keyed[p.parent, p.label][p.form].add(p.name)
    bad = {
        label: names
        for label, names in by_label.items()
        if len(names) > 1 and not set.intersection(*names.values())
    }
    for (_, label), names in keyed.items():
        if len(names) > 1 and len({frozenset(n) for n in names.values()}) > 1:
            bad[label] = by_label[label]
    return bad


@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
def test_shared_labels_have_one_name(pair: tuple[str, str]) -> None:
    listed = exceptions()
    unlisted = {
        label: {f: sorted(n) for f, n in names.items()}
        for label, names in divergent_labels(pair).items()
        if not (label in listed and set(pair) <= set(listed[label].names))
    }

    assert unlisted == {}, "docs/glossary.md に名前をそろえるか、例外表に理由とともに載せてください"


@pytest.mark.parametrize("label", list(exceptions()))
def test_every_exception_is_a_real_divergence(label: str) -> None:
    """
    Each row of the exceptions table names the attributes the forms really use for the
    label, and the label really diverges.
    """
    row = exceptions()[label]
    forms = tuple(row.names)
    by_label = names_by_label(forms)

    assert {f: frozenset(by_label[label][f]) for f in forms} == row.names
    assert label in divergent_labels(forms)


def _signature(cls: type) -> tuple[Any, ...]:
    """
    The structure of a class: its items' names, numbers, labels, ※ and types, recursively.
    """
    found = []
    for spec in fields_of(cls):
        meta = spec.item
        if meta is None:
            continue
        sub = _part(spec)
        kind = _signature(sub) if sub is not None else repr(spec.hint)
        found.append((spec.name, meta.number, meta.label, meta.star, meta.required, kind))
    return tuple(found)


@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
def test_classes_one_name_per_structure(pair: tuple[str, str]) -> None:
    """
    Two different classes of the two forms have different names, and two classes of the
    same structure are one class (in ``forms/common.py``).
    """
    classes = {p.cls for p in ALL if p.form in pair and p.cls is not None}
    by_name: dict[str, set[type]] = defaultdict(set)
    by_structure: dict[tuple[Any, ...], set[type]] = defaultdict(set)
    for cls in classes:
        by_name[cls.__name__].add(cls)
        by_structure[_signature(cls)].add(cls)

    assert {n: sorted(c.__module__ for c in cs) for n, cs in by_name.items() if len(cs) > 1} == {}
    assert [sorted(c.__qualname__ for c in cs) for cs in by_structure.values() if len(cs) > 1] == []


def test_glossary_names_every_shared_part() -> None:
    """
    The glossary's table of shared parts lists the classes of ``forms/common.py``.
    """
    text = GLOSSARY.read_text(encoding="utf-8")
    shared = {p.cls.__name__ for p in ALL if p.cls and p.cls.__module__ == "pia_dsl.forms.common"}

    assert {n for n in shared if not re.search(rf"`{n}`", text)} == set()
