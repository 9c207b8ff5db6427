"""How sure a timeline event is: a calibrated probability that its date is right and that it is on the story.

The rules (``akhbar.events`` for dates, ``akhbar.timeline`` for topic) decide which dated sentences are
candidates; every round of them fixed the misses it read and the next held-out set showed new kinds. So each
event the rules file also gets two probabilities from small logistic models fitted on the judged SaudiNewsNet
timelines (``bench/fit_timeline.py``, cross-validated by query) and shipped in ``data/timeline_model.json``:

* **date** (:func:`date_features`): how the date is attached to the sentence — a dateline or a date stated
  from the article's day (اليوم، أمس, a weekday), how far from that day, which day it was read against
  (published, a stated weekday, the page's address), how far into the sentence and behind how many clause
  breaks, inside reported speech or a quote, how many other dates (and context dates) the sentence holds,
  a present verb heading it, the article's first sentence;
* **topic** (:func:`topic_features`): how much of the query the sentence, its paragraph, its article's lead
  and title cover, whether the query's words stand together, the article's search rank.

A timeline files as events only those at or above each model's threshold, chosen on cross-validated
predictions for a precision of 0.90 each (the model file's ``target_precision``; at 0.95 the date model kept
under half of the right dates: bench/README.md, Timelines round 8); the others are returned as held back
(``Event.held``: "date" or "topic"), shown only when asked for, like near-topic events. Without a model file
(or with another feature list) nothing is held back.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import lexicon
from .arabic import SPEECH_VERBS, normalize, without_conjunction
from .lexicon import WEEKDAYS

MODEL_PATH = Path(__file__).resolve().parent / "data" / "timeline_model.json"

DATE_FEATURES = [
    "day", "month", "year", "absolute", "anchor_dateline", "anchor_weekday", "anchor_issue", "anchor_published",
    "today", "yesterday", "tomorrow", "weekday", "past_word", "ahead_word", "written_out",
    "same_day", "back_1", "back_2_7", "back_8_31", "back_32_365", "back_far", "ahead",
    "log_words_before", "near_head", "breaks_before", "first_clause", "speech_before", "quote_before",
    "n_dates", "n_references", "n_events", "present_head", "lead_sentence", "log_words", "day_confirmed",
    "first_date", "future_before", "relative_before", "subordinate_before",
    "future_later", "present_later", "connector_later",
]
TOPIC_FEATURES = [
    "sentence", "context", "lead", "title", "full", "via_lead", "tight", "lead_sentence", "rank_recip", "n_terms",
    "title_full", "name_at", "name_first", "log_article_on", "last_missing",
]

_WEEKDAY_WORDS = tuple(normalize(d) for d in WEEKDAYS)
_BREAK = re.compile(r"[،,;:؛]|\s[-–—]\s")
_QUOTE = re.compile(r"[«\"“]")
_WORD = re.compile(r"\w+")
_MONTH_OR_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class DateFacts:
    """What the date model reads of one event: its sentence, where its date stands in it, and its article."""

    sentence: str  # the event's sentence
    start: int  # the date mention's offsets in the sentence
    end: int
    date: str  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    precision: str  # "day" | "month" | "year"
    anchor: str  # "" (written out), "published", "dateline", "weekday" or "issue"
    day: str | None  # the article's publication day (ISO)
    roles: tuple[str, ...] = ()  # the roles of every dated mention of the sentence ("event" / "reference")
    lead_sentence: bool = False  # the article's first sentence
    day_confirmed: bool = False  # the article states a weekday that agrees with the day its dates are read from
    index: int = 0  # which of the sentence's dated mentions it is (0: the first)


def _days(iso: str) -> int | None:
    try:
        y, m, d = (int(x) for x in iso[:10].split("-"))
        return dt.date(y, m, d).toordinal()
    except (ValueError, TypeError):
        return None


def date_features(f: DateFacts) -> dict[str, float]:
    """The date model's features of one event (names in ``DATE_FEATURES``)."""
    x: dict[str, float] = dict.fromkeys(DATE_FEATURES, 0.0)
    x[f.precision] = 1.0
    x["absolute"] = float(not f.anchor)
    if f.anchor:
        x[f"anchor_{f.anchor}"] = 1.0
    said = normalize(f.sentence[f.start:f.end])
    x["today"] = float("اليوم" in said)
    x["yesterday"] = float("امس" in said or "البارحه" in said)
    x["tomorrow"] = float("غد" in said)
    x["weekday"] = float(any(w in said for w in _WEEKDAY_WORDS))
    x["past_word"] = float("الماضي" in said or "المنصرم" in said)
    x["ahead_word"] = float("المقبل" in said or "القادم" in said)
    x["written_out"] = float(bool(_MONTH_OR_DIGIT.search(said)) or not f.anchor)
    day = f.day or ""
    pub = _days(day) if day else None
    if pub is not None:
        if f.precision == "day":
            d = _days(f.date)
            back = pub - d if d is not None else None
        elif f.precision == "month":
            y, m = int(f.date[:4]), int(f.date[5:7])
            py, pm = int(day[:4]), int(day[5:7])
            months = (py - y) * 12 + (pm - m)
            back = 0 if months == 0 else (-1 if months < 0 else (20 if months <= 1 else 100 if months <= 11 else 400))
        else:
            years = int(day[:4]) - int(f.date[:4])
            back = 0 if years == 0 else (-1 if years < 0 else 400 * years)
        if back is not None:
            key = ("ahead" if back < 0 else "same_day" if back == 0 else "back_1" if back == 1 else "back_2_7"
                   if back <= 7 else "back_8_31" if back <= 31 else "back_32_365" if back <= 365 else "back_far")
            x[key] = 1.0
    before = f.sentence[:f.start]
    words = _WORD.findall(before)
    x["log_words_before"] = math.log1p(len(words))
    x["near_head"] = float(len(words) <= 3)
    breaks = len(_BREAK.findall(before))
    x["breaks_before"] = min(breaks, 4) / 4
    x["first_clause"] = float(breaks == 0)
    folded = [normalize(w) for w in words]
    x["speech_before"] = float(any(w in SPEECH_VERBS or w[1:] in SPEECH_VERBS for w in folded))
    x["quote_before"] = float(bool(_QUOTE.search(before)))
    x["n_dates"] = min(len(f.roles), 5) / 5
    x["n_references"] = min(sum(r != "event" for r in f.roles), 4) / 4
    x["n_events"] = float(sum(r == "event" for r in f.roles) > 1)
    head = next((w for w in (normalize(w) for w in _WORD.findall(f.sentence)[:3]) if w not in ("و", "ف", "قد", "لا")), "")
    head = head[1:] if head[:1] in "وف" and len(head) > 4 else head
    x["present_head"] = float(len(head) >= 4 and head[0] == "ي")
    x["lead_sentence"] = float(f.lead_sentence)
    x["log_words"] = math.log1p(len(_WORD.findall(f.sentence))) / 4
    x["day_confirmed"] = float(f.day_confirmed)
    x["first_date"] = float(f.index == 0)
    bare = [without_conjunction(w) for w in folded]
    x["future_before"] = float(any(_FUTURE_VERB.match(w) for w in bare))
    x["relative_before"] = float(any(w in _RELATIVE for w in bare[-12:]))
    x["subordinate_before"] = float(any(w in _SUBORDINATE for w in bare[-10:]))
    # A date of a second clause (bench/README, Timelines round 9): past the sentence's head (its first three words), a
    # future verb in a clause of its own ("فاز الفريق … ثم سيلعب بعد غد"), a present verb, or a word opening another
    # clause. (A written-out date after a definite noun was tried as a noun's date: its weight came out positive.)
    later = bare[3:]
    x["future_later"] = float(any(_FUTURE_VERB.match(w) for w in later))
    x["present_later"] = float(any(_PRESENT_VERB.match(w) and w not in _NOT_PRESENT for w in later))
    x["connector_later"] = float(any(w in _CONNECTORS for w in folded[3:]))
    return x


