"""
``pia review``: the 変更箇所 of every changed assessment since a revision, as Markdown for
a pull-request description.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path, PurePosixPath
from typing import Any

from ..forms.common import Timing
from .changes import add_revision_options
from .common import ASSESSMENTS_DIR, add_command, add_paths, resolve_paths

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


def _deleted_modules(repo: Path, commit: str, given: list[Path]) -> list[str]:
    """
    The assessment modules (repository paths) that the directories named on the command
    line (``assessments/`` by default) held at ``commit`` and no longer hold.
    """
    from ..changes.git import ls_tree, relative

    directories = [p for p in (given or [ASSESSMENTS_DIR]) if p.is_dir()]
    found: list[str] = []
    for directory in directories:
        prefix = relative(repo, directory)
        for path in sorted(ls_tree(repo, commit, prefix)):
            name = PurePosixPath(path)
            if (
                str(name.parent) == prefix.rstrip("/")
                and name.suffix == ".py"
                and not name.name.startswith("_")
                and not (repo / path).exists()
            ):
                found.append(path)
    return found


def run(args: argparse.Namespace) -> int:
    from ..changes.cache import RevisionCache
    from ..changes.compare import changes_for, styles_for
    from ..changes.declarations import apply, find_revision
    from ..changes.git import relative, resolve, toplevel
    from ..changes.revision import RevisionLoader, load_working
    from ..wareki import format_wareki
    from .rowview import review_table

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
                revision = find_revision(new.revisions, slot.published, slot.form, draft=True)
                styles = styles_for(new, revision)
                changes = changes_for(old, new, form=slot.form, cache=cache, styles=styles)
                if not changes:
                    out += ["変更はありません。", ""]
                    continue
                on = slot.published
                outcome = apply(changes, on=on, revision=revision, style=args.style)
                rows = outcome.rows
                before = sum(1 for r in rows if r.timing is Timing.BEFORE)
                when = format_wareki(on) if on else "未記入（変更日は空欄）"
                out.append(
                    f"公表日 {when}: 変更 {len(rows)} 件"
                    f"（事前 {before} 件、事後 {len(rows) - before} 件）"
                )
                out += ["", review_table(outcome.declared)]
                for problem in outcome.problems:
                    out.append(f"- ⚠ {problem}")
                    problems_found += 1
                if outcome.problems:
                    out.append("")
        for module in _deleted_modules(repo, commit, args.paths):
            out += [
                f"### {module}（削除）",
                "",
                f"{args.from_rev} にあった評価書が作業ツリーにありません（削除されました）。"
                "公表をやめる場合は、その手続も確認してください。",
                "",
            ]
    sys.stdout.write("\n".join(out).rstrip("\n") + "\n")
    if args.check and problems_found:
        print(
            f"理由の宣言が足りない、または当たらない宣言が {problems_found} 件あります。",
            file=sys.stderr,
        )
        return 1
    return 0
