"""
Tests for ``pia_dsl.changes.table``: the pure parts of the rendered 変更箇所 table
(end to end in :mod:`changes.test_publications`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from changes.kit import PROJECT
from pia_dsl.changes import Revision
from pia_dsl.changes.snapshot import load_published
from pia_dsl.changes.table import change_table, check_revisions_dated, planned_date
from pia_dsl.errors import RevisionError
from pia_dsl.loader import load_assessment

LAST = PROJECT / "published" / "fujisawa_shoni_iryo" / "juten_2025-07-18.json"


class TestPlannedDate:
    """
    The 変更日 of draft rows: the document's 公表日 only when it is after the last one.
    """

    def test_later_date_is_planned(self) -> None:
        document = load_assessment(PROJECT / "assessments" / "fujisawa_shoni_iryo.py")
        earlier = load_published(LAST)

        assert planned_date(document, None) == date(2025, 7, 18)
        assert planned_date(document, earlier) is None  # same 公表日: not a new one


class TestRevisionsDated:
    """
    A dated ``Revision`` must name a publication.
    """

    def test_nearest_publication_named(self) -> None:
        revisions = [Revision(published=date(2025, 7, 19), default_reason="x")]

        with pytest.raises(RevisionError, match="最も近い公表は 令和7年7月18日"):
            check_revisions_dated(
                revisions, [date(2020, 1, 1), date(2025, 7, 18)], "juten", source="m.py"
            )

    def test_other_form_and_undated_are_not_checked(self) -> None:
        revisions = [
            Revision(published=date(2025, 7, 19), form="kiso"),
            Revision(default_reason="次の公表"),
        ]

        check_revisions_dated(revisions, [], "juten", source="m.py")

    def test_no_publication_yet(self) -> None:
        with pytest.raises(RevisionError, match="published を省略"):
            check_revisions_dated([Revision(published=date(2025, 1, 1))], [], "juten", source="m")


def test_without_snapshots_only_carried_rows(tmp_path: Path) -> None:
    """
    A document with no snapshot: its carried rows; a draft only when it has no 公表日.
    """
    document = load_assessment(PROJECT / "assessments" / "hibarino_yobo_sesshu.py")

    table = change_table(tmp_path / "assessments" / "x.py", document)

    assert table.rows() == list(document.history)
    assert table.is_draft is False
    assert table.draft is None
