"""
One 事務, several documents: the 基礎項目評価書 next to the 重点項目評価書 or 全項目評価書.

A 事務 that needs a detailed assessment files two documents that share many facts
(事務の名称, ファイル名, 部署, 所属長, 請求先, 連絡先, 情報連携の根拠, 対象人数, …) and
whose 基礎 Ⅳ answers summarise the detailed Ⅲ/Ⅳ.

**Design: the 基礎項目評価書 is derived from the detailed document.**  The author writes
the 重点/全項目評価書 as usual and adds only what the 基礎 alone asks
(:class:`BasicAnswers`: the しきい値判断項目 with their 計数 dates, Ⅳ-8 人手を介在させる
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
from datetime import date
from enum import Enum
from typing import Any

from attrs import field, frozen

from .forms.choices import Audit, Effort, FocusedThresholdResult, FullThresholdResult, Incident
from .forms.common import ChangeRow
from .forms.juten import FocusedAssessment
from .forms.kiso import (
    AcquisitionRisk,
    Affair,
    AuditInfo,
    BasicAssessment,
    BasicCover,
    BasicTargetCount,
    ConsignmentRisk,
    Department,
    Disclosure,
    Handlers,
    HandlerThreshold,
    Incidents,
    Inquiry,
    LinkageInfo,
    ManualWork,
    NetworkRisk,
    NumberUse,
    Persons,
    Priority,
    ProvisionRisk,
    RelatedInfo,
    RiskMeasures,
    Rule92,
    StorageRisk,
    SubmittedForms,
    ThresholdItems,
    ThresholdJudgement,
    Training,
    UsageRisk,
)
from .forms.kiso.rules import threshold_of
from .forms.zenkomoku import FullAssessment
from .options import Checks, checks
from .threshold import ThresholdResult, covers, expected_result, form_name, threshold
from .validate import Finding, Severity
from .walk import Entry, member_key, walk

__all__ = [
    "AffairStatus",
    "BasicAnswers",
    "affair_status",
    "basic_from",
    "basic_from_focused",
    "basic_from_full",
    "validate_documents",
]

Detailed = FocusedAssessment | FullAssessment

#: Facts printed in every document of the 事務: 基礎 path → path in each detailed form.
SHARED_FACTS: dict[str, dict[str, str]] = {
    "cover.agency": {"juten": "cover.agency", "zenkomoku": "cover.agency"},
    "s1.affair.name": {"juten": "s1.affairs.name", "zenkomoku": "s1.business.name"},
    "s1.file_names": {"juten": "s1.file_name", "zenkomoku": "s1.file_names"},
    "s1.number_use.legal_basis": {
        "juten": "s1.number_use.legal_basis",
        "zenkomoku": "s1.number_use.legal_basis",
    },
    "s1.linkage.status": {"juten": "s1.linkage.implemented", "zenkomoku": "s1.linkage.status"},
    "s1.linkage.legal_basis": {
        "juten": "s1.linkage.legal_basis",
        "zenkomoku": "s1.linkage.legal_basis",
    },
    "s1.department.name": {"juten": "s1.department.department", "zenkomoku": "s1.department.name"},
    "s1.department.head": {"juten": "s1.department.head_title", "zenkomoku": "s1.department.head"},
    "s1.other_bodies": {"juten": "s1.other_agencies", "zenkomoku": "s1.other_bodies"},
    "s1.disclosure.requests_to": {
        "juten": "s4.request.address",
        "zenkomoku": "s5.request.destination",
    },
    "s1.inquiry.contact": {"juten": "s4.inquiry.contact", "zenkomoku": "s5.inquiry.contact"},
}

#: 基礎 Ⅳ answer → the detailed document's answer(s) it summarises.  ``{file}`` stands
#: for each file key of a 全項目評価書.
RISK_ANSWERS: dict[str, dict[str, str]] = {
    "s4.acquisition.sufficiency": {
        "juten": "s3.acquisition.purpose_risk.sufficiency",
        "zenkomoku": "s3.files[{file}].acquisition.risk1.sufficiency",
    },
    "s4.usage.linking": {
        "juten": "s3.use.linking_risk.sufficiency",
        "zenkomoku": "s3.files[{file}].use.risk1.sufficiency",
    },
    "s4.usage.unauthorized": {
        "juten": "s3.use.unauthorized_use_risk.sufficiency",
        "zenkomoku": "s3.files[{file}].use.risk2.sufficiency",
    },
    "s4.consignment.not_consigned": {
        "juten": "s3.consignment.not_consigned",
        "zenkomoku": "s3.files[{file}].consignment.not_consigned",
    },
    "s4.consignment.sufficiency": {
        "juten": "s3.consignment.risk.sufficiency",
        "zenkomoku": "s3.files[{file}].consignment.sufficiency",
    },
    "s4.provision.not_provided": {
        "juten": "s3.provision.not_provided",
        "zenkomoku": "s3.files[{file}].provision.not_provided",
    },
    "s4.provision.sufficiency": {
        "juten": "s3.provision.risk.sufficiency",
        "zenkomoku": "s3.files[{file}].provision.risk1.sufficiency",
    },
    "s4.network.no_acquisition": {
        "juten": "s3.network.no_acquisition",
        "zenkomoku": "s3.files[{file}].network.no_acquisition",
    },
    "s4.network.no_provision": {
        "juten": "s3.network.no_provision",
        "zenkomoku": "s3.files[{file}].network.no_provision",
    },
    "s4.network.acquisition": {
        "juten": "s3.network.acquisition_risk.sufficiency",
        "zenkomoku": "s3.files[{file}].network.risk1.sufficiency",
    },
    "s4.network.provision": {
        "juten": "s3.network.provision_risk.sufficiency",
        "zenkomoku": "s3.files[{file}].network.risk5.sufficiency",
    },
    "s4.storage.sufficiency": {
        "juten": "s3.storage.risk.sufficiency",
        "zenkomoku": "s3.files[{file}].storage.risk1.sufficiency",
    },
    "s4.training.effort": {"juten": "s3.training.training", "zenkomoku": "s4.training.status"},
    "s4.audit.done": {"juten": "s3.audit.performed"},
}

#: Where each form prints 対象人数, the しきい値判断結果, and the 3-year 重大事故.
TARGET_COUNT = {
    "kiso": "s2.persons.band",
    "juten": "s1.affairs.target_count",
    "zenkomoku": "s1.business.target_count",
}
THRESHOLD_RESULT = {
    "kiso": "s3.result",
    "juten": "s5.basic_assessment.threshold",
    "zenkomoku": "s6.kiso.threshold",
}
INCIDENT_3Y = {
    "juten": "s3.storage.risk.incident",
    "zenkomoku": "s3.files[{file}].storage.risk1.incident.status",
}

_VOLUNTARY_ONLY = (
    FocusedThresholdResult.NONE_VOLUNTARY_JUTEN,
    FullThresholdResult.NONE_VOLUNTARY_ZENKOMOKU,
)


# ---------------------------------------------------------------------------
# Reading documents through the walker
# ---------------------------------------------------------------------------


class _Doc:
    """
    One document with its walker entries by attribute path.
    """

    def __init__(self, document: Any) -> None:
        self.document = document
        self.form: str = type(document).FORM
        self.entries: dict[str, Entry] = {e.dotted: e for e in walk(document)}

    def expand(self, template: str) -> list[str]:
        """
        The paths a template names: one per file key for ``{file}``.
        """
        if "{file}" not in template:
            return [template]
        keys = [member_key(f) for f in getattr(self.document.s3, "files", ())]
        return [template.format(file=key) for key in keys]

    def entry(self, path: str) -> Entry:
        try:
            return self.entries[path]
        except KeyError:
            msg = f"{type(self.document).__name__} has no item at {path!r}"
            raise LookupError(msg) from None

    def answers(self, template: str) -> list[Entry]:
        """
        The active entries a template names (switched-off answers are not answers).
        """
        return [e for e in (self.entry(p) for p in self.expand(template)) if e.active]

    def label(self, entry: Entry) -> str:
        return f"{form_name(self.form)} {entry.official}"


def _finding(
    doc: _Doc, entry: Entry, rule: str, message: str, severity: Severity = Severity.ERROR
) -> Finding:
    return Finding(severity, rule, doc.label(entry), entry.dotted, message)


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


#: Texts that mean 「nothing to write」 (blank and the dashes documents print).
_NOTHING = {"", "-", "－", "―", "—", "‐", "ー"}


def _normal(value: Any) -> Any:
    """
    A text as compared between documents: line ends, spaces around line breaks and the
    「-」 of an empty item do not count.
    """
    if isinstance(value, str):
        text = re.sub(r"[ \t\u3000]*\n[ \t\u3000]*", "\n", value.replace("\r\n", "\n")).strip(
            " \t\n\u3000"
        )
        return "" if text in _NOTHING else text
    return value


def _weakest(values: Iterable[Enum]) -> Enum | None:
    """
    The least favourable answer (options are listed from the best to the worst).
    """
    found = list(values)
    if not found:
        return None
    order = list(type(found[0]))
    return max(found, key=order.index)


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
        present: The forms present (``"kiso"``, ``"juten"``, ``"zenkomoku"``).
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
            return () if "kiso" in self.present or not self.present else ("kiso",)
        return tuple(
            f
            for f in ("kiso", "juten", "zenkomoku")
            if f in self.result.required and not covers(self.present, f)
        )


def affair_status(documents: Iterable[Any]) -> AffairStatus:
    """
    The :class:`AffairStatus` of the documents of one 事務.
    """
    docs = list(documents)
    basic = next((d for d in docs if isinstance(d, BasicAssessment)), None)
    present = frozenset(type(d).FORM for d in docs)
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
    docs = [_Doc(d) for d in documents]
    findings: list[Finding] = []
    findings.extend(_duplicates(docs))
    basic = next((d for d in docs if d.form == "kiso"), None)
    detailed = [d for d in docs if d.form in {"juten", "zenkomoku"}]
    findings.extend(_requirements(docs, basic, detailed))
    if basic is not None:
        for other in detailed:
            findings.extend(_target_counts(basic, other))
            findings.extend(_shared_facts(basic, other))
            findings.extend(_risk_answers(basic, other))
            findings.extend(_incidents(basic, other))
    return findings


def _duplicates(docs: list[_Doc]) -> Iterable[Finding]:
    seen: dict[str, int] = {}
    for doc in docs:
        seen[doc.form] = seen.get(doc.form, 0) + 1
        if seen[doc.form] == 2:
            entry = next(iter(doc.entries.values()))
            yield _finding(
                doc,
                entry,
                "affair-duplicate",
                f"{form_name(doc.form)}が複数あります。一つの事務の評価書は様式ごとに一つです。",
            )


def _requirements(docs: list[_Doc], basic: _Doc | None, detailed: list[_Doc]) -> Iterable[Finding]:
    status = affair_status(d.document for d in docs)
    if basic is None:
        for doc in detailed:
            entry = doc.entry(THRESHOLD_RESULT[doc.form])
            if entry.value not in _VOLUNTARY_ONLY:
                yield _finding(
                    doc,
                    entry,
                    "affair-missing-document",
                    f"基礎項目評価書がありません。{form_name(doc.form)}とともに基礎項目評価書を作成し、documents に含めてください。",
                )
        return
    result = status.result
    if result is None:
        return
    basic_result = basic.entry(THRESHOLD_RESULT["kiso"])
    for form in status.missing:
        if form == "zenkomoku" and "juten" in status.present:
            message = (
                f"しきい値判断の結果（{result.label}）、全項目評価書が必要ですが、重点項目評価書しかありません。"
                "重点項目評価書では足りません。全項目評価を実施してください。"
            )
        else:
            message = (
                f"しきい値判断の結果（{result.label}）、{form_name(form)}が必要ですが、ありません。"
            )
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
        for form in ("juten", "zenkomoku"):
            if (form in submitted.forms) != (form in status.present):
                yield _finding(
                    basic,
                    basic.entry("s4.submitted"),
                    "affair-submitted-forms",
                    f"提出する評価書の種類は「{submitted.value}」ですが、この事務の評価書は"
                    f"{'、'.join(form_name(f) for f in ('kiso', 'juten', 'zenkomoku') if f in status.present)}です。",
                )
                break


def _target_counts(basic: _Doc, other: _Doc) -> Iterable[Finding]:
    mine = basic.entry(TARGET_COUNT["kiso"]).value
    entry = other.entry(TARGET_COUNT[other.form])
    theirs = entry.value
    if isinstance(mine, BasicTargetCount) and isinstance(theirs, Enum) and mine.name != theirs.name:
        yield _finding(
            other,
            entry,
            "affair-target-count",
            f"対象人数「{theirs.value}」が基礎項目評価書の対象人数「{mine.value}」と一致しません。",
        )


def _shared_facts(basic: _Doc, other: _Doc) -> Iterable[Finding]:
    for basic_path, paths in SHARED_FACTS.items():
        mine = basic.entry(basic_path)
        theirs = other.entry(paths[other.form])
        if _normal(mine.value) != _normal(theirs.value):
            yield _finding(
                other,
                theirs,
                "affair-shared-fact",
                f"{theirs.item.label}「{_shown(theirs.value)}」が基礎項目評価書の {mine.official}"
                f"「{_shown(mine.value)}」と異なります。同じ事務の評価書では同じ内容を記載してください。",
            )


def _risk_answers(basic: _Doc, other: _Doc) -> Iterable[Finding]:
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
                    f"基礎項目評価書の {mine.official}（{_shown(mine.value)}）が、{form_name(other.form)}の"
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
                f"基礎項目評価書の {mine.official}「{_shown(mine.value)}」が、{form_name(other.form)}の回答{shown}と一致しません。",
            )
    if other.form == "zenkomoku":
        yield from _full_audit(basic, other)


def _full_audit(basic: _Doc, other: _Doc) -> Iterable[Finding]:
    """
    The 全項目 Ⅳ-1 asks how well 自己点検 and 監査 are done; the 基礎 Ⅳ-9 ticks which are done.
    """
    done = basic.entry("s4.audit.done")
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


def _incidents(basic: _Doc, other: _Doc) -> Iterable[Finding]:
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


# ---------------------------------------------------------------------------
# Deriving the 基礎項目評価書 from the detailed document
# ---------------------------------------------------------------------------


@frozen(kw_only=True)
class BasicAnswers:
    """
    What the 基礎項目評価書 asks and a 重点/全項目評価書 does not hold.

    Attributes:
        persons: 対象人数: the counted number, or a band; default: the detailed
            document's Ⅰ-1-③ band.
        persons_counted_on: いつ時点の計数か (対象人数).
        handlers: 取扱者数: the counted number, or ``HandlerThreshold``.
        handlers_counted_on: いつ時点の計数か (取扱者数).
        incident_past_year: A 特定個人情報に関する重大事故 in the past year.
        manual_work: Ⅳ-8 人手を介在させる作業.
        summary: Ⅰ-1-② 事務の概要; default: the detailed document's 事務の内容.
        systems: Ⅰ-1-③ システムの名称; default: the detailed document's system names, one a line.
        title: 評価書名; default: the detailed 評価書名 with 「基礎項目評価書」 for its form name.
        published: 公表日; default: the detailed document's.
        rule_9_2_reason: 規則第9条第2項 適用した理由 (the box is ticked when given).
        audit: Ⅳ-9 監査; default: the 重点 Ⅲ-8 ticks, or for a 全項目評価書 自己点検 and
            内部監査 when its Ⅳ-1 says they are done (十分に/特に力を入れて).
        history: 変更箇所 rows of the 基礎項目評価書 that predate the project.
    """

    persons: int | BasicTargetCount | None = None
    persons_counted_on: date
    handlers: int | HandlerThreshold
    handlers_counted_on: date
    incident_past_year: bool = False
    manual_work: ManualWork = field(factory=ManualWork)
    summary: str | None = None
    systems: str | None = None
    title: str | None = None
    published: date | None = None
    rule_9_2_reason: str = ""
    audit: Checks[Audit] | None = None
    history: tuple[ChangeRow, ...] = ()


def basic_from_focused(document: FocusedAssessment, answers: BasicAnswers) -> BasicAssessment:
    """
    The 基礎項目評価書 of the 事務 of a 重点項目評価書.
    """
    return basic_from(document, answers)


def basic_from_full(document: FullAssessment, answers: BasicAnswers) -> BasicAssessment:
    """
    The 基礎項目評価書 of the 事務 of a 全項目評価書.
    """
    return basic_from(document, answers)


def basic_from(document: Detailed, answers: BasicAnswers) -> BasicAssessment:
    """
    The 基礎項目評価書 of the 事務 of a 重点 or 全項目評価書 (see the module docstring).
    """
    doc = _Doc(document)
    form = doc.form
    facts = {basic_path: doc.entry(paths[form]).value for basic_path, paths in SHARED_FACTS.items()}
    persons, persons_exact = _persons(doc, answers)
    handlers, handlers_exact = _handlers(answers)
    incident = Incident.OCCURRED if answers.incident_past_year else Incident.NONE
    result = threshold(
        persons_exact if persons_exact is not None else persons.minimum,
        handlers is HandlerThreshold.FROM_500,
        answers.incident_past_year,
    )
    summary = answers.summary
    if summary is None:
        summary = str(
            doc.entry(
                {"juten": "s1.affairs.content", "zenkomoku": "s1.business.content"}[form]
            ).value
        )
    systems = answers.systems
    if systems is None:
        systems = "\n".join(s.name for s in document.s1.systems)
    title = answers.title
    if title is None:
        title = document.cover.title.replace(form_name(form), "基礎項目評価書")
    published = answers.published if answers.published is not None else document.cover.published
    derived = {
        path: _derive(doc, template)
        for path, templates in RISK_ANSWERS.items()
        if (template := templates.get(form))
    }
    audit = (
        answers.audit
        if answers.audit is not None
        else derived.get("s4.audit.done") or _full_audit_ticks(document)
    )
    return BasicAssessment(
        cover=BasicCover(
            number=document.cover.number,
            title=title,
            declaration=document.cover.declaration,
            notes=document.cover.notes,
            agency=facts["cover.agency"],
            published=published,
        ),
        s1=RelatedInfo(
            affair=Affair(name=facts["s1.affair.name"], summary=summary, systems=systems),
            file_names=facts["s1.file_names"],
            number_use=NumberUse(legal_basis=facts["s1.number_use.legal_basis"]),
            linkage=LinkageInfo(
                status=facts["s1.linkage.status"], legal_basis=facts["s1.linkage.legal_basis"]
            ),
            department=Department(
                name=facts["s1.department.name"], head=facts["s1.department.head"]
            ),
            other_bodies=facts["s1.other_bodies"],
            disclosure=Disclosure(requests_to=facts["s1.disclosure.requests_to"]),
            inquiry=Inquiry(contact=facts["s1.inquiry.contact"]),
            rule_9_2=Rule92(
                applied=bool(answers.rule_9_2_reason.strip()), reason=answers.rule_9_2_reason
            ),
        ),
        s2=ThresholdItems(
            persons=Persons(
                band=persons, counted_on=answers.persons_counted_on, exact_count=persons_exact
            ),
            handlers=Handlers(
                band=handlers, counted_on=answers.handlers_counted_on, exact_count=handlers_exact
            ),
            incident=Incidents(occurred=incident),
        ),
        s3=ThresholdJudgement(result=result.basic_result),
        s4=_risks(form, derived, answers.manual_work, audit),
        history=answers.history,
    )


def _persons(doc: _Doc, answers: BasicAnswers) -> tuple[BasicTargetCount, int | None]:
    given = answers.persons
    if isinstance(given, BasicTargetCount):
        return given, None
    if isinstance(given, int):
        return BasicTargetCount.of(given), given
    band = doc.entry(TARGET_COUNT[doc.form]).value
    if not isinstance(band, Enum):
        msg = f"{form_name(doc.form)}の対象人数が未選択のため、BasicAnswers(persons=...) で対象人数を指定してください。"
        raise ValueError(msg)
    return BasicTargetCount[band.name], None


def _handlers(answers: BasicAnswers) -> tuple[HandlerThreshold, int | None]:
    given = answers.handlers
    if isinstance(given, HandlerThreshold):
        return given, None
    return (HandlerThreshold.FROM_500 if given >= 500 else HandlerThreshold.UNDER_500), given


def _derive(doc: _Doc, template: str) -> Any:
    """
    The 基礎 answer that summarises the detailed answers a template names.
    """
    paths = doc.expand(template)
    entries = [doc.entry(p) for p in paths]
    if entries and all(isinstance(e.value, bool) for e in entries):
        return all(e.value for e in entries)
    if entries and all(isinstance(e.value, Checks) for e in entries):
        return entries[0].value
    return _weakest(e.value for e in entries if e.active and isinstance(e.value, Enum))


def _full_audit_ticks(document: Detailed) -> Checks[Audit]:
    if not isinstance(document, FullAssessment):
        return Checks()
    done = {Effort.SPECIAL, Effort.SUFFICIENT}
    audit = document.s4.audit
    ticked = [
        option
        for option, status in (
            (Audit.SELF_INSPECTION, audit.self_inspection.status),
            (Audit.INTERNAL, audit.audit.status),
        )
        if status in done
    ]
    return checks(*ticked)


def _risks(
    form: str, derived: dict[str, Any], manual_work: ManualWork, audit: Checks[Audit]
) -> RiskMeasures:
    submitted = (
        SubmittedForms.KISO_AND_JUTEN if form == "juten" else SubmittedForms.KISO_AND_ZENKOMOKU
    )
    consignment = ConsignmentRisk(
        not_consigned=bool(derived["s4.consignment.not_consigned"]),
        sufficiency=None
        if derived["s4.consignment.not_consigned"]
        else derived["s4.consignment.sufficiency"],
    )
    provision = ProvisionRisk(
        not_provided=bool(derived["s4.provision.not_provided"]),
        sufficiency=None
        if derived["s4.provision.not_provided"]
        else derived["s4.provision.sufficiency"],
    )
    network = NetworkRisk(
        no_acquisition=bool(derived["s4.network.no_acquisition"]),
        no_provision=bool(derived["s4.network.no_provision"]),
        acquisition=None
        if derived["s4.network.no_acquisition"]
        else derived["s4.network.acquisition"],
        provision=None if derived["s4.network.no_provision"] else derived["s4.network.provision"],
    )
    return RiskMeasures(
        submitted=submitted,
        acquisition=AcquisitionRisk(sufficiency=derived["s4.acquisition.sufficiency"]),
        usage=UsageRisk(
            linking=derived["s4.usage.linking"], unauthorized=derived["s4.usage.unauthorized"]
        ),
        consignment=consignment,
        provision=provision,
        network=network,
        storage=StorageRisk(sufficiency=derived["s4.storage.sufficiency"]),
        manual_work=manual_work,
        audit=AuditInfo(done=audit),
        training=Training(effort=derived["s4.training.effort"]),
        priority=Priority(detailed=True),
    )
