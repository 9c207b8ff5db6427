"""Fit the sentence-ranking weights of akhbar.qa.rank on ARCD-train, and only on ARCD-train.

Every sentence of the candidates of a training question becomes one row: its features (the
FEATURES of akhbar.qa.rank) and a label (1 when it contains a gold answer text, Arabic-folded).
Two kinds of candidates, so that the retrieval features (passage rank, score) are learned too:

- the gold paragraph alone (the in-paragraph setting), and
- the top passages the archive's retriever returns for the question (``--open``, needs the pool
  archive of bench/qa.py's open setting; built on first use).

The weights are fitted with Newton steps in numpy on a listwise loss (softmax over each question's
sentences: the answer sentence should come first), then scaled by Platt's method (a one-feature
logistic regression of the labels on the score) so that the probabilities stay meaningful for the
abstention threshold. ``--pointwise`` fits a plain L2 logistic regression instead. Questions whose candidates hold no
positive sentence are left out (they teach nothing about which sentence to pick). The result goes to
src/akhbar/data/answer_weights.json (the threshold and type bonus already there are kept; recalibrate with
``bench/qa.py --calibrate --write-threshold``).

    python bench/fit_answer.py            # in-paragraph rows only
    python bench/fit_answer.py --open     # plus open-archive rows
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from akhbar.arabic import get_analyzer  # noqa: E402
from akhbar.qa.question import analyze_question  # noqa: E402
from akhbar.qa.rank import DEFAULT_MODEL, FEATURES, rank_sentences  # noqa: E402
from qa import (  # noqa: E402
    CACHE,
    ROOT,
    OpenPool,
    contains_answer,
    load_set,
    make_answerer,
    paragraph_candidates,
    paragraph_idf,
)

WEIGHTS = ROOT / "src" / "akhbar" / "data" / "answer_weights.json"


def paragraph_rows(model) -> tuple[list[list[float]], list[int], list[int]]:
    paragraphs, qas = load_set("arcd-train")
    analyzer = get_analyzer()
    idf = paragraph_idf(paragraphs)
    cands = [paragraph_candidates(p) for p in paragraphs]
    X, y, group = [], [], []
    for g, qa in enumerate(qas):
        info = analyze_question(qa.question, analyzer)
        sents = rank_sentences(info, idf, [cands[qa.paragraph]], analyzer, model)
        labels = [int(contains_answer(s.text, qa.answers)) for s in sents]
        if any(labels):
            X += [s.features for s in sents]
            y += labels
            group += [g] * len(sents)
    return X, y, group


def open_rows(model) -> tuple[list[list[float]], list[int], list[int]]:
    _, qas = load_set("arcd-train")
    answerer = make_answerer(OpenPool().archive, model)
    X, y, group = [], [], []
    for g, qa in enumerate(qas):
        _, sents, _, _ = answerer.evidence(qa.question)
        labels = [int(contains_answer(s.text, qa.answers)) for s in sents]
        if any(labels):
            X += [s.features for s in sents]
            y += labels
            group += [100_000 + g] * len(sents)
    return X, y, group


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> tuple[np.ndarray, float]:
    """Newton-Raphson on the L2-penalized log-likelihood (bias not penalized)."""
    A = np.hstack([X, np.ones((len(X), 1))])
    w = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))
        grad = A.T @ (p - y) + penalty * w
        hess = (A * (p * (1 - p))[:, None]).T @ A + np.diag(penalty) + 1e-9 * np.eye(A.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit_listwise(X: np.ndarray, y: np.ndarray, group: np.ndarray, l2: float = 1.0,
                 steps: int = 50) -> np.ndarray:
    """Newton steps on the softmax-over-each-question's-sentences likelihood of the positive sentences:
    it optimizes what hit@1 needs (the right sentence above its neighbours), not absolute labels."""
    groups = [np.flatnonzero(group == g) for g in np.unique(group)]
    w = np.zeros(X.shape[1])
    for _ in range(steps):
        grad = l2 * w
        hess = l2 * np.eye(X.shape[1])
        for idx in groups:
            Xg, yg = X[idx], y[idx]
            z = Xg @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            target = yg / yg.sum()
            grad += Xg.T @ (p - target)
            mean = p @ Xg
            hess += (Xg * p[:, None]).T @ Xg - np.outer(mean, mean)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Scale and offset turning ranking scores into probabilities of 'this sentence holds the answer'."""
    a, c = fit_logistic(scores[:, None], y, l2=0.0)
    return float(a[0]), c


def top1(X: np.ndarray, y: np.ndarray, group: np.ndarray, w: np.ndarray, b: float) -> float:
    scores = X @ w + b
    hits = total = 0
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        total += 1
        hits += y[idx[np.argmax(scores[idx])]]
    return hits / max(total, 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--open", action="store_true", help="add open-archive rows (pool archive of bench/qa.py)")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--pointwise", action="store_true", help="plain logistic regression instead of listwise + Platt")
    args = ap.parse_args(argv)
    CACHE.mkdir(parents=True, exist_ok=True)
    model = dict(DEFAULT_MODEL)  # features do not depend on weights; any model will do to compute them
    X, y, group = paragraph_rows(model)
    if args.open:
        Xo, yo, go = open_rows(model)
        X, y, group = X + Xo, y + yo, group + go
    Xa, ya, ga = np.array(X, float), np.array(y, float), np.array(group)
    if args.pointwise:
        w, b = fit_logistic(Xa, ya, l2=args.l2)
    else:
        w = fit_listwise(Xa, ya, ga, l2=args.l2)
        scale, b = platt(Xa @ w, ya)
        w = w * scale
    old = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
    out = {
        "features": FEATURES,
        "weights": [round(float(v), 5) for v in w],
        "bias": round(b, 5),
        "threshold": old.get("threshold", DEFAULT_MODEL["threshold"]),
        "type_bonus": old.get("type_bonus", 0.0),
        "threshold_note": old.get("threshold_note", "default; run bench/qa.py --calibrate --write-threshold"),
        "trained_on": "ARCD-train (" + ("gold paragraph + open archive" if args.open else "gold paragraph") + ")",
        "rows": int(len(ya)), "positives": int(ya.sum()), "l2": args.l2,
        "loss": "pointwise logistic" if args.pointwise else "listwise softmax per question, then Platt scaling",
        "train_top1": round(top1(Xa, ya, ga, w, b), 4),
    }
    WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
    WEIGHTS.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in out.items() if k != "features"} | dict(zip(FEATURES, out["weights"])),
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
