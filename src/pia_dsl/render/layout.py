"""
The official 様式's fixed layout, as data: the columns of each checkbox group and how
each part numbers its ＜選択肢＞.

Nothing here is computed from text width: each grid lists the rows of options as the form
prints them (``form-jyuten.md`` §2.2, ``form-zenkomoku.md`` §2), so a long option wraps
inside its own column and the columns stay where the form has them.  A grid row may start
with a caption (``・識別情報``), printed on a row of its own.
"""

from __future__ import annotations

from ..forms.choices import (
    AcquisitionMethod,
    Audit,
    Connection,
    ConsignDelivery,
    ProvisionMethod,
    ProvisionStatus,
    RecordCategory,
    Source,
    TransferMethod,
)
from ..forms.registry import Form
from ..options import CheckOption

__all__ = [
    "ASCII_NUMBERED",
    "GRIDS",
    "VERTICAL_LABELS",
    "GridRow",
    "grid_columns",
    "grid_of",
]

#: One printed row of a checkbox grid: options, or one caption (``・識別情報``).
GridRow = tuple[CheckOption, ...] | str

_A = AcquisitionMethod
_C = Connection
_D = ConsignDelivery
_P = ProvisionMethod
_R = RecordCategory
_T = TransferMethod

#: The rows of each checkbox group as the form prints them.
GRIDS: dict[type[CheckOption], tuple[GridRow, ...]] = {
    # C-01 ③他のシステムとの接続: two columns.
    Connection: (
        (_C.NETWORK_SYSTEM, _C.INTRA_AGENCY),
        (_C.JUKI_NET, _C.EXISTING_JUKI),
        (_C.ADDRESSEE, _C.TAX),
        (_C.OTHER,),
    ),
    # C-02 主な記録項目: three columns under three captions.
    RecordCategory: (
        "・識別情報",
        (_R.INDIVIDUAL_NUMBER, _R.NUMBER_CODE, _R.OTHER_ID),
        "・連絡先等情報",
        (_R.FOUR_BASIC,),
        (_R.FIVE_BASIC,),
        (_R.CONTACT, _R.OTHER_RESIDENT),
        "・業務関係情報",
        (_R.NATIONAL_TAX, _R.LOCAL_TAX, _R.HEALTH),
        (_R.MEDICAL_INSURANCE, _R.CHILD_WELFARE, _R.DISABILITY),
        (_R.PUBLIC_ASSISTANCE, _R.ELDERLY_CARE, _R.EMPLOYMENT),
        (_R.PENSION, _R.EDUCATION, _R.DISASTER),
        (_R.OTHER,),
    ),
    # C-03 ①入手元: one option a line.
    Source: tuple((option,) for option in Source),
    # C-04 ②入手方法: three columns.
    AcquisitionMethod: (
        (_A.PAPER, _A.MEDIA, _A.FLASH),
        (_A.EMAIL, _A.LEASED_LINE, _A.INTRA_AGENCY),
        (_A.NETWORK_SYSTEM,),
        (_A.OTHER,),
    ),
    # CHK-委託提供方法 (全項目 委託事項④): three columns, as 入手方法.
    ConsignDelivery: (
        (_D.LEASED_LINE, _D.EMAIL, _D.MEDIA),
        (_D.FLASH, _D.PAPER),
        (_D.OTHER,),
    ),
    # C-05 提供・移転の有無: the form prints the three on one row; with their （ n ）件
    # slots they do not fit three columns of the 9 pt value cell, so two columns.
    ProvisionStatus: (
        (ProvisionStatus.PROVIDING, ProvisionStatus.TRANSFERRING),
        (ProvisionStatus.NONE,),
    ),
    # C-06 ⑥提供方法, C-07 ⑥移転方法: two columns.
    ProvisionMethod: (
        (_P.NETWORK_SYSTEM, _P.LEASED_LINE),
        (_P.EMAIL, _P.MEDIA),
        (_P.FLASH, _P.PAPER),
        (_P.OTHER,),
    ),
    TransferMethod: (
        (_T.INTRA_AGENCY, _T.LEASED_LINE),
        (_T.EMAIL, _T.MEDIA),
        (_T.FLASH, _T.PAPER),
        (_T.OTHER,),
    ),
    # C-08 ８．監査 実施の有無: three columns on one row.
    Audit: (tuple(Audit),),
}

#: Parts whose ＜選択肢＞ are numbered with an ASCII parenthesis ``1)``; the others print
#: ``1）`` (重点: Ⅰ, 全項目: Ⅰ, Ⅳ, Ⅴ, Ⅵ — form-jyuten.md §2.1, form-zenkomoku.md §0).
ASCII_NUMBERED: dict[str, frozenset[str]] = {
    Form.JUTEN: frozenset({"Ⅰ"}),
    Form.ZENKOMOKU: frozenset({"Ⅰ", "Ⅳ", "Ⅴ", "Ⅵ"}),
}


#: Group labels the form prints vertically in a merged cell beside the group's rows
#: instead of as a heading row (再委託: ``再 委 託`` in the 全項目 source P, the 重点 S3).
VERTICAL_LABELS = frozenset({"再委託"})


def grid_of(options: type[CheckOption]) -> tuple[GridRow, ...]:
    """
    The printed rows of a checkbox group; one option a row for a group the table lacks.
    """
    return GRIDS.get(options) or tuple((option,) for option in options)


def grid_columns(options: type[CheckOption]) -> int:
    """
    How many columns the form gives the checkbox group ``options``.
    """
    return max(len(row) if isinstance(row, tuple) else 1 for row in grid_of(options))
