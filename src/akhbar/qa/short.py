"""Short answers from one sentence, step 5 of the answering cascade (see :mod:`akhbar.qa.compose`).

A factoid question gets a short answer only when its sentence surely holds one (a wrong short answer
is worse than none): :func:`short_answer` gives the sentence-relative offsets of

- for متى, the date nearest the event, not one of an event "بعد سقوط…" (:func:`event_as_reference`);
  a decade, a century or a year of another era (:mod:`akhbar.qa.periods`) only at the precision asked;
- for كم, the count of what is counted, not a duration or a distance, with its qualifier and noun
  ("أكثر من 200 شخص"; "بلغت خسائر القناة اليومية 12 مليون": the noun after بلغ is counted);
- for من, a name with a cue Arabic gives without capitals (:func:`sure_names`: a title, a team word,
  a known given name, بن/أبو, Latin script); a run of plain words only in a big archive;
- for أين, the place phrase after في / قرب / شمال… (:func:`place_phrases`).

The same tests give the answer-type features of the ranking (:mod:`akhbar.qa.rank`): :func:`has_date`,
:func:`number_mentions`, :func:`sure_names`, :func:`place_phrases`, :func:`is_name_like`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import lexicon
from ..arabic import get_analyzer, normalize
from ..numbers import find_numbers
from ..values import qualifier_start
from ..wordtables import noun_root
from .counts import asked_kind, asked_persons, asked_places, mention_kind, other_people, told_elsewhere, told_of_another
from .evidence import Sentence, content_words, matched_positions
from .match import bare, fold_words, fuzzy, related_words, skeleton, word_match
from .names import GIVEN_NAMES, PLACES
from .periods import YEAR, asked_precision, period_answers
from .question import QuestionInfo, only_question_words
from .roles import agent_span, cause_span, event_positions, question_verb, verb_like


class ShortAnswer(NamedTuple):
    """A short answer inside one sentence: sentence-relative offsets and how it was found."""

    start: int
    end: int
    method: str  # event | near | counted | role | cue | plain | phrase | cause
    normalized: str | None = None  # the ISO form of a date answer ("2021-03-23")
    # other mentions of the asked kind in the sentence (dates, counts, names, place phrases): a sentence
    # telling two dates leaves the choice to the rules, one telling one date does not
    rivals: int = 0

_TIME_UNITS = fold_words(set(lexicon.TIME_UNITS))
_MEASURE_UNITS = fold_words(set(lexicon.MEASURE_UNITS))
# Counted nouns that are people: a how-many question about them wants a head count, not a measure.
_PEOPLE_NOUNS = fold_words({"ضحايا", "قتلي", "جرحي", "مصابين", "اشخاص", "شخص", "سكان", "السكان", "لاجيين", "نازحين",
                            "مواطنين", "طلاب", "عمال", "موظفين", "جنود", "اعضاء", "لاعبين", "مشاركين", "زوار", "سياح",
                            "معتقلين", "اسري", "مهاجرين", "نسمه", "افراد", "عسكري", "عسكريين", "مدني", "مدنيين",
                            "جندي"})
_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
_NAME_CUES = fold_words({"الرئيس", "الملك", "الامير", "الشيخ", "الدكتور", "السيد", "السلطان", "الامام", "الخليفه",
                         "الوزير", "الكاتب", "الشاعر", "العالم", "المخرج", "اللاعب", "المهندس", "القائد", "الفنان",
                         "الممثل", "المغني"})
_NAME_LINKS = fold_words({"بن", "ابن", "ابو", "ابي", "عبد", "بنت", "ال", "دي", "فان", "فون"})
# Teams and organizations answer "من فاز…": the word after the cue is the name ("منتخب الأرجنتين").
_TEAM_CUES = fold_words({"منتخب", "فريق", "نادي", "المنتخب", "الفريق", "النادي"})
_PLACE_PREPS = fold_words({"في", "فى", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي",
                           "غربي", "وسط", "داخل", "عند", "قباله", "بمدينه", "بمحافظه", "بولايه", "بمنطقه"})
# Words after في that start no place: frames, times, states ("في ظل", "في الساعات الأولى").
_NOT_PLACES = fold_words({"اطار", "ظل", "حين", "مجال", "وقت", "الوقت", "حال", "حاله", "ضوء", "سياق", "اثناء", "بدايه",
                          "نهايه", "مقابل", "المقابل", "مرحله", "المرحله", "صباح", "مساء", "فجر", "ظهر", "ليله",
                          "سبيل", "محاوله", "اعقاب", "خضم", "مواجهه", "ذلك", "هذا", "هذه", "تلك", "حق", "صوره", "شكل",
                          "اتجاه", "مقدمه", "طليعه", "اول", "اخر", "الاول", "الاخير", "مباراه", "المباراه", "عهد",
                          "الساعات", "ساعات", "الايام", "المستقبل", "الماضي", "العام", "عام", "الشهر", "الاسبوع",
                          "اليوم", "السنوات", "الفتره", "فتره", "تاريخ", "التاريخ", "موعد", "نفس", "الشان", "شان",
                          "ما"})
_CLAUSE_BREAK = re.compile(r"[،,؛;:()\[\]«»\"“”]")
# Words that open a date mention before its day and month: the time of day and the weekday.
_DAY_PARTS = fold_words({"يوم", "مساء", "صباح", "فجر", "ظهر", "عصر", "ليله", "ليلة", "امس", "اليوم", "غدا",
                         *lexicon.WEEKDAYS})
# Verbs whose subject a number after them measures ("بلغت الخسائر 12 مليون"), by their first three letters.
_COPULA_STARTS = {"بلغ", "يبل", "تبل", "وصل", "يصل", "تصل", "قدر", "تقد", "يقد", "ناه", "قار", "تجا"}
COPULA_REACH = 6  # tokens between the noun after بلغ and its number, at most
# Words tying a number to the noun before them ("بتعويض قدره 916 مليون"), as written, and one-letter
# clitics they may carry ("وقدره"); folded whole, so "بقيمة" is not "قيمة الصفقة 5" (whose number is
# the noun after it).
_TIES = fold_words(set(lexicon.NUMBER_TIES))
TIE_REACH = 3  # tokens from a tie word to its number, at most ("قدره نحو 916")
_AFTER_BEFORE = fold_words({"بعد", "قبل", "منذ", "عقب", "اثر", "غداه", "اعقاب"})
YEAR_WORDS = fold_words({"عام", "العام", "سنة", "السنة"})  # a year's unit, before its number (read by qa.life_span too)
_CLAUSE_OPENERS = fold_words(set(lexicon.CLAUSE_OPENERS))
_WHICH = fold_words(set(lexicon.WHICH))
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


# --- what a sentence holds (also features of the ranking) ---------------------------------------


def is_name_like(norm: str, prev: str, in_question: bool) -> bool:
    """A token that may be (part of) a proper name: Arabic has no capitals, so lean on cues —
    a title before it, a genealogy link, Latin script, or a content word without the article ال."""
    if in_question or len(norm) < 2 or norm.isdigit():
        return False
    if prev in _NAME_CUES or norm in _NAME_LINKS or prev in _NAME_LINKS:
        return True
    if norm.isascii() and norm.isalpha():
        return True
    return not norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))


def has_date(sent: Sentence, qwords: set[str]) -> bool:
    """The sentence holds a date (or a year) that is not one of the question's words ``qwords``."""
    for m in sent.dates:
        if not only_question_words(m.text, qwords):
            return True
    return any(y not in qwords for y in _YEAR.findall(normalize(sent.text)))


