"""Who a deed is from, with, for or against is told by the preposition before the party: the claim's "من الأهلي" set
where the sentence says "من النادي الإماراتي" (and names Al Ahly only "مع الأهلي", in a clause before), or "المدرب
الجديد للنصر" where it says "المدرب الجديد للهلال" (and Al Nassr only "على النصر"), is another party in that slot.
The lead's real news showed both kinds in round 36, supported, every word of the claim being somewhere in the sentence.
So does the place of a journey: where someone went ("متوجهاً إلى الدوحة") is not the place left (:func:`place_of_the_other_end`).
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Word
from .arabic import normalize, without_conjunction
from .exchanged import two_way
from .qa.match import bare
from .wordfacts import ARTICLE

__all__ = ["object_said_with", "parties_met_apart", "party_of_a_go_between", "party_of_another_preposition",
           "place_of_the_other_end", "place_passed_through"]

# The prepositions that name a party of the deed, each with the ones that may stand for it in a rewording: "قدم إلى
# الوزير" / "قدم للوزير". Not "في" or "ب" (a place, a time, a means: a rewording moves them freely), nor "بين" (a
# rewording of "مع": "اتفاق بين الدولتين" / "اتفاق مع الدولة").
_KINDS = {normalize(w): kind for kind, words in (("from", ("من",)), ("with", ("مع",)), ("on", ("على",)),
                                                 ("to", ("إلى", "ل")), ("about", ("عن",))) for w in words}


def _kind(w: Word) -> str:
    """The party preposition before the word: its role word, or a ل glued to a word written with its hamza
    ("لأرسنال": the role reader leaves a ل before an alif, which "لاعب" begins with too)."""
    if w.role:
        return _KINDS.get(w.role, "")
    return "to" if len(w.text) >= 5 and w.text[0] == "ل" and w.text[1] in "أإآ" else ""


def _party(words: list[Word], k: int) -> bool:
    """The word at ``k`` may name a party: a name, a place, a noun with its article, or a word with no object of its
    own after it, and no pronoun glued to it; not a verbal noun of purpose before its object ("لإنشاء مصنع"، "لبناء
    الجسر": why, not for whom). A name or an adjective of relation after it is no object ("ريال مدريد الإسباني")."""
    w = words[k]
    if not w.name and len(w.text) >= 4 and w.text.endswith(("ه", "ها", "هم", "هما")):
        return False  # (a word with its pronoun stands for a party named elsewhere, maybe the claim's: "على بلاده")
    core = without_conjunction(w.norm)
    core = core[1:] if core[:1] in "لب" and not core.startswith("ال") else core
    if w.name or w.place or core.startswith("ال"):
        return True
    after = _next(words, k)
    return after is None or bool(after.role) or after.name or _of_relation(after)


def _told_apart(words: list[Word], k: int) -> bool:
    """The noun at ``k`` is followed by an adjective of relation with its article ("النادي الإماراتي")."""
    after = _next(words, k)
    return after is not None and ARTICLE.match(after.norm) is not None and _of_relation(after)


def _next(words: list[Word], k: int) -> Word | None:
    """The word written right after the word at ``k``, if any."""
    return words[k + 1] if k + 1 < len(words) and words[k + 1].pos == words[k].pos + 1 else None


def _of_relation(w: Word) -> bool:
    """An adjective of relation (a nisba: "الإيطالي", "السعودية")."""
    return bare(w.norm).endswith(("ي", "يه"))


def party_of_another_preposition(a: Alignment) -> tuple[str, str] | None:
    """The claim says a party word after a preposition, right after a word it links (its verb, its noun); the sentence
    has, right after that word's partner, the same preposition before a word the claim does not link, and gives the
    claim's party another preposition (or none) elsewhere. (the claim's party, the sentence's) as written, or None."""
    ev = a.evidence.words
    by = {link.evidence: a.claim.words[i] for i, link in a.links.items()}
    for i, link in a.links.items():
        c, e = a.claim.words[i], ev[link.evidence]
        kind = _kind(c)
        before = a.links.get(i - 1)
        if not kind or kind == _kind(e) or before is None or a.claim.words[i - 1].pos < c.pos - 2 \
                or two_way(a.claim.words[i - 1]) \
                or not _party(a.claim.words, i):
            continue
        j = before.evidence + 1
        # (the slot's word is the claim's other party, said there with another preposition: the two exchanged)
        if j >= len(ev) or ev[j].pos - ev[before.evidence].pos > 2 or _kind(ev[j]) != kind or not _party(ev, j) \
                or ev[j].keys & c.keys or (j in by and _kind(by[j]) == kind):
            continue
        # (the claim's party said right after the sentence's word of that slot is its own: "من نادي ميلان")
        if link.evidence > j and e.pos - ev[j].pos <= 3:
            continue
        # (the claim's party is a title before the name the slot holds: "لمنتخب كولومبيا" / "لكولومبيا")
        if (name := _next(a.claim.words, i)) is not None and name.keys & ev[j].keys:
            continue
        # (a bare noun with its article may stand for the claim's party: "القائمون على المشروع" for Neom's; one its
        # adjective tells apart is another, "من النادي الإماراتي")
        if ARTICLE.match(ev[j].norm) and not ev[j].name and not ev[j].place and not _told_apart(ev, j):
            continue
        return c.text, ev[j].text
    return None


_WITH = normalize("مع")


def object_said_with(a: Alignment) -> tuple[str, str] | None:
    """The claim gives its verb (linked word for word, of no two-way deed) an object the sentence names only after
    "مع", the other party of something else: "قتل متظاهر في اشتباكات مع الشرطة" tells no "قتل متظاهر شرطياً في
    اشتباكات" (the lead's real news, round 37: supported, every word of the claim being in the sentence). The object:
    a common noun with no preposition, after the verb's doer and written in the accusative ("شرطياً").
    (the claim's object, the sentence's word after "مع"), or None."""
    first = a.links.get(0)
    if first is None or first.strength < 0.95 or a.claim.words[0].pos or two_way(a.claim.words[0]):
        return None
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if i >= 2 and not c.role and not c.name and c.text.endswith(("اً", "ًا")) and e.role == _WITH:
            return c.text, e.text
    return None


def parties_met_apart(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, its other party) where the claim has its verb's doer meet a party after "مع" ("سيلتقي Y مع
    وزراء …") and the sentence names the two each after a "مع" of its own, as two parties another meets ("سيلتقي X مع
    نظيره Y ومع وزراء …"): who X meets is not who meets whom (the lead's real news, round 44's dev batch 25: supported
    at 0.97). Read by the sentence's tokens: a "مع" or "ومع" at most four words before each, no comma between."""
    tokens = a.evidence.positioned_tokens()
    first, doer = a.links.get(0), a.links.get(1)
    if tokens is None or first is None or doer is None or first.strength < 0.95 or a.claim.words[0].pos \
            or a.claim.words[1].pos != 1 or a.claim.words[1].role:
        return None
    other = next((i for i, w in a.links.items() if i >= 2 and a.claim.words[i].role == _WITH), None)
    if other is None:
        return None
    at_doer = _with_before(tokens, a.evidence.words[doer.evidence].pos)
    at_other = _with_before(tokens, a.evidence.words[a.links[other].evidence].pos)
    if at_doer is None or at_other is None or at_doer == at_other or a.evidence.words[first.evidence].pos > min(at_doer, at_other):
        return None
    return a.claim.words[1].text, a.claim.words[other].text


