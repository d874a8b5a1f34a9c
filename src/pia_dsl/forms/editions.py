"""
The 様式 editions of each form: the table of editions, the mark each prints, and the
labels and items of each edition.

The PPC revises the blank forms (様式) from time to time; every sheet carries the mark of
its edition at the top right (``[平成30年５月　様式４]``).  A document declares the
edition it is written on (its root's ``edition`` field, a :class:`Version`; by default
the current edition of its form).  The walker (:func:`pia_dsl.walk.walk`) reads the
document in that edition: each item with the edition's label, without the items the
edition lacks.  So rendering prints the edition's labels and mark, validation asks only
for the edition's items, and a change of edition between two publications gives 変更箇所
rows explained as a 様式変更 (:mod:`pia_dsl.changes.rows`).

Items carry their edition facts in their metadata (:func:`pia_dsl.meta.item`):
``since`` — the first edition that has the item; ``older_labels`` — the label the
editions before a given one print.  The facts shared by several forms are the constants
below (:data:`HEAD_NAME`, :data:`COMMISSION_APPROVAL`, :data:`COMMISSION_REVIEW`).
Facts and their sources: ``docs/editions.md`` (``editions.md`` of the reference notes):
only differences seen in published documents are modelled; everything else reads as in
the current edition.
"""

from __future__ import annotations

import enum
from typing import Any

from attrs import evolve, frozen

from ..meta import Item
from .registry import code_of

__all__ = [
    "COMMISSION_APPROVAL",
    "COMMISSION_REVIEW",
    "CURRENT",
    "EDITION",
    "EDITIONS",
    "FORM_MARKS",
    "HEAD_NAME",
    "Edition",
    "Version",
    "current_edition",
    "document_edition",
    "document_mark",
    "edition_by_mark",
    "edition_of",
    "edition_view",
    "editions_of",
    "form_mark",
    "has_item",
    "label_in",
]


class Version(enum.Enum):
    """
    A revision of the 様式, named by the month it was issued, as its mark prints it.

    Members are in chronological order.  The field metadata (:mod:`pia_dsl.meta`, which
    this package's forms import) holds an edition by its value, the text.  The glyphs of the older marks follow the 平成30年5月 mark (full-width month digit): the
    extracted copies of the older documents lost the original glyphs.
    """

    H26_04 = "平成26年４月"
    H28_01 = "平成28年１月"
    H29_05 = "平成29年５月"
    H30_05 = "平成30年５月"


#: The edition the form models follow, in which every item reads as its ``label``.
CURRENT = Version.H30_05

#: The current edition's date, as its mark prints it.
EDITION = CURRENT.value

#: 様式 number of each form: 基礎 様式2, 重点 様式3, 全項目 様式4.
_NUMBERS = {"kiso": "２", "juten": "３", "zenkomoku": "４"}

_ORDER = {version: number for number, version in enumerate(Version)}


#: Ⅰ 担当部署 ②: editions before 平成30年5月 ask for the head's name, 「②所属長」 (基礎
#: 平成26年4月: 赤磐市, 尼崎市; 全項目: 堺市's rows 「I 7 ②所属長」 of 平成28年; 重点: inferred
#: from 藤沢市's row of 平成31年2月1日, 「評価書の様式変更に伴う記載の変更」).
HEAD_NAME: tuple[tuple[str, str], ...] = ((Version.H30_05.value, "所属長"),)

#: 全項目 Ⅵ-4: before 平成28年1月 the commission was the 特定個人情報保護委員会 (札幌市 prints
#: this wording, with the older name, in a document of 平成30年5月).
COMMISSION_APPROVAL: tuple[tuple[str, str], ...] = (
    (Version.H28_01.value, "特定個人情報保護委員会の承認【行政機関等のみ】"),
)
COMMISSION_REVIEW: tuple[tuple[str, str], ...] = (
    (Version.H28_01.value, "特定個人情報保護委員会による審査"),
)


@frozen
class Edition:
    """
    One edition of one form.

    Attributes:
        form: The form (``"kiso"``, ``"juten"``, ``"zenkomoku"``).
        version: The revision of the 様式.
        order: Its place among the form's editions, oldest first (1, 2, …).
        mark: The mark printed at the top right of the form.
        confirmed: Whether the mark is seen in a published copy (``editions.md`` [C]);
            ``False``: the edition is inferred, its mark unverified.
    """

    form: str
    version: Version
    order: int
    mark: str
    confirmed: bool = True

    @property
    def name(self) -> str:
        """
        The edition in messages: 「平成26年４月の様式２」.
        """
        return f"{self.version.value}の様式{_NUMBERS.get(self.form, '')}"


