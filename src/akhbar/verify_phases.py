"""A deed the sentence tells as the first turn of an affair ("رفض المجلس المقترح في البداية ثم وافق عليه في النهاية")
that the claim tells as its last ("رفض المجلس المقترح في النهاية"), or the other way round: guard50's round-41 TRUST BUG
(supported at 0.90: "في النهاية" is read as no word, lexicon.PHRASES, and every other word of the claim is in the
sentence). The turns: lexicon.PHASE_START / PHASE_END.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Side
from .arabic import normalize, without_conjunction

__all__ = ["turn_of_another_phase"]


def _phrases(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(normalize(w).split()) for w in words}, key=len, reverse=True))


_TURNS = (("start", _phrases(lexicon.PHASE_START)), ("end", _phrases(lexicon.PHASE_END)))


def _turns(side: Side) -> list[tuple[str, int, int]]:
    """Each turn word of the side: (start / end, its first token, the token after it)."""
    tokens = [t.norm for t in side.text_tokens()]
    out, k = [], 0
    while k < len(tokens):
        found = next(((turn, len(p)) for turn, phrases in _TURNS for p in phrases
                      if tuple([without_conjunction(tokens[k]), *tokens[k + 1:k + len(p)]]) == p), None)
        if found is None:
            k += 1
            continue
        out.append((found[0], k, k + found[1]))
        k += found[1]
    return out


def _shown(side: Side, lo: int, hi: int) -> str:
    return " ".join(t.text for t in side.text_tokens()[lo:hi])


def turn_of_another_phase(a: Alignment) -> tuple[str, str] | None:
    """(the claim's turn, the sentence's) where the claim tells its deed at one turn ("في النهاية", "أولاً") and the
    sentence tells the same deed (the claim's first word, linked) at the other: the turn word right before the deed's
    word, else the first one after it in its clause, else the last before it there. Read within one sentence only."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None or 0 not in a.links:
        return None
    mine = _turns(a.claim)
    theirs = _turns(a.evidence) if mine else []
    if not theirs:
        return None
    deed = a.evidence.words[a.links[0].evidence]
    clause = {w.pos: w.clause for w in a.evidence.words}

    def clause_at(k: int) -> int:
        before = [p for p in clause if p < k]
        return clause[max(before)] if before else deed.clause

    own = [t for t in theirs if clause_at(t[1]) == deed.clause or t[2] == deed.pos]
    told = next((t for t in own if t[2] == deed.pos), None) or next((t for t in own if t[1] > deed.pos), None) \
        or next((t for t in reversed(own) if t[2] <= deed.pos), None)
    if told is None:
        return None
    for turn, lo, hi in mine:
        if turn != told[0]:
            return _shown(a.claim, lo, hi), _shown(a.evidence, told[1], told[2])
    return None
