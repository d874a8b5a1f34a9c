"""
``pia thresholds``: the しきい値判断 of each 事務 and whether its required documents exist.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

from ..affair import AffairStatus, affair_status
from ..forms.kiso.derive import derivation_of
from ..forms.registry import Form
from ..loader import _shown_path, documents_of, load_module
from ..thresholds import covers
from ..wareki import format_wareki
from .common import add_command, add_format, add_paths, resolve_paths

__all__ = ["register", "run"]

_UNANSWERED = "未記入"


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "thresholds",
        run,
        description="事務ごとに、基礎項目評価書のしきい値判断項目（対象人数、取扱者数500人以上か、"
        "過去1年以内の重大事故）から実施が義務付けられる評価を求め、モジュールにその評価書があるか"
        "（✓/✗）を表示します。\n必要な評価書が欠けていれば終了コード 1 を返します。\n\n"
        "Show each 事務's しきい値判断 and whether the module has the required documents.",
        examples="  pia thresholds\n  pia thresholds assessments/hibarino_yobo_sesshu.py\n  pia thresholds --format json",
    )
    add_paths(parser)
    add_format(parser, ("table", "json"), "table")


def _documents(path: Path) -> list[Any]:
    if path.suffix == ".py":
        return documents_of(load_module(path), label=str(path))
    from ..io import load_path

    return [load_path(path)]


def _count(band: Any, exact: int | None, counted_on: Any) -> dict[str, Any]:
    return {
        "band": band.value if band is not None else None,
        "exact_count": exact,
        "counted_on": format_wareki(counted_on) if counted_on is not None else None,
    }


def _affair_name(documents: list[Any]) -> str:
    """
    事務の名称 from the first document that has one (Ⅰ-1-① in every form).
    """
    for document in documents:
        section = getattr(document, "s1", None)
        for name in ("affair",):
            affair_name = getattr(getattr(section, name, None), "name", None)
            if isinstance(affair_name, str) and affair_name:
                return affair_name
    return ""


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _report(path: Path, status: AffairStatus, documents: list[Any]) -> dict[str, Any]:
    basic = status.basic
    report: dict[str, Any] = {
        "file": str(path),
        "affair": _affair_name(documents),
        "persons": None,
        "handlers": None,
        "incident_past_year": None,
        "result": status.result.label if status.result is not None else None,
        "required": sorted(status.result.required, key=list(Form).index) if status.result else None,
        "present": sorted(status.present, key=list(Form).index),
        "missing": list(status.missing),
        "ok": status.result is not None and not status.missing,
        "unknown": [],
        "basic_answers": None,
    }
    derivation = derivation_of(basic) if basic is not None else None
    if derivation is not None:
        report["unknown"] = [path for path, _ in derivation.unknown]
        file, line = derivation.origin
        report["basic_answers"] = f"{_shown_path(Path(file))}:{line}"
    if basic is not None:
        items = basic.s2
        report["persons"] = _count(
            items.target_count.band, items.target_count.exact_count, items.target_count.counted_on
        )
        report["handlers"] = _count(
            items.handlers.band, items.handlers.exact_count, items.handlers.counted_on
        )
        occurred = items.incident.occurred
        report["incident_past_year"] = occurred.value if occurred is not None else None
    return report


def _count_text(count: dict[str, Any] | None, unknown: bool = False) -> str:
    if count is None:
        return "（基礎項目評価書がありません）"
    if count["band"] is None:
        return "不明（BasicAnswers で UNKNOWN）" if unknown else _UNANSWERED
    details = []
    if count["exact_count"] is not None:
        details.append(f"{count['exact_count']:,}人")
    if count["counted_on"] is not None:
        details.append(f"{count['counted_on']}時点")
    return f"{count['band']}（{'、'.join(details)}）" if details else str(count["band"])


def _mark(report: dict[str, Any], form: str) -> str:
    present = frozenset(report["present"])
    required = report["required"] or []
    has = form in present
    if form in required or form in report["missing"]:
        return "✓" if covers(present, form) else "✗"
    return "（任意）✓" if has else "－"


def _undecided(report: dict[str, Any]) -> str:
    """
    Why no しきい値判断結果 can be given: no 基礎, facts given as UNKNOWN, or unanswered items.
    """
    if report["persons"] is None:
        return (
            "判断できません（基礎項目評価書がありません。documents = (basic_from_focused(assessment, "
            "BasicAnswers(...)), assessment) のように基礎項目評価書を加えてください）"
        )
    unknown = [p for p in report["unknown"] if not p.endswith("counted_on") and p != "s3.threshold"]
    if unknown:
        names = "、".join(_FACTS.get(p, p) for p in unknown)
        return (
            f"判断できません（{names}が不明: {report['basic_answers']} の BasicAnswers で UNKNOWN）"
        )
    return "判断できません（しきい値判断項目を記入してください）"


#: The しきい値判断項目 by their 基礎 path.
_FACTS = {"s2.handlers.band": "取扱者数", "s2.incident.occurred": "過去1年以内の重大事故"}


def _print_table(report: dict[str, Any]) -> None:
    unknown = set(report["unknown"])
    incident = report["incident_past_year"] or (_UNANSWERED if report["persons"] else "－")
    if "s2.incident.occurred" in unknown:
        incident = "不明（BasicAnswers で UNKNOWN）"
    rows = [
        ("事務", report["affair"] or "－"),
        ("対象人数", _count_text(report["persons"])),
        ("取扱者数500人以上か", _count_text(report["handlers"], "s2.handlers.band" in unknown)),
        ("過去1年以内の重大事故", incident),
        ("しきい値判断結果", report["result"] or _undecided(report)),
    ]
    rows.extend((Form(form).label, _mark(report, form)) for form in Form)
    width = max(_width(label) for label, _ in rows)
    print(report["file"])
    for label, value in rows:
        print(f"  {label}{' ' * (width - _width(label))}  {value}")
    if report["missing"]:
        missing = "、".join(Form(f).label for f in report["missing"])
        print(f"  → 必要な評価書がありません: {missing}")


def run(args: argparse.Namespace) -> int:
    reports = []
    for path in resolve_paths(args.paths):
        documents = _documents(path)
        reports.append(_report(path, affair_status(documents), documents))
    if args.format == "json":
        json.dump(reports, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for index, report in enumerate(reports):
            if index:
                print()
            _print_table(report)
    failed = sum(not r["ok"] for r in reports)
    if args.format != "json":
        print(
            f"{len(reports)} 事務を確認: 必要な評価書の不足・判断不能 {failed} 件", file=sys.stderr
        )
    return 1 if failed else 0
