"""The vocabulary and patterns of akhbar.dates, in folded spelling (see akhbar.arabic.normalize):
month names of every system, weekdays, ordinal day words, qualifiers (الماضي، المقبل، الجاري), one
regular expression per kind of date expression, the cheap gates that decide which patterns run on
a text, and the pre-check on the raw text."""

from __future__ import annotations

import re

from .arabic import normalize
from .lexicon import WEEKDAYS

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
AMBIGUOUS_MONTHS = {"اب", "ماي", "may", "mar"}

_HIJRI_MONTHS: list[tuple[str, int]] = [
    (r"(?:ال)?محرم", 1), ("صفر", 2), (r"ربيع\s+(?:ال)?اول", 3), (r"ربيع\s+(?:ال)?(?:اخر|ثاني)", 4),
    (r"جمادي\s+(?:ال)?(?:اولي|اول)", 5), (r"جمادي\s+(?:ال)?(?:اخره|اخر|ثانيه|ثاني)", 6),
    ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    (r"(?:ذو|ذي)\s+القعده", 11), (r"(?:ذو|ذي)\s+الحجه", 12),
]

# Python weekday numbers (Monday = 0).
WEEKDAY_NUMBERS = {normalize(day): number for number, day in enumerate(WEEKDAYS)}  # folded: الاربعاء، الجمعه

