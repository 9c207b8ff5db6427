"""Segments of the index joined and merged: other indexes' segments linked in (:func:`link_segments`, a bulk
load's task indexes), merged by tantivy (:func:`merge_segments`), and which segments a merge of the index
(``akhbar reindex --merge``) indexes again from the store (:func:`plan`).

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
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import tantivy

from .errors import ArchiveCorrupt
from .index_schema import _schema, new_index

# tantivy's LogMergePolicy defaults: segments are merged by levels (sorted by size, a level spans
# LEVEL_LOG_SIZE in log2 of documents, sizes below MIN_LAYER_DOCS counted as that), MIN_SEGMENTS or more.
MIN_SEGMENTS = 8
LEVEL_LOG_SIZE = 0.75
MIN_LAYER_DOCS = 10_000
BYTES_PER_DOC = 2_500  # of a writer's heap per document indexed again (128 MB flush at ~100k documents)
_BY_AID = {"sort_by_field": {"field": "aid", "order": "Asc"}}  # tantivy's index sorting, for a merge in id order


def _replace_json(path: Path, data: object) -> None:
    """Write ``path`` whole or not at all (a temporary file, synced, renamed over it)."""
    tmp = path.with_name(path.name + ".akhbar-tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


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


def link_segments(directory: Path, folders: Iterable[str | Path], skip: frozenset[str] = frozenset()) -> None:
    """Add the segments of the indexes in ``folders`` (this schema; but those whose ids are in ``skip``)
    to the index in ``directory``, with no tantivy writer open on it: their files listed in ``.managed.json``,
    linked (copied across file systems), then their segments listed in ``meta.json`` (the commit). See
    :meth:`PassageIndex.adopt`."""
    meta_path, managed_path = directory / "meta.json", directory / ".managed.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    managed = json.loads(managed_path.read_text(encoding="utf-8")) if managed_path.exists() else []
    files: list[Path] = []
    segments = []
    for folder in map(Path, folders):
        other = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if other["schema"] != meta["schema"] or other["index_settings"] != meta["index_settings"]:
            raise ArchiveCorrupt(f"the index built in {folder} does not have this index's schema; run "
                                 "`akhbar reindex` if searches miss articles")
        for segment in other["segments"]:
            if segment["segment_id"] in skip:
                continue
            files += sorted(folder.glob(segment["segment_id"].replace("-", "") + ".*"))
            segments.append(segment)
    _replace_json(managed_path, sorted(set(managed) | {f.name for f in files}))
    for file in files:
        target = directory / file.name
        target.unlink(missing_ok=True)  # (a copy cut short by a kill: never part of a commit)
        try:
            os.link(file, target)
        except OSError:  # another file system, or no hard links there
            shutil.copyfile(file, target)
    _replace_json(meta_path, {**meta, "segments": meta["segments"] + segments})


def merge_segments(folder: str | Path, parts: Iterable[str | Path], *, in_id_order: bool = False,
                   skip: frozenset[str] = frozenset()) -> int:
    """One index in ``folder`` (replaced if it exists) of the segments of the indexes in ``parts``
    (:func:`build_segment`), merged by tantivy's own merge policy: a writer's commit merges 8 or
    more segments of about one size into one (fewer are left as they are). Returns its segments.
    ``in_id_order``: a sorted merge, the documents of a merged segment in article id order (else the
    biggest segment's documents come first); each part's segments must hold theirs in id order.
    ``skip``: segments (ids) of ``parts`` left out.

    Every search reads every segment: on 20 segments of a million documents a search took 1.7x the
    CPU it took on the same documents merged into one (bench/README "Scale"). Scores do not change:
    tantivy's BM25 statistics are the whole index's, however it is cut into segments."""
    folder = Path(folder)
    index = new_index(folder)  # (a task run again starts over)
    link_segments(folder, parts, skip)
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if in_id_order:  # tantivy-py has no index settings: its meta.json does (read by the merge)
        _replace_json(meta_path, {**meta, "index_settings": {**meta["index_settings"], **_BY_AID}})
    index = tantivy.Index.open(str(folder))
    writer = index.writer(heap_size=128_000_000, num_threads=1)
    writer.commit()  # nothing added: the commit lets the merge policy see the linked segments
    writer.wait_merging_threads()
    del writer
    if in_id_order:  # the archive's index keeps its settings: new segments are not sorted again
        merged = json.loads(meta_path.read_text(encoding="utf-8"))
        _replace_json(meta_path, {**merged, "index_settings": meta["index_settings"]})
    index = tantivy.Index.open(str(folder))
    return cast(int, index.searcher().num_segments)
