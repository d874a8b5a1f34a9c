"""
Hypothesis strategies for any form model, built from its attrs classes and field types.

``documents(FocusedAssessment)`` draws whole assessments whose texts are adversarial:
XML specials, 「＜＞」, 外字 and surrogate-pair characters (𠮷, 髙, 﨑), emoji, combining
characters, tabs and line feeds, lines of only spaces, empty strings, U+2028/U+2029 and,
in one document of three, a field of 10,000 characters.  ``documents(root, unsafe=True)`` also puts
in what an author must not write and validation rejects: control characters (NUL, BEL,
CR, ESC, DEL, NEL), lone surrogates and the XML non-characters U+FFFE/U+FFFF.
Repeated groups get unique keys and stay within the form's maximum.
"""

from __future__ import annotations

import functools
import string
import tempfile
import typing
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from pia_dsl.figures import Diagram, diagram
from pia_dsl.options import CheckOption, Checks
from pia_dsl.schema import FieldSpec, Shape, classify, fields_of
from pia_dsl.wareki import Undecided

T = TypeVar("T")

SPECIALS = [
    "<",
    ">",
    "&",
    '"',
    "'",
    "＜中間サーバー・プラットフォームにおける措置＞",
    "𠮷",
    "髙",
    "﨑",
    "😀",
    "が",
    "か\u3099",
    "\t",
    "\n",
    "   ",
    "\n   \n",
    "\t\n",
    "・",
    "－",
    "①",
    "Ⅲ",
    "\u3000",
    "\u2028",
    "\u2029",
    "{{ x }}",
    "{% if %}",
    "{%p endfor %}",
    "]]>",
]

#: What Word cannot store and validation reports as ``control-character``.
CONTROLS = [
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\r",
    "\r\n",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9f",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
]

#: Length of the occasional long field.
LONG = 10_000

#: One document in this many has a 10,000-character field.
LONG_ONE_IN = 3

_typed = st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters="\ufffe\uffff")
_unsafe = st.characters(blacklist_categories=["Cs"])


def _mixed(characters: st.SearchStrategy[str], specials: list[str]) -> st.SearchStrategy[str]:
    """
    Random characters with special strings in between: three runs of characters (each
    one hypothesis choice, cheap to draw) around two specials, any of them empty.
    """
    piece = st.text(characters, max_size=6)
    special = st.sampled_from(["", *specials])
    return st.tuples(piece, special, piece, special, piece).map("".join)


#: Text a user can type: any character but surrogates and control characters.
short_texts = _mixed(_typed, SPECIALS)
#: Text with what an author must not write as well (control characters, lone surrogates).
unsafe_short_texts = _mixed(_unsafe, [*SPECIALS, *CONTROLS])