def event_as_reference(sent: Sentence, info: QuestionInfo, weights: dict[str, float]) -> bool:
    """The question's event appears in the sentence only as a time reference for something else
    ("بعد يومين من سقوط حكم الأسد", "وبعد سقوط حكم الأسد أفادت تقارير في يناير"): its date is not
    the event's date. The event is the heaviest focus word the sentence matches."""
    words = content_words(sent)
    matched = [(weights.get(stem, 0.0), norm, stem) for norm, stem in info.focus_norms
               if word_match(norm, stem, sent.stems, words) > 0.0]
    if not matched:
        return False
    _, norm, stem = max(matched)
    at = [i for i, (n, st) in enumerate(zip(sent.norms, sent.stems))
          if st and word_match(norm, stem, [st], {n}) > 0.0]
    return bool(at) and all(any(bare(sent.norms[j]) in _AFTER_BEFORE or sent.norms[j] in _AFTER_BEFORE
                                for j in range(max(0, i - 3), i)) for i in at)


def _unit_after(sent: Sentence, end: int) -> str:
    """The folded word right after a number (its counted noun or unit: "200 شخص" → شخص), clitics off."""
    for (s, _), norm in zip(sent.spans, sent.norms):
        if s >= end:
            return bare(norm)
    return ""


def _unit_kind(word: str) -> str:
    """'time' for durations (أيام، عاماً), 'measure' for units (كيلومتر، طن، دولار), else ''."""
    if not word:
        return ""
    word = word[:-1] if word.endswith("ا") and len(word) > 3 else word  # tanween alif: "عاما" → "عام"
    if word in _TIME_UNITS:
        return "time"
    if word in _MEASURE_UNITS:
        return "measure"
    return ""


def _counts_people(info: QuestionInfo) -> bool:
    return bool(info.counted) and (info.counted in _PEOPLE_NOUNS or bare(info.counted) in _PEOPLE_NOUNS)


def _people(info: QuestionInfo) -> bool:
    """The question counts people; a noun after كم with its tanween alif ("كم شخصاً"، "كم عسكرياً")
    as its plain form does."""
    counted = bare(info.counted)
    plain = counted[:-1] if counted.endswith("ا") and len(counted) > 3 else counted
    return _counts_people(info) or plain in _PEOPLE_NOUNS


def people_kind(info: QuestionInfo) -> str:
    """The family of people the question counts (:func:`akhbar.qa.counts.asked_kind`)."""
    return asked_kind(info, _people(info))


def people_places(info: QuestionInfo) -> set[str]:
    """The places of a count of people ("كم عدد القتلى في تركيا"): its number must not be told of
    another place (:func:`akhbar.qa.counts.told_elsewhere`). Only people: a count of islands or of
    kilometres is told beside the names of its parts ("ثلاث جزر في البحر الكاريبي" for هولندا; on the
    pool's gold sentences the rule cost two such answers and kept every count of people)."""
    return asked_places(info) if _people(info) or people_kind(info) else set()


