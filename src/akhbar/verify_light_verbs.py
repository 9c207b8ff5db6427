"""A deed the sentence tells through a light verb and its verbal noun ("قام المدرب بزيارة إلى اللاعب", "تلقى الوزير
اتصالاً من المحافظ") and the claim through the verb itself ("زار اللاعب المدرب", "اتصل الوزير بالمحافظ"): the aligner
links the verb to the verbal noun and each party to itself, so every word is linked and the roles, which the light verb
gives, were never compared (verify43's round-31 dev probe: both false claims supported, 0.86 and 0.92). The claim
checker's reading: :func:`light_verb_roles`.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment
from .arabic import normalize, without_conjunction

__all__ = ["light_verb_roles"]

_DEED = frozenset(normalize(w) for w in lexicon.DEED_LIGHT_VERBS)
_RECEIVING = frozenset(normalize(w) for w in lexicon.RECEIVING_LIGHT_VERBS)


def light_verb_roles(a: Alignment) -> tuple[str, str] | None:
    """The claim's doer (the word right after its verb, its first word) is not the doer of the sentence's deed told by a
    light verb and its verbal noun: the sentence names another party there, and the claim's doer stands in the place of
    the deed's object (after the verbal noun) or, under a verb of receiving ("تلقى"), is the one who received it.
    (the claim's doer, the deed's doer in the sentence), or None. "زار الأمين العام رئيس البرلمان" / "قام الأمين العام
    بزيارة إلى رئيس البرلمان" keeps its roles, and so does a claim that tells the receiving ("يتلقى").
    """
    claim, ev = a.claim.words, a.evidence.words
    verb = a.links.get(0)
    # (the claim's first word a verb told by the sentence's verbal noun: linked by its root or a synonym, not as written
    # and not a noun with its article, "المشاريع السياحية المصرية تحت التقييم" / "مصر تجري تقييماً للمشاريع السياحية")
    if verb is None or verb.kind in ("same", "stem") or claim[0].norm.startswith("ال") or len(claim) < 3 \
            or claim[0].pos != 0 or claim[1].pos != 1 or 1 not in a.links:
        return None
    noun = ev[verb.evidence]
    tokens = a.evidence.text_tokens()
    light = next((p for p in range(noun.pos - 1, -1, -1)
                  if without_conjunction(tokens[p].norm) in _DEED | _RECEIVING), None)
    if light is None or noun.pos - light < 2:
        return None
    named = range(light + 1, noun.pos)  # the light verb's doer, between it and the verbal noun
    doer_at = ev[a.links[1].evidence].pos
    later = [ev[link.evidence].pos for i, link in a.links.items() if i >= 2 and claim[i].pos > 1]
    receiving = without_conjunction(tokens[light].norm) in _RECEIVING
    if receiving:
        crossed = doer_at in named and any(p > noun.pos for p in later)
    else:
        crossed = doer_at > noun.pos and any(p in named for p in later)
    if not crossed:
        return None
    if receiving:  # (the deed's doer: the one it came from, after the verbal noun)
        return claim[1].text, next(ev[link.evidence].text for i, link in sorted(a.links.items())
                                   if i >= 2 and ev[link.evidence].pos > noun.pos)
    return claim[1].text, " ".join(t.text for t in tokens[light + 1:noun.pos])
