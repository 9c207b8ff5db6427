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
from .numbers import find_numbers
from .qa.match import bare
from .wordfacts import ARTICLE, is_reward

if TYPE_CHECKING:
    from .align import Alignment
    from .link_pruning import Link
    from .sides import Side, Word

__all__ = ["deed_in_the_same_slot", "getter_of_the_giver", "object_on_told_otherwise", "phrase_of_the_deed", "slot_verbs_spelt_near",
           "sold_at_the_price"]


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_PHRASED = tuple((_folded(verbs), _folded(nouns)) for verbs, nouns in lexicon.PHRASED_DEEDS)
_SAME_OBJECT = tuple((_folded(verbs), _folded(objects)) for verbs, objects in lexicon.SAME_OBJECT_DEEDS)
_SLOTS = tuple(_folded(tuple(w for w in group if " " not in w)) for group in lexicon.SLOT_DEEDS)
# (a verb of two words, its word after it: "سويت بالأرض"; the first word counts as the verb only before that one)
_SLOT_PHRASES = tuple(frozenset(tuple(normalize(w).split()) for w in group if " " in w) for group in lexicon.SLOT_DEEDS)
_OBJECT_ON = tuple((_folded(bare_object), _folded(on_object)) for bare_object, on_object in lexicon.OBJECT_ON_DEEDS)
_ON = normalize("على")
_GETTING = _OBJECT_ON[1][0] | _OBJECT_ON[1][1]  # (received, got: lexicon.OBJECT_ON_DEEDS' second entry)
_FROM = normalize("من")
_SOLD, _OFFERED, _SHARES = (_folded(words) for words in lexicon.SOLD_AT_OFFER)
_PRICE = normalize("سعر")
_OBJECT_REACH = 8  # (a doer with its apposition: "مجلس الوزراء برئاسة الملك سلمان")
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
    written, in its slot: right before the sentence's word linked to the claim's word right after the verb (or before
    the doer the claim leaves out), or right after the one linked to the claim's word right before it ("بنت الشركة
    الجسر" / "شيدت الشركة الجسر"; "الشركة شيدت الجسر"). The sentence's verb must be linked to no other claim word."""
    tokens = evidence.text_tokens()
    used = {evidence.words[link.evidence].pos for link in links.values()}
    out: set[int] = set()
    words = claim.words
    for i, w in enumerate(words):
        tail = next((n for n, phrases in enumerate(_SLOT_PHRASES) if i + 1 < len(words) and words[i + 1].pos == w.pos + 1
                     and i + 1 not in links and any(_verb_in(w.norm, frozenset({v})) and bare(words[i + 1].norm) == bare(t)
                                                    for v, t in phrases)), None)
        group = _SLOTS[tail] if tail is not None else next((g for g in _SLOTS if _verb_in(w.norm, g)), None)
        if i in links or group is None:
            continue
        step = 2 if tail is not None else 1  # (the claim's word after the phrase's second word)
        slots = []
        if (after := links.get(i + step)) is not None and words[i + step].pos == w.pos + step and after.strength >= 0.95:
            at = evidence.words[after.evidence].pos
            # (or before the doer the claim leaves out, one word the claim does not say: "دمر الانفجار أحياء كاملة" =
            # "وخربت أحياء كاملة", dev 41)
            slots += [at - 1] + ([at - 2] if at - 1 not in used else [])
        if (before := links.get(i - 1)) is not None and i and claim.words[i - 1].pos == w.pos - 1 and before.strength >= 0.95:
            slots.append(evidence.words[before.evidence].pos + 1)
        if any(0 <= k < len(tokens) and k not in used and _verb_in(tokens[k].norm, group) for k in slots):
            out |= {i, i + 1} if tail is not None else {i}
    return out


