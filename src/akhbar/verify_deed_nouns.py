"""A deed the claim tells by its verbal noun under a verb of its own that the sentence does not say: "وأغلق الوزير
اتصالاً بنظيره" / "اتصل الوزير بنظيره", "هدمت الحكومة استقالتها" / "استقالت الحكومة", "وعقد وزير الدفاع اجتماعاً" /
"اجتمع وزير الخارجية" (guard49's round-40 TRUST BUGS: supported at 0.84 to 0.96 as "most of the claim is in the
source", the noun linked to the sentence's verb by its root and the claim's own verb left unlinked). The claim tells
something done to the deed, or the deed of a doer the sentence does not name, not the deed itself.

Not a verb the tables make known (a verb and its noun of lexicon.PHRASED_DEEDS after the sentence's own doer: "قدم
الوزير استقالته" / "استقال الوزير"; a light verb, "قام الرئيس بزيارة"; a frame, "جاء الإعلان"), nor a noun written as
the sentence writes its word ("قال الوزير إنه استقال")."""

from __future__ import annotations

from . import lexicon
from .align import Alignment
from .arabic import normalize, strip_marks, without_conjunction
from .qa.match import bare
from .verb_shapes import past_shaped
from .wordfacts import ARTICLE

__all__ = ["office_taken_unsaid", "verb_unsaid_before_its_deed"]

_LIGHT = frozenset(normalize(w) for w in (*lexicon.DEED_LIGHT_VERBS, *lexicon.RECEIVING_LIGHT_VERBS, *lexicon.DEED_FRAMES,
                                          *(v for group in lexicon.LIGHT_VERBS.values() for v in group)))
_REACH = 4  # the claim's doer between its verb and the deed's noun: up to three words
_CONJUNCTIONS = frozenset(normalize(w) for w in ("و", "ف", "ثم"))
_OWN_PRONOUNS = ("ته", "تها", "تهم", "تهما", "تهن")


def noun_of_a_deed(text: str) -> bool:
    """The word as written is a noun, not a verb: a ة ("زيارة"), a tanween ("اجتماعاً"), the ت of a feminine noun before
    its pronoun ("استقالتها"), the article as written ("الاجتماع"; not the أل of "ألغت") or a ب / ل before it ("بزيارة"),
    or a verbal noun's long vowel before its last letter, its pronoun off ("انسحاب", "اتصال", "إيداعها")."""
    word = without_conjunction(strip_marks(text))
    if word.endswith("ة") or text.endswith(("اً", "ًا")) or word.startswith(("ال", "بال", "لل")):  # (not "ألغت")
        return True
    if word[:1] in ("ب", "ل") and len(word) >= 5 and (word.endswith("ة") or word[-2:-1] in ("ا", "و", "ي")):
        return True
    if word.endswith(_OWN_PRONOUNS) and len(word) >= 6:
        return True
    for pronoun in ("هما", "هم", "ها", "ه"):  # (its pronoun off: "إيداعها" is "إيداع")
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 4:
            word = word[:-len(pronoun)]
            break
    return len(word) >= 4 and word[-2] in ("ا", "و", "ي") and word[:1] in ("ا", "إ", "أ", "ت") or \
        len(word) >= 5 and word[-2] in ("ا", "و", "ي") and not word.endswith(("نا", "وا"))


def verb_unsaid_before_its_deed(a: Alignment) -> tuple[str, str] | None:
    """(the claim's verb, the sentence's verb of the deed) where the claim's verb, linked to no sentence word and not
    made known, stands before its noun of the deed (its doer between, up to three words), which is linked by its root or
    stem, not as written, to a verb of the sentence (no article, no name, a past in shape), no other claim word linked
    to that verb. Else None."""
    claim, ev = a.claim.words, a.evidence.words
    for i, c in enumerate(claim):
        opening = c.pos == 0 or c.pos == 1 and a.claim.text_tokens()[0].norm in _CONJUNCTIONS  # (the claim's first word)
        # (the claim's opening word, or a past in shape; not a noun: "قصة استعادة الموساد", "بعد إيداعها بالسجن", nor a
        # word of three letters inside the claim, "حال الانسحاب")
        if i in a.links or i in a.known or c.name or not (opening or past_shaped(c)) \
                or noun_of_a_deed(c.text) \
                or without_conjunction(c.norm) in _LIGHT or c.norm in _LIGHT:
            continue
        for j in range(i + 1, len(claim)):
            if claim[j].pos - c.pos > _REACH or claim[j].clause != c.clause:
                break
            link = a.links.get(j)
            if link is None:
                continue
            e = ev[link.evidence]
            if link.kind in ("root", "stem") and claim[j].norm != e.norm and not claim[j].name and not e.name \
                    and not ARTICLE.match(e.norm) and past_shaped(e) and noun_of_a_deed(claim[j].text) \
                    and not any(k != j and other.evidence == link.evidence for k, other in a.links.items()):
                return c.text, e.text
    return None


_TAKING_ON = frozenset(normalize(w) for w in (*lexicon.TAKING_ON_PASTS, *lexicon.LIGHT_VERBS["took_on"]))
# (the sentence's words of an office taken: a past or present of taking on, its noun after a head, an appointment or
# an election to it)
_TAKEN_BY = _TAKING_ON | frozenset(normalize(w) for w in (*lexicon.TAKING_ON_NOUNS, "لتولي", "بتولي", "تقلد", "تقلدت", "يتقلد",
                                                         "عين", "عينت", "تعيين", "بتعيين", "انتخب", "انتخبت", "انتخاب",
                                                         "اختير", "اختيرت", "اختيار", "كلف", "كلفت", "تكليف", "تنصيب",
                                                         "نصب", "خلف", "خلفا", "خلفاً"))
_OFFICES = frozenset(bare(normalize(w)) for w in lexicon.TAKEN_ON)
_TAKING_REACH = 5


def office_taken_unsaid(a: Alignment) -> tuple[str, str] | None:
    """(the claim's past of taking on, the sentence's noun of the office) where the claim's "تولى" / "تسلم" (light before
    the office it took on, lexicon.LIGHT_VERBS "took_on": the aligner reads only the office) stands up to four words
    before an office (lexicon.TAKEN_ON: "رئاسة", "إدارة") linked to the same noun in the sentence, and the sentence writes
    no word of taking it on, appointing or electing to it in the five words before that noun. "استقال سالم العمر من
    رئاسة النادي" supported "تولى سالم العمر رئاسة النادي" at 0.93, every word of the claim but the light verb being in
    the sentence. Not a sentence that tells the office by its verb ("رأس", "أدار": the light reading's own case)."""
    c_tokens, e_tokens = a.claim.text_tokens(), a.evidence.text_tokens()
    for k, token in enumerate(c_tokens):
        if without_conjunction(token.norm) not in _TAKING_ON and token.norm not in _TAKING_ON:
            continue
        for i, w in enumerate(a.claim.words):
            link = a.links.get(i)
            if link is None or not 0 < w.pos - k <= 4 or bare(without_conjunction(w.norm)) not in _OFFICES:
                continue
            e = a.evidence.words[link.evidence]
            if bare(without_conjunction(e.norm)) not in _OFFICES:
                continue  # (the sentence tells it by its verb, or a word of its own)
            before = e_tokens[max(0, e.pos - _TAKING_REACH):e.pos]
            if not any(without_conjunction(t.norm) in _TAKEN_BY or t.norm in _TAKEN_BY for t in before):
                return token.text, e.text
    return None
