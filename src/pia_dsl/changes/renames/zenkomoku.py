"""
The 全項目評価書's renames of schema 2, in the format of :mod:`pia_dsl.changes.renames`.
"""

from __future__ import annotations

__all__ = ["RENAMES"]

RENAMES: tuple[tuple[str, str], ...] = (
    ("s1.business", "s1.affair"),
    ("s2.files.*.name", "s2.files.*.file_name"),
    ("s2.files.*.basics.kind", "s2.files.*.basics.file_kind"),
    ("s2.files.*.basics.scope_necessity", "s2.files.*.basics.necessity"),
    ("s2.files.*.basics.item_count", "s2.files.*.basics.record_count"),
    ("s2.files.*.basics.main_items", "s2.files.*.basics.main_records"),
    ("s2.files.*.basics.items_validity", "s2.files.*.basics.records_validity"),
    ("s2.files.*.basics.all_items", "s2.files.*.basics.all_records"),
    ("s2.files.*.acquisition.users.count", "s2.files.*.acquisition.users.user_count"),
    ("s2.files.*.acquisition.start", "s2.files.*.acquisition.usage_start"),
    ("s2.files.*.retention", "s2.files.*.storage"),
    ("s3.files.*.name", "s3.files.*.file_name"),
    ("s3.files.*.acquisition.risk1.other", "s3.files.*.acquisition.risk1.other_measures"),
    ("s3.files.*.acquisition.risk3.other", "s3.files.*.acquisition.risk3.other_measures"),
    ("s3.files.*.acquisition.other", "s3.files.*.acquisition.other_risks"),
    ("s3.files.*.use.risk1.other", "s3.files.*.use.risk1.other_measures"),
    ("s3.files.*.use.risk2.other", "s3.files.*.use.risk2.other_measures"),
    ("s3.files.*.use.other", "s3.files.*.use.other_risks"),
    ("s3.files.*.consignment.other", "s3.files.*.consignment.other_measures"),
    ("s3.files.*.provision.risk1.other", "s3.files.*.provision.risk1.other_measures"),
    ("s3.files.*.provision.other", "s3.files.*.provision.other_risks"),
    ("s3.files.*.network.other", "s3.files.*.network.other_risks"),
    ("s3.files.*.storage.risk1.other", "s3.files.*.storage.risk1.other_measures"),
    ("s3.files.*.storage.risk3.other", "s3.files.*.storage.risk3.other_measures"),
    ("s3.files.*.storage.other", "s3.files.*.storage.other_risks"),
    ("s4.other", "s4.other_risk_measures"),
    ("s5.request", "s5.disclosure"),
    ("s5.disclosure.destination", "s5.disclosure.requests_to"),
    ("s5.disclosure.omission", "s5.disclosure.not_listed"),
    ("s6.kiso", "s6.basic_assessment"),
    ("s6.basic_assessment.performed", "s6.basic_assessment.performed_on"),
    ("s6.review", "s6.third_party_review"),
    ("s6.third_party_review.dates", "s6.third_party_review.performed_on"),
)