def counts_other_people(sent: Sentence, info: QuestionInfo) -> bool:
    """Every count of the sentence is of other people than the question's ("كم عدد المصابين…" and a
    sentence telling the dead only), of another place ("كم عدد القتلى في تركيا" and "… في سوريا
    ستة آلاف"), or of another person than the one named ("كم هدفاً سجل ميسي" and "… فيما أحرز مبابي
    ثلاثة أهداف"): it holds no count of what is asked."""
    mentions = number_mentions(sent, info)
    places = people_places(info)
    if mentions and places and all(told_elsewhere(sent, s, e, places) for s, e in mentions):
        return True
    persons = asked_persons(info)
    if mentions and persons and all(told_of_another(sent, s, e, persons, info.words) for s, e in mentions):
        return True
    kind = people_kind(info)
    return bool(kind) and other_people(sent, kind, mentions)


def number_mentions(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Number mentions that may answer the how-many question: not in the question, not part of a date
    (a year is no count), no duration unless the question counts time ("بعد ستة أيام" is no number of
    victims), no measurement when the question counts people ("200 كيلومتر")."""
    dates = [(d.start, d.end) for d in sent.dates]
    asks_time = _unit_kind(bare(info.counted)) == "time" or bool(info.words & {"مده", "المده", "عمر"})
    people = _counts_people(info)
    out = []
    for m in find_numbers(sent.text):
        if only_question_words(m.text, info.words) or any(s < m.end and m.start < e for s, e in dates):
            continue
        kind = _unit_kind(_unit_after(sent, m.end))
        if (kind == "time" and not asks_time) or (kind == "measure" and people) or (m.percent and people):
            continue
        out.append((m.start, m.end))
    return out


# --- short answers --------------------------------------------------------------------------------


def _distance_to(positions: list[int], start: int, end: int) -> int:
    if not positions:
        return 0
    return min(0 if start <= p < end else min(abs(p - start), abs(p - (end - 1))) for p in positions)


def _token_index(sent: Sentence, char: int) -> int:
    for i, (_, e) in enumerate(sent.spans):
        if e > char:
            return i
    return len(sent.spans) - 1


def _mention_span(sent: Sentence, mentions: list[tuple[int, int]], focus: set[str]) -> tuple[int, int] | None:
    """The mention (sentence-relative char offsets) nearest the focus terms."""
    if not mentions:
        return None
    positions = matched_positions(sent, focus)
    return min(mentions, key=lambda m: (_distance_to(positions, _token_index(sent, m[0]),
                                                       _token_index(sent, m[1] - 1) + 1), m[0]))


def _date_answer(sent: Sentence, info: QuestionInfo, event: tuple[str, str] | None) -> ShortAnswer | None:
    """The date nearest the question's event word ("جنحت … صباح أمس الثلاثاء"), else nearest its
    focus words; a relative date comes resolved against the article's date (``normalized``)."""
    mentions = [m for m in sent.dates if not only_question_words(m.text, info.words)]
    spans = [(m.start, m.end) for m in mentions]
    if not spans:
        spans = [(m.start(), m.end()) for m in _YEAR.finditer(sent.text) if m.group() not in info.words]
    # A decade, a century, a year of another era ("280 قبل الميلاد"، "سنة 40 للهجرة") answers only
    # with the precision asked: "في أي قرن" takes the century even beside a year, متى no decade.
    periods = period_answers(sent.text, info.words)
    if periods and (not spans or asked_precision(info.words) != YEAR):
        spans = periods
    elif periods:  # "عام 1200 قبل الميلاد" is no year 1200: the era stays with its year (a whole
        # date holding a Hijri year, "18/9/1436هـ", stays whole)
        era = [p for p in periods if any(p[0] <= a and b <= p[1] and (a, b) != p for a, b in spans)]
        spans = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in era)] + era
    if not spans:
        return None
    if event and bare(event[0]) in YEAR_WORDS:
        # "في أي عام حصلت…": عام is the unit asked, not the event; the event is the word after it
        event = next((w for w in info.focus_norms if bare(w[0]) not in YEAR_WORDS), None)
    at = event_positions(sent, *event) if event else []
    if len(at) > 1:
        # The event's verb told twice, of two subjects ("استقلت جزر المرجان … في 1956 … واستقلت جزر الجنوب عام
        # 2011"): the telling whose subject, the words right after the verb, holds more of the question's words
        # is the event asked; the other's date is another's.
        subject = {p: _subject_run(sent, info, p) for p in at}
        if max(subject.values()) > min(subject.values()):
            at = [p for p in at if subject[p] == max(subject.values())]
    positions = at or matched_positions(sent, set(info.focus))
    if at:
        s, e = min(spans, key=lambda m: (*_clause_distance(sent, at, _token_index(sent, m[0]),
                                                            _token_index(sent, m[1] - 1) + 1), m[0]))
    else:
        s, e = min(spans, key=lambda m: (_distance_to(positions, _token_index(sent, m[0]),
                                                        _token_index(sent, m[1] - 1) + 1), m[0]))
    iso = next((m.iso for m in mentions if (m.start, m.end) == (s, e)), None)
    if iso is None and _YEAR.fullmatch(sent.text[s:e]):
        iso = sent.text[s:e]
    s = _date_start(sent, s, e)
    start = year_start(sent, info, s, e)
    if start > s and iso and not _YEAR.fullmatch(iso):
        iso = iso[:4]  # "في أي عام": a day's date answered by its year is normalised to the year
    whole = _range_end(sent, e)
    if whole > e:
        # "بين سنتي 2005 و2010"، "من 1870 إلى 1939": the span is the answer, not its first year (which
        # says the event happened then); "بين" stays with it. A span has no one ISO date.
        e, iso = whole, None
        words = sent.text[:start].split()[-2:]
        if words and normalize(words[-1]) in _BETWEEN:
            start = sent.text.rindex(words[-1], 0, start)
        elif len(words) == 2 and normalize(words[0]) in _BETWEEN and normalize(words[1]) in _YEARS_DUAL:
            start = sent.text.rindex(words[0], 0, start)  # "بين عامي 1805 و1848" asked "في أي عام"
    return ShortAnswer(start, e, "event" if at else "near", iso, rivals=len(spans) - 1)


