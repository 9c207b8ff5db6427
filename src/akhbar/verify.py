"""Check the claims of a text against source sentences: supported / unsupported / contradicted.

``verify(context, answer)`` checks an answer against one source text; ``Verifier`` checks it
against whatever sentences an ``evidence_fn`` returns (the archive variant).

The cascade, for every claim of the answer:

1. **Split** the answer into claims (``split_claims``): lines, bullet markers, "Title: text"
   bullets (the title is dropped), sentences, and clauses joined by "، و" (or by a bare "و" when
   both sides carry their own number or date) that each assert something. A line that only
   introduces a list ("… عدة جوانب مهمة:") is not a claim.
2. **Analyze** claim and candidate sentences with the shared analyzer: content terms (stems, not
   stopwords), numbers as values (``find_numbers``: "63 ألف" == "63,000") and dates as dates
   (``find_dates``: "27 يناير" == "27 كانون الثاني"). Words inside a number or date are not terms.
3. **Pick evidence**: every candidate sentence, and every pair of adjacent sentences, is scored by
   IDF-weighted coverage of the claim's terms (stems match softly, because Snowball gives
   روسيا→روسي but الروسية→روس) plus agreement of values. A pair must beat the best single sentence
   clearly to be chosen, so evidence stays as short as possible.
4. **Decide**:
   - *contradicted*: the rest of the claim is well covered, but a number or date of the claim
     differs from a number/date of the same kind in the evidence (a year for a year, a
     percentage for a percentage), or a name-like word is swapped for another in the same slot;
   - *supported*: coverage is high and every number and date of the claim is in the evidence;
   - *unsupported*: anything else (low coverage, or a number/date that appears nowhere).

The score (0–1) says how well the chosen evidence covers the claim (terms and values).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .arabic import get_analyzer, normalize, split_sentences
from .dates import DateMention, find_dates
from .models import Claim, EvidenceSentence, VerifyReport
from .numbers import NumberMention, find_numbers
from .qa.match import bm25_idf

__all__ = ["ANSWER_SLOT", "EvidenceSentence", "PairVerdict", "Verifier", "check_claim", "judge_pair", "split_claims",
           "verify"]

# Thresholds, tuned on the first half of bench/claims.jsonl (see bench/README.md, "Verify").
SUPPORT_COVERAGE = 0.72  # weighted share of claim terms found in the evidence
CONTRADICT_COVERAGE = 0.6  # the rest of the claim must be this well covered to call a conflict
SWAP_COVERAGE = 0.75  # a swapped name needs an even better covered rest
PAIR_MARGIN = 0.08  # a pair of sentences must beat the best single sentence by this much
CLOSEST_EVIDENCE = 0.3  # below this coverage an unsupported claim gets no evidence at all

EvidenceFn = Callable[[str], Iterable[EvidenceSentence]]

# Words that only frame a number or date ("عام 2015", "أكثر من 63 ألف"); the value carries the meaning.
_FRAME_WORDS = {normalize(w) for w in (
    "عام", "عامي", "سنة", "سنتي", "العام", "السنة", "عاما", "سنوات", "أعوام", "حوالي", "نحو", "قرابة",
    "أكثر", "أقل", "ما", "يقارب", "بنسبة", "نسبة", "بين", "من", "إلى", "حتى", "منذ", "في", "يوم", "شهر",
)}
_NEGATIONS = {normalize(w) for w in ("لم", "لن", "لا", "ليس", "ليست", "ولم", "ولا", "ولن", "فلم", "فلا")}
_BULLET = re.compile(r"^\s*(?:[-–—•*▪●◦·]+|\(?[0-9٠-٩]{1,3}\s*[.)\-–]|\([0-9٠-٩]{1,3}\))\s*")
_TITLE = re.compile(r"^([^:：]{1,60})[:：]\s*(\S.*)$")
_CLAUSE_COMMA = re.compile(r"\s*[،,]\s*(?=و\S{2,})")
_CLAUSE_WA = re.compile(r"\s+(?=و[^\s\d٠-٩]{2,})")
_ARTICLE = re.compile(r"^(?:[وفبلك]?ال|لل)")


# --- claim splitting ------------------------------------------------------------------------

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
    for m in pattern.finditer(text):
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


# --- analysis of claims and sentences ---------------------------------------------------------

@dataclass
class _Term:
    key: str  # stem
    norm: str  # folded surface form
    index: int  # position among the text's tokens (for slot alignment)
    name_like: bool


@dataclass
class _Value:
    kind: str  # "year" | "num" | "pct" | "date"
    value: float
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None


@dataclass
class _Facts:
    terms: list[_Term]
    values: list[_Value]
    negated: frozenset[int] = frozenset()  # token positions governed by a negation (لم تشجع)


def _analyze(text: str) -> _Facts:
    dates = find_dates(text)
    numbers = [n for n in find_numbers(text) if not any(_overlaps(n, d) for d in dates)]
    spans = [(m.start, m.end) for m in dates] + [(n.start, n.end) for n in numbers]
    terms: list[_Term] = []
    tokens = get_analyzer().tokens(text)
    for i, tok in enumerate(tokens):
        if tok.stop or not tok.stem or any(s <= tok.start < e for s, e in spans):
            continue
        if tok.norm in _FRAME_WORDS or tok.norm.isdigit():
            continue
        terms.append(_Term(key=tok.stem, norm=tok.norm, index=i, name_like=_name_like(tok.text, tok.norm)))
    values = [_date_value(d) for d in dates] + [_number_value(n) for n in numbers]
    return _Facts(terms=terms, values=[v for v in values if v is not None], negated=_negated_positions(tokens))


def _negated_positions(tokens: list) -> frozenset[int]:
    # The two tokens after a negation particle: "لم تشجع السلطات" negates تشجع.
    out: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.norm in _NEGATIONS:
            out.update((i + 1, i + 2))
    return frozenset(out)


def _overlaps(a: NumberMention, b: DateMention) -> bool:
    return a.start < b.end and b.start < a.end


def _name_like(text: str, norm: str) -> bool:
    # Without a name list, the best cheap cue: Latin capitals, or an Arabic word that takes no
    # article (بوتين، إيفانوف، كامبريدج) — nouns and adjectives in news usually carry ال.
    if text[:1].isupper():
        return True
    # Common nouns and verbal nouns mostly end in ة (folded ه) or a plural ending.
    return (len(norm) >= 4 and not _ARTICLE.match(norm) and norm.isalpha() and not norm.isascii()
            and not norm.endswith(("ه", "ات")))


def _date_value(d: object) -> _Value | None:
    date = getattr(d, "date", None)
    if date is None:
        return None
    precision = getattr(d, "precision", "day")
    return _Value(
        kind="date", value=float(date.year), text=d.text,  # type: ignore[attr-defined]
        year=date.year,
        month=date.month if precision in ("month", "day") else None,
        day=date.day if precision == "day" else None,
    )


def _number_value(n: object) -> _Value | None:
    value = getattr(n, "value", None)
    if value is None:
        return None
    value = float(value)
    if getattr(n, "percent", False):
        kind = "pct"
    elif value.is_integer() and 1000 <= value <= 2100 and re.fullmatch(r"[0-9٠-٩]{4}", n.text.strip()):  # type: ignore[attr-defined]
        kind = "year"
    else:
        kind = "num"
    return _Value(kind=kind, value=value, text=n.text)  # type: ignore[attr-defined]


# --- term matching and weights ----------------------------------------------------------------

@lru_cache(maxsize=65536)
def _match(a: str, b: str) -> float:
    """How well stem ``a`` matches stem ``b`` (1 exact, <1 for the stemmer's inconsistencies)."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return 0.9
    # An imperfect-verb prefix the stemmer left on (يطلب / طلب, تشار / شارك).
    for x in _without_prefix(a):
        for y in _without_prefix(b):
            if x == y or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)) and abs(len(x) - len(y)) <= 1):
                return 0.85
    # Same consonants once long vowels are dropped: verb and verbal noun of one root
    # (أنتج / إنتاج, شارك / مشاركة keep "نتج", "شرك"), which the stemmer keeps apart.
    sa, sb = _skeleton(a), _skeleton(b)
    if len(sa) >= 3 and sa == sb:
        return 0.75
    # A word glued to the one before it in scraped text ("بتعيينوليام").
    if len(short) >= 4 and long_.endswith(short):
        return 0.8
    # Spelling variants of one word (المطيرة / المطرية, transliterated names) differ by one edit.
    if len(short) >= 4 and _one_edit(a, b):
        return 0.75
    return 0.0


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _without_prefix(stem: str) -> tuple[str, ...]:
    # Imperfect-verb prefixes and one-letter clitics the stemmer sometimes leaves on (لاحصاء).
    return (stem, stem[1:]) if len(stem) >= 4 and stem[0] in "يتناوبلكف" else (stem,)