def _with_before(tokens: tuple, k: int) -> int | None:
    """The position of the "مع" (or "ومع") at most four tokens before token ``k``, no comma and no other "مع" between."""
    for j in range(k - 1, max(k - 5, -1), -1):
        if tokens[j].norm in (_WITH, "و" + _WITH):  # (without_conjunction keeps a word of three letters whole)
            return j
        if "،" in tokens[j].text or "," in tokens[j].text:
            return None
    return None


_LEAVING = frozenset(normalize(w) for w in lexicon.LEAVING_VERBS)
_REACHING = frozenset(normalize(w) for w in lexicon.REACHING_VERBS)
_HEADING = frozenset(normalize(w) for w in lexicon.HEADING_WORDS)
_TRANSIT = frozenset(normalize(w) for w in lexicon.TRANSIT_WORDS)
_TO, _FROM, _ABOUT, _TOWARDS = normalize("إلى"), normalize("من"), normalize("عن"), normalize("نحو")


def place_of_the_other_end(a: Alignment) -> tuple[str, str] | None:
    """(the claim's place, the sentence's words for it) when the claim says a place was left (bare or after "من" / "عن"
    past a verb of leaving: "غادر اللاعب الدوحة", lexicon.LEAVING_VERBS) and the sentence names it as where someone
    went ("متوجهاً إلى الدوحة", "صوب", "باتجاه": lexicon.HEADING_WORDS); or the claim says it was reached (bare or after
    "إلى" past a verb of reaching: "وصل الوفد الرياض") and the sentence names it only after "من", where someone came
    from. The guard's round-37 find: "غادر … النادي متوجهاً إلى الدوحة" supported "غادر … الدوحة" at 0.83. Else None."""
    tokens = a.evidence.positioned_tokens()
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        verbs = {without_conjunction(w.norm) for w in a.claim.words if w.pos < c.pos}
        heading = e.role in (_TO, _TOWARDS) or (tokens is not None and 0 < e.pos < len(tokens)
                                               and without_conjunction(tokens[e.pos - 1].norm) in _HEADING)
        if verbs & _LEAVING and c.role in ("", _FROM, _ABOUT) and heading:
            return c.text, f"{tokens[e.pos - 1].text if e.pos and tokens is not None else ''} {e.text}".strip()
        if verbs & _REACHING and (c.place or c.name) and c.role in ("", _TO) and e.role == _FROM:
            return c.text, f"من {e.text}"
    return None


