"""
Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策 ※（７．リスク１⑨を除く。）:
one block per 特定個人情報ファイル, keyed like its Ⅱ block.
"""

from __future__ import annotations

from attrs import field, frozen

from ..common import risk_part
from .s2_files import files_group
from .s3_acquire_use import FullAcquisitionRisks, FullUseRisks
from .s3_consign_provide import ConsignRisks, FullProvisionRisks
from .s3_network_storage import FullNetworkRisks, FullStorageRisks

__all__ = ["FileRisks", "RiskSection"]


@frozen(kw_only=True)
class FileRisks:
    """
    Ⅲ for one 特定個人情報ファイル (the same ``key`` as its Ⅱ block).
    """

    key: str
    file_name: str = field(default="", metadata=risk_part("１．"))
    """様式: １．特定個人情報ファイル名 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-１ in 全項目評価書)"""
    acquisition: FullAcquisitionRisks = field(
        factory=FullAcquisitionRisks, metadata=risk_part("２．")
    )
    """様式: ２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。） — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-２ in 全項目評価書)"""
    use: FullUseRisks = field(factory=FullUseRisks, metadata=risk_part("３．"))
    """様式: ３．特定個人情報の使用 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-３ in 全項目評価書)"""
    consignment: ConsignRisks = field(factory=ConsignRisks, metadata=risk_part("４．"))
    """様式: ４．特定個人情報ファイルの取扱いの委託 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-４ in 全項目評価書)"""
    provision: FullProvisionRisks = field(factory=FullProvisionRisks, metadata=risk_part("５．"))
    """様式: ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。） — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-５ in 全項目評価書)"""
    network: FullNetworkRisks = field(factory=FullNetworkRisks, metadata=risk_part("６．"))
    """様式: ６．情報提供ネットワークシステムとの接続 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-６ in 全項目評価書)"""
    storage: FullStorageRisks = field(factory=FullStorageRisks, metadata=risk_part("７．"))
    """様式: ７．特定個人情報の保管・消去 — 重要な変更の対象（上位の項目の※） (Ⅲ-ファイルn-７ in 全項目評価書)"""


@frozen(kw_only=True)
class RiskSection:
    """
    Ⅲ: the risk measures of every file.
    """

    files: tuple[FileRisks, ...] = field(default=(), metadata=files_group("特定個人情報ファイル"))
    """様式: 特定個人情報ファイル — 重要な変更の対象（上位の項目の※） (Ⅲ in 全項目評価書)"""
