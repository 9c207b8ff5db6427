"""Arabic date expressions → dates with a precision (day / month / year).

``find_dates(text, reference)`` returns every date mentioned in ``text`` (in text order,
non-overlapping), each with character offsets into the *original* text. All matching happens
on the folded text of :func:`akhbar.arabic.normalize_with_map` (ASCII digits, أ/إ/آ→ا, ى→ي,
ة→ه, no harakat or tatweel), so every pattern (:mod:`akhbar.date_words`) is written in folded spelling
("الاول", "اذار", "عشره", "هـ"→"ه").

The cascade, one set of precompiled patterns over the folded text:

1. **Cheap pre-check** on the raw text: no digit and (no reference or no relative word) → ``[]``.
2. **Numeric**: ``2024-12-31`` / ``2024/12/31`` / ISO datetimes, ``31/12/2024`` / ``31-12-2024`` /
   ``31.12.2024`` (day first; month first only when day first is impossible). A numeric date whose
   year is 1300–1500 or that carries "هـ" is Hijri ("15/09/1445" → 2024-03-25).
3. **Day + month (+ year)**: a day number (``14``, ``الـ14``, ``6 و7``, ``6-8``) or an ordinal day word
   ("الثامن من", "الحادي والثلاثين من", "الفاتح من"; not after a noun it describes: "الأسبوع الأول من")
   before a month name of any system — Gregorian (يناير…),
   Levantine (كانون الثاني…), Maghreb (جانفي…), Moroccan (يوليوز, غشت…) and English — alone or in
   the dual form ("فبراير/شباط", "(شباط) فبراير", "ديسمبر/كانون الأول"); optionally a weekday before
   ("الثلاثاء 31 ديسمبر 2024", "يوم الأحد الموافق …": the weekday is *included* in the span), and
   after it a year ("2024", "عام 2024", "من العام 2024"), a relative year ("من العام الماضي") or a
   relative word ("الماضي", "المقبل", "الجاري").
4. **Month + year**: "في يوليو عام 1944" → ``1944-07``; "مارس الماضي" → the last March before the
   reference month (month precision).
5. **Hijri** (Umm al-Qura, via ``hijridate``): "15 رمضان 1445 هـ" → day; "رمضان 1445" → the
   Gregorian month holding the Hijri month's 15th (month precision); "عام 1445 هـ" → the Gregorian
   year of 1 Muharram (year precision); "27 رمضان" without a year, with a reference → the last
   27 Ramadan on or before it, or with "المقبل" the next one, with "الجاري/الحالي" this Hijri year's
   ("صفر" also means zero: it needs a year).
6. **Years**: after a year word ("عام 1946", "منذ عام 2011", "سنة 1990", "العام 2020",
   "عامي 2011 و2015" → two dates); a bare four-digit year 1900–2100 only after a time preposition
   ("في 2015") *and* before punctuation or the end, or inside "بين 2011 و2015" / "الفترة من 2011
   إلى 2015"; after words that only take a time ("منذ", "مطلع", "أواخر", "صيف"…) any next word will
   do except a unit ("منذ 1500 عام"). A bare number is never a year ("أصيب 2015 شخصا"), nor is a
   number before a scale word ("2015 ألف").
7. **Relative** (only with a ``reference``; without one they yield nothing): أمس/البارحة (−1),
   أول أمس / أمس الأول / البارحة الأولى (−2), اليوم (0; not "اليوم التالي", "في اليوم نفسه", nor
   newspaper names "المصري اليوم", "عين اليوم"), غدا / يوم الغد / صباح الغد (+1),
   بعد غد (+2) (not the newspaper اليوم quoted, nor a rate: "برميل في اليوم"); "الجمعة الماضية" / "يوم
   الجمعة الماضي" → the latest Friday strictly before the
   reference, "الجمعة المقبلة" → the next one strictly after, "يوم الجمعة" / "مساء الجمعة" / a weekday
   between commas ("، الأحد، ") → the latest Friday on or before the reference (news convention);
   "الشهر الماضي/الجاري/المقبل" (month), "العام الماضي/الحالي/المقبل", "هذا العام" (year),
   "15 من الشهر الجاري" (day). "الأسبوع الماضي" is *not* a date (no week precision): skipped.

Year-less day/month ("14 فبراير", "الثامن من ديسمبر"):

* a year written later in the same sentence is borrowed ("6 ديسمبر … ثم 11 ديسمبر 2017" → 2017;
  "28 ديسمبر … 3 يناير 2018" → 2017-12-28), else one written earlier in it;
* otherwise, with a reference: the occurrence in the reference's year if it is not after the
  reference, else the previous year ("الماضي" → strictly before; "المقبل"/"القادم" → strictly after;
  "الجاري"/"الحالي" → the reference's year);
* otherwise (no reference) it is not a date and is skipped.

Impossible dates ("31 فبراير", "30/02/2024") are not dates: they produce nothing, and they are not
re-read as a smaller date (their month and year alone).

Where each part lives: the vocabulary, patterns and gates in :mod:`akhbar.date_words`, one handler
per pattern in :mod:`akhbar.date_rules`, day arithmetic and the Hijri calendar in
:mod:`akhbar.calendars`; this module picks among the candidates, gives year-less days a year and is
the public API.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .arabic import normalize, normalize_with_map
from .calendars import DAY, MONTH, YEAR, hijri_to_gregorian, nearest, safe_date, shift_month
from .date_rules import HANDLERS, Candidate, DateItem, MatchContext, month_of, with_weekday
from .date_words import (
    COMPILED,
    DATED_KINDS,
    GATE_GMONTH,
    GATE_HIJRI,
    GATES,
    HAS_DIGIT,
    HMONTH_LOOKUP,
    RELATIVE_KINDS,
    SENTENCE_END,
    relative_trigger,
)

__all__ = ["DateMention", "date_span", "find_dates", "mention_days", "parse_date", "reference_day"]

_PRECISION_RANK = {YEAR: 0, MONTH: 1, DAY: 2}


@dataclass(frozen=True)
class DateMention:
    """A date found in a text. ``date`` is the first day of the month/year for coarser precisions."""

    text: str
    start: int
    end: int
    date: dt.date
    precision: str
    relative: bool
    yearless: bool = False  # a day and month written without their year, the year the reference's ("الخميس 6 نوفمبر")

    @property
    def iso(self) -> str:
        if self.precision == YEAR:
            return f"{self.date.year:04d}"
        if self.precision == MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


# --- selection and year borrowing ------------------------------------------------------------------

def _candidates(ctx: MatchContext, ref: dt.date | None) -> list[Candidate]:
    out: list[Candidate] = []
    opened: dict[re.Pattern, bool] = {}  # each gate searched once per text, when a pattern first needs it
    for kind, rx in COMPILED.items():
        if ref is None and kind in RELATIVE_KINDS:
            continue
        for gate in GATES[kind]:  # (a plain loop: this runs ~20 times per sentence with a digit or a date word)
            is_open = opened.get(gate)
            if is_open is None:
                is_open = opened[gate] = gate.search(ctx.folded) is not None
            if not is_open:
                break
        else:
            out.extend(_matches(kind, rx, ref, ctx))
    return out


def _matches(kind: str, rx: re.Pattern, ref: dt.date | None, ctx: MatchContext) -> Iterator[Candidate]:
    """The candidates of one pattern whose gates are open."""
    handler = HANDLERS[kind]
    for m in rx.finditer(ctx.folded):
        try:
            cand = handler(m, ref, kind, ctx)
        except (OverflowError, ValueError):  # a reference at the edge of the calendar
            continue
        if kind in DATED_KINDS:
            cand = with_weekday(cand, ctx.folded)
        if cand is not None:
            yield cand


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then earliest, then pattern order; keep those that overlap nothing kept."""
    starts: list[int] = []  # kept spans never overlap, so sorted starts give sorted ends too
    kept: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.order)):
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def _sentence_ids(folded: str, items: list[DateItem]) -> list[int]:
    """The sentence number of each item (sentences end at . ! ؟ ؛ and line breaks)."""
    ends = [m.start() for m in SENTENCE_END.finditer(folded)]
    return [bisect.bisect_left(ends, it.start) for it in items]


