"""Who hosted and who issued: what a word of the sentence leaves untold, or tells of another party than the claim's doer.

- A meeting ("التقى الأمير بالسفير", "اجتمع", "لقاء") tells who met, not who received whom: a claim of a reception
  ("استقبل السفير الأمير", lexicon.RECEIVING_VERBS) tells a host the sentence does not name (:func:`host_untold`).
  verify54's round-42 find: supported at 0.97, the two verbs being one synonym group (lexicon.EQUIVALENT_DEEDS).
- A thing the sentence says was issued by a body ("بياناً صادراً عن رئاسة الوزراء", lexicon.ISSUED_PARTICIPLES) was
  issued by that body, not by the one who read it out or published it (:func:`issued_by_another`; round 42's held out,
  now dev: "تلا المتحدث … بياناً صادراً عن رئاسة الوزراء" supported "أصدر المتحدث … بياناً" at 0.97).
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment
from .arabic import normalize, without_conjunction
from .exchanged import two_way

__all__ = ["host_untold", "issued_by_another"]

_RECEIVING = frozenset(normalize(w) for w in lexicon.RECEIVING_VERBS)


def host_untold(a: Alignment) -> tuple[str, str] | None:
    """(the claim's verb of receiving, the sentence's word of meeting it is linked to) where the claim tells a reception
    and the sentence only a meeting (a word of a two-way relation, :func:`akhbar.exchanged.two_way`, that is no verb of
    receiving): the sentence does not say who was the host. Else None."""
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if without_conjunction(c.norm) in _RECEIVING and without_conjunction(e.norm) not in _RECEIVING and two_way(e):
            return c.text, e.text
    return None


_ISSUED = frozenset(normalize(w) for w in lexicon.ISSUED_PARTICIPLES)
# (the claim's verb of issuing, past only: a present "يصدر" / "تصدر" is also "is issued" or "tops")
_ISSUING = frozenset(normalize(w) for w in ("أصدر", "أصدرت", "أصدروا", "أصدرا", "أصدرتا"))
_ABOUT, _OF = normalize("عن"), normalize("ل")
_ISSUER_WORDS = 3  # the issuer's name after "عن": this many words at most ("عن رئاسة مجلس الوزراء")


def issued_by_another(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's "صادر عن …") where the claim's past verb of issuing ("أصدر المتحدث بياناً") is
    linked to a participle of issuing the sentence writes with its issuer after "عن" ("بياناً صادراً عن رئاسة الوزراء"),
    and the claim's doer (its word right after the verb) is none of the issuer's words. Else None."""
    ev = a.evidence.words
    for i, link in a.links.items():
        c, e = a.claim.words[i], ev[link.evidence]
        if without_conjunction(c.norm) not in _ISSUING or without_conjunction(e.norm) not in _ISSUED:
            continue
        j = link.evidence + 1
        if j >= len(ev) or ev[j].role != _ABOUT or ev[j].pos > e.pos + 2:
            return None
        issuer = {k for k in range(j, min(len(ev), j + _ISSUER_WORDS))
                  if ev[k].pos - ev[j].pos < _ISSUER_WORDS and (k == j or ev[k].role in ("", _OF))}
        doer = next((k for k, w in enumerate(a.claim.words) if w.pos == c.pos + 1), None)
        if doer is None or (doer in a.links and a.links[doer].evidence in issuer):
            return None
        return a.claim.words[doer].text, " ".join(ev[k].text for k in sorted(issuer))
    return None
