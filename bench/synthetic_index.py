"""A big index on a small archive: an archive's index segments repeated N times, merged into one segment.

What a search costs grows with the postings it scans (bench/README "Scale"); building a million-article
archive takes hours. This makes an index N times the archive's in minutes: a copy of the archive whose
index holds every segment N times (each copy under a new segment id), merged in article id order into
one segment (``akhbar.index_merge.merge_segments``), as ``akhbar reindex --merge`` leaves a bulk archive.
The store stays the small one, so a search's hits repeat articles and its store reads and highlights
cost what they cost on the small archive: what grows is the index's work (ranking, best passages, the
facets' count), the part that grows with the archive. Total and facet counts are N times the real ones.

    .venv/bin/python bench/synthetic_index.py bench/out/scale-20k-bulk-2 /tmp/synthetic-40x --times 40
    .venv/bin/python bench/search_profile.py /tmp/synthetic-40x

Round 7 (scale8) measured search on the 40x copy of the 20k bulk archive (4,036,800 documents, about the
1M archive's 4,488,059).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import uuid
from pathlib import Path


def repeat_segments(source: Path, target: Path, times: int) -> None:
    """``target``: an index of ``source``'s segments, each ``times`` times under fresh segment ids (the files
    are hard links; tantivy reads a segment's id from ``meta.json`` and its file names only)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    segments = []
    for _ in range(times):
        for segment in meta["segments"]:
            new = str(uuid.uuid4())
            old_stem, new_stem = segment["segment_id"].replace("-", ""), new.replace("-", "")
            for f in source.glob(old_stem + ".*"):
                (target / (new_stem + f.name[len(old_stem):])).hardlink_to(f)
            segments.append({**segment, "segment_id": new})
    (target / "meta.json").write_text(json.dumps({**meta, "segments": segments}), encoding="utf-8")
    (target / ".managed.json").write_text(json.dumps(sorted(f.name for f in target.iterdir() if f.name != "meta.json")),
                                          encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("archive", help="an archive (kept by bench/scale.py --keep)")
    p.add_argument("out", help="the copy to make (replaced)")
    p.add_argument("--times", type=int, default=40)
    args = p.parse_args(argv)
    from akhbar.index_merge import merge_segments

    source, out = Path(args.archive), Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for f in source.iterdir():  # the store and the rest, but the index
        if f.name not in ("index", "index.lock") and f.is_file():
            shutil.copy2(f, out / f.name)
    repeated = out / "index.repeated"
    repeat_segments(source / "index", repeated, args.times)
    cpu, wall = time.process_time(), time.perf_counter()
    segments = merge_segments(out / "index", [repeated], in_id_order=True)
    shutil.rmtree(repeated)
    print(f"{out}: {args.times} x the index of {source}, {segments} segment(s) after the merge; "
          f"{time.process_time() - cpu:.1f} CPU s, {time.perf_counter() - wall:.1f} s wall", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
