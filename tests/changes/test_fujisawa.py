"""
The 藤沢市 example against the real 変更箇所 of its published document.

Each publication is recorded with ``pia publish`` (:func:`publish_document`) and committed,
as a user does; the rendered table comes from the snapshots.

Each real row of ``henko-rows-fujisawa-sakai.jsonl`` listed in :data:`REPRODUCED` is
reproduced by committing, to a copy of ``assessments/fujisawa_shoni_iryo.py``, the edit
that produced it: one commit per publication, each changing the items of that publication
from their real 変更前 to their real 変更後 and the 公表日 to the row's 変更日.  The edits
are appended to the module as assignments (``replace_at`` on ``assessment``), so the test
does not depend on how the module's source is laid out.  The computed table must hold
exactly those rows, each matching the real 項目, 変更前, 変更後, 提出時期 and 説明.

The issue's acceptance check uses plain string replacement in the module source.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from changes.kit import PROJECT, GitRepo, norm
from pia_dsl.changes import history_rows
from pia_dsl.changes.publish import publish_document
from pia_dsl.changes.revision import load_working
from pia_dsl.forms.common import ChangeRow
from pia_dsl.loader import load_assessment
from pia_dsl.wareki import parse_wareki, wareki

MODULE = "assessments/fujisawa_shoni_iryo.py"
ROWS_FILE = Path("/work/shared/reference/examples/henko-rows-fujisawa-sakai.jsonl")


def _real_rows() -> list[dict[str, str]]:
    return [
        json.loads(line)
        for line in ROWS_FILE.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


REAL = _real_rows()

#: Line numbers (0-based) of the real rows reproduced, with how 変更前/変更後 compare:
#: "exact" (after NFKC and without spaces), "contained" (the real cell abbreviates ours),
#: "excel-date" (the real 変更後 is Excel's 「2020/1/1」 for 令和2年1月1日).
REPRODUCED: dict[int, str] = {
    0: "exact",  # Ⅰ-6-② 所属長の役職名 山縣 章宏 → 子育て給付課長
    1: "contained",  # Ⅱ-3-① 入手元 保健医療総務課 → 福祉医療給付課 (the cell shows the slot text only)
    2: "exact",  # Ⅰ-5-② 法令上の根拠 第15号 → 第8号 (※ declared 事後)
    3: "exact",  # Ⅰ-1-③ 対象人数 (default explanation)
    4: "exact",  # Ⅱ-2-② 対象となる本人の数 (default explanation)
    5: "exact",  # Ⅱ-3-② 入手方法 [○]その他() → [○]その他(電子申請…)
    6: "exact",  # Ⅱ-3-④ 使用部署 (六会市民センター石川分館 added)
    9: "exact",  # Ⅲ-5 提供・移転しない switched on
    10: "exact",  # … ルール 削除
    11: "exact",  # … ルールの内容及びルール遵守の確認方法 削除
    12: "exact",  # … その他の措置の内容 削除
    13: "exact",  # … リスクへの対策は十分か 削除
    18: "excel-date",  # Ⅴ-1-① 実施日 平成28年9月16日 → 令和2年1月1日
    19: "exact",  # Ⅴ-1-② しきい値判断結果
    24: "exact",  # Ⅱ-3-① 入手元 福祉医療給付課 → 障がい者支援課 (※ declared 事後)
    25: "exact",  # Ⅰ-5-② 法令上の根拠 第8号 → 第9号 (※ declared 事後)
    27: "exact",  # Ⅳ-1-② 請求方法 (default explanation)
    30: "exact",  # Ⅴ-1-① 実施日 令和2年1月1日 → 令和6年11月20日
    31: "exact",  # Ⅱ-3-④ 使用部署 村岡公民館 → 村岡市民センター
    33: "exact",  # Ⅲ-6 その他のリスク (※, 事前)
    35: "exact",  # Ⅲ-10 その他のリスク対策 (追加) (※, 事前)
    37: "exact",  # Ⅴ-1-① 実施日 (declared 事前: the publication is a 再実施)
}

#: Where a published 項目 differs from the form beyond abbreviation: row 11 names the ルール
#: row above its sub-row (the form prints them as sibling rows); row 27 misprints the
#: heading (開示・訂正・利用停止請求 is the form's label).
ITEM_DIFFERENCES = {
    11: ("特定個人情報の提供・移転に関するルール ルールの内容", "ルールの内容"),
    27: ("開示・請求・利用停止請求", "開示・訂正・利用停止請求"),
}

#: The first publication (its date is not in the rows; any earlier date will do).
FIRST = "平成30年4月1日"


def _q(text: str) -> str:
    return repr(text)


def _state_values() -> list[tuple[str, dict[tuple[str, ...], str]]]:
    """
    Per publication (oldest first): its 公表日 and, for every edited item, the Python
    expression of its value at that publication.
    """
    r = REAL
    sources = (
        "checks(Source.PERSON, (Source.OTHER_DEPARTMENT, {}), (Source.LOCAL_BODY, '他自治体'))"
    )
    methods = (
        "checks(AcquisitionMethod.PAPER, AcquisitionMethod.INTRA_AGENCY, "
        "AcquisitionMethod.NETWORK_SYSTEM, (AcquisitionMethod.OTHER, {}))"
    )
    provision_before = (
        "FocusedProvisionRisks(not_provided=False, risk=FocusedProvisionRisk(rule=Stipulation.DEFINED, "
        f"content={_q(r[11]['before'])}, other_measures={_q(r[12]['before'])}, "
        "sufficiency=Sufficiency.SUFFICIENT))"
    )
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
        ("s3", "provision"): provision_before,
        ("s5", "basic_assessment", "performed_on"): 'wareki("平成28年9月16日")',
        ("s5", "basic_assessment", "threshold"): "FocusedThresholdResult.KISO_VOLUNTARY_JUTEN",
        ("s4", "disclosure", "method"): _q(r[27]["before"]),
        ("s3", "network", "other_risks"): _q(r[33]["before"]),
        ("s3", "other_risk_measures"): _q(""),
        ("history",): "()",
    }
    changes: list[tuple[str, dict[tuple[str, ...], str]]] = [
        (FIRST, {}),
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
            "令和3年6月9日",
            {
                ("s2", "acquisition", "sources"): sources.format(
                    _q("市民税課、生活援護課、保険年金課、障がい者支援課")
                )
            },
        ),
        ("令和3年12月17日", {("s1", "linkage", "legal_basis"): _q(r[25]["after"])}),
        ("令和4年12月16日", {("s4", "disclosure", "method"): _q(r[27]["after"])}),
        (
            "令和6年12月19日",
            {("s5", "basic_assessment", "performed_on"): 'wareki("令和6年11月20日")'},
        ),
        (
            "令和7年7月18日",
            {
                ("s2", "acquisition", "users", "departments"): _q(r[31]["after"]),
                ("s3", "network", "other_risks"): _q(r[33]["after"]),
                ("s3", "other_risk_measures"): _q(r[35]["after"]),
                ("s5", "basic_assessment", "performed_on"): 'wareki("令和7年6月5日")',
            },
        ),
    ]
    states = []
    current = dict(initial)
    for published, changed in changes:
        current = {**current, **changed}
        states.append((published, dict(current)))
    return states


def _declarations() -> str:
    """
    The ``revisions`` of the module: the real explanations, addressed in every supported way.
    """
    r = REAL
    return f"""
