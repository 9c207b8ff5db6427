"""Every dated mention of the SaudiNewsNet sample, counted and hashed: two codes that give the same digest file the same
events, roles and anchors (a refactor of akhbar.events or akhbar.clauses is checked so, one run per code).

Sentences are cut at . ! ? and line ends (not the archive's segmenter: the check is of the event rules alone).

    PYTHONPATH=src .venv/bin/python bench/events_digest.py              # this code
    PYTHONPATH=<other>/src .venv/bin/python bench/events_digest.py      # another commit's src (e.g. bench/out/src-REV/src)
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import snn

_SENTENCE = re.compile(r"[^.\n!؟?]+[.\n!؟?]?")


def main() -> int:
    if why := snn.missing():
        print(why, file=sys.stderr)
        return 0
    from akhbar.events import article_mentions

    digest, count = hashlib.sha1(), 0
    for row in snn.rows():
        text = row["content"] or ""
        found = article_mentions(text, [m.span() for m in _SENTENCE.finditer(text)],
                                 (row.get("date_extracted") or "")[:10] or None, row.get("url"))
        count += len(found)
        digest.update(repr(found).encode())
    print(f"{count} dated mentions, digest {digest.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
