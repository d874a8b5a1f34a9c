"""
＜選択肢＞ lists and checkbox option lists of the 重点項目評価書 and 全項目評価書.

Every value is the option text exactly as printed on the official form (original
glyphs: full-width parentheses, ASCII digits and thousands commas inside option texts).
Option numbers (``1）``) are not part of the value: they follow from the member order.
Sources: ``form-jyuten.md`` §2.1–2.2 (O-nn, C-nn) and ``form-zenkomoku.md`` §2.0.
"""

from __future__ import annotations

from enum import Enum

from ..options import CheckOption

__all__ = [
    "RECORD_CATEGORY_GROUPS",
    "AcquisitionMethod",
    "Audit",
    "Compliance",
    "Connection",
    "ConsignDelivery",
    "ConsignScope",
    "Consigning",
    "DeceasedNumbers",
    "Dissemination",
    "Effort",
    "Fee",
    "FileKind",
    "FocusedTargetCount",
    "FocusedThresholdResult",
    "FullThresholdResult",
    "HandlerCount",
    "Incident",
    "Linkage",
    "Maintenance",
    "PersonCount",
    "Practice",
    "ProvisionMethod",
    "ProvisionStatus",
    "ReconsignAssurance",
    "Reconsigning",
    "RecordCategory",
    "RecordItemCount",
    "Recording",
    "Restriction",
    "RetentionPeriod",
    "Source",
    "Stipulation",
    "Sufficiency",
    "TargetCount",
    "TransferMethod",
]


# ---------------------------------------------------------------------------
# Single choices (＜選択肢＞)
# ---------------------------------------------------------------------------


class TargetCount(Enum):
    """
    ③対象人数 (全項目評価書 Ⅰ-1③, 基礎項目評価書): OPT-対象人数.
    """

    UNDER_1K = "1,000人未満"
    FROM_1K_TO_10K = "1,000人以上1万人未満"
    FROM_10K_TO_100K = "1万人以上10万人未満"
    FROM_100K_TO_300K = "10万人以上30万人未満"
    FROM_300K = "30万人以上"


class FocusedTargetCount(Enum):
    """
    ③対象人数 (重点項目評価書 Ⅰ-1③): O-01, four bands up to 30万人未満.
    """

    UNDER_1K = "1,000人未満"
    FROM_1K_TO_10K = "1,000人以上1万人未満"
    FROM_10K_TO_100K = "1万人以上10万人未満"
    FROM_100K_TO_300K = "10万人以上30万人未満"


class PersonCount(Enum):
    """
    対象となる本人の数 (Ⅱ-2②, 委託事項, 提供先・移転先④): O-04 / OPT-本人数.
    """

    UNDER_10K = "1万人未満"
    FROM_10K_TO_100K = "1万人以上10万人未満"
    FROM_100K_TO_1M = "10万人以上100万人未満"
    FROM_1M_TO_10M = "100万人以上1,000万人未満"
    FROM_10M = "1,000万人以上"


class HandlerCount(Enum):
    """
    使用者数, 委託先における取扱者数: O-06 / OPT-人数.
    """

    UNDER_10 = "10人未満"
    FROM_10_TO_50 = "10人以上50人未満"
    FROM_50_TO_100 = "50人以上100人未満"
    FROM_100_TO_500 = "100人以上500人未満"
    FROM_500_TO_1000 = "500人以上1,000人未満"
    FROM_1000 = "1,000人以上"


class FileKind(Enum):
    """
    ①ファイルの種類 ※: O-03.
    """

    SYSTEM = "システム用ファイル"
    OTHER_ELECTRONIC = "その他の電子ファイル（表計算ファイル等）"


class RecordItemCount(Enum):
    """
    ④記録される項目: O-05.
    """

    UNDER_10 = "10項目未満"
    FROM_10_TO_50 = "10項目以上50項目未満"
    FROM_50_TO_100 = "50項目以上100項目未満"
    FROM_100 = "100項目以上"


