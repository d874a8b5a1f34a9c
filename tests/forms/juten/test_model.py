"""
Tests for the 重点項目評価書 model (pia_dsl.forms.juten): ※ flags, switches, structure.
"""

from __future__ import annotations

import attrs

from forms.juten.factory import evolve_at, full, minimal
from pia_dsl import checks
from pia_dsl.forms import juten
from pia_dsl.forms.choices import Consigning, Linkage, ProvisionStatus, Reconsigning
from pia_dsl.walk import Entry, Kind, walk


def path_of(entry: Entry) -> str:
    """
    The printed path of an item: its headings, members and label joined by 「／」.
    """
    return "／".join(segment.text for segment in entry.segments)


SEC_1 = "Ⅰ　基本情報"
SEC_2 = "Ⅱ　特定個人情報ファイルの概要"
SEC_3 = "Ⅲ　リスク対策"

#: form-jyuten.md §2.3, Ⅰ and Ⅱ: the ※ items, transcribed (full() has one 委託事項).
STARRED_I_II = {
    f"{SEC_1}／４．個人番号の利用／法令上の根拠",
    f"{SEC_1}／５．情報提供ネットワークシステムによる情報連携／①実施の有無",
    f"{SEC_1}／５．情報提供ネットワークシステムによる情報連携／②法令上の根拠",
    f"{SEC_2}／２．基本情報／①ファイルの種類",
    f"{SEC_2}／２．基本情報／③対象となる本人の範囲",
    f"{SEC_2}／２．基本情報／主な記録項目",
    f"{SEC_2}／３．特定個人情報の入手・使用／①入手元",
    f"{SEC_2}／３．特定個人情報の入手・使用／③使用目的",
    f"{SEC_2}／４．特定個人情報ファイルの取扱いの委託／委託の有無",
    f"{SEC_2}／４．特定個人情報ファイルの取扱いの委託／委託事項／委託事項1／再委託／④再委託の有無",
    f"{SEC_2}／６．特定個人情報の保管・消去／保管場所",
}

_R2 = f"{SEC_3}／２．特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）"
_R3 = f"{SEC_3}／３．特定個人情報の使用"
_R4 = f"{SEC_3}／４．特定個人情報ファイルの取扱いの委託"
_R5 = f"{SEC_3}／５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）"
_R6 = f"{SEC_3}／６．情報提供ネットワークシステムとの接続"
_R7 = f"{SEC_3}／７．特定個人情報の保管・消去"
_R7R = f"{_R7}／リスク：　特定個人情報の漏えい・滅失・毀損リスク"

