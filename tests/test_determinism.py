"""
Every output is a pure function of the input: the .docx of each example assessment
(``assessments/*.py``, all its documents, with the 変更箇所 from git), ``pia dump`` in
JSON and YAML and ``pia check --format json`` are byte-identical across runs, across
``PYTHONHASHSEED`` values (set and dict orders, ``hash()``), and whether the documents
render one by one or in parallel worker processes (and with the revision cache cold or
warm).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pia_dsl.loader import discover
from pia_process import PIA, environment

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = discover(REPO / "assessments")

#: The runs compared: (PYTHONHASHSEED, render jobs).
RUNS = (("0", "1"), ("0", "2"), ("12345", "2"))


def _pia(*argv: str, seed: str) -> bytes:
    """
    The stdout of ``pia ARGV`` (run from the repository root), which must not fail hard.
    """
    result = subprocess.run(
        [*PIA, *argv],
        cwd=REPO,
        capture_output=True,
        env=environment(PYTHONHASHSEED=seed),
        timeout=600,
        check=False,
    )
    assert result.returncode in {0, 1}, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result.stdout


def outputs(seed: str, jobs: str, out: Path) -> dict[str, bytes]:
    """
    Every output of one run, by name.
    """
    build = out / "build"
    _pia("render", "--out-dir", str(build), "--jobs", jobs, seed=seed)
    found = {f"render/{p.name}": p.read_bytes() for p in sorted(build.glob("*.docx"))}
    for example in EXAMPLES:
        name = example.relative_to(REPO).as_posix()
        for fmt in ("json", "yaml"):
            found[f"dump/{example.stem}.{fmt}"] = _pia("dump", name, "--format", fmt, seed=seed)
        found[f"check/{example.stem}.json"] = _pia("check", name, "--format", "json", seed=seed)
    found["check/all.json"] = _pia("check", "--format", "json", seed=seed)
    return found


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, bytes]]:
    return [
        outputs(seed, jobs, tmp_path_factory.mktemp(f"run-{seed}-{jobs}")) for seed, jobs in RUNS
    ]


def test_every_output_is_made(runs: list[dict[str, bytes]]) -> None:
    """
    The runs produced a .docx for every example module and non-empty dumps and reports.
    """
    first = runs[0]

    assert EXAMPLES
    for example in EXAMPLES:
        assert f"render/{example.stem}.docx" in first, sorted(first)
        assert first[f"dump/{example.stem}.json"].startswith(b"{")
        assert first[f"dump/{example.stem}.yaml"].startswith(b"form: ")
        assert first[f"check/{example.stem}.json"].lstrip().startswith(b"[")
    assert all(value for value in first.values())


@pytest.mark.parametrize("other", range(1, len(RUNS)), ids=[f"{s}-jobs{j}" for s, j in RUNS[1:]])
def test_outputs_are_byte_identical(runs: list[dict[str, bytes]], other: int) -> None:
    """
    The outputs of a run equal those of the first run (PYTHONHASHSEED=0, one job), byte
    for byte.
    """
    first, second = runs[0], runs[other]

    assert sorted(second) == sorted(first)
    different = [name for name in first if first[name] != second[name]]
    assert different == []
