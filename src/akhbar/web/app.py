"""The HTTP API and the web page: a thin adapter over :class:`akhbar.archive.Archive`.

``create_app(archive_path, settings)`` builds one FastAPI app that closes over one archive;
there is no module-global state, so tests and embedders can run several apps side by side.

Endpoints (JSON shapes mirror ``akhbar … --json``)::

    GET  /api/health                       liveness + whether the archive can be opened
    GET  /api/stats                        akhbar stats
    GET  /api/overview                     the start page: size, date range, top sources, sample questions
    GET  /api/search?q=&k=&offset=&sort=&since=&until=&source=   akhbar search: {query, total, offset, hits, facets, unmatched_phrases}
    GET  /api/ask?q=&generate=   POST /api/ask {"q"}  akhbar ask [--generate]
    POST /api/verify {"answer", "context"?} akhbar verify
    GET  /api/timeline?q=&since=&until=&near=  akhbar timeline (near=true adds held-back and near-topic events)
    GET  /api/export?q=&format=&since=&until=&source=   akhbar export (streamed; open like every read)
    GET  /api/articles/{id}                akhbar show
    POST /api/ingest (multipart "files")   akhbar ingest; only with the api_token setting, as a Bearer token
    GET  /docs, /openapi.json              API reference (served locally, no CDN)
    GET  /                                 the Arabic page (static files under /static)

Safety: every response carries a strict Content-Security-Policy (no inline script or style, nothing
from other origins); archive text only ever leaves as JSON strings, and the page puts it in the
DOM with ``textContent``. Request bodies are capped (``max_upload_mb`` for ingest, 1 MB otherwise)
and questions are capped at ``max_query_chars``. Only requests naming this server in their Host
header are answered (loopback names, the address it listens on, the ``allowed_hosts`` setting):
a web page elsewhere cannot reach it through DNS rebinding.

Concurrency: the event loop only accepts, reads and answers connections; every archive call runs
on a few threads of the app's own, in two lanes that each serve their calls in turn (quick: search,
show, stats; slow: ask, verify, timeline, export), each thread with its own Archive (its own SQLite
connection and index reader) — see :class:`ArchiveHandle`. Reads see each committed
batch once its index is synced. An upload is saved to a temporary folder and ingested by a
process of its own (:mod:`akhbar.web.uploads`), so extraction never holds up a search.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import tempfile
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import Body, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import UploadFile as StarletteUpload
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..archive import Archive
from ..config import Settings, load_settings
from ..errors import (
    AkhbarError,
    ArchiveError,
    ArchiveLocked,
    ArchiveNotFound,
    ConfigError,
    DiskFull,
    InputError,
    NotFound,
    QueryError,
)
from ..export import formatted
from ..retrieve import check_text, check_unicode
from .uploads import ingest_in_a_process

STATIC = Path(__file__).resolve().parent / "static"
JSON_BODY_LIMIT = 1_000_000  # bytes; a verify context is one article, far below this
MAX_K = 100
VERIFY_CHARS_FACTOR = 10  # a text to verify may be this many times longer than a question
# Lanes of archive calls in one server process (see ArchiveHandle): name -> threads.
QUICK, SLOW, WAIT = "quick", "slow", "wait"
LANES = {QUICK: 1,  # search, show, stats, overview: about 1 ms of CPU each on the sample archive
         SLOW: 1,  # ask, verify, timeline, export: 15-70 ms each
         WAIT: 8}  # ask --generate: waits on the chat server, not on this CPU
WARM_UP_QUESTION = "ما آخر الأخبار؟"  # any question loads what answering needs

T = TypeVar("T")

SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
     b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]

# Parameter types at module level: with postponed annotations FastAPI resolves them by name here.
Q = Annotated[str, Query(description="the query or question, in Arabic")]
Since = Annotated[str | None, Query(description="only articles published on or after this date: 2024, 2024-05, "
                                                "2024-05-07, «7 مايو 2024», «1 رمضان 1445»")]
Until = Annotated[str | None, Query(description="only articles published on or before this date (same forms)")]
K = Annotated[int | None, Query(ge=1, le=MAX_K, description="number of hits (default: the search_k setting)")]
SourceName = Annotated[str | None, Query(description="only sources whose name holds this, e.g. الجزيرة")]
ExportQuery = Annotated[str, Query(description="only the articles matching these words (default: every article)")]
ExportFormat = Annotated[Literal["jsonl", "csv"], Query(description="jsonl (one JSON object a line) or csv")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="skip this many hits (the next page)")]
Sort = Annotated[str, Query(description="relevance, date (oldest first) or -date (newest first)")]
Near = Annotated[bool, Query(description="also held-back events (held=date or topic) and near-topic events (topic=near); "
                                         "the timeline's own are topic=on with held empty")]
ArticleId = Annotated[int, PathParam(ge=1, le=2**63 - 1, description="article id (from search, ask or ingest)")]
Authorization = Annotated[str | None, Header(description="Bearer TOKEN (the api_token setting)")]
AskBody = Annotated[str, Body(embed=True, description="the question, in Arabic")]
Generate = Annotated[bool, Query(description="also have the chat server (llm_url) word the answer; every sentence is "
                                             "checked: see generated / kept (akhbar ask --generate)")]
VerifyAnswer = Annotated[str, Body(description="the text whose claims are checked")]
VerifyContext = Annotated[str | None, Body(description="source text; omit to check against the archive")]

ASGIApp = Callable[[dict, Callable[[], Awaitable[dict]], Callable[[dict], Awaitable[None]]], Awaitable[None]]


# --- concurrency ----------------------------------------------------------------------------

class ReadWriteLock:
    """Many readers or one writer; a waiting writer holds back new readers so ingest is not starved."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing)
            self._writing = True
            self._cond.wait_for(lambda: not self._readers)
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class ArchiveHandle:
    """The archive of one app, opened on first use, so `akhbar serve` can start before the first
    ingest (requests then get a 503 that says to ingest) and picks the archive up once it exists.

    Archive calls are CPU work in Python. Run in FastAPI's thread pool, up to 40 of them shared the
    interpreter at once, with each other and with the event loop: every answer became as slow as
    the slowest (ask p99 5.5 s at 50 clients, bench/load.py). So they run on threads of the
    handle's own, in the order the requests came, and the loop stays free for the connections.

    The threads form lanes (:data:`LANES`), each a queue of its own: quick calls (a search costs
    about 1 ms of CPU) never wait behind slow ones (an ask costs 15-70 ms), which with one shared
    queue put a search behind a dozen questions (p99 2.4 s at 50 clients on 2 processes). Calls
    that mostly wait on another server (ask --generate) have a lane of their own, not to hold up
    reads. Each thread opens its own Archive (its own SQLite connection and index reader).
    """

    def __init__(self, path: str | Path, settings: Settings, lanes: dict[str, int] | None = None):
        self.path = Path(path)
        self.settings = settings
        self.lanes = dict(lanes or LANES)
        self.lock = ReadWriteLock()
        self._archives: dict[int, Archive] = {}  # by thread
        self._pools: dict[str, ThreadPoolExecutor] = {}  # by lane, started on first use
        self._guard = threading.Lock()

    @property
    def opened(self) -> bool:
        return bool(self._archives)

    def get(self) -> Archive:
        """The calling thread's archive (opened, and its index, on first use)."""
        thread = threading.get_ident()
        archive = self._archives.get(thread)
        if archive is None:
            archive = Archive.open(self.path, create=False, settings=self.settings)
            try:
                archive.index.reader()  # open the index now (building it if there is none), not in a read
            except BaseException:
                archive.close()
                raise
            with self._guard:
                self._archives[thread] = archive
        return archive

    def _pool(self, lane: str) -> ThreadPoolExecutor:
        with self._guard:
            if lane not in self._pools:
                self._pools[lane] = ThreadPoolExecutor(self.lanes[lane], thread_name_prefix=f"akhbar-{lane}")
            return self._pools[lane]

    async def read(self, work: Callable[[Archive], T], lane: str = QUICK) -> T:
        """``work(archive)`` on a thread of ``lane``, after the calls queued there before it."""
        def run() -> T:
            archive = self.get()
            with self.lock.reading():
                return work(archive)

        return await asyncio.get_running_loop().run_in_executor(self._pool(lane), run)

    async def compute(self, work: Callable[[], T], lane: str = SLOW) -> T:
        """CPU work that needs no archive (verify against a given text), in a lane's queue."""
        return await asyncio.get_running_loop().run_in_executor(self._pool(lane), work)

    async def warm_up(self) -> None:
        """Open the archive on every thread of the quick and slow lanes and answer one question,
        before the server takes connections. The first question loads word tables and models (0.5 s
        of CPU on the sample), and the requests queued behind that cold start were the slowest of a
        load run (its p99)."""
        if not Archive.exists(self.path):
            return  # nothing to warm: requests say to ingest first
        try:
            for lane in (QUICK, SLOW):
                everyone = threading.Barrier(self.lanes[lane])  # holds each job on a thread of its own

                def open_here(_archive: Archive, barrier: threading.Barrier = everyone) -> None:
                    barrier.wait(timeout=60)

                await asyncio.gather(*(self.read(open_here, lane) for _ in range(self.lanes[lane])))
            await self.read(lambda archive: archive.ask(WARM_UP_QUESTION), SLOW)
        except (AkhbarError, threading.BrokenBarrierError):
            pass  # the requests will meet the problem and say what it is

    def close(self) -> None:
        with self.lock.writing():
            with self._guard:
                archives, self._archives = list(self._archives.values()), {}
                pools, self._pools = list(self._pools.values()), {}
            for archive in archives:
                archive.close()
        for pool in pools:
            pool.shutdown(wait=False)


