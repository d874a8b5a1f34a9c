"""
Rules of the 基礎項目評価書, beyond the generic ones (未記入, switches, その他).

* the printed しきい値判断結果 (Ⅲ) is the one the しきい値判断項目 (Ⅱ) give;
* an exact count, when recorded, lies in the chosen band;
* 「いつ時点の計数か」 is not after the 公表日;
* Ⅳ-1 (提出する評価書の種類) covers what the しきい値判断 requires, and Ⅳ-11's box
  「全項目評価又は重点項目評価を実施する」 agrees with it;
* 当該対策は十分か【再掲】 repeats the answer of the chosen measure;
* 規則第9条第2項: a reason when applied, none otherwise;
* warnings: no 監査 ticked, 情報連携 vs 接続しない, 評価書名.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...thresholds import ThresholdResult, covers, threshold
from ...validate import Finding, Severity, finding
from ...walk import Entry, walk
from ...wareki import format_wareki
from ..choices import Incident, Linkage, Sufficiency
from . import BasicAssessment
from .choices import BasicTargetCount, HandlerThreshold, PriorityMeasure, SubmittedForms

__all__ = [
    "PRIORITY_SOURCES",
    "RULES",
    "counts_not_after_publication",
    "exact_counts_in_band",
    "linkage_and_network",
    "priority_measure_reprinted",
    "rule_9_2_reason",
    "some_audit",
    "submitted_forms_cover_requirement",
    "threshold_of",
    "threshold_result_matches",
    "title_names_form",
]

#: Ⅳ-11 option → the Ⅳ item whose 「十分か」 answer 【再掲】 repeats (attribute path).
PRIORITY_SOURCES: dict[PriorityMeasure, str] = {
    PriorityMeasure.ACQUISITION: "s4.acquisition.sufficiency",
    PriorityMeasure.LINKING: "s4.use.linking",
    PriorityMeasure.UNAUTHORIZED_USE: "s4.use.unauthorized",
    PriorityMeasure.CONSIGNEE_MISUSE: "s4.consignment.sufficiency",
    PriorityMeasure.IMPROPER_PROVISION: "s4.provision.sufficiency",
    PriorityMeasure.NETWORK_ACQUISITION: "s4.network.acquisition",
    PriorityMeasure.NETWORK_PROVISION: "s4.network.provision",
    PriorityMeasure.LEAKAGE: "s4.storage.sufficiency",
}


def threshold_of(assessment: BasicAssessment) -> ThresholdResult | None:
    """
    The しきい値判断 that Ⅱ of ``assessment`` gives, or ``None`` while an item is unanswered.

    The exact 対象人数 is used when recorded, else the smallest number of the chosen band
    (the bands' limits are the table's, so the result is the same).
    """
    items = assessment.s2
    band = items.target_count.band
    handlers = items.handlers.band
    occurred = items.incident.occurred
    if band is None or handlers is None or occurred is None:
        return None
    persons = items.target_count.exact_count
    if persons is None or persons < 0:
        persons = band.minimum
    return threshold(persons, handlers is HandlerThreshold.FROM_500, occurred is Incident.OCCURRED)


def _entries(assessment: BasicAssessment) -> dict[str, Entry]:
    return {entry.dotted: entry for entry in walk(assessment)}


def threshold_result_matches(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    Ⅲ しきい値判断結果 is the result of the しきい値判断 on Ⅱ.
    """
    printed = assessment.s3.threshold
    result = threshold_of(assessment)
    items = assessment.s2
    band, handlers, occurred = items.target_count.band, items.handlers.band, items.incident.occurred
    if printed is None or result is None or printed is result.basic_result:
        return
    if band is None or handlers is None or occurred is None:
        return
    yield finding(
        _entries(assessment)["s3.threshold"],
        "kiso.threshold-result",
        f"しきい値判断結果「{printed.value}」は、しきい値判断項目（対象人数「{band.value}」、"
        f"取扱者数「{handlers.value}」、重大事故「{occurred.value}」）から求まる"
        f"「{result.label}」と一致しません。",
    )