class Linkage(Enum):
    """
    情報提供ネットワークシステムによる情報連携 ①実施の有無: O-02 / OPT-連携実施.
    """

    YES = "実施する"
    NO = "実施しない"
    UNDECIDED = "未定"


class Consigning(Enum):
    """
    委託の有無 ※: O-07.
    """

    YES = "委託する"
    NO = "委託しない"


class Reconsigning(Enum):
    """
    再委託の有無 ※: O-08.
    """

    YES = "再委託する"
    NO = "再委託しない"


class ConsignScope(Enum):
    """
    取扱いを委託する特定個人情報ファイルの範囲 (全項目): OPT-委託範囲.
    """

    WHOLE = "特定個人情報ファイルの全体"
    PART = "特定個人情報ファイルの一部"


class RetentionPeriod(Enum):
    """
    保管期間 期間 (全項目 Ⅱ-6②): OPT-保管期間.
    """

    UNDER_1Y = "1年未満"
    Y1 = "1年"
    Y2 = "2年"
    Y3 = "3年"
    Y4 = "4年"
    Y5 = "5年"
    FROM_6_TO_10Y = "6年以上10年未満"
    FROM_10_TO_20Y = "10年以上20年未満"
    FROM_20Y = "20年以上"
    UNDEFINED = "定められていない"


class Sufficiency(Enum):
    """
    リスクへの対策は十分か: O-09 / OPT-十分か.
    """

    SPECIAL = "特に力を入れている"
    SUFFICIENT = "十分である"
    ISSUES_REMAIN = "課題が残されている"


class Practice(Enum):
    """
    ユーザ認証の管理, アクセス権限の管理, 個人情報ファイル簿の公表…: O-10 / OPT-行っている.
    """

    DONE = "行っている"
    NOT_DONE = "行っていない"


class Recording(Enum):
    """
    …の記録 (全項目): OPT-記録.
    """

    KEPT = "記録を残している"
    NOT_KEPT = "記録を残していない"


class Stipulation(Enum):
    """
    規定, ルール, 消去手順: O-11 / OPT-定め.
    """

    DEFINED = "定めている"
    NOT_DEFINED = "定めていない"


class Restriction(Enum):
    """
    閲覧者・更新者の制限 (全項目): OPT-制限.
    """

    RESTRICTED = "制限している"
    NOT_RESTRICTED = "制限していない"


class ReconsignAssurance(Enum):
    """
    再委託先による特定個人情報ファイルの適切な取扱いの担保／確保: O-12 / OPT-再委託確保.
    """

    SPECIAL = "特に力を入れて行っている"
    SUFFICIENT = "十分に行っている"
    INSUFFICIENT = "十分に行っていない"
    NOT_RECONSIGNED = "再委託していない"


class Effort(Enum):
    """
    事故発生時手順の策定・周知, 従業者に対する教育・啓発, 自己点検, 監査…: O-13 / OPT-実施度.
    """

    SPECIAL = "特に力を入れて行っている"
    SUFFICIENT = "十分に行っている"
    INSUFFICIENT = "十分に行っていない"


class Compliance(Enum):
    """
    ①NISC政府機関統一基準群 (全項目 Ⅲ-7 リスク1): OPT-遵守.
    """

    SPECIAL = "特に力を入れて遵守している"
    SUFFICIENT = "十分に遵守している"
    INSUFFICIENT = "十分に遵守していない"
    NOT_GOVERNMENT = "政府機関ではない"


class Maintenance(Enum):
    """
    ②安全管理体制, ③安全管理規程 (全項目 Ⅲ-7 リスク1): OPT-整備.
    """

    SPECIAL = "特に力を入れて整備している"
    SUFFICIENT = "十分に整備している"
    INSUFFICIENT = "十分に整備していない"


class Dissemination(Enum):
    """
    ④安全管理体制・規程の職員への周知 (全項目 Ⅲ-7 リスク1): OPT-周知.
    """

    SPECIAL = "特に力を入れて周知している"
    SUFFICIENT = "十分に周知している"
    INSUFFICIENT = "十分に周知していない"


