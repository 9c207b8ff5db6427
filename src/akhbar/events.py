"""Dated events: which dates of a sentence date what the sentence reports, and against which day.

A news sentence often carries more than one date: "قوات وصلت أمس إلى عدن ضمن عملية عاصفة الحزم
التي انطلقت في 26 مارس" reports an arrival (yesterday); March is the campaign's start, cited for
context. Filing the sentence under both dates puts an August deployment under March. So every date
mention (``akhbar.dates.find_dates``) gets a role:

* ``event`` — it dates the sentence's main event: attached to the main verb, "اليوم/أمس + weekday",
  a dateline with nothing more precise in its sentence;
* ``reference`` — context, kept with the reason (``why``) but never a timeline event.

A mention is a reference when the first of these rules holds (the words are looked for in the
sentence before the mention, folded; ``akhbar.event_rules`` holds rules 3-8 and 11-13, ``sentence_mentions`` below
weighs a mention against its neighbours):

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
   A ``figure period``: a month or a year in a sentence that gives an economy's indicator as a share
   (``lexicon.FIGURE_NOUNS`` and "%", "في المائة": "ونزل معدل البطالة في الإقليم خلال مايو إلى 6.1 في المائة"): the period the
   figure measures, not the day it was released. A ``next session``: a date right after "إلى جلسة" ("أجلت المحكمة القضية
   إلى جلسة 19 أغسطس"): the sitting a case was put off to, not the day it was.
4. ``relative clause``: a relative pronoun (الذي، التي …) or a participle that modifies a noun
   (الصادر، المقرر، المزمع، المنعقد، المبرم …, or مرتقبة، مزمعة …) a few words before it, in the same clause:
   "القرار الصادر عام 2005", "العملية التي انطلقت في مارس", "زيارة مرتقبة … يوم الأربعاء المقبل"; and a date set off
   by commas right after the clause's verb ("أدان الوزير الهجوم الذي ضرب، فجر أمس، محطة الحافلات": the attack's day);
   a longer clause (13-16 words) only when it tells a deed, not a present that describes its noun (the clause rules are
   in ``akhbar.clauses``).
5. ``subordinate clause``: in a clause of time, cause or concession (بعد أن، بعدما، عندما، إثر، عقب، رغم، بسبب،
   بعد/قبل + noun): "بعد مقتل شاب في أغسطس 2014".
6. ``reported speech``: inside reported speech (قال/أكد/أوضح/علق … إن/أن/إننا, or a quote) and more than a week
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
   Also "اليوم" in the circumstances a statement stands in ("في ظل النمو السريع للقطاع اليوم",
   ``lexicon.CIRCUMSTANCE_LEADS``) and in a sentence a verb of being heads ("تعتبر … من الأسماء البارزة اليوم").
   ``either day``: "اليوم أو غدا", a guess between two days.
   ``no day``: "أمس" before a noun of need ("في أمسّ الحاجة", ``lexicon.NEED_NOUNS``): the superlative "most"; "اليوم" after
   a day's earnings ("غلة اليوم", ``lexicon.DAY_EARNINGS``): any day's.
   ``plan once set``: a day after "كان مقرراً" / "كان من المفترض" in its clause (not "كما كان مقرراً",
   ``lexicon.ONCE_PLANNED``): the day a plan once had, told because it changed ("كانت الرحلة مقررة غداً الثلاثاء، لكنها
   تأجلت").
   ``deadline``: a day ahead after a deadline's noun in its sentence ("آخر موعد لتسليم الطلبات … سيكون يوم الأحد القادم",
   ``lexicon.DEADLINE_NOUNS``): the last day a door is open; the notice is the news.
8. ``relative year``: "العام الماضي", "هذا العام" …: comparisons and periods ("last year's high"),
   too coarse to date a reported event.
9. ``second date``: a later date in the same clause as an event date ("زار أمس المصابين في الهجوم
   على المسجد الخميس الماضي": the attack's day), unless a clause opener (وفي، ثم، كما …) comes between.
   ``where clause``: a date after "حيث" that follows a day dating the sentence ("يعقد المجلس اليوم (الخميس)
   جلسته، حيث أعلن الوزير أمس أن …"): the clause explains the head's report, and the head's day wins; and one
   under a head with no date whose first word is a present verb ("ويأتي ذلك في إطار التحضيرات، حيث أتمت اللجنة أمس
   …") or that states or classifies (a pronoun first, "one of", "فإن": "والمسابقة إحدى فعاليات المهرجان، حيث بدأت عام
   …"): the
   head tells a state of now, the clause its background ("من حيث", "in terms of", is no clause); and a year before the
   article's in a "حيث" clause under a head with no date, whatever its verb ("وقد أولى الأمير اهتماما كبيرا بالدورات، حيث
   رعى أول دورة عام 1417هـ"): the head's history, a year too coarse to be the day a past head reports.
   ``weekday at odds``: a Gregorian day written out after a weekday that is not its own ("الجمعة 25 يوليو" when the
   25th was a Saturday): one of the two is wrong, and which is not told.
10. ``coarser date``: a month or a year in a sentence that a day dates ("ارتفع سهم الشركة اليوم الإثنين، بعد
   أسوأ أسبوع له منذ عام، في مارس الماضي"): the background's.
11. ``document``: the date of a numbered text ("بقرار مجلس الوزراء رقم 318 وتاريخ 28/5/1432").
    ``condition``: in a clause of terms after the report ("فتح النادي باب التسجيل على أن تعقد الجمعية يوم
    الخميس 20 أغسطس", شريطة أن …): what is agreed or planned.
12. ``background``: a date written out more than a week before the article's day, in a sentence whose
   first word is an imperfect verb ("ويحاكم سبعة متهمين بتهمة سرقة … في 9 أبريل الماضي"): it reports now.
    ``verbal noun``: a date written out more than a week from the article's day right after a verbal noun of
    ``event_rules._VERBAL_NOUNS`` (حوار، سداد، إطلاق، توقيع …), in a sentence no present verb heads and no تم/قام/كان
    carries ("أكدت الوزارة التزامها بمخرجات الحوار الوطني في مارس 2014": the dialogue's month).
13. ``scheduled``: a date ahead of the article's day (written out, or a weekday; غدا only after a directive sent out,
   ``lexicon.DIRECTIVE_WORDS``: "عمم المكتب على الأئمة موضوع الخطبة غداً") with no verb of
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
batch shows to be of an unknown week (``akhbar.crawl``) dates nothing from its fetch day (``crawl lag``), nor does a page
recorded in Shawwal that calls Ramadan "this month" ("في هذا الشهر الفضيل": written in Ramadan, ``written in ramadan``).

Measured on judged SaudiNewsNet timelines (bench/timeline_real.py, "Timelines on real news").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from .arabic import normalize
from .article_day import DATELINE, WEEKDAY_NUMBERS, OwnDay, dateline, own_day, sentence_day, written_in_ramadan
from .clauses import WHERE, closed_market_day, where_history, where_under_a_state
from .date_words import PAST
from .dates import DAY, YEAR, DateMention, find_dates, in_hijri, written_out
from .event_rules import (
    CLAUSE_BREAK,
    CLAUSE_OPENER,
    FUTURE_WORDS,
    WORD,
    Sentence,
    after_words,
    deictic_date,
    in_reported_speech,
    reference_rule,
)
from .lexicon import ANNIVERSARY_WORDS, ATTRIBUTION_OPENERS, DATE_NAME_CUES, FAMOUS_DAY_CUES, NEED_NOUNS, SPAN_ENDS, TITLE_CUES
from .models import DatedMention

EVENT, REFERENCE = "event", "reference"
CRAWL_LAG = "crawl lag"  # why a relative date of a page of an unknown week dates nothing (akhbar.crawl)
LATE_PAGE = "written in ramadan"  # ... of a page recorded in Shawwal that calls Ramadan "this month"
EVENTS_VERSION = "34"  # bump when roles or anchors can change: stored mentions are recomputed at the next ingest


# --- word lists (folded spelling) -----------------------------------------------------------------

_NAME_CUES = {normalize(w) for w in DATE_NAME_CUES}  # "قوى 14 آذار", "جسر 6 أكتوبر": a name, not a day
_FAMOUS = {normalize(w) for w in FAMOUS_DAY_CUES}  # "أحداث 11 سبتمبر": a famous day of another year
_ANNIVERSARY = {normalize(w) for w in ANNIVERSARY_WORDS}  # "الذكرى العاشرة لهجمات 7 يوليو": this year's day
# "تفتح الكلية باب القبول اليوم الاثنين وحتى 25 شوال": what stands between a date and the end of the span it starts
_SPAN_END = re.compile(r"\s*[،,]?\s*و?(?:" + "|".join(normalize(w) for w in SPAN_ENDS) + r")\s*(?:يوم\s+)?")
AHEAD_DAYS = 45  # how far ahead a sentence of the coming days (``event_rules.FUTURE_WORDS``) may point
_QUESTION = re.compile(r"[؟?]\s*[\"'»”)]*\s*$")



def sentence_mentions(text: str, number: int, offset: int, day: OwnDay,
                      line: tuple[dt.date, int] | None = None) -> list[DatedMention]:
    """The dates of one sentence (``text``, at ``offset`` in its article) with their roles; ``line`` is
    its dateline (``article_day.dateline(text)``) when it is the article's first sentence."""
    ref = sentence_day(text, day)  # the sentence's own statement of its weekday, else the article's day
    found = find_dates(text, ref)
    if not found:
        return []
    sentence = Sentence.of(text)
    question = bool(_QUESTION.search(text))
    roles: list[tuple[DateMention, str]] = []
    for i, m in enumerate(found):
        words, _ = sentence.before(m.start)
        m = _ahead(m, ref, words, after_words(sentence, m))
        if m.relative and m.date is not None and _from_tonight(text, m):
            m = replace(m, date=m.date - dt.timedelta(days=1))  # "يعرض النادي الليلة وغدا": the show opens tonight
        previous = roles[-1] if roles else None
        between = text[found[i - 1].end:m.start] if i else ""
        if question:
            why = "question"
        elif _a_name(sentence, m):
            why = "name"  # "نواب قوى الرابع عشر من آذار", "مدينة 6 أكتوبر": what it names happened in no year read here
        elif _most_in_need(text, m):
            why = "no day"  # "في أمسّ الحاجة إلى الدعم": the superlative "most", which the dates module reads as "أمس"
        elif _today_in_a_title(text, m):
            why = "name"  # "أطلقت الشركة مسابقة بعنوان «كاتب اليوم»": a word of the contest's name
        elif line is not None and m.end <= line[1]:
            why = "dateline"  # decided below
        elif i + 1 < len(found) and re.fullmatch(r"\s*\(\s*", text[m.end:found[i + 1].start]) and m.relative:
            why = "restated"  # "اليوم (أمس)": the paper corrects its own wording
        elif _era_unknown(m):
            why = "era unknown"  # "تأسست البلدية عام 1376": a Hijri year (1956) the paper wrote without هـ, or an old Gregorian one
        elif _weekday_of_a_date(text, m):
            why = "weekday of a date"  # "يوم الأحد 31 رجب": the date that follows says which day
        elif _weekday_at_odds(previous[0].text if previous and previous[1] == "weekday of a date" else m.text, m):
            why = "weekday at odds"  # "الجمعة 25 يوليو" when the 25th was a Saturday: which of the two was meant is not told
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
            why = reference_rule(sentence, m, ref)
            if (not why and previous and not previous[1] and not CLAUSE_BREAK.search(between)
                    and len(WORD.findall(between)) > 2 and not CLAUSE_OPENER.search(normalize(between))):
                if normalize(previous[0].text).strip() == "اليوم" and not deictic_date(m):
                    roles[-1] = (previous[0], "nowadays")  # "اليوم اعتمد الاتحاد نظامه في 10 يونيو": June is the day
                else:
                    why = "second date"  # "زار أمس المصابين في الهجوم على المسجد الخميس الماضي": the attack's day
            elif not why and WHERE.search(normalize(text[_last_event_day(roles):m.start])):
                why = "where clause"  # "يعقد المجلس اليوم (الخميس) جلسته، حيث أعلن الوزير أمس …": the head's day
            elif not why and not any(not w for _, w in roles) and where_under_a_state(sentence, m):
                why = "where clause"  # "وتأتي الخطوة في إطار التحضيرات، حيث أتمت اللجنة أمس …": a state's background
            elif not why and not any(not w for _, w in roles) and where_history(sentence, m, ref):
                why = "where clause"  # "وقد أولى الأمير اهتماما بالدورات، حيث رعى أول دورة عام 1417هـ": the head's history
            elif not why and normalize(m.text).strip() == "اليوم" and _quote_opens(text[_last_event_day(roles):m.start]):
                why = "speech day"  # "وقال المدير، أمس، إن «المدينة اليوم أجمل»": the speaker's now, the speech's own day
            elif not why and _told_later(roles, m) and _told_by_a_source(text[_last_event_day(roles):m.start]):
                why = "source day"  # "توفي عشرة الأحد الماضي، بحسب ما أعلنت الوزارة أمس": the deaths' day, not the telling's
        roles.append((m, why))
    if line is not None and not any(not why for _, why in roles) and len(WORD.findall(text[line[1]:])) > 5:
        # A dateline dates the main event when its sentence has no date of its own.
        roles = [(m, "" if why == "dateline" else why) for m, why in roles]
    if any(not why and m.precision == DAY for m, why in roles):
        # "ارتفع سهم الشركة اليوم الإثنين، بعد أسوأ أسبوع له منذ عام، في مارس الماضي": a month or a year beside
        # a day that dates the sentence is the background's.
        roles = [(m, "coarser date" if not why and m.precision != DAY else why) for m, why in roles]
    return [DatedMention(number, m.iso, m.precision, offset + m.start, offset + m.end, REFERENCE if why else EVENT,
                         why, day.anchor if m.relative else "") for m, why in roles]


