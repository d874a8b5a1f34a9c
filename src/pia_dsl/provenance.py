"""
Provenance of a transcribed assessment: what the source does not say, or says only in part.

A module transcribed from a published document (a PDF, its extracted text) declares, next
to ``assessment``/``documents``, how far each uncertain item can be trusted::

    from pia_dsl.provenance import Absent, Blank, PartlyLost, Reconstructed

    provenance = {
        "s1": Absent("原本は Ⅲ のみ（Ⅰ・Ⅱ・Ⅳ・Ⅴ は書き起こしていない）"),
        "s2.basics.main_records": PartlyLost("6つのチェックのうち1つが判読できない"),
        "s3.acquisition.risk.sufficiency": Reconstructed("○の位置から復元"),
        "s4.inquiry.handling": Blank("原本でも空欄"),
    }

Each key is an attribute path as ``pia paths`` lists it (``s2.files[pension].storage``),
a whole section (``"s1"``) or part (``"s2.provision"``) covering everything below it.  In a
module with ``documents``, qualify the key with the form: ``"kiso:s1.file_names"``,
``"zenkomoku:s1.file_names"`` (an unqualified key that exists in several documents is an
error, so that one declaration never silently covers two documents).

The four kinds (:mod:`pia_dsl.validate.gaps` applies them):

* :class:`Absent` — not in the source at all.  Leave the item empty: every finding it
  causes (未記入, an empty group, a required choice …) becomes a warning; a value written
  there anyway is an error, since it would print as fact.
* :class:`PartlyLost` — part of the value is lost (a table of an annex, one tick of six):
  write what is known; its findings become warnings.
* :class:`Reconstructed` — the value is written but inferred (ticks placed from where
  the ○ marks fell): findings stay as they are; ``pia check --show-gaps`` lists it.
* :class:`Blank` — the source itself leaves the item blank: its 未記入 becomes a warning.

``known_gaps`` (path → reason) is the older form of :class:`PartlyLost` limited to
未記入; it keeps working and is deprecated.
"""

from __future__ import annotations

import enum

from attrs import frozen

__all__ = [
    "KIND_NAMES",
    "UNKNOWN",
    "Absent",
    "Blank",
    "Declaration",
    "PartlyLost",
    "Reconstructed",
    "Unknown",
]


class Unknown(enum.Enum):
    """
    A fact that a transcription cannot know (the 計数 date of a 基礎項目評価書 derived from
    a 重点), written ``UNKNOWN`` instead of an invented value: printed blank, reported as a
    warning by ``pia check``.
    """

    UNKNOWN = "不明"


#: The one :class:`Unknown` value: ``BasicAnswers(persons_counted_on=UNKNOWN, …)``.
UNKNOWN = Unknown.UNKNOWN


@frozen
class Absent:
    """
    The item (or section) is not in the source: left empty, printed blank.
    """

    reason: str


@frozen
class PartlyLost:
    """
    Part of the item's value is lost in the source; what is known is written.
    """

    reason: str


@frozen
class Reconstructed:
    """
    The item's value is written but reconstructed or uncertain.
    """

    reason: str


@frozen
class Blank:
    """
    The source itself leaves the item blank.
    """

    reason: str


Declaration = Absent | PartlyLost | Reconstructed | Blank

#: Each kind's name as reports print it.
KIND_NAMES: dict[type, str] = {
    Absent: "原本になし",
    PartlyLost: "一部欠落",
    Reconstructed: "復元・不確か",
    Blank: "原本でも空欄",
}