from pia_dsl.changes import Override, Revision
from pia_dsl.forms.common import Timing

revisions = (
    Revision(
        published=wareki("平成31年2月1日"),
        reasons={{"s1.department.head": {_q(r[0]["explanation"])}}},
        overrides=(
            Override(item="Ⅱ-３-①", timing=Timing.AFTER, reason={_q(r[1]["explanation"])}),
            Override(item="s1.linkage.legal_basis", timing=Timing.AFTER, reason={_q(r[2]["explanation"])}),
        ),
    ),
    Revision(
        published=wareki("令和2年3月13日"),
        reasons={{
            "s2.acquisition.methods": {_q(r[5]["explanation"])},
            "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ④使用の主体 使用部署": {_q(r[6]["explanation"])},
            "s5.basic_assessment.performed_on": {_q(r[18]["explanation"])},
            "Ⅴ－１ ②しきい値判断結果": {_q(r[19]["explanation"])},
        }},
        overrides=(
            Override(item="s3.provision.not_provided", timing=Timing.AFTER, reason={_q(r[9]["explanation"])}),
            Override(item="s3.provision.risk", timing=Timing.AFTER, reason={_q(r[10]["explanation"])}),
        ),
    ),
    Revision(
        published=wareki("令和3年6月9日"),
        overrides=(Override(item="s2.acquisition.sources", timing=Timing.AFTER, reason={_q(r[24]["explanation"])}),),
    ),
    Revision(
        published=wareki("令和3年12月17日"),
        overrides=(Override(item="Ⅰ-5-②", timing=Timing.AFTER, reason={_q(r[25]["explanation"])}),),
    ),
    Revision(
        published=wareki("令和6年12月19日"),
        default_reason={_q(r[30]["explanation"])},
    ),
    Revision(
        published=wareki("令和7年7月18日"),
        reasons={{
            "s2.acquisition.users.departments": {_q(r[31]["explanation"])},
            "s3.network.other_risks": {_q(r[33]["explanation"])},
            "s3.other_risk_measures": {_q(r[35]["explanation"])},
        }},
        overrides=(
            Override(item="s5.basic_assessment.performed_on", timing=Timing.BEFORE, reason={_q(r[37]["explanation"])}),
        ),
    ),
)
"""


def _module_at(source: str, published: str, values: dict[tuple[str, ...], str]) -> str:
    """
    The module source with the items set to ``values`` and the 公表日 to ``published``.
    """
    lines = [
        source.rstrip("\n"),
        "",
        "# --- the state of this publication (tests/changes/test_fujisawa.py) ---",
        "from pia_dsl.changes.synthetic import replace_at as _set",
        "from pia_dsl.forms.choices import Stipulation",
        "from pia_dsl.forms.juten import FocusedProvisionRisk",
        f'assessment = _set(assessment, ("cover", "published"), wareki("{published}"))',
    ]
    lines += [f"assessment = _set(assessment, {path!r}, {value})" for path, value in values.items()]
    lines.append("documents = (assessment,)")
    return "\n".join(lines) + "\n" + _declarations()


@pytest.fixture(name="published_history", scope="module")
def _published_history(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, list[ChangeRow]]:
    """
    The 藤沢市 module committed once per publication; its computed 変更箇所 table.
    """
    repo = GitRepo(tmp_path_factory.mktemp("fujisawa") / "repo")
    repo.copy_project_assessments()
    source = (PROJECT / MODULE).read_text(encoding="utf-8")
    path = repo.root / MODULE
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "dont_write_bytecode", True)
        for published, values in _state_values():
            repo.write(MODULE, _module_at(source, published, values))
            working = load_working(path)
            # Past publications: recorded as they were (the real ones have findings).
            publish_document(
                path, working.document("juten"), revisions=working.revisions, past=True
            )
            repo.commit(f"公表 {published}")
        rows = history_rows(path, load_assessment(path))
    return repo, rows


def _date(text: str) -> date:
    found = parse_wareki(text)
    assert isinstance(found, date)
    return found


def _tokens_in_order(real_item: str, ours: str) -> bool:
    """
    Whether every word of the published 項目 appears, in order, in ours (normalised):
    the published cells abbreviate long headings.
    """
    target = norm(ours)
    position = 0
    for token in unicodedata.normalize("NFKC", real_item).replace("※", "").split():
        found = target.find(token, position)
        if found < 0:
            return False
        position = found + len(token)
    return True


def _same(ours: str, real: str, how: str) -> bool:
    if how == "contained":
        return norm(real) in norm(ours)
    if how == "excel-date" and re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", real):
        year, month, day = map(int, real.split("/"))
        return _date(ours) == date(year, month, day)
    return norm(ours) == norm(real)


def _matches(row: ChangeRow, number: int) -> bool:
    real, how = REAL[number], REPRODUCED[number]
    item = real["item"]
    if number in ITEM_DIFFERENCES:
        item = item.replace(*ITEM_DIFFERENCES[number])
    return (
        row.date == _date(real["date"])
        and _tokens_in_order(item, row.item)
        and _same(row.before, real["before"], how)
        and _same(row.after, real["after"], how)
    )


class TestRealRows:
    """
    The computed table of the 藤沢市 history is the real 変更箇所, row for row.
    """

    def test_every_row_reproduced(self, published_history: tuple[GitRepo, list[ChangeRow]]) -> None:
        """
        Each listed real row is computed once, with its 項目, 変更前, 変更後, 提出時期 and
        説明; no other row is computed.
        """
        _, rows = published_history
        unmatched = list(rows)
        for number in REPRODUCED:
            found = [row for row in unmatched if _matches(row, number)]

            assert len(found) == 1, f"real row {number}: {REAL[number]['item']} → {found}"
            assert found[0].timing_text == REAL[number]["timing"], number
            assert found[0].explanation == REAL[number]["explanation"], number
            unmatched.remove(found[0])
        assert unmatched == []

    def test_form_order_within_a_date(
        self, published_history: tuple[GitRepo, list[ChangeRow]]
    ) -> None:
        """
        Dates ascend; the rows of one publication come in form order (the published table
        lists 平成31年2月1日 as Ⅰ-6, Ⅱ-3, Ⅰ-5).
        """
        _, rows = published_history
        heisei31 = [row.item for row in rows if row.date == wareki("平成31年2月1日")]

        dates = [row.date for row in rows if row.date is not None]
        assert len(dates) == len(rows)
        assert dates == sorted(dates)
        assert heisei31 == [
            "Ⅰ　基本情報 ５．情報提供ネットワークシステムによる情報連携 ②法令上の根拠",
            "Ⅰ　基本情報 ６．評価実施機関における担当部署 ②所属長の役職名",
            "Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ①入手元",
        ]

    def test_switch_rows(self, published_history: tuple[GitRepo, list[ChangeRow]]) -> None:
        """
        令和2年3月13日: 提供・移転しない switched on gives the switch row and one 「削除」 row
        per emptied item, in the long style.
        """
        _, rows = published_history
        provision = [(r.item, r.after) for r in rows if "５．特定個人情報の提供・移転" in r.item]

        prefix = "Ⅲ　リスク対策 ５．特定個人情報の提供・移転（委託や情報提供ネットワークシステムを通じた提供を除く。）"
        risk = f"{prefix} リスク：　不正な提供・移転が行われるリスク"
        assert provision == [
            (f"{prefix} 提供・移転しない", "[○]提供・移転しない"),
            (f"{risk} 特定個人情報の提供・移転に関するルール", "削除"),
            (f"{risk} ルールの内容及びルール遵守の確認方法", "削除"),
            (f"{risk} その他の措置の内容", "削除"),
            (f"{risk} リスクへの対策は十分か", "削除"),
        ]


def _pia(repo: GitRepo, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(
        [str(Path(sys.executable).with_name("pia")), *args],
        cwd=repo.root,
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


class TestAcceptance:
    """
    The issue's acceptance check, with plain string edits of the module source.
    """

    def test_muraoka(self, repo: GitRepo) -> None:
        """
        「村岡公民館」→「村岡市民センター」 in ④使用部署 is exactly one row, 事後.
        """
        repo.copy_project_assessments()
        repo.replace(MODULE, "鵠沼市民センター、村岡市民センター", "鵠沼市民センター、村岡公民館")
        repo.commit("令和6年度版")
        repo.replace(MODULE, "鵠沼市民センター、村岡公民館", "鵠沼市民センター、村岡市民センター")
        repo.commit("村岡市民センター")

        result = _pia(repo, "changes", MODULE, "--from", "HEAD~1", "--format", "json")

        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert len(rows) == 1
        assert "使用部署" in rows[0]["item"]
        assert "村岡公民館" in rows[0]["before"]
        assert "村岡市民センター" in rows[0]["after"]
        assert rows[0]["timing"] == "事後"
        assert rows[0]["date"] == "令和7年7月18日"

    def test_purpose_is_before(self, repo: GitRepo) -> None:
        """
        A change to ③使用目的 (※) is 事前, and ``--check`` fails until a reason is declared.
        """
        repo.copy_project_assessments()
        repo.commit("公表版")
        repo.replace(
            MODULE,
            "給付情報の管理等の業務を行うため。",
            "給付情報の管理及び審査等の業務を行うため。",
        )

        result = _pia(repo, "changes", MODULE, "--from", "HEAD", "--format", "json", "--check")

        assert result.returncode == 1
        rows = json.loads(result.stdout)
        assert [(r["item"], r["timing"]) for r in rows] == [
            ("Ⅱ　特定個人情報ファイルの概要 ３．特定個人情報の入手・使用 ③使用目的", "事前")
        ]
        assert "※の項目" in result.stderr

    def test_shared_block_changes_every_user(self, repo: GitRepo) -> None:
        """
        A shared text block changed once gives one row in each assessment that uses it.
        """
        repo.copy_project_assessments()
        repo.write("assessments/fujisawa_copy.py", repo.read(MODULE))
        repo.commit("公表版")
        block = "assessments/shared/middle_server.py"
        opening = re.search(r'GOVERNMENT_CLOUD_STORAGE: Final\[str\] = \(\n\s*"', repo.read(block))
        assert opening is not None
        repo.replace(block, opening.group(0), opening.group(0) + "（改）")

        found = {}
        for user in (MODULE, "assessments/fujisawa_copy.py"):
            result = _pia(repo, "changes", user, "--from", "HEAD", "--format", "json")
            assert result.returncode == 0, result.stderr
            found[user] = [(r["item"], r["timing"]) for r in json.loads(result.stdout)]

        expected = [("Ⅱ　特定個人情報ファイルの概要 ６．特定個人情報の保管・消去 保管場所", "事前")]
        assert found == {MODULE: expected, "assessments/fujisawa_copy.py": expected}
