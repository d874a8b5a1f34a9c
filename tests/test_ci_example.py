"""
The CI example (``docs/ci/pia-review.yml``) works on a pull request that deletes an
assessment and adds one whose file name has Japanese characters and a space (which
``git diff --name-only`` quotes as ``"assessments/\\345..."`` under ``core.quotepath``):
each ``pia`` step of the workflow runs, as GitHub Actions would run it, in such a
repository.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from pia_process import environment, run_git

WORKFLOW = Path(__file__).resolve().parents[1] / "docs" / "ci" / "pia-review.yml"
#: The example assessments of the repository (valid, so that ``pia check`` passes).
EXAMPLES = Path(__file__).resolve().parents[1] / "assessments"

#: The GitHub expressions of the workflow, as a pull request into ``main`` sets them.
EXPRESSIONS = {"github.base_ref": "main", "github.event.pull_request.number": "1"}


def _expand(text: str) -> str:
    return re.sub(r"\$\{\{\s*([\w.]+)\s*\}\}", lambda m: EXPRESSIONS[m[1]], text)


def _pia_steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """
    The ``run`` scripts of the steps that call ``pia``, with the job's ``env``.
    """
    job = workflow["jobs"]["review"]
    env = {key: _expand(str(value)) for key, value in job.get("env", {}).items()}
    return [
        (_expand(step["run"]), env)
        for step in job["steps"]
        if "run" in step and re.search(r"\bpia\b", step["run"])
    ]


def test_workflow_with_deleted_and_japanese_file_names(tmp_path: Path) -> None:
    """Every pia step succeeds, and the review names the new assessment."""
    root = tmp_path / "repo"
    shutil.copytree(EXAMPLES, root / "assessments", ignore=shutil.ignore_patterns("__pycache__"))
    run_git(root, "init", "-q", "-b", "main", ".")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "base")
    run_git(root, "update-ref", "refs/remotes/origin/main", "HEAD")
    run_git(root, "checkout", "-q", "-b", "pr")
    modules = root / "assessments"
    small = (modules / "hibarino_yobo_sesshu.py").read_text(encoding="utf-8")
    (modules / "sakai_kokumin_nenkin.py").unlink()
    (modules / "国保 2025.py").write_text(small, encoding="utf-8")
    run_git(root, "add", "-A")
    run_git(root, "commit", "-q", "-m", "pr")

    steps = _pia_steps(yaml.safe_load(WORKFLOW.read_text(encoding="utf-8")))
    bin_dir = str(Path(sys.executable).parent)
    assert steps
    for script, env in steps:
        run_env = environment(**env, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        result = subprocess.run(
            ["bash", "-eo", "pipefail", "-c", script],
            cwd=root,
            env=run_env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert result.returncode == 0, (script, result.stdout, result.stderr)
    review = (root / "review.md").read_text(encoding="utf-8")
    assert "国保 2025.py" in review
    assert "Traceback" not in review
