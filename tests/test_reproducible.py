"""
Every output is byte-identical across runs and across ``PYTHONHASHSEED`` values: the
Word files of every example, ``pia dump`` JSON and YAML, ``pia check --format json`` and
the 変更箇所 rows.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(p.name for p in (ROOT / "assessments").glob("[!_]*.py"))


def _outputs(tmp: Path, seed: str) -> dict[str, str]:
    """Digest of every output, produced by a fresh interpreter with the given hash seed."""
    project = tmp / f"seed{seed}"
    shutil.copytree(
        ROOT / "assessments", project / "assessments", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {
        "PYTHONHASHSEED": seed,
        "PYTHONDONTWRITEBYTECODE": "1",
    }

    def pia(*args: str) -> bytes:
        result = subprocess.run(
            [sys.executable, "-m", "pia_dsl", *args],
            cwd=project,
            env=env,
            capture_output=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr.decode()
        return result.stdout

    digests: dict[str, str] = {}
    pia("render", "--jobs", "1", "--out-dir", "build")
    for path in sorted((project / "build").glob("*.docx")):
        digests[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    for name in EXAMPLES:
        for fmt in ("json", "yaml"):
            digests[f"{name}.{fmt}"] = hashlib.sha256(
                pia("dump", f"assessments/{name}", "--format", fmt)
            ).hexdigest()
    digests["check.json"] = hashlib.sha256(pia("check", "--format", "json")).hexdigest()
    digests["changes.json"] = hashlib.sha256(_changes(project, pia)).hexdigest()
    return digests


def _changes(project: Path, pia: Callable[..., bytes]) -> bytes:
    """The 変更箇所 rows of an edit committed on top of the examples."""

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "base")
    module = project / "assessments" / "fujisawa_shoni_iryo.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("村岡市民センター", "村岡公民館", 1), encoding="utf-8")
    rows = pia(
        "changes", "assessments/fujisawa_shoni_iryo.py", "--from", "HEAD", "--format", "json"
    )
    assert "村岡公民館".encode() in rows
    return rows


@pytest.mark.slow
def test_outputs_identical_across_hash_seeds(tmp_path: Path) -> None:
    """Two runs with different PYTHONHASHSEED give the same bytes for every output."""
    first = _outputs(tmp_path, "0")
    second = _outputs(tmp_path, "12345")

    assert len(first) >= 3 * len(EXAMPLES)
    assert first == second
