"""Timelines: the dated events behind a story, merged across sources, in date order.

Events are found at ingest (akhbar.events): a date mention is an event only when it dates what its
sentence reports (context dates are kept as references, never shown here); relative dates resolve
against the article's own day. A timeline must match the story, not one of its words: "رسوم الأراضي
البيضاء" is the white-land fee, and البيضاء alone is also Belarus (روسيا البيضاء), al-Bayda in Yemen and
cataracts. So:

1. **The query's words and names** (``akhbar.timeline_topic``): a term of a multi-word name counts only next to the rest
   of the name ("البيضاء" alone is no white-land fee), names match however they are written, and another body or person
   of the same words counts nothing (another country's ministry, another father, a club's name in another sense).
2. **Candidate articles**: the ``max_articles`` best search results for the query.
3. **Topic coverage of each event**: the share of the query's IDF weight its sentence covers (rule 1).
   At or above ``ON_TOPIC`` the event is on the timeline, and at ``PART_TOPIC`` when its article's lead
   (title and first sentence) covers ``ON_TOPIC`` (a follow-up that names part of the story in an article
   about it; for a query that ends in its country, "الشركة البريطانية" after a lead that names "الخطوط الجوية
   البريطانية", the country alone is such a part when the lead names the body by its other words). Otherwise an
   event whose sentence covers at least ``PART_TOPIC``, or whose paragraph (with
   the sentence before it when the paragraph starts there: "ويبدأ تطبيق النظام في يناير" names the story
   only before) or article lead covers ``ON_TOPIC``, is near-topic: returned only when asked for (``near=True``, ``--near``) and marked
   ``topic="near"``. Chosen for precision on judged SaudiNewsNet timelines (bench/timeline_real.py):
   lifting paragraph- or lead-covered sentences into the timeline itself brought in the dollar's fall
   in an oil report, a club's training camp in a league story.
4. **How sure** (``akhbar.timeline_confidence``): each event the rules put on the timeline gets the calibrated
   probability that its date is right and that it is on the story, from small logistic models fitted on the judged
   timelines; an event under either model's threshold (chosen on cross-validated predictions for a precision of
   0.90, the model file's ``target_precision``) is held back (``Event.held``), returned only when asked for (``near=True``)
   with the near-topic events: right, or honestly silent.
5. **Merge** events of the same date that say the same thing (overlap of the sentences' content stems,
   the date words left out), whatever paper reported them, with every source (copies included).
6. **Sort** by date string, so a year ("2015") comes before its months and days ("2015-09-30").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from . import lexicon
from .arabic import Analyzer, normalize
from .article_day import PUBLISHED, WEEKDAY, stated_weekday
from .clauses import contrast_clauses
from .dates import date_span, find_dates, reference_day
from .event_rules import REPORTED_DAYS
from .events import EVENT
from .index import day_number
from .models import Article, Event, EventRow
from .retrieve import Retriever, date_range
from .store import Store
from .timeline_confidence import DateFacts, TopicFacts, date_features, load_model, topic_features
from .timeline_passing import place_of_the_doer
from .timeline_query import read_topic
from .timeline_topic import Topic

SAME_EVENT = 0.5  # share of the smaller sentence's content stems found in the other
ON_TOPIC = 0.6  # the sentence covers this share of the query's weight: the timeline (chosen on the tune queries)
PART_TOPIC = 0.25  # ... or this share, in an article whose lead covers ON_TOPIC
# the sentence before a back-pointing one ("وجاء ذلك خلال …") covers this share, its terms in the query's order: it names the
# query whole
WHOLE = 0.999
ON, NEAR = "on", "near"
DAY = "day"
COPIES = "copies"  # an event's day read from other pages of the same report, not its own (``_written_the_day_before``)
REPRINT_DAYS = 3  # a page reprints another's report of at most this many days before (``_reprinted_later``)
NEAR_IDENTICAL = 0.85  # ... when each of the two sentences holds this share of the other's content stems, numbers the same


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _content_stems(analyzer: Analyzer, text: str, published: str | None) -> set[str]:
    """Stems of what a sentence says happened, without its date words.

    Two sentences of the same day always share their date words ("3", "مايو", "2023", and with
    the dual form "تشرين", "الاول" too); counted, they make two short reports of different
    things on that day look like one event.
    """
    spans = [(m.start, m.end) for m in find_dates(text, reference_day(published))]
    return {t.stem for t in analyzer.tokens(text)
            if not t.stop and not any(s <= t.start < e for s, e in spans)}


@dataclass
class Layout:
    """Where an article's sentences and paragraphs are, to read an event's surroundings."""

    sentences: list[tuple[int, int]]
    paragraphs: list[tuple[int, int]]

    def context(self, start: int, end: int) -> tuple[int, int]:
        """The event sentence's paragraph, reaching back to the sentence before it when the paragraph
        starts with the event's sentence (scraped news often puts each sentence on its own line)."""
        lo, hi = start, end
        for s, e in self.paragraphs:
            if s <= start < e:
                lo, hi = s, max(e, end)
                break
        before = [s for s, e in self.sentences if e <= start]
        if lo == start and before:
            lo = before[-1]
        return lo, hi


