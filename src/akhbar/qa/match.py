"""Word matching for question answering: when does a sentence word stand for a question word?

The base the answering modules share (:mod:`akhbar.qa.question`, :mod:`akhbar.qa.evidence`,
:mod:`akhbar.qa.short`, :mod:`akhbar.qa.rank`), and the BM25 IDF that :mod:`akhbar.verify` uses too.
All words here are folded (``normalize()``); word lists are folded once with :func:`fold_words`.

A focus word of the question matches a sentence (:func:`word_match`) by, in order of strength:
the same stem (1), a related news word (RELATED_MATCH: ضحايا → "أودى بحياة… شخص"), the same
consonant skeleton (SKELETON_MATCH: سقط / سقوط / أسقطت) or character-trigram similarity.
"""

from __future__ import annotations

import math
import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .. import lexicon
from ..arabic import light10, normalize, without_conjunction


def fold_words(words: set[str]) -> set[str]:
    """A word list in folded form, so an entry typed with hamza or ة still matches."""
    return {normalize(w) for w in words}


# Words of news questions whose answer sentences use other words ("كم عدد ضحايا" → "أودى بحياة 200 شخص",
# "من فاز" → "تُوّج منتخب…", "من تولى رئاسة" → "تعيين … رئيساً"). Question word → words that count as
# RELATED_MATCH of it in a sentence (one direction only: "شخص" in a question does not mean victims).
_RELATED_GROUPS = [(fold_words(keys), fold_words(values)) for keys, values in [
    ({"ضحايا", "ضحيه", "قتلي", "قتيل", "حصيله", "وفيات", "قتل", "مقتل"},
     {"ضحايا", "ضحيه", "قتلي", "قتيل", "قتل", "مقتل", "حياه", "بحياه", "وفاه", "وفيات", "توفي", "شخص", "اشخاص",
      "شخصا", "جرحي", "جريح", "مصاب", "مصابين", "اصابه", "حصيله", "مصرع", "لقي", "لقوا"}),
    ({"فاز", "يفوز", "فوز", "الفايز", "فايز", "توج", "احرز"},
     {"فاز", "فوز", "فوزه", "توج", "تتويج", "لقب", "بلقب", "احرز", "حصد", "نال", "بطل", "ابطال", "انتصار"}),
    ({"تولي", "يتولي", "تسلم", "رياسه", "رييس"},
     {"تولي", "يتولي", "تسلم", "رييس", "رييسا", "رياسه", "برياسه", "تعيين", "عين", "تنصيب", "نصب", "اليمين",
      "خلف", "انتخاب", "انتخب"}),
    ({"سقط", "سقوط", "انهار", "انهيار"},
     {"سقط", "سقوط", "بسقوط", "اسقط", "انهار", "انهيار", "رحيل", "اطاحه", "الاطاحه"}),
    # "متى وصل المسبار إلى مدار المريخ" → "نجح المسبار … في دخول مدار المريخ"
    ({"وصل", "يصل", "تصل", "وصول"},
     {"وصل", "وصلت", "يصل", "تصل", "وصول", "دخل", "دخلت", "يدخل", "تدخل", "دخول", "بلغ", "بلغت", "بلوغ"}),
    ({"سكان", "ساكن", "تعداد"}, {"سكان", "ساكن", "نسمه", "مواطن", "مواطنين", "تعداد"}),  # "105 آلاف نسمة"
    # "was held" / "took place" / "hosted": "أين أقيمت المباراة" → "وجرت المباراة على استاد…"
    ({"اقيم", "اقيمت", "يقام", "تقام", "جرت", "جري", "تجري", "يجري"},
     {"اقيم", "اقيمت", "يقام", "تقام", "ستقام", "جرت", "جري", "استضاف", "استضافت", "احتضن", "احتضنت"}),
    ({"تقع", "يقع", "توجد", "يوجد", "مكان", "موقع"},
     {"تقع", "يقع", "الواقعه", "الواقع", "واقعه", "قرب", "بالقرب", "توجد", "يوجد", "موقع"}),
]]
RELATED_MATCH = 0.8
SKELETON_MATCH = 0.6  # same consonant skeleton: weaker (0.8 cost 0.6 point of in-paragraph XQuAD-ar hit@1)


def _related_table() -> dict[str, frozenset[str]]:
    """Question word → the sentence words of all its groups."""
    table: dict[str, frozenset[str]] = {}
    for keys, values in _RELATED_GROUPS:
        for k in keys:
            table[k] = table.get(k, frozenset()) | frozenset(values)
    return table


_RELATED = _related_table()
_CLITICS = lexicon.CLITICS


@lru_cache(maxsize=200_000)
def bare(norm: str) -> str:
    """A folded word without its leading clitics (و، ب، ال…), when enough of it is left (cached: the
    matchers ask it of the same words again and again)."""
    for p in _CLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p):]
    return norm


def forms(norm: str) -> set[str]:
    """A folded word as written, without its clitics (:func:`bare`), and without a leading و / ف
    (:func:`akhbar.arabic.without_conjunction`: "وبعد" is "بعد"): the forms a word is found by in a window of words."""
    return {norm, bare(norm), without_conjunction(norm)}


@lru_cache(maxsize=200_000)
def soft_key(norm: str) -> str:
    """A second, lighter matching key next to the analyzer's stem: Larkey's light10 (the stemmer of
    Lucene's Arabic analyzer), which keeps apart fewer of the forms Snowball splits."""
    return light10(norm)


@lru_cache(maxsize=200_000)
def _grams(norm: str) -> frozenset[str]:
    """Character trigrams of a folded word without its clitics, padded at both ends."""
    w = f"#{bare(norm)}#"
    return frozenset(w[i:i + 3] for i in range(len(w) - 2))


