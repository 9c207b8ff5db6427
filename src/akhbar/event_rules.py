"""The reference rules of ``akhbar.events``: the rule that makes one date mention context (``reference_rule``), the
folded sentence every rule reads (``Sentence``) and the word lists and helpers the rules share.

Which rules there are, and in what order they are tried, is told in ``akhbar.events``' docstring (rules 3-8 and 11-13
are here; the rules that weigh a mention against its neighbours — a dateline, a span's end, a second date, a "حيث"
clause, a coarser date — are ``events.sentence_mentions``'s, and the clause rules are ``akhbar.clauses``'). Words are
compared folded (``arabic.normalize``) and without one leading clitic (``bare``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from .arabic import SPEECH_VERBS, normalize, normalize_with_map
from .article_day import WEEKDAY_NUMBERS
from .clauses import (
    DATE_LEADS,
    FUTURE_VERB,
    NOT_VERBS,
    RELATIVE_CLAUSE_WORDS,
    RELATIVE_PRONOUNS,
    VERBAL_NOUN,
    expecting,
    far_relative,
    imperfect_verb,
    later_clause,
    later_than,
    possible,
    present_main_verb,
    relative_aside,
    told_aside,
    unprefixed,
)
from .date_words import FUTURE
from .dates import DAY, MONTH, YEAR, DateMention, written_out
from .lexicon import (
    CIRCUMSTANCE_LEADS,
    COMPARISON_WORDS,
    DAY_EARNINGS,
    DEADLINE_NOUNS,
    DIRECTIVE_WORDS,
    DURATION_WORDS,
    EVENT_SAYING_VERBS,
    FIGURE_NOUNS,
    NOWADAYS_LEADS,
    ONCE_PLANNED,
    OUR_PREPOSITIONS,
    PLACES,
    SESSION_NOUNS,
    SPAN_ENDS,
    TIME_UNITS,
    YEARLY_RESULTS,
    YESTERDAYS_PEOPLE,
)

# --- word lists (folded spelling) -----------------------------------------------------------------

_SINCE = {"منذ", "مذ"}
# What closes a since-phrase before a later date: a count of time ("منذ ثلاثة أيام", "منذ نحو عشرين عاما": ago; a unit
# with its accusative ا too) or the end of a span ("منذ مطلع الشهر حتى مساء أمس": the as-of day is the report's).
_SINCE_CLOSERS = set(TIME_UNITS) | {normalize(w) for w in (*DURATION_WORDS, *SPAN_ENDS)}
_NOWADAYS = {normalize(w) for w in NOWADAYS_LEADS}  # "وهناك اليوم من يرى", "والنتيجة اليوم أن": the present
_YESTERDAYS = {normalize(w) for w in YESTERDAYS_PEOPLE}  # "نجوم الأمس": a past era, not the day before
_OURS = {normalize(w) for w in OUR_PREPOSITIONS}  # "لدينا اليوم", "اليوم علينا أن": the speaker's present
_COMPARISON = {normalize(w) for w in COMPARISON_WORDS} | {"مقابل", "عن", "بنظيره", "بنظيرتها", "بمثيله", "بمثيلتها"}
_PERIOD = {"النصف", "الربع", "الفتره", "الموسم", "الاشهر", "الشهور", "الدراسي", "الجامعي", "المالي", "الميزانيه",
           "الاولي", "الاول", "الاخير", "الاخيره", "الثاني", "الثانيه", "الثالث", "الرابع"}
# Nouns a year names ("حج عام 1436", "موسم العام 1436هـ", "دورة عام 2015"): which one, not when something happened.
_OCCASIONS = {"حج", "الحج", "موسم", "الموسم", "ميزانيه", "الميزانيه", "دوره", "الدوره", "نسخه", "النسخه", "بطوله",
              "البطوله", "مونديال", "المونديال", "كاس", "الكاس", "خطه", "الخطه", "رويه", "الرويه"}
_PARTICIPLES = {"الصادر", "الصادره", "المقرر", "المقرره", "المزمع", "المزمعه", "المرتقب", "المرتقبه", "المنعقد",
                "المنعقده", "المبرم", "المبرمه", "الموقع", "الموقعه", "المورخ", "المورخه", "المنتهي", "المنتهيه",
                "المعلن", "المعلنه", "المنشور", "المنشوره", "المقام", "المقامه", "الممتد", "الممتده", "المنتظر",
                "المنتظره", "المتوقع", "المتوقعه", "المحدد", "المحدده", "الواقع", "الواقعه",
                "مرتقب", "مرتقبه", "مزمع", "مزمعه", "مقرره"}  # "زيارة مرتقبة … يوم الأربعاء المقبل"
# Participles that are nouns as often (المؤرخ "historian", الموقع "site", الواقع "reality"): only right before the date.
_NOUN_TOO = {"المورخ", "المورخه", "الموقع", "الموقعه", "الواقع", "الواقعه", "المنتظر", "المنتظره"}
_SUBORDINATORS = {"عندما", "حين", "حينما", "بعدما", "اثر", "عقب", "اعقاب", "رغم", "الرغم", "بسبب", "جراء", "خلفيه", "ابان",
                  "طيله", "طوال"}
# At the head of a sentence, and the date still in that first clause: "فيما تنتظر الوكالة … بتاريخ 15، برزت صور".
_LEADING_SUBORDINATORS = {"فيما", "بينما", "مع", "رغم", "ومع", "وبينما", "وفيما", "بعد", "وبعد", "عقب", "اثر"}
# "في الوقت الذي" ("while") at the head of a sentence, as فيما or بينما: "في الوقت الذي شهدت المنطقة أمس …، توقع خبير"
_WHILE = re.compile(r"\W*و?في الوقت الذي(?!\w)")
_BEFORE_AFTER = {"بعد", "قبل"}  # + a noun: "بعد مقتل شاب في …"; not the time-of-day phrases below
_TIME_OF_DAY = {"ظهر", "الظهر", "منتصف", "العصر", "المغرب", "العشاء", "الفجر", "صلاه"}
_THAT = {"ان", "بان", "انه", "انها", "انهم", "انهن", "بانه", "بانها", "بانهم", "اننا", "انني", "اني", "انك", "انكم",
         "باننا", "بانني"}  # "قالت … إننا": the speaker's own words
# Words that put a sentence in the coming days: a bare weekday or a year-less day there is ahead, not behind.
FUTURE_WORDS = {"سوف", "المقرر", "المزمع", "المرتقب", "المنتظر", "المتوقع", "القادم", "المقبل", "القادمه", "المقبله",
                 "غدا", "سيتم", "ستقام", "سيقام", "ستنطلق", "سينطلق", "ستبدا", "سيبدا", "سيلتقي", "ستلتقي", "سيواجه",
                 "ستواجه", "سيعقد", "ستعقد", "سيصل", "سيزور", "يستعد", "تستعد", "تتجه", "تقام", "يقام", "تنطلق", "ينطلق",
                 "تستمر", "يستمر", "تختتم", "يختتم", "تعقد", "يعقد", "تبدا", "يبدا", "تنتهي", "ينتهي"}
# Not quotes nor brackets: they hold names and asides ("(IMF)", "(الأحد)") as often as a new clause.
CLAUSE_BREAK = re.compile(r"[،,;:؛]|\s[-–—]\s")
# Words that open a new clause of their own: a date after them dates its own verb ("ومع جلاء القوات عام 1946 كان").
CLAUSE_OPENER = re.compile(r"(?<!\w)(?:ومع|وفي|وبعد|وقبل|ومنذ|وكان|وكانت|وقد|ثم|كما|فيما|بينما|حيث|وحين|وعندما)(?!\w)")
_PARTICLES = {"في", "من", "علي", "الي", "عن", "مع", "ب", "ل", "و", "ف", "ان", "قد", "تم"}
WORD = re.compile(r"\w+")
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
REPORTED_DAYS = 7  # reported speech about a day more than this away from the article's day is context
PARTICIPLE_WORDS = 5  # (words that carry meaning; particles such as في، من، على are not counted)
SUBORDINATE_WORDS = 10
SINCE_WORDS = 5
SINCE_PHRASE_WORDS = 10  # ... and منذ + a noun phrase this many words back, when no verb or و-clause comes between
SPEECH_WORDS = 16  # a speech verb's إن/أن within this many words (the speaker's titles come between)


_SPAN_END_WORDS = {normalize(w) for w in SPAN_ENDS}


def _since_span_end(lead: list[str]) -> bool:
    """The date ends a span that منذ opened: (و)حتى/إلى/لغاية right before it (its ال apart: "وحتى الـ24"), and منذ
    among the words before that, the phrase's own (``SINCE_PHRASE_WORDS``)."""
    words = lead[:-1] if lead[-1:] == ["ال"] else lead
    if not words or words[-1].removeprefix("و") not in _SPAN_END_WORDS:
        return False
    return any(w.removeprefix("و") in _SINCE for w in words[-SINCE_PHRASE_WORDS - 1:-1])