def exact_counts_in_band(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    A recorded exact 対象人数 / 取扱者数 lies in the chosen band.
    """
    entries = _entries(assessment)
    persons = assessment.s2.target_count
    if persons.exact_count is not None:
        if persons.exact_count < 0:
            yield finding(
                entries["s2.target_count.band"],
                "kiso.exact-count",
                f"対象人数の実数（{persons.exact_count}）が負の数です。",
            )
        else:
            expected = BasicTargetCount.of(persons.exact_count)
            if persons.band is not None and persons.band is not expected:
                yield finding(
                    entries["s2.target_count.band"],
                    "kiso.exact-count",
                    f"対象人数の実数（{persons.exact_count:,}人）は「{persons.band.value}」ではなく"
                    f"「{expected.value}」に当たります。",
                )
    handlers = assessment.s2.handlers
    if handlers.exact_count is not None:
        if handlers.exact_count < 0:
            yield finding(
                entries["s2.handlers.band"],
                "kiso.exact-count",
                f"取扱者数の実数（{handlers.exact_count}）が負の数です。",
            )
        else:
            band = (
                HandlerThreshold.FROM_500
                if handlers.exact_count >= 500
                else HandlerThreshold.UNDER_500
            )
            if handlers.band is not None and handlers.band is not band:
                yield finding(
                    entries["s2.handlers.band"],
                    "kiso.exact-count",
                    f"取扱者数の実数（{handlers.exact_count:,}人）は「{handlers.band.value}」ではなく"
                    f"「{band.value}」に当たります。",
                )


def counts_not_after_publication(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    「いつ時点の計数か」 is on or before the 公表日 (the counts are the only items not
    written as of the 公表日, but they cannot be later than it).
    """
    published = assessment.cover.published
    if published is None:
        return
    entries = _entries(assessment)
    for path, counted in (
        ("s2.target_count.counted_on", assessment.s2.target_count.counted_on),
        ("s2.handlers.counted_on", assessment.s2.handlers.counted_on),
    ):
        if counted is not None and counted > published:
            yield finding(
                entries[path],
                "kiso.counted-after-published",
                f"計数の時点（{format_wareki(counted)}）が公表日（{format_wareki(published)}）より後です。"
                "公表日以前の時点の計数を記載してください。",
            )


def submitted_forms_cover_requirement(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    Ⅳ-1 names every assessment the しきい値判断 requires, and Ⅳ-11's box
    「全項目評価又は重点項目評価を実施する」 is ticked exactly when it names one.
    """
    entries = _entries(assessment)
    submitted = assessment.s4.submitted
    result = threshold_of(assessment)
    if submitted is not None and result is not None and result.detailed is not None:
        detailed = result.detailed
        if not covers(submitted.forms, detailed):
            yield finding(
                entries["s4.submitted"],
                "kiso.submitted-forms",
                f"しきい値判断結果により{detailed.label}の提出が義務付けられますが、"
                f"「{submitted.value}」が選択されています。",
            )
    if submitted is None:
        return
    detailed_box = assessment.s4.priority.detailed
    files_detailed = submitted is not SubmittedForms.KISO
    box = entries["s4.priority.detailed"]
    if files_detailed and not detailed_box:
        yield finding(
            box,
            "kiso.priority-switch",
            f"「{submitted.value}」を提出するため、「{box.item.label}」にチェックを入れてください。",
        )
    elif detailed_box and not files_detailed:
        yield finding(
            box,
            "kiso.priority-switch",
            f"提出する評価書が「{submitted.value}」のみのため、「{box.item.label}」にはチェックを入れず、"
            "最も優先度が高いと考えられる対策を選択してください。",
        )


def priority_measure_reprinted(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    「当該対策は十分か【再掲】」 repeats the answer of the chosen measure's item, and the
    measure is not one whose section is switched off.
    """
    priority = assessment.s4.priority
    if priority.detailed or priority.measure is None:
        return
    source = PRIORITY_SOURCES.get(priority.measure)
    if source is None:
        return
    entries = _entries(assessment)
    origin = entries[source]
    if not origin.active:
        yield finding(
            entries["s4.priority.measure"],
            "kiso.priority-switched-off",
            f"{origin.official} は「{origin.switch}」のため、「{priority.measure.value}」は選択できません。",
        )
        return
    reprint = priority.sufficiency
    answer = origin.value
    if reprint is not None and isinstance(answer, Sufficiency) and reprint is not answer:
        yield finding(
            entries["s4.priority.sufficiency"],
            "kiso.priority-reprint",
            f"【再掲】の回答「{reprint.value}」が {origin.official} の回答「{answer.value}」と一致しません。",
        )


def rule_9_2_reason(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    規則第9条第2項: 適用した理由 is written when 適用した is ticked, and only then.
    """
    applied = assessment.s1.rule_9_2
    reason_entry = _entries(assessment)["s1.rule_9_2.reason"]
    if applied.applied and not applied.reason.strip():
        yield finding(
            reason_entry,
            "kiso.rule-9-2",
            "「適用した」にチェックがあるため、適用した理由を記入してください。",
        )
    elif not applied.applied and applied.reason.strip():
        yield finding(
            reason_entry,
            "kiso.rule-9-2",
            "「適用した」にチェックがないため、適用した理由は空欄にしてください。",
        )


def some_audit(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    Warn when no 監査 (自己点検, 内部監査, 外部監査) is ticked.
    """
    if not assessment.s4.audit.status:
        yield finding(
            _entries(assessment)["s4.audit.status"],
            "kiso.no-audit",
            "監査の実施の有無にチェックがありません。自己点検・内部監査・外部監査のいずれも行っていないか確認してください。",
            Severity.WARNING,
        )


def linkage_and_network(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    Warn when Ⅰ-4 情報連携 and Ⅳ-6 接続しない disagree.
    """
    status = assessment.s1.linkage.status
    network = assessment.s4.network
    entries = _entries(assessment)
    if status is Linkage.NO and not (network.no_acquisition and network.no_provision):
        yield finding(
            entries["s4.network.no_acquisition"],
            "kiso.linkage-network",
            "情報連携を「実施しない」としているため、「接続しない（入手）」と「接続しない（提供）」の両方にチェックを入れてください。",
            Severity.WARNING,
        )
    elif status is Linkage.YES and network.no_acquisition and network.no_provision:
        yield finding(
            entries["s4.network.no_acquisition"],
            "kiso.linkage-network",
            "情報連携を「実施する」としていますが、「接続しない（入手）」と「接続しない（提供）」の両方にチェックがあります。",
            Severity.WARNING,
        )


def title_names_form(assessment: BasicAssessment) -> Iterator[Finding]:
    """
    Warn when the 評価書名 does not say 「基礎項目評価書」.
    """
    title = assessment.cover.title
    if title.strip() and "基礎項目評価書" not in title:
        yield finding(
            _entries(assessment)["cover.title"],
            "kiso.title",
            f"評価書名「{title}」に「基礎項目評価書」が含まれていません（例:「○○に関する事務　基礎項目評価書」）。",
            Severity.WARNING,
        )


#: The 基礎項目評価書's own rules, in the order they report (after the generic ones).
RULES = (
    threshold_result_matches,
    exact_counts_in_band,
    counts_not_after_publication,
    submitted_forms_cover_requirement,
    priority_measure_reprinted,
    rule_9_2_reason,
    some_audit,
    linkage_and_network,
    title_names_form,
)