def _skeleton(stem: str) -> str:
    core = stem[1:] if len(stem) >= 5 and stem[0] in "مات" else stem
    return "".join(ch for ch in core if ch not in "اوي")


def _best_match(term: _Term, others: Sequence[_Term]) -> tuple[float, int]:
    best, where = 0.0, -1
    for j, other in enumerate(others):
        m = 1.0 if term.norm == other.norm else max(_match(term.key, other.key), _match(term.norm, other.norm))
        if m > best:
            best, where = m, j
            if m == 1.0:
                break
    return best, where


def _idf_table(claim_terms: list[_Term], sentences: Sequence[_Facts]) -> dict[str, float]:
    """IDF of each claim term over the candidate sentences, with soft stem matching.

    A term no sentence contains gets the highest weight: a claim resting on words the sources
    never use is what "unsupported" means.
    """
    n = len(sentences)
    table: dict[str, float] = {}
    for term in claim_terms:
        if term.key in table:
            continue
        df = sum(_best_match(term, s.terms)[0] >= 0.85 for s in sentences)
        table[term.key] = bm25_idf(n, df)
    return table


# --- evidence scoring -------------------------------------------------------------------------

@dataclass
class _Candidate:
    text: str
    start: int
    end: int
    article_id: int | None
    facts: _Facts
    published: str | None = None


