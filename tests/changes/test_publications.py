"""
Publications as snapshots, end to end in real git repositories: ``pia publish`` records a
publication, ``pia render`` builds the 変更箇所 table from the snapshots and the draft
(no git, no past code), ``pia verify`` recognises the rendered file.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from changes.kit import GitRepo
from pia_dsl.changes.snapshot import load_published
from pia_dsl.cli import main
from pia_dsl.wareki import wareki
from pia_process import PIA, environment, run_pia

MODULE = "assessments/fujisawa_shoni_iryo.py"
#: 使用部署 as published on 令和7年7月18日 in this test, and as changed for the next one.
OLD = "鵠沼市民センター、村岡公民館"
NEW = "鵠沼市民センター、村岡市民センター"
DATE = 'published=wareki("令和7年7月18日")'


def _change_rows(path: Path) -> list[list[str]]:
    """
    The rows of the table whose header starts with 変更日.
    """
    for table in Document(str(path)).tables:
        cells = [[cell.text for cell in row.cells] for row in table.rows]
        if cells and cells[0][0] == "変更日":
            return cells[1:]
    msg = "no 変更箇所 table"
    raise AssertionError(msg)


def _header_text(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        return "".join(
            package.read(name).decode("utf-8")
            for name in package.namelist()
            if name.startswith("word/header")
        )


def _render(cwd: Path, out: str = "out.docx", *extra: str, **env: str) -> Path:
    result = subprocess.run(
        [*PIA, "render", MODULE, "-o", out, *extra],
        cwd=cwd,
        env=environment(**env),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return cwd / out


@pytest.fixture(name="published")
def _published(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """
    The 藤沢市 module with 使用部署 as :data:`OLD`, published (both documents) on
    令和7年7月18日, committed and tagged; the working directory is the repository.
    """
    repo.copy_project_assessments()
    repo.replace(MODULE, NEW, OLD)
    monkeypatch.chdir(repo.root)
    assert main(["publish", MODULE]) == 0
    repo.commit("令和7年7月18日 公表", tag="kohyo-2025-07-18")
    return repo


def _declare(repo: GitRepo, arguments: str) -> None:
    """
    Append ``revisions = (Revision(ARGUMENTS),)`` to the module.
    """
    repo.write(
        MODULE,
        repo.read(MODULE) + "\nfrom pia_dsl.changes import Revision  # noqa: E402\n\n"
        f"revisions = (Revision({arguments}),)\n",
    )


def _computed(rows: list[list[str]], date: str) -> list[list[str]]:
    return [r for r in rows if r[0] == date]


class TestRender:
    """
    ``pia render`` fills 変更箇所 from carried rows, snapshots and the draft.
    """

    def test_published_edition_has_no_draft_rows_nor_mark(self, published: GitRepo) -> None:
        out = _render(published.root)

        assert "案" not in _header_text(out)
        assert _change_rows(out)[0][3] == "子育て給付課長"  # the first carried row

    def test_draft_rows_with_planned_date_include_later_fixes(self, published: GitRepo) -> None:
        """
        The 公表日 bumped with one change, then a review fix committed after the bump:
        both are rows of the next publication.
        """
        published.replace(MODULE, OLD, NEW)
        published.replace(MODULE, DATE, 'published=wareki("令和8年4月1日")')
        published.commit("令和8年4月1日 公表に向けて")
        published.replace(MODULE, "cover=Cover(", 'cover=Cover(notes="令和8年度版",')
        published.commit("レビューの指摘を反映")

        out = _render(published.root)
        rows = _computed(_change_rows(out), "令和8年4月1日")

        assert len(rows) == 2
        assert any("村岡市民センター" in r[3] for r in rows)
        assert any("令和8年度版" in r[3] for r in rows)
        assert "案" in _header_text(out)

    def test_draft_without_date_blank_date_and_mark(self, published: GitRepo) -> None:
        """
        A draft without 公表日, with an undated declaration: its row has a blank 変更日 and
        the declared explanation, the header says 案, exit 0; ``pia check`` passes.
        """
        published.replace(MODULE, OLD, NEW)
        published.replace(MODULE, DATE, "published=None")
        _declare(published, 'form="juten", default_reason="窓口の名称変更のため。"')

        out = _render(published.root)
        rows = _change_rows(out)

        assert rows[-1][0] == ""
        assert "村岡市民センター" in rows[-1][3]
        assert rows[-1][5] == "窓口の名称変更のため。"
        assert "案" in _header_text(out)
        assert run_pia("check", MODULE, cwd=published.root).returncode == 0
        result = run_pia("changes", MODULE, "--form", "juten", "--format", "json")
        assert result.returncode == 0, result.stderr
        assert '"date": ""' in result.stdout

    def test_same_bytes_in_shallow_clone_worktree_and_with_git_dir(
        self, published: GitRepo, tmp_path: Path
    ) -> None:
        """
        Two publications: the full clone, a ``--depth 1`` clone, a worktree and a run with
        ``GIT_DIR`` pointing elsewhere all write the same bytes.
        """
        published.replace(MODULE, OLD, NEW)
        published.replace(MODULE, DATE, 'published=wareki("令和8年4月1日")')
        assert main(["publish", MODULE]) == 0
        published.commit("令和8年4月1日 公表", tag="kohyo-2026-04-01")
        full = _render(published.root).read_bytes()
        shallow = tmp_path / "shallow"
        subprocess.run(
            ["git", "clone", "--quiet", "--depth", "1", f"file://{published.root}", str(shallow)],
            check=True,
        )
        worktree = tmp_path / "worktree"
        published.git("worktree", "add", "--quiet", "--detach", str(worktree), "HEAD")

        assert len(_computed(_change_rows(published.root / "out.docx"), "令和8年4月1日")) == 1
        assert _render(shallow).read_bytes() == full
        assert _render(worktree).read_bytes() == full
        assert _render(published.root, "git_dir.docx", GIT_DIR=str(tmp_path)).read_bytes() == full

    def test_copied_module_inherits_no_rows(self, published: GitRepo) -> None:
        copy = "assessments/chigasaki_shoni_iryo.py"
        shutil.copy(published.root / MODULE, published.root / copy)
        published.replace(copy, OLD, NEW)
        published.commit("茅ヶ崎市の評価書を藤沢市の評価書から作成")
        result = run_pia("render", copy, "-o", "copy.docx")

        assert result.returncode == 0, result.stderr
        assert _change_rows(published.root / "copy.docx") == _change_rows(_render(published.root))

    def test_past_revision_code_never_runs(self, published: GitRepo) -> None:
        """
        A committed revision with a side effect and ``raise SystemExit`` at import is
        never executed by ``pia render``.
        """
        text = published.read(MODULE)
        published.write(
            MODULE,
            text + '\nopen("SIDE_EFFECT", "w").close()\nraise SystemExit(3)\n',
        )
        published.commit("壊れた版")
        published.write(MODULE, text.replace(OLD, NEW))
        published.commit("直した版")

        out = _render(published.root)

        assert not (published.root / "SIDE_EFFECT").exists()
        assert any("村岡市民センター" in r[3] for r in _change_rows(out))

    def test_date_going_backwards_warns(self, published: GitRepo) -> None:
        """
        A 公表日 earlier than the last publication's: rendered (a draft, blank 変更日)
        with a warning naming the last publication.
        """
        published.replace(MODULE, OLD, NEW)
        published.replace(MODULE, DATE, 'published=wareki("令和7年7月1日")')
        result = run_pia("render", MODULE, "-o", "out.docx")

        assert result.returncode == 0, result.stderr
        assert "前回の公表（令和7年7月18日" in result.stderr
        assert _change_rows(published.root / "out.docx")[-1][0] == ""

    def test_revision_of_no_publication_is_an_error(self, published: GitRepo) -> None:
        _declare(published, 'published=wareki("令和7年7月19日"), default_reason="x"')
        result = run_pia("render", MODULE, "-o", "out.docx")

        assert result.returncode == 1
        assert "令和7年7月19日" in result.stderr
        assert "最も近い公表は 令和7年7月18日" in result.stderr
        assert "Traceback" not in result.stderr
        checked = run_pia("check", MODULE)
        assert checked.returncode == 1
        assert "最も近い公表は 令和7年7月18日" in checked.stdout


class TestPublish:
    """
    ``pia publish``: idempotent, ``--amend`` for a different content, required items.
    """

    def test_twice_is_a_no_op(self, published: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        files = sorted((published.root / "published").rglob("*.json"))
        before = [f.read_bytes() for f in files]
        capsys.readouterr()

        assert main(["publish", MODULE]) == 0
        assert "変更なし" in capsys.readouterr().out
        assert [f.read_bytes() for f in files] == before
        assert published.git("status", "--porcelain") == ""

    def test_different_content_needs_amend(
        self, published: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        published.replace(MODULE, OLD, NEW)
        capsys.readouterr()

        assert main(["publish", MODULE, "--form", "juten"]) == 1
        error = capsys.readouterr().err
        assert "--amend" in error
        assert "使用部署" in error
        assert main(["publish", MODULE, "--form", "juten", "--amend"]) == 0
        assert "修正しました" in capsys.readouterr().out

    def test_requires_a_date_and_no_going_back(
        self, published: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        published.replace(MODULE, DATE, "published=None")
        assert main(["publish", MODULE]) == 1
        assert "公表日" in capsys.readouterr().err
        published.replace(MODULE, "published=None", 'published=wareki("令和7年5月1日")')
        assert main(["publish", MODULE]) == 1
        assert "より前です" in capsys.readouterr().err

    def test_items_filled_at_publication(
        self, repo: GitRepo, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Ⅵ-2 ④主な意見の内容 blank: ``pia check`` accepts the draft, ``pia publish`` refuses
        naming the item.
        """
        sakai = "assessments/sakai_kokumin_nenkin.py"
        repo.copy_project_assessments()
        repo.replace(sakai, 'opinions="意見なし"', 'opinions=""')
        monkeypatch.chdir(repo.root)

        assert main(["check", sakai]) == 0
        assert main(["publish", sakai]) == 1
        assert "主な意見の内容" in capsys.readouterr().err

    def test_undated_revision_is_recorded_once(
        self, published: GitRepo, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """
        Publishing with an undated ``Revision`` records it (dated) and asks to date it;
        a later draft does not reuse it for its own rows.
        """
        published.replace(MODULE, OLD, NEW)
        published.replace(MODULE, DATE, 'published=wareki("令和8年4月1日")')
        _declare(published, 'form="juten", default_reason="窓口の名称変更のため。"')
        capsys.readouterr()
        assert main(["publish", MODULE]) == 0
        assert 'published=wareki("令和8年4月1日") を書き足して' in capsys.readouterr().err
        snapshot = published.root / "published/fujisawa_shoni_iryo/juten_2026-04-01.json"
        recorded = load_published(snapshot).revision
        assert recorded is not None
        assert recorded.published == wareki("令和8年4月1日")
        published.replace(MODULE, "cover=Cover(", 'cover=Cover(notes="令和9年度版",')

        rows = _change_rows(_render(published.root))

        assert rows[-2][5] == "窓口の名称変更のため。"  # recorded with 令和8年4月1日
        assert rows[-1][0] == ""
        assert rows[-1][5] != "窓口の名称変更のため。"

    def test_backfill_from_git(self, repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
        """
        ``--backfill`` records the publications found in git: the same table as publishing
        each one did.
        """
        repo.copy_project_assessments()
        repo.replace(MODULE, NEW, OLD)
        repo.commit("令和7年7月18日 公表")
        repo.replace(MODULE, OLD, NEW)
        repo.replace(MODULE, DATE, 'published=wareki("令和8年4月1日")')
        repo.commit("令和8年4月1日 公表")
        monkeypatch.chdir(repo.root)

        assert main(["publish", "--backfill", MODULE]) == 0
        names = sorted(p.name for p in (repo.root / "published" / "fujisawa_shoni_iryo").iterdir())
        assert names == [
            "juten_2025-07-18.json",
            "juten_2026-04-01.json",
            "kiso_2025-07-18.json",
            "kiso_2026-04-01.json",
        ]
        rows = _change_rows(_render(repo.root))
        assert len(_computed(rows, "令和8年4月1日")) == 1
        assert "案" not in _header_text(repo.root / "out.docx")


class TestVerify:
    """
    ``pia verify`` names the publication of a rendered file, or says it matches none.
    """

    def test_recognises_and_rejects(self, published: GitRepo) -> None:
        out = _render(published.root)
        result = run_pia("verify", str(out))

        assert result.returncode == 0, result.stderr
        assert "令和7年7月18日 公表の版と一致します" in result.stdout
        data = bytearray(out.read_bytes())
        data[-100] ^= 1
        (published.root / "changed.docx").write_bytes(bytes(data))
        rejected = run_pia("verify", "changed.docx")
        assert rejected.returncode == 1
        assert "一致しません" in rejected.stdout

    def test_recorded_pdf(self, published: GitRepo, capsys: pytest.CaptureFixture[str]) -> None:
        """
        ``pia publish --pdf`` records the PDF it writes; ``pia verify`` recognises it; a
        second ``--pdf`` keeps the recorded PDF (PDF bytes differ at each conversion).
        """
        assert main(["publish", MODULE, "--form", "juten", "--pdf", "--out-dir", "pdf"]) == 0
        pdf = published.root / "pdf" / "fujisawa_shoni_iryo_juten_2025-07-18.pdf"
        first = pdf.read_bytes()
        capsys.readouterr()

        assert main(["publish", MODULE, "--form", "juten", "--pdf", "--out-dir", "pdf"]) == 0
        assert "変更なし" in capsys.readouterr().out
        assert pdf.read_bytes() == first
        result = run_pia("verify", str(pdf))
        assert result.returncode == 0, result.stdout
        assert "juten" in result.stdout


def test_draft_rows_take_the_declared_item_style(published: GitRepo) -> None:
    """
    The draft rows of the rendered 別添 use the short item style when the module declares
    ``row_styles = RowStyles(table="short")``; ``pia render --style long`` wins over it.
    """
    published.replace(MODULE, OLD, NEW)
    published.write(
        MODULE,
        published.read(MODULE)
        + '\nfrom pia_dsl.changes import RowStyles  # noqa: E402\n\nrow_styles = RowStyles(table="short")\n',
    )
    items = {
        name: [row[1] for row in _change_rows(_render(published.root, f"{name}.docx", *extra))[-1:]]
        for name, extra in (("declared", ()), ("option", ("--style", "long")))
    }

    assert items == {
        "declared": ["Ⅱ－３ ④使用部署"],
        "option": [
            "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署"
        ],
    }
