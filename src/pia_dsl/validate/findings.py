"""
What validation reports: :class:`Finding` with a severity, the official item and a
message in Japanese.
"""

from __future__ import annotations

import enum

from attrs import frozen

from ..walk import Entry

__all__ = ["Finding", "Severity", "finding"]


class Severity(enum.Enum):
    """
    How serious a finding is: an error stops ``pia check``; a warning does not.
    """

    ERROR = "error"
    WARNING = "warning"


@frozen
class Finding:
    """
    One validation result.

    Attributes:
        severity: Error or warning.
        rule: The rule's identifier: ``<form>.<topic>`` for a form's own rule
            (``"juten.consignment-switch"``), the bare topic for a generic one
            (``"switch-empties"``, ``"other-needs-text"``, …).
        item: The official item number path and label (``Ⅱ-3-④ 使用部署``).
        path: The attribute path in the model (``s2.files[main].usage.departments``).
        message: What is wrong, in Japanese.
        document: The form of the document it concerns (``"kiso"``, ``"juten"``,
            ``"zenkomoku"``), or ``""`` when the caller has not said.
    """

    severity: Severity
    rule: str
    item: str
    path: str
    message: str
    document: str = ""

    def __str__(self) -> str:
        return f"{self.item}: {self.message}"


def finding(entry: Entry, rule: str, message: str, severity: Severity = Severity.ERROR) -> Finding:
    """
    A finding about the item that ``entry`` stands for.
    """
    return Finding(severity, rule, entry.official, entry.dotted, message)