@dataclass
class _Judgement:
    candidate: _Candidate
    coverage: float
    matched_values: int
    conflicts: list[tuple[_Value, _Value]] = field(default_factory=list)
    missing: list[_Value] = field(default_factory=list)
    swaps: list[tuple[str, str]] = field(default_factory=list)
    negation_flip: str | None = None  # a matched word negated on one side only

    @property
    def rank(self) -> float:
        # Coverage first; agreeing values next; values of the same kind (even conflicting) show the
        # sentence speaks of the same thing, which is what a contradiction needs.
        return self.coverage + 0.1 * self.matched_values + 0.05 * len(self.conflicts) - 0.05 * len(self.missing)

    @property
    def score(self) -> float:
        n_values = self.matched_values + len(self.conflicts) + len(self.missing)
        if not n_values:
            return round(self.coverage, 4)
        return round(0.7 * self.coverage + 0.3 * self.matched_values / n_values, 4)


def _judge(claim: _Facts, cand: _Candidate, idf: dict[str, float]) -> _Judgement:
    total = sum(idf[t.key] for t in claim.terms)
    got = 0.0
    aligned: dict[int, int] = {}  # claim term position -> evidence term position
    for pos, term in enumerate(claim.terms):
        m, where = _best_match(term, cand.facts.terms)
        if m >= 0.85:
            aligned[pos] = where
        got += idf[term.key] * m
    coverage = got / total if total else (1.0 if claim.values else 0.0)
    matched, conflicts, missing = _compare_values(claim.values, cand.facts.values)
    judgement = _Judgement(cand, coverage, matched, conflicts, missing)
    judgement.swaps = _name_swaps(claim.terms, cand.facts.terms, aligned)
    judgement.negation_flip = _negation_flip(claim, cand.facts, aligned)
    return judgement


