"""
The real 変更箇所 rows of 藤沢市 and 堺市 (``henko-rows-fujisawa-sakai.jsonl``) reproduced by
committing the edits that produced them.

For each document, :data:`SPECS` lists its publications (oldest first) and, per
publication, the items it edits with their value *after* that publication (the state
before the first edit is given in ``initial``).  :func:`build` commits the project module
once per publication — the module itself, with the edits applied as assignments
(``replace_at`` on ``assessment``), its 公表日 set, and the declarations the municipality
would write (``row_styles``; per publication ``Revision(rows=…, overrides=…)``) — and
:func:`computed` runs ``pia changes --from A --to B --format json`` for every pair of
consecutive publications.

:func:`measure` compares each real row listed in ``rows`` with the computed rows of its
date, column by column, after :func:`changes.kit.norm` (NFKC, no whitespace, no ※: the
jsonl is PDF text, whose line breaks became spaces and whose glyphs are folded).

A row's 項目 is computed from the form (long or short style) unless the spec declares the
printed text (``item=``, the per-row item override); its 提出時期 is the ※ default unless
``timing=True`` declares the printed one (an ``Override`` with the printed explanation).
:func:`report` says, for every column, how many rows match and how many of those needed a
declaration.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from attrs import field, frozen

from changes.kit import PROJECT, GitRepo, norm, project_assessment
from pia_dsl.cli import main

ROWS_FILE = Path("/work/shared/reference/examples/henko-rows-fujisawa-sakai.jsonl")
REAL: list[dict[str, str]] = [
    json.loads(line) for line in ROWS_FILE.read_text(encoding="utf-8").splitlines() if line
]
COLUMNS = ("item", "before", "after", "timing")

Path_ = tuple[str, ...]


@frozen(kw_only=True)
class Row:
    """
    A real row to reproduce: the item it belongs to, and what the module declares for it.
    """

    path: str
    item: str | None = None
    timing: bool = False
    style: str = ""


@frozen(kw_only=True)
class Spec:
    """
    One document: its module, first 公表日, item style, edits and the rows they produce.
    """

    module: str
    first: str
    style: str
    initial: Mapping[Path_, str]
    publications: tuple[tuple[str, Mapping[Path_, str]], ...]
    rows: Mapping[int, Row]
    row_styles: str = "RowStyles()"
    imports: tuple[str, ...] = ()
    skipped: Mapping[int, str] = field(factory=dict)


def _q(text: str) -> str:
    return repr(text)


def _lines(text: str) -> str:
    """
    A PDF-joined cell back to its printed lines (「 ・」 starts a line).
    """
    return text.replace(" ・", "\n・")


def _replace_line(text: str, start: str, line: str) -> str:
    lines = text.split("\n")
    index = next(i for i, old in enumerate(lines) if old.startswith(start))
    lines[index] = line
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 藤沢市 重点項目評価書
# ---------------------------------------------------------------------------


def _fujisawa() -> Spec:
    r = REAL
    doc = project_assessment("fujisawa_shoni_iryo")
    sources = (
        "checks(Source.PERSON, (Source.OTHER_DEPARTMENT, {}), (Source.LOCAL_BODY, '他自治体'))"
    )
    methods = (
        "checks(AcquisitionMethod.PAPER, AcquisitionMethod.INTRA_AGENCY, "
        "AcquisitionMethod.NETWORK_SYSTEM, (AcquisitionMethod.OTHER, {}))"
    )
    provision = (
        "FocusedProvisionRisks(not_provided=False, risk=FocusedProvisionRisk(rule=Stipulation.DEFINED, "
        f"content={_q(r[11]['before'])}, other_measures={_q(r[12]['before'])}, "
        "sufficiency=Sufficiency.SUFFICIENT))"
    )
    acquisition = doc.s3.network.risk1.measures
    old_note = acquisition.replace("第19条第9号", "第19条第14号")
    network = ("s3", "network", "risk1", "measures")
    initial = {
        ("s1", "department", "head"): _q(r[0]["before"]),
        ("s2", "acquisition", "sources"): sources.format(
            _q("市民税課、生活援護課、保険年金課、保健医療総務課")
        ),
        ("s1", "linkage", "legal_basis"): _q(r[2]["before"]),
        ("s1", "affair", "target_count"): "FocusedTargetCount.FROM_10K_TO_100K",
        ("s2", "basics", "person_count"): "PersonCount.FROM_10K_TO_100K",
        ("s2", "acquisition", "methods"): methods.format(_q("")),
        ("s2", "acquisition", "users", "departments"): _q(r[6]["before"]),
        ("s2", "storage", "location"): _q(r[20]["before"]),
        ("s3", "provision"): provision,
        ("s3", "training", "method"): _q(_lines(r[23]["before"])),
        network: _q(old_note),
        ("s4", "disclosure", "method"): _q(r[27]["before"]),
        ("s5", "basic_assessment", "performed_on"): 'wareki("平成28年9月16日")',
        ("s5", "basic_assessment", "threshold"): "FocusedThresholdResult.KISO_VOLUNTARY_JUTEN",
        ("history",): "()",
    }
    publications: tuple[tuple[str, Mapping[Path_, str]], ...] = (
        (
            "平成31年2月1日",
            {
                ("s1", "department", "head"): _q(r[0]["after"]),
                ("s2", "acquisition", "sources"): sources.format(
                    _q("市民税課、生活援護課、保険年金課、福祉医療給付課")
                ),
                ("s1", "linkage", "legal_basis"): _q(r[2]["after"]),
            },
        ),
        (
            "令和2年3月13日",
            {
                ("s1", "affair", "target_count"): "FocusedTargetCount.FROM_100K_TO_300K",
                ("s2", "basics", "person_count"): "PersonCount.FROM_100K_TO_1M",
                ("s2", "acquisition", "methods"): methods.format(
                    _q("電子申請システムを利用した、本人からの小児医療証にかかる新規申請")
                ),
                ("s2", "acquisition", "users", "departments"): _q(r[6]["after"]),
                ("s3", "provision"): "FocusedProvisionRisks(not_provided=True)",
                ("s5", "basic_assessment", "performed_on"): 'wareki("令和2年1月1日")',
                ("s5", "basic_assessment", "threshold"): "FocusedThresholdResult.KISO_AND_JUTEN",
            },
        ),
        (
            "令和3年3月12日",
            {
                ("s2", "storage", "location"): _q(_lines(r[20]["after"])),
                ("s3", "training", "method"): _q(_lines(r[23]["after"])),
            },
        ),
        (
            "令和3年6月9日",
            {
                ("s2", "acquisition", "sources"): sources.format(
                    _q("市民税課、生活援護課、保険年金課、障がい者支援課")
                )
            },
        ),
        (
            "令和3年12月17日",
            {("s1", "linkage", "legal_basis"): _q(r[25]["after"]), network: _q(acquisition)},
        ),
        ("令和4年12月16日", {("s4", "disclosure", "method"): _q(r[27]["after"])}),
        (
            "令和6年12月19日",
            {("s5", "basic_assessment", "performed_on"): 'wareki("令和6年11月20日")'},
        ),
        (
            "令和7年7月18日",
            {
                ("s2", "acquisition", "users", "departments"): _q(r[31]["after"]),
                ("s5", "basic_assessment", "performed_on"): 'wareki("令和7年6月5日")',
            },
        ),
    )
    risk = "s3.provision.risk"
    rows = {
        0: Row(path="s1.department.head"),
        2: Row(path="s1.linkage.legal_basis", timing=True),
        3: Row(path="s1.affair.target_count"),
        4: Row(path="s2.basics.person_count"),
        5: Row(path="s2.acquisition.methods"),
        6: Row(path="s2.acquisition.users.departments"),
        9: Row(path="s3.provision.not_provided", item=r[9]["item"], timing=True),
        10: Row(path=f"{risk}.rule", item=r[10]["item"], timing=True),
        11: Row(path=f"{risk}.content", item=r[11]["item"], timing=True),
        12: Row(path=f"{risk}.other_measures", item=r[12]["item"], timing=True),
        13: Row(path=f"{risk}.sufficiency", item=r[13]["item"], timing=True),
        19: Row(path="s5.basic_assessment.threshold"),
        20: Row(path="s2.storage.location", item=r[20]["item"], timing=True),
        23: Row(path="s3.training.method", item=r[23]["item"], timing=True),
        24: Row(path="s2.acquisition.sources", timing=True),
        25: Row(path="s1.linkage.legal_basis", timing=True),
        26: Row(
            path="s3.network.risk1.measures",
            item=r[26]["item"],
            timing=True,
            style="text='blocks', headings=False",
        ),
        27: Row(path="s4.disclosure.method", item=r[27]["item"]),
        30: Row(path="s5.basic_assessment.performed_on"),
        31: Row(path="s2.acquisition.users.departments"),
        37: Row(path="s5.basic_assessment.performed_on", timing=True),
    }
    skipped = {
        1: "変更前・変更後は入手元の他部署の欄の文字のうち変わった課名だけ（同じ項目の行24は選択肢ごと）",
        7: "削除した一文の行だが、令和3年3月12日の行20の変更前にはその文が残っている（本文と矛盾）",
        8: "（別添1）記録項目の番号の振り直し: 別添1は記録項目の表で、1項目の行にならない",
        14: "Ⅲ-7 の文章の中の「③物理的な対策」の一文: 変更前の文が行21の変更前（同じ欄の旧本文）にない",
        15: "Ⅲ-7 の「④紙媒体の保管」の語句だけの削除: 行の単位が語句",
        16: "請求先の欄（住所・課名・電話番号の1行）のうち電話番号だけ",
        17: "問合せ先の欄（1行）のうち電話番号だけ",
        18: "変更後が Excel の日付「2020/1/1」（本文は令和2年1月1日）",
        21: "新しい本文を約300字ずつ2行に分けている（ブロックの境目ではない）",
        22: "同上（行21の続き、変更前が空欄）",
        28: "変更前が編集者の注記「右記の記述を追加」、変更後は欄の中の語句",
        29: "重複した一文の修正だが、提出時期が空欄で、変更前の文に本文の「・」がない",
        32: "変更後が注記「現行の中間サーバー・プラットフォームにおける措置について、下記内容のとおり、追記・修正する。」付き",
        33: "変更後（538→543字の全文）が本文の Ⅲ-6 その他のリスク（令和7年7月18日版）と一致しない",
        34: "変更後が注記「現行に中間サーバーブラットフォームにおける措置の内容を追記する。」付き",
        35: "変更後が注記「現行は記載事項がないが、…を記載する。」付き",
        36: "変更後が注記「現行にガバメントクラウドにおける措置の内容を追記する。」付き",
    }
    return Spec(
        module="assessments/fujisawa_shoni_iryo.py",
        first="平成30年4月1日",
        style="long",
        initial=initial,
        publications=publications,
        rows=rows,
        imports=(
            "from pia_dsl.forms.choices import Stipulation",
            "from pia_dsl.forms.juten import FocusedProvisionRisk",
        ),
        skipped=skipped,
    )


# ---------------------------------------------------------------------------
# 堺市 全項目評価書
# ---------------------------------------------------------------------------

_FILE2 = ("s2", "files", "[pension]")
_FILE3 = ("s3", "files", "[pension]")


def _sakai() -> Spec:
    r = REAL
    doc = project_assessment("sakai_kokumin_nenkin")
    s3 = doc.s3.files[0]
    consignment = doc.s2.files[0].consignment
    incident = (*_FILE3, "storage", "risk1", "incident")
    auth = (*_FILE3, "use", "risk2", "authentication", "method")
    auth_lines = s3.use.risk2.authentication.method.split("\n")
    bullets = auth_lines[3:-1]
    auth_before = "\n".join([r[57]["before"], r[42]["before"], r[58]["before"], *bullets])
    auth_after = "\n".join(
        [r[57]["after"], r[42]["after"], r[58]["after"], *bullets, r[43]["after"]]
    )

    def first_line(value: str, line: str) -> str:
        return "\n".join([line, *value.split("\n")[1:]])

    def cell(path: Path_, value: str, start: str, before: int, after: int) -> tuple[str, str]:
        return (
            _q(_replace_line(value, start, r[before]["before"])),
            _q(_replace_line(value, start, r[after]["after"])),
        )

    issuance = (*_FILE3, "use", "risk2", "issuance", "method")
    access = (*_FILE3, "use", "risk2", "access", "method")
    record = (*_FILE3, "use", "risk2", "record", "method")
    risk3 = (*_FILE3, "use", "risk3", "measures")
    physical = (*_FILE3, "storage", "risk1", "physical", "content")
    audit = ("s4", "audit", "audit", "content")
    training = ("s4", "training", "method")
    provision_other = (*_FILE3, "provision", "risk1", "other_measures")
    blocks: dict[Path_, tuple[str, str]] = {
        issuance: (
            _q(first_line(s3.use.risk2.issuance.method, r[59]["before"])),
            _q(first_line(s3.use.risk2.issuance.method, r[59]["after"])),
        ),
        access: (
            _q(first_line(s3.use.risk2.access.method, r[60]["before"])),
            _q(first_line(s3.use.risk2.access.method, r[60]["after"])),
        ),
        record: (
            _q(first_line(s3.use.risk2.record.method, r[66]["before"])),
            _q(first_line(s3.use.risk2.record.method, r[66]["after"])),
        ),
        physical: cell(physical, s3.storage.risk1.physical.content, "2. 端末設置場所", 62, 62),
        audit: (
            _q(first_line(doc.s4.audit.audit.content, r[64]["before"])),
            _q(first_line(doc.s4.audit.audit.content, r[64]["after"])),
        ),
    }
    for path, value in ((risk3, s3.use.risk3.measures), (training, doc.s4.training.method)):
        old = value.replace("第15条(侵害時の対応)第10項", "第15条(侵害時の対応)第5項")
        blocks[path] = (_q(old), _q(value))
    provision_before = _q(
        _replace_line(s3.provision.risk1.other_measures, "・遠隔地保管", r[85]["before"])
    )
    destination = doc.s5.disclosure.requests_to
    contact = doc.s5.inquiry.contact
    initial: dict[Path_, str] = {
        ("s1", "department", "head"): _q(r[39]["before"]),
        ("s1", "department", "name"): _q(r[89]["before"]),
        (*_FILE2, "basics", "department"): _q(r[90]["before"]),
        (*incident, "status"): "Incident.NONE",
        (*incident, "content"): _q(""),
        (*incident, "prevention"): _q(""),
        ("s6", "basic_assessment", "performed_on"): 'wareki("平成27年8月19日")',
        (
            *_FILE2,
            "consignment",
            "items",
        ): f"assessment.s2.files[0].consignment.items[:{len(consignment.items) - 1}]",
        (
            *_FILE2,
            "consignment",
            "items",
            "[operation_maintenance]",
            "reconsignment",
            "permission",
        ): _q(r[54]["before"]),
        (*_FILE2, "consignment", "items", "[punch]", "contractor"): _q(r[71]["before"]),
        (*_FILE2, "provision", "transfers"): "()",
        (*_FILE2, "storage", "erasure"): _q(_lines(r[56]["before"])),
        (*_FILE2, "basics", "holding_start"): "Undecided.UNDECIDED",
        (*_FILE2, "acquisition", "usage_start"): 'wareki("平成28年1月1日")',
        ("s1", "number_use", "legal_basis"): _q(r[68]["before"]),
        auth: _q(auth_before),
        (*_FILE3, "use", "other_risks"): _q(""),
        (*_FILE3, "provision", "risk2", "measures"): _q(_lines(r[45]["before"])),
        (*_FILE3, "storage", "risk1", "other_measures"): _q(""),
        provision_other: provision_before,
        ("s5", "disclosure", "requests_to"): _q(first_line(destination, r[86]["before"])),
        ("s5", "inquiry", "contact"): _q(first_line(contact, r[91]["before"])),
        ("history",): "()",
        **{path: old for path, (old, _new) in blocks.items()},
    }
    publications: tuple[tuple[str, Mapping[Path_, str]], ...] = (
        (
            "平成28年10月12日",
            {
                ("s1", "department", "head"): _q(r[39]["after"]),
                (*incident, "status"): "Incident.OCCURRED",
                (*incident, "content"): _q(r[47]["after"]),
                (*incident, "prevention"): _q(r[48]["after"]),
                ("s6", "basic_assessment", "performed_on"): 'wareki("平成28年4月1日")',
                (*_FILE2, "consignment", "items"): "assessment.s2.files[0].consignment.items",
                (
                    *_FILE2,
                    "consignment",
                    "items",
                    "[operation_maintenance]",
                    "reconsignment",
                    "permission",
                ): _q(r[54]["after"]),
                (*_FILE2, "provision", "transfers"): "assessment.s2.files[0].provision.transfers",
                (*_FILE2, "storage", "erasure"): _q(_lines(r[56]["after"])),
                auth: _q(auth_after),
                (*_FILE3, "use", "other_risks"): _q(_lines(r[44]["after"])),
                (*_FILE3, "provision", "risk2", "measures"): _q(_lines(r[45]["after"])),
                (*_FILE3, "storage", "risk1", "other_measures"): _q(r[53]["after"]),
                **{path: new for path, (_old, new) in blocks.items()},
            },
        ),
        (
            "平成29年4月1日",
            {
                ("s1", "number_use", "legal_basis"): _q(_lines(r[68]["after"])),
                (*_FILE2, "basics", "holding_start"): 'wareki("平成29年1月1日")',
                (*_FILE2, "acquisition", "usage_start"): 'wareki("平成29年1月1日")',
                (*_FILE2, "consignment", "items", "[punch]", "contractor"): _q(r[71]["after"]),
                ("s6", "basic_assessment", "performed_on"): 'wareki("平成29年4月13日")',
            },
        ),
        (
            "平成30年4月1日",
            {
                (*_FILE2, "consignment", "items", "[punch]", "contractor"): _q(r[73]["after"]),
                ("s6", "basic_assessment", "performed_on"): 'wareki("平成30年4月1日")',
            },
        ),
        ("平成30年8月27日", {("s1", "department", "head"): _q(r[75]["after"])}),
        (
            "平成31年4月1日",
            {
                (*incident, "content"): _q(r[76]["after"]),
                (*incident, "prevention"): _q(r[77]["after"]),
                (*_FILE3, "storage", "risk1", "other_measures"): _q(r[83]["after"]),
                ("s6", "basic_assessment", "performed_on"): 'wareki("平成31年4月1日")',
            },
        ),
        (
            "令和2年4月1日",
            {
                provision_other: _q(s3.provision.risk1.other_measures),
                ("s5", "disclosure", "requests_to"): _q(destination),
                ("s6", "basic_assessment", "performed_on"): 'wareki("令和2年4月1日")',
            },
        ),
        (
            "令和3年4月1日",
            {
                ("s1", "department", "name"): _q(r[89]["after"]),
                (*_FILE2, "basics", "department"): _q(r[90]["after"]),
                ("s5", "inquiry", "contact"): _q(contact),
                (*incident, "content"): _q(r[92]["after"]),
                (*incident, "prevention"): _q(_lines(r[93]["after"])),
                ("s6", "basic_assessment", "performed_on"): 'wareki("令和3年4月1日")',
            },
        ),
    )
    f2, f3 = "s2.files[pension]", "s3.files[pension]"
    inc = f"{f3}.storage.risk1.incident"
    rows = {
        39: Row(path="s1.department.head", item=r[39]["item"]),
        44: Row(path=f"{f3}.use.other_risks", item=r[44]["item"]),
        45: Row(path=f"{f3}.provision.risk2.measures", item=r[45]["item"], style="text='whole'"),
        46: Row(path=f"{inc}.status", item=r[46]["item"]),
        47: Row(path=f"{inc}.content", item=r[47]["item"]),
        48: Row(path=f"{inc}.prevention", item=r[48]["item"]),
        49: Row(path="s6.basic_assessment.performed_on", item=r[49]["item"]),
        50: Row(path=f"{f2}.consignment.status", item=r[50]["item"]),
        53: Row(path=f"{f3}.storage.risk1.other_measures", item=r[53]["item"], timing=True),
        54: Row(
            path=f"{f2}.consignment.items[operation_maintenance].reconsignment.permission",
            item=r[54]["item"],
        ),
        55: Row(path=f"{f2}.provision.status", item=r[55]["item"]),
        56: Row(path=f"{f2}.storage.erasure", item=r[56]["item"], style="split='runs'"),
        57: Row(path=f"{f3}.use.risk2.authentication.method", item=r[57]["item"], timing=True),
        58: Row(path=f"{f3}.use.risk2.authentication.method", item=r[58]["item"], timing=True),
        # the same cell: its 項目 and 提出時期 are declared once, for the rows 57 and 58
        42: Row(path=f"{f3}.use.risk2.authentication.method"),
        43: Row(path=f"{f3}.use.risk2.authentication.method"),
        59: Row(path=f"{f3}.use.risk2.issuance.method", item=r[59]["item"], timing=True),
        60: Row(path=f"{f3}.use.risk2.access.method", item=r[60]["item"], timing=True),
        61: Row(
            path=f"{f3}.use.risk3.measures", item=r[61]["item"], timing=True, style="unit='items'"
        ),
        62: Row(path=f"{f3}.storage.risk1.physical.content", item=r[62]["item"], timing=True),
        64: Row(path="s4.audit.audit.content", item=r[64]["item"], timing=True),
        65: Row(path="s4.training.method", item=r[65]["item"], timing=True, style="unit='items'"),
        66: Row(path=f"{f3}.use.risk2.record.method", item=r[66]["item"], timing=True),
        68: Row(path="s1.number_use.legal_basis", item=r[68]["item"], timing=True),
        69: Row(path=f"{f2}.basics.holding_start", item=r[69]["item"]),
        70: Row(path=f"{f2}.acquisition.usage_start", item=r[70]["item"]),
        71: Row(path=f"{f2}.consignment.items[punch].contractor", item=r[71]["item"]),
        73: Row(path=f"{f2}.consignment.items[punch].contractor", item=r[73]["item"]),
        74: Row(path="s6.basic_assessment.performed_on", item=r[74]["item"]),
        75: Row(path="s1.department.head", item=r[75]["item"]),
        76: Row(path=f"{inc}.content", item=r[76]["item"]),
        77: Row(path=f"{inc}.prevention", item=r[77]["item"]),
        83: Row(path=f"{f3}.storage.risk1.other_measures", item=r[83]["item"], timing=True),
        84: Row(path="s6.basic_assessment.performed_on", item=r[84]["item"]),
        85: Row(path=f"{f3}.provision.risk1.other_measures", item=r[85]["item"], timing=True),
        86: Row(path="s5.disclosure.requests_to", item=r[86]["item"]),
        87: Row(path="s6.basic_assessment.performed_on", item=r[87]["item"]),
        89: Row(path="s1.department.name", item=r[89]["item"]),
        90: Row(path=f"{f2}.basics.department", item=r[90]["item"]),
        91: Row(path="s5.inquiry.contact", item=r[91]["item"]),
        92: Row(path=f"{inc}.content", item=r[92]["item"]),
        93: Row(path=f"{inc}.prevention", item=r[93]["item"]),
        95: Row(path="s6.basic_assessment.performed_on", item=r[95]["item"]),
    }
    skipped = {
        38: "変更前が注記「1～6まで記載有り」",
        40: "保有開始日「平成28年1月予定」: 様式の値（日付か未定）にない記載",
        41: "変更後が注記「戸籍住民課への移転について記載」（移転先1の項目追加。件数の行55は再現）",
        51: "変更後が注記「委託事項3 ①～⑨について追記」（項目追加。件数の行50は再現）",
        52: "（別添2）の記録項目: 注記「…について記載有り」「…について追記」",
        63: "○の見出しの段落を、変わっていない「・」の行ごと引用している",
        67: "同上（○不正アクセス対策の段落）",
        72: "記録項目「納付申出」の追加: 全項目の記録項目は（別添2）の表",
        78: "変更後が「同上」",
        79: "変更後が「同上」",
        80: "変更後が「同上」",
        81: "変更後が「同上」",
        82: "変更後が「同上」（項目の番号も ㉑）",
        88: "事務の内容の欄の中の語句だけ（「手帳」→「手帳(R4.4.1～基礎年金番号通知書)」）",
        94: "行91と同じ行の重複",
    }
    module_styles = (
        "RowStyles(default=RowStyle(text='blocks', unit='lines', headings=False, "
        "split='blocks', added='なし'))"
    )
    return Spec(
        module="assessments/sakai_kokumin_nenkin.py",
        first="平成27年9月1日",
        style="short",
        initial=initial,
        publications=publications,
        rows=rows,
        row_styles=module_styles,
        imports=("from pia_dsl.wareki import Undecided",),
        skipped=skipped,
    )


SPECS = {"fujisawa": _fujisawa, "sakai": _sakai}


# ---------------------------------------------------------------------------
# Building the history and measuring
# ---------------------------------------------------------------------------


def _declarations(spec: Spec) -> str:
    """
    ``row_styles`` and ``revisions``: per publication, the printed 項目 texts, styles and
    提出時期 the spec declares for its rows.
    """
    by_date: dict[str, list[tuple[int, Row]]] = {}
    for number, row in spec.rows.items():
        by_date.setdefault(REAL[number]["date"], []).append((number, row))
    revisions = []
    for published, rows in by_date.items():
        items: dict[str, str] = {}
        overrides: dict[str, str] = {}
        for number, row in rows:
            settings = [s for s in (row.style, f"item={row.item!r}" if row.item else "") if s]
            if settings and row.path not in items:
                items[row.path] = f"RowStyle({', '.join(settings)})"
            if row.timing and row.path not in overrides:
                real = REAL[number]
                timing = "Timing.BEFORE" if real["timing"] == "事前" else "Timing.AFTER"
                overrides[row.path] = (
                    f"Override(item={row.path!r}, timing={timing}, reason={real['explanation']!r})"
                )
        styles = ", ".join(f"{k!r}: {v}" for k, v in items.items())
        revisions.append(
            f"    Revision(published=wareki({published!r}), "
            f"rows=RowStyles(items={{{styles}}}), overrides=({''.join(o + ', ' for o in overrides.values())})),"
        )
    return (
        "from pia_dsl.changes import Override, Revision, RowStyle, RowStyles\n"
        "from pia_dsl.forms.common import Timing\n\n"
        f"row_styles = {spec.row_styles}\n"
        "revisions = (\n" + "\n".join(revisions) + "\n)\n"
    )


def _module_at(spec: Spec, source: str, published: str, values: Mapping[Path_, str]) -> str:
    lines = [
        source.rstrip("\n"),
        "",
        "# --- the state of this publication (tests/changes/real_rows.py) ---",
        "from pia_dsl.changes.synthetic import replace_at as _set  # noqa: E402",
        *spec.imports,
        f'assessment = _set(assessment, ("cover", "published"), wareki("{published}"))',
    ]
    lines += [f"assessment = _set(assessment, {path!r}, {value})" for path, value in values.items()]
    lines.append("documents = (assessment,)")
    return "\n".join(lines) + "\n" + _declarations(spec)


def build(spec: Spec, repo: GitRepo) -> list[str]:
    """
    Commit one state of the module per publication; the tags, oldest first.
    """
    source = (PROJECT / spec.module).read_text(encoding="utf-8")
    state = dict(spec.initial)
    tags = []
    for number, (published, changed) in enumerate(((spec.first, {}), *spec.publications)):
        state.update(changed)
        repo.write(spec.module, _module_at(spec, source, published, state))
        tag = f"p{number}"
        repo.commit(f"公表 {published}", tag=tag)
        tags.append(tag)
    return tags


def computed(spec: Spec, repo: GitRepo, tags: list[str]) -> list[dict[str, str]]:
    """
    The rows of ``pia changes --from A --to B --format json`` for consecutive tags.
    """
    rows: list[dict[str, str]] = []
    for older, newer in itertools.pairwise(tags):
        out = io.StringIO()
        args = ["changes", spec.module, "--from", older, "--to", newer, "--format", "json"]
        with contextlib.chdir(repo.root), contextlib.redirect_stdout(out):
            code = main([*args, "--style", spec.style, "--no-cache"])
        assert code == 0, f"{older}→{newer}"
        rows.extend(json.loads(out.getvalue()))
    return rows


def _same(real: dict[str, str], ours: dict[str, str], column: str) -> bool:
    return norm(real[column]) == norm(ours[column])


@frozen
class Match:
    """
    How one real row compares with the best computed row of its date.
    """

    number: int
    columns: frozenset[str]
    declared_item: bool
    declared_timing: bool

    @property
    def exact(self) -> bool:
        return self.columns == frozenset(COLUMNS)


def measure(spec: Spec, rows: list[dict[str, str]]) -> list[Match]:
    """
    Each listed real row against the computed rows of its date (each computed row used
    once, best matches first).
    """
    matches = []
    free = list(rows)
    for number, row in spec.rows.items():
        real = REAL[number]
        same_date = [c for c in free if c["date"] == real["date"]]
        scored = [(frozenset(col for col in COLUMNS if _same(real, c, col)), c) for c in same_date]
        best = max(
            scored,
            key=lambda pair: (len(pair[0] & {"before", "after"}), len(pair[0])),
            default=None,
        )
        columns = best[0] if best else frozenset()
        if best is not None and {"before", "after"} <= columns:
            free.remove(best[1])
        matches.append(Match(number, columns, row.item is not None, row.timing))
    return matches


def report(matches: list[Match]) -> Iterator[str]:
    """
    Per column: rows that match (and how many of them by a declaration).
    """
    for column in COLUMNS:
        hit = [m for m in matches if column in m.columns]
        declared = sum(
            1
            for m in hit
            if (column == "item" and m.declared_item) or (column == "timing" and m.declared_timing)
        )
        yield f"{column}: {len(hit)}/{len(matches)}（うち宣言 {declared}）"
    yield f"all four: {sum(m.exact for m in matches)}/{len(matches)}"