@dataclass
class Candidate:
    """A dated event of a matching article, with how much of the query its surroundings cover."""

    row: EventRow
    article: Article
    sentence: float  # coverage of the event's sentence
    context: float  # of its paragraph (with the sentence before it)
    lead: float  # of the article's title and first sentence: what the article is about
    date_facts: DateFacts | None = None  # what the confidence models read (akhbar.timeline_confidence)
    topic_facts: TopicFacts | None = None
    # the sentence's coverage read as part of the story (``PART_TOPIC``): for a query that ends in its country
    # (``Topic.national``), the country alone counts again when the article's lead names the body by its other words
    part: float | None = None
    # the sentence's coverage had the query's body named as a partner of another's deed counted ("بالتعاون مع إمارة
    # المنطقة"; ``Topic.passing``): at ``PART_TOPIC`` the event is near the topic, not on it
    passing: float = 0.0

    @cached_property  # read by ``held`` and again when the event is made
    def confidence(self) -> tuple[float | None, float | None]:
        """The calibrated probabilities that the date is right and that the event is on the story (None: no
        model shipped)."""
        model = load_model()
        date = model.date(date_features(self.date_facts)) if model.date and self.date_facts else None
        topic = model.topic(topic_features(self.topic_facts)) if model.topic and self.topic_facts else None
        return date, topic

    @property
    def held(self) -> str:
        """Why an event the rules file is held back from the timeline: "date" when its date's confidence is under
        the date model's threshold, "topic" when its topic's is (on-topic events only); "" when it is filed."""
        model = load_model()
        date, topic = self.confidence
        if date is not None and model.date is not None and date < model.date.threshold:
            return "date"
        if self.topic == ON and topic is not None and model.topic is not None and topic < model.topic.threshold:
            return "topic"
        return ""

    @property
    def topic(self) -> str:
        """ON when the sentence itself covers the query; NEAR when it covers part of it, or when only its
        paragraph or its article's lead does (measured: lifting those into the timeline cost 0.11 of
        topic precision on the tune queries); "" otherwise."""
        part = self.sentence if self.part is None else self.part
        if self.sentence >= ON_TOPIC or (part >= PART_TOPIC and self.lead >= ON_TOPIC):
            return ON  # the sentence names the story, or part of it in an article about the story
        if (self.sentence >= PART_TOPIC or self.context >= ON_TOPIC or (self.lead >= ON_TOPIC and self.context > 0)
                or self.passing >= PART_TOPIC):
            return NEAR
        return ""


