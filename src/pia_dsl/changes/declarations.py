"""
Declared reasons and overrides for the 変更箇所 of a publication, reviewable in the repo.

An assessment module may define a module-level ``revisions``, one :class:`Revision` per
publication (matched by its 公表日)::

    from pia_dsl.changes import Override, Revision
    from pia_dsl.forms import Timing

    revisions = (
        Revision(
            published=wareki("令和8年4月1日"),
            reasons={"s2.usage.departments": "組織改正に伴う名称変更のため、重要な変更に当たらない。"},
            default_reason="令和8年度の記載の見直しのため。",
            overrides=(
                Override(
                    item="Ⅲ-7",
                    timing=Timing.AFTER,
                    reason="誤字の修正であり、重要な変更に該当しない。",
                ),
            ),
        ),
    )

An item is addressed by its attribute path (``s2.usage.departments``; members as
``[key]``; a group path covers every change below it) or by its official path (``Ⅱ-3-④``,
``Ⅱ-3-④ 使用部署``, or either 項目 text; a number path covers the items below it).
Official paths are compared after NFKC normalisation, without spaces.

提出時期 and explanation are resolved independently.  提出時期: the most specific override
that sets a ``timing``, else the publication's ``timing`` (a whole 再評価 declared 事前 or
事後 at once), else the default by class (:mod:`pia_dsl.changes.timing`).  Explanation: the
most specific override that gives a ``reason``, else the most specific ``reasons`` entry,
else ``default_reason``, else the default for the resolved 提出時期.  ``pia changes --check``
fails when a ※ change has no declared reason, or when a declaration matches no change.

A ``Revision`` without ``published`` holds the declarations of the coming publication (the
draft): it needs no date until the 公表日 is known, and ``pia publish`` stores it, dated,
in the snapshot.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import ModuleType
from typing import Any

from attrs import evolve, field, frozen

from ..errors import AssessmentLoadError
from ..forms.common import ChangeRow, Timing
from ..wareki import format_wareki, parse_wareki
from .renames import renamed_hint
from .rows import Change, Style
from .styles import RowStyles, styles_from_data, styles_to_data
from .timing import default_explanation, default_timing

__all__ = [
    "Declared",
    "Outcome",
    "Override",
    "Revision",
    "apply",
    "find_revision",
    "matches",
    "revision_from_data",
    "revision_to_data",
    "revisions_of",
    "specificity",
]


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return dict(value)


@frozen(kw_only=True)
class Override:
    """
    Replace the 提出時期 and/or the explanation of the changes to one item.

    Attributes:
        item: Attribute path or official path of the item (or of a group above it).
        reason: The 提出時期に係る説明; ``""`` keeps the one from ``reasons`` /
            ``default_reason`` (a ※ change still needs one of them).
        timing: The 提出時期 to use instead of the default, or ``None`` to keep it.
    """

    item: str
    reason: str = ""
    timing: Timing | None = None


@frozen(kw_only=True)
class Revision:
    """
    The declarations for one publication of an assessment.

    Attributes:
        published: The 公表日 of the publication these declarations belong to; ``None``
            for the coming publication (a draft whose 公表日 is not decided yet).
        timing: The 提出時期 of every change of the publication (a 再評価 submitted
            「事前」 as a whole), or ``None`` for the default by item; overrides win.
        reasons: 提出時期に係る説明 per item (attribute path or official path).
        default_reason: The explanation for every change not covered by ``reasons`` or
            ``overrides``.
        overrides: Items whose 提出時期 (or explanation) is set explicitly.
        form: For a module with several documents, the form these declarations are
            for (``"kiso"``, ``"juten"``, ``"zenkomoku"``); ``None`` for all.
        rows: How the rows of this publication are shaped (over the module's
            ``row_styles``; :mod:`pia_dsl.changes.styles`).
    """

    published: date | None = None
    timing: Timing | None = None
    reasons: Mapping[str, str] = field(factory=dict, converter=_frozen_mapping)
    default_reason: str = ""
    overrides: tuple[Override, ...] = ()
    form: str | None = None
    rows: RowStyles | None = None

    @property
    def label(self) -> str:
        """
        How messages name this revision: 「令和8年4月1日 公表」 or 「次の公表（公表日未定）」.
        """
        return (
            f"{format_wareki(self.published)} 公表" if self.published else "次の公表（公表日未定）"
        )

    def dated(self, published: date) -> Revision:
        """
        The same declarations for the publication of ``published``.
        """
        return evolve(self, published=published)

    def selectors(self) -> list[str]:
        """
        Every item this revision names, in declaration order.
        """
        return [*self.reasons, *(o.item for o in self.overrides)]


@frozen(kw_only=True)
class Declared:
    """
    A change with its 提出時期 and explanation resolved.

    Attributes:
        change: The change.
        row: The 変更箇所 row.
        declared: Whether a declaration (override, reason or default reason) covers it.
    """

    change: Change
    row: ChangeRow
    declared: bool


@frozen(kw_only=True)
class Outcome:
    """
    The rows of one publication and the problems ``--check`` reports.
    """

    declared: tuple[Declared, ...]
    problems: tuple[str, ...]

    @property
    def rows(self) -> list[ChangeRow]:
        return [d.row for d in self.declared]


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _specificity(selector: str, change: Change) -> int:
    """
    How closely ``selector`` names ``change``: 0 when it does not; else the depth of the
    node it names (doubled, plus one when it names the item itself), so the most
    specific declaration wins.
    """
    target = selector.strip()
    if not target:
        return 0
    itself = 2 * len(change.path) + 1
    dotted = change.dotted
    if dotted == target:
        return itself
    if dotted.startswith((f"{target}.", f"{target}[")):
        return 2 * (target.count(".") + target.count("[") + 1)
    wanted = _norm(target)
    if wanted in {
        _norm(change.official),
        _norm(change.code),
        _norm(change.long),
        _norm(change.short),
        _norm(_without_unnumbered(change.official)),
    }:
        return itself
    if _norm(change.code).startswith(f"{wanted}-"):
        return 2 * (wanted.count("-") + 1)
    return 0


def _without_unnumbered(official: str) -> str:
    """
    ``Ⅲ-７ リスク その他の措置の内容`` without its unnumbered caption: ``Ⅲ-７ その他の措置の内容``
    (numbered captions such as リスク１ stay: they tell two items apart).
    """
    parts = official.split(" ")
    if len(parts) <= 2:
        return official
    kept = [p for p in parts[1:-1] if re.search("[0-9０-９]", p)]
    return " ".join([parts[0], *kept, parts[-1]])


def _near(selector: str, changes: Sequence[Change]) -> str:
    """
    「近い項目」 for a declaration that matches no change: the nearest item names.
    """
    moved = renamed_hint(selector)
    if moved:
        return moved
    names = {_norm(c.official): c.official for c in changes}
    found = difflib.get_close_matches(_norm(selector), list(names), n=3, cutoff=0.5)
    return f" 近い項目: {'、'.join(f'「{names[n]}」' for n in found)}。" if found else ""


def specificity(selector: str, change: Change) -> int:
    """
    How closely ``selector`` names ``change`` (0: not at all; larger: more specific).
    """
    return _specificity(selector, change)


def matches(selector: str, change: Change) -> bool:
    """
    Whether a declaration's item selector addresses ``change``.
    """
    return _specificity(selector, change) > 0


def _best(selectors: Iterable[str], change: Change) -> str | None:
    ranked = [(score, s) for s in selectors if (score := _specificity(s, change)) > 0]
    return max(ranked, key=lambda pair: pair[0])[1] if ranked else None


def find_revision(
    revisions: Sequence[Revision], published: date | None, form: str, *, draft: bool = False
) -> Revision | None:
    """
    The declarations for the publication of ``published`` (and ``form``), if any; with
    ``draft``, an undated ``Revision`` (the coming publication) matches too.
    """
    for revision in revisions:
        if revision.form not in (None, form):
            continue
        if (published is not None and revision.published == published) or (
            draft and revision.published is None
        ):
            return revision
    return None


def apply(
    changes: Sequence[Change],
    *,
    on: date | None,
    revision: Revision | None,
    style: Style = "long",
) -> Outcome:
    """
    The 変更箇所 rows of ``changes`` dated ``on`` (``None``: a draft without 公表日, blank
    変更日), with declarations applied, and the problems ``--check`` reports (in Japanese).
    """
    timed = {o.item: o for o in revision.overrides if o.timing is not None} if revision else {}
    explained = {o.item: o for o in revision.overrides if o.reason.strip()} if revision else {}
    reasons = dict(revision.reasons) if revision else {}
    used: set[str] = set()
    declared: list[Declared] = []
    problems: list[str] = []
    where = (
        f"Revision(published={format_wareki(on)})" if on is not None else "Revision(published=None)"
    )
    for change in changes:
        timing = revision.timing if revision is not None and revision.timing else None
        if (timing_override := _best(timed, change)) is not None:
            used.add(timing_override)
            timing = timed[timing_override].timing
        timing = timing or default_timing(change)
        explanation, covered = default_explanation(change, timing), False
        if (reason_override := _best(explained, change)) is not None:
            used.add(reason_override)
            explanation, covered = explained[reason_override].reason, True
        elif (reason := _best(reasons, change)) is not None:
            used.add(reason)
            explanation, covered = reasons[reason], bool(reasons[reason].strip())
        elif revision is not None and revision.default_reason.strip():
            explanation, covered = revision.default_reason, True
        if change.star and not covered:
            problems.append(
                f"{change.official}: ※の項目（重要な変更の対象）の変更に理由が宣言されていません。"
                f"`revisions` の {where} に reasons、overrides または default_reason で"
                "理由（再実施したか、重要な変更に当たらない理由）を書いてください。"
            )
        row = ChangeRow(
            date=on,
            item=change.item(style),
            before=change.before,
            after=change.after,
            timing=timing,
            explanation=explanation,
        )
        declared.append(Declared(change=change, row=row, declared=covered))
    if revision is not None:
        for selector in revision.selectors():
            if selector not in used and not any(matches(selector, c) for c in changes):
                problems.append(
                    f"宣言「{selector}」（{revision.label}）に当たる変更がありません。"
                    "項目のパスを確認するか、宣言を削除してください。" + _near(selector, changes)
                )
    return Outcome(declared=tuple(declared), problems=tuple(problems))


def revisions_of(module: ModuleType, *, label: str) -> tuple[Revision, ...]:
    """
    The module-level ``revisions`` of an assessment module (``()`` when absent).

    Raises:
        AssessmentLoadError: ``revisions`` is not a sequence of :class:`Revision`, or two
            of them declare the same publication.
    """
    found: Any = getattr(module, "revisions", ())
    if not isinstance(found, tuple | list) or not all(isinstance(r, Revision) for r in found):
        msg = (
            f"{label}: `revisions` は Revision(...) のタプルで書いてください"
            "（from pia_dsl.changes import Revision, Override）。"
        )
        raise AssessmentLoadError(msg)
    seen: set[tuple[date | None, str | None]] = set()
    for revision in found:
        key = (revision.published, revision.form)
        if key in seen:
            msg = f"{label}: {revision.label}の Revision が複数あります。1つにまとめてください。"
            raise AssessmentLoadError(msg)
        seen.add(key)
    return tuple(found)


def revision_to_data(revision: Revision) -> dict[str, Any]:
    """
    Plain data for the cache.
    """
    return {
        "published": format_wareki(revision.published) if revision.published else None,
        "timing": revision.timing.value if revision.timing else None,
        "reasons": dict(revision.reasons),
        "default_reason": revision.default_reason,
        "overrides": [
            {"item": o.item, "reason": o.reason, "timing": o.timing.value if o.timing else None}
            for o in revision.overrides
        ],
        "form": revision.form,
        "rows": styles_to_data(revision.rows),
    }


def revision_from_data(data: Mapping[str, Any]) -> Revision:
    """
    The inverse of :func:`revision_to_data`.
    """
    published = parse_wareki(data["published"]) if data["published"] else None
    if published is not None and not isinstance(published, date):
        msg = f"公表日「{data['published']}」が日付ではありません。"
        raise ValueError(msg)
    return Revision(
        published=published,
        timing=Timing(data["timing"]) if data.get("timing") else None,
        reasons=data["reasons"],
        default_reason=data["default_reason"],
        overrides=tuple(
            Override(
                item=o["item"],
                reason=o["reason"],
                timing=Timing(o["timing"]) if o["timing"] else None,
            )
            for o in data["overrides"]
        ),
        form=data["form"],
        rows=styles_from_data(data.get("rows")),
    )
