"""
Known gaps: items an assessment module declares as knowingly blank, with the reason.

Real documents transcribed from a PDF can lose items in extraction; the module then
leaves them empty and declares them (``known_gaps = {"s1.file_names": "抽出で欠落…"}``).
Their 未記入 findings become warnings that still name the item and the reason, so the gap
stays visible in every ``pia check`` without failing it.  A declaration that matches no
blank item is itself reported, so stale declarations do not pile up.
"""

from __future__ import annotations

from collections.abc import Mapping

from .findings import Finding, Severity

__all__ = ["apply_known_gaps"]


def _covers(declared: str, path: str) -> bool:
    return path == declared or path.startswith((f"{declared}.", f"{declared}["))


def apply_known_gaps(findings: list[Finding], gaps: Mapping[str, str]) -> list[Finding]:
    """
    ``findings`` with the 未記入 of declared gaps turned into warnings, plus a warning
    for each declaration that matches no 未記入.
    """
    used: set[str] = set()
    result: list[Finding] = []
    for found in findings:
        declared = next(
            (d for d in gaps if found.rule == "required" and _covers(d, found.path)), None
        )
        if declared is None:
            result.append(found)
            continue
        used.add(declared)
        result.append(
            Finding(
                Severity.WARNING,
                "known-gap",
                found.item,
                found.path,
                f"未記入（既知の欠落として宣言: {gaps[declared]}）",
            )
        )
    for declared in gaps:
        if declared not in used:
            message = f"known_gaps の「{declared}」に該当する未記入の項目がありません。記入済みなら宣言を削除してください。"
            result.append(Finding(Severity.WARNING, "stale-gap", declared, declared, message))
    return result
