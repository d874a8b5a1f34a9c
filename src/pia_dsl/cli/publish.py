"""
``pia publish``: record a publication (公表) of each document of a module as a snapshot.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..wareki import format_wareki
from .common import add_command, add_paths, add_template

__all__ = ["register", "run"]

DESCRIPTION = """\
評価書モジュールの各評価書を「公表した版」として published/<モジュール名>/<様式>_<公表日>.json に
記録します（評価書のデータ、様式と版、この公表の理由の宣言、この公表の変更箇所の行、出力した Word の
SHA-256）。記録したファイルをコミットし、そのコミットにタグを付けてください。

- エラーがあると公表できません。公表日が必要です。意見聴取の結果・第三者点検・承認日など、公表時に
  記入する項目も確認します（pia check は下書きではこれらの空欄を許します）。
- 同じ公表日で内容が同じなら何もしません。内容が違えば --amend が必要です（違いを表示します）。
- --backfill: git の履歴から過去の公表を記録します。各公表時点のモジュールを読み込むため、
  その時点のモジュールのコードを実行します（その版をチェックアウトして実行するのと同じ）。
  それ以外の pia publish / pia render は過去の版のコードを実行しません。

Record each document of a module as a published snapshot (pure data, committed with the 公表).
--backfill creates the snapshots of past publications from git: it runs the module's code
as it was at each of those commits."""

EXAMPLES = """\
  pia publish assessments/fujisawa_shoni_iryo.py
  pia publish assessments/fujisawa_shoni_iryo.py --form juten --amend
  pia publish --backfill assessments/fujisawa_shoni_iryo.py
  git add published && git commit -m "令和8年4月1日 公表" && git tag kohyo-2026-04-01
"""

_STATUS = {
    "written": "記録しました",
    "unchanged": "記録済み（変更なし）",
    "amended": "修正しました",
}


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "publish",
        run,
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    add_paths(parser, many=False)
    parser.add_argument(
        "--form",
        default=None,
        metavar="FORM",
        help="複数の評価書を定義するモジュールで、記録する様式（kiso / juten / zenkomoku）",
    )
    parser.add_argument(
        "--amend",
        action="store_true",
        help="記録済みの公表の内容を置き換える (replace a recorded publication)",
    )
    parser.add_argument(
        "--backfill",
        action="store_true",
        help="git の履歴から過去の公表を記録する（その時点のモジュールのコードを実行します）",
    )
    add_template(parser)
    parser.add_argument(
        "--pdf",
        action="store_true",
        help="PDF も作り（<出力先>/<モジュール>_<様式>_<公表日>.pdf）、その SHA-256 を記録する"
        "（pia verify で照合する PDF。記録済みなら作り直しません）",
    )
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=Path("build"),
        metavar="DIR",
        help="--pdf の出力先 (default: build)",
    )


def _pdf_target(args: argparse.Namespace, path: Path, slot: Any) -> Path:
    published = slot.published.isoformat() if slot.published else "draft"
    out_dir: Path = args.out_dir
    return out_dir / f"{path.stem}_{slot.form}_{published}.pdf"


def _shown(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def run(args: argparse.Namespace) -> int:
    from ..changes.publish import backfill, publish_document
    from ..changes.revision import load_working

    path: Path = args.path
    if path.suffix not in {".py", ".json", ".yaml", ".yml"}:
        msg = f"{path}: pia publish には評価書モジュール（.py）かデータファイル（.json/.yaml）を指定してください。"
        raise UsageError(msg)
    if not path.is_file():
        msg = f"{path}: ファイルがありません。パスを確認してください。"
        raise UsageError(msg)
    if args.pdf:
        from ..render.pdf import find_soffice

        find_soffice()
    if args.backfill:
        if args.form is not None or args.pdf:
            msg = "--backfill には --form、--pdf を指定できません（全ての評価書を記録します）。"
            raise UsageError(msg)
        results = backfill(path, amend=args.amend, template=args.template)
        if not results:
            print(f"{path}: git の履歴に公表日のあるコミットがありません。", file=sys.stderr)
    else:
        from .check import findings_of

        working = load_working(path)
        # The findings of `pia check` (with known_gaps) without the draft allowance.
        findings = [found for found, _line in findings_of(path, draft=False)]
        slots = [s for s in working.slots if args.form in (None, s.form)]
        if not slots:
            forms = "、".join(s.form for s in working.slots)
            msg = f"{path}: 様式「{args.form}」の評価書がありません（あるのは {forms}）。"
            raise UsageError(msg)
        results = [
            publish_document(
                path,
                slot.document(),
                revisions=working.revisions,
                amend=args.amend,
                template=args.template,
                findings=findings,
                pdf=_pdf_target(args, path, slot) if args.pdf else None,
            )
            for slot in slots
        ]
    for result in results:
        record = result.record
        print(
            f"{_shown(result.file)}: {format_wareki(record.published)} 公表（{record.form}、"
            f"変更箇所 {len(record.rows)} 行）を{_STATUS[result.status]}"
        )
        for problem in result.problems:
            print(f"  注意: {problem}", file=sys.stderr)
        if result.undated:
            print(
                f"  注意: 日付のない Revision をこの公表の宣言として記録しました。モジュールの Revision に "
                f'published=wareki("{format_wareki(record.published)}") を書き足してください'
                "（次の公表の宣言と区別するため）。",
                file=sys.stderr,
            )
    return 0