ORD_UNITS = {"الاول": 1, "الفاتح": 1, "الحادي": 1, "الواحد": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
              "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
ORD_TENS = {"العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30}

PAST = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفايت", "الفايته", "السابق", "السابقه")  # ئ folds to ي
FUTURE = ("المقبل", "المقبله", "القادم", "القادمه")
_CURRENT = ("الجاري", "الجاريه", "الحالي", "الحاليه")


def _alt(words) -> str:
    """A regex alternation, longest first so a name never stops at its own prefix."""
    return "|".join(sorted(words, key=len, reverse=True))


def _bounded(p: str) -> str:
    return rf"(?<!\w)(?:{p})(?!\w)"


_GMONTH = _bounded(_alt(p for p, _ in _GREGORIAN_MONTHS))
_HMONTH = _bounded(_alt(p for p, _ in _HIJRI_MONTHS))
_WD = _bounded(_alt(WEEKDAY_NUMBERS))
_QUAL_PAST, _QUAL_FUTURE, _QUAL_CURRENT = _alt(PAST), _alt(FUTURE), _alt(_CURRENT)
_QUAL = rf"(?:{_QUAL_PAST}|{_QUAL_FUTURE}|{_QUAL_CURRENT})(?!\w)"
# "للسادس والعشرين من مارس": ل + ال writes لل.
_ORD_UNIT_WORDS = list(ORD_UNITS) + ["لل" + w[2:] for w in ORD_UNITS]
_ORD = (rf"(?:(?:{_alt(_ORD_UNIT_WORDS)})(?:\s+عشر|\s+و\s*(?:{_alt(ORD_TENS)}))?|(?:ال|لل)عاشر|(?:{_alt(ORD_TENS)}))(?!\w)")
# A day number: not glued to other digits or separators; a one-letter clitic is allowed ("و7", "ب14").
_DAYNUM = r"\d(?:(?<![\w.,/:\-]\d)|(?<=(?<!\w)[وفبل]\d)|(?<=(?<!\w)ال\d)|(?<=(?<!\w)[وفب]ال\d))\d?(?!\d)"
_DAYLIST = rf"{_DAYNUM}(?:\s*(?:و|-|–|الي|حتي)\s*(?:و\s*)?\d{{1,2}}(?!\d)){{0,4}}"
_YEAR4 = r"\d{4}(?!\d)"
# A year is not a year when a scale word or a percent follows it ("2015 ألف").
_NOT_COUNT = r"(?!\s*(?:%|٪|بالمئه|بالمائه|في\s+المئه|في\s+المائه|(?:الف|الاف|مليون|ملايين|مليار|مليارات)(?!\w)))"
_UNITS = (r"(?:عام|عاما|اعوام|سنه|سنوات|سنين|قرن|قرون|يوم|يوما|ايام|شهر|شهرا|اشهر|شهور|ساعه|ساعات|"
          r"دقيقه|دقايق|اسبوع|اسابيع)")
GERA = r"(?:\s*(?:م|ميلادي|ميلاديه|للميلاد)(?!\w))"
_HERA = r"(?:\s*(?:ه|هجري|هجريه|للهجره)(?!\w))"
_YEARWORD = r"(?:ال|ل)?(?:عام|سنه)"
_CLITIC = r"(?<!\w)(?:[وف]?[بلك]?)"  # outside the span: "وفي عام" / "لعام" / "بعام"

# A weekday before an absolute date belongs to its span ("الثلاثاء 31 ديسمبر 2024"). It is looked
# for backwards from the date (an optional regex prefix would be tried at every position: slow).
WDPRE_BEFORE = re.compile(rf"(?:(?:يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|نهار)\s+)?{_WD}\s*[،,]?\s*"
                           rf"(?:الموافق\s+)?$")
_YEARPART = (rf"(?:\s*[،,]?\s*(?:(?:من\s+)?{_YEARWORD}\s*)?(?P<y>{_YEAR4}){_NOT_COUNT}(?!{_HERA}){GERA}?"
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
             rf"{_YEAR4}{_NOT_COUNT}(?!{_HERA}){GERA}?"
             rf"(?:\s*(?:[،,]|و|الي|حتي|-|–|/)\s*(?:و\s*)?(?:{_YEARWORD}\s*)?{_YEAR4}{_NOT_COUNT}(?!{_HERA})"
             rf"{GERA}?){{0,4}})"),
    "between": (rf"(?<!\w)(?:بين|ما\s+بين)\s+(?P<span>{_YEAR4}\s*(?:و|-|–)\s*(?:و\s*)?{_YEAR4})"
                rf"{_NOT_COUNT}(?!\s*(?:و\s*)?\d)"),
    "bareyear": (rf"(?<!\w)(?:[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|بحلول)"
                 rf"\s+)(?P<span>{_YEAR4}(?:\s*[-–/]\s*{_YEAR4})?{GERA}?)(?=\s*(?:[.،,؛;:!؟?)\]»\"'\-–]|$))"),
    # "منذ 2011 تعيش البلاد…", "صيف 2014": these words take a time, so any next word will do,
    # except a unit or a scale word ("منذ 1500 عام").
    "strongyear": (rf"(?<!\w)(?:[وف]?(?:منذ|بحلول|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|صيف|شتاء|خريف)\s+)"
                   rf"(?P<span>{_YEAR4}{GERA}?){_NOT_COUNT}(?!\s*(?:\d|{_UNITS})(?!\w))"),
    "fromyear": (rf"(?<!\w)(?P<period>الفتره\s+)?(?:ما\s+)?من\s+(?P<span>(?:عام\s+)?{_YEAR4}\s*(?:الي|حتي|-|–)\s*"
                 rf"(?:عام\s+)?{_YEAR4}{GERA}?)(?(period)|(?=\s*(?:[.،,؛;:!؟?)\]»\"'\-–]|$)))"),
    "day_of_relmonth": (rf"(?:(?P<ord>{_ORD})|(?P<days>{_DAYNUM}))\s+من\s+"
                        rf"(?:(?P<this>هذا\s+الشهر)|الشهر\s+(?P<q>{_QUAL}))"),
    "yesterday": (rf"(?<!\w)(?:[وف]?(?:بال|ال)?)(?P<span>(?P<two>اول\s+(?:من\s+)?امس|امس\s+الاول|البارحه\s+الاولي)|امس|البارحه)"
                  rf"(?!\w)(?:\s+(?P<wd>{_WD}))?"),
    "today": (rf"(?<!\w)(?<!نفس\s)(?<!ذات\s)(?<!ذلك\s)(?<!تلك\s)(?<!طوال\s)(?<!طيله\s)(?<!عين\s)(?<!المصري\s)"
              rf"(?<!روسيا\s)(?<!صحيفه\s)(?<!جريده\s)(?<!لصحيفه\s)(?<!لجريده\s)(?<!دار\s)(?:[وف]?)(?P<span>اليوم)"
              # not "اليوم التالي/الأول" (a day of something), but "اليوم إلى" (إلى folds to الي)
              rf"(?:\s+(?P<wd>{_WD})|(?!\w)(?!\s*(?:ال(?!ي(?:ه|ها|هم|نا|كم)?(?!\w))\w|\d|نفسه|ذاته|ذلك|نفس)))"),
    "tomorrow": (rf"(?<!\w)(?:[وف]?)(?P<span>(?P<two>بعد\s+غدا?)|غدا|(?:يوم|مساء|صباح|ظهر|ليله)\s+(?:الغد|غد))(?!\w)(?:\s+(?P<wd>{_WD}))?"),
    "weekday": (rf"(?<!\w)[وف]?(?P<span>(?:(?P<pre>يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|نهار|ظهيره)\s+)?"
                rf"(?P<wd>{_alt(WEEKDAY_NUMBERS)})(?!\w)(?:\s+(?P<q>{_QUAL_PAST}|{_QUAL_FUTURE})(?!\w)"
                # "الثلاثاء ما قبل الماضي": the one before the last, a week further back
                rf"|\s+(?P<before_last>(?:ما\s+)?قبل\s+(?:الماضي|الماضيه))(?!\w))?)"),
    "relperiod": (rf"{_CLITIC}(?P<span>(?:(?P<this>هذا|هذه)\s+)?(?:ال|ل)(?P<unit>شهر|عام|سنه)"
                  rf"(?!\w)(?(this)(?!\s*\d)|\s+(?P<q>{_QUAL})))"),
}
COMPILED = {name: re.compile(p) for name, p in _PATTERNS.items()}
ORDER = {name: i for i, name in enumerate(_PATTERNS)}
# A cheap search per pattern family: a pattern runs only when its gate matches the folded text.
_GATE_DIGIT = re.compile(r"\d")
_GATE_NUMERIC = re.compile(r"\d[-/.]\d")
_GATE_YEAR4 = re.compile(r"\d{4}")
# Gates are plain alternations (no look-behind first) so the regex engine can skip ahead quickly.
# Except the month gate: a whole (bounded) month name. The bare alternation opened on "اب" (آب)
# inside most words, running the two month patterns on three sentences in four; measured on news
# sentences, the bounded search costs the same and opens ten times less often.
GATE_GMONTH = re.compile(_GMONTH)
GATE_HIJRI = re.compile(_alt(p for p, _ in _HIJRI_MONTHS) + r"|\d\s*ه")
_GATE_YEARWORD = re.compile(r"عام|سنه|سنتي|السنوات")
GATES: dict[str, tuple[re.Pattern, ...]] = {  # every gate of a pattern must match
    "iso": (_GATE_NUMERIC,), "dmy": (_GATE_NUMERIC,), "english": (_GATE_DIGIT, re.compile("[a-z]")),
    "daymonth": (GATE_GMONTH,), "monthyear": (GATE_GMONTH,),
    "hijri_day": (GATE_HIJRI,), "hijri_month": (_GATE_DIGIT, GATE_HIJRI),
    "hijri_year": (_GATE_DIGIT, GATE_HIJRI),
    "year": (_GATE_YEAR4, _GATE_YEARWORD), "between": (_GATE_YEAR4, re.compile("بين")),
    "bareyear": (_GATE_YEAR4,), "strongyear": (_GATE_YEAR4,), "fromyear": (_GATE_YEAR4, re.compile("من")),
    "day_of_relmonth": (re.compile("الشهر"),),
    # Each relative pattern has its own word: one shared gate opened all five on every "عام".
    "yesterday": (re.compile("امس|البارحه"),), "today": (re.compile("اليوم"),), "tomorrow": (re.compile("غد"),),
    "weekday": (re.compile(_alt(WEEKDAY_NUMBERS)),), "relperiod": (re.compile("شهر|عام|سنه"),),
}
DATED_KINDS = {"dmy", "daymonth", "hijri_day", "day_of_relmonth"}
RELATIVE_KINDS = {"yesterday", "today", "tomorrow", "weekday", "relperiod", "day_of_relmonth"}

GMONTH_LOOKUP = [(re.compile(p), m) for p, m in _GREGORIAN_MONTHS]
HMONTH_LOOKUP = [(re.compile(p), m) for p, m in _HIJRI_MONTHS]
GMONTH_FIND = GATE_GMONTH
YEAR_FIND = re.compile(r"\d{4}(?!\d)")
DAY_FIND = re.compile(r"\d{1,2}(?!\d)")
SENTENCE_END = re.compile(r"[!?؟؛;\n]|\.(?!\d)")

# Pre-check on the raw text: a digit, or (with a reference) a relative word. Letters may carry
# harakat in between, so each trigger tolerates them; alef forms are matched by a class.
_MARKS = "[\u064b-\u0652\u0670\u0640]*"


def _tolerant(word: str) -> str:
    cls = {"ا": "[اأإآ]", "ه": "[هة]", "ي": "[يى]"}
    return _MARKS.join(cls.get(ch, ch) for ch in word)


HAS_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]")
# Month names that are one Arabic word (folded), of every system: "يونيو", "تموز", "محرم".
MONTH_WORDS = [p for p, _ in _GREGORIAN_MONTHS + _HIJRI_MONTHS if p.isalpha() and not p.isascii()]
# Qualifiers ("الماضي", "هذا") are no triggers: they only count next to a month, weekday or period word.
_TRIGGER_WORDS = ("امس", "البارح", "اليوم", "الشهر", "العام", "السنه", *WEEKDAY_NUMBERS,
                  "كانون", "تشرين", "ربيع", "جمادي", "القعده", "الحجه", "محرم", *MONTH_WORDS)
