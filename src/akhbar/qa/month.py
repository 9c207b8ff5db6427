"""A month the question names alone ("كم ملم من الأمطار هطلت على مدينة الشاطئ في أكتوبر؟"), held by the answering sentence.

A date constraint needs a year (:mod:`akhbar.qa.constraints`: "في أكتوبر 2025"); a month alone was no constraint, and a
sentence dating its deed in another month answered: "قطع فيضان وادي الريم الطريق … مساء الأربعاء 12 نوفمبر 2025 بعد هطول
80 ملم من الأمطار" gave the November storm's 80 ملم for the October question (the lead's round-30 probe). A month alone
after "في" / "خلال" / "شهر" is held here: a sentence whose own dates are all of other months does not answer it. A
sentence dating nothing is left to its article (a news article dates its deed once), and the month names that are common
words too ("آب", "مارس": date_words.AMBIGUOUS_MONTHS) are read only as "شهر X".
"""

from __future__ import annotations

import re

from ..arabic import normalize
from ..date_words import AMBIGUOUS_MONTHS, GMONTH_FIND, GMONTH_LOOKUP
from ..dates import find_dates
from .constraints import Constraint
from .evidence import Sentence

_BEFORE = ("في", "خلال", "شهر", "بشهر", "وفي")
_OF_MONTH = ("شهر", "بشهر")


def asked_month(question: str) -> Constraint | None:
    """The month the question names alone (no year, no day: those are date constraints), after في / خلال / شهر, as a
    constraint of kind "month"; None when it names none."""
    folded = normalize(question)
    if find_dates(folded):
        return None
    for m in GMONTH_FIND.finditer(folded):
        name = re.sub(r"\s+", " ", m.group(0))
        month = next((n for rx, n in GMONTH_LOOKUP if rx.fullmatch(name)), 0)
        before = folded[:m.start()].split()[-1:] or [""]
        if not month or before[0] not in _BEFORE or (name in AMBIGUOUS_MONTHS and before[0] not in _OF_MONTH):
            continue
        return Constraint("month", question_span(question, folded, m.start(), m.end()), month=month)
    return None


def question_span(question: str, folded: str, start: int, end: int) -> str:
    """The question's own writing of a span of its folded text (folding keeps the length of most Arabic words; when it
    does not, the folded span)."""
    return question[start:end] if len(question) == len(folded) else folded[start:end]


def month_unmet(c: Constraint | None, sent: Sentence) -> list[Constraint]:
    """[c] when the sentence dates its deeds, to the month or the day, only in other months than the one asked."""
    if c is None:
        return []
    months = [d.date.month for d in sent.dates if d.date is not None and d.precision in ("month", "day")]
    return [c] if months and c.month not in months else []