def bare_word(word: str) -> str:
    """A folded word without one leading conjunction/preposition clitic (وعن → عن, والتي → التي)."""
    bare = _BARE.get(word)
    if bare is None:
        bare = word
        for c in _CLITICS:
            if word.startswith(c) and len(word) - len(c) >= 2 and word[len(c):] in _KNOWN:
                bare = word[len(c):]
                break
        if len(_BARE) < _BARE_MAX:
            _BARE[word] = bare
    return bare


_BARE: dict[str, str] = {}  # word → bare_word(word): news repeats its words, each is looked at once
_BARE_MAX = 200_000  # (a bound on the memory of a long ingest: ~20 MB)


_KNOWN = (_SINCE | _COMPARISON | {"بين", "من"} | _PERIOD | RELATIVE_PRONOUNS | _PARTICIPLES | _SUBORDINATORS
          | _BEFORE_AFTER | _THAT | FUTURE_WORDS | SPEECH_VERBS | {"هو", "هي", "هم", "نحن"} | _NOWADAYS | _OURS)  # "وهم اليوم"


# --- attribution ---------------------------------------------------------------------------------

@dataclass
class Sentence:
    """A sentence folded once, its words with folded offsets, and where clauses break."""

    text: str
    folded: str
    index: list[int]  # folded position → original position
    words: list[tuple[int, str]]  # (folded start, word)
    breaks: list[int]  # folded positions of clause breaks
    bare: list[str]  # each word without its clitic (bare_word), found once: every mention looks back over them

    @classmethod
    def of(cls, text: str) -> Sentence:
        folded, index = normalize_with_map(text)
        breaks = [m.start() for m in CLAUSE_BREAK.finditer(folded)] + [m.start() - 1 for m in CLAUSE_OPENER.finditer(folded)]
        words = [(m.start(), m.group()) for m in WORD.finditer(folded)]
        return cls(text, folded, index, words, sorted(breaks), [bare_word(w) for _, w in words])

    def folded_at(self, original: int) -> int:
        return bisect.bisect_left(self.index, original)

    def before(self, original: int) -> tuple[list[str], int]:
        """The bare words before an original offset, and how many of them are in the same clause."""
        pos = self.folded_at(original)
        kept = [i for i, (s, w) in enumerate(self.words) if s + len(w) <= pos]  # a word the mention starts inside is its own
        words = [self.bare[i] for i in kept]
        starts = [self.words[i][0] for i in kept]
        last_break = max((b for b in self.breaks if b < pos), default=-1)
        in_clause = sum(1 for s in starts if s > last_break)
        return words, in_clause




