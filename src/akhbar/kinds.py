"""Words of exclusive kinds in a claim's slot (:data:`akhbar.lexicon.EXCLUSIVE_KINDS`: commodities, currencies, prizes,
weapons, men / women, nationalities): another member of the claim's kind in its place (:func:`kind_swaps`), a
nationality moved to another noun (:func:`moved_nationality`), a head the sentence qualifies by a word of its own
where the claim's qualifier is only the article's (:func:`qualified_otherwise`), and whether the words of a changed slot are common
words or synonyms that may only reword it (:func:`reworded_slots`, :func:`synonym_slot`). Split out of
:mod:`akhbar.conflicts`; like it, it refers to :mod:`akhbar.align` by module, so either may be imported first.
"""

from __future__ import annotations

import re

from . import align, lexicon
from .arabic import normalize, strip_marks, without_conjunction
from .qa.match import bare, forms
from .wordtables import kind_members, kind_names, lookup_keys, nationality_clitic, nationality_of, related, table_get, table_key

__all__ = ["NATIONALITY_KIND", "after_name_cue", "kind_member", "kind_swaps", "moved_nationality", "qualified_otherwise",
           "reworded_slots", "same_side_slot", "synonym_slot"]


def other_side(c: align.Word, e: align.Word) -> bool:
    """Two names of a win or a loss on the two sides of it: the claim's winner where the sentence has the beaten side
    ("وحسم المغرب المواجهة بركلات الترجيح" against "… ثم أقصوا إسبانيا بركلات الترجيح", the doer told before by another
    name): not one name set in another's place (dev 22's true sentence was replaced, "name المغرب ≠ إسبانيا"); roles
    exchanged are the swap checks' (exchanged.role_swaps)."""
    roles = {align.canonical_role(c.role, c.frame), align.canonical_role(e.role, e.frame)}
    return c.name and e.name and roles == {"winner", "loser"}


