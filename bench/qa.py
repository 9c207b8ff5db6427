"""Question-answering benchmark: akhbar's answerer side by side with the BM25 anchor.

Settings (each on XQuAD-ar and ARCD-test, read from ../shared/data, never copied):

1. **sentence selection inside the gold paragraph**: the paragraph's sentences are ranked;
   hit@1 = the top sentence contains a gold answer text (Arabic-folded). Anchor: bm25s over the
   paragraph's sentences with a Lucene-Arabic-like analyzer.
2. **open archive**: questions asked to an archive of the passage pool; hit@1 / hit@3 = the best
   1 / 3 evidence sentences contain a gold answer; short-answer EM / F1 (SQuAD metric on folded
   text); latency of ``Answerer.ask``. Anchor: BM25 top-10 passages of the pool, then the best
   BM25 sentence among their sentences.
3. **abstention calibration** (``--calibrate``): an archive holding only half of XQuAD-ar's
   paragraphs; questions of the other half should abstain. Prints threshold vs answered-correct
   and false-answer rates (``--write-threshold`` stores the chosen one in the weights file).

    python bench/qa.py                      # settings 1 and 2
    python bench/qa.py --setting paragraph  # only setting 1 (seconds, no archive)
    python bench/qa.py --calibrate --write-threshold
"""

from __future__ import annotations

import argparse
import json
import math
import os
import string
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = Path(os.environ.get("AKHBAR_SHARED_DATA", ROOT.parent / "shared" / "data"))
CACHE = Path(os.environ.get("AKHBAR_BENCH_CACHE", HERE / "out"))
sys.path.insert(0, str(HERE))

from akhbar.arabic import get_analyzer, normalize, split_sentences  # noqa: E402
from akhbar.qa.compose import Answerer, choose  # noqa: E402
from akhbar.qa.evidence import PassageCandidate  # noqa: E402
from akhbar.qa.match import idf_from_counts  # noqa: E402
from akhbar.qa.question import analyze_question  # noqa: E402
from akhbar.qa.rank import load_model, rank_sentences  # noqa: E402

SETS = {
    "xquad-ar": "xquad_ar/xquad.ar.json",
    "arcd-test": "arcd/arcd-test.json",
    "arcd-train": "arcd/arcd-train.json",
}


# --- data ---------------------------------------------------------------------------------------


@dataclass
class QA:
    qid: str
    question: str
    answers: list[str]
    paragraph: int  # index into the set's paragraph list


def load_set(name: str) -> tuple[list[str], list[QA]]:
    path = DATA / SETS[name]
    if not path.exists():
        sys.exit(f"needs {path} (the ../shared/data evaluation sets are not present)")
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs: list[str] = []
    qas: list[QA] = []
    for article in data["data"]:
        for para in article["paragraphs"]:
            paragraphs.append(para["context"])
            for qa in para["qas"]:
                answers = [a["text"] for a in qa["answers"] if a["text"].strip()]
                if answers:
                    qas.append(QA(qa["id"], qa["question"], answers, len(paragraphs) - 1))
    return paragraphs, qas


# --- metrics ------------------------------------------------------------------------------------

_PUNCT = set(string.punctuation) | set("،؛؟«»“”…–—ـ")


def fold_answer(text: str) -> str:
    """SQuAD-style answer normalization for Arabic: fold letters, drop punctuation, squeeze spaces."""
    folded = "".join(" " if ch in _PUNCT else ch for ch in normalize(text))
    return " ".join(folded.split())


def contains_answer(text: str, answers: list[str]) -> bool:
    hay = " " + fold_answer(text) + " "
    return any((" " + fold_answer(a) + " ") in hay or fold_answer(a) in hay for a in answers if fold_answer(a))


def exact_match(pred: str | None, answers: list[str]) -> float:
    return float(bool(pred) and any(fold_answer(pred) == fold_answer(a) for a in answers))


def f1(pred: str | None, answers: list[str]) -> float:
    if not pred:
        return 0.0
    best = 0.0
    p = fold_answer(pred).split()
    for a in answers:
        g = fold_answer(a).split()
        common = Counter(p) & Counter(g)
        same = sum(common.values())
        if same:
            prec, rec = same / len(p), same / len(g)
            best = max(best, 2 * prec * rec / (prec + rec))
    return best


