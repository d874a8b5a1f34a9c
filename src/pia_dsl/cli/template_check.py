"""
``pia template-check``: check a Word template against the context contract.

The template is never rendered: it is checked and compiled in the sandbox as a render
would (so what a render refuses — unsafe attributes, ``{% include %}``, recursive macros,
a broken package — is reported the same way, exit 1), and its tags are compared with a
sample context of the form that holds every row kind (``docs/template-context.md``): tags
that the context does not have are *unknown* (a misspelt ``{{ row.lable }}``: exit 1),
context variables that the template never uses are *missing* (listed for information: a
template may leave out what it does not print).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..forms.registry import Form
from .common import add_command

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "template-check",
        run,
        description="Word テンプレート (.docx) のタグを、描画に渡す変数（docs/template-context.md）と照合します。\n"
        "文脈にないタグ（誤字など）があれば一覧を表示して終了コード 1、テンプレートで使われていない"
        "変数は参考として表示します。\n\n"
        "List unknown tags (exit 1) and context variables the template does not use.",
        examples="  pia template-check templates/juten.docx\n"
        "  pia template-check 自治体様式.docx --form zenkomoku",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="Word テンプレート (.docx)")
    parser.add_argument(
        "--form",
        choices=tuple(Form),
        help="様式（省略時はファイル名 juten.docx などから判断し、判断できなければ juten）",
    )


def _form(args: argparse.Namespace) -> Form:
    if args.form:
        return Form(args.form)
    by_template = {form.template: form for form in Form}
    return by_template.get(args.file.name, Form.JUTEN)


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        msg = f"{args.file}: ファイルがありません。パスを確認してください。"
        raise UsageError(msg)
    from ..render.context import sample_context
    from ..render.usage import check_template

    form = _form(args)
    unknown, missing = check_template(args.file, sample_context(form.root))
    for tag in unknown:
        print(f"{args.file}: 不明なタグ: {tag}")
    for name in missing:
        print(f"{args.file}: 未使用の変数: {name}")
    verdict = "NG" if unknown else "OK"
    print(f"{verdict}: 不明なタグ {len(unknown)} 件、未使用の変数 {len(missing)} 件（様式 {form}）")
    return 1 if unknown else 0
