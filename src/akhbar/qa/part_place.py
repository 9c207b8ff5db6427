"""A count asked of one place that a sentence gives only for several places together ("كم طفلاً تستهدف الحملة في عدن؟"
against "تستهدف الحملة 620 ألف طفل في محافظات عدن ولحج وأبين"): the whole's count is no count of its part.

News gives a campaign's or a storm's total over a list of places, and a part of it for one of them in a clause of its own
("…، منها 210 آلاف طفل في محافظة لحج"). Every word of the question is in the sentence, so the total was shown for any one
of the places (the lead's round-32 probe: "كم طفلاً تستهدف الحملة في عدن؟" got the three governorates' total). A count
whose clause names the place asked only as one item of a list (after a plural head, "محافظات عدن", or joined to another
place by و) is the whole's: the count of a clause naming that place alone answers, and none when no clause does.

A count whose clause names no place at all is read against the article when the article names the place asked only as
one item of a list (round 34): a clause of the sentence naming it alone after a town's head gives its count ("وتستهدف
الحملة نحو 620 ألف طفل …، منهم 210 آلاف طفل في محافظة لحج وحدها" answers لحج with 210 thousand); a sentence never naming
it, in an article naming it only as one item of a list ("في ثلاث محافظات هي عدن ولحج وأبين"), counts the whole ("إن 1200
عامل صحي يشاركون في الحملة" is no count for أبين).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from .. import lexicon
from ..arabic import Analyzer, normalize
from ..date_words import GMONTH_FIND
from ..dates import find_dates
from ..numbers import find_numbers
from .evidence import Sentence, ShortAnswer
from .match import bare, fold_words

# The place a count is asked in, or sent to ("… نقلت إلى مستودع الجيزة؟").
_TO = frozenset(normalize(w) for w in ("إلى", "الى"))
_IN = frozenset({normalize("في"), *_TO})
_ANY_DAY = dt.date(2000, 1, 1)
# A town's head before the place asked ("في محافظة الكرك"): the name is the word after it.
_HEADS = frozenset(bare(w) for w in fold_words(set(lexicon.TOWN_HEADS) | {"منطقة", "لواء"}))
# Plural heads a list of places follows ("في محافظات عدن ولحج وأبين").
_PLURALS = frozenset(bare(w) for w in fold_words(set(lexicon.PLACES_IN_GENERAL)))
# The pronoun a list may stand after its plural head by ("في ثلاث محافظات هي عدن ولحج وأبين").
_THEY = frozenset(normalize(w) for w in ("هي", "هما", "وهي", "وهما"))
# A part taken of a count told before ("إن 23 شخصاً لقوا حتفهم، منهم 11 في ولاية كسلا"): the number after it counts the
# whole's noun, which it does not repeat.
_OF_THEM = frozenset(normalize(w) for p in lexicon.PARTITIVES for w in (p, "و" + p))


def asked_part_place(question: str, analyzer: Analyzer) -> tuple[str, str, bool] | None:
    """(folded word, stem, whether "إلى" sends it there) of the place a how-many question puts its count in or sends it
    to: the word after its last "في" or "إلى", past a town's head ("في محافظة الكرك" → الكرك); None when it names none
    there."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    # (not a time: "… إلى مستودع الموقر في مارس؟" sends it to the depot)
    times = [(d.start, d.end) for d in find_dates(question, _ANY_DAY)]
    at = max((k for k, t in enumerate(toks) if t.norm in _IN and k + 1 < len(toks)
              and not any(a <= toks[k + 1].start < b for a, b in times) and not GMONTH_FIND.fullmatch(toks[k + 1].norm)),
             default=-1)
    if at < 0:
        return None
    k = at + 1
    if k + 2 < len(toks) and bare(toks[k].norm) not in _HEADS and bare(toks[k + 1].norm) in _HEADS \
            and not toks[k].norm.startswith("ال"):
        k += 1  # the event's noun before the town's head ("في حرائق ولاية بجاية" → بجاية; held out 22, round 36)
    if k < len(toks) and bare(toks[k].norm) in _HEADS:
        k += 1
    if k + 1 < len(toks) and not toks[k].norm.startswith("ال") and toks[k + 1].norm.startswith("ال") \
            and not toks[k + 1].stop:
        k += 1  # a place named in construct after a head of its own ("إلى مستودع الجيزة", "صوامع العقبة")
    if k >= len(toks) or toks[k].stop or not toks[k].stem or any(c.isdigit() for c in toks[k].norm):
        return None
    if k + 1 < len(toks) and any(c.isdigit() for c in toks[k + 1].norm):
        return None  # "في عام 2022": a year, told apart by qa.how_many
    return toks[k].norm, toks[k].stem, toks[at].norm in _TO


