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
