"""
``pia changes``: the 変更箇所 rows of an assessment between two git revisions.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..forms.common import ChangeRow
from ..wareki import format_wareki
from .common import add_command, add_format, add_paths

__all__ = ["COLUMNS", "markdown_table", "register", "row_data", "run"]

#: The columns of the 変更箇所 table, as printed on the form.
COLUMNS = ("変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明")

DESCRIPTION = """\
評価書モジュールの 2 つのリビジョン（タグ・ブランチ・コミット）を比べ、
（別添）変更箇所の行（変更日・項目・変更前の記載・変更後の記載・提出時期・提出時期に係る説明）を出力します。

- 変更日は新しい方の公表日です（未記入なら今日の日付）。
- ※の項目の変更は「事前」、その他は「事後」。説明はモジュールの `revisions` の宣言で置き換えられます。
- --to を省略すると作業ツリーの内容と比べます。作業ツリーは変更しません。
- --check: ※の項目の変更に理由の宣言がない、または宣言に当たる変更がないとき終了コード 1。

Compare two revisions of an assessment and print the rows of its 変更箇所 table.
Exit codes: 0 ok, 1 error or --check problems, 2 usage error."""

EXAMPLES = """\
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
    add_revision_options(parser)
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


def add_revision_options(parser: argparse.ArgumentParser) -> None:
    """
    ``--from``, ``--style``, ``--check`` and ``--no-cache``, shared with ``pia review``.
    """
    parser.add_argument(
        "--from",
        dest="from_rev",
        metavar="REV",
        required=True,
        help="比較元のリビジョン（タグ・ブランチ・コミット） (older revision)",
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
        "date": format_wareki(row.date),
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
    repo = toplevel(path)
    module = relative(repo, path)
    cache = RevisionCache.for_repo(repo, enabled=not args.no_cache)
    with RevisionLoader(repo, cache) as loader:
        old = loader.snapshot(args.from_rev, module)
        new = loader.snapshot(args.to_rev, module) if args.to_rev else load_working(path)
        slot = new.slot(args.form)
        if slot is None:
            forms = "、".join(s.form for s in new.slots)
            print(
                f"エラー: {new.label} に様式「{args.form}」の評価書がありません（あるのは {forms}）。",
                file=sys.stderr,
            )
            return 1
        if old.slot(slot.form) is None:
            print(
                f"エラー: {old.label} に様式「{slot.form}」の評価書がありません。", file=sys.stderr
            )
            return 1
        revision = find_revision(new.revisions, slot.published, slot.form)
        styles = styles_for(new, revision)
        changes = changes_for(old, new, form=slot.form, cache=cache, styles=styles)
    on = slot.published
    if on is None:
        on = date.today()
        print(
            f"注意: {new.label} の公表日が未記入のため、変更日を今日（{format_wareki(on)}）にしました。",
            file=sys.stderr,
        )
    outcome = apply(changes, on=on, revision=revision, style=args.style)
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
        print(f"{old.label} → {new.label}: 変更 {len(rows)} 件", file=sys.stderr)
    if args.check and outcome.problems:
        for problem in outcome.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return 1
    return 0
