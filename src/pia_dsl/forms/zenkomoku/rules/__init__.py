"""
Consistency rules of the 全項目評価書 (form-zenkomoku.md §3 and §7).

Each rule names the official item it is about and says in Japanese what to do.  Items
that a switch empties are left to the generic rules (``switch-empties``); these rules
check what the generic ones cannot see: agreement between sections and between files.
They are listed in :data:`RULES` (which the form registry, :mod:`pia_dsl.forms.registry`,
reads); rule ids are ``zenkomoku.<topic>``.
"""

from __future__ import annotations

from ...common_rules import DASHES, PERSON_BANDS, is_blank
from . import figures, files, flows, items
from ._base import ALLOWED_THRESHOLD_RESULTS, PUBLIC_COMMENT_DAYS, TARGET_BANDS

__all__ = [
    "ALLOWED_THRESHOLD_RESULTS",
    "DASHES",
    "PERSON_BANDS",
    "PUBLIC_COMMENT_DAYS",
    "RULES",
    "TARGET_BANDS",
    "figures",
    "files",
    "flows",
    "is_blank",
    "items",
]

#: The 全項目評価書's own rules, in the order they report (after the generic ones).
RULES = (
    figures.person_counts,
    figures.threshold_result,
    figures.dates_not_after_publication,
    figures.public_comment_period,
    figures.review_or_approval,
    files.files_present,
    files.file_keys_match,
    files.file_names_match,
    files.file_names_listed,
    files.main_items_include_number,
    files.title_matches_business,
    files.departments_agree,
    files.systems_present,
    flows.consignment_items,
    flows.consignment_switch,
    flows.reconsign_assurance,
    flows.provision_status,
    flows.provision_switch,
    flows.linkage_switch,
    flows.linkage_channels,
    items.incident_details,
    items.deceased_numbers_method,
    items.fee_detail,
    items.file_register,
    items.retention_validity,
)
