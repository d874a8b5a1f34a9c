"""
The only code in pia_dsl that runs git.

The differ only reads (``rev-parse``, ``ls-tree``, ``cat-file``, ``log``); only
:mod:`pia_dsl.changes.synthetic` writes, into repositories it creates.  Every call goes
through :func:`run`, which turns failures into :class:`~pia_dsl.errors.RevisionError`
with a Japanese message.  Blobs are read through one long-lived ``git cat-file
--batch`` process per repository (:class:`BlobReader`), so reading many revisions costs
one process, not one per file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable
from functools import cache
from pathlib import Path, PurePosixPath
from types import TracebackType

from attrs import frozen

from ..errors import RevisionError

__all__ = [
    "BlobReader",
    "Commit",
    "TreeEntry",
    "commits_of_file",
    "is_ancestor",
    "is_tracked",
    "ls_tree",
    "resolve",
    "run",
    "tagged_commits",
    "toplevel",
]

#: Environment for every git call: no prompts, no pager, stable messages.
_ENV_OVERRIDES = {"GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "LC_ALL": "C"}


@cache
def _env() -> dict[str, str]:
    return {**os.environ, **_ENV_OVERRIDES}


def _git() -> str:
    found = shutil.which("git")
    if found is None:
        msg = "git が見つかりません。変更箇所の作成には git が必要です。"
        raise RevisionError(msg)
    return found


def run(repo: Path, *args: str, input_bytes: bytes | None = None) -> bytes:
    """
    Run ``git -C repo args…`` and return its standard output.

    Raises:
        RevisionError: git failed; the message carries git's own first error line.
    """
    completed = subprocess.run(
        [_git(), "-C", str(repo), "-c", "core.quotepath=off", *args],
        input=input_bytes,
        capture_output=True,
        env=_env(),
        check=False,
    )
    if completed.returncode != 0:
        detail = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        cause = detail[0] if detail else f"終了コード {completed.returncode}"
        msg = f"git {args[0]} に失敗しました（{cause}）。"
        raise RevisionError(msg)
    return completed.stdout


def toplevel(path: Path) -> Path:
    """
    The root of the git working tree that holds ``path``.

    Raises:
        RevisionError: ``path`` is not inside a git repository.
    """
    start = path if path.is_dir() else path.parent
    start = start if start.exists() else Path.cwd()
    try:
        out = run(start, "rev-parse", "--show-toplevel")
    except RevisionError:
        msg = f"{path}: git リポジトリの中にありません。変更箇所は git の履歴から作るため、評価書を git で管理してください。"
        raise RevisionError(msg) from None
    return Path(out.decode("utf-8").strip())


def resolve(repo: Path, rev: str) -> str:
    """
    The full commit id of a revision (tag, branch, ``HEAD~1``, abbreviated SHA).

    Raises:
        RevisionError: no such revision in ``repo``.
    """
    if not rev or rev.startswith("-"):
        msg = f"リビジョン「{rev}」は指定できません。タグ、ブランチ名またはコミット ID を指定してください。"
        raise RevisionError(msg)
    try:
        out = run(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except RevisionError:
        msg = (
            f"リビジョン「{rev}」が見つかりません（リポジトリ {repo}）。"
            "タグ名・ブランチ名・コミット ID を確認してください（`git log --oneline` で一覧できます）。"
        )
        raise RevisionError(msg) from None
    return out.decode("ascii").strip()


@frozen
class TreeEntry:
    """
    One file of a tree at a revision: its repository path and blob id.
    """

    path: str
    blob: str


def ls_tree(repo: Path, commit: str, directory: str) -> dict[str, TreeEntry]:
    """
    The files under ``directory`` (a repository path, ``""`` for all) at ``commit``,
    keyed by repository path.
    """
    args = ["ls-tree", "-r", "-z", "--full-tree", commit]
    if directory:
        args += ["--", directory.rstrip("/") + "/"]
    out = run(repo, *args).decode("utf-8")
    found: dict[str, TreeEntry] = {}
    for record in out.split("\0"):
        if not record:
            continue
        meta, _, path = record.partition("\t")
        _mode, kind, blob = meta.split(" ")
        if kind == "blob":
            found[path] = TreeEntry(path, blob)
    return found


def is_tracked(repo: Path, path: str) -> bool:
    """
    Whether ``path`` (a repository path) is in the index.
    """
    return bool(run(repo, "ls-files", "--", path).strip())


@frozen
class Commit:
    """
    A commit that changed a file: its id, its committer date (ISO 8601) and the file's
    path at that commit.
    """

    sha: str
    when: str
    path: str


def is_ancestor(repo: Path, older: str, newer: str) -> bool:
    """
    Whether the commit ``older`` is an ancestor of ``newer`` (full commit ids).
    """
    completed = subprocess.run(
        [_git(), "-C", str(repo), "merge-base", "--is-ancestor", older, newer],
        capture_output=True,
        env=_env(),
        check=False,
    )
    return completed.returncode == 0


def tagged_commits(repo: Path) -> frozenset[str]:
    """
    The commits that a tag points at (annotated tags peeled to their commit).
    """
    out = run(repo, "for-each-ref", "--format=%(objectname) %(*objectname)", "refs/tags")
    found: set[str] = set()
    for line in out.decode("ascii").splitlines():
        target, _, peeled = line.partition(" ")
        found.add(peeled.strip() or target)
    return frozenset(found)


def commits_of_file(repo: Path, path: str, *, until: str = "HEAD") -> list[Commit]:
    """
    The commits reachable from ``until`` that changed the file ``path``, oldest first, each
    with the file's path at that commit: renames are followed (``git log --follow``), so a
    module moved with ``git mv`` keeps its history.

    An empty repository (no commit yet) has none.
    """
    try:
        run(repo, "rev-parse", "--verify", "--quiet", f"{until}^{{commit}}")
    except RevisionError:
        return []
    out = run(repo, "log", "--follow", "--format=%x00%H %cI", "--name-only", until, "--", path)
    commits = []
    current = path  # newest first: a commit that lists no name (a merge) keeps the newer one
    for record in out.decode("utf-8").split("\0")[1:]:
        header, *names = [line for line in record.splitlines() if line]
        sha, _, when = header.partition(" ")
        current = names[-1] if names else current
        commits.append(Commit(sha, when, current))
    return commits[::-1]


class BlobReader:
    """
    Reads git objects (blobs and trees) through one ``git cat-file --batch`` process.

    Use as a context manager, or call :meth:`close`.  Parsed trees are memoised by id,
    so unchanged directories (``assessments/shared``) are read once per process.
    """

    def __init__(self, repo: Path) -> None:
        self._repo = repo
        self._process: subprocess.Popen[bytes] | None = None
        self._trees: dict[str, list[tuple[str, str, str]]] = {}

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _start(self) -> subprocess.Popen[bytes]:
        if self._process is None:
            self._process = subprocess.Popen(
                [_git(), "-C", str(self._repo), "cat-file", "--batch"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=_env(),
            )
        return self._process

    def _object(self, spec: str) -> tuple[str, str, bytes] | None:
        """
        ``(id, type, content)`` of an object name (``<id>``, ``<commit>:<path>``), or
        ``None`` when it does not exist.
        """
        process = self._start()
        assert process.stdin is not None
        assert process.stdout is not None
        process.stdin.write(spec.encode("utf-8") + b"\n")
        process.stdin.flush()
        header = process.stdout.readline().decode("utf-8").split()
        if len(header) != 3:  # "<spec> missing" / "ambiguous"
            return None
        size = int(header[2])
        data = process.stdout.read(size)
        process.stdout.read(1)  # the newline after each object
        return header[0], header[1], data

    def read(self, blob: str) -> bytes:
        """
        The content of one blob.

        Raises:
            RevisionError: the object does not exist.
        """
        found = self._object(blob)
        if found is None:
            msg = f"git オブジェクト {blob} が見つかりません。"
            raise RevisionError(msg)
        return found[2]

    def read_many(self, blobs: Iterable[str]) -> dict[str, bytes]:
        """
        The contents of several blobs, by id.
        """
        return {blob: self.read(blob) for blob in blobs}

    def _entries(self, tree: str, data: bytes | None = None) -> list[tuple[str, str, str]]:
        """
        ``(mode, name, id)`` of each entry of a tree object.
        """
        if tree not in self._trees:
            if data is None:
                found = self._object(tree)
                data = found[2] if found is not None else b""
            entries = []
            width = len(tree) // 2  # 20 bytes for SHA-1, 32 for SHA-256
            position = 0
            while position < len(data):
                space = data.index(b" ", position)
                nul = data.index(b"\0", space)
                mode = data[position:space].decode("ascii")
                name = data[space + 1 : nul].decode("utf-8", "surrogateescape")
                entries.append((mode, name, data[nul + 1 : nul + 1 + width].hex()))
                position = nul + 1 + width
            self._trees[tree] = entries
        return self._trees[tree]

    def tree(self, commit: str, directory: str) -> dict[str, TreeEntry]:
        """
        The files under ``directory`` (a repository path, ``""`` for all) at ``commit``,
        keyed by repository path, like :func:`ls_tree` but without a new process.
        """
        spec = f"{commit}:{directory.rstrip('/')}" if directory else f"{commit}^{{tree}}"
        found = self._object(spec)
        if found is None or found[1] != "tree":
            return {}
        files: dict[str, TreeEntry] = {}
        todo: list[tuple[str, str, bytes | None]] = [(directory.rstrip("/"), found[0], found[2])]
        while todo:
            prefix, tree, data = todo.pop()
            for mode, name, object_id in self._entries(tree, data):
                if not _safe_name(name):
                    msg = (
                        f"{commit[:12]}: git のツリーに使えない名前「{name}」があります"
                        f"（{prefix or '/'}）。安全のため、このリビジョンは読み込みません。"
                    )
                    raise RevisionError(msg)
                path = f"{prefix}/{name}" if prefix else name
                if mode == "40000":
                    todo.append((path, object_id, None))
                elif mode != "160000":  # not a submodule
                    files[path] = TreeEntry(path, object_id)
        return dict(sorted(files.items()))

    def close(self) -> None:
        """
        Stop the ``cat-file`` process.
        """
        if self._process is not None:
            if self._process.stdin is not None:
                self._process.stdin.close()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._process.wait()
            self._process = None


def _safe_name(name: str) -> bool:
    """
    Whether a tree entry name is one file name: not empty, ``.`` or ``..``, without a
    separator or NUL (git itself refuses such trees, but a crafted repository may hold them).
    """
    return name not in {"", ".", ".."} and not any(c in name for c in "/\\\0")


def relative(repo: Path, path: Path) -> str:
    """
    ``path`` as a repository path (POSIX separators) relative to the working tree ``repo``.

    Raises:
        RevisionError: ``path`` lies outside ``repo``.
    """
    absolute = (path if path.is_absolute() else Path.cwd() / path).resolve()
    try:
        inside = absolute.relative_to(repo.resolve())
    except ValueError:
        msg = f"{path}: リポジトリ {repo} の外にあります。"
        raise RevisionError(msg) from None
    return str(PurePosixPath(*inside.parts))
