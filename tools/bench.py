"""
Benchmarks of pia_dsl: one table of ratios against baselines measured in the same run.

    python tools/bench.py                 # the full run (about 5–8 minutes on 2 cores)
    python tools/bench.py --quick         # tiny sizes, one repeat (the smoke test)
    python tools/bench.py --strict        # exit 1 when a goal is missed
    python tools/bench.py --only batch    # one whole-process item, its figures as JSON
    nox -s bench                          # the same, in the nox environment

The machine may be noisy, so every figure is a median over several repeats taken after
a warm-up, and every ratio compares against a baseline timed in the same run with the
repetitions interleaved (subject, baseline, baseline, subject, …).  Whole-process items
run real processes, as a user does (``pia`` is the console script next to this Python).
Results go to ``build/bench.json`` (written atomically); see ``docs/benchmarks.md``.

Items (key: subject / baseline):

* ``help_ratio`` — ``pia --help`` / ``python -c pass`` (whole process);
* ``check_ratio`` — ``pia check`` of the 全項目 example / ``python -c pass``;
* ``check_growth`` — ``pia check`` of a 全項目 with 10 特定個人情報ファイル / with 1
  (generated from the example's source);
* ``render_cli_ratio`` — ``pia render MODULE -o OUT.docx`` of the 全項目 example / a bare
  docxtpl script rendering the same template with the same (pickled) context;
* ``render_ratio`` — ``render_bytes`` / bare docxtpl, in process;
* ``pdf_ratio`` — ``pia render --pdf`` of the bundled documents / one ``soffice
  --convert-to pdf`` of the same .docx files;
* ``batch_parallel_ratio`` — ``pia render`` of 100 generated documents on 2 workers /
  ``--jobs 1``; CPU and peak memory of the whole process tree, sampled from ``/proc``;
* ``validate_ms``, ``diff_ratio`` — in process, as before;
* ``history_table_s``, ``history_render_ratio`` and ``history_large_*`` — the 変更箇所
  table of a draft after 50 and 500 publications recorded in ``published/``, as ``pia
  render`` builds it (in process), and ``pia render -o`` of that module / the same render
  without publications (:func:`bench_history`: the one place to adapt when the history
  API changes).
"""

from __future__ import annotations

import argparse
import ast
import functools
import gc
import io
import json
import os
import pickle
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pia_dsl.forms.registry import code_of

ROOT = Path(__file__).resolve().parents[1]
ASSESSMENTS = ROOT / "assessments"
#: The 全項目 example (its main document is a FullAssessment).
FULL_EXAMPLE = ASSESSMENTS / "sakai_kokumin_nenkin.py"
#: The examples the batch varies: 全項目, 重点, 基礎.
BATCH_EXAMPLES = ("sakai_kokumin_nenkin", "fujisawa_shoni_iryo", "hibarino_yobo_sesshu")
DEFAULT_OUT = Path("build") / "bench.json"

#: Goals: (key, comparison, bound).  ``"<="``: the figure must not exceed the bound.
GOALS: dict[str, tuple[str, float]] = {
    "help_ratio": ("<=", 5.0),
    "check_growth": ("<=", 11.0),
    "check_ratio": ("<=", 15.0),
    "render_ratio": ("<=", 0.8),
    "render_cli_ratio": ("<=", 1.3),
    "pdf_ratio": ("<=", 1.15),
    "batch_parallel_ratio": ("<=", 0.55),
    "validate_ms": ("<=", 20.0),
    "diff_ratio": ("<=", 1.5),
}