def slot_verbs_spelt_near(claim: Side, evidence: Side, links: dict[int, Link]) -> list[int]:
    """The claim's verbs of a lexicon.SLOT_DEEDS group linked only by a near spelling ("soft") to a sentence word whose
    slot rule holds without that link: the sentence writes a verb of the group in the verb's slot, so the deed is told
    there, and the word a letter or two apart is another ("وسويت بالأرض آلاف البنايات" had "وسويت" taken by "السوريتين"
    of "… وتهدمت آلاف المباني …، وفي محافظتي حلب وإدلب السوريتين", and "بالأرض" was read as a name set against
    "حلب"; dev 40 contradicted the true sentence). Their links are to be dropped: deed_in_the_same_slot then reads
    them."""
    out = []
    for i, link in links.items():
        w = claim.words[i]
        if link.kind != "soft" or not any(_verb_in(w.norm, g) for g in _SLOTS) and not any(
                _verb_in(w.norm, frozenset({v})) for phrases in _SLOT_PHRASES for v, _ in phrases):
            continue
        if i in deed_in_the_same_slot(claim, evidence, {k: v for k, v in links.items() if k != i}):
            out.append(i)
    return out


def _verb_before(evidence: Side, at: int, verbs: frozenset[str], used: set[int]) -> int:
    """Where the nearest verb of ``verbs`` before the sentence's token ``at`` lies, in its clause and linked to no claim
    word, within eight words (a doer with its apposition between: "وأقر مجلس الوزراء برئاسة رئيس الحكومة الخطة"), or
    -1."""
    tokens = evidence.text_tokens()
    clause = {w.pos: w.clause for w in evidence.words}
    home = clause.get(at)
    for k in range(at - 1, max(at - _OBJECT_REACH - 2, -1), -1):
        if k in clause and clause[k] != home:
            return -1
        if _verb_in(tokens[k].norm, verbs) and k not in used:
            return k
    return -1


def _object_taken(side: Side, after_on: bool, at: int) -> bool:
    """The word at token ``at`` is the object as its verb takes it: after "على" (``after_on``: "وافق على", "حصل على"), or
    bare (no glued "ب": "أقر بالهزيمة" admitted it), and no prize nor reward ("تسلمت ابنتاه الجائزة" won nothing)."""
    tokens = side.text_tokens()
    if not 0 < at < len(tokens) or is_reward(tokens[at].norm):
        return False
    if after_on:  # (a count may stand between: "حصلت البلدية على عشر حافلات")
        return tokens[at - 1].norm == _ON or at > 1 and tokens[at - 2].norm == _ON and bool(find_numbers(tokens[at - 1].text))
    return not (tokens[at].norm.startswith("ب") and len(tokens[at].norm) > 4) and tokens[at - 1].norm != _ON


