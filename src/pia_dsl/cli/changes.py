"""
``pia changes``: the 変更箇所 rows of an assessment between two git revisions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..forms.common import ChangeRow
from ..wareki import format_wareki
from .common import add_command, add_format, add_paths

__all__ = ["COLUMNS", "markdown_table", "register", "row_data", "run"]

#: The columns of the 変更箇所 table, as printed on the form.
COLUMNS = ("変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明")

DESCRIPTION = """\
評価書モジュールの 2 つのリビジョン（タグ・ブランチ・コミット）を比べ、
（別添）変更箇所の行（変更日・項目・変更前の記載・変更後の記載・提出時期・提出時期に係る説明）を出力します。
--from を省略すると、最後の公表（published/ のスナップショット）と作業ツリーを比べた下書きの行を出力します
（git は使わず、過去の版のコードも実行しません）。

- リビジョンを読み込むと、その版の評価書モジュールのコードを実行します（その版のテストを実行するのと同じ）。
- 変更日は新しい方の公表日です（未記入なら空欄）。
- ※の項目の変更は「事前」、その他は「事後」。説明はモジュールの `revisions` の宣言で置き換えられます。
- --to を省略すると作業ツリーの内容と比べます。作業ツリーは変更しません。
- --check: ※の項目の変更に理由の宣言がない、または宣言に当たる変更がないとき終了コード 1。

Compare two revisions of an assessment and print the rows of its 変更箇所 table.
Exit codes: 0 ok, 1 error or --check problems, 2 usage error."""

EXAMPLES = """\
  pia changes assessments/fujisawa_shoni_iryo.py             最後の公表からの下書きの行
  pia changes assessments/fujisawa_shoni_iryo.py --from v2025
  pia changes assessments/fujisawa_shoni_iryo.py --from HEAD~1 --format json
  pia changes assessments/fujisawa_shoni_iryo.py --from v2024 --to v2025 --style short --format markdown
  pia changes assessments/fujisawa_shoni_iryo.py --from main --check