def _subject_run(sent: Sentence, info: QuestionInfo, p: int) -> int:
    """How many words of the question follow the verb at token p, one after another in its clause."""
    n = 0
    while p + n + 1 < len(sent.norms) and not _breaks(sent, p + n + 1) \
            and _in_question(info, sent.norms[p + n + 1], sent.stems[p + n + 1]):
        n += 1
    return n


_BETWEEN = fold_words({"بين", "وبين", "مابين"})
_YEARS_DUAL = fold_words({"عامي", "سنتي"})
# The second year of a span after the first: "و2010"، "إلى 1939"، "- 1961"، "حتى عام 1923م"
_SPAN_TAIL = re.compile(r"\s*(?:و|-|–|" + "|".join(lexicon.SPAN_ENDS) + r")\s*(?:(?:عام|سنة|العام)\s*)?"
                        r"\d{3,4}(?!\d)(?:\s*(?:م|هـ)(?![\w]))?")


def _range_end(sent: Sentence, e: int) -> int:
    """The end of a span of years that the date ending at ``e`` opens, or ``e``."""
    m = _SPAN_TAIL.match(sent.text, e)
    return m.end() if m else e


def _clause_distance(sent: Sentence, positions: list[int], a: int, b: int) -> tuple[int, int]:
    """How far the mention at tokens [a, b) stands from the nearest of the event word's
    ``positions``: (a clause break between them, tokens between them). Arabic tells an event's date
    after its verb, in its clause ("ولد عام 1875، وتوفي عام 1955": توفي's date is 1955; "وقعت تحت
    الاحتلال في عام 1881، ثم حصلت على استقلالها في عام 1956"): a date across a comma belongs to
    another clause, and one before the verb counts two tokens farther ("من 28 يوليو 1914 وانتهت في
    11 نوفمبر 1918": with one, the date right before وانتهت and the one after its في were as near,
    and the first won)."""
    best = (1, len(sent.norms) + 1)
    for p in positions:
        if a <= p < b:
            return (0, 0)
        if a > p:
            key = (int(any(_opens_clause(sent, j) for j in range(p + 1, a + 1))), a - p)
        else:
            key = (int(any(_opens_clause(sent, j) for j in range(b, p + 1))), p - b + 3)
        best = min(best, key)
    return best




def _opens_clause(sent: Sentence, j: int) -> bool:
    """A clause of another event starts at token j: punctuation before it, or it is "لكن" / "بينما" … (a
    clause opener of the lexicon)."""
    return _breaks(sent, j) or sent.norms[j] in _CLAUSE_OPENERS


def year_start(sent: Sentence, info: QuestionInfo, s: int, e: int) -> int:
    """A year asked as "في أي عام / سنة" is answered by the year: without the word the question already
    says ("عام 1913" → "1913", as SQuAD's gold writes it) nor the day and month before it ("25 من شباط
    عام 2010" → "2010"; the cited sentence keeps the day). "متى" keeps it all ("عام 1913"), and so does
    a question naming the year without asking which ("متى بدأ العام الدراسي"). A date written as one
    token ("18/9/1436هـ") stays whole."""
    if not info.words & YEAR_WORDS:
        return s
    inside = [(a, b) for a, b in sent.spans if a >= s and b <= e]
    if not inside:
        return s
    if info.words & _WHICH:
        year = next((k for k in range(len(inside) - 1, -1, -1)
                     if _YEAR_DIGITS.search(sent.text[inside[k][0]:inside[k][1]])), None)
        if year is not None and year > 0 and "/" not in sent.text[inside[year][0]:inside[year][1]]:
            return inside[year][0]
    a, b = inside[0]
    if normalize(sent.text[a:b]) in YEAR_WORDS and any(ch.isdigit() for ch in sent.text[b:e]):
        return next((x for x, _ in sent.spans if x >= b), s)
    return s


def _date_start(sent: Sentence, s: int, e: int) -> int:
    """The start of a date answer without its leading time of day and weekday ("مساء الثلاثاء 9
    فبراير/شباط 2021" → "9 فبراير/شباط 2021"; the cited sentence keeps them), when a day or a year
    in digits remains ("أمس الأحد" stays whole)."""
    for a, b in sent.spans:
        if a < s or b > e:
            continue
        word = normalize(sent.text[a:b])
        if word not in _DAY_PARTS:
            return a if any(ch.isdigit() for ch in sent.text[a:e]) else s
    return s


