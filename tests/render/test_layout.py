"""
Tests for pia_dsl.render.layout: the form's fixed grids and numbering, as data.
"""

from __future__ import annotations

import inspect

import pytest

from pia_dsl.forms import choices
from pia_dsl.forms.choices import (
    RECORD_CATEGORY_GROUPS,
    AcquisitionMethod,
    Audit,
    ProvisionMethod,
    RecordCategory,
    Source,
)
from pia_dsl.options import CheckOption
from pia_dsl.render import layout

CHECK_GROUPS = [
    member
    for _, member in inspect.getmembers(choices, inspect.isclass)
    if issubclass(member, CheckOption) and member is not CheckOption
]


class TestGrids:
    @pytest.mark.parametrize("options", CHECK_GROUPS, ids=lambda c: c.__name__)
    def test_every_option_once(self, options: type[CheckOption]) -> None:
        """
        Every checkbox group of the forms has a grid listing each option exactly once.
        """
        assert options in layout.GRIDS
        listed = [o for row in layout.GRIDS[options] if isinstance(row, tuple) for o in row]

        assert sorted(listed, key=list(options).index) == list(options)
        assert len(set(listed)) == len(listed)

    def test_form_columns(self) -> None:
        """
        入手方法 and 主な記録項目 have 3 columns, 提供方法 2, 入手元 1, as the form prints them.
        """
        assert layout.grid_columns(AcquisitionMethod) == 3
        assert layout.grid_columns(RecordCategory) == 3
        assert layout.grid_columns(Audit) == 3
        assert layout.grid_columns(ProvisionMethod) == 2
        assert layout.grid_columns(Source) == 1
        assert layout.GRIDS[AcquisitionMethod][0] == (
            AcquisitionMethod.PAPER,
            AcquisitionMethod.MEDIA,
            AcquisitionMethod.FLASH,
        )

    def test_record_captions_follow_the_groups(self) -> None:
        """
        主な記録項目's captions and their options are those of RECORD_CATEGORY_GROUPS.
        """
        grid = layout.GRIDS[RecordCategory]
        captions = [row for row in grid if isinstance(row, str)]
        assert captions == [f"・{caption}" for caption, _ in RECORD_CATEGORY_GROUPS]
        under: dict[str, list[RecordCategory]] = {}
        current = ""
        for row in grid:
            if isinstance(row, str):
                current = row
                under[current] = []
            else:
                under[current].extend(o for o in row if isinstance(o, RecordCategory))

        assert under == {f"・{c}": list(members) for c, members in RECORD_CATEGORY_GROUPS}

    def test_unknown_group_one_a_row(self) -> None:
        """
        A checkbox group the table lacks prints one option a row.
        """

        class Other(CheckOption):
            A = "甲"
            B = "乙"

        assert layout.grid_of(Other) == ((Other.A,), (Other.B,))
        assert layout.grid_columns(Other) == 1


class TestNumbering:
    def test_ascii_parts(self) -> None:
        """
        重点 Ⅰ and 全項目 Ⅰ, Ⅳ, Ⅴ, Ⅵ number their ＜選択肢＞ with 1); the others 1）.
        """
        assert layout.ASCII_NUMBERED["juten"] == {"Ⅰ"}
        assert layout.ASCII_NUMBERED["zenkomoku"] == {"Ⅰ", "Ⅳ", "Ⅴ", "Ⅵ"}
        assert "kiso" not in layout.ASCII_NUMBERED