# --- ASGI middleware ------------------------------------------------------------------------

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def allowed_hosts(listening_on: str | None, setting: str) -> set[str] | None:
    """Host names the server answers to (None: any): loopback, the address it listens on, and the
    ``allowed_hosts`` setting (comma-separated; ``*`` = any)."""
    extra = {h.strip().lower().strip("[]") for h in setting.split(",") if h.strip()}
    if "*" in extra:
        return None
    return set(LOOPBACK) | extra | ({listening_on.lower().strip("[]")} if listening_on else set())


class HostCheck:
    """Answers 400 to a request whose Host header names another server (DNS rebinding: a page on an
    attacker's name that resolves to 127.0.0.1 would otherwise read the archive with the browser)."""

    def __init__(self, app: ASGIApp, allowed: set[str] | None):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and self.allowed is not None:
            host = dict(scope.get("headers", [])).get(b"host", b"").decode("latin-1").strip().lower()
            name = host[1:host.index("]")] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
            if host and name not in self.allowed:
                await _send_json(send, 400, {
                    "detail": f"this server does not answer to the host name {host!r}; open it as "
                              f"http://127.0.0.1/… or add the name to the allowed_hosts setting (AKHBAR_ALLOWED_HOSTS)",
                    "error": "bad_host"})
                return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Adds the CSP and friends to every response, including errors and static files."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (name, value) for name, value in SECURITY_HEADERS if name not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``limit_for(path)`` bytes with 413, before reading them when
    Content-Length says so, and while streaming when it does not (chunked uploads)."""

    def __init__(self, app: ASGIApp, limit_for: Callable[[str], int]):
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        message = f"the request body is larger than the limit of {limit:,} bytes; send less"
        if scope["path"].startswith("/api/ingest"):
            message += " (upload fewer or smaller files, or raise the max_upload_mb setting)"
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _send_json(send, 413, error_body(message, "too_large"))
            return
        received = 0

        async def counting_receive() -> dict:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    # an HTTPException passes through FastAPI's body parsing untouched
                    raise HTTPException(413, detail=message)
            return msg

        started = False

        async def tracking_send(msg: dict) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except HTTPException as exc:
            if exc.status_code != 413 or started:
                raise
            await _send_json(send, 413, error_body(str(exc.detail), "too_large"))


async def _send_json(send: Any, status: int, data: dict) -> None:
    body = json.dumps(data, ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


# --- errors ---------------------------------------------------------------------------------

# Most specific first: the first class an error is an instance of decides the status.
ERROR_STATUS: list[tuple[type[AkhbarError], int, str]] = [
    (NotFound, 404, "not_found"),
    (QueryError, 400, "bad_query"),
    (InputError, 422, "bad_input"),
    (ArchiveNotFound, 503, "no_archive"),
    (ArchiveLocked, 503, "archive_locked"),
    (DiskFull, 507, "disk_full"),
    (ArchiveError, 500, "archive_error"),
    (ConfigError, 500, "config_error"),
    (AkhbarError, 500, "error"),
]


# What the page shows when an error has no Arabic message of its own.
ARABIC_BY_CODE = {
    "not_found": "لا يوجد في الأرشيف مقال بهذا الرقم",
    "bad_query": "الطلب غير صالح؛ راجع النص والتصفية",
    "bad_input": "المدخلات غير صالحة",
    "invalid": "قيمة غير صالحة في الطلب",
    "no_archive": "لا أرشيف بعد؛ أدخل المقالات أولاً (akhbar ingest)",
    "archive_locked": "الأرشيف مشغول بعملية أخرى؛ أعد المحاولة بعد قليل",
    "archive_error": "تعذّر استخدام الأرشيف",
    "config_error": "في إعدادات الخادم خطأ",
    "too_large": "الطلب أكبر من الحد المسموح؛ أرسل أقل",
    "unauthorized": "رمز الدخول مفقود أو غير صحيح",
    "forbidden": "الإدخال من الويب غير مفعّل في هذا الخادم",
    "error": "حدث خطأ في الخادم",
}
HTTP_CODES = {401: "unauthorized", 403: "forbidden", 404: "not_found", 413: "too_large", 422: "invalid"}


def error_body(english: str, code: str, arabic: str | None = None) -> dict[str, str]:
    """An error in both languages: ``detail`` holds both (Arabic first), ``detail_ar`` / ``detail_en``
    each one, ``error`` a stable code."""
    arabic = arabic or ARABIC_BY_CODE.get(code, ARABIC_BY_CODE["error"])
    return {"detail": f"{arabic} — {english}", "detail_ar": arabic, "detail_en": english, "error": code}


def error_response(exc: AkhbarError) -> JSONResponse:
    status, code = next((s, c) for cls, s, c in ERROR_STATUS if isinstance(exc, cls))
    return JSONResponse(error_body(str(exc), code, exc.ar), status_code=status)


def http_error_response(exc: StarletteHTTPException) -> JSONResponse:
    code = HTTP_CODES.get(exc.status_code, "error")
    return JSONResponse(error_body(str(exc.detail), code), status_code=exc.status_code, headers=exc.headers)


def validation_error_response(exc: RequestValidationError) -> JSONResponse:
    english = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
                        for e in exc.errors())
    return JSONResponse({**error_body(english, "invalid"), "errors": jsonable_encoder(exc.errors())}, status_code=422)


# --- the app --------------------------------------------------------------------------------

def create_app(archive_path: str | Path | None = None, settings: Settings | None = None, *,
               host: str | None = None) -> FastAPI:
    """The FastAPI app for one archive (``archive_path``, default: the ``archive`` setting), answering
    to loopback names, ``host`` (the address it listens on) and the ``allowed_hosts`` setting."""
    settings = settings or load_settings()
    handle = ArchiveHandle(archive_path if archive_path is not None else settings.archive, settings)
    upload_limit = settings.max_upload_mb * 1_000_000

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        await handle.warm_up()
        yield
        handle.close()

    app = FastAPI(
        title="akhbar",
        version=__version__,
        description="Arabic news archive that answers questions with cited source sentences. "
                    "All offsets (start/end) are character offsets into the stored article text.",
        docs_url=None, redoc_url=None,  # the stock pages load scripts from a CDN; /docs is served locally below
        lifespan=lifespan,
    )
    app.state.archive = handle
    app.add_middleware(BodyLimit, limit_for=lambda path: upload_limit if path.startswith("/api/ingest")
                       else JSON_BODY_LIMIT)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(HostCheck, allowed=allowed_hosts(host, settings.allowed_hosts))
    app.add_exception_handler(AkhbarError, lambda _request, exc: error_response(exc))
    app.add_exception_handler(StarletteHTTPException, lambda _request, exc: http_error_response(exc))
    app.add_exception_handler(RequestValidationError, lambda _request, exc: validation_error_response(exc))

    def json_response(data: Any) -> JSONResponse:
        return JSONResponse(data, headers={"cache-control": "no-store"})

    @app.get("/api/health", tags=["archive"], summary="Is the server up, and can it open the archive?")
    async def health() -> JSONResponse:
        try:
            if not handle.opened:  # once open, a health check does not queue behind the reads
                await handle.read(lambda archive: None)
            ready, message = True, None
        except AkhbarError as exc:
            ready, message = False, str(exc)
        return json_response({"status": "ok", "version": __version__, "archive": str(handle.path),
                              "ready": ready, "message": message,
                              "generation": bool(settings.llm_url.strip())})  # the page offers ask --generate

    @app.get("/api/overview", tags=["archive"],
             summary="What the start page shows: size, date range, top sources, three sample questions")
    async def overview() -> JSONResponse:
        ingest_enabled = bool(settings.api_token)
        if not Archive.exists(handle.path):  # an empty start page, where the first files can be uploaded
            return json_response({"articles": 0, "duplicates": 0, "first": None, "last": None, "sources": 0,
                                  "top_sources": [], "sample_questions": [], "ingest_enabled": ingest_enabled})
        return await handle.read(lambda archive: json_response({**archive.overview(), "ingest_enabled": ingest_enabled}))

    @app.get("/api/stats", tags=["archive"], summary="Counts of articles, duplicates, sources, dates")
    async def stats() -> JSONResponse:
        return await handle.read(lambda archive: json_response(archive.stats()))

    @app.get("/api/search", tags=["read"], summary="Search: one best passage per article")
    async def search(q: Q = "", k: K = None, offset: Offset = 0, sort: Sort = "relevance", since: Since = None,
                     until: Until = None, source: SourceName = None) -> JSONResponse:
        return await handle.read(lambda archive: json_response(  # the facade checks the query, as for the CLI
            archive.search(q, k, offset=offset, sort=sort, since=since, until=until, source=source).to_dict()))

    async def answer_question(question: str, generate: bool = False) -> JSONResponse:
        return await handle.read(lambda archive: json_response(archive.ask(question, generate=generate).to_dict()),
                                 WAIT if generate else SLOW)

    @app.get("/api/ask", tags=["read"], summary="Answer a question with cited sentences, or abstain")
    async def ask_get(q: Q = "", generate: Generate = False) -> JSONResponse:
        return await answer_question(q, generate)

    @app.post("/api/ask", tags=["read"], summary="Answer a question (JSON body {\"q\": …})")
    async def ask_post(q: AskBody) -> JSONResponse:
        return await answer_question(q)

    @app.post("/api/verify", tags=["read"],
              summary="Check each claim of an answer against a given context, or the whole archive")
    async def verify(answer: VerifyAnswer, context: VerifyContext = None) -> JSONResponse:
        # an answer to check may be a few paragraphs long; each claim costs one retrieval
        text = check_text(answer, "answer", VERIFY_CHARS_FACTOR * settings.max_query_chars)
        if context is not None and context.strip():
            from ..verify import verify as verify_text

            given = check_unicode(context, "context")
            return await handle.compute(lambda: json_response(verify_text(given, text).to_dict()))
        return await handle.read(lambda archive: json_response(archive.verify(text).to_dict()), SLOW)

    @app.get("/api/timeline", tags=["read"], summary="Dated events of matching articles, in date order")
    async def timeline(q: Q = "", since: Since = None, until: Until = None, near: Near = False) -> JSONResponse:
        return await handle.read(lambda archive: json_response(
            [e.to_dict() for e in archive.timeline(q, since=since or None, until=until or None, near=near)]), SLOW)

    @app.get("/api/export", tags=["read"],
             summary="Every article (or those matching q) with its metadata and duplicates' links, streamed",
             response_class=StreamingResponse)
    async def export(q: ExportQuery = "", format: ExportFormat = "jsonl", since: Since = None,
                     until: Until = None, source: SourceName = None) -> StreamingResponse:
        # Open like every read: it returns nothing /api/articles/{id} does not, one article at a time.
        # The read lock is taken per article, never for the whole download, so a slow client does not
        # hold back an ingest, and the archive is read a page at a time: flat memory.
        def start(archive: Archive) -> tuple[Iterator[dict[str, Any]], dict[str, Any] | None]:
            rows = archive.export(q if q.strip() else None, since=since, until=until, source=source)
            return rows, next(rows, None)  # a bad filter fails here, as a 400, before the response starts

        rows, first = await handle.read(start, SLOW)  # a whole-archive export starts with a scan

        def locked_rows() -> Iterator[dict[str, Any]]:
            if first is None:
                return
            yield first
            while True:
                with handle.lock.reading():
                    row = next(rows, None)
                if row is None:
                    return
                yield row

        media = "application/x-ndjson; charset=utf-8" if format == "jsonl" else "text/csv; charset=utf-8"
        name = f"akhbar-export.{format}"
        return StreamingResponse(formatted(locked_rows(), format), media_type=media,
                                 headers={"content-disposition": f'attachment; filename="{name}"',
                                          "cache-control": "no-store"})

    @app.get("/api/articles/{article_id}", tags=["read"],
             summary="One article with its sentences' offsets and linked duplicates")
    async def article(article_id: ArticleId) -> JSONResponse:
        return await handle.read(lambda archive: json_response(archive.show(article_id)))

    @app.post("/api/ingest", tags=["write"],
              summary="Upload files into the archive (needs the api_token setting, sent as a Bearer token)",
              openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
                  "type": "object", "required": ["files"], "properties": {"files": {
                      "type": "array", "items": {"type": "string", "format": "binary"},
                      "description": "HTML, text, JSONL, CSV, WARC or gzip files"}}}}}}})
    async def ingest(request: Request, authorization: Authorization = None) -> JSONResponse:
        # the token is checked before the body is read: strangers cannot make the server parse uploads
        check_token(settings.api_token, authorization)
        with tempfile.TemporaryDirectory(prefix="akhbar-upload-") as folder:
            files: list[tuple[str, str]] = []
            async with request.form() as form:
                for n, upload in enumerate(form.getlist("files")):
                    if isinstance(upload, StarletteUpload):
                        saved = str(Path(folder) / str(n))
                        with open(saved, "wb") as out:  # a chunk at a time: an upload never sits in memory
                            while chunk := await upload.read(1 << 20):
                                out.write(chunk)
                        files.append((saved, upload.filename or "upload"))
            if not files:
                raise InputError("no files uploaded; send them as multipart/form-data fields named 'files'")
            # extracted in a process of its own (akhbar.web.uploads): searches go on meanwhile
            report = await ingest_in_a_process(handle.path, settings, files)
        return json_response(report)

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def check_token(expected: str, authorization: str | None) -> None:
    """403 when HTTP ingest is not enabled at all; 401 when the Bearer token is missing or wrong."""
    if not expected:
        raise HTTPException(403, detail="ingest over HTTP is disabled; set the api_token setting "
                                        "(AKHBAR_API_TOKEN) and send it as 'Authorization: Bearer TOKEN'")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise HTTPException(401, detail="missing or wrong token; send 'Authorization: Bearer TOKEN' "
                                        "with the api_token setting", headers={"WWW-Authenticate": "Bearer"})
