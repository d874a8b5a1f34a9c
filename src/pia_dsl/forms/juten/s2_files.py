"""
Ⅱ　特定個人情報ファイルの概要 of the 重点項目評価書.

Source: ``form-jyuten.md`` §1.3.  ※ items: ①ファイルの種類, ③対象となる本人の範囲, 主な記録項目,
①入手元, ③使用目的, 委託の有無, ④再委託の有無 (in every 委託事項) and 保管場所.

Rows printed under a numbered row without a number of their own (その必要性, 主な記録項目,
その妥当性, 全ての記録項目 under ③/④, 情報の突合 under ⑤) are sibling fields with number ``""``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from attrs import field, frozen

from ...meta import group, item
from ...options import Checks
from ..choices import (
    AcquisitionMethod,
    Consigning,
    FileKind,
    HandlerCount,
    PersonCount,
    Reconsigning,
    RecordCategory,
    RecordItemCount,
    Source,
)
from ..common import ProvisionSection

__all__ = [
    "FocusedAcquisition",
    "FocusedConsignment",
    "FocusedConsignmentSection",
    "FocusedFileBasics",
    "FocusedFileOverview",
    "FocusedReconsignment",
    "FocusedStorage",
    "FocusedUsers",
]


@frozen(kw_only=True)
class FocusedFileBasics:
    """
    ２．基本情報 (Ⅱ-2).
    """

    file_kind: FileKind | None = field(
        default=None, metadata=item("①", "ファイルの種類", star=True)
    )
    """様式: ①ファイルの種類　※ — 重要な変更の対象 (Ⅱ-２-① in 重点項目評価書)"""
    #: O-04 (five bands up to 1,000万人以上), a different scale from Ⅰ-1③対象人数.
    person_count: PersonCount | None = field(default=None, metadata=item("②", "対象となる本人の数"))
    """様式: ②対象となる本人の数 — ※なし (Ⅱ-２-② in 重点項目評価書)"""
    person_scope: str = field(default="", metadata=item("③", "対象となる本人の範囲", star=True))
    """様式: ③対象となる本人の範囲　※ — 重要な変更の対象 (Ⅱ-２-③ in 重点項目評価書)"""
    #: Newer edition only (seen in 熊谷市's 2025 document, S3): a sub-row of ③ without ※.
    #: The older edition (藤沢市, S1) has no such row; leave it empty there.
    necessity: str = field(default="", metadata=item("", "その必要性", required=False))
    """様式: その必要性 — ※なし (Ⅱ-２ in 重点項目評価書)"""
    record_count: RecordItemCount | None = field(default=None, metadata=item("④", "記録される項目"))
    """様式: ④記録される項目 — ※なし (Ⅱ-２-④ in 重点項目評価書)"""
    #: Three captions (・識別情報, ・連絡先等情報, ・業務関係情報); the older edition prints
    #: 「4情報（…）」, the newer 「5情報（氏名、氏名の振り仮名、…）」 (``RecordCategory``).
    main_records: Checks[RecordCategory] = field(
        factory=Checks, metadata=item("", "主な記録項目", star=True)
    )
    """様式: 主な記録項目　※ — 重要な変更の対象 (Ⅱ-２ in 重点項目評価書)"""
    records_validity: str = field(default="", metadata=item("", "その妥当性"))
    """様式: その妥当性 — ※なし (Ⅱ-２ in 重点項目評価書)"""
    #: Conventionally 「別添１を参照。」.
    all_records: str = field(default="", metadata=item("", "全ての記録項目"))
    """様式: 全ての記録項目 — ※なし (Ⅱ-２ in 重点項目評価書)"""
    holding_start: date | None = field(default=None, metadata=item("⑤", "保有開始日"))
    """様式: ⑤保有開始日 — ※なし (Ⅱ-２-⑤ in 重点項目評価書)"""
    department: str = field(default="", metadata=item("⑥", "事務担当部署"))
    """様式: ⑥事務担当部署 — ※なし (Ⅱ-２-⑥ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedUsers:
    """
    ④使用の主体 (Ⅱ-3-④): a heading with two sub-rows.  使用部署 has no ※ in this form.
    """

    departments: str = field(default="", metadata=item("", "使用部署"))
    """様式: 使用部署 — ※なし (Ⅱ-３-④ in 重点項目評価書)"""
    user_count: HandlerCount | None = field(default=None, metadata=item("", "使用者数"))
    """様式: 使用者数 — ※なし (Ⅱ-３-④ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedAcquisition:
    """
    ３．特定個人情報の入手・使用 (Ⅱ-3).  The 重点 form has no 統計分析 or
    権利利益に影響を与え得る決定 rows.
    """

    sources: Checks[Source] = field(factory=Checks, metadata=item("①", "入手元", star=True))
    """様式: ①入手元　※ — 重要な変更の対象 (Ⅱ-３-① in 重点項目評価書)"""
    methods: Checks[AcquisitionMethod] = field(factory=Checks, metadata=item("②", "入手方法"))
    """様式: ②入手方法 — ※なし (Ⅱ-３-② in 重点項目評価書)"""
    purpose: str = field(default="", metadata=item("③", "使用目的", star=True))
    """様式: ③使用目的　※ — 重要な変更の対象 (Ⅱ-３-③ in 重点項目評価書)"""
    users: FocusedUsers = field(factory=FocusedUsers, metadata=item("④", "使用の主体"))
    """様式: ④使用の主体 — ※なし (Ⅱ-３-④ in 重点項目評価書)"""
    usage: str = field(default="", metadata=item("⑤", "使用方法"))
    """様式: ⑤使用方法 — ※なし (Ⅱ-３-⑤ in 重点項目評価書)"""
    matching: str = field(default="", metadata=item("", "情報の突合"))
    """様式: 情報の突合 — ※なし (Ⅱ-３ in 重点項目評価書)"""
    usage_start: date | None = field(default=None, metadata=item("⑥", "使用開始日"))
    """様式: ⑥使用開始日 — ※なし (Ⅱ-３-⑥ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedReconsignment:
    """
    再委託 (rows ④～⑥ of a 委託事項).  「再委託しない」 empties ⑤ and ⑥.
    """

    status: Reconsigning | None = field(default=None, metadata=item("④", "再委託の有無", star=True))
    """様式: ④再委託の有無　※ — 重要な変更の対象 (Ⅱ-４-委託事項n-④ in 重点項目評価書)"""
    permission: str = field(default="", metadata=item("⑤", "再委託の許諾方法"))
    """様式: ⑤再委託の許諾方法 — ※なし (Ⅱ-４-委託事項n-⑤ in 重点項目評価書)"""
    matters: str = field(default="", metadata=item("⑥", "再委託事項"))
    """様式: ⑥再委託事項 — ※なし (Ⅱ-４-委託事項n-⑥ in 重点項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.status is Reconsigning.NO:
            return {"permission": Reconsigning.NO.value, "matters": Reconsigning.NO.value}
        return {}


@frozen(kw_only=True)
class FocusedConsignment:
    """
    委託事項n (Ⅱ-4): one consigned task.

    ``name`` is the title cell of the member's header row (委託事項1　<name>), attested in
    熊谷市's document (S3) and the 全項目 sibling (``form-jyuten.md`` §1.3, note).
    """

    key: str
    name: str = field(default="", metadata=item("", "委託事項名", title=True, required=False))
    """様式: 委託事項名 — ※なし (Ⅱ-４-委託事項n in 重点項目評価書)"""
    content: str = field(default="", metadata=item("①", "委託内容"))
    """様式: ①委託内容 — ※なし (Ⅱ-４-委託事項n-① in 重点項目評価書)"""
    handler_count: HandlerCount | None = field(
        default=None, metadata=item("②", "委託先における取扱者数")
    )
    """様式: ②委託先における取扱者数 — ※なし (Ⅱ-４-委託事項n-② in 重点項目評価書)"""
    contractor: str = field(default="", metadata=item("③", "委託先名"))
    """様式: ③委託先名 — ※なし (Ⅱ-４-委託事項n-③ in 重点項目評価書)"""
    reconsignment: FocusedReconsignment = field(
        factory=FocusedReconsignment, metadata=item("", "再委託")
    )
    """様式: 再委託 — ※なし (Ⅱ-４-委託事項n in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedConsignmentSection:
    """
    ４．特定個人情報ファイルの取扱いの委託 (Ⅱ-4).  The （ ）件 count is the number of
    委託事項; 「委託しない」 empties them (and is mirrored by the Ⅲ-4 switch).
    """

    status: Consigning | None = field(default=None, metadata=item("", "委託の有無", star=True))
    """様式: 委託の有無　※ — 重要な変更の対象 (Ⅱ-４ in 重点項目評価書)"""
    items: tuple[FocusedConsignment, ...] = field(
        default=(), metadata=group("", "委託事項", member="委託事項", max_count=20)
    )
    """様式: 委託事項 — ※なし (Ⅱ-４ in 重点項目評価書)"""

    def switched_off(self) -> Mapping[str, str]:
        if self.status is Consigning.NO:
            return {"items": Consigning.NO.value}
        return {}


@frozen(kw_only=True)
class FocusedStorage:
    """
    ６．特定個人情報の保管・消去 (Ⅱ-6).  保管場所 is the only row of this form (no 保管期間 or
    消去方法 rows; authors write 【消去方法】 inside it).
    """

    location: str = field(default="", metadata=item("", "保管場所", star=True))
    """様式: 保管場所　※ — 重要な変更の対象 (Ⅱ-６ in 重点項目評価書)"""


@frozen(kw_only=True)
class FocusedFileOverview:
    """
    Ⅱ　特定個人情報ファイルの概要.
    """

    file_name: str = field(default="", metadata=item("１．", "特定個人情報ファイル名"))
    """様式: １．特定個人情報ファイル名 — ※なし (Ⅱ-１ in 重点項目評価書)"""
    basics: FocusedFileBasics = field(factory=FocusedFileBasics, metadata=item("２．", "基本情報"))
    """様式: ２．基本情報 — ※なし (Ⅱ-２ in 重点項目評価書)"""
    acquisition: FocusedAcquisition = field(
        factory=FocusedAcquisition, metadata=item("３．", "特定個人情報の入手・使用")
    )
    """様式: ３．特定個人情報の入手・使用 — ※なし (Ⅱ-３ in 重点項目評価書)"""
    consignment: FocusedConsignmentSection = field(
        factory=FocusedConsignmentSection,
        metadata=item("４．", "特定個人情報ファイルの取扱いの委託"),
    )
    """様式: ４．特定個人情報ファイルの取扱いの委託 — ※なし (Ⅱ-４ in 重点項目評価書)"""
    provision: ProvisionSection = field(
        factory=ProvisionSection,
        metadata=item("５．", "特定個人情報の提供・移転（委託に伴うものを除く。）"),
    )
    """様式: ５．特定個人情報の提供・移転（委託に伴うものを除く。） — ※なし (Ⅱ-５ in 重点項目評価書)"""
    storage: FocusedStorage = field(
        factory=FocusedStorage, metadata=item("６．", "特定個人情報の保管・消去")
    )
    """様式: ６．特定個人情報の保管・消去 — ※なし (Ⅱ-６ in 重点項目評価書)"""
    remarks: str = field(default="", metadata=item("７．", "備考", required=False))
    """様式: ７．備考 — ※なし (Ⅱ-７ in 重点項目評価書)"""
