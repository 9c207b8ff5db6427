"""Sentence ranking, step 3 of the answering cascade (see :mod:`akhbar.qa.compose`).

Every sentence of the candidate passages gets features (FEATURES: IDF-weighted term overlap,
coverage of the focus terms, proximity, passage rank and score, answer-type match from
:mod:`akhbar.qa.short`, position, neighbouring sentences, recency when the question asks for the
latest), scored by a logistic model fitted on ARCD-train (``bench/fit_answer.py`` →
``data/answer_weights.json``); :func:`rank_sentences` returns them best first.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from ..arabic import Analyzer
from .evidence import (
    PassageCandidate,
    Sentence,
    content_words,
    coverage,
    focus_weights,
    matched_positions,
    sentences_of,
)
from .how_many import number_mentions
from .match import soft_key
from .question import QuestionInfo
from .short import event_as_reference, has_date, place_phrases
from .short_names import is_name_like, sure_names

FEATURES = [
    "idf_cov", "cov", "idf_cov_rel", "prox", "bigram", "rank_recip", "score_rel",
    "when_date", "num_number", "who_name", "where_name", "novel_near", "novelty",
    "first_sentence", "rel_pos", "log_len", "neighbor_cov", "recency",
    "soft_cov", "soft_cov_rel", "bm25", "bm25_rel", "fuzzy_cov", "fuzzy_cov_rel",
]

# Used only until bench/fit_answer.py has written the fitted weights (and in case the file is lost).
DEFAULT_MODEL = {
    "features": FEATURES,
    "weights": [4.0, 1.0, 1.5, 0.5, 0.3, 1.0, 0.5, 1.0, 1.0, 0.5, 0.5, 0.3, 0.3, 0.1, -0.1, 0.0, 0.3, 0.5,
                1.0, 1.0, 0.0, 0.5, 1.0, 1.0],
    "bias": -4.0,
    "threshold": 0.5,
}


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The fitted ranking model (read once per process; ``Archive.ask`` builds an Answerer per call)."""
    try:
        raw = resources.files("akhbar").joinpath("data/answer_weights.json").read_text(encoding="utf-8")
        model = json.loads(raw)
    except (FileNotFoundError, OSError, ValueError):
        return dict(DEFAULT_MODEL)
    if model.get("features") != FEATURES:
        return dict(DEFAULT_MODEL)  # weights of another feature set would score nonsense
    if model.get("reranker"):
        from .rerank import Reranker

        model["reranker"] = Reranker.of(model["reranker"])  # compiled once (None: another feature list)
    return model