def _most_in_need(text: str, m: DateMention) -> bool:
    """"أمس" right before a noun of need (``lexicon.NEED_NOUNS``: "في أمسّ الحاجة إلى …", "بأمس حاجة"): the superlative
    "most", not the day before the page."""
    after = normalize(text[m.end:m.end + 16]).split()[:1]
    return normalize(m.text).strip(" وف") == _YESTERDAY and bool(after) and after[0] in _NEEDS


_NEEDS = {normalize(w) for w in NEED_NOUNS}


def _weekday_at_odds(weekday: str, m: DateMention) -> bool:
    """A Gregorian day written out with a weekday (in the mention, or the bare weekday right before it) that is not its
    weekday ("نشرت الوكالة الصور الجمعة 25 يوليو" when the 25th was a Saturday): the paper wrote one of the two wrong,
    and which is not told, so neither dates the event. A Hijri day is left alone: the calendars papers follow differ by
    a day, and the weekday then says which."""
    if m.precision != DAY or m.date is None or in_hijri(m) or not written_out(m):
        return False
    named = [WEEKDAY_NUMBERS[w.lstrip("وف")] for w in WORD.findall(normalize(weekday)) if w.lstrip("وف") in WEEKDAY_NUMBERS]
    return bool(named) and named[0] != m.date.weekday()


