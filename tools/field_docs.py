"""
Generate the attribute docstrings of the form model from its item metadata.

IDEs (Pylance/pyright, PyCharm, Jedi) show the string literal written directly after an
attribute in a class body when hovering over the attribute.  The official number, label
and ※ flag of every form item are written once, in ``item(...)`` metadata; this tool
derives a one-line docstring from them for every field that has item metadata, in every
attrs class under ``src/pia_dsl/forms``::

    departments: str = field(default="", metadata=item("", "使用部署"))
    \"\"\"様式: 使用部署 — 重要な変更の対象（上位の項目の※） (Ⅱ-３-④ in 重点項目評価書)\"\"\"

The docstring gives the printed number and label (with its ※ and note), whether a change
of the item is a 重要な変更, and where the item stands on the forms: the path of every
place the class is used when it is used in at most two places (a class shared by both
forms names both), none when it is used in more (``RiskMeasure``).  The places come from
walking each registered form (:func:`pia_dsl.walk.walk`) over an instance with one member
in every repeated group.

Generated docstrings start with :data:`MARKER`; the tool replaces them, inserts missing
ones and removes those left after a field that lost its metadata.  Usage::

    python tools/field_docs.py           # rewrite the files
    python tools/field_docs.py --check   # exit 1 if a file would change (tests run this)

Run ``ruff format`` afterwards (the tool writes single-line docstrings the formatter keeps).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import sys
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_origin

import attrs

import pia_dsl.forms
from pia_dsl.forms.registry import Form
from pia_dsl.meta import Item, item_of
from pia_dsl.options import Checks
from pia_dsl.walk import Kind, Segment, walk

__all__ = ["MARKER", "Place", "describe", "expected_docs", "main", "places", "rewrite"]

#: The start of every generated docstring.
MARKER = "様式: "

#: The package directory whose modules the tool rewrites.
FORMS_DIR = Path(pia_dsl.forms.__file__).resolve().parent

#: Docstrings list the places of a class used in at most this many places.
MAX_PLACES = 2

#: (module, class name, field name) → docstring text.
Docs = Mapping[tuple[str, str, str], str]


@dataclass(frozen=True)
class Place:
    """
    One place where a field stands on a form: the form's short title, the official path
    without the item's own label, and whether a change there is a 重要な変更.
    """

    form: str
    location: str
    star: bool


# ---------------------------------------------------------------------------
# Where each field is used
# ---------------------------------------------------------------------------


def _blank(tp: Any) -> Any:
    """
    A blank value for a required field of type ``tp`` that holds no model class.
    """
    origin = get_origin(tp)
    if tp is str:
        return ""
    if tp is bool:
        return False
    if origin is Checks:
        return Checks()
    if origin is tuple:
        return ()
    if origin in {typing.Union, types.UnionType} and type(None) in get_args(tp):
        return None
    msg = f"no blank value for {tp!r}"
    raise TypeError(msg)


def _sample(cls: type) -> Any:
    """
    An instance of ``cls`` with one member in every repeated group, so that walking it
    reaches every field of the model.
    """
    attrs.resolve_types(cls)
    kwargs: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        meta = item_of(attribute.metadata)
        tp = attribute.type
        if meta is None and attribute.name == "key":
            kwargs[attribute.alias] = "k"
        elif meta is not None and meta.member:
            (member,) = [a for a in get_args(tp) if a is not Ellipsis]
            kwargs[attribute.alias] = (_sample(member),)
        elif isinstance(tp, type) and attrs.has(tp):
            kwargs[attribute.alias] = _sample(tp)
        elif attribute.default is attrs.NOTHING:
            kwargs[attribute.alias] = _blank(tp)
    return cls(**kwargs)


def _form_name(root: type) -> str:
    """
    The name of a form (重点項目評価書), from the registry.
    """
    form = Form.of(root)
    return form.label if form is not None else root.__name__


def _generic(segment: Segment) -> Segment:
    """
    A member segment with ``n`` for its number (システム1 → システムn).
    """
    if not segment.is_member:
        return segment
    return Segment(segment.number, re.sub(r"\d+$", "n", segment.label), is_member=True)


def places(roots: Iterable[type]) -> dict[tuple[type, str], list[Place]]:
    """
    (class, field name) → the places of that field on the forms ``roots``, in form order.
    """
    found: dict[tuple[type, str], list[Place]] = {}
    for root in roots:
        form = _form_name(root)
        for entry in walk(_sample(root)):
            if entry.kind is Kind.MEMBER or entry.owner is None:
                continue
            generic = attrs.evolve(entry, segments=tuple(map(_generic, entry.segments)))
            location = generic.official
            if location.endswith(f" {entry.item.label}"):
                location = location[: -len(entry.item.label) - 1]
            place = Place(form, location, entry.star)
            spots = found.setdefault((type(entry.owner), entry.path[-1]), [])
            if place not in spots:
                spots.append(place)
    return found


# ---------------------------------------------------------------------------
# The docstrings
# ---------------------------------------------------------------------------


def describe(meta: Item, spots: Sequence[Place]) -> str:
    """
    The docstring of a field with item metadata ``meta`` that stands at ``spots``.
    """
    stars = {spot.star for spot in spots}
    star = stars.pop() if len(stars) == 1 else meta.star
    text = f"{MARKER}{meta.printed_label}"
    if star and meta.star:
        text += " — 重要な変更の対象"
    elif star:
        text += " — 重要な変更の対象（上位の項目の※）"
    elif meta.star is False:
        text += " — 重要な変更の対象外（※の例外）"
    elif star is False:
        text += " — ※なし"
    if 0 < len(spots) <= MAX_PLACES:
        text += " (" + "; ".join(f"{s.location} in {s.form}" for s in spots) + ")"
    return text


def _modules() -> Iterator[types.ModuleType]:
    yield pia_dsl.forms
    for info in pkgutil.walk_packages(pia_dsl.forms.__path__, "pia_dsl.forms."):
        yield importlib.import_module(info.name)


def expected_docs() -> dict[tuple[str, str, str], str]:
    """
    The docstring of every field with item metadata of every attrs class of the forms.
    """
    roots = [form.root for form in sorted(Form)]
    used = places(roots)
    docs: dict[tuple[str, str, str], str] = {}
    for module in _modules():
        for name, cls in vars(module).items():
            if not (isinstance(cls, type) and attrs.has(cls) and cls.__module__ == module.__name__):
                continue
            for attribute in attrs.fields(cls):
                meta = item_of(attribute.metadata)
                if meta is not None:
                    spots = used.get((cls, attribute.name), [])
                    docs[module.__name__, name, attribute.name] = describe(meta, spots)
    return docs


# ---------------------------------------------------------------------------
# Rewriting the source
# ---------------------------------------------------------------------------


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'"""{escaped}"""'


def _is_generated(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
        and statement.value.value.startswith(MARKER)
    )


def rewrite(source: str, module: str, docs: Docs) -> str:
    """
    ``source`` (the text of ``module``) with the generated docstring of every field in
    ``docs`` directly after the field, and no generated docstring anywhere else.
    """
    lines = source.splitlines(keepends=True)
    # (first line, last line, replacement lines), 0-based and inclusive; an insertion
    # after line n is (n + 1, n, …).
    edits: list[tuple[int, int, list[str]]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for index, statement in enumerate(body):
            following = body[index + 1] if index + 1 < len(body) else None
            if _is_generated(statement):
                previous = body[index - 1] if index else None
                if not (
                    isinstance(previous, ast.AnnAssign)
                    and isinstance(previous.target, ast.Name)
                    and (module, node.name, previous.target.id) in docs
                ):
                    edits.append((statement.lineno - 1, _end(statement) - 1, []))
                continue
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                continue
            text = docs.get((module, node.name, statement.target.id))
            if text is None:
                continue
            line = " " * statement.col_offset + _literal(text) + "\n"
            if following is not None and _is_generated(following):
                edits.append((following.lineno - 1, _end(following) - 1, [line]))
            else:
                edits.append((_end(statement), _end(statement) - 1, [line]))
    for first, last, new in sorted(edits, reverse=True):
        lines[first : last + 1] = new
    return "".join(lines)


def _end(statement: ast.stmt) -> int:
    end = statement.end_lineno
    if end is None:  # pragma: no cover - ast.parse always sets positions
        msg = "statement without a position"
        raise ValueError(msg)
    return end


def _module_name(path: Path, forms_dir: Path) -> str:
    parts = path.relative_to(forms_dir).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("pia_dsl", "forms", *parts))


def main(argv: Sequence[str] | None = None) -> int:
    """
    Rewrite (or with ``--check`` only compare) the modules of the forms.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if a file would change"
    )
    parser.add_argument(
        "--forms",
        type=Path,
        default=FORMS_DIR,
        help="the pia_dsl/forms directory to rewrite (default: the imported package's)",
    )
    args = parser.parse_args(argv)
    docs = expected_docs()
    changed: list[Path] = []
    for path in sorted(args.forms.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        updated = rewrite(source, _module_name(path, args.forms), docs)
        if updated != source:
            changed.append(path)
            if not args.check:
                path.write_text(updated, encoding="utf-8")
    verb = "would change" if args.check else "rewrote"
    for path in changed:
        print(f"{verb}: {path}")
    if args.check and changed:
        print("field docstrings are out of date: run `python tools/field_docs.py`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
