"""Which sentence answers: step 5 of the answering cascade (see :mod:`akhbar.qa.compose`), for :func:`akhbar.qa.decide.decide`.

:func:`choose` takes the sentences every rule let through, best-ranked first, and picks the one to answer with: the
first of the top ones that covers enough of the question (:func:`support`), preferring for a factoid one that holds
the expected answer (:func:`holds_short_answer`) and tells the question's event (:func:`tells`), within a ratio of the
re-ranker's first (the ratios chosen by 5-fold CV: bench/qa_notes.md, round 15). Split from qa/decide.py (round 30),
which reads these as it weighs the chosen sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..arabic import STOPWORDS, normalize, without_conjunction
from ..date_words import MONTH_WORDS
from .constraint_check import construct_conflict
from .constraints import Constraint, holds_place_kind
from .evidence import Sentence
from .how_many import dual_answer
from .match import bare
from .periods import DECADE_NOUNS, new_periods
from .points import list_coverage
from .question import QuestionInfo
from .short import place_phrases, short_answer
from .short_names import sure_names

FACTOID_TYPES = {"date", "number", "person", "place"}
PICK_DEPTH = 3  # eligible sentences looked at for one that supports an answer
PICK_RATIO = 0.5  # ... each at least this share of the best eligible ranking probability
NEAR_RATIO = 0.75  # a sentence of another article holding the answer must be ranked this close to the first
# A factoid's choice moves off the re-ranker's first passing sentence (set aside by no rule) only to one
# ranked at least this many times as probable: a lower passing one holding the answer type, one further
# down telling the question's event (not for where: TELLS_RATIO), the one beside it holding the answer
# type. 0.5 each: the best on all five folds of XQuAD-ar + ARCD by the first point right among the
# questions the rules let through (each fold's held-out choice on the other four: bench/qa_notes.md,
# round 15); the re-ranker's first was more often right than the sentence these news-written preferences
# moved to (before: any, at any rank).
MOVE_RATIO = 0.5
TELLS_RATIO = 0.5
BESIDE_RATIO = 0.5
CAUSE_DEPTH = 10  # eligible sentences looked at for a cause clause (why questions)


def _feature(sent: Sentence, name: str) -> float:
    from .rank import FEATURES

    return sent.features[FEATURES.index(name)] if sent.features else 0.0


def has_answer_type(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence holds what a factoid question asks for: a date for متى, a count for كم, a name
    for من, a place for أين (the answer-type features of the ranking)."""
    return info.answer_type in FACTOID_TYPES and any(
        _feature(sent, f) for f in ("when_date", "num_number", "who_name", "where_name"))


def holds_short_answer(sent: Sentence, info: QuestionInfo, event: tuple[str, str] | None = None) -> bool:
    """Stricter than has_answer_type: a date / count, a surely-named person, a place phrase, a cause (of the question's
    ``event`` when given: short._cause_answer)."""
    if info.answer_type == "date":
        # a decade, a century or a year of another era is a when-answer too ("في الثمانينيات"،
        # "280 قبل الميلاد"): the question is answered, its short answer only at the precision asked
        return bool(_feature(sent, "when_date")) or bool(new_periods(sent.text, info.words))
    if info.answer_type == "number":
        # (or a dual of the counted noun, a count of two with no number: "موسمين", qa.how_many.dual_answer)
        return bool(_feature(sent, "num_number")) or dual_answer(sent, info) is not None
    if info.answer_type == "person":
        return bool(sure_names(sent, info))
    if info.answer_type == "place":
        return bool(place_phrases(sent, info) or sure_names(sent, info))
    if info.qtype == "why":
        return short_answer(sent, info, event=event) is not None
    return False


def support(sent: Sentence, info: QuestionInfo, type_bonus: float) -> float:
    """How well one sentence supports answering: its coverage of the question (IDF-weighted, framing
    words discounted, fuzzy and related-word matches), plus ``type_bonus`` when it holds the expected
    answer type. Unlike the ranking probability, which is relative to the candidates at hand, this
    tells "the best of weak evidence" from an answer. A list's item covers what the sentence
    introducing it does (:func:`akhbar.qa.points.list_coverage`)."""
    return list_coverage(sent) + (type_bonus if has_answer_type(sent, info) else 0.0)