def _from_tonight(text: str, m: DateMention) -> bool:
    """"غدا" right after "الليلة و" ("يعرض النادي المسرحية الليلة وغدا"): a run of two nights that opens tonight, which the
    dates module does not read as a day; the event is dated by its first night, the article's day."""
    return normalize(m.text).strip() in _TOMORROW and bool(_TONIGHT_AND.search(normalize(text[max(0, m.start - 16):m.start])))


_TOMORROW = {"غدا", "غد"}
_TONIGHT_AND = re.compile(r"(?<!\w)الليله\s*[،,]?\s*و\s*$")


def _last_event_day(roles: list[tuple[DateMention, str]]) -> int:
    """Where the last day-precise event date so far ends (past the sentence's end when there is none)."""
    return next((m.end for m, why in reversed(roles) if not why and m.precision == DAY), 1 << 30)


def _told_later(roles: list[tuple[DateMention, str]], m: DateMention) -> bool:
    """The sentence's last day-precise event date so far is before ``m``'s: a deed told of later. A plan told of before its
    day ("يتوجه المبعوث إلى نيويورك الاثنين المقبل، بحسب ما أعلن أمس") keeps both days, the plan's and the telling's."""
    last = next((x for x, why in reversed(roles) if not why and x.precision == DAY), None)
    return last is not None and last.date is not None and m.date is not None and last.date < m.date


