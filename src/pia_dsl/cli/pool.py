"""
Running a batch of jobs (``pia render``): in this process, or in worker processes when
that pays.

* A pool starts only for :data:`POOL_MIN_JOBS` jobs or more (more than a couple): below
  that, starting the workers costs more than it saves.
* On Linux, when this process runs no other thread, it imports what the jobs need (the
  preload list) and the workers are forked from it: they start in milliseconds with its
  imports, its generated code and the modules it has already loaded, and no second
  interpreter has to start and import everything first.  (With another thread running, a
  fork could copy a lock that thread holds: then, and on other systems, the workers fork
  from a server that has imported the preload list, the ``forkserver`` start method.)
* Jobs are handed out largest first (``cost``) so that the last ones are short and the
  workers finish together; results are still reported in the order of the items.
* Workers die with ``pia``: each watches a pipe whose only write end ``pia`` holds and
  stops at its end of file, which comes when ``pia`` ends in any way (``SIGKILL``
  included).  The server then exits too (it lives while ``pia`` or a worker does), so
  nothing outlives ``pia`` holding the caller's output pipes.  (Watching the parent's
  pid would not do: the workers' parent is the server, and a killed ``pia`` stays a
  zombie while its caller waits for the end of its output.)
* Ctrl-C (``SIGINT``) or ``SIGTERM`` stops the batch: queued jobs are cancelled, running
  ones are stopped by unwinding (atomic writes remove their temporary files, so no
  partial file is left), and :class:`KeyboardInterrupt` reaches the command, which says
  「中断しました」 and exits with 130.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext, suppress
from types import FrameType
from typing import TYPE_CHECKING, TypeVar

from ..errors import PiaError

if TYPE_CHECKING:
    # multiprocessing and concurrent.futures load only for a pool (not for one job).
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.connection import Connection

__all__ = ["POOL_MIN_JOBS", "STOP_GRACE", "forks_here", "pays", "run_all"]

#: The smallest batch that runs in a pool (fewer jobs run in this process): importing what
#: the workers need and starting them (≈ 0.3–0.5 s) costs about four renders of a 全項目評価書,
#: so a pool pays from about twice that (measured by ``nox -s bench``).
POOL_MIN_JOBS = 8

#: Seconds a stopped worker has to unwind its job before it is killed.
STOP_GRACE = 10.0

Item = TypeVar("Item")
Result = TypeVar("Result")


def pays(jobs: int, workers: int) -> bool:
    """
    Whether ``jobs`` jobs are worth a pool of ``workers`` processes.
    """
    return workers > 1 and jobs >= POOL_MIN_JOBS


def run_all(
    items: Sequence[Item],
    function: Callable[[Item], Result],
    report: Callable[[Item, Result | PiaError], None],
    *,
    workers: int,
    preload: Sequence[str] = (),
    cost: Callable[[Item], float] | None = None,
) -> None:
    """
    ``report(item, function(item))`` for every item, in order; a :class:`PiaError` of
    one item is reported as its result and the others go on.  ``function`` must be a
    module-level function (it is pickled to the workers) and ``preload`` the modules it
    needs; in a pool, items of higher ``cost`` start first.
    """
    with _terminate_interrupts():
        if not pays(len(items), workers):
            for item in items:
                try:
                    report(item, function(item))
                except PiaError as error:
                    report(item, error)
            return
        _run_in_pool(items, function, report, min(workers, len(items)), preload, cost=cost)


def forks_here() -> bool:
    """
    Whether the workers fork from this process: on Linux, from its main thread, with no
    other thread running (whose locks a fork would copy held).
    """
    return (
        sys.platform.startswith("linux")
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
    )


def _run_in_pool(
    items: Sequence[Item],
    function: Callable[[Item], Result],
    report: Callable[[Item, Result | PiaError], None],
    workers: int,
    preload: Sequence[str],
    *,
    cost: Callable[[Item], float] | None,
) -> None:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing.context import BaseContext

    context: BaseContext
    forking = forks_here()
    if forking:
        from importlib import import_module

        for name in preload:
            import_module(name)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([*preload, __name__])
        _start_server()
    lifeline, keep_alive = context.Pipe(duplex=False)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        # A forked worker has a copy of the write end too: it closes it (else it would
        # never see the end of file).  The server's workers never get one.
        initargs=(lifeline, keep_alive if forking else None),
    )
    try:
        order = list(range(len(items)))
        if cost is not None:
            order.sort(key=lambda index: -cost(items[index]))
        submitted: dict[int, Future[Result]] = {}
        with _forking() if forking else nullcontext():
            # The first submit starts the workers (a forked pool starts them all then).
            for index in order:
                submitted[index] = pool.submit(_in_worker, function, items[index])
        for index, item in enumerate(items):
            future = submitted[index]
            try:
                result = future.result()
            except PiaError as error:
                report(item, error)
            else:
                report(item, result)
    except BaseException:
        # Ctrl-C, SIGTERM or a crash: running jobs unwind, and the pool, broken by the
        # workers' exit, fails every queued job without starting it.  (Cancelling the
        # futures here would race with the pool doing so: InvalidStateError in 3.11.)
        _stop_workers(pool)
        pool.shutdown(wait=True)
        raise
    else:
        pool.shutdown(wait=True)
    finally:
        keep_alive.close()
        lifeline.close()


@contextmanager
def _forking() -> Iterator[None]:
    """
    Around the fork of the workers: Ctrl-C and ``SIGTERM`` wait (a worker gets them only
    once its handlers are set, :func:`_start_worker`; this process gets them right after),
    and the objects that exist now are left out of the garbage collector's passes
    (``gc.freeze``), so the workers, which share their memory with this process until
    they write to it, do not copy it page by page to inspect it.
    """
    stops = {signal.SIGINT, signal.SIGTERM}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_server() -> None:
    """
    Start the worker server with Ctrl-C ignored, as it is once it has imported the preload
    (``multiprocessing.forkserver.main`` ignores ``SIGINT`` only then): a Ctrl-C during
    its import would otherwise end it with a traceback on the terminal.  ``SIG_IGN``
    survives the server's ``exec``; its workers set their own handlers
    (:func:`_start_worker`).
    """
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """
    Stop every worker of ``pool``: ``SIGTERM`` (they unwind their job and exit), then
    ``SIGKILL`` for one that has not exited after :data:`STOP_GRACE` seconds.
    """
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        process.join(max(deadline - time.monotonic(), 0))
        if process.is_alive():
            process.kill()


@contextmanager
def _terminate_interrupts() -> Iterator[None]:
    """
    While a batch runs, ``SIGTERM`` interrupts it like Ctrl-C (so that it stops cleanly).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


