"""Question-answering benchmark: akhbar's ``ask`` side by side with the BM25 anchor, cross-validated.

Everything is measured in one run, on XQuAD-ar + ARCD (train and test) asked to the pool archive
(bench/pool.py: every QA paragraph plus 20k SaudiNewsNet articles, ~61k passages, bench/out/qa-archive),
with 5-fold cross-validation grouped by source article (a Wikipedia article's questions stay in one
fold). For each fold, everything that is fitted — the sentence ranker (listwise, bench/fit_answer.py),
the answer-confidence and short-answer-confidence models and their thresholds — is fitted on the
other four folds only (the thresholds on out-of-fold confidences inside them), and the fold's
questions are answered with it. A list question counts as right when any of its points holds a gold
answer. Reported numbers pool the
held-out folds.

Questions asked, per fold:

- **present**: XQuAD-ar / ARCD questions whose paragraph is in the archive (answerable);
- **absent paragraph**: the same questions with their paragraph's article left out of the archive
  (``Answerer.evidence(exclude=…)``): they must abstain (or still hold a gold answer);
- **absent fact** (bench/absent_pool.jsonl, 80, and the ``absent`` lines of bench/corpus_questions.jsonl,
  53, against an archive of src/akhbar/sample/corpus): written for this project, same topic as the archive,
  another year / country / person; they must abstain;
- **sample corpus** (the answerable lines of bench/corpus_questions.jsonl, 48): questions about
  src/akhbar/sample/corpus with their accepted answers.

The anchor (no abstention, no short answer): bm25s with bench/retrieval.py's Lucene-Arabic analyzer,
top-10 pool passages, then the best BM25 sentence among them; its "precision of answered" is its hit@1.

    python bench/qa.py                      # the whole run, writes bench/README.md's section
    python bench/qa.py --limit 200          # a quick look: 200 questions per set, nothing written
    python bench/qa.py --write-model        # also fit on all folds and write src/akhbar/data/answer_weights.json
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import os
import pickle
import statistics
import string
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = Path(os.environ.get("AKHBAR_SHARED_DATA", ROOT.parent / "shared" / "data"))
CACHE = Path(os.environ.get("AKHBAR_BENCH_CACHE", HERE / "out"))
sys.path.insert(0, str(HERE))

from akhbar import Archive  # noqa: E402
from akhbar.arabic import get_analyzer, normalize, split_sentences  # noqa: E402
from akhbar.qa.compose import Answerer  # noqa: E402
from akhbar.qa.confidence import ANSWER_FEATURES, SHORT_FEATURES, expand, list_model  # noqa: E402
from akhbar.qa.constraints import question_constraints  # noqa: E402
from akhbar.qa.evidence import PassageCandidate  # noqa: E402
from akhbar.qa.match import idf_from_counts  # noqa: E402
from akhbar.qa.question import analyze_question  # noqa: E402
from akhbar.qa.rank import DEFAULT_MODEL, FEATURES, load_model, rank_sentences  # noqa: E402
from akhbar.qa.rerank import DEPTH, Reranker, statement_side  # noqa: E402
from akhbar.qa.rerank import FEATURES as RERANK_FEATURES  # noqa: E402
from akhbar.qa.rerank import features as rerank_features  # noqa: E402
from fit_answer import fit_lambdarank, fit_listwise, fit_logistic, platt  # noqa: E402
from readme import write_section  # noqa: E402

SETS = {
    "xquad-ar": "xquad_ar/xquad.ar.json",
    "arcd-train": "arcd/arcd-train.json",
    "arcd-test": "arcd/arcd-test.json",
}
ABSENT_POOL = HERE / "absent_pool.jsonl"
# Written before the second round's changes and never used to fit or choose anything: a check only.
ABSENT_HELDOUT = HERE / "absent_heldout.jsonl"
CORPUS_QUESTIONS = HERE / "corpus_questions.jsonl"
CORPUS = ROOT / "src" / "akhbar" / "sample" / "corpus"
WEIGHTS = ROOT / "src" / "akhbar" / "data" / "answer_weights.json"
RESULTS = HERE / "results" / "qa.json"
SECTION = "## Question answering"
NOTES_FILE = HERE / "qa_notes.md"  # what was tried, kept by hand under the measured tables
NOTES = NOTES_FILE.read_text(encoding="utf-8") if NOTES_FILE.exists() else ""
FOLDS = 5
# Thresholds are chosen on the training folds for these targets, a little above the floors
# (precision of answered ≥ 0.85, shown short answers' F1 ≥ 0.70), so the held-out fold has room.
# The answer's target was 0.85 itself until round 2's held-out precision came out at 0.848: 0.86 since
# (chosen after seeing that number, on the training folds only).
PRECISION_TARGET = 0.86
ABSENT_TARGET = 0.90
# Real questions whose paragraph is taken out of the archive ("absent paragraph"): on the training folds at
# most 8% of them may get a wrong answer (round 8: they are the closest to a user's question about a fact
# the archive does not hold; the written absent facts alone let 12.5% of them be answered, 8.6% wrongly).
PARAGRAPH_OUT_TARGET = 0.92
SHORT_F1_TARGET = 0.72
# The short threshold is the lowest one whose shown answers reach the target on the training folds: read on the
# rows it was chosen on, that mean is optimistic, and on a flat stretch of the curve a few fixed wrong shorts move
# the crossing far down (round 19: fold 4 0.70 -> 0.62, and two absent facts showed a short). The mean must
# reach the target by this many standard errors (round 20, bench/qa_notes.md).
SHORT_F1_MARGIN_SE = 1.0
SMALL_ARCHIVE_WEIGHT = 5.0


# --- data ---------------------------------------------------------------------------------------


@dataclass
class Item:
    """One question of the run."""

    set: str  # xquad-ar | arcd-train | arcd-test | absent-pool | corpus | corpus-absent
    qid: str
    question: str
    answers: list[str]  # [] for absent-fact questions
    group: str  # what keeps questions together in one fold (their source article)
    archive: str = "pool"  # pool | corpus
    gold: int | None = None  # the pool article index of the question's paragraph

    @property
    def fold(self) -> int:
        return int(hashlib.md5(self.group.encode()).hexdigest(), 16) % FOLDS

    @property
    def answerable(self) -> bool:
        return bool(self.answers)


def load_set(name: str) -> list[Item]:
    path = DATA / SETS[name]
    if not path.exists():
        sys.exit(f"needs {path} (the ../shared/data evaluation sets are not present)")
    data = json.loads(path.read_text(encoding="utf-8"))
    prefix = "xquad" if name == "xquad-ar" else "arcd"
    out = []
    for article in data["data"]:
        for para in article["paragraphs"]:
            for qa in para["qas"]:
                answers = [a["text"] for a in qa["answers"] if a["text"].strip()]
                if answers:
                    out.append(Item(name, qa["id"], qa["question"], answers, f"{prefix}:{article['title']}"))
    return out


def load_jsonl(path: Path, set_name: str, archive: str) -> list[Item]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            row = json.loads(line)
            name = set_name + ("-absent" if row.get("absent") and set_name == "corpus" else "")
            out.append(Item(name, f"{set_name}:{i}", row["question"], row.get("answers", []),
                            f"{set_name}:{i}", archive=archive))
    return out


def load_heldout() -> list[Item]:
    """The held-out absent facts (bench/absent_heldout.jsonl), each asked to the archive it names."""
    out = []
    for i, line in enumerate(ABSENT_HELDOUT.read_text(encoding="utf-8").splitlines()):
        if line.strip():
            row = json.loads(line)
            out.append(Item(f"heldout-{row['archive']}", f"heldout:{i}", row["question"], [], f"heldout:{i}",
                            archive=row["archive"]))
    return out


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


def bm25_best(query_tokens: list[str], docs_tokens: list[list[str]]) -> list[int]:
    """Indices of docs, best BM25 first (ties keep document order)."""
    import bm25s

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
    return [int(i) for i in np.argsort(-scores, kind="stable")]


class OpenPool:
    """The search issue's pool given to akhbar as whole articles in its own archive (bench/out/qa-archive,
    reused across runs) and to the BM25 anchor (bm25s, Lucene-Arabic terms, k1=0.9, b=0.4) as passages."""

    def __init__(self, rebuild: bool = False, anchor: bool = True):
        from pool import OUT, load_pool
        from retrieval import AkhbarSystem, lucene_arabic_terms

        self.pool = load_pool()
        system = AkhbarSystem(name="akhbar-qa", archive_dir=OUT / "qa-archive", reuse=not rebuild)
        system.index(self.pool)
        self.archive = system.archive
        # pool article index -> the archive article that holds it (duplicates fold into one)
        self.article_of = {i: aid for aid, idxs in system._pool_of.items() for i in idxs}
        self.gold = {(q.set, q.id): q.gold for q in self.pool.questions}
        self.terms = lucene_arabic_terms
        self.bm25 = None
        if anchor:
            import bm25s

            self.bm25 = bm25s.BM25(k1=0.9, b=0.4, method="lucene")
            self.bm25.index([lucene_arabic_terms(p) for p in self.pool.passage_texts], show_progress=False)
        self.label = (f"bench/pool.py pool: {len(self.pool.article_keys)} articles, "
                      f"{len(self.pool.passage_texts)} passages")

    def anchor_sentences(self, question: str, k: int = 10) -> list[str]:
        """The anchor: BM25 top-k pool passages, then BM25 over their sentences; best first."""
        assert self.bm25 is not None
        ids = self.bm25.get_tokens_ids(self.terms(question))
        if not ids:
            return []
        scores = self.bm25.get_scores(ids)
        top = np.argpartition(-scores, k)[:k]
        top = [int(i) for i in top[np.argsort(-scores[top], kind="stable")] if scores[i] > 0]
        sentences = [s.text for i in top for s in split_sentences(self.pool.passage_texts[i])]
        order = bm25_best(self.terms(question), [self.terms(s) for s in sentences])
        return [sentences[i] for i in order]


def corpus_archive() -> Archive:
    """An archive of src/akhbar/sample/corpus (bench/out/corpus-archive, built once)."""
    path = CACHE / "corpus-archive"
    done = path / "BUILT"
    archive = Archive.open(path)
    if not done.exists():
        archive.ingest([str(CORPUS)])
        done.write_text("ok\n")
    return archive


def make_answerer(archive: Archive, model: dict[str, Any] | None = None) -> Answerer:
    return Answerer(archive.store, archive.retriever, archive.analyzer, archive.index, model=model)


# --- pass 1: ranker rows ------------------------------------------------------------------------


def paragraph_idf(paragraphs: list[str]) -> dict[str, float]:
    analyzer = get_analyzer()
    df: Counter[str] = Counter()
    for p in paragraphs:
        df.update(set(analyzer.terms(p)))
    return idf_from_counts(len(paragraphs), dict(df))


@dataclass
class RankRows:
    """Sentence rows for fitting the ranker: features, label, question, fold, kind (open / paragraph)."""

    X: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    group: list[int] = field(default_factory=list)
    fold: list[int] = field(default_factory=list)
    open: list[bool] = field(default_factory=list)

    def add(self, sents: list, answers: list[str], g: int, fold: int, is_open: bool) -> None:
        labels = [int(contains_answer(s.text, answers)) for s in sents]
        if any(labels):
            self.X += [s.features for s in sents]
            self.y += labels
            self.group += [g] * len(sents)
            self.fold += [fold] * len(sents)
            self.open += [is_open] * len(sents)

    def arrays(self) -> tuple[np.ndarray, ...]:
        return (np.array(self.X, float), np.array(self.y, float), np.array(self.group), np.array(self.fold),
                np.array(self.open))


def ranker_rows(items: list[Item], pool: OpenPool, limit_note: str) -> RankRows:
    """Every sentence of every present question's candidates (open archive), and of its gold
    paragraph alone, with its label (holds a gold answer). Features do not depend on weights."""
    rows = RankRows()
    answerer = make_answerer(pool.archive, dict(DEFAULT_MODEL))
    analyzer = get_analyzer()
    paragraphs: dict[int, str] = {}
    for item in items:
        if item.gold is not None:
            paragraphs[item.gold] = pool.pool.article_texts[item.gold]
    idf = paragraph_idf(list(paragraphs.values()))
    t0 = time.perf_counter()
    for g, item in enumerate(items):
        _, sents, _, _ = answerer.evidence(item.question)
        rows.add(sents, item.answers, g, item.fold, True)
        if item.gold is not None:
            text = paragraphs[item.gold]
            spans = [(s.start, s.end) for s in split_sentences(text)] or [(0, len(text))]
            cand = PassageCandidate(article_id=0, passage_id=0, rank=0, score=1.0, text=text, sentences=spans)
            info = analyze_question(item.question, analyzer)
            rows.add(rank_sentences(info, idf, [cand], analyzer, answerer.model), item.answers, 100_000 + g,
                     item.fold, False)
        if g % 500 == 499:
            print(f"  ranker rows: {g + 1}/{len(items)} questions, {time.perf_counter() - t0:.0f} s{limit_note}",
                  file=sys.stderr)
    return rows


def fit_ranker(X: np.ndarray, y: np.ndarray, group: np.ndarray, l2: float = 1.0) -> dict[str, Any]:
    w = fit_listwise(X, y, group, l2=l2)
    scale, b = platt(X @ w, y)
    return {"features": FEATURES, "weights": [round(float(v), 5) for v in w * scale], "bias": round(b, 5)}


def top1(X: np.ndarray, y: np.ndarray, group: np.ndarray, model: dict[str, Any]) -> float:
    scores = X @ np.array(model["weights"]) + model["bias"]
    hits = total = 0
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        total += 1
        hits += y[idx[np.argmax(scores[idx])]]
    return hits / max(total, 1)


# --- pass 1b: re-ranker rows -------------------------------------------------------------------

ROWS_DEPTH = 20  # the first ranking's best sentences given rows (the re-ranker reads DEPTH of them)


@dataclass
class RerankRows:
    """The first ranking's best sentences of every answerable question, with the re-ranker's
    features (by the fold's first ranker), label, question, fold and archive."""

    X: list[list[float]] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    group: list[int] = field(default_factory=list)
    fold: list[int] = field(default_factory=list)
    small: list[bool] = field(default_factory=list)
    questions: int = 0  # answerable questions asked (the hit@1 denominator), per fold below
    per_fold: dict[int, int] = field(default_factory=dict)

    def arrays(self) -> tuple[np.ndarray, ...]:
        return (np.array(self.X, float), np.array(self.y, float), np.array(self.group), np.array(self.fold),
                np.array(self.small))


def rerank_rows(items: list[Item], answerers: dict[tuple[int, str], Answerer], limit_note: str) -> RerankRows:
    rows = RerankRows()
    analyzer = get_analyzer()
    t0 = time.perf_counter()
    for g, item in enumerate(items):
        answerer = answerers[(item.fold, item.archive)]
        info, ranked, _, _ = answerer.evidence(item.question)
        rows.questions += 1
        rows.per_fold[item.fold] = rows.per_fold.get(item.fold, 0) + 1
        top = ranked[:ROWS_DEPTH]
        labels = [int(contains_answer(s.text, item.answers)) for s in top]
        if any(labels):
            constraints = question_constraints(item.question, info, analyzer)
            feats = rerank_features(info, constraints, statement_side(item.question, info), top, analyzer)
            rows.X += [[r[f] for f in RERANK_FEATURES] for r in feats]
            rows.y += labels
            rows.group += [g] * len(top)
            rows.fold += [item.fold] * len(top)
            rows.small += [item.archive == "corpus"] * len(top)
        if g % 500 == 499:
            print(f"  re-ranker rows: {g + 1}/{len(items)} questions, {time.perf_counter() - t0:.0f} s{limit_note}",
                  file=sys.stderr)
    return rows


def fit_reranker(X: np.ndarray, y: np.ndarray, group: np.ndarray, first_rank: np.ndarray,
                 weights: np.ndarray, depth: int = DEPTH) -> dict[str, Any]:
    """The re-ranker on the rows of the first ``depth`` sentences, with Platt scaling of its score."""
    keep = first_rank < depth
    model = fit_lambdarank(X[keep], y[keep], group[keep], RERANK_FEATURES, weights=weights[keep])
    reranker = Reranker.of({**model, "depth": depth})
    assert reranker is not None
    scores = np.array([reranker.model.scores(list(row))[0] for row in X[keep]])
    scale, offset = platt(scores, y[keep])
    return {**model, "depth": depth, "platt": [round(scale, 6), round(offset, 6)]}


def rerank_top1(X: np.ndarray, y: np.ndarray, group: np.ndarray, first_rank: np.ndarray, model: dict[str, Any]
                ) -> tuple[int, int]:
    """(questions whose first re-ranked sentence holds the answer, questions with rows)."""
    reranker = Reranker.of(model)
    assert reranker is not None
    keep = first_rank < reranker.depth
    hits = 0
    groups = np.unique(group[keep])
    for g in groups:
        idx = np.flatnonzero(keep & (group == g))
        scores = [reranker.model.scores(list(X[i]))[0] for i in idx]
        hits += int(y[idx[int(np.argmax(scores))]])
    return hits, len(groups)


# --- pass 2: answers ----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one question (in one variant) got."""

    item: Item
    variant: str  # present | absent-paragraph | absent-fact
    why: str
    confidence_features: dict[str, float] | None
    point_ok: bool
    short_features: dict[str, float] | None
    short: str | None
    short_f1: float
    short_em: float
    hit1: bool
    hit3: bool
    ms: float
    is_list: bool = False  # a list question: scored by any of its points, by the list model
    points: list[str] = field(default_factory=list)  # the answer's points (when the rules let it through)
    first_ok: bool = False  # the first point holds a gold answer (point_ok for every other question)
    confidence: float = 0.0  # the held-out model's confidence, filled when scored
    short_confidence: float = 0.0
    own_threshold: float | None = None  # a list's threshold (its model's), filled when scored

    @property
    def candidate(self) -> bool:
        """The hard rules let it through: only confidence can still make it abstain."""
        return self.why in ("answered", "confidence")


def answer_one(answerer: Answerer, item: Item, variant: str, exclude: frozenset[int]) -> Outcome:
    t0 = time.perf_counter()
    info, ranked, articles, hits = answerer.evidence(item.question, exclude=exclude)
    decision = answerer.decide(item.question, info, ranked)
    points: list[str] = []
    # "no event" (who / when without the question's event word near) is composed too, only to count
    # what that rule holds back (summary: held_no_event).
    if decision.passed_rules or decision.why == "no event":
        forced = dataclasses.replace(decision, why="answered")
        answer = answerer.compose(item.question, info, forced, ranked, articles, hits)
        points = [p.text for p in answer.points]
    ms = 1000 * (time.perf_counter() - t0)
    short = None
    if decision.short is not None and decision.chosen is not None:
        short = decision.chosen.text[decision.short.start:decision.short.end]
    if info.answer_type == "yesno" and decision.yesno:
        short = decision.yesno
    answers = item.answers
    # The sample corpus's accepted answers are the words a right answer must hold ("أحمد الشرع",
    # "200 شخص"), not SQuAD spans: a short answer that holds one is right there.
    short_f1 = 1.0 if item.set == "corpus" and short and contains_answer(short, answers) else f1(short, answers)
    is_list = info.answer_type == "list"
    first_ok = bool(points) and contains_answer(points[0], answers)
    return Outcome(
        item=item, variant=variant, why=decision.why,
        confidence_features=decision.features or None,
        # A list is right when any of its points holds a gold answer.
        point_ok=any(contains_answer(p, answers) for p in points) if is_list else first_ok,
        is_list=is_list, points=points, first_ok=first_ok,
        short_features=decision.short_features or None, short=short,
        short_f1=short_f1, short_em=exact_match(short, answers),
        hit1=bool(ranked) and contains_answer(ranked[0].text, answers),
        hit3=any(contains_answer(s.text, answers) for s in ranked[:3]), ms=ms)


# --- fitting the confidence models ----------------------------------------------------------------


def _matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    return np.array([[r.get(n, 0.0) for n in names] for r in map(expand, rows)], float)


def fit_confidence(outcomes: list[Outcome], short: bool = False) -> dict[str, Any] | None:
    """The answer-confidence model (all but list questions) or the short-answer model (``short``:
    every question with a short answer)."""
    names = SHORT_FEATURES if short else ANSWER_FEATURES
    rows = [o for o in outcomes if (o.short_features if short else o.confidence_features) and o.candidate
            and (short or not o.is_list)]
    if len(rows) < 20:
        return None
    X = _matrix([o.short_features if short else o.confidence_features for o in rows], names)  # type: ignore[misc]
    y = np.array([(o.short_f1 >= 0.5) if short else o.point_ok for o in rows], float)
    # The sample corpus's few questions stand for every small archive: they weigh more.
    weights = np.array([SMALL_ARCHIVE_WEIGHT if o.item.archive == "corpus" else 1.0 for o in rows])
    w, b = fit_logistic(X, y, l2=1.0, weights=weights)
    return {"features": names, "weights": [round(float(v), 5) for v in w], "bias": round(b, 5)}


def score(model: dict[str, Any], feats: dict[str, float]) -> float:
    feats = expand(feats)
    z = model["bias"] + sum(w * feats.get(n, 0.0) for n, w in zip(model["features"], model["weights"]))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


# Lists are judged by the introduced-coverage rule, not fitted: a list model fitted on the pool's lists
# learns nothing that carries (bench/qa_notes.md, round 3).
_DEFAULT_LIST = list_model({})
DEFAULT_LIST = {"features": _DEFAULT_LIST.features, "weights": _DEFAULT_LIST.weights, "bias": _DEFAULT_LIST.bias}


def answered(o: Outcome, t: float) -> bool:
    """Answered at the answer threshold ``t`` (a list at its own model's threshold)."""
    return o.candidate and o.confidence >= (o.own_threshold if o.own_threshold is not None else t)


def choose_threshold(outcomes: list[Outcome]) -> float:
    """The lowest answer threshold whose precision on answerable questions (but lists) reaches
    PRECISION_TARGET, whose abstention on absent facts reaches ABSENT_TARGET and which leaves
    PARAGRAPH_OUT_TARGET of the questions whose paragraph is taken out abstained or right (on the rows
    given: the training folds)."""
    present = [o for o in outcomes if o.variant == "present" and o.item.set in SETS and not o.is_list]
    absent = [o for o in outcomes if o.variant == "absent-fact" and not o.is_list]
    taken_out = [o for o in outcomes if o.variant == "absent-paragraph" and not o.is_list]
    for t in np.arange(0.30, 0.96, 0.01):
        got = [o for o in present if answered(o, t)]
        prec = sum(o.point_ok for o in got) / max(len(got), 1)
        abst = sum(not answered(o, t) for o in absent) / max(len(absent), 1)
        safe = sum(not answered(o, t) or o.point_ok for o in taken_out) / max(len(taken_out), 1)
        if prec >= PRECISION_TARGET and abst >= ABSENT_TARGET and safe >= PARAGRAPH_OUT_TARGET:
            return round(float(t), 2)
    return 0.95


def choose_short_threshold(outcomes: list[Outcome], t_answer: float) -> float:
    """The lowest short-answer threshold whose shown short answers (of the questions answered at
    ``t_answer``) reach a mean F1 of SHORT_F1_TARGET by SHORT_F1_MARGIN_SE standard errors of that mean
    (absent questions' short answers count 0)."""
    rows = [o for o in outcomes if o.short_features and answered(o, t_answer)]
    for t in np.arange(0.30, 0.995, 0.005):
        f1s = np.array([o.short_f1 for o in rows if o.short_confidence >= t], float)
        if len(f1s) and f1s.mean() - SHORT_F1_MARGIN_SE * f1s.std() / math.sqrt(len(f1s)) >= SHORT_F1_TARGET:
            return round(float(t), 2)
    return 0.95


def scored(outcomes: list[Outcome], conf: dict[str, Any] | None, short: dict[str, Any] | None,
           lists: dict[str, Any] | None = None, t_list: float | None = None) -> None:
    """Each outcome's confidence by its model (a list's by the list model, judged at ``t_list``)."""
    for o in outcomes:
        model = lists if o.is_list else conf
        o.confidence = score(model, o.confidence_features) if model and o.confidence_features else 0.0
        o.own_threshold = t_list if o.is_list else None
        o.short_confidence = score(short, o.short_features) if short and o.short_features else 0.0


# --- the run ------------------------------------------------------------------------------------


def summary(outcomes: list[Outcome], t: dict[int, float], ts: dict[int, float]) -> dict[str, Any]:
    """Held-out measures of a list of outcomes (each judged at its own fold's thresholds)."""
    n = len(outcomes)
    if not n:
        return {"questions": 0}
    got = [o for o in outcomes if answered(o, t[o.item.fold])]
    shown = [o for o in got if o.short is not None and o.short_confidence >= ts[o.item.fold]]
    ms = sorted(o.ms for o in outcomes)
    out: dict[str, Any] = {
        "questions": n,
        "answered": round(len(got) / n, 3),
        "abstained": round(1 - len(got) / n, 3),
        "precision": round(sum(o.point_ok for o in got) / max(len(got), 1), 3),
        "hit1": round(sum(o.hit1 for o in outcomes) / n, 3),
        "hit3": round(sum(o.hit3 for o in outcomes) / n, 3),
        "short_shown": round(len(shown) / n, 3),
        "short_f1": round(sum(o.short_f1 for o in shown) / max(len(shown), 1), 3),
        "short_em": round(sum(o.short_em for o in shown) / max(len(shown), 1), 3),
        "short_found": round(sum(o.short is not None for o in got) / n, 3),
        "short_found_f1": round(sum(o.short_f1 for o in got if o.short) / max(sum(bool(o.short) for o in got), 1), 3),
        "p50_ms": round(ms[n // 2], 1), "p95_ms": round(ms[min(n - 1, int(n * 0.95))], 1),
        "why": dict(Counter(o.why for o in outcomes).most_common()),
    }
    held = [o for o in outcomes if o.why == "no event"]
    if held:
        out["held_no_event"] = {"questions": len(held), "first_point_right": sum(o.point_ok for o in held)}
    lists = [o for o in outcomes if o.is_list]
    if lists:
        got_lists = [o for o in got if o.is_list]
        out["lists"] = {"questions": len(lists), "answered": round(len(got_lists) / len(lists), 3),
                        "precision": round(sum(o.point_ok for o in got_lists) / max(len(got_lists), 1), 3),
                        "first_point": round(sum(o.first_ok for o in got_lists) / max(len(got_lists), 1), 3)}
    by_type: dict[str, list[Outcome]] = {}
    for o in shown:
        by_type.setdefault(_type_of(o), []).append(o)
    out["short_by_type"] = {k: {"shown": len(v), "f1": round(sum(o.short_f1 for o in v) / len(v), 3)}
                            for k, v in sorted(by_type.items())}
    return out


def _type_of(o: Outcome) -> str:
    feats = o.short_features or o.confidence_features or {}
    return next((k[5:] for k, v in feats.items() if k.startswith("type_") and v), "?")


def _int_keys(raw: dict[str, Any]) -> dict[Any, Any]:
    """JSON object keys that are fold numbers back to ints."""
    return {int(k) if k.isdigit() else k: v for k, v in raw.items()}


def run(args: argparse.Namespace) -> dict[str, Any]:
    limit_note = f" (limit {args.limit})" if args.limit else ""
    pool = OpenPool(rebuild=args.rebuild, anchor=not args.no_anchor)
    corpus = corpus_archive()
    items: list[Item] = []
    for name in SETS:
        got = load_set(name)
        items += got[:args.limit] if args.limit else got
    for item in items:
        item.gold = pool.gold.get((item.set, item.qid))
    absent_pool = load_jsonl(ABSENT_POOL, "absent-pool", "pool")
    corpus_items = load_jsonl(CORPUS_QUESTIONS, "corpus", "corpus")
    heldout = load_heldout()
    print(f"{len(items)} XQuAD-ar/ARCD questions, {len(absent_pool)} absent-fact (pool), "
          f"{len(corpus_items)} sample-corpus questions", file=sys.stderr)

    if args.outcomes and Path(args.outcomes).exists():
        with open(args.outcomes, "rb") as saved:
            rows, rankers, ranker_report, outcomes, rr = pickle.load(saved)
        return finish(args, pool, rows, rankers, ranker_report, outcomes, rr)
    # Pass 1 and the fold rankers (kept beside --outcomes: they do not change when only the later
    # steps of the cascade do).
    t0 = time.perf_counter()
    rows_file = Path(args.outcomes + ".rows") if args.outcomes else None
    if rows_file and rows_file.exists():
        with open(rows_file, "rb") as saved:
            rows = pickle.load(saved)
    else:
        rows = ranker_rows(items, pool, limit_note)
        if rows_file:
            with open(rows_file, "wb") as keep:
                pickle.dump(rows, keep)
    X, y, group, fold, is_open = rows.arrays()
    rankers: dict[int, dict[str, Any]] = {}
    ranker_report = {}
    for f in range(FOLDS):
        train = fold != f
        rankers[f] = fit_ranker(X[train], y[train], group[train])
        held = ~train
        ranker_report[f] = {"open_hit1": round(top1(X[held & is_open], y[held & is_open], group[held & is_open], rankers[f]), 4),
                            "paragraph_hit1": round(top1(X[held & ~is_open], y[held & ~is_open],
                                                         group[held & ~is_open], rankers[f]), 4)}
    print(f"  pass 1 and rankers: {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    base = load_model()
    if args.coverage is not None:
        base = {**base, "threshold": args.coverage}
    # Pass 1b and the fold re-rankers: the first ranking's best sentences of every answerable
    # question (the fold's first ranker), read closely; fitted on the other folds.
    t0 = time.perf_counter()
    firsts = {(f, kind): make_answerer(pool.archive if kind == "pool" else corpus,
                                       {**base, **rankers[f], "reranker": None})
              for f in range(FOLDS) for kind in ("pool", "corpus")}
    rerank_file = Path(args.outcomes + ".rerank") if args.outcomes else None
    if rerank_file and rerank_file.exists():
        with open(rerank_file, "rb") as saved:
            rr = pickle.load(saved)
    else:
        rr = rerank_rows(items + [c for c in corpus_items if c.answerable], firsts, limit_note)
        if rerank_file:
            with open(rerank_file, "wb") as keep:
                pickle.dump(rr, keep)
    if args.rows_only:
        sys.exit(f"passes 1 and 1b kept beside {args.outcomes} (.rows, .rerank): the later run answers with them")
    RX, Ry, Rgroup, Rfold, Rsmall = rr.arrays()
    first_rank = RX[:, RERANK_FEATURES.index("first_rank")]
    weights = np.where(Rsmall, SMALL_ARCHIVE_WEIGHT, 1.0)
    # The fold re-rankers are kept beside the rows they were fitted on (fitting them is most of this pass).
    fitted_file = Path(args.outcomes + ".rerankers") if args.outcomes else None
    rerankers: dict[int, dict[str, Any]] = {}
    if fitted_file and fitted_file.exists() and rerank_file and fitted_file.stat().st_mtime >= rerank_file.stat().st_mtime:
        rerankers = json.loads(fitted_file.read_text(encoding="utf-8"), object_hook=_int_keys)
    for f in range(FOLDS):
        train, held = Rfold != f, Rfold == f
        if f not in rerankers:
            rerankers[f] = fit_reranker(RX[train], Ry[train], Rgroup[train], first_rank[train], weights[train])
        first_hits = sum(int(Ry[np.flatnonzero(held & (Rgroup == g) & (first_rank == 0))].sum())
                         for g in np.unique(Rgroup[held]))
        hits, _ = rerank_top1(RX[held], Ry[held], Rgroup[held], first_rank[held], rerankers[f])
        n = rr.per_fold.get(f, 0)
        ranker_report[f].update({"first_hit1": round(first_hits / max(n, 1), 4),
                                 "rerank_hit1": round(hits / max(n, 1), 4)})
    if fitted_file:
        fitted_file.write_text(json.dumps(rerankers), encoding="utf-8")
    print(f"  pass 1b and re-rankers: {time.perf_counter() - t0:.0f} s", file=sys.stderr)

    # Pass 2: every question with its held-out fold's ranker and re-ranker.
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    answerers = {(f, kind): make_answerer(pool.archive if kind == "pool" else corpus,
                                          {**base, **rankers[f], "reranker": Reranker.of(rerankers[f]),
                                           "confidence": None, "short_confidence": None})
                 for f in range(FOLDS) for kind in ("pool", "corpus")}
    for i, item in enumerate(items):
        ans = answerers[(item.fold, "pool")]
        outcomes.append(answer_one(ans, item, "present", frozenset()))
        if item.gold is not None and item.gold in pool.article_of:
            outcomes.append(answer_one(ans, item, "absent-paragraph", frozenset({pool.article_of[item.gold]})))
        if i % 500 == 499:
            print(f"  answers: {i + 1}/{len(items)}, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    for item in absent_pool:
        outcomes.append(answer_one(answerers[(item.fold, "pool")], item, "absent-fact", frozenset()))
    for item in corpus_items:
        variant = "present" if item.answerable else "absent-fact"
        outcomes.append(answer_one(answerers[(item.fold, "corpus")], item, variant, frozenset()))
    for item in heldout:
        outcomes.append(answer_one(answerers[(item.fold, item.archive)], item, "absent-heldout", frozenset()))

    if args.outcomes:
        with open(args.outcomes, "wb") as keep:
            pickle.dump((rows, rankers, ranker_report, outcomes, rr), keep)
    return finish(args, pool, rows, rankers, ranker_report, outcomes, rr)


def finish(args: argparse.Namespace, pool: OpenPool, rows: RankRows, rankers: dict[int, dict[str, Any]],
           ranker_report: dict[int, dict[str, float]], outcomes: list[Outcome], rr: RerankRows) -> dict[str, Any]:
    """The confidence models fold by fold, the held-out measures, the anchor, and the model written."""
    X, y, group, fold, is_open = rows.arrays()
    base = load_model()
    if args.coverage is not None:
        base = {**base, "threshold": args.coverage}
    t_answer: dict[int, float] = {}
    t_short: dict[int, float] = {}
    t_list: dict[int, float] = {}
    folds_report: dict[int, dict[str, Any]] = {}
    # The short-answer model reads the answer's confidence: each row gets its held-out one first.
    held_conf: dict[int, float] = {}
    # The held-out absent facts are answered and scored, never fitted or chosen on.
    fitting = [o for o in outcomes if o.variant != "absent-heldout"]
    for f in range(FOLDS):
        conf = fit_confidence([o for o in fitting if o.item.fold != f])
        for o in outcomes:
            if o.item.fold == f and conf and o.confidence_features:
                held_conf[id(o)] = score(conf, o.confidence_features)
    for o in outcomes:
        if o.short_features is not None:
            o.short_features["answer_confidence"] = held_conf.get(id(o), 0.0)
    fold_models: dict[int, tuple[Any, ...]] = {}
    for f in range(FOLDS):
        train = [o for o in fitting if o.item.fold != f]
        held = [o for o in outcomes if o.item.fold == f]
        conf = fit_confidence(train)
        short = fit_confidence(train, short=True)
        lists = DEFAULT_LIST
        # The thresholds are chosen on out-of-fold confidences inside the training folds (each training
        # fold scored by models fitted on the other three): confidences of the rows a model was fitted
        # on are optimistic.
        for g in range(FOLDS):
            if g != f:
                inner = [o for o in train if o.item.fold != g]
                scored([o for o in train if o.item.fold == g], fit_confidence(inner), short, lists)
        t_answer[f] = choose_threshold(train)
        t_list[f] = _DEFAULT_LIST.threshold
        t_short[f] = choose_short_threshold(train, t_answer[f])
        fold_models[f] = (held, conf, short, lists, t_list[f])
        folds_report[f] = {"answer_threshold": t_answer[f], "short_threshold": t_short[f], "list_threshold": t_list[f],
                           **ranker_report[f],
                           "questions": sum(o.variant == "present" and o.item.set in SETS for o in held)}

    # Each question's held-out confidences, by the models of its own fold (scored after every fold's
    # thresholds are chosen: choosing them re-scores the training folds).
    for held, conf, short, lists, t_lists in fold_models.values():
        scored(held, conf, short, lists, t_lists)

    report: dict[str, Any] = {"pool": pool.label, "folds": folds_report, "limit": args.limit}
    sections: dict[str, list[Outcome]] = {}
    for o in outcomes:
        if o.item.set in SETS:
            sections.setdefault(f"{o.variant}:{o.item.set}", []).append(o)
            sections.setdefault(f"{o.variant}:all", []).append(o)
        else:
            sections.setdefault(f"{o.variant}:{o.item.set}", []).append(o)
    for name in ("absent-fact:absent-pool", "absent-fact:corpus-absent"):
        sections.setdefault("absent-fact:all", []).extend(sections.get(name, []))
    for name in ("absent-heldout:heldout-corpus", "absent-heldout:heldout-pool"):
        sections.setdefault("absent-heldout:all", []).extend(sections.get(name, []))
    report["akhbar"] = {k: summary(v, t_answer, t_short) for k, v in sorted(sections.items())}

    # The held-out trade-off: every present XQuAD-ar / ARCD question judged at one threshold for all folds.
    present = sections.get("present:all", [])
    absent_facts = sections.get("absent-fact:all", [])
    absent_heldout = sections.get("absent-heldout:all", [])
    report["curve"] = []
    for t in np.arange(0.2, 0.95, 0.05):
        got = [o for o in present if answered(o, t)]
        report["curve"].append({"threshold": round(float(t), 2), "answered": round(len(got) / max(len(present), 1), 3),
                                "precision": round(sum(o.point_ok for o in got) / max(len(got), 1), 3),
                                "absent_fact_abstained": round(sum(not answered(o, t) for o in absent_facts)
                                                               / max(len(absent_facts), 1), 3),
                                "heldout_abstained": round(sum(not answered(o, t) for o in absent_heldout)
                                                           / max(len(absent_heldout), 1), 3)})
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for o in outcomes:
                out.write(json.dumps({"set": o.item.set, "question": o.item.question, "answers": o.item.answers,
                                      "variant": o.variant, "why": o.why, "point_ok": o.point_ok, "short": o.short,
                                      "short_f1": o.short_f1, "hit1": o.hit1, "confidence": round(o.confidence, 3),
                                      "short_confidence": round(o.short_confidence, 3), "fold": o.item.fold,
                                      "points": o.points, "first_ok": o.first_ok, "is_list": o.is_list,
                                      "features": o.confidence_features, "short_features": o.short_features,
                                      "ms": round(o.ms, 1)}, ensure_ascii=False) + "\n")

    if pool.bm25 is not None:
        report["anchor"] = {}
        for name in SETS:
            mine = [o.item for o in sections.get(f"present:{name}", [])]
            hits = [pool.anchor_sentences(it.question) for it in mine]
            report["anchor"][name] = {
                "questions": len(mine),
                "hit1": round(sum(bool(h) and contains_answer(h[0], it.answers) for h, it in zip(hits, mine)) / max(len(mine), 1), 3),
                "hit3": round(sum(any(contains_answer(s, it.answers) for s in h[:3]) for h, it in zip(hits, mine)) / max(len(mine), 1), 3),
            }

    if args.write_model:
        final = fit_ranker(X, y, group)
        RX, Ry, Rgroup, _, Rsmall = rr.arrays()
        final["reranker"] = fit_reranker(RX, Ry, Rgroup, RX[:, RERANK_FEATURES.index("first_rank")],
                                         np.where(Rsmall, SMALL_ARCHIVE_WEIGHT, 1.0))
        conf = fit_confidence(fitting)
        short = fit_confidence(fitting, short=True)
        model = {**final, "threshold": base.get("threshold", 0.55), "type_bonus": base.get("type_bonus", 0.0)}
        folds_note = ", ".join(f"fold {f}: {t_answer[f]} / {t_short[f]}" for f in range(FOLDS))
        if conf:
            model["confidence"] = {**conf, "threshold": round(statistics.median(t_answer.values()), 2),
                                   "note": "median of the 5 folds' thresholds (answer / short): " + folds_note}
        if short:
            model["short_confidence"] = {**short, "threshold": round(statistics.median(t_short.values()), 2),
                                         "note": "median of the 5 folds' thresholds"}
        model["trained_on"] = "XQuAD-ar + ARCD train + test (all folds), bench/qa.py --write-model"
        WEIGHTS.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        report["written"] = str(WEIGHTS.relative_to(ROOT))
        report["latency"] = latency(pool, model, [o.item for o in sections.get("present:all", [])][::8])
    return report


def latency(pool: OpenPool, model: dict[str, Any], items: list[Item]) -> dict[str, Any]:
    """``ask`` with the written model, wall and CPU time per question (CPU time does not grow with
    the other jobs on the machine; the load average says how busy it was)."""
    answerer = make_answerer(pool.archive, model)
    for item in items[:20]:
        answerer.ask(item.question)
    wall, cpu = [], []
    load = os.getloadavg()[0]
    for item in items:
        t0, c0 = time.perf_counter(), time.process_time()
        answerer.ask(item.question)
        wall.append(1000 * (time.perf_counter() - t0))
        cpu.append(1000 * (time.process_time() - c0))
    wall.sort()
    cpu.sort()
    n = len(wall)
    return {"questions": n, "wall_p50_ms": round(wall[n // 2], 1), "wall_p95_ms": round(wall[int(n * 0.95)], 1),
            "cpu_p50_ms": round(cpu[n // 2], 1), "cpu_p95_ms": round(cpu[int(n * 0.95)], 1),
            "load_before": round(load, 1), "load_after": round(os.getloadavg()[0], 1)}


BEFORE = """Before, round 3 of the issue (main at b11b336, re-run with this script in one sitting with the run above,
same pool, questions and folds): XQuAD-ar + ARCD precision of answered 0.855, answered 0.430, ranking hit@1
0.672, short answers on 3.5% of questions with F1 0.647; absent facts abstained 0.940; held-out absent facts
0.854 (sample corpus 0.833, pool 0.917); sample corpus precision 0.902 at 0.854 answered; BM25 anchor hit@1
0.548 / 0.404 / 0.403 (XQuAD-ar / ARCD-train / ARCD-test).
Before, round 2 of the issue (main at 2b93850, same pool, questions and folds): XQuAD-ar + ARCD
precision of answered 0.848, answered 0.487, short answers on 3.4% of questions with F1 0.660; absent facts
abstained 0.920; held-out absent facts 0.771 (sample corpus 0.722, pool 0.917); `ask` CPU p50 25.9 ms. Those
numbers were partly in-sample: the fold loop re-scored every training fold with each later fold's models, so
four folds in five were judged by models fitted on them (fixed in round 3; the honest round-3 numbers above).
Before, round 1 of the issue (main at 77aec34: no re-ranker; same pool, questions and folds):
XQuAD-ar + ARCD precision of answered 0.859, answered 0.451, ranking hit@1 0.634, short answers on 3.2% of
questions with F1 0.677; absent facts abstained 0.896 (pool 0.900, sample corpus 0.889); sample corpus
precision 0.872 at 0.867 answered; `ask` CPU p50 20.5 ms. The held-out absent facts (bench/absent_heldout.jsonl)
were not asked then; main at fb4f66e abstained on 23 of their 36 sample-corpus questions (0.639).
Before the issue (abstention by coverage 0.55, weights fitted on ARCD-train only): XQuAD-ar precision of answered
0.749 at 0.741 answered, short answers on 31.8% of questions with F1 0.360; ARCD-test precision 0.615 at 0.879
answered, short answers 45.6% with F1 0.349; `ask` p50 21 / 12 ms."""


def _row(name: str, a: dict[str, Any], anchor: dict[str, Any] | None) -> str:
    anc = f"{anchor['hit1']:.3f}" if anchor else "–"
    return (f"| {name} | {a['questions']} | {anc} | **{a['precision']:.3f}** | **{a['answered']:.3f}** | {a['hit1']:.3f} | "
            f"{a['short_shown']:.3f} | **{a['short_f1']:.3f}** / {a['short_em']:.3f} | {a['p50_ms']:.0f} / {a['p95_ms']:.0f} |")


def readme_section(report: dict[str, Any]) -> str:
    ak, anchor = report["akhbar"], report.get("anchor", {})
    lines = [SECTION, "", __doc__.split("\n\n    python")[0].split("\n", 1)[1].strip(), "",
             "    python bench/qa.py --coverage 0.35 --write-model   # the run below; writes the weights it measured",
             "", "Held-out measures (each question answered by models fitted on the other folds). *Precision* = the "
             "first point holds a gold answer (Arabic-folded), among questions answered; *answered* = share of the "
             "answerable questions not abstained; short answers: share of questions that show one, their mean F1 / EM "
             "against gold. The anchor answers every question: its precision is its hit@1.", "",
             "| questions | n | anchor precision (hit@1) | akhbar precision of answered | answered | akhbar hit@1 (ranking) "
             "| short answers shown | short F1 / EM | p50 / p95 ms |", "|---|---|---|---|---|---|---|---|---|"]
    for name in ("xquad-ar", "arcd-train", "arcd-test"):
        if f"present:{name}" in ak:
            lines.append(_row(name, ak[f"present:{name}"], anchor.get(name)))
    lines.append(_row("all (XQuAD-ar + ARCD)", ak["present:all"], None))
    if "present:corpus" in ak:
        lines.append(_row("sample corpus (bench/corpus_questions.jsonl)", ak["present:corpus"], None))
    lines += ["", "List questions (\"ما هي أهم…\", \"اذكر…\"), scored by any of their points and by a "
              "confidence model of their own:", "",
              "| questions | lists | answered | precision (any point) | first point holds gold |", "|---|---|---|---|---|"]
    for key, label in (("present:all", "XQuAD-ar + ARCD"), ("present:corpus", "sample corpus")):
        li = ak.get(key, {}).get("lists")
        if li:
            lines.append(f"| {label} | {li['questions']} | {li['answered']:.3f} | {li['precision']:.3f} "
                         f"| {li['first_point']:.3f} |")
    lines += ["", "| questions that must abstain | n | abstained |", "|---|---|---|"]
    for key, label in (("absent-paragraph:all", "paragraph taken out of the archive (XQuAD-ar + ARCD)"),
                       ("absent-fact:absent-pool", "absent facts about the pool's topics (bench/absent_pool.jsonl)"),
                       ("absent-fact:corpus-absent", "absent facts about the sample corpus (bench/corpus_questions.jsonl)"),
                       ("absent-fact:all", "all absent facts (written for this project)"),
                       ("absent-heldout:heldout-corpus",
                        "held-out absent facts, sample corpus (bench/absent_heldout.jsonl; never fitted or chosen on)"),
                       ("absent-heldout:heldout-pool", "held-out absent facts, pool topics (bench/absent_heldout.jsonl)"),
                       ("absent-heldout:all", "all held-out absent facts")):
        if key in ak:
            lines.append(f"| {label} | {ak[key]['questions']} | **{ak[key]['abstained']:.3f}** |")
    lines += ["", "Which folds chose what (thresholds chosen on the other four folds: answer = lowest confidence with "
              f"precision ≥ {PRECISION_TARGET}, absent-fact abstention ≥ {ABSENT_TARGET} and questions whose paragraph "
              f"is taken out abstained or right ≥ {PARAGRAPH_OUT_TARGET}; short = lowest with "
              f"shown F1 ≥ {SHORT_F1_TARGET} by {SHORT_F1_MARGIN_SE:g} standard error); "
              "the ranker's held-out hit@1 (open archive / gold paragraph):", "",
              "| fold | questions | answer threshold | list threshold | short threshold | first ranker hit@1 open (rows) "
              "| first ranker hit@1 paragraph | hit@1 first ranker / re-ranked (all questions) |",
              "|---|---|---|---|---|---|---|---|"]
    for f, v in sorted(report["folds"].items(), key=lambda kv: int(kv[0])):
        lines.append(f"| {f} | {v['questions']} | {v['answer_threshold']} | {v.get('list_threshold', '–')} "
                     f"| {v['short_threshold']} | {v['open_hit1']} "
                     f"| {v['paragraph_hit1']} | {v.get('first_hit1', '–')} / {v.get('rerank_hit1', '–')} |")
    lines += ["", "The trade-off, one threshold for all folds (held-out confidences, XQuAD-ar + ARCD):", "",
              "| threshold | answered | precision | absent facts abstained | held-out absent facts abstained |",
              "|---|---|---|---|---|"]
    for c in report["curve"]:
        lines.append(f"| {c['threshold']} | {c['answered']} | {c['precision']} | {c['absent_fact_abstained']} "
                     f"| {c.get('heldout_abstained', '–')} |")
    lat = report.get("latency")
    if lat:
        lines += ["", f"`ask` with the written model on the pool ({lat['questions']} questions, warm): p50 "
                  f"{lat['wall_p50_ms']} ms wall / {lat['cpu_p50_ms']} ms CPU, p95 {lat['wall_p95_ms']} / "
                  f"{lat['cpu_p95_ms']} ms, load average {lat['load_before']} → {lat['load_after']} on 2 cores "
                  "(other jobs ran: CPU time is the number that does not depend on them). The p50 / p95 columns "
                  "above are wall times of the cross-validation run, under the same load."]
    lines += ["", BEFORE, ""]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="questions per set (a quick look; nothing written)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild akhbar's archive of the pool")
    ap.add_argument("--no-anchor", action="store_true", help="skip the BM25 anchor")
    ap.add_argument("--write-model", action="store_true", help="fit on all folds and write the weights file")
    ap.add_argument("--dump", default=None, help="write every question's outcome to this JSONL file")
    ap.add_argument("--outcomes", default=None,
                    help="keep the answers of passes 1-2 in this file (pickle) and reuse them when it exists")
    ap.add_argument("--rows-only", action="store_true",
                    help="stop after the ranker rows (passes 1, 1b) are kept beside --outcomes: they do not depend on "
                    "the later steps of the cascade, so they can be computed while those are still changing")
    ap.add_argument("--coverage", type=float, default=None,
                    help="coverage a sentence needs to be chosen (default: the weights file's threshold)")
    ap.add_argument("--readme-from", default=None, help="rewrite bench/README.md's section from a saved report")
    ap.add_argument("--latency-only", action="store_true",
                    help="only time `ask` with the shipped model on every 16th pool question (nothing written)")
    args = ap.parse_args(argv)
    if args.rows_only and not args.outcomes:
        ap.error("--rows-only needs --outcomes FILE (the rows are kept beside it)")
    if args.readme_from:
        write_section(SECTION, readme_section(json.loads(Path(args.readme_from).read_text(encoding="utf-8"))) + NOTES)
        return
    if args.latency_only:
        pool = OpenPool(rebuild=args.rebuild, anchor=False)
        items = [Item(q.set, q.id, q.question, [], q.id) for q in pool.pool.questions[::16]]
        print(json.dumps(latency(pool, load_model(), items)))
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    report = run(args)
    print(json.dumps(report, ensure_ascii=False, indent=1, default=float))
    if not args.limit:
        write_section(SECTION, readme_section(report) + NOTES)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=float) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
