"""The candidates of akhbar.dates: one handler per pattern of akhbar.date_words turns a match into
a candidate (its dates, or an impossible date that blocks its span), with the helpers they share
(month names, ordinal days, qualifiers, the year an expression states)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .calendars import (
    DAY,
    MONTH,
    YEAR,
    hijri_day_of_month,
    hijri_gregorian_year,
    hijri_to_gregorian,
    hijri_year_of,
    nearest_month,
    safe_date,
    shift_month,
)
from .date_words import (
    AMBIGUOUS_MONTHS,
    DAY_FIND,
    FUTURE,
    GERA,
    GMONTH_FIND,
    GMONTH_LOOKUP,
    HMONTH_LOOKUP,
    ORD_TENS,
    ORD_UNITS,
    ORDER,
    PAST,
    WDPRE_BEFORE,
    WEEKDAY_NUMBERS,
    YEAR_FIND,
)
from .lexicon import MEASURE_UNITS, TIME_UNITS


@dataclass
class DateItem:
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
    yearless: bool = False  # its year taken from the reference (a day and month written without one)


@dataclass
class Candidate:
    start: int
    end: int
    order: int
    items: list[DateItem] = field(default_factory=list)  # empty → an impossible date that blocks its span


@dataclass(frozen=True)
class MatchContext:
    """What a pattern handler may look at: the original text, its folding and the offset map."""

    text: str
    folded: str
    index: list[int]

    def original(self, folded_pos: int) -> str:
        return self.text[self.index[folded_pos]]


def month_of(text: str, lookup) -> int:
    for rx, m in lookup:
        if rx.fullmatch(text):
            return m
    return 0


def _first_month(m: re.Match, ctx: MatchContext) -> tuple[int, int, bool]:
    """Month number of the first name in a (possibly dual) month expression, the number of names,
    and whether every name is one of the ambiguous ones. "أب"/"إب" (father) is never a month:
    only "آب"/"اب" fold to the month."""
    base = m.start("mon")
    found = list(GMONTH_FIND.finditer(m.group("mon")))
    names = [x.group() for x in found
             if not (x.group() == "اب" and ctx.original(base + x.start()) in "أإ")]
    if not names:
        return 0, 0, True
    month = month_of(re.sub(r"\s+", " ", names[0]), GMONTH_LOOKUP) if names else 0
    ambiguous = all(n in AMBIGUOUS_MONTHS for n in names)
    return month, len(names), ambiguous


def _ordinal_value(word: str) -> int:
    parts = re.findall(r"\w+", word)
    head = "ال" + parts[0][2:] if parts[0].startswith("لل") else parts[0]
    if head == "العاشر":
        return 10
    if head in ORD_TENS:
        return ORD_TENS[head]
    unit = ORD_UNITS[head]
    if len(parts) > 1 and parts[1] == "عشر":
        return 10 + unit
    if len(parts) > 1:
        tens = parts[-1].removeprefix("و")
        return unit + ORD_TENS.get(tens, 0)
    return 0 if head == "الحادي" or head == "الواحد" else unit


def _qual_mode(q: str | None) -> str:
    if not q:
        return ""
    if q in PAST:
        return "past"
    if q in FUTURE:
        return "future"
    return "current"


def _days_in(m: re.Match) -> list[tuple[int, int, int]]:
    """(value, folded start, folded end) of each day of a day list or ordinal."""
    if m.group("ord"):
        return [(_ordinal_value(m.group("ord")), m.start("ord"), m.end("ord"))]
    base = m.start("days")
    return [(int(d.group()), base + d.start(), base + d.end()) for d in DAY_FIND.finditer(m.group("days"))]


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


# --- handlers: one per pattern; each returns a candidate or None (no candidate at all) -----------

def _h_numeric(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate:
    y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    if m.group("era") or 1300 <= y <= 1500:
        # "15/09/1445" is Hijri even without "هـ": Gregorian dates of those years are not news.
        date = hijri_to_gregorian(y, mo, d)
        items = [DateItem(m.start(), m.end(), date, DAY, explicit_year=True)] if date else []
        return Candidate(m.start(), m.end(), ORDER[kind], items)
    date = safe_date(y, mo, d)
    if date is None and kind == "dmy":
        date = safe_date(y, d, mo)  # month-first only when day-first is impossible
    items = [DateItem(m.start(), m.end(), date, DAY, explicit_year=True)] if date and 1000 <= y <= 2199 else []
    return Candidate(m.start(), m.end(), ORDER[kind], items)


_ADJECTIVE_HEAD = re.compile(r"(?:^|\s)(?:[وفبلك]?ال|لل)\w+\s*$")


def _ordinal_is_adjective(m: re.Match, folded: str) -> bool:
    """"الأسبوع الأول من مارس", "النصف الثاني من يونيو": an ordinal after a definite noun
    describes that noun; it is not a day of the month (a weekday or "الموافق" before it is fine)."""
    if not m.group("ord"):
        return False
    head = _ADJECTIVE_HEAD.search(folded, max(0, m.start("ord") - 30), m.start("ord"))
    return head is not None and head.group().split()[-1] not in (*WEEKDAY_NUMBERS, "الموافق")


def with_weekday(cand: Candidate | None, folded: str) -> Candidate | None:
    """Extend an absolute date's span over a weekday written just before it."""
    if cand is None or not cand.items or cand.items[0].start != cand.start:
        return cand
    pre = WDPRE_BEFORE.search(folded, max(0, cand.start - 40), cand.start)
    if pre is not None:
        cand.start = cand.items[0].start = pre.start()
    return cand