def _is(sent: Sentence, k: int, place: tuple[str, str, bool]) -> bool:
    norm = sent.norms[k]
    word = norm[1:] if norm.startswith("و") and len(norm) > 3 else norm
    return bare(word) == bare(place[0]) or word == place[0]


def _listed_in(norms: list[str], k: int, breaks: AbstractSet[int] = frozenset()) -> bool:
    """The word at ``k`` is one item of a list after a plural head: "محافظات عدن ولحج وأبين" (the head, "هي" allowed
    after it, a nisba adjective before that, then items each glued to "و" but the first). A list with no such head
    ("في عدن ولحج") is left alone: a cup, a team or a year is joined by "و" as often ("في كأس العالم وكوبا أمريكا").
    ``breaks``: the positions a clause opens at."""
    j = k
    while j > 0 and norms[j].startswith("و") and j not in breaks:
        j -= 1
    items = k - j + 1 + (1 if k + 1 < len(norms) and norms[k + 1].startswith("و") else 0)
    if j > 1 and j not in breaks and norms[j - 1] in _THEY:
        j -= 1
        if j > 1 and norms[j - 1].endswith(("يه", "يين")) and bare(norms[j - 2]) in _PLURALS:
            j -= 1  # "في ثلاث مدن سورية هي حمص وحماة وإدلب": a nisba adjective of the head before "هي"
    return j > 0 and j not in breaks and bare(norms[j - 1]) in _PLURALS and items > 1


def _listed(sent: Sentence, k: int) -> bool:
    return _listed_in(sent.norms, k, {j for j in range(len(sent.norms)) if sent.breaks_before(j)})


def _listed_in_article(sent: Sentence, place: tuple[str, str, bool]) -> bool:
    """The sentence's article names the place asked as one item of a list after a plural head (:func:`_listed_in`)."""
    norms = [normalize(w) for w in re.findall(r"\w+", sent.cand.text)]
    return any(_listed_in(norms, k) for k, n in enumerate(norms)
               if bare(n[1:] if n.startswith("و") and len(n) > 3 else n) == bare(place[0]))


def _headed(sent: Sentence, k: int) -> bool:
    """The place at token ``k`` stands after a town's head ("في محافظة لحج"): a place, not the next word of an event's
    name ("في مونديال 2026")."""
    return k > 0 and bare(sent.norms[k - 1]) in _HEADS


def _clause_names(sent: Sentence, c: int, place: tuple[str, str, bool]) -> tuple[bool, bool]:
    """(the clause names the place, the clause names it alone at least once)."""
    a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
    at = [k for k in range(a, b) if _is(sent, k, place)]
    return bool(at), any(not _listed(sent, k) for k in at)


