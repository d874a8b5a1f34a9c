"""
What every sub-command shares: path arguments, ``--format``, and help formatting.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import AssessmentLoadError

__all__ = [
    "ASSESSMENTS_DIR",
    "add_command",
    "add_format",
    "add_paths",
    "add_template",
    "resolve_paths",
]

ASSESSMENTS_DIR = Path("assessments")


def add_command(
    subparsers: Any,
    name: str,
    run: Callable[[argparse.Namespace], int],
    *,
    description: str,
    help: str | None = None,
    examples: str,
) -> argparse.ArgumentParser:
    """
    A sub-command with a Japanese description and examples in its ``--help`` (its
    one-line summary is in :data:`pia_dsl.cli.SUMMARIES`).
    """
    from . import SUMMARIES

    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help or SUMMARIES.get(name.replace("-", "_")),
        description=description,
        epilog=f"例 / examples:\n{examples}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run)
    return parser


def add_paths(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    """
    The path arguments: assessment modules (``.py``) or data files (``.json``/``.yaml``).
    """
    if many:
        parser.add_argument(
            "paths",
            nargs="*",
            type=Path,
            metavar="PATH",
            help="評価書モジュールまたはディレクトリ（省略時は assessments/ の全て）",
        )
    else:
        parser.add_argument(
            "path", type=Path, metavar="PATH", help="評価書モジュール (assessments/NAME.py)"
        )


def add_template(parser: argparse.ArgumentParser) -> None:
    """
    ``--template``: the Word template instead of ``templates/<様式>.docx``.
    """
    parser.add_argument(
        "--template",
        type=Path,
        metavar="FILE",
        help="Word テンプレート（既定: templates/<様式>.docx）",
    )


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...], default: str) -> None:
    """
    ``--format``, with the same value names across commands.
    """
    parser.add_argument(
        "--format",
        choices=choices,
        default=default,
        help=f"出力形式 (output format; default: {default})",
    )


def resolve_paths(paths: list[Path]) -> list[Path]:
    """
    Expand directories to their assessment modules; default to ``assessments/``.  A file
    named twice (``pia check assessments assessments/x.py``, ``x.py ./x.py``) is processed
    once, where it is first named.
    """
    from ..loader import discover

    if not paths:
        paths = [ASSESSMENTS_DIR]
    resolved: list[Path] = []
    for path in paths:
        if path.is_dir():
            resolved.extend(discover(path))
        elif path.exists():
            resolved.append(path)
        else:
            msg = f"{path}: ファイルまたはディレクトリがありません。パスを確認してください。"
            raise AssessmentLoadError(msg)
    if not resolved:
        msg = f"{', '.join(map(str, paths))}: 評価書モジュール (*.py) が見つかりません。`pia new` で作成できます。"
        raise AssessmentLoadError(msg)
    unique: dict[Path, Path] = {}
    for path in resolved:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())
