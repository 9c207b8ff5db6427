"""A day of the month the claim gives by its ordinal ("في الأول من مارس") that the sentence gives only as the rank of a
longer span ("في الأسبوع الأول من مارس", "في النصف الثاني من أبريل"): a year-less day is no value the aligner compares
(akhbar.values reads none), so its ordinal was linked to the span's and the claim supported (the lead's round 29 dev
probe, 0.71). The claim checker's reading of it: :func:`day_of_a_longer_span`.
"""

from __future__ import annotations

from .align import Alignment
from .arabic import normalize
from .date_words import GMONTH_LOOKUP, HMONTH_LOOKUP
from .qa.match import bare
from .sides import ORDINALS

__all__ = ["day_of_a_longer_span"]

_FROM = normalize("من")


def _month_at(tokens: tuple, k: int) -> bool:
    return 0 <= k < len(tokens) and any(rx.fullmatch(bare(tokens[k].norm)) or rx.fullmatch(tokens[k].norm)
                                        for rx, _ in (*GMONTH_LOOKUP, *HMONTH_LOOKUP))


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
    return None
