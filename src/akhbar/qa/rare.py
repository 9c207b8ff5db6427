"""Rare question words: the soft constraints of :mod:`akhbar.qa.constraints`, weighed by how rare each is in the archive.

Every content word of the question that is no name, date or number of :func:`akhbar.qa.constraints.question_constraints`
is a softer constraint, weighed by how rare it is in the archive (:func:`rare_words`, :func:`rare_missing`,
:func:`rarity_of`): "بالقمح" of "متى جنحت السفينة المحملة بالقمح" is no name of the lexicon, but a sentence on the
grounding that names no cargo leaves it out. The rarity of the rarest word the chosen sentence does not hold is a
feature of the answer and short-answer confidence models (:mod:`akhbar.qa.confidence`), fitted with cross-validation
(on the pool they learn little from it: bench/qa_notes.md, round 4). A word so rare that no article of the evidence
holds it is a hard constraint of kind "rare" (:func:`rare_constraints`, :func:`rare_unmet`): the archive does not
tell that fact, and ``ask`` abstains naming it.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .. import lexicon
from ..arabic import STOPWORDS, Analyzer, normalize
from .constraint_check import name_match, tokens_of
from .constraints import _AUX, Constraint
from .evidence import Sentence, content_words, is_generic
from .match import bare, bm25_idf, fold_words, one_edit, word_match
from .names import NAME_CUES
from .question import _QUESTION_WORDS, QuestionInfo


def rare_words(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[tuple[str, str]]:
    """(folded word, stem) of the question's content words that may each be a constraint of their own:
    not an interrogative, an auxiliary ("تم"، "بلغت"), a framing word ("نتائج"), a digit (years and
    numbers are constraints already). How rare each is in the archive decides how much it weighs
    (:func:`rare_missing`)."""
    out = []
    for t in analyzer.tokens(question):
        n = t.norm
        if t.stop or not t.stem or n in _QUESTION_WORDS or n in _AUX or bare(n) in _AUX or n.isdigit() \
                or is_generic(n):
            continue
        out.append((n, t.stem))
    return list(dict.fromkeys(out))


RARE_MATCH = 0.6  # a sentence word standing for a rare question word: word_match at least this (as the event word)


def rare_missing(words: Sequence[tuple[str, str]], rarity: dict[str, float], sents: Sequence[Sentence],
                 title: tuple[list[str], list[str]] | None = None) -> float:
    """The rarity (0..1, :func:`rarity_of`) of the rarest question word none of ``sents`` (nor the
    ``title``, as (folded words, stems)) holds: "بالقمح" asked, a sentence naming no cargo found.
    0 when every word is held. A word is held by the same stem, a related word or the consonant
    skeleton (:func:`akhbar.qa.match.word_match`), or as a name (:func:`akhbar.qa.constraint_check.name_match`: spelling variants,
    a place and its adjective)."""
    worst = 0.0
    for norm, stem in words:
        r = rarity.get(stem, 0.0)
        if r <= worst:
            continue
        held = any(word_match(norm, stem, s.stems, content_words(s)) >= RARE_MATCH
                   or name_match(norm, stem, s.norms, s.stems) for s in sents)
        if not held and title is not None:
            held = name_match(norm, stem, *title) or word_match(norm, stem, title[1], set(title[0])) >= RARE_MATCH
        if not held:
            worst = r
    return worst


# The heads after which a word names something (lexicon.NAME_CUES, TOWN_HEADS, SITE_HEADS), without clitics.
_HEADS = frozenset(bare(w) for w in fold_words({*lexicon.NAME_CUES, *lexicon.TOWN_HEADS, *lexicon.SITE_HEADS}))
RARE_CUT = 0.8  # rarity from which a question word no article of the evidence holds abstains (see rare_constraints)


def rare_constraints(question: str, info: QuestionInfo, analyzer: Analyzer, rarity: dict[str, float],
                     constraints: Sequence[Constraint] = (), cut: float = RARE_CUT) -> list[Constraint]:
    """The question's rare words (:func:`rare_words` at rarity ``cut`` or more in the archive) as
    constraints of kind "rare": no lexicon names "المشتري" or "مينسك", and a word so rare in the archive
    that the evidence's article does not hold it is a fact the archive does not tell ("متى دخل مسبار
    الأمل مدار كوكب المشتري" and an article on the Mars orbit). They are met by the whole article
    (:func:`rare_unmet`), not the sentence alone: a news article names its subject once and goes on
    about it. The text shown is the word as the question writes it, with the cue noun before it
    ("كوكب المشتري"). The question's event word is not one: its verb is told in other words as often
    as not ("متى عين" and "تولى … منصب"), and :func:`akhbar.qa.constraint_check.event_level` weighs it already; but where كم
    counts by a verb the event word is the noun after it, which is."""
    # ("كم جمع مهرجان العنب": the lead's round 28 probe answered another festival's sum)
    event = {st for c in constraints if c.kind == "event" for _, st in c.words} if info.counted_is_noun or not info.counted \
        else set()
    counted = bare(info.counted) if info.counted else ""  # held to its number by names_counted (broken plurals)
    toks = analyzer.tokens(question)
    # (a word right after a name's or a place's head is a name, no mistyped function word: "كم رقيماً عثرت عليه البعثة
    # في موقع أور؟" names a site one letter off "إثر", and the Lagash tablets' count answered it, held out 30; round 44)
    named = {t.norm for prev, t in zip(toks, toks[1:]) if bare(prev.norm) in _HEADS}
    keep = {stem for norm, stem in rare_words(question, info, analyzer)
            if rarity.get(stem, 0.0) >= cut and stem not in event and not (_typo(norm) and norm not in named)
            and not (counted and bare(norm) == counted)}
    if not keep:
        return []
    out: list[Constraint] = []
    seen: set[str] = set()
    for i, t in enumerate(toks):
        if t.stop or t.stem not in keep or t.stem in seen:
            continue
        seen.add(t.stem)
        prev = toks[i - 1] if i > 0 else None
        start = prev.start if prev is not None and (prev.norm in NAME_CUES or bare(prev.norm) in NAME_CUES) else t.start
        out.append(Constraint("rare", question[start:t.end], words=((t.norm, t.stem),)))
    return out


_GLUED = ("ما", "لما", "من")  # interrogatives typed without their space ("ماالاسم"، "ماهو")
_FUNCTION_WORDS = frozenset(STOPWORDS | _QUESTION_WORDS)


@lru_cache(maxsize=4096)
def _typo(norm: str) -> bool:
    """A word the archive cannot know because it is mistyped, not because it names something new:
    a function word one letter off ("ابتي" for "التي", "الدي" for "الذي"), or an interrogative
    glued to the next word ("ماالاسم"). Such a word is no rare constraint (ARCD writes dozens)."""
    if any(len(norm) >= 3 and len(f) >= 3 and one_edit(norm, f) for f in _FUNCTION_WORDS):
        return True
    for q in _GLUED:
        rest = norm[len(q):]
        if norm.startswith(q) and len(rest) >= 2 and (rest in _FUNCTION_WORDS or rest.startswith("ال")):
            return True
    return False


@lru_cache(maxsize=256)
def _article_words(text: str, analyzer: Analyzer) -> tuple[list[str], list[str], frozenset[str]]:
    """(folded words, stems, content words) of an article, cached: the sentences checked for one
    question come from a handful of articles."""
    norms, stems = tokens_of(text, analyzer)
    return norms, stems, frozenset(n for n, st in zip(norms, stems) if st)


def _held(norm: str, stem: str, norms: list[str], stems: list[str], words: AbstractSet[str]) -> bool:
    return word_match(norm, stem, stems, words) >= RARE_MATCH or name_match(norm, stem, norms, stems) \
        or _singular_held(norm, words) or _found_held(norm, norms)


_FOUND = frozenset(bare(normalize(w)) for w in lexicon.FOUND_PARTICIPLES)
_FINDING = frozenset(bare(normalize(w)) for w in lexicon.FINDING_WORDS)


def _found_held(norm: str, norms: list[str]) -> bool:
    """A participle of a thing found ("المكتشفة") held by a word of the finding ("عثرت"، "اكتشافاً"): the matcher parts
    the participle from its own verb's masdar, and from "عثر" (lexicon.FOUND_PARTICIPLES, round 45)."""
    w = bare(norm)
    return w in _FOUND and any(bare(n) in _FINDING for n in norms)


