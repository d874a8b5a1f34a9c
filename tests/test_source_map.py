"""
Tests for pia_dsl.source_map: the line where a field is written.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pia_dsl.cli.check import findings_of
from pia_dsl.source_map import SourceMap, locate, parse_module

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


def test_one_map_answers_like_single_lookups(tmp_path: Path) -> None:
    """One parsed map gives every field the line a fresh lookup gives, in any order."""
    path = tmp_path / "m.py"
    path.write_text(MODULE, encoding="utf-8")
    fields = ["systems[b].name", "name", "systems[a].name", "systems[b].name", "section", "x.y"]

    source = SourceMap.of(path)

    assert source is not None
    assert [source.line(f) for f in fields] == [7, 14, 4, 7, 16, 13]
    assert [source.line(f) for f in fields] == [locate(path, f) for f in fields]


def test_first_member_with_a_key_wins(tmp_path: Path) -> None:
    """Two members with one key (an error reported elsewhere): the first gives the line."""
    path = tmp_path / "m.py"
    path.write_text(
        'assessment = A(\n    items=(\n        M(key="k", v=1),\n        M(key="k", v=2),\n    ),\n)\n',
        encoding="utf-8",
    )

    source = SourceMap.of(path)

    assert source is not None
    assert source.line("items[k].v") == 3


def test_null_byte_gives_no_map(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_bytes(b"assessment = A(\x00)")

    assert SourceMap.of(path) is None
    assert locate(path, "name") is None


def test_check_parses_each_module_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pia check`` of a module with many findings parses its source once, not per finding."""
    parses: list[str] = []
    real_parse = ast.parse

    def counting_parse(source: str | bytes, *args: object, **kwargs: object) -> ast.Module:
        parses.append("x")
        return real_parse(source, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    example = Path(__file__).resolve().parents[1] / "assessments" / "sakai_kokumin_nenkin.py"
    monkeypatch.setattr(ast, "parse", counting_parse)

    found = findings_of(example)

    assert len(found) > 10
    assert any(line is not None for _, line in found)
    assert len(parses) == 1


def test_map_reuses_the_tree_the_loader_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The tree :func:`parse_module` made for the loader answers for the same file unparsed."""
    path = tmp_path / "m.py"
    path.write_text(MODULE, encoding="utf-8")
    parse_module(path.read_bytes(), str(path.resolve()))
    parses: list[object] = []
    real_parse = ast.parse

    def counting_parse(source: str | bytes, *args: object, **kwargs: object) -> ast.Module:
        parses.append(source)
        return real_parse(source, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(ast, "parse", counting_parse)

    found = SourceMap.of(path)

    assert found is not None
    assert found.line("section.consigning") == 11
    assert parses == []


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    """A file changed since the loader parsed it is mapped from its current text."""
    path = tmp_path / "m.py"
    path.write_text(MODULE, encoding="utf-8")
    parse_module(path.read_bytes(), str(path.resolve()))
    path.write_text("\n\n" + MODULE, encoding="utf-8")

    assert locate(path, "section.consigning") == 13