#: form-jyuten.md §1.5: every value row of Ⅲ, transcribed (with the switches of §3).
ALL_III = {
    f"{SEC_3}／１．特定個人情報ファイル名",
    f"{_R2}／リスク：　目的外の入手が行われるリスク／リスクに対する措置の内容",
    f"{_R2}／リスク：　目的外の入手が行われるリスク／リスクへの対策は十分か",
    f"{_R2}／特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）におけるその他のリスク及びそのリスクに対する措置",
    f"{_R3}／リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク／リスクに対する措置の内容",
    f"{_R3}／リスク１：　目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスク／リスクへの対策は十分か",
    f"{_R3}／リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク／ユーザ認証の管理",
    f"{_R3}／リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク／具体的な管理方法",
    f"{_R3}／リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク／その他の措置の内容",
    f"{_R3}／リスク２：　権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスク／リスクへの対策は十分か",
    f"{_R3}／特定個人情報の使用におけるその他のリスク及びそのリスクに対する措置",
    f"{_R4}／委託しない",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／委託契約書中の特定個人情報ファイルの取扱いに関する規定",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／規定の内容",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／再委託先による特定個人情報ファイルの適切な取扱いの担保",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／具体的な方法",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／その他の措置の内容",
    f"{_R4}／リスク：　委託先における不正な使用等のリスク／リスクへの対策は十分か",
    f"{_R4}／特定個人情報ファイルの取扱いの委託におけるその他のリスク及びそのリスクに対する措置",
    f"{_R5}／提供・移転しない",
    f"{_R5}／リスク：　不正な提供・移転が行われるリスク／特定個人情報の提供・移転に関するルール",
    f"{_R5}／リスク：　不正な提供・移転が行われるリスク／ルールの内容及びルール遵守の確認方法",
    f"{_R5}／リスク：　不正な提供・移転が行われるリスク／その他の措置の内容",
    f"{_R5}／リスク：　不正な提供・移転が行われるリスク／リスクへの対策は十分か",
    f"{_R5}／特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）におけるその他のリスク及びそのリスクに対する措置",
    f"{_R6}／接続しない（入手）",
    f"{_R6}／接続しない（提供）",
    f"{_R6}／リスク１：　目的外の入手が行われるリスク／リスクに対する措置の内容",
    f"{_R6}／リスク１：　目的外の入手が行われるリスク／リスクへの対策は十分か",
    f"{_R6}／リスク２： 不正な提供が行われるリスク／リスクに対する措置の内容",
    f"{_R6}／リスク２： 不正な提供が行われるリスク／リスクへの対策は十分か",
    f"{_R6}／情報提供ネットワークシステムとの接続に伴うその他のリスク及びそのリスクに対する措置",
    f"{_R7R}／①事故発生時手順の策定・周知",
    f"{_R7R}／②過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
    f"{_R7R}／その内容",
    f"{_R7R}／再発防止策の内容",
    f"{_R7R}／その他の措置の内容",
    f"{_R7R}／リスクへの対策は十分か",
    f"{_R7}／特定個人情報の保管・消去におけるその他のリスク及びそのリスクに対する措置",
    f"{SEC_3}／８．監査／実施の有無",
    f"{SEC_3}／９．従業者に対する教育・啓発／従業者に対する教育・啓発",
    f"{SEC_3}／９．従業者に対する教育・啓発／具体的な方法",
    f"{SEC_3}／１０．その他のリスク対策",
}

#: Ⅲ　リスク対策　※（７．②を除く。）: ② and its two sub-rows.
NOT_STARRED_III = {
    f"{_R7R}／②過去３年以内に、評価実施機関において、個人情報に関する重大事故が発生したか",
    f"{_R7R}／その内容",
    f"{_R7R}／再発防止策の内容",
}


class TestStar:
    """
    The ※ flags follow form-jyuten.md §2.3 exactly.
    """

    def test_starred_fields(self) -> None:
        """
        Over a fully populated instance, exactly the transcribed ※ items are starred.
        """
        starred = {path_of(e) for e in walk(full()) if e.kind is Kind.FIELD and e.star}

        assert starred == STARRED_I_II | (ALL_III - NOT_STARRED_III)

    def test_section_iii_is_transcribed_completely(self) -> None:
        """
        The transcription of Ⅲ and the model's Ⅲ have the same rows (so the ※ test covers Ⅲ).
        """
        rows = {path_of(e) for e in walk(full()) if e.kind is Kind.FIELD and e.path[0] == "s3"}

        assert rows == ALL_III

    def test_section_notes(self) -> None:
        """
        Ⅲ is starred as a whole with its note; Ⅰ-４ and Ⅰ-５ are starred as whole items.
        """
        groups = {path_of(e): e for e in walk(full()) if e.kind is Kind.GROUP}

        assert groups[SEC_3].item.printed_label == "Ⅲ　リスク対策　※（７．②を除く。）"
        assert groups[f"{SEC_1}／４．個人番号の利用"].star
        assert groups[f"{SEC_1}／５．情報提供ネットワークシステムによる情報連携"].star
        assert not groups[f"{SEC_1}／６．評価実施機関における担当部署"].star


def _inactive(a: juten.FocusedAssessment) -> dict[str, str]:
    return {
        e.dotted: e.switch for e in walk(a) if not e.active and e.kind in {Kind.FIELD, Kind.REPEAT}
    }


