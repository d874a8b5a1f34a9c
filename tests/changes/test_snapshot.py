"""
Tests for ``pia_dsl.changes.snapshot`` and ``pia_dsl.changes.migrations``: snapshots are
canonical data, load without running code, and older schema versions still load.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from changes.kit import PROJECT
from pia_dsl.changes import Override, Revision, migrations
from pia_dsl.changes.snapshot import (
    Published,
    dump_published,
    load_published,
    snapshot_file,
    snapshots_of,
)
from pia_dsl.errors import RevisionError
from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.forms.editions import CURRENT, Version, document_mark
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.forms.registry import code_of
from pia_dsl.io import to_data
from pia_dsl.loader import documents_of, load_module
from strategies import documents

COMMITTED = sorted((PROJECT / "published").glob("*/*.json"))


@pytest.mark.parametrize("path", COMMITTED, ids=[p.stem for p in COMMITTED])
def test_every_committed_snapshot_loads(path: Path) -> None:
    """
    Each snapshot in this repository loads, is canonical (dumps to its own bytes, once
    migrated to the current schema) and holds the document as the module has it.
    """
    record = load_published(path)
    module = load_module(PROJECT / "assessments" / f"{record.module}.py")
    current = {code_of(type(d)): d for d in documents_of(module, label=record.module)}
    written = path.read_text(encoding="utf-8")

    if json.loads(written)["schema"] == migrations.SCHEMA_VERSION:
        assert dump_published(record) == written
    else:
        migrated = migrations.migrate(json.loads(written))
        assert json.loads(dump_published(record)) == migrated
    assert path == snapshot_file(
        PROJECT / "assessments" / f"{record.module}.py", record.form, record.published
    )
    assert to_data(record.load_document()) == record.document
    # A bundled example edited since its snapshot renders as a draft (案): re-record it.
    assert record.document == to_data(current[record.form]), "run `nox -s publish_examples`"


def test_bundled_examples_have_snapshots() -> None:
    assert {p.parent.name for p in COMMITTED} == {
        "fujisawa_shoni_iryo",
        "hibarino_yobo_sesshu",
        "sakai_kokumin_nenkin",
    }


def _old_schema(record: Published) -> dict[str, Any]:
    """
    ``record`` as the current schema would write it if the cover's ``title`` were still
    called ``name`` (a rename in a hypothetical next schema).
    """
    data: dict[str, Any] = json.loads(dump_published(record))
    data["schema"] = migrations.SCHEMA_VERSION
    cover = data["document"]["cover"]
    data["document"]["cover"] = {("name" if k == "title" else k): v for k, v in cover.items()}
    return data


def test_previous_schema_with_a_renamed_field_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    A field renamed in the next schema (``cover.name`` → ``cover.title``): the migration
    step lets a snapshot of the current version load, with the value under the new name.
    """
    record = load_published(COMMITTED[0])
    old = tmp_path / "old.json"
    old.write_text(json.dumps(_old_schema(record), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RevisionError):  # without the step, the old name is unknown
        load_published(old)

    version = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", version + 1)
    monkeypatch.setitem(
        migrations.STEPS,
        version,
        lambda d: migrations.rename(d, "document.cover.name", "document.cover.title"),
    )
    loaded = load_published(old)

    assert loaded.schema == version + 1
    assert loaded.document == record.document
    assert list(loaded.document["cover"]) == list(record.document["cover"])


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    data = json.loads(COMMITTED[0].read_text(encoding="utf-8"))
    data["schema"] = migrations.SCHEMA_VERSION + 1
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data), encoding="utf-8")

    with pytest.raises(RevisionError, match="pia_dsl を更新してください"):
        load_published(newer)