def candidates(store: Store, retriever: Retriever, analyzer: Analyzer, query: str, *, lo: int = 0, hi: int = 0,
               max_articles: int = 100) -> list[Candidate]:
    """Every event of the articles best matching ``query`` (within the date range), scored for topic."""
    found = retriever.candidates(query, max_articles, phrases="required")  # no notice shows a dropped phrase
    topic = read_topic(query, analyzer, retriever.index)
    if topic.spelled and not topic.spelled_head:
        # "كيا" of "شركة كيا": no view of the index holds a word the analyzer drops whole, so the search read the head
        # alone; the pages that write the word, first (its weight is the query's highest)
        written = retriever.written(topic.spelled, max_articles)
        found = written + [c for c in found if c.article_id not in {w.article_id for w in written}]
    if not found:
        return []
    rows = store.events_of_articles(aid for _, _, aid in found)
    articles = store.articles([aid for _, _, aid in found] + [r.article_id for r in rows])
    terms: dict[tuple[int, int, int], list[str]] = {}
    # the article's lead names another region by the query's region word, and none of the query's name words: the
    # region said short ("بإمارة المنطقة") in a sentence that names no region is that one (``Topic.region_elsewhere``)
    elsewhere_region: dict[int, bool] = {}

    def cover(article: Article, start: int, end: int, event: bool = False) -> float:
        key = (article.id, start, end)
        if key not in terms:
            terms[key] = place_of_the_doer(topic.terms(analyzer, article.text[start:end], elsewhere_region.get(article.id, False)),
                                           topic.head, topic.region, topic._known)
        return topic.coverage(terms[key], event=event)

    layouts: dict[int, Layout] = {}
    leads: dict[int, list[str]] = {}  # an article's title and first sentence, as topic terms
    rank = {aid: i for i, (_, _, aid) in reversed(list(enumerate(found)))}
    mentions: dict[int, list[tuple[int, int, str, str, str, str]]] = {}
    confirmed: dict[int, bool] = {}
    titles: dict[int, float] = {}
    whole: dict[int, bool] = {}  # the article never names the country of the query's national body
    placed: dict[int, bool] = {}  # the article writes the region's name of a query that names one ("القصيم")
    out = []
    for row in rows:
        # An event is a span of days (a year, a month or a day); keep it when it meets the filter range.
        if (lo and day_number(row.date, end=True) < lo) or (hi and day_number(row.date) > hi):
            continue
        article = articles[row.article_id]
        if article.id not in layouts:
            layouts[article.id] = Layout([(s, e) for _, s, e in store.sentences_of_article(article.id)],
                                         store.paragraphs_of_article(article.id))
        layout = layouts[article.id]
        first = layout.sentences[0] if layout.sentences else (0, 0)
        if article.id not in leads:
            leads[article.id] = topic.terms(analyzer, article.title) + topic.terms(analyzer, article.text[first[0]:first[1]])
            # ... or the article never names the query's region: "جوازات المنطقة" in a report on Jazan's passports
            elsewhere_region[article.id] = topic.region_elsewhere(leads[article.id]) or (
                bool(topic.places_written) and not topic.names_place(article.title + "\n" + article.text))
        lead = topic.coverage(leads[article.id])
        sentence = cover(article, row.start, row.end, event=True)
        if sentence < ON_TOPIC and _THAT_EVENT.match(normalize(article.text[row.start:row.end])):
            # "وجاء ذلك خلال جولة تفقدية صباح اليوم": the deed of the sentence before, when that one names the query whole
            before = [(s, e) for s, e in layout.sentences if e <= row.start]
            if before and cover(article, *before[-1], event=True) >= WHOLE and topic.in_order(
                    terms[(article.id, before[-1][0], before[-1][1])]):
                sentence = cover(article, *before[-1], event=True)
        if topic.places_written and article.id not in placed:
            placed[article.id] = topic.names_place(article.title + "\n" + article.text)
        if sentence and topic.places_written and not placed[article.id]:
            sentence = 0.0  # a region's body in an article that never names the region: another branch, or the body at large
        context_span = layout.context(row.start, row.end)
        if sentence and topic.elsewhere and article.id not in whole:
            # a body the query gives another country than the archive's own, in an article that never names that country:
            # whatever country the sentence names, or none, its body is not the query's ("رئيسة البرلمان" of a story on
            # Australia for "البرلمان المصري")
            whole[article.id] = topic.homeless(topic.terms(analyzer, article.title + "\n" + article.text))
        part = None
        if (sentence < PART_TOPIC and topic.national and topic.by_kind(terms[(article.id, row.start, row.end)])
                and topic.coverage(leads[article.id], event=True) >= ON_TOPIC):
            # "الشركة البريطانية" in a follow-up of an article whose lead names "الخطوط الجوية البريطانية": the body of the
            # story said short, by its kind and country (the lead names it by its other words); the country alone, a
            # people's aid or a currency ("الروبل الروسي"), stays no part of it
            part = cover(article, row.start, row.end)
        if sentence and whole.get(article.id):
            sentence = part = topic.coverage(terms[(article.id, row.start, row.end)], abroad=True)
        elif sentence and topic.foreign and topic.stateless(terms[(article.id, row.start, row.end)]):
            # "وذكرت وزارة الدفاع في بيانها" after "وزارة الدفاع الأمريكية" (also for "وزارة الدفاع البريطانية"), "رئيس
            # البرلمان" after "البرلمان العربي": the body that its paragraph before it, or its article's title and first
            # sentence (the title alone when the sentence is the first), named
            earlier = topic.terms(analyzer, article.text[context_span[0]:row.start])
            lead_terms = leads[article.id] if row.start != first[0] else topic.terms(analyzer, article.title)
            if topic.abroad(earlier) or topic.abroad(lead_terms):
                sentence = part = topic.coverage(terms[(article.id, row.start, row.end)], abroad=True)
        if article.id not in mentions:
            mentions[article.id] = store.mentions_of_article(article.id)
            day = reference_day(article.published)
            confirmed[article.id] = day is not None and stated_weekday(article.text, day) == day
            titles[article.id] = topic.coverage(topic.terms(analyzer, article.title))
        inside = [m for m in mentions[article.id] if row.start <= m[0] < row.end]
        own = next((m for m in inside if m[2] == row.date and m[4] == EVENT), None)
        if own is not None and sentence >= ON_TOPIC and _dated_elsewhere(
                topic, analyzer, article.text[row.start:row.end], own[0] - row.start, _past(row.date, article.published)):
            continue  # another clause of the sentence names the query: this day is another doing's
        date_facts = None
        if own is not None:
            text = article.text[row.start:row.end]
            date_facts = DateFacts(text, own[0] - row.start, own[1] - row.start, row.date, row.precision, row.anchor,
                                   article.published, tuple(m[4] for m in inside), row.start == first[0],
                                   row.anchor == WEEKDAY or (bool(row.anchor) and confirmed[article.id]),
                                   inside.index(own))
        topic_facts = TopicFacts(sentence, cover(article, *context_span), lead, titles[article.id],
                                 topic.tight(terms[(article.id, row.start, row.end)]), row.start == first[0],
                                 rank.get(article.id, rank.get(article.duplicate_of or -1, len(found))),
                                 len(topic.weights), topic.first_at(terms[(article.id, row.start, row.end)]),
                                 last_missing=topic.last_missing(terms[(article.id, row.start, row.end)]))
        out.append(Candidate(row, article, sentence, topic_facts.context, lead, date_facts, topic_facts, part,
                             topic.passing(terms[(article.id, row.start, row.end)])))
    on_topic: dict[int, set[int]] = defaultdict(set)
    for c in out:
        if c.sentence >= ON_TOPIC:
            on_topic[c.article.id].add(c.row.start)
    for c in out:
        if c.topic_facts is not None:
            c.topic_facts.article_on = len(on_topic[c.article.id])
    return out