def choose(ranked: Sequence[Sentence], info: QuestionInfo, threshold: float, type_bonus: float,
           constraints: Sequence[Constraint] = (), place_kind: int = -1) -> Sentence | None:
    """The sentence to answer with: the best-ranked of the first PICK_DEPTH (within PICK_RATIO of the
    top probability) whose support reaches ``threshold``, one that joins the question's nouns as the
    question does first (:func:`construct_conflict`); None means abstain. ``place_kind``: the kind of
    place "أي" + a cue asks for (:func:`akhbar.qa.constraints.asked_place_kind`). The article's own news is
    not left for its background (:func:`_news_before_background`)."""
    # (the joined nouns narrow the choice between sentences that cover the question, not down to one that covers
    # none: "شؤون البلاد" for "شؤون سوريا" left "ودعا الموظفين إلى العودة …", covering nothing, as the one choice)
    joined = [s for s in ranked if not construct_conflict(constraints, s)]
    ranked = joined if any(s.coverage > 0 for s in joined) else list(ranked)
    if not ranked:
        return None
    floor = ranked[0].prob * PICK_RATIO
    passing = [s for s in ranked[:PICK_DEPTH] if s.prob >= floor and support(s, info, type_bonus) >= threshold]
    passing = _news_before_background(passing, info)
    picked = _pick(ranked, passing, info, threshold, constraints, place_kind)
    if picked is not None and passing and picked is not passing[0] and told_before(picked) \
            and not told_before(passing[0]) and picked.cand is passing[0].cand and not _asked_only_of(picked, passing[0], info):
        # (the news sentence holds no answer the rules read, "مقتل شخصين": better silent than the earlier quake's toll)
        return passing[0]
    if picked is not None and info.answer_type in FACTOID_TYPES and not told_before(picked):
        # the question dates its event by a time only the article's background holds: "كم شخصاً قتل في انهيار ديسمبر …؟"
        # and "وكان انهيار مماثل قد ضرب الطريق نفسه في ديسمبر الماضي وأودى بحياة شخصين" (the lead's round-31 probe
        # answered the news's "ثلاثة أشخاص", 0.92: the re-ranker put the background below the choosing floor)
        # (its count unread, "شخصين", the background gives no short answer: silent rather than the news's count)
        earlier = next((s for s in ranked if s.cand is picked.cand and told_before(s) and _dated_only_in(s, picked, info)),
                       None)
        if earlier is not None:
            return earlier
    return picked


def _pick(ranked: list[Sentence], passing: list[Sentence], info: QuestionInfo, threshold: float,
          constraints: Sequence[Constraint], place_kind: int) -> Sentence | None:
    """:func:`choose`, once the passing sentences are known."""
    if passing and place_kind >= 0 and not holds_place_kind(passing[0], place_kind):
        # "في أي ساحة احتفل…" and a sentence on the streets: the one beside it naming a square
        # ("وتجمعت الحشود في ساحة الأمويين") tells the place asked.
        beside = next((s for s in ranked if s.cand is passing[0].cand and abs(s.index - passing[0].index) == 1
                       and s.coverage > 0 and holds_place_kind(s, place_kind)), None)
        if beside is not None:
            return beside
    if not passing and info.answer_type == "number" and ranked[0].coverage > 0 \
            and ranked[0].carried >= threshold and tells(ranked[0], info, constraints):
        # The count told after the sentence that places it: "اجتاحت سيول جارفة وادي السير …. وأعلن الدفاع المدني مقتل
        # سبعة أشخاص" for "كم شخصاً قتل في سيول وادي السير؟" (the lead's round-29 probe found it silent): the
        # re-ranker's first, counting the asked noun, covers the question with the sentence before it (round 30).
        return ranked[0]
    if not passing or (info.answer_type not in FACTOID_TYPES and info.qtype != "why"):
        return passing[0] if passing else None
    # A factoid question is better answered by a sentence that holds its answer: a passing one, or
    # the next / previous sentence of the first passing one, which in news often goes on about the
    # same thing ("استقبلت قلعة صلاح الدين آلاف الزوار. وتقع القلعة قرب مدينة الحفة…").
    first = passing[0]
    cause_of = event_of(constraints, info) if info.qtype == "why" else None
    if info.qtype != "why" and not tells(first, info, constraints):
        # The best sentence does not tell of the question's event ("متى توفي" answered by a sentence
        # on his birth, "أين يقع" by one on where it was announced): a sentence further down that
        # does, and holds the answer type, is the answer ("وتوفي في القاهرة يوم 30 أغسطس 2006").
        # Where a thing lies is told by the sentence saying so ("ويقع المشروع في منطقة تبوك"), wherever
        # the ranking puts it; for the other types, only by one ranked close to the first.
        ratio = 0.0 if info.answer_type == "place" else TELLS_RATIO
        for sent in ranked[:CAUSE_DEPTH]:
            if sent.coverage >= threshold and tells(sent, info, constraints) and holds_short_answer(sent, info, cause_of) \
                    and _close_to(sent, first, ratio):
                return sent
    for sent in passing:
        # Another article's sentence only when ranked nearly as well: a name in a news item that
        # merely shares words with the question is no answer (measured on XQuAD-ar / ARCD).
        near = sent.cand.article_id == first.cand.article_id or sent.prob >= NEAR_RATIO * first.prob
        if near and holds_short_answer(sent, info, cause_of) and _close_to(sent, first, MOVE_RATIO):
            return sent
    if info.qtype == "why":
        # The cause is often told in a sentence of its own that names the event otherwise ("وعزت
        # الهيئة الحادث إلى رياح قوية…"): an eligible one covering half as much will do.
        for sent in ranked[:CAUSE_DEPTH]:
            if sent.coverage >= threshold * 0.5 and holds_short_answer(sent, info, cause_of):
                return sent
    for sent in ranked:
        if sent.cand is first.cand and sent.index in (first.index + 1, first.index - 1) and sent.coverage > 0 \
                and holds_short_answer(sent, info, cause_of) and _close_to(sent, first, BESIDE_RATIO):
            return sent
    return first


