"""
Parts printed alike on several forms: the 表紙 (基礎, 重点), 担当部署, 情報連携, 個人番号の利用,
監査, 教育・啓発, 問合せ, systems, 提供先, 移転先, risk measures, the rows that recur in the risk
blocks, and the 変更箇所 rows.  ``docs/glossary.md`` names every shared item.

Every class is frozen and keyword-only; every form item carries its official number and
label in its field metadata (:func:`pia_dsl.meta.item`).  Members of repeated groups
carry a stable ``key`` chosen by the author (it never prints; it lets a diff tell an
inserted member from a changed one).

A class lives here only when the forms print it alike: the same rows, numbers, labels
and ※ marks (``form-jyuten.md``, ``form-zenkomoku.md``).  The rows that recur inside the
risk blocks of Ⅲ (その他の措置の内容, リスクへの対策は十分か, the closing
「…その他のリスク及びそのリスクに対する措置」 and the part headings Ⅲ-1 to Ⅲ-7) are
written once here; fields take their metadata from :func:`risk_part` and the ``*_item``
helpers.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from attrs import field, frozen

from ..meta import group, item
from ..options import Checks
from .choices import (
    Audit,
    Connection,
    Effort,
    Linkage,
    PersonCount,
    ProvisionMethod,
    ProvisionStatus,
    Sufficiency,
    TransferMethod,
)
from .editions import HEAD_NAME

__all__ = [
    "INCIDENT_LABEL",
    "OTHER_MEASURES",
    "OTHER_RISKS",
    "RISK_PARTS",
    "SUFFICIENCY",
    "AuditSection",
    "ChangeRow",
    "Cover",
    "Department",
    "Inquiry",
    "NetworkLinkage",
    "NumberUse",
    "Provision",
    "ProvisionSection",
    "RiskMeasure",
    "RiskPart",
    "System",
    "Timing",
    "Training",
    "Transfer",
    "other_measures_item",
    "other_risks_item",
    "risk_part",
    "sufficiency_item",
    "systems_group",
]


# ---------------------------------------------------------------------------
# Parts printed alike on several forms: 表紙, 担当部署, 情報連携, 監査, 教育・啓発
# ---------------------------------------------------------------------------


@frozen(kw_only=True)
class Cover:
    """
    表紙 of the 基礎項目評価書 and the 重点項目評価書: 評価書番号, 評価書名, 宣言, 特記事項,
    評価実施機関名, 公表日 (the 全項目評価書 adds 承認日: ``FullCover``).  The printed title and
    the 項目一覧 are fixed text, not fields.
    """

    number: str = field(default="", metadata=item("", "評価書番号"))
    """様式: 評価書番号 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""
    title: str = field(default="", metadata=item("", "評価書名"))
    """様式: 評価書名 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""
    declaration: str = field(
        default="", metadata=item("", "個人のプライバシー等の権利利益の保護の宣言")
    )
    """様式: 個人のプライバシー等の権利利益の保護の宣言 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""
    notes: str = field(default="", metadata=item("", "特記事項", required=False))
    """様式: 特記事項 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""
    agency: str = field(default="", metadata=item("", "評価実施機関名"))
    """様式: 評価実施機関名 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""
    #: Empty while the assessment is a draft; the form prints it once published.
    published: date | None = field(default=None, metadata=item("", "公表日", required=False))
    """様式: 公表日 — ※なし (表紙 in 重点項目評価書; 表紙 in 基礎項目評価書)"""


@frozen(kw_only=True)
class Department:
    """
    評価実施機関における担当部署 (基礎 Ⅰ-5, 重点 Ⅰ-6, 全項目 Ⅰ-7).
    """

    name: str = field(default="", metadata=item("①", "部署"))
    """様式: ①部署 — ※なし"""
    #: A job title (子育て給付課長), not a person's name: the editions before 平成30年5月
    #: asked for the head's name here (「②所属長」, :data:`.editions.HEAD_NAME`).
    head: str = field(default="", metadata=item("②", "所属長の役職名", older_labels=HEAD_NAME))
    """様式: ②所属長の役職名 — ※なし"""


@frozen(kw_only=True)
class NetworkLinkage:
    """
    情報提供ネットワークシステムによる情報連携 (基礎 Ⅰ-4, 重点 Ⅰ-5 ※, 全項目 Ⅰ-6 ※; the ※
    is on the whole item).

    「実施しない」 empties ②法令上の根拠 (``form-jyuten.md`` §3, inferred).
    """

    status: Linkage | None = field(default=None, metadata=item("①", "実施の有無"))
    """様式: ①実施の有無"""
    legal_basis: str = field(default="", metadata=item("②", "法令上の根拠"))
    """様式: ②法令上の根拠"""

    def switched_off(self) -> Mapping[str, str]:
        if self.status is Linkage.NO:
            return {"legal_basis": Linkage.NO.value}
        return {}


