"""
Tests for pia_dsl.render.values: how single values print.
"""

from __future__ import annotations

from datetime import date

from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Audit,
    Connection,
    ConsignDelivery,
    ProvisionMethod,
    ProvisionStatus,
    RecordCategory,
    Source,
    Sufficiency,
)
from pia_dsl.options import checks
from pia_dsl.render import values
from pia_dsl.wareki import UNDECIDED


class TestChoice:
    def test_chosen(self) -> None:
        """
        A choice prints its option text in brackets.
        """
        assert values.choice_text(Sufficiency.SUFFICIENT) == "[ 十分である ]"

    def test_unchosen(self) -> None:
        """
        No choice prints empty brackets.
        """
        assert values.choice_text(None) == "[ 　 ]"

    def test_options(self) -> None:
        """
        The ＜選択肢＞ cell numbers the options 1） 2） 3）.
        """
        assert values.option_lines(Sufficiency) == [
            "＜選択肢＞",
            "1） 特に力を入れている",
            "2） 十分である",
            "3） 課題が残されている",
        ]


class TestChecks:
    def test_every_option_printed(self) -> None:
        """
        Every option prints, ticked or not.
        """
        text = "\n".join(values.check_lines(checks(Audit.INTERNAL), Audit))

        assert "[ 　] 自己点検" in text
        assert "[ ○ ] 内部監査" in text
        assert "[ 　] 外部監査" in text

    def test_several_per_line(self) -> None:
        """
        Short options share a line, as on the form.
        """
        assert values.check_lines(checks(), Audit) == [
            "[ 　] 自己点検　　[ 　] 内部監査　　[ 　] 外部監査"
        ]

    def test_slot_text(self) -> None:
        """
        An option with a slot prints its text inside （ ）, on a line of its own.
        """
        lines = values.check_lines(checks((Connection.OTHER, "中間サーバー")), Connection)

        assert lines[-1] == "[ ○ ] その他 （ 中間サーバー ）"

    def test_empty_slot(self) -> None:
        """
        An unticked option with a slot prints an empty （ ）.
        """
        lines = values.check_lines(checks(Source.PERSON), Source)

        assert "[ 　] 評価実施機関内の他部署 （ 　 ）" in lines

    def test_counts(self) -> None:
        """
        提供を行っている prints its （ n ）件 when ticked, a blank count otherwise.
        """
        lines = values.check_lines(
            checks(ProvisionStatus.PROVIDING),
            ProvisionStatus,
            counts={ProvisionStatus.PROVIDING: 2, ProvisionStatus.TRANSFERRING: 0},
        )
        text = "\n".join(lines)

        assert "[ ○ ] 提供を行っている （ 2 ）件" in text
        assert "[ 　] 移転を行っている （ 　 ）件" in text

    def test_record_captions(self) -> None:
        """
        主な記録項目 prints its three captions in order.
        """
        lines = values.check_lines(checks(RecordCategory.INDIVIDUAL_NUMBER), RecordCategory)

        captions = [line for line in lines if line.startswith("・")]
        assert captions == ["・識別情報", "・連絡先等情報", "・業務関係情報"]

    def test_four_basic_when_ticked(self) -> None:
        """
        A document that ticks 4情報 prints the older wording only.
        """
        text = "\n".join(values.check_lines(checks(RecordCategory.FOUR_BASIC), RecordCategory))

        assert "[ ○ ] 4情報" in text
        assert "5情報" not in text

    def test_five_basic_by_default(self) -> None:
        """
        Neither ticked: the newer 5情報 wording prints.
        """
        text = "\n".join(values.check_lines(checks(), RecordCategory))

        assert "[ 　] 5情報（氏名、氏名の振り仮名、性別、生年月日、住所）" in text
        assert "4情報" not in text


class TestPlain:
    def test_wareki(self) -> None:
        """
        Dates print in 和暦; 未定 prints as such.
        """
        assert values.value_lines(date(2019, 5, 1)) == ["令和元年5月1日"]
        assert values.value_lines(UNDECIDED) == ["未定"]

    def test_lines(self) -> None:
        """
        Multi-line text becomes one line per paragraph, bullets kept; never empty.
        """
        assert values.text_lines("a\r\n・b\n\n") == ["a", "・b"]
        assert values.text_lines("") == [""]

    def test_width(self) -> None:
        """
        Full-width characters count two columns.
        """
        assert values.display_width("a全") == 3


class TestGrid:
    def test_fixed_columns(self) -> None:
        """
        入手方法 prints in the form's three columns, その他 on a wide row of its own.
        """
        grid = values.check_grid(
            checks(AcquisitionMethod.PAPER, (AcquisitionMethod.OTHER, "電子申請")),
            AcquisitionMethod,
        )

        assert grid[0] == {
            "cells": [
                "[ ○ ] 紙",
                "[ 　] 電子記録媒体（フラッシュメモリを除く。）",
                "[ 　] フラッシュメモリ",
            ],
            "wide": False,
        }
        assert grid[1]["cells"] == ["[ 　] 電子メール", "[ 　] 専用線", "[ 　] 庁内連携システム"]
        assert grid[-1] == {"cells": ["[ ○ ] その他 （ 電子申請 ）"], "wide": True}

    def test_short_row_padded(self) -> None:
        """
        A row with fewer options than columns is padded with empty cells.
        """
        grid = values.check_grid(checks(), ConsignDelivery)

        assert grid[1]["cells"] == ["[ 　] フラッシュメモリ", "[ 　] 紙", ""]

    def test_hidden_alternative_drops_its_row(self) -> None:
        """
        主な記録項目 prints 4情報 or 5情報, never an empty row for the other.
        """
        grid = values.check_grid(checks(RecordCategory.FOUR_BASIC), RecordCategory)
        cells = [cell for row in grid for cell in row["cells"]]

        assert "[ ○ ] 4情報（氏名、性別、生年月日、住所）" in cells
        assert not any("5情報" in cell for cell in cells)
        assert all(any(row["cells"]) for row in grid)

    def test_lines_follow_the_grid(self) -> None:
        """
        check_lines joins the cells of each grid row (for templates without the grid).
        """
        lines = values.check_lines(checks(), ProvisionMethod)

        assert lines[0] == "[ 　] 情報提供ネットワークシステム　　[ 　] 専用線"
        assert lines[-1] == "[ 　] その他 （ 　 ）"


class TestSeveral:
    def test_dates_joined(self) -> None:
        """
        Several dates print in 和暦 joined by 「・」; none prints blank, never ``()``.
        """
        assert values.value_lines((date(2021, 12, 10), date(2022, 1, 21))) == [
            "令和3年12月10日・令和4年1月21日"
        ]
        assert values.value_lines(()) == [""]

    def test_ascii_numbers(self) -> None:
        """
        The parts that print 1) get ASCII parentheses.
        """
        assert values.option_lines(Sufficiency, ascii_numbers=True)[1] == "1) 特に力を入れている"
