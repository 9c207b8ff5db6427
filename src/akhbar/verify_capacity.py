"""A count the sentence gives as what a place holds is no count of those who came (the claim checker's reading of a
value's role, beside :mod:`akhbar.verify_deeds`' span ends, comparison bases and range starts): "يتسع الملعب الجديد
لأربعين ألف متفرج، غير أن المباراة الافتتاحية لم يحضرها سوى ثمانية عشر ألفاً" does not tell "حضر أربعون ألف متفرج
المباراة" (round 32's held out, supported at 0.93, every word and value linked). Nor is a count of those who signed up,
were invited or are expected, or a bound ("لا يقل عدد المشاركين عن ألفي عداء"), a count of those who took part
(:func:`value_before_taking_part`, round 33's Next); nor a count of those who may vote a count of those who voted, nor one of
those who applied a count of those admitted, hired or granted (:func:`value_before_the_deed`, round 34's held out).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from . import lexicon
from .align import Alignment, Side
from .arabic import normalize, without_conjunction
from .link_pruning import planned_dwelling
from .values import Value
from .wordlinks import word_link

__all__ = ["attendance_beside_capacity", "value_as_capacity", "value_before_taking_part", "value_before_the_deed"]

_CAPACITY = frozenset(normalize(w) for w in lexicon.CAPACITY_WORDS)
_SIGNED_UP = frozenset(normalize(w) for w in lexicon.SIGNED_UP_WORDS)
_TAKING_PART = frozenset(normalize(w) for w in lexicon.TAKING_PART_VERBS)
# (the claim's verbs of a deed done, the sentence's words of the stage before it: lexicon.VOTING_VERBS / ELIGIBLE_WORDS,
# lexicon.ADMITTED_VERBS / APPLIED_WORDS)
_STAGES = ((frozenset(normalize(w) for w in lexicon.VOTING_VERBS),
            frozenset(normalize(w) for w in lexicon.ELIGIBLE_WORDS + lexicon.SIGNED_UP_WORDS)),
           (frozenset(normalize(w) for w in lexicon.ADMITTED_VERBS), frozenset(normalize(w) for w in lexicon.APPLIED_WORDS)))
_DWELLING = frozenset(normalize(w) for w in lexicon.DWELLING_VERBS)
_BOUND_VERBS = frozenset(normalize(w) for w in ("يقل", "تقل", "يزيد", "تزيد"))
_NOT = normalize("لا")
_SAME_DEED = 0.7  # a link to the claim's verb this strong is its deed ("يحضرها", "لم يحضر" by its root / "حضر")
_REACH = 4  # tokens between the capacity word and its number: "يتسع الملعب الجديد لأربعين ألف"
_DWELLING_REACH = 6  # "تستوعب البلدة الجديدة في النهاية مليوني نسمة"
_BOUND_REACH = 8  # "لا يقل عدد المشاركين في سباق الدراجات عن ثلاثمئة دراج"


def value_as_capacity(a: Alignment) -> tuple[str, str] | None:
    """A number of the claim that the sentence gives only as a capacity (lexicon.CAPACITY_WORDS a few words before it,
    in its clause, no other number between), where the claim tells no capacity of its own: (claim's value, the
    capacity word as written), or None. A plan of how many will dwell in the place, against a capacity the sentence gives
    as a plan too, is that capacity: "ومن المقرر أن يسكن المدينة خمسة ملايين" / "على أن تستوعب المدينة في النهاية خمسة
    ملايين نسمة" (:func:`_planned_dwellers`)."""
    found = _value_given_as(a, _capacity, _DWELLING_REACH if _dwelling(a.claim) else _REACH)
    return None if found is not None and _planned_dwellers(a, found[1]) else found


def _dwelling(claim: Side) -> bool:
    """The claim counts dwellers (lexicon.DWELLING_VERBS): a town's capacity may stand further from its number ("تستوعب
    البلدة الجديدة في النهاية مليوني نسمة"), and its dwellers are still not told by it."""
    return any(without_conjunction(t.norm) in _DWELLING for t in claim.text_tokens())


def _planned_dwellers(a: Alignment, capacity: str) -> bool:
    """The claim plans dwellers and the sentence's capacity word is a plan as well (link_pruning.planned_dwelling)."""
    found = planned_dwelling(a.claim, a.evidence)
    return found is not None and a.evidence.words[found[1]].text == capacity


def value_before_taking_part(a: Alignment) -> tuple[str, str] | None:
    """A count of the claim's taking part ("شارك ألفا عداء في الماراثون", "حضر خمسون وفداً": lexicon.TAKING_PART_VERBS)
    that the sentence gives only as those who signed up, were invited or are expected (lexicon.SIGNED_UP_WORDS a few
    words before it: "بلغ عدد المسجلين ثلاثة آلاف عداء", "سجل ألفا عداء أسماءهم للمشاركة"), or as a bound ("لا يقل
    عدد المشاركين … عن ألفي عداء"): (claim's value, the sentence's word as written), or None. TRUST BUGS of this
    round's dev probe, supported at 0.84–0.91."""
    if not any(without_conjunction(t.norm) in _TAKING_PART for t in a.claim.text_tokens()):
        return value_before_the_deed(a)
    return _value_given_as(a, _signed_up, _REACH) or _value_given_as(a, _bound, _BOUND_REACH) or value_before_the_deed(a)


