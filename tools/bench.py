"""
Benchmarks of pia_dsl: one table of ratios against baselines measured in the same run.

    python tools/bench.py                 # the full run (about 2–3 minutes on 2 cores)
    python tools/bench.py --quick         # tiny sizes, one repeat (the smoke test)
    python tools/bench.py --strict        # exit 1 when a goal is missed
    nox -s bench                          # the same, in the nox environment

The machine may be noisy, so every figure is a median over several repeats taken after
a warm-up, and every ratio compares against a baseline timed in the same run with the
repetitions interleaved (subject, baseline, baseline, subject, …).  Results go to
``build/bench.json`` (written atomically); see ``docs/benchmarks.md``.

Items:

* ``render_ratio`` — ``render_bytes`` of the 全項目 example (context building, docxtpl,
  document properties, zip normalisation) vs a bare docxtpl render of the same template
  with a precomputed context and the same Jinja environment;
* ``batch_parallel_ratio`` — 100 generated documents (deterministic variants of the three
  examples, written as JSON) rendered by ``pia render``'s machinery (``plan`` and
  ``_execute``) in a process pool vs serially; ``peak_memory_mb`` of that batch;
* ``validate_ms`` — ``validate()`` of the 全項目 example (a fresh copy each time);
* ``diff_ratio`` — ``diff_documents`` of two revisions of the 全項目 example vs
  ``raw_deepdiff`` of their two canonical trees;
* ``history_cold_s`` / ``history_warm_s`` — the 変更箇所 history of 50 publications of
  the 全項目 example with an empty cache and again with the filled cache.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ASSESSMENTS = ROOT / "assessments"
#: The 全項目 example (its main document is a FullAssessment).
FULL_EXAMPLE = ASSESSMENTS / "sakai_kokumin_nenkin.py"
#: The examples the batch varies: 全項目, 重点, 基礎.
BATCH_EXAMPLES = ("sakai_kokumin_nenkin", "fujisawa_shoni_iryo", "hibarino_yobo_sesshu")
DEFAULT_OUT = Path("build") / "bench.json"

#: Goals: (key, comparison, bound).  ``"<="``: the figure must not exceed the bound.
GOALS: dict[str, tuple[str, float]] = {
    "render_ratio": ("<=", 1.2),
    "batch_parallel_ratio": ("<=", 0.6),
    "validate_ms": ("<=", 20.0),
    "diff_ratio": ("<=", 1.5),
    "history_warm_speedup": (">=", 5.0),
}

#: The keys every bench.json has (the smoke test checks them).
REQUIRED_KEYS = (
    "render_ratio",
    "batch_parallel_ratio",
    "validate_ms",
    "diff_ratio",
    "history_cold_s",
    "history_warm_s",
    "peak_memory_mb",
)


@dataclass(frozen=True)
class Sizes:
    """
    How much to measure.

    Attributes:
        fast: Repeats of the quick items (render, validate, diff).
        slow: Repeats of the slow items (batch, history).
        warmup: Untimed runs before each item.
        batch: Documents in the batch.
        history: Publications in the generated history.
        jobs: Worker processes of the parallel batch (0: the number of cores).
    """

    fast: int = 21
    slow: int = 5
    warmup: int = 1
    batch: int = 100
    history: int = 50
    jobs: int = 0


QUICK = Sizes(fast=1, slow=1, warmup=0, batch=4, history=3, jobs=2)


# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------


def _time(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def interleaved(
    subject: Callable[[], object],
    baseline: Callable[[], object],
    *,
    repeats: int,
    warmup: int,
) -> tuple[list[float], list[float]]:
    """
    Seconds of each run of ``subject`` and ``baseline``, alternating which goes first.
    """
    for _ in range(warmup):
        subject()
        baseline()
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for index in range(repeats):
        if index % 2 == 0:
            subject_times.append(_time(subject))
            baseline_times.append(_time(baseline))
        else:
            baseline_times.append(_time(baseline))
            subject_times.append(_time(subject))
    return subject_times, baseline_times


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------


def main_document(module_path: Path) -> Any:
    """
    The main document (``assessment``) of an assessment module.
    """
    from pia_dsl.loader import load_assessment

    return load_assessment(module_path)


def second_revision(document: Any) -> Any:
    """
    A realistic next revision: three text edits spread over the form, one member added
    to the first repeated group that has room, and a 公表日 half a year later.
    """
    import attrs

    from pia_dsl.changes.revision import published_of
    from pia_dsl.changes.synthetic import mutate, replace_at
    from pia_dsl.walk import Kind, walk

    published = published_of(document)
    later = published + timedelta(days=182) if published is not None else None
    revised = mutate(document, 3, published=later)
    for entry in walk(revised):
        if entry.kind is not Kind.REPEAT or not entry.active or not entry.value:
            continue
        if entry.item.max_count is not None and len(entry.value) >= entry.item.max_count:
            continue
        first = entry.value[0]
        added = attrs.evolve(first, key=f"{first.key}_bench")
        return replace_at(revised, entry.path, (*entry.value, added))
    return revised


def write_batch(directory: Path, count: int) -> list[Path]:
    """
    ``count`` JSON documents: the main documents of the three examples in turn, document
    ``i`` with ``i // 3 + 1`` text edits (:func:`pia_dsl.changes.synthetic.mutate`).
    Deterministic: the same count always writes the same files.
    """
    from pia_dsl.changes.synthetic import mutate
    from pia_dsl.io import dump

    bases = [main_document(ASSESSMENTS / f"{name}.py") for name in BATCH_EXAMPLES]
    directory.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        base = bases[index % len(bases)]
        path = directory / f"doc{index:03d}_{type(base).FORM}.json"
        path.write_text(dump(mutate(base, index // len(bases) + 1), "json"), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------
# The items
# ---------------------------------------------------------------------------


def bench_validate(document: Any, sizes: Sizes) -> dict[str, Any]:
    """
    ``validate()`` (on a fresh copy each time: nothing cached from the previous call)
    against one walk of the document.
    """
    import attrs

    from pia_dsl.validate import validate
    from pia_dsl.walk import walk

    copies = [attrs.evolve(document) for _ in range(sizes.fast + sizes.warmup)]
    pending = iter(copies)
    validate_times, walk_times = interleaved(
        lambda: validate(next(pending)),
        lambda: list(walk(document)),
        repeats=sizes.fast,
        warmup=sizes.warmup,
    )
    validate_ms = median(validate_times) * 1000
    walk_ms = median(walk_times) * 1000
    return {
        "validate_ms": validate_ms,
        "validate_walk_ms": walk_ms,
        "validate_walk_ratio": validate_ms / walk_ms,
        "validate_findings": len(validate(attrs.evolve(document))),
        "samples_validate_s": validate_times,
    }


def bench_render(document: Any, sizes: Sizes) -> dict[str, Any]:
    """
    pia's ``render_bytes`` against bare docxtpl with the precomputed context.
    """
    from docxtpl import DocxTemplate

    from pia_dsl.render.context import build_context
    from pia_dsl.render.docx import default_template, make_environment, render_bytes

    template = default_template(str(type(document).FORM))
    context = build_context(document)

    def bare() -> bytes:
        filled = DocxTemplate(str(template))
        filled.render(context, jinja_env=make_environment(), autoescape=True)
        buffer = io.BytesIO()
        filled.save(buffer)
        return buffer.getvalue()

    pia_times, bare_times = interleaved(
        lambda: render_bytes(document), bare, repeats=sizes.fast, warmup=max(sizes.warmup, 1)
    )
    pia_s, bare_s = median(pia_times), median(bare_times)
    return {
        "render_ratio": pia_s / bare_s,
        "render_pia_ms": pia_s * 1000,
        "render_bare_ms": bare_s * 1000,
        "render_template": str(template),
        "samples_render_pia_s": pia_times,
        "samples_render_bare_s": bare_times,
    }


def bench_diff(document: Any, sizes: Sizes) -> dict[str, Any]:
    """
    ``diff_documents`` against ``raw_deepdiff`` of the two canonical trees.
    """
    from pia_dsl.changes import diff_documents, raw_deepdiff
    from pia_dsl.changes.canonical import canonical

    revised = second_revision(document)
    old_data, new_data = canonical(document).tree, canonical(revised).tree
    diff_times, raw_times = interleaved(
        lambda: diff_documents(document, revised),
        lambda: raw_deepdiff(old_data, new_data),
        repeats=sizes.fast,
        warmup=sizes.warmup,
    )
    diff_s, raw_s = median(diff_times), median(raw_times)
    return {
        "diff_ratio": diff_s / raw_s,
        "diff_ms": diff_s * 1000,
        "diff_raw_ms": raw_s * 1000,
        "diff_rows": len(diff_documents(document, revised)),
        "samples_diff_s": diff_times,
        "samples_diff_raw_s": raw_times,
    }


def _maxrss_mb(who: int) -> float:
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_batch(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    The batch through ``pia render``'s ``plan`` and ``_execute``: in a process pool (the
    parallel run) and in this process (the serial run).
    """
    from pia_dsl.cli.render import Job, _execute, plan
    from pia_dsl.errors import PiaError

    sources = write_batch(directory / "sources", sizes.batch)
    jobs = plan(sources, out_dir=directory / "out")
    workers = sizes.jobs or os.cpu_count() or 1
    failures: list[str] = []
    written: list[Path] = []

    def report(job: Job, result: list[Path] | PiaError) -> None:
        if isinstance(result, PiaError):
            failures.append(f"{job.source}: {result}")
        else:
            written.extend(result)

    serial_cpu: list[float] = []
    parallel_cpu: list[float] = []

    def serial() -> None:
        start = time.process_time()
        _execute(jobs, 1, report)
        serial_cpu.append(time.process_time() - start)

    busy: list[float] = []

    def parallel() -> None:
        before = os.times()
        start = time.perf_counter()
        _execute(jobs, workers, report)
        wall = time.perf_counter() - start
        after = os.times()
        children = (after.children_user + after.children_system) - (
            before.children_user + before.children_system
        )
        parallel_cpu.append(children)
        busy.append(children / (wall * workers))

    # Warm up the serial path on one document of each form (imports, template parsing).
    _execute(jobs[: len(BATCH_EXAMPLES)], 1, report)
    load_before = os.getloadavg()[0]
    parallel_times, serial_times = interleaved(
        parallel, serial, repeats=sizes.slow, warmup=max(sizes.warmup - 1, 0)
    )
    if failures:
        raise SystemExit("ベンチマークの評価書を出力できません:\n" + "\n".join(failures[:5]))
    parallel_s, serial_s = median(parallel_times), median(serial_times)
    self_mb = _maxrss_mb(resource.RUSAGE_SELF)
    workers_mb = _maxrss_mb(resource.RUSAGE_CHILDREN)
    return {
        "batch_parallel_ratio": parallel_s / serial_s,
        "batch_parallel_s": parallel_s,
        "batch_serial_s": serial_s,
        "batch_documents": len(jobs),
        "batch_workers": workers,
        "batch_files_written": len(written),
        "batch_serial_cpu_s": median(serial_cpu),
        "batch_parallel_cpu_s": median(parallel_cpu),
        "batch_worker_cpu_utilisation": median(busy),
        "loadavg_1min_before_batch": load_before,
        "loadavg_1min_after_batch": os.getloadavg()[0],
        "peak_memory_mb": max(self_mb, workers_mb),
        "peak_memory_self_mb": self_mb,
        "peak_memory_worker_mb": workers_mb,
        "peak_memory_method": "resource.getrusage ru_maxrss: the larger of RUSAGE_SELF "
        "(this process, incl. the serial batch) and RUSAGE_CHILDREN (the largest worker)",
        "samples_batch_parallel_s": parallel_times,
        "samples_batch_serial_s": serial_times,
    }


