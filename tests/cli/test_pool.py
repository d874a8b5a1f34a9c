"""
Tests for pia_dsl.cli.pool through the real ``pia render`` in a subprocess: workers die
with ``pia`` (``SIGKILL``, ``SIGTERM``), Ctrl-C cancels the queued jobs and exits 130.

The batch is ten copies of the 基礎 example whose module, when a worker renders it (it
looks up the optional ``row_styles``, which the module answers with a module
``__getattr__``), marks the job as started and then sleeps, so the jobs are still running
when the signal comes; ``pia`` itself (which plans the batch) never sleeps.  The module is
loaded once, by ``pia`` (forked workers share it) or by each worker.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pia_dsl.cli import pool
from pia_dsl.errors import PiaError
from pia_process import PIA, environment

ROOT = Path(__file__).resolve().parents[2]
JOBS = 10
SLEEP = 60

SLOW = """

import multiprocessing as _mp
import os as _os
import time as _time
from pathlib import Path as _Path


def __getattr__(name):
    if name == "row_styles" and _mp.current_process().name != "MainProcess":  # a job
        (_Path(__file__).parent.parent / "started" / f"{{_os.getpid()}}-{{_Path(__file__).stem}}").touch()
        _time.sleep({sleep})
    raise AttributeError(name)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_a_pool_only_for_more_than_a_couple_of_jobs() -> None:
    assert not pool.pays(2, 2)  # one module with two documents: in this process
    assert not pool.pays(100, 1)
    assert pool.pays(pool.POOL_MIN_JOBS, 2)


