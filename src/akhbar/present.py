"""How akhbar writes metadata for people: the Arabic words for what is unknown, dates in Arabic,
counts with the right plural, and the one citation line that the terminal and the page copy.

Machine output (JSON) never uses these words: an unknown value is ``null`` there.
"""

from __future__ import annotations

UNKNOWN_SOURCE = "مصدر غير معروف"
NO_DATE = "بلا تاريخ"
NO_TITLE = "بلا عنوان"

# Display names (the dates module reads every spelling; this is the one it writes).
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
                "شوال", "ذو القعدة", "ذو الحجة")


def month_name(month: int) -> str:
    """A month's name to show: 1-12 Gregorian, 13-24 Hijri (values.HIJRI_MONTH_SHIFT, a year-less Hijri day)."""
    return (MONTHS + HIJRI_MONTHS)[month - 1]


def source_name(source: str | None) -> str:
    return source or UNKNOWN_SOURCE


def title_text(title: str | None) -> str:
    return title or f"({NO_TITLE})"


def show_date(iso: str | None) -> str:
    """"2023-05-10" → "10 مايو 2023", "2023-05" → "مايو 2023", "2023" → "2023", None → "بلا تاريخ"."""
    if not iso:
        return NO_DATE
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return iso


def count_phrase(n: int, one: str, two: str, few: str, many: str) -> str:
    """An Arabic count with the noun in agreement: 1 → "نتيجة واحدة", 2 → "نتيجتان",
    3–10 → "5 نتائج" (plural), 11 and more → "11 نتيجة" (singular); 103–110 take the plural again.
    ``one`` is the whole phrase for 1 ("نتيجة واحدة"), ``two`` the dual, ``few`` the plural,
    ``many`` the singular used after 11+."""
    if n == 1:
        return one
    if n == 2:
        return two
    return f"{n:,} {few if 3 <= n % 100 <= 10 else many}"


def citation(quote: str, source: str | None, title: str | None, published: str | None,
             url: str | None) -> str:
    """«quote» — source، title، date، url: what a journalist pastes under a quote. An unknown
    source or date is said in words; a missing title or URL is left out."""
    parts = [source_name(source)] + ([title] if title else []) + [show_date(published)] + ([url] if url else [])
    return f"«{' '.join(quote.split())}» — {'، '.join(parts)}"
