"""
``pia review``: the 変更箇所 of every changed assessment since a revision, as Markdown for
a pull-request description.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..forms.common import Timing
from .changes import add_revision_options, markdown_table
from .common import add_command, add_paths, resolve_paths

__all__ = ["register", "run"]

DESCRIPTION = """\
指定したリビジョンから作業ツリーまでの各評価書の変更箇所を、プルリクエストの説明に貼れる
Markdown の表で出力します（様式の順）。※の項目の変更（事前）の件数と、理由の宣言が足りない
項目も書き出します。PATH を省略すると assessments/ の全評価書が対象です。

Print the 変更箇所 of every assessment since REV as Markdown for a pull request."""

EXAMPLES = """\
  pia review --from main
  pia review --from origin/main assessments/fujisawa_shoni_iryo.py > pr.md
  pia review --from v2025 --style short --check
"""


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "review",
        run,
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    add_revision_options(parser)
    add_paths(parser)


def _title(document: Any) -> str:
    cover = getattr(document, "cover", None)
    title = getattr(cover, "title", "") if cover is not None else ""
    return title if isinstance(title, str) else ""


def run(args: argparse.Namespace) -> int:
    from ..changes.cache import RevisionCache
    from ..changes.compare import changes_for
    from ..changes.declarations import apply, find_revision
    from ..changes.git import relative, resolve, toplevel
    from ..changes.revision import RevisionLoader, load_working
    from ..wareki import format_wareki

    paths: list[Path] = resolve_paths(args.paths)
    repo = toplevel(paths[0])
    commit = resolve(repo, args.from_rev)
    cache = RevisionCache.for_repo(repo, enabled=not args.no_cache)
    out = [f"## 変更箇所（{args.from_rev} → 作業ツリー）", ""]
    problems_found = 0
    with RevisionLoader(repo, cache) as loader:
        for path in paths:
            module = relative(repo, path)
            new = load_working(path)
            old = loader.snapshot(args.from_rev, module) if loader.has(commit, module) else None
            for slot in new.slots:
                document = slot.document()
                heading = f"### {module}（{slot.form}）"
                title = _title(document)
                out.append(f"{heading} {title}".rstrip())
                out.append("")
                if old is None or old.slot(slot.form) is None:
                    out += [f"新規の評価書です（{args.from_rev} にはありません）。", ""]
                    continue
                changes = changes_for(old, new, form=slot.form, cache=cache)
                if not changes:
                    out += ["変更はありません。", ""]
                    continue
                on = slot.published
                revision = find_revision(new.revisions, on, slot.form, draft=True)
                outcome = apply(changes, on=on, revision=revision, style=args.style)
                rows = outcome.rows
                before = sum(1 for r in rows if r.timing is Timing.BEFORE)
                when = format_wareki(on) if on else "未記入（変更日は空欄）"
                out.append(
                    f"公表日 {when}: 変更 {len(rows)} 件"
                    f"（事前 {before} 件、事後 {len(rows) - before} 件）"
                )
                out += ["", markdown_table(rows)]
                for problem in outcome.problems:
                    out.append(f"- ⚠ {problem}")
                    problems_found += 1
                if outcome.problems:
                    out.append("")
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")
    if args.check and problems_found:
        print(
            f"理由の宣言が足りない、または当たらない宣言が {problems_found} 件あります。",
            file=sys.stderr,
        )
        return 1
    return 0