def _negation_flip(claim: _Facts, evidence: _Facts, aligned: dict[int, int]) -> str | None:
    # Negation scope is fuzzy ("لم يكن لدى … وقود" = "ليس لديها وقود"), so only a clear flip
    # counts: one side negates a matched word while the other side has no negation at all.
    for pos in aligned:
        term = claim.terms[pos]
        if term.index in claim.negated and not evidence.negated:
            return term.norm
        if not claim.negated:
            # The word may occur several times in the evidence; one plain occurrence is enough
            # ("لم يفز لا تسلا ولا إديسون … وتلقى تسلا").
            polarities = {t.index in evidence.negated for t in evidence.terms if _match(term.key, t.key) >= 0.85}
            if polarities == {True}:
                return term.norm
    return None


def _compare_values(claim: list[_Value], evidence: list[_Value]) -> tuple[int, list, list]:
    matched, conflicts, missing = 0, [], []
    used: set[int] = set()
    pending: list[_Value] = []
    for v in claim:
        j = next((j for j, e in enumerate(evidence) if j not in used and _same_value(v, e)), None)
        if j is None:
            j = next((j for j, e in enumerate(evidence) if _same_value(v, e)), None)
        if j is None:
            pending.append(v)
        else:
            used.add(j)
            matched += 1
    for v in pending:
        # A value of the same kind left unexplained in the evidence is the claim's value, changed;
        # of several, the most alike ("8 أكتوبر 1990" against "8 أكتوبر 1980", not "يوليو 1944").
        rivals = [j for j, e in enumerate(evidence) if j not in used and _same_kind(v, e)]
        j = max(rivals, key=lambda j: _likeness(v, evidence[j])) if rivals else None
        if j is None:
            missing.append(v)
        else:
            used.add(j)
            conflicts.append((v, evidence[j]))
    return matched, conflicts, missing


def _years(v: _Value) -> int | None:
    if v.kind == "date":
        return v.year
    if v.kind in ("year", "num") and v.value.is_integer() and 1000 <= v.value <= 2100:
        return int(v.value)
    return None


def _same_value(c: _Value, e: _Value) -> bool:
    if c.kind == "date" or e.kind == "date":
        if _years(c) is None or _years(c) != _years(e):
            return False
        if c.kind == "date" and e.kind == "date":
            # The claim may be less precise than the evidence ("2015" vs "30 سبتمبر 2015"), not more.
            return all(getattr(c, f) is None or getattr(c, f) == getattr(e, f) for f in ("month", "day"))
        return c.kind != "date" or (c.month is None and c.day is None)
    if (c.kind == "pct") != (e.kind == "pct"):
        return False
    return math.isclose(c.value, e.value, rel_tol=1e-6, abs_tol=1e-9)


def _likeness(c: _Value, e: _Value) -> float:
    """Higher for values that differ in fewer places (same month and day, nearby number)."""
    same_fields = sum(getattr(c, f) is not None and getattr(c, f) == getattr(e, f) for f in ("month", "day"))
    closeness = 1.0 / (1.0 + abs(c.value - e.value) / max(abs(c.value), abs(e.value), 1.0))
    return same_fields + closeness


def _same_kind(c: _Value, e: _Value) -> bool:
    if _years(c) is not None and c.kind in ("year", "date"):
        return _years(e) is not None and e.kind in ("year", "date")
    if c.kind == "pct" or e.kind == "pct":
        return c.kind == e.kind
    return c.kind == "num" and e.kind == "num"


def _name_swaps(claim: list[_Term], evidence: list[_Term], aligned: dict[int, int]) -> list[tuple[str, str]]:
    """Claim words that sit in a slot where the evidence has another word of its own.

    "سلسل فريقان بحثيان ألمانيان الحمض …" against "… فريقان بحثيان يابانيان بسلسلة الحمض …": the
    words on both sides are matched and the slot between them holds a different word, so the claim
    changed what the source says. A slot at the end of the claim (one matched side only) counts for
    name-like words. A word merely absent from the evidence makes a claim unsupported, not contradicted.
    """
    used = set(aligned.values())
    swaps = []
    for pos, term in enumerate(claim):
        if pos in aligned:
            continue
        left, right = aligned.get(pos - 1), aligned.get(pos + 1)
        if left is not None and right is not None:
            slot = [j for j in range(left + 1, right) if j not in used]
            if right - left == 2 and slot and term.name_like and evidence[slot[0]].name_like:
                swaps.append((term.norm, evidence[slot[0]].norm))
        elif left is not None and pos == len(claim) - 1 and term.name_like:
            j = left + 1
            if j < len(evidence) and j not in used and evidence[j].name_like:
                swaps.append((term.norm, evidence[j].norm))
    return swaps


