"""When-answers coarser than a year, or outside the Gregorian era: decades, centuries, years before the
common era, Hijri years, "X million years ago" (used by :mod:`akhbar.qa.decide` and :mod:`akhbar.qa.short`).

:mod:`akhbar.dates` finds dates of day, month and year precision (its timelines and the claim checker
compare them); an encyclopaedia answers many when-questions otherwise: "في الثمانينيات"، "في القرن
التاسع عشر"، "عام 280 قبل الميلاد"، "سنة 40 للهجرة"، "منذ 66 مليون سنة". A sentence holding one
holds a when-answer (the question is answered with its points); the expression is its short answer
only when it has the precision the question asks for (:func:`period_answers`): a century for "في أي
قرن", a decade for "في أي عقد", a year (of any era) for متى / "في أي عام".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
from ..arabic import normalize, normalize_with_map
from .match import fold_words

DECADE, CENTURY, YEAR = "decade", "century", "year"
_WORD = re.compile(r"[^\W_]+")


def _alt(words: set[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_DECADES = _alt(fold_words(set(lexicon.DECADE_TENS)))
_ORDINALS = _alt(fold_words(set(lexicon.CENTURY_ORDINALS)))
_ERA_BC = _alt(fold_words(set(lexicon.ERA_BEFORE)))
_ERA_AD = _alt(fold_words(set(lexicon.ERA_COMMON)))
_ERA_H = _alt(fold_words(set(lexicon.ERA_HIJRI)))
_YEAR_WORD = r"(?:ال)?(?:عام|سنه)\s*"
_CLITIC = r"(?<!\w)(?:[وف]?[بلك]?)"  # kept outside the answer: "وفي الثمانينيات" → "الثمانينيات"
_CENTURY = (rf"(?:ال)?قرن\s+(?:(?:ال)?(?:{_ORDINALS})(?:\s+عشر|\s+و\s*(?:ال)?عشرين)?|\d{{1,2}}(?!\d))"
            rf"(?:\s+(?:{_ERA_BC}|{_ERA_AD}|{_ERA_H}))?(?!\w)")

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "الثمانينيات" / "ثمانينات القرن الماضي" / "الستينيات من القرن العشرين"
    (DECADE, re.compile(rf"{_CLITIC}(?P<span>(?:ال)?(?:{_DECADES})(?:يات|ات)(?!\w)"
                        rf"(?:\s+(?:من\s+)?(?:ال)?قرن\s+(?:الماضي|المنصرم|(?:ال)?عشرين|التاسع\s+عشر|الثامن\s+عشر)(?!\w))?)")),
    (CENTURY, re.compile(rf"{_CLITIC}(?P<span>{_CENTURY})")),
    # "280 قبل الميلاد"، "عام 3000 سنة ق.م": any year before the common era
    (YEAR, re.compile(rf"{_CLITIC}(?P<span>(?:{_YEAR_WORD})?\d{{1,4}}(?:\s*(?:الف|مليون))?(?:\s+(?:سنه|عام))?"
                      rf"\s*(?:{_ERA_BC})(?!\w))")),
    # "سنة 40 للهجرة"، "656 هـ": Hijri years of any length (akhbar.dates reads 3-4 digits)
    (YEAR, re.compile(rf"{_CLITIC}(?P<span>(?:{_YEAR_WORD})?\d{{1,4}}(?!\d)\s*(?:{_ERA_H})(?!\w))")),
    # "عام 711"، "سنة 70 م": a year of the first millennium (akhbar.dates reads four digits)
    (YEAR, re.compile(rf"{_CLITIC}(?P<span>{_YEAR_WORD}(?:\d{{3}}(?!\d)(?:\s*(?:{_ERA_AD})(?!\w))?"
                      rf"|\d{{1,2}}(?!\d)\s*(?:{_ERA_AD})(?!\w)))(?!\s*(?:الف|مليون|مليار|%)(?!\w))")),
    # "منذ 66 مليون سنة": geological and prehistoric ages
    (YEAR, re.compile(r"(?<!\w)(?P<span>منذ\s+(?:(?:نحو|حوالي|قرابه)\s+)?\d+(?:[.,]\d+)?\s*(?:الف|مليون|مليار)\s+"
                      r"(?:سنه|عام)(?!\w))")),
)


class Period(NamedTuple):
    """A when-expression of a sentence: sentence-relative offsets and its precision."""

    start: int
    end: int
    precision: str  # decade | century | year


@lru_cache(maxsize=20_000)
def find_periods(text: str) -> tuple[Period, ...]:
    """The decades, centuries and other-era years of ``text`` (offsets into ``text``), in order;
    overlapping finds keep the first pattern's (a century's era stays with the century)."""
    folded, index = normalize_with_map(text)
    found: list[Period] = []
    for precision, rx in _PATTERNS:
        for m in rx.finditer(folded):
            s, e = m.start("span"), m.end("span")
            if any(p.start < index[e - 1] + 1 and index[s] < p.end for p in found):
                continue
            end = index[e - 1] + 1
            while end < len(text) and not normalize(text[end]):
                end += 1  # the tatweel of "هـ" and the marks folding drops stay with the answer
            found.append(Period(index[s], end, precision))
    return tuple(sorted(found))


# "في أي عقد": a decade is named without the word (الثمانينيات), so عقد is no event word of the question.
DECADE_NOUNS = frozenset({"عقد", "العقد", "عقود"})


def asked_precision(words: set[str]) -> str:
    """The precision a when-question asks for, from its folded words: "في أي قرن" a century, "في أي
    عقد" a decade, otherwise a year (متى، "في أي عام")."""
    bare_words = {w[2:] if w.startswith("ال") else w for w in words}
    if bare_words & {"قرن", "قرون"}:
        return CENTURY
    if bare_words & {"عقد", "عقود"}:
        return DECADE
    return YEAR


def new_periods(text: str, words: set[str]) -> list[Period]:
    """The periods of ``text`` that are not made of the question's own folded ``words`` only (a
    sentence repeating "عام 280 قبل الميلاد" of the question does not answer it)."""
    return [p for p in find_periods(text) if not set(_WORD.findall(normalize(text[p.start:p.end]))) <= words]


def period_answers(text: str, words: set[str]) -> list[tuple[int, int]]:
    """The spans of ``text`` that answer a when-question of folded ``words`` with its own precision
    (a decade is no answer to "في أي عام"; "القرن التاسع عشر" answers "في أي قرن"), leaving out
    the ones the question itself says."""
    wanted = asked_precision(words)
    return [(p.start, p.end) for p in new_periods(text, words) if p.precision == wanted]
