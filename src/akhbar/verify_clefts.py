"""A claim that names its doer in a cleft ("وكان X من أعلن الرؤية", "X هو من طلب الدعم"), and a claim's time noun told
as the same one ("في اليوم نفسه"): two things the aligner links word by word and the sentence may not say. Both only
keep a sentence from telling the claim (verify_routes.TOLD_OTHERWISE): the claim is then unsupported, never contradicted
on them (round 44, guard53)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .arabic import normalize, without_conjunction
from .qa.match import bare
from .verify_clauses import sentence_of
from .wordfacts import ARTICLE

if TYPE_CHECKING:
    from .align import Alignment

__all__ = ["doer_of_a_cleft", "same_time_otherwise"]

_WHO = normalize("من")
_CLEFT_PRONOUNS = frozenset(normalize(w) for w in lexicon.CLEFT_PRONOUNS)
_SELF_WORDS = frozenset(normalize(w) for w in lexicon.SELF_WORDS)
_COPULAS = frozenset(normalize(w) for w in lexicon.PAST_COPULAS)
_NOT_AFTER = frozenset(bare(normalize(w)) for w in (*lexicon.NOT_CLEFT_AFTER, *lexicon.SUPERLATIVES))
_GLUED = tuple(normalize(w) for w in ("بال", "لل", "كال", "فال"))
_NOT_BEFORE = frozenset(bare(normalize(w)) for w in lexicon.NOT_CLEFT_BEFORE)
_AFTER_VERB = 10  # how far after its verb a sentence's doer may stand, a title chain between ("أعلن ولي ولي العهد … الأمير X")
_BEFORE_VERB = 3  # how far before it ("وقال الكرملين إن الرئيس بشار الأسد طلب …")


def doer_of_a_cleft(a: Alignment) -> tuple[str, str] | None:
    """The claim names the one who did its deed in a cleft: its doer, then "من" and the verb ("وكان الملك سلمان بنفسه
    من أعلن الرؤية", "والأسد هو من طلب الدعم"; a pronoun or a word of self between, or "كان" before the doer), where
    the sentence's word for a word of the doer is not in the clause of its word for the verb, within a doer's reach: the
    article's other sentence naming the king as who presided the cabinet made him the vision's announcer (dev 40, kept
    contradicted: "every word of the claim is in the source"), or the sentence names the doer and no word of the verb. (the
    claim's doer, its verb), or None."""
    tokens = a.claim.positioned_tokens()
    if tokens is None:
        return None
    cw, ev = a.claim.words, a.evidence.words
    at_pos = {w.pos: i for i, w in enumerate(cw)}
    for k in range(1, len(tokens) - 1):
        # (the word after "من" a verb: no article, no name, no role; "مشبعة بغلاف جوي من الأكسجين" is "of")
        if tokens[k].norm != _WHO or (v := at_pos.get(k + 1)) is None or ARTICLE.match(cw[v].norm) or cw[v].name \
                or cw[v].role not in ("", "من") or bare(cw[v].norm) in _NOT_AFTER or bare(tokens[k - 1].norm) in _NOT_BEFORE \
                or cw[v].text.endswith("ة"):  # (no verb ends in ة: "بالقرب من بلدة البستان")
            continue
        d, marked = k - 1, False
        while d >= 0 and (tokens[d].norm in _CLEFT_PRONOUNS or bare(tokens[d].norm) in _SELF_WORDS):
            d, marked = d - 1, True
        doer = []
        while d >= 0 and d in at_pos and at_pos[d] in a.links and not cw[at_pos[d]].role \
                and not cw[at_pos[d]].norm.startswith(_GLUED):  # (a bare doer: no "بالقرب", "للمشروع")
            doer.append(at_pos[d])
            d -= 1
        copula = d >= 0 and without_conjunction(tokens[d].norm) in _COPULAS
        if not doer or not (marked or copula):
            continue
        verb = a.links.get(v)
        if verb is None:  # (the verb found in no word of the sentence that names the doer: "known" from the article)
            return cw[doer[-1]].text, cw[v].text
        e_verb = verb.evidence
        # (the sentence's word after its own "من" is the claim's reading too: "كانت روسيا من أبرز موردي القمح")
        if normalize(ev[e_verb].role) == _WHO:
            continue
        lo, hi = sentence_of(ev, e_verb)
        home = ev[e_verb].clause
        # (after the verb, the doer stands before the claim's object: "أعلن الوزير الخطة، ورحب بها الرئيس")
        objects = [link.evidence for i, link in a.links.items() if i > v and link.evidence > e_verb]
        reach = min([e_verb + _AFTER_VERB, *objects])
        far = [i for i in doer if not (lo <= (j := a.links[i].evidence) < hi and ev[j].clause == home
                                       and e_verb - _BEFORE_VERB <= j <= reach and j != e_verb)]
        if far:  # (every word of the doer: "سلمان" of "محمد بن سلمان" is not the king's "الملك سلمان")
            return cw[far[-1]].text, cw[v].text
    return None


_SAME = frozenset(normalize(w) for w in lexicon.SAME_TIME_WORDS)
_TIME_NOUNS = frozenset(bare(normalize(w)) for w in lexicon.SAME_TIME_NOUNS)


def same_time_otherwise(a: Alignment) -> tuple[str, str] | None:
    """The claim's time noun told as the same one ("في اليوم نفسه", "في العام ذاته") linked to the sentence's same noun
    with a word of its own right after it ("في اليوم التالي", "في العام السابق"): the next day is not the same day, whatever
    else the two share (main supported "وأقر مجلس الوزراء الخطة في اليوم نفسه" by "… في اليوم التالي" at 0.84, "every word
    of the claim is in the source": "نفسه" is no word the aligner reads). (the claim's words, the sentence's), or None."""
    tokens = a.claim.positioned_tokens()
    if tokens is None:
        return None
    ev = a.evidence.words
    used = {link.evidence for link in a.links.values()}
    for i, w in enumerate(a.claim.words):
        link = a.links.get(i)
        if link is None or bare(w.norm) not in _TIME_NOUNS or w.pos + 1 >= len(tokens) or tokens[w.pos + 1].norm not in _SAME:
            continue
        j = link.evidence
        if bare(ev[j].norm) != bare(w.norm):  # (the same noun: "الوقت" linked to "ساعات" tells no same time)
            continue
        lo, hi = sentence_of(ev, j)
        after = j + 1
        if after < hi and ev[after].pos == ev[j].pos + 1 and after not in used and ev[after].norm not in _SAME:
            return f"{w.text} {tokens[w.pos + 1].text}", f"{ev[j].text} {ev[after].text}"
    return None
