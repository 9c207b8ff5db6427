"""Arabic date expressions → dates with a precision (day / month / year).

``find_dates(text, reference)`` returns every date mentioned in ``text`` (in text order,
non-overlapping), each with character offsets into the *original* text. All matching happens
on the folded text of :func:`akhbar.arabic.normalize_with_map` (ASCII digits, أ/إ/آ→ا, ى→ي,
ة→ه, no harakat or tatweel), so every pattern below is written in folded spelling
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
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import dataclass, field

from .arabic import normalize, normalize_with_map
from .lexicon import WEEKDAYS

__all__ = ["DateMention", "date_span", "find_dates", "parse_date", "reference_day"]

DAY, MONTH, YEAR = "day", "month", "year"
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

    @property
    def iso(self) -> str:
        if self.precision == YEAR:
            return f"{self.date.year:04d}"
        if self.precision == MONTH:
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


# --- vocabulary (folded spelling) ----------------------------------------------------------------

# Month name patterns → month number. Multi-word names accept the article or not ("تشرين أول").
_GREGORIAN_MONTHS: list[tuple[str, int]] = [
    (r"كانون\s+(?:ال)?ثاني", 1), ("يناير", 1), ("جانفي", 1), ("january", 1), ("jan", 1),
    ("فبراير", 2), ("فيفري", 2), ("شباط", 2), ("february", 2), ("feb", 2),
    ("مارس", 3), ("اذار", 3), ("march", 3), ("mar", 3),
    ("ابريل", 4), ("افريل", 4), ("نيسان", 4), ("april", 4), ("apr", 4),
    ("مايو", 5), ("ماي", 5), ("ايار", 5), ("may", 5),
    ("يونيو", 6), ("يونيه", 6), ("جوان", 6), ("حزيران", 6), ("june", 6), ("jun", 6),
    ("يوليو", 7), ("يوليه", 7), ("يوليوز", 7), ("جويليه", 7), ("تموز", 7), ("july", 7), ("jul", 7),
    ("اغسطس", 8), ("اوت", 8), ("غشت", 8), ("اب", 8), ("august", 8), ("aug", 8),
    ("سبتمبر", 9), ("شتنبر", 9), ("ايلول", 9), ("september", 9), ("sept", 9), ("sep", 9),
    (r"تشرين\s+(?:ال)?اول", 10), ("اكتوبر", 10), ("october", 10), ("oct", 10),
    (r"تشرين\s+(?:ال)?ثاني", 11), ("نوفمبر", 11), ("نونبر", 11), ("november", 11), ("nov", 11),
    (r"كانون\s+(?:ال)?اول", 12), ("ديسمبر", 12), ("دجنبر", 12), ("december", 12), ("dec", 12),
]
# Names that are also common words ("آب" father, "مارس" practised, "ماي"): they need a day number
# or a year next to them (or a dual partner), never just "الماضي".
_AMBIGUOUS_MONTHS = {"اب", "ماي", "may", "mar"}

_HIJRI_MONTHS: list[tuple[str, int]] = [
    (r"(?:ال)?محرم", 1), ("صفر", 2), (r"ربيع\s+(?:ال)?اول", 3), (r"ربيع\s+(?:ال)?(?:اخر|ثاني)", 4),
    (r"جمادي\s+(?:ال)?(?:اولي|اول)", 5), (r"جمادي\s+(?:ال)?(?:اخره|اخر|ثانيه|ثاني)", 6),
    ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    (r"(?:ذو|ذي)\s+القعده", 11), (r"(?:ذو|ذي)\s+الحجه", 12),
]

# Python weekday numbers (Monday = 0).
_WEEKDAYS = {normalize(day): number for number, day in enumerate(WEEKDAYS)}  # folded: الاربعاء، الجمعه

_ORD_UNITS = {"الاول": 1, "الفاتح": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
              "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
_ORD_TENS = {"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}

_PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته", "السابق", "السابقه")  # ئ folds to ي
_FUTURE = ("المقبل", "المقبله", "القادم", "القادمه")
_CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")


def _alt(words) -> str:
    """A regex alternation, longest first so a name never stops at its own prefix."""
    return "|".join(sorted(words, key=len, reverse=True))


def _bounded(p: str) -> str:
    return rf"(?<!\w)(?:{p})(?!\w)"


_GMONTH = _bounded(_alt(p for p, _ in _GREGORIAN_MONTHS))
_HMONTH = _bounded(_alt(p for p, _ in _HIJRI_MONTHS))
_WD = _bounded(_alt(_WEEKDAYS))
_QUAL_PAST, _QUAL_FUTURE, _QUAL_CURRENT = _alt(_PAST), _alt(_FUTURE), _alt(_CURRENT)
_QUAL = rf"(?:{_QUAL_PAST}|{_QUAL_FUTURE}|{_QUAL_CURRENT})(?!\w)"
_ORD = (rf"(?:(?:{_alt(_ORD_UNITS)})(?:\s+عشر|\s+و\s*(?:{_alt(_ORD_TENS)}))?|العاشر|(?:{_alt(_ORD_TENS)}))(?!\w)")
# A day number: not glued to other digits or separators; a one-letter clitic is allowed ("و7", "ب14").
_DAYNUM = r"\d(?:(?<![\w.,/:\-]\d)|(?<=(?<!\w)[وفبل]\d)|(?<=(?<!\w)ال\d)|(?<=(?<!\w)[وفب]ال\d))\d?(?!\d)"
_DAYLIST = rf"{_DAYNUM}(?:\s*(?:و|-|–|الي|حتي)\s*(?:و\s*)?\d{{1,2}}(?!\d)){{0,4}}"
_YEAR4 = r"\d{4}(?!\d)"
# A year is not a year when a scale word or a percent follows it ("2015 ألف").
_NOT_COUNT = r"(?!\s*(?:%|٪|بالمئه|بالمائه|في\s+المئه|في\s+المائه|(?:الف|الاف|مليون|ملايين|مليار|مليارات)(?!\w)))"
_UNITS = (r"(?:عام|عاما|اعوام|سنه|سنوات|سنين|قرن|قرون|يوم|يوما|ايام|شهر|شهرا|اشهر|شهور|ساعه|ساعات|"
          r"دقيقه|دقايق|اسبوع|اسابيع)")
_GERA = r"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\w))"
_HERA = r"(?:\s*(?:ه|هجري|هجريه|للهجره)(?!\w))"
_YEARWORD = r"(?:ال|ل)?(?:عام|سنه)"
_CLITIC = r"(?<!\w)(?:[وف]?[بلك]?)"  # outside the span: "وفي عام" / "لعام" / "بعام"

# A weekday before an absolute date belongs to its span ("الثلاثاء 31 ديسمبر 2024"). It is looked
# for backwards from the date (an optional regex prefix would be tried at every position: slow).
_WDPRE_BEFORE = re.compile(rf"(?:(?:يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|نهار)\s+)?{_WD}\s*[،,]?\s*"
                           rf"(?:الموافق\s+)?$")
_YEARPART = (rf"(?:\s*[،,]?\s*(?:(?:من\s+)?{_YEARWORD}\s*)?(?P<y>{_YEAR4}){_NOT_COUNT}(?!{_HERA}){_GERA}?"
             rf"|\s*[،,]?\s*(?:من\s+)?(?:(?P<ythis>هذا|هذه)\s+(?:العام|السنه)(?!\w)|(?:العام|السنه)\s+(?P<yq>{_QUAL}))"
             rf"|\s+(?P<q>{_QUAL}))")

_PATTERNS: dict[str, str] = {
    "iso": (rf"(?<![\d/.\-])(?P<Y>\d{{4}})(?P<s>[-/.])(?P<M>\d{{1,2}})(?P=s)(?P<D>\d{{1,2}})(?!\d)"
            r"(?:t\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+\-]\d{2}(?::?\d{2})?)?)?(?![\d/.\-]\d)"
            rf"(?P<era>{_HERA})?"),
    "dmy": (rf"(?<![\d/.\-])(?P<D>\d{{1,2}})(?P<s>[-/.])(?P<M>\d{{1,2}})(?P=s)(?P<Y>\d{{4}})(?!\d)"
            rf"(?![/.\-]\d)(?P<era>{_HERA})?"),
    "daymonth": (rf"(?:(?P<ord>{_ORD})\s+من|(?P<days>{_DAYLIST}))\s+(?:من\s+)?(?:شهر\s+)?"
                 rf"(?P<mon>\(\s*{_GMONTH}\s*\)\s*{_GMONTH}|{_GMONTH}(?:\s*[/\\|\-–]\s*{_GMONTH}"
                 rf"|\s*\(\s*{_GMONTH}\s*\)|\s+{_GMONTH})?)(?:{_YEARPART})?"),
    "english": rf"(?<!\w)(?P<mon>{_GMONTH})\.?\s+(?P<D>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR4})",
    "monthyear": (rf"(?<!\w)(?P<mon>\(\s*{_GMONTH}\s*\)\s*{_GMONTH}|{_GMONTH}(?:\s*[/\\|\-–]\s*{_GMONTH}"
                  rf"|\s*\(\s*{_GMONTH}\s*\)|\s+{_GMONTH})?)(?:{_YEARPART})"),
    "hijri_day": (rf"(?:(?P<ord>{_ORD})\s+من|(?P<days>{_DAYLIST}))\s+(?:من\s+)?(?:شهر\s+)?"
                  rf"(?P<mon>{_HMONTH})(?:\s*[،,]?\s*(?:(?:من\s+)?{_YEARWORD}\s*)?(?P<y>\d{{3,4}})(?!\d)"
                  rf"(?P<era>{_HERA})?|\s+(?P<q>{_QUAL}))?"),
    "hijri_month": (rf"(?<!\w)(?:شهر\s+)?(?P<mon>{_HMONTH})\s*[،,]?\s*(?:(?:من\s+)?{_YEARWORD}\s*)?"
                    rf"(?P<y>\d{{3,4}})(?!\d)(?P<era>{_HERA})?"),
    "hijri_year": rf"{_CLITIC}(?P<span>(?:{_YEARWORD}\s*)?(?P<y>\d{{3,4}})(?!\d){_HERA})",
    "year": (rf"{_CLITIC}(?P<span>(?:ال|ل)?(?:عام|سنه|عامي|سنتي|العامين|السنتين|الاعوام|السنوات)\s*"
             rf"{_YEAR4}{_NOT_COUNT}(?!{_HERA}){_GERA}?"
             rf"(?:\s*(?:[،,]|و|الي|حتي|-|–|/)\s*(?:و\s*)?(?:{_YEARWORD}\s*)?{_YEAR4}{_NOT_COUNT}(?!{_HERA})"
             rf"{_GERA}?){{0,4}})"),
    "between": (rf"(?<!\w)(?:بين|ما\s+بين)\s+(?P<span>{_YEAR4}\s*(?:و|-|–)\s*(?:و\s*)?{_YEAR4})"
                rf"{_NOT_COUNT}(?!\s*(?:و\s*)?\d)"),
    "bareyear": (rf"(?<!\w)(?:[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|بحلول)"
                 rf"\s+)(?P<span>{_YEAR4}(?:\s*[-–/]\s*{_YEAR4})?{_GERA}?)(?=\s*(?:[.،,؛;:!؟?)\]»\"'\-–]|$))"),
    # "منذ 2011 تعيش البلاد…", "صيف 2014": these words take a time, so any next word will do,
    # except a unit or a scale word ("منذ 1500 عام").
    "strongyear": (rf"(?<!\w)(?:[وف]?(?:منذ|بحلول|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|صيف|شتاء|خريف)\s+)"
                   rf"(?P<span>{_YEAR4}{_GERA}?){_NOT_COUNT}(?!\s*(?:\d|{_UNITS})(?!\w))"),
    "fromyear": (rf"(?<!\w)(?P<period>الفتره\s+)?(?:ما\s+)?من\s+(?P<span>(?:عام\s+)?{_YEAR4}\s*(?:الي|حتي|-|–)\s*"
                 rf"(?:عام\s+)?{_YEAR4}{_GERA}?)(?(period)|(?=\s*(?:[.،,؛;:!؟?)\]»\"'\-–]|$)))"),
    "day_of_relmonth": (rf"(?:(?P<ord>{_ORD})|(?P<days>{_DAYNUM}))\s+من\s+"
                        rf"(?:(?P<this>هذا\s+الشهر)|الشهر\s+(?P<q>{_QUAL}))"),
    "yesterday": (rf"(?<!\w)(?:[وف]?(?:بال|ال)?)(?P<span>(?P<two>اول\s+(?:من\s+)?امس|امس\s+الاول|البارحه\s+الاولي)|امس|البارحه)"
                  rf"(?!\w)(?:\s+(?P<wd>{_WD}))?"),
    "today": (rf"(?<!\w)(?<!نفس\s)(?<!ذات\s)(?<!ذلك\s)(?<!تلك\s)(?<!طوال\s)(?<!طيله\s)(?<!عين\s)(?<!المصري\s)"
              rf"(?<!روسيا\s)(?<!صحيفه\s)(?<!جريده\s)(?:[وف]?)(?P<span>اليوم)"
              rf"(?:\s+(?P<wd>{_WD})|(?!\w)(?!\s*(?:ال\w|\d|نفسه|ذاته|ذلك|نفس)))"),
    "tomorrow": (rf"(?<!\w)(?:[وف]?)(?P<span>(?P<two>بعد\s+غدا?)|غدا|(?:يوم|مساء|صباح|ظهر|ليله)\s+(?:الغد|غد))(?!\w)(?:\s+(?P<wd>{_WD}))?"),
    "weekday": (rf"(?<!\w)[وف]?(?P<span>(?:(?P<pre>يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|نهار|ظهيره)\s+)?"
                rf"(?P<wd>{_alt(_WEEKDAYS)})(?!\w)(?:\s+(?P<q>{_QUAL_PAST}|{_QUAL_FUTURE})(?!\w))?)"),
    "relperiod": (rf"{_CLITIC}(?P<span>(?:(?P<this>هذا|هذه)\s+)?(?:ال|ل)(?P<unit>شهر|عام|سنه)"
                  rf"(?!\w)(?(this)(?!\s*\d)|\s+(?P<q>{_QUAL})))"),
}
_COMPILED = {name: re.compile(p) for name, p in _PATTERNS.items()}
_ORDER = {name: i for i, name in enumerate(_PATTERNS)}
# A cheap search per pattern family: a pattern runs only when its gate matches the folded text.
_GATE_DIGIT = re.compile(r"\d")
_GATE_NUMERIC = re.compile(r"\d[-/.]\d")
_GATE_YEAR4 = re.compile(r"\d{4}")
# Gates are plain alternations (no look-behind first) so the regex engine can skip ahead quickly.
# Except the month gate: a whole (bounded) month name. The bare alternation opened on "اب" (آب)
# inside most words, running the two month patterns on three sentences in four; measured on news
# sentences, the bounded search costs the same and opens ten times less often.
_GATE_GMONTH = re.compile(_GMONTH)
_GATE_HIJRI = re.compile(_alt(p for p, _ in _HIJRI_MONTHS) + r"|\d\s*ه")
_GATE_YEARWORD = re.compile(r"عام|سنه|سنتي|السنوات")
_GATES: dict[str, tuple[re.Pattern, ...]] = {  # every gate of a pattern must match
    "iso": (_GATE_NUMERIC,), "dmy": (_GATE_NUMERIC,), "english": (_GATE_DIGIT, re.compile("[a-z]")),
    "daymonth": (_GATE_GMONTH,), "monthyear": (_GATE_GMONTH,),
    "hijri_day": (_GATE_HIJRI,), "hijri_month": (_GATE_DIGIT, _GATE_HIJRI),
    "hijri_year": (_GATE_DIGIT, _GATE_HIJRI),
    "year": (_GATE_YEAR4, _GATE_YEARWORD), "between": (_GATE_YEAR4, re.compile("بين")),
    "bareyear": (_GATE_YEAR4,), "strongyear": (_GATE_YEAR4,), "fromyear": (_GATE_YEAR4, re.compile("من")),
    "day_of_relmonth": (re.compile("الشهر"),),
    # Each relative pattern has its own word: one shared gate opened all five on every "عام".
    "yesterday": (re.compile("امس|البارحه"),), "today": (re.compile("اليوم"),), "tomorrow": (re.compile("غد"),),
    "weekday": (re.compile(_alt(_WEEKDAYS)),), "relperiod": (re.compile("شهر|عام|سنه"),),
}
_DATED_KINDS = {"dmy", "daymonth", "hijri_day", "day_of_relmonth"}
_RELATIVE_KINDS = {"yesterday", "today", "tomorrow", "weekday", "relperiod", "day_of_relmonth"}

_GMONTH_LOOKUP = [(re.compile(p), m) for p, m in _GREGORIAN_MONTHS]
_HMONTH_LOOKUP = [(re.compile(p), m) for p, m in _HIJRI_MONTHS]
_GMONTH_FIND = _GATE_GMONTH
_YEAR_FIND = re.compile(r"\d{4}(?!\d)")
_DAY_FIND = re.compile(r"\d{1,2}(?!\d)")
_SENTENCE_END = re.compile(r"[!?؟؛;\n]|\.(?!\d)")

# Pre-check on the raw text: a digit, or (with a reference) a relative word. Letters may carry
# harakat in between, so each trigger tolerates them; alef forms are matched by a class.
_MARKS = "[\u064b-\u0652\u0670\u0640]*"


def _tolerant(word: str) -> str:
    cls = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}
    return _MARKS.join(cls.get(ch, ch) for ch in word)


_HAS_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
_MONTH_WORDS = [p for p, _ in _GREGORIAN_MONTHS + _HIJRI_MONTHS if p.isalpha() and not p.isascii()]
# Qualifiers ("الماضي", "هذا") are no triggers: they only count next to a month, weekday or period word.
_RELATIVE_TRIGGER = re.compile("|".join([*(_tolerant(w) for w in (
    "امس", "البارح", "اليوم", "الشهر", "العام", "السنه", *_WEEKDAYS,
    "كانون", "تشرين", "ربيع", "جمادي", "القعده", "الحجه", "محرم", *_MONTH_WORDS)),
    _tolerant("غد") + f"(?:{_MARKS}ا)?{_MARKS}(?![\u0621-\u064a])"]))


# --- candidates ----------------------------------------------------------------------------------

@dataclass
class _Item:
    """One date inside a candidate, in folded offsets. ``date`` None + ``month`` set → needs a year."""

    start: int
    end: int
    date: dt.date | None = None
    precision: str = DAY
    relative: bool = False
    explicit_year: bool = False
    month: int = 0
    day: int = 0
    mode: str = ""  # for year-less items: "" (nearest not after), "past", "future", "current"


@dataclass
class _Cand:
    start: int
    end: int
    order: int
    items: list[_Item] = field(default_factory=list)  # empty → an impossible date that blocks its span


@dataclass(frozen=True)
class _Ctx:
    """What a pattern handler may look at: the original text, its folding and the offset map."""

    text: str
    folded: str
    index: list[int]

    def original(self, folded_pos: int) -> str:
        return self.text[self.index[folded_pos]]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _month_of(text: str, lookup) -> int:
    for rx, m in lookup:
        if rx.fullmatch(text):
            return m
    return 0


def _first_month(m: re.Match, ctx: _Ctx) -> tuple[int, int, bool]:
    """Month number of the first name in a (possibly dual) month expression, the number of names,
    and whether every name is one of the ambiguous ones. "أب"/"إب" (father) is never a month:
    only "آب"/"اب" fold to the month."""
    base = m.start("mon")
    found = list(_GMONTH_FIND.finditer(m.group("mon")))
    names = [x.group() for x in found
             if not (x.group() == "اب" and ctx.original(base + x.start()) in "أإ")]
    if not names:
        return 0, 0, True
    month = _month_of(re.sub(r"\s+", " ", names[0]), _GMONTH_LOOKUP) if names else 0
    ambiguous = all(n in _AMBIGUOUS_MONTHS for n in names)
    return month, len(names), ambiguous


def _ordinal_value(word: str) -> int:
    parts = re.findall(r"\w+", word)
    head = parts[0]
    if head == "العاشر":
        return 10
    if head in _ORD_TENS:
        return _ORD_TENS[head]
    unit = _ORD_UNITS[head]
    if len(parts) > 1 and parts[1] == "عشر":
        return 10 + unit
    if len(parts) > 1:
        tens = parts[-1].removeprefix("و")
        return unit + _ORD_TENS.get(tens, 0)
    return 0 if head == "الحادي" or head == "الواحد" else unit


def _qual_mode(q: str | None) -> str:
    if not q:
        return ""
    if q in _PAST:
        return "past"
    if q in _FUTURE:
        return "future"
    return "current"


def _days_in(m: re.Match) -> list[tuple[int, int, int]]:
    """(value, folded start, folded end) of each day of a day list or ordinal."""
    if m.group("ord"):
        return [(_ordinal_value(m.group("ord")), m.start("ord"), m.end("ord"))]
    base = m.start("days")
    return [(int(d.group()), base + d.start(), base + d.end()) for d in _DAY_FIND.finditer(m.group("days"))]


def _shift_month(d: dt.date, k: int) -> dt.date:
    n = d.year * 12 + d.month - 1 + k
    return dt.date(n // 12, n % 12 + 1, 1)


def _resolve_year_of(m: re.Match, ref: dt.date | None) -> tuple[int | None, bool, bool]:
    """The year a day/month expression states: (year or None, explicit?, relative?).

    ``None`` with ``explicit`` False means the text gave no year (it may be borrowed later)."""
    if m.group("y"):
        return int(m.group("y")), True, False
    if m.group("ythis") or m.group("yq"):
        # "من العام الماضي" / "من هذا العام"
        if ref is None:
            return None, False, True
        mode = _qual_mode(m.group("yq"))
        return ref.year + {"past": -1, "future": 1}.get(mode, 0), False, True
    return None, False, False


def _nearest(ref: dt.date, month: int, day: int, mode: str) -> dt.date | None:
    """Resolve a year-less day/month against ``ref`` (see the module docstring)."""
    if mode == "current":
        return _safe_date(ref.year, month, day)
    if mode == "future":
        for y in range(ref.year, ref.year + 9):
            d = _safe_date(y, month, day)
            if d and d > ref:
                return d
        return None
    for y in range(ref.year, ref.year - 9, -1):
        d = _safe_date(y, month, day)
        if d and (d < ref or (d == ref and mode == "")):
            return d
    return None


def _nearest_month(ref: dt.date, month: int, mode: str) -> dt.date:
    if mode == "current":
        return dt.date(ref.year, month, 1)
    if mode == "future":
        return dt.date(ref.year + (month <= ref.month), month, 1)
    return dt.date(ref.year - (month >= ref.month if mode == "past" else month > ref.month), month, 1)


def _hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """The Umm al-Qura calendar (hijridate, 1343–1500 AH); outside it, the arithmetic (tabular) calendar,
    a day or two from the observed one: enough for "ولد عام 1167 هـ"."""
    try:
        from hijridate import Hijri
        return Hijri(y, m, d, validate=True).to_gregorian()
    except OverflowError:
        if not (1 <= y <= 2000 and 1 <= m <= 12 and 1 <= d <= 30):
            return None
        days = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30
        return dt.date.fromordinal(days + _TABULAR_EPOCH)
    except (ValueError, ImportError):
        return None


_TABULAR_EPOCH = 227014  # the date ordinal of the day before 1 Muharram 1 AH (19 July 622)


def _hijri_day_of_month(ref: dt.date, shift: int, day: int) -> dt.date | None:
    """Day ``day`` of the Hijri month ``shift`` months from the one ``ref`` falls in."""
    try:
        from hijridate import Gregorian
        h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    except (ValueError, OverflowError, ImportError):
        return None
    year, month = divmod(h.year * 12 + h.month - 1 + shift, 12)
    return _hijri_to_gregorian(year, month + 1, day)


# --- handlers: one per pattern; each returns a candidate or None (no candidate at all) -----------

def _h_numeric(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand:
    y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    if m.group("era") or 1300 <= y <= 1500:
        # "15/09/1445" is Hijri even without "هـ": Gregorian dates of those years are not news.
        date = _hijri_to_gregorian(y, mo, d)
        items = [_Item(m.start(), m.end(), date, DAY, explicit_year=True)] if date else []
        return _Cand(m.start(), m.end(), _ORDER[kind], items)
    date = _safe_date(y, mo, d)
    if date is None and kind == "dmy":
        date = _safe_date(y, d, mo)  # month-first only when day-first is impossible
    items = [_Item(m.start(), m.end(), date, DAY, explicit_year=True)] if date and 1000 <= y <= 2199 else []
    return _Cand(m.start(), m.end(), _ORDER[kind], items)


_ADJECTIVE_HEAD = re.compile(r"(?:^|\s)(?:[وفبلك]?ال|لل)\w+\s*$")


def _ordinal_is_adjective(m: re.Match, folded: str) -> bool:
    """"الأسبوع الأول من مارس", "النصف الثاني من يونيو": an ordinal after a definite noun
    describes that noun; it is not a day of the month (a weekday or "الموافق" before it is fine)."""
    if not m.group("ord"):
        return False
    head = _ADJECTIVE_HEAD.search(folded, max(0, m.start("ord") - 30), m.start("ord"))
    return head is not None and head.group().split()[-1] not in (*_WEEKDAYS, "الموافق")


def _with_weekday(cand: _Cand | None, folded: str) -> _Cand | None:
    """Extend an absolute date's span over a weekday written just before it."""
    if cand is None or not cand.items or cand.items[0].start != cand.start:
        return cand
    pre = _WDPRE_BEFORE.search(folded, max(0, cand.start - 40), cand.start)
    if pre is not None:
        cand.start = cand.items[0].start = pre.start()
    return cand