@frozen(kw_only=True)
class AuditSection:
    """
    監査 as one row of checkboxes 実施の有無 (自己点検, 内部監査, 外部監査): 基礎 Ⅳ-9,
    重点 Ⅲ-8 (the 全項目評価書 asks per kind: ``FullAuditSection``).
    """

    status: Checks[Audit] = field(factory=Checks, metadata=item("", "実施の有無", required=False))
    """様式: 実施の有無 (Ⅲ-８ in 重点項目評価書; Ⅳ-９ in 基礎項目評価書)"""


@frozen(kw_only=True)
class Training:
    """
    従業者に対する教育・啓発 (重点 Ⅲ-9, 全項目 Ⅳ-2): the choice row repeats the heading's
    text, then 具体的な方法.
    """

    status: Effort | None = field(default=None, metadata=item("", "従業者に対する教育・啓発"))
    """様式: 従業者に対する教育・啓発 — 重要な変更の対象（上位の項目の※） (Ⅲ-９ in 重点項目評価書; Ⅳ-２ in 全項目評価書)"""
    method: str = field(default="", metadata=item("", "具体的な方法"))
    """様式: 具体的な方法 — 重要な変更の対象（上位の項目の※） (Ⅲ-９ in 重点項目評価書; Ⅳ-２ in 全項目評価書)"""


@frozen(kw_only=True)
class System:
    """
    システムn: a system used in the 事務 (Ⅰ-2).
    """

    key: str
    name: str = field(default="", metadata=item("①", "システムの名称"))
    """様式: ①システムの名称 — ※なし (Ⅰ-２-システムn-① in 重点項目評価書; Ⅰ-２-システムn-① in 全項目評価書)"""
    functions: str = field(default="", metadata=item("②", "システムの機能"))
    """様式: ②システムの機能 — ※なし (Ⅰ-２-システムn-② in 重点項目評価書; Ⅰ-２-システムn-② in 全項目評価書)"""
    connections: Checks[Connection] = field(
        factory=Checks, metadata=item("③", "他のシステムとの接続", none_allowed=True)
    )
    """様式: ③他のシステムとの接続 — ※なし (Ⅰ-２-システムn-③ in 重点項目評価書; Ⅰ-２-システムn-③ in 全項目評価書)"""


def systems_group() -> dict[str, Any]:
    """
    Metadata of ２．特定個人情報ファイルを取り扱う事務において使用するシステム (Ⅰ-2 of both
    forms): up to 20 :class:`System` members.
    """
    return group(
        "２．",
        "特定個人情報ファイルを取り扱う事務において使用するシステム",
        member="システム",
        max_count=20,
    )


@frozen(kw_only=True)
class NumberUse:
    """
    個人番号の利用　※: 法令上の根拠 (重点 Ⅰ-4, 全項目 Ⅰ-5); the whole item is ※.
    """

    legal_basis: str = field(default="", metadata=item("", "法令上の根拠"))
    """様式: 法令上の根拠"""


@frozen(kw_only=True)
class Provision:
    """
    提供先n: a recipient of 特定個人情報 outside the body (Ⅱ-5).
    """

    key: str
    name: str = field(default="", metadata=item("", "提供先名", title=True, required=False))
    """様式: 提供先名 — ※なし (Ⅱ-５-提供先n in 重点項目評価書; Ⅱ-ファイルn-５-提供先n in 全項目評価書)"""
    legal_basis: str = field(default="", metadata=item("①", "法令上の根拠"))
    """様式: ①法令上の根拠 — ※なし (Ⅱ-５-提供先n-① in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-① in 全項目評価書)"""
    purpose: str = field(default="", metadata=item("②", "提供先における用途"))
    """様式: ②提供先における用途 — ※なし (Ⅱ-５-提供先n-② in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-② in 全項目評価書)"""
    information: str = field(default="", metadata=item("③", "提供する情報"))
    """様式: ③提供する情報 — ※なし (Ⅱ-５-提供先n-③ in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-③ in 全項目評価書)"""
    person_count: PersonCount | None = field(
        default=None, metadata=item("④", "提供する情報の対象となる本人の数")
    )
    """様式: ④提供する情報の対象となる本人の数 — ※なし (Ⅱ-５-提供先n-④ in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-④ in 全項目評価書)"""
    person_scope: str = field(default="", metadata=item("⑤", "提供する情報の対象となる本人の範囲"))
    """様式: ⑤提供する情報の対象となる本人の範囲 — ※なし (Ⅱ-５-提供先n-⑤ in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-⑤ in 全項目評価書)"""
    methods: Checks[ProvisionMethod] = field(factory=Checks, metadata=item("⑥", "提供方法"))
    """様式: ⑥提供方法 — ※なし (Ⅱ-５-提供先n-⑥ in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-⑥ in 全項目評価書)"""
    timing: str = field(default="", metadata=item("⑦", "時期・頻度"))
    """様式: ⑦時期・頻度 — ※なし (Ⅱ-５-提供先n-⑦ in 重点項目評価書; Ⅱ-ファイルn-５-提供先n-⑦ in 全項目評価書)"""


