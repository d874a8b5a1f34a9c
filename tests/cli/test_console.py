"""
The ``pia`` command as a user starts it: the console script and ``python -m pia_dsl`` run
:func:`pia_dsl.cli.console` (main, then no garbage collection during the shutdown).
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

from pia_dsl.cli import EXIT_OK, EXIT_USAGE
from pia_process import environment

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "assessments" / "hibarino_yobo_sesshu.py"


def _python(code: str, *argv: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=cwd,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_the_console_script_is_console() -> None:
    (script,) = [point for point in entry_points(group="console_scripts") if point.name == "pia"]

    assert script.value == "pia_dsl.cli:console"


def test_console_returns_mains_code_and_freezes_what_exists(tmp_path: Path) -> None:
    out = tmp_path / "m.docx"
    code = (
        "import gc, sys\n"
        "from pia_dsl.cli import console\n"
        "before = gc.get_freeze_count()\n"
        "code = console()\n"
        "print(code, before, gc.get_freeze_count())\n"
    )
    done = _python(code, "render", str(EXAMPLE), "-o", str(out))

    assert done.returncode == 0, done.stderr
    returned, before, after = map(int, done.stdout.split())
    assert returned == EXIT_OK
    assert out.is_file()
    assert before == 0
    assert after > 10_000  # the forms, the template, the document: all left to the exit


def test_python_m_pia_dsl_exits_with_mains_code() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pia_dsl"],
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )

    assert done.returncode == EXIT_USAGE
    assert "usage" in done.stdout.lower() or "使い方" in done.stdout
