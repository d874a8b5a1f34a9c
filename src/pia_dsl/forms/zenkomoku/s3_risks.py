"""
Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策 ※（７．リスク１⑨を除く。）:
one block per 特定個人情報ファイル, keyed like its Ⅱ block.
"""

from __future__ import annotations

from attrs import field, frozen

from ...meta import item
from .s2_files import files_group
from .s3_acquire_use import AcquisitionRisks, UseRisks
from .s3_consign_provide import ConsignRisks, ProvisionRisks
from .s3_network_storage import NetworkRisks, StorageRisks

__all__ = ["FileRisks", "RiskSection"]


@frozen(kw_only=True)
class FileRisks:
    """
    Ⅲ for one 特定個人情報ファイル (the same ``key`` as its Ⅱ block).
    """

    key: str
    name: str = field(metadata=item("１．", "特定個人情報ファイル名"))
    acquisition: AcquisitionRisks = field(
        metadata=item(
            "２．", "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）"
        )
    )
    use: UseRisks = field(metadata=item("３．", "特定個人情報の使用"))
    consignment: ConsignRisks = field(
        factory=ConsignRisks, metadata=item("４．", "特定個人情報ファイルの取扱いの委託")
    )
    provision: ProvisionRisks = field(
        factory=ProvisionRisks,
        metadata=item(
            "５．",
            "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）",
        ),
    )
    network: NetworkRisks = field(
        factory=NetworkRisks, metadata=item("６．", "情報提供ネットワークシステムとの接続")
    )
    storage: StorageRisks = field(metadata=item("７．", "特定個人情報の保管・消去"))


@frozen(kw_only=True)
class RiskSection:
    """
    Ⅲ: the risk measures of every file.
    """

    files: tuple[FileRisks, ...] = field(default=(), metadata=files_group("特定個人情報ファイル"))