def _dated_elsewhere(topic: Topic, analyzer: Analyzer, text: str, at: int, past: bool) -> bool:
    """The date at ``at`` stands in a clause of the sentence that does not name the query, the query is named in a later
    clause (``clauses.contrast_clauses``), and the two are of different times: one of them looks ahead ("وسوف يستضيف
    غدا فريق الشاطئ" before a win over the query's club last Sunday), or the date is ``past`` (more than a week before the
    article's day: "…وقد نال كأسه الأولى عام 2009، في حين أخفق النادي المنافس" today). The query's doing then has its own date in
    its clause, or none in the sentence. A later clause of the article's days ("ارتفع مؤشر البورصة أمس، فيما صعد سهم المصرف"),
    and a later clause's date after the clause naming the query ("أعلن النادي …، وسوف نسافر الأحد"), keep their day."""
    parts = contrast_clauses(text)
    if len(parts) < 2:
        return False
    covers = [topic.coverage(topic.terms(analyzer, text[a:b])) for a, b, _ in parts]
    mine = next((i for i, (a, b, _) in enumerate(parts) if a <= at < b), len(parts) - 1)
    if covers[mine] >= ON_TOPIC:
        return False
    ahead = {i for i, (_, _, cue) in enumerate(parts) if cue == _WILL}
    return any(c >= ON_TOPIC and (mine in ahead or i in ahead or past) for i, c in enumerate(covers) if i > mine)


