"""Numbers in Arabic text: digits of any script and number words, with scale words and percentages.

``find_numbers("63 ألف")`` → one mention of 63000 with its offsets. Years stay plain numbers
(dates are :mod:`akhbar.dates`' job).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from . import lexicon
from .arabic import STOPWORDS, TOKEN_RE, canonical_number, normalize, strip_marks

# Some Gulf papers (SPA style) write a decimal as fraction ر integer in logical order: "3ر5" is 5.3,
# "83ر51 دولار" is 51.83 (checked against oil prices and vote shares of July 2015 in SaudiNewsNet).
# Dedup folds them before fingerprinting; find_numbers reads them as the one number they are.
R_DECIMAL = re.compile(r"(?<![\d.,])(\d+)ر(\d+)(?![\d.,])")
R_DECIMAL_NEEDS = re.compile(r"\dر\d")  # (the look-behind above is slow to try everywhere: look for this first)


def _with_r_decimals(text: str, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with each "3ر5" (three tokens: "3", "ر", "5") made one token of its value, "5.3", over its span."""
    if not R_DECIMAL_NEEDS.search(text):
        return toks
    spans = {m.start(): m for m in R_DECIMAL.finditer(text)}
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(toks):
        m = spans.get(toks[k][1])
        if m is not None and k + 2 < len(toks) and toks[k + 2][2] == m.end():
            out.append((f"{m.group(2)}.{m.group(1)}", m.start(), m.end()))
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


@dataclass(frozen=True)
class NumberMention:
    text: str
    start: int
    end: int
    value: float | int
    percent: bool


# Folded number words → (kind, value). Kinds: unit 1-10, ten 20-90, hundred 100-900,
# scale ×1000…, dual (ألفين = 2000, a complete number), plural (آلاف: only after a count).
_UNITS = {
    # ("واحدا": the accusative of "دام واحداً وستين عاماً", read as 60 with "واحداً" a word of its own)
    "واحد": 1, "واحده": 1, "واحدا": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2,
    "اثني": 2, "اثنتي": 2,  # the accusative / genitive of twelve: "نحو اثني عشر في المئة"
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
    # (the accusative before "و" and a ten: "سجلت خمساً وأربعين حالة" was read as 40, and a true claim contradicted by
    # its own count; round 34)
    "ثلاثا": 3, "اربعا": 4, "خمسا": 5, "سبعا": 7, "ثمانيا": 8, "تسعا": 9,  # (not "ستا": "وستا هلن" is a name)
}
# "أحد"/"إحدى" are "one" only in 11 ("أحد عشر") and before "و" and a ten ("إحدى وعشرين سنة"); alone they mean
# "someone"/"Sunday".
_TEEN_ONLY = {"احد": 1, "احدي": 1}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "ميه": 100, "مايه": 100,
             "مئتان": 200, "مئتين": 200, "مئتي": 200, "مائتان": 200, "مائتين": 200, "مائتي": 200,
             "مئتا": 200, "مائتا": 200}  # (the nominative in construct: "حضر ألف ومئتا شخص", no number before)
for _n, _stem in ((3, "ثلاث"), (4, "اربع"), (5, "خمس"), (6, "ست"), (7, "سبع"), (8, "ثمان"), (8, "ثماني"), (9, "تسع")):
    for _h in ("مئه", "مائه"):
        _HUNDREDS[_stem + _h] = _n * 100
_SCALES = {"الف": 10**3, "الفا": 10**3, "مليون": 10**6, "مليونا": 10**6, "مليار": 10**9, "مليارا": 10**9,
           "بليون": 10**9, "تريليون": 10**12, "ترليون": 10**12}
_PLURAL_SCALES = {"الاف": 10**3, "ملايين": 10**6, "مليارات": 10**9, "بلايين": 10**9, "تريليونات": 10**12}
_DUAL_SCALES = {"الفين": 2 * 10**3, "الفان": 2 * 10**3, "الفي": 2 * 10**3,
                "مليونين": 2 * 10**6, "مليونان": 2 * 10**6, "مليوني": 2 * 10**6,
                "مليارين": 2 * 10**9, "ملياران": 2 * 10**9, "ملياري": 2 * 10**9}
# "ونصف" after a unit or a ten adds a half ("واحداً ونصفاً في المئة" = 1.5 في المئة); alone, or after a scale ("مليون
# ونصف"), it is no part of the number.
_HALVES = {"نصف": 0.5, "نصفا": 0.5}
_PERCENT_WORDS = {"بالمئة", "بالمائة", "بالمية", "بالماية"}
_PERCENT_AFTER_FI = {"المئة", "المائة", "المية", "الماية"}


