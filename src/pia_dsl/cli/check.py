"""
``pia check``: validate assessments and report findings with file and line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import AssessmentLoadError, InvalidAssessmentError
from ..forms.registry import Form, code_of
from ..loader import _shown_path, documents_of, load_module
from ..provenance import Absent
from ..source_map import SourceMap
from ..validate import Finding, Severity, validate
from ..validate.gaps import DOWNGRADED_RULES, ReportRow, apply_declarations
from .common import add_command, add_format, add_paths, resolve_paths

if TYPE_CHECKING:
    from ..forms.kiso.derive import Derivation

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "check",
        run,
        description="評価書モジュールを様式のルールで検証し、問題を「ファイル:行: 項目: 内容」の形で表示します。\n"
        "エラーがあれば終了コード 1 を返します。\n\nValidate assessments against the form's rules.",
        examples="  pia check\n  pia check assessments/fujisawa_shoni_iryo.py\n  pia check --format json\n"
        "  pia check --show-gaps        （provenance・known_gaps で宣言した欠落と書き起こしの記録も一覧する）",
    )
    add_paths(parser)
    add_format(parser, ("text", "json"), "text")
    parser.add_argument(
        "--show-gaps",
        action="store_true",
        help="provenance・known_gaps の宣言で警告にした指摘を1件ずつ表示し、書き起こしの記録"
        "（原本になし・一部欠落・復元・原本でも空欄の宣言の一覧）を出力する（既定は件数のみ）",
    )


#: A finding with the file and line it points at (a derived 基礎's: its BasicAnswers).
Located = tuple[Finding, str, int | None]


def module_findings(path: Path, *, draft: bool = True) -> tuple[list[Located], list[ReportRow]]:
    """
    The findings of every document of a module, each with the line of its field, after the
    module's ``provenance`` and ``known_gaps``; and the transcription report rows.  With
    ``draft``, items filled at publication may be blank (``pia publish`` passes ``False``).
    """
    from ..forms.kiso.derive import derivation_of  # loads the forms: not for --help

    declarations: dict[str, Any] = {}
    gaps: dict[str, str] = {}
    if path.suffix == ".py":
        module = load_module(path)
        documents = documents_of(module, label=str(path))
        declarations = dict(getattr(module, "provenance", {}))
        gaps = dict(getattr(module, "known_gaps", {}))
    else:
        from ..io import load_path

        documents = [load_path(path)]
    from ..validate.at_publication import draft_findings

    findings = [
        attrs.evolve(found, document=code_of(type(document)))
        for document in documents
        for found in (
            draft_findings(validate(document), code_of(type(document)))
            if draft
            else validate(document)
        )
    ]
    revisions = getattr(module, "revisions", ()) if path.suffix == ".py" else ()
    if any(getattr(r, "published", None) for r in revisions):  # the differ loads only then
        from ..changes.declarations import revisions_of
        from ..changes.table import revision_findings

        findings.extend(revision_findings(path, documents, revisions_of(module, label=str(path))))
    if len(documents) > 1:
        from ..affair import validate_documents

        findings.extend(validate_documents(documents))
    derived = {code_of(type(d)): how for d in documents if (how := derivation_of(d)) is not None}
    declarations = {**_unknown_declarations(derived, len(documents) > 1), **declarations}
    report: list[ReportRow] = []
    if declarations or gaps:
        applied = apply_declarations(documents, findings, declarations, gaps)
        findings, report = applied.findings, applied.report
    located: list[Located] = []
    source = SourceMap.of(path) if path.suffix == ".py" and findings else None
    for found in findings:
        derivation = derived.get(found.document)
        if derivation is not None:
            file, number = derivation.origin
            located.append((_derived_finding(found, derivation), _shown_path(Path(file)), number))
        else:
            line = source.line(found.path) if source else None
            located.append((found, str(path), line))
    return located, report


def _origin(derivation: Derivation) -> str:
    file, line = derivation.origin
    return f"{_shown_path(Path(file))}:{line}"


def _unknown_declarations(derived: dict[str, Derivation], several: bool) -> dict[str, Any]:
    """
    The facts a derived 基礎 was given as ``UNKNOWN``, declared absent from the source.
    """
    return {
        f"{form}:{path}" if several else path: Absent(f"BasicAnswers で {name}=UNKNOWN")
        for form, derivation in derived.items()
        for path, name in derivation.unknown
    }


def _derived_finding(found: Finding, derivation: Derivation) -> Finding:
    """
    A finding about a 基礎 derived from the detailed document: it names the form and the
    ``BasicAnswers`` it was derived from (its items have no line of their own).
    """
    name = Form(found.document).label
    item = found.item if found.item.startswith(name) else f"{name} {found.item}"
    message = f"{found.message}（{name}は {_origin(derivation)} の BasicAnswers から導出）"
    return attrs.evolve(found, item=item, message=message)


def findings_of(path: Path, *, draft: bool = True) -> list[tuple[Finding, int | None]]:
    """
    The findings of every document of a module, each with the line of its field; with
    ``draft``, without those about items filled at publication (``pia publish`` passes
    ``draft=False``).
    """
    return [(found, line) for found, _, line in module_findings(path, draft=draft)[0]]


def _print_report(path: Path, report: list[ReportRow]) -> None:
    """
    The transcription report: every provenance declaration of a module.
    """
    if not report:
        return
    print(f"{path}: 書き起こしの記録（provenance / known_gaps）{len(report)} 件")
    for row in report:
        item = f" {row.item}" if row.item else ""
        count = f"（警告にした指摘 {row.findings} 件）" if row.findings else ""
        print(f"  [{row.kind}] {row.path}{item}: {row.reason}{count}")


def run(args: argparse.Namespace) -> int:
    paths = resolve_paths(args.paths)
    report: list[dict[str, Any]] = []
    errors = warnings = gaps = 0
    for path in paths:
        try:
            found_in_path, transcription = module_findings(path)
        except (AssessmentLoadError, InvalidAssessmentError) as error:
            # One module that cannot be read does not hide the findings of the others.
            if args.debug:
                import traceback

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
        for found, file, line in found_in_path:
            errors += found.severity is Severity.ERROR
            warnings += found.severity is Severity.WARNING
            where = f"{file}:{line}" if line else file
            if args.format == "json":
                report.append(
                    {
                        "file": file,
                        "line": line,
                        "severity": found.severity.value,
                        "rule": found.rule,
                        "item": found.item,
                        "path": found.path,
                        "message": found.message,
                        "document": found.document,
                    }
                )
            elif found.rule in DOWNGRADED_RULES and not args.show_gaps:
                gaps += 1
            else:
                mark = "" if found.severity is Severity.ERROR else "[警告] "
                print(f"{where}: {found.item}: {mark}{found.message}")
        if args.show_gaps and args.format != "json":
            _print_report(path, transcription)
    if args.format == "json":
        import json  # only for --format json: not at every check

        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        if gaps:
            print(
                f"provenance・known_gaps で宣言した欠落による警告 {gaps} 件（--show-gaps で一覧）"
            )
        print(f"{len(paths)} ファイルを検証: エラー {errors} 件、警告 {warnings} 件")
    return 1 if errors else 0
