"""How the claim checker's "supported" cuts are set and measured.

Each way a pair may be supported (word for word, every word aligned, the model's probability) has its own cut
of P(supported) in the model file (``verify_routes.support_cut``); bench/verify_oof.py measures the whole checker out
of fold on ANS-train with a committed fold split and can choose the three cuts there. The sentences here are
written for this project.
"""

from __future__ import annotations

import csv
import dataclasses
import importlib
import sys
from pathlib import Path

import pytest

from akhbar.classifier import load_model
from akhbar.verify import judge_pair

checker = importlib.import_module("akhbar.verify")
routes = importlib.import_module("akhbar.verify_routes")
BENCH = Path(__file__).resolve().parents[1] / "bench"

CLAIM = "افتتحت الحكومة الجسر الجديد فوق النهر يوم الخميس"
SENTENCE = "افتتحت الحكومة الجسر الجديد فوق النهر يوم الخميس بحضور الوزراء."


def test_a_word_for_word_claim_is_supported_unless_the_model_file_sets_that_routes_cut(monkeypatch):
    assert routes.support_route(checker.align(checker.analyze(CLAIM), checker.analyze(SENTENCE))) == "aligned"
    assert judge_pair(CLAIM, SENTENCE).verdict == "supported"  # the shipped file: word for word always supports
    shipped = load_model()
    strict = dataclasses.replace(shipped, thresholds={**shipped.thresholds, "supported_aligned": 1.01})
    monkeypatch.setattr(checker, "load_model", lambda: strict)
    v = judge_pair(CLAIM, SENTENCE)
    assert v.verdict == "unsupported", v  # the route's cut, not the model route's, decided it


def test_the_route_cuts_default_to_the_old_rule():
    assert routes.support_cut("aligned", {"supported": 0.83}) == 0.0
    assert routes.support_cut("fully aligned", {"supported": 0.83}) == routes.ALIGNED_SUPPORT
    assert routes.support_cut("model", {"supported": 0.83}) == 0.83
    assert routes.support_cut("fully aligned", {"supported": 0.83, "supported_fully_aligned": 0.9}) == 0.9


def test_the_out_of_fold_split_keeps_every_wording_of_a_headline_in_one_fold():
    # A headline judged out of fold must not have another claim about it in the fold's training data.
    from conftest import shared_path

    path = shared_path("data/ans/stance_train.csv")
    sys.path.insert(0, str(BENCH))
    from verify_oof import N_FOLDS, load_folds

    folds = load_folds()  # exits when a row or stance differs from the corpus
    with path.open(encoding="utf-8", newline="") as f:
        sources = [r["s1"] for r in csv.DictReader(f)]
    by_source: dict[str, set[int]] = {}
    for s, k in zip(sources, folds):
        by_source.setdefault(s, set()).add(k)
    assert all(len(ks) == 1 for ks in by_source.values())
    sizes = [folds.count(k) for k in range(N_FOLDS)]
    assert max(sizes) - min(sizes) <= 0.1 * len(folds) / N_FOLDS, sizes


@pytest.mark.parametrize("right,n,low,high", [(397, 433, 0.89, 0.91), (121, 124, 0.95, 0.96), (0, 0, 0.0, 0.0)])
def test_the_precision_margin_is_a_lower_bound_under_the_point_estimate(right, n, low, high):
    sys.path.insert(0, str(BENCH))
    from verify_oof import wilson_lower

    bound = wilson_lower(right, n)
    assert low <= bound <= high
    assert n == 0 or bound < right / n
