"""A cause the sentence does not tell: a claim that one thing caused another ("تسببت موجة الحر في انقطاع الكهرباء")
against a sentence that tells the two only at one time ("تزامن انقطاع الكهرباء مع موجة الحر"). The verbs of causing are
light (lexicon.LIGHT_VERBS: a headline tells what caused what by its nouns alone), so every noun of such a claim was
linked and it was supported (round 38's held out, 0.96). A sentence that writes any word of a cause too is left to the
other checks.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Side
from .arabic import normalize, without_conjunction

__all__ = ["cause_of_a_coincidence"]

_CAUSES = frozenset(normalize(w) for w in (*lexicon.CAUSE_WORDS, *lexicon.LIGHT_VERBS["leads_to"],
                                           *lexicon.LIGHT_VERBS["causes"], *lexicon.LIGHT_VERBS["results_in"]))
_TOGETHER = frozenset(normalize(w) for w in lexicon.COINCIDENCE_WORDS)


def _first(side: Side, words: frozenset[str]) -> str:
    return next((t.text for t in side.text_tokens() if t.norm in words or without_conjunction(t.norm) in words), "")


def cause_of_a_coincidence(a: Alignment) -> tuple[str, str] | None:
    """(the claim's word of a cause, the sentence's word of a coincidence) when the claim tells a cause, and the
    sentence tells no cause but two things at one time (lexicon.COINCIDENCE_WORDS); else None."""
    cause = _first(a.claim, _CAUSES)
    if not cause or _first(a.evidence, _CAUSES):
        return None
    together = _first(a.evidence, _TOGETHER)
    return (cause, together) if together else None