class Incident(Enum):
    """
    過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか: O-14 / OPT-事故.
    """

    OCCURRED = "発生あり"
    NONE = "発生なし"


class DeceasedNumbers(Enum):
    """
    ⑩死者の個人番号 (全項目 Ⅲ-7 リスク1): OPT-死者.
    """

    KEPT = "保管している"
    NOT_KEPT = "保管していない"


class Fee(Enum):
    """
    ③手数料等 (全項目 Ⅴ-1): OPT-手数料; the slot （手数料額、納付方法：　） is a separate field.
    """

    CHARGED = "有料"
    FREE = "無料"


class FocusedThresholdResult(Enum):
    """
    ②しきい値判断結果 (重点項目評価書 Ⅴ-1②): O-15.
    """

    KISO_AND_JUTEN = "基礎項目評価及び重点項目評価の実施が義務付けられる"
    KISO_VOLUNTARY_JUTEN = "基礎項目評価の実施が義務付けられる（任意に重点項目評価を実施）"
    NONE_VOLUNTARY_JUTEN = (
        "特定個人情報保護評価の実施が義務付けられない（任意に重点項目評価を実施）"
    )


class FullThresholdResult(Enum):
    """
    ②しきい値判断結果 (全項目評価書 Ⅵ-1②): OPT-しきい値.
    """

    KISO_AND_ZENKOMOKU = "基礎項目評価及び全項目評価の実施が義務付けられる"
    KISO_JUTEN_VOLUNTARY_ZENKOMOKU = (
        "基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）"
    )
    KISO_VOLUNTARY_ZENKOMOKU = "基礎項目評価の実施が義務付けられる（任意に全項目評価を実施）"
    NONE_VOLUNTARY_ZENKOMOKU = (
        "特定個人情報保護評価の実施が義務付けられない（任意に全項目評価を実施）"
    )


# ---------------------------------------------------------------------------
# Checkbox groups ([ ○ ] / [ 　]); ``(text, True)`` marks a （ ） slot
# ---------------------------------------------------------------------------


class Connection(CheckOption):
    """
    ③他のシステムとの接続: C-01 / CHK-他システム.
    """

    NETWORK_SYSTEM = "情報提供ネットワークシステム"
    INTRA_AGENCY = "庁内連携システム"
    JUKI_NET = "住民基本台帳ネットワークシステム"
    EXISTING_JUKI = "既存住民基本台帳システム"
    ADDRESSEE = "宛名システム等"
    TAX = "税務システム"
    OTHER = ("その他", True)


class RecordCategory(CheckOption):
    """
    主な記録項目 ※: C-02 / CHK-記録項目.

    ``FOUR_BASIC`` is the older wording (4情報), ``FIVE_BASIC`` the newer (5情報, with
    氏名の振り仮名); a form edition prints one of them.
    """

    INDIVIDUAL_NUMBER = "個人番号"
    NUMBER_CODE = "個人番号対応符号"
    OTHER_ID = "その他識別情報（内部番号）"
    FOUR_BASIC = "4情報（氏名、性別、生年月日、住所）"
    FIVE_BASIC = "5情報（氏名、氏名の振り仮名、性別、生年月日、住所）"
    CONTACT = "連絡先（電話番号等）"
    OTHER_RESIDENT = "その他住民票関係情報"
    NATIONAL_TAX = "国税関係情報"
    LOCAL_TAX = "地方税関係情報"
    HEALTH = "健康・医療関係情報"
    MEDICAL_INSURANCE = "医療保険関係情報"
    CHILD_WELFARE = "児童福祉・子育て関係情報"
    DISABILITY = "障害者福祉関係情報"
    PUBLIC_ASSISTANCE = "生活保護・社会福祉関係情報"
    ELDERLY_CARE = "介護・高齢者福祉関係情報"
    EMPLOYMENT = "雇用・労働関係情報"
    PENSION = "年金関係情報"
    EDUCATION = "学校・教育関係情報"
    DISASTER = "災害関係情報"
    OTHER = ("その他", True)


