"""HTTP API and the right-to-left web page over the Archive (``akhbar serve``).

    from akhbar.web import create_app
    app = create_app("news.akhbar")   # one app per archive; no module-global state
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import socket
import sys
import time
from pathlib import Path

from fastapi import FastAPI

from ..config import Settings
from ..errors import AkhbarError, InputError
from .app import create_app

SERVE_HOST = "AKHBAR_SERVE_HOST"  # the address `akhbar serve --workers N` listens on, for its workers
# How long a kept-alive connection may sit idle before the server closes it. uvicorn's default, 5 s,
# is the very time after which httpx gives up on its own idle connections: a client that sends its
# next request just as the server closes loses it ("connection reset", httpx.ReadError; 3 of 2,223
# requests of bench/load.py, 7 of 564 with a 1 s timeout). The side that closes must be the one
# that waits longer: 75 s outlasts httpx (5 s) and the 60 s of nginx's and most load balancers'
# upstream connections (browsers keep theirs longer, but retry a GET on a reset connection).
KEEP_ALIVE_S = 75
WORKER_APP = "akhbar.web:app_from_environment"
RESTARTS_PER_MINUTE = 3  # per worker; beyond that the workers are stopped: they would only die again


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``akhbar serve --workers N``: the archive and settings as
    the environment gives them (``AKHBAR_ARCHIVE``, ``AKHBAR_CONFIG``, …), the listening address
    from ``AKHBAR_SERVE_HOST``."""
    return create_app(host=os.environ.get(SERVE_HOST) or None)


def serve(settings: Settings, host: str, port: int, workers: int = 1, config: str | None = None) -> None:
    """Serve the archive of ``settings`` until stopped: one process, or ``workers`` processes (each
    opens the archive itself; the archive, the config file and the address travel to them in the
    environment, as they import the app by name)."""
    import uvicorn

    if workers <= 1:
        uvicorn.run(create_app(settings.archive, settings, host=host), host=host, port=port, log_level="warning",
                    timeout_keep_alive=KEEP_ALIVE_S)
        return
    os.environ["AKHBAR_ARCHIVE"] = str(Path(settings.archive).resolve())
    os.environ[SERVE_HOST] = host
    if config:
        os.environ["AKHBAR_CONFIG"] = str(Path(config).resolve())
    if hasattr(socket, "SO_REUSEPORT") and sys.platform.startswith("linux"):
        run_workers(host, port, workers)
        return
    uvicorn.run(WORKER_APP, factory=True, host=host, port=port, workers=workers, log_level="warning",
                timeout_keep_alive=KEEP_ALIVE_S)


# --- several worker processes ----------------------------------------------------------------
# uvicorn's own --workers has every process accept from one shared socket: whichever process
# wakes first takes every connection waiting (asyncio accepts up to the backlog at once), so a
# burst of 50 clients connecting went 49 to one process and 1 to the other, and kept-alive
# connections stay where they landed. On Linux each worker listens on a socket of its own on the
# same port (SO_REUSEPORT) and the kernel spreads new connections over them by their addresses.

def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port`` that other workers of this server share (SO_REUSEPORT)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)  # as uvicorn and port_is_free
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def worker(host: str, port: int) -> None:
    """One worker process of ``akhbar serve --workers N`` (started by :func:`run_workers`)."""
    import uvicorn

    config = uvicorn.Config(WORKER_APP, factory=True, log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
    uvicorn.Server(config).run(sockets=[listening_socket(host, port)])


def run_workers(host: str, port: int, workers: int) -> None:
    """Run ``workers`` processes until SIGINT or SIGTERM (then stop them, letting each finish its
    requests). One killed by a signal (the kernel out of memory, a crash) is started again; one that
    exits with an error (a setting or archive it cannot use: it would only fail again), or workers
    dying too often, stop the others too and raise the error."""
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: no state forked from this one
    stopping: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda number, _frame: stopping.append(number))

    def start() -> multiprocessing.process.BaseProcess:
        process = spawn.Process(target=worker, args=(host, port), name="akhbar-serve-worker")
        process.start()
        return process

    running = [start() for _ in range(workers)]
    restarts: list[float] = []
    failed = None
    try:
        while failed is None:
            time.sleep(0.5)
            if stopping:  # (Ctrl+C reaches the workers too: their exits are no failures then)
                break
            for n, process in enumerate(running):
                code = process.exitcode
                if code is None:
                    continue
                now = time.monotonic()
                restarts = [t for t in restarts if now - t < 60] + [now]
                if code > 0 or len(restarts) > RESTARTS_PER_MINUTE * workers:
                    failed = f"a server process exited with code {code}" + ("" if code > 0 else " (too often)")
                    break
                print(f"akhbar serve: a worker process ended (code {code}); starting another", file=sys.stderr)
                running[n] = start()
    finally:
        for process in running:
            if process.exitcode is None:
                process.terminate()  # SIGTERM: uvicorn finishes the requests under way, then exits
        for process in running:
            process.join(30)
            if process.exitcode is None:
                process.kill()
                process.join()
    if failed:
        raise AkhbarError(f"{failed}; its message is above. Run `akhbar serve` without --workers to see it alone")


def port_is_free(host: str, port: int) -> None:
    """Refuse, with what to do, a port another program listens on (before saying "serving at")."""
    import errno
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as e:
            if e.errno == errno.EADDRINUSE:
                raise InputError(f"port {port} on {host} is already in use (another `akhbar serve`?); stop that "
                                 f"program or choose another port: akhbar serve --port {port + 1}") from None
            raise InputError(f"cannot listen on {host}:{port}: {e.strerror}; check --host and --port") from None


__all__ = ["SERVE_HOST", "app_from_environment", "create_app", "port_is_free", "serve"]
