"""A day a generated answer gives as an offset from a day it gave before: "… فجر الأحد 8 ديسمبر 2024. وكان الرئيس قد
غادر البلاد قبل ذلك بأسبوع" says 1 December 2024, "وفي اليوم التالي" the day after, "قبل ذلك بتسع سنوات" a year.

The claim checker reads one sentence at a time, so such a sentence holds no date for it: the offset's words are
stopwords and a number, and a source telling the departure on the 8th supported the departure "a week before".
:func:`read_offsets` writes the date the offset names into the text the checker reads (the reader still sees the
answer's own words), counting from the last date the answer gave (the nearest earlier date of the same sentence,
else of an earlier sentence). An offset with no day to count from is :attr:`Reading.unresolved`: the guard then
calls the sentence supported only by a source stating the same offset (:func:`states_offset`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..arabic import get_analyzer, normalize, without_conjunction
from ..dates import find_dates
from ..numbers import find_numbers
from ..present import MONTHS

_ANCHORS = frozenset(normalize(w) for w in lexicon.OFFSET_ANCHORS)
_UNITS = {normalize(w): unit for w, unit in lexicon.OFFSET_UNITS.items()}
_PLURALS = frozenset(normalize(w) for w in lexicon.OFFSET_PLURALS)  # a unit counted by a number only ("بثلاثة أيام")
_APPROX = frozenset(normalize(w) for w in lexicon.APPROXIMATORS)
_ONE = frozenset(normalize(w) for w in ("واحد", "واحدا", "واحدة"))
_SIGNS = {normalize("بعد"): 1, normalize("قبل"): -1}
_RELATIVE = frozenset(normalize(w) for w in lexicon.RELATIVE_TIME)
_DAY_PARTS = frozenset(normalize(w) for w in lexicon.DAY_PARTS)
_DAY_PHRASES = [(tuple(normalize(p).split()), sign) for phrases, sign in
                ((lexicon.NEXT_DAY, 1), (lexicon.PREVIOUS_DAY, -1), (lexicon.SAME_DAY, 0)) for p in phrases]


@dataclass(frozen=True)
class Offset:
    start: int  # the phrase in the text ("بعد ذلك بيومين"; a conjunction glued to it stays outside)
    end: int
    sign: int  # 1 after, -1 before, 0 the same day
    unit: str  # "day" | "month" | "year"
    amount: int
    anchored: bool  # counted from the day given before ("ذلك"), not from an event the phrase names
    approx: bool  # "بعد ذلك بنحو أسبوع": no date to write
    event: str = ""  # the stem of the event a phrase counts from ("قبل الانفجار بسبع سنوات": انفجار), if it names one


@dataclass(frozen=True)
class Date:
    day: dt.date
    precision: str  # "day" | "month" | "year"


@dataclass
class Reading:
    text: str  # the sentence with each offset it could count replaced by the date it names
    anchor: Date | None  # the date a later sentence's offset counts from
    unresolved: list[Offset]  # offsets from a day the answer does not give


def find_offsets(text: str) -> list[Offset]:
    """The offsets of ``text``: "(و)بعد / قبل ذلك ب(نحو) N <unit>", "بعد N <unit> (من ذلك)", and the phrases of the next,
    the previous or the same day ("في اليوم التالي", "في اليوم نفسه")."""
    toks = get_analyzer().tokens(text)
    norms = [t.norm for t in toks]
    numbers = {n.start: n for n in find_numbers(text)}
    out: list[Offset] = []
    for i, tok in enumerate(toks):
        sign = _SIGNS.get(without_conjunction(tok.norm))
        if sign is None:
            continue
        start = tok.start + (len(tok.norm) - len(without_conjunction(tok.norm)))
        j, anchored, event = i + 1, False, ""
        if j < len(toks) and norms[j] in _ANCHORS:
            j, anchored = j + 1, True
        elif j + 1 < len(toks) and not toks[j].stop and norms[j + 1].startswith("ب") and \
                (norms[j + 1][1:] in _UNITS or norms[j + 1][1:] in _APPROX or toks[j + 1].start in numbers):
            # "قبل الانفجار بسبع سنوات": counted from the event the phrase names
            event, j = toks[j].stem, j + 1
        if j >= len(toks):
            continue
        word = norms[j]
        if anchored or event:  # "قبل ذلك بأسبوع": the measure takes ب
            if not word.startswith("ب"):
                continue
            word = word[1:]
        approx = word in _APPROX
        if approx:
            j += 1
            if j >= len(toks):
                continue
            word = norms[j]
        number = numbers.get(toks[j].start)
        if number is not None and float(number.value).is_integer():
            k = next((k for k in range(j + 1, len(toks)) if toks[k].start >= number.end), None)
            if k is None or norms[k] not in _UNITS:
                continue
            unit, per = _UNITS[norms[k]]
            amount = int(number.value) * per
        elif word in _UNITS and word not in _PLURALS:
            k = j
            unit, amount = _UNITS[word]
            if k + 1 < len(toks) and norms[k + 1] in _ONE:  # "بيوم واحد"
                k += 1
        else:
            continue
        # "بعد ستة أيام من ذلك اليوم": counted from the day given before, too
        if not anchored and not event and k + 2 < len(toks) and norms[k + 1] == "من":
            if norms[k + 2] in _ANCHORS:
                k += 2
                anchored = True
                if k + 1 < len(toks) and norms[k + 1] == normalize("اليوم"):
                    k += 1
            elif not toks[k + 2].stop:  # "بعد ستة أيام من الانفجار": from the event it names
                k += 2
                event = toks[k].stem
        out.append(Offset(start, toks[k].end, sign, unit, amount, anchored, approx, event))
    taken = [(o.start, o.end) for o in out]
    for i in range(len(toks)):
        for words, sign in _DAY_PHRASES:
            if tuple(norms[i:i + len(words)]) != words:
                continue
            start, end = toks[i].start, toks[i + len(words) - 1].end
            if any(s < end and start < e for s, e in taken):
                continue
            before = [without_conjunction(n) for n in norms[max(0, i - 3):i]]
            if sign == 0 and any(n in _SIGNS for n in before):
                continue  # "بعد ستة أيام من ذلك اليوم" is read above
            # "في اليوم التالي للزلزال": the day after the event it names, not after the day given before ("… التالي
            # لذلك" still counts from that day)
            after = norms[i + len(words)] if i + len(words) < len(toks) else ""
            named = sign != 0 and after[:1] == "ل" and len(after) > 3 and after[1:] not in _ANCHORS
            if named:
                end = toks[i + len(words)].end
            out.append(Offset(start, end, sign, "day", 1 if sign else 0, not named, False,
                              toks[i + len(words)].stem if named else ""))
    return sorted(out, key=lambda o: o.start)


def _dates(text: str) -> list[tuple[int, Date]]:
    return [(d.start, Date(d.date, d.precision)) for d in find_dates(text) if d.precision in ("day", "month", "year")]


def _shift(anchor: Date, o: Offset) -> Date | None:
    rank = {"year": 0, "month": 1, "day": 2}
    if rank[anchor.precision] < rank[o.unit]:
        return None  # a day counted from a year names no day
    d = anchor.day
    if o.unit == "day":
        return Date(d + dt.timedelta(days=o.sign * o.amount), "day")
    if o.unit == "month":
        months = d.year * 12 + d.month - 1 + o.sign * o.amount
        return Date(dt.date(months // 12, months % 12 + 1, 1), "month")
    return Date(dt.date(d.year + o.sign * o.amount, 1, 1), "year")


def written(date: Date) -> str:
    """A date as the dates module reads it back, at its precision."""
    d = date.day
    if date.precision == "day":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if date.precision == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    return f"عام {d.year}"


def _in_place(text: str, o: Offset, date: Date) -> str:
    """The date ``o`` names, written where the phrase stood: after "في" or a part of the day as it is ("وفي اليوم
    التالي", "مساء اليوم نفسه"), else with "في" before it; after a part of the day with its weekday too ("فجر الأحد 8
    ديسمبر 2024", which the dates module reads as one date: "فجر 8 ديسمبر" leaves "فجر" a word of its own)."""
    before = normalize(text[:o.start].split()[-1]).removeprefix("و") if text[:o.start].split() else ""
    if before in _DAY_PARTS and date.precision == "day":
        return f"{lexicon.WEEKDAYS[date.day.weekday()]} {written(date)}"
    return ("" if before == "في" or before in _DAY_PARTS or o.sign == 0 and before else "في ") + written(date)


def event_day(event: str, earlier: Sequence[str]) -> Date | None:
    """The day an answer gave to the event of ``event`` (a stem): the one date of its latest earlier sentence that
    names the event outside a phrase of time ("ووقع الانفجار مساء الرابع من أغسطس 2020" for "قبل الانفجار بسبع
    سنوات"). None when that sentence gives two dates or counts a day itself (whose date is it?), or none names it."""
    for text in reversed(earlier):
        toks = get_analyzer().tokens(text)
        named = [i for i, t in enumerate(toks) if t.stem == event and
                 not any(without_conjunction(u.norm) in _RELATIVE for u in toks[max(0, i - 2):i])]
        if not named:
            continue
        dates = {(d.day, d.precision): d for _, d in _dates(text)}
        if len(dates) != 1 or find_offsets(text):
            return None
        return next(iter(dates.values()))
    return None


def read_offsets(text: str, anchor: Date | None, earlier: Sequence[str] = ()) -> Reading:
    """``text`` with each offset counted from the date before it (``anchor``: the last date of the answer's earlier
    sentences); the date the next sentence counts from: this one's only date when it gives one date, the
    anchor when it gives none, nothing when it gives two (which one "ذلك" means is unknown). With ``earlier`` (the
    answer's earlier sentences), an offset from an event the phrase names ("قبل الانفجار بسبع سنوات", "في اليوم
    التالي للزلزال") counts from the day they gave that event (:func:`event_day`); without, it is left as written."""
    offsets = find_offsets(text)
    given = _dates(text)
    pieces, last, unresolved = [], 0, []
    for o in offsets:
        if o.event and earlier and not o.anchored:
            event = event_day(o.event, earlier)
            date = _shift(event, o) if event is not None and not o.approx else None
            if date is not None:
                pieces += [text[last:o.start], _in_place(text, o, date)]
                last = o.end
            continue
        if not o.anchored:
            continue
        earlier_dates = [d for start, d in given if start < o.start]
        base = earlier_dates[-1] if earlier_dates else anchor
        date = _shift(base, o) if base is not None and not o.approx else None
        if date is None:
            if not o.approx:
                unresolved.append(o)
            continue
        pieces += [text[last:o.start], _in_place(text, o, date)]
        last = o.end
    reading = "".join(pieces) + text[last:]
    dates = {(d.day, d.precision): d for _, d in _dates(reading)}
    if len(dates) > 1:
        return Reading(reading, None, unresolved)
    return Reading(reading, next(iter(dates.values()), anchor), unresolved)


def _days(o: Offset) -> tuple[str, int]:
    return o.unit, o.sign * o.amount


def states_offset(evidence: str, offset: Offset) -> bool:
    """The evidence tells the same offset ("بعد ستة أيام من الكارثة" for "وبعد ذلك بستة أيام")."""
    return any(_days(o) == _days(offset) for o in find_offsets(evidence))
