"""
Rules of the 様式 edition a document declares (:mod:`pia_dsl.forms.editions`): the form
has that edition, and the items the edition lacks are left empty.  Both are generic rules
(:data:`pia_dsl.validate.generic.RULES`).

The items an edition lacks are not asked for: the walker does not yield them for such a
document, so :func:`pia_dsl.validate.generic.required_items_filled` never sees them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..walk import is_empty, walk
from .findings import Finding, Severity, finding

__all__ = ["edition_exists", "edition_items_empty"]


def edition_exists(assessment: Any) -> Iterator[Finding]:
    """
    The declared edition is one of the form's editions.
    """
    from ..forms.editions import CURRENT, document_edition, editions_of  # the forms import us
    from ..forms.registry import Form, code_of

    form = code_of(type(assessment))
    known = editions_of(form)
    if not known or document_edition(assessment) is not None:
        return
    declared = getattr(assessment, "edition", CURRENT)
    official = Form.of(type(assessment))
    title = official.official_title if official is not None else form
    names = "、".join(e.version.value for e in known)
    yield Finding(
        Severity.ERROR,
        "edition",
        "様式の版（edition）",
        "edition",
        f"{title}の様式に「{getattr(declared, 'value', declared)}」の版はありません"
        f"（ある版: {names}）。edition をそのいずれかにしてください。",
    )


def edition_items_empty(assessment: Any) -> Iterator[Finding]:
    """
    An item that the document's edition lacks (added by a later edition) is left empty.
    """
    from ..forms.editions import document_edition, has_item  # the forms import us

    edition = document_edition(assessment)
    if edition is None:
        return
    lacking: list[tuple[str, ...]] = []
    for entry in walk(assessment, every_edition=True):
        if any(entry.path[: len(done)] == done for done in lacking):
            continue  # inside an item the edition lacks: reported with it
        if has_item(entry.item, edition.version):
            continue
        lacking.append(entry.path)
        if isinstance(entry.value, bool) or is_empty(entry.value):
            continue
        yield finding(
            entry,
            "edition-items",
            f"{edition.name}にない項目です（{entry.item.since}の様式からの項目）。"
            f"記入を削除するか、様式の版（edition）を{entry.item.since}以降にしてください。",
        )