_SOUND_PLURAL = ("ات", "ون", "ين")


@lru_cache(maxsize=65536)
def _singular(norm: str) -> str:
    """The letters of a sound plural's singular, without clitics or ة ("الجهات" → "جه", "اللاعبون" →
    "لاعب"), or '' for a word of no such ending."""
    w = bare(norm)
    for suffix in _SOUND_PLURAL:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            return w[:-len(suffix)]
    return ""


def _singular_held(norm: str, words: AbstractSet[str]) -> bool:
    """A sound plural of the question held by its singular ("الجهات" by "جهة", "المنشآت" by "المنشأة"):
    the stemmer parts the two when the word is short (الجه / جهه), and news writes the singular of a
    list the question asks for in the plural ("خامس جهة")."""
    one = _singular(norm)
    if not one:
        return False
    for w in words:
        b = bare(w)
        if (b[:-1] if b.endswith("ه") else b) in (one, one + "ا"):  # منشأة → منشا، منشآت → منشات
            return True
    return False


@lru_cache(maxsize=4096)
def _text_holds(norm: str, stem: str, text: str, analyzer: Analyzer) -> bool:
    return _held(norm, stem, *_article_words(text, analyzer))


def rare_unmet(rares: Sequence[Constraint], sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """The rare-word constraints no word of ``sent``, its title or its article holds (the one soft
    matcher of :mod:`akhbar.qa.match`: stem, related word, skeleton, trigrams; or a name's spelling)."""
    missing: list[Constraint] = []
    for c in rares:
        norm, stem = c.words[0]
        if _held(norm, stem, sent.norms, sent.stems, content_words(sent)):
            continue
        if _text_holds(norm, stem, sent.cand.title or "", analyzer):
            continue
        if not _text_holds(norm, stem, sent.cand.text or "", analyzer):
            missing.append(c)
    return missing


def rarity_of(num_docs: int, dfs: dict[str, int]) -> dict[str, float]:
    """Each term's rarity in the archive: its BM25 IDF over the IDF of a term no passage holds
    (1 = in no passage; the scale is the same in an archive of a hundred passages or of 60,000)."""
    top = bm25_idf(num_docs, 0) or 1.0
    return {t: bm25_idf(num_docs, df) / top for t, df in dfs.items()}
