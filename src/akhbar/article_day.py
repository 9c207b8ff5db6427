"""The day an article speaks from (``own_day``): its dateline ("الرياض 12 شوال 1436 هـ الموافق 28 يوليو 2015 م
واس"), else a weekday it states for today, yesterday or tomorrow ("اليوم (الأحد)"), else the day its page's address
names when the page was fetched later (a paper's issue, ``issue_day``), else its publication date. ``akhbar.events``
resolves every relative date of the article against this day and records which of the four it was; a sentence that
states its own weekday otherwise ("اليوم الاثنين" after the page's "غدا الاثنين") reads its own relative dates by it
(``sentence_day``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .arabic import normalize
from .calendars import hijri_month_of
from .dates import DAY, find_dates, reference_day
from .lexicon import RAMADAN_AS_NOW, WEEKDAYS

__all__ = ["DATELINE", "ISSUE", "PUBLISHED", "WEEKDAY", "WEEKDAY_NUMBERS", "OwnDay", "dateline", "issue_day", "own_day",
           "sentence_day", "stated_weekday", "written_in_ramadan"]

PUBLISHED, DATELINE, WEEKDAY, ISSUE = "published", "dateline", "weekday", "issue"  # where the day was read
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True)
class OwnDay:
    """The day an article speaks from, and where it was read."""

    day: dt.date | None
    anchor: str


WEEKDAY_NUMBERS = {normalize(day): number for number, day in enumerate(WEEKDAYS)}  # folded: الاربعاء، الجمعه
_STATED_WEEKDAY = re.compile(r"(?<!\w)(?<!بعد\s)(?:[وف]?(?:بال|ال)?)((?:اول\s+(?:من\s+)?)?امس(?:\s+الاول)?|اليوم|غدا|غد)"
                             r"\s*[(\[«\"'\-–—،,]?\s*(?:يوم\s+)?(" + "|".join(WEEKDAY_NUMBERS) + r")(?!\w)")
_DAY_SHIFT = {"اليوم": 0, "امس": 1, "غدا": -1, "غد": -1}  # own day = stated weekday + shift; أول أمس: 2


def dateline(head: str) -> tuple[dt.date, int] | None:
    """The date that opens an article as agencies write it ("الرياض 12 شوال 1436 هـ الموافق 28 يوليو 2015 م
    واس"), and where the dateline ends in ``head`` (its first sentence): a day-precise date within the first
    five words, ending at an agency mark, a dash, a colon or the end of the sentence."""
    found = [m for m in find_dates(head) if m.precision == DAY]
    if not found or len(_WORD_RE.findall(head[:found[0].start])) > 4:
        return None
    for m in found:
        if m is not found[0] and "الموافق" not in normalize(head[found[0].end:m.start]):
            break
        after = normalize(head[m.end:m.end + 14])
        if re.match(r"\s*(?:م(?!\w)\s*)?(?:[-–—:،,(]|\(?\s*واس|$)", after):
            return found[0].date, m.end
    return None


def stated_weekday(text: str, published: dt.date) -> dt.date | None:
    """The article's day from "اليوم (الأحد)" / "أمس الأحد" / "غدا الأحد", within a week of publication
    (six days before it to one after: a page is fetched after it is written, and a paper's next-day
    edition goes online the evening before)."""
    folded = normalize(text)
    # The pattern has no literal to skip ahead to and scans whole articles; one in five names a weekday
    # and one of امس / اليوم / غد, which it needs.
    if not (any(w in folded for w in WEEKDAY_NUMBERS) and any(w in folded for w in ("امس", "اليوم", "غد"))):
        return None
    m = _STATED_WEEKDAY.search(folded)
    if m is None:
        return None
    said = m.group(1)
    weekday = (WEEKDAY_NUMBERS[m.group(2)] + (2 if said.startswith("اول") or said.endswith("الاول") else _DAY_SHIFT[said])) % 7
    for delta in (0, -1, 1, -2, -3, -4, -5, -6):
        day = published + dt.timedelta(days=delta)
        if day.weekday() == weekday:
            return day
    return None  # not reached: seven consecutive days hold every weekday


def sentence_day(text: str, day: OwnDay) -> dt.date | None:
    """The day one sentence speaks from: the article's own day, unless the sentence states a weekday for today, yesterday
    or tomorrow ("صباح اليوم الاثنين") that the article's day does not have: then the day of that statement nearest the
    article's, three days either side at most. The article's day comes from its first statement, and a page written on
    the Sunday for "غدا الاثنين" that goes on "وتبدأ المقابلات صباح اليوم الاثنين" (a notice written for the Monday, run
    as it was) dates the interviews on the Monday, not on the page's Sunday. Not against a dateline, which says the day."""
    if day.day is None or day.anchor == DATELINE:
        return day.day
    folded = normalize(text)
    m = _STATED_WEEKDAY.search(folded) if any(w in folded for w in WEEKDAY_NUMBERS) else None
    if m is None or _BEFORE.search(folded[:m.start()]):
        return day.day  # "قبل أمس (السبت)": the dates module reads it as "أمس", the article's day as the page's
    said = m.group(1)
    weekday = (WEEKDAY_NUMBERS[m.group(2)] + (2 if said.startswith("اول") or said.endswith("الاول") else _DAY_SHIFT[said])) % 7
    return day.day + dt.timedelta(days=(weekday - day.day.weekday() + 3) % 7 - 3)


_BEFORE = re.compile(r"(?<!\w)قبل\s*$")


# A date in a page's address: "/issues/20240102/", "/2024/01/02/story-1.html", "/2024/20240102/page3.htm".
_URL_DATE = re.compile(r"(?<![\d])(20\d\d|19\d\d)([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d])")
# A page's address dated up to this many days before the crawl names the day it was written: of the SaudiNewsNet
# pages fetched 1-3 days after their address's date that state their weekday ("اليوم الأحد"), 67 of 70 state
# the address's day (1 the crawl day); of the 2 fetched 6-7 days after, neither.
CRAWL_LAG_DAYS = 3


def issue_day(url: str | None, published: dt.date | None) -> dt.date | None:
    """The day a page's address names (a paper's issue), when it is before the recorded publication day
    and within ``CRAWL_LAG_DAYS`` of it: crawlers record the day they fetched a page, and a paper's page
    of the 20th fetched on the 21st says "اليوم" of the 20th. None otherwise."""
    if not url or published is None:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]  # not the host ("…2015.com")
    for m in _URL_DATE.finditer(path):
        try:
            day = dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
        except ValueError:
            continue
        return day if 0 < (published - day).days <= CRAWL_LAG_DAYS else None
    return None