def _in_a_while_head(sentence: Sentence, m: DateMention) -> bool:
    """The sentence opens on "في الوقت الذي" (``_WHILE``) and no comma or stop stands before the mention: the date is in the
    clause of what goes on meanwhile ("في الوقت الذي قضى فيه عشرون أمس …، توقع خبير أن …"), not the main clause's."""
    at = sentence.folded_at(m.start)
    return bool(_WHILE.match(sentence.folded)) and not CLAUSE_BREAK.search(sentence.folded, 0, at)


def reference_rule(sentence: Sentence, m: DateMention, day: dt.date | None) -> str:
    """The rule that makes a mention context (see the module docstring), or "" for an event date."""
    words, in_clause = sentence.before(m.start)
    clause = words[len(words) - in_clause:] if in_clause else []
    lead = list(clause)
    while lead and lead[-1] in DATE_LEADS and len(clause) - len(lead) < 3:
        lead.pop()  # "منذ مطلع يوليو": the date's own lead words do not hide the cue before them
    last = lead[-1] if lead else ""
    deictic = deictic_date(m)
    if any(w in _SINCE for w in lead[-SINCE_WORDS:]) or _since_phrase(lead):
        return "since"  # "منذ الإعلان عن الاتفاق يوم الثلاثاء"
    if _once_planned(sentence, m):
        return "plan once set"  # "كانت الرحلة مقررة غداً الثلاثاء، لكنها …": the day once set, told because it changed
    if deictic and normalize(m.text).strip(" وف") == _TODAY and lead[-1:] and lead[-1] in _DAY_EARNINGS:
        return "no day"  # "لإيداع غلة اليوم": any day's takings
    if _next_session(words) and day is not None and later_than(m, day):
        return "next session"  # "أجلت المحكمة القضية إلى جلسة 19 أغسطس": the sitting set, not the day it was set
    if not deictic and _since_span_end(lead) and (m.precision != DAY or in_reported_speech(sentence, words, m.start)):
        # "قال إن 300 قتلوا منذ مطلع مارس وحتى 20 يوليو": the as-of day of a count someone gives, not the day he gave it;
        # "منذ … وحتى منتصف الشهر": a span's end. A count the sentence reports itself keeps its end ("سجل المراقبون 300 مخالفة
        # منذ تطبيق النظام وحتى يوم الأربعاء" is Wednesday's report), and so does "… وحتى أمس".
        return "until"
    if last in _COMPARISON or ({"نفس", "ذات", "نفسها", "ذاتها"} & set(lead[-3:]) and _SAME_TIME & set(lead[-3:])) or (
            _compared_figure(lead)):
        return "comparison"
    if last in ("بين", "مابين", "قبل", "بعد") or (last == "من" and _range_follows(sentence, m)) or _pair_of_years(sentence, m):
        return "range"
    if _SPAN_NOUNS & set(lead[-3:]):
        return "period"  # "في الفترة 8 - 11 رجب", "خلال الفترة من …": a span's bounds, not a day something happened
    if last in ("حتي", "لغايه") and not deictic and (m.precision != DAY or (day is not None and m.date > day)):
        # "يستمر القبول حتى 28 شوال", "حتى منتصف 2015": a deadline or an as-of; but "استمرت المرحلة حتى 11
        # ديسمبر 2017" dates the phase's end
        return "until"
    if last == "بحلول" or (m.precision == YEAR and not m.relative and day is not None and m.date.year > day.year):
        return "projection"  # "بحلول عام 2023", "عام 2030": a target, not something that happened
    if m.precision == MONTH and day is not None and later_than(m, day) and not present_main_verb(sentence, plans=True):
        # "وهو ما قد يدفع البنك إلى خفض الرسوم في الربع المقبل", "وقعت الهيئة العقد … وتتسلم المعدات في مايو المقبل": a
        # forecast or a plan inside a sentence about something else; "ويبدأ التطبيق في يناير 2016" reports the plan
        return "projection"
    if day is not None and later_than(m, day) and expecting(sentence):
        return "projection"  # "يتوقع المحللون بدء رفع الفائدة في 17 سبتمبر": what is guessed, not a day something happened
    if day is not None and later_than(m, day) and _DEADLINE.search(sentence.folded, 0, sentence.folded_at(m.start)):
        return "deadline"  # "أكدت الوزارة أن آخر موعد للتسجيل … سيكون يوم الأحد القادم": the last day open; the notice is the news
    if day is not None and later_than(m, day) and told_aside(sentence, m):
        return "told aside"  # "…، مشيراً إلى أن فريقه سيناقشها يوم الأربعاء المقبل": the plan he told, not the report
    if day is not None and later_than(m, day) and (possible(sentence, m) or later_clause(sentence, m)):
        return "projection"  # "نقلت … عن مصادر أنه يمكن الإعلان … الاثنين المقبل"; "صدر اليوم …، وسيصلى عليه غدا"
    if deictic and _either_day(sentence, m):
        return "either day"  # "قد تصل الشحنة اليوم أو غدا": a guess between two days, not a day something happened
    if any(w in _PERIOD for w in clause[-3:]) and any(w in ("من", "ل", "لعام") for w in clause[-2:]) or (
            m.precision == YEAR and _FOR_THE_YEAR.search(sentence.folded, 0, sentence.folded_at(m.start))):
        return "period"  # "للعام الدراسي 2015", "موسم الحج لعام 1436هـ": which season, not when
    if m.precision == YEAR and (m.text[:1].isdigit() and last not in _YEAR_LEADS or _occasion(lead[-1:])
                                or (last == _THIS and _occasion(lead[-2:-1]))):
        return "period"  # a bare year after a noun names it: "لموسم الحج 1436هـ", "ميزانية 2015", "حج عام 1436", "حج هذا العام"
    if m.precision == YEAR and not m.relative and _YEARLY_RESULT.search(sentence.folded):
        return "period"  # "سجلت الشركة في العام 2013 أرباحا قدرها …": the year a result is for, reported now
    if _figure_period(sentence, m):
        return "figure period"  # "نزل معدل البطالة في الإقليم خلال مايو إلى 6.1 في المائة": what the figure measures, not its release
    content = [w for w in lead if w not in _PARTICLES and not w.isdigit()]  # distances count words with meaning
    # "من المقرر أن تجرى الانتخابات في 28 يونيو": "it is scheduled that", no participle of a noun.
    modifiers = [w for w, before in zip(lead, [""] + lead) if w in _PARTICIPLES and before != "من"]
    if any(w in RELATIVE_PRONOUNS for w in content[-RELATIVE_CLAUSE_WORDS:]) or any(
            w in modifiers and (w not in _NOUN_TOO or w == content[-1]) for w in content[-PARTICIPLE_WORDS:]
    ) or relative_aside(sentence, m) or far_relative(sentence, content, m, day):
        return "relative clause"
    sub = content[-SUBORDINATE_WORDS:]
    if (words[:1] and words[0] in _LEADING_SUBORDINATORS and len(words) == len(clause)) or _in_a_while_head(sentence, m) or any(
            w in _SUBORDINATORS for w in sub) or any(
            w in _BEFORE_AFTER and nxt not in _TIME_OF_DAY for w, nxt in zip(sub, sub[1:])) or " ".join(
            clause[:2]) == "الي ان":
        return "subordinate clause"
    if (day is not None and not deictic and abs((m.date - day).days) > REPORTED_DAYS
            and in_reported_speech(sentence, words, m.start)):
        return "reported speech"  # what someone recalls or expects, not what the sentence reports
    if deictic and (lead and lead[-1] in _NOW_LEADS or _stative_today(sentence, m) or (
            normalize(m.text).endswith("امس") and after_words(sentence, m)[:1] == ["القريب"]) or _era(sentence, m, lead)):
        return "nowadays"  # "حتى اليوم", "أصبحت اليوم", "وهو اليوم يعتبر": the present, not a day
    if m.precision == YEAR and m.relative:
        return "relative year"
    if _document(words):
        return "document"
    if _condition(clause, len(words) - len(clause)):
        return "condition"
    if (day is not None and not deictic and (day - m.date).days > REPORTED_DAYS and present_main_verb(sentence)):
        return "background"
    if (day is not None and not deictic and abs((m.date - day).days) > REPORTED_DAYS and not present_main_verb(sentence)
            and _of_a_verbal_noun(words, content)):
        return "verbal noun"
    if _scheduled(sentence, m, day):
        return "scheduled"
    return ""


