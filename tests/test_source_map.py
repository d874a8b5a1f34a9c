"""
Tests for pia_dsl.source_map: the line where a field is written.
"""

from __future__ import annotations

from pathlib import Path

from pia_dsl.source_map import locate

MODULE = """\
from x import A, B, S

systems = (
    S(key="a", name="A"),
    S(
        key="b",
        name="B",
    ),
)
section = B(
    consigning=None,
)
assessment = A(
    name="x",
    systems=systems,
    section=section,
)
"""


def test_locate(tmp_path: Path) -> None:
    """Keyword arguments are followed through names and into members by key."""
    path = tmp_path / "m.py"
    path.write_text(MODULE, encoding="utf-8")

    assert locate(path, "name") == 14
    assert locate(path, "systems[b].name") == 7
    assert locate(path, "section.consigning") == 11
    assert locate(path, "section.missing") == 10


def test_unparsable(tmp_path: Path) -> None:
    """A module that does not parse gives no line."""
    path = tmp_path / "m.py"
    path.write_text("assessment = (", encoding="utf-8")

    assert locate(path, "name") is None
