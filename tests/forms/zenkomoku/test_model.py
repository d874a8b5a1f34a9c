"""
Tests for the 全項目評価書 model: the printed outline (form-zenkomoku.md §1), switches and
serialization.
"""

from __future__ import annotations

import json

import pytest

from forms.zenkomoku.factory import FILE, change, full, official
from pia_dsl.errors import InvalidAssessmentError
from pia_dsl.forms.zenkomoku import (
    ConsignRisks,
    FileSection,
    FullAssessment,
    FullFileOverview,
    FullNetworkRisks,
    FullProvisionRisks,
)
from pia_dsl.io import dump, load
from pia_dsl.validate import validate
from pia_dsl.walk import Kind, walk
from pia_dsl.wareki import UNDECIDED

#: The items of the cover, Ⅰ, （別添１）, Ⅱ, （別添２）, Ⅴ and Ⅵ, transcribed from §1 of
#: form-zenkomoku.md (Ⅲ and Ⅳ are transcribed in test_star.py).  One system, one file, one
#: 委託事項, one 提供先 and one 移転先.
OUTLINE = """
表紙 評価書番号
表紙 評価書名
表紙 個人のプライバシー等の権利利益の保護の宣言
表紙 特記事項
表紙 評価実施機関名
表紙 個人情報保護委員会　承認日　【行政機関等のみ】
表紙 公表日
Ⅰ-1-① 事務の名称
Ⅰ-1-② 事務の内容
Ⅰ-1-③ 対象人数
Ⅰ-2-システム1-① システムの名称
Ⅰ-2-システム1-② システムの機能
Ⅰ-2-システム1-③ 他のシステムとの接続
Ⅰ-3 特定個人情報ファイル名
Ⅰ-4-① 事務実施上の必要性
Ⅰ-4-② 実現が期待されるメリット
Ⅰ-5 法令上の根拠
Ⅰ-6-① 実施の有無
Ⅰ-6-② 法令上の根拠
Ⅰ-7-① 部署
Ⅰ-7-② 所属長の役職名
Ⅰ-8 他の評価実施機関
（別添1） 図
（別添1） （備考）
Ⅱ-ファイル1-1 特定個人情報ファイル名
Ⅱ-ファイル1-2-① ファイルの種類
Ⅱ-ファイル1-2-② 対象となる本人の数
Ⅱ-ファイル1-2-③ 対象となる本人の範囲
Ⅱ-ファイル1-2 その必要性
Ⅱ-ファイル1-2-④ 記録される項目
Ⅱ-ファイル1-2 主な記録項目
Ⅱ-ファイル1-2 その妥当性
Ⅱ-ファイル1-2 全ての記録項目
Ⅱ-ファイル1-2-⑤ 保有開始日
Ⅱ-ファイル1-2-⑥ 事務担当部署
Ⅱ-ファイル1-3-① 入手元
Ⅱ-ファイル1-3-② 入手方法
Ⅱ-ファイル1-3-③ 入手の時期・頻度
Ⅱ-ファイル1-3-④ 入手に係る妥当性
Ⅱ-ファイル1-3-⑤ 本人への明示
Ⅱ-ファイル1-3-⑥ 使用目的
Ⅱ-ファイル1-3 変更の妥当性
Ⅱ-ファイル1-3-⑦ 使用部署
Ⅱ-ファイル1-3-⑦ 使用者数
Ⅱ-ファイル1-3-⑧ 使用方法
Ⅱ-ファイル1-3 情報の突合
Ⅱ-ファイル1-3 情報の統計分析
Ⅱ-ファイル1-3 権利利益に影響を与え得る決定
Ⅱ-ファイル1-3-⑨ 使用開始日
Ⅱ-ファイル1-4 委託の有無
Ⅱ-ファイル1-4-委託事項1 委託事項名
Ⅱ-ファイル1-4-委託事項1-① 委託内容
Ⅱ-ファイル1-4-委託事項1-② 取扱いを委託する特定個人情報ファイルの範囲
Ⅱ-ファイル1-4-委託事項1 対象となる本人の数
Ⅱ-ファイル1-4-委託事項1 対象となる本人の範囲
Ⅱ-ファイル1-4-委託事項1 その妥当性
Ⅱ-ファイル1-4-委託事項1-③ 委託先における取扱者数
Ⅱ-ファイル1-4-委託事項1-④ 委託先への特定個人情報ファイルの提供方法
Ⅱ-ファイル1-4-委託事項1-⑤ 委託先名の確認方法
Ⅱ-ファイル1-4-委託事項1-⑥ 委託先名
Ⅱ-ファイル1-4-委託事項1-⑦ 再委託の有無
Ⅱ-ファイル1-4-委託事項1-⑧ 再委託の許諾方法
Ⅱ-ファイル1-4-委託事項1-⑨ 再委託事項
Ⅱ-ファイル1-5 提供・移転の有無
Ⅱ-ファイル1-5-提供先1 提供先名
Ⅱ-ファイル1-5-提供先1-① 法令上の根拠
Ⅱ-ファイル1-5-提供先1-② 提供先における用途
Ⅱ-ファイル1-5-提供先1-③ 提供する情報
Ⅱ-ファイル1-5-提供先1-④ 提供する情報の対象となる本人の数
Ⅱ-ファイル1-5-提供先1-⑤ 提供する情報の対象となる本人の範囲
Ⅱ-ファイル1-5-提供先1-⑥ 提供方法
Ⅱ-ファイル1-5-提供先1-⑦ 時期・頻度
Ⅱ-ファイル1-5-移転先1 移転先名
Ⅱ-ファイル1-5-移転先1-① 法令上の根拠
Ⅱ-ファイル1-5-移転先1-② 移転先における用途
Ⅱ-ファイル1-5-移転先1-③ 移転する情報
Ⅱ-ファイル1-5-移転先1-④ 移転する情報の対象となる本人の数
Ⅱ-ファイル1-5-移転先1-⑤ 移転する情報の対象となる本人の範囲
Ⅱ-ファイル1-5-移転先1-⑥ 移転方法
Ⅱ-ファイル1-5-移転先1-⑦ 時期・頻度
Ⅱ-ファイル1-6-① 保管場所
Ⅱ-ファイル1-6-② 期間
Ⅱ-ファイル1-6-② その妥当性
Ⅱ-ファイル1-6-③ 消去方法
Ⅱ-ファイル1-7 備考
（別添2）-ファイル1 記録項目
Ⅴ-1-① 請求先
Ⅴ-1-② 請求方法
Ⅴ-1 特記事項
Ⅴ-1-③ 手数料等
Ⅴ-1 手数料額、納付方法
Ⅴ-1-④ 個人情報ファイル簿の公表
Ⅴ-1-④ 個人情報ファイル名
Ⅴ-1-④ 公表場所
Ⅴ-1-⑤ 法令による特別の手続
Ⅴ-1-⑥ 個人情報ファイル簿への不記載等
Ⅴ-2-① 連絡先
Ⅴ-2-② 対応方法
Ⅵ-1-① 実施日
Ⅵ-1-② しきい値判断結果
Ⅵ-2-① 方法
Ⅵ-2-② 実施日・期間
Ⅵ-2-③ 期間を短縮する特段の理由
Ⅵ-2-④ 主な意見の内容
Ⅵ-2-⑤ 評価書への反映
Ⅵ-3-① 実施日
Ⅵ-3-② 方法
Ⅵ-3-③ 結果
Ⅵ-4-① 提出日
Ⅵ-4-② 個人情報保護委員会による審査
"""

