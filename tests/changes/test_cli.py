"""
Tests for ``pia changes`` and ``pia review``.
"""

from __future__ import annotations

import json

import pytest

from changes.kit import MINI_MODULE, GitRepo, norm
from pia_dsl.cli import main

MODULE = "assessments/mini_sample.py"
DECLARED = """revisions = (
    Revision(
        published=wareki("令和7年4月1日"),
        reasons={"s2.acquisition.users.departments": "組織改正に伴う名称変更のため、重要な変更に当たらない。"},
        overrides=(Override(item="Ⅱ-3-③", timing=Timing.AFTER, reason="誤字の修正であり、重要な変更に該当しない。"),),
    ),
)"""


def _edit(repo: GitRepo) -> None:
    repo.replace(MODULE, "村岡公民館", "村岡市民センター")
    repo.replace(MODULE, "医療費の助成のため。", "医療費の助成のため")


class TestChanges:
    """
    Tests for ``pia changes``.
    """

    def test_json(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        JSON: a list of objects with date, item, before, after, timing, explanation.
        """
        _edit(mini_repo)

        code = main(["changes", MODULE, "--from", "v1", "--format", "json", "--style", "short"])

        rows = json.loads(capsys.readouterr().out)
        assert code == 0
        assert [list(r) for r in rows] == [
            ["date", "item", "before", "after", "timing", "explanation"]
        ] * 2
        assert [(r["date"], r["item"], r["timing"]) for r in rows] == [
            ("令和7年4月1日", "Ⅱ－３ ③使用目的", "事前"),
            ("令和7年4月1日", "Ⅱ－３ ④使用部署", "事後"),
        ]

    def test_markdown_between_revisions(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--to`` compares two revisions; Markdown cells escape 「|」 and line breaks.
        """
        mini_repo.replace(MODULE, "サーバ室に保管する。", "サーバ室|A に保管する。\\n二行目")
        mini_repo.commit("edit", tag="v2")
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")

        code = main(["changes", MODULE, "--from", "v1", "--to", "v2", "--format", "markdown"])

        out = capsys.readouterr().out
        assert code == 0
        assert (
            out.splitlines()[0]
            == "| 変更日 | 項目 | 変更前の記載 | 変更後の記載 | 提出時期 | 提出時期に係る説明 |"
        )
        assert "サーバ室&#124;A に保管する。<br>二行目" in out
        assert "村岡市民センター" not in out

    def test_table(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        The default table format prints the rows and a count.
        """
        _edit(mini_repo)

        code = main(["changes", MODULE, "--from", "v1"])

        captured = capsys.readouterr()
        assert code == 0
        assert "村岡[-公民館-]" in captured.out
        assert "村岡{+市民センター+}" in captured.out
        assert "変更 2 件" in captured.err

    def test_check_undeclared_star_change(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--check`` exits 1 when a ※ change has no declared reason.
        """
        _edit(mini_repo)

        code = main(["changes", MODULE, "--from", "v1", "--check", "--format", "json"])

        assert code == 1
        assert norm("Ⅱ-3-③ 使用目的: ※の項目") in norm(capsys.readouterr().err)

    def test_check_declared(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        With every ※ change declared, ``--check`` passes and the declarations are used.
        """
        _edit(mini_repo)
        mini_repo.replace(MODULE, "revisions: tuple[Revision, ...] = ()", DECLARED)

        code = main(["changes", MODULE, "--from", "v1", "--check", "--format", "json"])

        rows = json.loads(capsys.readouterr().out)
        assert code == 0
        assert [(r["timing"], r["explanation"]) for r in rows] == [
            ("事後", "誤字の修正であり、重要な変更に該当しない。"),
            ("事後", "組織改正に伴う名称変更のため、重要な変更に当たらない。"),
        ]

    def test_check_unmatched_declaration(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--check`` exits 1 when a declaration matches no change.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        mini_repo.replace(MODULE, "revisions: tuple[Revision, ...] = ()", DECLARED)

        code = main(["changes", MODULE, "--from", "v1", "--check"])

        assert code == 1
        assert (
            "宣言「Ⅱ-3-③」（令和7年4月1日 公表）に当たる変更がありません" in capsys.readouterr().err
        )

    def test_unknown_revision(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        An unknown revision is an error (exit 1) with a Japanese message.
        """
        code = main(["changes", MODULE, "--from", "v9"])

        assert code == 1
        assert "リビジョン「v9」が見つかりません" in capsys.readouterr().err

    def test_file_absent(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        A file absent at the revision is an error naming both.
        """
        mini_repo.write("assessments/second.py", MINI_MODULE)

        code = main(["changes", "assessments/second.py", "--from", "v1"])

        assert code == 1
        assert "リビジョン「v1」には assessments/second.py がありません" in capsys.readouterr().err

    def test_usage_error(self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--to`` without ``--from`` is a usage error (exit 2).
        """
        assert main(["changes", MODULE, "--to", "v1"]) == 2
        assert "--from" in capsys.readouterr().err

    def test_without_from_needs_a_publication(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Without ``--from`` the draft is compared with the last snapshot; with none, the
        message says how to make one.
        """
        assert main(["changes", MODULE]) == 1
        assert "pia publish" in capsys.readouterr().err

    def test_swapped_revisions_warn(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        ``--from v2 --to v1`` (the newer first) is accepted with a warning.
        """
        _edit(mini_repo)
        mini_repo.commit("第2版", tag="v2")

        assert main(["changes", MODULE, "--from", "v2", "--to", "v1", "--format", "json"]) == 0
        assert "新旧が逆" in capsys.readouterr().err

    def test_date_going_backwards_warns(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        mini_repo.replace(MODULE, "令和7年4月1日", "令和6年4月1日")

        assert main(["changes", MODULE, "--from", "v1", "--format", "json"]) == 0
        assert "戻っています" in capsys.readouterr().err

    def test_help(self, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``--help`` is Japanese and has examples.
        """
        with pytest.raises(SystemExit):
            main(["changes", "--help"])

        out = capsys.readouterr().out
        assert "変更箇所" in out
        assert "pia changes assessments/fujisawa_shoni_iryo.py --from HEAD~1 --format json" in out


class TestReview:
    """
    Tests for ``pia review``.
    """

    def test_markdown_per_assessment(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        One Markdown section per assessment: changed, unchanged, new; problems listed.
        """
        mini_repo.write("assessments/other.py", MINI_MODULE)
        mini_repo.commit("other", tag="v2")
        _edit(mini_repo)
        mini_repo.write("assessments/third.py", MINI_MODULE)

        code = main(["review", "--from", "v2"])

        out = capsys.readouterr().out
        assert code == 0
        assert out.startswith("## 変更箇所（v2 → 作業ツリー）")
        assert "### assessments/mini_sample.py（mini_changes） テスト事務" in out
        assert "変更 2 件（事前 1 件、事後 1 件）" in out
        assert (
            "| 令和7年4月1日 | Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ③使用目的 |"
            in out
        )
        assert out.index("③使用目的") < out.index("④使用の主体")
        assert norm("- ⚠ Ⅱ-3-③ 使用目的") in norm(out)
        assert "### assessments/other.py（mini_changes） テスト事務\n\n変更はありません。" in out
        assert "新規の評価書です（v2 にはありません）。" in out

    def test_shared_block_in_every_user(
        self, mini_repo: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        A shared block changed once shows as one row in every assessment that imports it.
        """
        mini_repo.write("assessments/other.py", MINI_MODULE)
        mini_repo.commit("other", tag="v2")
        mini_repo.replace("assessments/shared/mini_blocks.py", "年1回", "年2回")

        code = main(["review", "--from", "v2", "--style", "short", "--check"])

        out = capsys.readouterr().out
        assert code == 1
        assert (
            out.count(
                "| 令和7年4月1日 | Ⅲ－９ 従業者に対する教育・啓発 | ・年<del>1</del>回、個人情報保護研修を実施する。 | ・年<b>2</b>回、個人情報保護研修を実施する。 | 事前 |"
            )
            == 2
        )