def _candidates_with_pairs(cands: list[_Candidate], join: Callable[[_Candidate, _Candidate], _Candidate | None]) -> list[_Candidate]:
    pairs = []
    for a, b in zip(cands, cands[1:]):
        pair = join(a, b)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _decide(text: str, claim: _Facts, singles: list[_Candidate], pairs: list[_Candidate]) -> Claim:
    if not singles or (not claim.terms and not claim.values):
        return Claim(text=text, verdict="unsupported", evidence=None, evidence_start=None, evidence_end=None,
                     score=0.0, reason="no evidence sentences" if not singles else "nothing checkable in the claim")
    idf = _idf_table(claim.terms, [c.facts for c in singles])
    best = max((_judge(claim, c, idf) for c in singles), key=lambda j: j.rank)
    if pairs:
        best_pair = max((_judge(claim, c, idf) for c in pairs), key=lambda j: j.rank)
        if best_pair.rank > best.rank + PAIR_MARGIN:
            best = best_pair
    verdict, reason = _verdict(best)
    cand = best.candidate
    show = verdict != "unsupported" or best.coverage >= CLOSEST_EVIDENCE
    return Claim(
        text=text, verdict=verdict,
        evidence=cand.text if show else None,
        evidence_start=cand.start if show else None,
        evidence_end=cand.end if show else None,
        score=max(0.0, min(1.0, best.score)),
        article_id=cand.article_id if show else None,
        reason=reason,
        probability=max(0.0, min(1.0, best.score)),
        published=cand.published if show else None,
    )


def _verdict(j: _Judgement) -> tuple[str, str]:
    if j.conflicts and j.coverage >= CONTRADICT_COVERAGE:
        c, e = j.conflicts[0]
        return "contradicted", f"the claim says {c.text!r} where the source says {e.text!r}"
    if j.negation_flip and j.coverage >= SWAP_COVERAGE and not j.missing:
        return "contradicted", f"the claim and the source disagree on whether {j.negation_flip!r} happened (negation)"
    if j.swaps and j.coverage >= SWAP_COVERAGE and not j.missing:
        said, found = j.swaps[0]
        return "contradicted", f"the claim names {said!r} where the source names {found!r}"
    if j.coverage >= SUPPORT_COVERAGE and not j.conflicts and not j.missing:
        return "supported", f"{j.coverage:.0%} of the claim's words and all its numbers/dates are in the source"
    if j.missing:
        return "unsupported", f"{j.missing[0].text!r} appears nowhere in the closest source sentence"
    if j.conflicts:
        return "unsupported", (f"the closest source sentence has a different number ({j.conflicts[0][1].text!r})"
                               " but covers too little of the claim to compare")
    return "unsupported", f"only {j.coverage:.0%} of the claim's words are in the closest source sentence"


# --- public entry points ----------------------------------------------------------------------

ANSWER_SLOT = "[?]"  # marks the open answer slot of a question turned into a statement


class PairVerdict(NamedTuple):
    """The verdict on one claim against one evidence sentence."""

    verdict: str  # "supported" | "unsupported" | "contradicted"
    probability: float  # calibrated probability that the verdict is right
    reason: str


def judge_pair(claim: str, sentence: str) -> PairVerdict:
    """Judge one claim against one sentence.

    >>> judge_pair("فازت فرنسا بكأس العالم 2022", "فازت الأرجنتين بكأس العالم 2022 على فرنسا").verdict
    'contradicted'
    """
    c = check_claim(claim, [EvidenceSentence(sentence)])
    return PairVerdict(c.verdict, c.probability, c.reason)


