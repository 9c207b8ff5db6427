"""Confidence, step 6 of the answering cascade (see :mod:`akhbar.qa.compose`): how likely the answer is right.

Three small logistic models, fitted by ``bench/fit_answer.py --confidence`` with k-fold cross-validation
on XQuAD-ar + ARCD (train and test) and stored in ``data/answer_weights.json``:

- **answer confidence** (:data:`ANSWER_FEATURES`): the probability that the first point holds the
  answer. Fitted on questions whose paragraph is in the archive and on the same questions with their
  paragraph taken out (the answer is then wrong whatever it says). ``ask`` abstains below its
  threshold, chosen for precision.
- **list confidence** (:data:`LIST_FEATURES`): whether one of a list answer's points holds the
  answer; list questions are scored by it instead, with a threshold of their own. Not fitted: the
  pool's lists teach a model nothing that carries (bench/qa_notes.md, round 3), so the default
  below, the coverage of the list's introducing sentence, decides unless the weights file holds one.
- **short-answer confidence** (:data:`SHORT_FEATURES`): the probability that the short answer matches
  the gold one (F1 ≥ 0.5). The short answer is shown only above its threshold; below it the cited
  sentences stand alone.

:func:`list_features` and :func:`short_features` read the last two models' features off a decision of
:mod:`akhbar.qa.decide` (the answer model's, which need the rules' own sentences, stay there).

Until fitted (or when the file holds another feature list) the defaults below apply: the answer's
coverage decides, and short answers found by role (the verb's agent, the event's date, the counted
noun, the cause clause) are shown.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..arabic import normalize
from .evidence import Sentence, ShortAnswer
from .match import bare
from .names import GIVEN_NAMES, PLACES
from .points import list_coverage
from .question import QuestionInfo

if TYPE_CHECKING:
    from .decide import Decision

ANSWER_TYPES = ("date", "number", "person", "place", "description", "list", "yesno")
METHODS = ("event", "near", "counted", "role", "cue", "plain", "phrase", "cause")

ANSWER_FEATURES = [
    "coverage", "prob", "prob_margin", "top_margin", "n_close", "chosen_is_top", "construct_conflict",
    "rank_recip", "passage_recip", "score_rel", "n_constraints", "n_names", "n_dates", "has_event",
    "event_level", "supported", "contradicted_others", "holds_answer", "has_short", "corroboration",
    "eligible_share", "log_focus", "small_archive",
    # how the question's statement aligns with the chosen sentence (the re-ranker's reading)
    "al_cov_idf", "al_first", "al_names", "al_left_idf", "al_conflicts", "al_supported", "read_closely",
    # the rarity of the rarest question word the sentence (or it, its neighbours and title) does not hold
    "rare_missing", "rare_missing_near",
    *(f"type_{t}" for t in ANSWER_TYPES),
]
# Each answer type gets its own slope for the strongest signals (a date question's top sentence is
# right more often than a description question's at the same ranking probability).
_BY_TYPE = ("prob", "prob_margin", "coverage", "holds_answer", "event_level")
ANSWER_FEATURES += [f"{f}*{t}" for f in _BY_TYPE for t in ANSWER_TYPES]
# A list answer is right when any of its points holds the answer (on the pool a list's first point
# does in 26 of 51 lists, some point in 34): it gets a model of its own, on what makes a list — the
# coverage of the sentence introducing it, how many points it found and how many carry dates.
LIST_FEATURES = ["coverage", "intro", "prob", "points", "dated_points", "small_archive"]
SHORT_FEATURES = [
    "answer_confidence", "small_archive", "holds_answer", "supported", "coverage", "prob", "corroboration", "log_len", "in_first_half",
    "known_name", "rare_missing", "alone", "rivals",
    *(f"method_{m}" for m in METHODS),
    *(f"type_{t}" for t in ANSWER_TYPES),
]


@dataclass
class Logistic:
    """One fitted logistic model and the threshold chosen for it."""

    features: list[str]
    weights: list[float]
    bias: float
    threshold: float
    note: str = ""

    def __call__(self, values: Mapping[str, float]) -> float:
        values = expand(values)
        z = self.bias + sum(w * values.get(f, 0.0) for f, w in zip(self.features, self.weights))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))



def _default_answer() -> Logistic:
    # Coverage around the former abstention threshold (0.55) decides; a contradicted or ill-covered
    # sentence scores low.
    weights = [10.0 if f == "coverage" else 0.0 for f in ANSWER_FEATURES]
    return Logistic(ANSWER_FEATURES, weights, bias=-5.5, threshold=0.5, note="default: not fitted")


def _default_list() -> Logistic:
    # As the answer's default: the (introduced) coverage around the former threshold decides.
    weights = [10.0 if f == "coverage" else 0.0 for f in LIST_FEATURES]
    return Logistic(LIST_FEATURES, weights, bias=-5.5, threshold=0.5, note="default: not fitted")


def _default_short() -> Logistic:
    good = {"method_role": 3.0, "method_event": 3.0, "method_counted": 3.0, "method_cause": 3.0,
            "method_phrase": 2.0, "answer_confidence": 2.0}
    weights = [good.get(f, 0.0) for f in SHORT_FEATURES]
    return Logistic(SHORT_FEATURES, weights, bias=-3.0, threshold=0.5, note="default: not fitted")


def _load(raw: Any, features: list[str], default: Logistic) -> Logistic:
    if not isinstance(raw, dict) or raw.get("features") != features:
        return default  # weights of another feature list would score nonsense
    return Logistic(features, [float(w) for w in raw["weights"]], float(raw["bias"]), float(raw["threshold"]),
                    str(raw.get("note", "")))


def answer_model(model: Mapping[str, Any]) -> Logistic:
    """The answer-confidence model of a loaded weights file (``rank.load_model()``)."""
    return _load(model.get("confidence"), ANSWER_FEATURES, _default_answer())


def list_model(model: Mapping[str, Any]) -> Logistic:
    """The list-confidence model of a loaded weights file: list questions' own."""
    return _load(model.get("list_confidence"), LIST_FEATURES, _default_list())