def value_before_the_deed(a: Alignment) -> tuple[str, str] | None:
    """A count of the claim's vote ("صوت مئة ألف ناخب", "أدلى … بأصواتهم": lexicon.VOTING_VERBS) that the sentence gives
    only after a word of those who may vote or signed up ("يحق لنحو مليوني ناخب", "عدد المسجلين في القوائم"), or a count
    of the claim's admission, hiring or grant ("التحق ثمانية آلاف طالب", "عينت الوزارة ثلاثة آلاف": lexicon.ADMITTED_VERBS)
    that it gives only after a word of applying ("تقدم ثمانية آلاف طالب بطلبات", "عدد المتقدمين"): (claim's value, the
    sentence's word as written), or None. TRUST BUGS of round 34's held out, supported at 0.81–0.84."""
    said = {without_conjunction(t.norm) for t in a.claim.text_tokens()}
    for verbs, stage in _STAGES:
        if said & verbs:
            found = _value_given_as(a, partial(_of_stage, stage), _REACH)
            if found:
                return found
    return None


def _value_given_as(a: Alignment, kind: Callable[[str], bool], reach: int) -> tuple[str, str] | None:
    """A number of the claim that the sentence gives only after a word of ``kind`` (within ``reach`` tokens, in its
    clause, no other number between), where the claim says no word of that kind itself."""
    if any(kind(t.norm) for t in a.claim.text_tokens()):
        return None
    for v in a.claim.values:
        if v.kind != "num":
            continue
        same = [e for e in a.evidence.values if e.kind == "num" and e.value == v.value]
        found = [_word_before(a.evidence, e, kind, reach) for e in same]
        if same and all(found):
            return v.text, found[0]
    return None


def _of_stage(stage: frozenset[str], norm: str) -> bool:
    return without_conjunction(norm) in stage


def _capacity(norm: str) -> bool:
    bare_word = without_conjunction(norm)
    return bare_word in _CAPACITY or (bare_word[:1] in "بل" and bare_word[1:] in _CAPACITY)


def _signed_up(norm: str) -> bool:
    return without_conjunction(norm) in _SIGNED_UP


def _bound(norm: str) -> bool:
    return norm in _BOUND_VERBS  # (read after its "لا": :func:`_word_before`)


def _word_before(side: Side, value: Value, kind: Callable[[str], bool], reach: int) -> str:
    """The word of ``kind`` that gives ``value`` ("يتسع … لأربعين ألف", "بسعة ألف", "المسجلين ثلاثة آلاف"), as
    written, or "". A bound's verb counts only after its "لا" ("لا يقل … عن")."""
    tokens = side.text_tokens()
    at = next((k for k, t in enumerate(tokens) if t.start >= value.start), len(tokens))
    for k in range(at - 1, max(-1, at - 1 - reach), -1):
        if any(mark in side.text[tokens[k].end:tokens[k + 1].start] for mark in "،,.؛;:"):
            return ""
        if any(v.start <= tokens[k].start < v.start + len(v.text) for v in side.values if v.start != value.start):
            return ""  # (another number between: "سعته ألف مقعد وحضر خمسمئة")
        if kind(tokens[k].norm) and (kind is not _bound or k and without_conjunction(tokens[k - 1].norm) == _NOT):
            return f"{tokens[k - 1].text} {tokens[k].text}" if kind is _bound else tokens[k].text
    return ""


_ATTENDANCE_REACH = 4  # tokens from the verb of coming to its count: "لم يحضرها سوى ثمانية عشر ألفاً"


def attendance_beside_capacity(a: Alignment) -> tuple[Value, Value] | None:
    """A count of the claim's coming that the sentence gives as a capacity (:func:`value_as_capacity`), while it also
    gives another count after the claim's own verb ("يتسع الملعب لأربعين ألف متفرج، غير أن المباراة لم يحضرها سوى
    ثمانية عشر ألفاً" / "حضر أربعون ألف متفرج المباراة"): (the claim's value, the sentence's count of those who came),
    a contradiction (verify45's Next: it was left unsupported)."""
    found = value_as_capacity(a)
    first = a.links.get(0)
    if found is None or first is None or a.claim.words[0].pos:
        return None
    verb = a.claim.words[0]
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None
    coming = {w.pos for w in a.evidence.words if word_link(verb, w)[0] >= _SAME_DEED}
    claimed = next(v for v in a.claim.values if v.text == found[0])
    for e in a.evidence.values:
        if e.kind != "num" or e.value == claimed.value or _word_before(a.evidence, e, _capacity, _REACH):
            continue
        at = next((k for k, t in enumerate(tokens) if t.start >= e.start), len(tokens))
        for k in range(at - 1, max(-1, at - 1 - _ATTENDANCE_REACH), -1):
            if any(mark in a.evidence.text[tokens[k].end:tokens[k + 1].start] for mark in "،,.؛;:"):
                break
            if k in coming:
                return claimed, e
    return None