@pytest.mark.parametrize(
    "text",
    ["{", "[]", '{"schema": 1}', '{"schema": "1"}'],
    ids=["broken", "list", "incomplete", "string-version"],
)
def test_bad_snapshot_is_a_message(tmp_path: Path, text: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")

    with pytest.raises(RevisionError, match=r"bad\.json"):
        load_published(bad)


def test_snapshot_is_never_code(tmp_path: Path) -> None:
    """
    Text that would be code in a module is plain data in a snapshot.
    """
    record = load_published(COMMITTED[0])
    data = json.loads(dump_published(record))
    data["document"]["cover"]["notes"] = "__import__('os').system('touch PWNED')"
    path = tmp_path / "x.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    assert load_published(path).load_document().cover.notes.startswith("__import__")
    assert not Path("PWNED").exists()


def test_snapshots_of_sorted_and_form_checked(tmp_path: Path) -> None:
    module = tmp_path / "assessments" / "x.py"
    record = load_published(COMMITTED[0])
    target = snapshot_file(module, "juten", record.published)
    target.parent.mkdir(parents=True)
    target.write_text(dump_published(record), encoding="utf-8")

    if record.form == "juten":
        assert snapshots_of(module, "juten") == [record]
    else:
        with pytest.raises(RevisionError, match="様式"):
            snapshots_of(module, "juten")


def test_rename_moves_between_parents() -> None:
    data: dict[str, Any] = {"a": {"b": 1, "c": 2}}
    migrations.rename(data, "a.b", "d.e")
    migrations.rename(data, "missing.x", "y")

    assert data == {"a": {"c": 2}, "d": {"e": 1}}


_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=20)
_DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
_TIMINGS = st.none() | st.sampled_from(Timing)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    document=documents(FocusedAssessment, long=False),
    published=_DATES,
    rows=st.lists(
        st.builds(
            ChangeRow,
            date=st.none() | _DATES,
            item=_TEXT,
            before=_TEXT,
            after=_TEXT,
            timing=_TIMINGS,
            explanation=_TEXT,
        ),
        max_size=3,
    ),
    revision=st.none()
    | st.builds(
        Revision,
        published=st.none() | _DATES,
        timing=_TIMINGS,
        reasons=st.dictionaries(_TEXT, _TEXT, max_size=2),
        default_reason=_TEXT,
        overrides=st.lists(
            st.builds(Override, item=_TEXT, reason=_TEXT, timing=_TIMINGS), max_size=2
        ).map(tuple),
        form=st.none() | st.just("juten"),
    ),
)
def test_round_trip(
    tmp_path_factory: pytest.TempPathFactory,
    document: Any,
    published: date,
    rows: list[ChangeRow],
    revision: Revision | None,
) -> None:
    """
    Any snapshot dumps to canonical text that loads back equal, and dumps the same again.
    """
    record = Published(
        schema=migrations.SCHEMA_VERSION,
        module="x",
        form="juten",
        edition="",
        published=published,
        docx_sha256="0" * 64,
        revision=revision,
        rows=tuple(rows),
        document=to_data(document),
    )
    path = tmp_path_factory.mktemp("round") / "x.json"
    path.write_text(dump_published(record), encoding="utf-8")

    loaded = load_published(path)

    assert loaded == record
    assert dump_published(loaded) == path.read_text(encoding="utf-8")


class TestEditions:
    """
    A snapshot keeps the 様式 edition of its document.
    """

    @staticmethod
    def _record() -> Published:
        return next(r for r in map(load_published, COMMITTED) if r.form == "zenkomoku")

    def test_older_edition_round_trips(self, tmp_path: Path) -> None:
        record = self._record()
        older = attrs.evolve(record.load_document(), edition=Version.H26_04)
        stored = attrs.evolve(record, edition=document_mark(older), document=to_data(older))
        path = tmp_path / "older.json"
        path.write_text(dump_published(stored), encoding="utf-8")

        loaded = load_published(path)
        assert loaded.edition == "[平成26年４月　様式４]"
        assert loaded.document["edition"] == "平成26年４月"
        assert loaded.load_document().edition is Version.H26_04

    def test_document_without_edition_reads_the_mark(self, tmp_path: Path) -> None:
        """
        The document records an older edition; should it not, the snapshot's mark tells it.
        """
        record = self._record()
        stored = attrs.evolve(record, edition="[平成28年１月　様式４]")
        assert "edition" not in stored.document
        assert stored.load_document().edition is Version.H28_01

    def test_snapshots_before_editions_are_current(self) -> None:
        for path in COMMITTED:
            record = load_published(path)
            assert "edition" not in record.document
            assert record.load_document().edition is CURRENT
