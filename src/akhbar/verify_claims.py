"""An answer split into the claims it makes (the claim checker's step 1, :func:`split_claims`).

Lines, bullet markers and numbering of every kind, "Title: text" bullets (the title is dropped), sentences, and
clauses joined by "، و" (or by a bare "و" when both sides carry their own number or date) that each assert something.
A line that only introduces a list ("… عدة جوانب مهمة:") is not a claim. :mod:`akhbar.verify` checks each claim; the
generation guard (:mod:`akhbar.qa.generate`) checks each claim of a generated sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon
from .arabic import get_analyzer, split_sentences
from .dates import find_dates
from .numbers import find_numbers

__all__ = ["split_claims"]

# List markers of every kind: bullet symbols, dashes and stars, numbering in any digits ("1." "2)" "(3)"
# "٣-" "[4]"), letters ("أ)" "b.") and Roman numerals ("IV."), and ordinal words ("أولاً:" "ثانياً -").
_BULLET = re.compile(
    rf"^\s*(?:[{lexicon.BULLET_SYMBOLS}{re.escape(lexicon.DASH_BULLETS)}]+"
    r"|[(\[]?[0-9٠-٩۰-۹]{1,3}\s*[.)\]\-–:]|[(\[][0-9٠-٩۰-۹]{1,3}[)\]]"
    r"|[(]?[A-Za-z\u0621-\u064A][).]\s|(?:[IVXivx]{1,4})[.)]\s"
    r"|(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)[ًٌٍ]?\s*[:\-–)]?)\s*")
# (a colon between digits is an hour, no title: "عند الساعة 1:58 فجراً" was cut into the claim "58 فجراً")
_TITLE = re.compile(r"^([^:：]{1,60})(?<![0-9٠-٩۰-۹])[:：](?![0-9٠-٩۰-۹])\s*(\S.*)$")
_CLAUSE_COMMA = re.compile(r"\s*[،,]\s*(?=و\S{2,})")
_CLAUSE_WA = re.compile(r"\s+(?=و[^\s\d٠-٩]{2,})")


def split_claims(answer: str) -> list[str]:
    """Split an answer into the claims it makes, in order.

    Bullets and numbered items become claims of their own ("Title: text" keeps the text), every
    sentence is a claim, and a sentence whose clauses are joined by "، و" (or by "و" when both
    sides carry their own number or date) is split when each clause is long enough to assert
    something. Lines that only introduce a list (ending with ":") are skipped.
    """
    claims: list[str] = []
    for raw_line in (answer or "").splitlines():
        line = _BULLET.sub("", raw_line, count=1).strip()
        if not line or _is_list_heading(line):
            continue
        titled = _TITLE.match(line)
        if titled and len(titled.group(1).split()) <= 6 and len(titled.group(2).split()) >= 2:
            line = titled.group(2).strip()
        for span in split_sentences(line):
            text = span.text.strip()
            if _has_content(text):
                claims.extend(_split_clauses(text))
    return claims


def _is_list_heading(line: str) -> bool:
    # "تتضمن النتائج عدة جوانب مهمة:" says that a list follows; it asserts nothing checkable.
    return line.rstrip().endswith((":", "：")) and len(line.split()) <= 15


def _has_content(text: str) -> bool:
    return any(not t.stop for t in get_analyzer().tokens(text))


def _split_clauses(sentence: str) -> list[str]:
    pieces = _split_keep(sentence, _CLAUSE_COMMA, lambda left, right: True)
    out: list[str] = []
    for piece in pieces:
        # Without a comma, "و" also joins nouns ("فرنسا وإنجلترا"); split only when both sides
        # carry their own number/date, the sign of two separate assertions ("… عام 1980 ووقّع … عام 1990").
        out.extend(_split_keep(piece, _CLAUSE_WA, lambda left, right: _has_value(left) and _has_value(right)))
    return out


def _split_keep(text: str, pattern: re.Pattern[str], accept: Callable[[str, str], bool]) -> list[str]:
    """Split at ``pattern`` only where both sides are long enough clauses and ``accept`` agrees."""
    parts: list[str] = []
    last = 0
    # Never inside a number or date written in words ("أربعمئة وثلاثة وتسعين مليون").
    inside = [(n.start, n.end) for n in find_numbers(text)] + [(d.start, d.end) for d in find_dates(text)]
    for m in pattern.finditer(text):
        if any(s < m.end() < e for s, e in inside):
            continue
        left, right = text[last:m.start()].strip(" ،,"), text[m.end():].strip()
        if _clause_long_enough(left) and _clause_long_enough(_first_clause(right, pattern)) and accept(left, right):
            parts.append(left)
            last = m.end()
    parts.append(text[last:].strip())
    return [p for p in parts if p]


def _first_clause(text: str, pattern: re.Pattern[str]) -> str:
    m = pattern.search(text)
    return text[:m.start()] if m else text


def _clause_long_enough(text: str) -> bool:
    return sum(not t.stop for t in get_analyzer().tokens(text)) >= 3


def _has_value(text: str) -> bool:
    return bool(find_numbers(text) or find_dates(text))
