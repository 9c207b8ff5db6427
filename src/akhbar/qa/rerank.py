"""Re-ranking, step 3b of the answering cascade (see :mod:`akhbar.qa.compose`): the best sentences read
closely.

The first ranking (:mod:`akhbar.qa.rank`) scores every candidate sentence on cheap word-overlap
features. Its top :data:`DEPTH` sentences are then read the way the claim checker reads a claim:

- the **alignment** (:func:`akhbar.align.align`) of the question turned into a statement with its
  answer slot open ("[?] فاز بكأس العالم 2022") with the sentence: how much of the statement it
  covers (and of its informative words), whether its first word (the question's verb) and its names
  are there, values that conflict or are missing, roles kept or exchanged, words in the statement's
  slots, and the checker model's own probabilities (:mod:`akhbar.verify`);
- the question's **constraints** (:mod:`akhbar.qa.constraints`): how many the sentence leaves
  unmet, where the event word is, a construct conflict ("رئاسة حكومة" for "رئاسة سوريا");
- whether it holds an **answer by role** (:mod:`akhbar.qa.short`: the verb's agent, the event's
  date, the counted noun, the cause clause).

A gradient-boosted tree ensemble fitted per question with a ranking objective (LightGBM lambdarank,
``bench/qa.py``) scores them. It is shipped as JSON in ``data/answer_weights.json`` and evaluated in
plain Python by :mod:`akhbar.classifier`, as verify's model is. Its score, Platt-scaled on the
training folds, becomes the sentence's probability of holding the answer; the sentences below the
top keep their order after them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..arabic import Analyzer
from ..classifier import Model, from_dict
from .confidence import ANSWER_TYPES, one_hot
from .constraint_check import construct_conflict, event_level, unmet
from .constraints import Constraint
from .evidence import Sentence
from .question import QuestionInfo, statement_of
from .rank import FEATURES as FIRST_FEATURES
from .short import short_answer

if TYPE_CHECKING:
    from ..align import Side

DEPTH = 12  # sentences of the first ranking read closely (cost: about 1.5 ms each)
_WINDOW = 10  # the first ranking's best, whose articles say how much one article dominates

_ALIGNED = ("coverage", "coverage_exact", "coverage_idf", "first_word_aligned", "coverage_names",
            "unaligned_claim", "unaligned_claim_idf_max", "unaligned_claim_idf", "value_conflicts",
            "values_missing", "values_matched", "role_swaps", "roles_agree", "roles_changed", "substitutions",
            "name_substitutions", "negation_mismatch", "order", "synonym_links", "evidence_coverage",
            "unaligned_evidence_names")

FEATURES = [
    *FIRST_FEATURES, "first_logit", "first_rank", "first_rel",
    *(f"a_{f}" for f in _ALIGNED), "p_supported", "p_contradicted",
    "unmet", "unmet_names", "unmet_values", "event_level", "construct_conflict", "holds_answer", "by_role",
    "same_article_top", "article_share", "n_constraints", "log_focus",
    *(f"type_{t}" for t in ANSWER_TYPES),
]


@dataclass(frozen=True)
class Reranker:
    """The fitted re-ranker: the tree ensemble, its depth and the Platt scaling of its score."""

    model: Model
    depth: int
    scale: float
    offset: float

    @classmethod
    def of(cls, raw: Mapping[str, Any]) -> Reranker | None:
        """From its JSON form (``trees`` in :mod:`akhbar.classifier`'s format, ``depth``, ``platt``);
        None when it was fitted on another feature list."""
        if list(raw.get("features", ())) != FEATURES:
            return None
        scale, offset = raw.get("platt", (1.0, 0.0))
        return cls(from_dict({**raw, "classes": ["score"]}), int(raw.get("depth", DEPTH)), float(scale), float(offset))

    def probability(self, row: Mapping[str, float]) -> float:
        z = self.scale * self.model.scores([row.get(f, 0.0) for f in self.model.features])[0] + self.offset
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def statement_side(question: str, info: QuestionInfo) -> Side:
    """The question as a statement with its answer slot open, analysed as the claim checker reads claims."""
    # align and verify import the matcher of this package: imported here, not at the top.
    from ..align import analyze
    from ..verify import ANSWER_SLOT, claim_reading

    return analyze(claim_reading(statement_of(question, info, ANSWER_SLOT)))


def _holds(sent: Sentence, info: QuestionInfo) -> tuple[bool, bool]:
    """Whether the sentence holds an answer of the expected type, and whether one was found by role
    (the verb's agent, the event's date, the counted noun, the cause clause)."""
    from .choice import holds_short_answer

    found = short_answer(sent, info)
    return holds_short_answer(sent, info), found is not None and found.method in ("role", "event", "counted", "cause")


def features(info: QuestionInfo, constraints: Sequence[Constraint], claim: Side, top: Sequence[Sentence],
             analyzer: Analyzer) -> list[dict[str, float]]:
    """One feature row (by name, FEATURES) for each sentence of ``top`` (the first ranking's best,
    in order)."""
    from ..align import align, analyze
    from ..classifier import load_model

    checker = load_model()
    best = top[0].prob if top else 1.0
    articles = [s.cand.article_id for s in top[:_WINDOW]]
    question_level = {"n_constraints": float(len(constraints)), "log_focus": math.log1p(len(info.focus)) / 3,
                      **one_hot("type", info.answer_type, ANSWER_TYPES)}
    rows = []
    for k, sent in enumerate(top):
        row = dict(zip(FIRST_FEATURES, sent.features))
        row.update(question_level)
        row["first_logit"] = _logit(sent.prob)
        row["first_rank"] = float(k)
        row["first_rel"] = sent.prob / best if best else 0.0
        a = align(claim, analyze(sent.text, sent.cand.published))
        for f in _ALIGNED:
            row[f"a_{f}"] = a.features[f]
        p = checker.probabilities(a.features)
        row["p_supported"], row["p_contradicted"] = p["supported"], p["contradicted"]
        missing = unmet(list(constraints), sent, analyzer, info)
        row["unmet"] = float(len(missing))
        row["unmet_names"] = float(sum(c.kind in ("name", "quote") for c in missing))
        row["unmet_values"] = float(sum(c.kind in ("date", "number") for c in missing))
        around = [s for s in top if s.cand is sent.cand and abs(s.index - sent.index) == 1]
        row["event_level"] = event_level(list(constraints), sent, around)
        row["construct_conflict"] = float(construct_conflict(constraints, sent))
        held, by_role = _holds(sent, info)
        row["holds_answer"], row["by_role"] = float(held), float(by_role)
        row["same_article_top"] = float(sent.cand.article_id == articles[0])
        row["article_share"] = articles.count(sent.cand.article_id) / len(articles)
        rows.append(row)
    return rows


def rerank(question: str, info: QuestionInfo, constraints: Sequence[Constraint], ranked: list[Sentence],
           analyzer: Analyzer, reranker: Reranker) -> list[Sentence]:
    """``ranked`` with its top ``reranker.depth`` sentences re-scored and re-ordered (their ``prob``
    becomes the re-ranker's); the others follow in their order, none above the lowest of the top."""
    top, rest = ranked[:reranker.depth], ranked[reranker.depth:]
    if len(top) < 2:
        return ranked
    rows = features(info, constraints, statement_side(question, info), top, analyzer)
    for sent, row in zip(top, rows):
        sent.prob = reranker.probability(row)
        sent.close = row
    top.sort(key=lambda s: -s.prob)
    floor = top[-1].prob
    for sent in rest:
        sent.prob = min(sent.prob, floor)
    return top + rest