# ---------------------------------------------------------------------------
# In the worker processes
# ---------------------------------------------------------------------------


class _Stopped(BaseException):
    """
    Raised in a worker's job by ``SIGINT``/``SIGTERM``: unwinds it, then the worker exits.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


#: Whether this worker is running a job (a stop signal then unwinds it).
_busy = False


def _stop(signum: int, frame: FrameType | None) -> None:
    if _busy:
        raise _Stopped(signum)
    os._exit(128 + signum)


def _start_worker(lifeline: Connection, keep_alive: Connection | None) -> None:
    """
    The pool's initializer: stop on ``SIGINT``/``SIGTERM``, and when ``lifeline`` (the
    read end of a pipe whose only write end ``pia`` holds) reaches end of file: ``pia``
    is gone, however it ended.  A forked worker closes its copy of that write end
    (``keep_alive``), writes to the real standard streams and unblocks the signals blocked
    during the fork.
    """
    if keep_alive is not None:
        keep_alive.close()
        # Write to the real streams, not to what the command had put there (such as the
        # progress display's proxies, which would redraw it from here).
        sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    threading.Thread(
        target=_watch_parent, args=(lifeline,), name="pia-lifeline", daemon=True
    ).start()


def _watch_parent(lifeline: Connection) -> None:
    # Signals go to the main thread (where the job runs and the handler must raise).
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    with suppress(EOFError, OSError):
        lifeline.recv_bytes()  # pia never writes: this returns only at end of file
    os.kill(os.getpid(), signal.SIGTERM)


def _in_worker(function: Callable[[Item], Result], item: Item) -> Result:
    """
    One job in a worker; a stop signal unwinds it (cleaning up) and ends the worker.
    """
    global _busy  # noqa: PLW0603 - the signal handler's view of this worker
    _busy = True
    try:
        return function(item)
    except _Stopped as stopped:
        os._exit(128 + stopped.signum)
    finally:
        _busy = False
