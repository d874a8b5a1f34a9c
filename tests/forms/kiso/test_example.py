"""
The complete 基礎-only example (``assessments/hibarino_yobo_sesshu.py``) and the
``pia thresholds`` command on it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from pia_dsl.affair import validate_documents
from pia_dsl.forms.kiso import BasicAssessment
from pia_dsl.io import dump, load
from pia_dsl.loader import load_module
from pia_dsl.validate import validate
from pia_process import run_pia

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "assessments" / "hibarino_yobo_sesshu.py"

#: Loaded through the loader, which leaves no ``assessments`` package in ``sys.modules``.
assessment = load_module(EXAMPLE).assessment


def _pia(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return run_pia(*args, cwd=cwd)


def test_validates_clean() -> None:
    """
    The example has no finding, alone or as a 事務.
    """
    assert isinstance(assessment, BasicAssessment)
    assert validate(assessment) == []
    assert validate_documents((assessment,)) == []


def test_round_trip() -> None:
    """
    The example survives JSON and YAML.
    """
    assert load(dump(assessment, "yaml"), "yaml") == assessment
    assert load(dump(assessment, "json"), "json") == assessment


def test_check_command() -> None:
    """
    ``pia check`` accepts the example.
    """
    result = _pia("check", str(EXAMPLE))

    assert (result.returncode, result.stdout) == (0, "1 ファイルを検証: エラー 0 件、警告 0 件\n")


def test_thresholds_table() -> None:
    """
    ``pia thresholds`` shows the inputs, the result and a ✓ for the 基礎 only.
    """
    result = _pia("thresholds", str(EXAMPLE))

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == str(EXAMPLE)
    assert "1,000人以上1万人未満（2,940人、令和7年4月1日時点）" in result.stdout
    assert "500人未満（24人、令和7年4月1日時点）" in result.stdout
    assert "基礎項目評価の実施が義務付けられる" in result.stdout
    marks = {
        line.split()[0]: line.split()[-1]
        for line in lines
        if line.strip().endswith(("✓", "✗", "－"))
    }
    assert marks == {"基礎項目評価書": "✓", "重点項目評価書": "－", "全項目評価書": "－"}


def test_thresholds_json() -> None:
    """
    ``--format json`` gives the same facts as data.
    """
    result = _pia("thresholds", "--format", "json", str(EXAMPLE))
    (report,) = json.loads(result.stdout)

    assert result.returncode == 0
    assert (
        report["persons"]["exact_count"],
        report["required"],
        report["missing"],
        report["ok"],
    ) == (
        2940,
        ["kiso"],
        [],
        True,
    )


def test_thresholds_missing_document(tmp_path: Path) -> None:
    """
    A 事務 whose しきい値判断 requires a 重点項目評価書 it does not have exits 1 with ✗.
    """
    project = tmp_path / "project"
    (project / "assessments").mkdir(parents=True)
    module = project / "assessments" / "grown.py"
    shutil.copy(EXAMPLE, module)
    with module.open("a", encoding="utf-8") as out:
        out.write(
            "\nimport attrs\n\n"
            "assessment = attrs.evolve(\n"
            "    assessment,\n"
            "    s2=attrs.evolve(s2, target_count=attrs.evolve(s2.target_count, band=BasicTargetCount.FROM_100K_TO_300K, exact_count=150_000)),\n"
            "    s3=ThresholdJudgement(threshold=BasicThresholdResult.KISO_AND_JUTEN),\n"
            ")\n"
        )

    result = _pia("thresholds", "assessments/grown.py", cwd=project)

    assert result.returncode == 1
    marks = {
        line.split()[0]: line.split()[-1]
        for line in result.stdout.splitlines()
        if "評価書 " in line
    }
    assert marks == {"基礎項目評価書": "✓", "重点項目評価書": "✗", "全項目評価書": "－"}
    assert "必要な評価書がありません: 重点項目評価書" in result.stdout
