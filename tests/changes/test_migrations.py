"""
Tests for ``pia_dsl.changes.migrations`` and ``pia_dsl.changes.renames``: the renames of
schema 2 (``docs/glossary.md``) go through repeated groups, every committed snapshot of
schema 1 migrates into the current model, and its 変更箇所 rows are those main computed
before the renames.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest

from changes.kit import PROJECT
from pia_dsl.changes import diff_documents, migrations
from pia_dsl.changes.renames import RENAMES
from pia_dsl.changes.snapshot import load_published
from pia_dsl.forms.registry import Form
from pia_dsl.schema import Shape, blank_instance, fields_of

COMMITTED = sorted((PROJECT / "published").glob("*/*.json"))

#: The rows of :func:`rows_against_blank` for every committed snapshot, computed by main's
#: code (commit a0e2070) before the renames of schema 2.
ROWS = Path(__file__).with_name("data") / "snapshot_rows.json"


def rows_against_blank(document: Any) -> dict[str, list[list[str]]]:
    """
    The 変更箇所 rows from a blank document of the form to ``document`` and back: every
    filled item gives a row, so the rows name every item the snapshot holds.
    """
    blank = blank_instance(type(document))

    def rows(old: Any, new: Any) -> list[list[str]]:
        found = diff_documents(old, new, on=date(2030, 1, 1))
        return [
            [str(r.date), r.item, r.before, r.after, r.timing_text, r.explanation] for r in found
        ]

    return {"added": rows(blank, document), "removed": rows(document, blank)}


@pytest.mark.parametrize("path", COMMITTED, ids=[p.stem for p in COMMITTED])
def test_committed_snapshot_renders_the_rows_of_before_the_renames(path: Path) -> None:
    expected = json.loads(ROWS.read_text(encoding="utf-8"))
    record = load_published(path)

    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == 1
    assert (
        rows_against_blank(record.load_document())
        == expected[path.relative_to(PROJECT / "published").as_posix()]
    )


def test_rename_goes_through_every_member_and_keeps_the_order() -> None:
    data: dict[str, Any] = {"s2": {"files": [{"key": "a", "name": "x", "b": 1}, {"key": "b"}]}}

    migrations.rename(data, "s2.files.*.name", "s2.files.*.file_name")

    assert data == {"s2": {"files": [{"key": "a", "file_name": "x", "b": 1}, {"key": "b"}]}}
    assert list(data["s2"]["files"][0]) == ["key", "file_name", "b"]


def test_rename_with_a_star_stays_in_its_parent() -> None:
    with pytest.raises(ValueError, match=r"\*"):
        migrations.rename({"a": [{"b": 1}]}, "a.*.b", "c.*.b")


def test_step_renames_by_the_snapshot_form() -> None:
    juten = {"schema": 1, "form": "juten", "document": {"s1": {"affairs": {"name": "x"}}}}
    kiso = {"schema": 1, "form": "kiso", "document": {"s1": {"affairs": {"name": "x"}}}}

    assert migrations.migrate(juten)["document"] == {"s1": {"affair": {"name": "x"}}}
    assert migrations.migrate(kiso)["document"] == {"s1": {"affairs": {"name": "x"}}}


def _fields(cls: type, path: list[str]) -> type | None:
    """
    The attrs class at the attribute path ``path`` below ``cls`` (``*`` steps into a
    repeated group's members), or ``None`` when the path ends at a value.
    """
    for part in path:
        if part == "*":
            continue
        specs = {spec.name: spec for spec in fields_of(cls) if spec.item is not None}
        assert part in specs, f"{part} is not an item of {cls.__name__}"
        spec = specs[part]
        if spec.shape not in {Shape.PART, Shape.GROUP} or not attrs.has(spec.target):
            return None
        cls = spec.target
    return cls


@pytest.mark.parametrize("form", sorted(RENAMES))
def test_every_new_path_is_an_item_and_no_old_name_is_left(form: str) -> None:
    root = Form(form).root
    for old, new in RENAMES[form]:
        *parents, leaf = new.split(".")
        _fields(root, [*parents, leaf])
        owner = _fields(root, parents)
        assert owner is not None
        assert old.rsplit(".", 1)[-1] not in attrs.fields_dict(owner), old