# --- the BM25 anchor ----------------------------------------------------------------------------


def anchor_analyzer():
    """The anchor's analyzer: bench/retrieval.py's Lucene-Arabic chain (the search issue's anchor)."""
    from retrieval import lucene_arabic_terms

    return lucene_arabic_terms


def bm25_best(query_tokens: list[str], docs_tokens: list[list[str]]) -> list[int]:
    """Indices of docs, best BM25 first (ties keep document order)."""
    import bm25s
    import numpy as np

    if not docs_tokens:
        return []
    model = bm25s.BM25()
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in doc] or [vocab.setdefault("\x00", len(vocab))]
           for doc in docs_tokens]
    model.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
    q = [t for t in query_tokens if t in vocab]
    if not q:
        return list(range(len(docs_tokens)))
    scores = model.get_scores(q)
    return list(np.argsort(-scores, kind="stable"))


# --- setting 1: sentence selection inside the gold paragraph ------------------------------------


def paragraph_idf(paragraphs: list[str]) -> dict[str, float]:
    """IDF over the set's paragraphs (the in-paragraph setting has no archive to ask)."""
    analyzer = get_analyzer()
    df: Counter[str] = Counter()
    for p in paragraphs:
        df.update(set(analyzer.terms(p)))
    idf = idf_from_counts(len(paragraphs), dict(df))
    unseen = math.log(1 + (len(paragraphs) + 0.5) / 0.5)
    return _DefaultDict(idf, unseen)


class _DefaultDict(dict):
    def __init__(self, base: dict[str, float], default: float):
        super().__init__(base)
        self.default = default

    def get(self, key, default=None):
        return super().get(key, self.default)


def paragraph_candidates(text: str) -> PassageCandidate:
    spans = [(s.start, s.end) for s in split_sentences(text)] or [(0, len(text))]
    return PassageCandidate(article_id=0, passage_id=0, rank=0, score=1.0, text=text, sentences=spans)


def run_paragraph(name: str, model=None) -> dict[str, float]:
    paragraphs, qas = load_set(name)
    analyzer = get_analyzer()
    lucene = anchor_analyzer()
    idf = paragraph_idf(paragraphs)
    cands = [paragraph_candidates(p) for p in paragraphs]
    ours = anchor = 0
    for qa in qas:
        cand = cands[qa.paragraph]
        info = analyze_question(qa.question, analyzer)
        ranked = rank_sentences(info, idf, [cand], analyzer, model)
        if ranked and contains_answer(ranked[0].text, qa.answers):
            ours += 1
        sents = [cand.text[s:e] for s, e in cand.sentences]
        order = bm25_best(lucene(qa.question), [lucene(s) for s in sents])
        if order and contains_answer(sents[order[0]], qa.answers):
            anchor += 1
    return {"questions": len(qas), "anchor_hit1": anchor / len(qas), "akhbar_hit1": ours / len(qas)}


# --- setting 2: open archive --------------------------------------------------------------------


class OpenPool:
    """The search issue's pool (bench/pool.py: XQuAD-ar + ARCD paragraphs as articles, the SaudiNewsNet
    20k sample as distractors, ~61k passages), given to akhbar as whole articles in its own archive
    (bench/out/qa-archive, reused across runs) and to the BM25 anchor (bm25s, Lucene-Arabic terms,
    k1=0.9, b=0.4, the search issue's anchor) as the pool's passages."""

    def __init__(self, rebuild: bool = False):
        import bm25s
        import numpy as np

        from pool import OUT, load_pool
        from retrieval import AkhbarSystem, lucene_arabic_terms

        self.pool = load_pool()
        system = AkhbarSystem(name="akhbar-qa", archive_dir=OUT / "qa-archive", reuse=not rebuild)
        system.index(self.pool)
        self.archive = system.archive
        self.build = system.build
        self.terms = lucene_arabic_terms
        self.bm25 = bm25s.BM25(k1=0.9, b=0.4, method="lucene")
        self.bm25.index([lucene_arabic_terms(p) for p in self.pool.passage_texts], show_progress=False)
        self.np = np
        self.label = (f"bench/pool.py pool: {len(self.pool.article_keys)} articles, "
                      f"{len(self.pool.passage_texts)} passages")

    def anchor_sentences(self, question: str, k: int = 10) -> list[str]:
        """The anchor: BM25 top-k pool passages, then BM25 over their sentences; best first."""
        np = self.np
        ids = self.bm25.get_tokens_ids(self.terms(question))
        if not ids:
            return []
        scores = self.bm25.get_scores(ids)
        top = np.argpartition(-scores, k)[:k]
        top = [int(i) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]
        sentences = [s.text for i in top for s in split_sentences(self.pool.passage_texts[i])]
        order = bm25_best(self.terms(question), [self.terms(s) for s in sentences])
        return [sentences[i] for i in order]


