"""
Building blocks for ＜選択肢＞ lists and checkbox groups.

* A single choice is a plain :class:`enum.Enum` whose values are the official option
  texts, e.g. ``Sufficiency.SUFFICIENT.value == "十分である"``.  Fields are typed
  ``Sufficiency | None``; ``None`` is 未選択 (printed ``[ ]``).
* A checkbox option list subclasses :class:`CheckOption`; a member declared with
  ``("その他", True)`` has a free-text slot printed ``その他（ … ）``.
* A checkbox group is a :class:`Checks` value: the ticked options, in form order, each
  with its slot text.  Build one with :func:`checks`.
* An unticked option may still carry slot text, as real documents print
  ``[ 　] その他（ なし ）``: :func:`unticked` inside :func:`checks`.  A group where the
  form allows no tick (他のシステムとの接続) is explicitly empty with :func:`no_ticks`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Generic, Self, TypeVar

from attrs import field, frozen

__all__ = ["CheckOption", "Checks", "Unticked", "checks", "no_ticks", "option_number", "unticked"]


class CheckOption(Enum):
    """
    Base class of checkbox option lists.  The value is the printed option text.

    Members declared as ``OTHER = ("その他", True)`` carry a free-text slot.
    """

    _value_: str
    has_slot: bool

    def __new__(cls, text: str, has_slot: bool = False) -> Self:
        obj = object.__new__(cls)
        obj._value_ = text
        obj.has_slot = has_slot
        return obj


E = TypeVar("E", bound=CheckOption)


def _canonical(entries: Iterable[tuple[E, str]]) -> tuple[tuple[E, str], ...]:
    merged: dict[E, str] = {}
    for option, text in entries:
        merged[option] = text
    if not merged:
        return ()
    order = {member: index for index, member in enumerate(type(next(iter(merged))))}
    return tuple(sorted(merged.items(), key=lambda pair: order[pair[0]]))


@frozen
class Checks(Generic[E]):
    """
    A checkbox group: the ticked options, in the form's order, each with its slot text.

    ``entries`` is canonical (form order, one entry per option), so two groups with the
    same ticks compare equal however they were written.
    """

    entries: tuple[tuple[E, str], ...] = field(default=(), converter=_canonical)
    #: Slot texts printed next to unticked options (``[ 　] その他（ なし ）``).
    unticked: tuple[tuple[E, str], ...] = field(default=(), converter=_canonical)
    #: The author states that nothing is ticked (``no_ticks()``), so the group is answered.
    none_ticked: bool = False

    def __attrs_post_init__(self) -> None:
        # Canonical: the flag is kept only where nothing else says the group is answered.
        if self.none_ticked and (self.entries or self.unticked):
            object.__setattr__(self, "none_ticked", False)

    @property
    def stated_empty(self) -> bool:
        """
        Whether the group is answered with no tick: :func:`no_ticks`, or only unticked
        slot texts.
        """
        return not self.entries and (self.none_ticked or bool(self.unticked))

    @property
    def ticked(self) -> frozenset[E]:
        """
        The ticked options.
        """
        return frozenset(option for option, _ in self.entries)

    def text(self, option: E) -> str:
        """
        The slot text of a ticked option (``""`` when it has none or is not ticked).
        """
        return dict(self.entries).get(option, "")

    def printed_text(self, option: E) -> str:
        """
        The slot text printed after ``option``: its ticked text, or the text written for
        it unticked.
        """
        if option in self:
            return self.text(option)
        return dict(self.unticked).get(option, "")

    def __contains__(self, option: object) -> bool:
        return any(option is ticked for ticked, _ in self.entries)

    def __iter__(self) -> Iterator[E]:
        return (option for option, _ in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)


@frozen
class Unticked(Generic[E]):
    """
    An unticked option with the slot text the document prints: :func:`unticked`.
    """

    option: E
    text: str


def unticked(option: E, text: str) -> Unticked[E]:
    """
    An option left unticked whose （ ） still holds text: ``[ 　] その他（ なし ）``::

        checks(Connection.ADDRESSEE, unticked(Connection.OTHER, "なし"))
    """
    return Unticked(option, text)


def _split(
    given: tuple[E | tuple[E, str] | Unticked[E], ...],
) -> tuple[tuple[tuple[E, str], ...], tuple[tuple[E, str], ...]]:
    ticked = tuple(
        t if isinstance(t, tuple) else (t, "") for t in given if not isinstance(t, Unticked)
    )
    blank = tuple((t.option, t.text) for t in given if isinstance(t, Unticked))
    return ticked, blank


def checks(*ticked: E | tuple[E, str] | Unticked[E]) -> Checks[E]:
    """
    A checkbox group from ticked options; give slot text as a pair, and the slot text of
    an unticked option with :func:`unticked`::

        checks(Source.PERSON, (Source.OTHER_DEPARTMENT, "市民税課、生活援護課"))
        checks(Connection.ADDRESSEE, unticked(Connection.OTHER, "なし"))
    """
    entries, blank = _split(ticked)
    return Checks(entries, blank)


def no_ticks(*blank: Unticked[E]) -> Checks[E]:
    """
    A group answered with no tick, where the form allows it (a system with no other
    connection), optionally with unticked slot texts: ``no_ticks(unticked(Connection.OTHER, "なし"))``.
    """
    return Checks((), tuple((b.option, b.text) for b in blank), none_ticked=True)


def option_number(option: Enum) -> int:
    """
    The 1-based number printed before an option in ＜選択肢＞ (``1） 十分である``).
    """
    return list(type(option)).index(option) + 1