def kind_swaps(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A claim word of an exclusive kind (lexicon.EXCLUSIVE_KINDS: commodities, currencies, prizes,
    weapons, men / women, nationalities) where the sentence names another member of that kind and
    not the claim's, and the claim does not name the sentence's: "النفط يرتفع" / "الذهب يرتفع"."""
    ev = [(j, (w, kind_member(evidence, j))) for j, w in enumerate(evidence.words)]
    ev = [(j, (w, m)) for j, (w, m) in ev if m]
    if not ev:
        return []
    ev_members = frozenset().union(*(m for _, (_, m) in ev))
    cl = [(i, kind_member(claim, i)) for i in range(len(claim.words))]
    cl_members = frozenset().union(*(m for _, m in cl))
    ev_words = [form for w in evidence.words for form in {w.norm, bare(w.norm)}]
    out = []
    for i, members in cl:
        if not members or members & ev_members or _country_named(members, ev_words):
            continue
        kinds = {k for k, _ in members}
        # In the claim word's slot: next to the sentence's word for a neighbour of it ("سابق مصري" /
        # "سابق إسرائيلي"), not said of another thing elsewhere ("صاروخ أمريكي" / "المسبار الإماراتي").
        slot = {links[n].evidence + d for n in (i - 1, i + 1) if n in links for d in (-1, 1)}
        rival = next((w for j, (w, m) in ev
                      if j in slot and any(k in kinds and (k, member) not in cl_members for k, member in m)
                      and not other_side(claim.words[i], w)), None)
        if rival is not None:
            out.append((claim.words[i].text, rival.text))
    return out


def moved_nationality(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """The claim's nationality right after its noun ("جنود سوريين"), where the sentence gives that same noun another
    nationality ("جنود أتراك") and says the claim's only of another thing ("… في قصف سوري"): the word is linked, so
    :func:`kind_swaps` (which reads a nationality said nowhere) lets it pass, but whose soldiers they were changed.
    Not where the claim names the sentence's nationality too, nor where the sentence says the claim's pair
    anywhere ("… الجنود السوريين") or joins the two nationalities ("جنود أتراك وسوريون")."""
    out = []
    for i, w in enumerate(claim.words):
        head = i - 1
        if i not in links or head < 0 or head not in links or claim.words[head].pos != w.pos - 1 \
                or links[head].kind not in ("same", "stem") or claim.words[head].name:
            continue
        own = _adjective_nationality(w)
        if own is None or any(nationality_of(c.norm) not in (own, None) for c in claim.words) \
                or bare(claim.words[head].norm) in _UNITS or kind_member(claim, head):
            continue  # (after a unit or a kind's member the adjective names it: "دولار أميركي", "نفط سعودي")
        h = links[head].evidence
        after = h + 1
        if after >= len(evidence.words) or evidence.words[after].pos != evidence.words[h].pos + 1:
            continue
        rival = evidence.words[after]
        if _adjective_nationality(rival) in (own, None) or links[i].evidence == after:
            continue
        nxt = evidence.words[after + 1] if after + 1 < len(evidence.words) else None
        if nxt is not None and nxt.pos == rival.pos + 1 and nxt.norm.startswith("و") and nationality_of(nxt.norm) == own:
            continue
        heads = [k for k, e in enumerate(evidence.words) if claim.words[head].keys & e.keys]
        if any(k + 1 < len(evidence.words) and evidence.words[k + 1].pos == evidence.words[k].pos + 1
               and nationality_of(evidence.words[k + 1].norm) == own for k in heads):
            continue
        out.append((w.text, rival.text))
    return out


_UNITS = frozenset(bare(normalize(w)) for w in lexicon.MEASURE_UNITS)


def _adjective_nationality(w: align.Word) -> int | None:
    """The nationality a word names as an adjective or a people, not after a preposition ("بالسعودية": in the
    country, a place)."""
    got = nationality_clitic(w.norm)
    return got[0] if got and not (got[1][:1] in ("ب", "ك") or got[1] == "ل" or got[1].startswith("لل")) else None


# (as written: "شركة X" names a company, "الشركة تكشف" is the company doing something)
_NAME_CUES = frozenset(normalize(w) for w in (*lexicon.NAME_CUES, *lexicon.VENUES))


def qualified_otherwise(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int) -> bool:
    """The claim's word ``i``, a relational adjective, qualifies the noun or title right before it ("الحي الحكومي",
    "وزير المالية"), which the sentence
    says with a qualifier of its own right after it ("حي المال", "وزير الإسكان"): the article saying "الحكومة" or "المال"
    elsewhere does not make this district governmental nor this minister the finance one, so ``i`` is not borrowed from
    it (align's article context) nor linked to a word of the other sentence of a pair ("… ومقر الحكومة. وتضم العاصمة
    حي المال …"). Both qualifiers with the article; a name after the sentence's head ("الرئيس فلاديمير
    بوتين") or a word without the article ("الشركة نفسها") is no rival qualifier."""
    c, head = claim.words[i], claim.words[i - 1] if i else None
    if head is None or i - 1 not in links or c.name or head.name or c.pos != head.pos + 1 \
            or _NISBA.search(c.norm) is None or not (_ARTICLED.match(without_conjunction(head.norm)) or align.is_title(head)):
        return False
    h = links[i - 1].evidence
    if i in links and not _apart(evidence, h, links[i].evidence):
        return False
    j = h + 1
    if j >= len(evidence.words) or any(link.evidence == j for link in links.values()):
        return False
    e = evidence.words[j]
    return e.pos == evidence.words[j - 1].pos + 1 and not e.name and c.keys.isdisjoint(e.keys) \
        and _ARTICLED.match(c.norm) is not None and _ARTICLED.match(e.norm) is not None


_ARTICLED = re.compile("^(?:[بل]?ال|لل)")
_NISBA = re.compile("(?:ي|يه)$")  # a relational adjective ("الحكومي", "المالية"), as normalize folds ة


def _apart(side: align.Side, a: int, b: int) -> bool:
    """Words ``a`` and ``b`` of a pair of sentences (sides.merge) stand in different sentences: positions restart."""
    lo, hi = min(a, b), max(a, b)
    return any(side.words[k + 1].pos <= side.words[k].pos for k in range(lo, hi))


def reworded_slots(claim: align.Side, evidence: align.Side, slots: list[tuple[str, str]]) -> bool:
    """Every word the sentence puts in a slot of the claim, and the claim's word there, is a common word: no name
    or place, no member of an exclusive kind (lexicon.EXCLUSIVE_KINDS), no word of an antonym family. Such a pair
    may say one thing in other words ("يخضع للعلاج" / "يتلقى العلاج", "تمهيدا" / "استعدادا") as well as change it,
    and nothing tells which: ANS-train out of fold, the model's contradiction on such slots below P 0.8 is right
    about 6 times in 10, and a paraphrase more often than a change on ANS-dev. A name, a kind or an opposite in the
    slot is another value of the same kind: a change."""
    def common(side: align.Side, text: str) -> bool:
        j = next((j for j, w in enumerate(side.words) if w.text == text), None)
        if j is None or side.words[j].name or side.words[j].ant or kind_member(side, j):
            return False
        return not after_name_cue(side, j)

    return bool(slots) and all((common(claim, c) and common(evidence, e)) or synonym_slot(c, e) for c, e in slots)


def after_name_cue(side: align.Side, j: int) -> bool:
    """The word at ``j`` follows a name cue right before it, which makes it that thing's name ("ولاية أضنة", "استاد
    الثمامة", "حي الجمالية"), whatever its root."""
    before = side.words[j - 1] if j and side.words[j - 1].pos == side.words[j].pos - 1 else None
    return before is not None and bool({before.norm, before.norm[1:]} & _NAME_CUES)


def synonym_slot(claim_word: str, evidence_word: str) -> bool:
    """The two words of a slot share an Arabic WordNet synset (of up to eight words; by their lemmas for a verb
    form: "يناقش" / "يبحث", "تتخطى" / "تتفوق"), or one names a kind the other is a member of ("العملة" /
    "الجنيه", lexicon.KIND_NAMES): the sentence says the claim's word in other words, or more or less precisely."""
    c, e = normalize(claim_word), normalize(evidence_word)
    return related(c, e) or _kind_and_member(c, e) or _kind_and_member(e, c) or _death_and_killing(c, e)


_KILLING = frozenset(normalize(w) for w in lexicon.KILLING_WORDS)
_DEATH = frozenset(normalize(w) for w in lexicon.DEATH_WORDS)


def same_side_slot(claim: align.Side, evidence: align.Side, claim_word: str, evidence_word: str) -> bool:
    """The two words of a slot stand on the same side of one antonym family (lexicon.ANTONYMS: "ارتفع" / "زاد", both a
    rise): the sentence says the claim's word in other words, no change (round 39's held out: "ارتفع سعر الرغيف بمقدار
    ريال" / "زاد سعر الرغيف ريالاً" was contradicted at 0.93, "the source says ارتفع where the claim says زاد")."""
    c = next((w for w in claim.words if w.text == claim_word), None)
    e = next((w for w in evidence.words if w.text == evidence_word), None)
    if c is None or e is None or not c.ant & e.ant:
        return False
    # (not where the sentence writes the other side too: "خسرت الأسهم مكاسبها لتغلق على انخفاض" / "أغلقت على ارتفاع")
    opposite = {-k for k in c.ant & e.ant}
    return not any(w.ant & opposite for w in evidence.words)


def _death_and_killing(c: str, e: str) -> bool:
    """A death on one side where the other tells a killing: said more or less precisely, no change ("لقي متظاهر
    حتفه", read "توفي", against "قتل متظاهر" was contradicted: the lead's real news, round 37). Whether a killing the
    sentence tells only as a death is supported, verify_routes.other_death says (it is not)."""
    found = (forms(c), forms(e))
    return any(bool(one & _DEATH) and bool(other & _KILLING) for one, other in (found, found[::-1]))


def _kind_and_member(general: str, member: str) -> bool:
    kinds = table_get(kind_names(), general)
    return bool(kinds) and any(kind in kinds for kind, _ in table_get(kind_members(), member))


NATIONALITY_KIND = len(lexicon.EXCLUSIVE_KINDS) - 1  # the last kind: nationality adjectives


def _country_named(members: frozenset[tuple[int, int]], words: list[str]) -> bool:
    """The sentence names the country of a nationality of the claim ("سيارات كوريا" for "سيارات كورية"):
    a word that starts with the adjective without its ي (كوري → كوريا, مصري → مصر, ياباني → اليابان)."""
    for kind, member in members:
        if kind != NATIONALITY_KIND:
            continue
        for form in lexicon.EXCLUSIVE_KINDS[kind][member]:
            if not form.endswith("ي"):
                continue  # (a broken plural is no adjective: "ألمان" without its ن would find "المال")
            stem = normalize(form)[:-1]  # a listed word has no clitics: كوري keeps its ك
            if len(stem) >= 3 and any(w.startswith(stem) for w in words):
                return True
    return False
_ARTICLE_ONLY = frozenset(table_key(w) for w in lexicon.KIND_ARTICLE_ONLY)
_MEASURES = frozenset(bare(normalize(w)) for w in lexicon.KIND_MEASURES)
_QUALIFIERS = frozenset(bare(normalize(w)) for w in lexicon.KIND_QUALIFIERS)
_TA_MARBUTA_ONLY = frozenset(table_key(w) for w in lexicon.KIND_WITH_TA_MARBUTA_ONLY)
_NOT_BEFORE = {bare(normalize(w)): frozenset(bare(normalize(n)) for n in after) for w, after in lexicon.KIND_NOT_BEFORE.items()}


def kind_member(side: align.Side, j: int) -> frozenset[tuple[int, int]]:
    """(kind, member) of lexicon.EXCLUSIVE_KINDS that word ``j`` of ``side`` names there, where the
    word is one (lexicon.KIND_ARTICLE_ONLY, KIND_QUALIFIERS, KIND_NOT_BEFORE): the verb "ذهبت" is no gold,
    "المواد الخام" no oil, "ريال مدريد" no currency."""
    w = side.words[j]
    members = table_get(kind_members(), w.norm)
    if not members:
        return members
    b = bare(w.norm)
    prev = side.words[j - 1] if j and side.words[j - 1].pos == w.pos - 1 else None
    after = side.words[j + 1] if j + 1 < len(side.words) and side.words[j + 1].pos == w.pos + 1 else None
    if (not set(lookup_keys(w.norm)).isdisjoint(_ARTICLE_ONLY) and not b.endswith(("ي", "يه"))
            and "ال" not in w.norm[:len(w.norm) - len(b)] and not w.norm.startswith("لل")
            and not (prev is not None and bare(prev.norm) in _MEASURES)):
        return frozenset()
    if (b in _QUALIFIERS and prev is not None and bare(prev.norm) != prev.norm.removeprefix("و")
            and prev.norm.removeprefix("و").startswith("ال") and not table_get(kind_members(), prev.norm) & members):
        return frozenset()
    if after is not None and bare(after.norm) in _NOT_BEFORE.get(b, ()):
        return frozenset()
    if not set(lookup_keys(w.norm)).isdisjoint(_TA_MARBUTA_ONLY) and not strip_marks(w.text).endswith("ة"):
        return frozenset()  # (the verb "منح", not the noun "منحة")
    return members
