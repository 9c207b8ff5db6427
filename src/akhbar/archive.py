"""The Archive facade: one object that strings the stages together.

The CLI, the HTTP API and the web page call these methods and nothing else.

    with Archive.open("news.akhbar") as archive:
        archive.ingest(["scraped/"])
        archive.search("انفجار مرفأ بيروت")
"""

from __future__ import annotations

import errno
import functools
import shutil
import sqlite3
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar, cast

from .arabic import get_analyzer
from .config import Settings, load_settings, worker_count
from .engines import Engine, make_engine
from .errors import ArchiveNotFound, ConfigError, ModelServerError, ModelServerWarning
from .index import PassageIndex
from .ingest import Ingestor, drafts_as_records
from .models import (
    Answer,
    Article,
    ArticleDraft,
    EmbedReport,
    Event,
    EvidenceSentence,
    IngestProgress,
    IngestReport,
    SearchResult,
    Source,
    VerifyReport,
)
from .parallel import refuse_in_bootstrap
from .read import FieldNames, count_records, display_name, expand_paths, parse_field_names, read_path
from .retrieve import Retriever
from .stages import StageTimer
from .store import Store, storage_error
from .timeline import build_timeline

DB_NAME = "archive.db"
VECTORS_DIR = "vectors"  # passage vectors (akhbar.vectors), beside the index

OnProgress = Callable[[IngestProgress], None]
F = TypeVar("F", bound=Callable[..., Any])