def object_on_told_otherwise(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's verb of a lexicon.OBJECT_ON_DEEDS entry (not linked) where the sentence tells the entry's other verb
    before the same object, each with its object as it takes it (bare, or after "على"), the claim's doer between linked
    and the sentence's verb right before the word linked to the doer's first: "ووافق مجلس الوزراء على الرؤية" / "وأقر
    مجلس الوزراء … الرؤية", "وحصلت الهيئة على قاطرة" / "وتسلمت الهيئة قاطرة". The verb is known; the doer, the object and
    the rest are compared as before."""
    used = {evidence.words[link.evidence].pos for link in links.values()}
    out: set[int] = set()
    for i, w in enumerate(claim.words):
        entry = next(((on_side, pair) for pair in _OBJECT_ON for on_side in (False, True) if _verb_in(w.norm, pair[on_side])), None)
        if i in links or entry is None:
            continue
        on_side, pair = entry
        for j in range(i + 1, min(i + _OBJECT_REACH + 1, len(claim.words))):
            link = links.get(j)
            if link is None or link.strength < 0.95 or not all(k in links for k in range(i + 1, j)):
                continue
            if claim.words[j].pos - w.pos > _OBJECT_REACH or not _object_taken(claim, on_side, claim.words[j].pos):
                continue
            e, doer = evidence.words[link.evidence], links.get(i + 1)
            if doer is not None and i + 1 < j and _object_taken(evidence, not on_side, e.pos) \
                    and _verb_before(evidence, e.pos, pair[not on_side], used) == evidence.words[doer.evidence].pos - 1:
                out.add(i)
                break
        if i not in out and on_side and _pronoun_on_then_doer(claim, links, i, pair[not on_side], evidence, used):
            out.add(i)
    return out


_LEADERS = frozenset(normalize(w) for w in lexicon.LEADER_HEADS)
_ON_PRONOUNS = frozenset(normalize("على" + p) for p in ("ه", "ها", "هم", "هما", "هن"))  # (folded: "عليها" as "عليها")


def _pronoun_on_then_doer(claim: Side, links: dict[int, Link], i: int, verbs: frozenset[str], evidence: Side,
                          used: set[int]) -> bool:
    """The claim's "على" verb with its object a pronoun right after it and its doer right after that ("ووافق عليها مجلس
    الوزراء …", dev 32 dropped it: no object word to find), where the sentence writes the entry's other verb right before
    the word linked to that doer, and takes its object bare there: the first word after the doer linked to no claim
    word has no glued "ب" ("أقر الوزير بالخطأ" admitted it). What the pronoun stands for is the answer's sentence before,
    as with any pronoun of a checked sentence; the doer and the rest are compared as before."""
    tokens, doer = claim.text_tokens(), links.get(i + 1)
    at = claim.words[i].pos
    if doer is None or doer.strength < 0.95 or at + 2 >= len(tokens) or claim.words[i + 1].pos != at + 2:
        return False
    if tokens[at + 1].norm not in _ON_PRONOUNS:
        return False
    d = evidence.words[doer.evidence].pos
    if _verb_before(evidence, d, verbs, used) != d - 1:
        return False
    e_tokens = evidence.text_tokens()
    after = next((k for k in range(d + 1, len(e_tokens)) if k not in used), None)
    if after is not None and e_tokens[after].norm in _LEADERS:  # ("برئاسة رئيس الحكومة": who leads the doer, no object)
        after = next((k for k in range(after + 1, len(e_tokens)) if k not in used), None)
    return after is not None and _object_taken(evidence, False, after)


def sold_at_the_price(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's passive of selling (lexicon.SOLD_AT_OFFER; not linked), a share linked within two words after it, in the
    clause of its price word ("بسعر"), linked to the sentence's, whose clause holds a verb of offering before it: "وبيع
    السهم بسعر 32 ريالاً" / "وطرحت الشركة … من أسهمها بسعر 32 ريالاً للسهم". The verb is known; the price's value and
    the thing sold are compared as before."""
    tokens = evidence.text_tokens()
    out: set[int] = set()
    for i, w in enumerate(claim.words):
        if i in links or not _verb_in(w.norm, _SOLD) or not any(
                k in links and bare(claim.words[k].norm) in _SHARES for k in range(i + 1, min(i + 3, len(claim.words)))):
            continue
        for k, link in links.items():
            c, e = claim.words[k], evidence.words[link.evidence]
            if k <= i or c.clause != w.clause or bare(c.norm) != _PRICE or bare(e.norm) != _PRICE:
                continue
            home = {x.pos: x.clause for x in evidence.words}
            if any(_verb_in(tokens[p].norm, _OFFERED) and home.get(p, e.clause) == e.clause for p in range(e.pos)):
                out.add(i)
    return out


def getter_of_the_giver(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's word for it) when the claim tells its doer receiving or getting a thing ("حصلت
    الشركة على …", "تسلمت الشركة …") and that doer is linked to a party the sentence names after "من": the one the thing
    came from ("وتسلمت البلدية … عشر حافلات من الشركة"; main supported it at 0.87, the claim's verb not found)."""
    for i, w in enumerate(a.claim.words[:-1]):
        doer = a.links.get(i + 1)
        if doer is None or not _verb_in(w.norm, _GETTING) or a.claim.words[i + 1].pos != w.pos + 1 or a.claim.words[i + 1].role:
            continue
        e = a.evidence.words[doer.evidence]
        if e.role == _FROM:
            return a.claim.words[i + 1].text, f"من {e.text}"
    return None