def fuzzy(a: str, b: str) -> float:
    """Dice similarity of the trigram sets of two words: 1 for the same word, about 0.5 and more for
    derivations of one root (تأسيس / تأسست), low for unrelated words."""
    ga, gb = _grams(a), _grams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


_VERB_SUFFIXES = ("ات", "ون", "ين", "وا", "ان", "ت", "ه", "ي")
_VERB_PREFIXES = ("ا", "ت", "ي", "ن")


@lru_cache(maxsize=200_000)
def skeleton(norm: str) -> str:
    """The word's consonants: no clitics, one inflection suffix and one verb prefix off, no long
    vowels after the first letter. Verbal nouns and verbs of one root often meet here where stems
    and trigrams part (سقوط / سقط / أسقطت)."""
    w = bare(norm)
    for suffix in _VERB_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    if w[:1] in _VERB_PREFIXES and len(w) >= 4:
        w = w[1:]
    elif w[:1] in "يتن" and len(w) == 3:
        w = "و" + w[1:]  # a verb whose first root letter و drops in the present: يصل / تصل → وصل
    return w[:1] + re.sub("[اوي]", "", w[1:])


_WEAK_LETTERS = re.compile("[اويىءأإؤئآ]")


@lru_cache(maxsize=200_000)
def weak_root(norm: str) -> str:
    """The strong consonants of a word of a weak root (hollow, defective or with a hamza), where its
    verb and verbal noun part: the present's prefix and one suffix off, then every long vowel and
    hamza (زيارة / يزور → زر, نفى / ينفي → نف, بدء / يبدأ → بد, أقال / يقيل → قل). Two letters
    are often another root's too (قال / يقيل): the aligner weighs such a link below a skeleton's."""
    w = bare(norm)
    if w[:1] in "يتنأاإ" and len(w) >= 4:  # (before the suffix: ينفي is نفي, not ينف)
        w = w[1:]
    for suffix in _VERB_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    # (a first و or ي is the root's own consonant: وزير is not زيارة)
    return w[:1] + _WEAK_LETTERS.sub("", w[1:]) if w[:1] in "وي" else _WEAK_LETTERS.sub("", w)


@lru_cache(maxsize=65536)
def related_words(norm: str) -> frozenset[str]:
    """Sentence words that answer for the question word ``norm`` (see _RELATED_GROUPS)."""
    return _RELATED.get(norm) or _RELATED.get(bare(norm)) or frozenset()


def word_match(norm: str, stem: str, stems: list[str], words: AbstractSet[str]) -> float:
    """How well a sentence (its ``stems``, and its content ``words`` folded) matches one focus word:
    1 for the same stem, RELATED_MATCH for a word of its related group, SKELETON_MATCH for the same
    consonant skeleton, else its best trigram similarity (≥ 0.4)."""
    if stem in stems:
        return 1.0
    return max((_pair_match(norm, w) for w in words), default=0.0)


@lru_cache(maxsize=400_000)
def _pair_match(norm: str, word: str) -> float:
    """word_match of one sentence word, short of the same stem (cached: a question's focus words
    meet the same sentence words in many candidate sentences)."""
    best = fuzzy(norm, word)
    best = best if best >= 0.4 else 0.0
    if best < RELATED_MATCH:
        related = related_words(norm)
        if word in related or bare(word) in related:
            return RELATED_MATCH
    if best < SKELETON_MATCH:
        skel = skeleton(norm)
        if len(skel) >= 3 and skeleton(word) == skel and fuzzy(norm, word) >= 0.2:
            return SKELETON_MATCH
    return best


@lru_cache(maxsize=65536)
def stem_match(a: str, b: str) -> float:
    """How well stem (or folded word) ``a`` matches ``b``, for aligning a claim with a sentence:
    1 the same; 0.9 one extends the other by at most two letters; 0.85 the same once an imperfect-verb
    prefix or one-letter clitic the stemmer left on is dropped (يطلب / طلب); 0.8 a word glued to the one
    before it in scraped text ("بتعيينوليام"); 0.75 the same consonants once long vowels are dropped
    (أنتج / إنتاج) or one edit apart (spelling variants of a name); else 0."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return 0.9
    for x in _without_prefix(a):
        for y in _without_prefix(b):
            if x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) and abs(len(x) - len(y)) <= 1):
                return 0.85
    sa, sb = _stem_skeleton(a), _stem_skeleton(b)
    if len(sa) >= 3 and sa == sb:
        return 0.75
    if len(short) >= 4 and long_.endswith(short):
        return 0.8
    if len(short) >= 4 and one_edit(a, b):
        return 0.75
    return 0.0


def one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _without_prefix(stem: str) -> tuple[str, ...]:
    # Imperfect-verb prefixes and one-letter clitics the stemmer sometimes leaves on (لاحصاء).
    return (stem, stem[1:]) if len(stem) >= 4 and stem[0] in "يتناوبلكف" else (stem,)


def _stem_skeleton(stem: str) -> str:
    # A stem's consonants: verb and verbal noun of one root (أنتج / إنتاج, شارك / مشاركة keep "نتج", "شرك").
    core = stem[1:] if len(stem) >= 5 and stem[0] in "مات" else stem
    return "".join(ch for ch in core if ch not in "اوي")


def bm25_idf(num_docs: int, df: int) -> float:
    """BM25's IDF of a term found in ``df`` of ``num_docs`` documents (never negative)."""
    return math.log(1 + (num_docs - df + 0.5) / (df + 0.5))


def idf_from_counts(num_docs: int, dfs: dict[str, int]) -> dict[str, float]:
    return {t: bm25_idf(num_docs, df) for t, df in dfs.items()}
