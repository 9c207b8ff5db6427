"""Every question's outcome on the pool archive, written down so two trees can be compared question by question.

bench/qa.py reports aggregates; a change to ask moves a handful of questions, and what matters is which ones and in
which direction (a right short answer lost, an absent fact answered). This asks, with the shipped model:

- every XQuAD-ar and ARCD question (of one answer type, or all) with its paragraph in the pool ("present") and
  with its article left out ("out");
- every absent-fact line about the pool (absent_pool.jsonl, and the pool lines of absent_heldout.jsonl and
  ask_absent_heldout8.jsonl), whatever its type ("absent").

    PYTHONPATH=<tree>/src .venv/bin/python bench/ask_outcomes.py run OUT.jsonl [--type date|all]
    .venv/bin/python bench/ask_outcomes.py summary OUT.jsonl
    .venv/bin/python bench/ask_outcomes.py diff BEFORE.jsonl AFTER.jsonl

The pool archive (bench/out/qa-archive) is built by bench/qa.py's OpenPool on first use (about 3 min here);
asking all 5,300 questions takes about 9 min on this 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

ABSENT_FILES = ("absent_pool.jsonl", "absent_heldout.jsonl", "ask_absent_heldout8.jsonl")
KINDS = ("present", "out", "absent")
# What a user would see change: the answer, whether it shows, why it abstained, the sentence it quotes.
COMPARED = ("answered", "shown", "short", "why", "sent")


def run(out_path: str, want: str) -> None:
    from akhbar.qa.confidence import short_model
    from akhbar.qa.question import analyze_question
    from qa import OpenPool, contains_answer, f1, load_set, make_answerer

    pool = OpenPool(rebuild=False, anchor=False)
    answerer = make_answerer(pool.archive)
    threshold = short_model(answerer.model).threshold
    with open(out_path, "w", encoding="utf-8") as out:
        def ask(kind: str, set_name: str, qid: object, question: str, gold: list[str],
                exclude: frozenset[int] = frozenset()) -> None:
            info, ranked, _, _ = answerer.evidence(question, exclude=exclude)
            d = answerer.decide(question, info, ranked)
            sent = d.chosen.text if d.chosen is not None else None
            short = sent[d.short.start:d.short.end] if sent is not None and d.short is not None else None
            row = {"kind": kind, "set": set_name, "qid": qid, "q": question, "gold": gold, "why": d.why,
                   "answered": d.answered, "conf": round(d.confidence, 3), "sent": sent,
                   "sent_right": bool(sent and gold and contains_answer(sent, gold)),
                   "short": short, "sconf": round(d.short_confidence, 3) if short else None,
                   "shown": bool(d.answered and short and d.short_confidence >= threshold),
                   "f1": round(f1(short, gold), 3) if short and gold else (0.0 if short else None)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")

        for set_name in ("xquad-ar", "arcd-train", "arcd-test"):
            for item in load_set(set_name):
                if want != "all" and analyze_question(item.question).answer_type != want:
                    continue
                ask("present", set_name, item.qid, item.question, item.answers)
                gold = pool.gold.get((set_name, item.qid))
                if gold is not None and gold in pool.article_of:
                    ask("out", set_name, item.qid, item.question, item.answers, frozenset({pool.article_of[gold]}))
        for name in ABSENT_FILES:
            for i, line in enumerate(open(HERE / name, encoding="utf-8")):
                rec = json.loads(line)
                if rec.get("archive", "pool") == "pool" and not rec.get("answers"):
                    ask("absent", name, i, rec["question"], [])


def rows_of(path: str) -> list[dict]:
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def summary(path: str) -> None:
    rows = rows_of(path)
    for kind in KINDS:
        these = [r for r in rows if r["kind"] == kind]
        answered = [r for r in these if r["answered"]]
        shown = [r for r in these if r["shown"]]
        shorts = [r for r in answered if r["short"]]

        def f1s(rs: list[dict]) -> str:
            return f"F1 {sum(r['f1'] for r in rs) / max(1, len(rs)):.3f}, F1 < 0.3: {sum(r['f1'] < 0.3 for r in rs)}"

        print(f"{kind}: {len(these)} asked, {len(answered)} answered, {sum(r['sent_right'] for r in answered)} first point"
              f" right | shown shorts {len(shown)}, {f1s(shown)} | shorts of answered {len(shorts)}, {f1s(shorts)}")


def diff(before_path: str, after_path: str) -> None:
    def key(r: dict) -> tuple:
        return r["kind"], r["set"], r["qid"]

    before = {key(r): r for r in rows_of(before_path)}
    after = {key(r): r for r in rows_of(after_path)}
    moved = 0
    for k, a in before.items():
        b = after.get(k)
        if b is None or all(a[f] == b[f] for f in COMPARED):
            continue
        moved += 1
        print(f"{k[0]} {k[1]} {k[2]} | {a['q']} | gold {a['gold'][:2]}")
        print(f"    {a['why']} answered={a['answered']} shown={a['shown']} short={a['short']} f1={a['f1']}"
              f" -> {b['why']} answered={b['answered']} shown={b['shown']} short={b['short']} f1={b['f1']}"
              + ("" if a["sent"] == b["sent"] else "  (another sentence)"))
    missing = len(before.keys() ^ after.keys())
    print(f"{moved} of {len(before)} outcomes moved" + (f"; {missing} questions in one file only" if missing else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="ask every question and write one outcome per line")
    r.add_argument("out")
    r.add_argument("--type", default="all", help="one answer type (date, person, number, …) or all")
    s = sub.add_parser("summary", help="answered, right and short-answer F1 per kind")
    s.add_argument("file")
    d = sub.add_parser("diff", help="the questions whose outcome moved between two runs")
    d.add_argument("before")
    d.add_argument("after")
    args = parser.parse_args()
    if args.command == "run":
        run(args.out, args.type)
    elif args.command == "summary":
        summary(args.file)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
