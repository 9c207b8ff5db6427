"""Ingest: records → clean articles → duplicates resolved → stored with segments and events.

For every input record the ingest log says what became of it: stored, a duplicate of a named
article, or skipped with a reason. Records are committed in batches; a crash loses at most the
batch in flight, and re-running the same inputs finishes the job (what is stored is recognised
by its content hash and reported as already in the archive).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator

from .arabic import detect_language
from .clean import extract_articles
from .dates import find_dates
from .dedup import fingerprint, similarity
from .errors import UnreadableInput
from .models import ArticleDraft, IngestReport, RawRecord, Skip
from .segment import segment
from .store import Store

BATCH = 200  # records per transaction: big enough to be fast, small enough to lose little on a crash

Progress = Callable[[str], None]


def _reference(published: str | None) -> dt.date | None:
    """Relative dates ("أمس") resolve only against a day-precise publication date."""
    if published and len(published) == 10:
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            return None
    return None


class Ingestor:
    def __init__(self, store: Store, *, passage_words: int, near_threshold: float):
        self.store = store
        self.passage_words = passage_words
        self.near_threshold = near_threshold

    def _root(self, article_id: int) -> int:
        kept = self.store.article(article_id).duplicate_of
        return kept if kept is not None else article_id

    def _store_draft(self, run: int, label: str, origin: str, locator: str, draft: ArticleDraft,
                     report: IngestReport) -> None:
        if not draft.text.strip():
            report.skipped.append(Skip(label, "no article text after cleaning"))
            self.store.log(run, label, "skipped", reason="no article text after cleaning")
            return
        fp = fingerprint(draft.text)
        already = self.store.has_record(origin, locator, fp.hash)
        if already is not None:
            report.duplicates += 1
            report.duplicate_of[label] = self._root(already)
            self.store.log(run, label, "duplicate", duplicate_of=already, reason="already in the archive")
            return
        duplicate_of = None
        reason = ""
        same = self.store.find_by_hash(fp.hash)
        if same is not None:
            duplicate_of, reason = self._root(same[0]), "same text"
        else:
            best = max(((similarity(fp.signature, sig), aid) for aid, sig in
                        self.store.lsh_candidates(fp.buckets).items()), default=(0.0, 0))
            if best[0] >= self.near_threshold:
                duplicate_of, reason = best[1], f"near-duplicate (similarity {best[0]:.2f})"
        lang = detect_language(draft.text)
        article_id = self.store.insert_article(
            draft, lang=lang, origin=origin, locator=locator, content_hash=fp.hash, duplicate_of=duplicate_of)
        if duplicate_of is not None:
            # Kept for its source and metadata, never indexed: the story is searchable once.
            report.duplicates += 1
            report.duplicate_of[label] = duplicate_of
            self.store.log(run, label, "duplicate", article_id=article_id, duplicate_of=duplicate_of, reason=reason)
            return
        segments = segment(draft.text, self.passage_words)
        stored = self.store.insert_segments(article_id, segments.paragraphs, segments.passages)
        self.store.add_signature(article_id, fp.blob, fp.buckets)
        self._store_events(article_id, draft, segments.passages, stored)
        report.stored += 1
        report.articles.append(article_id)
        self.store.log(run, label, "stored", article_id=article_id)

    def _store_events(self, article_id: int, draft: ArticleDraft, passages, stored) -> None:
        reference = _reference(draft.published)
        rows = []
        for (_ps, _pe, sentences), (_pid, sentence_ids) in zip(passages, stored):
            for (s, e), sid in zip(sentences, sentence_ids):
                for m in find_dates(draft.text[s:e], reference):
                    rows.append((article_id, sid, m.iso, m.precision, s + m.start, s + m.end))
        if rows:
            self.store.insert_events(rows)

    def run(self, items: Iterable[RawRecord | Skip | tuple[RawRecord, list[ArticleDraft]]],
            progress: Progress | None = None) -> IngestReport:
        """Ingest records (or already-extracted drafts). Every record ends in the report and the log."""
        report = IngestReport()
        run = self.store.start_run()
        pending = 0
        self.store.db.execute("BEGIN IMMEDIATE")
        try:
            for item in items:
                self._one(run, item, report)
                pending += 1
                if progress:
                    progress(item.label if isinstance(item, RawRecord) else
                             item.source if isinstance(item, Skip) else item[0].label)
                if pending >= BATCH:
                    self.store.db.execute("COMMIT")
                    self.store.db.execute("BEGIN IMMEDIATE")
                    pending = 0
        except BaseException:
            self.store.db.execute("ROLLBACK")
            raise
        self.store.db.execute("COMMIT")
        return report

    def _one(self, run: int, item, report: IngestReport) -> None:
        if isinstance(item, Skip):
            report.records += 1
            report.skipped.append(item)
            self.store.log(run, item.source, "skipped", reason=item.reason)
            return
        if isinstance(item, tuple):
            record, drafts = item
        else:
            record, drafts = item, None
        report.records += 1
        if drafts is None:
            try:
                drafts = extract_articles(record)
            except UnreadableInput as err:
                report.skipped.append(Skip(record.label, str(err)))
                self.store.log(run, record.label, "skipped", reason=str(err))
                return
        if not drafts:
            reason = "no article text found after removing boilerplate"
            report.skipped.append(Skip(record.label, reason))
            self.store.log(run, record.label, "skipped", reason=reason)
            return
        for n, draft in enumerate(drafts):
            # A page split into several articles: each gets its own locator, so a re-run
            # recognises each one.
            locator = record.locator if len(drafts) == 1 else f"{record.locator}#{n + 1}".lstrip()
            label = f"{record.origin}:{locator}" if locator else record.origin
            self._store_draft(run, label, record.origin, locator, draft, report)


def drafts_as_records(drafts: Iterable[ArticleDraft], origin: str) -> Iterator[tuple[RawRecord, list[ArticleDraft]]]:
    """Wrap already-clean drafts (bench, eval, API callers) as records with line-number locators."""
    for n, draft in enumerate(drafts, 1):
        yield RawRecord(origin=origin, locator=f"item {n}", kind="fields"), [draft]
