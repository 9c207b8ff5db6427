"""Plain data passed between the stages of the pipeline and returned to users.

Offsets (``start``/``end``) are always character offsets into the *stored, original*
article text (never into a folded/normalized copy), so ``article.text[start:end]``
is exactly the quoted text.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple


class _Dict:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass
class RawRecord(_Dict):
    """One input record as read, before extraction.

    ``kind`` says how to extract it: ``"html"`` (a web page), ``"text"`` (a text dump that may
    hold several articles and boilerplate), ``"fields"`` (a structured record whose ``fields``
    already name title/text/date/url/source/tags, e.g. a JSONL or CSV row) or ``"feed"`` (an RSS/Atom
    item, fields as for ``"fields"``; its text may be empty when the item has only a title and a link).
    """

    origin: str  # file path (or "-" for stdin), as given by the user
    locator: str  # where inside the origin: "", "line 12", "row 3", "record 7 (http://…)"
    kind: str
    text: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    date_fields: tuple[str, ...] = ()  # a dateless row's fields whose names look like dates (for the warning)

    @property
    def label(self) -> str:
        return f"{self.origin}:{self.locator}" if self.locator else self.origin


@dataclass
class ArticleDraft(_Dict):
    """A clean article extracted from a record, not yet stored."""

    text: str
    title: str = ""
    published: str | None = None  # ISO date "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when that is all we know)
    source: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    note: str = ""  # what the reader should know, kept in the ingest log (a feed item with no body)


@dataclass
class Skip(_Dict):
    source: str
    reason: str


class Extracted(NamedTuple):
    """A record whose articles are already extracted (evaluation sets, API callers)."""

    record: RawRecord
    drafts: list[ArticleDraft]


IngestItem = RawRecord | Skip | Extracted  # what readers and callers hand to the ingest

SKIP_SAMPLE = 1000  # skips a report lists one by one (every one is in the archive's ingest log)
SKIP_SAMPLE_PER_REASON = 100
DUPLICATE_SAMPLE = 1000
REASONS = 100  # distinct reasons counted one by one; the rest as "other reasons"
_LOCATOR = re.compile(r"^(?:line|row|record|item) \d+(?: \([^)]*\))?: ")


def reason_kind(reason: str) -> str:
    """A skip reason without where it happened and its numbers: ``line 7: invalid JSON (… column 3)``
    → ``invalid JSON (… column N)``, so skips can be counted by kind."""
    return re.sub(r"\d+(?:[.,]\d+)*", "N", _LOCATOR.sub("", reason))[:200]


@dataclass
class IngestReport(_Dict):
    """What an ingest did. Counts are exact; the skips and duplicates named one by one are a sample,
    so a report stays small whatever the input (the archive's ingest log holds every record)."""

    records: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: list[Skip] = field(default_factory=list)  # the first skips (SKIP_SAMPLE, SKIP_SAMPLE_PER_REASON)
    articles: list[int] = field(default_factory=list)
    duplicate_of: dict[str, int] = field(default_factory=dict)  # "origin:locator#n" -> kept id (the first ones)
    skipped_count: int = 0
    skip_reasons: dict[str, int] = field(default_factory=dict)  # reason_kind -> count, most frequent first
    run: int | None = None  # the ingest log's run number
    no_date: int = 0  # stored articles without a publication date (date filters never find them)
    no_source: int = 0  # stored articles without a source
    warnings: list[str] = field(default_factory=list)  # what was lost, in plain words, with what to do

    @property
    def nothing_read(self) -> bool:
        """No article stored and none recognised as already there: the ingest did nothing useful."""
        return self.stored == 0 and self.duplicates == 0

    sampled: dict[str, int] = field(default_factory=dict, repr=False)  # kind -> skips listed (not output)

    def skip(self, item: Skip) -> None:
        self.skipped_count += 1
        kind = self._kind(item.reason)
        self.skip_reasons[kind] = self.skip_reasons.get(kind, 0) + 1
        self._sample(item, kind)

    def _kind(self, reason: str) -> str:
        kind = reason_kind(reason)
        return kind if kind in self.skip_reasons or len(self.skip_reasons) < REASONS else "other reasons"

    def _sample(self, item: Skip, kind: str) -> None:
        if len(self.skipped) < SKIP_SAMPLE and self.sampled.get(kind, 0) < SKIP_SAMPLE_PER_REASON:
            self.skipped.append(item)
            self.sampled[kind] = self.sampled.get(kind, 0) + 1

    def duplicate(self, label: str, kept: int) -> None:
        self.duplicates += 1
        if len(self.duplicate_of) < DUPLICATE_SAMPLE:
            self.duplicate_of[label] = kept

    def merge(self, other: IngestReport) -> None:
        """Add another report's outcome (one record's, or an upload's among several)."""
        self.records += other.records
        self.stored += other.stored
        self.no_date += other.no_date
        self.no_source += other.no_source
        self.warnings += other.warnings
        self.articles += other.articles
        self.skipped_count += other.skipped_count
        for kind, count in other.skip_reasons.items():
            kind = kind if kind in self.skip_reasons or len(self.skip_reasons) < REASONS else "other reasons"
            self.skip_reasons[kind] = self.skip_reasons.get(kind, 0) + count
        for item in other.skipped:
            self._sample(item, self._kind(item.reason))
        self.duplicates += other.duplicates - len(other.duplicate_of)
        for label, kept in other.duplicate_of.items():
            self.duplicate(label, kept)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        del out["sampled"]
        out["skip_reasons"] = dict(sorted(self.skip_reasons.items(), key=lambda kv: -kv[1]))
        return out


@dataclass
class IngestProgress(_Dict):
    """Where an ingest is, for a progress bar. ``total`` is None when it cannot be known in advance
    (stdin, several records per file of unknown count)."""

    phase: str  # "reading" (records read, extracted and stored) or "indexing" (articles added to the index)
    done: int
    total: int | None
    unit: str  # "records", "files" or "articles"
    label: str = ""  # what is being read now


@dataclass
class EmbedReport(_Dict):
    """What ``akhbar embed`` did: passages embedded now, of the archive's total, with which model."""

    embedded: int
    passages: int  # passages in the archive; all of them have a vector when the embed finished
    model: str
    dim: int
    seconds: float
    rebuilt: bool = False  # the vectors were started afresh (asked, or made by another model or archive)
    reason: str = ""  # why they were started afresh


@dataclass
class Article(_Dict):
    id: int
    title: str
    text: str
    published: str | None
    source: str | None
    url: str | None
    tags: list[str]
    lang: str
    origin: str
    duplicate_of: int | None = None


class RankedArticle(NamedTuple):
    """An article as the index ranks it: fused score, and the passage that covers the query best
    (None when no passage holds a query term, e.g. matched by its title only)."""

    score: float
    article_id: int
    passage_id: int | None


class Candidate(NamedTuple):
    """A retrieved article with the passage to read or show (the retriever's answer to a query)."""

    score: float
    passage_id: int
    article_id: int


class EventRow(NamedTuple):
    """A stored event: the sentence (offsets in its article's text) that a date mention dates."""

    article_id: int
    start: int
    end: int
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # "year" | "month" | "day"
    anchor: str  # a relative date's day: "published", "dateline" or "weekday" (stated in the text); "" if absolute


@dataclass(frozen=True)
class DatedMention:
    """A date mentioned in one sentence of an article, with what it dates (akhbar.events)."""

    sentence: int  # the sentence's number in the article
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str
    start: int  # offsets of the mention in the article text
    end: int
    role: str  # "event" (dates the sentence's main event) or "reference" (context)
    why: str  # for a reference, the rule that made it one ("since", "relative clause" …); "" for an event
    anchor: str  # a relative date's day: "published", "dateline" or "weekday"; "" for an absolute date


@dataclass
class Passage(_Dict):
    id: int
    article_id: int
    start: int
    end: int
    text: str


@dataclass
class Hit(_Dict):
    """A search result: the best passage of one article."""

    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    passage_id: int
    text: str
    start: int  # passage offsets in the article text
    end: int
    score: float | None  # relevance (fused BM25 + coverage); None when sorted by date
    highlights: list[tuple[int, int]] = field(default_factory=list)  # offsets in the article text


@dataclass
class FacetCount(_Dict):
    value: str | int | None  # a source name or a year; None = unknown source / no date
    count: int


@dataclass
class SearchResult(_Dict):
    """One page of a search: ``total`` articles match, ``hits`` are those from ``offset`` on in the
    chosen order, and ``facets`` count all the matches per ``source`` and per ``year``.
    ``unmatched_phrases``: the query's quoted phrases (as written) that no article within the filters
    holds; they were not required, the hits are those of their words."""

    query: str
    total: int
    offset: int
    hits: list[Hit]
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    unmatched_phrases: list[str] = field(default_factory=list)


@dataclass
class Source(_Dict):
    """One numbered citation of an answer."""

    n: int
    article_id: int
    title: str
    source: str | None
    published: str | None
    url: str | None
    quote: str
    start: int
    end: int
    citation: str = field(init=False)  # «quote» — source، title، date، url: what a journalist pastes

    def __post_init__(self) -> None:
        from .present import citation

        self.citation = citation(self.quote, self.source, self.title, self.published, self.url)


@dataclass
class Point(_Dict):
    text: str
    citations: list[int]


@dataclass
class GeneratedSentence(_Dict):
    """One sentence a language model wrote for ``ask --generate``, and what the claim checker made of it.

    ``action``: "kept" (supported by the sources: shown as written), "dropped" (unsupported: shown only
    with --show-unsupported, struck through) or "replaced" (contradicted: the source sentence that
    contradicts it is shown instead)."""

    text: str  # as the model wrote it, citation marks removed
    citations: list[int]  # the source numbers it cited ([n])
    verdict: str  # "supported" | "unsupported" | "contradicted"
    action: str  # "kept" | "dropped" | "replaced"
    shown: str | None  # what the verified answer shows for it; None when dropped
    shown_citations: list[int]  # the sources that back what is shown
    evidence: str | None  # the source sentence that decided the verdict
    evidence_source: int | None  # its source number
    reason: str = ""
    probability: float = 0.0


@dataclass
class Answer(_Dict):
    question: str
    answer_type: str
    answer: str | None
    points: list[Point]
    sources: list[Source]
    abstained: bool
    message: str | None = None  # shown when abstaining: what was not found
    closest: list[Hit] = field(default_factory=list)
    confidence: float = 0.0  # the measured probability that the first point holds the answer (0 when nothing was chosen)
    missing: list[str] = field(default_factory=list)  # the question's constraints no evidence satisfied ("كأس العالم 2018")
    # those of ``missing`` an article of the archive does tell, only never with the rest of the question
    # ("لبنان" of "كم عدد قتلى الزلزال في لبنان؟" while the Beirut port articles name Lebanon)
    apart: list[str] = field(default_factory=list)
    normalized: str | None = None  # the short answer normalized: the ISO date of a when-answer ("2021-03-23")
    # ask --generate (an optional chat server; every sentence checked): the model's sentences with their
    # verdicts, and the verified answer made of the kept and replaced ones, each with its [n] citations.
    generated: list[GeneratedSentence] | None = None
    kept: str | None = None
    generator: str | None = None  # the chat model's name

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        if self.generator is None:  # not asked to generate: the answer's JSON is as it always was
            for key in ("generated", "kept", "generator"):
                del out[key]
        return out


class EvidenceSentence(NamedTuple):
    """A candidate evidence sentence for a claim: its text and where it sits.

    ``start``/``end`` are offsets into the article (or context) text the sentence was cut from;
    ``end`` None means ``start + len(text)``.
    """

    text: str
    start: int = 0
    end: int | None = None
    article_id: int | None = None
    published: str | None = None  # the article's date, ISO "YYYY-MM-DD" (or shorter) when known
    title: str | None = None  # the article's title: names a sentence may only refer to ("القناة")


# The kinds of ``Conflict`` that are a slot's value (value_compare.describe_conflict), not who did what.
# A weekday is a date's ("weekday الاثنين ≠ الأربعاء (6 ديسمبر 2017)"): on a sentence about another event it decides
# nothing, as the date would not (held out 23 replaced the visit's true Monday by the victory's Wednesday).
VALUE_CONFLICT_KINDS = frozenset({"year", "date", "weekday", "number", "percentage", "score", "rank", "time"})


@dataclass
class Conflict(_Dict):
    """What a contradicted claim and its evidence disagree on, for programs to read (``Claim.reason``
    says it in words).

    ``kind`` is one of: ``year``, ``date``, ``weekday``, ``number``, ``percentage``, ``score``, ``rank``, ``time`` (a
    value of the same kind that differs, :data:`VALUE_CONFLICT_KINDS`; a score such as "4-2" is one
    value), ``role`` (two names with their roles
    exchanged), ``name`` (another name in the claim's name's place), ``antonym``, ``negation`` (a word
    negated on one side only), ``polarity`` (a denial or refusal on one side only), ``slot`` (another
    word in the claim's word's place), ``other``.
    ``claim`` / ``evidence`` are the two sides as written ("2018" / "2022"; "" when one side has none).
    """

    kind: str
    claim: str
    evidence: str


@dataclass
class Claim(_Dict):
    """One claim of a checked text and its verdict.

    ``probability`` is the checker's calibrated probability that ``verdict`` is right;
    ``score`` is kept as an alias of it for readers of the first JSON format.
    ``reason`` names what decided ("year 2023 ≠ 2024", "role swapped: فرنسا / الأرجنتين").
    """

    text: str
    verdict: str  # "supported" | "unsupported" | "contradicted"
    evidence: str | None
    evidence_start: int | None
    evidence_end: int | None
    score: float
    article_id: int | None = None
    reason: str = ""
    probability: float = 0.0
    published: str | None = None  # the evidence article's date, when known
    conflict: Conflict | None = None  # for a contradicted claim: what disagrees, structured


@dataclass
class VerifyReport(_Dict):
    claims: list[Claim]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"claims": [c.to_dict() for c in self.claims]}
        for verdict in ("supported", "unsupported", "contradicted"):
            out[verdict] = sum(c.verdict == verdict for c in self.claims)
        return out


@dataclass
class Event(_Dict):
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD" by precision
    precision: str  # "year" | "month" | "day"
    text: str
    article_id: int
    source: str | None
    published: str | None
    start: int
    end: int
    sources: list[dict[str, Any]] = field(default_factory=list)
    # a relative date's day: "published", "dateline" or "weekday" (stated in the text); "copies": the day before its page's,
    # told by other pages of the same report (a page fetched after midnight, akhbar.timeline); "" if absolute
    anchor: str = ""
    topic: str = "on"  # "on" (the timeline) or "near" (near-topic, shown only when asked for)
    coverage: float = 0.0  # share of the query's weight (IDF) the event's sentence covers (akhbar.timeline)
    # akhbar.timeline_confidence: the calibrated probabilities that the date is right and that the event is on the
    # story (None without a fitted model), and why an event the rules found is held back from the timeline ("date",
    # "topic"; shown only when asked for, like near-topic events); "" when it is on it
    date_confidence: float | None = None
    topic_confidence: float | None = None
    held: str = ""
