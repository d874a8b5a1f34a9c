"""
Provenance declarations applied to the findings of a module's documents.

A transcribed module declares what its source does not say (:mod:`pia_dsl.provenance`:
``Absent``, ``PartlyLost``, ``Reconstructed``, ``Blank``) in ``provenance``, and, in the
older form, ``known_gaps`` (path → reason, only 未記入).  :func:`apply_declarations`
turns the findings those declarations explain into warnings that name the declaration,
checks the declarations against the documents (a path that does not exist, with the
nearest paths; a key that fits several documents; a value written under ``Absent``) and
lists every declaration for the transcription report (``pia check --show-gaps``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from enum import Enum
from typing import Any

import attrs
from attrs import frozen

from ..figures import Diagram
from ..forms.registry import Form, code_of
from ..options import Checks
from ..provenance import KIND_NAMES, Absent, Blank, Declaration, PartlyLost, Reconstructed
from ..walk import Entry, Kind, walk
from .findings import Finding, Severity


def renamed_hint(path: str) -> str:
    """
    :func:`pia_dsl.changes.renames.renamed_hint`, imported only for a message (the
    changes package loads the differ).
    """
    from ..changes.renames import renamed_hint as hint

    return hint(path)


__all__ = [
    "DOWNGRADED_RULES",
    "Provenance",
    "ReportRow",
    "apply_declarations",
    "apply_known_gaps",
    "covers",
    "declaration_paths",
    "written",
]

#: Rules of the warnings that declarations make of findings (counted, listed with --show-gaps).
DOWNGRADED_RULES = frozenset({"known-gap", "absent", "partly-lost", "declared-blank"})

_RULES: dict[type, str] = {Absent: "absent", PartlyLost: "partly-lost", Blank: "declared-blank"}


def covers(declared: str, path: str) -> bool:
    """
    Whether the declaration of ``declared`` covers the item at ``path`` (itself or below).
    """
    return path == declared or path.startswith((f"{declared}.", f"{declared}["))


def _split(key: str) -> tuple[str | None, str]:
    form, sep, path = key.partition(":")
    if sep and form in set(Form):
        return form, path
    return None, key


def written(value: Any) -> bool:
    """
    Whether a value prints as something (a text, a tick, a choice, a date, a member).
    """
    if value is None or value is False:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, Checks | tuple | list | frozenset):
        return len(value) > 0
    if isinstance(value, bool | int | Enum | date | Diagram):
        return True
    if attrs.has(type(value)):
        return any(written(e.value) for e in walk(value) if e.kind is Kind.FIELD)
    return True


def declaration_paths(document: Any) -> dict[str, Entry]:
    """
    Every path a declaration may name in ``document`` (sections, parts, groups, members,
    items), with its walker entry.
    """
    return {entry.dotted: entry for entry in walk(document)}


@frozen
class ReportRow:
    """
    One declaration as the transcription report lists it.

    Attributes:
        kind: 原本になし / 一部欠落 / 復元・不確か / 原本でも空欄 / 既知の欠落.
        document: The form it applies to (``""`` when not resolved).
        item: The official item (``Ⅱ-２-⑥ 事務担当部署``).
        path: The declared key.
        reason: The reason given.
        findings: How many findings it turned into warnings.
    """

    kind: str
    document: str
    item: str
    path: str
    reason: str
    findings: int


@frozen
class Provenance:
    """
    The findings after the declarations, and the report of every declaration.
    """

    findings: list[Finding]
    report: list[ReportRow]


@frozen
class _Target:
    key: str
    form: str
    path: str
    declaration: Declaration
    entry: Entry | None


def _resolve(
    key: str, declaration: Declaration, documents: Sequence[Any], paths: list[dict[str, Entry]]
) -> tuple[_Target | None, Finding | None]:
    form, path = _split(key)
    forms = [code_of(type(d)) for d in documents]
    several = len(documents) > 1
    if form is not None:
        if form not in forms:
            message = f"provenance の「{key}」: この モジュールの documents に{Form(form).label}がありません。"
            return None, Finding(Severity.ERROR, "provenance-form", key, key, message)
        candidates = [forms.index(form)]
    else:
        candidates = [i for i, found in enumerate(paths) if path in found]
        if several and len(candidates) > 1:
            qualified = "」「".join(f"{forms[i]}:{path}" for i in candidates)
            message = (
                f"provenance の「{key}」は複数の評価書（"
                f"{'、'.join(Form(forms[i]).label for i in candidates)}）にあります。"
                f"「{qualified}」のように様式を付けてください。"
            )
            return None, Finding(Severity.ERROR, "provenance-ambiguous", key, key, message)
        if not candidates:
            candidates = [0] if not several else []
    index = candidates[0] if candidates else None
    entry = paths[index].get(path) if index is not None else None
    if entry is None:
        pool = [p for found in paths for p in found] if index is None else list(paths[index])
        import difflib  # only for a declaration that names no item

        near = difflib.get_close_matches(path, pool, n=3, cutoff=0.6)
        hint = (
            f" 近いパス: {'、'.join(near)}"
            if near
            else " `pia paths` で項目のパスを確認してください。"
        )
        message = f"provenance の「{key}」に該当する項目がありません。{renamed_hint(key) or hint}"
        return None, Finding(Severity.ERROR, "provenance-path", key, key, message)
    return _Target(key, forms[index] if index is not None else "", path, declaration, entry), None


def _label(target: _Target, entry: Entry, several: bool) -> str:
    return f"{Form(target.form).label} {entry.official}" if several else entry.official


def _consistency(target: _Target, paths: dict[str, Entry], several: bool) -> Iterable[Finding]:
    """
    A declaration that its item contradicts: a value under ``Absent``, a value where the
    source is ``Blank``, nothing where a value was ``Reconstructed``.  ``paths``: the
    document's entries (:func:`declaration_paths`, one walk for every declaration).
    """
    path, below = target.path, (f"{target.path}.", f"{target.path}[")  # covers(), inlined
    entries = [e for dotted, e in paths.items() if dotted == path or dotted.startswith(below)]
    filled = [e for e in entries if e.kind is Kind.FIELD and written(e.value)]
    declaration = target.declaration
    contradicted = {
        Absent: (
            Severity.ERROR,
            "absent-filled",
            f"「{target.key}」は原本にない項目と宣言されていますが、値が記入されています（{len(filled)}項目）。"
            "原本にない値は印刷されると事実として読まれます。空欄にするか、宣言を見直してください。",
        ),
        Blank: (
            Severity.WARNING,
            "stale-blank",
            f"「{target.key}」は原本でも空欄と宣言されていますが、記入があります。記入が正しければ宣言を削除してください。",
        ),
    }.get(type(declaration))
    if contradicted is not None and filled:
        severity, rule_id, message = contradicted
        first = filled[0]
        yield Finding(
            severity, rule_id, _label(target, first, several), first.dotted, message, target.form
        )
    if isinstance(declaration, Reconstructed) and not filled and target.entry is not None:
        yield Finding(
            Severity.WARNING,
            "reconstructed-empty",
            _label(target, target.entry, several),
            target.path,
            f"「{target.key}」は復元した値と宣言されていますが、未記入です。値を記入するか、宣言を削除してください。",
            target.form,
        )


def _downgrade(found: Finding, declaration: Declaration) -> Finding:
    kind = KIND_NAMES[type(declaration)]
    return Finding(
        Severity.WARNING,
        _RULES[type(declaration)],
        found.item,
        found.path,
        f"{found.message}（{kind}と宣言: {declaration.reason}）",
        found.document,
    )


def _explains(declaration: Declaration, found: Finding) -> bool:
    if isinstance(declaration, Absent | PartlyLost):
        return True
    if isinstance(declaration, Blank):
        return found.rule == "required"
    return False


def apply_declarations(
    documents: Sequence[Any],
    findings: Sequence[Finding],
    declarations: Mapping[str, Declaration],
    known_gaps: Mapping[str, str] | None = None,
) -> Provenance:
    """
    The findings of ``documents`` with the declarations applied, and the report rows.

    ``findings`` carry their document's form in ``Finding.document`` (``""`` for a single
    document).  The most specific declaration covering a finding's path decides.
    """
    several = len(documents) > 1
    paths = [declaration_paths(d) for d in documents]
    targets: list[_Target] = []
    problems: list[Finding] = []
    for key, declaration in declarations.items():
        if not isinstance(declaration, Absent | PartlyLost | Reconstructed | Blank):
            message = (
                f"provenance の「{key}」の値は Absent(…)、PartlyLost(…)、Reconstructed(…)、Blank(…) "
                f"のいずれかで書いてください（{type(declaration).__name__}）。"
            )
            problems.append(Finding(Severity.ERROR, "provenance-kind", key, key, message))
            continue
        target, problem = _resolve(key, declaration, documents, paths)
        if problem is not None:
            problems.append(problem)
        if target is not None:
            targets.append(target)
    counts = {t.key: 0 for t in targets}
    forms = [code_of(type(d)) for d in documents]
    result: list[Finding] = []
    for found in findings:
        form = found.document or (forms[0] if forms else "")
        matching = [
            t
            for t in targets
            if t.form == form and covers(t.path, found.path) and _explains(t.declaration, found)
        ]
        if not matching:
            result.append(found)
            continue
        target = max(matching, key=lambda t: len(t.path))
        counts[target.key] += 1
        result.append(_downgrade(found, target.declaration))
    for target in targets:
        result.extend(_consistency(target, paths[forms.index(target.form)], several))
    report = [
        ReportRow(
            KIND_NAMES[type(t.declaration)],
            t.form,
            _label(t, t.entry, several) if t.entry is not None else "",
            t.key,
            t.declaration.reason,
            counts[t.key],
        )
        for t in targets
    ]
    result.extend(problems)
    if known_gaps:
        result, legacy = _apply_known_gaps(result, known_gaps, forms)
        report.extend(legacy)
    return Provenance(result, report)


def _apply_known_gaps(
    findings: list[Finding], gaps: Mapping[str, str], forms: Sequence[str]
) -> tuple[list[Finding], list[ReportRow]]:
    used: dict[str, int] = {}
    result: list[Finding] = []
    for found in findings:
        declared = next((d for d in gaps if _gap_covers(d, found, forms)), None)
        if declared is None:
            result.append(found)
            continue
        used[declared] = used.get(declared, 0) + 1
        result.append(
            Finding(
                Severity.WARNING,
                "known-gap",
                found.item,
                found.path,
                f"未記入（既知の欠落として宣言: {gaps[declared]}）",
                found.document,
            )
        )
    for declared in gaps:
        if declared not in used:
            message = (
                f"known_gaps の「{declared}」に該当する未記入の項目がありません。"
                f"記入済みなら宣言を削除してください。{renamed_hint(declared)}"
            )
            result.append(Finding(Severity.WARNING, "stale-gap", declared, declared, message))
    report = [
        ReportRow("既知の欠落", _split(d)[0] or "", "", d, reason, used.get(d, 0))
        for d, reason in gaps.items()
    ]
    return result, report


def _gap_covers(declared: str, found: Finding, forms: Sequence[str]) -> bool:
    form, path = _split(declared)
    if found.rule != "required" or not covers(path, found.path):
        return False
    return form is None or form == (found.document or (forms[0] if forms else ""))


def apply_known_gaps(findings: list[Finding], gaps: Mapping[str, str]) -> list[Finding]:
    """
    ``findings`` with the 未記入 of ``known_gaps`` turned into warnings, plus a warning for
    each declaration that matches no 未記入 (the older form of ``provenance``; deprecated).
    A key may be qualified by form (``"kiso:s1.file_names"``); an unqualified key covers
    every document.
    """
    return _apply_known_gaps(findings, gaps, ())[0]