#: The three captions of 主な記録項目, with the options under each, in printed order.
RECORD_CATEGORY_GROUPS: tuple[tuple[str, tuple[RecordCategory, ...]], ...] = (
    (
        "識別情報",
        (RecordCategory.INDIVIDUAL_NUMBER, RecordCategory.NUMBER_CODE, RecordCategory.OTHER_ID),
    ),
    (
        "連絡先等情報",
        (
            RecordCategory.FOUR_BASIC,
            RecordCategory.FIVE_BASIC,
            RecordCategory.CONTACT,
            RecordCategory.OTHER_RESIDENT,
        ),
    ),
    (
        "業務関係情報",
        (
            RecordCategory.NATIONAL_TAX,
            RecordCategory.LOCAL_TAX,
            RecordCategory.HEALTH,
            RecordCategory.MEDICAL_INSURANCE,
            RecordCategory.CHILD_WELFARE,
            RecordCategory.DISABILITY,
            RecordCategory.PUBLIC_ASSISTANCE,
            RecordCategory.ELDERLY_CARE,
            RecordCategory.EMPLOYMENT,
            RecordCategory.PENSION,
            RecordCategory.EDUCATION,
            RecordCategory.DISASTER,
            RecordCategory.OTHER,
        ),
    ),
)


class Source(CheckOption):
    """
    ①入手元 ※: C-03 / CHK-入手元.
    """

    PERSON = "本人又は本人の代理人"
    OTHER_DEPARTMENT = ("評価実施機関内の他部署", True)
    NATIONAL_BODY = ("行政機関・独立行政法人等", True)
    LOCAL_BODY = ("地方公共団体・地方独立行政法人", True)
    PRIVATE = ("民間事業者", True)
    OTHER = ("その他", True)


class AcquisitionMethod(CheckOption):
    """
    ②入手方法: C-04 / CHK-入手方法.
    """

    PAPER = "紙"
    MEDIA = "電子記録媒体（フラッシュメモリを除く。）"
    FLASH = "フラッシュメモリ"
    EMAIL = "電子メール"
    LEASED_LINE = "専用線"
    INTRA_AGENCY = "庁内連携システム"
    NETWORK_SYSTEM = "情報提供ネットワークシステム"
    OTHER = ("その他", True)


class ConsignDelivery(CheckOption):
    """
    委託先への特定個人情報ファイルの提供方法 (全項目 委託事項④): CHK-委託提供方法.
    """

    LEASED_LINE = "専用線"
    EMAIL = "電子メール"
    MEDIA = "電子記録媒体（フラッシュメモリを除く。）"
    FLASH = "フラッシュメモリ"
    PAPER = "紙"
    OTHER = ("その他", True)


class ProvisionStatus(CheckOption):
    """
    提供・移転の有無: C-05.  The （ ）件 counts are derived from the 提供先/移転先 groups.
    """

    PROVIDING = "提供を行っている"
    TRANSFERRING = "移転を行っている"
    NONE = "行っていない"


class ProvisionMethod(CheckOption):
    """
    ⑥提供方法: C-06 / CHK-提供方法.
    """

    NETWORK_SYSTEM = "情報提供ネットワークシステム"
    LEASED_LINE = "専用線"
    EMAIL = "電子メール"
    MEDIA = "電子記録媒体（フラッシュメモリを除く。）"
    FLASH = "フラッシュメモリ"
    PAPER = "紙"
    OTHER = ("その他", True)


class TransferMethod(CheckOption):
    """
    ⑥移転方法: C-07.
    """

    INTRA_AGENCY = "庁内連携システム"
    LEASED_LINE = "専用線"
    EMAIL = "電子メール"
    MEDIA = "電子記録媒体（フラッシュメモリを除く。）"
    FLASH = "フラッシュメモリ"
    PAPER = "紙"
    OTHER = ("その他", True)


class Audit(CheckOption):
    """
    ８．監査 実施の有無 (重点 Ⅲ-8): C-08.
    """

    SELF_INSPECTION = "自己点検"
    INTERNAL = "内部監査"
    EXTERNAL = "外部監査"
