"""
How the 変更箇所 rows are shaped, declared in the assessment module.

A module may define a module-level ``row_styles`` (for every publication), and a
:class:`~pia_dsl.changes.Revision` may carry ``rows=RowStyles(...)`` (for that
publication; its settings win over the module's)::

    from pia_dsl.changes import Group, RowStyle, RowStyles

    row_styles = RowStyles(
        default=RowStyle(checks="ticked", added=""),
        items={
            "s3.network.other_risks": RowStyle(text="blocks"),
            "Ⅲ-5": RowStyle(switched="summary", summary=("提供・移転しない", "リスク１～３を追加")),
        },
        groups=(Group(items=("s1.department.name", "s1.department.head")),),
        table="short",
    )

Per item (``items``, addressed like ``revisions``: attribute path or official path, the
most specific wins), then per publication, then per module, then the defaults below.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any, Literal

from attrs import field, fields, frozen

from ..errors import AssessmentLoadError

__all__ = [
    "DEFAULT_LONG_TEXT",
    "BlockUnit",
    "ChecksStyle",
    "Group",
    "RowStyle",
    "RowStyles",
    "SplitStyle",
    "SwitchStyle",
    "TextStyle",
    "merged",
    "styles_from_data",
    "styles_key",
    "styles_of",
    "styles_to_data",
]

TextStyle = Literal["auto", "whole", "blocks"]
BlockUnit = Literal["items", "lines"]
SplitStyle = Literal["runs", "blocks"]
ChecksStyle = Literal["changed", "ticked"]
SwitchStyle = Literal["items", "summary"]
TableStyle = Literal["long", "short"]

#: ``text="auto"``: a text whose longer version has more characters than this is quoted
#: by blocks, a shorter one whole.  The published rows quote whole cells of up to 543
#: characters (藤沢市 Ⅲ-6, 令和7年) and split cells from about 620 characters on
#: (藤沢市 Ⅲ-7, 令和3年; 堺市 Ⅲ-7 ⑨, 平成31年).
DEFAULT_LONG_TEXT = 600


def _one_of(*allowed: str) -> Any:
    """
    An attrs validator: ``None`` or one of ``allowed``, else a Japanese message.
    """

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value is not None and value not in allowed:
            options = "、".join(f"{a!r}" for a in allowed)
            msg = (
                f"{type(instance).__name__}({attribute.name}={value!r}): "
                f"{attribute.name} には {options} のいずれかを書いてください。"
            )
            raise AssessmentLoadError(msg)

    return check


@frozen(kw_only=True)
class RowStyle:
    """
    The shape of the rows of one item (every setting ``None`` = inherited).

    Attributes:
        text: ``"whole"`` quotes the whole text; ``"blocks"`` one row per run of changed
            blocks (:mod:`pia_dsl.changes.blocks`); ``"auto"`` (default) blocks when the
            text is longer than ``long_text`` characters.
        long_text: The threshold of ``"auto"`` (default :data:`DEFAULT_LONG_TEXT`).
        unit: What a block is: ``"items"`` (default: the rule of
            :mod:`pia_dsl.changes.blocks`) or ``"lines"`` (every printed line).
        headings: Whether a block row quotes the ＜…＞/【…】 headings above the blocks
            (default ``True``).
        split: ``"runs"`` (default) gives one row per run of changed blocks;
            ``"blocks"`` one row per changed block where a run replaces as many blocks as
            it had (three edited lines in a row → three rows, as 堺市 prints them).
        checks: ``"changed"`` (default) lists the options whose tick changed as
            ``[○]…`` / ``[　]…``; ``"ticked"`` the whole list of ticked options before and
            after, 「紙、電子記録媒体、その他（…）」.
        added: 変更前 of an added item or block (default 「（追加）」; ``""`` leaves it blank).
        switched: ``"items"`` (default) gives the switch row and one row per item the
            switch empties or fills; ``"summary"`` the switch row only.
        summary: 変更前 and 変更後 of the summary row (default: the switch row's texts).
        item: The 項目 text of the row, instead of the computed one (both styles).
    """

    text: TextStyle | None = field(default=None, validator=_one_of("auto", "whole", "blocks"))
    long_text: int | None = None
    unit: BlockUnit | None = field(default=None, validator=_one_of("items", "lines"))
    headings: bool | None = None
    split: SplitStyle | None = field(default=None, validator=_one_of("runs", "blocks"))
    checks: ChecksStyle | None = field(default=None, validator=_one_of("changed", "ticked"))
    added: str | None = None
    switched: SwitchStyle | None = field(default=None, validator=_one_of("items", "summary"))
    summary: tuple[str, str] | None = None
    item: str | None = None

    def over(self, base: RowStyle) -> RowStyle:
        """
        This style with the unset settings taken from ``base``.
        """
        values = {
            a.name: getattr(self, a.name)
            if getattr(self, a.name) is not None
            else getattr(base, a.name)
            for a in fields(RowStyle)
        }
        return RowStyle(**values)


@frozen(kw_only=True)
class Group:
    """
    Fields printed as one row (①② of one heading, a choice and its explanation, Ⅵ-3 ②③).

    Attributes:
        items: The fields (attribute or official paths), in the order they are joined.
        item: The 項目 text of the row (default: the heading the fields share).
        separator: What joins the fields' texts (default a line break).
    """

    items: tuple[str, ...]
    item: str | None = None
    separator: str = "\n"


def _mapping(value: Mapping[str, RowStyle]) -> Mapping[str, RowStyle]:
    return dict(value)


@frozen(kw_only=True)
class RowStyles:
    """
    The row styles of a module or of one publication.

    Attributes:
        default: The style of every row.
        items: Styles per item (attribute path or official path; a group path covers the
            items below it).
        groups: Fields printed as one row.
        table: 項目 style of the rendered 別添 (``"long"`` or ``"short"``; ``None``: long,
            or ``pia render --style``).
    """

    default: RowStyle = RowStyle()
    items: Mapping[str, RowStyle] = field(factory=dict, converter=_mapping)
    groups: tuple[Group, ...] = ()
    table: TableStyle | None = field(default=None, validator=_one_of("long", "short"))


def merged(module: RowStyles | None, publication: RowStyles | None) -> RowStyles:
    """
    The styles in effect for one publication: the publication's over the module's.
    """
    if module is None:
        return publication or RowStyles()
    if publication is None:
        return module
    return RowStyles(
        default=publication.default.over(module.default),
        items={
            **module.items,
            **{k: v.over(module.items.get(k, RowStyle())) for k, v in publication.items.items()},
        },
        groups=(*module.groups, *publication.groups),
        table=publication.table or module.table,
    )


def _style_data(style: RowStyle) -> dict[str, Any]:
    return {a.name: getattr(style, a.name) for a in fields(RowStyle)}


def styles_to_data(styles: RowStyles | None) -> dict[str, Any] | None:
    """
    Plain data for the cache (``None`` stays ``None``).
    """
    if styles is None:
        return None
    return {
        "default": _style_data(styles.default),
        "items": {k: _style_data(v) for k, v in sorted(styles.items.items())},
        "groups": [[list(g.items), g.item, g.separator] for g in styles.groups],
        "table": styles.table,
    }


def _style_from_data(data: Mapping[str, Any]) -> RowStyle:
    values = dict(data)
    if values.get("summary") is not None:
        values["summary"] = tuple(values["summary"])
    return RowStyle(**values)


def styles_from_data(data: Mapping[str, Any] | None) -> RowStyles | None:
    """
    The inverse of :func:`styles_to_data`.
    """
    if data is None:
        return None
    return RowStyles(
        default=_style_from_data(data["default"]),
        items={k: _style_from_data(v) for k, v in data["items"].items()},
        groups=tuple(Group(items=tuple(i), item=t, separator=sep) for i, t, sep in data["groups"]),
        table=data["table"],
    )


def styles_key(styles: RowStyles) -> str:
    """
    A stable text of ``styles`` (part of the cache key of computed changes).
    """
    return repr(styles_to_data(styles))


def styles_of(module: ModuleType, *, label: str) -> RowStyles | None:
    """
    The module-level ``row_styles`` of an assessment module (``None`` when absent).

    Raises:
        AssessmentLoadError: ``row_styles`` is not a :class:`RowStyles`.
    """
    found = getattr(module, "row_styles", None)
    if found is None or isinstance(found, RowStyles):
        return found
    msg = (
        f"{label}: `row_styles` は RowStyles(...) で書いてください"
        "（from pia_dsl.changes import RowStyles, RowStyle, Group）。"
    )
    raise AssessmentLoadError(msg)
