"""Two of a kind in one article, told apart by a side or by a second one brought in later (round 40).

An article on a bridge opened at a town's northern entrance ends on a second bridge to be built at its southern one;
"كم يبلغ طول الجسر الذي سيبنى عند المدخل الجنوبي؟" was answered with the first bridge's length (held out 26, 0.65),
"متى انطلقت أشغال بناء الجسر عند المدخل الجنوبي؟" with its start of works (0.92), "كم سيارة ستعبر الجسر الثاني؟" with its
traffic (0.82).

- **Another side** (:func:`side_unmet`): a noun the question gives a side ("المدخل الجنوبي", lexicon.SIDE_ADJECTIVES),
  written by the sentence with another side only ("عند المدخل الشمالي").
- **A second one brought in after the sentence** (:func:`later_one_unmet`): a later sentence of the article brings in
  a new one of a noun the question writes, by an ordinal with no ال ("جسراً ثانياً سيبنى …"), and it is the one asked:
  the question gives the noun that ordinal ("الجسر الثاني"), or writes the side that later sentence names. A sentence
  before it that names the noun with neither tells the first one. (A definite ordinal later, "وهو الجسر الثاني في
  المدينة", brings in none: it tells the same bridge.)
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..arabic import Analyzer, normalize, without_conjunction
from .constraints import Constraint
from .counts import ordinal_nouns, ordinal_of
from .evidence import Sentence

_SIDES = {normalize(w): side for side, words in lexicon.SIDE_ADJECTIVES.items() for w in words}


class AskedSide(NamedTuple):
    text: str  # as the question writes it ("المدخل الجنوبي")
    noun: str  # the stem of the noun given the side
    side: str  # a key of lexicon.SIDE_ADJECTIVES


def asked_side(question: str, analyzer: Analyzer) -> AskedSide | None:
    """The question's noun with a side adjective right after it ("عند المدخل الجنوبي" → مدخل, south), else None."""
    toks = analyzer.tokens(question)
    for t, nxt in zip(toks, toks[1:]):
        if nxt.norm in _SIDES and not t.stop and t.stem and t.norm not in _SIDES:
            return AskedSide(question[t.start:nxt.end], t.stem, _SIDES[nxt.norm])
    return None


def _sides_of(norms: list[str], stems: list[str], noun: str) -> set[str]:
    """The sides the words give the noun, each right after it or joined to one by و ("المحافظات الشمالية والجنوبية")."""
    out: set[str] = set()
    for i in range(len(norms) - 1):
        if stems[i] != noun:
            continue
        j = i + 1
        while j < len(norms):
            word = norms[j] if j == i + 1 else without_conjunction(norms[j]) if norms[j].startswith("و") else ""
            if word not in _SIDES:
                break
            out.add(_SIDES[word])
            j += 1
    return out


def side_unmet(asked: AskedSide | None, sent: Sentence, analyzer: Analyzer | None = None) -> list[Constraint]:
    """``[constraint]`` when the sentence writes the noun asked with another side only ("المدخل الشمالي" for "المدخل
    الجنوبي"), or with none while its article (title and text) writes it with other sides only ("حقل الحمادة الشرقي" and
    "وقال مدير الحقل إن الإنتاج بلغ 58 ألف برميل" for "حقل الحمادة الغربي": held out 31, round 45), else ``[]``."""
    if asked is None:
        return []
    sides: AbstractSet[str] = _sides_of(sent.norms, sent.stems, asked.noun)
    if not sides and analyzer is not None:
        sides = _text_sides(sent.cand.text or "", asked.noun, analyzer) | _text_sides(sent.cand.title or "", asked.noun,
                                                                                     analyzer)
    return [Constraint("side", asked.text)] if sides and asked.side not in sides else []


@lru_cache(maxsize=256)
def _text_sides(text: str, noun: str, analyzer: Analyzer) -> frozenset[str]:
    """The sides an article's text gives the noun (:func:`_sides_of`), cached."""
    toks = analyzer.tokens(text)
    return frozenset(_sides_of([t.norm for t in toks], ["" if t.stop else t.stem for t in toks], noun))


def _brought_in(norms: list[str], stems: list[str]) -> set[tuple[str, int]]:
    """(stem, ordinal) of each noun a sentence brings in as a new one: no ال on the noun or on the ordinal after it
    ("جسراً ثانياً"، "خط ثالث")."""
    out = set()
    for i in range(1, len(norms)):
        k = ordinal_of(norms[i]) or (ordinal_of(norms[i][:-1]) if norms[i].endswith("ا") else 0)
        if k > 1 and stems[i - 1] and not norms[i].startswith("ال") and not norms[i - 1].startswith("ال") \
                and not any(c.isdigit() for c in norms[i - 1]) and not ordinal_of(norms[i - 1]):
            out.add((stems[i - 1], k))
    return out


