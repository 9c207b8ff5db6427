"""The opposites a claim and an evidence sentence can show once aligned (:func:`akhbar.align.align`).

Opposite words (:func:`antonym_pairs`), said of the same thing when both families are on a side
(:func:`direction_conflicts`, :func:`said_of`), a negation on one side only (:func:`negation_flip`), and a state the
claim asserts that the sentence tells ending (:func:`ended_state`). The other conflicts (who did what, a name in
another's slot, exchanged roles) are :mod:`akhbar.conflicts`'.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import align, lexicon
from .arabic import normalize, without_conjunction


def antonym_pairs(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A claim word of one family of an antonym pair where the evidence has the other family and
    neither side also has the word's own family ("ارتفاع النفط مع انخفاض المخزون" against "النفط
    يرتفع مع انخفاض المخزونات" holds both families on both sides: no contradiction)."""
    ev_signs = frozenset().union(*(e.ant for e in evidence.words))
    if not ev_signs:
        return []
    cl_signs = frozenset().union(*(c.ant for c in claim.words))
    out = []
    for i, c in enumerate(claim.words):
        if not c.ant or (i in links and links[i].strength >= 0.95):
            continue
        for a in c.ant:
            if -a in ev_signs and a not in ev_signs and -a not in cl_signs:
                e = next(e for e in evidence.words if -a in e.ant)
                out.append((c.text, e.text))
                break
    if not out and (ev_signs & cl_signs or any(-a in ev_signs for a in cl_signs)):
        out = direction_conflicts(claim, evidence, links)
    return out


def direction_conflicts(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """Opposite words said of the same thing when both families are on a side ("اليورو يرتفع مع
    صعود الفضة" / "الفضة تصعد مع تراجع اليورو"): each opposite word is said of the nearest linked
    word (within three tokens; on a tie the later one, unless و joins it to what follows), and a thing the claim says goes one way
    while the evidence says it goes the other is a conflict."""
    targets_c = [i for i in links if not claim.words[i].ant]
    targets_e = {links[i].evidence for i in targets_c}
    said_c = said_of(claim, targets_c)
    said_e = said_of(evidence, targets_e)
    out = []
    for i, (signs, word) in said_c.items():
        e_signs, e_word = said_e.get(links[i].evidence, (frozenset(), ""))
        if any(-a in e_signs and a not in e_signs for a in signs):
            out.append((word, e_word))
    return out


def said_of(side: align.Side, targets: Iterable[int]) -> dict[int, tuple[frozenset[int], str]]:
    """target word index -> (the antonym signs said of it, the first word saying it)."""
    targets = sorted(targets, key=lambda t: side.words[t].pos)
    out: dict[int, tuple[frozenset[int], str]] = {}
    for w in side.words:
        if not w.ant:
            continue
        # (on a tie, not a word after it that و joins to what follows: "الذهب يهبط والدولار يواصل صعوده" says
        # the gold falls)
        near = [(abs(side.words[t].pos - w.pos), side.words[t].pos > w.pos and side.words[t].norm.startswith("و"),
                 -side.words[t].pos, t) for t in targets if 0 < abs(side.words[t].pos - w.pos) <= 3]
        if near:
            t = min(near)[3]
            signs, first = out.get(t, (frozenset(), w.text))
            out[t] = (signs | w.ant, first)
    return out


def negation_flip(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> str | None:
    # Negation scope is fuzzy ("لم يكن لدى … وقود" = "ليس لديها وقود"), so only a clear flip counts:
    # a linked word negated on one side while the other side has no negation at all.
    # A denial word counts as a negation ("تنفي وجود خطط" / "ليس لديها خطط").
    denied_c = bool(claim.negations) or align.DENIAL in claim.polarity
    denied_e = bool(evidence.negations) or align.DENIAL in evidence.polarity
    for i, link in links.items():
        c, e = claim.words[i], evidence.words[link.evidence]
        if c.negated and not denied_e:
            return c.text
        if e.negated and not denied_c:
            return c.text
    return None


_STATE_MARKERS = frozenset(normalize(w) for w in lexicon.STATE_MARKERS)
_STATE_ENDERS = frozenset(normalize(w) for w in lexicon.STATE_ENDERS)
_TIME_UNITS = frozenset(lexicon.TIME_UNITS)
_DURATIONS = frozenset(normalize(w) for w in lexicon.DURATION_WORDS)


def ended_state(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> str:
    """The word of the sentence that ends the state the claim asserts, or "": the claim says a thing is (still)
    in a state ("كانت المدينة تحت الحصار") and the sentence tells that state ending, a word of
    lexicon.STATE_ENDERS the claim does not hold, right before the words it shares with the claim ("تحررت
    المدينة من الحصار"). The nouns link, the relation is in stopwords: a support by them would be false."""
    said = [without_conjunction(t) for t in claim.folded()]
    if not any(t in _STATE_MARKERS for t in said) or any(t in _STATE_ENDERS for t in said):
        return ""
    # A state told with how long it lasted ("كانت محتجزة أكثر من ثلاثة أشهر", "ظلت تحت الحصار سنتين") is one that
    # ended: a source telling its end may state it.
    if claim.durations or any(v.kind == "num" and v.unit in _TIME_UNITS for v in claim.values) \
            or any(t in _TIME_UNITS or t in _DURATIONS for t in said):
        return ""
    used = {link.evidence: i for i, link in links.items()}
    for j, e in enumerate(evidence.words):
        if j in used or without_conjunction(e.norm) not in _STATE_ENDERS:
            continue
        if any(0 < evidence.words[k].pos - e.pos <= 3 for k in used):
            return e.text
    return ""