def short_model(model: Mapping[str, Any]) -> Logistic:
    """The short-answer confidence model of a loaded weights file."""
    return _load(model.get("short_confidence"), SHORT_FEATURES, _default_short())


def one_hot(prefix: str, value: str, values: tuple[str, ...]) -> dict[str, float]:
    return {f"{prefix}_{v}": float(v == value) for v in values}


def expand(values: Mapping[str, float]) -> dict[str, float]:
    """The features with their per-type products ("prob*date"), as the models read them."""
    out = dict(values)
    for t in ANSWER_TYPES:
        if values.get(f"type_{t}"):
            for f in _BY_TYPE:
                out[f"{f}*{t}"] = values.get(f, 0.0)
    return out


# --- the features the list and short-answer models read, off a decision ---------------------------


def list_features(chosen: Sentence, decision: Decision, considered: list[Sentence]) -> dict[str, float]:
    """The features of the list-confidence model (confidence.LIST_FEATURES), read off the answer
    features of the chosen sentence and the list's points."""
    feats = decision.features
    points = decision.points or [chosen]
    return {
        "coverage": list_coverage(chosen),
        "own_coverage": chosen.coverage,
        "intro": float(chosen.intro is not None),
        "prob": chosen.prob,
        "top_margin": feats.get("top_margin", 0.0),
        "points": len(points) / 5,
        "dated_points": sum(bool(s.dates) for s in points) / 5,
        "supported": feats.get("supported", 0.0),
        "al_cov_idf": feats.get("al_cov_idf", 0.0),
        "al_supported": feats.get("al_supported", 0.0),
        "score_rel": feats.get("score_rel", 0.0),
        "passage_recip": feats.get("passage_recip", 0.0),
        "n_names": feats.get("n_names", 0.0),
        "eligible_share": feats.get("eligible_share", 0.0),
        "small_archive": feats.get("small_archive", 0.0),
        "type_list": 1.0,
    }


def short_features(info: QuestionInfo, chosen: Sentence, short: ShortAnswer, decision: Decision) -> dict[str, float]:
    """The features of the short-answer confidence model (confidence.SHORT_FEATURES)."""
    feats = {
        "answer_confidence": decision.confidence,
        "small_archive": decision.features.get("small_archive", 0.0),
        "holds_answer": decision.features.get("holds_answer", 0.0),
        "supported": decision.features.get("supported", 0.0),
        "coverage": chosen.coverage,
        "prob": chosen.prob,
        "corroboration": min(len(decision.corroborating), 3) / 3,
        "log_len": math.log1p(len(chosen.text[short.start:short.end].split())) / 3,
        "in_first_half": float(short.start < len(chosen.text) / 2),
        # a given name or a place of the lexicon ("أحمد الشرع", "اللاذقية"), not a word taken for a
        # name ("عربي" of "أول منتخب عربي")
        "rare_missing": decision.features.get("rare_missing", 0.0),
        "known_name": float(any(w in GIVEN_NAMES or w in PLACES or bare(w) in PLACES
                                for w in normalize(chosen.text[short.start:short.end]).split())),
        # the only date / count / name / place of its kind in the sentence, or one of several the rules
        # chose between ("ولد عام 1880، وتوفي عام 1950")
        "alone": float(short.rivals == 0),
        "rivals": min(short.rivals, 3) / 3,
    }
    feats.update(one_hot("method", short.method, METHODS))
    feats.update(one_hot("type", info.answer_type, ANSWER_TYPES))
    return feats
