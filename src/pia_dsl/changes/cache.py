"""
A content-addressed cache of loaded revisions and computed changes, in ``.pia-cache/``.

Keys are hashes of git blob ids — of an assessment module and of the ``assessments/``
files it may import — together with a fingerprint of pia_dsl's own source, so an entry
can never be stale: the same key means the same input to the same code.  Entries are
JSON files written atomically (several processes may share the directory), each with the
SHA-256 of its key and content: an entry whose content does not match (edited, truncated,
copied under another key) is ignored and rebuilt, like a missing or unreadable one.

The directory lives in the work tree (``<repo>/.pia-cache``) and ignores itself: pia
writes ``.pia-cache/.gitignore`` (``*``) when it creates it, so ``git add -A`` never
commits it, without touching the project's own ``.gitignore``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["CACHE_DIR", "RevisionCache", "code_fingerprint", "content_key"]

#: The cache directory, relative to the repository root.
CACHE_DIR = ".pia-cache"

_FORMAT = "pia-cache-2"


@cache
def code_fingerprint() -> str:
    """
    A hash of pia_dsl's own source files: any change to the model or the differ makes
    every earlier cache entry unreachable.
    """
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(_FORMAT.encode())
    for source in sorted(package.rglob("*.py")):
        digest.update(str(source.relative_to(package)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def content_key(*parts: str) -> str:
    """
    A cache key from strings (blob ids, paths, other keys) and :func:`code_fingerprint`.
    """
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode())
    return digest.hexdigest()


class RevisionCache:
    """
    JSON entries under ``directory/<kind>/<key[:2]>/<key>.json``; ``None`` disables it.
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_repo(cls, repo: Path, *, enabled: bool = True) -> RevisionCache:
        """
        The cache of a repository (``<repo>/.pia-cache``).
        """
        return cls(repo / CACHE_DIR if enabled else None)

    def _file(self, kind: str, key: str) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / kind / key[:2] / f"{key}.json"

    def get(self, kind: str, key: str) -> Any:
        """
        The entry stored under ``key``, or ``None``.
        """
        file = self._file(kind, key)
        if file is None:
            return None
        try:
            entry = json.loads(file.read_text(encoding="utf-8"))
            content = entry["content"]
            valid = entry["sha256"] == _digest(key, content)
        except (OSError, ValueError, KeyError, TypeError):
            valid = False
        if not valid:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(content)

    def put(self, kind: str, key: str, data: Any) -> None:
        """
        Store ``data`` under ``key`` (silently skipped when the directory is not writable).
        """
        file = self._file(kind, key)
        if file is None or self.directory is None:
            return
        try:
            _ignore_itself(self.directory)
            file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
        except OSError:
            return
        content = json.dumps(data, ensure_ascii=False)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"sha256": _digest(key, content), "content": content}, out)
            os.replace(temporary, file)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _digest(key: str, content: str) -> str:
    """
    The SHA-256 an entry carries: of its key and its content.
    """
    return hashlib.sha256(f"{key}\0{content}".encode()).hexdigest()


def _ignore_itself(directory: Path) -> None:
    """
    Create ``directory`` with a ``.gitignore`` of ``*`` (git then ignores all of it).
    """
    marker = directory / ".gitignore"
    if not marker.exists():
        directory.mkdir(parents=True, exist_ok=True)
        marker.write_text(
            "# pia_dsl のキャッシュ（git の管理外） / pia_dsl cache\n*\n", encoding="utf-8"
        )
