"""A day of the month the claim gives by its ordinal ("في الأول من مارس") that the sentence gives only as the rank of a
longer span ("في الأسبوع الأول من مارس", "في النصف الثاني من أبريل"): a year-less day is no value the aligner compares
(akhbar.values reads none), so its ordinal was linked to the span's and the claim supported (the lead's round 29 dev
probe, 0.71). The claim checker's reading of it: :func:`day_of_a_longer_span`. And a day the sentence gives its main
deed while the claim gives it to the deed the sentence tells only to date that one by (:func:`day_of_the_dating_deed`).
And a period the claim calls this one ("هذا العام", "العام الحالي") that the sentence calls the last or the next
("العام الماضي"), or the other way round (:func:`period_of_another_turn`).
And a day the sentence writes after another verb than the claim's, which has a day of its own
(:func:`day_of_another_verb`), or after another noun than the claim's, which has one too (:func:`date_of_another_noun`).
And the day of a saying before its "أن" given to the deed said after it (:func:`day_of_the_saying`).
And a length of time the claim tells as a delay ("بعد ثلاثة أيام") that the sentence tells as a span ("خلال ثلاثة أيام"),
or the other way round (:func:`delay_told_as_span`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import date_words, lexicon
from .align import Alignment, Side, Word
from .arabic import SPEECH_VERBS, Token, normalize, token_at, without_conjunction
from .qa.match import bare
from .sides import ORDINALS
from .value_compare import same_unit, same_value
from .values import Value, month_named_at
from .verify_clauses import verb_shaped

__all__ = ["date_of_another_noun", "day_of_a_longer_span", "day_of_another_verb", "day_of_the_dating_deed", "day_of_the_saying",
           "delay_told_as_span", "period_of_another_turn", "span_from_the_lasting", "span_of_another_verb"]

_FROM = normalize("من")
_DATE_NOUNS = frozenset(bare(normalize(w)) for w in lexicon.DATE_NOUNS)


def _month_at(tokens: tuple, k: int) -> bool:
    return month_named_at(tokens, k) is not None


def _ordinal(norm: str) -> bool:
    return norm in ORDINALS or bare(norm) in ORDINALS


def _day_of_month(tokens: tuple, pos: int) -> bool:
    """The ordinal at token ``pos`` is followed by "من" and a month's name: a day of that month."""
    return pos + 2 < len(tokens) and tokens[pos + 1].norm == _FROM and _month_at(tokens, pos + 2)


def day_of_a_longer_span(a: Alignment) -> tuple[str, str] | None:
    """The claim's day of a month ("الأول من مارس", an ordinal right before "من" and the month) linked to an ordinal the
    sentence writes right after a noun of its own, a span it ranks ("الأسبوع الأول من مارس"): (the claim's day, the
    sentence's span and ordinal), or None. Not where the claim writes that noun too ("في الأسبوع الأول من مارس")."""
    c_tokens, e_tokens = a.claim.text_tokens(), a.evidence.text_tokens()
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if not (_ordinal(c.norm) and _day_of_month(c_tokens, c.pos)):
            continue
        if not 0 < e.pos < len(e_tokens):
            continue
        span = e_tokens[e.pos - 1]
        before_claims = c_tokens[c.pos - 1].norm if c.pos > 0 else ""
        if span.norm.startswith("ال") and not _ordinal(span.norm) and before_claims != span.norm \
                and span.norm != _FROM and not _month_at(e_tokens, e.pos - 1):
            return f"{c.text} {c_tokens[c.pos + 1].text} {c_tokens[c.pos + 2].text}", f"{span.text} {e.text}"
    # (the claim's ordinal day read as its value, values._ordinal_days: "الثالث من مايو" is no word left to link; the
    # sentence's ordinal after a noun of its own, "الأسبوع الثالث من مايو", is no day the dates module reads)
    for v in a.claim.values:
        if v.month is None or v.kind != "num" or v.text[:1].isdigit():
            continue
        first = normalize(v.text.split()[0])
        for k in range(1, len(e_tokens) - 2):
            span = e_tokens[k - 1]
            if e_tokens[k].norm == first and _day_of_month(e_tokens, k) and span.norm.startswith("ال") \
                    and not _ordinal(span.norm) and span.norm != _FROM and not _month_at(e_tokens, k - 1):
                return f"{v.text} من {v.unit}", f"{span.text} {e_tokens[k].text}"
    return None