def _noun_key(word: str) -> str:
    """The consonant skeleton without a final ة, so that a singular and its plural meet: أهداف / هدفاً,
    مقاعد / مقعد, أطفال / طفلاً (broken plurals), مرة / مرات."""
    key = skeleton(word)
    return key[:-1] if key.endswith("ه") and len(key) > 2 else key


def _same_noun(a: str, b: str) -> bool:
    """One noun, singular or plural: the same key, or the same root when AWN gives one (نقاط / نقطة،
    أيام / يوم, which the skeleton parts: :func:`akhbar.wordtables.noun_root`)."""
    if len(_noun_key(a)) >= 2 and _noun_key(a) == _noun_key(b):
        return True
    root = noun_root(a)
    return len(root) >= 3 and root == noun_root(b)


def counted_words(info: QuestionInfo) -> set[str]:
    """The folded words that name what a how-many question counts: its counted noun and the words
    related to it (سكان: نسمة، تعداد…; a count of people: ضحايا، قتلى…)."""
    counted = bare(info.counted) if info.counted else ""
    related = set(related_words(info.counted)) | ({counted} if counted else set())
    if _counts_people(info):
        related |= related_words("ضحايا")
    return related


def names_counted(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence names what the question counts anywhere (its counted noun, a word related to it
    or of the same noun: "سكانها"، "نسمة"), or the question names nothing it counts. A sentence
    holding numbers of other things only ("سبعة وثلاثين وباء" for "كم كان عدد سكان…") holds no
    count of it, wherever the number stands."""
    if not info.counted or not info.counted_is_noun:
        return True
    counted = bare(info.counted)
    related = counted_words(info)
    if any(b and (b in related or fuzzy(b, counted) >= 0.5 or _same_noun(b, counted))
           for b in (bare(n) for n in sent.norms)):
        return True
    # "كم عدد الجرحى" and "وأصاب أكثر من ستة آلاف آخرين": the count told by the asked family's verb
    kind = people_kind(info)
    return bool(kind) and any(mention_kind(sent, s, e) == kind for s, e in number_mentions(sent, info))


def _is_counted(word: str, counted: str, related: set[str]) -> bool:
    """``word`` (folded, clitics off) names what the question counts: the counted noun, a word related
    to it, or the same noun singular or plural."""
    return bool(word) and bool(counted) and (word in related or fuzzy(word, counted) >= 0.5
                                             or _same_noun(word, counted))


def number_owner(sent: Sentence, start: int) -> tuple[str, str] | None:
    """The noun a tie word gives the number at char ``start``, and the tie: "طالبت بتعويض قدره 916
    مليون دولار عن خسائر الإغلاق" → (تعويض, قدره): 916 million is the compensation's, not the losses'.
    "مشروع تبلغ قيمته 5 مليارات": a verb of reaching between them is passed over. None when no tie
    word stands before the number in its clause."""
    j = _token_index(sent, start)
    for k in range(j - 1, max(0, j - TIE_REACH) - 1, -1):
        if _CLAUSE_BREAK.search(sent.text[sent.spans[k][1]:start]) or any(
                ch.isdigit() for ch in sent.text[sent.spans[k][1]:start]):
            return None
        norm = sent.norms[k]
        if norm in _TIES or (norm[:1] == "و" and norm[1:] in _TIES):
            o = k - 1
            if o >= 0 and bare(sent.norms[o])[:3] in _COPULA_STARTS:
                o -= 1  # "مشروع تبلغ قيمته": the noun before the verb
            if o < 0 or _CLAUSE_BREAK.search(sent.text[sent.spans[o][1]:sent.spans[k][0]]) or not sent.stems[o]:
                return None
            return bare(sent.norms[o]), bare(norm)
    return None


def tied_elsewhere(sent: Sentence, info: QuestionInfo) -> bool:
    """Every number the sentence could answer a how-many question with is tied to another noun than the
    one the question counts ("كم بلغت خسائر مصر اليومية" and "بتعويض قدره 916 مليون دولار عن خسائر
    الإغلاق": the number is the compensation's): the sentence holds no count of what is asked. A number
    without a tie word, or tied to the counted noun or to a noun of the question ("كم بلغ التعويض"),
    keeps the sentence."""
    if info.answer_type != "number" or not info.counted or not info.counted_is_noun:
        return False
    mentions = number_mentions(sent, info)
    if not mentions:
        return False
    counted = bare(info.counted)
    related = counted_words(info)
    asked = {bare(w) for w in info.words}
    for start, _ in mentions:
        tie = number_owner(sent, start)
        if tie is None:
            return False
        owner, word = tie
        if _is_counted(owner, counted, related) or _is_counted(word, counted, related) or owner in asked \
                or any(_same_noun(owner, w) for w in asked if len(w) >= 3):
            return False
    return True


def _number_answer(sent: Sentence, info: QuestionInfo) -> ShortAnswer | None:
    """The number that counts what the question counts: one followed by the counted noun or a word
    related to it ("أكثر من 200 شخص" for "كم عدد ضحايا"), or right after such a word ("بقوة 7.8"),
    nearest the focus terms; the answer carries its noun ("200 شخص", not "200"). When the question
    names a counted noun and no number of the sentence stands by it, there is no short answer: the
    sentence's "200 شخص" is the whole toll, not the children "كم عدد الأطفال" asks about. Only a
    question without a counted noun ("كم يزن المسبار") takes the number nearest its focus terms."""
    mentions = number_mentions(sent, info)
    if not mentions:
        return None
    counted = bare(info.counted) if info.counted else ""
    related = counted_words(info)
    # A count of people told by another family's word is not the one asked ("كم شخصاً شرده الانفجار"
    # and "أودى بحياة 200 شخص، … وشرّد نحو 300 ألف": the dead are no answer); one told by the asked
    # family's word counts it, whatever noun follows (:mod:`akhbar.qa.counts`).
    kind = people_kind(info)
    kinds = {m: mention_kind(sent, *m) for m in mentions} if kind else {}
    places = people_places(info)
    persons = asked_persons(info)
    mentions = [m for m in mentions if kinds.get(m, "") in ("", kind) and not told_elsewhere(sent, *m, places)
                and not told_of_another(sent, *m, persons, info.words)]
    if not mentions:
        return None

    def counts_it(m: tuple[int, int]) -> bool:
        """The counted noun follows the number ("200 شخص") or just precedes it ("بقوة 7.8 درجات")."""
        if kind and kinds.get(m) == kind:
            return True
        if not counted:
            return False
        unit = _unit_after(sent, m[1])
        j = _token_index(sent, m[0])
        before = bare(sent.norms[j - 1]) if j > 0 and sent.spans[j - 1][1] <= m[0] else ""
        return any(is_counted(w) for w in (unit, before)) or subject_of_copula(j)

    def is_counted(w: str) -> bool:
        return _is_counted(w, counted, related)

    def subject_of_copula(j: int) -> bool:
        """"بلغت خسائر القناة اليومية 12 مليون دولار": the noun after بلغ / وصل is what the number
        a few words on counts, within one clause and with no other number between."""
        for k in range(max(1, j - COPULA_REACH), j):
            if is_counted(bare(sent.norms[k])) and bare(sent.norms[k - 1])[:3] in _COPULA_STARTS \
                    and not _CLAUSE_BREAK.search(sent.text[sent.spans[k][0]:sent.spans[j][0]]) \
                    and not any(ch.isdigit() for ch in sent.text[sent.spans[k][1]:sent.spans[j][0]]):
                return True
        return False

    counting = [m for m in mentions if counts_it(m)]
    if info.counted_is_noun and not counting:
        return None  # "200 شخص" counts people, not the children a question asks about: no count of them
    s, e = _mention_span(sent, counting or mentions, set(info.focus)) or (counting or mentions)[0]
    k = next((x for x, (a, _) in enumerate(sent.spans) if a >= e), len(sent.spans))
    if k < len(sent.spans) and not _CLAUSE_BREAK.search(sent.text[e:sent.spans[k][0]]) \
            and ((counting and sent.stems[k]) or _unit_kind(bare(sent.norms[k])) == "measure"):
        # the counted noun, or the unit ("7.8 درجات"); not a function word ("في عمر 38 وهو…")
        e = sent.spans[k][1]
    # The number with its qualifier and its counted noun ("أكثر من 200 شخص", not "200 شخص": the answer
    # says no more than the source; gold answers of XQuAD-ar and ARCD keep the qualifier as often as not).
    s = qualifier_start(get_analyzer().tokens(sent.text), s)
    return ShortAnswer(s, e, "counted" if counting else "near", rivals=len(counting or mentions) - 1)


def _in_question(info: QuestionInfo, norm: str, stem: str) -> bool:
    return norm in info.words or bool(stem and stem in info.focus)


def _breaks(sent: Sentence, j: int) -> bool:
    """Punctuation between token j-1 and token j."""
    return bool(_CLAUSE_BREAK.search(sent.text[sent.spans[j - 1][1]:sent.spans[j][0]]))


def _name_tokens(sent: Sentence, i: int, info: QuestionInfo, limit: int = 4) -> int:
    """End (exclusive) of the name that starts at token ``i``: further tokens are kept while they
    look like more of a name — a genealogy link and the word after it (بن سلمان، عبد العزيز), a
    known given name, one plain word without ال (ليونيل ميسي), or one family name with ال right
    after a given name (أحمد الشرع), which ends the name."""
    j = i + 1
    plain = 0
    while j < len(sent.norms) and j - i < limit:
        norm, stem = sent.norms[j], sent.stems[j]
        if _breaks(sent, j) or _in_question(info, norm, stem) or norm.isdigit() or verb_like(sent, j):
            break
        prev = sent.norms[j - 1]
        if norm in _NAME_LINKS or prev in _NAME_LINKS or norm in GIVEN_NAMES:
            j += 1
            continue
        if not stem:
            break
        if norm.startswith("ال"):
            if j == i + 1 or prev in GIVEN_NAMES:
                j += 1  # a family name with ال right after a given name ends the name
            break
        # A word opened by و is the next item, not a name; one opened by بال/لل… a prepositional phrase;
        # other words opened by ب، ل، ك، ف may be names (بوتين، لافروف).
        clitic = norm[0] == "و" or norm.startswith(("بال", "لل", "كال", "فال")) or (norm[0] in "بلفك" and len(norm) <= 3)
        plural = norm.endswith(("ون", "ات")) or (norm.endswith("ين") and len(norm) >= 6)  # not بوتين
        if plain or clitic or plural or _unit_kind(bare(norm)):
            break
        plain += 1
        j += 1
    while j - 1 > i and sent.norms[j - 1] in _NAME_LINKS:
        j -= 1  # a name does not end on "بن"
    return j


def _after_cue(sent: Sentence, i: int) -> str:
    """'person' / 'team' when token i follows a title or team word (a nisba adjective may sit
    between: "الرئيس الروسي فلاديمير بوتين"), else ''."""
    for back in (1, 2):
        k = i - back
        if k < 0 or _breaks(sent, k + 1):
            return ""
        prev = sent.norms[k]
        if prev == "العالم":
            return ""  # the scientist, but far more often the world ("كأس العالم لكرة القدم")
        if prev in _NAME_CUES or bare(prev) in _NAME_CUES:
            return "person"
        if prev in _TEAM_CUES or bare(prev) in _TEAM_CUES:
            return "team" if back == 1 else ""  # "فريق الترجي بلقب": the team's name is one word
        if not (prev.startswith("ال") and prev.endswith(("ي", "يه"))):
            return ""
    return ""


def _adjective(norm: str) -> bool:
    """A nisba adjective without ال ("عربي"، "أفريقية"), not a place of the lexicon ("مالي"، "تشيلي")."""
    return not norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 4 \
        and norm not in PLACES and bare(norm) not in PLACES


def sure_names(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Token ranges that are names by a cue Arabic gives without capitals: a title before them
    (الرئيس، الملك، منتخب…), a known given name, a genealogy link (بن، أبو، عبد), or Latin script."""
    found: list[tuple[int, int]] = []
    n = len(sent.norms)
    i = 0
    while i < n:
        norm, stem = sent.norms[i], sent.stems[i]
        if _in_question(info, norm, stem) or not (stem or norm in _NAME_LINKS) or norm.isdigit() or verb_like(sent, i):
            i += 1
            continue
        cue = _after_cue(sent, i)
        if cue == "person" and norm.startswith("ال") and norm.endswith(("ي", "يه")):
            i += 1  # the nisba adjective itself ("الروسي") is no name
            continue
        if cue == "team" and _adjective(norm):
            i += 1  # "أول منتخب عربي": an adjective of the team, no name (but "منتخب مالي" is Mali)
            continue
        latin = norm.isascii() and norm.isalpha() and len(norm) > 1
        if cue or norm in GIVEN_NAMES or norm in _NAME_LINKS or latin:
            if cue and norm.startswith("ال"):
                end = i + 1  # "منتخب الأرجنتين"
            elif latin:
                end = i + 1
                while end < n and sent.norms[end].isascii() and sent.norms[end].isalpha() and not _breaks(sent, end):
                    end += 1
            else:
                end = _name_tokens(sent, i, info)
            # A name that runs into the question's words is the question's own subject ("بشار الأسد").
            into_question = (end == i + 1 < n and not _breaks(sent, end) and sent.norms[end].startswith("ال")
                             and _in_question(info, sent.norms[end], sent.stems[end]))
            if not into_question and not all(sent.norms[x] in _NAME_LINKS for x in range(i, end)):
                found.append((i, end))
            i = max(end, i + 1)
            continue
        i += 1
    return found


def _name_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> ShortAnswer | None:
    """The name that does what the question asks about (its verb's agent: :func:`agent_span`), else the
    name nearest the focus terms, or None when no word of the sentence is surely a name.

    Names with a cue (sure_names) come first. Without one, a run of plain words is only trusted in a
    big archive (``common``: stems in > 0.5% of its passages are no names, "بطولة", "ريف"); a small
    archive gives no way to tell "حكم بشار" from a name, and a wrong short answer is worse than none."""
    names = sure_names(sent, info)
    method = "cue"
    if not names and common is not None:
        names, method = _plain_name_runs(sent, info, common), "plain"
    if not names:
        return None
    verb = info.focus_norms[0] if info.qtype == "who" and info.focus_norms else None
    agent = agent_span(sent, names, verb, info.focus_norms[1:4])
    if agent is not None:
        return ShortAnswer(sent.spans[agent[0]][0], sent.spans[agent[1] - 1][1], "role", rivals=len(names) - 1)
    if question_verb(info) is not None:
        # "من أمر ببدء سحب القوات": the one who did it is the agent of that verb in the clause that tells
        # it; a name standing elsewhere in the sentence (whom he met, who spoke of it) is no answer.
        return None
    s, e = _nearest_name(sent, names, matched_positions(sent, set(info.focus)))
    return ShortAnswer(s, e, method, rivals=len(names) - 1)


def _nearest_name(sent: Sentence, names: list[tuple[int, int]], positions: list[int]) -> tuple[int, int]:
    """Sentence-relative offsets of the name (a token range) nearest the matched focus tokens at
    ``positions``, the longer one of equally near ones."""
    a, b = min(names, key=lambda r: (_distance_to(positions, r[0], r[1]), -(r[1] - r[0])))
    return sent.spans[a][0], sent.spans[b - 1][1]


def _plain_name_runs(sent: Sentence, info: QuestionInfo, common: set[str]) -> list[tuple[int, int]]:
    """The fallback of _name_answer, for big archives only: runs of name-like words (token ranges).
    Runs stop at stopwords, question words and punctuation, and are at most four words
    long. ``common`` (stems frequent in the archive) sharpens the guess: frequent words are not names
    ("بطولة", "ريف"), and a rare word with the article ال may continue a name ("محمد البشير")."""
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(len(sent.stems) + 1):
        ok = False
        if i < len(sent.stems):
            norm, stem = sent.norms[i], sent.stems[i]
            in_q = _in_question(info, norm, stem)
            ok = bool(stem or norm in _NAME_LINKS) and not in_q and is_name_like(
                norm, sent.norms[i - 1] if i else "", False) and not verb_like(sent, i)
            if stem and not in_q:
                if ok and stem in common and norm not in _NAME_LINKS:
                    ok = False
                elif not ok and start is not None and norm.startswith("ال") and stem not in common:
                    ok = True
            if ok and start is not None and _breaks(sent, i):
                runs.append((start, i))
                start = None
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    return [(a, min(b, a + 4)) for a, b in runs if not all(sent.norms[j] in _NAME_LINKS for j in range(a, b))]


def place_phrases(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Token ranges of place phrases: after في / قرب / شمال… the nouns of a genitive chain, up to and
    with the first word with ال and its nisba adjectives ("في ريف اللاذقية", "قرب جبلة في محافظة
    اللاذقية", "في القطاع الجنوبي"); a phrase that is a date, a time or a frame ("في ظل") is none.
    في itself stays out of the answer, قرب / شمال… stay in (they say where)."""
    dates = [(d.start, d.end) for d in sent.dates]
    n = len(sent.norms)
    out: list[tuple[int, int]] = []
    i = 0
    while i < n:
        norm = sent.norms[i]
        if norm not in _PLACE_PREPS:
            i += 1
            continue
        start = i + 1 if norm in {"في", "فى"} else i
        j = i + 1
        if norm == "بالقرب" and j < n and sent.norms[j] == "من":
            j += 1
        end = _place_chain(sent, j, info, dates)
        # Chained phrases: "قرب جبلة في محافظة اللاذقية".
        while j < end < n and sent.norms[end] in _PLACE_PREPS and end - start < 8 and not _breaks(sent, end):
            more = _place_chain(sent, end + 1, info, dates)
            if more <= end + 1:
                break
            end = more
        if end > j:
            out.append((start, end))
            i = end
        else:
            i += 1
    return out


def _place_chain(sent: Sentence, j: int, info: QuestionInfo, dates: list[tuple[int, int]]) -> int:
    """End (exclusive) of the noun chain of a place phrase starting at token ``j`` (``j`` if none)."""
    n = len(sent.norms)
    k = j
    plain = 0
    while k < n:
        norm, stem = sent.norms[k], sent.stems[k]
        if k > j and _breaks(sent, k):
            break
        s, e = sent.spans[k]
        if not stem or norm.isdigit() or any(a < e and s < b for a, b in dates):
            break
        root = bare(norm)
        if k == j and (root in _NOT_PLACES or norm in _NOT_PLACES or _unit_kind(root)):
            return j
        if norm.startswith("ال"):
            k += 1
            while k < n and sent.norms[k].startswith("ال") and sent.norms[k].endswith(("ي", "يه")) \
                    and not _breaks(sent, k):
                k += 1  # nisba adjectives: "الساحل السوري"
            break
        if plain == 3 or norm[0] == "و":
            break
        plain += 1
        k += 1
    if k > j and all(_in_question(info, sent.norms[x], sent.stems[x]) for x in range(j, k)):
        return j  # the question's own words are no answer
    return k


def _place_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> ShortAnswer | None:
    """The place phrase nearest after the focus terms; else a sure name; else nothing."""
    positions = matched_positions(sent, set(info.focus))
    phrases = place_phrases(sent, info)
    if phrases:
        last = max(positions, default=-1)
        a, b = min(phrases, key=lambda r: (r[0] < last, _distance_to(positions, r[0], r[1]), r[0]))
        return ShortAnswer(sent.spans[a][0], sent.spans[b - 1][1], "phrase", rivals=len(phrases) - 1)
    return _name_answer(sent, info, common)


def _cause_answer(sent: Sentence) -> ShortAnswer | None:
    span = cause_span(sent)
    if span is None:
        return None
    return ShortAnswer(sent.spans[span[0]][0], sent.spans[span[1] - 1][1], "cause")


def short_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None,
                 event: tuple[str, str] | None = None) -> ShortAnswer | None:
    """The short answer of the sentence (sentence-relative offsets and how it was found), or None
    (description and list questions, or nothing found). ``event`` is the question's event word
    (folded, stem), which a when-answer's date must stand nearest to."""
    if info.answer_type == "date":
        return _date_answer(sent, info, event)
    if info.answer_type == "number":
        return _number_answer(sent, info)
    if info.answer_type == "person":
        return _name_answer(sent, info, common)
    if info.answer_type == "place":
        return _place_answer(sent, info, common)
    if info.qtype == "why":
        return _cause_answer(sent)
    return None
