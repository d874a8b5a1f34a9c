"""
Every label of the 基礎項目評価書 (様式２), in one table.

No published 基礎項目評価書 of the current 様式 was readable when this table was written;
``rules.md`` §3.1 marks each part of the outline by source:

* ``C`` — confirmed in a published 基礎項目評価書 (赤磐市, 尼崎市) or the 記載要領;
* ``S`` — the same text in published 重点/全項目 documents;
* ``R`` — recollection of the current 様式, not confirmed;
* ``I`` — our inference (e.g. glyph choices).

To correct a label, change it here: the model (:mod:`pia_dsl.forms.kiso`) reads every
number and label from :data:`LABELS` through :func:`item`, keyed by the field's attribute
path.  :func:`unconfirmed` lists what still needs checking against the PPC's 様式.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from ... import meta
from ..editions import form_mark

__all__ = [
    "FORM_MARK",
    "HISTORY_TITLE",
    "LABELS",
    "SUBMITTED_NOTE",
    "TITLE",
    "Label",
    "item",
    "unconfirmed",
]


@frozen
class Label:
    """
    One printed item: its number, its verbatim text and where the text comes from.
    """

    number: str
    text: str
    source: str


#: The title printed at the top of the form.  [C] (S7, with 「（ ）」 as in the other forms)
TITLE = "特定個人情報保護評価書（基礎項目評価書）"

#: The 様式 mark.  Observed: 「[平成26年4月 様式2]」 (赤磐市, 尼崎市), 「[平成29年5月 様式2]」
#: (記載要領) and 「[平成30年5月 様式2]」 (documents up to 令和7年, editions.md); the table of
#: the three forms' marks is :data:`pia_dsl.forms.editions.FORM_MARKS`.
FORM_MARK = form_mark("kiso")

#: Fixed text printed under Ⅳ-1.  [R]
SUBMITTED_NOTE = (
    "2)又は3)を選択した評価実施機関については、それぞれ重点項目評価書又は全項目評価書において、"
    "リスク対策の詳細が記載されている。"
)

#: The heading of the unnumbered page after Ⅳ (no 「（別添）」 number on this form).  [R]
HISTORY_TITLE = "変更箇所"

#: Attribute path → printed number, text and source.
LABELS: dict[str, Label] = {
    # 表紙 -----------------------------------------------------------------
    "cover": Label("", "表紙", "I"),  # not printed: the cover block has no heading
    "cover.number": Label("", "評価書番号", "C"),
    "cover.title": Label("", "評価書名", "C"),
    "cover.declaration": Label("", "個人のプライバシー等の権利利益の保護の宣言", "C"),
    "cover.notes": Label("", "特記事項", "C"),
    "cover.agency": Label("", "評価実施機関名", "C"),
    "cover.published": Label("", "公表日", "C"),
    # Ⅰ 関連情報 -------------------------------------------------------------
    "s1": Label("Ⅰ", "関連情報", "C"),
    "s1.affair": Label("１．", "特定個人情報ファイルを取り扱う事務", "C"),
    "s1.affair.name": Label("①", "事務の名称", "C"),
    "s1.affair.summary": Label("②", "事務の概要", "C"),
    "s1.affair.systems": Label("③", "システムの名称", "C"),
    "s1.file_names": Label("２．", "特定個人情報ファイル名", "C"),
    "s1.number_use": Label("３．", "個人番号の利用", "C"),
    "s1.number_use.legal_basis": Label("", "法令上の根拠", "C"),
    "s1.linkage": Label("４．", "情報提供ネットワークシステムによる情報連携", "C"),
    "s1.linkage.status": Label("①", "実施の有無", "C"),
    "s1.linkage.legal_basis": Label("②", "法令上の根拠", "C"),
    "s1.department": Label("５．", "評価実施機関における担当部署", "C"),
    "s1.department.name": Label("①", "部署", "C"),
    "s1.department.head": Label("②", "所属長の役職名", "S"),
    "s1.other_bodies": Label("６．", "他の評価実施機関", "C"),
    "s1.disclosure": Label("７．", "特定個人情報の開示・訂正・利用停止請求", "C"),
    "s1.disclosure.requests_to": Label("", "請求先", "C"),
    "s1.inquiry": Label("８．", "特定個人情報ファイルの取扱いに関する問合せ", "C"),
    "s1.inquiry.contact": Label("", "連絡先", "C"),
    "s1.rule_9_2": Label("９．", "規則第9条第2項の適用", "R"),
    "s1.rule_9_2.applied": Label("", "適用した", "R"),
    "s1.rule_9_2.reason": Label("", "適用した理由", "R"),
    # Ⅱ しきい値判断項目 -----------------------------------------------------
    "s2": Label("Ⅱ", "しきい値判断項目", "C"),
    "s2.persons": Label("１．", "対象人数", "C"),
    "s2.persons.band": Label("", "評価対象の事務の対象人数は何人か", "C"),
    "s2.persons.counted_on": Label("", "いつ時点の計数か", "C"),
    "s2.handlers": Label("２．", "取扱者数", "C"),
    "s2.handlers.band": Label("", "特定個人情報ファイル取扱者数は500人以上か", "R"),
    "s2.handlers.counted_on": Label("", "いつ時点の計数か", "R"),
    "s2.incident": Label("３．", "重大事故", "R"),
    "s2.incident.occurred": Label(
        "", "過去1年以内に、評価実施機関において特定個人情報に関する重大事故が発生したか", "R"
    ),
    # Ⅲ しきい値判断結果 -----------------------------------------------------
    "s3": Label("Ⅲ", "しきい値判断結果", "R"),
    "s3.result": Label("", "しきい値判断結果", "R"),
    # Ⅳ リスク対策 -----------------------------------------------------------
    "s4": Label("Ⅳ", "リスク対策", "R"),
    "s4.submitted": Label("１．", "提出する特定個人情報保護評価書の種類", "R"),
    "s4.acquisition": Label(
        "２．", "特定個人情報の入手（情報提供ネットワークシステムを通じた入手を除く。）", "R"
    ),
    "s4.acquisition.sufficiency": Label("", "目的外の入手が行われるリスクへの対策は十分か", "R"),
    "s4.usage": Label("３．", "特定個人情報の使用", "R"),
    "s4.usage.linking": Label(
        "",
        "目的を超えた紐付け、事務に必要のない情報との紐付けが行われるリスクへの対策は十分か",
        "R",
    ),
    "s4.usage.unauthorized": Label(
        "",
        "権限のない者（元職員、アクセス権限のない職員等）によって不正に使用されるリスクへの対策は十分か",
        "R",
    ),
    "s4.consignment": Label("４．", "特定個人情報ファイルの取扱いの委託", "R"),
    "s4.consignment.not_consigned": Label("", "委託しない", "R"),
    "s4.consignment.sufficiency": Label(
        "", "委託先における不正な使用等のリスクへの対策は十分か", "R"
    ),
    "s4.provision": Label(
        "５．",
        "特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）",
        "R",
    ),
    "s4.provision.not_provided": Label("", "提供・移転しない", "R"),
    "s4.provision.sufficiency": Label("", "不正な提供・移転が行われるリスクへの対策は十分か", "R"),
    "s4.network": Label("６．", "情報提供ネットワークシステムとの接続", "R"),
    "s4.network.no_acquisition": Label("", "接続しない（入手）", "R"),
    "s4.network.no_provision": Label("", "接続しない（提供）", "R"),
    "s4.network.acquisition": Label("", "目的外の入手が行われるリスクへの対策は十分か", "R"),
    "s4.network.provision": Label("", "不正な提供が行われるリスクへの対策は十分か", "R"),
    "s4.storage": Label("７．", "特定個人情報の保管・消去", "R"),
    "s4.storage.sufficiency": Label(
        "", "特定個人情報の漏えい・滅失・毀損リスクへの対策は十分か", "R"
    ),
    "s4.manual_work": Label("８．", "人手を介在させる作業", "R"),
    "s4.manual_work.none": Label("", "人手を介在させる作業はない", "R"),
    "s4.manual_work.sufficiency": Label("", "人為的ミスが発生するリスクへの対策は十分か", "R"),
    "s4.manual_work.grounds": Label("", "判断の根拠", "R"),
    "s4.audit": Label("９．", "監査", "R"),
    "s4.audit.done": Label("", "実施の有無", "R"),
    "s4.training": Label("１０．", "従業者に対する教育・啓発", "R"),
    "s4.training.effort": Label("", "従業者に対する教育・啓発", "R"),
    "s4.priority": Label("１１．", "最も優先度が高いと考えられる対策", "R"),
    "s4.priority.detailed": Label("", "全項目評価又は重点項目評価を実施する", "R"),
    "s4.priority.measure": Label("", "最も優先度が高いと考えられる対策", "R"),
    "s4.priority.sufficiency": Label("", "当該対策は十分か【再掲】", "R"),
    "s4.priority.grounds": Label("", "判断の根拠", "R"),
}


def item(key: str, *, required: bool = True) -> dict[str, Any]:
    """
    Field metadata for the item ``key`` of :data:`LABELS`.  The 基礎項目評価書 has no ※
    items, so ``star`` is always ``None``.
    """
    label = LABELS[key]
    return meta.item(label.number, label.text, required=required)


def unconfirmed() -> list[str]:
    """
    The keys whose label is recollection (``R``), to check against the official 様式.
    """
    return [key for key, label in LABELS.items() if label.source == "R"]