def own_day(text: str, line: tuple[dt.date, int] | None, published: str | None, url: str | None = None) -> OwnDay:
    """The day the article speaks from: its dateline (``line``: ``dateline`` of its first sentence),
    else a weekday it states for today, yesterday or tomorrow, else the day its address names when the
    page was fetched later (``issue_day``), else its publication date (day-precise only). The text wins
    within a week of publication."""
    pub = reference_day(published)
    if line is not None and (pub is None or -6 <= (line[0] - pub).days <= 1):
        return OwnDay(line[0], DATELINE)
    if pub is None:
        return OwnDay(None, "")
    issue = issue_day(url, pub)
    base, anchor = (issue, ISSUE) if issue is not None else (pub, PUBLISHED)
    stated = stated_weekday(text, base)
    if stated is not None and stated != base:
        return OwnDay(stated, WEEKDAY)
    return OwnDay(base, anchor)


_RAMADAN_AS_NOW = tuple(normalize(w) for w in RAMADAN_AS_NOW)
_SHAWWAL = 10


def written_in_ramadan(text: str, day: dt.date | None) -> bool:
    """A page recorded (or read by its weekday or address) in Shawwal that calls Ramadan "this month" ("في هذا الشهر
    الفضيل", ``lexicon.RAMADAN_AS_NOW``): it was written in Ramadan and fetched late, a week or more after its "أمس".
    Of the 31 SaudiNewsNet pages recorded after Ramadan 1436 that say "this month" or "these days" with a word of
    blessing, the two words kept here name Ramadan as now in all but one (a sermon on Eid recalling the fast
    of "هذا الشهر الكريم" past), which then dates nothing by its relative words: silent, not wrong."""
    if day is None or hijri_month_of(day) != _SHAWWAL:
        return False
    folded = normalize(text)
    return any(w in folded for w in _RAMADAN_AS_NOW)
