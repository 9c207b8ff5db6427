"""HTTP API and the right-to-left web page over the Archive (``akhbar serve``).

    from akhbar.web import create_app
    app = create_app("news.akhbar")   # one app per archive; no module-global state
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from .app import create_app

SERVE_HOST = "AKHBAR_SERVE_HOST"  # the address `akhbar serve --workers N` listens on, for its workers


def app_from_environment() -> FastAPI:
    """The app of one worker process of ``akhbar serve --workers N``: the archive and settings as
    the environment gives them (``AKHBAR_ARCHIVE``, ``AKHBAR_CONFIG``, …), the listening address
    from ``AKHBAR_SERVE_HOST``."""
    return create_app(host=os.environ.get(SERVE_HOST) or None)


__all__ = ["SERVE_HOST", "app_from_environment", "create_app"]
