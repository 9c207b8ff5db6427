"""A list of parties told with a list of values "على التوالي" (respectively) pairs them in order: "حصلت مصر والمغرب على
12 و9 ميداليات على التوالي" gives Morocco 9, so "حصل المغرب على 12 ميدالية" is no support (TRUST BUG of the lead's round
28 probe, supported at 0.91: every word and value of the claim is in the sentence).
"""

from __future__ import annotations

from .align import Alignment, Word
from .arabic import normalize

__all__ = ["respective_value"]

_ON, _RESPECTIVELY = normalize("على"), normalize("التوالي")
_AND = normalize("و")
_COUNTS = ("num", "pct")


def respective_value(a: Alignment) -> tuple[str, str] | None:
    """(the claim's name, the value the sentence gives it in order) when the claim pairs a name of such a list with
    another item's value, else None. Only where the two lists are as long as each other."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None
    marks = [t.start for k, t in enumerate(tokens) if t.norm == _RESPECTIVELY and k and tokens[k - 1].norm == _ON]
    claimed = [v for v in a.claim.values if v.kind in _COUNTS]
    if not marks or not claimed:
        return None
    ev = a.evidence.words
    for i, link in a.links.items():
        if not a.claim.words[i].name:
            continue
        items = _listed_with(ev, link.evidence, tokens)
        if len(items) < 2:
            continue
        after = tokens[ev[items[-1]].pos].end
        mark = next((m for m in marks if m > after), None)
        if mark is None:
            continue
        values = sorted((v for v in a.evidence.values if v.kind in _COUNTS and after <= v.start < mark), key=lambda v: v.start)
        if len(values) != len(items):
            continue
        k = items.index(link.evidence)
        for c in claimed:
            at = [j for j, v in enumerate(values) if v.value == c.value]
            if at and k not in at:
                return a.claim.words[i].text, values[k].text
    return None


def _listed_with(ev: list[Word], j: int, tokens) -> list[int]:
    """The names listed with the sentence's word ``j`` ("مصر والمغرب", "أحمد و سعيد"), in order, itself among them."""
    def joined(x: int) -> bool:  # word x follows word x - 1 in a list of names
        w, before = ev[x], ev[x - 1]
        if not (w.name and before.name):
            return False
        glued = w.norm.startswith(_AND) and w.pos == before.pos + 1
        alone = w.pos == before.pos + 2 and tokens[w.pos - 1].norm == _AND
        return glued or alone

    lo = hi = j
    while lo > 0 and joined(lo):
        lo -= 1
    while hi + 1 < len(ev) and joined(hi + 1):
        hi += 1
    return list(range(lo, hi + 1))
