"""
Building blocks for ＜選択肢＞ lists and checkbox groups.

* A single choice is a plain :class:`enum.Enum` whose values are the official option
  texts, e.g. ``Sufficiency.SUFFICIENT.value == "十分である"``.  Fields are typed
  ``Sufficiency | None``; ``None`` is 未選択 (printed ``[ ]``).
* A checkbox option list subclasses :class:`CheckOption`; a member declared with
  ``("その他", True)`` has a free-text slot printed ``その他（ … ）``.
* A checkbox group is a :class:`Checks` value: the ticked options, in form order, each
  with its slot text.  Build one with :func:`checks`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import Enum
from typing import Generic, Self, TypeVar

from attrs import field, frozen

__all__ = ["CheckOption", "Checks", "checks", "option_number"]


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

    def __contains__(self, option: object) -> bool:
        return any(option is ticked for ticked, _ in self.entries)

    def __iter__(self) -> Iterator[E]:
        return (option for option, _ in self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)


def checks(*ticked: E | tuple[E, str]) -> Checks[E]:
    """
    A checkbox group from ticked options; give slot text as a pair::

        checks(Source.PERSON, (Source.OTHER_DEPARTMENT, "市民税課、生活援護課"))
    """
    return Checks(tuple(t if isinstance(t, tuple) else (t, "") for t in ticked))


def option_number(option: Enum) -> int:
    """
    The 1-based number printed before an option in ＜選択肢＞ (``1） 十分である``).
    """
    return list(type(option)).index(option) + 1
