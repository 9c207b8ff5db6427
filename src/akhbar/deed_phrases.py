"""A deed the claim tells in other words than the sentence: a verb and its verbal noun for the noun's own verb ("قدم
الوزير استقالته" / "استقال الوزير"), another verb of the same deed before the same object ("فرضت الحكومة حالة الطوارئ"
/ "أعلنت الحكومة حالة الطوارئ"), or a verb of one deed the word tables cannot link, in the verb's own slot ("شيدت الشركة
الجسر" / "بنت الشركة الجسر"). Each returns the claim words it makes known (akhbar.align.align), the rest of the claim
compared as before: its doer and object must be the sentence's, its negation and its values too (round 40, guard49;
lexicon.PHRASED_DEEDS, SAME_OBJECT_DEEDS, SLOT_DEEDS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lexicon
from .arabic import normalize, without_conjunction
from .clauses import FUTURE_VERB
from .qa.match import bare
from .wordfacts import ARTICLE

if TYPE_CHECKING:
    from .link_pruning import Link
    from .sides import Side, Word

__all__ = ["deed_in_the_same_slot", "phrase_of_the_deed"]


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_PHRASED = tuple((_folded(verbs), _folded(nouns)) for verbs, nouns in lexicon.PHRASED_DEEDS)
_SAME_OBJECT = tuple((_folded(verbs), _folded(objects)) for verbs, objects in lexicon.SAME_OBJECT_DEEDS)
_SLOTS = tuple(_folded(group) for group in lexicon.SLOT_DEEDS)
_PRONOUNS = ("هما", "هم", "ها", "ه")
_REACH = 4  # the verb's doer between the verb and its noun: up to three words


def noun_forms(norm: str) -> frozenset[str]:
    """A noun as the lexicon lists it: without و / ف, its clitics and article ("بالاستقالة"), its pronoun ("استقالته",
    "استقالاتهم": a feminine's ت is its ة again) and the alif of its tanween ("اجتماعا")."""
    b = bare(without_conjunction(norm))
    out = {b}
    for p in ("ته", "تها", "تهم", "تهما"):
        if b.endswith(p) and len(b) - len(p) >= 3:
            out.add(b[:-len(p)] + "ه")
    for p in _PRONOUNS:
        if b.endswith(p) and len(b) - len(p) >= 3:
            out.add(b[:-len(p)])
    if b.endswith("ا") and len(b) >= 5:
        out.add(b[:-1])
    return frozenset(out)


def _verb_in(norm: str, verbs: frozenset[str]) -> bool:
    """A word of ``verbs`` as written or after its و / ف ("فرضت" is a verb of its own, "وفرضت" the same verb; "وشن" too,
    which without_conjunction keeps whole: the list is closed)."""
    return norm in verbs or without_conjunction(norm) in verbs or norm[:1] in ("و", "ف") and norm[1:] in verbs


def _framed_by(evidence: Side, at: int, verbs: frozenset[str], used: set[int]) -> bool:
    """A verb of ``verbs`` the sentence writes before its token ``at`` in the same clause, itself linked to no claim word,
    with only words the claim says between (its doer, up to three words)."""
    tokens = evidence.text_tokens()
    clause = {w.pos: w.clause for w in evidence.words}
    home = clause.get(at)
    for k in range(at - 1, max(at - _REACH - 1, -1), -1):
        if k in clause and clause[k] != home:
            return False
        if _verb_in(tokens[k].norm, verbs) and k not in used:
            return True
        if k in clause and k not in used:
            return False  # (a word of the sentence's own between: "أعلنت الحكومة انتهاء حالة الطوارئ" ended it)
    return False


def _doer_between(claim: Side, links: dict[int, Link], i: int, j: int) -> bool:
    """The claim's words between its verb ``i`` and its noun ``j`` all linked: the doer is the sentence's."""
    return j - i <= _REACH and claim.words[j].pos - claim.words[i].pos <= _REACH and all(k in links for k in range(i + 1, j))


def _deed_verb(evidence: Side, e: Word, nouns: frozenset[str]) -> bool:
    """The sentence's word for the claim's noun is the deed's verb: no article, no name, not the noun itself ("استقالة")
    nor a participle ("مستقيل"). A verb written as its noun ("أمر", ordered / an order) is the verb right before the "ب" of
    what it orders ("وأمر بإخلاء المستودعات"), not with its doer or the one ordered between ("وأمره الرئيس بإغلاق …")."""
    b = bare(without_conjunction(e.norm))
    if ARTICLE.match(e.norm) or e.name or b.startswith("م"):
        return False
    if b in nouns:
        tokens = evidence.text_tokens()
        return e.pos + 1 < len(tokens) and tokens[e.pos + 1].norm.startswith("ب") and len(tokens[e.pos + 1].norm) >= 4
    return not noun_forms(e.norm) & nouns


_PLAN_PARTICLES = frozenset(normalize(w) for w in lexicon.PLAN_PARTICLES)


def _told_ahead(evidence: Side, e: Word) -> bool:
    """The sentence's verb of the noun is a future ("سيستقيل", "سوف يستقيل") or a present after a particle of a plan ("أن
    يستقيل", "لن يستقيل"): the deed is yet to be done (TRUST BUG, round 42: "قال وزير المالية إنه سيستقيل الأسبوع المقبل"
    supported "وقدم وزير المالية استقالته", 0.58, where verify_deeds reads no verb of the claim's own to set against it)."""
    folded = normalize(e.text)
    if FUTURE_VERB.match(folded) and folded != e.norm:
        return True
    tokens = evidence.text_tokens()
    return 0 < e.pos < len(tokens) and without_conjunction(tokens[e.pos - 1].norm) in _PLAN_PARTICLES


def _orders_the_same(claim: Side, evidence: Side, links: dict[int, Link], j: int, e: Word, nouns: frozenset[str]) -> bool:
    """A verb written as its noun ("وأمر بإخلاء …") orders what the claim's noun orders: the claim's word right after its
    noun is linked to the sentence's right after the verb ("أصدر أوامره بتفقد المعسكر" is not told by "تفقد المعسكر،
    وأمر بإخلاء المستودعات"). Any other verb: nothing to check."""
    if bare(without_conjunction(e.norm)) not in nouns:
        return True
    after = links.get(j + 1)
    return after is not None and claim.words[j + 1].pos == claim.words[j].pos + 1 and evidence.words[after.evidence].pos == e.pos + 1


def _owned_by_another(evidence: Side, at: int, used: set[int]) -> bool:
    """The sentence's noun at ``at`` is another's: the word right after it, a content word, is linked to no claim word
    ("أعلن الوزير استقالة رئيس الحكومة": the prime minister's resignation, not the minister's own)."""
    return any(w.pos == at + 1 and w.pos not in used for w in evidence.words)


def phrase_of_the_deed(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's verb of lexicon.PHRASED_DEEDS (not linked), its verbal noun after its doer linked to the sentence's
    verb of that noun ("قدم وزير المالية استقالته" / "استقال وزير المالية"), or to the same noun the sentence frames with a
    verb of the same entry ("قدم رئيس الوزراء استقالة حكومته" / "أعلن رئيس الوزراء استقالة حكومته"); the claim's verb of
    lexicon.SAME_OBJECT_DEEDS before its object, linked to the sentence's object of a verb of the same entry ("فرضت" /
    "أعلنت" … "حالة الطوارئ"). Such verbs are known. Not a noun another verb frames ("رفض الرئيس استقالة الوزير")."""
    used = {evidence.words[link.evidence].pos for link in links.values()}
    out: set[int] = set()
    for i, w in enumerate(claim.words):
        if i in links:
            continue
        for j in range(i + 1, min(i + _REACH + 1, len(claim.words))):
            link = links.get(j)
            if link is None or not _doer_between(claim, links, i, j):
                continue
            e, forms = evidence.words[link.evidence], noun_forms(claim.words[j].norm)
            for verbs, nouns in _PHRASED:
                if _verb_in(w.norm, verbs) and forms & nouns and link.kind != "fuzzy" \
                        and (_deed_verb(evidence, e, nouns) and not _told_ahead(evidence, e)
                             and _orders_the_same(claim, evidence, links, j, e, nouns)
                             or noun_forms(e.norm) & nouns and _framed_by(evidence, e.pos, verbs, used)
                             and not _owned_by_another(evidence, e.pos, used)):
                    out.add(i)
            for verbs, objects in _SAME_OBJECT:
                if _verb_in(w.norm, verbs) and forms & objects and link.strength >= 0.95 and _framed_by(evidence, e.pos, verbs, used):
                    out.add(i)
    return out


def deed_in_the_same_slot(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's verb of a lexicon.SLOT_DEEDS group (not linked) where the sentence writes a verb of that group, as
    written, in its slot: right before the sentence's word linked to the claim's word right after the verb, or right
    after the one linked to the claim's word right before it ("بنت الشركة الجسر" / "شيدت الشركة الجسر"; "الشركة شيدت
    الجسر"). The sentence's verb must be linked to no other claim word."""
    tokens = evidence.text_tokens()
    used = {evidence.words[link.evidence].pos for link in links.values()}
    out: set[int] = set()
    for i, w in enumerate(claim.words):
        group = next((g for g in _SLOTS if _verb_in(w.norm, g)), None)
        if i in links or group is None:
            continue
        slots = []
        if (after := links.get(i + 1)) is not None and claim.words[i + 1].pos == w.pos + 1 and after.strength >= 0.95:
            slots.append(evidence.words[after.evidence].pos - 1)
        if (before := links.get(i - 1)) is not None and i and claim.words[i - 1].pos == w.pos - 1 and before.strength >= 0.95:
            slots.append(evidence.words[before.evidence].pos + 1)
        if any(0 <= k < len(tokens) and k not in used and _verb_in(tokens[k].norm, group) for k in slots):
            out.add(i)
    return out
