"""
Writing output files atomically: a temporary file in the same directory, then
``os.replace``, so a failure never leaves a half-written file and keeps the old one.

A write that the system refuses (a directory where the file belongs, no permission, a
read-only location, a full disk) is an :class:`~pia_dsl.errors.OutputError` naming the
path in Japanese, not a traceback.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .errors import OutputError

__all__ = ["output_error", "write_atomic", "write_text_atomic"]

#: Why a write failed, in Japanese, by errno.
_REASONS = {
    errno.EISDIR: "同じ名前のディレクトリがあります。別のファイル名を指定してください",
    errno.ENOTDIR: "途中のパスがディレクトリではなくファイルです",
    errno.EACCES: "書き込む権限がありません",
    errno.EPERM: "書き込む権限がありません",
    errno.EROFS: "読み取り専用の場所です",
    errno.ENOSPC: "ディスクの空き容量が足りません",
    errno.EDQUOT: "ディスクの使用量の上限（クォータ）を超えました",
    errno.ENAMETOOLONG: "ファイル名が長すぎます",
    errno.ENOENT: "出力先のディレクトリを作れません",
}


def output_error(path: Path, error: OSError) -> OutputError:
    """
    The :class:`OutputError` for ``error`` raised while writing ``path``.
    """
    reason = _REASONS.get(error.errno or 0) or f"{error.strerror or type(error).__name__}"
    kept = "既存のファイルは変更していません。" if path.is_file() else ""
    return OutputError(f"{path}: ファイルを書き込めません（{reason}）。{kept}")


def write_atomic(path: Path, write: Callable[[Path], None]) -> None:
    """
    Call ``write(tmp)`` to produce the file, then move it over ``path``.
    """
    if path.is_dir():
        raise output_error(path, IsADirectoryError(errno.EISDIR, "Is a directory"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except FileExistsError as error:  # a file where a parent directory belongs
        raise output_error(path, NotADirectoryError(errno.ENOTDIR, str(error))) from None
    except OSError as error:
        raise output_error(path, error) from None
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp creates 0600; give the usual mode
        os.replace(tmp, path)
    except OSError as error:
        raise output_error(path, error) from None
    finally:
        tmp.unlink(missing_ok=True)


def write_text_atomic(path: Path, text: str) -> None:
    """
    Write UTF-8 text atomically.
    """

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    write_atomic(path, write)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