@frozen(kw_only=True)
class Transfer:
    """
    移転先n: another department of the same body that receives 特定個人情報 (Ⅱ-5).
    """

    key: str
    name: str = field(default="", metadata=item("", "移転先名", title=True, required=False))
    """様式: 移転先名 — ※なし (Ⅱ-５-移転先n in 重点項目評価書; Ⅱ-ファイルn-５-移転先n in 全項目評価書)"""
    legal_basis: str = field(default="", metadata=item("①", "法令上の根拠"))
    """様式: ①法令上の根拠 — ※なし (Ⅱ-５-移転先n-① in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-① in 全項目評価書)"""
    purpose: str = field(default="", metadata=item("②", "移転先における用途"))
    """様式: ②移転先における用途 — ※なし (Ⅱ-５-移転先n-② in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-② in 全項目評価書)"""
    information: str = field(default="", metadata=item("③", "移転する情報"))
    """様式: ③移転する情報 — ※なし (Ⅱ-５-移転先n-③ in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-③ in 全項目評価書)"""
    person_count: PersonCount | None = field(
        default=None, metadata=item("④", "移転する情報の対象となる本人の数")
    )
    """様式: ④移転する情報の対象となる本人の数 — ※なし (Ⅱ-５-移転先n-④ in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-④ in 全項目評価書)"""
    person_scope: str = field(default="", metadata=item("⑤", "移転する情報の対象となる本人の範囲"))
    """様式: ⑤移転する情報の対象となる本人の範囲 — ※なし (Ⅱ-５-移転先n-⑤ in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-⑤ in 全項目評価書)"""
    methods: Checks[TransferMethod] = field(factory=Checks, metadata=item("⑥", "移転方法"))
    """様式: ⑥移転方法 — ※なし (Ⅱ-５-移転先n-⑥ in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-⑥ in 全項目評価書)"""
    timing: str = field(default="", metadata=item("⑦", "時期・頻度"))
    """様式: ⑦時期・頻度 — ※なし (Ⅱ-５-移転先n-⑦ in 重点項目評価書; Ⅱ-ファイルn-５-移転先n-⑦ in 全項目評価書)"""


