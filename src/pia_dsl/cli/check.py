"""
``pia check``: validate assessments and report findings with file and line.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Any

from ..errors import AssessmentLoadError, InvalidAssessmentError
from ..loader import documents_of, load_module
from ..source_map import SourceMap
from ..validate import Finding, Severity, validate
from ..validate.gaps import apply_known_gaps
from .common import add_command, add_format, add_paths, resolve_paths

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "check",
        run,
        description="評価書モジュールを様式のルールで検証し、問題を「ファイル:行: 項目: 内容」の形で表示します。\n"
        "エラーがあれば終了コード 1 を返します。\n\nValidate assessments against the form's rules.",
        examples="  pia check\n  pia check assessments/fujisawa_shoni_iryo.py\n  pia check --format json\n"
        "  pia check --show-gaps        （known_gaps で宣言した欠落も一覧する）",
    )
    add_paths(parser)
    add_format(parser, ("text", "json"), "text")
    parser.add_argument(
        "--show-gaps",
        action="store_true",
        help="known_gaps で宣言した既知の欠落（未記入）を1件ずつ表示する（既定は件数のみ）",
    )


def findings_of(path: Path) -> list[tuple[Finding, int | None]]:
    """
    The findings of every document of a module, each with the line of its field.
    """
    gaps: dict[str, str] = {}
    if path.suffix == ".py":
        module = load_module(path)
        documents = documents_of(module, label=str(path))
        gaps = dict(getattr(module, "known_gaps", {}))
    else:
        from ..io import load_path

        documents = [load_path(path)]
    findings = [found for document in documents for found in validate(document)]
    if len(documents) > 1:
        from ..affair import validate_documents

        findings.extend(validate_documents(documents))
    if gaps:
        findings = apply_known_gaps(findings, gaps)
    source = SourceMap.of(path) if path.suffix == ".py" and findings else None
    return [(found, source.line(found.path) if source else None) for found in findings]


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.paths)
    report: list[dict[str, Any]] = []
    errors = warnings = gaps = 0
    for path in paths:
        try:
            found_in_path = findings_of(path)
        except (AssessmentLoadError, InvalidAssessmentError) as error:
            # One module that cannot be read does not hide the findings of the others.
            if args.debug:
                traceback.print_exc()
            print(f"エラー: {error}", file=sys.stderr)
            errors += 1
            report.append(
                {
                    "file": str(path),
                    "line": None,
                    "severity": "error",
                    "rule": "load",
                    "item": "",
                    "path": "",
                    "message": str(error),
                }
            )
            continue
        for found, line in found_in_path:
            errors += found.severity is Severity.ERROR
            warnings += found.severity is Severity.WARNING
            where = f"{path}:{line}" if line else str(path)
            if args.format == "json":
                report.append(
                    {
                        "file": str(path),
                        "line": line,
                        "severity": found.severity.value,
                        "rule": found.rule,
                        "item": found.item,
                        "path": found.path,
                        "message": found.message,
                    }
                )
            elif found.rule == "known-gap" and not args.show_gaps:
                gaps += 1
            else:
                mark = "" if found.severity is Severity.ERROR else "[警告] "
                print(f"{where}: {found.item}: {mark}{found.message}")
    if args.format == "json":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        if gaps:
            print(f"既知の欠落として宣言された未記入 {gaps} 件（--show-gaps で一覧）")
        print(
            f"{len(paths)} ファイルを検証: エラー {errors} 件、警告 {warnings} 件", file=sys.stderr
        )
    return 1 if errors else 0