def check_claim(claim: str, evidence: Sequence[EvidenceSentence]) -> Claim:
    """Judge one claim against candidate evidence sentences; return the verdict with the sentence
    that decided it (its offsets, article id and date) and the reason.

    Sentences of the same article that follow each other (at most 3 characters apart) are also
    tried as a pair. A claim may hold :data:`ANSWER_SLOT` where a question's answer would stand
    ("فاز [?] بكأس العالم 2022"): the slot needs no evidence of its own, every other part of the
    claim does, and nothing of it may be contradicted.

    >>> s = EvidenceSentence("أمّم عبد الناصر شركة قناة السويس في 26 يوليو 1956.", 0, 49, article_id=3)
    >>> c = check_claim("أمّم عبد الناصر شركة قناة السويس عام 1957", [s])
    >>> c.verdict, c.article_id
    ('contradicted', 3)
    """
    text = claim.replace(ANSWER_SLOT, " ").strip()
    singles = _as_candidates(evidence)
    pairs = _candidates_with_pairs(singles, _join_adjacent)
    return _decide(claim, _analyze(text), singles, pairs)


def _as_candidates(evidence: Iterable[EvidenceSentence]) -> list[_Candidate]:
    seen: set[tuple[int | None, int, int]] = set()
    out = []
    for ev in evidence:
        end = ev.end if ev.end is not None else ev.start + len(ev.text)
        if (ev.article_id, ev.start, end) in seen or not ev.text.strip():
            continue
        seen.add((ev.article_id, ev.start, end))
        out.append(_Candidate(text=ev.text, start=ev.start, end=end, article_id=ev.article_id,
                              facts=_analyze(ev.text), published=ev.published))
    # Sorted so neighbours in the article are neighbours in the list (for pairs).
    out.sort(key=lambda c: (c.article_id is None, c.article_id or 0, c.start))
    return out


def _join_adjacent(a: _Candidate, b: _Candidate, max_gap: int = 3) -> _Candidate | None:
    if a.article_id != b.article_id or not (0 <= b.start - a.end <= max_gap):
        return None
    gap = " " * (b.start - a.end)
    return _Candidate(text=a.text + gap + b.text, start=a.start, end=b.end, article_id=a.article_id,
                      facts=_merge(a.facts, b.facts), published=a.published)


def verify(context: str, answer: str) -> VerifyReport:
    """Check each claim of ``answer`` against the sentences of ``context`` (the source text).

    Evidence offsets are character offsets into ``context``.
    """
    context = context or ""
    sentences = [EvidenceSentence(s.text, s.start, s.end) for s in split_sentences(context) if s.text.strip()]
    claims = [check_claim(text, sentences) for text in split_claims(answer)]
    for c in claims:  # a pair of sentences is quoted with what stands between them (a line break)
        if c.evidence is not None and c.evidence_start is not None and c.evidence_end is not None:
            c.evidence = context[c.evidence_start:c.evidence_end]
    return VerifyReport(claims=claims)


def _merge(a: _Facts, b: _Facts) -> _Facts:
    offset = 1 + max([t.index for t in a.terms] + list(a.negated) + [0])
    shifted = [_Term(t.key, t.norm, t.index + offset, t.name_like) for t in b.terms]
    negated = a.negated | {i + offset for i in b.negated}
    return _Facts(terms=a.terms + shifted, values=a.values + b.values, negated=frozenset(negated))


class Verifier:
    """Checks answers against sentences found by ``evidence_fn`` (e.g. from an archive).

    ``evidence_fn(claim_text)`` returns candidate sentences (:class:`EvidenceSentence`) with
    offsets into their article.
    """

    def __init__(self, evidence_fn: EvidenceFn) -> None:
        self.evidence_fn = evidence_fn

    def check(self, answer: str) -> VerifyReport:
        return VerifyReport(claims=[check_claim(text, list(self.evidence_fn(text))) for text in split_claims(answer)])
