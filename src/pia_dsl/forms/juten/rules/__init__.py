"""
The 重点項目評価書's own consistency rules (``form-jyuten.md`` §3 and §6, ``rules.md`` §1.3),
listed in :data:`RULES` (which the form registry, :mod:`pia_dsl.forms.registry`, reads).

The generic rules (未記入, switched-off items must be empty, その他 needs its text, group
sizes) apply too; the rules here tie items of different sections together.  Each finding
names the official item (from the walker) and says in Japanese what is wrong and what to do.
Rules whose premise the form cannot fully show (しきい値 factors that are not on the form,
bands that only roughly match) report warnings, not errors.

Rule ids are ``juten.<topic>``:

| module | rules (rule ids, without ``juten.``) |
|---|---|
| :mod:`.contents` | file-name-identity, systems-required, department, four-five-basic, record-count, incident-details, audit-none |
| :mod:`.dates` | dates-after-publication, review-date, history-date |
| :mod:`.network` | linkage-off, linkage-on, network-acquisition, intra-agency |
| :mod:`.switches` | consignment-items, consignment-switch, reconsignment-assurance, reconsignment-method, provision-status, provision-switch |
| :mod:`.thresholds` | person-count-bands, threshold-result |
"""

from __future__ import annotations

from ...common_rules import DASHES, is_blank
from .contents import (
    audit_selected,
    count_record_items,
    department_consistency,
    file_names_agree,
    four_or_five_basic,
    incident_details,
    record_count_band,
    systems_listed,
)
from .dates import dates_before_publication, history_dates, review_date
from .network import (
    intra_agency_system,
    linkage_implemented,
    linkage_not_implemented,
    network_acquisition,
)
from .switches import (
    consignment_items,
    consignment_switch,
    provision_status,
    provision_switch,
    reconsignment_assurance,
    reconsignment_method,
)
from .thresholds import person_count_bands, threshold_result

__all__ = [
    "DASHES",
    "RULES",
    "audit_selected",
    "consignment_items",
    "consignment_switch",
    "count_record_items",
    "dates_before_publication",
    "department_consistency",
    "file_names_agree",
    "four_or_five_basic",
    "history_dates",
    "incident_details",
    "intra_agency_system",
    "is_blank",
    "linkage_implemented",
    "linkage_not_implemented",
    "network_acquisition",
    "person_count_bands",
    "provision_status",
    "provision_switch",
    "reconsignment_assurance",
    "reconsignment_method",
    "record_count_band",
    "review_date",
    "systems_listed",
    "threshold_result",
]

#: The 重点項目評価書's own rules, in the order they report (after the generic ones).
RULES = (
    file_names_agree,
    systems_listed,
    department_consistency,
    four_or_five_basic,
    record_count_band,
    incident_details,
    audit_selected,
    dates_before_publication,
    review_date,
    history_dates,
    linkage_not_implemented,
    linkage_implemented,
    network_acquisition,
    intra_agency_system,
    consignment_items,
    consignment_switch,
    reconsignment_assurance,
    reconsignment_method,
    provision_status,
    provision_switch,
    person_count_bands,
    threshold_result,
)
