"""A deed the sentence tells by its verbal noun in construct with another owner ("أعلن وزير المالية استقالة رئيس
الحكومة": the resignation is the prime minister's), told by the claim as the sentence's doer's own ("استقال وزير
المالية": generation guard round 40's TRUST BUG, supported at 0.90, every word of the claim being in the sentence).
Not a noun with its own pronoun ("أعلن وزير المالية استقالته"): the pronoun may stand for the owner itself
("مقدمتها" of "مقدمة السفينة"), which the words do not tell.
"""

from __future__ import annotations

import re

from .align import Alignment, is_title
from .arabic import without_conjunction
from .qa.match import bare
from .verify_clauses import verb_shaped
from .wordfacts import known_word

__all__ = ["deed_of_another_owner", "owner_of_another_noun"]

_PRONOUN_END = re.compile("(?:ه|ها|هم|هما|هن)$")  # a glued pronoun as written (a folded "ة" reads as "ه")


_TITLE_REACH = 6  # the words of an owner's titles before a name ("صاحب السمو الشيخ سالم")


def _doer_named_after(a: Alignment, at: int) -> bool:
    """The claim's doer, its titles and name right after its opening verb ("ترأس الشيخ سالم الصباح"), is linked word by
    word within the few words the sentence writes after position ``at`` ("برئاسة صاحب السمو الشيخ سالم الصباح")."""
    cw, ev = a.claim.words, a.evidence.words
    doer = []
    for k in range(1, len(cw)):
        if cw[k].pos != k or not (cw[k].name or is_title(cw[k])):
            break
        doer.append(k)
    return any(cw[k].name for k in doer) and all(
        k in a.links and at < ev[a.links[k].evidence].pos <= at + _TITLE_REACH for k in doer)


