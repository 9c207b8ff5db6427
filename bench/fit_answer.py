"""The fitting math of the answering cascade's models (used by bench/qa.py, which fits and measures).

- the sentence ranker: Newton steps on a listwise loss (softmax over each question's sentences: the
  answer sentence should come first), then Platt scaling so that its probabilities mean something;
- the re-ranker of the first ranking's best sentences: LightGBM with a per-question ranking objective
  (lambdarank), its trees exported in :mod:`akhbar.classifier`'s JSON form, then Platt scaling;
- the confidence models: plain L2 logistic regression.

``python bench/fit_answer.py`` is ``python bench/qa.py --write-model``: fit every model on all folds of
XQuAD-ar + ARCD and write src/akhbar/data/answer_weights.json (the cross-validated numbers come out of
the same run).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))


def fit_logistic(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50,
                 weights: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    """Newton-Raphson on the L2-penalized log-likelihood (bias not penalized), rows weighted by ``weights``."""
    A = np.hstack([X, np.ones((len(X), 1))])
    r = np.ones(len(X)) if weights is None else weights
    w = np.zeros(A.shape[1])
    penalty = np.full(A.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(A @ w, -30, 30)))
        grad = A.T @ (r * (p - y)) + penalty * w
        hess = (A * (r * p * (1 - p))[:, None]).T @ A + np.diag(penalty) + 1e-9 * np.eye(A.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit_listwise(X: np.ndarray, y: np.ndarray, group: np.ndarray, l2: float = 1.0,
                 steps: int = 50) -> np.ndarray:
    """Newton steps on the softmax-over-each-question's-sentences likelihood of the positive sentences:
    it optimizes what hit@1 needs (the right sentence above its neighbours), not absolute labels."""
    order = np.argsort(group, kind="stable")
    X, y, group = X[order], y[order], group[order]
    bounds = np.flatnonzero(np.diff(group)) + 1
    groups = np.split(np.arange(len(group)), bounds)
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


# Chosen on the training folds' inner split (bench/qa.py --rerank-search): small trees, slow learning.
LAMBDARANK = {"objective": "lambdarank", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 30,
              "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
              "lambdarank_truncation_level": 12, "eval_at": [1], "verbosity": -1, "num_threads": 2,
              "deterministic": True, "force_row_wise": True, "seed": 7}
ROUNDS = 300


def fit_lambdarank(X: np.ndarray, y: np.ndarray, group: np.ndarray, features: list[str],
                   weights: np.ndarray | None = None, params: dict | None = None,
                   rounds: int = ROUNDS) -> dict:
    """A LightGBM ranker fitted per question (rows of one question share a ``group`` id), as
    :func:`akhbar.classifier.from_dict` reads it (one class: the score)."""
    import lightgbm as lgb

    from akhbar.classifier import from_lightgbm

    order = np.argsort(group, kind="stable")
    X, y, group = X[order], y[order], group[order]
    sizes = np.diff(np.flatnonzero(np.r_[True, np.diff(group) != 0, True]))
    data = lgb.Dataset(X, y, group=sizes, feature_name=[f.replace("*", "_x_") for f in features],
                       weight=None if weights is None else weights[order])  # per row (a question's rows share one)
    booster = lgb.train({**LAMBDARANK, **(params or {})}, data, num_boost_round=rounds)
    return {"features": features, "trees": from_lightgbm(booster.dump_model(), features, ["score"])}


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Scale and offset turning ranking scores into probabilities of 'this sentence holds the answer'."""
    a, c = fit_logistic(scores[:, None], y, l2=0.0)
    return float(a[0]), c


if __name__ == "__main__":
    from qa import main

    main(["--write-model", *sys.argv[1:]])
