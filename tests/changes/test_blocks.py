"""
Tests for :mod:`pia_dsl.changes.blocks`: the block rule and the runs of changed blocks.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pia_dsl.changes.blocks import changed_runs, split_blocks

TEXT = (
    "・当市の措置。\n"
    "＜中間サーバー・プラットフォームにおける措置＞\n"
    "①中間サーバーは設置場所を管理する。\n"
    "なお、次を満たしている。\n"
    "・ISO/IEC27017 の認証を受けている。\n"
    "【消去方法】\n"
    "①地方公共団体が消去する。\n"
    "②物理的に破壊する。\n"
    "\n"
    "段落の一行目\n"
    "段落の二行目\n"
    "<ガバメントクラウドにおける措置>\n"
    "(1)クラウド事業者が管理する。\n"
    "ア 国内に保管する。\n"
    "1. ユーザの認証方法 規程に基づく。\n"
    "○不正プログラム対策 常駐させる。"
)


class TestSplit:
    """
    The block rule: headings, item markers, blank-line paragraphs, continuation lines.
    """

    def test_blocks_and_headings(self) -> None:
        """
        Each marker line starts a block; unmarked lines continue it; a 【…】 heading below a
        ＜…＞ heading keeps both as the context of its blocks.
        """
        blocks = [(b.text, b.heading) for b in split_blocks(TEXT)]
        outer = "＜中間サーバー・プラットフォームにおける措置＞"
        cloud = "<ガバメントクラウドにおける措置>"

        assert blocks == [
            ("・当市の措置。", ""),
            (outer, ""),
            ("①中間サーバーは設置場所を管理する。\nなお、次を満たしている。", outer),
            ("・ISO/IEC27017 の認証を受けている。", outer),
            ("【消去方法】", outer),
            ("①地方公共団体が消去する。", f"{outer}\n【消去方法】"),
            ("②物理的に破壊する。", f"{outer}\n【消去方法】"),
            ("段落の一行目\n段落の二行目", f"{outer}\n【消去方法】"),
            (cloud, ""),
            ("(1)クラウド事業者が管理する。", cloud),
            ("ア 国内に保管する。", cloud),
            ("1. ユーザの認証方法 規程に基づく。", cloud),
            ("○不正プログラム対策 常駐させる。", cloud),
        ]

    def test_plain_text_is_one_block(self) -> None:
        """
        A text without markers, headings or blank lines is one block.
        """
        assert [b.text for b in split_blocks("一行目\n二行目")] == ["一行目\n二行目"]

    @given(st.lists(st.sampled_from(["・a", "①b", "c", "", "＜d＞", "【e】", "(1)f"]), max_size=12))
    def test_no_line_lost(self, lines: list[str]) -> None:
        """
        The blocks hold every non-blank line, in order.
        """
        text = "\n".join(lines)
        kept = [line for b in split_blocks(text) for line in b.text.split("\n")]

        assert kept == [line for line in lines if line.strip()]


class TestRuns:
    """
    One run per contiguous stretch of changed blocks, quoted with its headings.
    """

    def test_one_changed_line(self) -> None:
        """
        A change inside one block quotes that block and its headings only.
        """
        new = TEXT.replace("②物理的に破壊する。", "②物理的に破壊し、記録する。")

        runs = changed_runs(TEXT, new)

        assert [(r.quoted("old"), r.quoted("new")) for r in runs] == [
            (
                "＜中間サーバー・プラットフォームにおける措置＞\n【消去方法】\n②物理的に破壊する。",
                "＜中間サーバー・プラットフォームにおける措置＞\n【消去方法】\n②物理的に破壊し、記録する。",
            )
        ]

    def test_two_separate_changes(self) -> None:
        """
        Two changed blocks apart are two runs; an inserted block has no old side.
        """
        new = TEXT.replace("・当市の措置。", "・当市の措置（改）。").replace(
            "ア 国内に保管する。", "ア 国内に保管する。\nイ 暗号化する。"
        )

        runs = changed_runs(TEXT, new)

        assert [(r.quoted("old"), r.quoted("new")) for r in runs] == [
            ("・当市の措置。", "・当市の措置（改）。"),
            ("", "<ガバメントクラウドにおける措置>\nイ 暗号化する。"),
        ]

    def test_equal_texts(self) -> None:
        """
        No runs for equal texts.
        """
        assert changed_runs(TEXT, TEXT) == []


@given(
    st.lists(st.sampled_from(["・a", "・b", "①c", "d", "", "＜e＞", "【f】"]), max_size=10),
    st.lists(st.sampled_from(["・a", "・b", "①c", "d", "", "＜e＞", "【f】"]), max_size=10),
    st.booleans(),
)
def test_runs_rebuild_the_new_text(old: list[str], new: list[str], lines: bool) -> None:
    """
    Replacing each run's old blocks with its new blocks turns the old blocks into the new
    ones: no changed block is left out of a row, none is quoted twice.
    """
    old_text, new_text = "\n".join(old), "\n".join(new)
    runs = changed_runs(old_text, new_text, lines=lines)
    old_blocks = [b.text for b in split_blocks(old_text, lines=lines)]
    new_blocks = [b.text for b in split_blocks(new_text, lines=lines)]

    removed = [b.text for r in runs for b in r.old]
    added = [b.text for r in runs for b in r.new]
    kept = list(old_blocks)
    for block in removed:
        kept.remove(block)
    assert sorted(kept + added) == sorted(new_blocks)
