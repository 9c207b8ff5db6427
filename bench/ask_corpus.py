"""Ask on the sample corpus only, in seconds: the held-out absent-fact questions about it (never tuned on)
and the corpus questions with accepted answers. A quick before/after for any change to how `ask`
decides; the cross-validated numbers are `bench/qa.py`'s.

    .venv/bin/python bench/ask_corpus.py                    # this checkout
    PYTHONPATH=OLD/src .venv/bin/python bench/ask_corpus.py --root OLD   # another revision (a worktree)
    .venv/bin/python bench/ask_corpus.py --set bench/ask_absent_heldout2.jsonl   # another held-out set
    .venv/bin/python bench/ask_corpus.py --set bench/ask_absent_heldout11.jsonl --add bench/ask_heldout11_articles.jsonl

``--set`` asks one JSONL file of both kinds instead (lines with "absent": true must abstain, lines with
"answers" are present-fact controls), read from this checkout whatever ``--root`` says. Its lines whose
"archive" is "pool" are asked to ``--pool-archive`` (the archive of the 61k-passage pool bench/qa.py keeps,
bench/out/qa-archive: pass a copy, asking may write to it), and left out without it. ``--add`` ingests more
articles with the sample corpus (a set's own small corpus: articles written for it, in our own words).

A short answer is counted right on its words (``short_right``) and, as a user sees it, on its words with the
ISO date shown beside them (``short_right_dated``: "أمس الخميس (1988-10-13)").

Prints the counts as JSON, then every held-out absent question that got an answer, by confidence.
"""

from __future__ import annotations

import argparse
import json
import os
import string
import tempfile
from pathlib import Path

from akhbar import Archive
from akhbar.arabic import normalize

_PUNCT = set(string.punctuation) | set("،؛؟«»“”")


def fold(text: str) -> str:
    return " ".join("".join(" " if c in _PUNCT else c for c in normalize(text)).split())


def holds(text: str, answers: list[str]) -> bool:
    hay = " " + fold(text) + " "
    return any(fold(a) and (" " + fold(a) + " " in hay or fold(a) in hay) for a in answers)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1], help="the checkout to read sets from")
    ap.add_argument("--set", type=Path, default=None, help="one JSONL set of absent facts and present controls")
    ap.add_argument("--pool-archive", type=Path, default=None,
                    help="a copy of bench/qa.py's pool archive, for a set's lines about the pool")
    ap.add_argument("--add", type=Path, action="append", default=[],
                    help="more articles to ingest with the sample corpus (a file or folder; repeatable)")
    ap.add_argument("--each", action="store_true", help="then one line per question: its outcome, for a diff")
    args = ap.parse_args()
    root = args.root
    corpus = root / "src" / "akhbar" / "sample" / "corpus"
    if not corpus.is_dir():
        corpus = root / "examples" / "corpus"  # revisions before the corpus moved into the package
    os.environ["AKHBAR_WORKERS"] = "1"
    archive = Archive.open(Path(tempfile.mkdtemp()) / "archive")
    archive.ingest([str(corpus), *map(str, args.add)])

    path = args.set or root / "bench" / "absent_heldout.jsonl"
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    archives = {"corpus": archive}
    if args.pool_archive is not None:
        archives["pool"] = Archive.open(args.pool_archive)
    rows = [r for r in rows if r.get("archive", "corpus") in archives]
    absent = [r for r in rows if not r.get("answers")]
    answered_absent = []
    each = []
    for row in absent:
        answer = archives[row.get("archive", "corpus")].ask(row["question"])
        each.append(("absent", row["question"], answer))
        if not answer.abstained:
            answered_absent.append((round(answer.confidence, 2), row["question"], answer.answer or ""))

    questions = [r for r in rows if r.get("answers")] if args.set else \
        [json.loads(line) for line in open(root / "bench" / "corpus_questions.jsonl", encoding="utf-8")]
    answerable = [q for q in questions if q.get("answers")]
    answered = right = shown = short_right = short_right_dated = 0
    for q in answerable:
        answer = archives[q.get("archive", "corpus")].ask(q["question"])
        each.append(("control", q["question"], answer))
        if answer.abstained:
            continue
        answered += 1
        right += bool(answer.points) and holds(answer.points[0].text, q["answers"])
        if answer.answer:
            shown += 1
            short_right += holds(answer.answer, q["answers"])
            short_right_dated += holds(f"{answer.answer} {answer.normalized or ''}", q["answers"])
    print(json.dumps({"absent_heldout": len(absent), "abstained": len(absent) - len(answered_absent),
                      "answerable": len(answerable), "answered": answered, "first_point_right": right,
                      "short_shown": shown, "short_right": short_right, "short_right_dated": short_right_dated},
                     ensure_ascii=False))
    for confidence, question, short in sorted(answered_absent, reverse=True):
        print(f"  answered, not in the archive: {confidence:.2f}  {question}  {short}")
    if args.each:
        for kind, question, answer in each:
            told = f"abstained ({'; '.join(answer.missing) or (answer.message or '')[:60]})" if answer.abstained else \
                f"answered {answer.confidence:.2f}  short: {answer.answer or '-'}  ({answer.normalized or '-'})"
            print(f"{kind}\t{question}\t{told}")


if __name__ == "__main__":
    main()
