"""The claim's opening deed where the sentence tells another deed of the same doer: "وتحدث سمير العلي عن الصادرات" says
nothing against "زار سمير العلي المصرف", it tells something else he did. The model reads a changed verb as ANS's
changed headline, a contradiction (0.8 to 0.9: "the source says قال where the claim says زار", round 39's "named doer"
claims against a sentence that names the man at another deed); :func:`akhbar.verify._verdict` makes it unsupported.
A deed of an opposite family (an antonym, a denial, a win and a loss) is the aligner's own conflict and never reaches
this check.
"""

from __future__ import annotations

import re

from . import lexicon
from .align import Alignment, Word, is_title
from .arabic import normalize, without_conjunction
from .kinds import reworded_slots, synonym_slot
from .verb_shapes import form_v_past, past_shaped
from .verify_deeds import opens_with_deed

_NEGATIONS = frozenset(normalize(w) for w in lexicon.NEGATION_PARTICLES)
_LEAVING = frozenset(normalize(w) for w in lexicon.LEAVING_VERBS)
_REACHING = frozenset(normalize(w) for w in lexicon.REACHING_VERBS)
_EXCLUSIVE = tuple((frozenset(normalize(w) for w in one), frozenset(normalize(w) for w in other))
                   for one, other in lexicon.EXCLUSIVE_DEEDS)


def _verb_shaped(w: Word) -> bool:
    """A past as the sentence writes it: a past shape or a form V / VI past, or a word of three letters that opens the
    sentence or its clause ("زار", "بحث"). Not a present ("قس أمريكي يحاكم في تركيا" / "أفرجت تركيا عن قس أمريكي": a
    headline's present tells the affair's state, ANS-train disagrees)."""
    word = without_conjunction(w.norm)
    return past_shaped(w) or form_v_past(w) or (len(word) == 3 and not w.name and (w.pos == 0 or w.norm != word))


def _passive(w: Word) -> bool:
    """A passive as marked (Word.passive), or a hollow root's passive past as written without its marks ("أقيل"، "أعيد"،
    "أصيب": أ, a letter, ي, a letter)."""
    return bool(w.passive) or re.fullmatch(r"ا\wي\w", without_conjunction(w.norm)) is not None


def _directions(w: Word) -> set[str]:
    word = without_conjunction(w.norm)
    return {"leave"} if word in _LEAVING else {"reach"} if word in _REACHING else set()

def exclusive_deeds(claim_verb: Word, told: Word) -> bool:
    """The two verbs are deeds that exclude each other for one doer (lexicon.EXCLUSIVE_DEEDS: "صدّرت" / "استوردت",
    "شجع" / "انتقد"), each as written after its و / ف."""
    c, e = without_conjunction(claim_verb.norm), without_conjunction(told.norm)
    return any(c in one and e in other or c in other and e in one for one, other in _EXCLUSIVE)


def _same_doer(a: Alignment, told: Word) -> bool:
    """The claim's doer is the sentence's doer of its verb: the claim's word after its verb is linked to the sentence's
    word right after the verb, and so is the claim's next word, where it names more of the doer ("شركة الأفق" is not
    "شركة النور")."""
    claim, ev = a.claim.words, a.evidence.words
    first = a.links.get(1)
    if first is None or ev[first.evidence].pos != told.pos + 1:
        return False
    second = claim[2] if len(claim) > 2 and claim[2].pos == claim[1].pos + 1 else None
    if second is None or not (second.name or claim[1].name and second.name):
        return True
    nxt = a.links.get(2)
    return nxt is not None and ev[nxt.evidence].pos == ev[first.evidence].pos + 1


__all__ = ["another_deed_of_the_doer", "exclusive_deeds"]


def another_deed_of_the_doer(a: Alignment) -> tuple[str, str, str] | None:
    """The first slot the sentence says otherwise (no synonym) is the claim's opening verb, a deed done ("زار"، "افتتح"),
    unlinked, not both it and the sentence's word there of an antonym family ("أيد" / "انتقد"), any other changed slot holding common
    words only (kinds.reworded_slots: "المصرف" / "الصادرات"), while the claim's doer right after the verb (a name or a
    party's title: "سمير العلي", "الرئيس", "الأمير فيصل") is linked: (the claim's verb, the sentence's word, the
    doer as the claim writes it), or None. Not where the sentence negates, denies or opposes anything of the claim
    (the caller asks it only with no named conflict and no polarity), nor where the sentence's word is no verb, the
    claim's verb is a passive, either is a win, a loss or a draw (lexicon's outcomes), the two go opposite ways
    (lexicon.LEAVING_VERBS / REACHING_VERBS), the sentence negates anything, or it writes the claim's verb's root
    elsewhere (the deed told of another)."""
    if a.antonyms or a.negation or a.polarity or a.missing or not a.claim.words:
        return None
    changed = [(c, e) for c, e in a.slot_changes if not synonym_slot(c, e)]
    verb = a.claim.words[0]
    if not changed or changed[0][0] != verb.text or 0 in a.links or not opens_with_deed(verb) \
            or len(a.claim.words) < 2:
        return None
    if changed[1:] and not reworded_slots(a.claim, a.evidence, changed[1:]):
        return None  # (another slot changed to a name or a kind's member: a change the model may read)
    doer = a.claim.words[1]
    named = doer.name or doer.person or is_title(doer)  # (not "نزع علم قطر": the flag is what was taken down)
    if 1 not in a.links or doer.pos != verb.pos + 1 or not named:
        return None
    told = next((w for w in a.evidence.words if w.text == changed[0][1]), None)
    if told is None or (verb.ant and told.ant) or not _verb_shaped(told) or _passive(verb) or verb.outcome or told.outcome:
        # (two words of stance or of change, each of an antonym family: "أيد" / "انتقد" may be opposites; a noun in the
        # slot; a passive, whose next word is no doer: "أقيل الوزير" / "استقال الوزير"; a win, a loss or a draw)
        return None
    if _directions(verb) | _directions(told) == {"leave", "reach"}:
        return None  # (the other way: "غادر الرئيس البلاد" / "عاد الرئيس إلى البلاد")
    if exclusive_deeds(verb, told) and _same_doer(a, told):
        return None  # (a deed that excludes the claim's, of the same doer: "صدّرت الشركة" / "استوردت الشركة")
    tokens = a.evidence.text_tokens()
    if any(without_conjunction(t.norm) in _NEGATIONS for t in tokens):
        return None  # (a deed denied in the sentence: "أرادت الشركة شراء منافستها لكن الصفقة لم تتم")
    if any(w is not told and ((verb.root and w.root == verb.root) or (len(verb.stem) >= 2 and w.stem.startswith(verb.stem)))
           for w in a.evidence.words):
        return None  # (the claim's deed told of another: "افتتح الأمير المستشفى الذي بنته شركة كورية" / "بنى الأمير …")
    name = [doer.text]
    for w in a.claim.words[2:4]:
        if not w.name or w.pos != doer.pos + len(name):
            break
        name.append(w.text)
    return verb.text, told.text, " ".join(name)
