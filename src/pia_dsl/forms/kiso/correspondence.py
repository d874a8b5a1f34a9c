"""
Where the items that the 基礎項目評価書 shares with the 重点/全項目評価書 sit in those forms.

A shared fact has the same attribute name on every form (``docs/glossary.md``): its path
in a detailed form is the 基礎 path, except that the detailed forms print the 開示請求、
問合せ part in a section of its own (:func:`place`).  The 基礎 Ⅳ answers summarise
differently built detailed answers, so they keep a table (:data:`RISK_ANSWERS`), as do
対象人数, the しきい値判断結果 and the 3-year 重大事故, which sit in different items.
Paths are as the walker writes them (``entry.dotted``); a ``{file}`` in a 全項目 path stands
for each file key of its Ⅲ.  :class:`DocumentItems` reads any document through the walker
by those paths.  :mod:`pia_dsl.affair` uses them to check the documents of one 事務 against
each other.
"""

from __future__ import annotations

from typing import Any

from ...walk import Entry, member_key, walk
from ..registry import Form, code_of

__all__ = [
    "INCIDENT_3Y",
    "RISK_ANSWERS",
    "SHARED_FACTS",
    "TARGET_COUNT",
    "THRESHOLD_RESULT",
    "DocumentItems",
    "place",
]

#: Facts printed in every document of the 事務, by their (common) 基礎 path.
SHARED_FACTS: tuple[str, ...] = (
    "cover.agency",
    "s1.affair.name",
    "s1.file_names",
    "s1.number_use.legal_basis",
    "s1.linkage.status",
    "s1.linkage.legal_basis",
    "s1.department.name",
    "s1.department.head",
    "s1.other_bodies",
    "s1.disclosure.requests_to",
    "s1.inquiry.contact",
)

#: The section in which each detailed form prints 開示請求、問合せ (基礎 Ⅰ-7, Ⅰ-8).
_DISCLOSURE_SECTION = {"kiso": "s1", "juten": "s4", "zenkomoku": "s5"}

#: The parts of 開示請求、問合せ, by attribute name.
_DISCLOSURE_PARTS = ("disclosure", "inquiry")


def place(path: str, form: str) -> str:
    """
    The path in ``form`` of the 基礎 item at ``path``: the same names, with 開示請求 and
    問合せ in the section where ``form`` prints them (``s1.inquiry.contact`` →
    ``s4.inquiry.contact`` in a 重点項目評価書).
    """
    section, _, rest = path.partition(".")
    if section == "s1" and rest.partition(".")[0] in _DISCLOSURE_PARTS:
        return f"{_DISCLOSURE_SECTION[form]}.{rest}"
    return path


#: 基礎 Ⅳ answer → the detailed document's answer(s) it summarises.  ``{file}`` stands
#: for each file key of a 全項目評価書.
RISK_ANSWERS: dict[str, dict[str, str]] = {
    "s4.acquisition.sufficiency": {
        "juten": "s3.acquisition.risk.sufficiency",
        "zenkomoku": "s3.files[{file}].acquisition.risk1.sufficiency",
    },
    "s4.use.linking": {
        "juten": "s3.use.risk1.sufficiency",
        "zenkomoku": "s3.files[{file}].use.risk1.sufficiency",
    },
    "s4.use.unauthorized": {
        "juten": "s3.use.risk2.sufficiency",
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
        "juten": "s3.network.risk1.sufficiency",
        "zenkomoku": "s3.files[{file}].network.risk1.sufficiency",
    },
    "s4.network.provision": {
        "juten": "s3.network.risk2.sufficiency",
        "zenkomoku": "s3.files[{file}].network.risk5.sufficiency",
    },
    "s4.storage.sufficiency": {
        "juten": "s3.storage.risk.sufficiency",
        "zenkomoku": "s3.files[{file}].storage.risk1.sufficiency",
    },
    "s4.training.status": {"juten": "s3.training.status", "zenkomoku": "s4.training.status"},
    "s4.audit.status": {"juten": "s3.audit.status"},
}

#: Where each form prints 対象人数, the しきい値判断結果, and the 3-year 重大事故.
TARGET_COUNT = {
    "kiso": "s2.target_count.band",
    "juten": "s1.affair.target_count",
    "zenkomoku": "s1.affair.target_count",
}
THRESHOLD_RESULT = {
    "kiso": "s3.threshold",
    "juten": "s5.basic_assessment.threshold",
    "zenkomoku": "s6.basic_assessment.threshold",
}
INCIDENT_3Y = {
    "juten": "s3.storage.risk.incident",
    "zenkomoku": "s3.files[{file}].storage.risk1.incident.status",
}


class DocumentItems:
    """
    One document with its walker entries by attribute path.
    """

    def __init__(self, document: Any) -> None:
        self.document = document
        self.form: str = code_of(type(document))
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
        """
        The entry at ``path``; a missing path is a bug in the tables (a renamed field).
        """
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
        """
        The form name and official item of an entry: 「重点項目評価書 Ⅳ-２-① 連絡先」.
        """
        return f"{Form(self.form).label} {entry.official}"