_WILL = normalize("وسوف")
# "وجاء ذلك خلال …", "وكان ذلك يوم …": a sentence whose subject is the deed of the sentence before (lexicon.THAT_EVENT_VERBS)
_THAT_EVENT = re.compile(r"\s*[وف]?(?:{})\s+(?:{})\s+(?!ال)".format(
    "|".join(normalize(w) for w in lexicon.THAT_EVENT_VERBS), "|".join(normalize(w) for w in lexicon.THAT_EVENT_POINTERS)))


def _past(date: str, published: str | None) -> bool:
    """The date ends more than a week before the article's publication day."""
    day, span = reference_day(published), date_span(date)
    return day is not None and span is not None and (day - span[1]).days > REPORTED_DAYS


def build_timeline(store: Store, retriever: Retriever, analyzer: Analyzer, query: str, *,
                   since: str | None = None, until: str | None = None, near: bool = False,
                   max_articles: int = 100) -> list[Event]:
    lo, hi = date_range(since, until)
    found = candidates(store, retriever, analyzer, query, lo=lo, hi=hi, max_articles=max_articles)
    scored = [c for c in found if (c.topic == ON and (near or not c.held)) or (near and c.topic == NEAR)]
    _written_the_day_before(scored, found, analyzer)
    _reprinted_later(scored, found, analyzer)
    # A copy with events of its own (another day's bulletin) is a source of those, not of the first's.
    bulletins = {c.article.id for c in scored if c.article.duplicate_of is not None}
    copies = {aid: [_source_ref(d) for d in store.duplicates_of(aid) if d.id not in bulletins]
              for aid in {c.article.id for c in scored}}
    merged: list[tuple[Event, set[str]]] = []
    for c in scored:
        row, article = c.row, c.article
        text = article.text[row.start:row.end]
        stems = _content_stems(analyzer, text, article.published)
        refs = [_source_ref(article)] + copies[article.id]
        held = c.held
        date_p, topic_p = c.confidence
        for event, seen in merged:
            if (event.date == row.date and event.topic == c.topic and event.held == held
                    and _overlap(stems, seen) >= SAME_EVENT):
                known = {s["article_id"] for s in event.sources}
                event.sources.extend(r for r in refs if r["article_id"] not in known)
                event.coverage = max(event.coverage, round(c.sentence, 3))
                break
        else:
            merged.append((Event(date=row.date, precision=row.precision, text=text, article_id=article.id,
                                 source=article.source, published=article.published, start=row.start, end=row.end,
                                 sources=refs, anchor=row.anchor, topic=c.topic, coverage=round(c.sentence, 3),
                                 held=held, date_confidence=_rounded(date_p), topic_confidence=_rounded(topic_p)),
                           stems))
    events = [e for e, _ in merged]
    events.sort(key=lambda e: (e.date, e.article_id, e.start))
    return events


