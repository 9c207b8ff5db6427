"""Dated events: which dates of a sentence date what the sentence reports, and against which day.

A news sentence often carries more than one date: "قوات وصلت أمس إلى عدن ضمن عملية عاصفة الحزم
التي انطلقت في 26 مارس" reports an arrival (yesterday); March is the campaign's start, cited for
context. Filing the sentence under both dates puts an August deployment under March. So every date
mention (``akhbar.dates.find_dates``) gets a role:

* ``event`` — it dates the sentence's main event: attached to the main verb, "اليوم/أمس + weekday",
  a dateline with nothing more precise in its sentence;
* ``reference`` — context, kept with the reason (``why``) but never a timeline event.

A mention is a reference when the first of these rules holds (the words are looked for in the
sentence before the mention, folded):

1. ``question``: the sentence asks (؟): nothing is reported.
   ``name``: a day and month right after a word that makes them a name (``lexicon.DATE_NAME_CUES``,
   ``lexicon.FAMOUS_DAY_CUES``): "قوى 14 آذار" (a bloc), "جسر 6 أكتوبر" (a bridge), "ثورة 23 يوليو" (a revolution of
   another year), "أحداث 11 سبتمبر" (a famous day; not its anniversary, "الذكرى العاشرة لهجمات 7 يوليو").
2. ``dateline``: a dateline alone on its line, or one in a sentence that has its own event date.
3. ``since`` / ``comparison`` / ``range`` / ``until`` / ``projection`` / ``period``: right before the
   mention, منذ (or منذ opening a noun phrase up to ten words back that no verb, و-clause, count of time or span's end
   has closed: "منذ قدومه من أحد أندية الدرجة الثانية عام 2019"); مقارنة، بالمقارنة، قياسا، مقابل، عن، نفس الفترة,
   or one of them but عن before a figure ("مقابل 9 آلاف عام 2013": the compared figure's year); بين or قبل/بعد + date, the start of
   "من … إلى/حتى", two years paired ("1436هـ – 2015م"); حتى/لغاية + a date written out, ahead of the
   article's day or coarser than a day (a deadline or an as-of: "يستمر القبول حتى 28 شوال", "حتى منتصف
   2015"); بحلول, or a later year than the article's (a target), or a later date in a sentence a verb of expecting heads
   ("يتوقع المحللون … في 17 سبتمبر", ``lexicon.EXPECTING_VERBS``: a guess), or after a speaker's participle ("مشيراً إلى
   أن …": ``told aside``, the plan he told); a reporting period (النصف، الربع، الفترة،
   الموسم، العام الدراسي …) or the year something is for ("لموسم الحج لعام 1436هـ", a bare year after a
   noun: "ميزانية 2015", a year after an occasion: "حج عام 1436"); a span's bounds: after الفترة ("في الفترة
   3 - 6 مايو"), بين/مابين … و…, the day after a dash that follows a context date, the day after (و)حتى/إلى
   that follows an event date (the end of the span it starts: "تفتح الكلية باب القبول اليوم الاثنين وحتى 25 شوال"), the same span restated
   in the other calendar after الموافق; a month after the article's, in a sentence that no present verb heads (a
   plan or a forecast: "وهو ما قد يدفع البنك إلى خفض الرسوم في الربع المقبل"; "ويبدأ التطبيق في يناير 2016" and
   "تبدأ في سبتمبر المقبل مرحلة التسجيل" are kept).
   Also ``until``: a day written out that ends a span منذ opened, in what someone said or coarser than a day ("قال
   إن 300 أصيبوا منذ مارس وحتى 26 يوليو": his count as of that day, not the day he gave it).
   Also a ``period``: a year in a sentence that gives a result for it (``lexicon.YEARLY_RESULTS``: "سجلت الشركة
   في العام 2013 أرباحا قدرها …"): the figure is reported now.
4. ``relative clause``: a relative pronoun (الذي، التي …) or a participle that modifies a noun
   (الصادر، المقرر، المزمع، المنعقد، المبرم …, or مرتقبة، مزمعة …) a few words before it, in the same clause:
   "القرار الصادر عام 2005", "العملية التي انطلقت في مارس", "زيارة مرتقبة … يوم الأربعاء المقبل"; and a date set off
   by commas right after the clause's verb ("أدان الوزير الهجوم الذي ضرب، فجر أمس، محطة الحافلات": the attack's day);
   a longer clause (13-16 words) only when it tells a deed, not a present that describes its noun (the clause rules are
   in ``akhbar.clauses``).
5. ``subordinate clause``: in a clause of time, cause or concession (بعد أن، بعدما، عندما، إثر، عقب، رغم، بسبب،
   بعد/قبل + noun): "بعد مقتل شاب في أغسطس 2014".
6. ``reported speech``: inside reported speech (قال/أكد/أوضح … إن/أن/إننا, or a quote) and more than a week
   from the article's day, written out (not أمس or a weekday): what someone recalls or expects, not what
   the sentence reports.
7. ``nowadays``: "اليوم" that is the present, not a day: "حتى اليوم", "وهو اليوم", "تعد الوزارة اليوم"
   (a verb of being next to it), the speaker's own present ("إننا اليوم ندافع"), or an occasion
   ("الاحتفال بهذا اليوم"); against the past ("لكنهم اليوم", "بينما اليوم", "الظروف اليوم"), after a word of
   existence or a column's topic noun (``lexicon.NOWADAYS_LEADS``: "وهناك اليوم من يرى", "والنتيجة اليوم أن"), or before يبدو,
   a comparative or عندما, or a pronoun near its clause's head ("واليوم نرى أن", "القرار اليوم بيد"; not
   "إغلاق الطريق اليوم هو إجراء مؤقت"); after what/who + an imperfect ("وما نراه اليوم", "من يقود اليوم");
   "بالأمس القريب" (lately); "الأمس" after a plural of people ("نجوم الأمس", ``lexicon.YESTERDAYS_PEOPLE``): their past.
   And "اليوم" that opens its sentence ("اليوم تغيرت حال المدينة"; not "واليوم"), or follows a place name that opens it
   (``lexicon.PLACES``: "عدن اليوم تحتفل"): a column's present; and "اليوم"
   inside a quotation opened after the sentence's event day ("قال أمس إن «المدينة اليوم أجمل»") is the speaker's now,
   on the day the sentence gives the speech: ``speech day``.
   ``either day``: "اليوم أو غدا", a guess between two days.
8. ``relative year``: "العام الماضي", "هذا العام" …: comparisons and periods ("last year's high"),
   too coarse to date a reported event.
9. ``second date``: a later date in the same clause as an event date ("زار أمس المصابين في الهجوم
   على المسجد الخميس الماضي": the attack's day), unless a clause opener (وفي، ثم، كما …) comes between.
   ``where clause``: a date after "حيث" that follows a day dating the sentence ("يعقد المجلس اليوم (الخميس)
   جلسته، حيث أعلن الوزير أمس أن …"): the clause explains the head's report, and the head's day wins; and one
   under a head with no date whose first word is a present verb ("ويأتي ذلك في إطار التحضيرات، حيث أتمت اللجنة أمس
   …") or that states or classifies (a pronoun first, "one of", "فإن": "والمسابقة إحدى فعاليات المهرجان، حيث بدأت عام
   …"): the
   head tells a state of now, the clause its background ("من حيث", "in terms of", is no clause).
10. ``coarser date``: a month or a year in a sentence that a day dates ("ارتفع سهم الشركة اليوم الإثنين، بعد
   أسوأ أسبوع له منذ عام، في مارس الماضي"): the background's.
11. ``document``: the date of a numbered text ("بقرار مجلس الوزراء رقم 318 وتاريخ 28/5/1432").
    ``condition``: in a clause of terms after the report ("فتح النادي باب التسجيل على أن تعقد الجمعية يوم
    الخميس 20 أغسطس", شريطة أن …): what is agreed or planned.
12. ``background``: a date written out more than a week before the article's day, in a sentence whose
   first word is an imperfect verb ("ويحاكم سبعة متهمين بتهمة سرقة … في 9 أبريل الماضي"): it reports now.
    ``verbal noun``: a date written out more than a week from the article's day right after a verbal noun of
    ``_VERBAL_NOUNS`` (حوار، سداد، إطلاق، توقيع …), in a sentence no present verb heads and no تم/قام/كان
    carries ("أكدت الوزارة التزامها بمخرجات الحوار الوطني في مارس 2014": the dialogue's month).
13. ``scheduled``: a date ahead of the article's day (written out, or a weekday; not غدا) with no verb of
   the coming days before it (سـ + verb, تقام، ينطلق …, an imperfect heading its clause or after أن): it
   belongs to a noun — a start, a session, a deadline ("أعلن النادي جاهزية الملعب لافتتاح الموسم في
   العاشر من شوال المقبل", "حددت البلدية … يوم الاثنين المقبل آخر موعد"); what the sentence reports
   happened by the article's day.

The article's own day: relative dates ("أمس", "يوم الأحد") resolve against the publication date,
unless the text says otherwise — a dateline at its start ("الرياض 12 شوال 1436 هـ الموافق 28 يوليو 2015
م واس"), or a weekday stated with اليوم/أمس/غدا ("اليوم (الأحد)"). The text wins, within a week of the
publication date (crawlers record the day they fetched a page, often days later), and the mention
records which (``anchor``: ``published``, ``dateline``, ``weekday`` or ``issue``). Failing those, a date in
the page's address a few days before the recorded one is the day the page was written (a paper's issue,
"/issues/20150720/", fetched on the 21st). That day is ``akhbar.article_day``'s (``own_day``). A bare weekday in a sentence about
the future (سـ، سوف، من المقرر، المقبل …) is the coming one, not the last; a day and month with no year that fell
almost a year back is the coming one ("اعتباراً من مطلع أكتوبر" in August), unless the text calls it past (الماضي). A page that its fetch
batch shows to be of an unknown week (``akhbar.crawl``) dates nothing from its fetch day (``crawl lag``).

Measured on judged SaudiNewsNet timelines (bench/timeline_real.py, "Timelines on real news").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from .arabic import SPEECH_VERBS, normalize, normalize_with_map
from .article_day import DATELINE, WEEKDAY_NUMBERS, OwnDay, dateline, own_day
from .clauses import (
    DATE_LEADS,
    FUTURE_VERB,
    NOT_VERBS,
    RELATIVE_CLAUSE_WORDS,
    RELATIVE_PRONOUNS,
    VERBAL_NOUN,
    WHERE,
    closed_market_day,
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
    where_under_a_state,
)
from .date_words import FUTURE, PAST
from .dates import DAY, MONTH, YEAR, DateMention, find_dates, in_hijri, written_out
from .lexicon import (
    ANNIVERSARY_WORDS,
    COMPARISON_WORDS,
    DATE_NAME_CUES,
    DURATION_WORDS,
    FAMOUS_DAY_CUES,
    NOWADAYS_LEADS,
    OUR_PREPOSITIONS,
    PLACES,
    SPAN_ENDS,
    TIME_UNITS,
    YEARLY_RESULTS,
    YESTERDAYS_PEOPLE,
)
from .models import DatedMention

EVENT, REFERENCE = "event", "reference"
CRAWL_LAG = "crawl lag"  # why a relative date of a page of an unknown week dates nothing (akhbar.crawl)
EVENTS_VERSION = "25"  # bump when roles or anchors can change: stored mentions are recomputed at the next ingest


# --- word lists (folded spelling) -----------------------------------------------------------------

_SINCE = {"منذ", "مذ"}
# What closes a since-phrase before a later date: a count of time ("منذ ثلاثة أيام", "منذ نحو عشرين عاما": ago; a unit
# with its accusative ا too) or the end of a span ("منذ مطلع الشهر حتى مساء أمس": the as-of day is the report's).
_SINCE_CLOSERS = set(TIME_UNITS) | {normalize(w) for w in (*DURATION_WORDS, *SPAN_ENDS)}
_NAME_CUES = {normalize(w) for w in DATE_NAME_CUES}  # "قوى 14 آذار", "جسر 6 أكتوبر": a name, not a day
_FAMOUS = {normalize(w) for w in FAMOUS_DAY_CUES}  # "أحداث 11 سبتمبر": a famous day of another year
_ANNIVERSARY = {normalize(w) for w in ANNIVERSARY_WORDS}  # "الذكرى العاشرة لهجمات 7 يوليو": this year's day
_NOWADAYS = {normalize(w) for w in NOWADAYS_LEADS}  # "وهناك اليوم من يرى", "والنتيجة اليوم أن": the present
_YESTERDAYS = {normalize(w) for w in YESTERDAYS_PEOPLE}  # "نجوم الأمس": a past era, not the day before
_OURS = {normalize(w) for w in OUR_PREPOSITIONS}  # "لدينا اليوم", "اليوم علينا أن": the speaker's present
# "تفتح الكلية باب القبول اليوم الاثنين وحتى 25 شوال": what stands between a date and the end of the span it starts
_SPAN_END = re.compile(r"\s*[،,]?\s*و?(?:" + "|".join(normalize(w) for w in SPAN_ENDS) + r")\s*(?:يوم\s+)?")
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
_BEFORE_AFTER = {"بعد", "قبل"}  # + a noun: "بعد مقتل شاب في …"; not the time-of-day phrases below
_TIME_OF_DAY = {"ظهر", "الظهر", "منتصف", "العصر", "المغرب", "العشاء", "الفجر", "صلاه"}
_THAT = {"ان", "بان", "انه", "انها", "انهم", "انهن", "بانه", "بانها", "بانهم", "اننا", "انني", "اني", "انك", "انكم",
         "باننا", "بانني"}  # "قالت … إننا": the speaker's own words
# Words that put a sentence in the coming days: a bare weekday or a year-less day there is ahead, not behind.
_FUTURE_WORDS = {"سوف", "المقرر", "المزمع", "المرتقب", "المنتظر", "المتوقع", "القادم", "المقبل", "القادمه", "المقبله",
                 "غدا", "سيتم", "ستقام", "سيقام", "ستنطلق", "سينطلق", "ستبدا", "سيبدا", "سيلتقي", "ستلتقي", "سيواجه",
                 "ستواجه", "سيعقد", "ستعقد", "سيصل", "سيزور", "يستعد", "تستعد", "تتجه", "تقام", "يقام", "تنطلق", "ينطلق",
                 "تستمر", "يستمر", "تختتم", "يختتم", "تعقد", "يعقد", "تبدا", "يبدا", "تنتهي", "ينتهي"}
AHEAD_DAYS = 45  # how far ahead such a sentence may point
# Not quotes nor brackets: they hold names and asides ("(IMF)", "(الأحد)") as often as a new clause.
_CLAUSE_BREAK = re.compile(r"[،,;:؛]|\s[-–—]\s")
# Words that open a new clause of their own: a date after them dates its own verb ("ومع جلاء القوات عام 1946 كان").
_CLAUSE_OPENER = re.compile(r"(?<!\w)(?:ومع|وفي|وبعد|وقبل|ومنذ|وكان|وكانت|وقد|ثم|كما|فيما|بينما|حيث|وحين|وعندما)(?!\w)")
_PARTICLES = {"في", "من", "علي", "الي", "عن", "مع", "ب", "ل", "و", "ف", "ان", "قد", "تم"}
_WORD = re.compile(r"\w+")
_QUESTION = re.compile(r"[؟?]\s*[\"'»”)]*\s*$")
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


def _bare(word: str) -> str:
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


_BARE: dict[str, str] = {}  # word → _bare(word): news repeats its words, each is looked at once
_BARE_MAX = 200_000  # (a bound on the memory of a long ingest: ~20 MB)


_KNOWN = (_SINCE | _COMPARISON | {"بين", "من"} | _PERIOD | RELATIVE_PRONOUNS | _PARTICIPLES | _SUBORDINATORS
          | _BEFORE_AFTER | _THAT | _FUTURE_WORDS | SPEECH_VERBS | {"هو", "هي", "هم", "نحن"} | _NOWADAYS | _OURS)  # "وهم اليوم"


# --- attribution ---------------------------------------------------------------------------------

@dataclass
class _Sentence:
    """A sentence folded once, its words with folded offsets, and where clauses break."""

    text: str
    folded: str
    index: list[int]  # folded position → original position
    words: list[tuple[int, str]]  # (folded start, word)
    breaks: list[int]  # folded positions of clause breaks
    bare: list[str]  # each word without its clitic (_bare), found once: every mention looks back over them

    @classmethod
    def of(cls, text: str) -> _Sentence:
        folded, index = normalize_with_map(text)
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(folded)] + [m.start() - 1 for m in _CLAUSE_OPENER.finditer(folded)]
        words = [(m.start(), m.group()) for m in _WORD.finditer(folded)]
        return cls(text, folded, index, words, sorted(breaks), [_bare(w) for _, w in words])

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




def _reference_rule(sentence: _Sentence, m: DateMention, day: dt.date | None) -> str:
    """The rule that makes a mention context (see the module docstring), or "" for an event date."""
    words, in_clause = sentence.before(m.start)
    clause = words[len(words) - in_clause:] if in_clause else []
    lead = list(clause)
    while lead and lead[-1] in DATE_LEADS and len(clause) - len(lead) < 3:
        lead.pop()  # "منذ مطلع يوليو": the date's own lead words do not hide the cue before them
    last = lead[-1] if lead else ""
    deictic = _deictic(m)
    if any(w in _SINCE for w in lead[-SINCE_WORDS:]) or _since_phrase(lead):
        return "since"  # "منذ الإعلان عن الاتفاق يوم الثلاثاء"
    if not deictic and _since_span_end(lead) and (m.precision != DAY or _in_reported_speech(sentence, words, m.start)):
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
    if day is not None and later_than(m, day) and told_aside(sentence, m):
        return "told aside"  # "…، مشيراً إلى أن فريقه سيناقشها يوم الأربعاء المقبل": the plan he told, not the report
    if day is not None and later_than(m, day) and (possible(sentence, m) or later_clause(sentence, m)):
        return "projection"  # "نقلت … عن مصادر أنه يمكن الإعلان … الاثنين المقبل"; "صدر اليوم …، وسيصلى عليه غدا"
    if deictic and _either_day(sentence, m):
        return "either day"  # "قد تصل الشحنة اليوم أو غدا": a guess between two days, not a day something happened
    if any(w in _PERIOD for w in clause[-3:]) and any(w in ("من", "ل", "لعام") for w in clause[-2:]) or (
            m.precision == YEAR and _FOR_THE_YEAR.search(sentence.folded, 0, sentence.folded_at(m.start))):
        return "period"  # "للعام الدراسي 2015", "موسم الحج لعام 1436هـ": which season, not when
    if m.precision == YEAR and (m.text[:1].isdigit() and last not in _YEAR_LEADS or _occasion(lead[-1:])):
        return "period"  # a bare year after a noun names it: "لموسم الحج 1436هـ", "ميزانية 2015", "حج عام 1436"
    if m.precision == YEAR and not m.relative and _YEARLY_RESULT.search(sentence.folded):
        return "period"  # "سجلت الشركة في العام 2013 أرباحا قدرها …": the year a result is for, reported now
    content = [w for w in lead if w not in _PARTICLES and not w.isdigit()]  # distances count words with meaning
    # "من المقرر أن تجرى الانتخابات في 28 يونيو": "it is scheduled that", no participle of a noun.
    modifiers = [w for w, before in zip(lead, [""] + lead) if w in _PARTICIPLES and before != "من"]
    if any(w in RELATIVE_PRONOUNS for w in content[-RELATIVE_CLAUSE_WORDS:]) or any(
            w in modifiers and (w not in _NOUN_TOO or w == content[-1]) for w in content[-PARTICIPLE_WORDS:]
    ) or relative_aside(sentence, m) or far_relative(sentence, content, m, day):
        return "relative clause"
    sub = content[-SUBORDINATE_WORDS:]
    if (words[:1] and words[0] in _LEADING_SUBORDINATORS and len(words) == len(clause)) or any(
            w in _SUBORDINATORS for w in sub) or any(
            w in _BEFORE_AFTER and nxt not in _TIME_OF_DAY for w, nxt in zip(sub, sub[1:])) or " ".join(
            clause[:2]) == "الي ان":
        return "subordinate clause"
    if (day is not None and not deictic and abs((m.date - day).days) > REPORTED_DAYS
            and _in_reported_speech(sentence, words, m.start)):
        return "reported speech"  # what someone recalls or expects, not what the sentence reports
    if deictic and (lead and lead[-1] in _NOW_LEADS or _stative_today(sentence, m) or (
            normalize(m.text).endswith("امس") and _after_words(sentence, m)[:1] == ["القريب"]) or _era(sentence, m, lead)):
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
_AHEAD_VERBS = _FUTURE_WORDS - _PARTICIPLES - set(FUTURE)
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


def _compared_figure(lead: list[str]) -> bool:
    """The date is the year of a figure a comparison cue names ("صدّرت المزرعة 120 طناً من التمر هذا الموسم، مقابل 95
    طناً عام 2019"): the cue, then the figure's digits and at most one word of its unit, then the date's own lead.
    Not عن, which is as often "about" ("أعلن عن 3 مشاريع في مارس")."""
    for i in range(len(lead) - 1, max(len(lead) - 6, -1), -1):
        if lead[i] in _COMPARISON and lead[i] != "عن":
            figure = [w for w in lead[i + 1:] if w not in _PARTICLES]  # "مقارنة مع 3.7 ملايين", "مقابل 9 آلاف"
            return bool(figure) and figure[0].isdigit() and sum(not w.isdigit() for w in figure) <= 1
    return False


def _scheduled(sentence: _Sentence, m: DateMention, day: dt.date | None) -> bool:
    """A date ahead of the article's day, written out or a weekday (not غدا), with no verb of the coming days
    before it: it belongs to a noun — a start, a session, a deadline ("أعلن النادي جاهزية الملعب لافتتاح
    المعرض في العاشر من شوال المقبل", "أجلت اللجنة النظر في الطلب إلى اجتماع الأحد المقبل", "حددت البلدية …
    يوم الاثنين آخر موعد"), not to what the sentence reports, which happened by the article's day. A verb of the coming
    days: سـ + imperfect, a word of ``_AHEAD_VERBS``, or an imperfect that heads its clause or follows أن
    ("ويحتضن الملعب المواجهة في 12 أغسطس", "تنظم اللجنة، الشهر القادم، …", "ومن المقرر أن تبحر السفينة … في 9 أغسطس")."""
    if day is None or not later_than(m, day) or re.search(r"غد|اليوم", normalize(m.text)):
        return False
    pos = sentence.folded_at(m.start)
    previous_end = -1
    for i, (start, word) in enumerate(sentence.words):
        if start >= pos:
            break
        bare = sentence.bare[i]
        before = sentence.bare[i - 1] if i else ""
        head = i == 0 or word[:1] in "وف" or any(previous_end <= b < start for b in sentence.breaks)
        if bare in _AHEAD_VERBS or FUTURE_VERB.match(word) or (before == "من" and bare in _FUTURE_WORDS) or (
                before in ("ان", "لن", "كي", "لكي") and _PRESENT_VERB.match(word)) or (
                head and _PRESENT_VERB.match(word) and unprefixed(word) not in NOT_VERBS
                and not VERBAL_NOUN.match(unprefixed(word))):
            return False  # "من المنتظر طرح …", "تقرر أن تغادر البعثة …"
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


def _either_day(sentence: _Sentence, m: DateMention) -> bool:
    """"اليوم أو غدا", "غدا أو بعد غد": a day offered with another, after or before أو."""
    after = _after_words(sentence, m)
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
_FOR_THE_YEAR = re.compile(r"(?<!\w)[وف]?(?:لل|ل)(?:عام|سنه)?\s*$")


def _stative_today(sentence: _Sentence, m: DateMention) -> bool:
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
    after = _after_words(sentence, m)[:2]
    if any(w.lstrip("و") in _FIRST_PERSON for w in before[-3:]) or (after and after[0] in _FIRST_PERSON):
        return True  # the speaker's own now: "إننا اليوم نبني مدارس أكثر", "أننا نلمس أثره اليوم"
    if (before[-1:] and before[-1] in _OURS) or (after and after[0] in _OURS) or (
            before[-1:] and _PRESENT_US.match(before[-1])):
        return True  # "لدينا اليوم جيل …", "اليوم علينا أن …", "الخوف الذي يلاحقنا اليوم": we have, we must, it follows us
    if len(before) >= 2 and before[-2] in _WHAT_WHO and _PRESENT_VERB.match(before[-1]):
        return True  # "وما نراه اليوم من ازدحام", "هو من يطالب اليوم بـ …": what is done nowadays
    clause = before[len(before) - in_clause:] if in_clause else []
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
_DEICTIC = re.compile(r"امس|اليوم|غد|البارحه|" + "|".join(WEEKDAY_NUMBERS))


def _deictic(m: DateMention) -> bool:
    """A date said from the article's day ("أمس", "اليوم", "يوم الخميس"), not one written out."""
    return bool(_DEICTIC.search(normalize(m.text))) and not written_out(m)


def _pair_of_years(sentence: _Sentence, m: DateMention) -> bool:
    """"1436/1437هـ", "2015/2016": a season or an academic year, not a date."""
    before = normalize(sentence.text[max(0, m.start - 10):m.start])
    after = normalize(sentence.text[m.end:m.end + 6])
    if m.precision == YEAR:  # "(1436هـ – 2015م)": an edition's two years; "من 2011 - 2015" is a range anyway
        return bool(re.search(r"\d\s*(?:ه|م)?\s*[/–-]\s*$", before) or re.match(r"\s*[/–-]\s*\d", after))
    return bool(re.search(r"\d\s*/\s*$", before) or re.match(r"\s*/\s*\d", after))


def _range_follows(sentence: _Sentence, m: DateMention) -> bool:
    """"من 2011 إلى 2015": a date right after "من" starts a range when إلى/حتى follows it."""
    after = normalize(sentence.text[m.end:m.end + 24]).split()
    return bool(after) and after[0] in ("الي", "حتي", "-", "–", "لغايه")


_SAYING = SPEECH_VERBS | {"اعلن", "اعلنت", "كشف", "كشفت", "اعتبر", "اعتبرت", "يري", "تري", "نقل", "نقلت"}
_QUOTE_OPEN = re.compile(r"[«\"“:]")


def _in_reported_speech(sentence: _Sentence, words: list[str], original: int) -> bool:
    """A speech verb, then إن/أن or an opening quote, before the mention (it sits in what was said)."""
    pos = sentence.folded_at(original)
    for i, (start, w) in enumerate((s, w) for s, w in sentence.words if s < pos):
        if _bare(w) in _SAYING and (any(x in _THAT for x in words[i + 1:i + SPEECH_WORDS])
                                     or _QUOTE_OPEN.search(sentence.folded, start, pos)):
            return True
    return False


def sentence_mentions(text: str, number: int, offset: int, day: OwnDay,
                      line: tuple[dt.date, int] | None = None) -> list[DatedMention]:
    """The dates of one sentence (``text``, at ``offset`` in its article) with their roles; ``line`` is
    its dateline (``article_day.dateline(text)``) when it is the article's first sentence."""
    found = find_dates(text, day.day)
    if not found:
        return []
    sentence = _Sentence.of(text)
    question = bool(_QUESTION.search(text))
    roles: list[tuple[DateMention, str]] = []
    for i, m in enumerate(found):
        words, _ = sentence.before(m.start)
        m = _ahead(m, day.day, words, _after_words(sentence, m))
        previous = roles[-1] if roles else None
        between = text[found[i - 1].end:m.start] if i else ""
        if question:
            why = "question"
        elif _a_name(sentence, m):
            why = "name"  # "نواب قوى الرابع عشر من آذار", "مدينة 6 أكتوبر": what it names happened in no year read here
        elif line is not None and m.end <= line[1]:
            why = "dateline"  # decided below
        elif i + 1 < len(found) and re.fullmatch(r"\s*\(\s*", text[m.end:found[i + 1].start]) and m.relative:
            why = "restated"  # "اليوم (أمس)": the paper corrects its own wording
        elif _weekday_of_a_date(text, m):
            why = "weekday of a date"  # "يوم الأحد 31 رجب": the date that follows says which day
        elif previous and previous[1] == "range" and re.search(r"(?:الى|إلى|حتى|لغاية|-|–|(?<!\w)و)\s*(?:يوم\s+)?$", between):
            why = "range"  # the end of "من … إلى …", "بين … و…"
        elif previous and not previous[1] and _SPAN_END.fullmatch(normalize(between)):
            why = "range"  # "تفتح الكلية باب القبول اليوم الاثنين وحتى 25 شوال": the end of a span its event date starts
        elif previous and previous[1] and re.fullmatch(r"\s*[-–]\s*", between):
            why = "range"  # "8 - 11 رجب" after a context date: the end of its span
        elif (previous and previous[1] == "range" and previous[0].precision == m.precision
              and _RESTATED.fullmatch(normalize(between))):
            why = "range"  # "في الفترة 12 - 15 شوال، الموافق 28 - 31 يوليو": the same span in the other calendar
        else:
            why = _reference_rule(sentence, m, day.day)
            if (not why and previous and not previous[1] and not _CLAUSE_BREAK.search(between)
                    and len(_WORD.findall(between)) > 2 and not _CLAUSE_OPENER.search(normalize(between))):
                if normalize(previous[0].text).strip() == "اليوم" and not _deictic(m):
                    roles[-1] = (previous[0], "nowadays")  # "اليوم اعتمد الاتحاد نظامه في 10 يونيو": June is the day
                else:
                    why = "second date"  # "زار أمس المصابين في الهجوم على المسجد الخميس الماضي": the attack's day
            elif not why and WHERE.search(normalize(text[_last_event_day(roles):m.start])):
                why = "where clause"  # "يعقد المجلس اليوم (الخميس) جلسته، حيث أعلن الوزير أمس …": the head's day
            elif not why and not any(not w for _, w in roles) and where_under_a_state(sentence, m):
                why = "where clause"  # "وتأتي الخطوة في إطار التحضيرات، حيث أتمت اللجنة أمس …": a state's background
            elif not why and normalize(m.text).strip() == "اليوم" and _quote_opens(text[_last_event_day(roles):m.start]):
                why = "speech day"  # "وقال المدير، أمس، إن «المدينة اليوم أجمل»": the speaker's now, the speech's own day
        roles.append((m, why))
    if line is not None and not any(not why for _, why in roles) and len(_WORD.findall(text[line[1]:])) > 5:
        # A dateline dates the main event when its sentence has no date of its own.
        roles = [(m, "" if why == "dateline" else why) for m, why in roles]
    if any(not why and m.precision == DAY for m, why in roles):
        # "ارتفع سهم الشركة اليوم الإثنين، بعد أسوأ أسبوع له منذ عام، في مارس الماضي": a month or a year beside
        # a day that dates the sentence is the background's.
        roles = [(m, "coarser date" if not why and m.precision != DAY else why) for m, why in roles]
    return [DatedMention(number, m.iso, m.precision, offset + m.start, offset + m.end, REFERENCE if why else EVENT,
                         why, day.anchor if m.relative else "") for m, why in roles]


def _last_event_day(roles: list[tuple[DateMention, str]]) -> int:
    """Where the last day-precise event date so far ends (past the sentence's end when there is none)."""
    return next((m.end for m, why in reversed(roles) if not why and m.precision == DAY), 1 << 30)


def _quote_opens(between: str) -> bool:
    """A quotation is open at the end of ``between`` (what follows is quoted)."""
    return (sum(map(between.count, "«“")) > sum(map(between.count, "»”"))) or between.count('"') % 2 == 1


_RESTATED = re.compile(r"[\s،,(]*(?:الموافق|الموافقه|وفق|ويوافق|الموافق\s+(?:ل|لل)\w*)(?:\s+(?:من|ل))?\s*")


_YEAR_DIGITS = re.compile(r"\d{4}")


def _a_name(sentence: _Sentence, m: DateMention) -> bool:
    """A day and month that name something ("قوى 14 آذار", "لمدينة السادس من أكتوبر", "جسر 6 أكتوبر"): written out
    with no year of its own, right after a word of ``lexicon.DATE_NAME_CUES`` or ``lexicon.FAMOUS_DAY_CUES`` ("أحداث 11
    سبتمبر"; not after an anniversary's word, ``lexicon.ANNIVERSARY_WORDS``) (with ال or a clitic; nothing but space and
    "الـ" between them)."""
    if m.precision != DAY or not written_out(m) or _YEAR_DIGITS.search(m.text):
        return False
    pos = sentence.folded_at(m.start)
    words = [(s, w) for s, w in sentence.words if s + len(w) <= pos]
    if words and words[-1][1] == "ال":  # "قوى الـ14 من آذار"
        words.pop()
    if not words or sentence.folded[words[-1][0] + len(words[-1][1]):pos].strip(" ال"):
        return False  # a comma or a bracket between: "في المدينة، 6 أغسطس" is a date
    word = words[-1][1]
    cue = next((word[len(p):] for p in _NAME_PREFIXES if word.startswith(p) and word[len(p):] in _NAME_CUES | _FAMOUS), "")
    # "الذكرى الخامسة لهجمات 7 يوليو": a famous day's anniversary is this year's day
    return bool(cue) and not (cue in _FAMOUS and any(w in _ANNIVERSARY for _, w in words[-4:-1]))


def _era(sentence: _Sentence, m: DateMention, lead: list[str]) -> bool:
    """"الأمس" with its article right after a plural of people in construct ("صفحات نجوم الأمس", "حلفاء الأمس"): their
    past, not the day before (``lexicon.YESTERDAYS_PEOPLE``; after a thing, "مران الأمس", it is the day)."""
    return (normalize(m.text) == "امس" and bool(lead) and lead[-1] in _YESTERDAYS
            and normalize(sentence.text[max(0, m.start - 2):m.start]) == "ال")


_NAME_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ول", "وب")


def _after_words(sentence: _Sentence, m: DateMention) -> list[str]:
    return [_bare(w) for w in normalize(sentence.text[m.end:]).split()[:6]]


def _bare_weekday(mention_text: str) -> bool:
    """A weekday alone ("يوم الأربعاء"), not qualified (الماضي، المقبل) nor told by اليوم/أمس/غدا."""
    words = normalize(mention_text).split()
    return any(w.lstrip("وف") in WEEKDAY_NUMBERS for w in words) and not any(
        w in ("الماضي", "الماضيه", "المقبل", "المقبله", "القادم", "القادمه") or w.lstrip("وفبل").startswith(
            ("اليوم", "امس", "غد")) for w in words)


def _weekday_of_a_date(text: str, m: DateMention) -> bool:
    return m.relative and _bare_weekday(m.text) and bool(re.match(r"\s*[،,]?\s*(?:\d|[٠-٩]|الموافق)", text[m.end:]))


def _ahead(m: DateMention, day: dt.date | None, before: list[str], after: list[str]) -> DateMention:
    """A relative day resolved into the past that the sentence puts in the coming days (the words ``before`` and
    ``after`` the mention): "سيلتقي الفريق يوم الأربعاء" is the coming Wednesday, "تقام البطولة من 6 إلى 17 أغسطس" (in
    an article of 1 August) this August. ``find_dates`` resolves both backwards, the news convention for what is
    reported."""
    around = before + after
    if not (m.relative and m.precision == DAY and day is not None and m.date < day):
        return m
    if (day - m.date).days > 300 and not _said_past(m, after):
        # A day and month with no year, almost a year back: news names such a day when it is coming
        # ("يوم 9 أغسطس في باريس" in July, "يوم الأحد الخامس من ذي القعدة" in Shawwal); one that long
        # past would carry its year. The next one is at most two months ahead, so no window applies: "from 1
        # October" in August is this October, not the last.
        later = _next_year(m)
        if later is None or later < day:
            return m
        return DateMention(m.text, m.start, m.end, later, m.precision, m.relative)
    elif _bare_weekday(m.text) and any(w in _FUTURE_WORDS for w in around):
        later = m.date + dt.timedelta(days=7)
    else:
        return m
    if not day <= later <= day + dt.timedelta(days=AHEAD_DAYS):
        return m
    return DateMention(m.text, m.start, m.end, later, m.precision, m.relative)


_PAST = set(PAST)


def _said_past(m: DateMention, after: list[str]) -> bool:
    """The day is told as past: "الماضي" in the mention or right after it ("25 سبتمبر (أيلول) الماضي")."""
    return any(w in _PAST for w in normalize(m.text).split()) or bool(after[:1] and after[0] in _PAST)


def _next_year(m: DateMention) -> dt.date | None:
    """The same day and month one year on, in the calendar the mention is written in."""
    if in_hijri(m):
        try:
            from hijridate import Gregorian, Hijri

            h = Gregorian(m.date.year, m.date.month, m.date.day).to_hijri()
            return Hijri(h.year + 1, h.month, h.day, validate=True).to_gregorian()
        except (ValueError, OverflowError, ImportError):
            return None
    try:
        return m.date.replace(year=m.date.year + 1)
    except ValueError:  # 29 February
        return None


def article_mentions(text: str, sentences: list[tuple[int, int]], published: str | None,
                     url: str | None = None, *, stale: bool = False) -> list[DatedMention]:
    """Every dated mention of an article, sentence by sentence, with its role and anchor (``url``: the
    page's address, which may name the day it was written: ``issue_day``). ``stale``: the page is of an
    unknown week (``akhbar.crawl``): a date read from its fetch day dates nothing (why ``crawl lag``)."""
    line = dateline(text[sentences[0][0]:sentences[0][1]]) if sentences else None  # read once: the day and sentence 0
    day = own_day(text, line, published, url)
    out: list[DatedMention] = []
    for n, (s, e) in enumerate(sentences):
        out.extend(sentence_mentions(text[s:e], n, s, day, line if n == 0 else None))
    out = closed_market_day(text, sentences, _quoted_today_told_as_yesterday(text, sentences, out))
    if stale and day.anchor != DATELINE:
        out = [replace(m, role=REFERENCE, why=CRAWL_LAG) if m.role == EVENT and m.anchor else m for m in out]
    return out


def _quoted_today_told_as_yesterday(text: str, sentences: list[tuple[int, int]],
                                    mentions: list[DatedMention]) -> list[DatedMention]:
    """A quote's "اليوم" (after a speech verb) that first dates its sentence, right after a sentence whose event the page
    tells as "أمس" of the day before, is that day: the paper retold a wire's report as yesterday's and kept the quote as
    it was said ("لقي عشرة جنود حتفهم فجر أمس الاثنين بقصف جوي" then "وقال الحاكم إن «طائرتين قصفتا الحاجز صباح
    اليوم»": Monday's strike, not the page's Tuesday)."""
    by_sentence: dict[int, list[DatedMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        before = [x for x in by_sentence.get(m.sentence - 1, ()) if x.role == EVENT]
        first = next((x for x in by_sentence[m.sentence] if x.role == EVENT), None)
        if (m is first and m.anchor and m.precision == DAY and normalize(text[m.start:m.end]).strip(" و") == _TODAY
                and len(before) == 1 and before[0].anchor and before[0].precision == DAY
                and normalize(text[before[0].start:before[0].end]).split()[:1] == [_YESTERDAY]
                and _quote_opens(text[sentences[m.sentence][0]:m.start]) and _said(text, sentences[m.sentence], m.start)
                and _one_day_before(before[0].date, m.date)):
            m = replace(m, date=before[0].date, anchor=before[0].anchor)
        out.append(m)
    return out


_TODAY, _YESTERDAY = normalize("اليوم"), normalize("أمس")


def _said(text: str, span: tuple[int, int], at: int) -> bool:
    """The mention at ``at`` stands in what a speech verb before it says (not in a quoted title: "مسابقة «قارئ اليوم»")."""
    sentence = _Sentence.of(text[span[0]:span[1]])
    words, _ = sentence.before(at - span[0])
    return _in_reported_speech(sentence, words, at - span[0])


def _one_day_before(a: str, b: str) -> bool:
    return dt.date.fromisoformat(b) - dt.date.fromisoformat(a) == dt.timedelta(days=1)