RELATIVE_TRIGGER = re.compile("|".join([*map(_tolerant, _TRIGGER_WORDS),
                                        _tolerant("غد") + f"(?:{_MARKS}ا)?{_MARKS}(?![\u0621-\u064a])"]))
# The same test, fast: RELATIVE_TRIGGER tries its ~60 tolerant words at every position of the text
# (a quarter of the event step's find_dates time). With the marks deleted and the alef, ة and ى forms
# written as its classes read them, a tolerant word matches exactly where its plain spelling is a
# substring; only "غد", whose end depends on the marks after it, is left to the regex.
_TRIGGER_MARKS = re.compile(_MARKS[:-1] + "+")
_TRIGGER_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"}
_TRIGGER_FORM = re.compile("[" + "".join(_TRIGGER_FORMS) + "]")
# Frequent first ("اب", the month آب, is inside most sentences); a word holding another listed word adds nothing.
_TRIGGER_PLAIN = tuple(sorted((w for w in dict.fromkeys(_TRIGGER_WORDS)
                               if not any(o != w and o in w for o in _TRIGGER_WORDS)), key=len))


def relative_trigger(text: str) -> bool:
    """``RELATIVE_TRIGGER.search(text)`` is not None, computed without trying every word at every position."""
    plain = _TRIGGER_FORM.sub(lambda m: _TRIGGER_FORMS[m.group()], _TRIGGER_MARKS.sub("", text))
    if any(w in plain for w in _TRIGGER_PLAIN):
        return True
    return "غد" in plain and RELATIVE_TRIGGER.search(text) is not None