def deed_of_another_owner(a: Alignment) -> tuple[str, str] | None:
    """(the claim's word of the deed, the owner the sentence gives it) where the claim's opening verb ("استقال") is
    linked to a sentence noun written bare, without article or pronoun, right before a definite word, a name, or a noun
    and its definite word (its owner in construct: "استقالة رئيس الحكومة"), no claim word linked to them, while another
    claim word, its doer, is linked to a word the sentence writes before that noun. Else None."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, e, k = a.claim.words[i], ev[link.evidence], link.evidence + 1
        if link.strength < 0.75 or c.name or e.name or e.norm.startswith("ال") or _PRONOUN_END.search(e.text) or verb_shaped(e) \
                or not (c.pos == 0 and verb_shaped(c) and c.norm != e.norm):
            continue  # (not a word both write alike, "إيفر" of a ship's name, nor another noun, "أهلها" / "أهالي")
        # (the owner: a definite word, a name, or a noun in construct with an unlinked definite one, "رئيس الحكومة")
        construct = k + 1 < len(ev) and k + 1 not in said and ev[k + 1].pos == e.pos + 2 and ev[k + 1].norm.startswith("ال")
        # (nor a name the claim says by its other word: "قيادة أحمد الشرع" / "وقاد الشرع")
        named = k + 1 < len(ev) and k + 1 in said and ev[k + 1].pos == e.pos + 2 and (ev[k].name or ev[k + 1].name)
        if k >= len(ev) or k in said or ev[k].pos != e.pos + 1 or ev[k].setting or named \
                or not (ev[k].norm.startswith("ال") or ev[k].name or construct):
            continue
        # (an owner whose phrase goes on to the name the claim's doer is, its titles before it: "برئاسة صاحب السمو الشيخ
        # سالم الصباح" / "ترأس الشيخ سالم الصباح"; a true claim of round 45's dev batch 28 was left unsupported so)
        if _doer_named_after(a, e.pos):
            continue
        if any(j != i and ev[other.evidence].pos < e.pos for j, other in a.links.items()):
            return c.text, ev[k].text
    return None



def _definite(norm: str) -> bool:
    return norm.startswith(("ال", "وال"))


def owner_of_another_noun(a: Alignment) -> tuple[str, str, str] | None:
    """(the claim's noun, the owner the claim writes right after it, the one the sentence writes there) where the claim
    writes a noun and its owner in construct ("رفض الحكومة", "دعم النقابات", "ولاية البرلمان": a word the reader drops
    may stand between, written alike on both sides) and the sentence writes that noun with another definite word right
    after it ("رفض البرلمان تمديد ولاية الحكومة"), the claim's owner standing elsewhere: after it past a word the claim
    says, or right after another noun the claim says (not after "من": "صادرات البلاد من القمح" = "صادرات القمح"). Who did what to
    whom inside a list of items: guard50's round-41 TRUST BUG, a claim of the government's refusal among an agreement's
    items was supported at 0.95 by the parliament's refusal. Not a name, nor a title's noun (a name's other words stand
    between: "الرئيس عبد الفتاح السيسي", "وزير الخارجية"), nor a noun whose owner the claim leaves out ("رفض تمديد ولاية
    الحكومة": the doer's words, none of the claim's, stand between), nor the sentence's owner before its head ("البرلمان
    الليبي رفض"). Read within one sentence only."""
    c_words, ev = a.claim.words, a.evidence.words
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if e_tokens is None or c_tokens is None:
        return None
    at = {w.pos: j for j, w in enumerate(ev)}
    linked = {link.evidence: i for i, link in a.links.items()}
    for i in range(len(c_words) - 1):
        n, x = c_words[i], c_words[i + 1]
        gap = x.pos - n.pos  # (a word the reader drops may stand between, written alike on both sides: "ولاية")
        if gap not in (1, 2) or x.role or n.name or x.name or is_title(n) or i not in a.links \
                or i + 1 not in a.links or not _definite(x.norm):
            continue
        # (a common noun the word tables know, not a name they do not, "آرسنال المركز الثالث"; nor a phrase of time or
        # place, "في ميلانو اليوم": real news batch 21's true rewordings)
        if n.setting or x.setting or not known_word(without_conjunction(n.norm)):
            continue
        head, owner = a.links[i].evidence, a.links[i + 1].evidence
        # (a head in construct has no article nor pronoun, and is the claim's word as written: a verb and its doer are
        # not a verbal noun and its object, "استأنفت المدارس الدراسة" / "استئناف الدراسة في المدارس")
        if _definite(n.norm) or without_conjunction(n.norm) != without_conjunction(ev[head].norm) or _PRONOUN_END.search(ev[head].text):
            continue
        # (nor a verb opening its clause: "وصل اللاعب الملعب بعد المدرب" / "وصل المدرب الملعب قبل اللاعب")
        if n.pos == 0 or ev[head].pos == 0 or n.norm.startswith("و") or ev[head].norm.startswith("و"):
            continue
        p = ev[head].pos
        if gap == 2 and (p + 1 >= len(e_tokens) or e_tokens[p + 1].norm != c_tokens[n.pos + 1].norm or p + 1 in at):
            continue
        y = at.get(p + gap)
        if y is None or y == owner or ev[y].role or ev[y].name or not _definite(ev[y].norm) \
                or ev[head].name or is_title(ev[head]) or linked.get(y) == i:
            continue
        q = ev[owner].pos
        if ev[owner].norm.startswith("و") or (linked.get(y, -1) == i + 2 and c_words[i + 2].norm.startswith("و")):
            continue  # (a list the noun is said of: "للمرحلة الابتدائية والثانوية", "ارتفاع الأسعار والتضخم")
        # (the claim's owner the sentence writes after another noun the claim says: "رفض البرلمان تمديد", "ولاية")
        bound = next((at[r] for r in (q - 1, q - 2) if r in at), None)
        if bound is not None and bare(ev[bound].norm) == bare(ev[head].norm):
            continue  # (the noun written twice, each with its owner: "صعد سعر القمح، بينما تراجع سعر الذرة")
        bound_to_another = bound is not None and bound in linked and linked[bound] != i and not _definite(ev[bound].norm) \
            and not ev[bound].name and not _PRONOUN_END.search(ev[bound].text) \
            and all(r not in at for r in range(ev[bound].pos + 1, q))
        # (the sentence's word after the noun the claim writes after it too, not before it: "الشرطة تغلق الطريق" /
        # "أغلقت الشرطة الطريق", a headline's doer first)
        # (an owner the sentence writes after a preposition, "حصل مبابي على الحذاء الذهبي", is its own deed's object, and
        # the claim's noun before it a word of its own: "على جائزة الحذاء الذهبي", guard dev 9's true sentence)
        after = q > p and (y in linked and linked[y] > i + 1
                           or not ev[owner].role and any(p < ev[j].pos < q and j not in (head, owner, y) for j in linked))
        if after or bound_to_another:
            return n.text, x.text, ev[y].text
    return None