def bench_history(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    The history of ``sizes.history`` publications, cold (a new, empty cache each repeat)
    then warm (the same cache again, as a second ``pia render`` would find it).
    """
    from pia_dsl.changes import build_history
    from pia_dsl.changes.cache import RevisionCache
    from pia_dsl.changes.synthetic import build_history_repo

    repo = directory / "repo"
    module = build_history_repo(repo, FULL_EXAMPLE, sizes.history)
    document = main_document(module)
    caches = directory / "caches"
    cold_times: list[float] = []
    warm_times: list[float] = []
    counts: dict[str, int] = {}

    def timed(cache: RevisionCache) -> float:
        return _time(lambda: build_history(module, document, repo, cache=cache))

    for index in range(sizes.warmup + sizes.slow):
        where = caches / f"run{index}"
        cold = RevisionCache(where)
        cold_s = timed(cold)
        warm = RevisionCache(where)
        warm_s = timed(warm)
        shutil.rmtree(where, ignore_errors=True)
        if index >= sizes.warmup:
            cold_times.append(cold_s)
            warm_times.append(warm_s)
        counts = {"hits": warm.hits, "misses": warm.misses, "cold_misses": cold.misses}
    history = build_history(module, document, repo, cache=RevisionCache(None))
    cold_s, warm_s = median(cold_times), median(warm_times)
    return {
        "history_cold_s": cold_s,
        "history_warm_s": warm_s,
        "history_warm_speedup": cold_s / warm_s,
        "history_publications": len(history.publications),
        "history_rows": len(history.rows()),
        "history_warm_cache_hits": counts["hits"],
        "history_warm_cache_misses": counts["misses"],
        "samples_history_cold_s": cold_times,
        "samples_history_warm_s": warm_times,
    }


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(width - _width(text), 0)


def _goal_text(key: str) -> str:
    comparison, bound = GOALS[key]
    sign = "≤" if comparison == "<=" else "≥"
    unit = " ms" if key.endswith("_ms") else "×"
    return f"{sign} {bound:g}{unit}"


def goal_met(key: str, value: float) -> bool:
    comparison, bound = GOALS[key]
    return value <= bound if comparison == "<=" else value >= bound


def table(results: dict[str, Any]) -> list[list[str]]:
    """
    The rows of the printed table: item, measured, baseline, ratio, goal, ok?.
    """
    r = results

    def ok(key: str) -> str:
        return "ok" if r["goals"][key]["ok"] else "NG"

    return [
        ["項目 item", "測定 measured", "基準 baseline", "比 ratio", "目標 goal", "判定 ok?"],
        [
            "描画 render 全項目 (pia / docxtpl)",
            f"{r['render_pia_ms']:.1f} ms",
            f"{r['render_bare_ms']:.1f} ms",
            f"{r['render_ratio']:.2f}×",
            _goal_text("render_ratio"),
            ok("render_ratio"),
        ],
        [
            f"一括 batch {r['batch_documents']} 件 (並列 {r['batch_workers']} / 直列)",
            f"{r['batch_parallel_s']:.2f} s",
            f"{r['batch_serial_s']:.2f} s",
            f"{r['batch_parallel_ratio']:.2f}×",
            _goal_text("batch_parallel_ratio"),
            ok("batch_parallel_ratio"),
        ],
        [
            "最大メモリ peak memory (一括)",
            f"{r['peak_memory_mb']:.0f} MB",
            "-",
            "-",
            "-",
            "-",
        ],
        [
            "検証 validate 全項目 (/ walk)",
            f"{r['validate_ms']:.1f} ms",
            f"{r['validate_walk_ms']:.1f} ms",
            f"{r['validate_walk_ratio']:.1f}×",
            _goal_text("validate_ms"),
            ok("validate_ms"),
        ],
        [
            "差分 diff 全項目 (pia / DeepDiff)",
            f"{r['diff_ms']:.1f} ms",
            f"{r['diff_raw_ms']:.1f} ms",
            f"{r['diff_ratio']:.2f}×",
            _goal_text("diff_ratio"),
            ok("diff_ratio"),
        ],
        [
            f"履歴 history {r['history_publications']} 回 (cold / warm)",
            f"{r['history_cold_s']:.2f} s",
            f"{r['history_warm_s']:.3f} s",
            f"{r['history_warm_speedup']:.1f}× faster",
            _goal_text("history_warm_speedup") + " faster",
            ok("history_warm_speedup"),
        ],
    ]


def format_table(rows: list[list[str]]) -> str:
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(path: Path, results: dict[str, Any]) -> None:
    from pia_dsl.atomic import write_text_atomic

    write_text_atomic(path, json.dumps(results, ensure_ascii=False, indent=2) + "\n")


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="pia_dsl のベンチマーク: 同じ実行で測った基準との比を表にし、"
        "build/bench.json に書き出します。"
    )
    parser.add_argument(
        "--quick", action="store_true", help="小さな規模で1回ずつ（スモークテスト用）"
    )
    parser.add_argument(
        "--strict", action="store_true", help="目標を満たさない項目があれば終了コード 1"
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="結果の JSON (default: build/bench.json)"
    )
    parser.add_argument(
        "--repeats", type=int, metavar="N", help="遅い項目の繰り返し回数 (default: 5)"
    )
    parser.add_argument(
        "--batch", type=int, metavar="N", help="一括出力する評価書の数 (default: 100)"
    )
    parser.add_argument("--history", type=int, metavar="N", help="履歴の公表回数 (default: 50)")
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="並列数 (default: CPU コア数)")
    return parser.parse_args(argv)


def sizes_from(args: argparse.Namespace) -> Sizes:
    sizes = QUICK if args.quick else Sizes()
    if args.repeats is not None:
        sizes = replace(sizes, slow=args.repeats, fast=max(args.repeats, sizes.fast))
    if args.batch is not None:
        sizes = replace(sizes, batch=args.batch)
    if args.history is not None:
        sizes = replace(sizes, history=args.history)
    if args.jobs is not None:
        sizes = replace(sizes, jobs=args.jobs)
    if min(sizes.fast, sizes.slow, sizes.batch, sizes.history) < 1 or sizes.jobs < 0:
        raise SystemExit(
            "--repeats, --batch, --history には 1 以上、--jobs には 0 以上を指定してください。"
        )
    return sizes


def run(sizes: Sizes, *, quick: bool, progress: Callable[[str], None]) -> dict[str, Any]:
    """
    Every item; the results as one flat dict (figures, then ``goals``, then samples).
    """
    started = time.perf_counter()
    document = main_document(FULL_EXAMPLE)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pia-bench-") as temporary:
        scratch = Path(temporary)
        progress("検証 validate")
        results.update(bench_validate(document, sizes))
        progress("描画 render")
        results.update(bench_render(document, sizes))
        progress("差分 diff")
        results.update(bench_diff(document, sizes))
        progress(f"一括 batch ({sizes.batch} 件)")
        results.update(bench_batch(scratch / "batch", sizes))
        progress(f"履歴 history ({sizes.history} 回)")
        results.update(bench_history(scratch / "history", sizes))
    results["goals"] = {
        key: {"goal": _goal_text(key), "ok": goal_met(key, float(results[key]))} for key in GOALS
    }
    results.update(
        {
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "quick": quick,
            "sizes": {
                "fast_repeats": sizes.fast,
                "slow_repeats": sizes.slow,
                "warmup": sizes.warmup,
                "batch": sizes.batch,
                "history": sizes.history,
                "jobs": sizes.jobs,
            },
            "total_s": time.perf_counter() - started,
        }
    )
    figures = {k: v for k, v in results.items() if not k.startswith("samples_")}
    samples = {k: v for k, v in results.items() if k.startswith("samples_")}
    return {**figures, **samples}


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = sizes_from(args)

    def progress(step: str) -> None:
        print(f"… {step}", file=sys.stderr, flush=True)

    results = run(sizes, quick=args.quick, progress=progress)
    print(format_table(table(results)))
    write_json(args.out, results)
    missed = [key for key, goal in results["goals"].items() if not goal["ok"]]
    print(
        f"{args.out} に書き出しました（{results['total_s']:.0f} 秒）。"
        + (f" 目標未達: {', '.join(missed)}" if missed else " すべての目標を満たしました。"),
        file=sys.stderr,
    )
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