"""


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "changes",
        run,
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    add_paths(parser, many=False)
    add_revision_options(parser, required=False)
    parser.add_argument(
        "--to",
        dest="to_rev",
        metavar="REV",
        default=None,
        help="比較先のリビジョン（省略時は作業ツリー） (newer revision; default: working tree)",
    )
    add_format(parser, ("table", "markdown", "json"), "table")
    parser.add_argument(
        "--form",
        default=None,
        metavar="FORM",
        help="複数の評価書を定義するモジュールで対象の様式（kiso / juten / zenkomoku） (which document)",
    )


def add_revision_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    """
    ``--from``, ``--style``, ``--check`` and ``--no-cache``, shared with ``pia review``.
    """
    parser.add_argument(
        "--from",
        dest="from_rev",
        metavar="REV",
        required=required,
        help="比較元のリビジョン（タグ・ブランチ・コミット）。その版のモジュールのコードを実行して読み込みます"
        + ("。省略すると最後の公表（published/）と比べます" if not required else "")
        + " (older revision; loading it runs its code)",
    )
    parser.add_argument(
        "--style",
        choices=("long", "short"),
        default="long",
        help="項目の書き方: long「Ⅱ　特定個人情報ファイルの概要 ３．… 使用部署」/ short「Ⅱ－３ ④使用部署」",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="※の変更に理由の宣言がない、または宣言が変更に当たらないとき終了コード 1 (fail on undeclared ※ changes)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help=".pia-cache を使わない (do not use the revision cache)",
    )


def row_data(row: ChangeRow) -> dict[str, str]:
    """
    A row as JSON data: ``date`` (和暦), ``item``, ``before``, ``after``, ``timing``, ``explanation``.
    """
    return {
        "date": format_wareki(row.date) if row.date is not None else "",
        "item": row.item,
        "before": row.before,
        "after": row.after,
        "timing": row.timing_text,
        "explanation": row.explanation,
    }


def markdown_table(rows: Sequence[ChangeRow]) -> str:
    """
    The rows as a GitHub-flavoured Markdown table (line breaks as ``<br>``; HTML and
    Markdown in values escaped).
    """
    from ..changes.chardiff import escape_markdown

    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    for row in rows:
        cells = row_data(row).values()
        lines.append("| " + " | ".join(escape_markdown(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from ..changes.cache import RevisionCache
    from ..changes.compare import changes_for, styles_for
    from ..changes.declarations import apply, find_revision
    from ..changes.git import relative, toplevel
    from ..changes.revision import RevisionLoader, load_working

    path: Path = args.path
    if args.from_rev is None:
        if args.to_rev is not None:
            msg = "--to を使うときは --from も指定してください。"
            raise UsageError(msg)
        return _since_publication(args)
    repo = toplevel(path)
    module = relative(repo, path)
    cache = RevisionCache.for_repo(repo, enabled=not args.no_cache)
    with RevisionLoader(repo, cache) as loader:
        old = loader.snapshot(args.from_rev, module)
        new = loader.snapshot(args.to_rev, module) if args.to_rev else load_working(path)
        slot = new.slot(args.form)
        if slot is None:
            return _no_such_form(new, args.form)
        if old.slot(slot.form) is None:
            print(
                f"エラー: {old.label} に様式「{slot.form}」の評価書がありません。", file=sys.stderr
            )
            return 1
        revision = find_revision(new.revisions, slot.published, slot.form, draft=not args.to_rev)
        styles = styles_for(new, revision)
        changes = changes_for(old, new, form=slot.form, cache=cache, styles=styles)
        for warning in order_warnings(loader, args.from_rev, args.to_rev, old, new, form=slot.form):
            print(f"注意: {warning}", file=sys.stderr)
    on = slot.published
    if on is None:
        print(f"注意: {new.label} の公表日が未記入のため、変更日は空欄です。", file=sys.stderr)
    outcome = apply(changes, on=on, revision=revision, style=args.style)
    return _print_outcome(args, outcome, f"{old.label} → {new.label}")


def order_warnings(
    loader: Any, from_rev: str, to_rev: str | None, old: Any, new: Any, *, form: str
) -> list[str]:
    """
    Warnings when the two sides look swapped: ``--to`` is an ancestor of ``--from``, or
    the newer side's 公表日 is earlier than the older side's.
    """
    from ..changes.git import is_ancestor, resolve

    found = []
    if to_rev is not None:
        older, newer = resolve(loader.repo, from_rev), resolve(loader.repo, to_rev)
        if older != newer and is_ancestor(loader.repo, newer, older):
            found.append(
                f"--to {to_rev} は --from {from_rev} より前のリビジョンです。"
                "新旧が逆ではありませんか（--from に古い方を指定します）。"
            )
    before, after = old.slot(form), new.slot(form)
    if (
        before
        and after
        and before.published
        and after.published
        and after.published < before.published
    ):
        found.append(
            f"公表日が {format_wareki(before.published)} から {format_wareki(after.published)} に"
            "戻っています。公表日を確認してください。"
        )
    return found


def _no_such_form(snapshot: Any, form: str | None) -> int:
    forms = "、".join(s.form for s in snapshot.slots)
    print(
        f"エラー: {snapshot.label} に様式「{form}」の評価書がありません（あるのは {forms}）。",
        file=sys.stderr,
    )
    return 1


def _since_publication(args: argparse.Namespace) -> int:
    """
    The draft's rows against the last snapshot (no git, no past code).
    """
    from ..changes.declarations import Outcome
    from ..changes.revision import load_working
    from ..changes.table import change_table

    path: Path = args.path
    working = load_working(path)
    slot = working.slot(args.form)
    if slot is None:
        return _no_such_form(working, args.form)
    table = change_table(
        path,
        slot.document(),
        revisions=working.revisions,
        style=args.style,
        styles=working.styles,
    )
    for warning in table.warnings:
        print(f"注意: {warning}", file=sys.stderr)
    if not table.snapshots:
        print(
            f"エラー: {path}（{slot.form}）の公表の記録（published/）がありません。"
            "`pia publish` で記録するか、--from REV で git のリビジョンと比べてください。",
            file=sys.stderr,
        )
        return 1
    last = table.snapshots[-1]
    outcome = table.draft or Outcome(declared=(), problems=())
    return _print_outcome(args, outcome, f"{format_wareki(last.published)} の公表 → {path}")


def _print_outcome(args: argparse.Namespace, outcome: Any, label: str) -> int:
    path: Path = args.path
    rows = outcome.rows
    if args.format == "json":
        json.dump([row_data(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "markdown":
        sys.stdout.write(markdown_table(rows))
    elif rows:
        from .rowview import print_table

        print_table(outcome.declared, COLUMNS, [list(row_data(r).values()) for r in rows])
    if args.format != "json":
        print(f"{label}: 変更 {len(rows)} 件", file=sys.stderr)
    if args.check and outcome.problems:
        for problem in outcome.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return 1
    return 0