_PAST_COPULAS = frozenset(normalize(w) for w in lexicon.PAST_COPULAS)
_QAD = normalize("قد")
_BACKGROUND_REACH = 6  # tokens from the copula to its "قد" ("وكان زلزال بقوة 6.1 درجات قد ضرب")


def told_before(sent: Sentence) -> bool:
    """The sentence tells a deed before the news, "كان … قد" + a past ("وكان زلزال … قد ضرب المحافظة نفسها في نوفمبر
    الماضي"): the background an article gives after its own event."""
    norms = sent.norms
    return any(without_conjunction(n) in _PAST_COPULAS and _QAD in norms[k + 1:k + 1 + _BACKGROUND_REACH]
               for k, n in enumerate(norms))


def _news_before_background(passing: list[Sentence], info: QuestionInfo) -> list[Sentence]:
    """The passing sentences, the article's own news first where the re-ranker put its background first: a factoid
    asked of the first sentence that tells a deed before (:func:`told_before`) is answered by a passing sentence of the
    same article that does not and covers the question as well, holding the answer type. The lead's round-31 probe:
    "كم شخصاً قتل في زلزال هرمزغان؟" was answered "واحد", the toll of last November's quake, over "مقتل خمسة أشخاص"
    of the quake the article reports (0.76). A question that names a word only the earlier event's sentence holds
    ("زلزال نوفمبر") keeps it."""
    if len(passing) < 2 or info.answer_type not in FACTOID_TYPES or not told_before(passing[0]):
        return passing
    first = passing[0]
    news = next((s for s in passing[1:] if s.cand is first.cand and not told_before(s) and s.coverage >= first.coverage
                 and holds_short_answer(s, info)), None)
    if news is None or _asked_only_of(first, news, info):
        return passing
    return [news, *(s for s in passing if s is not news)]


_TIME_WORDS = frozenset(MONTH_WORDS) | frozenset(normalize(w) for w in lexicon.PAST_TIME_WORDS)


def _dated_only_in(sent: Sentence, other: Sentence, info: QuestionInfo) -> bool:
    """A time word of the question (a month's name, a year, "الماضي") that ``sent`` holds and ``other`` lacks."""
    return _only_in(sent, other, [w for w in info.words if w in _TIME_WORDS or bare(w) in _TIME_WORDS
                                  or (w.isdigit() and len(w) == 4)])


def _asked_only_of(sent: Sentence, other: Sentence, info: QuestionInfo) -> bool:
    """A word of the question that ``sent`` holds and ``other`` lacks ("زلزال نوفمبر": a month the coverage does not
    weigh)."""
    return _only_in(sent, other, [w for w in info.words if w not in STOPWORDS])


def _only_in(sent: Sentence, other: Sentence, words: list[str]) -> bool:
    """One of ``words`` (folded) is in ``sent`` and not in ``other``, each word and sentence word also without its
    clitics."""
    have, lack = {*sent.norms, *map(bare, sent.norms)}, {*other.norms, *map(bare, other.norms)}
    return any((w in have or bare(w) in have) and w not in lack and bare(w) not in lack for w in words)


def _close_to(sent: Sentence, first: Sentence, ratio: float) -> bool:
    """``sent`` may take the place of ``first``, the re-ranker's best passing sentence: it is ``first``,
    or ranked at least ``ratio`` times as probable."""
    return sent is first or sent.prob >= ratio * first.prob


def tells(sent: Sentence, info: QuestionInfo, constraints: Sequence[Constraint]) -> bool:
    """The sentence tells of the question's event: it counts the counted noun (كم), or holds the
    event word (the question's verb for أين: "يقع")."""
    from .roles import event_positions

    if info.answer_type == "number":
        found = short_answer(sent, info)
        return found is not None and found.method == "counted"
    word = info.focus_norms[0] if info.answer_type == "place" and info.focus_norms else event_of(constraints, info)
    return word is None or bool(event_positions(sent, *word))


def event_of(constraints: Sequence[Constraint], info: QuestionInfo) -> tuple[str, str] | None:
    for c in constraints:
        if c.kind == "event":
            return c.words[0]
    # "في أي عقد اشتهرت…": no event constraint (no interrogative it reads), and عقد is no event word
    return next((w for w in info.focus_norms if w[0] not in DECADE_NOUNS), None)