def test_the_worker_server_starts_with_ctrl_c_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    A Ctrl-C while the server imports must not end it with a traceback: it is spawned
    with SIGINT ignored (inherited across its exec), and this process's handler is back
    afterwards.
    """
    from multiprocessing import forkserver

    seen: list[object] = []
    monkeypatch.setattr(
        forkserver, "ensure_running", lambda: seen.append(signal.getsignal(signal.SIGINT))
    )
    before = signal.getsignal(signal.SIGINT)

    pool._start_server()

    assert seen == [signal.SIG_IGN]
    assert signal.getsignal(signal.SIGINT) is before


def test_a_ctrl_c_during_the_server_import_prints_no_traceback() -> None:
    """The real server, spawned as pia spawns it, survives a SIGINT during its import."""
    code = (
        "import signal, time\n"
        "from multiprocessing import forkserver, get_context\n"
        "from pia_dsl.cli import pool\n"
        "get_context('forkserver').set_forkserver_preload(['pia_dsl.render.docx'])\n"
        "pool._start_server()\n"
        "print(forkserver._forkserver._forkserver_pid, flush=True)\n"
        "time.sleep(30)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert process.stdout is not None
        server = int(process.stdout.readline())
        os.kill(server, signal.SIGINT)  # at once: the server is still importing
        time.sleep(1.0)
        state = Path(f"/proc/{server}/stat").read_text().rsplit(")", 1)[1].split()[0]
        assert state != "Z"  # not ended by the Ctrl-C (an ended child stays a zombie)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        _out, err = process.communicate()
    assert "Traceback" not in err.decode()
    assert "KeyboardInterrupt" not in err.decode()


def _project(tmp_path: Path) -> Path:
    (tmp_path / "assessments").mkdir()
    shutil.copy(ROOT / "assessments" / "__init__.py", tmp_path / "assessments")
    example = (ROOT / "assessments" / "hibarino_yobo_sesshu.py").read_text(encoding="utf-8")
    for index in range(JOBS):
        (tmp_path / "assessments" / f"m{index}.py").write_text(
            example + SLOW.format(sleep=SLEEP), encoding="utf-8"
        )
    (tmp_path / "started").mkdir()
    return tmp_path


def _start(project: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    """
    ``pia render --jobs 2`` in its own session, once both workers run a job; their pids.
    """
    process = subprocess.Popen(
        [*PIA, "render", "--jobs", "2"],
        cwd=project,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while len(started := list((project / "started").iterdir())) < 2:
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            _out, err = process.communicate()
            pytest.fail(f"the workers did not start: {err.decode()}")
        time.sleep(0.05)
    return process, [int(p.name.split("-")[0]) for p in started]


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie is gone too (only its parent's wait is missing).
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "\nState:\tZ" in status.read_text()


def _wait_gone(pids: list[int], seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while not all(_gone(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _no_partial_files(project: Path) -> None:
    build = project / "build"
    leftovers = [p.name for p in build.iterdir()] if build.exists() else []
    assert not [name for name in leftovers if name.endswith(".tmp")], leftovers


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_pia_and_release_the_output_pipes(
    tmp_path: Path, signum: signal.Signals
) -> None:
    project = _project(tmp_path)
    process, workers = _start(project)

    os.kill(process.pid, signum)
    started = time.monotonic()
    # EOF on pia's stdout and stderr: no worker or server keeps them open.
    process.communicate(timeout=30)

    assert time.monotonic() - started < SLEEP / 2
    assert _wait_gone(workers)
    _no_partial_files(project)


def test_ctrl_c_cancels_the_queued_jobs_and_exits_130(tmp_path: Path) -> None:
    project = _project(tmp_path)
    process, workers = _start(project)

    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the whole foreground process group
    _out, err = process.communicate(timeout=30)

    assert process.returncode == 130
    assert "中断しました" in err.decode()
    assert "Traceback" not in err.decode()
    assert _wait_gone(workers)
    assert len(list((project / "started").iterdir())) == 2  # no queued job started
    assert not (project / "build").exists() or not list((project / "build").iterdir())


def test_sigint_to_pia_alone_stops_the_workers(tmp_path: Path) -> None:
    """``kill -INT`` of pia only (not its group): pia stops the workers itself."""
    project = _project(tmp_path)
    process, workers = _start(project)

    os.kill(process.pid, signal.SIGINT)
    _out, err = process.communicate(timeout=30)

    assert process.returncode == 130
    assert "中断しました" in err.decode()
    assert _wait_gone(workers)
    _no_partial_files(project)


# ---------------------------------------------------------------------------
# How the workers start (in this process: run_all with real workers)
# ---------------------------------------------------------------------------


def _where(item: int) -> tuple[int, int, int]:
    """A job: the item, the worker's pid and its parent's pid."""
    return item, os.getpid(), os.getppid()


def _batch() -> list[tuple[int, int, int]]:
    results: list[tuple[int, int, int]] = []

    def report(item: int, result: tuple[int, int, int] | PiaError) -> None:
        assert not isinstance(result, PiaError)
        results.append(result)

    pool.run_all(list(range(pool.POOL_MIN_JOBS)), _where, report, workers=2)
    return results


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux only")
def test_workers_fork_from_pia_when_no_other_thread_runs() -> None:
    assert pool.forks_here()

    results = _batch()

    assert [item for item, _, _ in results] == list(range(pool.POOL_MIN_JOBS))  # in order
    assert {parent for _, _, parent in results} == {os.getpid()}
    assert len({worker for _, worker, _ in results}) <= 2
    assert os.getpid() not in {worker for _, worker, _ in results}


def test_with_another_thread_running_the_workers_come_from_the_server() -> None:
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not pool.forks_here()
        results = _batch()
    finally:
        stop.set()
        other.join()

    assert [item for item, _, _ in results] == list(range(pool.POOL_MIN_JOBS))
    assert os.getpid() not in {parent for _, _, parent in results}  # the server's children


def _started(item: int) -> int:
    with open(os.environ["PIA_TEST_STARTED"], "a", encoding="utf-8") as log:
        log.write(f"{item}\n")
    time.sleep(0.2)
    return item


def test_the_costliest_jobs_start_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "started"
    monkeypatch.setenv("PIA_TEST_STARTED", str(log))
    items = list(range(pool.POOL_MIN_JOBS))
    results: list[int | PiaError] = []

    pool.run_all(
        items, _started, lambda item, result: results.append(result), workers=2, cost=float
    )

    assert results == items  # reported in the order of the items
    first = [int(line) for line in log.read_text(encoding="utf-8").split()][:2]
    assert sorted(first) == [items[-2], items[-1]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork on Linux only")
def test_forked_workers_use_the_modules_pia_loaded(tmp_path: Path) -> None:
    """Each module runs once in a batch: when ``pia`` plans it, never again in a worker."""
    (tmp_path / "assessments").mkdir()
    shutil.copy(ROOT / "assessments" / "__init__.py", tmp_path / "assessments")
    example = (ROOT / "assessments" / "hibarino_yobo_sesshu.py").read_text(encoding="utf-8")
    count = "\nwith open(__file__ + '.runs', 'a') as _runs:\n    _runs.write('x')\n"
    for index in range(pool.POOL_MIN_JOBS):
        (tmp_path / "assessments" / f"m{index}.py").write_text(example + count, encoding="utf-8")

    done = subprocess.run(
        [*PIA, "render", "--jobs", "2"],
        cwd=tmp_path,
        env=environment(),
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert done.returncode == 0, done.stderr.decode()
    runs = sorted((tmp_path / "assessments").glob("*.runs"))
    assert len(runs) == pool.POOL_MIN_JOBS
    assert {path.read_text() for path in runs} == {"x"}
