"""
Tests for the ``pia`` command as a whole: one interface, Japanese help, exit codes.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from pia_dsl.cli import COMMANDS, _terminal_width
from pia_process import run_pia

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _pia(*args: str) -> subprocess.CompletedProcess[str]:
    return run_pia(*args)


@pytest.mark.parametrize("name", [c.replace("_", "-") for c in COMMANDS])
def test_help_in_japanese_with_examples(name: str) -> None:
    """Every command answers --help in Japanese, with examples."""
    result = _pia(name, "--help")

    assert result.returncode == 0, result.stderr
    assert JAPANESE.search(result.stdout)
    assert "例 / examples:" in result.stdout
    assert f"pia {name}" in result.stdout


def test_top_level_help_lists_every_command() -> None:
    """`pia --help` lists every command."""
    result = _pia("--help")

    assert result.returncode == 0
    for name in COMMANDS:
        assert name.replace("_", "-") in result.stdout


@pytest.mark.parametrize(
    "args",
    [(), ("nosuchcommand",), ("check", "--nosuchoption"), ("render", "--format", "pdf")],
)
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    """A usage error exits with 2 and no traceback."""
    result = _pia(*args)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ("nosuch",),
            "エラー: 不明なコマンド「nosuch」です。`pia --help` で一覧を確認してください"
            f"（{', '.join(c.replace('_', '-') for c in COMMANDS)}）。",
        ),
        (
            ("check", "--nosuch"),
            "エラー: 不明な引数です: --nosuch。`--help` で使い方を確認してください。",
        ),
        (
            ("review",),
            "エラー: 必須の引数がありません: --from。`--help` で使い方を確認してください。",
        ),
        (
            ("check", "--format", "xml"),
            "エラー: --format の値「xml」は使えません（選べる値: text, json）。",
        ),
    ],
)
def test_usage_errors_in_japanese(args: tuple[str, ...], line: str) -> None:
    """argparse's usage errors are said in Japanese."""
    result = _pia(*args)

    assert result.returncode == 2
    assert line in result.stderr.splitlines()


def test_missing_path_exits_1_in_japanese() -> None:
    """A path that does not exist is an input error (1) with a Japanese message."""
    result = _pia("check", "assessments/no_such_module.py")

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "エラー: assessments/no_such_module.py: ファイルまたはディレクトリがありません。パスを確認してください。"
    )


def test_version() -> None:
    """``pia --version`` prints the installed version and exits 0."""
    from importlib.metadata import version

    result = _pia("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"pia (pia_dsl) {version('pia-dsl')}"


@pytest.mark.parametrize("columns", ["120", "0", "-3", "wide", None])
def test_the_help_is_as_wide_as_shutil_says(
    monkeypatch: pytest.MonkeyPatch, columns: str | None
) -> None:
    """The width argparse would take from shutil (which ``pia`` does not import at start)."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)

    assert _terminal_width() == shutil.get_terminal_size().columns