def _written_the_day_before(scored: list[Candidate], found: list[Candidate], analyzer: Analyzer) -> None:
    """A page that dates its report "today" by its own day, states no weekday, and another page of that day or later
    names the query in a sentence that holds most of the report's (``SAME_EVENT`` of its content stems) and dates it the
    day before: the page was written the day before and fetched after midnight, and the report takes the day before
    (anchor ``COPIES``). Pages fetched in the small hours say "اليوم" of the evening they were written: an announcement of a
    Wednesday, "اليوم الأربعاء" in one copy and "أمس" in two of the next day, was "today" the Thursday in a copy fetched at
    one in the morning. A page that states its weekday keeps it (the text wins); a copy of the day before that says "today"
    (yesterday's bulletin) is no witness, the same bulletin on two days being two events; nor is a sentence of the same
    pattern about another (the king's talks with another guest), which does not name the query."""
    stems: dict[int, set[str]] = {}

    def stems_of(c: Candidate) -> set[str]:
        if id(c) not in stems:
            stems[id(c)] = _content_stems(analyzer, c.article.text[c.row.start:c.row.end], c.article.published)
        return stems[id(c)]

    by_date: dict[str, list[Candidate]] = defaultdict(list)
    for c in found:
        if c.row.precision == DAY:
            by_date[c.row.date].append(c)
    for c in scored:
        day = reference_day(c.article.published)
        if (c.row.anchor != PUBLISHED or c.row.precision != DAY or day is None or c.row.date != day.isoformat()
                or c.date_facts is None or c.date_facts.day_confirmed):
            continue
        before = (day - dt.timedelta(days=1)).isoformat()
        if any(w.article.id != c.article.id and w.sentence >= ON_TOPIC and (reference_day(w.article.published) or day) >= day
               and _share(stems_of(c), stems_of(w)) >= SAME_EVENT for w in by_date.get(before, ())):
            c.row = c.row._replace(date=before, anchor=COPIES)


def _reprinted_later(scored: list[Candidate], found: list[Candidate], analyzer: Analyzer) -> None:
    """A page that dates its report by its own day, days back ("مساء أمس"), states no weekday, and a page of an earlier day
    (``REPRINT_DAYS`` at most) names the query in a near-identical sentence (``NEAR_IDENTICAL`` of each one's content stems in
    the other, the same numbers) and dates it by the same words against its own day: the later page reprinted the first
    one's report, and its "أمس" is the first page's (anchor ``COPIES``; the earliest copy's day). A police statement run by
    one paper the next morning and by another a day later said "مساء أمس" in both, a day apart; an emir's reception told
    "this morning" by one page, "yesterday" by the next day's and again "yesterday" by a print copy a day later. Only a
    near-identical copy: a spokesman's formulaic reports of other days share most of their words (round 36 measured a looser
    match moving 23 right days for 7 wrong ones). A page that states its weekday keeps its day (the text wins)."""
    stems: dict[int, set[str]] = {}

    def stems_of(c: Candidate) -> set[str]:
        if id(c) not in stems:
            stems[id(c)] = _content_stems(analyzer, c.article.text[c.row.start:c.row.end], c.article.published)
        return stems[id(c)]

    firsts = [w for w in found if w.row.precision == DAY and w.row.anchor == PUBLISHED and w.sentence >= ON_TOPIC]
    for c in scored:
        day = reference_day(c.article.published)
        if (c.row.anchor != PUBLISHED or c.row.precision != DAY or day is None or c.date_facts is None
                or c.date_facts.day_confirmed):
            continue
        back = (day - dt.date.fromisoformat(c.row.date)).days
        if back < 1:
            continue  # "اليوم": a bulletin of each day is each day's (``_written_the_day_before`` reads those)
        dates = [w.row.date for w in firsts if w.article.id != c.article.id
                 and (first := reference_day(w.article.published)) is not None and 0 < (day - first).days <= REPRINT_DAYS
                 and (first - dt.date.fromisoformat(w.row.date)).days == back and _near_identical(stems_of(c), stems_of(w))]
        if dates:
            c.row = c.row._replace(date=min(dates), anchor=COPIES)


def _near_identical(a: set[str], b: set[str]) -> bool:
    """Each set of content stems holds ``NEAR_IDENTICAL`` of the other's, and the numbers are the same."""
    numbers = {t for t in a if t.isdigit()}, {t for t in b if t.isdigit()}
    return numbers[0] == numbers[1] and _share(a, b) >= NEAR_IDENTICAL and _share(b, a) >= NEAR_IDENTICAL


def _share(a: set[str], b: set[str]) -> float:
    """The share of ``a`` found in ``b`` (a short sentence of another's report is not most of a long one)."""
    return len(a & b) / len(a) if a else 0.0


def _rounded(p: float | None) -> float | None:
    return None if p is None else round(p, 3)


def _source_ref(article: Article) -> dict:
    return {"article_id": article.id, "source": article.source, "published": article.published,
            "title": article.title, "url": article.url}