_DAYS = ("date", "weekday")
_DAY_PARTS = frozenset(normalize(w) for w in lexicon.DAY_PARTS)
_RELATIVE = frozenset(normalize(w) for w in lexicon.RELATIVE_TIME)


def _governed(side: Side, k: int) -> bool:
    """Word ``k`` of the side is the deed its ordering word governs, right after it ("بعد توقف"): not a word further
    on in that phrase, which may tell a deed of the same day ("بعد أن دخلت الفصائل العاصمة فجراً وأعلنت … نهاية حكمه":
    the end was announced that dawn; generation guard held out 15's true sentence was dropped)."""
    w = side.words[k]
    tokens = side.text_tokens()
    return w.relative and 0 < w.pos < len(tokens) and without_conjunction(tokens[w.pos - 1].norm) in _RELATIVE


def day_of_the_dating_deed(a: Alignment) -> tuple[str, str] | None:
    """The claim's verb (its first word) linked to a word of a phrase that dates another deed ("بعد توقف دام أسبوعين",
    the sentence's words after a word of lexicon.RELATIVE_TIME), while the claim's day is found in the sentence only
    outside that phrase, the main deed's: "استأنفت المدارس الدراسة يوم الأحد بعد توقف دام أسبوعين" / "توقفت الدراسة
    في المدارس يوم الأحد" (supported at 0.91 in the lead's round-31 probe: Sunday is the day classes resumed, the stop
    came before it). (the claim's day, the sentence's word it linked the verb to), or None."""
    first = a.links.get(0)
    verb = a.claim.words[0] if a.claim.words else None
    if first is None or verb is None or verb.pos != 0 or verb.relative or not _governed(a.evidence, first.evidence):
        return None
    for v in a.claim.values:
        if v.kind not in _DAYS or v.relative:
            continue
        same = [e for e in a.evidence.values if e.kind == v.kind and e.value == v.value]
        if same and not any(e.relative for e in same):
            return v.text, a.evidence.words[first.evidence].text
    # (a time no value reads, a month's name or a ranked period, "في الربع الثالث": linked only outside the phrase,
    # the main deed's; round 32's held out supported "تراجعت أرباح الشركة في الربع الثالث" by "نمت أرباح الشركة … في
    # الربع الثالث، بعد تراجعها في الربع الثاني" at 0.83)
    c_tokens = a.claim.text_tokens()
    for i, link in a.links.items():
        c, e = a.claim.words[i], a.evidence.words[link.evidence]
        if i and not c.relative and not e.relative and _time_word(c_tokens, c.pos):
            period = c_tokens[c.pos - 1].text + " " if _ordinal(c.norm) else ""
            return period + c.text, a.evidence.words[first.evidence].text
    return None


_PERIODS = frozenset(normalize(w) for w in lexicon.RANKED_PERIODS)


def _time_word(tokens: tuple, pos: int) -> bool:
    """The token at ``pos`` is a month's name, or an ordinal right after a period it ranks ("الربع الثالث")."""
    if not 0 <= pos < len(tokens):
        return False
    return _month_at(tokens, pos) or (pos > 0 and _ordinal(tokens[pos].norm)
                                      and without_conjunction(tokens[pos - 1].norm) in _PERIODS)


_LASTED = frozenset(normalize(w) for w in lexicon.LIGHT_VERBS["lasted"])


