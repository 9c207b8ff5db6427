"""A verb whose voice the letters do not show: "اتهم" is "accused" and "was accused" alike. A sentence that writes
no object between such a verb and its "ب" ("وعزل المحافظ … واتهم لاحقا بالرشوة") tells who was accused; a claim
that writes a doer and an object there ("اتهم المحافظ الوزير بالرشوة") tells who accused whom, which the sentence
does not (the lead's real news, round 37, had such a claim supported at 0.81, every word of it in the sentence).

A verb whose doer only its ending shows: in "سهّل الانسحاب على الجنود دخول القرى التي هجروها" the "وا" of "هجروها"
stands for those who left the villages, whom the relative clause does not name (not the villages it qualifies, nor the
soldiers of the clause before): a claim that names the doer ("هجر الجنود القرى") gives the deed to whom the sentence
does not (the lead's real news, round 42, had such a claim supported at 0.86).
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment
from .arabic import normalize, without_conjunction

__all__ = ["accused_told_as_accuser", "doer_of_a_relative_clause"]

_VERBS = frozenset(normalize(w) for w in lexicon.OBJECT_BEFORE_BI_VERBS)
# Words that may stand between the verb and its "ب" without being its object: a preposition opening an aside of two
# words ("على الأثر", "في وقت لاحق") or one word of time.
_ASIDE_OPENERS = frozenset(normalize(w) for w in ("على", "في", "من", "عن", "إلى", "منذ", "بعد", "قبل"))
_TIME_WORDS = frozenset(normalize(w) for w in ("أمس", "مجددا", "مجدداً", "لاحقا", "لاحقاً", "سابقا", "سابقاً", "أيضا", "أيضاً"))
_REACH = 4  # tokens from the verb to its "ب"
_NOT_CHARGES = frozenset(normalize(w) for w in ("بعد", "بين", "بسبب", "بشأن", "بحسب", "بينما"))


def accused_told_as_accuser(a: Alignment) -> tuple[str, str] | None:
    """(the claim's verb, the sentence's word after "ب") where a claim verb of lexicon.OBJECT_BEFORE_BI_VERBS, with two
    words or more between it and its "ب" (a doer and an object), is linked to the same verb of the sentence written
    with nothing between it and its "ب" but an aside (a passive: the sentence's subject is the one accused). Else None."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if without_conjunction(c_tokens[c.pos].norm) not in _VERBS or without_conjunction(e_tokens[e.pos].norm) not in _VERBS:
            continue
        c_by, e_by = _charge(c_tokens, c.pos), _charge(e_tokens, e.pos)
        if c_by is None or e_by is None:
            continue
        doer_and_object = c_tokens[c.pos + 1:c_by]
        if len(doer_and_object) >= 2 and not any(t.norm in _ASIDE_OPENERS for t in doer_and_object) \
                and _aside_only(e_tokens[e.pos + 1:e_by]):
            return c.text, e_tokens[e_by].text
    return None


def _charge(tokens, at: int) -> int | None:
    """The first token after ``at``, at most four on, written with a glued "ب" ("بالفساد", "بتزوير"), or None."""
    for k in range(at + 1, min(len(tokens), at + 1 + _REACH)):
        norm = tokens[k].norm
        if norm.startswith("ب") and len(norm) >= 4 and norm not in _NOT_CHARGES:
            return k
    return None


def _aside_only(between) -> bool:
    """Nothing, one word of time, or a preposition and its word: no object."""
    return not between or (len(between) == 1 and between[0].norm in _TIME_WORDS) or (
        len(between) == 2 and between[0].norm in _ASIDE_OPENERS)


# A relative pronoun of one thing ("التي", "الذي"): a verb after it written with a doer of many ("فروا") has a doer of its
# own, not the noun the pronoun qualifies.
_ONE_THING_RELATIVES = frozenset(normalize(w) for w in ("الذي", "التي"))
_MANY_DOERS = ("وا", "وها", "وه", "وهم", "وهما", "ونا")  # the "وا" of many doers, with an object's pronoun after it ("احتلوها")


def doer_of_a_relative_clause(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's verb) where a claim verb with its doer right before or after it (a bare word,
    linked) is linked to a past the sentence writes right after "التي" / "الذي" with the "وا" of many doers ("فروا منها",
    "احتلوها"), while the
    claim's doer stands elsewhere in the sentence than the relative's own noun: the sentence does not say who did it.
    Else None."""
    e_tokens = a.evidence.positioned_tokens()
    if e_tokens is None:
        return None
    words = a.claim.words
    for i, link in a.links.items():
        e = a.evidence.words[link.evidence]
        if not (e.pos >= 2 and e_tokens[e.pos - 1].norm in _ONE_THING_RELATIVES and e.norm.endswith(_MANY_DOERS)):
            continue
        for k in (i - 1, i + 1):
            if not (0 <= k < len(words)) or k not in a.links or words[k].role or abs(words[k].pos - words[i].pos) != 1:
                continue
            doer = a.evidence.words[a.links[k].evidence]
            if doer.pos != e.pos - 2:
                return words[k].text, e.text
    return None