def _editions(form: str, *versions: tuple[Version, bool]) -> tuple[Edition, ...]:
    number = _NUMBERS[form]
    return tuple(
        Edition(form, version, order, f"[{version.value}　様式{number}]", confirmed)
        for order, (version, confirmed) in enumerate(versions, start=1)
    )


#: Every known edition of each form, oldest first; the last is the current one.
#: 重点 before 平成30年5月: its documents changed 所属長 to 所属長の役職名 in a 様式変更
#: (藤沢市, 平成31年), but no published copy with its mark was found.
EDITIONS: dict[str, tuple[Edition, ...]] = {
    "kiso": _editions(
        "kiso", (Version.H26_04, True), (Version.H29_05, True), (Version.H30_05, True)
    ),
    "juten": _editions("juten", (Version.H26_04, False), (Version.H30_05, True)),
    "zenkomoku": _editions(
        "zenkomoku", (Version.H26_04, True), (Version.H28_01, True), (Version.H30_05, True)
    ),
}

#: The mark of each form's current edition.
FORM_MARKS: dict[str, str] = {form: found[-1].mark for form, found in EDITIONS.items()}


def editions_of(form: str) -> tuple[Edition, ...]:
    """
    The editions of ``form``, oldest first (``()`` for an unknown form).
    """
    return EDITIONS.get(form, ())


def current_edition(form: str) -> Edition | None:
    """
    The current edition of ``form`` (``None`` for an unknown form).
    """
    found = editions_of(form)
    return found[-1] if found else None


def form_mark(form: str) -> str:
    """
    The 様式 mark of the current edition of ``form`` (``"juten"`` →
    ``[平成30年５月　様式３]``); ``""`` for an unknown form.
    """
    return FORM_MARKS.get(form, "")


def edition_of(form: str, version: Any) -> Edition | None:
    """
    The edition ``version`` of ``form``, or ``None`` when the form has no such edition.
    """
    return next((e for e in editions_of(form) if e.version == version), None)


def edition_by_mark(form: str, mark: str) -> Edition | None:
    """
    The edition of ``form`` that prints ``mark`` (``[平成26年４月　様式４]``), if any.
    """
    return next((e for e in editions_of(form) if e.mark == mark), None)


def document_edition(document: Any) -> Edition | None:
    """
    The edition a document is written on: its root's ``edition`` (the current edition
    when it declares none); ``None`` for a part of a document, an unknown form or an
    edition the form does not have (``pia check`` reports that).
    """
    form = code_of(type(document))
    if not form:
        return None
    version = getattr(document, "edition", CURRENT)
    return edition_of(form, version)


def document_mark(document: Any) -> str:
    """
    The 様式 mark a document prints: its edition's (``""`` for a form without editions
    or an edition its form does not have).
    """
    edition = document_edition(document)
    return edition.mark if edition is not None else ""


def has_item(item: Item, version: Version) -> bool:
    """
    Whether the edition ``version`` has the item (items without ``since`` are in all).
    """
    return not item.since or _ORDER[version] >= _ORDER[Version(item.since)]


def label_in(item: Item, version: Version) -> str:
    """
    The item's label in the edition ``version``: the label of the earliest of its
    ``older_labels`` whose edition is newer than ``version``, else its current ``label``.
    """
    for before, label in sorted(item.older_labels, key=lambda pair: _ORDER[Version(pair[0])]):
        if _ORDER[version] < _ORDER[Version(before)]:
            return label
    return item.label


def edition_view(document: Any) -> Any:
    """
    For the walker: a function from an item to the item as ``document``'s edition prints
    it (``None``: the edition lacks it), or ``None`` when the document reads as the
    current edition (a part of a document, a document of the current edition).
    """
    edition = document_edition(document)
    if edition is None or edition == current_edition(edition.form):
        return None
    version = edition.version

    def view(item: Item) -> Item | None:
        if not has_item(item, version):
            return None
        label = label_in(item, version)
        return item if label == item.label else evolve(item, label=label)

    return view