def _borrow_year(i: int, items: list[DateItem], sentence: list[int]) -> int | None:
    """A year for the year-less day/month ``items[i]`` from an explicit-year date of its sentence:
    the nearest following one (a later month than it means the year before), else the nearest
    preceding one, in the year that puts the day nearest to it: news tells forward ("6 ديسمبر 2017 …
    ثم 3 يناير" is 2018) and back ("دخلت دمشق في 8 ديسمبر 2024 بعد هجوم انطلق في 27 نوفمبر" is 2024)."""
    item = items[i]
    j = i + 1
    while j < len(items) and sentence[j] == sentence[i]:
        x = items[j]
        if x.explicit_year and x.date is not None:
            xm = x.date.month if x.precision != YEAR else 12
            return x.date.year - (item.month > xm)
        j += 1
    j = i - 1
    while j >= 0 and sentence[j] == sentence[i]:
        x = items[j]
        if x.explicit_year and x.date is not None:
            if x.precision == YEAR:
                return x.date.year
            near = [(abs((d - x.date).days), d.year) for y in (x.date.year, x.date.year + 1)
                    if (d := safe_date(y, item.month, item.day or 1)) is not None]
            return min(near)[1] if near else None
        j -= 1
    return None


def _resolve(items: list[DateItem], folded: str, ref: dt.date | None) -> list[DateItem]:
    """Give year-less items a year (borrowed, else from the reference) and drop those left without."""
    if all(it.date is not None for it in items):
        return items
    sentence = _sentence_ids(folded, items)
    out = []
    for i, it in enumerate(items):
        if it.date is None:
            year = _borrow_year(i, items, sentence) if not it.mode else None
            if year is not None:
                it.date = safe_date(year, it.month, it.day)
            elif ref is not None:
                it.date = nearest(ref, it.month, it.day, it.mode)
                it.relative = it.yearless = True
            if it.date is None:
                continue
        out.append(it)
    return out


