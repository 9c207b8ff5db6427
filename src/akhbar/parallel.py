"""An ordered, lazily started process pool for the pure per-record work of a pipeline.

:func:`ordered_map` yields ``(item, fn(item))`` in input order, like ``map``, while worker processes
compute ``fn`` on chunks of items ahead of the consumer. It is built for ingest:

1. the first ``start_after`` items run in this process, so small inputs never pay for starting workers;
2. then the pool starts and items are sent in chunks, at most ``2 × workers`` chunks ahead, so a
   generator (stdin, a huge WARC) is read as it is consumed and memory stays bounded;
3. an exception ``fn`` raises for one item is raised to the consumer at that item's turn, with the
   worker's traceback attached as a note; the items before it have all been yielded;
4. when the pool cannot start, or a worker dies (out of memory, killed), the remaining items run in
   this process: slower, never lost;
5. the consumer stopping early (an exception, Ctrl-C, ``close()``) shuts the pool down. Workers ignore
   Ctrl-C (the consumer handles it) and exit by themselves when this process dies (killed), so a kill
   leaves no orphans behind.

``fn`` must be picklable (a module-level function or a ``functools.partial`` of one) and must not touch
shared state (the SQLite store stays with the consumer).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CHUNK = 32  # items per task: ~0.1 s of ingest work, so the pickling round trip is a small part of it
AHEAD = 2  # chunks in flight per worker: one being worked on, one waiting


class _Raised:
    """An exception ``fn`` raised in a worker, carried back to be raised at its item's turn."""

    def __init__(self, error: BaseException, trace: str):
        try:
            pickle.dumps(error)
        except Exception:  # an exception that cannot cross processes: keep its type name and message
            error = RuntimeError(f"{type(error).__name__}: {error}")
        self.error = error
        self.trace = trace


def _run_chunk(fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        try:
            out.append(fn(item))
        except Exception as err:
            out.append(_Raised(err, traceback.format_exc()))
    return out


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else (the pid was reused): ours is gone
        return False
    return True


def _worker_init(main: int) -> None:
    parent = os.getppid()  # the consumer (fork), or the forkserver (which lives as long as its workers)
    # Ctrl-C reaches the whole process group: the consumer rolls back and shuts the pool down; a
    # worker that stopped by itself would only add a traceback to the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:  # the parent was killed (SIGKILL): nobody will send work or a stop now
        while True:
            time.sleep(0.5)
            if os.getppid() != parent or (main != parent and os.name == "posix" and not _alive(main)):
                os._exit(0)

    threading.Thread(target=watch, name="akhbar-parent-watch", daemon=True).start()


def _context() -> Any:
    """fork when this process has no other thread (fast, and a user's script is not re-imported);
    forkserver otherwise (a thread holding a lock at fork time could hang the child)."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["akhbar.ingest"])
        return ctx
    return multiprocessing.get_context("spawn")


def refuse_in_bootstrap(what: str) -> None:
    """Raise when called while a worker process imports the user's main script (forkserver/spawn
    re-import a script that lacks the ``if __name__ == "__main__":`` guard): the worker must not
    write to the archive. The pool then falls back to the consumer's process."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):  # set while a child imports __main__
        raise RuntimeError(f"{what} was called while a worker process imported the main script; "
                           'put the script\'s code under `if __name__ == "__main__":`')


def _start(workers: int) -> ProcessPoolExecutor | None:
    try:
        return ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_worker_init,
                                   initargs=(os.getpid(),))
    except (OSError, ValueError, ImportError, NotImplementedError):  # no semaphores, no fork: one process
        return None


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, workers: int, start_after: int = 200,
                chunk: int | None = None) -> Generator[tuple[T, R], None, None]:
    """``(item, fn(item))`` for every item, in input order; ``fn`` runs in ``workers`` processes once
    more than ``start_after`` items came (``workers`` <= 1: all here, no pool)."""
    it = iter(items)
    chunk = chunk or CHUNK
    if workers <= 1:
        for item in it:
            yield item, fn(item)
        return
    for item in islice(it, start_after):
        yield item, fn(item)
    pool = _start(workers)
    if pool is None:
        for item in it:
            yield item, fn(item)
        return
    window: deque[tuple[list[T], Any]] = deque()
    finished = False
    try:
        exhausted = False
        while True:
            while not exhausted and pool is not None and len(window) < workers * AHEAD:
                batch = list(islice(it, chunk))
                if not batch:
                    exhausted = True
                    break
                try:
                    window.append((batch, pool.submit(_run_chunk, fn, batch)))
                except (BrokenProcessPool, OSError, RuntimeError):  # a worker could not start or died
                    window.append((batch, None))
                    _broken(pool)
                    pool = None
            if not window:
                break
            batch, future = window.popleft()
            results = None
            if future is not None:
                try:
                    results = future.result()
                except (BrokenProcessPool, CancelledError):  # a worker died: what is left runs here
                    _broken(pool)
                    pool = None
            if results is None:  # here, lazily: an exception is raised at its item's turn
                for item in batch:
                    yield item, fn(item)
                results = []
            for item, result in zip(batch, results):
                if isinstance(result, _Raised):
                    if hasattr(result.error, "add_note"):
                        result.error.add_note(f"raised in an ingest worker process:\n{result.trace}")
                    raise result.error
                yield item, result
            if pool is None and not window:
                for item in it:
                    yield item, fn(item)
                break
        finished = True
    finally:
        if pool is not None:
            # Normal end: the workers are idle and exit at once. Otherwise do not wait for the chunks
            # they are busy with; they finish them and exit.
            pool.shutdown(wait=finished, cancel_futures=True)


def _broken(pool: ProcessPoolExecutor | None) -> None:
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