def featurize(info: QuestionInfo, idf: dict[str, float], sents: list[Sentence]) -> None:
    """Fill ``sent.features`` (in the order of FEATURES) for every sentence."""
    focus = list(dict.fromkeys(info.focus))
    focus_set = set(focus)
    total_idf = sum(idf.get(t, 0.0) for t in focus) or 1.0
    # Soft keys of the focus terms, each carrying the IDF of its term (the best, when keys collide).
    soft: dict[str, float] = {}
    for tok_norm, stem in info.focus_norms:
        key = soft_key(tok_norm)
        soft[key] = max(soft.get(key, 0.0), idf.get(stem, 0.0))
    avg_len = sum(len(s.stems) for s in sents) / max(len(sents), 1) or 1.0
    bm25s_: list[float] = []
    softs: list[float] = []
    for sent in sents:
        tf: dict[str, int] = {}
        for st in sent.stems:
            if st in focus_set:
                tf[st] = tf.get(st, 0) + 1
        norm_len = 1 - 0.75 + 0.75 * len(sent.stems) / avg_len
        bm25s_.append(sum(idf.get(t, 0.0) * n * 2.2 / (n + 1.2 * norm_len) for t, n in tf.items()) / total_idf)
        keys = {soft_key(n) for n in content_words(sent)}
        softs.append(sum(v for k, v in soft.items() if k in keys) / total_idf)
    best_bm25 = max(bm25s_, default=0.0) or 1.0
    # Fuzzy coverage: each focus word counts with its best match in the sentence (word_match),
    # weighted by IDF, framing words less (focus_weights).
    focus_words = {stem: norm for norm, stem in info.focus_norms}
    weights = focus_weights(info, idf)
    total_weight = sum(weights.values()) or 1.0
    fuzzies: list[float] = []
    for sent in sents:
        sent.coverage = coverage(sent, focus_words, weights, total_weight)
        fuzzies.append(sent.coverage)
    at = {(id(s.cand), s.index): s for s in sents}
    for sent in sents:
        before = at.get((id(sent.cand), sent.index - 1))
        sent.carried = coverage(sent, focus_words, weights, total_weight, before) if before is not None else sent.coverage
    best_fuzzy = max(fuzzies, default=0.0) or 1.0
    best_soft = max(softs, default=0.0) or 1.0
    bigrams = {(a, b) for a, b in zip(focus, focus[1:])}
    top_score = max((s.cand.score for s in sents), default=1.0) or 1.0
    published = sorted({s.cand.published for s in sents if s.cand.published})
    covs: list[float] = []
    for sent in sents:
        present = {st for st in sent.stems if st in focus_set}
        covs.append(sum(idf.get(t, 0.0) for t in present) / total_idf)
    best_cov = max(covs, default=0.0) or 1.0
    by_passage: dict[int, list[int]] = {}
    for i, sent in enumerate(sents):
        by_passage.setdefault(id(sent.cand), []).append(i)

    for i, sent in enumerate(sents):
        idf_cov = covs[i]
        present = {st for st in sent.stems if st in focus_set}
        positions = matched_positions(sent, focus_set)
        n_tokens = len(sent.stems)
        prox = 0.0
        if len(present) >= 2:
            prox = len(present) / (max(positions) - min(positions) + 1)
        content = [st for st in sent.stems if st]
        pairs = sum(1 for a, b in zip(content, content[1:]) if (a, b) in bigrams)
        # Content words near the matched focus terms that the question does not contain: the answer
        # has to be something the question does not already say.
        near = set()
        for p in positions:
            for j in range(max(0, p - 4), min(n_tokens, p + 5)):
                if sent.stems[j] and sent.stems[j] not in focus_set:
                    near.add(j)
        novel = [st for st in content if st not in focus_set]
        siblings = by_passage[id(sent.cand)]
        k = siblings.index(i)
        neighbor = max([covs[siblings[k + d]] for d in (-1, 1) if 0 <= k + d < len(siblings)], default=0.0)
        name_like = (info.answer_type in {"person", "place"}) and any(
            is_name_like(sent.norms[j], sent.norms[j - 1] if j else "", sent.norms[j] in info.words)
            for j in near)
        recency = 0.0
        if info.recency and sent.cand.published and len(published) > 1:
            recency = published.index(sent.cand.published) / (len(published) - 1)
        article_len = max(len(sent.cand.text), 1)
        sent.features = [
            idf_cov,
            len(present) / max(len(focus_set), 1),
            idf_cov / best_cov,
            prox,
            min(pairs, 3) / 3,
            1.0 / (1 + sent.cand.rank),
            sent.cand.score / top_score,
            float(info.answer_type == "date" and has_date(sent, info.words)
                  and not event_as_reference(sent, info, weights)),
            float(info.answer_type == "number" and bool(number_mentions(sent, info))),
            float(info.answer_type == "person" and (name_like or bool(sure_names(sent, info)))),
            float(info.answer_type == "place" and (name_like or bool(place_phrases(sent, info)))),
            min(len(near), 4) / 4,
            len(novel) / max(len(content), 1),
            float(sent.start == sent.cand.sentences[0][0] and sent.cand.sentences[0][0] < 5),
            sent.start / article_len,
            math.log1p(n_tokens) / 5,
            neighbor,
            recency,
            softs[i],
            softs[i] / best_soft,
            bm25s_[i],
            bm25s_[i] / best_bm25,
            fuzzies[i],
            fuzzies[i] / best_fuzzy,
        ]


def score(model: dict[str, Any], sents: list[Sentence]) -> None:
    weights, bias = model["weights"], model["bias"]
    for sent in sents:
        z = bias + sum(w * x for w, x in zip(weights, sent.features))
        sent.prob = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def rank_sentences(info: QuestionInfo, idf: dict[str, float], cands: Sequence[PassageCandidate],
                   analyzer: Analyzer, model: dict[str, Any] | None = None) -> list[Sentence]:
    """Every sentence of the candidates, best first (the evidence ranking used by ``ask`` and the benchmarks)."""
    sents = sentences_of(cands, analyzer)
    featurize(info, idf, sents)
    score(model or load_model(), sents)
    # Stable tie-break: better passage, then earlier sentence.
    return sorted(sents, key=lambda s: (-s.prob, s.cand.rank, s.start))