_TRAILING_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640])


def _to_mention(text: str, index: list[int], it: DateItem) -> DateMention:
    assert it.date is not None, "only items with a resolved date become mentions"
    start = index[it.start]
    end = index[it.end - 1] + 1
    while end < len(text) and text[end] in _TRAILING_MARKS:  # keep "غداً" and "هـ" whole
        end += 1
    return DateMention(text[start:end], start, end, it.date, it.precision, it.relative, it.yearless)


# --- public API ----------------------------------------------------------------------------------

def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in text order and non-overlapping.

    ``reference`` (usually the publication date) resolves relative and year-less expressions;
    without it those are skipped. See the module docstring for the forms and rules."""
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if not HAS_DIGIT.search(text) and (reference is None or not relative_trigger(text)):
        return []
    folded, index = normalize_with_map(text)
    kept = _select(_candidates(MatchContext(text, folded, index), reference))
    items = [it for c in kept for it in c.items]
    items = _resolve(items, folded, reference)
    return [_to_mention(text, index, it) for it in items]


def written_out(mention: DateMention) -> bool:
    """A date written out — digits or a month name ("22 أغسطس", "السابع من ذي القعدة") — not one said
    from the day of writing ("أمس", "يوم الأحد")."""
    folded = normalize(mention.text)
    return bool(HAS_DIGIT.search(mention.text) or GATE_GMONTH.search(folded) or GATE_HIJRI.search(folded))


def in_hijri(mention: DateMention) -> bool:
    """A date written in the Hijri calendar ("شوال", "1436 هـ")."""
    return bool(GATE_HIJRI.search(normalize(mention.text)))


def reference_day(published: str | None) -> dt.date | None:
    """The day relative dates ("أمس") of an article resolve against: its publication date, when
    that is precise to the day; None otherwise (a month or a year says too little)."""
    if published and len(published) == 10:
        try:
            return dt.date.fromisoformat(published)
        except ValueError:
            return None
    return None


def parse_date(text: str, reference: dt.date | None = None) -> DateMention | None:
    """The best date of a short string (a dateline, a metadata field such as
    ``2024-12-31T10:00:00Z`` or ``الثلاثاء 31 ديسمبر 2024``): the first of the most precise ones."""
    mentions = find_dates(text, reference)
    if not mentions:
        return None
    return max(mentions, key=lambda m: (_PRECISION_RANK[m.precision], -m.start))


_ISO_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*")


def date_span(text: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day covered by a date written alone, for date filters (``--since``,
    ``--until``): "2024" → 1 January–31 December 2024, "2024-05" → May, "2024-05-07" → that day;
    any one date the patterns above read: "7 مايو 2024", "مايو 2024", "1 رمضان 1445",
    "رمضان 1445" → exactly 1–29/30 Ramadan 1445 in Gregorian days, "1445 هـ" → the whole Hijri
    year. None when the text is no date, holds more than one, is relative ("أمس") or impossible
    ("2024-13-01", "31 فبراير 2024")."""
    iso = _ISO_PREFIX.fullmatch(text)
    if iso:
        y, mo, d = (int(g) if g else 0 for g in iso.groups())
        first = safe_date(y, mo or 1, d or 1)
        if first is None or not y:
            return None
        if d:
            return first, first
        return (first, shift_month(first, 1) - dt.timedelta(days=1)) if mo else (first, dt.date(y, 12, 31))
    mentions = find_dates(text)
    if len(mentions) != 1 or re.search(r"\w", text[:mentions[0].start] + text[mentions[0].end:]):
        return None
    m = mentions[0]
    if m.precision == DAY:
        return m.date, m.date
    folded = normalize_with_map(m.text)[0]
    hijri = COMPILED["hijri_month"].search(folded) if m.precision == MONTH else \
        COMPILED["hijri_year"].search(folded)
    if hijri:
        y = int(hijri.group("y"))
        hmonth = month_of(re.sub(r"\s+", " ", hijri.group("mon")), HMONTH_LOOKUP) if m.precision == MONTH else 0
        start = hijri_to_gregorian(y, hmonth or 1, 1)
        after = hijri_to_gregorian(y + (hmonth in (0, 12)), hmonth % 12 + 1 if hmonth else 1, 1)
        if start and after:
            return start, after - dt.timedelta(days=1)
        return None
    return mention_days(m)


def mention_days(m: DateMention) -> tuple[dt.date, dt.date]:
    """The first and last day a mention covers by its precision, in Gregorian months and years (a day; its
    month; its year)."""
    if m.precision == DAY:
        return m.date, m.date
    if m.precision == MONTH:
        return m.date, shift_month(m.date, 1) - dt.timedelta(days=1)
    return m.date, dt.date(m.date.year, 12, 31)
