"""
Smoke test of the benchmark (``tools/bench.py --quick``): it runs end to end and writes
the documented keys.  Not a timed test: the speed goals live in the benchmark only.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "tools" / "bench.py"

REQUIRED = (
    "help_ratio",
    "check_ratio",
    "check_growth",
    "render_cli_ratio",
    "render_ratio",
    "pdf_ratio",
    "batch_parallel_ratio",
    "batch_parallel_cpu_s",
    "batch_serial_cpu_s",
    "peak_memory_mb",
    "validate_ms",
    "diff_ratio",
    "history_table_s",
    "history_render_ratio",
    "history_large_table_s",
    "history_large_render_ratio",
)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], str]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data, done.stdout


def test_writes_every_key_as_a_positive_number(quick_run: tuple[dict[str, object], str]) -> None:
    data, _ = quick_run
    for key in REQUIRED:
        value = data[key]
        assert isinstance(value, int | float), key
        assert not isinstance(value, bool), key
        assert math.isfinite(value), key
        assert value > 0, key


def test_measures_what_it_says(quick_run: tuple[dict[str, object], str]) -> None:
    data, _ = quick_run
    assert data["quick"] is True
    assert data["batch_documents"] == 8
    assert data["batch_files_written"] == 8
    # pia and its two workers (forked from pia, or from a forkserver) were seen.
    assert isinstance(data["batch_processes"], int)
    assert data["batch_processes"] >= 3
    # The timed runs: one ratio per pair, the tree's CPU seen through getrusage.
    parallel_times, serial_times = data["samples_batch_parallel_s"], data["samples_batch_serial_s"]
    assert isinstance(parallel_times, list)
    assert isinstance(serial_times, list)
    assert data["batch_pair_ratios"] == [
        parallel / serial for parallel, serial in zip(parallel_times, serial_times, strict=True)
    ]
    assert isinstance(data["batch_timed_cpu_ratio"], float)
    assert data["batch_timed_cpu_ratio"] > 0
    assert isinstance(data["batch_parallel_idle_core_s"], float)
    assert data["batch_parallel_idle_core_s"] >= 0
    assert data["check_files"] == 2
    assert data["pdf_documents"] == 1
    assert data["history_publications"] == 3
    assert data["history_large_publications"] == 4
    assert isinstance(data["history_rows"], int)
    assert data["history_rows"] > 0
    assert isinstance(data["diff_rows"], int)
    assert data["diff_rows"] > 0


def test_prints_one_row_per_item_with_the_goals(quick_run: tuple[dict[str, object], str]) -> None:
    data, stdout = quick_run
    lines = stdout.splitlines()
    assert lines[0].split()[:2] == ["項目", "item"]
    for label, rows in (
        ("pia --help", 1),
        ("pia check", 1),
        ("check 2 ファイル", 1),
        ("pia render -o", 1),
        ("render_bytes", 1),
        ("--pdf", 1),
        ("batch", 1),
        ("CPU", 1),
        ("peak memory", 1),
        ("validate", 1),
        ("diff", 1),
        ("history", 2),
    ):
        assert sum(label in line for line in lines) == rows, label
    goals = data["goals"]
    assert isinstance(goals, dict)
    assert set(goals) == {
        "help_ratio",
        "check_growth",
        "check_ratio",
        "render_ratio",
        "render_cli_ratio",
        "pdf_ratio",
        "batch_parallel_ratio",
        "validate_ms",
        "diff_ratio",
    }
    assert all(isinstance(g["ok"], bool) for g in goals.values())


def test_generated_documents_have_the_files_asked_for() -> None:
    """``with_files`` (check growth) writes a module with N files that loads."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench", BENCH)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = bench  # dataclasses look their module up
    try:
        spec.loader.exec_module(bench)
    finally:
        del sys.modules["bench"]
    source = bench.FULL_EXAMPLE.read_text(encoding="utf-8")

    assert bench.with_files(source, 1) == source
    three = bench.with_files(source, 3)
    assert three.count("= FullFileOverview(") == 3
    assert three.count("= FileRisks(") == 3
    assert 'key="pension3"' in three


def test_rejects_nonsense_sizes() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--batch", "0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    assert done.returncode != 0
    assert "1 以上" in done.stderr
