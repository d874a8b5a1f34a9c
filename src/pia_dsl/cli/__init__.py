"""
The ``pia`` command: one consistent interface over the library.

Every sub-command lives in its own module of this package and exposes
``register(subparsers)`` and ``run(args) -> int``.  Exit codes: 0 ok, 1 findings or
errors in the input, 2 usage error.  A :class:`~pia_dsl.errors.PiaError` prints as a
Japanese message without a traceback unless ``--debug`` is given.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import re
import sys

from .. import codecache
from ..errors import PiaError, UsageError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (fast start-up)
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any, NoReturn

__all__ = ["COMMANDS", "EXIT_ERROR", "EXIT_OK", "EXIT_USAGE", "console", "main"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

#: Sub-command modules, in the order ``pia --help`` lists them.
COMMANDS = (
    "new",
    "check",
    "paths",
    "render",
    "changes",
    "review",
    "publish",
    "verify",
    "thresholds",
    "dump",
    "template_check",
)

#: The one-line summary ``pia --help`` shows for each command.  A command module is
#: imported only when its command runs (``pia --help`` imports none of them, so it starts
#: in a few milliseconds); a command without a summary here is imported to list it.
SUMMARIES = {
    "new": "評価書の雛形を作る (create an assessment skeleton)",
    "check": "評価書を検証する (validate assessments)",
    "paths": "項目の番号・名称・宣言用のパスを一覧する (list item paths for declarations)",
    "render": "Word（と PDF）に出力する (render to Word / PDF)",
    "changes": "git のリビジョン間の変更箇所を出力する (change table between revisions)",
    "review": "変更箇所をプルリクエスト用の Markdown で出力する (Markdown for a pull request)",
    "publish": "公表した版をスナップショットとして記録する (record a publication)",
    "verify": "ファイルが公表した版か確かめる (which publication a .docx / PDF is)",
    "thresholds": "しきい値判断と必要な評価書を表示する (threshold assessment per 事務)",
    "dump": "正規化した JSON/YAML を出力する (print canonical JSON or YAML)",
    "template_check": "Word テンプレートのタグを検査する (check a template's tags)",
}

DESCRIPTION = """\
特定個人情報保護評価書をコードとして扱うツール（pia_dsl）。
評価書を Python モジュールで書き、検証し、Word に出力し、git から変更箇所を作ります。

Document-as-code for 特定個人情報保護評価書: validate, render to Word, compute 変更箇所 from git.
"""

EPILOG = """\
例 / examples:
  pia new --form juten demo           評価書の雛形を assessments/demo.py に作る
  pia check                           assessments/ の全評価書を検証する
  pia render --pdf                    build/ に Word と PDF を出力する
  pia changes assessments/demo.py --from v1   v1 からの変更箇所を表示する
"""


#: argparse's error messages: compiled at their first use (re's cache), not at every start.
_INVALID_CHOICE = (
    r"argument (?P<arg>\S+): invalid choice: '(?P<value>[^']*)' \(choose from (?P<choices>.*)\)"
)
_UNRECOGNIZED = r"unrecognized arguments: (?P<args>.*)"
_REQUIRED = r"the following arguments are required: (?P<args>.*)"
_EXPECTED = r"argument (?P<arg>\S+): expected one argument"
_INVALID_VALUE = r"argument (?P<arg>\S+): invalid (?P<type>\w+) value: '(?P<value>[^']*)'"

#: argparse's type names, in Japanese.
_TYPES = {"int": "整数", "float": "数値", "Path": "パス"}


def japanese_usage_error(message: str) -> str:
    """
    argparse's English error, said in Japanese (the original is kept when unknown).
    """
    if found := re.match(_INVALID_CHOICE, message):
        choices = found["choices"].replace("'", "")
        if found["arg"] == "COMMAND":
            return f"不明なコマンド「{found['value']}」です。`pia --help` で一覧を確認してください（{choices}）。"
        return f"{found['arg']} の値「{found['value']}」は使えません（選べる値: {choices}）。"
    if found := re.match(_UNRECOGNIZED, message):
        return f"不明な引数です: {found['args']}。`--help` で使い方を確認してください。"
    if found := re.match(_REQUIRED, message):
        return f"必須の引数がありません: {found['args']}。`--help` で使い方を確認してください。"
    if found := re.match(_EXPECTED, message):
        return f"{found['arg']} には値を1つ指定してください。"
    if found := re.match(_INVALID_VALUE, message):
        kind = _TYPES.get(found["type"], found["type"])
        return f"{found['arg']} の値「{found['value']}」は{kind}ではありません。"
    return f"引数が正しくありません: {message}"


class JapaneseArgumentParser(argparse.ArgumentParser):
    """
    An argument parser whose usage errors are in Japanese (exit code 2, as argparse).
    """

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"エラー: {japanese_usage_error(message)}\n")

    def _get_formatter(self) -> argparse.HelpFormatter:
        # argparse makes a formatter for every add_argument; without a width it imports
        # shutil (and bz2, lzma) for the terminal's: ≈ 1 % of `pia check`.
        formatter_class: Callable[..., argparse.HelpFormatter] = self.formatter_class
        return formatter_class(prog=self.prog, width=_terminal_width() - 2)


def _terminal_width() -> int:
    """
    The terminal's width as :func:`shutil.get_terminal_size` gives it (``COLUMNS``, else
    the terminal of standard output, else 80), without importing :mod:`shutil`.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80


