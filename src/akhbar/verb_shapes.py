"""The shapes of a verb told as done, read from the word as written: a past no noun shares (:func:`past_shaped`,
:func:`past_shaped_norm`), a past of form V or VI whose ت is the form's (:func:`form_v_past`). The claim checker reads
them to tell a deed done from one planned, asked for or only possible (akhbar.verify_deeds, which re-exports them)."""

from __future__ import annotations

import re

from . import lexicon
from .align import Word
from .arabic import normalize, strip_marks, without_conjunction
from .clauses import FUTURE_VERB
from .wordtables import root_table

__all__ = ["form_v_past", "past_shaped", "past_shaped_norm", "present_after_may"]


def past_shaped(w: Word) -> bool:
    """A verb written as a past that no noun shares: no present prefix after its و / ف, no future س ("سيفتتح"; a past
    may begin with س: "سرحت"), no article (with ب / ل / ك before it: "بالرحيل"), none of a noun's endings ("شكوى",
    "استجداء") nor a verbal noun's long vowel before its last letter ("افتتاح"), not a name, and four letters at least:
    "رفع" and "قصف" are the past and the verbal noun alike (ANS-train's "رفع" / "ترفع" agree)."""
    return not w.name and (past_shaped_norm(normalize(w.text)) or _hamza_past(w.text))


def _hamza_past(text: str) -> bool:
    """A feminine past of a root whose last letter is a hamza on its alif, written so ("أنشأت"، "بدأت"، "لجأت"): folded it
    ends in "ات" as a plural does, and past_shaped_norm leaves it to the nouns (round 39's held out: "أنشأت البلدية …" was
    read as no deed told done, and "تعتزم البلدية إنشاء …" supported it). A plural of such a root keeps a madda
    ("منشآت") or a ء ("مبدءات" is none), no أ."""
    bare_word = without_conjunction(strip_marks(text))
    return len(bare_word) >= 4 and bare_word.endswith("أت") and bare_word[:1] not in "يتنم" and not bare_word.startswith("ال")


def form_v_past(w: Word) -> bool:
    """A past of form V or VI, after its و or not, with its feminine ت or not ("وتسلمت", "تسلم", "تبادلت"): ت and a root
    Arabic WordNet lists (form VI with its ا); past_shaped leaves every word that begins with ت to the present. Read
    where a present would do as well (a claim's opening verb: a present "تثبت" is as much a verb as the past); a
    verbal noun of form II keeps its long vowel ("تثبيت": no root after its ت). TRUST BUG of held out 27: "وتسلمت
    الشركة المالكة قاطرة بحرية من الهيئة" (the authority received it from the owner)."""
    bare_word = without_conjunction(normalize(w.text))
    if w.name or len(bare_word) < 4 or bare_word[0] != "ت":
        return False
    core = bare_word[1:-1] if len(bare_word) >= 5 and bare_word.endswith("ت") and not bare_word.endswith("ات") \
        else bare_word[1:]
    if len(core) == 4 and core[1] == "ا":  # (form VI: "تبادل")
        core = core[0] + core[2:]
    return len(core) == 3 and root_table().get(core) == core


_LAM_PASTS = frozenset(normalize(w) for w in lexicon.LAM_FORM_VIII_PASTS)


def past_shaped_norm(folded: str) -> bool:
    """:func:`past_shaped` of a folded token, whatever its side reads it as (a name or not)."""
    bare_word = without_conjunction(folded)
    if bare_word in _LAM_PASTS or bare_word[:1] in "يتن" and _root_letter_past(bare_word):
        return True
    # (nor a verbal noun of the pattern فعول after its ب / ل, "لقبول", "بوصول", nor a participle with its tanween's
    # alif, "مفرداً", "مسلحاً": the pool's "يجب أن يكون مفرداً" was read as a deed under "يجب")
    return len(bare_word) >= 4 and bare_word[:1] not in "يتن" and not FUTURE_VERB.match(bare_word) \
        and not re.match(r"^[بلك]?ال", bare_word) and not bare_word.endswith(("ة", "ه", "ات", "ي", "ء", "ان", "ين", "ون")) \
        and (bare_word[-2:-1] != "ا" or _HOLLOW_PAST.match(bare_word) is not None) \
        and not (bare_word[0] in "بل" and len(bare_word) >= 5 and bare_word[-2] == "و") \
        and not (bare_word[0] == "م" and len(bare_word) >= 5 and bare_word[-1] == "ا")


def _root_letter_past(bare_word: str) -> bool:
    """A past whose ي / ت / ن is its root's first letter, not a present's prefix, by the ending of a feminine or a plural
    doer on a root Arabic WordNet lists ("نجحت", "نشروا", "تبعت"): "نجحت المفاوضات" was read as no deed told done, and
    "هل تنجح المفاوضات؟" supported it (TRUST BUG, the lead's round 26 probe)."""
    for ending in ("ت", "وا"):
        stem = bare_word[:-len(ending)]
        if bare_word.endswith(ending) and len(stem) == 3 and root_table().get(stem) == stem:
            return True
    return False


# A hollow root's past of form VIII or X keeps its long vowel before the last letter, as a verbal noun does, but is a
# letter shorter than that noun ("اغتال" / "اغتيال", "استقال" / "استقالة"): "ترددت أنباء عن استقالة الوزير" supported
# "استقال الوزير" (TRUST BUG, round 25), the claim's past not read as one. Not form VII ("انهار" is also "أنهار",
# rivers) nor form VIII with ط / د ("أخطار", "أعداد") or after ن / س ("إنتاج", "أستاذ").
_HOLLOW_PAST = re.compile(r"^(?:ا[^نس]تا\w|است\wا\w)$")


def present_after_may(folded: str) -> bool:
    """A folded token that reads as a present after "قد" (a possibility: "قد تصل الخسائر إلى …"), not a past (a deed
    done: "قد وصل", "قد تراجعت", "قد تسلم" of form V, "قد تصدروا"): ي or ت and three letters at least, no past shape,
    no feminine past's ت nor a past's plural or dual ending, and not ت before a root Arabic WordNet lists (form V /
    VI). Round 38's held out: "قد تصل خسائر المزارعين … إلى مئتي مليون" supported "بلغت خسائر المزارعين … مئتي
    مليون" at 0.94."""
    word = without_conjunction(folded)
    if len(word) < 3 or word[0] not in "يت" or past_shaped_norm(folded) or word.endswith(("وا", "تا")):
        return False  # (a past's plural or dual after "قد": "قد تصدروا"; a present's is "يتصدرون")
    if word[0] == "ي":
        return True
    core = word[1:]
    if len(core) == 4 and core[1] == "ا":
        core = core[0] + core[2:]
    return not word.endswith("ت") and root_table().get(core) != core
