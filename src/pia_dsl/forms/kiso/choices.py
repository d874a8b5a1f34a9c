"""
＜選択肢＞ lists of the 基礎項目評価書 that the other two forms do not share.

Options shared with the 重点/全項目 forms are reused from :mod:`pia_dsl.forms.choices`
(:class:`~pia_dsl.forms.choices.Incident`, :class:`~pia_dsl.forms.choices.Sufficiency`,
:class:`~pia_dsl.forms.choices.Effort`, :class:`~pia_dsl.forms.choices.Audit`,
:class:`~pia_dsl.forms.choices.Linkage`).

Source tags as in ``rules.md``: [C] confirmed from a published 基礎項目評価書 or 記載要領,
[S] the same strings in published 重点/全項目 documents, [R] recollection of the current
様式 (verify against the PPC's 様式２ and correct here; every label lives in
:mod:`pia_dsl.forms.kiso` in each field's ``item()``).
"""

from __future__ import annotations

from enum import Enum

from ..registry import Form

__all__ = [
    "BasicTargetCount",
    "BasicThresholdResult",
    "HandlerThreshold",
    "PriorityMeasure",
    "SubmittedForms",
]


class BasicTargetCount(Enum):
    """
    Ⅱ-1 評価対象の事務の対象人数は何人か. [C] option 1 (赤磐市), [S] options 2–5.

    The band limits coincide with the しきい値 table's (1,000 / 1万 / 10万 / 30万), so the
    band alone decides the 対象人数 part of the しきい値判断.  Member names match
    :class:`~pia_dsl.forms.choices.TargetCount` and ``FocusedTargetCount``.
    """

    UNDER_1K = "1,000人未満（任意実施）"
    FROM_1K_TO_10K = "1,000人以上1万人未満"
    FROM_10K_TO_100K = "1万人以上10万人未満"
    FROM_100K_TO_300K = "10万人以上30万人未満"
    FROM_300K = "30万人以上"

    @property
    def minimum(self) -> int:
        """
        The smallest number of persons in the band.
        """
        return _MINIMA[self]

    @property
    def maximum(self) -> int | None:
        """
        The largest number of persons in the band (``None``: no upper limit).
        """
        members = list(BasicTargetCount)
        index = members.index(self)
        return members[index + 1].minimum - 1 if index + 1 < len(members) else None

    @classmethod
    def of(cls, persons: int) -> BasicTargetCount:
        """
        The band that holds ``persons``.
        """
        if persons < 0:
            msg = f"対象人数は0以上の整数で指定してください: {persons}"
            raise ValueError(msg)
        return next(band for band in reversed(cls) if persons >= band.minimum)


_MINIMA: dict[BasicTargetCount, int] = {
    BasicTargetCount.UNDER_1K: 0,
    BasicTargetCount.FROM_1K_TO_10K: 1_000,
    BasicTargetCount.FROM_10K_TO_100K: 10_000,
    BasicTargetCount.FROM_100K_TO_300K: 100_000,
    BasicTargetCount.FROM_300K: 300_000,
}


class HandlerThreshold(Enum):
    """
    Ⅱ-2 特定個人情報ファイル取扱者数は500人以上か. [R]
    """

    FROM_500 = "500人以上"
    UNDER_500 = "500人未満"


class BasicThresholdResult(Enum):
    """
    Ⅲ しきい値判断結果. [R] list; the four texts are [S] (the 重点/全項目 lists without the
    「（任意に…を実施）」 suffixes).
    """

    KISO_AND_ZENKOMOKU = "基礎項目評価及び全項目評価の実施が義務付けられる"
    KISO_AND_JUTEN = "基礎項目評価及び重点項目評価の実施が義務付けられる"
    KISO = "基礎項目評価の実施が義務付けられる"
    NONE = "特定個人情報保護評価の実施が義務付けられない"


class SubmittedForms(Enum):
    """
    Ⅳ-1 提出する特定個人情報保護評価書の種類. [R]
    """

    KISO = "基礎項目評価書"
    KISO_AND_JUTEN = "基礎項目評価書及び重点項目評価書"
    KISO_AND_ZENKOMOKU = "基礎項目評価書及び全項目評価書"

    @property
    def forms(self) -> frozenset[Form]:
        """
        The forms submitted: 基礎, 基礎 and 重点, or 基礎 and 全項目.
        """
        return {
            SubmittedForms.KISO: frozenset({Form.KISO}),
            SubmittedForms.KISO_AND_JUTEN: frozenset({Form.KISO, Form.JUTEN}),
            SubmittedForms.KISO_AND_ZENKOMOKU: frozenset({Form.KISO, Form.ZENKOMOKU}),
        }[self]


class PriorityMeasure(Enum):
    """
    Ⅳ-11 最も優先度が高いと考えられる対策. [R]
    """

    ACQUISITION = "目的外の入手が行われるリスクへの対策"
    LINKING = "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策"
    UNAUTHORIZED_USE = "権限のない者によって不正に使用されるリスクへの対策"
    CONSIGNEE_MISUSE = "委託先における不正な使用等のリスクへの対策"
    IMPROPER_PROVISION = "不正な提供・移転が行われるリスクへの対策（委託や情報提供ネットワークシステムを通じた提供を除く。）"
    NETWORK_ACQUISITION = "情報提供ネットワークシステムを通じて目的外の入手が行われるリスクへの対策"
    NETWORK_PROVISION = "情報提供ネットワークシステムを通じて不正な提供が行われるリスクへの対策"
    LEAKAGE = "特定個人情報の漏えい・滅失・毀損リスクへの対策"
    TRAINING = "従業者に対する教育・啓発"