class _VersionAction(argparse.Action):
    """
    ``--version``: the installed version, looked up only when asked (``pia`` starts
    without importing :mod:`importlib.metadata`).
    """

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from importlib.metadata import version

        print(f"pia (pia_dsl) {version('pia-dsl')}")
        parser.exit()


def _chosen(argv: Sequence[str]) -> str | None:
    """
    The command module ``argv`` runs (the first word that is not an option), if any.
    """
    for word in argv:
        if not word.startswith("-"):
            return word.replace("-", "_")
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """
    The argument parser: the full parser of the command ``argv`` runs, a one-line entry
    (from :data:`SUMMARIES`) for every other command.  Without ``argv``: every command in full.
    """
    parser = JapaneseArgumentParser(
        prog="pia",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--debug", action="store_true", help="エラー時にトレースバックを表示する (show tracebacks)"
    )
    parser.add_argument(
        "--version", action=_VersionAction, help="バージョンを表示する (show the version)"
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="コマンド (commands)"
    )
    chosen = _chosen(argv) if argv is not None else None
    for name in COMMANDS:
        if argv is not None and name != chosen and name in SUMMARIES:
            subparsers.add_parser(name.replace("_", "-"), help=SUMMARIES[name])
            continue
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"{__name__}.{name}":
                continue
            raise
        module.register(subparsers)
    return parser


def _escape_unencodable() -> None:
    """
    Print a character that the terminal's encoding cannot hold (a lone surrogate in a
    value that a message quotes) as its escape ``\\ud800`` instead of failing with a
    traceback; in ``--format json`` output the escape is JSON's own.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run ``pia`` with ``argv`` and return the exit code.  The code attrs generates for
    pia_dsl's classes comes from the cache of the command (:mod:`pia_dsl.codecache`).
    """
    argv = sys.argv[1:] if argv is None else argv
    chosen = _chosen(argv)
    codecache.install(chosen if chosen in COMMANDS else "pia")
    try:
        return _run(argv)
    finally:
        codecache.save()


def console() -> int:
    """
    The ``pia`` command (its console script and ``python -m pia_dsl``): :func:`main` with
    the command line, then every object that exists is left out of the garbage collector's
    passes (``gc.freeze``) for the interpreter's shutdown.  A shutdown otherwise runs
    several collections over every object of the forms, the templates and the documents
    (≈ 40 ms after a render, a tenth of ``pia render -o``) although the process's memory
    goes back to the system with it.  Exit handlers still run and objects not in a
    reference cycle are still released; only the finalizers of objects in a cycle are
    skipped (pia's files are closed by then).
    """
    code = main()
    gc.freeze()
    return code


def _run(argv: Sequence[str]) -> int:
    _escape_unencodable()
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code: int = args.run(args)
    except PiaError as error:
        if args.debug:
            import traceback  # only with --debug: traceback and textwrap cost ≈ 3 ms at start

            traceback.print_exc()
        print(f"エラー: {error}", file=sys.stderr)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_ERROR
    except KeyboardInterrupt:
        print("中断しました。", file=sys.stderr)
        return 130
    return code
