"""Names in Arabic news, folded for matching: the lexicon's places, given names and name cues.

Arabic writes no capitals, so a name is known by its company: a place of :data:`PLACES`, a given name
of :data:`GIVEN_NAMES` (and the family name after it), a name of two words of :data:`COMPOUND_NAMES`
("الولايات المتحدة"), or the word after a cue of :data:`NAME_CUES`
("قاعدة حميميم", "الرئيس بوتين"). :mod:`akhbar.qa.constraints` reads the names a question asks about;
:mod:`akhbar.qa.short` the names a sentence offers as an answer. The lists live in
:mod:`akhbar.lexicon`.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import normalize
from .match import bare, fold_words

PLACES = fold_words(set(lexicon.PLACES))
NAME_CUES = fold_words(set(lexicon.NAME_CUES))
GIVEN_NAMES = fold_words(set(lexicon.GIVEN_NAMES))
GIVEN_BARE = frozenset(bare(w) for w in GIVEN_NAMES)  # ... and without a clitic: "ومحمد" and "لأحمد" are one too
# People news names by one word (lexicon.PEOPLE_NAMES: "ميسي", "بوتين"), not the bodies of lexicon.PERSONS.
PEOPLE_NAMES = fold_words(set(lexicon.PEOPLE_NAMES))
# Names of two words (lexicon.COMPOUND_NAMES), keyed by their words without clitics ("بالولايات
# المتحدة" is one too), with the single words that stand for them, folded.
COMPOUND_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    tuple(bare(w) for w in normalize(name).split()): tuple(normalize(a) for a in aliases)
    for name, aliases in lexicon.COMPOUND_NAMES.items()}
# Place cues (lexicon.PLACE_CUES), folded, -> the index of their kind: "مرفأ" and "ميناء" are one kind.
PLACE_CUE_KIND: dict[str, int] = {normalize(w): k for k, group in enumerate(lexicon.PLACE_CUES) for w in group}


def surname_met(words: tuple[tuple[str, str], ...], sent_norms: list[str], article_norms: list[str]) -> bool:
    """A person's name of two words, a known given name and a family name with ال ("أحمد الخطيب"), held by a sentence
    that writes the family name alone ("وكان الخطيب قد أقيل في 2 نوفمبر …") in an article that writes the name whole:
    news names a man once in full, then by his family name (round 30; the lead's round-29 probe found "متى أقيل …؟"
    silent so). Not when the sentence or its article gives that family name to another given name ("حافظ الأسد" for
    "بشار الأسد"). ``words``: (folded word, stem) of the name; the norms: folded content words."""
    if len(words) != 2:
        return False
    first, last = words[0][0], bare(words[1][0])
    if first not in GIVEN_NAMES or not words[1][0].startswith("ال") or len(last) < 3:
        return False

    def at(norms: list[str]) -> list[int]:
        return [k for k, n in enumerate(norms) if bare(n) == last]

    def given(n: str) -> bool:
        return n == first or bare(n) == bare(first)

    here = at(sent_norms)
    if not here or any(k > 0 and given(sent_norms[k - 1]) for k in here):
        return False  # (the whole name is read as a name already)
    whole = any(k > 0 and given(article_norms[k - 1]) for k in at(article_norms))
    other = any(k > 0 and not given(norms[k - 1]) and (norms[k - 1] in GIVEN_NAMES or bare(norms[k - 1]) in GIVEN_BARE)
                for norms in (sent_norms, article_norms) for k in at(norms))
    return whole and not other