# Verbs that put what a sentence reports in the coming days; adjectives such as المقبل qualify a noun.
_AHEAD_VERBS = FUTURE_WORDS - _PARTICIPLES - set(FUTURE)
_PRESENT_VERB = re.compile(r"^[وف]?[يتن]\w{3,}$")  # ينطلق، تنظم، ويحتضن: a verb when it heads its clause


def _since_phrase(lead: list[str]) -> bool:
    """The date closes a phrase that منذ opened further back than ``SINCE_WORDS`` ("تحول المهاجم إلى هداف الفريق منذ
    قدومه من أحد أندية الدرجة الثانية في الشمال عام 2019"): منذ then a noun (not a count of time units: "منذ ثلاثة أيام"
    ends there), and up to the date no verb and no word opening a new clause with و — the phrase runs to the next verb
    or clause break, and its date is the start, not the report. The clause's own break is already behind ``lead``."""
    at = max((i for i in range(max(0, len(lead) - SINCE_PHRASE_WORDS), len(lead)) if lead[i] in _SINCE), default=-1)
    if at < 0 or at + 1 >= len(lead):
        return False
    phrase = lead[at + 1:]
    if imperfect_verb(phrase[0]) or any(_closes_since(w) or w.isdigit() or w in NOT_VERBS for w in phrase):
        return False  # "منذ نحو عشرين عاما": a span; "منذ مارس … إلى 12% أمس": closed by its own date or end
    return not any(w[:1] == "و" and w not in _KNOWN or imperfect_verb(w) for w in phrase[1:])