def _h_daymonth(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if _ordinal_is_adjective(m, ctx.folded):
        return None
    month, _, _ = _first_month(m, ctx)
    days = _days_in(m)
    year, explicit, rel = _resolve_year_of(m, ref)
    mode = _qual_mode(m.group("q"))
    cand = _Cand(m.start(), m.end(), _ORDER[kind])
    if not month:
        return None
    if rel and year is None:  # "من العام الماضي" without a reference: nothing to resolve against
        return cand
    if explicit and (year is None or not 1000 <= year <= 2199):
        return None
    for i, (value, s, e) in enumerate(days):
        last = i == len(days) - 1
        start = m.start() if i == 0 else s
        end = m.end() if last else e
        if year is not None:
            date = _safe_date(year, month, value)
            if date is None:
                cand.items = []
                return cand
            cand.items.append(_Item(start, end, date, DAY, relative=rel, explicit_year=explicit))
        elif 1 <= value <= 31 and _safe_date(2000, month, value):  # 2000 is a leap year
            cand.items.append(_Item(start, end, None, DAY, month=month, day=value, mode=mode))
        else:
            cand.items = []
            return cand
    return cand


def _h_english(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    month, _, _ = _first_month(m, ctx)
    date = _safe_date(int(m.group("y")), month, int(m.group("D"))) if month else None
    items = [_Item(m.start(), m.end(), date, DAY, explicit_year=True)] if date else []
    return _Cand(m.start(), m.end(), _ORDER[kind], items)


def _h_monthyear(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    month, n_names, ambiguous = _first_month(m, ctx)
    if not month:
        return None
    year, explicit, rel = _resolve_year_of(m, ref)
    cand = _Cand(m.start(), m.end(), _ORDER[kind])
    if explicit:
        if year is None or not 1000 <= year <= 2199:
            return None
        cand.items.append(_Item(m.start(), m.end(), dt.date(year, month, 1), MONTH, explicit_year=True))
        return cand
    if ambiguous and n_names == 1:
        return None  # "آب الماضي" / "ماي الجاري": too risky without a number
    if ref is None:
        return cand if rel or m.group("q") else None
    if year is not None:
        cand.items.append(_Item(m.start(), m.end(), dt.date(year, month, 1), MONTH, relative=True))
    elif m.group("q"):
        cand.items.append(_Item(m.start(), m.end(), _nearest_month(ref, month, _qual_mode(m.group("q"))),
                                MONTH, relative=True))
    else:
        return None
    return cand


def _hijri_year_of(day: dt.date) -> int | None:
    try:
        from hijridate import Gregorian
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None


def _hijri_gregorian_year(y: int) -> int | None:
    """The Gregorian year holding most of Hijri year ``y`` (the one its middle falls in): the Hajj season
    "لعام 1436هـ" is in 2015, though 1436 began in October 2014."""
    middle = _hijri_to_gregorian(y, 7, 1)
    return middle.year if middle else None


def _h_hijri_day(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if _ordinal_is_adjective(m, ctx.folded):
        return None
    hmonth = _month_of(re.sub(r"\s+", " ", m.group("mon")), _HMONTH_LOOKUP)
    relative = not m.group("y")
    if relative:
        # "27 رمضان" with no year: the last occurrence on or before the reference ("صفر" is too
        # often the number zero to stand without a year).
        if ref is None or hmonth == 2:
            return None
        y = _hijri_year_of(ref)
        if y is None:
            return None
    else:
        y = int(m.group("y"))
        if not m.group("era") and not 1300 <= y <= 1500:
            return None
    cand = _Cand(m.start(), m.end(), _ORDER[kind])
    days = _days_in(m)
    mode = _qual_mode(m.group("q"))
    for i, (value, s, e) in enumerate(days):
        date = _hijri_to_gregorian(y, hmonth, value)
        # "السابع من ذي القعدة المقبل" is the next one, "الحالي/الجاري" this Hijri year's, else the last.
        if relative and date is not None and mode == "future":
            if date <= ref:
                date = _hijri_to_gregorian(y + 1, hmonth, value)
        elif relative and date is not None and mode != "current" and (date > ref or (mode == "past" and date == ref)):
            date = _hijri_to_gregorian(y - 1, hmonth, value)
        if date is None:
            cand.items = []
            return cand
        start = m.start() if i == 0 else s
        end = m.end() if i == len(days) - 1 else e
        cand.items.append(_Item(start, end, date, DAY, relative=relative, explicit_year=not relative))
    return cand


def _h_hijri_month(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    hmonth = _month_of(re.sub(r"\s+", " ", m.group("mon")), _HMONTH_LOOKUP)
    y = int(m.group("y"))
    if not m.group("era") and not 1300 <= y <= 1500:
        return None
    mid = _hijri_to_gregorian(y, hmonth, 15)  # the Gregorian month that holds most of the Hijri month
    items = [_Item(m.start(), m.end(), mid.replace(day=1), MONTH, explicit_year=True)] if mid else []
    return _Cand(m.start(), m.end(), _ORDER[kind], items)


def _h_hijri_year(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    gy = _hijri_gregorian_year(int(m.group("y")))
    s, e = m.span("span")
    items = [_Item(s, e, dt.date(gy, 1, 1), YEAR, explicit_year=True)] if gy else []
    return _Cand(s, e, _ORDER[kind], items)


def _year_items(m: re.Match, lo: int, hi: int) -> list[_Item]:
    s, e = m.span("span")
    years = [(int(y.group()), s + y.start(), s + y.end()) for y in _YEAR_FIND.finditer(m.group("span"))]
    if any(not lo <= y <= hi for y, _, _ in years):
        return []
    items = []
    for i, (y, ys, ye) in enumerate(years):
        start = s if i == 0 else ys
        end = e if i == len(years) - 1 else ye
        items.append(_Item(start, end, dt.date(y, 1, 1), YEAR, explicit_year=True))
    return items


HIJRI_NEAR_YEARS = 10  # "عام 1436" with no era, written within this many years of today's Hijri year, is Hijri


def _h_year(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    items = _year_items(m, 1000, 2199)
    if not items:
        return None
    year = items[0].date.year if items[0].date else 0
    hijri_now = _hijri_year_of(ref) if ref is not None and len(items) == 1 else None
    if (hijri_now is not None and abs(year - hijri_now) <= HIJRI_NEAR_YEARS
            and not re.search(_GERA + r"\s*$", m.group("span"))):
        # "حج عام ١٤٣٦" in a 2015 paper: Saudi news often drops the هـ; no Gregorian year that old is that near.
        gy = _hijri_gregorian_year(year)
        if gy is None:
            return None
        items = [_Item(items[0].start, items[0].end, dt.date(gy, 1, 1), YEAR, explicit_year=True)]
    return _Cand(m.start("span"), m.end("span"), _ORDER[kind], items)


def _h_between(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    items = _year_items(m, 1900, 2100)
    first, last = (items[0].date, items[1].date) if len(items) == 2 else (None, None)
    if first is None or last is None or first >= last:
        return None
    return _Cand(m.start("span"), m.end("span"), _ORDER[kind], items)


def _h_bareyear(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    items = _year_items(m, 1900, 2100)
    return _Cand(m.start("span"), m.end("span"), _ORDER[kind], items) if items else None


def _h_day_of_relmonth(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if ref is None or _ordinal_is_adjective(m, ctx.folded):
        return None
    (value, _, _), = _days_in(m)
    mode = _qual_mode(m.group("q")) if m.group("q") else "current"
    shift = {"past": -1, "future": 1}.get(mode, 0)
    first = _shift_month(ref, shift)
    date = _safe_date(first.year, first.month, value)
    said = _WDPRE_BEFORE.search(ctx.folded, max(0, m.start() - 40), m.start())
    if said is not None and date is not None:
        weekday = next(d for w, d in _WEEKDAYS.items() if w in said.group())
        if date.weekday() != weekday:
            # "الخميس 28 من الشهر الحالي" in a Saudi paper: the weekday says the month is the Hijri one.
            hijri = _hijri_day_of_month(ref, shift, value)
            if hijri is not None and hijri.weekday() == weekday:
                date = hijri
    items = [_Item(m.start(), m.end(), date, DAY, relative=True)] if date else []
    return _Cand(m.start(), m.end(), _ORDER[kind], items)


def _h_offset(days: int, two: int = 0):
    def handler(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
        if ref is None:
            return None
        shift = two if m.group("two") else days
        s, e = m.start("span"), m.end()
        return _Cand(s, e, _ORDER[kind], [_Item(s, e, ref + dt.timedelta(days=shift), DAY, relative=True)])
    return handler


# "اليوم" that is no day: the newspaper of that name quoted ("لـ«اليوم»", 'قال لـ "اليوم"'), or a rate
# ("4 ملايين برميل في اليوم", "ثلاث مرات في اليوم").
_TODAY_QUOTED = re.compile(r"[«»\"“”']\s*$")
_TODAY_RATE = re.compile(r"(?:برميل|براميل|مرات|مره|ساعات|ساعه|وجبات|وجبه|جرعات|طن|اطنان|لتر|كيلو\w*|"
                         r"دولار|ريال|زاير|مسافر|حاله|حالات|\d)(?:\s+\w+)?\s+(?:[وف]?(?:في|فى))\s*$")


def _h_today(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if ref is None:
        return None
    s, e = m.start("span"), m.end()
    before = ctx.folded[max(0, s - 24):s]
    if _TODAY_QUOTED.search(before) or _TODAY_RATE.search(before):
        return None
    return _Cand(s, e, _ORDER[kind], [_Item(s, e, ref, DAY, relative=True)])


def _comma_bounded(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 8):start].rstrip()
    after = folded[end:end + 8].lstrip()
    return before.endswith(("،", ",")) and after.startswith(("،", ","))


def _h_weekday(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if ref is None:
        return None
    wd = _WEEKDAYS[m.group("wd")]
    q = m.group("q")
    if q in _PAST:
        delta = -(((ref.weekday() - wd - 1) % 7) + 1)
    elif q in _FUTURE:
        delta = ((wd - ref.weekday() - 1) % 7) + 1
    elif m.group("pre") or _comma_bounded(ctx.folded, m.start("wd"), m.end("wd")):
        delta = -((ref.weekday() - wd) % 7)
    else:
        return None  # a bare weekday ("صلاة الجمعة") is not a date
    s, e = m.span("span")
    return _Cand(s, e, _ORDER[kind], [_Item(s, e, ref + dt.timedelta(days=delta), DAY, relative=True)])


def _h_relperiod(m: re.Match, ref, kind: str, ctx: _Ctx) -> _Cand | None:
    if ref is None:
        return None
    shift = {"past": -1, "future": 1}.get(_qual_mode(m.group("q")), 0)
    s, e = m.span("span")
    if m.group("unit") == "شهر":
        item = _Item(s, e, _shift_month(ref, shift), MONTH, relative=True)
    else:
        item = _Item(s, e, dt.date(ref.year + shift, 1, 1), YEAR, relative=True)
    return _Cand(s, e, _ORDER[kind], [item])


_HANDLERS = {
    "iso": _h_numeric, "dmy": _h_numeric, "daymonth": _h_daymonth, "english": _h_english,
    "monthyear": _h_monthyear, "hijri_day": _h_hijri_day, "hijri_month": _h_hijri_month,
    "hijri_year": _h_hijri_year, "year": _h_year, "between": _h_between, "bareyear": _h_bareyear,
    "strongyear": _h_bareyear, "fromyear": _h_between,
    "day_of_relmonth": _h_day_of_relmonth, "yesterday": _h_offset(-1, -2), "today": _h_today,
    "tomorrow": _h_offset(1, 2), "weekday": _h_weekday, "relperiod": _h_relperiod,
}


# --- selection and year borrowing ------------------------------------------------------------------

def _gate_open(gate: re.Pattern, folded: str, seen: dict[re.Pattern, bool]) -> bool:
    if gate not in seen:
        seen[gate] = gate.search(folded) is not None
    return seen[gate]


def _candidates(ctx: _Ctx, ref: dt.date | None) -> list[_Cand]:
    out: list[_Cand] = []
    gates: dict[re.Pattern, bool] = {}
    for kind, rx in _COMPILED.items():
        if ref is None and kind in _RELATIVE_KINDS:
            continue
        if not all(_gate_open(gate, ctx.folded, gates) for gate in _GATES[kind]):
            continue
        handler = _HANDLERS[kind]
        for m in rx.finditer(ctx.folded):
            try:
                cand = handler(m, ref, kind, ctx)
            except (OverflowError, ValueError):  # a reference at the edge of the calendar
                continue
            if kind in _DATED_KINDS:
                cand = _with_weekday(cand, ctx.folded)
            if cand is not None:
                out.append(cand)
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then earliest, then pattern order; keep those that overlap nothing kept."""
    starts: list[int] = []  # kept spans never overlap, so sorted starts give sorted ends too
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start, c.order)):
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    return kept


def _sentence_ids(folded: str, items: list[_Item]) -> list[int]:
    """The sentence number of each item (sentences end at . ! ؟ ؛ and line breaks)."""
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    return [bisect.bisect_left(ends, it.start) for it in items]


def _borrow_year(i: int, items: list[_Item], sentence: list[int]) -> int | None:
    """A year for the year-less day/month ``items[i]`` from an explicit-year date of its sentence:
    the nearest following one (a later month than it means the year before), else the nearest
    preceding one (an earlier month than it means the year after)."""
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
            xm = x.date.month if x.precision != YEAR else 1
            return x.date.year + (item.month < xm)
        j -= 1
    return None


def _resolve(items: list[_Item], folded: str, ref: dt.date | None) -> list[_Item]:
    """Give year-less items a year (borrowed, else from the reference) and drop those left without."""
    if all(it.date is not None for it in items):
        return items
    sentence = _sentence_ids(folded, items)
    out = []
    for i, it in enumerate(items):
        if it.date is None:
            year = _borrow_year(i, items, sentence) if not it.mode else None
            if year is not None:
                it.date = _safe_date(year, it.month, it.day)
            elif ref is not None:
                it.date = _nearest(ref, it.month, it.day, it.mode)
                it.relative = True
            if it.date is None:
                continue
        out.append(it)
    return out


_TRAILING_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640])


def _to_mention(text: str, index: list[int], it: _Item) -> DateMention:
    assert it.date is not None, "only items with a resolved date become mentions"
    start = index[it.start]
    end = index[it.end - 1] + 1
    while end < len(text) and text[end] in _TRAILING_MARKS:  # keep "غداً" and "هـ" whole
        end += 1
    return DateMention(text[start:end], start, end, it.date, it.precision, it.relative)


# --- public API ----------------------------------------------------------------------------------

def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date expression in ``text``, in text order and non-overlapping.

    ``reference`` (usually the publication date) resolves relative and year-less expressions;
    without it those are skipped. See the module docstring for the forms and rules."""
    if not text or not isinstance(text, str):
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if not _HAS_DIGIT.search(text) and (reference is None or not _RELATIVE_TRIGGER.search(text)):
        return []
    folded, index = normalize_with_map(text)
    kept = _select(_candidates(_Ctx(text, folded, index), reference))
    items = [it for c in kept for it in c.items]
    items = _resolve(items, folded, reference)
    return [_to_mention(text, index, it) for it in items]


def written_out(mention: DateMention) -> bool:
    """A date written out — digits or a month name ("22 أغسطس", "السابع من ذي القعدة") — not one said
    from the day of writing ("أمس", "يوم الأحد")."""
    folded = normalize(mention.text)
    return bool(_HAS_DIGIT.search(mention.text) or _GATE_GMONTH.search(folded) or _GATE_HIJRI.search(folded))


def in_hijri(mention: DateMention) -> bool:
    """A date written in the Hijri calendar ("شوال", "1436 هـ")."""
    return bool(_GATE_HIJRI.search(normalize(mention.text)))


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
        first = _safe_date(y, mo or 1, d or 1)
        if first is None or not y:
            return None
        if d:
            return first, first
        return (first, _shift_month(first, 1) - dt.timedelta(days=1)) if mo else (first, dt.date(y, 12, 31))
    mentions = find_dates(text)
    if len(mentions) != 1 or re.search(r"\w", text[:mentions[0].start] + text[mentions[0].end:]):
        return None
    m = mentions[0]
    if m.precision == DAY:
        return m.date, m.date
    folded = normalize_with_map(m.text)[0]
    hijri = _COMPILED["hijri_month"].search(folded) if m.precision == MONTH else \
        _COMPILED["hijri_year"].search(folded)
    if hijri:
        y = int(hijri.group("y"))
        hmonth = _month_of(re.sub(r"\s+", " ", hijri.group("mon")), _HMONTH_LOOKUP) if m.precision == MONTH else 0
        start = _hijri_to_gregorian(y, hmonth or 1, 1)
        after = _hijri_to_gregorian(y + (hmonth in (0, 12)), hmonth % 12 + 1 if hmonth else 1, 1)
        if start and after:
            return start, after - dt.timedelta(days=1)
        return None
    if m.precision == MONTH:
        return m.date, _shift_month(m.date, 1) - dt.timedelta(days=1)
    return m.date, dt.date(m.date.year, 12, 31)
