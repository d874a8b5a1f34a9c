"""
Tests for ``pia_dsl.changes.declarations``: declared reasons, overrides and ``--check``.
"""

from __future__ import annotations

from typing import Any

import pytest

from changes.kit import GitRepo, norm
from pia_dsl.changes import Override, Revision, compare
from pia_dsl.changes.declarations import (
    apply,
    find_revision,
    matches,
    revision_from_data,
    revision_to_data,
    revisions_of,
)
from pia_dsl.changes.revision import load_working
from pia_dsl.changes.synthetic import replace_at
from pia_dsl.changes.timing import IMPORTANT_EXPLANATION, OTHER_EXPLANATION
from pia_dsl.errors import AssessmentLoadError
from pia_dsl.forms.common import Timing
from pia_dsl.wareki import wareki

ON = wareki("令和8年4月1日")
USAGE = ("s2", "acquisition", "users", "departments")
PURPOSE = ("s2", "acquisition", "purpose")


@pytest.fixture(name="pair")
def _pair(mini_repo: GitRepo) -> tuple[Any, Any]:
    """
    The sample assessment and a version with 使用部署 (事後) and 使用目的 (※) changed.
    """
    base = load_working(mini_repo.root / "assessments/mini_sample.py").document()
    newer = replace_at(base, USAGE, "子育て給付課、村岡市民センター")
    return base, replace_at(newer, PURPOSE, "医療費の助成及び審査のため。")