def count_of_the_part(sent: Sentence, short: ShortAnswer, place: tuple[str, str, bool] | None) -> ShortAnswer | None:
    """The count for the place asked: ``short`` itself unless its clause names that place only in a list; then the count
    of the same noun in a clause naming the place alone ("منها 300 ألف رأس في محافظة الكرك"), else None (the sentence gives
    the whole's count only)."""
    if place is None:
        return short
    clause = sent.clause_at(sent.token_at(short.start))
    named, alone = _clause_names(sent, clause, place)
    if not (alone or named or place[2]) and _listed_in_article(sent, place):
        # (only a place the article counts as a part of a whole: "ووصل عدد المستفيدين … في بلدة النرجس إلى 35 ألف أسرة،
        # حصلت منها 9 آلاف أسرة على بطاقات جديدة" names the town of the whole, and the clause of the deed asked counts it,
        # tests/test_ask_count_of_clause.py)
        own = _own_clause_count(sent, short, place)
        if own is not None:
            return own
        # (nor a sentence naming it only in the list: "اجتاحت سيول … أربع ولايات سودانية هي كسلا والقضارف …، وألحقت
        # أضراراً بأكثر من 9 آلاف منزل" counts the four states' houses, none of القضارف's; held out 21, round 35)
        if not any(_is(sent, k, place) and not _listed(sent, k) for k in range(len(sent.norms))):
            return None
        # (nor one whose place asked is named alone in another clause with a count of its own, a part of another whole:
        # "14 شخصاً لقوا حتفهم، بينهم 8 في ولاية بجاية، فيما أصيب 40 آخرون" gives بجاية no injured; round 36)
        if any(_is(sent, k, place) and not _listed(sent, k) and _counts_in_clause(sent, sent.clause_at(k))
               for k in range(len(sent.norms))):
            return None
    if not (alone or named or place[2]) and any(
            _is(sent, k, place) and _headed(sent, k) and not _listed(sent, k) and sent.clause_at(k) != clause
            and _part_in_clause(sent, sent.clause_at(k)) for k in range(len(sent.norms))):
        # (the place asked named after its head in another clause with a part of its own, after a partitive: that
        # clause's part of this count, or none: "7 أشخاص لقوا حتفهم، من بينهم 4 في ولاية الترارزة، فيما أجلت الفرق 300
        # شخص" gives الترارزة no evacuated; round 36, once "في فيضانات ولاية الترارزة" read its state. A clause counting
        # the place's whole, "في بلدة النرجس إلى 35 ألف أسرة، حصلت منها 9 آلاف أسرة …", keeps the part after it)
        return _own_clause_count(sent, short, place)
    if alone or not (named or place[2]):
        # (a count whose clause names no place is left alone for "في": "ويشارك في البطولة 32 منتخباً …، وسيرتفع العدد إلى
        # 48 منتخباً في مونديال 2026" answers "كم منتخباً شارك في مونديال قطر؟" with 32, the word after "في" being no place
        # of its own; tests/test_ask_corpus.py)
        return short
    noun = sent.norms[sent.token_at(max(short.start, short.end - 1))]
    for m in find_numbers(sent.text):
        k = sent.token_at(m.start)
        c = sent.clause_at(k)
        if m.start == short.start or not _clause_names(sent, c, place)[1]:
            continue
        end = _counted_end(sent, m.start, m.end, c, lambda n: n == noun)
        if end is not None and _part_of(sent, m.start, end, short):
            return ShortAnswer(m.start, end, short.method)
    # (a clause naming no place asked keeps its count when no other clause counts the noun there: "وصلت شحنة من 60 ألف
    # طن … إلى صوامع العقبة، على أن تنقل منها 20 ألف طن إلى مستودع الجيزة" gives the depot 20 thousand, the first
    # clause no place at all)
    if named:
        return None
    # (sent elsewhere: the count's clause tells its own "إلى …" and the sentence never names the place the question sends
    # it to: "وصلت شحنة من 60 ألف طن … إلى صوامع العقبة" counts nothing sent to "مستودع الموقر")
    a, b = sent.clause_bounds[clause], sent.clause_bounds[clause + 1]
    if place[2] and not any(_is(sent, k, place) for k in range(len(sent.norms))) \
            and any(sent.norms[k] in _TO and sent.stems[k + 1] for k in range(a, b - 1)):
        return None
    return short


