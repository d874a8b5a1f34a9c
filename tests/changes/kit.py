"""
Helpers for the differ's tests: throw-away git repositories and a sample assessment
module of the test form (:mod:`changes.mini_form`) that imports a shared text block.
"""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

__all__ = [
    "MINI_MODULE",
    "MINI_SHARED",
    "PROJECT",
    "GitRepo",
    "norm",
    "project_assessment",
]

#: The project this test suite belongs to (its ``assessments/`` is copied into repos).
PROJECT = Path(__file__).resolve().parents[2]

_ENV = {
    "GIT_AUTHOR_NAME": "pia test",
    "GIT_AUTHOR_EMAIL": "pia@example.invalid",
    "GIT_COMMITTER_NAME": "pia test",
    "GIT_COMMITTER_EMAIL": "pia@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


class GitRepo:
    """
    A git repository in a temporary directory, for tests only.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "--quiet", "--initial-branch=main")
        (root / ".gitignore").write_text(".pia-cache/\n__pycache__/\n", encoding="utf-8")

    def git(self, *args: str) -> str:
        """
        Run git in the repository and return its output.
        """
        completed = subprocess.run(
            ["git", "-c", "commit.gpgsign=false", *args],
            cwd=self.root,
            env={**os.environ, **_ENV},
            capture_output=True,
            text=True,
            check=True,
        )
        return completed.stdout

    def write(self, relative: str, text: str) -> Path:
        """
        Write a file (creating directories).
        """
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, relative: str) -> str:
        return (self.root / relative).read_text(encoding="utf-8")

    def replace(self, relative: str, old: str, new: str, *, count: int = 1) -> None:
        """
        Replace text in a file; the text must occur exactly ``count`` times.
        """
        text = self.read(relative)
        assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times in {relative}"
        self.write(relative, text.replace(old, new))

    def commit(self, message: str, *, tag: str | None = None) -> str:
        """
        Commit everything and return the commit id.
        """
        self.git("add", "--all")
        self.git("commit", "--quiet", "--allow-empty", "-m", message)
        if tag:
            self.git("tag", tag)
        return self.git("rev-parse", "HEAD").strip()

    def copy_project_assessments(self) -> None:
        """
        Copy the project's ``assessments/`` (with ``shared/``) into the repository.
        """
        shutil.copytree(
            PROJECT / "assessments",
            self.root / "assessments",
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            dirs_exist_ok=True,
        )


def project_assessment(name: str) -> Any:
    """
    The ``assessment`` of the project module ``assessments/<name>.py``.
    """
    sys.path.insert(0, str(PROJECT))
    try:
        return importlib.import_module(f"assessments.{name}").assessment
    finally:
        sys.path.remove(str(PROJECT))


def norm(text: str) -> str:
    """
    Text compared across PDF extraction differences: NFKC, no whitespace, no ※,
    empty checkbox 「[ ]」 as 「[]」.
    """
    folded = unicodedata.normalize("NFKC", text).replace("※", "")
    return "".join(folded.split())


MINI_SHARED = '''\
"""
Shared text blocks for the test assessments.
"""

TRAINING = "・年1回、個人情報保護研修を実施する。"
'''

MINI_MODULE = '''\
"""
A sample assessment of the test form.
"""

from pia_dsl.changes import Override, Revision
from pia_dsl.forms.choices import (
    AcquisitionMethod,
    Connection,
    FocusedTargetCount,
    FocusedThresholdResult,
    Incident,
    Source,
    Stipulation,
    Sufficiency,
)
from pia_dsl.forms.common import ChangeRow, System, Timing
from pia_dsl.options import checks
from pia_dsl.wareki import wareki

from assessments.shared.mini_blocks import TRAINING
from changes.mini_form import (
    MiniAcquisition,
    MiniAssessment,
    MiniBasic,
    MiniConsignment,
    MiniCover,
    MiniFiles,
    MiniProcedure,
    MiniProvision,
    MiniRisks,
    MiniUsage,
)


def _system(key: str, name: str) -> System:
    return System(key=key, name=name, functions=f"{name}の機能", connections=checks(Connection.TAX))


assessment = MiniAssessment(
    cover=MiniCover(title="テスト事務", published=wareki("令和7年4月1日")),
    s1=MiniBasic(
        target_count=FocusedTargetCount.FROM_10K_TO_100K,
        systems=(
            _system("juki", "住民記録システム"),
            _system("tax", "税務システム"),
            _system("welfare", "福祉システム"),
            _system("kokuho", "国保システム"),
            _system("middle", "中間サーバー"),
        ),
        legal_basis="番号法第9条第1項 別表第一の九十四の項",
    ),
    s2=MiniFiles(
        acquisition=MiniAcquisition(
            sources=checks(Source.PERSON, (Source.OTHER_DEPARTMENT, "市民税課、保健医療総務課")),
            methods=checks(AcquisitionMethod.PAPER, (AcquisitionMethod.OTHER, "")),
            purpose="医療費の助成のため。",
            users=MiniUsage(departments="子育て給付課、村岡公民館"),
        ),
        consignments=(
            MiniConsignment(key="system", name="システム保守", content="システムの保守を委託する。"),
            MiniConsignment(key="print", name="印刷", content="受給者証の印刷を委託する。"),
        ),
        storage="サーバ室に保管する。",
    ),
    s3=MiniRisks(
        provision=MiniProvision(
            rule=Stipulation.DEFINED,
            content="マニュアルに則って提供する。",
            sufficiency=Sufficiency.SUFFICIENT,
        ),
        incident=Incident.NONE,
        training=TRAINING,
    ),
    s5=MiniProcedure(
        performed_on=wareki("令和7年3月1日"),
        threshold=FocusedThresholdResult.KISO_VOLUNTARY_JUTEN,
    ),
)

revisions: tuple[Revision, ...] = ()
'''
