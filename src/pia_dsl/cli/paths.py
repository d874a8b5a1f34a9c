"""
``pia paths``: every item of a document with its official number, label and the attribute
path to use in ``provenance``, ``known_gaps`` and ``revisions`` declarations.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..forms.registry import Form, code_of
from ..render.fieldtypes import blank_instance
from ..walk import Entry, Kind, walk
from .common import add_command, add_format

__all__ = ["item_rows", "register", "run"]

#: How each kind of entry is named in the listing.
_KINDS = {Kind.GROUP: "節", Kind.REPEAT: "繰り返し", Kind.MEMBER: "項目n", Kind.FIELD: "項目"}


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "paths",
        run,
        description="評価書の各項目（節・繰り返し項目・項目）について、様式の番号と名称、provenance・known_gaps・"
        "revisions の宣言に書くパスを一覧します。documents のあるモジュールでは「kiso:s1.file_names」のように"
        "様式名付きのパスを示します。PATH を省略して --form を指定すると、空の様式の項目を一覧します。\n\n"
        "List every item's official number, label and the path to use in declarations.",
        examples="  pia paths assessments/fujisawa_shoni_iryo.py\n  pia paths --form zenkomoku\n"
        "  pia paths assessments/x.py --format json",
    )
    parser.add_argument(
        "path", type=Path, metavar="PATH", nargs="?", help="評価書モジュールまたは JSON/YAML"
    )
    parser.add_argument(
        "--form",
        choices=tuple(Form),
        help=f"PATH の代わりに空の様式を一覧する（{' / '.join(Form)}）",
    )
    add_format(parser, ("text", "json"), "text")


def item_rows(document: Any, *, qualify: bool = False) -> list[dict[str, Any]]:
    """
    One row per item of ``document``: path (with ``form:`` when ``qualify``), official
    number and label, kind and ※.
    """
    form = code_of(type(document))
    rows = []
    for entry in walk(document):
        rows.append(
            {
                "path": f"{form}:{entry.dotted}" if qualify else entry.dotted,
                "item": _official(entry),
                "kind": _KINDS[entry.kind],
                "star": entry.star,
                "form": form,
            }
        )
    return rows


def _official(entry: Entry) -> str:
    return (
        entry.official
        if entry.kind is not Kind.GROUP
        else f"{entry.code} {entry.item.label}".strip()
    )


def _documents(args: argparse.Namespace) -> list[Any]:
    if args.path is None:
        if args.form is None:
            msg = f"PATH（評価書モジュール）か --form（{' / '.join(Form)}）を指定してください。"
            raise UsageError(msg)
        return [blank_instance(Form(args.form).root)]
    if args.path.suffix == ".py":
        from ..loader import documents_of, load_module

        return documents_of(load_module(args.path), label=str(args.path))
    from ..io import load_path

    return [load_path(args.path)]


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def run(args: argparse.Namespace) -> int:
    documents = _documents(args)
    qualify = len(documents) > 1
    rows = [row for document in documents for row in item_rows(document, qualify=qualify)]
    if args.format == "json":
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    width = max((_width(r["path"]) for r in rows), default=0)
    current = None
    for row in rows:
        if qualify and row["form"] != current:
            current = row["form"]
            print(f"# {Form(current).label}")
        star = "※ " if row["star"] else ""
        print(f"{row['path']}{' ' * (width - _width(row['path']))}  {star}{row['item']}")
    return 0
