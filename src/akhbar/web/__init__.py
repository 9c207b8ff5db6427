"""HTTP API and the right-to-left web page over the Archive (``akhbar serve``).

    from akhbar.web import create_app
    app = create_app("news.akhbar")   # one app per archive; no module-global state
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
