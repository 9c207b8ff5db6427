"""Peoples and places on the two sides of a pair: a place someone came from is not where the deed happened, a country
and a nationality (or a place and its preposition) that change places, the deed of another people the sentence places
by the claim's country. Each check returns what it found, or None; :func:`akhbar.verify_routes.read_otherwise` closes
every route on it and :mod:`akhbar.verify_reasons` names it. Moved out of verify_routes (round 40), and the
round's TRUST BUG: a country the sentence names only as the nationality of the claim's own doer or party is who, not
where (:func:`country_of_the_doer`).
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Word
from .arabic import normalize, without_conjunction
from .conflicts import same_country
from .qa.match import bare
from .wordfacts import ARTICLE, PLACES
from .wordtables import people_key

__all__ = ["country_of_the_doer", "crossed_nationality", "crossed_preposition", "other_people", "place_of_origin"]


def place_of_origin(a: Alignment) -> tuple[str, str] | None:
    """The claim's place after "في" (where its deed happened) linked to a place the sentence names after "من" (where
    someone came from), while the sentence's own clause puts the deed in another place after "في": "عقدت القمة في
    الرياض بحضور قادة من مصر" / "عقدت القمة في مصر" (TRUST BUG of the lead's round 28 probe, supported at 0.71). A
    capital and its country are one place. (the claim's place, the sentence's), or None."""
    used = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if not (c.place and e.place and c.role == "في" and e.role == "من"):
            continue
        for j, other in enumerate(a.evidence.words):
            if j not in used and other.place and other.role == "في" and other.clause == e.clause and other.pos < e.pos \
                    and not same_country(c, other) and not same_country(other, c):
                return c.text, other.text
    return None


def crossed_nationality(a: Alignment) -> tuple[str, str] | None:
    """A country linked to a nationality adjective on the other side, and a nationality adjective linked to a country,
    neither under a linked head: each people stands in the other's place ("العراق تلاحق مصارف أميركية" / "واشنطن تلاحق
    مصارف عراقية": who pursues and whose banks change sides; the words all link, and it was supported). A country
    under the head its adjective qualifies ("رئيس العراق" / "الرئيس العراقي") is the same slot. Returns the claim's
    country and adjective as written, else None."""
    moved: dict[tuple[str, str], str] = {}
    for i, link in a.links.items():
        c, e, j = a.claim.words[i], a.evidence.words[link.evidence], link.evidence
        kinds = (_people_kind(c), _people_kind(e))
        if kinds in (("country", "adjective"), ("adjective", "country")) and not (
                i and j and i - 1 in a.links and a.links[i - 1].evidence == j - 1):
            moved.setdefault(kinds, c.text)
    if len(moved) < 2:
        return None
    return moved[("country", "adjective")], moved[("adjective", "country")]


def other_people(a: Alignment) -> tuple[str, str] | None:
    """The claim's nationality adjective of a noun linked to a country of the sentence past that noun's partner (not
    right after it), where the sentence names another people with a word the claim has no partner for: the deed is
    that people's ("مظاهرات لبنانية على حدود سوريا" / "آلاف السوريين يتظاهرون على الحدود بين سوريا ولبنان": the
    country is where, not who). Returns (the claim's adjective, the sentence's people word) as written, else None."""
    used = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, e, j = a.claim.words[i], a.evidence.words[link.evidence], link.evidence
        # (a country before the partner of the adjective's noun is the deed's agent: "إسرائيل تشن غارة" is
        # "غارة إسرائيلية" whoever else the sentence names)
        if _people_kind(c) != "adjective" or not (e.place or bare(without_conjunction(e.norm)) in PLACES) \
                or not i or i - 1 not in a.links or a.links[i - 1].evidence >= j - 1:
            continue
        own = people_key(c.text)
        for k, w in enumerate(a.evidence.words):
            if k not in used and not w.place and people_key(w.text) not in (None, own):
                return c.text, w.text
    return None


def crossed_preposition(a: Alignment) -> tuple[str, str] | None:
    """Two places (or peoples) linked across the sentences where the preposition on one moves to the other: the claim
    has it on the first and not on the second, the sentence on the second's partner and not on the first's ("اليمن تودع
    ملياري دولار بالسعودية" / "مليارا دولار سعودية وديعة باليمن": who gives and who receives change sides; every word
    links). Returns the claim's two words as written, else None."""
    gained: dict[str, str] = {}
    lost: dict[str, str] = {}
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if not (_people_kind(c) or _people_kind(e)):
            continue
        pc, pe = _preposition(c), _preposition(e)
        if pc and not pe:
            lost.setdefault(pc, c.text)
        elif pe and not pc:
            gained.setdefault(pe, c.text)
    for p, word in lost.items():
        if p in gained and gained[p] != word:
            return word, gained[p]
    return None


