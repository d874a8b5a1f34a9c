"""
The 重点項目評価書's renames of schema 2, in the format of :mod:`pia_dsl.changes.renames`.
"""

from __future__ import annotations

__all__ = ["RENAMES"]

RENAMES: tuple[tuple[str, str], ...] = (
    ("s1.affairs", "s1.affair"),
    ("s1.file_name", "s1.file_names"),
    ("s1.linkage.implemented", "s1.linkage.status"),
    ("s1.department.department", "s1.department.name"),
    ("s1.department.head_title", "s1.department.head"),
    ("s1.other_agencies", "s1.other_bodies"),
    ("s2.basics.validity", "s2.basics.records_validity"),
    ("s2.basics.retention_start", "s2.basics.holding_start"),
    ("s2.acquisition.subject", "s2.acquisition.users"),
    ("s2.consignment.consigning", "s2.consignment.status"),
    (
        "s2.consignment.items.*.reconsignment.reconsigning",
        "s2.consignment.items.*.reconsignment.status",
    ),
    ("records", "annex1"),
    ("s3.acquisition.purpose_risk", "s3.acquisition.risk"),
    ("s3.use.linking_risk", "s3.use.risk1"),
    ("s3.use.unauthorized_use_risk", "s3.use.risk2"),
    ("s3.use.risk2.user_authentication", "s3.use.risk2.authentication"),
    ("s3.use.risk2.management", "s3.use.risk2.method"),
    ("s3.consignment.risk.stipulation", "s3.consignment.risk.contract"),
    ("s3.consignment.risk.stipulation_content", "s3.consignment.risk.content"),
    ("s3.consignment.risk.reconsign_assurance", "s3.consignment.risk.reconsignment"),
    ("s3.consignment.risk.assurance_method", "s3.consignment.risk.method"),
    ("s3.provision.risk.rule_content", "s3.provision.risk.content"),
    ("s3.network.acquisition_risk", "s3.network.risk1"),
    ("s3.network.provision_risk", "s3.network.risk2"),
    ("s3.storage.risk.procedures", "s3.storage.risk.procedure"),
    ("s3.storage.risk.incident_details", "s3.storage.risk.content"),
    ("s3.audit.performed", "s3.audit.status"),
    ("s3.training.training", "s3.training.status"),
    ("s3.other_measures", "s3.other_risk_measures"),
    ("s4.request", "s4.disclosure"),
    ("s4.disclosure.address", "s4.disclosure.requests_to"),
    ("s5.public_comment.main_opinions", "s5.public_comment.opinions"),
)
