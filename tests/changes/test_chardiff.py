"""
Tests for :mod:`pia_dsl.changes.chardiff` and the reviewer's view (``pia review``,
``pia changes --format table``).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from changes.kit import GitRepo
from pia_dsl.changes.chardiff import escape_markdown, excerpt, markdown_pair, pieces
from pia_dsl.cli import main

MODULE = "assessments/mini_sample.py"


class TestPieces:
    """
    Character runs that read well in Japanese.
    """

    def test_number_changed(self) -> None:
        assert pieces("番号法第19条第8号", "番号法第19条第9号") == (
            [("equal", "番号法第19条第"), ("change", "8"), ("equal", "号")],
            [("equal", "番号法第19条第"), ("change", "9"), ("equal", "号")],
        )

    def test_short_gap_merged(self) -> None:
        """
        Two changes two characters apart are one run.
        """
        old_side, new_side = pieces("村岡公民館です", "村岡市民センターです")

        assert old_side == [("equal", "村岡"), ("change", "公民館"), ("equal", "です")]
        assert new_side == [("equal", "村岡"), ("change", "市民センター"), ("equal", "です")]

    @given(
        st.text(alphabet="あいう、。ab\n", max_size=40),
        st.text(alphabet="あいう、。ab\n", max_size=40),
    )
    def test_sides_rebuild_texts(self, old: str, new: str) -> None:
        """
        Each side's runs rebuild its text; excerpts keep every changed run whole.
        """
        old_side, new_side = pieces(old, new)

        assert "".join(t for _, t in old_side) == old
        assert "".join(t for _, t in new_side) == new
        for side in (old_side, new_side):
            changed = [t for tag, t in side if tag == "change"]
            assert [t for tag, t in excerpt(side, 3) if tag == "change"] == changed


class TestMarkdown:
    """
    Marks, shortening and escaping.
    """

    def test_change_at_line_end_is_shown(self) -> None:
        """
        A change after a long unchanged stretch is shown, the stretch shortened.
        """
        old = "あ" * 80 + "第8号"
        before, after = markdown_pair(old, old.replace("8", "9"))

        assert before == "…" + "あ" * 19 + "第<del>8</del>号"
        assert after == "…" + "あ" * 19 + "第<b>9</b>号"

    def test_escaped(self) -> None:
        """
        HTML and Markdown in values are inert.
        """
        assert escape_markdown("<script>*x*|[a](b)\n") == (
            "&#60;script&#62;&#42;x&#42;&#124;&#91;a&#93;(b)<br>"
        )


def test_review_marks_and_deleted(mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
    """
    ``pia review`` marks the changed characters, keeps the whole cell in ``<details>``
    when shortened, and reports an assessment deleted since ``--from``.
    """
    mini_repo.write("assessments/gone.py", mini_repo.read(MODULE))
    mini_repo.commit("gone", tag="v2")
    long = "サーバ室に保管する。" + "入退室を管理する。" * 8
    mini_repo.replace(MODULE, '"サーバ室に保管する。"', repr(long))
    mini_repo.commit("long", tag="v3")
    mini_repo.replace(MODULE, repr(long), repr(long + "監視する。"))
    (mini_repo.root / "assessments/gone.py").unlink()

    code = main(["review", "--from", "v3", "--style", "short"])

    out = capsys.readouterr().out
    assert code == 0
    assert "入退室を管理する。<b>監視する。</b><details><summary>全文</summary>" in out
    assert "### assessments/gone.py（削除）" in out
    assert "v3 にあった評価書が作業ツリーにありません" in out


def test_table_keeps_a_change_at_the_end_of_a_long_line(
    mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    """
    ``pia changes`` (table) folds long cells instead of cutting them, so a change near the
    end of a long line is shown, marked, on both sides.
    """
    long = "サーバ室に保管する。" + "入退室を管理し、記録簿に記載する。" * 6 + "第8号による。"
    mini_repo.replace(MODULE, '"サーバ室に保管する。"', repr(long))
    mini_repo.commit("long", tag="v2")
    mini_repo.replace(MODULE, repr(long), repr(long.replace("第8号", "第9号")))

    code = main(["changes", MODULE, "--from", "v2"])

    out = capsys.readouterr().out
    cells = [line.split("│") for line in out.splitlines() if line.startswith("│")]
    before = "".join(c[3].strip() for c in cells)
    after = "".join(c[4].strip() for c in cells)
    assert code == 0
    assert before.endswith("記載する。第[-8-]号による。")
    assert after.endswith("記載する。第{+9+}号による。")
    assert before.startswith("…")