def run_open(name: str, pool: OpenPool, model=None, limit: int | None = None) -> dict[str, float]:
    _, qas = load_set(name)
    qas = qas[:limit] if limit else qas
    answerer = make_answerer(pool.archive, model)
    n = len(qas)
    agg: Counter[str] = Counter()
    times = []
    for qa in qas:
        t0 = time.perf_counter()
        answer = answerer.ask(qa.question)
        times.append(time.perf_counter() - t0)
        _, ranked, _, _ = answerer.evidence(qa.question)
        agg["hit1"] += bool(ranked) and contains_answer(ranked[0].text, qa.answers)
        agg["hit3"] += any(contains_answer(s.text, qa.answers) for s in ranked[:3])
        agg["point1"] += bool(answer.points) and contains_answer(answer.points[0].text, qa.answers)
        agg["abstained"] += answer.abstained
        if answer.answer is not None:
            agg["short"] += 1
            agg["short_em"] += exact_match(answer.answer, qa.answers)
            agg["short_f1"] += f1(answer.answer, qa.answers)
            kind = answer.answer_type
            agg[f"n_{kind}"] += 1
            agg[f"em_{kind}"] += exact_match(answer.answer, qa.answers)
            agg[f"f1_{kind}"] += f1(answer.answer, qa.answers)
        # EM/F1 over all questions: the short answer, else the first point (what a reader gets first).
        pred = answer.answer or (answer.points[0].text if answer.points else None)
        agg["em"] += exact_match(pred, qa.answers)
        agg["f1"] += f1(pred, qa.answers)
        anchor = pool.anchor_sentences(qa.question)
        agg["a_hit1"] += bool(anchor) and contains_answer(anchor[0], qa.answers)
        agg["a_hit3"] += any(contains_answer(s, qa.answers) for s in anchor[:3])
        agg["a_em"] += exact_match(anchor[0] if anchor else None, qa.answers)
        agg["a_f1"] += f1(anchor[0] if anchor else None, qa.answers)
    times.sort()
    short = max(agg["short"], 1)
    return {
        "questions": n,
        "anchor_hit1": agg["a_hit1"] / n, "anchor_hit3": agg["a_hit3"] / n,
        "anchor_em": agg["a_em"] / n, "anchor_f1": agg["a_f1"] / n,
        "akhbar_hit1": agg["hit1"] / n, "akhbar_hit3": agg["hit3"] / n,
        "akhbar_point1": agg["point1"] / n, "abstained": agg["abstained"] / n,
        "akhbar_em": agg["em"] / n, "akhbar_f1": agg["f1"] / n,
        "short_answers": agg["short"] / n, "short_em": agg["short_em"] / short, "short_f1": agg["short_f1"] / short,
        "p50_ms": 1000 * times[n // 2], "p95_ms": 1000 * times[min(n - 1, int(n * 0.95))],
        # Short answers by answer type: how many questions got one, and their EM / F1.
        "short_by_type": {kind: {"answers": agg[f"n_{kind}"],
                                 "em": round(agg[f"em_{kind}"] / max(agg[f"n_{kind}"], 1), 3),
                                 "f1": round(agg[f"f1_{kind}"] / max(agg[f"n_{kind}"], 1), 3)}
                          for kind in ("date", "number", "person", "place")},
    }


def make_answerer(archive, model=None) -> Answerer:
    return Answerer(archive.store, archive.retriever, archive.analyzer, archive.index, model=model)


# --- setting 3: abstention calibration ----------------------------------------------------------


def calibrate(write: bool = False) -> list[dict[str, float]]:
    """Archive with the even-numbered XQuAD-ar paragraphs (plus all ARCD ones); odd ones are absent.

    The abstention rule is ``akhbar.qa.compose.choose``: answer with the first of the top sentences whose
    support (coverage, plus a bonus when it holds the expected answer type) reaches the threshold.
    Both numbers are searched here; the pair chosen maximizes answered-and-correct on present
    questions minus answered on absent ones (ties within 0.005: fewer false answers)."""
    paragraphs, qas = load_set("xquad-ar")
    from akhbar import Archive
    from akhbar.models import ArticleDraft

    path = CACHE / "qa-half-xquad"
    done = path / "BUILT"
    archive = Archive.open(path)
    if not done.exists():
        drafts = [ArticleDraft(text=p, source="xquad-ar") for i, p in enumerate(paragraphs) if i % 2 == 0]
        for other in ("arcd-train", "arcd-test"):
            drafts += [ArticleDraft(text=p, source=other) for p in load_set(other)[0]]
        archive.add_articles(drafts, origin="bench-half")
        done.write_text("ok\n")
    answerer = make_answerer(archive)
    present, absent = [], []
    for qa in qas:
        info, ranked, _, _ = answerer.evidence(qa.question)
        (absent if qa.paragraph % 2 else present).append((info, ranked, qa.answers))

    def rates(bonus: float, t: float) -> dict[str, float]:
        answered = answered_correct = false = 0
        for info, ranked, answers in present:
            pick = choose(ranked, info, t, bonus)
            answered += pick is not None
            answered_correct += pick is not None and contains_answer(pick.text, answers)
        for info, ranked, _ in absent:
            false += choose(ranked, info, t, bonus) is not None
        return {"type_bonus": bonus, "threshold": t, "present_answered": answered / len(present),
                "present_answered_correct": answered_correct / len(present), "absent_answered": false / len(absent)}

    grid = [rates(bonus, t / 100) for bonus in (0.0, 0.05, 0.1, 0.15, 0.2) for t in range(0, 101, 5)]
    # Pick the pair that best separates: answered-correct on present minus answers on absent; within
    # half a point of the best, the one with the fewest false answers (a wrong answer costs more).
    def gain(r: dict[str, float]) -> float:
        return r["present_answered_correct"] - r["absent_answered"]

    top_gain = max(gain(r) for r in grid)
    best = min((r for r in grid if gain(r) >= top_gain - 0.005), key=lambda r: r["absent_answered"])
    if write:
        weights = ROOT / "src" / "akhbar" / "data" / "answer_weights.json"
        model = json.loads(weights.read_text(encoding="utf-8"))
        model["threshold"] = best["threshold"]
        model["type_bonus"] = best["type_bonus"]
        model["threshold_note"] = ("max of present-answered-correct minus absent-answered over threshold and "
                                   "type bonus (within 0.005: fewest false answers), XQuAD-ar half archive "
                                   "(bench/qa.py --calibrate)")
        weights.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    curve = [r for r in grid if r["type_bonus"] == best["type_bonus"]]
    return curve + [{"chosen_threshold": best["threshold"], "chosen_type_bonus": best["type_bonus"]}]


# --- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--setting", choices=["paragraph", "open", "all"], default="all")
    ap.add_argument("--sets", default="xquad-ar,arcd-test")
    ap.add_argument("--limit", type=int, default=None, help="questions per set in the open setting")
    ap.add_argument("--rebuild", action="store_true", help="rebuild akhbar's archive of the pool")
    ap.add_argument("--calibrate", action="store_true")
    ap.add_argument("--write-threshold", action="store_true")
    args = ap.parse_args(argv)
    CACHE.mkdir(parents=True, exist_ok=True)
    out: dict[str, object] = {"model": {k: load_model().get(k) for k in ("trained_on", "threshold", "type_bonus")}}
    if args.calibrate:
        out["calibration"] = calibrate(args.write_threshold)
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    sets = args.sets.split(",")
    if args.setting in ("paragraph", "all"):
        out["paragraph"] = {name: run_paragraph(name) for name in sets}
    if args.setting in ("open", "all"):
        pool = OpenPool(rebuild=args.rebuild)
        out["pool"] = pool.label
        out["open"] = {name: run_open(name, pool, limit=args.limit) for name in sets}
    print(json.dumps(out, ensure_ascii=False, indent=1, default=float))


if __name__ == "__main__":
    main()
