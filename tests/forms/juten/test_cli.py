"""
Tests for ``pia check`` on 重点項目評価書 modules (subprocess, as a user runs it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "assessments" / "fujisawa_shoni_iryo.py"


def pia(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pia_dsl", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        encoding="utf-8",
    )


def test_check_example_exits_0() -> None:
    """
    The published example passes ``pia check``.
    """
    result = pia("check", "assessments/fujisawa_shoni_iryo.py", cwd=ROOT)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "エラー 0 件" in result.stdout


def test_check_broken_module_exits_1(tmp_path: Path) -> None:
    """
    A copy with a choice from the wrong list and a broken 委託しない switch fails with
    Japanese messages naming the file, the line and the item.
    """
    project = tmp_path / "assessments"
    top = ROOT / "assessments"
    shutil.copytree(  # the packages (shared/, kiso_answers/), not the other example modules
        top,
        project,
        ignore=lambda d, names: [
            n
            for n in names
            if n == "__pycache__" or (Path(d) == top and n.endswith(".py") and n != "__init__.py")
        ],
    )
    source = EXAMPLE.read_text(encoding="utf-8")
    wrong_choice = "sufficiency=Sufficiency.SUFFICIENT"
    assert wrong_choice in source
    assert "not_consigned=True" in source
    broken = source.replace(wrong_choice, "sufficiency=Effort.SUFFICIENT", 1).replace(
        "not_consigned=True", "not_consigned=False"
    )
    module = project / "fujisawa_broken.py"
    module.write_text(broken, encoding="utf-8")

    result = pia("check", str(module), cwd=tmp_path)
    lines = result.stdout.splitlines()

    assert result.returncode == 1
    assert any(
        line.startswith(f"{module}:")
        and "Ⅲ-２ リスク リスクへの対策は十分か" in line
        and "「十分に行っている」（Effort）はこの項目の選択肢ではありません" in line
        for line in lines
    ), result.stdout
    assert any(
        line.startswith(f"{module}:")
        and "Ⅲ-４ 委託しない" in line
        and "「委託しない」にもチェックを入れ" in line
        for line in lines
    ), result.stdout
