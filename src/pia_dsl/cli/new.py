"""
``pia new``: write the skeleton of a new assessment module.
"""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path
from typing import Any

from ..atomic import write_text_atomic
from ..errors import PiaError, UsageError
from ..forms.registry import Form, code_of
from .common import ASSESSMENTS_DIR, add_command

__all__ = ["check_name", "register", "run"]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "new",
        run,
        description="assessments/NAME.py に、様式のすべての項目を含む評価書モジュールの雛形を作ります。\n"
        "選択肢は None（未記入）になっているので、記入後に `pia check` で確認してください。\n"
        "既存のファイルは上書きしません。\n\n"
        "Write assessments/NAME.py with every item of the form; refuses to overwrite.",
        examples="  pia new --form juten demo\n  pia new --form zenkomoku kokumin_nenkin\n  pia new --form kiso small_town\n"
        "  pia new --from old.json migrated     （JSON/YAML からモジュールに移行）",
    )
    parser.add_argument(
        "--form",
        choices=tuple(Form),
        help="様式: "
        + ", ".join(f"{form}＝{form.label}" for form in Form)
        + "（--from のときは省略可）",
    )
    parser.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="FILE",
        help="既存の JSON/YAML（pia dump の出力など）の内容を記入した状態で作る",
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


def check_name(name: str) -> None:
    """
    Refuse a module name that ``pia check``/``pia render`` would not see as an assessment
    (``_draft``, ``__init__``), that Python cannot import (``class``) or that is the
    directory of shared blocks (``shared``).
    """
    if not name.isidentifier() or not name.isascii():
        msg = f"モジュール名「{name}」は使えません。英数字と _ で、数字以外から始めてください（例: kokumin_nenkin）。"
        raise UsageError(msg)
    if name.startswith("_"):
        msg = f"モジュール名「{name}」は使えません。「_」で始まるモジュールは評価書ではなく部品として扱われ、`pia check`・`pia render` の対象になりません。英字から始めてください。"
        raise UsageError(msg)
    if keyword.iskeyword(name):
        msg = f"モジュール名「{name}」は Python の予約語なので使えません。別の名前にしてください（例: {name}_jimu）。"
        raise UsageError(msg)
    if name == "shared":
        msg = "モジュール名「shared」は共通ブロックのディレクトリ（assessments/shared/）の名前なので使えません。別の名前にしてください。"
        raise UsageError(msg)


def run(args: argparse.Namespace) -> int:
    name: str = args.name
    check_name(name)
    from ..skeleton import skeleton

    filled = None
    if args.source is not None:
        if args.source.suffix not in {".json", ".yaml", ".yml"}:
            msg = f"{args.source}: --from には JSON または YAML のファイル（.json/.yaml）を指定してください。"
            raise UsageError(msg)
        if not args.source.is_file():
            msg = f"{args.source}: ファイルがありません。パスを確認してください。"
            raise PiaError(msg)
        from ..io import load_path

        filled = load_path(args.source)
    form = Form(args.form) if args.form else Form.of(type(filled))
    if form is None:
        msg = f"--form（{' / '.join(Form)}）を指定してください。"
        raise UsageError(msg)
    root = form.root
    if filled is not None and not isinstance(filled, root):
        msg = (
            f"{args.source} は {code_of(type(filled))} の評価書です。--form {form} と一致しません。"
        )
        raise UsageError(msg)
    directory: Path = args.dir
    path = directory / f"{name}.py"
    if path.exists():
        msg = f"{path} は既にあります。上書きしません。別の名前を指定するか、既存のファイルを編集してください。"
        raise PiaError(msg)
    shared = tuple(
        sorted(p.stem for p in (directory / "shared").glob("*.py") if p.name != "__init__.py")
    )
    write_text_atomic(path, skeleton(root, name=name, shared_modules=shared, filled=filled))
    print(
        f"{path} を作成しました。記入後に `pia check {path}` で確認してください。", file=sys.stderr
    )
    return 0