R = f"s3.files[{FILE}]"


def _one_system() -> FullAssessment:
    a = full()
    return change(a, "s1.systems", a.s1.systems[:1])


def _inactive(assessment: FullAssessment, prefix: str) -> dict[str, str]:
    return {
        e.dotted: e.switch
        for e in walk(assessment)
        if e.kind is Kind.FIELD and not e.active and e.dotted.startswith(prefix)
    }


class TestOutline:
    def test_items_in_printed_order(self) -> None:
        """Every item of §1 outside Ⅲ and Ⅳ is a field, in printed order, and no other."""
        fields = [
            official(e)
            for e in walk(_one_system())
            if e.kind is Kind.FIELD and e.path[0] not in {"s3", "s4", "history"}
        ]

        assert OUTLINE.strip().splitlines() == fields

    def test_section_order(self) -> None:
        """Sections and annexes come in printed order."""
        sections = [e.item.heading for e in walk(full()) if e.depth == 1]

        assert sections == [
            "表紙",
            "Ⅰ　基本情報",
            "（別添１）事務の内容",
            "Ⅱ　特定個人情報ファイルの概要",
            "（別添２）特定個人情報ファイル記録項目",
            "Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策",
            "Ⅳ　その他のリスク対策",
            "Ⅴ　開示請求、問合せ",
            "Ⅵ　評価実施手続",
        ]

    def test_consign_risk_headings(self) -> None:
        """Ⅲ-4 keeps its five printed risk headings for the template."""
        assert len(ConsignRisks.RISK_HEADINGS) == 5
        assert ConsignRisks.RISK_HEADINGS[-1] == "再委託に関するリスク"