def _closes_since(word: str) -> bool:
    """A count of time or a span's end (``_SINCE_CLOSERS``), also a unit in its accusative ("عاما", "شهرا")."""
    return word in _SINCE_CLOSERS or (word.endswith("ا") and word[:-1] in _SINCE_CLOSERS)


def _next_session(words: list[str]) -> bool:
    """The date right after "إلى جلسة" / "حتى جلسة" / "لجلسة" (and "يوم"): the sitting a court or a council put its case
    off to ("أجلت المحكمة محاكمة المتهمين إلى جلسة 19 أغسطس", "… إلى جلسة يوم الأحد المقبل"), which the sentence
    names; its event is the putting off, on the day the sentence gives it or the page's (``lexicon.SESSION_NOUNS``). Only a
    sitting ahead of the page's day: "بسعر إقفال لجلسة الأحد الفائت" is a trading day past."""
    last = words[-3:]
    if last[-1:] == ["يوم"]:
        last = last[:-1]
    return bool(last) and (last[-1] in _SESSIONS and last[-2:-1] in (["الي"], ["حتي"])
                           or last[-1][:1] == "ل" and last[-1][1:] in _SESSIONS)


_SESSIONS = {normalize(w) for w in SESSION_NOUNS}


def _figure_period(sentence: Sentence, m: DateMention) -> bool:
    """A month or a year (not a day) in a sentence that gives an economy's indicator as a share: a noun of
    ``lexicon.FIGURE_NOUNS`` ("معدل البطالة", "التضخم", "الناتج المحلي") and a share ("%", "في المائة", "نقطة مئوية").
    The month is the period the figure measures ("ونزل معدل البطالة في الإقليم خلال مايو إلى 6.1 في المائة", "هبط
    التضخم إلى 4.7 بالمائة بنهاية أبريل"), not the day it was told, which is a day when the sentence has it ("أعلن المكتب
    أمس أن …")."""
    return m.precision in (MONTH, YEAR) and bool(_SHARE.search(sentence.folded)) and any(
        _figure_noun(w) for _, w in sentence.words)


_FIGURES = {normalize(w).removeprefix("ال") for w in FIGURE_NOUNS}
_SHARE = re.compile(r"%|(?<!\w)(?:في|بال)\s*(?:ال)?م(?:اي|ي)ه(?!\w)|(?<!\w)نقطه\s+موويه")
_NOUN_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "ول", "وب", "و", "ف", "ب", "ل")


def _figure_noun(word: str) -> bool:
    """A folded word is a noun of ``lexicon.FIGURE_NOUNS`` with or without its clitics and article ("ولمعدل", "بالتضخم")."""
    forms = {word, *(word[len(p):] for p in _NOUN_PREFIXES if word.startswith(p))}
    return any(f in _FIGURES or f.removeprefix("ال") in _FIGURES for f in forms)


def _compared_figure(lead: list[str]) -> bool:
    """The date is the year of a figure a comparison cue names ("صدّرت المزرعة 120 طناً من التمر هذا الموسم، مقابل 95
    طناً عام 2019"): the cue, then the figure's digits and at most one word of its unit, then the date's own lead.
    Not عن, which is as often "about" ("أعلن عن 3 مشاريع في مارس")."""
    for i in range(len(lead) - 1, max(len(lead) - 6, -1), -1):
        if lead[i] in _COMPARISON and lead[i] != "عن":
            figure = [w for w in lead[i + 1:] if w not in _PARTICLES]  # "مقارنة مع 3.7 ملايين", "مقابل 9 آلاف"
            return bool(figure) and figure[0].isdigit() and sum(not w.isdigit() for w in figure) <= 1
    return False


def _scheduled(sentence: Sentence, m: DateMention, day: dt.date | None) -> bool:
    """A date ahead of the article's day, written out or a weekday (غدا only after a directive, ``lexicon.DIRECTIVE_WORDS``:
    "عمم المكتب على الأئمة موضوع الخطبة غداً"), with no verb of the coming days
    before it: it belongs to a noun — a start, a session, a deadline ("أعلن النادي جاهزية الملعب لافتتاح
    المعرض في العاشر من شوال المقبل", "أجلت اللجنة النظر في الطلب إلى اجتماع الأحد المقبل", "حددت البلدية …
    يوم الاثنين آخر موعد"), not to what the sentence reports, which happened by the article's day. A verb of the coming
    days: سـ + imperfect, a word of ``_AHEAD_VERBS``, or an imperfect that heads its clause or follows أن
    ("ويحتضن الملعب المواجهة في 12 أغسطس", "تنظم اللجنة، الشهر القادم، …", "ومن المقرر أن تبحر السفينة … في 9 أغسطس")."""
    if day is None or not later_than(m, day) or "اليوم" in normalize(m.text):
        return False
    pos = sentence.folded_at(m.start)
    ordered = any(w.lstrip("وفب") in _DIRECTIVES for s, w in sentence.words if s < pos)
    if "غد" in normalize(m.text) and not ordered:
        # "يفتتح الأمير غداً المعرض" is tomorrow's opening; "عمم المكتب على الأئمة موضوع الخطبة غداً" is today's order
        return False
    previous_end = -1
    for i, (start, word) in enumerate(sentence.words):
        if start >= pos:
            break
        bare = sentence.bare[i]
        before = sentence.bare[i - 1] if i else ""
        head = i == 0 or word[:1] in "وف" or any(previous_end <= b < start for b in sentence.breaks)
        ahead = bare in _AHEAD_VERBS and not (ordered and bare.startswith("غد"))
        if ahead or FUTURE_VERB.match(word) or (before == "من" and bare in FUTURE_WORDS) or (
                before in ("ان", "لن", "كي", "لكي") and _PRESENT_VERB.match(word)) or (
                head and _PRESENT_VERB.match(word) and unprefixed(word) not in NOT_VERBS
                and not VERBAL_NOUN.match(unprefixed(word))):
            return False  # "من المنتظر طرح …", "تقرر أن تغادر البعثة …"; after a directive, "غداً" is the day asked for, no such verb
        previous_end = start + len(word)
    return True


