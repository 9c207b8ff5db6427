"""Which segments a merge of the index (``akhbar reindex --merge``) indexes again from the store.

tantivy-py cannot ask for a merge: a writer's commit lets tantivy's merge policy (its ``LogMergePolicy``
with the defaults below) merge what it chooses, and it merges only 8 or more segments of about one size.
A bulk load leaves segments of ~100,000 documents, and beside them a few smaller ones (a task index's
last flush): on the 1M archive, 44 of 63k-107k documents and 3 of 14k-62k, which a merge leaves as
they are. So those are left out of the merge and their articles indexed again from the store, into one
new segment as big as theirs together; when that is in the big segments' level, the merge makes one
segment of all (the analysis of 17,094 articles on the 1M archive, instead of its 749,788).
"""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import cast

import tantivy

# tantivy's LogMergePolicy defaults: segments are merged by levels (sorted by size, a level spans
# LEVEL_LOG_SIZE in log2 of documents, sizes below MIN_LAYER_DOCS counted as that), MIN_SEGMENTS or more.
MIN_SEGMENTS = 8
LEVEL_LOG_SIZE = 0.75
MIN_LAYER_DOCS = 10_000
BYTES_PER_DOC = 2_500  # of a writer's heap per document indexed again (128 MB flush at ~100k documents)


def _segments(directory: Path) -> list[tuple[str, int]]:
    """(segment id, live documents) of the index in ``directory``, from its ``meta.json``."""
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    return [(s["segment_id"], s["max_doc"] - ((s.get("deletes") or {}).get("num_deleted_docs") or 0))
            for s in meta["segments"]]


def _log(docs: int) -> float:
    return math.log2(max(docs, MIN_LAYER_DOCS))


def plan(directory: Path) -> list[str]:
    """The segments to index again: those below the biggest segments' level, when the biggest level holds
    enough to be merged and those together would join it (else none: the merge takes what it can)."""
    segments = _segments(directory)
    if len(segments) < 2:
        return []
    top = max(_log(n) for _, n in segments)
    left = [(sid, n) for sid, n in segments if _log(n) < top - LEVEL_LOG_SIZE]
    kept = len(segments) - len(left)
    if not left or kept + 1 < MIN_SEGMENTS or _log(sum(n for _, n in left)) < top - LEVEL_LOG_SIZE \
            or _log(sum(n for _, n in left)) > top:
        return []
    return [sid for sid, _ in left]


def heap_for(directory: Path, again: list[str]) -> int:
    """A writer heap that holds the documents indexed again in one segment."""
    docs = sum(n for sid, n in _segments(directory) if sid in set(again))
    return min(3_000_000_000, 128_000_000 + BYTES_PER_DOC * docs)


def documents_of(directory: Path, segments: list[str]) -> dict[int, set[int]]:
    """The documents ``segments`` of the index in ``directory`` hold: article id -> passage ids (0 for the
    article's own document). A writer may flush between an article's documents: some can be elsewhere."""
    from .index import _schema, link_segments

    keep = set(segments)
    folder = directory.with_name(directory.name + ".read")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        tantivy.Index(_schema(), path=str(folder), reuse=False)
        link_segments(folder, [directory], frozenset(sid for sid, _ in _segments(directory) if sid not in keep))
        searcher = tantivy.Index.open(str(folder)).searcher()
        addrs = [addr for _, addr in searcher.search(tantivy.Query.all_query(), max(1, searcher.num_docs), count=False).hits]
        found: dict[int, set[int]] = {}
        for aid, pid in zip(cast(list[int], searcher.fast_field_values("aid", addrs)),
                            cast(list[int], searcher.fast_field_values("pid", addrs))):
            found.setdefault(aid, set()).add(pid)
        return found
    finally:
        shutil.rmtree(folder, ignore_errors=True)
