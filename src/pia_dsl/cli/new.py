"""
``pia new``: write the skeleton of a new assessment module.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from ..errors import PiaError
from ..io import ROOTS
from ..skeleton import skeleton
from .common import ASSESSMENTS_DIR, add_command

__all__ = ["register", "run"]

FORMS = ("kiso", "juten", "zenkomoku")


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "new",
        run,
        help="評価書の雛形を作る (create an assessment skeleton)",
        description="assessments/NAME.py に、様式のすべての項目を含む評価書モジュールの雛形を作ります。\n"
        "選択肢は None（未記入）になっているので、記入後に `pia check` で確認してください。\n"
        "既存のファイルは上書きしません。\n\n"
        "Write assessments/NAME.py with every item of the form; refuses to overwrite.",
        examples="  pia new --form juten demo\n  pia new --form zenkomoku kokumin_nenkin\n  pia new --form kiso small_town",
    )
    parser.add_argument(
        "--form",
        required=True,
        choices=FORMS,
        help="様式: kiso＝基礎項目評価書, juten＝重点項目評価書, zenkomoku＝全項目評価書",
    )
    parser.add_argument(
        "name", metavar="NAME", help="モジュール名（英数字と _、例: kokumin_nenkin）"
    )
    parser.add_argument(
        "--dir",
        type=Path,
        default=ASSESSMENTS_DIR,
        help="出力先ディレクトリ (default: assessments)",
    )


def run(args: argparse.Namespace) -> int:
    name: str = args.name
    if not name.isidentifier() or not name.isascii():
        msg = f"モジュール名「{name}」は使えません。英数字と _ で、数字以外から始めてください（例: kokumin_nenkin）。"
        raise PiaError(msg)
    from .. import forms  # noqa: F401 - registers the forms

    root = ROOTS.get(args.form)
    if root is None:
        msg = f"様式 {args.form} はまだ使えません。"
        raise PiaError(msg)
    directory: Path = args.dir
    path = directory / f"{name}.py"
    if path.exists():
        msg = f"{path} は既にあります。上書きしません。別の名前を指定するか、既存のファイルを編集してください。"
        raise PiaError(msg)
    shared = tuple(
        sorted(p.stem for p in (directory / "shared").glob("*.py") if p.name != "__init__.py")
    )
    directory.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, skeleton(root, name=name, shared_modules=shared))
    print(
        f"{path} を作成しました。記入後に `pia check {path}` で確認してください。", file=sys.stderr
    )
    return 0
