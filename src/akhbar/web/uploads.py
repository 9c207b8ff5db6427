"""Uploaded files are ingested in a process of their own, never in the server's.

Extraction is CPU work in Python: in the server process it would hold the interpreter lock and
every search would wait behind it (a 0.54 MB upload once made a search take 19 s), and a hostile
upload (a gzip of one 1 GiB line) would grow the server's own memory. So the server saves the
uploads to a temporary folder, starts ``python -m akhbar.web.uploads`` and awaits its report
without blocking: reads go on meanwhile, and see the new articles once they are indexed (the
index is reloaded when its watermark moves).

The job comes on stdin as JSON ``{"archive": PATH, "settings": {...}, "files": [[path, name], …]}``;
the report (shaped like ``akhbar ingest --json``) goes to stdout. An akhbar error goes to stderr as
JSON ``{"error": class name, "detail": …, "ar": …}`` with exit code 1, and is raised again, as
the same class, in the server.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

from .. import errors
from ..archive import Archive
from ..config import Settings

WRITE_LOCK = "upload.lock"  # in the archive folder


async def ingest_in_a_process(archive: Path, settings: Settings, files: list[tuple[str, str]]) -> dict[str, Any]:
    """Ingest ``files`` ((saved at, sent as) pairs) into ``archive`` in a child process; its report."""
    job = json.dumps({"archive": str(archive), "settings": settings.to_dict(), "files": files}, ensure_ascii=False)
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "akhbar.web.uploads", stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await child.communicate(job.encode("utf-8"))
    if child.returncode == 0:
        report: dict[str, Any] = json.loads(out)
        return report
    text = err.decode("utf-8", "replace").strip()
    try:
        problem = json.loads(text.splitlines()[-1])
        kind = getattr(errors, problem["error"], errors.AkhbarError)
    except (IndexError, ValueError, KeyError, TypeError):
        raise errors.AkhbarError(f"the ingest of the upload failed (exit code {child.returncode}): "
                                 f"{text.splitlines()[-1] if text else 'no message'}") from None
    raise kind(problem["detail"], ar=problem.get("ar"))


@contextmanager
def one_writer(archive: Path) -> Iterator[None]:
    """Uploads are stored one at a time, whichever server process took them (``akhbar serve --workers
    N``): each waits for the lock file ``upload.lock`` in the archive folder."""
    archive.mkdir(parents=True, exist_ok=True)
    with open(archive / WRITE_LOCK, "a") as held:
        if fcntl is not None:  # elsewhere SQLite and the index lock still take the writes in turn
            fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        yield  # (closing the file releases the lock)


def main() -> int:
    job = json.load(sys.stdin)
    try:
        with one_writer(Path(job["archive"])), Archive.open(job["archive"], settings=Settings(**job["settings"])) as archive:
            report = archive.ingest_uploads([(path, name) for path, name in job["files"]])
    except errors.AkhbarError as err:
        sys.stderr.write(json.dumps({"error": type(err).__name__, "detail": str(err), "ar": err.ar},
                                    ensure_ascii=False) + "\n")
        return 1
    sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