@frozen(kw_only=True)
class ProvisionSection:
    """
    ５．特定個人情報の提供・移転（委託に伴うものを除く。） (Ⅱ-5; per file in the 全項目評価書).

    The two （ ）件 counts are the numbers of 提供先 and 移転先; 「行っていない」 empties both
    groups.
    """

    status: Checks[ProvisionStatus] = field(factory=Checks, metadata=item("", "提供・移転の有無"))
    """様式: 提供・移転の有無 — ※なし (Ⅱ-５ in 重点項目評価書; Ⅱ-ファイルn-５ in 全項目評価書)"""
    provisions: tuple[Provision, ...] = field(
        default=(), metadata=group("", "提供先", member="提供先", max_count=20)
    )
    """様式: 提供先 — ※なし (Ⅱ-５ in 重点項目評価書; Ⅱ-ファイルn-５ in 全項目評価書)"""
    transfers: tuple[Transfer, ...] = field(
        default=(), metadata=group("", "移転先", member="移転先", max_count=20)
    )
    """様式: 移転先 — ※なし (Ⅱ-５ in 重点項目評価書; Ⅱ-ファイルn-５ in 全項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        """
        「行っていない」 empties the 提供先 and 移転先.
        """
        if ProvisionStatus.NONE in self.status:
            text = ProvisionStatus.NONE.value
            return {"provisions": text, "transfers": text}
        return {}


# ---------------------------------------------------------------------------
# Rows of the risk blocks of Ⅲ
# ---------------------------------------------------------------------------

#: The text row near the end of a risk block.
OTHER_MEASURES = "その他の措置の内容"

#: The closing choice of a risk block (＜選択肢＞ 特に力を入れている / 十分である / 課題が残されている).
SUFFICIENCY = "リスクへの対策は十分か"

#: 重点 Ⅲ-7②, 全項目 Ⅲ-7 リスク１⑨: the only question of Ⅲ outside the ※.
INCIDENT_LABEL = "過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか"

#: The number of a part of Ⅲ; both forms number Ⅲ-1 to Ⅲ-7 alike.
RiskPart = Literal["１．", "２．", "３．", "４．", "５．", "６．", "７．"]

#: The headings of Ⅲ-1 to Ⅲ-7, the same on both forms.  S3/S0 of the 重点項目評価書 print a
#: space before the 「（」 of ２． (a line-wrap artefact); S1 and the closing row have none.
RISK_PARTS: Mapping[RiskPart, str] = {
    "１．": "特定個人情報ファイル名",
    "２．": "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）",
    "３．": "特定個人情報の使用",
    "４．": "特定個人情報ファイルの取扱いの委託",
    "５．": "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）",
    "６．": "情報提供ネットワークシステムとの接続",
    "７．": "特定個人情報の保管・消去",
}

#: The closing row of Ⅲ-2 to Ⅲ-7, the same on both forms.  The older 重点 edition (藤沢市,
#: S1) prints ２．and ３．as 「…における他のリスク及び…」; the model keeps the newer wording.
OTHER_RISKS: Mapping[RiskPart, str] = {
    "２．": "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置",
    "３．": "特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置",
    "４．": "特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置",
    "５．": "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置",
    "６．": "情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置",
    "７．": "特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
}


def risk_part(number: RiskPart) -> dict[str, Any]:
    """
    Field metadata for the part ``number`` of Ⅲ: ``field(metadata=risk_part("２．"))``.
    """
    return item(number, RISK_PARTS[number])


def other_measures_item() -> dict[str, Any]:
    """
    Metadata of the optional row その他の措置の内容 of a risk block:
    ``other: str = field(default="", metadata=other_measures_item())``.
    """
    return item("", OTHER_MEASURES, required=False)


def sufficiency_item() -> dict[str, Any]:
    """
    Metadata of the row リスクへの対策は十分か of a risk block:
    ``sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())``.
    """
    return item("", SUFFICIENCY)


def other_risks_item(number: RiskPart) -> dict[str, Any]:
    """
    Metadata of the optional closing row 「…におけるその他のリスク及びそのリスクに対する措置」
    of the part ``number`` of Ⅲ.
    """
    return item("", OTHER_RISKS[number], required=False)


@frozen(kw_only=True)
class RiskMeasure:
    """
    The common risk block: リスクに対する措置の内容 and リスクへの対策は十分か.
    """

    measures: str = field(default="", metadata=item("", "リスクに対する措置の内容"))
    """様式: リスクに対する措置の内容 — 重要な変更の対象（上位の項目の※）"""
    sufficiency: Sufficiency | None = field(default=None, metadata=sufficiency_item())
    """様式: リスクへの対策は十分か — 重要な変更の対象（上位の項目の※）"""


# ---------------------------------------------------------------------------
# Ⅳ/Ⅴ 開示請求、問合せ
# ---------------------------------------------------------------------------


@frozen(kw_only=True)
class Inquiry:
    """
    ２．特定個人情報ファイルの取扱いに関する問合せ (重点 Ⅳ-2, 全項目 Ⅴ-2).
    """

    contact: str = field(default="", metadata=item("①", "連絡先"))
    """様式: ①連絡先 — ※なし (Ⅳ-２-① in 重点項目評価書; Ⅴ-２-① in 全項目評価書)"""
    handling: str = field(default="", metadata=item("②", "対応方法"))
    """様式: ②対応方法 — ※なし (Ⅳ-２-② in 重点項目評価書; Ⅴ-２-② in 全項目評価書)"""


# ---------------------------------------------------------------------------
# 変更箇所
# ---------------------------------------------------------------------------


class Timing(enum.Enum):
    """
    提出時期 of a 変更箇所 row.
    """

    BEFORE = "事前"
    AFTER = "事後"


@frozen(kw_only=True)
class ChangeRow:
    """
    One row of the (別添) 変更箇所 table: 変更日, 項目, 変更前の記載, 変更後の記載, 提出時期,
    提出時期に係る説明.  Rows written before the project are data in the module (``history``);
    later rows are computed from git.
    """

    #: ``None`` only for a row computed for a draft whose 公表日 is not decided yet
    #: (printed blank); carried-over and published rows always have a date.
    date: date | None
    item: str
    before: str
    after: str
    #: ``None`` only for a carried-over row whose published document left 提出時期 blank;
    #: computed rows always have a timing.
    timing: Timing | None
    explanation: str = ""

    @property
    def timing_text(self) -> str:
        """
        提出時期 as printed: 「事前」, 「事後」 or blank.
        """
        return self.timing.value if self.timing else ""