def _told_by_a_source(between: str) -> bool:
    """``between`` (from the sentence's last day-precise event date to a later date) ends in a clause, after a comma, that
    opens on an attribution ("، بحسب ما أعلنت الوزارة", ``lexicon.ATTRIBUTION_OPENERS``): the later date is the day the
    source told of the deed, which the earlier date dates."""
    clauses = CLAUSE_BREAK.split(normalize(between))
    if len(clauses) < 2:
        return False
    words = WORD.findall(clauses[-1])
    if words[:1] and words[0][:1] == "و" and words[0][1:] in _ATTRIBUTION_FIRSTS:
        words[0] = words[0][1:]
    return any(tuple(words[:len(a)]) == a for a in _ATTRIBUTIONS)


_ATTRIBUTIONS = tuple(tuple(normalize(w).split()) for w in ATTRIBUTION_OPENERS)
_ATTRIBUTION_FIRSTS = {a[0] for a in _ATTRIBUTIONS}


def _quote_opens(between: str) -> bool:
    """A quotation is open at the end of ``between`` (what follows is quoted)."""
    return (sum(map(between.count, "«“")) > sum(map(between.count, "»”"))) or between.count('"') % 2 == 1


_RESTATED = re.compile(r"[\s،,(]*(?:الموافق|الموافقه|وفق|ويوافق|الموافق\s+(?:ل|لل)\w*)(?:\s+(?:من|ل))?\s*")