def _folded_keys(table: dict[str, int]) -> dict[str, int]:
    # Written as people spell them (مئة, ألف); looked up by folded token (ميه, الف).
    return {normalize(k): v for k, v in table.items()}


_UNITS, _TEEN_ONLY, _TENS, _HUNDREDS, _SCALES, _PLURAL_SCALES, _DUAL_SCALES = (
    _folded_keys(t) for t in (_UNITS, _TEEN_ONLY, _TENS, _HUNDREDS, _SCALES, _PLURAL_SCALES, _DUAL_SCALES))
_HALVES = {normalize(k): v for k, v in _HALVES.items()}
_PERCENT_WORDS = {normalize(w) for w in _PERCENT_WORDS}
_PERCENT_AFTER_FI = {normalize(w) for w in _PERCENT_AFTER_FI}
_PERCENT_SIGN_AFTER_RE = re.compile(r"\s?[%\u066A]")


@dataclass
class _Piece:
    kind: str  # "num", "unit", "teen1", "ten", "hundred", "scale", "plural", "dual", "waw", "half"
    value: Decimal
    waw: bool  # joined to the previous piece by "و"
    start: int
    end: int


def _word_piece(norm: str) -> tuple[str, int] | None:
    for table, kind in ((_UNITS, "unit"), (_TENS, "ten"), (_HUNDREDS, "hundred"), (_SCALES, "scale"),
                        (_PLURAL_SCALES, "plural"), (_DUAL_SCALES, "dual"), (_TEEN_ONLY, "teen1")):
        v = table.get(norm)
        if v is not None:
            return kind, v
    return None


def scale_of(text: str) -> int | None:
    """The scale word a number is written with, as its power of ten's value ("30 مليارا", "وعشرة مليارات": 10**9;
    "مليوني": 10**6), or None: amounts of one scale in one sentence are told as one series even where one is read with
    a counted noun and another without ("40 مليار دولار، 30 مليارا منها …")."""
    words = text.split()
    if not words:
        return None
    last = normalize(words[-1])
    last = last[1:] if last[:1] == "و" and len(words) == 1 else last
    for table in (_SCALES, _PLURAL_SCALES):
        if last in table:
            return table[last]
    return _DUAL_SCALES[last] // 2 if last in _DUAL_SCALES else None


def _half_piece(norm: str) -> bool:
    """"ونصف" / "ونصفاً": a half joined by "و" (only ever a part of the number before it)."""
    return norm[:1] == "و" and norm[1:] in _HALVES




# Whole words that are no clitic on a number ("لست" is "I am not"; "بست سنوات" is "by six years").
_NOT_GLUED = frozenset(normalize(w) for w in lexicon.NOT_GLUED_NUMBERS)


@lru_cache(maxsize=65536)
def _piece_of(raw: str) -> tuple[str, Decimal, bool] | None:
    """(kind, value, joined by و) for a number-like token, None for any other token."""
    norm = normalize(raw)
    if not norm:
        return None
    if norm[0].isdigit():
        canonical = canonical_number(norm)
        if canonical is None or len(canonical) > 30:  # an id or a list, not a quantity
            return None
        try:
            return "num", Decimal(canonical), False
        except InvalidOperation:  # a digit of another script that Decimal does not read
            return None
    if norm == "و":
        return "waw", Decimal(0), False
    if _half_piece(norm):
        return "half", Decimal("0.5"), True
    # "وأحد" ("and one of") folds to "واحد" ("one"): the hamza says it is و + أحد.
    found = None if strip_marks(raw)[:2] in ("وأ", "وإ") else _word_piece(norm)
    waw = False
    if found is None and len(norm) > 2 and norm[0] in "وبل" and norm not in _NOT_GLUED:
        # "وعشرون", "بخمسة", "لثلاثة": a proclitic glued to the number word.
        found = _word_piece(norm[1:])
        waw = norm[0] == "و"
    if found is None:
        return None
    return found[0], Decimal(found[1]), waw


