"""
The corpus of broken inputs (``tests/corpus/``): every case of ``cases.toml`` runs
``python -m pia_dsl`` (the real entry point) in a temporary directory holding only its
files, and must give the exit code and the exact Japanese message of the table, without a
traceback (unless ``--debug``), without writing any file when it fails, and without
touching an output file that already existed.
"""

from __future__ import annotations

import re
import shutil
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from attrs import field, frozen

from pia_process import run_git, run_pia

CORPUS = Path(__file__).resolve().parent / "corpus"

#: The bytes an output file holds before a render case with ``preexisting = true``.
OLD_OUTPUT = "前回の出力（変わってはいけない）".encode()

#: Directories a command may create as a cache: not output.
_CACHES = frozenset({".git", ".pia-cache", "__pycache__"})


def _files(value: Any) -> dict[str, str]:
    """
    ``files`` of a case: a list of corpus paths (copied to the same path) or a table
    ``{destination: corpus path}``.
    """
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    return {str(name): str(name) for name in value}


@frozen(kw_only=True)
class Commit:
    """
    A commit made before the case runs: its tag and the files it adds or replaces.
    """

    tag: str
    files: dict[str, str]


@frozen(kw_only=True)
class Case:
    """
    One row of ``cases.toml`` (see the comment at its top).
    """

    id: str
    argv: tuple[str, ...]
    exit: int
    files: dict[str, str] = field(factory=dict)
    stderr: tuple[str, ...] = ()
    stdout: tuple[str, ...] = ()
    exact: bool = True
    debug: bool = False
    output: str | None = None
    preexisting: bool = False
    history: tuple[Commit, ...] = ()


def load_cases() -> list[Case]:
    """
    The cases of ``tests/corpus/cases.toml``.
    """
    table = tomllib.loads((CORPUS / "cases.toml").read_text(encoding="utf-8"))
    cases = []
    for row in table["case"]:
        unknown = set(row) - {f.name for f in Case.__attrs_attrs__}
        assert not unknown, (row["id"], unknown)
        cases.append(
            Case(
                id=row["id"],
                argv=tuple(row["argv"]),
                exit=row["exit"],
                files=_files(row.get("files", [])),
                stderr=tuple(row.get("stderr", ())),
                stdout=tuple(row.get("stdout", ())),
                exact=row.get("exact", True),
                debug=row.get("debug", False),
                output=row.get("output"),
                preexisting=row.get("preexisting", False),
                history=tuple(
                    Commit(tag=c["tag"], files=_files(c["files"])) for c in row.get("history", ())
                ),
            )
        )
    return cases


CASES = load_cases()


def _copy(files: Mapping[str, str], root: Path) -> None:
    for destination, source in files.items():
        target = root / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / source, target)


def _project(case: Case, root: Path) -> None:
    """
    The case's directory: its commits (if any), then its working-tree files.
    """
    if case.history:
        run_git(root, "init", "-q", ".")
        for commit in case.history:
            _copy(commit.files, root)
            run_git(root, "add", "-A")
            run_git(root, "commit", "-q", "-m", commit.tag)
            run_git(root, "tag", commit.tag)
    _copy(case.files, root)
    if case.output is not None and case.preexisting:
        output = root / case.output
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(OLD_OUTPUT)


def snapshot(root: Path) -> dict[str, bytes]:
    """
    Every file below ``root`` (but caches and git's own) with its bytes.
    """
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not _CACHES & set(path.relative_to(root).parts)
    }


def _expected(lines: tuple[str, ...], root: Path) -> list[str]:
    return [line.replace("{cwd}", str(root.resolve())) for line in lines]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case, tmp_path: Path) -> None:
    """
    The case gives its exit code and its exact message, and writes nothing when it fails.
    """
    root = tmp_path / "project"
    root.mkdir()
    _project(case, root)
    before = snapshot(root)

    result = run_pia(*case.argv, cwd=root, timeout=120)

    stderr = result.stderr.splitlines()
    stdout = result.stdout.splitlines()
    assert result.returncode == case.exit, result.stderr
    assert ("Traceback (most recent call last)" in result.stderr) is case.debug, result.stderr
    if case.exact:
        assert stderr == _expected(case.stderr, root)
    else:
        for line in _expected(case.stderr, root):
            assert line in stderr, (line, result.stderr)
    for line in _expected(case.stdout, root):
        assert line in stdout, (line, result.stdout)
    if case.exit != 0:
        assert snapshot(root) == before, "a failing command changed or wrote a file"
    if case.output is not None:
        output = root / case.output
        if case.preexisting:
            assert output.read_bytes() == OLD_OUTPUT
        else:
            assert not output.exists()


def test_corpus_is_large_and_used() -> None:
    """
    At least 30 cases, unique ids, and every corpus file is used by a case.
    """
    ids = [case.id for case in CASES]
    used = {
        source
        for case in CASES
        for files in (case.files, *(c.files for c in case.history))
        for source in files.values()
    }
    present = {
        str(path.relative_to(CORPUS))
        for path in CORPUS.rglob("*")
        if path.is_file() and path.name != "cases.toml" and "__pycache__" not in path.parts
    }

    assert len(ids) >= 30
    assert len(set(ids)) == len(ids)
    assert present <= used, sorted(present - used)
    assert used <= present, sorted(used - present)


def test_cases_messages_are_japanese() -> None:
    """
    Every expected error line says what is wrong in Japanese (no English sentence leaked
    from Python, cattrs, argparse, json or Jinja).
    """
    leaked = re.compile(
        r"\b(Error|error|invalid|expected|unknown|required|Expecting|never closed|no attribute)\b"
    )
    for case in CASES:
        for line in case.stderr:
            if line.startswith("エラー: "):
                assert any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in line)
            if case.id != "module-raises":  # a bug in the module itself: Python's own words
                assert not leaked.search(line), (case.id, line)