_YEAR_DIGITS = re.compile(r"\d{4}")


def _a_name(sentence: Sentence, m: DateMention) -> bool:
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



def _today_in_a_title(text: str, m: DateMention) -> bool:
    """"اليوم" inside a short quoted title of two to five words, after a word of it, the title right after a word that says
    it names something (``lexicon.TITLE_CUES``: "مسابقة بعنوان «كاتب اليوم»"): a word of a name, not the day the
    sentence speaks of. A quote that opens on "اليوم" ("«اليوم نبدأ»"), or says what someone said, is left to the speech
    rules."""
    if normalize(text[m.start:m.end]).strip(" و") != _TODAY:
        return False
    for q in _SHORT_TITLE.finditer(text):
        if q.start(1) <= m.start and m.end <= q.end(1):
            cue = WORD.findall(normalize(text[max(0, q.start() - 24):q.start()]))[-1:]
            return (2 <= len(WORD.findall(q.group(1))) <= 5 and bool(WORD.search(text[q.start(1):m.start]))
                    and bool(cue) and cue[0] in _TITLE_CUES)
    return False


_TITLE_CUES = {normalize(w) for w in TITLE_CUES}
_SHORT_TITLE = re.compile(r"[«“\"]([^«»“”\"\n]{2,48})[»”\"]")  # a title in quotes, not a statement


