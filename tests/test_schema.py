"""
Tests for pia_dsl.schema: the form model compiled once into field specs.
"""

from __future__ import annotations

from datetime import date

import pytest
from attrs import field, frozen

from pia_dsl.figures import Diagram
from pia_dsl.forms.choices import Connection, Sufficiency
from pia_dsl.forms.common import System
from pia_dsl.forms.juten import FocusedAssessment
from pia_dsl.meta import group, item
from pia_dsl.options import Checks
from pia_dsl.schema import Shape, blank_instance, classify, fields_of, schema, spec_of
from pia_dsl.wareki import Undecided


@frozen(kw_only=True)
class _Part:
    text: str = field(default="", metadata=item("①", "文章"))


@frozen(kw_only=True)
class _Every:
    text: str = field(default="", metadata=item("", "文章"))
    choice: Sufficiency | None = field(default=None, metadata=item("", "選択"))
    ticks: Checks[Connection] = field(factory=Checks, metadata=item("", "チェック"))
    flag: bool = field(default=False, metadata=item("", "しない"))
    day: date | None = field(default=None, metadata=item("", "日付"))
    planned: date | Undecided | None = field(default=None, metadata=item("", "予定日"))
    count: int = field(default=0, metadata=item("", "人数"))
    part: _Part = field(factory=_Part, metadata=item("２．", "部分"))
    members: tuple[System, ...] = field(
        default=(), metadata=group("", "システム", member="システム")
    )
    figure: Diagram | None = field(default=None, metadata=item("", "図"))
    key: str = ""


class TestShapes:
    @pytest.mark.parametrize(
        ("name", "shape", "target"),
        [
            ("text", Shape.TEXT, None),
            ("choice", Shape.CHOICE, Sufficiency),
            ("ticks", Shape.CHECKS, Connection),
            ("flag", Shape.FLAG, None),
            ("day", Shape.DATE, None),
            ("planned", Shape.DATE, None),
            ("count", Shape.INT, None),
            ("part", Shape.PART, _Part),
            ("members", Shape.GROUP, System),
            ("figure", Shape.FIGURE, Diagram),
        ],
    )
    def test_shape_and_target(self, name: str, shape: Shape, target: object) -> None:
        """Each annotation gets its shape and the enum or class it names."""
        spec = spec_of(_Every, name)

        assert (spec.shape, spec.target) == (shape, target)

    def test_undecided_is_not_a_choice(self) -> None:
        """「未定」 makes a date that allows it, not a ＜選択肢＞ (no class-name test)."""
        assert spec_of(_Every, "planned").undecided
        assert not spec_of(_Every, "day").undecided
        assert classify(Undecided) == (Shape.OTHER, None)

    def test_optional_and_defaults(self) -> None:
        """``None`` allowed, defaults and the item metadata are read once."""
        assert spec_of(_Every, "choice").optional
        assert not spec_of(_Every, "text").optional
        assert spec_of(_Every, "text").has_default
        assert spec_of(_Every, "key").item is None
        assert spec_of(_Every, "part").item == item("２．", "部分")["pia_dsl"]


class TestCompiledOnce:
    def test_same_table(self) -> None:
        """A class is compiled once; a form's schema once."""
        assert fields_of(_Every) is fields_of(_Every)
        assert schema(FocusedAssessment) is schema(FocusedAssessment)

    def test_schema_reaches_every_class(self) -> None:
        """The schema of a root holds its parts and the members of its groups."""
        classes = schema(FocusedAssessment)

        assert next(iter(classes)) is FocusedAssessment
        assert System in classes
        assert all(
            spec.target in classes
            for specs in classes.values()
            for spec in specs
            if spec.shape is Shape.PART
        )


class TestBlankInstance:
    def test_every_item_empty(self) -> None:
        """A blank instance holds ``""``, ``None``, no ticks, no members, blank parts."""
        blank = blank_instance(_Every)

        assert blank == _Every(key="", figure=Diagram(file="", digest=""))
        assert blank_instance(FocusedAssessment) is not None