def _lengthen(chunk: str) -> str:
    return (chunk * (LONG // len(chunk) + 1))[:LONG]


long_texts = short_texts.filter(bool).map(_lengthen)

#: Text fields (one draw per character: a 10,000-character field is made once per
#: document, by :func:`documents`, not drawn character by character).
texts = short_texts
unsafe_texts = unsafe_short_texts
keys = st.text(alphabet=string.ascii_lowercase + string.digits + "_", min_size=1, max_size=6)
dates = st.dates(min_value=date(1989, 1, 8), max_value=date(2099, 12, 31))


def field_strategy(
    spec: FieldSpec, *, max_members: int = 2, unsafe: bool = False
) -> st.SearchStrategy[Any]:
    """
    A strategy for a compiled field (built once per field and options).
    """
    return _field_strategy(spec, max_members, unsafe)


@functools.cache
def _field_strategy(spec: FieldSpec, max_members: int, unsafe: bool) -> st.SearchStrategy[Any]:
    if spec.shape is Shape.GROUP:
        element = _shape_strategy(*classify(spec.target), max_members, unsafe)
        return st.lists(element, max_size=3).map(tuple)
    parts = [_shape_strategy(spec.shape, spec.target, max_members, unsafe)]
    if spec.undecided:
        parts.append(st.just(Undecided.UNDECIDED))
    if spec.optional:
        parts.append(st.none())
    return st.one_of(*parts)


def _shape_strategy(
    shape: Shape, target: Any, max_members: int, unsafe: bool
) -> st.SearchStrategy[Any]:
    if shape is Shape.TEXT:
        return unsafe_texts if unsafe else texts
    if shape is Shape.FLAG:
        return st.booleans()
    if shape is Shape.INT:
        return st.integers(min_value=0, max_value=10**7)
    if shape is Shape.DATE:
        return dates
    if shape is Shape.CHOICE:
        return st.sampled_from(list(target))
    if shape is Shape.CHECKS:
        return _checks(target, unsafe)
    if shape is Shape.FIGURE:
        return st.sampled_from(_diagrams())
    if shape is Shape.PART:
        return instances(target, max_members=max_members, unsafe=unsafe)
    msg = f"no strategy for {shape} {target!r}"
    raise TypeError(msg)


@functools.cache
def _diagrams() -> list[Diagram]:
    """
    Two real figures (PNG files written once into a temporary folder), so that random
    documents render and diff with a diagram.
    """
    from render.test_images import png

    folder = Path(tempfile.mkdtemp(prefix="pia-figures-"))
    found = []
    for name, colour in (("a.png", (0, 0, 0)), ("b.png", (0, 128, 255))):
        (folder / name).write_bytes(png(colour))
        found.append(diagram(name, str(folder / "module.py"), description=name))
    return found


def _checks(option_type: type[CheckOption], unsafe: bool) -> st.SearchStrategy[Checks[Any]]:
    options = list(option_type)
    slot = unsafe_texts if unsafe else texts
    return st.lists(st.tuples(st.sampled_from(options), slot), max_size=4).map(
        lambda pairs: Checks(tuple((o, t if o.has_slot else "") for o, t in pairs))
    )


@st.composite
def _instance(draw: st.DrawFn, cls: type[T], key: str | None, max_members: int, unsafe: bool) -> T:
    values: dict[str, Any] = {}
    for spec in fields_of(cls):
        meta = spec.item
        if spec.name == "key" and key is not None:
            values["key"] = key
        elif meta is not None and meta.member:
            size = min(meta.max_count or 20, max_members)
            member_keys = draw(st.lists(keys, unique=True, max_size=size))
            values[spec.name] = tuple(
                draw(_instance(spec.target, k, max_members, unsafe)) for k in member_keys
            )
        elif spec.name == "history":
            values[spec.name] = ()
        elif meta is None and spec.has_default:
            continue
        else:
            values[spec.name] = draw(_field_strategy(spec, max_members, unsafe))
    return cls(**values)


def instances(
    cls: type[T], *, key: str | None = None, max_members: int = 2, unsafe: bool = False
) -> st.SearchStrategy[T]:
    """
    Instances of an attrs form class, every field drawn from its type.
    """
    return _instance(cls, key, max_members, unsafe)


def with_value(obj: Any, path: tuple[str, ...], new: Any) -> Any:
    """
    ``obj`` with the field at the walker path ``path`` (members as ``"[key]"``) replaced
    by ``new``.
    """
    step, rest = path[0], path[1:]
    value = getattr(obj, step)
    if not rest:
        return attrs.evolve(obj, **{step: new})
    if rest[0].startswith("["):
        key = rest[0][1:-1]
        members = tuple(with_value(m, rest[1:], new) if m.key == key else m for m in value)
        return attrs.evolve(obj, **{step: members})
    return attrs.evolve(obj, **{step: with_value(value, rest, new)})


@st.composite
def _lengthened(
    draw: st.DrawFn, documents: st.SearchStrategy[T], chunk: st.SearchStrategy[str]
) -> T:
    """
    A document, one time in :data:`LONG_ONE_IN` with one of its text fields 10,000
    characters long.
    """
    document = draw(documents)
    if draw(st.integers(min_value=1, max_value=LONG_ONE_IN)) != 1:
        return document
    from pia_dsl.walk import Kind, walk

    fields = [e.path for e in walk(document) if e.kind is Kind.FIELD and isinstance(e.value, str)]
    if not fields:
        return document
    path = fields[draw(st.integers(min_value=0, max_value=len(fields) - 1))]
    return typing.cast(T, with_value(document, path, _lengthen(draw(chunk.filter(bool)))))


def documents(
    root: type[T], *, max_members: int = 2, unsafe: bool = False, long: bool = True
) -> st.SearchStrategy[T]:
    """
    Whole documents of a form (``history`` left empty); ``unsafe`` adds control
    characters and lone surrogates to the texts; ``long`` makes one text field in
    :data:`LONG_ONE_IN` documents 10,000 characters long.
    """
    drawn = instances(root, max_members=max_members, unsafe=unsafe)
    if not long:
        return drawn
    chunk = unsafe_short_texts if unsafe else short_texts
    return _lengthened(drawn, chunk)
