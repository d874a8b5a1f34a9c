"""
Tests for :mod:`pia_dsl.changes.shape` and :mod:`pia_dsl.changes.styles`: the rows as the
module declares them (long texts by blocks, count rows, checkbox styles, groups, switch
summaries, markers, item texts).
"""

from __future__ import annotations

from typing import Any

import pytest

from changes.kit import PROJECT, GitRepo, project_assessment
from pia_dsl.changes import Group, Revision, RowStyle, RowStyles, diff_documents
from pia_dsl.changes.revision import load_working
from pia_dsl.changes.styles import DEFAULT_LONG_TEXT, merged, styles_from_data, styles_to_data
from pia_dsl.changes.synthetic import replace_at
from pia_dsl.cli import main
from pia_dsl.forms.choices import AcquisitionMethod
from pia_dsl.options import checks
from pia_dsl.wareki import wareki

LONG = "\n".join(
    [
        "＜市における措置＞",
        *(f"・市の措置その{n}について、規程に基づき、担当者が確認する。" * 3 for n in range(1, 6)),
        "＜中間サーバー・プラットフォームにおける措置＞",
        *(f"{c}中間サーバーの措置、規程に基づき、事業者が確認する。" * 3 for c in "①②③④"),
    ]
)


@pytest.fixture(name="base")
def _base(mini_repo: GitRepo) -> Any:
    return load_working(mini_repo.root / "assessments/mini_sample.py").document()


def _rows(old: Any, new: Any, **options: Any) -> list[tuple[str, str, str]]:
    return [(r.item, r.before, r.after) for r in diff_documents(old, new, style="short", **options)]


class TestLongTexts:
    """
    A long text changed in one block gives a row with that block and its heading.
    """

    def test_auto_splits_above_threshold(self, base: Any) -> None:
        """
        Above the threshold the row quotes the changed block only; ``text="whole"`` keeps
        the whole cell.
        """
        assert len(LONG) > DEFAULT_LONG_TEXT
        old = replace_at(base, ("s2", "storage"), LONG)
        new = replace_at(
            base,
            ("s2", "storage"),
            LONG.replace("③中間サーバーの措置", "③中間サーバーの新しい措置", 1),
        )

        rows = _rows(old, new)
        whole = _rows(old, new, styles=RowStyles(default=RowStyle(text="whole")))

        assert len(rows) == 1
        item, before, after = rows[0]
        assert item == "Ⅱ－６ 保管場所"
        assert before.startswith(
            "＜中間サーバー・プラットフォームにおける措置＞\n③中間サーバーの措置"
        )
        assert after.startswith(
            "＜中間サーバー・プラットフォームにおける措置＞\n③中間サーバーの新しい措置"
        )
        assert "市の措置" not in before + after
        assert len(before) < len(LONG) / 2
        assert whole == [("Ⅱ－６ 保管場所", LONG, new.s2.storage)]

    def test_short_text_whole_unless_blocks(self, base: Any) -> None:
        """
        A short text is quoted whole by default, by blocks when declared for the item.
        """
        text = "・一つ目。\n・二つ目。"
        old = replace_at(base, ("s3", "training"), text)
        new = replace_at(base, ("s3", "training"), text.replace("二つ目", "二番目"))
        blocks = RowStyles(items={"s3.training": RowStyle(text="blocks")})

        assert _rows(old, new) == [("Ⅲ－９ 従業者に対する教育・啓発", text, new.s3.training)]
        assert _rows(old, new, styles=blocks) == [
            ("Ⅲ－９ 従業者に対する教育・啓発", "・二つ目。", "・二番目。")
        ]

    def test_runs_added_block(self, base: Any) -> None:
        """
        A block added in a long text reads 「（追加）」 before, or the declared marker.
        """
        old = replace_at(base, ("s2", "storage"), LONG)
        new = replace_at(base, ("s2", "storage"), LONG + "\n⑤追加の措置。")
        blank = RowStyles(default=RowStyle(added=""))

        assert _rows(old, new) == [
            (
                "Ⅱ－６ 保管場所",
                "（追加）",
                "＜中間サーバー・プラットフォームにおける措置＞\n⑤追加の措置。",
            )
        ]
        assert _rows(old, new, styles=blank)[0][1] == ""