def span_from_the_lasting(a: Alignment) -> tuple[str, str] | None:
    """The claim tells how long its subject lasted ("دام الزلزال ثلاثة أيام", "استغرق التعويم ستة أيام": the verb is light,
    lexicon.LIGHT_VERBS "lasted") where the sentence counts its span from that very subject ("بعد ثلاثة أيام من
    الزلزال", the subject after "من" and a word of lexicon.RELATIVE_TIME before it): what came three days after the quake
    says nothing of how long the quake lasted (tests/test_guard_round18). The deed the span ends with is the sentence's
    own ("نجاح تعويم السفينة بعد ستة أيام من جنوحها" tells how long the refloating took). (the claim's subject, the
    sentence's anchor), or None."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for k, tok in enumerate(c_tokens[:-1]):
        if without_conjunction(tok.norm) not in _LASTED:
            continue
        subject = next((i for i, w in enumerate(a.claim.words) if w.pos == k + 1), None)
        link = a.links.get(subject) if subject is not None else None
        if subject is None or link is None:
            return None
        e = a.evidence.words[link.evidence]
        at = next((j for j in range(e.pos - 2, max(-1, e.pos - 7), -1)
                   if without_conjunction(e_tokens[j].norm) in _RELATIVE), None) if e.pos >= 2 else None
        if at is not None and e_tokens[e.pos - 1].norm == _FROM:
            return a.claim.words[subject].text, " ".join(t.text for t in e_tokens[at:e.pos + 1])
    return None


_TURNING_PERIODS = frozenset(normalize(w) for w in ("العام", "السنة", "الشهر", "الأسبوع", "الموسم", "الصيف", "الشتاء", "الربيع",
                                            "الخريف", "الفصل", "الربع"))
_THIS_BEFORE = frozenset(normalize(w) for w in ("هذا", "هذه"))
_THIS_AFTER = frozenset(normalize(w) for w in ("الحالي", "الحالية", "الجاري", "الجارية"))
_OTHER_AFTER = frozenset(normalize(w) for w in ("الماضي", "الماضية", "المنصرم", "المنصرمة", "السابق", "السابقة", "المقبل",
                                                "المقبلة", "القادم", "القادمة", "الفائت", "الفائتة"))


def _turn(tokens: tuple, k: int) -> str:
    """Which turn of a period the word at token ``k`` names: "this" ("هذا العام", "العام الحالي"), "other" ("العام
    الماضي", "الموسم المقبل"), or "" (no such word beside it)."""
    if not 0 <= k < len(tokens) or without_conjunction(bare(tokens[k].norm)) not in _TURNING_PERIODS \
            and without_conjunction(tokens[k].norm) not in _TURNING_PERIODS:
        return ""
    after = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if (k and tokens[k - 1].norm in _THIS_BEFORE) or after in _THIS_AFTER:
        return "this"
    return "other" if after in _OTHER_AFTER else ""


_EDGES = frozenset(normalize(w) for w in lexicon.PERIOD_EDGES)
_SAME_PERIOD = {bare(normalize("السنة")): bare(normalize("العام"))}


def _edge_at(tokens: tuple, k: int) -> tuple[str, str] | None:
    """(the edge, the period) of an edge word right before a period word at ``k`` ("مطلع العام", "قبل نهاية الشهر"), or None."""
    if k < 1 or k >= len(tokens):
        return None
    edge = without_conjunction(bare(tokens[k - 1].norm))
    if not _turn_word(tokens, k) or edge not in _EDGES and without_conjunction(tokens[k - 1].norm) not in _EDGES:
        return None
    period = _period(tokens, k)
    return edge if edge in _EDGES else without_conjunction(tokens[k - 1].norm), _SAME_PERIOD.get(period, period)


def _turn_word(tokens: tuple, k: int) -> bool:
    return without_conjunction(bare(tokens[k].norm)) in _TURNING_PERIODS or without_conjunction(tokens[k].norm) in _TURNING_PERIODS


def period_of_another_turn(a: Alignment) -> tuple[str, str] | None:
    """(the claim's period, the sentence's) when the claim calls a period this one ("يشارك في الماراثون هذا العام") and
    the sentence calls the same period word only the last or the next ("شارك في الماراثون العام الماضي"), or the other
    way round (round 37's held out, now dev: supported at 0.90; "العام" is no word the aligner links). Or when the claim
    names the edge of one period ("مطلع العام") and the sentence the same edge of another only ("مطلع الشهر": TRUST BUG,
    round 42, supported at 0.84). Or when the claim counts its day from today ("أمس") and the sentence only another day
    ("أمس الأول", the day before: the lead's real news, round 42 held out, now dev, supported at 0.98). Else None."""
    mine_days, their_days = _days_from_today(a.claim.text), _days_from_today(a.evidence.text)
    if mine_days and their_days and not mine_days.keys() & their_days.keys():
        return next(iter(mine_days.values())), next(iter(their_days.values()))
    c_tokens, e_tokens = a.claim.text_tokens(), a.evidence.text_tokens()
    edges = {k: edge for k in range(len(e_tokens)) if (edge := _edge_at(e_tokens, k))}
    for k in range(len(c_tokens)):
        mine_edge = _edge_at(c_tokens, k)
        if mine_edge and mine_edge not in edges.values():
            other = next((j for j, edge in edges.items() if edge[0] == mine_edge[0]), None)
            if other is not None:
                return " ".join(t.text for t in c_tokens[k - 1:k + 1]), " ".join(t.text for t in e_tokens[other - 1:other + 1])
    theirs: dict[str, dict[str, int]] = {}
    for k in range(len(e_tokens)):
        if turn := _turn(e_tokens, k):
            theirs.setdefault(_period(e_tokens, k), {}).setdefault(turn, k)
    for k in range(len(c_tokens)):
        mine = _turn(c_tokens, k)
        told = theirs.get(_period(c_tokens, k), {}) if mine else {}
        if told and mine not in told:
            return _shown(c_tokens, k), _shown(e_tokens, next(iter(told.values())))
    return None


_DAYS_FROM_TODAY = (("yesterday", 1), ("today", 0), ("tomorrow", -1))


def _days_from_today(text: str) -> dict[int, str]:
    """The days ``text`` counts from today ("أمس" 1, "أمس الأول" / "أول من أمس" 2, "اليوم" 0, "غداً" −1, "بعد غد" −2),
    each with its words as folded, the patterns the dates module reads them by."""
    folded = normalize(text)
    days: dict[int, str] = {}
    for kind, shift in _DAYS_FROM_TODAY:
        for m in date_words.COMPILED[kind].finditer(folded):
            two = m.groupdict().get("two")
            days.setdefault(shift * 2 if two else shift, m.group("span"))
    return days


def _period(tokens: tuple, k: int) -> str:
    return without_conjunction(bare(tokens[k].norm))


def _shown(tokens: tuple, k: int) -> str:
    """The period word at ``k`` with the word that turns it ("هذا العام", "العام الماضي")."""
    lo, hi = (k - 1, k + 1) if k and tokens[k - 1].norm in _THIS_BEFORE else (k, k + 2)
    return " ".join(t.text for t in tokens[lo:hi])


def _verbal(w: Word) -> bool:
    """A verb, its future with "س" too ("ستبلغ"), not a name."""
    return not w.name and (verb_shaped(w) or without_conjunction(normalize(w.text)).startswith(("سي", "ست")))


def day_of_another_verb(a: Alignment) -> tuple[str, str] | None:
    """The claim's day ("مساء الخميس") that the sentence writes only after another verb than the claim's (the claim's
    last verb before its day, linked word for word), while it writes a day of its own within four words after the claim's
    verb: "غادرت البعثة الميناء صباح الثلاثاء على أن تبلغ الجزيرة صباح الجمعة" / "غادرت البعثة الميناء صباح الجمعة"
    (the lead's real news, round 38 dev: such a claim supported at 0.98; Friday is the day it was to arrive). (the
    claim's day, the verb's own), or None."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    # (not a part of the day, some of which are verbs' letters too: "فجر الجمعة" is no "فجّر"; and the claim's opening
    # word is its verb whatever its shape, "انهار" of form VII as well, and so is the sentence's word linked to it)
    opening = 0 if a.claim.words and a.claim.words[0].pos == 0 and not a.claim.words[0].name and 0 in a.links else None
    verbs = sorted({w.pos for w in a.evidence.words if _verbal(w) and without_conjunction(w.norm) not in _DAY_PARTS}
                   | ({a.evidence.words[a.links[0].evidence].pos} if opening is not None else set()))

    def verb_before(start: int) -> int | None:
        k = token_at(e_tokens, start)
        return max((p for p in verbs if p < k), default=None)

    for v in a.claim.values:
        if v.kind not in _DAYS:
            continue
        at = token_at(c_tokens, v.start)
        linked = [i for i, w in enumerate(a.claim.words) if w.pos < at and (_verbal(w) or i == opening)
                  and i in a.links and a.links[i].strength >= 0.95]
        if not linked:
            continue
        verb = a.evidence.words[a.links[max(linked)].evidence].pos
        same = [e for e in a.evidence.values if e.kind == v.kind and same_value(v, e)]
        if not same or any(verb_before(e.start) == verb for e in same):
            continue
        own = next((e for e in sorted(a.evidence.values, key=lambda e: e.start) if e.kind == v.kind
                    and verb_before(e.start) == verb and token_at(e_tokens, e.start) - verb <= 4), None)
        if own is not None and not same_value(v, own):
            return v.text, own.text
    return None


def date_of_another_noun(a: Alignment) -> tuple[str, str] | None:
    """(the claim's date, the date the sentence gives the claim's noun) where the claim's word nearest before its date,
    or a noun of a date before it (lexicon.DATE_NOUNS: "تاريخ", "موعد"), linked word for word and no name, is one
    the sentence writes a date of its own right after, at most two words on, while the claim's date stands in it only
    after other words: "وستكون أحقية الجوائز للأعضاء المسجلين بنهاية دوام يوم 05-03-2024، وتاريخ التوزيع 20-03-2024" /
    "تاريخ توزيع الجوائز هو 05-03-2024" (the day one must be listed by is no day of handing out; the lead's real news,
    round 38 dev, had such a claim supported at 0.97). Read within one sentence only."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None

    dated = [(e, token_at(e_tokens, e.start)) for e in a.evidence.values if e.kind in _DAYS]
    for v in a.claim.values:
        if v.kind not in _DAYS:
            continue
        at = token_at(c_tokens, v.start)
        if any(u is not v and u.kind in _DAYS and abs(token_at(c_tokens, u.start) - at) <= 3 for u in a.claim.values):
            continue  # (a range or a list of dates, "بين عامي 1956 و1957": each is not a noun's own)
        same = [k for e, k in dated if same_value(v, e)]
        # (the word that holds the claim's date in the sentence, right before it, is one the claim does not say: a
        # date of the claim's own thing, "نشرت أول صورة للكوكب في 14 فبراير", is told by it)
        linked_at = {a.evidence.words[link.evidence].pos for link in a.links.values()}
        if any(p in linked_at for k in same for p in (k - 1, k - 2)):
            continue
        before = [i for i, w in enumerate(a.claim.words) if w.pos < at and i in a.links]
        # (the word nearest before the date, and a noun of a date anywhere before it: "تاريخ توزيع الأرباح … هو")
        for i in {i for i in before if bare(a.claim.words[i].norm) in _DATE_NOUNS} | set(before[-1:]):
            w, link = a.claim.words[i], a.links[i]
            if w.name or link.strength < 0.95:
                continue
            # (every place the sentence writes the linked word: "مركز … «تداول» بنهاية تداول يوم …")
            linked = a.evidence.words[link.evidence].norm
            spots = [x.pos for x in a.evidence.words if x.norm == linked]
            own = next((e for e, k in dated if any(p < k <= p + 2 for p in spots)), None)
            if same and own is not None and not same_value(v, own) \
                    and not any(p < k <= p + 2 for k in same for p in spots):
                return v.text, own.text
    return None


_TIME_UNITS = frozenset(lexicon.TIME_UNITS)
_SPAN_REACH = 5  # tokens from a verb to the length it takes ("يستغرق مدة تصل إلى ثلاثة أسابيع")


def span_of_another_verb(a: Alignment) -> tuple[str, str] | None:
    """(the claim's length of time, the one the sentence gives the claim's verb) where the claim's count of a unit of
    time ("سيستغرق أسبوعا واحدا") follows a verb the sentence writes (its future's "س" aside), followed there within five
    words by another count of a unit of time ("قد يستغرق مدة تصل إلى ثلاثة أسابيع"), while the claim's count is one the
    sentence gives elsewhere, another deed's ("عاد إلى التدريبات بعد أسبوع واحد"; the lead's real news, round 39 dev, had
    such a claim supported at 0.95). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None

    def timed(v: Value) -> bool:
        return v.kind == "num" and bool(v.unit) and any(same_unit(v.unit, unit) for unit in _TIME_UNITS)

    for v in a.claim.values:
        if not timed(v) or not any(same_value(v, e) and same_unit(v.unit, e.unit) for e in a.evidence.values):
            continue
        # (the verb as written: a verb of time such as "تستغرق" is no content word, and its future "ستستغرق" is one)
        at = token_at(claim_tokens, v.start)
        verbs = {_present(t.norm) for t in claim_tokens[max(at - 3, 0):at]} - {""}
        # (each telling of the verb with its own length: none may give the claim's, "يستغرق بناء الجسر عامين، فيما يستغرق
        # بناء النفق ثلاثة أعوام")
        owns = [next((e for e in a.evidence.values if timed(e) and there < token_at(tokens, e.start) <= there + _SPAN_REACH), None)
                for there in (k for k, t in enumerate(tokens) if _present(t.norm) in verbs)]
        if owns and None not in owns and not any(same_value(v, e) and same_unit(v.unit, e.unit) for e in owns if e):
            return v.text, next(e for e in owns if e).text
    return None


def _present(norm: str) -> str:
    """A present verb's form without its "و" and its future "س" ("ستستغرق" → "تستغرق"), or "" for no present."""
    word = without_conjunction(norm)
    word = word[1:] if word.startswith("س") and len(word) >= 5 else word
    return word if len(word) >= 4 and word[0] in "يت" and not word.startswith("ال") else ""


_SAYING = SPEECH_VERBS | frozenset(normalize(w) for w in lexicon.EVENT_SAYING_VERBS)
_THAT = frozenset(normalize(w) for w in ("أن", "إن", "بأن"))


def day_of_the_saying(a: Alignment) -> tuple[str, str] | None:
    """(the claim's day, the sentence's verb of saying) where the sentence writes the claim's day only between a verb
    of saying the claim does not say and the "أن" / "إن" after it, while the claim's verb is linked to a word after that
    "أن": "أعلنت شركة الألبان يوم الخميس أن مبيعاتها تضاعفت خلال شهر مارس" dates the announcement, not the sales
    ("تضاعفت مبيعات شركة الألبان يوم الخميس": held out 39, supported at 0.91). Else None."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    said = {a.evidence.words[link.evidence].pos for link in a.links.values()}
    for s, token in enumerate(e_tokens):
        if without_conjunction(token.norm) not in _SAYING and token.norm not in _SAYING or s in said:
            continue
        that = next((k for k in range(s + 1, min(s + 9, len(e_tokens))) if e_tokens[k].norm in _THAT), None)
        if that is None:
            continue
        verbs = [i for i, w in enumerate(a.claim.words) if i in a.links and _verbal(w) and a.links[i].strength >= 0.95
                 and a.evidence.words[a.links[i].evidence].pos > that]
        if not verbs:
            continue
        for v in a.claim.values:
            if v.kind not in _DAYS:
                continue
            same = [token_at(e_tokens, e.start) for e in a.evidence.values if e.kind == v.kind and same_value(v, e)]
            if same and all(s < k < that for k in same):
                return v.text, token.text
    return None


_DELAY = frozenset(normalize(w) for w in lexicon.DELAY_WORDS)
_SPAN_OF = frozenset(normalize(w) for w in lexicon.SPAN_OF_WORDS)
_LENGTH_LEADS = frozenset(normalize(w) for w in lexicon.LENGTH_LEADS)
_TIME_UNITS = frozenset(bare(normalize(w)) for w in (*lexicon.TIME_UNITS, *lexicon.DURATION_WORDS, *lexicon.VAGUE_DURATION_WORDS))


def _length_told(side: Side, v: Value) -> tuple[str, str] | None:
    """How ``side`` tells the length of time ``v`` (a count of a unit of time, or a length by its unit alone): ("delay",
    its words) after "بعد" ("before" after "قبل", lexicon.DELAY_WORDS), ("span", its words) after "خلال" / "لمدة" / "على
    مدى" (lexicon.SPAN_OF_WORDS), an approximation or "مرور" between (lexicon.LENGTH_LEADS); ("late", …) after a verb of a
    deed that came late, ("lasted", …) after a verb of lasting, where the length has no such word before it
    (:func:`_verb_of_the_length`); else None."""
    if v.kind not in ("num", "duration") or (v.kind == "num" and bare(v.unit) not in _TIME_UNITS and v.unit not in _TIME_UNITS
                                              and not any(same_unit(v.unit, unit) for unit in lexicon.TIME_UNITS)):
        return None  # (a unit read by its stem is one too: "ثلاث ساعات" counts "ساع")
    tokens = side.text_tokens()
    k = token_at(tokens, v.start) - 1
    while k >= 0 and tokens[k].norm in _LENGTH_LEADS:
        k -= 1
    if k < 0:
        return None
    word = tokens[k].norm
    told = ("before" if word in _BEFORE else "delay") if word in _DELAY else "span" if word in _SPAN_OF else ""
    end = token_at(tokens, v.start) + (2 if v.kind == "num" else 1)
    verb, at = _verb_of_the_length(side, tokens, k)
    if verb == "late" or (verb and not told):
        # (a deed that came late is delayed by its length, "لمدة" or not: "تأخرت الرحلة لمدة ثلاث ساعات")
        return verb, f"{tokens[at].text} … " + " ".join(t.text for t in tokens[token_at(tokens, v.start):end])
    return (told, " ".join(t.text for t in tokens[k:end])) if told else None


_BEFORE = frozenset(normalize(w) for w in ("قبل", "وقبل"))  # (of lexicon.DELAY_WORDS: a length back from now, "ago")
_DELAY_SIDE = {"delay": "delay", "before": "delay", "late": "delay", "span": "span", "lasted": "span"}


def _told_apart(mine: str, theirs: str) -> bool:
    """A delay against a span, but not "بعد" against a verb of lasting: "افتتح الجسر بعد أربع سنوات من بدء البناء" tells
    "استغرق بناء الجسر أربع سنوات" (the end counted from the start; lexicon.LIGHT_VERBS["lasted"]); "قبل" (ago) is no
    length a deed took ("بعد غياب دام عشرين عاماً" / "قبل عشرين عاماً")."""
    return _DELAY_SIDE[mine] != _DELAY_SIDE[theirs] and {mine, theirs} != {"delay", "lasted"}


_DELAYING = frozenset(normalize(w) for w in lexicon.DELAYING_VERBS)
_LASTING = frozenset(normalize(w) for w in lexicon.LIGHT_VERBS["lasted"])


def _verb_of_the_length(side: Side, tokens: Sequence[Token], k: int) -> tuple[str, int]:
    """("late", where) for the nearest verb of a deed that came late before the length (lexicon.DELAYING_VERBS: "تأخر
    إقلاع الرحلة ثلاث ساعات"), ("lasted", where) for one of lasting ("استغرقت الرحلة ثلاث ساعات"), within eight words of
    it and its clause; else ("", k)."""
    for j in range(k, max(-1, k - 8), -1):
        word = without_conjunction(tokens[j].norm)
        if word in _DELAYING or tokens[j].norm in _DELAYING:
            return "late", j
        if word in _LASTING or tokens[j].norm in _LASTING:
            return "lasted", j
        if j and re.search(r"[،,.؛:!?]", side.text[tokens[j - 1].end:tokens[j].start]):
            break
    return "", k


def delay_told_as_span(a: Alignment) -> tuple[str, str] | None:
    """(the claim's words, the sentence's) where the claim tells a length of time as a delay ("أنجزت الشركة المشروع بعد
    ثلاثة أيام") and the sentence tells the same length as a span ("… خلال ثلاثة أيام"), or the other way round: when a
    deed came is not how long it took. Read within one sentence only. Else None."""
    c_tokens, e_tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if c_tokens is None or e_tokens is None:
        return None
    for c in (*a.claim.values, *a.claim.durations):
        mine = _length_told(a.claim, c)
        if mine is None:
            continue
        for e in (*a.evidence.values, *a.evidence.durations):
            if c.kind != e.kind or not same_value(c, e) or (c.kind == "num" and not same_unit(c.unit, e.unit)):
                continue
            theirs = _length_told(a.evidence, e)
            if theirs is not None and _told_apart(mine[0], theirs[0]):
                return mine[1], theirs[1]
    return None
