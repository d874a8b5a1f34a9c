"""
Fixtures for the differ's tests: temporary git repositories.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from changes.kit import MINI_MODULE, MINI_SHARED, GitRepo


@pytest.fixture(autouse=True)
def _no_bytecode(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Files are rewritten within the same second with the same size (「第8号」→「第9号」);
    stale ``__pycache__`` would hide such edits from working-tree loads.
    """
    monkeypatch.setattr(sys, "dont_write_bytecode", True)


@pytest.fixture(name="repo")
def _repo(tmp_path: Path) -> GitRepo:
    """
    An empty git repository.
    """
    return GitRepo(tmp_path / "repo")


@pytest.fixture(name="mini_repo")
def _mini_repo(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """
    A repository with the sample test assessment (``assessments/mini_sample.py``, which
    imports ``assessments/shared/mini_blocks.py``) committed and tagged ``v1``; the
    working directory is the repository.
    """
    repo.write("assessments/__init__.py", '"""Assessments."""\n')
    repo.write("assessments/shared/__init__.py", '"""Shared blocks."""\n')
    repo.write("assessments/shared/mini_blocks.py", MINI_SHARED)
    repo.write("assessments/mini_sample.py", MINI_MODULE)
    repo.commit("第1版", tag="v1")
    monkeypatch.chdir(repo.root)
    return repo
