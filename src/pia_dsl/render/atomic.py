"""
Atomic writes of rendered files, on top of :func:`pia_dsl.atomic.write_atomic`: a
temporary file in the target's directory, then :func:`os.replace`.  A failed render
leaves no file behind and keeps the previous version intact.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..atomic import write_atomic

__all__ = ["write_bytes_atomic"]


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """
    Write ``data`` to ``target`` atomically (flushed to disk before the rename).
    """

    def write(temporary: Path) -> None:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    write_atomic(target, write)
