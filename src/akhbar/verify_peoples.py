"""Peoples and places on the two sides of a pair: a place someone came from is not where the deed happened, a country
and a nationality (or a place and its preposition) that change places, the deed of another people the sentence places
by the claim's country. Each check returns what it found, or None; :func:`akhbar.verify_routes.read_otherwise` closes
every route on it and :mod:`akhbar.verify_reasons` names it. Moved out of verify_routes (round 40), no change.
"""

from __future__ import annotations

from .align import Alignment, Word
from .arabic import without_conjunction
from .conflicts import same_country
from .qa.match import bare
from .wordfacts import PLACES
from .wordtables import people_key

__all__ = ["crossed_nationality", "crossed_preposition", "other_people", "place_of_origin"]


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
