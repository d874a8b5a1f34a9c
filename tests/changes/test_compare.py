"""
Tests for the differ's pipeline (``canonical`` → ``raw_changes`` → ``changes_between`` →
rows): one row per changed item, members matched by key, values as printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from changes.kit import PROJECT, GitRepo
from pia_dsl.changes import compare, diff_documents, raw_deepdiff
from pia_dsl.changes.canonical import canonical, keyed
from pia_dsl.changes.revision import load_working
from pia_dsl.changes.rows import ChangeKind, short_item
from pia_dsl.changes.synthetic import mutate, replace_at
from pia_dsl.changes.timing import OTHER_EXPLANATION, THRESHOLD_EXPLANATION
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Connection,
    FocusedThresholdResult,
    Incident,
    Source,
)
from pia_dsl.forms.common import ChangeRow, System, Timing
from pia_dsl.io import to_data
from pia_dsl.loader import discover, documents_of, load_module
from pia_dsl.options import checks
from pia_dsl.walk import Segment
from pia_dsl.wareki import wareki

USAGE = ("s2", "acquisition", "users", "departments")


@pytest.fixture(name="base")
def _base(mini_repo: GitRepo) -> Any:
    """
    The sample test assessment.
    """
    return load_working(mini_repo.root / "assessments/mini_sample.py").document()


def _system(key: str, name: str) -> System:
    return System(key=key, name=name, functions=f"{name}の機能", connections=checks(Connection.TAX))


def _rows(old: Any, new: Any, **options: Any) -> list[tuple[str, str, str, str]]:
    return [(r.item, r.before, r.after, r.timing_text) for r in diff_documents(old, new, **options)]


class TestSameDocument:
    """
    A document compared with itself has no changes.
    """

    def test_sample(self, base: Any) -> None:
        """
        diff(a, a) == [] for the test form.
        """
        assert diff_documents(base, base) == []

    @pytest.mark.parametrize("path", discover(PROJECT / "assessments"), ids=lambda p: p.name)
    def test_project_assessments(self, path: Path) -> None:
        """
        diff(a, a) == [] for every document of every assessment of the project, and one
        text edit is exactly one row.
        """
        for document in documents_of(load_module(path), label=str(path)):
            edited = mutate(document, 1)

            assert diff_documents(document, document) == []
            assert len(diff_documents(document, edited)) == 1

    def test_publication_date_alone(self, base: Any) -> None:
        """
        A new 公表日 is the date of the rows, not a row.
        """
        newer = replace_at(base, ("cover", "published"), wareki("令和8年4月1日"))

        assert diff_documents(base, newer) == []


class TestFields:
    """
    A change inside an item is one row for that item.
    """

    def test_text(self, base: Any) -> None:
        """
        ④使用部署 (no ※): one row, 事後, with the default explanation and the newer 公表日.
        """
        newer = replace_at(base, USAGE, "子育て給付課、村岡市民センター")
        newer = replace_at(newer, ("cover", "published"), wareki("令和7年7月18日"))

        assert diff_documents(base, newer) == [
            ChangeRow(
                date=wareki("令和7年7月18日"),
                item="Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署",
                before="子育て給付課、村岡公民館",
                after="子育て給付課、村岡市民センター",
                timing=Timing.AFTER,
                explanation=OTHER_EXPLANATION,
            )
        ]

    def test_short_style(self, base: Any) -> None:
        """
        The short style: section and sub-section joined with 「－」, the circled number kept.
        """
        newer = replace_at(base, USAGE, "子育て給付課")

        assert [r.item for r in diff_documents(base, newer, style="short")] == ["Ⅱ－３ ④使用部署"]

    def test_star_item(self, base: Any) -> None:
        """
        ③使用目的 (※) is 事前.
        """
        newer = replace_at(base, ("s2", "acquisition", "purpose"), "医療費の助成及び審査のため。")

        assert _rows(base, newer) == [
            (
                "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ③使用目的",
                "医療費の助成のため。",
                "医療費の助成及び審査のため。",
                "事前",
            )
        ]

    def test_exemption_inside_star_section(self, base: Any) -> None:
        """
        Ⅲ is ※ except ②: a change there is 事後, a change elsewhere in Ⅲ is 事前.
        """
        newer = replace_at(base, ("s3", "incident"), Incident.OCCURRED)
        newer = replace_at(newer, ("s3", "training"), "・研修を実施する。")

        assert [(r.item, r.timing_text) for r in diff_documents(base, newer)] == [
            (
                "Ⅲ　リスク対策 ②過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
                "事後",
            ),
            ("Ⅲ　リスク対策 ９．従業者に対する教育・啓発", "事前"),
        ]

    def test_multiline_text_is_one_value(self, base: Any) -> None:
        """
        A multi-line text is compared as one value: one row with the whole texts.
        """
        path = ("s2", "storage")
        old = replace_at(base, path, "・一行目\n・二行目\n・三行目")
        new = replace_at(base, path, "・一行目\n・二行目（改）\n・三行目\n・四行目")

        assert _rows(old, new) == [
            (
                "Ⅱ　特定個人情報ファイルの概要 ６．保管場所",
                "・一行目\n・二行目\n・三行目",
                "・一行目\n・二行目（改）\n・三行目\n・四行目",
                "事前",
            )
        ]

    def test_filled_and_emptied(self, base: Any) -> None:
        """
        A newly filled item reads 「（追加）」 before; an emptied item 「削除」 after.
        """
        empty = replace_at(base, ("s3", "training"), "")

        assert _rows(empty, base)[0][1:3] == ("（追加）", "・年1回、個人情報保護研修を実施する。")
        assert _rows(base, empty)[0][1:3] == ("・年1回、個人情報保護研修を実施する。", "削除")

    def test_choice_and_date(self, base: Any) -> None:
        """
        A choice shows its option text; a date its 和暦; しきい値判断結果 asks for 再実施.
        """
        newer = replace_at(base, ("s5", "threshold"), FocusedThresholdResult.KISO_AND_JUTEN)
        newer = replace_at(newer, ("s5", "performed_on"), wareki("令和2年1月1日"))

        rows = diff_documents(base, newer)

        assert [(r.before, r.after) for r in rows] == [
            ("令和7年3月1日", "令和2年1月1日"),
            (
                "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）",
                "基礎項目評価及び重点項目評価の実施が義務付けられる",
            ),
        ]
        assert rows[1].explanation == THRESHOLD_EXPLANATION


class TestCheckboxes:
    """
    A checkbox group shows the options whose tick or slot text changed.
    """

    def test_slot_text(self, base: Any) -> None:
        """
        「[○]その他（）」→「[○]その他（電子申請…）」, as 藤沢市 writes it.
        """
        path = ("s2", "acquisition", "methods")
        newer = replace_at(
            base,
            path,
            checks(AcquisitionMethod.PAPER, (AcquisitionMethod.OTHER, "電子申請システム")),
        )

        assert _rows(base, newer) == [
            (
                "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ②入手方法",
                "[○]その他（）",
                "[○]その他（電子申請システム）",
                "事後",
            )
        ]

    def test_ticks(self, base: Any) -> None:
        """
        A newly ticked and an unticked option, in form order.
        """
        path = ("s2", "acquisition", "sources")
        newer = replace_at(
            base,
            path,
            checks((Source.OTHER_DEPARTMENT, "市民税課、保健医療総務課"), (Source.OTHER, "県")),
        )

        assert _rows(base, newer)[0][1:] == (
            "[○]本人又は本人の代理人\n[　]その他",
            "[　]本人又は本人の代理人\n[○]その他（県）",
            "事前",
        )


class TestRepeatedGroups:
    """
    Members are matched by key: an insertion or a removal is one row.
    """

    def test_insert_in_the_middle(self, base: Any) -> None:
        """
        Inserting システム3 among five systems is one 「項目追加」 row.
        """
        systems = base.s1.systems
        newer = replace_at(
            base, ("s1", "systems"), (*systems[:2], _system("new", "新システム"), *systems[2:])
        )

        assert _rows(base, newer) == [
            (
                "Ⅰ　基本情報 ２．特定個人情報ファイルを取り扱う事務において使用するシステム システム3",
                "",
                "項目追加",
                "事後",
            )
        ]
        assert _rows(base, newer, style="short")[0][0] == "Ⅰ－２ システム3"

    def test_remove_in_the_middle(self, base: Any) -> None:
        """
        Removing システム3 is one 「削除」 row showing what was removed.
        """
        systems = base.s1.systems
        newer = replace_at(base, ("s1", "systems"), (*systems[:2], *systems[3:]))

        assert _rows(base, newer) == [
            (
                "Ⅰ　基本情報 ２．特定個人情報ファイルを取り扱う事務において使用するシステム システム3",
                "福祉システム",
                "削除",
                "事後",
            )
        ]

    def test_change_inside_member_uses_newer_numbers(self, base: Any) -> None:
        """
        A change inside a member is a row for that field only, numbered as in the newer
        version; an inserted member before it is its own row.
        """
        systems = base.s1.systems
        changed = attrs.evolve(systems[3], functions="国保の資格管理")
        newer = replace_at(
            base,
            ("s1", "systems"),
            (_system("first", "宛名システム"), *systems[:3], changed, systems[4]),
        )

        assert _rows(base, newer, style="short") == [
            ("Ⅰ－２ システム1", "", "項目追加", "事後"),
            ("Ⅰ－２ システム5 ②システムの機能", "国保システムの機能", "国保の資格管理", "事後"),
        ]

    def test_reorder_only(self, base: Any) -> None:
        """
        Members in a new order with the same content are no change.
        """
        newer = replace_at(base, ("s1", "systems"), tuple(reversed(base.s1.systems)))

        assert diff_documents(base, newer) == []

    def test_member_title_summary(self, base: Any) -> None:
        """
        A removed 委託事項 shows its title (委託事項名) before 「削除」.
        """
        newer = replace_at(base, ("s2", "consignments"), base.s2.consignments[1:])

        assert _rows(base, newer) == [
            (
                "Ⅱ　特定個人情報ファイルの概要 ４．特定個人情報ファイルの取扱いの委託 委託事項1",
                "システム保守",
                "削除",
                "事後",
            )
        ]


class TestSwitches:
    """
    A section switched off: the switch row plus one 「削除」 row per emptied item.
    """

    def test_provision_switched_off(self, base: Any) -> None:
        """
        「提供・移転しない」 ticked and the items emptied: four rows, as 藤沢市 令和2年3月13日.
        """
        newer = replace_at(base, ("s3", "provision"), type(base.s3.provision)(not_provided=True))

        assert _rows(base, newer) == [
            (
                "Ⅲ　リスク対策 ５．特定個人情報の提供・移転 提供・移転しない",
                "[　]提供・移転しない",
                "[○]提供・移転しない",
                "事前",
            ),
            (
                "Ⅲ　リスク対策 ５．特定個人情報の提供・移転 特定個人情報の提供・移転に関するルール",
                "定めている",
                "削除",
                "事前",
            ),
            (
                "Ⅲ　リスク対策 ５．特定個人情報の提供・移転 ルールの内容及びルール遵守の確認方法",
                "マニュアルに則って提供する。",
                "削除",
                "事前",
            ),
            (
                "Ⅲ　リスク対策 ５．特定個人情報の提供・移転 リスクへの対策は十分か",
                "十分である",
                "削除",
                "事前",
            ),
        ]

    def test_text_left_behind_counts_as_deleted(self, base: Any) -> None:
        """
        Items a switch empties are not printed, so they read 「削除」 even if text is left.
        """
        newer = replace_at(base, ("s3", "provision", "not_provided"), True)

        assert [r.after for r in diff_documents(base, newer)] == [
            "[○]提供・移転しない",
            "削除",
            "削除",
            "削除",
        ]


class TestCanonical:
    """
    Tests for the keyed canonical tree.
    """

    def test_members_keyed(self, base: Any) -> None:
        """
        Repeated groups become dicts keyed by ``[key]``, the walker's path step.
        """
        tree = canonical(base).tree

        assert list(tree["s1"]["systems"]) == [
            "[juki]",
            "[tax]",
            "[welfare]",
            "[kokuho]",
            "[middle]",
        ]
        assert "published" not in tree["cover"]

    def test_keyed_plain_lists(self) -> None:
        """
        Lists without keys stay lists.
        """
        assert keyed({"a": ["x", "y"], "b": [{"key": "k", "v": 1}]}) == {
            "a": ["x", "y"],
            "b": {"[k]": {"key": "k", "v": 1}},
        }

    def test_raw_deepdiff_is_positional(self, base: Any) -> None:
        """
        The plain DeepDiff (the benchmark's baseline) sees an insertion as many positional changes.
        """
        systems = base.s1.systems
        newer = replace_at(
            base, ("s1", "systems"), (*systems[:2], _system("new", "新システム"), *systems[2:])
        )

        assert len(raw_deepdiff(to_data(base), to_data(newer))) >= 2
        assert [c.kind for c in compare(base, newer)] == [ChangeKind.MEMBER_ADDED]


class TestShortItem:
    """
    Tests for ``short_item``.
    """

    def test_sub_section_field(self) -> None:
        """
        A field right under a numbered sub-section.
        """
        segments = [Segment("Ⅲ", "リスク対策"), Segment("１０．", "その他のリスク対策")]

        assert short_item(segments) == "Ⅲ－１０ その他のリスク対策"

    def test_unnumbered_heading(self) -> None:
        """
        An annex or cover item keeps its own heading.
        """
        assert short_item([Segment("", "表紙"), Segment("", "評価書名")]) == "表紙 評価書名"

    def test_risk_caption(self) -> None:
        """
        Unnumbered risk headings keep their caption before 「：」, so risks stay apart.
        """
        segments = [
            Segment("Ⅲ", "リスク対策"),
            Segment("３．", "特定個人情報の使用"),
            Segment("", "リスク２：　権限のない者によって不正に使用されるリスク"),
            Segment("", "リスクへの対策は十分か"),
        ]

        assert short_item(segments) == "Ⅲ－３ リスク２ リスクへの対策は十分か"


class TestBasicAssessment:
    """
    The 基礎項目評価書 has no ※ items: every row is 事後, and a change of the
    しきい値判断結果 says that the assessment must be redone.
    """

    def test_threshold_result_requires_reassessment(self) -> None:
        """
        しきい値判断結果 基礎 → 基礎＋重点: 事後, explanation flags the 再実施.
        """
        from pia_dsl.changes.timing import requires_reassessment
        from pia_dsl.forms.kiso.choices import BasicThresholdResult
        from pia_dsl.loader import load_assessment

        document = load_assessment(PROJECT / "assessments" / "hibarino_yobo_sesshu.py")
        newer = replace_at(document, ("s3", "threshold"), BasicThresholdResult.KISO_AND_JUTEN)

        (change,) = compare(document, newer)
        (row,) = diff_documents(document, newer)

        assert requires_reassessment(change)
        assert (row.item, row.before, row.after, row.timing) == (
            "Ⅲ　しきい値判断結果 しきい値判断結果",
            "基礎項目評価の実施が義務付けられる",
            "基礎項目評価及び重点項目評価の実施が義務付けられる",
            Timing.AFTER,
        )
        assert row.explanation == THRESHOLD_EXPLANATION
        assert "再実施" in row.explanation