def listed_only(sent: Sentence, place: tuple[str, str, bool] | None) -> bool:
    """The sentence names the place asked, each time only as one item of a list after a plural head ("في ثلاث محافظات هي
    عدن ولحج وأبين"): with no count of the asked noun it tells nothing counted of that place (held out 20's "كم طفلاً
    تستهدف الحملة في أبين؟" was answered with that sentence at 0.96, no short answer; round 37)."""
    if place is None:
        return False
    at = [k for k in range(len(sent.norms)) if _is(sent, k, place)]
    return bool(at) and all(_listed(sent, k) for k in at)


def _own_clause_count(sent: Sentence, short: ShortAnswer, place: tuple[str, str, bool]) -> ShortAnswer | None:
    """For a count whose clause names no place: the count of the same noun in another clause naming the place asked
    alone after a town's head ("منهم 210 آلاف طفل في محافظة لحج وحدها"), or None."""
    noun = sent.norms[sent.token_at(max(short.start, short.end - 1))]
    for m in find_numbers(sent.text):
        k = sent.token_at(m.start)
        c = sent.clause_at(k)
        a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
        if m.start == short.start or not any(_is(sent, j, place) and _headed(sent, j) and not _listed(sent, j)
                                             for j in range(a, b)):
            continue
        end = _counted_end(sent, m.start, m.end, c, lambda n: bare(n) == bare(noun))
        if end is not None and _part_of(sent, m.start, end, short):
            return ShortAnswer(m.start, end, short.method)
    return None


def _counts_in_clause(sent: Sentence, c: int) -> bool:
    """The clause ``c`` holds a number that is no date's ("انطلق يوم 6 سبتمبر 2024 … في بلدة السرو" counts nothing)."""
    a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
    dates = [(d.start, d.end) for d in sent.dates]
    return any(a <= sent.token_at(m.start) < b and not any(s < m.end and m.start < e for s, e in dates)
               for m in find_numbers(sent.text))


def _part_in_clause(sent: Sentence, c: int) -> bool:
    """The clause ``c`` takes a part of a count by a partitive ("من بينهم 4 في ولاية الترارزة")."""
    a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
    return any(sent.norms[k] in _OF_THEM for k in range(a, b)) and _counts_in_clause(sent, c)


def _part_of(sent: Sentence, start: int, end: int, short: ShortAnswer) -> bool:
    """The part's count (``start``–``end``) is of the whole ``short`` counts: one with its noun is (:func:`_counted_end`
    matched it), one after a partitive with none only when the number before it is the whole's ("14 شخصاً لقوا حتفهم،
    بينهم 8 في ولاية بجاية، فيما أصيب 40 آخرون": the 8 are of the dead, none of the 40 injured; round 36)."""
    if end > sent.spans[sent.token_at(start)][1]:
        return True
    before = [m.start for m in find_numbers(sent.text) if m.end <= start]
    return bool(before) and before[-1] == short.start


def _counted_end(sent: Sentence, start: int, end: int, clause: int, same: Callable[[str], bool]) -> int | None:
    """Where the part's count starting at ``start`` ends: past its noun when the word after the number is the whole's
    (``same``), or at the number itself when a partitive stands right before it and no noun follows ("منهم 11 في ولاية
    كسلا": the 11 are of the 23 people told before; held out 21's Kassala got the whole's 23, round 35); else None."""
    after = next((j for j, (s, _) in enumerate(sent.spans) if s >= end), None)
    if after is not None and sent.clause_at(after) == clause and same(sent.norms[after]):
        return sent.spans[after][1]
    first = sent.token_at(start)
    if first > 0 and sent.norms[first - 1] in _OF_THEM and sent.clause_at(first - 1) == clause \
            and (after is None or sent.clause_at(after) != clause or sent.norms[after] in _IN):
        return end
    return None
