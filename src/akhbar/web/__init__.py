"""HTTP API and the right-to-left web page over the Archive (``akhbar serve``).

    from akhbar.web import create_app
    app = create_app("news.akhbar")   # one app per archive; no module-global state
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from ..config import Settings
from ..errors import InputError
from .app import create_app

SERVE_HOST = "AKHBAR_SERVE_HOST"  # the address `akhbar serve --workers N` listens on, for its workers
# How long a kept-alive connection may sit idle before the server closes it. uvicorn's default, 5 s,
# is the very time after which httpx gives up on its own idle connections: a client that sends its
# next request just as the server closes loses it ("connection reset", httpx.ReadError; 3 of 2,223
# requests of bench/load.py, 7 of 564 with a 1 s timeout). The side that closes must be the one
# that waits longer: 75 s outlasts httpx (5 s) and the 60 s of nginx's and most load balancers'
# upstream connections (browsers keep theirs longer, but retry a GET on a reset connection).
KEEP_ALIVE_S = 75


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
    uvicorn.run("akhbar.web:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)


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