# Verbal nouns whose date news writes after them ("نتائج المؤتمر العام مارس 2014", "عجزت عن تسديدها في 30 حزيران",
# "وافق على إطلاق الملتقى في 21 من الشهر"), without clitics, ال or a pronoun after them.
_VERBAL_NOUNS = {"حوار", "سداد", "انتقال", "اطلاق", "انطلاق", "انعقاد", "اعتماد", "اقرار", "توقيع", "تدشين", "افتتاح"}
# ... unless a verb that carries no event of its own puts the noun forward as the event: "تم افتتاح المكتبة في عام
# 1971", "قام بتدشين …", "عُقد لقاء في مارس".
_CARRIERS = {"تم", "يتم", "سيتم", "وتم", "اتم", "اتمت", "جري", "يجري", "سيجري", "قام", "قامت", "يقوم", "تقوم", "هناك", "كان", "كانت"}
VERBAL_NOUN_WORDS = 3  # the verbal noun among the last words with meaning before the date


def _verbal_noun(word: str) -> bool:
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    w = w[1:] if w[:1] in "بلك" and len(w) > 4 else w
    w = w[2:] if w.startswith("ال") else w
    return w in _VERBAL_NOUNS or any(w.endswith(p) and w[:-len(p)] in _VERBAL_NOUNS for p in ("هما", "هم", "ها", "ه"))


def _of_a_verbal_noun(words: list[str], content: list[str]) -> bool:
    """A verbal noun stands among the last words with meaning before a date written out weeks from the article's
    day, in a sentence that no present verb heads ("أكد حرص المجلس على … نتائج المؤتمر العام مارس 2014",
    "دفعت الشركة أمس قسطين تأخرت في سدادهما منذ 12 آذار"): the date is the noun's (a dialogue, a
    payment), not the report's. Not the sentence's first word ("انطلاق المهرجان في 5 أغسطس" names it)."""
    return len(words) > 1 and any(_verbal_noun(w) for w in content[-VERBAL_NOUN_WORDS:] if w != words[0]) and not (
        _CARRIERS & set(words))


def _condition(clause: list[str], before_clause: int) -> bool:
    """The mention sits in a clause of terms after the sentence's own report: "على أن يجتمع مجلس الإدارة يوم
    الخميس 12 ذي القعدة", "على أن تصرف المكافأة للمشتركين المسجلين حتى يوم 03/05/2015", "شريطة أن …": what is
    agreed or planned, not what happened ("على أن" heading the sentence is "yet", and is left alone)."""
    return any(a in _TERMS and b == "ان" and before_clause + i >= 2 for i, (a, b) in enumerate(zip(clause, clause[1:])))


_TERMS = {"علي", "شريطه", "بشرط", "شرط"}


def _document(words: list[str]) -> bool:
    """The date of a numbered document ("المرسوم رقم م/14 وتاريخ 3/2/1430هـ", "بقرار مجلس الوزراء رقم 318
    وتاريخ …"): which text is meant, not when the sentence's event happened."""
    return bool(words) and words[-1].endswith("تاريخ") and any(w.removeprefix("و") == "رقم" for w in words[-6:-1])


def _occasion(words: list[str]) -> bool:
    """The word is an occasion a year names, with or without ل/ب before it ("لموسم", "بحج")."""
    return bool(words) and (words[0] in _OCCASIONS or (words[0][:1] in "لب" and words[0][1:] in _OCCASIONS))


# Nouns of a span: a date right after them is a bound of the span ("في الفترة 3 - 6 مايو", "للفترة من …").
_SPAN_NOUNS = {"الفتره", "فتره", "للفتره", "بالفتره", "وللفتره"}
_OR = re.compile(r"\s*(?:او|ام)\s*$")


def _either_day(sentence: Sentence, m: DateMention) -> bool:
    """"اليوم أو غدا", "غدا أو بعد غد": a day offered with another, after or before أو."""
    after = after_words(sentence, m)
    pos = sentence.folded_at(m.start)
    return bool(after[:1] == ["او"] and after[1:2] and _DEICTIC.match(after[1].removeprefix("ب"))) or bool(
        _OR.search(sentence.folded, 0, pos) and re.search(r"(?:اليوم|غدا?|امس)\s*(?:او|ام)\s*$", sentence.folded[:pos]))