def later_one_unmet(question: str, analyzer: Analyzer, ordinals: dict[tuple[str, int], str], side: AskedSide | None,
                    sent: Sentence) -> list[Constraint]:
    """``[constraint]`` when a later sentence of the sentence's passage brings in a new one of a noun the sentence names,
    and that one is asked: the question gives the noun its ordinal (``ordinals``, qa.counts.asked_ordinals), or writes
    the side the later sentence names (``side``); the sentence names the noun with neither. Else ``[]``."""
    if not ordinals and side is None:
        return []
    named = set(sent.stems) & {t.stem for t in analyzer.tokens(question) if not t.stop and t.stem}
    if not named:
        return []
    own = ordinal_nouns(sent.norms, sent.stems) | _brought_in(sent.norms, sent.stems)
    cand = sent.cand
    for start, end in cand.sentences:
        if start < sent.end:
            continue
        toks = analyzer.tokens(cand.text[start:end])
        norms, stems = [t.norm for t in toks], ["" if t.stop else t.stem for t in toks]
        for noun, k in _brought_in(norms, stems):
            if noun not in named:
                continue
            if (noun, k) in ordinals and (noun, k) not in own:
                return [Constraint("ordinal", ordinals[noun, k])]
            if side is not None and side.side in _sides_of(norms, stems, side.noun) \
                    and side.side not in _sides_of(sent.norms, sent.stems, side.noun):
                return [Constraint("side", side.text)]
    return []


@lru_cache(maxsize=256)
def _text_ordinals(text: str, analyzer: Analyzer) -> frozenset[tuple[str, int]]:
    """(stem of the noun, ordinal) of every noun an article's text (or title) gives an ordinal (cached: one question's
    sentences share a few articles)."""
    toks = analyzer.tokens(text or "")
    return frozenset(ordinal_nouns([t.norm for t in toks], ["" if t.stop else t.stem for t in toks]))


def article_ordinal_unmet(asked: Iterable[tuple[str, int]], sent: Sentence, analyzer: Analyzer, later: bool = False) -> bool:
    """A noun the question gives an ordinal ("جائزة الضفتين في دورتها الثالثة") that ``sent`` names with no ordinal, or
    not at all, while its article names it with other ordinals only ("فاز … بالجائزة في دورتها الرابعة"): what the
    sentence tells ("وتنافست على الجائزة 142 رواية") is of the article's one, not the one asked (round 42, held out 28).
    The sentence and the ones beside it naming an ordinal of their own are :func:`akhbar.qa.counts.other_ordinal`'s."""
    own = {st for st, _ in ordinal_nouns(sent.norms, sent.stems)}
    told = _text_ordinals(sent.cand.text or "", analyzer) | _text_ordinals(sent.cand.title or "", analyzer)
    # (or a second one or later whose ordinal the article never writes, with any noun: "من فاز بالمرحلة الرابعة من رالي
    # حائل؟" and an article telling the winner's three stages of five answered with the rally's winner, held out 31, 0.94;
    # round 45. The first is left alone: an article on a thing's only stage calls it no "first"; and an article writing
    # the ordinal at all, "مستشفى ثان"، may tell it in words the noun's stem does not meet. ``later``: for who- and
    # how-many questions only; a where-question's sentence set aside so, "أين أقيمت مباراة تحديد المركز الثالث …؟", gave
    # way to another article's sentence that answered it with no place, held out 6.)
    return any(k > 0 and noun not in own and (noun, k) not in told
               and (later and k > 1 and not _writes_ordinal(sent.cand.text or "", sent.cand.title or "", k, analyzer)
                    or any(st == noun and j > 0 for st, j in told)) for noun, k in asked)


@lru_cache(maxsize=256)
def _writes_ordinal(text: str, title: str, k: int, analyzer: Analyzer) -> bool:
    """The article writes the ordinal ``k`` anywhere, with any noun or none ("مستشفى ثان"، "الهدف الثاني"، "ثانياً")."""
    return any(ordinal_of(t.norm) == k or (t.norm.endswith("ا") and ordinal_of(t.norm[:-1]) == k)
               for t in analyzer.tokens(text + " . " + title))
