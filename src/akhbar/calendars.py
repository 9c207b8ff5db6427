"""Day arithmetic for akhbar.dates: the precisions, Gregorian days and months counted from a
reference day, and the Hijri calendar (Umm al-Qura through ``hijridate``, the arithmetic calendar
outside it)."""

from __future__ import annotations

import datetime as dt
import math

DAY, MONTH, YEAR = "day", "month", "year"


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def shift_month(d: dt.date, k: int) -> dt.date:
    n = d.year * 12 + d.month - 1 + k
    return dt.date(n // 12, n % 12 + 1, 1)


def nearest(ref: dt.date, month: int, day: int, mode: str) -> dt.date | None:
    """Resolve a year-less day/month against ``ref`` (see :mod:`akhbar.dates`)."""
    if mode == "current":
        return safe_date(ref.year, month, day)
    if mode == "future":
        for y in range(ref.year, ref.year + 9):
            d = safe_date(y, month, day)
            if d and d > ref:
                return d
        return None
    for y in range(ref.year, ref.year - 9, -1):
        d = safe_date(y, month, day)
        if d and (d < ref or (d == ref and mode == "")):
            return d
    return None


def nearest_month(ref: dt.date, month: int, mode: str) -> dt.date:
    if mode == "current":
        return dt.date(ref.year, month, 1)
    if mode == "future":
        return dt.date(ref.year + (month <= ref.month), month, 1)
    return dt.date(ref.year - (month >= ref.month if mode == "past" else month > ref.month), month, 1)


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
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


def hijri_day_of_month(ref: dt.date, shift: int, day: int) -> dt.date | None:
    """Day ``day`` of the Hijri month ``shift`` months from the one ``ref`` falls in."""
    try:
        from hijridate import Gregorian
        h = Gregorian(ref.year, ref.month, ref.day).to_hijri()
    except (ValueError, OverflowError, ImportError):
        return None
    year, month = divmod(h.year * 12 + h.month - 1 + shift, 12)
    return hijri_to_gregorian(year, month + 1, day)


def _hijri_of(day: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) of the Hijri calendar for a Gregorian day, or None outside Umm al-Qura's range."""
    try:
        from hijridate import Gregorian
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError, ImportError):
        return None
    return h.year, h.month, h.day


def hijri_year_of(day: dt.date) -> int | None:
    return h[0] if (h := _hijri_of(day)) else None


def hijri_month_of(day: dt.date) -> int | None:
    return h[1] if (h := _hijri_of(day)) else None


def hijri_day_of(day: dt.date) -> int | None:
    return h[2] if (h := _hijri_of(day)) else None


def hijri_gregorian_year(y: int) -> int | None:
    """The Gregorian year holding most of Hijri year ``y`` (the one its middle falls in): the Hajj season
    "لعام 1436هـ" is in 2015, though 1436 began in October 2014."""
    middle = hijri_to_gregorian(y, 7, 1)
    return middle.year if middle else None