def _storage_errors(method: F) -> F:
    """A facade method whose SQLite or disk failures reach the user as what they mean (a damaged
    database, a full disk, a lock) with what to do, never as a ``sqlite3`` traceback."""

    @functools.wraps(method)
    def guarded(self: Archive, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as err:
            raise storage_error(err, self.store.path) from None
        except OSError as err:
            if err.errno != errno.ENOSPC:
                raise
            raise storage_error(err, self.path) from None

    return cast(F, guarded)


class Archive:
    def __init__(self, path: Path, store: Store, settings: Settings, created: bool = False):
        self.path = path
        self.created = created  # this open made the archive (see discard)
        self._made_dir = False
        self.store = store
        self.settings = settings
        self.analyzer = get_analyzer()
        self.index = PassageIndex(path / "index", store, self.analyzer)
        self.retriever = Retriever(store, self.index, self.analyzer, settings.max_query_chars,
                                   reranker=self._reranker, hybrid=settings.hybrid)
        self._hybrid: Any = None  # akhbar.hybrid.HybridRanker, made on first hybrid search
        self._samples: tuple[int, list[str]] | None = None  # (archive state, sample_questions)
        self._ingestor = Ingestor(store, passage_words=settings.passage_words,
                                  near_threshold=settings.near_duplicate_threshold,
                                  workers=worker_count(settings.workers),
                                  max_chars=settings.max_record_mb * 1_000_000)

    @staticmethod
    def exists(path: str | Path) -> bool:
        """Is there an archive at ``path``?"""
        return (Path(path) / DB_NAME).exists()

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True,
             settings: Settings | None = None) -> Archive:
        """Open the archive at ``path`` (default: the ``archive`` setting); create it unless ``create=False``."""
        refuse_in_bootstrap("Archive.open")  # an ingest worker re-importing an unguarded script: hands off
        settings = settings or load_settings()
        where = Path(path if path is not None else settings.archive)
        created = not cls.exists(where)
        made_dir = created and not where.exists()
        if created:
            if not create:
                raise ArchiveNotFound(
                    f"no archive at {where}; create one with `akhbar ingest PATH --archive {where}`"
                    " or point --archive / AKHBAR_ARCHIVE at an existing one")
            where.mkdir(parents=True, exist_ok=True)
        archive = cls(where, Store(where / DB_NAME, create=created), settings, created=created)
        archive._made_dir = made_dir
        return archive

    def close(self) -> None:
        self.store.close()

    def discard(self) -> None:
        """Close and delete an archive that this ``open`` created and nothing was stored in (an ingest
        that could read nothing leaves no empty archive behind). Refuses any other archive."""
        if not self.created or self.store.max_kept_article_id() or self.store.stats()["duplicates"]:
            raise ValueError("only an empty archive created by this open can be discarded")
        self.close()
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal"):
            (self.path / name).unlink(missing_ok=True)
        for name in ("index", "index.new", "index.old", VECTORS_DIR):
            shutil.rmtree(self.path / name, ignore_errors=True)
        (self.path / "index.lock").unlink(missing_ok=True)
        if self._made_dir:
            try:
                self.path.rmdir()
            except OSError:  # something else was put there meanwhile: leave it
                pass

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- ingest -----------------------------------------------------------------------------

    def field_names(self, fields: FieldNames | Mapping[str, str | Iterable[str]] | None = None) -> FieldNames:
        """The names JSONL/CSV fields are looked for under: ``fields`` (``{"published": "date_extracted"}``),
        then the ``fields`` setting, then the common names akhbar guesses."""
        base = FieldNames.named(parse_field_names(self.settings.fields))
        if isinstance(fields, FieldNames):
            return fields
        return FieldNames.named(fields, base)

    @_storage_errors
    def ingest(self, paths: Iterable[str], *, fields: FieldNames | Mapping[str, str | Iterable[str]] | None = None,
               progress: OnProgress | None = None, timer: StageTimer | None = None,
               engine: str | Engine | None = None, staging: str | Path | None = None,
               keep_staging: bool = False) -> IngestReport:
        """Read files, directories, globs or "-" (stdin) and store what they hold.

        ``fields`` names the fields of JSONL/CSV records, e.g. ``{"published": "date_extracted", "text": "body"}``
        (tried before the ``fields`` setting and the common names); a :class:`FieldNames` replaces them all.

        ``progress`` is called after each record (phase "reading") and each indexed batch (phase
        "indexing"); its total is the number of files, or of records when one line-based file
        (JSONL, CSV) is read, and None when unknown (stdin). ``timer`` (a :class:`StageTimer`) is told
        how long each stage took (read, extract, dates, …, sqlite, index).

        ``engine`` (default: the ``engine`` setting): "local" reads and stores record by record, using
        this machine's ``workers``; "ray" (or an :class:`akhbar.engines.Engine`) prepares the records
        as shards on that engine, decides duplicates over all of them at once and bulk-loads them
        (:mod:`akhbar.bulk`; ``staging`` is where the shards go, default ``ARCHIVE/staging``, removed at
        the end unless ``keep_staging``: the same command then reuses them). The archive is the same either way."""
        paths = list(paths)
        names = self.field_names(fields)
        engine = engine if engine is not None else self.settings.engine
        if not isinstance(engine, str) or engine != "local":
            return self._bulk(paths, names, engine, staging, progress, timer, keep_staging)
        files, missing = expand_paths(paths)

        def records():
            yield from missing
            for f in files:
                yield from read_path(f, names, **self._limits())

        step = None
        if progress is not None:
            step = self._reading_progress(files, len(missing), progress)
        return self._finish(self._ingestor.run(records(), step, timer), progress, timer)

    def _bulk(self, paths: list[str], names: FieldNames, engine: str | Engine, staging: str | Path | None,
              progress: OnProgress | None, timer: StageTimer | None, keep_staging: bool = False) -> IngestReport:
        from .bulk import bulk_ingest

        runner = make_engine(engine, workers=worker_count(self.settings.workers),
                             address=self.settings.ray_address or None) if isinstance(engine, str) else engine
        try:
            # Decided against stored fingerprints and events made by this version, as a local ingest is.
            self._ingestor.refingerprint()
            self._ingestor.refresh_events()
            before = self.store.max_article_id()
            report = bulk_ingest(self, paths, runner, names, staging=staging, progress=progress, timer=timer,
                                 keep_staging=keep_staging)
            with self.store.transaction():  # the loaded pages' fetch batches, as a local ingest reads them (akhbar.crawl)
                self._ingestor.date_late_pages(self.store.fetch_batches(before))
            return report
        finally:
            if isinstance(engine, str):
                runner.close()

    @staticmethod
    def _reading_progress(files: list[str], missing: int, progress: OnProgress) -> Callable[[str, str], None]:
        """Count records when one line-based file is read (its lines are counted first), else files."""
        per_record = len(files) == 1 and files[0] != "-"
        total = count_records(files[0]) if per_record else None
        if total is None:
            per_record = False
            total = None if "-" in files else len(files) + missing
        seen: dict[str, None] = {}
        done = 0

        def step(origin: str, label: str) -> None:
            nonlocal done
            if per_record:
                done += 1
            elif origin not in seen:
                seen[origin] = None
                done = len(seen)
            progress(IngestProgress("reading", done, total, "records" if per_record else "files", label))

        return step

    @_storage_errors
    def ingest_uploads(self, files: Iterable[tuple[str, str]], *,
                       fields: FieldNames | Mapping[str, str | Iterable[str]] | None = None) -> IngestReport:
        """Store uploaded files, each given as (where it was saved, the name it was sent under): read
        like files given to :meth:`ingest`, under the same limits, recorded under their names."""
        names = self.field_names(fields)

        def records():
            for path, name in files:
                yield from read_path(path, names, **self._limits(), origin=display_name(name))

        return self._finish(self._ingestor.run(records()))

    def _limits(self) -> dict[str, int]:
        return {"max_bytes": self.settings.max_file_mb * 1_000_000,
                "max_record_bytes": self.settings.max_record_mb * 1_000_000}

    @_storage_errors
    def add_articles(self, drafts: Iterable[ArticleDraft], origin: str = "api", *,
                     timer: StageTimer | None = None) -> IngestReport:
        """Store already-clean articles (evaluation sets, programmatic callers)."""
        return self._finish(self._ingestor.run(drafts_as_records(drafts, origin), timer=timer), timer=timer)

    def _finish(self, report: IngestReport, progress: OnProgress | None = None,
                timer: StageTimer | None = None) -> IngestReport:
        t0 = time.perf_counter()
        if progress is None:
            self.index.sync()
        else:
            self.index.sync(progress=lambda done, total: progress(
                IngestProgress("indexing", done, total, "articles")))
        if timer is not None:
            timer.add("index (analysis + tantivy)", time.perf_counter() - t0)
        return report

    @_storage_errors
    def reindex(self) -> dict[str, int]:
        """Rebuild the search index from the store, beside the old one (which serves searches until
        the new one is complete), after checking the database; returns how many articles and passages
        the new index holds."""
        articles = self.index.sync(rebuild=True)
        return {"articles": articles, "passages": self.store.stats()["passages"]}

    @_storage_errors
    def merge_index(self) -> dict[str, int]:
        """Merge the search index's segments (a bulk load or many ingests leave tens of them, and every
        search reads each) into one, in article id order, analyzing again only the articles of small
        segments that tantivy would leave out (a few percent); results do not change. Returns the
        segments before and after, and the articles indexed again."""
        before, after, again = self.index.merge()
        return {"segments_before": before, "segments_after": after, "articles_indexed_again": again}

    # --- embeddings (optional model server) ----------------------------------------------------

    def _vector_file(self) -> Any:
        from .vectors import VectorFile

        return VectorFile(self.path / VECTORS_DIR, self.store)

    @_storage_errors
    def embed(self, *, rebuild: bool = False, progress: Callable[[int, int], None] | None = None) -> EmbedReport:
        """Give every passage a vector from the embeddings server (the ``embeddings_url`` setting),
        resuming after the last one stored; ``rebuild`` embeds every passage again. ``progress(done,
        total)`` is called after each batch."""
        from .backends import embedder_from_settings
        from .vectors import embed_passages

        embedder = embedder_from_settings(self.settings)
        if embedder is None:
            raise ConfigError("no embeddings server is configured: set embeddings_url (AKHBAR_EMBEDDINGS_URL) to an "
                              "OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (README: \"Model servers\")")
        return embed_passages(self.store, self._vector_file(), embedder, batch=self.settings.embeddings_batch,
                              rebuild=rebuild, progress=progress)

    def _reranker(self) -> Any:
        if self._hybrid is None:
            from .backends import embedder_from_settings
            from .hybrid import HybridRanker

            self._hybrid = HybridRanker(self._vector_file(), embedder_from_settings(self.settings),
                                        self.settings.hybrid_weight)
        return self._hybrid.rerank

    # --- reading ------------------------------------------------------------------------------

    @_storage_errors
    def search(self, query: str, k: int | None = None, *, offset: int = 0, sort: str = "relevance",
               since: str | None = None, until: str | None = None, source: str | None = None,
               facets: bool = True, hybrid: bool | None = None) -> SearchResult:
        """One page of results: ``k`` hits (default: the search_k setting) from ``offset`` on, sorted by
        ``relevance``, ``date`` (oldest first) or ``-date`` (newest first), the number of matching
        articles, and their counts per source and per year. ``source`` matches part of a name
        ("الجزيرة" finds "الجزيرة نت"); ``since``/``until`` take ISO, Arabic and Hijri dates.
        ``hybrid``: fuse BM25 with embeddings for the relevance order (None: the ``hybrid`` setting)."""
        return self.retriever.search(query, k or self.settings.search_k, offset=offset, sort=sort, since=since,
                                     until=until, source=source, facets=facets, hybrid=hybrid)

    @_storage_errors
    def ask(self, question: str, *, generate: bool = False) -> Answer:
        """Answer an Arabic question with cited sentences from the archive, or abstain.

        ``generate``: a language model (the ``llm_url`` setting) also words the answer from its sources,
        and each sentence it writes is checked (akhbar.qa.generate): ``answer.generated`` holds them with
        their verdicts, ``answer.kept`` the verified answer."""
        from .qa import Answerer
        from .retrieve import check_text

        question = check_text(question, "question", self.settings.max_query_chars)  # as the HTTP API says it
        answer = Answerer(self.store, self.retriever, self.analyzer, self.index).ask(question)
        if generate:
            from .backends import chat_from_settings
            from .qa.generate import generate as word_answer

            chat = chat_from_settings(self.settings)
            if chat is None:
                raise ConfigError("no chat server is configured: set llm_url (AKHBAR_LLM_URL) to an OpenAI-compatible "
                                  "server, e.g. http://127.0.0.1:8080/v1 (README: \"Model servers\")")
            try:
                word_answer(answer, chat, self.evidence_sentences, self._source_of)
            except ModelServerError as e:  # the extractive answer stands on its own
                answer.generated, answer.kept = None, None
                warnings.warn(ModelServerWarning(f"the answer was not worded by a model: {e}"), stacklevel=2)
        return answer

    def _source_of(self, evidence: EvidenceSentence, n: int) -> Source:
        """A numbered source for an archive sentence (one that decided a generated sentence's verdict)."""
        assert evidence.article_id is not None
        a = self.store.article(evidence.article_id)
        end = evidence.end if evidence.end is not None else evidence.start + len(evidence.text)
        return Source(n=n, article_id=a.id, title=a.title, source=a.source, published=a.published, url=a.url,
                      quote=a.text[evidence.start:end], start=evidence.start, end=end)

    @_storage_errors
    def verify(self, answer: str) -> VerifyReport:
        """Check each claim of ``answer`` against the whole archive."""
        from .verify import Verifier

        return Verifier(self.evidence_sentences).check(answer)

    def evidence_sentences(self, claim: str, k: int = 6, limit: int = 10) -> list[EvidenceSentence]:
        """Candidate evidence for a claim: of the ``k`` articles that best match it, the ``limit``
        sentences sharing most words with it (any passage of the article, not only the best one).
        A claim longer than a query is searched by its first ``max_query_chars`` characters; quoted
        words in it count as words, not as a phrase that must match."""
        from .align import canonical_words
        from .verify import SAME_DAY_BACK, dated_by_an_earlier_sentence

        query = claim.strip()[: self.settings.max_query_chars]
        if not query:
            return []
        # The plain words of its set phrases too: "فارق الحياة" is searched as "توفي" as well.
        query = " ".join([query, *canonical_words(query)])[: self.settings.max_query_chars]
        found = self.retriever.candidates(query, k, phrases="words")
        articles = self.store.articles(aid for _, _, aid in found)
        sentences = self.store.sentences_of_articles(aid for _, _, aid in found)
        wanted = set(self.analyzer.terms(query))
        scored = []
        for rank, (_, _, aid) in enumerate(found):
            text = articles[aid].text
            for s, e in sentences[aid]:
                shared = len(wanted.intersection(self.analyzer.terms(text[s:e])))
                scored.append((-shared, rank, s, e, aid))
        scored.sort()
        chosen = [(s, e, aid) for shared, _, s, e, aid in scored[:limit] if shared < 0]
        # A sentence dated by "ذلك اليوم" brings the sentences before it that may give its day.
        for s, e, aid in list(chosen):
            if dated_by_an_earlier_sentence(articles[aid].text[s:e]):
                k = sentences[aid].index((s, e))
                chosen += [(s0, e0, aid) for s0, e0 in sentences[aid][max(0, k - SAME_DAY_BACK):k] if (s0, e0, aid) not in chosen]
        return [EvidenceSentence(articles[aid].text[s:e], s, e, aid, articles[aid].published, articles[aid].title)
                for s, e, aid in chosen]

    @_storage_errors
    def timeline(self, query: str, *, since: str | None = None, until: str | None = None,
                 near: bool = False) -> list[Event]:
        """Dated events of the story ``query`` names, merged across sources, in date order. ``near``
        adds the events held back for a less sure date or topic (``held="date"`` / ``"topic"``,
        ``akhbar.timeline_confidence``) and the near-topic events (``topic="near"``): dated sentences of
        matching articles that cover only part of the query."""
        return build_timeline(self.store, self.retriever, self.analyzer, query, since=since, until=until, near=near)

    @_storage_errors
    def export(self, query: str | None = None, *, since: str | None = None, until: str | None = None,
               source: str | None = None, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every kept article (or those matching ``query``, in the sense of :meth:`search`), within the
        date and source filters, in id order, each with its metadata and its duplicates' links
        (:func:`akhbar.export.export_row`). Read ``batch`` articles at a time: flat memory."""
        from .export import export_row
        from .retrieve import date_range

        lo, hi = date_range(since, until)
        query_ = self.retriever.query(query, since=since, until=until, source=source) if query is not None else None
        sources = None if query_ is not None else self.retriever.source_spellings(source)
        after = 0
        while True:
            if query_ is not None:
                ids = self.index.matching_ids(query_, after, batch)
                page = self.store.export_page(after, batch, ids=ids) if ids else []
                after = ids[-1] if ids else after
            else:
                page = self.store.export_page(after, batch, since=lo, until=hi, sources=sources)
                after = page[-1].id if page else after
            if not page:
                return
            duplicates = self.store.duplicates_of_many(a.id for a in page)
            for article in page:
                yield export_row(article, duplicates.get(article.id, []))

    @_storage_errors
    def show(self, article_id: int) -> dict[str, Any]:
        """An article with its sentences' offsets, the duplicates linked to it, and (for a duplicate)
        the article it copies."""
        article = self.store.article(article_id)
        out = article.to_dict()
        out["sentences"] = [{"start": s, "end": e} for _, s, e in self.store.sentences_of_article(article_id)]
        out["duplicates"] = [_link(d) for d in self.store.duplicates_of(article_id)]
        out["original"] = _link(self.store.article(article.duplicate_of)) if article.duplicate_of else None
        return out

    @_storage_errors
    def overview(self, top: int = 5) -> dict[str, Any]:
        """What a start page says the archive holds: its size, its date range, its largest sources and
        three sample questions made from its own newest titles (each one checked to get an answer)."""
        stats = self.store.stats()
        first, last = stats["published_range"]
        named = [s for s in stats["sources"] if s["source"]]
        return {"articles": stats["articles"], "duplicates": stats["duplicates"], "first": first, "last": last,
                "sources": sum(1 for name, _ in self.store.source_counts() if name), "top_sources": named[:top],
                "sample_questions": self.sample_questions()}

    def sample_questions(self, n: int = 3, tries: int = 12) -> list[str]:
        """Up to ``n`` questions built from the newest titles ("ما تفاصيل {title}؟", or the title itself
        when it ends with a question mark) that the archive answers without abstaining; remembered
        until the archive changes."""
        key = self.store.max_kept_article_id()
        if self._samples is None or self._samples[0] != key:
            found: list[str] = []
            for _, title in self.store.recent_titles(tries):
                title = " ".join(title.split())
                asks = title.endswith(("؟", "?"))  # a title that already asks is asked as it is
                question = title if asks else f"ما تفاصيل {title.rstrip('!.:')}؟"
                if len(found) < n and not self.ask(question).abstained:
                    found.append(question)
            self._samples = (key, found)
        return self._samples[1]

    @_storage_errors
    def unindexed(self) -> int:
        """Articles stored but not searchable yet: the index is catching up (a writer is indexing them,
        or one was interrupted: ``reindex`` or the next ingest catches up). Searches read what it holds."""
        return self.index.pending()

    @_storage_errors
    def stats(self) -> dict[str, Any]:
        out = self.store.stats()
        out["unindexed"] = self.index.pending()
        out["archive"] = str(self.path)
        out["analyzer"] = self.analyzer.version
        return out


def _link(article: Article) -> dict[str, Any]:
    """Where another copy of an article is: enough to name it and open it."""
    return {"id": article.id, "title": article.title, "source": article.source, "published": article.published,
            "url": article.url, "origin": article.origin}
