"""A deed the sentence tells as the answer of a condition written after it ("تحصل المدارس على التمويل إذا اجتازت
التقييم", "يمنح المصرف القرض للمزارعين شريطة تقديم ضمانات", "ترفع الحكومة الدعم في حال موافقة البرلمان"): the
sentence says what happens if, not what happened, so a claim that tells the deed done ("حصلت المدارس على التمويل") is
not supported (the guard's round-37 find: "الحكومة قادرة على سداد ديونها إذا تحسنت أسعار النفط" supported "سددت" at
0.62; such pairs were supported at 0.71–0.84 on main). A deed after the condition word is verify_deeds' (its head
"إذا" / "لو"); this reads the one before it. The sentence's own past is left alone: "رفعت الحكومة الدعم بعد أن وافق
البرلمان" tells it done.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment
from .arabic import SPEECH_VERBS, normalize, without_conjunction
from .verify_deeds import opens_with_deed, past_shaped, past_shaped_norm
from .wordfacts import THAT

__all__ = ["deed_under_a_later_condition"]

_CONDITIONS = frozenset(normalize(w) for w in lexicon.CONDITION_WORDS)
# A head whose own deed is done whatever the condition governs after it ("يهدد الاتحاد بسحب الترخيص إذا …": the
# threat was made), a saying verb ("تقول إن …"), and the words that open a clause of its own before the condition
# ("أن", "إن": what is said is another clause; "ما إذا" is whether).
_HEADS = frozenset(normalize(w) for words, _ in lexicon.UNREALISED_HEADS for w in words) | SPEECH_VERBS
_OPENERS = frozenset(normalize(w) for w in ("أن", "إن", "بأن", "ما"))
_AFTER_FI = frozenset(normalize(w) for w in ("حال", "حالة"))
_REACH = 12  # tokens from the deed to its condition
_SENTENCE_END = (".", "؟", "?", "!", "\n")


def deed_under_a_later_condition(a: Alignment) -> tuple[str, str] | None:
    """(the claim's word, "the sentence's word … its condition word") when a word the claim tells as done (a past, or
    a verb opening the claim), or as sure to come (a future of the claim's, with no condition of its own:
    the lead's real news, round 40 held out, "ستعود العقوبات" supported at 0.93 by "… ستعود بشكل أقوى … إذا ما ثبت"),
    is linked to a word the sentence writes as no past, with a condition word
    (lexicon.CONDITION_WORDS) after it in the same sentence, at most twelve words on; not where the claim writes a
    condition itself. Else None."""
    claim_tokens = a.claim.text_tokens()
    if any(_condition(claim_tokens, k) for k in range(len(claim_tokens))):
        return None
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        # (the sentence's word as written: a phrase's word is its canonical one, "أفرج" for "يطلق سراح")
        # (or a future the claim states with no condition: "ستعود العقوبات" for "ستعود العقوبات … إذا ثبت")
        if not (past_shaped(c) or opens_with_deed(c) or _future(claim_tokens, c.pos)) or e.name \
                or not _not_past(tokens[e.pos].norm):
            continue
        for k in range(e.pos + 1, min(len(tokens), e.pos + 1 + _REACH)):
            if any(end in a.evidence.text[tokens[k - 1].end:tokens[k].start] for end in _SENTENCE_END):
                break
            if _condition(tokens, k):
                # (nor past one after "و", with its pronoun: "ستحتفظ بقاعدتيها، وإنها قادرة على الرد إذا …" sets no
                # condition on the first)
                if without_conjunction(tokens[e.pos].norm) in _HEADS \
                        or any(t.norm in _OPENERS or without_conjunction(t.norm) in THAT for t in tokens[e.pos + 1:k]):
                    break
                return c.text, f"{tokens[e.pos].text} … {tokens[k].text}"
    return None


def _not_past(norm: str) -> bool:
    """A present ("تحصل", "يمنح", "ويرفع") or a future ("سيمنح"): a verb's prefix, four letters at least, no article."""
    bare_word = without_conjunction(norm)
    if bare_word.startswith("س") and len(bare_word) >= 5:
        bare_word = bare_word[1:]
    return len(bare_word) >= 4 and bare_word[0] in "يتن" and not bare_word.startswith("ال") and not past_shaped_norm(bare_word)


def _future(tokens, k: int) -> bool:
    """The token at ``k`` is a future: "ستعود", "سيمنح", or a present after "سوف"."""
    word = without_conjunction(tokens[k].norm)
    return _not_past(word) and (word.startswith("س") or (k > 0 and without_conjunction(tokens[k - 1].norm) == _WILL))


_WILL = normalize("سوف")


def _condition(tokens, k: int) -> bool:
    """The token at ``k`` opens a condition: "إذا", "لو", "شريطة", "بشرط", "شرط"; "حال" / "حالة" after "في"."""
    word = without_conjunction(tokens[k].norm)
    if word not in _CONDITIONS:
        return False
    return word not in _AFTER_FI or (k > 0 and tokens[k - 1].norm == "في")