class TestSwitches:
    """
    Switches of form-jyuten.md §3 mark the items they empty as inactive.
    """

    def test_minimal_switches(self) -> None:
        """
        委託しない, 行っていない, 提供・移転しない and 接続しない（提供） empty their items.
        """
        inactive = _inactive(minimal())

        assert inactive["s2.consignment.items"] == "委託しない"
        assert inactive["s2.provision.provisions"] == "行っていない"
        assert inactive["s2.provision.transfers"] == "行っていない"
        assert inactive["s3.consignment.risk.sufficiency"] == "委託しない"
        assert inactive["s3.consignment.other_risks"] == "委託しない"
        assert inactive["s3.provision.risk.content"] == "提供・移転しない"
        assert inactive["s3.network.risk2.measures"] == "接続しない（提供）"
        assert "s3.network.risk1.measures" not in inactive
        assert "s3.network.other_risks" not in inactive

    def test_full_has_no_switch_on(self) -> None:
        """
        With 委託, 提供・移転 and both directions of the connection, nothing is inactive.
        """
        assert _inactive(full()) == {}

    def test_reconsigning_no(self) -> None:
        """
        再委託しない empties ⑤ and ⑥ of its 委託事項.
        """
        a = full()
        (item,) = a.s2.consignment.items
        item = evolve_at(item, "reconsignment.status", Reconsigning.NO)
        inactive = _inactive(evolve_at(a, "s2.consignment.items", (item,)))

        assert inactive == {
            "s2.consignment.items[maintenance].reconsignment.permission": "再委託しない",
            "s2.consignment.items[maintenance].reconsignment.matters": "再委託しない",
        }

    def test_no_connection_at_all(self) -> None:
        """
        Both 接続しない boxes empty both risks and the closing その他のリスク row; 実施しない
        empties Ⅰ-５-②.
        """
        a = evolve_at(minimal(), "s3.network.no_acquisition", True)
        a = evolve_at(a, "s1.linkage.status", Linkage.NO)
        inactive = _inactive(a)

        assert inactive["s3.network.risk1.measures"] == "接続しない（入手）"
        assert inactive["s3.network.other_risks"] == "接続しない（入手）」「接続しない（提供）"
        assert inactive["s1.linkage.legal_basis"] == "実施しない"

    def test_consigning_yes_keeps_items(self) -> None:
        """
        委託する and 提供を行っている leave the groups active.
        """
        a = evolve_at(minimal(), "s2.consignment.status", Consigning.YES)
        a = evolve_at(a, "s2.provision.status", checks(ProvisionStatus.PROVIDING))
        inactive = _inactive(a)

        assert "s2.consignment.items" not in inactive
        assert "s2.provision.provisions" not in inactive


class TestStructure:
    """
    The root class and its parts.
    """

    def test_printed_order(self) -> None:
        """
        Parts come in printed order: 表紙, Ⅰ, Ⅱ, （別添１）, Ⅲ, Ⅳ, Ⅴ, then the history and
        the 様式 edition.
        """
        names = [f.name for f in attrs.fields(juten.FocusedAssessment)]

        assert names == ["cover", "s1", "s2", "annex1", "s3", "s4", "s5", "history", "edition"]

    def test_consignment_title_cell(self) -> None:
        """
        FocusedConsignment (委託事項n) prints its title in the header row.
        """
        title = attrs.fields(juten.FocusedConsignment).name.metadata["pia_dsl"]

        assert title.title
        assert attrs.fields(juten.FocusedConsignment)[0].name == "key"

    def test_groups_allow_twenty_members(self) -> None:
        """
        システム, 委託事項, 提供先 and 移転先 allow 20 members with the printed range headers.
        """
        repeats = {e.item.member: e.item for e in walk(full()) if e.kind is Kind.REPEAT}

        assert set(repeats) == {"システム", "委託事項", "提供先", "移転先"}
        assert {i.max_count for i in repeats.values()} == {20}
        assert repeats["システム"].ranges == ((1, 1), (2, 5), (6, 10), (11, 15), (16, 20))

    def test_newer_edition_items_are_optional(self) -> None:
        """
        その必要性 (newer edition) may stay empty; 5情報 is an option of 主な記録項目.
        """
        necessity = attrs.fields(juten.FocusedFileBasics).necessity.metadata["pia_dsl"]

        assert not necessity.required
        assert minimal().s2.basics.necessity == ""
