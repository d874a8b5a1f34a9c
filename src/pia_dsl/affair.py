"""
One 事務, several documents: the 基礎項目評価書 next to the 重点項目評価書 or 全項目評価書.

A 事務 that needs a detailed assessment files two documents that share many facts
(事務の名称, ファイル名, 部署, 所属長, 請求先, 連絡先, 情報連携の根拠, 対象人数, …) and
whose 基礎 Ⅳ answers summarise the detailed Ⅲ/Ⅳ.

**Design: the 基礎項目評価書 is derived from the detailed document.**  The author writes
the 重点/全項目評価書 as usual and adds only what the 基礎 alone asks
(:class:`BasicAnswers`, implemented in :mod:`pia_dsl.forms.kiso.derive` and
re-exported here: the しきい値判断項目 with their 計数 dates, Ⅳ-8 人手を介在させる
作業, and optional overrides)::

    basic = basic_from(assessment, BasicAnswers(...))
    documents = (basic, assessment)

Everything else is copied or computed: the shared facts, Ⅲ しきい値判断結果 (from the
しきい値 table), Ⅳ-1 and Ⅳ-11 (a detailed document is filed), and the Ⅳ answers (the
detailed document's 「リスクへの対策は十分か」 answers; for several files of a 全項目評価書
the weakest answer of any file).  We chose this over a separate ``Affair`` record of
shared facts because the detailed document already holds every shared fact in its
printed place: a second record would add one more object to keep in step and would
split a document that the author reads top to bottom.  A 事務 under 1万人 files only a
基礎項目評価書 and writes :class:`~pia_dsl.forms.kiso.BasicAssessment` directly.

:func:`validate_documents` checks the documents of a 事務 against each other, whether
derived or written by hand: the しきい値判断 requires documents that are present, each
detailed document prints the right しきい値判断結果, the 対象人数 bands agree, the shared
facts are identical, and the 基礎 Ⅳ answers agree with the detailed document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import Enum
from typing import Any

from attrs import frozen

from .dashes import is_blank
from .forms.choices import Audit, Effort, FocusedThresholdResult, FullThresholdResult, Incident
from .forms.kiso import BasicAssessment, BasicTargetCount, SubmittedForms
from .forms.kiso.correspondence import (
    INCIDENT_3Y,
    RISK_ANSWERS,
    SHARED_FACTS,
    TARGET_COUNT,
    THRESHOLD_RESULT,
    DocumentItems,
    place,
)
from .forms.kiso.derive import BasicAnswers, basic_from, basic_from_focused, basic_from_full
from .forms.kiso.rules import threshold_of
from .forms.registry import Form, code_of
from .options import Checks
from .thresholds import ThresholdResult, covers, expected_result
from .validate import Finding, Severity
from .walk import Entry

__all__ = [
    "INCIDENT_3Y",
    "RISK_ANSWERS",
    "SHARED_FACTS",
    "TARGET_COUNT",
    "THRESHOLD_RESULT",
    "AffairStatus",
    "BasicAnswers",
    "affair_status",
    "basic_from",
    "basic_from_focused",
    "basic_from_full",
    "validate_documents",
]


_VOLUNTARY_ONLY = (
    FocusedThresholdResult.NONE_VOLUNTARY_JUTEN,
    FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU,
)


def _finding(
    doc: DocumentItems, entry: Entry, rule: str, message: str, severity: Severity = Severity.ERROR
) -> Finding:
    return Finding(severity, rule, doc.label(entry), entry.dotted, message, doc.form)


def _shown(value: Any) -> str:
    if value is None:
        return "未選択"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "チェックあり" if value else "チェックなし"
    if isinstance(value, Checks):
        return "、".join(o.value for o in value) or "チェックなし"
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def _normal(value: Any) -> Any:
    """
    A text as compared between documents: line ends, spaces around line breaks and the
    「-」 of an empty item do not count.
    """
    if isinstance(value, str):
        text = re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "\n", value.replace("\r\n", "\n"))
        text = text.strip(" \t\n\u3000")
        return "" if is_blank(text) else text
    return value


# ---------------------------------------------------------------------------
# Status of a 事務: what the しきい値判断 requires and what is present
# ---------------------------------------------------------------------------


@frozen
class AffairStatus:
    """
    The documents of a 事務 against its しきい値判断.

    Attributes:
        basic: The 基礎項目評価書, if any.
        result: The しきい値判断 of its Ⅱ (``None`` without a 基礎 or with Ⅱ unanswered).
        present: The forms present.
    """

    basic: BasicAssessment | None
    result: ThresholdResult | None
    present: frozenset[str]

    @property
    def missing(self) -> tuple[str, ...]:
        """
        The required forms that no document satisfies (a 全項目評価書 satisfies 重点).
        A 事務 with detailed documents but no 基礎 is missing its 基礎.
        """
        if self.result is None:
            return () if Form.KISO in self.present or not self.present else (Form.KISO,)
        return tuple(f for f in Form if f in self.result.required and not covers(self.present, f))


def affair_status(documents: Iterable[Any]) -> AffairStatus:
    """
    The :class:`AffairStatus` of the documents of one 事務.
    """
    docs = list(documents)
    basic = next((d for d in docs if isinstance(d, BasicAssessment)), None)
    present = frozenset(code_of(type(d)) for d in docs)
    result = threshold_of(basic) if basic is not None else None
    return AffairStatus(basic, result, present)


# ---------------------------------------------------------------------------
# Cross-document validation
# ---------------------------------------------------------------------------


def validate_documents(documents: Sequence[Any]) -> list[Finding]:
    """
    Findings about the documents of one 事務 taken together (each document's own rules
    are :func:`pia_dsl.validate.validate`'s).  Messages are in Japanese; each names the
    form and item it concerns.
    """
    docs = [DocumentItems(d) for d in documents]
    findings: list[Finding] = []
    findings.extend(_duplicates(docs))
    basic = next((d for d in docs if d.form == Form.KISO), None)
    detailed = [d for d in docs if d.form in {Form.JUTEN, Form.ZENKOMOKU}]
    findings.extend(_requirements(docs, basic, detailed))
    if basic is not None:
        for other in detailed:
            findings.extend(_target_counts(basic, other))
            findings.extend(_shared_facts(basic, other))
            findings.extend(_risk_answers(basic, other))
            findings.extend(_incidents(basic, other))
    return findings


def _duplicates(docs: list[DocumentItems]) -> Iterable[Finding]:
    seen: dict[str, int] = {}
    for doc in docs:
        seen[doc.form] = seen.get(doc.form, 0) + 1
        if seen[doc.form] == 2:
            entry = next(iter(doc.entries.values()))
            yield _finding(
                doc,
                entry,
                "affair-duplicate",
                f"{Form(doc.form).label}が複数あります。一つの事務の評価書は様式ごとに一つです。",
            )


def _requirements(
    docs: list[DocumentItems], basic: DocumentItems | None, detailed: list[DocumentItems]
) -> Iterable[Finding]:
    status = affair_status(d.document for d in docs)
    if basic is None:
        for doc in detailed:
            entry = doc.entry(THRESHOLD_RESULT[doc.form])
            if entry.value not in _VOLUNTARY_ONLY:
                yield _finding(
                    doc,
                    entry,
                    "affair-missing-document",
                    f"基礎項目評価書がありません。{Form(doc.form).label}とともに基礎項目評価書を作成し、documents に含めてください。",
                )
        return
    result = status.result
    if result is None:
        return
    basic_result = basic.entry(THRESHOLD_RESULT[Form.KISO])
    for form in status.missing:
        if form == Form.ZENKOMOKU and Form.JUTEN in status.present:
            message = (
                f"しきい値判断の結果（{result.label}）、全項目評価書が必要ですが、重点項目評価書しかありません。"
                "重点項目評価書では足りません。全項目評価を実施してください。"
            )
        else:
            message = f"しきい値判断の結果（{result.label}）、{Form(form).label}が必要ですが、ありません。"
        yield _finding(basic, basic_result, "affair-missing-document", message)
    for doc in detailed:
        entry = doc.entry(THRESHOLD_RESULT[doc.form])
        expected = expected_result(result, doc.form)
        if entry.value is None or expected is None or entry.value is expected:
            continue
        yield _finding(
            doc,
            entry,
            "affair-threshold-result",
            f"しきい値判断結果「{entry.value.value}」は、基礎項目評価書のしきい値判断項目から求まる「{expected.value}」と一致しません。",
        )
    submitted = basic.document.s4.submitted
    if isinstance(submitted, SubmittedForms):
        for form in (Form.JUTEN, Form.ZENKOMOKU):
            if (form in submitted.forms) != (form in status.present):
                yield _finding(
                    basic,
                    basic.entry("s4.submitted"),
                    "affair-submitted-forms",
                    f"提出する評価書の種類は「{submitted.value}」ですが、この事務の評価書は"
                    f"{'、'.join(Form(f).label for f in Form if f in status.present)}です。",
                )
                break


def _target_counts(basic: DocumentItems, other: DocumentItems) -> Iterable[Finding]:
    mine = basic.entry(TARGET_COUNT[Form.KISO]).value
    entry = other.entry(TARGET_COUNT[other.form])
    theirs = entry.value
    if isinstance(mine, BasicTargetCount) and isinstance(theirs, Enum) and mine.name != theirs.name:
        yield _finding(
            other,
            entry,
            "affair-target-count",
            f"対象人数「{theirs.value}」が基礎項目評価書の対象人数「{mine.value}」と一致しません。",
        )


def _shared_facts(basic: DocumentItems, other: DocumentItems) -> Iterable[Finding]:
    for path in SHARED_FACTS:
        mine = basic.entry(path)
        theirs = other.entry(place(path, other.form))
        if _normal(mine.value) != _normal(theirs.value):
            yield _finding(
                other,
                theirs,
                "affair-shared-fact",
                f"{theirs.item.label}「{_shown(theirs.value)}」が基礎項目評価書の {mine.official}"
                f"「{_shown(mine.value)}」と異なります。同じ事務の評価書では同じ内容を記載してください。",
            )


def _risk_answers(basic: DocumentItems, other: DocumentItems) -> Iterable[Finding]:
    for basic_path, templates in RISK_ANSWERS.items():
        template = templates.get(other.form)
        mine = basic.entry(basic_path)
        if template is None or not mine.active or mine.value is None:
            continue
        answers = other.answers(template)
        if not answers:
            continue
        if isinstance(mine.value, bool):
            expected = all(bool(a.value) for a in answers)
            if mine.value != expected:
                yield _finding(
                    other,
                    answers[0],
                    "affair-risk-answer",
                    f"基礎項目評価書の {mine.official}（{_shown(mine.value)}）が、{Form(other.form).label}の"
                    f" {answers[0].official}（{_shown(answers[0].value)}）と一致しません。",
                )
            continue
        values = [a.value for a in answers if a.value is not None]
        if values and mine.value not in values:
            shown = "、".join(dict.fromkeys(f"「{_shown(v)}」" for v in values))
            yield _finding(
                other,
                answers[0],
                "affair-risk-answer",
                f"基礎項目評価書の {mine.official}「{_shown(mine.value)}」が、{Form(other.form).label}の回答{shown}と一致しません。",
            )
    if other.form == Form.ZENKOMOKU:
        yield from _full_audit(basic, other)


def _full_audit(basic: DocumentItems, other: DocumentItems) -> Iterable[Finding]:
    """
    The 全項目 Ⅳ-1 asks how well 自己点検 and 監査 are done; the 基礎 Ⅳ-9 ticks which are done.
    """
    done = basic.entry("s4.audit.status")
    ticked = done.value if isinstance(done.value, Checks) else Checks()
    pairs = (
        ("s4.audit.self_inspection.status", {Audit.SELF_INSPECTION}, "自己点検"),
        ("s4.audit.audit.status", {Audit.INTERNAL, Audit.EXTERNAL}, "内部監査又は外部監査"),
    )
    for path, options, name in pairs:
        entry = other.entry(path)
        performed = entry.value in {Effort.SPECIAL, Effort.SUFFICIENT}
        if performed and not options & ticked.ticked:
            yield _finding(
                other,
                entry,
                "affair-audit",
                f"「{_shown(entry.value)}」としていますが、基礎項目評価書の {done.official} に{name}のチェックがありません。",
                Severity.WARNING,
            )


def _incidents(basic: DocumentItems, other: DocumentItems) -> Iterable[Finding]:
    """
    A 特定個人情報 重大事故 in the past year is also a 個人情報 重大事故 in the past 3 years.
    """
    if basic.entry("s2.incident.occurred").value is not Incident.OCCURRED:
        return
    for entry in other.answers(INCIDENT_3Y[other.form]):
        if entry.value is Incident.NONE:
            yield _finding(
                other,
                entry,
                "affair-incident",
                "基礎項目評価書で過去1年以内に特定個人情報に関する重大事故が「発生あり」としているため、"
                "過去３年以内の重大事故も「発生あり」となります。",
            )
