"""
Ⅱ　特定個人情報ファイルの概要 and （別添２）特定個人情報ファイル記録項目 of the
全項目評価書, one block per 特定個人情報ファイル.

Ⅱ repeats for every file the 事務 handles (Ⅰ-3 names them all); each file carries a
stable ``key`` that Ⅲ and （別添２） reuse.  ※ items: ①ファイルの種類, ③対象となる本人の
範囲, 主な記録項目, ①入手元, ⑥使用目的, 使用部署, ⑧使用方法 and its three sub-rows,
the ※ items of Ⅱ-4 and ①保管場所.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from attrs import field, frozen

from ...meta import KEY, Item, item
from ...options import Checks
from ...wareki import Undecided
from ..choices import (
    AcquisitionMethod,
    FileKind,
    HandlerCount,
    PersonCount,
    RecordCategory,
    RecordItemCount,
    RetentionPeriod,
    Source,
)
from ..common import ProvisionSection
from .s2_consign import FullConsignmentSection

__all__ = [
    "FileRecords",
    "FileSection",
    "FullAcquisition",
    "FullFileBasics",
    "FullFileOverview",
    "FullStorage",
    "FullUsers",
    "RecordAnnex",
    "RetentionTerm",
    "files_group",
]


def files_group(label: str) -> dict[str, Any]:
    """
    Metadata for the per-file repeat of Ⅱ, Ⅲ and （別添２）: members ``ファイル1``, ``ファイル2``…
    with no form maximum and no range headers.
    """
    return {KEY: Item("", label, member="ファイル", required=False)}


@frozen(kw_only=True)
class FullFileBasics:
    """
    Ⅱ-2　基本情報.
    """

    file_kind: FileKind | None = field(
        default=None, metadata=item("①", "ファイルの種類", star=True)
    )
    """様式: ①ファイルの種類　※ — 重要な変更の対象 (Ⅱ-ファイルn-２-① in 全項目評価書)"""
    person_count: PersonCount | None = field(default=None, metadata=item("②", "対象となる本人の数"))
    """様式: ②対象となる本人の数 — ※なし (Ⅱ-ファイルn-２-② in 全項目評価書)"""
    person_scope: str = field(default="", metadata=item("③", "対象となる本人の範囲", star=True))
    """様式: ③対象となる本人の範囲　※ — 重要な変更の対象 (Ⅱ-ファイルn-２-③ in 全項目評価書)"""
    necessity: str = field(default="", metadata=item("", "その必要性"))
    """様式: その必要性 — ※なし (Ⅱ-ファイルn-２ in 全項目評価書)"""
    record_count: RecordItemCount | None = field(default=None, metadata=item("④", "記録される項目"))
    """様式: ④記録される項目 — ※なし (Ⅱ-ファイルn-２-④ in 全項目評価書)"""
    main_records: Checks[RecordCategory] = field(
        factory=Checks, metadata=item("", "主な記録項目", star=True)
    )
    """様式: 主な記録項目　※ — 重要な変更の対象 (Ⅱ-ファイルn-２ in 全項目評価書)"""
    records_validity: str = field(default="", metadata=item("", "その妥当性"))
    """様式: その妥当性 — ※なし (Ⅱ-ファイルn-２ in 全項目評価書)"""
    all_records: str = field(default="", metadata=item("", "全ての記録項目"))
    """様式: 全ての記録項目 — ※なし (Ⅱ-ファイルn-２ in 全項目評価書)"""
    holding_start: date | Undecided | None = field(default=None, metadata=item("⑤", "保有開始日"))
    """様式: ⑤保有開始日 — ※なし (Ⅱ-ファイルn-２-⑤ in 全項目評価書)"""
    department: str = field(default="", metadata=item("⑥", "事務担当部署"))
    """様式: ⑥事務担当部署 — ※なし (Ⅱ-ファイルn-２-⑥ in 全項目評価書)"""


@frozen(kw_only=True)
class FullUsers:
    """
    Ⅱ-3⑦　使用の主体.
    """

    departments: str = field(default="", metadata=item("", "使用部署", star=True))
    """様式: 使用部署　※ — 重要な変更の対象 (Ⅱ-ファイルn-３-⑦ in 全項目評価書)"""
    user_count: HandlerCount | None = field(default=None, metadata=item("", "使用者数"))
    """様式: 使用者数 — ※なし (Ⅱ-ファイルn-３-⑦ in 全項目評価書)"""


@frozen(kw_only=True)
class FullAcquisition:
    """
    Ⅱ-3　特定個人情報の入手・使用.
    """

    sources: Checks[Source] = field(factory=Checks, metadata=item("①", "入手元", star=True))
    """様式: ①入手元　※ — 重要な変更の対象 (Ⅱ-ファイルn-３-① in 全項目評価書)"""
    methods: Checks[AcquisitionMethod] = field(factory=Checks, metadata=item("②", "入手方法"))
    """様式: ②入手方法 — ※なし (Ⅱ-ファイルn-３-② in 全項目評価書)"""
    timing: str = field(default="", metadata=item("③", "入手の時期・頻度"))
    """様式: ③入手の時期・頻度 — ※なし (Ⅱ-ファイルn-３-③ in 全項目評価書)"""
    validity: str = field(default="", metadata=item("④", "入手に係る妥当性"))
    """様式: ④入手に係る妥当性 — ※なし (Ⅱ-ファイルn-３-④ in 全項目評価書)"""
    notice: str = field(default="", metadata=item("⑤", "本人への明示"))
    """様式: ⑤本人への明示 — ※なし (Ⅱ-ファイルn-３-⑤ in 全項目評価書)"""
    purpose: str = field(default="", metadata=item("⑥", "使用目的", star=True))
    """様式: ⑥使用目的　※ — 重要な変更の対象 (Ⅱ-ファイルn-３-⑥ in 全項目評価書)"""
    purpose_change: str = field(default="", metadata=item("", "変更の妥当性", required=False))
    """様式: 変更の妥当性 — ※なし (Ⅱ-ファイルn-３ in 全項目評価書)"""
    users: FullUsers = field(factory=FullUsers, metadata=item("⑦", "使用の主体"))
    """様式: ⑦使用の主体 — ※なし (Ⅱ-ファイルn-３-⑦ in 全項目評価書)"""
    usage: str = field(default="", metadata=item("⑧", "使用方法", star=True))
    """様式: ⑧使用方法　※ — 重要な変更の対象 (Ⅱ-ファイルn-３-⑧ in 全項目評価書)"""
    matching: str = field(default="", metadata=item("", "情報の突合", star=True))
    """様式: 情報の突合　※ — 重要な変更の対象 (Ⅱ-ファイルn-３ in 全項目評価書)"""
    statistics: str = field(default="", metadata=item("", "情報の統計分析", star=True))
    """様式: 情報の統計分析　※ — 重要な変更の対象 (Ⅱ-ファイルn-３ in 全項目評価書)"""
    decisions: str = field(default="", metadata=item("", "権利利益に影響を与え得る決定", star=True))
    """様式: 権利利益に影響を与え得る決定　※ — 重要な変更の対象 (Ⅱ-ファイルn-３ in 全項目評価書)"""
    usage_start: date | None = field(default=None, metadata=item("⑨", "使用開始日"))
    """様式: ⑨使用開始日 — ※なし (Ⅱ-ファイルn-３-⑨ in 全項目評価書)"""


@frozen(kw_only=True)
class RetentionTerm:
    """
    Ⅱ-6②　保管期間.
    """

    period: RetentionPeriod | None = field(default=None, metadata=item("", "期間"))
    """様式: 期間 — ※なし (Ⅱ-ファイルn-６-② in 全項目評価書)"""
    validity: str = field(default="", metadata=item("", "その妥当性"))
    """様式: その妥当性 — ※なし (Ⅱ-ファイルn-６-② in 全項目評価書)"""


@frozen(kw_only=True)
class FullStorage:
    """
    Ⅱ-6　特定個人情報の保管・消去.
    """

    location: str = field(default="", metadata=item("①", "保管場所", star=True))
    """様式: ①保管場所　※ — 重要な変更の対象 (Ⅱ-ファイルn-６-① in 全項目評価書)"""
    term: RetentionTerm = field(factory=RetentionTerm, metadata=item("②", "保管期間"))
    """様式: ②保管期間 — ※なし (Ⅱ-ファイルn-６-② in 全項目評価書)"""
    erasure: str = field(default="", metadata=item("③", "消去方法"))
    """様式: ③消去方法 — ※なし (Ⅱ-ファイルn-６-③ in 全項目評価書)"""


@frozen(kw_only=True)
class FullFileOverview:
    """
    Ⅱ for one 特定個人情報ファイル.
    """

    key: str
    file_name: str = field(default="", metadata=item("１．", "特定個人情報ファイル名"))
    """様式: １．特定個人情報ファイル名 — ※なし (Ⅱ-ファイルn-１ in 全項目評価書)"""
    basics: FullFileBasics = field(factory=FullFileBasics, metadata=item("２．", "基本情報"))
    """様式: ２．基本情報 — ※なし (Ⅱ-ファイルn-２ in 全項目評価書)"""
    acquisition: FullAcquisition = field(
        factory=FullAcquisition, metadata=item("３．", "特定個人情報の入手・使用")
    )
    """様式: ３．特定個人情報の入手・使用 — ※なし (Ⅱ-ファイルn-３ in 全項目評価書)"""
    consignment: FullConsignmentSection = field(
        factory=FullConsignmentSection, metadata=item("４．", "特定個人情報ファイルの取扱いの委託")
    )
    """様式: ４．特定個人情報ファイルの取扱いの委託 — ※なし (Ⅱ-ファイルn-４ in 全項目評価書)"""
    provision: ProvisionSection = field(
        factory=ProvisionSection,
        metadata=item("５．", "特定個人情報の提供・移転（委託に伴うものを除く。）"),
    )
    """様式: ５．特定個人情報の提供・移転（委託に伴うものを除く。） — ※なし (Ⅱ-ファイルn-５ in 全項目評価書)"""
    storage: FullStorage = field(
        factory=FullStorage, metadata=item("６．", "特定個人情報の保管・消去")
    )
    """様式: ６．特定個人情報の保管・消去 — ※なし (Ⅱ-ファイルn-６ in 全項目評価書)"""
    remarks: str = field(default="", metadata=item("７．", "備考", required=False))
    """様式: ７．備考 — ※なし (Ⅱ-ファイルn-７ in 全項目評価書)"""


@frozen(kw_only=True)
class FileSection:
    """
    Ⅱ　特定個人情報ファイルの概要: one block per file.
    """

    files: tuple[FullFileOverview, ...] = field(
        default=(), metadata=files_group("特定個人情報ファイル")
    )
    """様式: 特定個人情報ファイル — ※なし (Ⅱ in 全項目評価書)"""


@frozen(kw_only=True)
class FileRecords:
    """
    （別添２） for one file, under the same key as its Ⅱ block.
    """

    key: str
    items: str = field(default="", metadata=item("", "記録項目"))
    """様式: 記録項目 — ※なし (（別添２）-ファイルn in 全項目評価書)"""


@frozen(kw_only=True)
class RecordAnnex:
    """
    （別添２）特定個人情報ファイル記録項目: the record items of every file, in free layout.
    """

    files: tuple[FileRecords, ...] = field(default=(), metadata=files_group("特定個人情報ファイル"))
    """様式: 特定個人情報ファイル — ※なし (（別添２） in 全項目評価書)"""