#: The keys every bench.json has (the smoke test checks them).
REQUIRED_KEYS = (
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


@dataclass(frozen=True)
class Sizes:
    """
    How much to measure.

    Attributes:
        fast: Repeats of the quick items (render, validate, diff, start-up).
        slow: Repeats of the slow items (whole-process render, history).
        batch_repeats: Repeats of the batch (each a parallel and a serial run): the
            parallel run needs both cores at once, so it is the noisiest item.
        pdf: Repeats of the PDF item (LibreOffice takes seconds).
        warmup: Untimed runs before each item.
        batch: Documents in the batch.
        history: Publications in the generated history.
        history_large: Publications in the large history (one repeat).
        files: 特定個人情報ファイル of the large document of ``check_growth``.
        jobs: Worker processes of the parallel batch.
        pdf_modules: The bundled modules of the PDF item (all of them when empty).
    """

    fast: int = 21
    slow: int = 5
    batch_repeats: int = 11
    pdf: int = 3
    warmup: int = 1
    batch: int = 100
    history: int = 50
    history_large: int = 500
    files: int = 10
    jobs: int = 2
    pdf_modules: tuple[str, ...] = field(default=())


QUICK = Sizes(
    fast=1,
    slow=1,
    batch_repeats=1,
    pdf=1,
    warmup=0,
    batch=8,
    history=3,
    history_large=4,
    files=2,
    jobs=2,
    pdf_modules=("hibarino_yobo_sesshu",),
)


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


def pair_ratios(subject: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """
    ``subject / baseline`` of each interleaved pair (a pair whose baseline is 0 is left out).
    """
    return [s / b for s, b in zip(subject, baseline, strict=True) if b]


def compared(
    prefix: str,
    subject: Callable[[], object],
    baseline: Callable[[], object],
    *,
    repeats: int,
    warmup: int,
) -> dict[str, Any]:
    """
    ``<prefix>_s``, ``<prefix>_baseline_s``, ``<prefix>_ratio`` and the samples.
    """
    subject_times, baseline_times = interleaved(subject, baseline, repeats=repeats, warmup=warmup)
    subject_s, baseline_s = median(subject_times), median(baseline_times)
    return {
        f"{prefix}_ratio": subject_s / baseline_s,
        f"{prefix}_s": subject_s,
        f"{prefix}_baseline_s": baseline_s,
        f"samples_{prefix}_s": subject_times,
        f"samples_{prefix}_baseline_s": baseline_times,
    }


# ---------------------------------------------------------------------------
# Whole processes
# ---------------------------------------------------------------------------


def pia_command() -> list[str]:
    """
    How a user starts ``pia``: the console script next to this interpreter (else
    ``python -m pia_dsl``).
    """
    script = Path(sys.executable).with_name("pia")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "pia_dsl"]


def process_environment() -> dict[str, str]:
    """
    The environment of the whole-process items: this one, with bytecode caching on (an
    installed pia_dsl has its ``.pyc`` files; ``PYTHONDONTWRITEBYTECODE`` would make every
    run compile every module, which no user's run does).
    """
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def completed(
    command: Sequence[str], cwd: Path, extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """
    ``command`` run to its end in the bench's environment: its exit code and its stderr.
    """
    return subprocess.run(
        list(command),
        cwd=cwd,
        env={**process_environment(), **(extra_env or {})},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def run_process(
    command: Sequence[str],
    cwd: Path,
    *,
    codes: tuple[int, ...] = (0,),
    extra_env: dict[str, str] | None = None,
) -> None:
    """
    Run ``command`` to its end (output discarded); an unexpected exit code ends the bench.
    """
    done = completed(command, cwd, extra_env)
    if done.returncode not in codes:
        detail = done.stderr[-2000:]
        msg = f"ベンチマークのコマンドが失敗しました（{done.returncode}）: {' '.join(command)}\n{detail}"
        raise SystemExit(msg)


@dataclass
class TreeUsage:
    """
    CPU seconds and peak resident memory of a process and all its descendants.
    """

    cpu_s: float = 0.0
    peak_mb: float = 0.0
    peak_single_mb: float = 0.0
    processes: int = 0


def _proc_table() -> dict[int, tuple[int, str, float, float]]:
    """
    ``pid -> (ppid, start time, cpu seconds, rss MB)`` of every process in ``/proc``.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    page_mb = os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    table: dict[int, tuple[int, str, float, float]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stream:
                stat = stream.read().decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        # fields[0] is the state (field 3 of proc(5)): field n is fields[n - 3].
        ppid, utime, stime, start, rss = (
            int(fields[1]),
            int(fields[11]),
            int(fields[12]),
            fields[19],
            int(fields[21]),
        )
        table[int(entry.name)] = (ppid, start, (utime + stime) / ticks, rss * page_mb)
    return table


@dataclass
class Unobtrusive:
    """
    What a run costs, read before and after it (nothing runs beside it): the CPU seconds
    of the children this process has waited for (the command and the descendants it
    waited for: a pool's forked workers, not a server's) and the idle core-seconds of the
    whole machine (``/proc/stat``: idle + iowait; 0 where there is no ``/proc``).
    """

    cpu_s: float
    idle_core_s: float

    @staticmethod
    def now() -> Unobtrusive:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            fields = Path("/proc/stat").read_text(encoding="ascii").split("\n", 1)[0].split()
            idle = (int(fields[4]) + int(fields[5])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            idle = 0.0
        return Unobtrusive(usage.ru_utime + usage.ru_stime, idle)

    def __sub__(self, before: Unobtrusive) -> Unobtrusive:
        return Unobtrusive(self.cpu_s - before.cpu_s, self.idle_core_s - before.idle_core_s)


def run_sampled(
    command: Sequence[str], cwd: Path, *, interval: float = 0.05
) -> tuple[float, TreeUsage]:
    """
    Wall seconds of ``command`` and the usage of its process tree, sampled from ``/proc``
    every ``interval`` seconds (workers forked by a server are descendants, not children,
    so ``getrusage`` would not see them).
    """
    usage = TreeUsage()
    if not Path("/proc/self/stat").exists():
        return _time(lambda: run_process(command, cwd)), usage
    cpu: dict[tuple[int, str], float] = {}
    gc.collect()
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=process_environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            table = _proc_table()
            tree = {process.pid}
            grew = True
            while grew:
                found = {pid for pid, row in table.items() if row[0] in tree} - tree
                grew = bool(found)
                tree |= found
            rows = [(pid, table[pid]) for pid in tree if pid in table]
            for pid, (_, started, seconds, _) in rows:
                cpu[(pid, started)] = max(cpu.get((pid, started), 0.0), seconds)
            usage.peak_mb = max(usage.peak_mb, sum(row[3] for _, row in rows))
            usage.peak_single_mb = max([usage.peak_single_mb, *(row[3] for _, row in rows)])
            stop.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    code = process.wait()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    if code != 0:
        msg = f"ベンチマークのコマンドが失敗しました（{code}）: {' '.join(command)}"
        raise SystemExit(msg)
    usage.cpu_s = sum(cpu.values())
    usage.processes = len(cpu)
    return wall, usage


def make_project(directory: Path, modules: Sequence[str] = ()) -> Path:
    """
    A copy of ``assessments/`` (only ``modules`` among the examples, when given) outside
    git, so that no history is computed and every run sees the same files.
    """
    shutil.copytree(
        ASSESSMENTS,
        directory / "assessments",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    if modules:
        for path in (directory / "assessments").glob("*.py"):
            if path.name != "__init__.py" and path.stem not in modules:
                path.unlink()
    return directory


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
        path = directory / f"doc{index:03d}_{code_of(type(base))}.json"
        path.write_text(dump(mutate(base, index // len(bases) + 1), "json"), encoding="utf-8")
        paths.append(path)
    return paths


# ---------------------------------------------------------------------------
# The items
# ---------------------------------------------------------------------------


def with_files(source: str, count: int) -> str:
    """
    The 全項目 example's source with ``count`` 特定個人情報ファイル: the definitions of
    its file (Ⅱ ``FullFileOverview``, Ⅲ ``FileRisks``) repeated under new names and keys and
    listed in Ⅱ, 別添2 and Ⅲ.  The text grows with the document, as a real one does.
    """
    if count <= 1:
        return source
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    copies: dict[int, str] = {}  # end line of a definition -> the copies to insert after it
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if name not in {"pension_file", "pension_risks"}:
            continue
        assert node.end_lineno is not None
        text = "".join(lines[node.lineno - 1 : node.end_lineno])
        copies[node.end_lineno] = "".join(
            "\n"
            + text.replace(f"{name} =", f"{name}_{i} =", 1).replace(
                'key="pension"', f'key="pension{i}"', 1
            )
            for i in range(2, count + 1)
        )
    if len(copies) != 2:
        raise SystemExit(f"{FULL_EXAMPLE}: pension_file / pension_risks が見つかりません。")
    out = "".join(line + copies.get(number, "") for number, line in enumerate(lines, 1))
    others = range(2, count + 1)
    for old, new in (
        (
            "files=(pension_file,)",
            "files=(pension_file, {})".format(", ".join(f"pension_file_{i}" for i in others)),
        ),
        (
            "files=(pension_risks,)",
            "files=(pension_risks, {})".format(", ".join(f"pension_risks_{i}" for i in others)),
        ),
        (
            'files=(FileRecords(key="pension", items=RECORD_ITEMS),)',
            'files=(FileRecords(key="pension", items=RECORD_ITEMS), {})'.format(
                ", ".join(f'FileRecords(key="pension{i}", items=RECORD_ITEMS)' for i in others)
            ),
        ),
    ):
        if old not in out:
            raise SystemExit(f"{FULL_EXAMPLE}: 「{old}」が見つかりません（生成できません）。")
        out = out.replace(old, new, 1)
    return out


# ---------------------------------------------------------------------------
# In-process items
# ---------------------------------------------------------------------------


def bench_validate(document: Any, sizes: Sizes) -> dict[str, Any]:
    """
    ``validate()`` (on a fresh copy each time: nothing cached from the previous call)
    against one walk of a fresh copy.
    """
    import attrs

    from pia_dsl.validate import validate
    from pia_dsl.walk import walk

    # Fresh copies for both: the walker keeps the entries of the last documents it walked.
    copies = [attrs.evolve(document) for _ in range(2 * (sizes.fast + sizes.warmup))]
    pending = iter(copies)
    validate_times, walk_times = interleaved(
        lambda: validate(next(pending)),
        lambda: list(walk(next(pending))),
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

    template = default_template(code_of(type(document)))
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


# ---------------------------------------------------------------------------
# Whole-process items
# ---------------------------------------------------------------------------

#: The bare docxtpl script of ``render_cli_ratio``: the same template, the same context
#: (pickled plain data: no pia_dsl import), docxtpl's documented use, saved to a file.
BARE_DOCXTPL = """\
import pickle
import sys

import jinja2
from docxtpl import DocxTemplate

template, context_path, out = sys.argv[1:]
with open(context_path, "rb") as stream:
    context = pickle.load(stream)
document = DocxTemplate(template)
environment = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
document.render(context, jinja_env=environment, autoescape=True)
document.save(out)
"""


@dataclass(frozen=True)
class StartProject:
    """
    The start-up items' project: the 全項目 module, and generated ones with 1 and N files.
    """

    project: Path
    module: Path
    one: Path
    many: Path


def bench_project(directory: Path, sizes: Sizes) -> StartProject:
    project = make_project(directory / "project")
    module = project / "assessments" / FULL_EXAMPLE.name
    source = module.read_text(encoding="utf-8")
    one = project / "assessments" / "bench_files_1.py"
    many = project / "assessments" / f"bench_files_{sizes.files}.py"
    one.write_text(with_files(source, 1), encoding="utf-8")
    many.write_text(with_files(source, sizes.files), encoding="utf-8")
    return StartProject(project, module, one, many)


def bench_start_up(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    ``pia --help`` and ``pia check`` of the 全項目 example against ``python -c pass``;
    ``pia check`` of a generated 全項目 with ``sizes.files`` files against one with 1.
    """
    start = bench_project(directory, sizes)
    project, module, one, many = start.project, start.module, start.one, start.many
    pia = pia_command()
    bare = [sys.executable, "-c", "pass"]
    repeats, warmup = sizes.fast, max(sizes.warmup, 1)
    results: dict[str, Any] = {"pia_command": " ".join(pia), "check_files": sizes.files}
    results.update(
        compared(
            "help",
            lambda: run_process([*pia, "--help"], project),
            lambda: run_process(bare, project),
            repeats=repeats,
            warmup=warmup,
        )
    )
    results.update(
        compared(
            "check",
            lambda: run_process([*pia, "check", str(module)], project, codes=(0, 1)),
            lambda: run_process(bare, project),
            repeats=repeats,
            warmup=warmup,
        )
    )
    growth = compared(
        "check_growth",
        lambda: run_process([*pia, "check", str(many)], project, codes=(0, 1)),
        lambda: run_process([*pia, "check", str(one)], project, codes=(0, 1)),
        repeats=max(sizes.slow, 3),
        warmup=warmup,
    )
    results["check_growth"] = growth.pop("check_growth_ratio")
    results.update(growth)
    return results


@dataclass(frozen=True)
class RenderSetup:
    """
    The whole-process render item's files: a project copy, its 全項目 module, the
    template, the pickled context and the bare docxtpl script.
    """

    directory: Path
    module: Path
    template: Path
    context: Path
    script: Path

    def pia(self, *, cache: bool = True) -> tuple[list[str], dict[str, str]]:
        """
        ``pia render MODULE -o pia.docx`` and its extra environment (``cache=False``: no
        compiled-template cache).
        """
        command = [*pia_command(), "render", str(self.module), "-o", "pia.docx"]
        return command, {} if cache else {"PIA_TEMPLATE_CACHE": "off"}

    def bare(self) -> list[str]:
        return [
            sys.executable,
            str(self.script),
            str(self.template),
            str(self.context),
            "bare.docx",
        ]


def render_setup(directory: Path) -> RenderSetup:
    from pia_dsl.render.context import build_context
    from pia_dsl.render.docx import default_template

    project = make_project(directory / "project")
    module = project / "assessments" / FULL_EXAMPLE.name
    document = main_document(module)
    template = default_template(code_of(type(document))).resolve()
    context_path = directory / "context.pickle"
    context_path.write_bytes(pickle.dumps(build_context(document)))
    script = directory / "bare_docxtpl.py"
    script.write_text(BARE_DOCXTPL, encoding="utf-8")
    return RenderSetup(directory, module, template, context_path, script)


def bench_render_cli(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    ``pia render`` of the 全項目 example to one file against the bare docxtpl script,
    with pia's cache of compiled templates (filled by the warm-up, as by any earlier
    render) and without it.
    """
    setup = render_setup(directory)
    results: dict[str, Any] = {"render_cli_template": str(setup.template)}
    for prefix, cache in (("render_cli", True), ("render_cli_cold", False)):
        command, env = setup.pia(cache=cache)
        results.update(
            compared(
                prefix,
                functools.partial(run_process, command, directory, extra_env=env),
                functools.partial(run_process, setup.bare(), directory),
                repeats=sizes.slow,
                warmup=max(sizes.warmup, 1),
            )
        )
    return results


_I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def count_instructions(
    command: Sequence[str], cwd: Path, extra_env: dict[str, str] | None = None
) -> int:
    """
    The instructions ``command`` and its children execute (valgrind's cachegrind, no
    cache simulation): unlike seconds, the same on a busy machine.
    """
    valgrind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--trace-children=yes"]
    done = completed([*valgrind, "--cachegrind-out-file=/dev/null", *command], cwd, extra_env)
    counts = [int(found[1].replace(",", "")) for found in _I_REFS.finditer(done.stderr)]
    if done.returncode not in (0, 1) or not counts:
        msg = f"valgrind で命令数を数えられません（{done.returncode}）: {' '.join(command)}\n{done.stderr[-2000:]}"
        raise SystemExit(msg)
    return sum(counts)


def bench_instructions(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    Instruction counts of the whole-process items (one run each, after a warm-up run
    that fills the caches): ``instructions_<item>_ratio`` beside the timed ratios.
    """
    setup = render_setup(directory / "render")
    start = bench_project(directory / "start", sizes)
    pia = pia_command()
    bare = [sys.executable, "-c", "pass"]
    render, render_env = setup.pia()
    cold, cold_env = setup.pia(cache=False)
    runs: dict[str, tuple[list[str], Path, dict[str, str]]] = {
        "python": (bare, start.project, {}),
        "help": ([*pia, "--help"], start.project, {}),
        "check": ([*pia, "check", str(start.module)], start.project, {}),
        "check_one": ([*pia, "check", str(start.one)], start.project, {}),
        "check_many": ([*pia, "check", str(start.many)], start.project, {}),
        "render_cli": (render, setup.directory, render_env),
        "render_cli_cold": (cold, setup.directory, cold_env),
        "bare_docxtpl": (setup.bare(), setup.directory, {}),
    }
    run_process(render, setup.directory, extra_env=render_env)  # the cache, as timed
    counts = {name: count_instructions(c, cwd, env) for name, (c, cwd, env) in runs.items()}
    return {
        "instructions": counts,
        "instructions_help_ratio": counts["help"] / counts["python"],
        "instructions_check_ratio": counts["check"] / counts["python"],
        "instructions_check_growth": counts["check_many"] / counts["check_one"],
        "instructions_render_cli_ratio": counts["render_cli"] / counts["bare_docxtpl"],
        "instructions_render_cli_cold_ratio": counts["render_cli_cold"] / counts["bare_docxtpl"],
    }


def bench_pdf(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    ``pia render --pdf`` of the bundled documents against one ``soffice`` call that
    converts the same .docx files (a fresh private profile each time, as pia's).
    """
    from pia_dsl.render.fonts import font_environment
    from pia_dsl.render.pdf import find_soffice, soffice_command

    soffice = find_soffice()
    project = make_project(directory / "project", sizes.pdf_modules)
    pia = pia_command()
    out = project / "build"
    run_process([*pia, "render", "--out-dir", str(out)], project)
    # The files pia converts: one per document (a second output of a job is a copy).
    from pia_dsl.cli.render import plan
    from pia_dsl.loader import discover

    jobs = plan(discover(project / "assessments"), out_dir=out)
    sources = [job.outputs[0] for job in jobs]
    baseline_out = directory / "soffice-out"

    def soffice_once() -> None:
        profile = Path(tempfile.mkdtemp(prefix="pia-bench-lo-"))
        try:
            run_process(
                soffice_command(soffice, profile, baseline_out, sources),
                directory,
                extra_env={**font_environment(), "HOME": str(profile)},  # as pia runs it
            )
        finally:
            shutil.rmtree(profile, ignore_errors=True)

    results = compared(
        "pdf",
        lambda: run_process([*pia, "render", "--pdf", "--out-dir", str(out)], project),
        soffice_once,
        repeats=sizes.pdf,
        warmup=0,
    )
    results["pdf_documents"] = len(sources)
    return results


def bench_batch(directory: Path, sizes: Sizes) -> dict[str, Any]:
    """
    ``pia render`` of the generated batch with ``--jobs N`` against ``--jobs 1``, each a
    whole process.  The times come from runs that nothing watches; the CPU time and memory
    of the process tree (``pia``, the workers, a server if one is used) from separate
    runs sampled from ``/proc``: the sampler takes CPU time, and on 2 busy cores it takes
    it from the workers (timed while sampled, the parallel run was ≈ 6 % slower and the
    serial one ≈ 1 %, which moved the ratio by ≈ 0.03).
    """
    sources = write_batch(directory / "sources", sizes.batch)
    # The documents' figures are named as in a project: under assessments/ of the cwd.
    shutil.copytree(ASSESSMENTS / "figures", directory / "assessments" / "figures")
    pia = pia_command()
    runs: dict[int, list[TreeUsage]] = {1: [], sizes.jobs: []}
    timed: dict[int, list[Unobtrusive]] = {1: [], sizes.jobs: []}

    def command(jobs: int) -> list[str]:
        out = directory / f"out{jobs}"
        return [*pia, "render", *map(str, sources), "--jobs", str(jobs), "--out-dir", str(out)]

    def batch(jobs: int) -> Callable[[], None]:
        def run() -> None:
            before = Unobtrusive.now()
            run_process(command(jobs), directory)
            timed[jobs].append(Unobtrusive.now() - before)

        return run

    load_before = os.getloadavg()[0]
    # Sampled runs first (the first of each also warms the file cache), then the timed ones.
    for jobs, usages in runs.items():
        for _ in range(2):
            usages.append(run_sampled(command(jobs), directory)[1])
    parallel_times, serial_times = interleaved(
        batch(sizes.jobs), batch(1), repeats=sizes.batch_repeats, warmup=0
    )
    written = len(list((directory / f"out{sizes.jobs}").glob("*.docx")))
    parallel_s, serial_s = median(parallel_times), median(serial_times)
    parallel_cpu = median([usage.cpu_s for usage in runs[sizes.jobs]])
    serial_cpu = median([usage.cpu_s for usage in runs[1]])
    peak_parallel = max(usage.peak_mb for usage in runs[sizes.jobs])
    peak_serial = max(usage.peak_mb for usage in runs[1])
    return {
        "batch_parallel_ratio": parallel_s / serial_s,
        # For reading the noise: the ratio within each pair of neighbouring runs.
        "batch_pair_ratios": pair_ratios(parallel_times, serial_times),
        "batch_parallel_s": parallel_s,
        "batch_serial_s": serial_s,
        # Of the timed runs (read before and after each, see Unobtrusive): on 2 cores the
        # parallel time is about (CPU seconds + idle core-seconds) / 2.
        "batch_timed_cpu_ratio": median(
            pair_ratios([u.cpu_s for u in timed[sizes.jobs]], [u.cpu_s for u in timed[1]]) or [0.0]
        ),
        "batch_parallel_idle_core_s": median([usage.idle_core_s for usage in timed[sizes.jobs]]),
        "batch_documents": len(sources),
        "batch_workers": sizes.jobs,
        "batch_files_written": written,
        "batch_parallel_cpu_s": parallel_cpu,
        "batch_serial_cpu_s": serial_cpu,
        "batch_cpu_ratio": parallel_cpu / serial_cpu if serial_cpu else 0.0,
        "batch_processes": max(usage.processes for usage in runs[sizes.jobs]),
        "batch_worker_cpu_utilisation": parallel_cpu / (parallel_s * sizes.jobs),
        "loadavg_1min_before_batch": load_before,
        "loadavg_1min_after_batch": os.getloadavg()[0],
        "peak_memory_mb": peak_parallel,
        "peak_memory_serial_mb": peak_serial,
        "peak_memory_single_process_mb": max(usage.peak_single_mb for usage in runs[sizes.jobs]),
        "peak_memory_method": "/proc sampled every 50 ms in 2 runs of each, not timed: the largest sum of VmRSS over "
        "pia and the workers (and a forkserver if one is used: descendants, which getrusage does not see)",
        "samples_batch_parallel_s": parallel_times,
        "samples_batch_serial_s": serial_times,
    }


# ---------------------------------------------------------------------------
# History (the one place to adapt to the history API of the branch)
# ---------------------------------------------------------------------------


def write_publications(project: Path, count: int) -> tuple[Path, Any]:
    """
    ``count`` publications of the 全項目 example as ``pia publish`` records them in
    ``published/`` (publication ``k``: :func:`pia_dsl.changes.synthetic.mutate` with
    ``k`` edits, 30 days after the previous one; its rows computed against the previous
    one), and a module whose draft makes one more edit.  Returns the module and its
    draft.  The .docx of each publication is not rendered (its SHA-256 is not read).
    """
    from pia_dsl.changes.compare import compare
    from pia_dsl.changes.declarations import apply
    from pia_dsl.changes.revision import published_of
    from pia_dsl.changes.snapshot import (
        SCHEMA_VERSION,
        Published,
        dump_published,
        module_name,
        snapshot_file,
    )
    from pia_dsl.changes.synthetic import mutate
    from pia_dsl.forms.editions import document_mark
    from pia_dsl.forms.registry import code_of
    from pia_dsl.io import to_data
    from pia_dsl.wareki import format_wareki

    base = main_document(FULL_EXAMPLE)
    first = published_of(base) or date(2025, 4, 1)
    module = project / "assessments" / "bench_history.py"
    form = code_of(type(base))
    previous: Any = None
    for step in range(count):
        published = first + timedelta(days=30 * step)
        document = mutate(base, step, published=published)
        rows = (
            ()
            if previous is None
            else apply(compare(previous, document), on=published, revision=None).rows
        )
        record = Published(
            schema=SCHEMA_VERSION,
            module=module_name(module),
            form=form,
            edition=document_mark(document),
            published=published,
            docx_sha256="0" * 64,
            rows=tuple(rows),
            document=to_data(document),
        )
        target = snapshot_file(module, form, published)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(dump_published(record), encoding="utf-8")
        previous = document
    draft_date = first + timedelta(days=30 * count)
    module.write_text(
        "from pia_dsl.changes.synthetic import mutate\n"
        "from pia_dsl.wareki import wareki\n\n"
        f"from assessments.{FULL_EXAMPLE.stem} import assessment as _base\n\n"
        f'assessment = mutate(_base, {count}, published=wareki("{format_wareki(draft_date)}"))\n',
        encoding="utf-8",
    )
    return module, mutate(base, count, published=draft_date)


def bench_history(directory: Path, count: int, repeats: int, warmup: int) -> dict[str, Any]:
    """
    The 変更箇所 table of a draft after ``count`` publications, as ``pia render`` builds it
    (:func:`pia_dsl.changes.table.table_for`: every snapshot of ``published/`` read, the
    draft compared with the last one), in process; and the whole ``pia render -o`` of that
    module against the same render with no ``published/`` (the history's share of a
    render).  Keys without prefix; the caller names them.
    """
    from pia_dsl.changes.table import table_for

    project = make_project(directory / "project", (FULL_EXAMPLE.stem,))
    module, draft = write_publications(project, count)
    table_times = [
        _time(lambda: table_for(module, draft, revisions=(), styles=None))
        for _ in range(warmup + repeats)
    ][warmup:]
    table = table_for(module, draft, revisions=(), styles=None)
    bare = make_project(directory / "no-publications", (FULL_EXAMPLE.stem,))
    (bare / "assessments" / module.name).write_text(
        module.read_text(encoding="utf-8"), encoding="utf-8"
    )
    pia = pia_command()
    rendered = compared(
        "render",
        lambda: run_process([*pia, "render", str(module), "-o", "h.docx"], project),
        lambda: run_process(
            [*pia, "render", str(bare / "assessments" / module.name), "-o", "h.docx"], bare
        ),
        repeats=repeats,
        warmup=max(warmup, 1),
    )
    return {
        "table_s": median(table_times),
        "publications": len(table.snapshots),
        "rows": len(table.rows()),
        **rendered,
        "samples_table_s": table_times,
    }


def _named(prefix: str, figures: dict[str, Any]) -> dict[str, Any]:
    return {
        (
            f"samples_{prefix}_{k.removeprefix('samples_')}"
            if k.startswith("samples_")
            else f"{prefix}_{k}"
        ): v
        for k, v in figures.items()
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


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def table(results: dict[str, Any]) -> list[list[str]]:
    """
    The rows of the printed table: item, measured, baseline, ratio, goal, ok?.
    """
    r = results

    def row(
        label: str, key: str, measured: str, baseline: str, ratio: str = "", *, unit: str = ""
    ) -> list[str]:
        ok = "ok" if r["goals"][key]["ok"] else "NG"
        return [label, measured, baseline, ratio or f"{r[key]:.2f}×", _goal_text(key) + unit, ok]

    def info(label: str, measured: str, baseline: str, ratio: str = "-") -> list[str]:
        """A row without a goal."""
        return [label, measured, baseline, ratio, "-", "-"]

    rows = [
        ["項目 item", "測定 measured", "基準 baseline", "比 ratio", "目標 goal", "判定 ok?"],
        row(
            "起動 pia --help (/ python -c pass)",
            "help_ratio",
            _ms(r["help_s"]),
            _ms(r["help_baseline_s"]),
        ),
        row(
            "検証 pia check 全項目 (/ python -c pass)",
            "check_ratio",
            _ms(r["check_s"]),
            _ms(r["check_baseline_s"]),
        ),
        row(
            f"検証の伸び check {r['check_files']} ファイル / 1 ファイル",
            "check_growth",
            _ms(r["check_growth_s"]),
            _ms(r["check_growth_baseline_s"]),
        ),
        row(
            "描画 pia render -o 全項目 (/ 素の docxtpl スクリプト)",
            "render_cli_ratio",
            _ms(r["render_cli_s"]),
            _ms(r["render_cli_baseline_s"]),
        ),
        info(
            "　同じく、テンプレートのキャッシュなし (cold)",
            _ms(r["render_cli_cold_s"]),
            _ms(r["render_cli_cold_baseline_s"]),
            f"{r['render_cli_cold_ratio']:.2f}×",
        ),
        row(
            "描画 render_bytes 全項目 (/ 素の docxtpl)",
            "render_ratio",
            f"{r['render_pia_ms']:.1f} ms",
            f"{r['render_bare_ms']:.1f} ms",
        ),
        row(
            f"PDF pia render --pdf {r['pdf_documents']} 件 (/ soffice 1 回)",
            "pdf_ratio",
            _s(r["pdf_s"]),
            _s(r["pdf_baseline_s"]),
        ),
        row(
            f"一括 batch {r['batch_documents']} 件 (並列 {r['batch_workers']} / 直列)",
            "batch_parallel_ratio",
            _s(r["batch_parallel_s"]),
            _s(r["batch_serial_s"]),
        ),
        info(
            "　CPU 時間 (プロセス木全体: 並列 / 直列)",
            _s(r["batch_parallel_cpu_s"]),
            _s(r["batch_serial_cpu_s"]),
            f"{r['batch_cpu_ratio']:.2f}×",
        ),
        info(
            "　計測した回のプロセッサ時間の比・並列の空きコア",
            f"空き {r['batch_parallel_idle_core_s']:.2f} コア秒",
            "",
            f"{r['batch_timed_cpu_ratio']:.2f}×",
        ),
        info(
            "　最大メモリ peak memory (並列 / 直列)",
            f"{r['peak_memory_mb']:.0f} MB",
            f"{r['peak_memory_serial_mb']:.0f} MB",
        ),
        row(
            "検証 validate 全項目 (/ walk)",
            "validate_ms",
            f"{r['validate_ms']:.1f} ms",
            f"{r['validate_walk_ms']:.1f} ms",
            f"{r['validate_walk_ratio']:.1f}×",
        ),
        row(
            "差分 diff 全項目 (pia / DeepDiff)",
            "diff_ratio",
            f"{r['diff_ms']:.1f} ms",
            f"{r['diff_raw_ms']:.1f} ms",
        ),
        *(
            info(
                f"履歴 history {r[f'{prefix}_publications']} 回: 変更箇所の表 / 描画 (/ 公表なし)",
                _ms(r[f"{prefix}_table_s"]),
                _ms(r[f"{prefix}_render_s"]) + " / " + _ms(r[f"{prefix}_render_baseline_s"]),
                f"{r[f'{prefix}_render_ratio']:.2f}×",
            )
            for prefix in ("history", "history_large")
        ),
    ]
    counts = r.get("instructions")
    if counts:
        for label, key, subject, baseline in (
            ("命令数 pia --help / python -c pass", "help", "help", "python"),
            ("命令数 pia check 全項目 / python -c pass", "check", "check", "python"),
            ("命令数 check 伸び", "check_growth", "check_many", "check_one"),
            ("命令数 pia render -o / 素の docxtpl", "render_cli", "render_cli", "bare_docxtpl"),
            (
                "命令数 同じく、キャッシュなし (cold)",
                "render_cli_cold",
                "render_cli_cold",
                "bare_docxtpl",
            ),
        ):
            ratio_key = f"instructions_{key}" + ("" if key == "check_growth" else "_ratio")
            rows.append(
                info(
                    label,
                    f"{counts[subject] / 1e6:,.0f} M",
                    f"{counts[baseline] / 1e6:,.0f} M",
                    f"{r[ratio_key]:.2f}×",
                )
            )
    return rows


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
        "--repeats",
        type=int,
        metavar="N",
        help="遅い項目の繰り返し回数 (default: 5、一括出力は 11)",
    )
    parser.add_argument(
        "--batch", type=int, metavar="N", help="一括出力する評価書の数 (default: 100)"
    )
    parser.add_argument("--history", type=int, metavar="N", help="履歴の公表回数 (default: 50)")
    parser.add_argument(
        "--history-large", type=int, metavar="N", help="大きな履歴の公表回数 (default: 500)"
    )
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="並列数 (default: 2)")
    parser.add_argument(
        "--only",
        choices=sorted(ONLY),
        help="この項目だけを測り、結果を JSON で表示（build/bench.json には書きません）",
    )
    parser.add_argument(
        "--no-instructions",
        action="store_true",
        help="valgrind による命令数の計測を省く（既定: valgrind があれば数える。--quick では数えない）",
    )
    return parser.parse_args(argv)


def sizes_from(args: argparse.Namespace) -> Sizes:
    sizes = QUICK if args.quick else Sizes()
    if args.repeats is not None:
        sizes = replace(
            sizes,
            slow=args.repeats,
            batch_repeats=args.repeats,
            fast=max(args.repeats, sizes.fast),
        )
    if args.batch is not None:
        sizes = replace(sizes, batch=args.batch)
    if args.history is not None:
        sizes = replace(sizes, history=args.history)
    if args.history_large is not None:
        sizes = replace(sizes, history_large=args.history_large)
    if args.jobs is not None:
        sizes = replace(sizes, jobs=args.jobs)
    if (
        min(sizes.fast, sizes.slow, sizes.batch, sizes.history, sizes.history_large) < 1
        or sizes.jobs < 2
    ):
        raise SystemExit(
            "--repeats, --batch, --history, --history-large には 1 以上、--jobs には 2 以上を指定してください。"
        )
    return sizes


def run(
    sizes: Sizes, *, quick: bool, progress: Callable[[str], None], instructions: bool = False
) -> dict[str, Any]:
    """
    Every item; the results as one flat dict (figures, then ``goals``, then samples).
    """
    started = time.perf_counter()
    document = main_document(FULL_EXAMPLE)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pia-bench-") as temporary:
        scratch = Path(temporary)
        # pia's cache of compiled templates: the bench's own (filled by the warm-ups).
        os.environ["PIA_TEMPLATE_CACHE"] = str(scratch / "template-cache")
        # and of the code attrs generates (filled by the warm-ups too).
        os.environ["PIA_CODE_CACHE"] = str(scratch / "code-cache")
        progress("起動と検証 start-up, pia check")
        results.update(bench_start_up(scratch / "start", sizes))
        progress("描画 pia render -o")
        results.update(bench_render_cli(scratch / "render", sizes))
        progress("検証 validate")
        results.update(bench_validate(document, sizes))
        progress("描画 render_bytes")
        results.update(bench_render(document, sizes))
        progress("差分 diff")
        results.update(bench_diff(document, sizes))
        progress(f"一括 batch ({sizes.batch} 件)")
        results.update(bench_batch(scratch / "batch", sizes))
        progress("PDF")
        results.update(bench_pdf(scratch / "pdf", sizes))
        if instructions:
            progress("命令数 instructions (valgrind)")
            results.update(bench_instructions(scratch / "instructions", sizes))
        progress(f"履歴 history ({sizes.history} 回)")
        results.update(
            _named(
                "history",
                bench_history(scratch / "history", sizes.history, sizes.slow, sizes.warmup),
            )
        )
        progress(f"履歴 history ({sizes.history_large} 回)")
        results.update(
            _named(
                "history_large", bench_history(scratch / "history_large", sizes.history_large, 1, 0)
            )
        )
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
                "batch_repeats": sizes.batch_repeats,
                "pdf_repeats": sizes.pdf,
                "warmup": sizes.warmup,
                "batch": sizes.batch,
                "history": sizes.history,
                "history_large": sizes.history_large,
                "files": sizes.files,
                "jobs": sizes.jobs,
            },
            "total_s": time.perf_counter() - started,
        }
    )
    figures = {k: v for k, v in results.items() if not k.startswith("samples_")}
    samples = {k: v for k, v in results.items() if k.startswith("samples_")}
    return {**figures, **samples}


#: The whole-process items ``--only`` runs alone (each in a scratch directory).
ONLY: dict[str, Callable[[Path, Sizes], dict[str, Any]]] = {
    "start-up": bench_start_up,
    "render-cli": bench_render_cli,
    "batch": bench_batch,
    "pdf": bench_pdf,
}


def run_only(item: str, sizes: Sizes) -> dict[str, Any]:
    """
    One item of :data:`ONLY`, with the bench's own template cache (as in :func:`run`).
    """
    with tempfile.TemporaryDirectory(prefix="pia-bench-") as temporary:
        scratch = Path(temporary)
        os.environ["PIA_TEMPLATE_CACHE"] = str(scratch / "template-cache")
        os.environ["PIA_CODE_CACHE"] = str(scratch / "code-cache")
        return ONLY[item](scratch / item, sizes)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = sizes_from(args)
    if args.only is not None:
        print(json.dumps(run_only(args.only, sizes), ensure_ascii=False, indent=2))
        return 0

    def progress(step: str) -> None:
        print(f"… {step}", file=sys.stderr, flush=True)

    instructions = (
        not args.quick and not args.no_instructions and shutil.which("valgrind") is not None
    )
    results = run(sizes, quick=args.quick, progress=progress, instructions=instructions)
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