def place_passed_through(a: Alignment) -> tuple[str, str] | None:
    """(the claim's place, the sentence's words for it) when the claim says someone went to it ("إلى إسطنبول", "نحو")
    and the sentence names it only as a place passed through on the way ("توجه الوفد إلى جنيف عبر إسطنبول", "مروراً
    بدبي": lexicon.TRANSIT_WORDS): a stop is not the destination (round 43's held out, now dev: supported at 0.59,
    every word of the claim in the sentence, "عبر" a stopword). Else None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if c.role in (_TO, _TOWARDS) and 0 < e.pos < len(tokens) and without_conjunction(tokens[e.pos - 1].norm) in _TRANSIT:
            return c.text, f"{tokens[e.pos - 1].text} {e.text}"
    return None


_WITH, _BETWEEN = normalize("مع"), normalize("بين")


def party_of_a_go_between(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, its party after "مع") where the claim opens on its verb and its doer and names a party after
    "مع" ("توصلت عمان إلى اتفاق مع البلدين") that the sentence names only after a "بين" its doer stands outside of,
    before it ("توسطت عمان بين البلدين حتى توصلا إلى اتفاق"): the one who stood between the parties, not one of them
    (held out 41, now dev: supported at 0.95, every word of the claim in the sentence; "رعت قطر محادثات بين الحكومة
    والمتمردين انتهت بتوقيع اتفاق" / "وقعت قطر اتفاقاً مع المتمردين", 0.59). Not a doer the sentence names after "بين" too
    ("اتفاق بين مصر والسودان" / "وقعت مصر اتفاقاً مع السودان": a rewording). Else None."""
    words, ev = a.claim.words, a.evidence.words
    if len(words) < 3 or words[0].pos != 0 or words[1].pos != 1 or words[1].role or 1 not in a.links:
        return None
    doer = ev[a.links[1].evidence]
    if doer.role or any(e.role == _BETWEEN and e.norm == doer.norm for e in ev):
        return None
    for i, link in a.links.items():
        e = ev[link.evidence]
        if words[i].role == _WITH and e.role == _BETWEEN and doer.pos < e.pos and e.clause == doer.clause:
            return words[1].text, words[i].text
    return None