_SAME_TIME = {"الفتره", "الشهر", "الوقت", "الموعد", "التاريخ", "اليوم", "الاسبوع", "العام", "السنه", "الربع"}
# Words before "اليوم" that make it the present ("حتى اليوم", "وهو اليوم"), or an occasion ("الاحتفال بهذا اليوم").
_NOW_LEADS = {"حتي", "الي", "لغايه", "اصبح", "اصبحت", "بات", "باتت", "صار", "صارت", "هو", "هي", "هم", "نحن", "كنا",
              # against the past: "لكنهم اليوم أقرب إلى الخسارة", "بينما اليوم يطالب بـ …", "الظروف اليوم أفضل"
              "لكن", "ولكن", "لكنه", "لكنها", "لكنهم", "لكننا", "بينما", "وبينما", "اما", "واما", "الحال", "الوضع", "الظروف",
              "هذا", "بهذا", "لهذا", "وهذا"} | _NOWADAYS
# Verbs of being and standing: "اليوم" next to them is the present ("تعد الوزارة اليوم", "واليوم تعتبر القناة").
_STATIVE = {"يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل", "اصبح", "اصبحت", "بات", "باتت",
            "اضحي", "اضحت", "يعيش", "تعيش", "نعيش"}
_YEAR_LEADS = {"في", "خلال", "منذ", "حتي", "بحلول", "مطلع", "منتصف", "اواخر", "اوائل", "بدايه", "نهايه", "قبل", "بعد",
               "صيف", "شتاء", "ربيع", "خريف", "عام", "العام", "سنه"}
# A result for a year ("أرباحا", "وإيراداتها", "بخسائر"): ``lexicon.YEARLY_RESULTS`` with a clitic, ال or a pronoun.
_YEARLY_RESULT = re.compile(r"(?<!\w)[وفلب]?(?:ال)?(?:" + "|".join(normalize(w) for w in YEARLY_RESULTS)
                            + r")(?:ا|ه|ها|هم|هما)?(?!\w)")
# "للعام", "لعام 1436هـ", "لهذا العام 1436هـ" ("عيد الفطر لهذا العام": the Eid of this year, not the year as the deed's date)
_FOR_THE_YEAR = re.compile(r"(?<!\w)[وف]?(?:لل|ل)(?:عام|سنه|هذا)?\s*$")
_THIS = "هذا"


def _stative_today(sentence: Sentence, m: DateMention) -> bool:
    """A bare "اليوم" with a verb of being up to three words before it ("تعتبر البلدية اليوم") or two after,
    or in the speaker's own words (we, a first-person verb)."""
    if normalize(m.text).strip(" وف") not in ("اليوم", "باليوم"):
        return False
    if normalize(m.text).strip() == "اليوم" and not re.search(r"\w", sentence.text[:m.start]):
        return True  # "اليوم تغيرت حال المدينة": a sentence that opens on "اليوم" (not "واليوم") in a column tells a state
    opening = normalize(sentence.text[:m.start]).split()
    if normalize(m.text).strip() == "اليوم" and len(opening) == 1 and opening[0] in _PLACE_NAMES:
        return True  # "المدينة اليوم في حداد": a place opening its sentence before "اليوم" is pictured now, as a column does
    before, in_clause = sentence.before(m.start)
    after = after_words(sentence, m)[:2]
    if any(w.lstrip("و") in _FIRST_PERSON for w in before[-3:]) or (after and after[0] in _FIRST_PERSON):
        return True  # the speaker's own now: "إننا اليوم نبني مدارس أكثر", "أننا نلمس أثره اليوم"
    if (before[-1:] and before[-1] in _OURS) or (after and after[0] in _OURS) or (
            before[-1:] and _PRESENT_US.match(before[-1])):
        return True  # "لدينا اليوم جيل …", "اليوم علينا أن …", "الخوف الذي يلاحقنا اليوم": we have, we must, it follows us
    if len(before) >= 2 and before[-2] in _WHAT_WHO and _PRESENT_VERB.match(before[-1]):
        return True  # "وما نراه اليوم من ازدحام", "هو من يطالب اليوم بـ …": what is done nowadays
    clause = before[len(before) - in_clause:] if in_clause else []
    if any(tuple(clause[i:i + len(c)]) == c for c in _CIRCUMSTANCES for i in range(len(clause))):
        return True  # "في ظل النمو السريع للقطاع اليوم": the circumstances now
    if before and in_clause == len(before) and before[0] in _STATIVE:
        return True  # "تعتبر أسماء … من الأسماء البارزة اليوم": a sentence a verb of being heads tells a state
    head = max((i + 1 for i, w in enumerate(clause) if w in _THAT or w in ("ان", "لان")), default=0)
    if after[:1] and after[0] in _NOW_FOLLOWS and (after[0] not in _COPULAS or len(clause) - head <= 1):
        # "واليوم نرى أن …", "الخلاف أن القرار اليوم بيد اللجنة", "اليوم حين يتأخر …"; a pronoun only near its
        # clause's head (or أن's): in "إغلاق الطريق اليوم هو إجراء مؤقت" it is the copula of a sentence
        # about today's storming
        return True
    return any(w.lstrip("و") in _STATIVE for w in before[-3:] + after)