def _h_daymonth(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if _ordinal_is_adjective(m, ctx.folded):
        return None
    month, _, _ = _first_month(m, ctx)
    days = _days_in(m)
    year, explicit, rel = _resolve_year_of(m, ref)
    mode = _qual_mode(m.group("q"))
    cand = Candidate(m.start(), m.end(), ORDER[kind])
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
            date = safe_date(year, month, value)
            if date is None:
                cand.items = []
                return cand
            cand.items.append(DateItem(start, end, date, DAY, relative=rel, explicit_year=explicit))
        elif 1 <= value <= 31 and safe_date(2000, month, value):  # 2000 is a leap year
            cand.items.append(DateItem(start, end, None, DAY, month=month, day=value, mode=mode))
        else:
            cand.items = []
            return cand
    return cand


def _h_english(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    month, _, _ = _first_month(m, ctx)
    date = safe_date(int(m.group("y")), month, int(m.group("D"))) if month else None
    items = [DateItem(m.start(), m.end(), date, DAY, explicit_year=True)] if date else []
    return Candidate(m.start(), m.end(), ORDER[kind], items)


def _h_monthyear(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    month, n_names, ambiguous = _first_month(m, ctx)
    if not month:
        return None
    year, explicit, rel = _resolve_year_of(m, ref)
    cand = Candidate(m.start(), m.end(), ORDER[kind])
    if explicit:
        if year is None or not 1000 <= year <= 2199:
            return None
        cand.items.append(DateItem(m.start(), m.end(), dt.date(year, month, 1), MONTH, explicit_year=True))
        return cand
    if ambiguous and n_names == 1:
        return None  # "آب الماضي" / "ماي الجاري": too risky without a number
    if ref is None:
        return cand if rel or m.group("q") else None
    if year is not None:
        cand.items.append(DateItem(m.start(), m.end(), dt.date(year, month, 1), MONTH, relative=True))
    elif m.group("q"):
        cand.items.append(DateItem(m.start(), m.end(), nearest_month(ref, month, _qual_mode(m.group("q"))),
                                MONTH, relative=True))
    else:
        return None
    return cand


def _h_hijri_day(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if _ordinal_is_adjective(m, ctx.folded):
        return None
    hmonth = month_of(re.sub(r"\s+", " ", m.group("mon")), HMONTH_LOOKUP)
    relative = not m.group("y")
    if relative:
        # "27 رمضان" with no year: the last occurrence on or before the reference ("صفر" is too
        # often the number zero to stand without a year).
        if ref is None or hmonth == 2:
            return None
        y = hijri_year_of(ref)
        if y is None:
            return None
    else:
        y = int(m.group("y"))
        if not m.group("era") and not 1300 <= y <= 1500:
            return None
    cand = Candidate(m.start(), m.end(), ORDER[kind])
    days = _days_in(m)
    mode = _qual_mode(m.group("q"))
    for i, (value, s, e) in enumerate(days):
        date = hijri_to_gregorian(y, hmonth, value)
        # "الخامس من ذي القعدة المقبل" is the next one, "الحالي/الجاري" this Hijri year's, else the last.
        if relative and date is not None and mode == "future":
            if date <= ref:
                date = hijri_to_gregorian(y + 1, hmonth, value)
        elif relative and date is not None and mode != "current" and (date > ref or (mode == "past" and date == ref)):
            date = hijri_to_gregorian(y - 1, hmonth, value)
        if date is None:
            cand.items = []
            return cand
        start = m.start() if i == 0 else s
        end = m.end() if i == len(days) - 1 else e
        cand.items.append(DateItem(start, end, date, DAY, relative=relative, explicit_year=not relative))
    return cand


def _h_hijri_month(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    hmonth = month_of(re.sub(r"\s+", " ", m.group("mon")), HMONTH_LOOKUP)
    y = int(m.group("y"))
    if not m.group("era") and not 1300 <= y <= 1500:
        return None
    mid = hijri_to_gregorian(y, hmonth, 15)  # the Gregorian month that holds most of the Hijri month
    items = [DateItem(m.start(), m.end(), mid.replace(day=1), MONTH, explicit_year=True)] if mid else []
    return Candidate(m.start(), m.end(), ORDER[kind], items)


def _h_hijri_year(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    gy = hijri_gregorian_year(int(m.group("y")))
    s, e = m.span("span")
    items = [DateItem(s, e, dt.date(gy, 1, 1), YEAR, explicit_year=True)] if gy else []
    return Candidate(s, e, ORDER[kind], items)


def _year_items(m: re.Match, lo: int, hi: int) -> list[DateItem]:
    s, e = m.span("span")
    years = [(int(y.group()), s + y.start(), s + y.end()) for y in YEAR_FIND.finditer(m.group("span"))]
    if any(not lo <= y <= hi for y, _, _ in years):
        return []
    items = []
    for i, (y, ys, ye) in enumerate(years):
        start = s if i == 0 else ys
        end = e if i == len(years) - 1 else ye
        items.append(DateItem(start, end, dt.date(y, 1, 1), YEAR, explicit_year=True))
    return items


HIJRI_NEAR_YEARS = 10  # "عام 1436" with no era, written within this many years of today's Hijri year, is Hijri


def _h_year(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    items = _year_items(m, 1000, 2199)
    if not items:
        return None
    year = items[0].date.year if items[0].date else 0
    hijri_now = hijri_year_of(ref) if ref is not None and len(items) == 1 else None
    if (hijri_now is not None and abs(year - hijri_now) <= HIJRI_NEAR_YEARS
            and not re.search(GERA + r"\s*$", m.group("span"))):
        # "حج عام ١٤٣٦" in a 2015 paper: Saudi news often drops the هـ; no Gregorian year that old is that near.
        gy = hijri_gregorian_year(year)
        if gy is None:
            return None
        items = [DateItem(items[0].start, items[0].end, dt.date(gy, 1, 1), YEAR, explicit_year=True)]
    return Candidate(m.start("span"), m.end("span"), ORDER[kind], items)


def _h_between(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    items = _year_items(m, 1900, 2100)
    first, last = (items[0].date, items[1].date) if len(items) == 2 else (None, None)
    if first is None or last is None or first >= last:
        return None
    return Candidate(m.start("span"), m.end("span"), ORDER[kind], items)


def _h_bareyear(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    items = _year_items(m, 1900, 2100)
    return Candidate(m.start("span"), m.end("span"), ORDER[kind], items) if items else None


def _h_day_of_relmonth(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if ref is None or _ordinal_is_adjective(m, ctx.folded):
        return None
    (value, _, _), = _days_in(m)
    mode = _qual_mode(m.group("q")) if m.group("q") else "current"
    shift = {"past": -1, "future": 1}.get(mode, 0)
    first = shift_month(ref, shift)
    date = safe_date(first.year, first.month, value)
    said = WDPRE_BEFORE.search(ctx.folded, max(0, m.start() - 40), m.start())
    if said is not None and date is not None:
        weekday = next(d for w, d in WEEKDAY_NUMBERS.items() if w in said.group())
        if date.weekday() != weekday:
            # "الأحد 19 من الشهر الحالي" in a Saudi paper: the weekday says the month is the Hijri one.
            hijri = hijri_day_of_month(ref, shift, value)
            if hijri is not None and hijri.weekday() == weekday:
                date = hijri
    items = [DateItem(m.start(), m.end(), date, DAY, relative=True)] if date else []
    return Candidate(m.start(), m.end(), ORDER[kind], items)


def _h_offset(days: int, two: int = 0):
    def handler(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
        if ref is None:
            return None
        shift = two if m.group("two") else days
        s, e = m.start("span"), m.end()
        day = ref + dt.timedelta(days=shift)
        if m.group("two") and kind == "tomorrow" and m.group("wd"):
            day = _stated(day, m.group("wd"))
        return Candidate(s, e, ORDER[kind], [DateItem(s, e, day, DAY, relative=True)])
    return handler


def _stated(day: dt.date, weekday: str) -> dt.date:
    """The weekday written right after "بعد غد" ("بعد غد الأربعاء") wins over the count of days when the two disagree (the
    text wins): the day of that weekday nearest the counted one, three days either side at most. A minister's "after
    tomorrow, Wednesday" a paper ran on the Friday is the Wednesday after, not the Sunday. The other relative days with a
    weekday ("اليوم الأحد", "أمس الأحد", "غدا الأحد") set the article's own day instead (``article_day.stated_weekday``), which
    reads "بعد غد" as no statement of it."""
    return day + dt.timedelta(days=(WEEKDAY_NUMBERS[weekday] - day.weekday() + 3) % 7 - 3)


# "اليوم" that is no day: the newspaper of that name quoted ("لـ«اليوم»", 'قال لـ "اليوم"'), or a rate
# ("4 ملايين برميل في اليوم", "ثلاث مرات في اليوم", "مرتين في اليوم", "ست ساعات عمل في اليوم"): في right before
# it and, within the five words before that, a number or a word that counts (a unit, مرة/مرتين، وجبة، حالة …).
_TODAY_QUOTED = re.compile(r"[«»\"“”']\s*$")
_RATE_WORDS = frozenset(TIME_UNITS + MEASURE_UNITS + ("مره", "مرات", "مرتين", "مرتان", "وجبه", "وجبات", "وجبتين", "جرعه",
                                                      "جرعات", "جرعتين", "زاير", "مسافر", "حاله", "حالات", "الف", "الاف",
                                                      "مليون", "ملايين", "مليار", "نسمه", "شخص", "اشخاص", "كيلو"))
_BEFORE_FI = re.compile(r"(?<!\w)في\s*$")
RATE_WORDS = 5  # "2.4 مليون متر مكعب مياه في اليوم": the count five words before في
_HALF = re.compile(r"(?<!\w)و?نصف\s*$")  # "ثلاثة أيام ونصف اليوم": half a day, a duration


def _rate(before: str) -> bool:
    """"… في" ends ``before`` (the folded text before "اليوم") and a count stands in the five words before it."""
    m = _BEFORE_FI.search(before)
    if m is None:
        return False
    words = before[:m.start()].split()[-RATE_WORDS:]
    return any(any(c.isdigit() for c in w) or w.lstrip("وفبل") in _RATE_WORDS or w in _RATE_WORDS for w in words)


def _h_today(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if ref is None:
        return None
    s, e = m.start("span"), m.end()
    before = ctx.folded[max(0, s - 48):s]
    if _TODAY_QUOTED.search(before) or _rate(before) or _HALF.search(before):
        return None
    return Candidate(s, e, ORDER[kind], [DateItem(s, e, ref, DAY, relative=True)])


def _comma_bounded(folded: str, start: int, end: int) -> bool:
    before = folded[max(0, start - 8):start].rstrip()
    after = folded[end:end + 8].lstrip()
    return before.endswith(("،", ",")) and after.startswith(("،", ","))


def _h_weekday(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if ref is None:
        return None
    wd = WEEKDAY_NUMBERS[m.group("wd")]
    q = m.group("q")
    if q in PAST or m.group("before_last"):
        delta = -(((ref.weekday() - wd - 1) % 7) + 1) - (7 if m.group("before_last") else 0)
    elif q in FUTURE:
        delta = ((wd - ref.weekday() - 1) % 7) + 1
    elif m.group("pre") or _comma_bounded(ctx.folded, m.start("wd"), m.end("wd")):
        delta = -((ref.weekday() - wd) % 7)
    else:
        return None  # a bare weekday ("صلاة الجمعة") is not a date
    s, e = m.span("span")
    return Candidate(s, e, ORDER[kind], [DateItem(s, e, ref + dt.timedelta(days=delta), DAY, relative=True)])


def _h_relperiod(m: re.Match, ref, kind: str, ctx: MatchContext) -> Candidate | None:
    if ref is None:
        return None
    shift = {"past": -1, "future": 1}.get(_qual_mode(m.group("q")), 0)
    s, e = m.span("span")
    if m.group("unit") == "شهر":
        item = DateItem(s, e, shift_month(ref, shift), MONTH, relative=True)
    else:
        item = DateItem(s, e, dt.date(ref.year + shift, 1, 1), YEAR, relative=True)
    return Candidate(s, e, ORDER[kind], [item])


HANDLERS = {
    "iso": _h_numeric, "dmy": _h_numeric, "daymonth": _h_daymonth, "english": _h_english,
    "monthyear": _h_monthyear, "hijri_day": _h_hijri_day, "hijri_month": _h_hijri_month,
    "hijri_year": _h_hijri_year, "year": _h_year, "between": _h_between, "bareyear": _h_bareyear,
    "strongyear": _h_bareyear, "fromyear": _h_between,
    "day_of_relmonth": _h_day_of_relmonth, "yesterday": _h_offset(-1, -2), "today": _h_today,
    "tomorrow": _h_offset(1, 2), "weekday": _h_weekday, "relperiod": _h_relperiod,
}
