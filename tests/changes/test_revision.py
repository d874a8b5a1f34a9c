"""
Tests for ``pia_dsl.changes.revision``: loading an assessment at a git revision.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from changes.kit import PROJECT, GitRepo
from pia_dsl.changes.cache import RevisionCache
from pia_dsl.changes.git import ls_tree
from pia_dsl.changes.imports import import_closure, imported_modules
from pia_dsl.changes.revision import RevisionLoader, load_working
from pia_dsl.errors import RevisionError
from pia_dsl.loader import discover

MODULE = "assessments/mini_sample.py"


def _departments(document: object) -> str:
    return document.s2.acquisition.users.departments  # type: ignore[attr-defined, no-any-return]


class TestSnapshot:
    """
    Tests for ``RevisionLoader.snapshot``.
    """

    def test_tag_branch_and_sha(self, mini_repo: GitRepo) -> None:
        """
        A revision may be a tag, a branch, a relative name or a commit id; the working
        tree is not touched.
        """
        first = mini_repo.git("rev-parse", "HEAD").strip()
        mini_repo.replace(MODULE, "村岡公民館", "村岡市民センター")
        mini_repo.commit("名称変更")
        mini_repo.replace(MODULE, "子育て給付課", "こども給付課")

        with RevisionLoader(mini_repo.root) as loader:
            found = {
                rev: _departments(loader.snapshot(rev, MODULE).document())
                for rev in ("v1", "main", "HEAD~1", first[:10], "HEAD")
            }

        assert found == {
            "v1": "子育て給付課、村岡公民館",
            "main": "子育て給付課、村岡市民センター",
            "HEAD~1": "子育て給付課、村岡公民館",
            first[:10]: "子育て給付課、村岡公民館",
            "HEAD": "子育て給付課、村岡市民センター",
        }
        assert "こども給付課" in mini_repo.read(MODULE)
        assert mini_repo.git("status", "--porcelain").strip() == "M assessments/mini_sample.py"

    def test_shared_block_at_revision(self, mini_repo: GitRepo) -> None:
        """
        Imported shared blocks are read at the revision too, not from the working tree.
        """
        mini_repo.replace("assessments/shared/mini_blocks.py", "年1回", "年2回")

        with RevisionLoader(mini_repo.root) as loader:
            old = loader.snapshot("v1", MODULE).document()
        new = load_working(mini_repo.root / MODULE).document()

        assert (old.s3.training, new.s3.training) == (
            "・年1回、個人情報保護研修を実施する。",
            "・年2回、個人情報保護研修を実施する。",
        )

    def test_unknown_revision(self, mini_repo: GitRepo) -> None:
        """
        A revision that does not exist is a RevisionError naming it.
        """
        with RevisionLoader(mini_repo.root) as loader, pytest.raises(RevisionError) as error:
            loader.snapshot("v9", MODULE)

        assert "リビジョン「v9」が見つかりません" in str(error.value)

    def test_renamed_module_is_found_under_its_old_name(self, mini_repo: GitRepo) -> None:
        """
        A module renamed with ``git mv`` since the revision is read under the name it had
        there.
        """
        renamed = "assessments/mini_sample_2026.py"
        mini_repo.git("mv", MODULE, renamed)
        mini_repo.commit("ファイル名を変更")
        mini_repo.replace(renamed, "村岡公民館", "村岡市民センター")

        with RevisionLoader(mini_repo.root) as loader:
            old = loader.snapshot("v1", renamed)

        assert _departments(old.document()) == "子育て給付課、村岡公民館"
        assert old.label == f"v1:{renamed}"

    def test_file_absent_at_revision(self, mini_repo: GitRepo) -> None:
        """
        A file that does not exist at the revision is a RevisionError naming both.
        """
        mini_repo.write("assessments/later.py", "assessment = None\n")
        mini_repo.commit("later")

        with RevisionLoader(mini_repo.root) as loader, pytest.raises(RevisionError) as error:
            loader.snapshot("v1", "assessments/later.py")

        assert "リビジョン「v1」には assessments/later.py がありません" in str(error.value)

    def test_import_error_at_revision(self, mini_repo: GitRepo) -> None:
        """
        A module that fails to import at the revision is a RevisionError with the cause.
        """
        mini_repo.replace(
            MODULE,
            "from assessments.shared.mini_blocks import TRAINING",
            "from assessments.shared.gone import TRAINING",
        )
        mini_repo.commit("broken", tag="broken")

        with RevisionLoader(mini_repo.root) as loader, pytest.raises(RevisionError) as error:
            loader.snapshot("broken", MODULE)

        message = str(error.value)
        assert "broken:assessments/mini_sample.py" in message
        assert "モジュール `assessments.shared.gone` が見つかりません" in message

    def test_cached_snapshot(self, mini_repo: GitRepo) -> None:
        """
        A second load of the same content comes from the cache and gives the same document.
        """
        cache = RevisionCache.for_repo(mini_repo.root)
        with RevisionLoader(mini_repo.root, cache) as loader:
            first = loader.snapshot("v1", MODULE).document()
        with RevisionLoader(mini_repo.root, cache) as loader:
            second = loader.snapshot("v1", MODULE)
            hits = cache.hits

        assert second.document() == first
        assert hits >= 1
        assert (mini_repo.root / ".pia-cache" / "snapshots").is_dir()


class TestImportClosure:
    """
    Tests for ``import_closure``: the files a module may import.
    """

    def test_follows_imports(self, mini_repo: GitRepo) -> None:
        """
        The module, the shared block it imports and the packages' ``__init__`` are covered;
        other assessments are not.
        """
        mini_repo.write("assessments/other.py", "X = 1\n")
        mini_repo.commit("other")
        files = ls_tree(mini_repo.root, "HEAD", "assessments")

        with RevisionLoader(mini_repo.root) as loader:
            closure = import_closure(MODULE, files, loader._imports_of, project="")

        assert [e.path for e in closure] == [
            "assessments/__init__.py",
            "assessments/mini_sample.py",
            "assessments/shared/__init__.py",
            "assessments/shared/mini_blocks.py",
        ]

    def test_relative_and_from_imports(self) -> None:
        """
        ``from a import b`` may load ``a.b``; relative imports resolve against the package.
        """
        source = b"from . import texts\nfrom ..shared.more import X\nimport assessments.shared.y\n"

        assert imported_modules(source, "assessments.shared") == [
            "assessments.shared",
            "assessments.shared.texts",
            "assessments.shared.more",
            "assessments.shared.more.X",
            "assessments.shared.y",
        ]


@pytest.mark.parametrize("path", discover(PROJECT / "assessments"), ids=lambda p: p.name)
def test_cached_documents_equal_loaded(repo: GitRepo, path: Path) -> None:
    """
    Every document of every project assessment survives the cache unchanged (the cache
    stores canonical data and structures it back).
    """
    repo.copy_project_assessments()
    repo.commit("project")
    module = f"assessments/{path.name}"
    cache = RevisionCache.for_repo(repo.root)
    with RevisionLoader(repo.root, cache) as loader:
        loaded = loader.snapshot("HEAD", module)
        expected = [slot.document() for slot in loaded.slots]
    with RevisionLoader(repo.root, cache) as loader:
        cached = loader.snapshot("HEAD", module)
        hits = cache.hits

    assert hits >= 1
    assert [slot.data is not None for slot in cached.slots] == [True] * len(expected)
    assert [slot.document() for slot in cached.slots] == expected


def test_cache_entry_of_unknown_form_is_a_miss(mini_repo: GitRepo) -> None:
    """
    A cached snapshot whose form is not registered in this process is loaded from git again.
    """
    cache = RevisionCache.for_repo(mini_repo.root)
    with RevisionLoader(mini_repo.root, cache) as loader:
        commit = mini_repo.git("rev-parse", "HEAD").strip()
        key, _ = loader.key_at(commit, MODULE, label="HEAD:" + MODULE)
        stored = loader.snapshot("HEAD", MODULE).to_data()
        stored["slots"][0]["form"] = "no_such_form"
        cache.put("snapshots", key, stored)

    with RevisionLoader(mini_repo.root, cache) as loader:
        snapshot = loader.snapshot("HEAD", MODULE)

    assert [s.form for s in snapshot.slots] == ["mini_changes"]
    assert _departments(snapshot.document()) == "子育て給付課、村岡公民館"


def test_edited_cache_entry_is_ignored_and_rebuilt(mini_repo: GitRepo) -> None:
    """
    An entry whose content no longer matches its hash (edited by hand, e.g. a changed
    変更前の記載) is a miss: the revision is loaded from git again and the entry rewritten.
    """
    cache = RevisionCache.for_repo(mini_repo.root)
    with RevisionLoader(mini_repo.root, cache) as loader:
        loader.snapshot("v1", MODULE)
    (entry,) = (mini_repo.root / ".pia-cache" / "snapshots").rglob("*.json")
    entry.write_text(
        entry.read_text(encoding="utf-8").replace("村岡公民館", "改ざん"), encoding="utf-8"
    )

    fresh = RevisionCache.for_repo(mini_repo.root)
    with RevisionLoader(mini_repo.root, fresh) as loader:
        snapshot = loader.snapshot("v1", MODULE)

    assert _departments(snapshot.document()) == "子育て給付課、村岡公民館"
    assert "改ざん" not in entry.read_text(encoding="utf-8")


def test_cache_ignores_itself_in_git(mini_repo: GitRepo) -> None:
    """
    The cache directory carries its own ``.gitignore``: ``git add -A`` never commits it,
    even in a repository whose ``.gitignore`` does not mention it.
    """
    (mini_repo.root / ".gitignore").write_text("", encoding="utf-8")
    mini_repo.commit("no ignore rules")
    with RevisionLoader(mini_repo.root, RevisionCache.for_repo(mini_repo.root)) as loader:
        loader.snapshot("v1", MODULE)
    mini_repo.git("add", "--all")

    assert (mini_repo.root / ".pia-cache" / ".gitignore").is_file()
    assert ".pia-cache" not in mini_repo.git("status", "--porcelain")


def test_tree_entry_named_dot_dot_is_refused(mini_repo: GitRepo) -> None:
    """
    A crafted commit whose tree has an entry ``..`` is refused before anything is
    written outside the temporary directory.
    """
    module_blob = bytes.fromhex(mini_repo.git("rev-parse", f"HEAD:{MODULE}").strip())
    evil = _raw_tree(mini_repo, b"100644 evil.py\0" + module_blob)
    assessments = _raw_tree(
        mini_repo, b"40000 ..\0" + bytes.fromhex(evil) + b"100644 mini_sample.py\0" + module_blob
    )
    tree = _raw_tree(mini_repo, b"40000 assessments\0" + bytes.fromhex(assessments))
    commit = mini_repo.git("commit-tree", tree, "-m", "crafted").strip()

    with (
        RevisionLoader(mini_repo.root, RevisionCache(None)) as loader,
        pytest.raises(RevisionError, match=r"「\.\.」"),
    ):
        loader.snapshot(commit, MODULE)


def _raw_tree(repo: GitRepo, entries: bytes) -> str:
    """
    Write a tree object as given (``--literally``: git would refuse such names).
    """
    return (
        subprocess.run(
            ["git", "hash-object", "-w", "-t", "tree", "--literally", "--stdin"],
            input=entries,
            cwd=repo.root,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .strip()
    )