# Words right after "اليوم" that make it the present: a seeming, a pronoun as the copula, a comparison, a when.
_COPULAS = {"هي", "هو", "هم"}
_WHAT_WHO = {"ما", "وما", "فما", "لما", "بما", "مما", "من", "ومن", "فمن", "لمن"}  # + an imperfect: what one does
_NOW_FOLLOWS = {"يبدو", "تبدو", "هي", "هو", "هم", "عندما", "حين", "افضل", "اسوا", "اكثر", "اقل", "اشد", "احوج"}
_FIRST_PERSON = {"اننا", "انني", "اني", "نحن", "فنحن", "لاننا", "باننا", "نري", "نعيش", "نشهد", "نواجه", "انا"}
# A ي- present verb with "نا" as its object ("يلاحقنا", "يهمنا"): what weighs on us now. Not ت-: "تحدثنا" is also
# the past "we spoke" (on the fresh labels, said of the article's own day every time).
_PRESENT_US = re.compile(r"^ي\w{2,}نا$")
_PLACE_NAMES = {normalize(p) for p in PLACES if " " not in p}  # one word: the sentence's first
_CIRCUMSTANCES = [tuple(normalize(w).split()) for w in CIRCUMSTANCE_LEADS]  # "في ظل …": the circumstances a statement stands in
_DAY_EARNINGS = {normalize(w) for w in DAY_EARNINGS}  # "غلة اليوم": a day's takings, any day
_DEADLINE = re.compile(r"(?<!\w)(?:" + "|".join(normalize(w) for w in DEADLINE_NOUNS) + r")(?!\w)")
_DIRECTIVES = {normalize(w) for w in DIRECTIVE_WORDS}
# "كان مقرراً أن …", "وكانت مقررة …", "كان من المفترض أن …" (not "كما كان مقرراً": done as planned)
_ONCE_PLANNED = re.compile(r"(?<!كما )(?<!\w)[وف]?كان(?:ت)?\s+(?:من\s+)?(?:" + "|".join(normalize(w) for w in ONCE_PLANNED)
                           + r")(?!\w)")
_TODAY = "اليوم"


def _once_planned(sentence: Sentence, m: DateMention) -> bool:
    """"كان مقرراً" / "كان من المفترض" in the mention's clause before it: the day a plan once had, which news tells of
    because it did not hold ("كانت الرحلة مقررة غداً الثلاثاء، لكنها تأجلت")."""
    pos = sentence.folded_at(m.start)
    start = max((b for b in sentence.breaks if b < pos), default=0)
    return bool(_ONCE_PLANNED.search(sentence.folded, start, pos))
_DEICTIC = re.compile(r"امس|اليوم|غد|البارحه|" + "|".join(WEEKDAY_NUMBERS))


def deictic_date(m: DateMention) -> bool:
    """A date said from the article's day ("أمس", "اليوم", "يوم الخميس"), not one written out."""
    return bool(_DEICTIC.search(normalize(m.text))) and not written_out(m)


def _pair_of_years(sentence: Sentence, m: DateMention) -> bool:
    """"1436/1437هـ", "2015/2016": a season or an academic year, not a date."""
    before = normalize(sentence.text[max(0, m.start - 10):m.start])
    after = normalize(sentence.text[m.end:m.end + 6])
    if m.precision == YEAR:  # "(1436هـ – 2015م)": an edition's two years; "من 2011 - 2015" is a range anyway
        return bool(re.search(r"\d\s*(?:ه|م)?\s*[/–-]\s*$", before) or re.match(r"\s*[/–-]\s*\d", after))
    return bool(re.search(r"\d\s*/\s*$", before) or re.match(r"\s*/\s*\d", after))


def _range_follows(sentence: Sentence, m: DateMention) -> bool:
    """"من 2011 إلى 2015": a date right after "من" starts a range when إلى/حتى follows it."""
    after = normalize(sentence.text[m.end:m.end + 24]).split()
    return bool(after) and after[0] in ("الي", "حتي", "-", "–", "لغايه")


_SAYING = SPEECH_VERBS | {normalize(w) for w in EVENT_SAYING_VERBS}  # "علق … بقوله: «…»" too
_QUOTE_OPEN = re.compile(r"[«\"“:]")


def in_reported_speech(sentence: Sentence, words: list[str], original: int) -> bool:
    """A speech verb, then إن/أن or an opening quote, before the mention (it sits in what was said)."""
    pos = sentence.folded_at(original)
    for i, (start, w) in enumerate((s, w) for s, w in sentence.words if s < pos):
        if bare_word(w) in _SAYING and (any(x in _THAT for x in words[i + 1:i + SPEECH_WORDS])
                                     or _QUOTE_OPEN.search(sentence.folded, start, pos)):
            return True
    return False

def _era(sentence: Sentence, m: DateMention, lead: list[str]) -> bool:
    """"الأمس" with its article right after a plural of people in construct ("صفحات نجوم الأمس", "حلفاء الأمس"): their
    past, not the day before (``lexicon.YESTERDAYS_PEOPLE``; after a thing, "مران الأمس", it is the day)."""
    return (normalize(m.text) == "امس" and bool(lead) and lead[-1] in _YESTERDAYS
            and normalize(sentence.text[max(0, m.start - 2):m.start]) == "ال")


def after_words(sentence: Sentence, m: DateMention) -> list[str]:
    return [bare_word(w) for w in normalize(sentence.text[m.end:]).split()[:6]]