_NAME_PREFIXES = ("", "و", "ف", "ب", "ل", "ال", "وال", "فال", "بال", "لل", "ول", "وب")



# Years a bare number may mean in either calendar: Hijri 1300-1500 is 1882-2077, and a Gregorian year of those centuries
# is history. The dates module reads a bare "عام 1436" as Hijri within ten years of the page's own Hijri year; further off
# ("عام 1376", "عام 1404" in a municipality's history) it reads Gregorian 1376, a year wrong by six centuries.
_EITHER_ERA = (1300, 1500)


def _era_unknown(m: DateMention) -> bool:
    """A year alone, in the range both calendars share, with no era written: which year it is cannot be told."""
    return (m.precision == YEAR and m.date is not None and _EITHER_ERA[0] <= m.date.year <= _EITHER_ERA[1]
            and not in_hijri(m))


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
    elif _bare_weekday(m.text) and any(w in FUTURE_WORDS for w in around):
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
    late = written_in_ramadan(text, day.day)  # "في هذا الشهر الفضيل" on a page of Shawwal: a week or more late
    if (stale or late) and day.anchor != DATELINE:
        why = CRAWL_LAG if stale else LATE_PAGE
        out = [replace(m, role=REFERENCE, why=why) if m.role == EVENT and m.anchor else m for m in out]
    return out


def _quoted_today_told_as_yesterday(text: str, sentences: list[tuple[int, int]],
                                    mentions: list[DatedMention]) -> list[DatedMention]:
    """A quote's "اليوم" (after a speech verb) that first dates its sentence, right after a sentence whose event the page
    tells as "أمس" of the day before, is that day: the paper retold a wire's report as yesterday's and kept the quote as
    it was said ("لقي عشرة جنود حتفهم فجر أمس الاثنين بقصف جوي" then "وقال الحاكم إن «طائرتين قصفتا الحاجز صباح
    اليوم»": Monday's strike, not the page's Tuesday). The same two days back: after "أول من أمس" ("اتصلت المستشارة أول من
    أمس بالرئيس" then "وقال البيت في بيان إن «المستشارة تحدثت اليوم مع الرئيس»"), the quote's "today" is that day."""
    by_sentence: dict[int, list[DatedMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out = []
    for m in mentions:
        before = [x for x in by_sentence.get(m.sentence - 1, ()) if x.role == EVENT]
        first = next((x for x in by_sentence[m.sentence] if x.role == EVENT), None)
        if (m is first and m.anchor and m.precision == DAY and normalize(text[m.start:m.end]).strip(" و") == _TODAY
                and len(before) == 1 and before[0].anchor and before[0].precision == DAY
                and _quote_opens(text[sentences[m.sentence][0]:m.start]) and _said(text, sentences[m.sentence], m.start)
                and _days_before(normalize(text[before[0].start:before[0].end])) == _days_between(before[0].date, m.date)):
            m = replace(m, date=before[0].date, anchor=before[0].anchor)
        out.append(m)
    return out


_TODAY, _YESTERDAY = normalize("اليوم"), normalize("أمس")


def _said(text: str, span: tuple[int, int], at: int) -> bool:
    """The mention at ``at`` stands in what a speech verb before it says (not in a quoted title: "مسابقة «قارئ اليوم»")."""
    sentence = Sentence.of(text[span[0]:span[1]])
    words, _ = sentence.before(at - span[0])
    return in_reported_speech(sentence, words, at - span[0])


def _days_before(said: str) -> int:
    """How many days before the page a folded "أمس" (1) or "أول من أمس" / "أمس الأول" (2) says; -1 for anything else."""
    words = said.split()
    if words[:1] == [_YESTERDAY]:
        return 2 if words[1:2] == ["الاول"] else 1
    return 2 if words[:1] == ["اول"] and _YESTERDAY in words[1:3] else -1


def _days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