class TestCheckboxes:
    """
    ``checks="changed"`` (default) or ``"ticked"`` (the whole list).
    """

    def test_ticked(self, base: Any) -> None:
        old = replace_at(base, ("s2", "acquisition", "methods"), checks(AcquisitionMethod.PAPER))
        new = replace_at(
            base,
            ("s2", "acquisition", "methods"),
            checks(AcquisitionMethod.PAPER, (AcquisitionMethod.OTHER, "電子申請")),
        )
        ticked = RowStyles(default=RowStyle(checks="ticked"))

        assert _rows(old, new) == [("Ⅱ－３ ②入手方法", "[　]その他", "[○]その他（電子申請）")]
        assert _rows(old, new, styles=ticked) == [
            ("Ⅱ－３ ②入手方法", "紙", "紙、その他（電子申請）")
        ]


class TestGroupsAndItems:
    """
    Declared groups, item texts and switch summaries.
    """

    def test_group_of_fields(self, base: Any) -> None:
        """
        A choice and its explanation in one row, 項目 the heading they share; the unchanged
        field is quoted too.
        """
        old = base
        new = replace_at(base, ("s3", "provision", "content"), "マニュアルを改訂して提供する。")
        group = Group(items=("s3.provision.rule", "s3.provision.content"))

        rows = _rows(old, new, styles=RowStyles(groups=(group,)))

        assert rows == [
            (
                "Ⅲ－５ 特定個人情報の提供・移転",
                "定めている\nマニュアルに則って提供する。",
                "定めている\nマニュアルを改訂して提供する。",
            )
        ]

    def test_item_text_override(self, base: Any) -> None:
        new = replace_at(base, ("s3", "training"), "・年2回、研修を実施する。")
        styles = RowStyles(items={"Ⅲ-９": RowStyle(item="Ⅲ 9 教育・啓発")})

        assert _rows(base, new, styles=styles)[0][0] == "Ⅲ 9 教育・啓発"

    def test_switch_summary(self, base: Any) -> None:
        """
        ``switched="summary"``: the switch row alone, with the declared texts.
        """
        new = replace_at(base, ("s3", "provision", "not_provided"), True)
        summary = RowStyle(switched="summary", summary=("リスク１を記載", "提供・移転しない"))

        per_item = _rows(base, new)
        one = _rows(base, new, styles=RowStyles(items={"s3.provision": summary}))

        assert len(per_item) == 4
        assert one == [("Ⅲ－５ 提供・移転しない", "リスク１を記載", "提供・移転しない")]

    def test_switch_turned_off_summary(self, base: Any) -> None:
        """
        Turning a switch off fills its items: with ``switched="summary"`` only the switch
        row remains, with the declared texts (「提供・移転しない」→「リスク１を追加」).
        """
        old = replace_at(base, ("s3", "provision", "not_provided"), True)
        summary = RowStyle(switched="summary", summary=("提供・移転しない", "リスク１を追加"))

        per_item = _rows(old, base)
        one = _rows(old, base, styles=RowStyles(items={"Ⅲ-5": summary}))

        assert [after for _, _, after in per_item] == [
            "[　]提供・移転しない",
            "定めている",
            "マニュアルに則って提供する。",
            "十分である",
        ]
        assert one == [("Ⅲ－５ 提供・移転しない", "提供・移転しない", "リスク１を追加")]

    def test_publication_over_module(self, base: Any) -> None:
        """
        ``Revision(rows=…)`` wins over the module's ``row_styles``.
        """
        module = RowStyles(default=RowStyle(checks="ticked", added=""))
        publication = RowStyles(default=RowStyle(added="なし"))

        chosen = merged(module, publication)

        assert chosen.default == RowStyle(checks="ticked", added="なし")
        revision = Revision(published=wareki("令和8年4月1日"), rows=publication)
        new = replace_at(base, ("s2", "acquisition", "purpose"), "")
        newer = replace_at(base, ("s2", "acquisition", "purpose"), "")
        assert _rows(new, base, revision=revision, styles=module)[0][1] == "なし"
        assert _rows(newer, base, styles=module)[0][1] == ""


class TestCounts:
    """
    A printed count that changes gives a row next to the 「項目追加」/「削除」 rows.
    """

    def test_consignment_added(self) -> None:
        """
        Adding 委託事項3 gives the count row 「２件」→「３件」 and the 「項目追加」 row.
        """
        new = project_assessment("sakai_kokumin_nenkin")
        path = ("s2", "files", "[pension]", "consignment", "items")
        items = new.s2.files[0].consignment.items
        old = replace_at(new, path, items[:2])

        rows = _rows(old, new)

        assert rows == [
            ("Ⅱ ファイル1 ４ 委託の有無", "２件", "３件"),
            ("Ⅱ ファイル1 ４ 委託事項 委託事項3", "", "項目追加"),
        ]

    def test_transfer_removed(self) -> None:
        """
        A checkbox count keeps its option: 「移転を行っている　１件」→「移転を行っている　０件」.
        """
        old = project_assessment("sakai_kokumin_nenkin")
        new = replace_at(old, ("s2", "files", "[pension]", "provision", "transfers"), ())

        rows = _rows(old, new)

        assert rows[0] == (
            "Ⅱ ファイル1 ５ 提供・移転の有無",
            "移転を行っている　１件",
            "移転を行っている　０件",
        )
        assert rows[1][2] == "削除"


