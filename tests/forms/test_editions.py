"""
Tests for pia_dsl.forms.editions: the table of 様式 editions, the labels and items of
each edition, and a document's edition through the walker, validation, rendering, the
data formats and the 変更箇所 rows.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from attrs import field, frozen
from hypothesis import given
from hypothesis import strategies as st

from forms.zenkomoku.factory import change, full
from pia_dsl.changes.compare import compare, diff_documents
from pia_dsl.changes.rows import NO_ITEM
from pia_dsl.changes.timing import EDITION_EXPLANATION, OTHER_EXPLANATION
from pia_dsl.forms import Timing, editions
from pia_dsl.forms.editions import CURRENT, HEAD_NAME, Edition, Version
from pia_dsl.forms.registry import Form, extra_form
from pia_dsl.forms.zenkomoku import FullAssessment
from pia_dsl.io import dump, load, to_data
from pia_dsl.meta import item, item_of
from pia_dsl.render.docx import render_bytes
from pia_dsl.validate import validate
from pia_dsl.walk import iter_fields, walk
from render.docx_text import all_text, assert_rendered, blocks
from render.samples import blank

FORMS = ("kiso", "juten", "zenkomoku")


class TestTable:
    def test_current_marks(self) -> None:
        """
        基礎 様式2, 重点 様式3, 全項目 様式4: the current edition of each is 平成30年5月.
        """
        assert editions.FORM_MARKS == {
            "kiso": "[平成30年５月　様式２]",
            "juten": "[平成30年５月　様式３]",
            "zenkomoku": "[平成30年５月　様式４]",
        }
        assert editions.form_mark("other") == ""
        for form in editions.EDITIONS:
            current = editions.current_edition(form)
            assert current is not None
            assert current.version is CURRENT
            assert current.mark == editions.form_mark(form)

    def test_editions_of_each_form(self) -> None:
        """
        The editions seen in published documents (editions.md), oldest first, numbered.
        """
        assert [e.mark for e in editions.editions_of("zenkomoku")] == [
            "[平成26年４月　様式４]",
            "[平成28年１月　様式４]",
            "[平成30年５月　様式４]",
        ]
        assert [e.version for e in editions.editions_of("kiso")] == [
            Version.H26_04,
            Version.H29_05,
            Version.H30_05,
        ]
        for form in editions.EDITIONS:
            found = editions.editions_of(form)
            assert [e.order for e in found] == list(range(1, len(found) + 1))
            assert all(e.form == form for e in found)
        assert editions.editions_of("other") == ()

    def test_unseen_marks_are_marked_unconfirmed(self) -> None:
        """
        No published 重点 of the older edition shows its mark: the table says so.
        """
        older = editions.edition_of("juten", Version.H26_04)
        assert older is not None
        assert not older.confirmed
        assert all(e.confirmed for e in editions.editions_of("zenkomoku"))

    def test_registry_reads_the_table(self) -> None:
        """
        Each form of the registry takes its mark and editions from the table.
        """
        for form in Form:
            assert editions.FORM_MARKS[form] == form.mark
            assert form.editions == editions.editions_of(form)

    def test_lookup_by_mark(self) -> None:
        found = editions.edition_by_mark("zenkomoku", "[平成28年１月　様式４]")
        assert found is not None
        assert found.version is Version.H28_01
        assert editions.edition_by_mark("juten", "[平成28年１月　様式３]") is None


class TestItemsByEdition:
    def test_older_label_before_its_edition(self) -> None:
        head = item_of(item("②", "所属長の役職名", older_labels=HEAD_NAME))
        assert head is not None
        assert editions.label_in(head, Version.H26_04) == "所属長"
        assert editions.label_in(head, Version.H29_05) == "所属長"
        assert editions.label_in(head, Version.H30_05) == "所属長の役職名"

    def test_several_older_labels_pick_the_nearest(self) -> None:
        meta = item_of(
            item("②", "新", older_labels=(("平成30年５月", "中"), ("平成28年１月", "古")))
        )
        assert meta is not None
        assert editions.label_in(meta, Version.H26_04) == "古"
        assert editions.label_in(meta, Version.H28_01) == "中"
        assert editions.label_in(meta, Version.H30_05) == "新"

    def test_since(self) -> None:
        added = item_of(item("③", "新しい項目", since=Version.H30_05.value))
        always = item_of(item("③", "いつもの項目"))
        assert added is not None
        assert always is not None
        assert not editions.has_item(added, Version.H28_01)
        assert editions.has_item(added, Version.H30_05)
        assert all(editions.has_item(always, v) for v in Version)


def _older(document: FullAssessment, version: Version = Version.H26_04) -> FullAssessment:
    return attrs.evolve(document, edition=version)


def _labels(document: object) -> dict[str, str]:
    return {e.dotted: e.item.label for e in walk(document)}


class TestWalker:
    def test_current_edition_reads_as_the_model(self) -> None:
        document = full()
        assert document.edition is CURRENT
        assert _labels(document)["s1.department.head"] == "所属長の役職名"

    def test_older_edition_labels(self) -> None:
        """
        平成26年4月 様式4: ②所属長 and the 特定個人情報保護委員会 of Ⅵ-4.
        """
        labels = _labels(_older(full()))
        assert labels["s1.department.head"] == "所属長"
        assert labels["s6.approval"] == "特定個人情報保護委員会の承認【行政機関等のみ】"
        assert labels["s6.approval.review"] == "特定個人情報保護委員会による審査"

    def test_between_the_changes(self) -> None:
        """
        平成28年1月: the commission already has its new name, the head is still a name.
        """
        labels = _labels(_older(full(), Version.H28_01))
        assert labels["s1.department.head"] == "所属長"
        assert labels["s6.approval"] == "個人情報保護委員会の承認【行政機関等のみ】"

    @pytest.mark.parametrize("form", FORMS)
    def test_head_before_h30(self, form: str) -> None:
        """
        Ⅰ 担当部署 ②: 「所属長」 in every edition before 平成30年5月, on each form.
        """
        for found in editions.editions_of(form):
            labels = _labels(attrs.evolve(blank(form), edition=found.version))
            older = found.version is not CURRENT
            assert labels["s1.department.head"] == ("所属長" if older else "所属長の役職名")

    def test_every_edition_walk(self) -> None:
        labels = {e.dotted: e.item.label for e in walk(_older(full()), every_edition=True)}
        assert labels["s1.department.head"] == "所属長の役職名"

    def test_parts_read_as_current(self) -> None:
        document = _older(full())
        labels = {e.dotted: e.item.label for e in walk(document.s1)}
        assert labels["department.head"] == "所属長の役職名"


class TestRender:
    def test_older_edition_prints_its_labels_and_mark(self) -> None:
        """
        The Word text of a 平成26年4月 document: its mark, its labels, and every label and
        value of the model read in that edition (assert_rendered walks the document).
        """
        document = _older(full())
        docx = render_bytes(document)
        text = all_text(docx)
        assert "[平成26年４月　様式４]" in text
        assert "[平成30年５月　様式４]" not in text
        assert any(block[:1] == ["②所属長"] for block in blocks(docx))
        assert "所属長の役職名" not in text
        assert "４．特定個人情報保護委員会の承認【行政機関等のみ】" in text
        assert "②特定個人情報保護委員会による審査" in text
        assert_rendered(document, blocks(docx))

    @pytest.mark.parametrize("form", FORMS)
    def test_each_form_prints_its_oldest_edition(self, form: str) -> None:
        oldest = editions.editions_of(form)[0]
        document = attrs.evolve(blank(form), edition=oldest.version)
        docx = render_bytes(document)
        assert oldest.mark in all_text(docx)
        assert any(block[:1] == ["②所属長"] for block in blocks(docx))
        assert_rendered(document, blocks(docx))


class TestValidation:
    def test_every_edition_of_the_form_is_accepted(self) -> None:
        for found in editions.editions_of("zenkomoku"):
            assert not [f for f in validate(_older(full(), found.version)) if "edition" in f.rule]

    def test_an_edition_the_form_lacks(self) -> None:
        found = [f for f in validate(_older(full(), Version.H29_05)) if f.rule == "edition"]
        assert len(found) == 1
        assert found[0].item == "様式の版（edition）"
        assert "（全項目評価書）の様式に「平成29年５月」の版はありません" in found[0].message
        assert "平成26年４月、平成28年１月、平成30年５月" in found[0].message


# A form with an item added by the current edition (none of the real forms has one that
# the published documents pin to an edition; docs/editions.md).


@frozen(kw_only=True)
class _Part:
    head: str = field(default="", metadata=item("②", "所属長の役職名", older_labels=HEAD_NAME))
    added: str = field(default="", metadata=item("③", "新しい項目", since=Version.H30_05.value))


@extra_form("mini_editions")
@frozen(kw_only=True)
class _Mini:
    s1: _Part = field(factory=_Part, metadata=item("Ⅰ", "基本情報"))
    edition: Version = CURRENT


@pytest.fixture
def mini_editions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        editions.EDITIONS,
        "mini_editions",
        (
            Edition("mini_editions", Version.H26_04, 1, "[平成26年４月　見本]"),
            Edition("mini_editions", Version.H30_05, 2, "[平成30年５月　見本]"),
        ),
    )


@pytest.mark.usefixtures("mini_editions")
class TestItemsTheEditionLacks:
    def test_not_walked_not_required(self) -> None:
        old = _Mini(edition=Version.H26_04)
        assert [e.dotted for e in iter_fields(old)] == ["s1.head"]
        assert [f.path for f in validate(old) if f.rule == "required"] == ["s1.head"]
        assert {f.path for f in validate(_Mini()) if f.rule == "required"} == {
            "s1.head",
            "s1.added",
        }

    def test_refused_when_filled(self) -> None:
        old = _Mini(edition=Version.H26_04, s1=_Part(head="山縣 章宏", added="記入"))
        found = [f for f in validate(old) if f.rule == "edition-items"]
        assert [(f.item, f.path) for f in found] == [("Ⅰ-③ 新しい項目", "s1.added")]
        assert "平成26年４月の様式にない項目です" in found[0].message
        assert "平成30年５月以降" in found[0].message

    def test_change_of_edition_rows(self) -> None:
        """
        Moving to the new edition: the relabelled item's change and the added item
        (「項目なし」 before) are explained as a 様式変更.
        """
        old = _Mini(edition=Version.H26_04, s1=_Part(head="山縣 章宏"))
        new = _Mini(s1=_Part(head="子育て給付課長", added="記入"))
        rows = diff_documents(old, new)
        assert [(r.item, r.before, r.after, r.explanation) for r in rows] == [
            ("Ⅰ　基本情報 ②所属長の役職名", "山縣 章宏", "子育て給付課長", EDITION_EXPLANATION),
            ("Ⅰ　基本情報 ③新しい項目", NO_ITEM, "記入", EDITION_EXPLANATION),
        ]
        assert [c.edition_change for c in compare(old, new)] == [True, True]

    def test_same_edition_rows_are_ordinary(self) -> None:
        old, new = _Mini(s1=_Part(head="課長")), _Mini(s1=_Part(head="部長", added="記入"))
        rows = diff_documents(old, new)
        assert [(r.before, r.explanation) for r in rows] == [
            ("課長", OTHER_EXPLANATION),
            ("（追加）", OTHER_EXPLANATION),
        ]

    def test_back_to_the_older_edition(self) -> None:
        old = _Mini(s1=_Part(head="課長", added="記入"))
        new = _Mini(edition=Version.H26_04, s1=_Part(head="課長"))
        rows = diff_documents(old, new)
        assert [(r.before, r.after) for r in rows] == [("記入", NO_ITEM)]


class TestChangeOfEdition:
    def test_head_name_becomes_title(self) -> None:
        """
        堺市 and 藤沢市: the head's name becomes a title when the document moves to the
        平成30年5月 様式, explained as a 様式変更; the 変更後 edition's label names the item.
        """
        old = change(_older(full()), "s1.department.head", "米村 かおる")
        new = change(full(), "s1.department.head", "医療年金課長")
        rows = diff_documents(old, new)
        assert [(r.item, r.before, r.after, r.timing, r.explanation) for r in rows] == [
            (
                "Ⅰ　基本情報 ７．評価実施機関における担当部署 ②所属長の役職名",
                "米村 かおる",
                "医療年金課長",
                Timing.AFTER,
                EDITION_EXPLANATION,
            )
        ]

    def test_other_changes_keep_their_explanation(self) -> None:
        old = change(_older(full()), "s1.department.name", "旧部署")
        rows = diff_documents(old, full())
        assert [r.explanation for r in rows] == [OTHER_EXPLANATION]

    def test_a_new_heading_alone_is_no_edition_change(self) -> None:
        """
        Ⅵ-4 ②'s own label changed with the commission's name: its change is a 様式変更;
        ① 提出日 only sits under the renamed heading: an ordinary change.
        """
        old = change(_older(full()), "s6.approval.review", "旧")
        old = change(old, "s6.approval.submitted", date(2015, 4, 1))
        new = change(full(), "s6.approval.review", "新")
        new = change(new, "s6.approval.submitted", date(2019, 4, 1))
        rows = diff_documents(old, new)
        assert [(r.item.split(" ")[-1], r.explanation) for r in rows] == [
            ("①提出日", OTHER_EXPLANATION),
            ("②個人情報保護委員会による審査", EDITION_EXPLANATION),
        ]

    def test_edition_alone_gives_no_row(self) -> None:
        assert diff_documents(_older(full()), full()) == []


class TestData:
    def test_current_edition_is_not_written(self) -> None:
        data = to_data(full())
        assert "edition" not in data
        assert next(iter(data)) == "form"

    def test_older_edition_is_written_after_form(self) -> None:
        data = to_data(_older(full()))
        assert list(data)[:2] == ["form", "edition"]
        assert data["edition"] == "平成26年４月"

    @given(st.sampled_from([(f, e.version) for f in FORMS for e in editions.editions_of(f)]))
    def test_round_trip(self, case: tuple[str, Version]) -> None:
        form, version = case
        document = attrs.evolve(blank(form), edition=version)
        for fmt in ("json", "yaml"):
            assert load(dump(document, fmt), fmt).edition is version

    def test_unknown_edition_is_a_message(self) -> None:
        text = dump(_older(full())).replace("平成26年４月", "令和9年1月")
        with pytest.raises(Exception, match="令和9年1月"):
            load(text)
