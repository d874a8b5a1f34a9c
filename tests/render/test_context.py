"""
Tests for pia_dsl.render.context: the model as a plain dict for the template.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from attrs import field, frozen

from pia_dsl.forms.choices import Consigning, Practice, ProvisionStatus
from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.meta import group, item
from pia_dsl.options import Checks, checks
from pia_dsl.render.context import SAMPLE_ROWS, build_context, rows_of, sample_context
from pia_dsl.walk import tree
from pia_dsl.wareki import wareki
from render.samples import blank, examples, real_forms, toy
from toy_form import ToySection


def _rows(context: dict[str, Any], heading: str) -> list[dict[str, Any]]:
    return next(s["rows"] for s in context["sections"] if s["heading"].startswith(heading))


def _plain(value: Any) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            assert isinstance(key, str)
            _plain(inner)
    elif isinstance(value, list):
        for inner in value:
            _plain(inner)
    else:
        assert isinstance(value, str | bool | int), type(value)


class TestShape:
    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_plain_data_only(self, form: str) -> None:
        """
        The context holds only dicts, lists, strings, flags and numbers.
        """
        context = build_context(blank(form))

        _plain(context)
        json.dumps(context)

    @pytest.mark.parametrize(("name", "document"), examples(), ids=[n for n, _ in examples()])
    def test_examples_plain(self, name: str, document: Any) -> None:
        """
        The example assessments give plain contexts whose line lists are never empty.
        """
        context = build_context(document)

        _plain(context)
        for section in context["sections"]:
            for row in section["rows"]:
                for key in ("value", "options", "lines", "switches"):
                    if key in row:
                        assert row[key], (name, row)

    def test_no_newlines_in_lines(self) -> None:
        """
        Multi-line text is split: no line holds a line feed.
        """
        context = build_context(toy())
        text = json.dumps(context, ensure_ascii=False)

        assert "\\n" not in text

    def test_sample_rows_cover_every_kind(self) -> None:
        """
        The contract sample has one row of each kind.
        """
        assert {row["kind"] for row in SAMPLE_ROWS} == {
            "heading",
            "member",
            "range",
            "field",
            "text",
            "figure",
        }

    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_sample_context(self, form: str) -> None:
        """
        The sample context of every form builds.
        """
        context = sample_context(real_forms()[form])

        assert context["changes"]["rows"][0]["timing"] == "事前"


class TestGroups:
    def test_range_headers_even_when_empty(self) -> None:
        """
        システム1 and every range header print, clipped to the group's maximum.
        """
        rows = _rows(build_context(toy()), "２．")
        texts = [r["text"] for r in rows if r["kind"] in {"member", "range"}]

        assert texts == [
            "システム1",
            "システム2～5",
            "システム2",
            "システム6～10",
            "システム11～15",
            "システム16～20",
        ]

    def test_empty_group_prints_blank_first_member(self) -> None:
        """
        With no members, 委託事項1 prints with its labels and blank values.
        """
        document = toy()
        document = type(document)(name="x", section=ToySection(consigning=Consigning.NO))
        rows = _rows(build_context(document), "Ⅱ")
        kinds = [(r["kind"], r.get("text") or r.get("label")) for r in rows]

        assert ("member", "委託事項1") in kinds
        assert ("field", "①委託内容") in kinds
        assert ("range", "委託事項2～3") in kinds

    def test_member_title(self) -> None:
        """
        A title=True field prints in the member header, not as a row.
        """
        rows = _rows(build_context(blank("juten")), "Ⅱ")
        labels = [r.get("label") for r in rows]

        assert "委託事項名" not in labels
        assert any(r.get("text") == "委託事項1" for r in rows)

    def test_count_after_choice(self) -> None:
        """
        委託の有無 prints the number of 委託事項 as （ n ）件.
        """
        rows = _rows(build_context(toy()), "Ⅱ")
        row = next(r for r in rows if r.get("label") == "委託の有無　※")

        assert row["value"] == ["[ 委託する ]　（ 1 ）件"]
        assert row["options"][0] == "＜選択肢＞"


class TestSwitches:
    def test_switch_on_heading_row(self) -> None:
        """
        委託しない prints on the heading row of Ⅲ-4.
        """
        rows = _rows(build_context(blank("juten")), "Ⅲ")
        heading = next(r for r in rows if r["kind"] == "heading" and r["text"].startswith("４．"))

        assert heading["switches"] == ["[ 　] 委託しない"]


class TestChanges:
    def test_history_rows(self) -> None:
        """
        変更箇所 rows default to the history, in 和暦, cells split into lines.
        """
        document = blank("juten")
        row = ChangeRow(
            date=wareki("令和7年7月18日"),
            item="Ⅴ　評価実施手続\n１．基礎項目評価",
            before="a",
            after="b",
            timing=Timing.BEFORE,
            explanation="再実施",
        )
        context = build_context(type(document)(**{**_fields(document), "history": (row,)}))

        assert context["changes"]["heading"] == "（別添２）変更箇所"
        assert context["changes"]["rows"] == [
            {
                "date": "令和7年7月18日",
                "item": ["Ⅴ　評価実施手続", "１．基礎項目評価"],
                "before": ["a"],
                "after": ["b"],
                "timing": "事前",
                "explanation": ["再実施"],
                "keep": True,
            }
        ]

    def test_long_change_row_may_split(self) -> None:
        """
        A 変更箇所 row whose text runs long may split across pages; a short one not.
        """
        long = ChangeRow(
            date=wareki("令和元年5月1日"),
            item="x",
            before="長い記載" * 200,
            after="",
            timing=Timing.AFTER,
        )
        context = build_context(blank("juten"), change_rows=[long])

        assert context["changes"]["rows"][0]["keep"] is False

    def test_computed_rows_override(self) -> None:
        """
        Rows passed by the differ replace the history.
        """
        row = ChangeRow(
            date=wareki("令和元年5月1日"), item="x", before="", after="", timing=Timing.AFTER
        )
        context = build_context(blank("zenkomoku"), change_rows=[row])

        assert context["changes"]["heading"] == "（別添３）変更箇所"
        assert context["changes"]["rows"][0]["date"] == "令和元年5月1日"

    def test_kiso_unnumbered(self) -> None:
        """
        The 基礎項目評価書 has no annexes: its table is plain 変更箇所.
        """
        assert build_context(blank("kiso"))["changes"]["heading"] == "変更箇所"


class TestToc:
    def test_juten_toc(self) -> None:
        """
        The 項目一覧 of the 重点項目評価書 lists the sections and annexes in printed order.
        """
        assert build_context(blank("juten"))["toc"] == [
            "Ⅰ　基本情報",
            "Ⅱ　特定個人情報ファイルの概要",
            "　（別添１） 特定個人情報ファイル記録項目",
            "Ⅲ　リスク対策",
            "Ⅳ　開示請求、問合せ",
            "Ⅴ　評価実施手続",
            "　（別添２）　変更箇所",
        ]

    def test_star_in_heading(self) -> None:
        """
        Section headings carry the ※ and its note.
        """
        headings = [s["heading"] for s in build_context(blank("juten"))["sections"]]

        assert "Ⅲ　リスク対策　※（７．②を除く。）" in headings


def _fields(document: Any) -> dict[str, Any]:
    import attrs

    return {a.name: getattr(document, a.name) for a in attrs.fields(type(document)) if a.init}


class TestLayout:
    def test_option_numbers_as_printed(self) -> None:
        """
        重点 Ⅰ numbers its ＜選択肢＞ 1), Ⅱ 1）, as the form prints them.
        """
        context = build_context(blank("juten"))
        first = next(r for r in _rows(context, "Ⅰ") if r["kind"] == "field" and r["has_options"])
        second = next(r for r in _rows(context, "Ⅱ") if r["kind"] == "field" and r["has_options"])

        assert first["options"][1].startswith("1) ")
        assert second["options"][1].startswith("1） ")

    def test_checkbox_grid(self) -> None:
        """
        A checkbox field carries its grid and column count; other fields none.
        """
        rows = _rows(build_context(blank("juten")), "Ⅱ")
        methods = next(r for r in rows if r.get("label") == "②入手方法")
        other = next(r for r in rows if r.get("label") == "③使用目的　※")

        assert methods["columns"] == 3
        assert methods["grid"][0]["cells"][0] == "[ 　] 紙"
        assert (other["grid"], other["columns"]) == ([], 0)

    def test_vertical_reconsignment(self) -> None:
        """
        再委託 prints as a vertical label merged beside ④–⑥, not as a heading row.
        """
        rows = _rows(build_context(blank("juten")), "Ⅱ")
        merged = [r for r in rows if r.get("merge")]

        assert not any(r.get("text") == "再委託" for r in rows)
        assert [(r["label"], r["merge"], r["caption"]) for r in merged] == [
            ("④再委託の有無　※", "first", "再委託"),
            ("⑤再委託の許諾方法", "next", ""),
            ("⑥再委託事項", "next", ""),
        ]

    def test_keep_short_rows(self) -> None:
        """
        Short rows are kept on one page; a long text may split.
        """
        rows = _rows(build_context(blank("juten")), "Ⅱ")
        assert all(r["keep"] for r in rows if r["kind"] == "field")

        document = dict(examples())["fujisawa_shoni_iryo_juten"]
        rows = _rows(build_context(document), "Ⅱ")
        storage = next(r for r in rows if r.get("label", "").startswith("保管場所"))
        assert not storage["keep"]

    @pytest.mark.parametrize("form", ["juten", "zenkomoku", "kiso"])
    def test_form_mark(self, form: str) -> None:
        """
        Every form's cover carries its 様式 mark.
        """
        assert "様式" in build_context(blank(form))["form_mark"]


# ---------------------------------------------------------------------------
# The form's logic read from the field metadata, never guessed
# ---------------------------------------------------------------------------


@frozen(kw_only=True)
class _Task:
    key: str
    content: str = field(default="", metadata=item("①", "委託内容"))


@frozen(kw_only=True)
class _Counted:
    status: Consigning | None = field(
        default=None, metadata=item("", "委託の有無", counts=("items",))
    )
    items: tuple[_Task, ...] = field(default=(), metadata=group("", "委託事項", member="委託事項"))


@frozen(kw_only=True)
class _Uncounted:
    status: Consigning | None = field(default=None, metadata=item("", "委託の有無"))
    items: tuple[_Task, ...] = field(default=(), metadata=group("", "委託事項", member="委託事項"))


@frozen(kw_only=True)
class _Provision:
    status: Checks[ProvisionStatus] = field(
        factory=Checks,
        metadata=item("", "提供・移転の有無", counts={ProvisionStatus.TRANSFERRING: "transfers"}),
    )
    provisions: tuple[_Task, ...] = field(default=(), metadata=group("", "提供先", member="提供先"))
    transfers: tuple[_Task, ...] = field(default=(), metadata=group("", "移転先", member="移転先"))


@frozen(kw_only=True)
class _Choice:
    status: Practice | None = field(default=None, metadata=item("", "ユーザ認証の管理"))
    method: str = field(default="", metadata=item("", "具体的な管理方法"))


@frozen(kw_only=True)
class _Risk:
    paired: _Choice = field(factory=_Choice, metadata=item("", "ユーザ認証の管理", pair=True))
    unpaired: _Choice = field(factory=_Choice, metadata=item("", "ユーザ認証の管理"))
    beside: _Choice = field(factory=_Choice, metadata=item("", "再委託", vertical=True))
    named: _Choice = field(factory=_Choice, metadata=item("", "再委託"))


@frozen(kw_only=True)
class _Boxed:
    measure: str = field(default="", metadata=item("", "措置"))
    not_consigned: bool = field(default=False, metadata=item("", "委託しない"))


@frozen(kw_only=True)
class _Part:
    risk: _Boxed = field(factory=_Boxed, metadata=item("４．", "委託"))


def _field(rows: list[dict[str, Any]], path: str) -> dict[str, Any]:
    return next(r for r in rows if r.get("path") == path)


class TestMetadata:
    def test_count_only_where_declared(self) -> None:
        """「（ n ）件」 follows the item that declares the group it counts, not a neighbour."""
        tasks = (_Task(key="a"), _Task(key="b"))
        counted = rows_of(tree(_Counted(status=Consigning.YES, items=tasks)))
        uncounted = rows_of(tree(_Uncounted(status=Consigning.YES, items=tasks)))

        assert _field(counted, "status")["value"] == ["[ 委託する ]　（ 2 ）件"]
        assert _field(uncounted, "status")["value"] == ["[ 委託する ]"]

    def test_count_of_a_checkbox_option(self) -> None:
        """A checkbox item counts per declared option."""
        document = _Provision(
            status=checks(ProvisionStatus.PROVIDING, ProvisionStatus.TRANSFERRING),
            provisions=(_Task(key="p"),),
            transfers=(_Task(key="t1"), _Task(key="t2")),
        )
        value = " ".join(_field(rows_of(tree(document)), "status")["value"])

        assert "移転を行っている （ 2 ）件" in value.replace("\u3000", " ")
        assert "提供を行っている （" not in value.replace("\u3000", " ")

    def test_pair_prints_no_heading(self) -> None:
        """A declared pair prints its choice row with the label; equal labels alone do not."""
        rows = rows_of(tree(_Risk()))
        headings = [r["text"] for r in rows if r["kind"] == "heading"]

        assert headings == ["ユーザ認証の管理", "再委託"]
        assert not _field(rows, "paired.status")["nested"]
        assert _field(rows, "paired.method")["nested"]
        assert _field(rows, "unpaired.status")["nested"]

    def test_checkbox_on_heading_row_by_shape(self) -> None:
        """A part's single checkbox prints on its heading row wherever it stands."""
        rows = rows_of(tree(_Part(risk=_Boxed(not_consigned=True))))

        assert rows[0]["switches"] == ["[ ○ ] 委託しない"]
        assert [r.get("path") for r in rows[1:]] == ["risk.measure"]

    def test_vertical_caption_from_metadata(self) -> None:
        """Only a part declared vertical prints its label beside its rows."""
        rows = rows_of(tree(_Risk()))

        assert (
            _field(rows, "beside.status")["merge"],
            _field(rows, "beside.status")["caption"],
        ) == (
            "first",
            "再委託",
        )
        assert _field(rows, "beside.method")["merge"] == "next"
        assert _field(rows, "named.status")["merge"] == ""