class TestSwitches:
    def test_not_consigned_switches_off_all_of_iii_4(self) -> None:
        """「委託しない」 makes every Ⅲ-4 item inactive except the switch itself."""
        a = change(full(), f"{R}.consignment", ConsignRisks(not_consigned=True))

        inactive = _inactive(a, f"{R}.consignment")

        assert len(inactive) == 17
        assert {"委託しない"} == set(inactive.values())
        assert f"{R}.consignment.not_consigned" not in inactive

    def test_not_provided_switches_off_iii_5(self) -> None:
        """「提供・移転しない」 makes every Ⅲ-5 item inactive."""
        a = change(full(), f"{R}.provision", FullProvisionRisks(not_provided=True))

        assert len(_inactive(a, f"{R}.provision")) == 11

    @pytest.mark.parametrize(
        ("acquisition", "provision", "count"),
        [(True, False, 8), (False, True, 6), (True, True, 15), (False, False, 0)],
    )
    def test_network_switches(self, acquisition: bool, provision: bool, count: int) -> None:
        """接続しない（入手） covers リスク１–４, （提供） リスク５–７, both also その他."""
        a = change(
            full(),
            f"{R}.network",
            FullNetworkRisks(no_acquisition=acquisition, no_provision=provision),
        )

        assert count == len(_inactive(a, f"{R}.network"))


class TestSerialization:
    def test_full_round_trip(self) -> None:
        """A populated instance survives JSON."""
        a = full()

        assert a == load(dump(a, "json"), "json")

    def test_unknown_key_names_the_item(self) -> None:
        """A misspelt key is rejected with the official heading of its section."""
        data = json.loads(dump(full(), "json"))
        data["s6"]["basic_assessment"]["threshold_result"] = "x"

        with pytest.raises(InvalidAssessmentError, match="基礎項目評価"):
            load(json.dumps(data, ensure_ascii=False), "json")

    def test_undecided_holding_start(self) -> None:
        """⑤保有開始日 may be 「未定」 and survives YAML as that text."""
        a = change(full(), f"s2.files[{FILE}].basics.holding_start", UNDECIDED)

        text = dump(a, "yaml")

        assert "holding_start: 未定" in text
        assert a == load(text, "yaml")
        assert validate(a) == []


class TestBlankDefaults:
    """
    Every item has a blank default: the constructor asks for nothing, and ``pia check``
    (the ``required`` metadata) is the only completeness gate.
    """

    def test_blank_document_reports_missing_items(self) -> None:
        document = FullAssessment(s2=FileSection(files=(FullFileOverview(key="f"),)))
        missing = {f.path for f in validate(document) if f.rule == "required"}

        assert {
            "s1.affair.name",
            "s5.disclosure.requests_to",
            "s6.public_comment.method",
        } <= missing
        assert "s2.files[f].basics.person_scope" in missing
        assert "s2.files[f].remarks" not in missing  # 備考 is optional