_FUTURE_VERB = re.compile(r"^س[يتن]\w{3,}$")  # سيخوض، ستقام: a clause about the coming days
_RELATIVE = {normalize(w) for w in lexicon.RELATIVE_PRONOUNS}
_SUBORDINATE = {normalize(w) for w in lexicon.TIMELINE_SUBORDINATORS}
_PRESENT_VERB = re.compile(r"^ي\w{3,}$")  # يلعب، يستقبل: a present verb (ي, not ت: تقرير، تعاون are nouns)
_NOT_PRESENT = {normalize(w) for w in lexicon.NOT_PRESENT_VERBS}
_CONNECTORS = {normalize(w) for w in lexicon.TIMELINE_CONNECTORS}


@dataclass
class TopicFacts:
    """What the topic model reads of one event: the query's coverage around it and its article's rank."""

    sentence: float  # share of the query's weight its sentence covers
    context: float  # its paragraph
    lead: float  # its article's title and first sentence
    title: float  # its article's title
    tight: bool  # the query's words the sentence holds stand together
    lead_sentence: bool  # the article's first sentence
    rank: int  # the article's rank among the query's search results (0 = first)
    n_terms: int  # the query's distinct terms
    name_at: int = 0  # how many of the sentence's terms come before the first of the query's
    article_on: int = 0  # how many dated sentences of the article cover the query on their own (ON_TOPIC)
    last_missing: bool = False  # every term of the query's name but its last is there, its last is not


def topic_features(f: TopicFacts) -> dict[str, float]:
    """The topic model's features of one event (names in ``TOPIC_FEATURES``)."""
    return {
        "sentence": f.sentence, "context": f.context, "lead": f.lead, "title": f.title,
        "full": float(f.sentence >= 0.999), "via_lead": float(f.sentence < 0.6), "tight": float(f.tight),
        "lead_sentence": float(f.lead_sentence), "rank_recip": 1 / (1 + f.rank), "n_terms": min(f.n_terms, 6) / 6,
        "title_full": float(f.title >= 0.999), "name_at": math.log1p(f.name_at) / 3, "name_first": float(f.name_at <= 3),
        "log_article_on": math.log1p(f.article_on) / 2, "last_missing": float(f.last_missing),
    }


@dataclass(frozen=True)
class Logistic:
    """A fitted logistic model over named features (standardized by ``mean`` / ``scale``) and its threshold."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float

    def __call__(self, x: Mapping[str, float]) -> float:
        z = self.bias + sum(w * (x.get(f, 0.0) - m) / s
                            for f, w, m, s in zip(self.features, self.weights, self.mean, self.scale))
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class TimelineModel:
    date: Logistic | None
    topic: Logistic | None


def _logistic(spec: dict | None, names: list[str]) -> Logistic | None:
    if not spec or list(spec["features"]) != names:
        return None  # another feature list: fitted for other code, not used
    return Logistic(tuple(spec["features"]), tuple(spec["weights"]), float(spec["bias"]), tuple(spec["mean"]),
                    tuple(spec["scale"]), float(spec["threshold"]))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> TimelineModel:
    """The shipped models; none (nothing held back) when the file is missing."""
    if not path.exists():
        return TimelineModel(None, None)
    spec = json.loads(path.read_text(encoding="utf-8"))
    return TimelineModel(_logistic(spec.get("date"), DATE_FEATURES), _logistic(spec.get("topic"), TOPIC_FEATURES))