class _NumberBuilder:
    """Accumulates one number from pieces: units, "عشر" after a unit, tens after "و",
    hundreds, and scale words that multiply what came before ("63 ألف", "ثلاثة ملايين")."""

    def __init__(self, first: _Piece):
        self.total = Decimal(0)  # completed scale groups
        self.group = Decimal(0)  # value below the current scale
        self.last_scale: Decimal | None = None
        self.rounded = False  # a decimal count times a scale ("9.4 مليار"): a figure, not a compound
        self.last_kind = ""
        self.top_scale: Decimal | None = None  # the largest scale word read ("ألفين" as ألف)
        self.start = first.start
        self.end = first.end
        self._add(first)

    @staticmethod
    def can_start(p: _Piece, nxt: _Piece | None) -> bool:
        if p.kind in ("waw", "plural", "half"):
            return False
        if p.kind == "teen1":
            return nxt is not None and ((nxt.kind == "unit" and nxt.value == 10 and not nxt.waw)
                                        or (nxt.kind == "ten" and nxt.waw))
        return True

    def _add(self, p: _Piece) -> None:
        if p.kind in ("scale", "plural"):
            self.rounded = self.rounded or self.group != self.group.to_integral_value()
            self.total += (self.group or Decimal(1)) * p.value
            self.group = Decimal(0)
            self.last_scale = p.value
            self.top_scale = max(self.top_scale or Decimal(0), Decimal(p.value))
        elif p.kind == "hundred" and p.value == 100 and self.last_kind == "unit" and self.group < 10:
            self.group *= 100  # "ثلاث مئة"
        elif p.kind == "dual":
            self.group += p.value
            self.top_scale = max(self.top_scale or Decimal(0), Decimal(p.value) / 2)
        else:
            self.group += p.value
        self.last_kind = p.kind
        self.end = p.end

    def accepts(self, p: _Piece) -> bool:
        """Whether ``p`` continues this number rather than starting another one."""
        if p.kind in ("waw", "teen1"):
            return False
        if p.kind == "half":
            return self.last_kind in ("unit", "ten") and self.last_scale is None
        if p.kind in ("scale", "plural"):
            # Multiplies the count before it; not "مليون ألف" nor a second scale at once.
            return not p.waw and self.group > 0 and self.last_kind not in ("scale", "plural", "dual") \
                and (self.last_scale is None or p.value < self.last_scale)
        if not p.waw:
            if p.kind == "unit" and p.value == 10:
                return self.last_kind in ("unit", "teen1") and self.group < 10  # "ثلاثة عشر"
            return p.kind == "hundred" and p.value == 100 and self.last_kind == "unit" and self.group < 10
        # Joined by "و": a smaller part of the same number ("مئة وخمسون", "مليون و500 ألف"),
        # or tens after units ("خمسة وعشرون"). "3 و4" are two numbers.
        if self.last_kind in ("scale", "plural", "dual"):
            # Not after or before a decimal count: "9.4 مليار و40 مشروعا", "مليون و2.5 مليار" are lists.
            return not self.rounded and p.value == p.value.to_integral_value()
        if p.kind == "num" or self.last_kind == "num":
            return False
        if p.kind == "ten":
            return self.last_kind in ("unit", "hundred", "teen1") and self.group % 100 < 10
        if p.kind == "unit":
            return self.last_kind == "hundred" and self.group % 100 == 0
        return False

    def add(self, p: _Piece) -> None:
        self._add(p)

    @property
    def value(self) -> Decimal:
        return self.total + self.group


def _plain(value: Decimal) -> float | int:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _percent_after(text: str, toks: list[tuple[str, int, int]], j: int, end: int) -> int | None:
    """End offset of a percent marker right after a number ending at ``end`` (``toks[j]`` is
    the next token): "25%", "25 ٪", "25 في المئة", "25 بالمئة"."""
    m = _PERCENT_SIGN_AFTER_RE.match(text, end)
    if m:
        return m.end()
    if j < len(toks):
        first = normalize(toks[j][0])
        if first in _PERCENT_WORDS:
            return toks[j][2]
        if first == "في" and j + 1 < len(toks) and normalize(toks[j + 1][0]) in _PERCENT_AFTER_FI:
            return toks[j + 1][2]
    return None


# A count of three to ten with the article after its noun ("الأسابيع الستة", "الدول الخمس"): the same count as
# "6 أسابيع". Not "الست" ("the lady"), not الاثنين (Monday), nor tens ("القرن العشرين" is the twentieth).
_DEFINITE_UNITS = {"ال" + k: v for k, v in _UNITS.items() if v >= 3 and k != "ست"}


def _definite_piece(raw: str) -> tuple[str, Decimal, bool] | None:
    norm = normalize(raw)
    norm = norm[1:] if norm.startswith("وال") else norm
    v = _DEFINITE_UNITS.get(norm)
    return None if v is None else ("unit", Decimal(v), False)


# A scale word ending in alif that begins a number and governs the noun after it is a dual in construct
# ("مليارا دولار", "مليونا نسمة", "ألفا جندي": the dual's ن falls before its noun); the accusative singular
# ("أنفق مليارًا", "عشرين ألفا", "مليونا من الدولارات", "مليونا لبناء …") takes no noun after it.
_CONSTRUCT_DUALS = frozenset(normalize(w) for w in ("مليارا", "مليونا", "ألفا", "بليونا", "تريليونا"))