class TestApply:
    """
    Tests for ``apply``.
    """

    def test_defaults(self, pair: tuple[Any, Any]) -> None:
        """
        Without declarations: default explanations, and the ※ change is a problem.
        """
        outcome = apply(compare(*pair), on=ON, revision=None)

        assert [(r.timing, r.explanation) for r in outcome.rows] == [
            (Timing.BEFORE, IMPORTANT_EXPLANATION),
            (Timing.AFTER, OTHER_EXPLANATION),
        ]
        assert len(outcome.problems) == 1
        assert norm(outcome.problems[0]).startswith(norm("Ⅱ-3-③ 使用目的: ※の項目"))

    def test_reasons_by_attribute_and_official_path(self, pair: tuple[Any, Any]) -> None:
        """
        Items are addressed by attribute path or official path; no problem remains.
        """
        revision = Revision(
            published=ON,
            reasons={
                "s2.acquisition.users.departments": "組織改正に伴う名称変更のため、重要な変更に当たらない。",
                "Ⅱ-3-③": "審査事務の追加に伴い、評価を再実施した。",
            },
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert [(r.timing, r.explanation) for r in outcome.rows] == [
            (Timing.BEFORE, "審査事務の追加に伴い、評価を再実施した。"),
            (Timing.AFTER, "組織改正に伴う名称変更のため、重要な変更に当たらない。"),
        ]
        assert outcome.problems == ()

    def test_override_timing(self, pair: tuple[Any, Any]) -> None:
        """
        An override sets 事後 for a ※ change (e.g. a typo fix) with its reason.
        """
        revision = Revision(
            published=ON,
            default_reason="記載の見直しのため。",
            overrides=(
                Override(
                    item="Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ③使用目的",
                    timing=Timing.AFTER,
                    reason="誤字の修正であり、重要な変更に該当しない。",
                ),
            ),
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert [(r.timing, r.explanation) for r in outcome.rows] == [
            (Timing.AFTER, "誤字の修正であり、重要な変更に該当しない。"),
            (Timing.AFTER, "記載の見直しのため。"),
        ]
        assert outcome.problems == ()

    def test_group_path_covers_items_below(self, pair: tuple[Any, Any]) -> None:
        """
        A group's attribute path (or number path) covers every change below it; the most
        specific declaration wins.
        """
        revision = Revision(
            published=ON,
            reasons={"s2.acquisition": "事務の見直しのため。", "Ⅱ-3-④": "名称変更のため。"},
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert [r.explanation for r in outcome.rows] == ["事務の見直しのため。", "名称変更のため。"]

    def test_unmatched_declaration(self, pair: tuple[Any, Any]) -> None:
        """
        A declaration that matches no change is a problem.
        """
        revision = Revision(
            published=ON,
            default_reason="見直し",
            reasons={"s2.storage": "保管場所の変更"},
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert outcome.problems == (
            "宣言「s2.storage」（令和8年4月1日 公表）に当たる変更がありません。項目のパスを確認するか、宣言を削除してください。",
        )

    def test_whole_publication_before(self, pair: tuple[Any, Any]) -> None:
        """
        A 再評価 declared 事前 as a whole: every row is 事前 with the one explanation;
        per-item reasons still apply on top, and no ※ change lacks a reason.
        """
        revision = Revision(
            published=ON,
            timing=Timing.BEFORE,
            default_reason="再評価を実施し、事前に提出・公表した。",
            reasons={"s2.acquisition.users.departments": "組織改正に伴う名称変更のため。"},
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert [(r.timing, r.explanation) for r in outcome.rows] == [
            (Timing.BEFORE, "再評価を実施し、事前に提出・公表した。"),
            (Timing.BEFORE, "組織改正に伴う名称変更のため。"),
        ]
        assert outcome.problems == ()

    def test_override_timing_keeps_the_item_reason(self, pair: tuple[Any, Any]) -> None:
        """
        Timing and reason are overridden independently: an override that sets only the
        提出時期 keeps the per-item reason; one that sets only a reason keeps the timing.
        """
        revision = Revision(
            published=ON,
            timing=Timing.BEFORE,
            reasons={"Ⅱ-3-④": "名称変更のため。"},
            overrides=(
                Override(item="s2.acquisition.users.departments", timing=Timing.AFTER),
                Override(item="Ⅱ-3-③", reason="誤字の修正。"),
            ),
        )

        outcome = apply(compare(*pair), on=ON, revision=revision)

        assert [(r.timing, r.explanation) for r in outcome.rows] == [
            (Timing.BEFORE, "誤字の修正。"),
            (Timing.AFTER, "名称変更のため。"),
        ]
        assert outcome.problems == ()

    def test_undated_revision_is_the_drafts(self, pair: tuple[Any, Any]) -> None:
        """
        ``Revision()`` without a date declares the coming publication: a draft finds it,
        a dated publication does not; rows without a date have a blank 変更日.
        """
        draft = Revision(default_reason="見直しのため。")

        assert find_revision([draft], None, "mini_changes", draft=True) is draft
        assert find_revision([draft], ON, "mini_changes") is None
        outcome = apply(compare(*pair), on=None, revision=draft)
        assert [r.date for r in outcome.rows] == [None, None]
        assert {r.explanation for r in outcome.rows} == {"見直しのため。"}
        assert revision_from_data(revision_to_data(draft)) == draft

    def test_find_revision(self) -> None:
        """
        Declarations are found by 公表日 (and form when given).
        """
        revisions = (Revision(published=ON, form="kiso"), Revision(published=ON))

        assert find_revision(revisions, ON, "juten") is revisions[1]
        assert find_revision(revisions, ON, "kiso") is revisions[0]
        assert find_revision(revisions, wareki("令和9年4月1日"), "juten") is None

    def test_round_trip(self) -> None:
        """
        Declarations survive the cache's plain data.
        """
        revision = Revision(
            published=ON,
            reasons={"a": "b"},
            overrides=(
                Override(item="x", reason="y", timing=Timing.AFTER),
                Override(item="z", reason="w"),
            ),
            form="juten",
        )

        assert revision_from_data(revision_to_data(revision)) == revision


class TestRevisionsOf:
    """
    Tests for reading ``revisions`` from a module.
    """

    def test_wrong_type(self) -> None:
        """
        ``revisions`` must hold Revision objects.
        """
        import types

        module = types.ModuleType("m")
        module.revisions = ({"published": "令和8年4月1日"},)  # type: ignore[attr-defined]

        with pytest.raises(AssessmentLoadError, match="Revision"):
            revisions_of(module, label="m.py")

    def test_duplicate(self) -> None:
        """
        Two declarations for one publication are an error.
        """
        import types

        module = types.ModuleType("m")
        module.revisions = (Revision(published=ON), Revision(published=ON))  # type: ignore[attr-defined]

        with pytest.raises(AssessmentLoadError, match="複数"):
            revisions_of(module, label="m.py")


class TestCaptionedItems:
    """Reason keys of items under an unnumbered caption (重点 Ⅲ-7 リスク)."""

    def _change(self) -> Any:
        from assessments.fujisawa_shoni_iryo import assessment

        new = replace_at(assessment, ("s3", "storage", "risk", "other_measures"), "新しい措置")
        (change,) = compare(assessment, new)
        return change

    def test_key_without_the_unnumbered_caption_matches(self) -> None:
        """
        「Ⅲ-７ その他の措置の内容」 names the item as well as 「Ⅲ-７ リスク その他の措置の内容」.
        """
        change = self._change()

        assert change.official == "Ⅲ-７ リスク その他の措置の内容"
        assert matches("Ⅲ-７ その他の措置の内容", change)
        assert matches("Ⅲ-7 リスク その他の措置の内容", change)

    def test_check_suggests_the_near_item(self) -> None:
        """A key that matches nothing is reported with the nearest item names."""
        change = self._change()
        revision = Revision(published=wareki("令和8年4月1日"), reasons={"Ⅲ-７ その他措置": "理由"})

        outcome = apply([change], on=wareki("令和8年4月1日"), revision=revision)

        (problem,) = [p for p in outcome.problems if "宣言「Ⅲ-７ その他措置」" in p]
        assert "近い項目: 「Ⅲ-７ リスク その他の措置の内容」" in problem

    def test_old_attribute_path_names_the_new_one(self) -> None:
        """A key written with a name before schema 2 (docs/renames.md) names the new path."""
        change = self._change()
        old = "s3.storage.risk.incident_details"
        revision = Revision(published=wareki("令和8年4月1日"), reasons={old: "理由"})

        outcome = apply([change], on=wareki("令和8年4月1日"), revision=revision)

        (problem,) = [p for p in outcome.problems if f"宣言「{old}」" in p]
        assert "「s3.storage.risk.content」" in problem