class TestData:
    """
    Row styles travel through the cache unchanged.
    """

    def test_round_trip(self) -> None:
        styles = RowStyles(
            default=RowStyle(text="blocks", unit="lines", headings=False, split="blocks", added=""),
            items={"Ⅲ-5": RowStyle(switched="summary", summary=("a", "b"), item="Ⅲ 5")},
            groups=(Group(items=("s1.department.name", "s1.department.head"), item="Ⅰ 7"),),
            table="short",
        )

        assert styles_from_data(styles_to_data(styles)) == styles
        assert styles_from_data(styles_to_data(None)) is None

    def test_cached_snapshot_keeps_styles(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``pia changes --to REV`` gives the same rows from a fresh load and from the cache.
        """
        mini_repo.write(
            "assessments/mini_sample.py",
            mini_repo.read("assessments/mini_sample.py").replace("村岡公民館", "村岡市民館")
            + "\nfrom pia_dsl.changes import RowStyle, RowStyles\n\n"
            "row_styles = RowStyles(items={'Ⅱ-3-④': RowStyle(item='使用部署')})\n",
        )
        mini_repo.commit("v2", tag="v2")
        args = [
            "changes",
            "assessments/mini_sample.py",
            "--from",
            "v1",
            "--to",
            "v2",
            "--format",
            "json",
        ]

        outputs = []
        for _ in range(2):
            assert main(args) == 0
            outputs.append(capsys.readouterr().out)

        assert outputs[0] == outputs[1]
        assert '"item": "使用部署"' in outputs[0]


class TestDocumentedExample:
    """
    The example of docs/rows.md runs and does what the page says on the 藤沢市 document.
    """

    def _example(self) -> dict[str, Any]:
        text = (PROJECT / "docs" / "rows.md").read_text(encoding="utf-8")
        code = text.split("```python\n", 1)[1].split("```", 1)[0]
        namespace: dict[str, Any] = {}
        exec(compile(code, "docs/rows.md", "exec"), namespace)
        return namespace

    def test_group_of_one_heading(self) -> None:
        """
        ①部署 and ②所属長の役職名 in one row under their heading; the 項目 text of Ⅰ-5-②
        as declared.
        """
        styles = self._example()["row_styles"]
        old = project_assessment("fujisawa_shoni_iryo")
        new = replace_at(old, ("s1", "department", "head"), "子育て給付課長（兼務）")
        basis = replace_at(old, ("s1", "linkage", "legal_basis"), "番号法第19条第10号")

        rows = diff_documents(old, new, styles=styles)
        declared = diff_documents(old, basis, styles=styles)

        assert [(r.item, r.before, r.after) for r in rows] == [
            (
                "Ⅰ　基本情報 ６．評価実施機関における担当部署",
                f"{old.s1.department.name}\n{old.s1.department.head}",
                f"{old.s1.department.name}\n子育て給付課長（兼務）",
            )
        ]
        assert [r.item for r in declared] == ["Ⅰ 5 法令上の根拠"]


def test_long_text_replaced_whole(base: Any) -> None:
    """
    A long text whose every block changed is quoted whole, as written (blank lines kept).
    """
    old = replace_at(base, ("s2", "storage"), "0" * 700)
    new = replace_at(base, ("s2", "storage"), "\n新しい本文。\n\n二段落目。")

    assert _rows(old, new) == [("Ⅱ－６ 保管場所", "0" * 700, "\n新しい本文。\n\n二段落目。")]


def test_misspelt_style_is_a_load_error(
    mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    ``RowStyle(text="block")`` stops ``pia changes`` with a Japanese message naming the
    setting and the allowed values, no traceback.
    """
    mini_repo.write(
        "assessments/mini_sample.py",
        mini_repo.read("assessments/mini_sample.py")
        + "\nfrom pia_dsl.changes import RowStyle, RowStyles\n\n"
        "row_styles = RowStyles(default=RowStyle(text='block'))\n",
    )

    code = main(["changes", "assessments/mini_sample.py", "--from", "v1"])

    err = capsys.readouterr().err
    assert code == 1
    assert (
        "RowStyle(text='block'): text には 'auto'、'whole'、'blocks' のいずれかを書いてください。"
        in err
    )
    assert "Traceback" not in err