def _dual_construct(toks: list[tuple[str, int, int]], i: int) -> bool:
    raw = toks[i][0]
    if normalize(raw) not in _CONSTRUCT_DUALS or "\u064b" in raw or i + 1 >= len(toks):
        return False
    nxt, gap = toks[i + 1], toks[i][2]
    after = normalize(nxt[0])
    return (nxt[1] - gap <= 1 and after.isalpha() and len(after) >= 3 and after not in STOPWORDS
            and not after.startswith(("ال", "وال", "بال", "لل", "و", "ل")) and _piece_of(nxt[0]) is None)


def _run(pieces: list[_Piece | None], i: int) -> tuple[_NumberBuilder, int]:
    """The number starting at ``pieces[i]`` and the index after it."""
    p = pieces[i]
    assert p is not None
    b = _NumberBuilder(p)
    j, n = i + 1, len(pieces)
    while j < n:
        q = pieces[j]
        if q is None:
            break
        r = pieces[j + 1] if j + 1 < n else None
        at = j
        if q.kind == "waw":
            if r is None:
                break
            q, at = _Piece(r.kind, r.value, True, r.start, r.end), j + 1  # "خمسة و عشرون": joins like a glued و
        if not b.accepts(q) or (q.waw and _second_number(pieces, at, q, b)):
            break
        b.add(q)
        j = at + 1
    return b, j


def _second_number(pieces: list[_Piece | None], at: int, q: _Piece, b: _NumberBuilder) -> bool:
    """After a scale word, "و" and a count that ends on a scale as large starts a second number: "بين تسعين ألفاً ومئة
    وخمسين ألف دينار" is 90,000 and 150,000 (not 90,150 then 1,000), "ثلاثة آلاف وخمسة آلاف", "مليون ومليوني";
    "مليون و500 ألف" and "تسعون ألفاً ومئة وخمسون" stay one number."""
    if b.top_scale is None or b.last_kind not in ("scale", "plural", "dual"):
        return False
    first = _Piece(q.kind, q.value, False, q.start, q.end)
    if not _NumberBuilder.can_start(first, pieces[at + 1] if at + 1 < len(pieces) else None):
        return False
    nxt, _ = _run(pieces[:at] + [first] + pieces[at + 1:], at)
    return nxt.top_scale is not None and nxt.top_scale >= b.top_scale


def find_numbers(text: str, definite: bool = False) -> list[NumberMention]:
    """Numbers written with digits (any script) or words, with scale words and percentages.

    "63 ألف" → 63000, "ثلاثة ملايين" → 3000000, "9.4 مليار" → 9400000000, "1,250,000" → 1250000,
    "خمسة وعشرون" → 25, "مئتي" → 200, "40 مشروعًا" → 40, "مليارا دولار" → 2000000000 (a dual in construct); "25%", "25 في المئة", "٪25" →
    value 25 with ``percent=True``. Years stay plain numbers (dates are dates.py's job).
    A Gulf paper's decimal is read as written: "5ر45" → 45.5 (:data:`R_DECIMAL`).
    Digit strings that are no quantity ("1,2,3", 40-digit ids) are skipped. With ``definite``, a count with the
    article is one too ("الأسابيع الستة" → 6: the claim checker compares it with "6 أسابيع").
    """
    toks = _with_r_decimals(text, [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)])
    pieces: list[_Piece | None] = []
    for raw, start, end in toks:
        found = _piece_of(raw) or (_definite_piece(raw) if definite else None)
        pieces.append(None if found is None else _Piece(found[0], found[1], found[2], start, end))
    out: list[NumberMention] = []
    i = 0
    n = len(toks)
    while i < n:
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < n else None
        if p is None or not _NumberBuilder.can_start(p, nxt):
            i += 1
            continue
        b, j = _run(pieces, i)
        if j == i + 1 and p.kind == "scale" and _dual_construct(toks, i):
            b.group, b.total = Decimal(0), 2 * p.value  # "مليارا دولار": two billion
        start, end = b.start, b.end
        percent = False
        pct_end = _percent_after(text, toks, j, end)
        if pct_end is not None:
            percent, end = True, pct_end
        elif start > 0 and text[start - 1] in "%\u066A" and (start < 2 or not text[start - 2].isdigit()):
            percent, start = True, start - 1  # "٪25" as typed right-to-left
        out.append(NumberMention(text[start:end], start, end, _plain(b.value), percent))
        i = j
    return out


