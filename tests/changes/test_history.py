"""
Tests for ``pia_dsl.changes.history``: the publications found in git history, as
``pia publish --backfill`` records them (then rendered from the snapshots).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from changes.kit import PROJECT, GitRepo
from pia_dsl.changes import build_history, history_rows
from pia_dsl.changes.cache import RevisionCache
from pia_dsl.changes.publish import backfill
from pia_dsl.changes.synthetic import build_history_repo
from pia_dsl.changes.timing import OTHER_EXPLANATION
from pia_dsl.forms.common import ChangeRow, Timing
from pia_dsl.loader import load_assessment
from pia_dsl.wareki import wareki

MODULE = "assessments/mini_sample.py"

#: The test form has no template of its own; any generated one fits the context.
MINI_TEMPLATE = PROJECT / "templates" / "juten.docx"


def _publish(repo: GitRepo, published: str) -> None:
    """
    Set the cover 公表日 of the sample module.
    """
    text = repo.read(MODULE)
    start = text.index("published=wareki(")
    repo.replace(
        MODULE, text[start : text.index(")", start) + 1], f'published=wareki("{published}")'
    )


def _table(repo: GitRepo, module: str = MODULE) -> list[tuple[str, str, str, str]]:
    """
    Backfill the module's publications from git, then the table from the snapshots.
    """
    path = repo.root / module
    backfill(path, template=MINI_TEMPLATE)
    rows = history_rows(path, load_assessment(path))
    return [(str(r.date), r.item.split()[-1], r.before, r.after) for r in rows]


class TestPublications:
    """
    A publication is a commit where the 公表日 changed; each is compared with the previous.
    """

    def test_rows_per_publication(self, mini_repo: GitRepo) -> None:
        """
        Edits committed before the 公表日 changes belong to that publication; a commit
        without a new 公表日 is not a publication.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        mini_repo.commit("作業中")
        _publish(mini_repo, "令和7年7月18日")
        mini_repo.commit("公表")
        mini_repo.replace(MODULE, "サーバ室に保管する。", "データセンターに保管する。")
        _publish(mini_repo, "令和8年4月1日")
        mini_repo.commit("公表")

        assert _table(mini_repo) == [
            (
                "2025-07-18",
                "使用部署",
                "子育て給付課、村岡公民館",
                "子育て給付課、村岡市民センター",
            ),
            ("2026-04-01", "６．保管場所", "サーバ室に保管する。", "データセンターに保管する。"),
        ]

    def test_working_tree_publication(self, mini_repo: GitRepo) -> None:
        """
        A working tree with a new 公表日 is the draft of the next publication: its rows
        carry the planned 公表日.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        _publish(mini_repo, "令和7年7月18日")

        assert _table(mini_repo) == [
            ("2025-07-18", "使用部署", "子育て給付課、村岡公民館", "子育て給付課、村岡市民センター")
        ]

    def test_history_follows_a_renamed_module(self, mini_repo: GitRepo) -> None:
        """
        A module moved with ``git mv`` keeps its publications: the rows of the editions
        published under the old name are still in the table.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        _publish(mini_repo, "令和7年7月18日")
        mini_repo.commit("公表")
        renamed = "assessments/mini_sample_2026.py"
        mini_repo.git("mv", MODULE, renamed)
        mini_repo.commit("ファイル名を変更")
        mini_repo.replace(renamed, "サーバ室に保管する。", "データセンターに保管する。")
        text = mini_repo.read(renamed)
        start = text.index("published=wareki(")
        mini_repo.replace(
            renamed, text[start : text.index(")", start) + 1], 'published=wareki("令和8年4月1日")'
        )
        mini_repo.commit("公表")

        assert [(date, item) for date, item, _, _ in _table(mini_repo, renamed)] == [
            ("2025-07-18", "使用部署"),
            ("2026-04-01", "６．保管場所"),
        ]

    def test_carried_rows_first_then_by_date(self, mini_repo: GitRepo) -> None:
        """
        Carried-over rows (``history``) and computed rows are merged by date, computed rows
        in form order.
        """
        carried = (
            "    history=(\n"
            '        ChangeRow(date=wareki("令和6年4月1日"), item="旧", before="a", after="b", timing=Timing.AFTER),\n'
            "    ),\n"
            ")\n\nrevisions"
        )
        text = mini_repo.read(MODULE).replace(")\n\nrevisions", carried, 1)
        mini_repo.write(MODULE, text)
        mini_repo.commit("history")
        mini_repo.replace(MODULE, "サーバ室に保管する。", "データセンターに保管する。")
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        _publish(mini_repo, "令和7年7月18日")
        mini_repo.commit("公表")

        assert _table(mini_repo) == [
            ("2024-04-01", "旧", "a", "b"),
            (
                "2025-07-18",
                "使用部署",
                "子育て給付課、村岡公民館",
                "子育て給付課、村岡市民センター",
            ),
            ("2025-07-18", "６．保管場所", "サーバ室に保管する。", "データセンターに保管する。"),
        ]

    def test_declarations_of_the_working_tree(self, mini_repo: GitRepo) -> None:
        """
        Declarations added after a publication (in the current module) apply to it.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        _publish(mini_repo, "令和7年7月18日")
        mini_repo.commit("公表")
        mini_repo.replace(
            MODULE,
            "revisions: tuple[Revision, ...] = ()",
            'revisions = (Revision(published=wareki("令和7年7月18日"), default_reason="組織改正のため。"),)',
        )
        path = mini_repo.root / MODULE

        history = build_history(path, load_assessment(path), mini_repo.root)

        assert [r.explanation for r in history.rows()] == ["組織改正のため。"]
        assert [o.problems for o in history.outcomes] == [()]

    def test_not_a_repository(self, tmp_path: Path) -> None:
        """
        Outside git, only the carried rows are returned.
        """
        shutil.copytree(
            PROJECT / "assessments",
            tmp_path / "assessments",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        path = tmp_path / "assessments" / "fujisawa_shoni_iryo.py"
        document = load_assessment(path)

        assert history_rows(path, document) == list(document.history)

    def test_broken_commit_is_skipped(self, mini_repo: GitRepo) -> None:
        """
        A commit that cannot be loaded is skipped with a warning.
        """
        text = mini_repo.read(MODULE)
        mini_repo.write(MODULE, text + "\ndef broken(:\n")
        mini_repo.commit("broken")
        mini_repo.write(
            MODULE,
            text.replace("村岡公民館", "村岡市民センター").replace(
                "令和7年4月1日", "令和7年7月18日"
            ),
        )
        mini_repo.commit("公表")
        path = mini_repo.root / MODULE

        history = build_history(path, load_assessment(path), mini_repo.root)

        assert len(history.rows()) == 1
        assert len(history.warnings) == 1
        assert "構文エラー" in history.warnings[0]


class TestCache:
    """
    Loaded revisions and computed changes are cached by content.
    """

    def test_second_build_is_five_times_faster(self, tmp_path: Path) -> None:
        """
        A second history build over 10 publications of the 藤沢市 example is ≥ 5× faster.
        """
        repo = tmp_path / "synthetic"
        module = build_history_repo(repo, PROJECT / "assessments" / "fujisawa_shoni_iryo.py", 10)
        document = load_assessment(module)

        def build() -> tuple[float, list[ChangeRow]]:
            start = time.perf_counter()
            rows = build_history(module, document, repo, revisions=()).rows()
            return time.perf_counter() - start, rows

        cold = []
        for _ in range(2):
            shutil.rmtree(repo / ".pia-cache", ignore_errors=True)
            cold.append(build())
        warm = [build() for _ in range(3)]

        assert all(rows == cold[0][1] for _, rows in cold + warm)
        assert len(cold[0][1]) >= 9
        assert min(t for t, _ in cold) >= 5 * min(t for t, _ in warm)

    def test_cache_survives_a_new_loader(self, mini_repo: GitRepo) -> None:
        """
        The second build reads every revision from the cache.
        """
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        _publish(mini_repo, "令和7年7月18日")
        mini_repo.commit("公表")
        path = mini_repo.root / MODULE
        document = load_assessment(path)
        first = RevisionCache.for_repo(mini_repo.root)
        build_history(path, document, mini_repo.root, cache=first)
        second = RevisionCache.for_repo(mini_repo.root)

        rows = build_history(path, document, mini_repo.root, cache=second).rows()

        assert second.misses == 0
        assert second.hits >= 3
        assert rows[0] == ChangeRow(
            date=wareki("令和7年7月18日"),
            item="Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署",
            before="子育て給付課、村岡公民館",
            after="子育て給付課、村岡市民センター",
            timing=Timing.AFTER,
            explanation=OTHER_EXPLANATION,
        )
