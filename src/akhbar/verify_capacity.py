"""A count the sentence gives as what a place holds is no count of those who came (the claim checker's reading of a
value's role, beside :mod:`akhbar.verify_deeds`' span ends, comparison bases and range starts): "يتسع الملعب الجديد
لأربعين ألف متفرج، غير أن المباراة الافتتاحية لم يحضرها سوى ثمانية عشر ألفاً" does not tell "حضر أربعون ألف متفرج
المباراة" (round 32's held out, supported at 0.93, every word and value linked).
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Side
from .arabic import normalize, without_conjunction
from .values import Value

__all__ = ["value_as_capacity"]

_CAPACITY = frozenset(normalize(w) for w in lexicon.CAPACITY_WORDS)
_REACH = 4  # tokens between the capacity word and its number: "يتسع الملعب الجديد لأربعين ألف"


def value_as_capacity(a: Alignment) -> tuple[str, str] | None:
    """A number of the claim that the sentence gives only as a capacity (lexicon.CAPACITY_WORDS a few words before it,
    in its clause, no other number between), where the claim tells no capacity of its own: (claim's value, the
    capacity word as written), or None."""
    if any(_capacity(t.norm) for t in a.claim.text_tokens()):
        return None
    for v in a.claim.values:
        if v.kind != "num":
            continue
        same = [e for e in a.evidence.values if e.kind == "num" and e.value == v.value]
        found = [_capacity_before(a.evidence, e) for e in same]
        if same and all(found):
            return v.text, found[0]
    return None


def _capacity(norm: str) -> bool:
    bare_word = without_conjunction(norm)
    return bare_word in _CAPACITY or (bare_word[:1] in "بل" and bare_word[1:] in _CAPACITY)


def _capacity_before(side: Side, value: Value) -> str:
    """The capacity word that gives ``value`` ("يتسع … لأربعين ألف", "بسعة ألف"), as written, or ""."""
    tokens = side.text_tokens()
    at = next((k for k, t in enumerate(tokens) if t.start >= value.start), len(tokens))
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        if any(mark in side.text[tokens[k].end:tokens[k + 1].start] for mark in "،,.؛;:"):
            return ""
        if any(v.start <= tokens[k].start < v.start + len(v.text) for v in side.values if v.start != value.start):
            return ""  # (another number between: "سعته ألف مقعد وحضر خمسمئة")
        if _capacity(tokens[k].norm):
            return tokens[k].text
    return ""