def _preposition(w: Word) -> str:
    """The preposition بـ / لـ written on a place or people word ("بالسعودية"، "لليمن"، "بمصر"), else ""."""
    n = w.norm
    if n.startswith("لل") and len(n) > 4:
        return "ل"
    if n[:1] in ("ب", "ل") and len(n) > 3 and (n[1:].startswith("ال") or bare(n[1:]) in PLACES):
        return n[0]
    return ""


def _people_kind(w: Word) -> str:
    """"country" (a place: linked to a nationality, its country or capital), "adjective" (a nationality), else ""."""
    if w.place:
        return "country"
    return "adjective" if people_key(w.text) is not None else ""


# Words that may stand between a noun and the country the claim writes after it and still name whose it is: "وفد من
# تونس", "الساحل في سوريا" (a place's own country), or nothing ("وفد تونس").
_OF = frozenset(normalize(w) for w in ("من", "في"))
_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "لأن"))
_TRAVELLING = frozenset(normalize(w) for w in lexicon.TRAVELLING_PARTIES)


def country_of_the_doer(a: Alignment) -> tuple[str, str] | None:
    """A country of the claim linked only to a nationality adjective the sentence writes right after a party that goes
    places (lexicon.TRAVELLING_PARTIES: "الوفد التونسي", "الرئيس السوري") that the claim has too, the country after it
    in a place of its own: the nationality says who the noun is, not where its deed
    took it. "زار الوفد التونسي الجزائر" / "زار الوفد تونس", "وصل الوفد المصري إلى الرياض" / "وصل الوفد إلى مصر" (round
    39's TRUST BUG, supported at 0.88 and 0.91). Not where the claim writes the country right after its noun, or after
    "من" / "في" there ("وفد تونس", "وفد من تونس", "الساحل في سوريا": whose, as the nationality says), nor where the
    sentence names the country itself too; a country the claim says without the noun ("بلغ المغرب" / "بلغ المنتخب
    المغربي": the team is the country's) is another matter. (the claim's country, the sentence's noun and nationality),
    or None."""
    cw, ev = a.claim.words, a.evidence.words
    claim_tokens = a.claim.positioned_tokens()
    if claim_tokens is None:
        return None
    of_evidence = {link.evidence: i for i, link in a.links.items()}
    for i, link in a.links.items():
        c, j = cw[i], link.evidence
        if _people_kind(c) != "country" or _people_kind(ev[j]) != "adjective" or not j:
            continue
        noun = ev[j - 1]
        if noun.pos != ev[j].pos - 1 or noun.clause != ev[j].clause or noun.name or noun.place or j - 1 not in of_evidence \
                or bare(without_conjunction(noun.norm)) not in _TRAVELLING:
            continue
        own = cw[of_evidence[j - 1]]
        if own.pos > c.pos:
            continue  # (the country before the party: the deed's own doer, "ألمانيا تحذر" / "تحذيرات ألمانية")
        between = [without_conjunction(t.norm) for t in claim_tokens[own.pos + 1:c.pos]]
        if between and len(between) == 1 and between[0] in _OF or not between and not ARTICLE.match(own.norm):
            continue  # (whose: "وفد من تونس", "وفد تونس")
        if c.pos and without_conjunction(claim_tokens[c.pos - 1].norm) in _THAT:
            continue  # (the subject of a clause of its own: "قالت الحكومة إن العراق سيستضيف …")
        if any(w.place and (same_country(c, w) or same_country(w, c)) for w in ev):
            continue
        return c.text, f"{noun.text} {ev[j].text}"
    return None
