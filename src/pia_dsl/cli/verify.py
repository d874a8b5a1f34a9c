"""
``pia verify``: which publication a rendered .docx or PDF file is, by the SHA-256
recorded in the snapshots of ``published/``.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..wareki import format_wareki
from .common import add_command

__all__ = ["register", "run"]

DESCRIPTION = """\
Word (.docx) または PDF のファイルが、どの評価書のどの公表の版かを、公表の記録
（published/ のスナップショット）にある SHA-256 で確かめます。ホームページに載っているファイルが
公表した版そのものかを確認できます。1 バイトでも違えば「一致しない」になります。

- .docx: pia publish が記録した Word ファイルの SHA-256 と比べます（pia render は同じ入力から
  同じバイト列を出力するので、公表後に pia render した .docx も一致します）。
- .pdf: PDF は変換のたびにバイト列が変わるため、pia publish --pdf で作って記録した PDF の
  SHA-256 と比べます（その PDF を公開してください）。

終了コード: 0 一致、1 一致する公表なし。

Tell which publication a rendered .docx / PDF is, by the SHA-256 recorded in published/."""

EXAMPLES = """\
  pia verify build/fujisawa_shoni_iryo.docx
  pia verify ダウンロード/評価書.pdf --published ../pia-repo/published
"""


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "verify",
        run,
        description=DESCRIPTION,
        examples=EXAMPLES,
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="確かめる .docx または .pdf")
    parser.add_argument(
        "--published",
        type=Path,
        default=Path("published"),
        metavar="DIR",
        help="公表の記録のディレクトリ (default: published)",
    )


def run(args: argparse.Namespace) -> int:
    from ..changes.snapshot import load_published

    file: Path = args.file
    kind = file.suffix.lower()
    if kind not in {".docx", ".pdf"}:
        msg = f"{file}: .docx または .pdf のファイルを指定してください。"
        raise UsageError(msg)
    try:
        digest = hashlib.sha256(file.read_bytes()).hexdigest()
    except OSError as error:
        msg = f"{file}: ファイルを読めません（{error.strerror}）。"
        raise UsageError(msg) from None
    if not args.published.is_dir():
        msg = f"{args.published}: 公表の記録のディレクトリがありません（pia publish で作ります）。"
        raise UsageError(msg)
    matches = []
    for snapshot in sorted(args.published.glob("*/*.json")):
        record = load_published(snapshot, check_document=False)
        recorded = record.docx_sha256 if kind == ".docx" else record.pdf_sha256
        if recorded == digest:
            matches.append((snapshot, record))
    if not matches:
        print(
            f"{file}: どの公表の版とも一致しません（SHA-256 {digest}、{args.published} の記録と比較）。"
        )
        return 1
    for snapshot, record in matches:
        print(
            f"{file}: {record.module}（{record.form}）の {format_wareki(record.published)} 公表の版と"
            f"一致します（{snapshot}）。"
        )
    return 0
