"""The features of the answer-confidence model for a chosen sentence (moved unchanged from :mod:`akhbar.qa.decide`)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from .choice import FACTOID_TYPES, holds_short_answer, tells
from .confidence import ANSWER_TYPES, one_hot
from .constraint_check import construct_conflict, event_level
from .constraints import Constraint
from .evidence import Sentence
from .points import similar
from .question import QuestionInfo

if TYPE_CHECKING:
    from .decide import Decision

COPY_SIMILARITY = 0.6  # share of content stems two sentences hold in common above which one copies the other


def answer_features(info: QuestionInfo, chosen: Sentence, usable: list[Sentence], considered: list[Sentence],
                    constraints: list[Constraint], decision: Decision,
                    around: Callable[[Sentence], list[Sentence]], contradicted: list[Sentence]) -> dict[str, float]:
    """The features of the answer-confidence model (confidence.ANSWER_FEATURES).

    Rivals are the other sentences the chosen one competes with: not its copies in other sources
    (wire copies say the same thing: they corroborate), not the ones the rules set aside (a
    construct conflict, a contradiction), and for a factoid question only those holding an answer."""
    rivals = [s for s in usable if s is not chosen and similar(s, chosen) <= COPY_SIMILARITY
              and not construct_conflict(constraints, s)
              # for a factoid question, a rival offers another answer: a sentence that holds none
              # ("…على بعد أكثر من 200 كيلومتر" for a head count) does not compete
              and (info.answer_type not in FACTOID_TYPES or holds_short_answer(s, info))
              and (info.answer_type != "number" or tells(s, info, constraints))]
    others = [s.prob for s in rivals if s.cand.article_id != chosen.cand.article_id]
    field_ = sorted([chosen.prob] + [s.prob for s in rivals], reverse=True)
    top_score = max((s.cand.score for s in considered), default=1.0) or 1.0
    verdict = decision.verdict
    feats = {
        "coverage": chosen.coverage,
        "prob": chosen.prob,
        "prob_margin": chosen.prob - max(others, default=0.0),
        "top_margin": field_[0] - (field_[1] if len(field_) > 1 else 0.0),
        "n_close": min(sum(p >= 0.8 * field_[0] for p in field_), 5) / 5,
        "chosen_is_top": float(chosen.prob >= field_[0]),
        "construct_conflict": float(construct_conflict(constraints, chosen)),
        "rank_recip": 1.0 / (1 + considered.index(chosen)) if chosen in considered else 0.0,
        "passage_recip": 1.0 / (1 + chosen.cand.rank),
        "score_rel": chosen.cand.score / top_score,
        "n_constraints": float(len(constraints)),
        "n_names": float(sum(c.kind == "name" for c in constraints)),
        "n_dates": float(sum(c.kind in ("date", "number", "quote") for c in constraints)),
        "has_event": float(any(c.kind == "event" for c in constraints)),
        "event_level": event_level(constraints, chosen, around(chosen)),
        "supported": float(verdict is not None and verdict.verdict == "supported"),
        "contradicted_others": float(bool(contradicted)),
        "holds_answer": float(holds_short_answer(chosen, info)),
        "has_short": float(decision.short is not None),
        "corroboration": min(len(decision.corroborating), 3) / 3,
        "eligible_share": len(usable) / max(len(considered), 1),
        "log_focus": math.log1p(len(info.focus)) / 3,
    }
    close = chosen.close or {}
    feats.update({
        "al_cov_idf": close.get("a_coverage_idf", 0.0),
        "al_first": close.get("a_first_word_aligned", 0.0),
        "al_names": close.get("a_coverage_names", 0.0),
        "al_left_idf": close.get("a_unaligned_claim_idf_max", 0.0) / 10,
        "al_conflicts": min(close.get("a_value_conflicts", 0.0) + close.get("a_role_swaps", 0.0)
                            + close.get("a_name_substitutions", 0.0), 2.0),
        "al_supported": close.get("p_supported", 0.0),
        "read_closely": float(bool(close)),
    })
    feats.update(one_hot("type", info.answer_type, ANSWER_TYPES))
    return feats
