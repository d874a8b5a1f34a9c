"""
The 基礎項目評価書 of a 事務, derived from its 重点項目評価書 or 全項目評価書.

The author gives only what the 基礎 alone asks (:class:`BasicAnswers`); the shared facts
are copied from the detailed document by their common names (``docs/glossary.md``: the
same 担当部署, 情報連携 … parts, the same 請求先 and 連絡先), Ⅲ is computed with the
しきい値 table, Ⅳ-1 and Ⅳ-11 follow from the detailed form, and each Ⅳ answer summarises
the detailed answers (the least favourable one when a 全項目評価書 has several files).
The design is explained in :mod:`pia_dsl.affair`, which re-exports these names.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from attrs import field, frozen

from ...options import Checks, checks
from ...provenance import Unknown
from ...thresholds import threshold
from ..choices import Audit, Effort, Incident
from ..common import ChangeRow
from ..registry import Form, code_of
from . import (
    AcquisitionRisk,
    AuditSection,
    BasicAffair,
    BasicAssessment,
    BasicConsignmentRisk,
    BasicDisclosureRequest,
    BasicInquiry,
    BasicProvisionRisk,
    BasicRiskMeasures,
    BasicTraining,
    Cover,
    Handlers,
    Incidents,
    ManualWork,
    NetworkRisk,
    Persons,
    Priority,
    RelatedInfo,
    Rule92,
    StorageRisk,
    ThresholdItems,
    ThresholdJudgement,
    UsageRisk,
)
from .choices import BasicTargetCount, HandlerThreshold, SubmittedForms
from .correspondence import RISK_ANSWERS, DocumentItems

__all__ = [
    "BasicAnswers",
    "Derivation",
    "Detailed",
    "basic_from",
    "basic_from_focused",
    "basic_from_full",
    "derivation_of",
    "weakest",
]

if TYPE_CHECKING:
    # Only annotations: the document passed in has loaded its own form (a 全項目 module
    # does not build the 重点's classes).
    from ..juten import FocusedAssessment
    from ..zenkomoku import FullAssessment

    #: The detailed forms a 基礎 can be derived from.
    Detailed = FocusedAssessment | FullAssessment


def __getattr__(name: str) -> object:
    """
    ``Detailed`` at run time (it imports both detailed forms).
    """
    if name == "Detailed":
        from ..juten import FocusedAssessment
        from ..zenkomoku import FullAssessment

        return FocusedAssessment | FullAssessment
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def weakest(values: Iterable[Enum]) -> Enum | None:
    """
    The least favourable answer (the form lists options from the best to the worst).
    """
    found = list(values)
    if not found:
        return None
    order = list(type(found[0]))
    return max(found, key=order.index)


@frozen(kw_only=True)
class BasicAnswers:
    """
    What the 基礎項目評価書 asks and a 重点/全項目評価書 does not hold.

    Attributes:
        persons: 対象人数: the counted number, or a band; default: the detailed
            document's Ⅰ-1-③ band.
        persons_counted_on: いつ時点の計数か (対象人数), or ``UNKNOWN``
            (:data:`pia_dsl.provenance.UNKNOWN`) when the source does not say.
        handlers: 取扱者数: the counted number, ``HandlerThreshold``, or ``UNKNOWN``.
        handlers_counted_on: いつ時点の計数か (取扱者数), or ``UNKNOWN``.
        incident_past_year: A 特定個人情報に関する重大事故 in the past year, or ``UNKNOWN``.

    A fact given as ``UNKNOWN`` prints blank in the 基礎 and ``pia check`` reports it as a
    warning naming this ``BasicAnswers`` (a しきい値判断結果 that depends on it stays blank).
        manual_work: Ⅳ-8 人手を介在させる作業.
        summary: Ⅰ-1-② 事務の概要; default: the detailed document's 事務の内容.
        system_names: Ⅰ-1-③ システムの名称; default: the detailed document's system names, one a line.
        title: 評価書名; default: the detailed 評価書名 with 「基礎項目評価書」 for its form name.
        published: 公表日; default: the detailed document's.
        rule_9_2_reason: 規則第9条第2項 適用した理由 (the box is ticked when given).
        audit: Ⅳ-9 監査; default: the 重点 Ⅲ-8 ticks, or for a 全項目評価書 自己点検 and
            内部監査 when its Ⅳ-1 says they are done (十分に/特に力を入れて).
        history: 変更箇所 rows of the 基礎項目評価書 that predate the project.
    """

    persons: int | BasicTargetCount | None = None
    persons_counted_on: date | Unknown
    handlers: int | HandlerThreshold | Unknown
    handlers_counted_on: date | Unknown
    incident_past_year: bool | Unknown = False
    manual_work: ManualWork = field(factory=ManualWork)
    summary: str | None = None
    system_names: str | None = None
    title: str | None = None
    published: date | None = None
    rule_9_2_reason: str = ""
    audit: Checks[Audit] | None = None
    history: tuple[ChangeRow, ...] = ()
    #: Where these answers are written (file, line), for messages about the derived 基礎.
    origin: tuple[str, int] = field(default=("", 0), init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        caller = sys._getframe(2)  # 0: here, 1: attrs' __init__, 2: the module that builds it
        object.__setattr__(self, "origin", (caller.f_code.co_filename, caller.f_lineno))


@frozen
class Derivation:
    """
    How a 基礎項目評価書 was derived: where its :class:`BasicAnswers` are written and the
    facts given as ``UNKNOWN`` (基礎 paths, with the answer's name).
    """

    origin: tuple[str, int]
    unknown: tuple[tuple[str, str], ...]


_DERIVED: dict[int, tuple[weakref.ref[BasicAssessment], Derivation]] = {}


def derivation_of(document: Any) -> Derivation | None:
    """
    The :class:`Derivation` of a 基礎 built by :func:`basic_from`, or ``None``.
    """
    found = _DERIVED.get(id(document))
    return found[1] if found is not None and found[0]() is document else None


def _remember(document: BasicAssessment, derivation: Derivation) -> BasicAssessment:
    key = id(document)
    _DERIVED[key] = (weakref.ref(document, lambda _: _DERIVED.pop(key, None)), derivation)
    return document


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
    The 基礎項目評価書 of the 事務 of a 重点 or 全項目評価書 (see :mod:`pia_dsl.affair`).
    """
    doc = DocumentItems(document)
    form = doc.form
    persons, persons_exact = _persons(document, answers)
    handlers, handlers_exact = _handlers(answers)
    known_incident = answers.incident_past_year
    incident = (
        None
        if isinstance(known_incident, Unknown)
        else (Incident.OCCURRED if known_incident else Incident.NONE)
    )
    result = None
    if handlers is not None and incident is not None:
        result = threshold(
            persons_exact if persons_exact is not None else persons.minimum,
            handlers is HandlerThreshold.FROM_500,
            incident is Incident.OCCURRED,
        )
    summary = answers.summary
    if summary is None:
        summary = document.s1.affair.content
    system_names = answers.system_names
    if system_names is None:
        system_names = "\n".join(s.name for s in document.s1.systems)
    title = answers.title
    if title is None:
        title = document.cover.title.replace(Form(form).label, Form.KISO.label)
    published = answers.published if answers.published is not None else document.cover.published
    derived = {
        path: _derive(doc, template)
        for path, templates in RISK_ANSWERS.items()
        if (template := templates.get(form))
    }
    audit = (
        answers.audit
        if answers.audit is not None
        else derived.get("s4.audit.status") or _full_audit_ticks(document)
    )
    # 開示請求、問合せ: 重点 Ⅳ, 全項目 Ⅴ
    requests = (
        cast("FocusedAssessment", document).s4
        if code_of(type(document)) == Form.JUTEN
        else cast("FullAssessment", document).s5
    )
    basic = BasicAssessment(
        cover=Cover(
            number=document.cover.number,
            title=title,
            declaration=document.cover.declaration,
            notes=document.cover.notes,
            agency=document.cover.agency,
            published=published,
        ),
        s1=RelatedInfo(
            affair=BasicAffair(
                name=document.s1.affair.name, summary=summary, system_names=system_names
            ),
            file_names=document.s1.file_names,
            number_use=document.s1.number_use,
            linkage=document.s1.linkage,
            department=document.s1.department,
            other_bodies=document.s1.other_bodies,
            disclosure=BasicDisclosureRequest(requests_to=requests.disclosure.requests_to),
            inquiry=BasicInquiry(contact=requests.inquiry.contact),
            rule_9_2=Rule92(
                applied=bool(answers.rule_9_2_reason.strip()), reason=answers.rule_9_2_reason
            ),
        ),
        s2=ThresholdItems(
            target_count=Persons(
                band=persons,
                counted_on=_known(answers.persons_counted_on),
                exact_count=persons_exact,
            ),
            handlers=Handlers(
                band=handlers,
                counted_on=_known(answers.handlers_counted_on),
                exact_count=handlers_exact,
            ),
            incident=Incidents(occurred=incident),
        ),
        s3=ThresholdJudgement(threshold=result.basic_result if result is not None else None),
        s4=_risks(form, derived, answers.manual_work, audit),
        history=answers.history,
    )
    return _remember(basic, Derivation(answers.origin, _unknowns(answers, result is None)))


#: The 基礎 items that each ``BasicAnswers`` fact fills.
_UNKNOWABLE = (
    ("persons_counted_on", "s2.target_count.counted_on"),
    ("handlers", "s2.handlers.band"),
    ("handlers_counted_on", "s2.handlers.counted_on"),
    ("incident_past_year", "s2.incident.occurred"),
)


def _unknowns(answers: BasicAnswers, no_result: bool) -> tuple[tuple[str, str], ...]:
    found = [
        (path, name) for name, path in _UNKNOWABLE if isinstance(getattr(answers, name), Unknown)
    ]
    deciding = [name for path, name in found if not path.endswith("counted_on")]
    if no_result and deciding:
        found.append(("s3.threshold", "、".join(deciding)))
    return tuple(found)


def _known(value: date | Unknown) -> date | None:
    return None if isinstance(value, Unknown) else value


def _persons(document: Detailed, answers: BasicAnswers) -> tuple[BasicTargetCount, int | None]:
    given = answers.persons
    if isinstance(given, BasicTargetCount):
        return given, None
    if isinstance(given, int):
        return BasicTargetCount.of(given), given
    band = document.s1.affair.target_count
    if band is None:
        msg = f"{Form(code_of(type(document))).label}の対象人数が未選択のため、BasicAnswers(persons=...) で対象人数を指定してください。"
        raise ValueError(msg)
    return BasicTargetCount[band.name], None


def _handlers(answers: BasicAnswers) -> tuple[HandlerThreshold | None, int | None]:
    given = answers.handlers
    if isinstance(given, Unknown):
        return None, None
    if isinstance(given, HandlerThreshold):
        return given, None
    return (HandlerThreshold.FROM_500 if given >= 500 else HandlerThreshold.UNDER_500), given


def _derive(doc: DocumentItems, template: str) -> Any:
    """
    The 基礎 answer that summarises the detailed answers a template names.
    """
    paths = doc.expand(template)
    entries = [doc.entry(p) for p in paths]
    if entries and all(isinstance(e.value, bool) for e in entries):
        return all(e.value for e in entries)
    if entries and all(isinstance(e.value, Checks) for e in entries):
        return entries[0].value
    return weakest(e.value for e in entries if e.active and isinstance(e.value, Enum))


def _full_audit_ticks(document: Detailed) -> Checks[Audit]:
    if code_of(type(document)) != Form.ZENKOMOKU:  # a 重点 has no such audit items
        return Checks()
    full = cast("FullAssessment", document)
    done = {Effort.SPECIAL, Effort.SUFFICIENT}
    audit = full.s4.audit
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
) -> BasicRiskMeasures:
    submitted = (
        SubmittedForms.KISO_AND_JUTEN if form == Form.JUTEN else SubmittedForms.KISO_AND_ZENKOMOKU
    )
    consignment = BasicConsignmentRisk(
        not_consigned=bool(derived["s4.consignment.not_consigned"]),
        sufficiency=None
        if derived["s4.consignment.not_consigned"]
        else derived["s4.consignment.sufficiency"],
    )
    provision = BasicProvisionRisk(
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
    return BasicRiskMeasures(
        submitted=submitted,
        acquisition=AcquisitionRisk(sufficiency=derived["s4.acquisition.sufficiency"]),
        use=UsageRisk(
            linking=derived["s4.use.linking"], unauthorized=derived["s4.use.unauthorized"]
        ),
        consignment=consignment,
        provision=provision,
        network=network,
        storage=StorageRisk(sufficiency=derived["s4.storage.sufficiency"]),
        manual_work=manual_work,
        audit=AuditSection(status=audit),
        training=BasicTraining(status=derived["s4.training.status"]),
        priority=Priority(detailed=True),
    )
