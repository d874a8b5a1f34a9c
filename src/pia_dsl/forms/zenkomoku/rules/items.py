"""
Rules on single items whose texts depend on their choice: Ⅲ-7 リスク１⑨ and ⑩,
Ⅴ-1③ and ④, Ⅱ-6②.
"""

from __future__ import annotations

from collections.abc import Iterator

from ....validate import Finding, finding
from ...choices import (
    DeceasedNumbers,
    Fee,
    Practice,
)
from ...common_rules import DASHES, entries_of, incident_findings, is_blank
from .. import FullAssessment
from ._base import file_paths

__all__: list[str] = []


# ---------------------------------------------------------------------------
# Single items with dependent texts
# ---------------------------------------------------------------------------


def incident_details(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-7 リスク１⑨: 発生あり ⇒ その内容 and 再発防止策の内容; 発生なし ⇒ 「-」 or blank.
    """
    index = entries_of(assessment)
    for risks in assessment.s3.files:
        base = f"s3.files[{risks.key}].storage.risk1.incident"
        rows = (index[f"{base}.content"], index[f"{base}.prevention"])
        status = risks.storage.risk1.incident.status
        yield from incident_findings(status, rows, "zenkomoku.incident-details")


def deceased_numbers_method(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅲ-7 リスク１⑩: 保管している ⇒ 具体的な保管方法.
    """
    index = entries_of(assessment)
    for risks in assessment.s3.files:
        deceased = risks.storage.risk1.deceased
        if deceased.status is DeceasedNumbers.KEPT and is_blank(deceased.method):
            yield finding(
                index[f"s3.files[{risks.key}].storage.risk1.deceased.method"],
                "zenkomoku.deceased-numbers",
                "死者の個人番号を「保管している」ため、具体的な保管方法を記載してください。",
            )


def fee_detail(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅴ-1③ 有料 ⇒ （手数料額、納付方法： ） is filled.
    """
    request = assessment.s5.disclosure
    if request.fee is Fee.CHARGED and is_blank(request.fee_detail):
        yield finding(
            entries_of(assessment)["s5.disclosure.fee_detail"],
            "zenkomoku.fee",
            "手数料等が「有料」のため、（手数料額、納付方法： ）に手数料額と納付方法を記載してください。",
        )


def file_register(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅴ-1④ 行っている ⇒ 個人情報ファイル名 and 公表場所.
    """
    register = assessment.s5.disclosure.register
    if register.status is not Practice.DONE:
        return
    index = entries_of(assessment)
    for name in ("file_name", "location"):
        if is_blank(getattr(register, name)):
            entry = index[f"s5.disclosure.register.{name}"]
            yield finding(
                entry,
                "zenkomoku.file-register",
                f"個人情報ファイル簿の公表を「行っている」ため、{entry.item.label}を記載してください。",
            )


def retention_validity(assessment: FullAssessment) -> Iterator[Finding]:
    """
    Ⅱ-6② 期間 is justified in その妥当性 (not a bare 「-」).
    """
    index = entries_of(assessment)
    for file, path in file_paths(assessment):
        term = file.storage.term
        if term.period is not None and term.validity.strip() in DASHES:
            yield finding(
                index[f"{path}.storage.term.validity"],
                "zenkomoku.retention",
                f"保管期間「{term.period.value}」の妥当性（根拠となる法令や事務上の必要性）を記載してください。",
            )
