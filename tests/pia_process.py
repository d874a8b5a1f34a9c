"""
The real entry point in a subprocess: ``python -m pia_dsl ARGV``, as the CLI tests run it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: The command line of ``pia`` for the interpreter running the tests.
PIA = (sys.executable, "-m", "pia_dsl")


def environment(**extra: str) -> dict[str, str]:
    """
    The environment of a run: this one without ``PYTHONPATH`` (the installed package is
    what runs), UTF-8 streams, no colours, a wide terminal, plus ``extra``.
    """
    inherited = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return {
        **inherited,
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_COLOR": "1",
        "COLUMNS": "200",
        **extra,
    }


def run_pia(
    *argv: str, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """
    Run ``pia ARGV`` in ``cwd`` (the current directory by default); never raises on a
    non-zero exit code.
    """
    return subprocess.run(
        [*PIA, *argv],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


def run_git(root: Path, *args: str) -> None:
    """
    Run ``git ARGS`` in ``root`` with a test identity (for repositories a test builds).
    """
    subprocess.run(
        ["git", "-c", "user.name=pia-test", "-c", "user.email=test@example.invalid", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )
