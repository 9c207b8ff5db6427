"""A time limit the question sets by an event: "كم رواية كتب الكاتب قبل فوزه بالجائزة"، "من تولى الرئاسة بعد سقوط
النظام" (used by :mod:`akhbar.qa.decide`).

The limit is a constraint the evidence sentence must satisfy by itself: a count of all the novels is no
count of those written before the prize. The sentence satisfies it when it places its fact on the same side
of the event: it says قبل / بعد (عقب، إثر …) with the event's word right after, or it holds a date earlier
(قبل) or later (بعد) than every date the evidence gives the event (the sentences that name the event and its
complement, "الفوز … بالجائزة … عام 1990", not after a word of relative time of their own). A sentence with
no such date, or no dated sentence on the event, leaves the limit unmet, and ``ask`` abstains naming it.

Only an event is read here: "قبل عام 2010"، "بعد يومين"، "بعد ذلك" are dates and offsets (their constraints
are :mod:`akhbar.qa.constraints`'), "من قبل" is the agent of a passive, and "بعد الرئيس X" a holder of an
office (:func:`akhbar.qa.decide.succession_names`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .. import lexicon
from ..arabic import Analyzer
from ..dates import find_dates, mention_days
from .constraint_check import EVENT_MATCH, name_match
from .constraints import Constraint
from .evidence import Sentence
from .match import fold_words, word_match

_BEFORE = fold_words({"قبل", "وقبل"})  # the question's limit
_AFTER = fold_words({"بعد", "وبعد"})
_SAYS_BEFORE = fold_words({w for x in lexicon.EVENT_BEFORE for w in (x, "و" + x)})
_SAYS_AFTER = fold_words({w for x in lexicon.EVENT_AFTER for w in (x, "و" + x)})
_RELATIVE = fold_words(set(lexicon.RELATIVE_TIME)) | _SAYS_BEFORE | _SAYS_AFTER
# After قبل / بعد these are times, not events ("قبل عام 2010"، "بعد يومين"، "بعد ذلك").
_NOT_EVENT = fold_words({*lexicon.DATE_FRAME_NOUNS, *lexicon.OFFSET_ANCHORS, *lexicon.OFFSET_UNITS, *lexicon.OFFSET_PLURALS,
                         *lexicon.DAY_PARTS, "الميلاد", "الهجرة", "ان", "أن", "ما", "كل", "نحو", "حوالي"})
_NEAR = 3  # the event's word within this many words after the sentence's قبل / بعد


def limits(question: str, analyzer: Analyzer, taken: Sequence[Constraint]) -> list[Constraint]:
    """The question's "قبل / بعد <event>" limits: kind "before" or "after", ``words`` the event's word then up to
    two words completing it ("فوزه بنوبل"). ``taken``: the question's constraints (a name or date right after
    قبل / بعد is no event)."""
    toks = analyzer.tokens(question)
    names = {n for c in taken if c.kind in ("name", "date", "number") for n, _ in c.words}
    spans = [(d.start, d.end) for d in find_dates(question)]
    out: list[Constraint] = []
    for i, t in enumerate(toks[:-1]):
        if t.norm not in _BEFORE and t.norm not in _AFTER:
            continue
        if i > 0 and toks[i - 1].norm == "من":
            continue  # "من قبل": the agent of a passive
        ev = toks[i + 1]
        if ev.stop or not ev.stem or ev.norm in _NOT_EVENT or ev.norm in names or any(ch.isdigit() for ch in ev.text) \
                or any(s <= ev.start < e for s, e in spans):
            continue  # a date, an offset or a name: not an event
        words = [(ev.norm, ev.stem)]
        for nxt in toks[i + 2:i + 4]:
            if nxt.stop or not nxt.stem or nxt.norm in _RELATIVE or any(ch.isdigit() for ch in nxt.text):
                break
            words.append((nxt.norm, nxt.stem))
        end = toks[i + len(words)].end
        out.append(Constraint("before" if t.norm in _BEFORE else "after", question[t.start:end], words=tuple(words)))
    return out


def _names_event(c: Constraint, sent: Sentence, says: frozenset[str] | set[str]) -> bool:
    """The sentence says "قبل / بعد" (``says``) with the event's word within _NEAR words after it."""
    norm, stem = c.words[0]
    for i, n in enumerate(sent.norms):
        if n in says:
            window = range(i + 1, min(len(sent.norms), i + 1 + _NEAR))
            if any(word_match(norm, stem, [sent.stems[k]], {sent.norms[k]}) >= EVENT_MATCH for k in window):
                return True
    return False


def event_days(c: Constraint, sents: Sequence[Sentence]) -> list[tuple[dt.date, dt.date]]:
    """The dates the evidence gives the event: those of sentences naming its word (not right after a word of
    relative time: "بعد سقوط النظام" dates something else) and every word completing it."""
    norm, stem = c.words[0]
    days: list[tuple[dt.date, dt.date]] = []
    for s in sents:
        if not s.dates or not all(name_match(n, st, s.norms, s.stems) for n, st in c.words[1:]):
            continue
        at = [k for k in range(len(s.norms)) if s.stems[k] and word_match(norm, stem, [s.stems[k]], {s.norms[k]}) >= EVENT_MATCH]
        if any(not any(s.norms[j] in _RELATIVE for j in range(max(0, k - 2), k)) for k in at):
            days.extend(mention_days(d) for d in s.dates if d.date is not None)
    return days


def limit_met(c: Constraint, sent: Sentence, days: Sequence[tuple[dt.date, dt.date]]) -> bool:
    """The sentence places its fact on the limit's side of the event (see the module docstring)."""
    if _names_event(c, sent, _SAYS_BEFORE if c.kind == "before" else _SAYS_AFTER):
        return True
    if not days:
        return False
    own = [mention_days(d) for d in sent.dates if d.date is not None]
    if c.kind == "before":
        start = min(first for first, _ in days)
        return any(last < start for _, last in own)
    end = max(last for _, last in days)
    return any(first > end for first, _ in own)
