"""The clause rules of dated events (``akhbar.events``): which clause of a sentence a date stands in, and whether
that clause's day is what the sentence reports.

* a relative clause's reach: a relative pronoun up to ``RELATIVE_CLAUSE_WORDS`` words with meaning before a date governs
  it (``akhbar.events`` counts them); up to ``RELATIVE_CLAUSE_FAR`` when its clause tells a deed (``far_relative``);
* a date set off by commas right after a relative clause's verb is the clause's (``relative_aside``);
* a "حيث" clause under a head that states or sets a scene tells background (``where_under_a_state``);
* the head of a sentence: whether its first word with meaning is an imperfect verb (``present_main_verb``), which the
  rules of ``akhbar.events`` read too;
* a verb of expecting heading a sentence (``expecting``; "توقع" before a feminine noun is "she signs");
* a speaker's participle that adds what he said after the sentence's report ("مشيراً إلى أن …", ``told_aside``): a day
  ahead after it is of what he told, not of the report;
* the clauses a long sentence strings together after "في حين", "فيما", "وسوف" (``contrast_clauses``), which
  ``akhbar.timeline`` reads: the clause that names a query owns its date.

A sentence here is ``akhbar.events``' folded sentence (its words, their offsets, where its clauses break), passed in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .arabic import normalize, normalize_with_map
from .article_day import PUBLISHED
from .date_words import MONTH_WORDS
from .dates import DAY, YEAR, DateMention
from .lexicon import (
    CONTRAST_OPENERS,
    EXPECTING_VERBS,
    NOMINAL_HEAD_ONE_OF,
    NOMINAL_HEAD_PRONOUNS,
    NOMINAL_HEAD_THAT,
    NOT_CONTRAST_AFTER,
    POSSIBILITY_WORDS,
    SPEECH_ASIDES,
    WEEKDAY_MARKETS,
)

if TYPE_CHECKING:
    from .event_rules import Sentence
    from .models import DatedMention


# --- word lists (folded spelling) -----------------------------------------------------------------

RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللايي"}
_FEMININE_PRONOUNS = {"التي", "اللتين", "اللتان", "اللاتي", "اللواتي", "اللايي"}
# A date's own lead words ("يوم", "في", "مطلع" …): looked past when reading the cue before the date.
DATE_LEADS = {"يوم", "في", "شهر", "عام", "العام", "سنه", "مساء", "صباح", "ليله", "فجر", "ظهر", "عصر", "مطلع", "نهايه", "بتاريخ",
              "منتصف", "اواخر", "اوائل", "بدايه"}
NOT_VERBS = {"يوم", "تشرين", "كانون"} | set(MONTH_WORDS)  # يونيو، نيسان: a month, not a verb
RELATIVE_CLAUSE_WORDS = 12  # a relative pronoun this many words before a date, in its clause, still governs it
RELATIVE_CLAUSE_FAR = 16  # ... and this many when its clause tells a deed, not a state of its noun (``far_relative``)


# --- the head of a sentence ------------------------------------------------------------------------

def unprefixed(word: str) -> str:
    """The word without one و or ف before it ("ويحاكم" → "يحاكم"; "وفيما" → "فيما", not "يما")."""
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


_IMPERFECT = re.compile(r"ي\w{3,}$")  # ي and at least three letters: يعمل، يسعى (ي + two is a noun as often: يوم، يد)


def imperfect_verb(word: str) -> bool:
    """A word shaped as an imperfect verb of its third person, after at most one و or ف ("يعمل", "ويسعى"), and not a
    month (يونيو، ويوليو). Only ي: a ت- or ن- word is as often a past verb or a noun (تعاون، نادي، نشأت). The one test of
    this shape: ``events`` reads it where a phrase ends, ``present_main_verb`` and ``far_relative`` where a head is a
    present."""
    bare = unprefixed(word)
    return bool(_IMPERFECT.match(bare)) and bare not in NOT_VERBS


# A present verb with the future's س, after at most one و or ف ("سيفتح", "ستقام", "وسنعمل"): what the sentence says
# is yet to come. Its shape only: the claim checker's aligner tells such a word from a noun (سيارة) by
# wordfacts.future_verb, which also links it as its present.
FUTURE_VERB = re.compile(r"^[وف]?س[يتن]\w{3,}$")

VERBAL_NOUN = re.compile(r"^(?:ت\w\wي\w|ت\w\wي\wات|ت\wا\w\w)$")  # تسجيل، تنفيذات، تعاون: nouns, not verbs


# "يشار إلى أن المطعم افتتح في ديسمبر 2014", "ويعود الخلاف إلى عام 2008": verbs that tell a past event.
_RECALLING = {"يشار", "يذكر", "يجدر", "يعود", "يرجع", "يعتبر", "يعد"}
_LEAD_PARTICLES = {"لا", "لم", "لن", "قد", "كما", "من", "هنا", "ثم", "بينما", "فيما", "هذا", "وهذا", "ولا", "ولم"}


def present_main_verb(sentence: Sentence, plans: bool = False) -> bool:
    """The sentence's first word that carries meaning is an imperfect verb ("ويحاكم سبعة متهمين …", "ويدخل
    الانقطاع شهره الثالث …"): it reports a state of now, and a date weeks back in it is the background's.
    ``plans``: a ت- word that does not end in the feminine past's ت counts too ("تبدأ منتصف مايو القادم إجراءات
    التسجيل" reports the plan itself; "تعاقدت الشركة … وتستلم الطائرة في نوفمبر" does not), for a later month."""
    for _, word in sentence.words[:4]:
        bare = unprefixed(word)
        if bare in _LEAD_PARTICLES or word in _LEAD_PARTICLES:
            continue
        if plans and re.match(r"ت\w{3,}$", bare) and not bare.endswith("ت") and not VERBAL_NOUN.match(bare):
            return bare not in NOT_VERBS
        return imperfect_verb(word) and bare not in _RECALLING
    return False


_EXPECTING = {normalize(w) for w in EXPECTING_VERBS}  # "يتوقع المحللون … في 17 سبتمبر": a guess of now


def expecting(sentence: Sentence) -> bool:
    """The sentence's first word is a verb of expecting (``lexicon.EXPECTING_VERBS``, after و or ف). Not "توقع" before a
    feminine noun: that is "تُوقِّع", she signs ("توقّع إدارة المطار يوم الخميس عقد …"); "he expected" takes a man or
    men ("وتوقع المدير", "توقع محللون"), she "توقعت"."""
    if not sentence.words or unprefixed(sentence.words[0][1]) not in _EXPECTING:
        return False
    return not (unprefixed(sentence.words[0][1]) == "توقع" and sentence.words[1:2] and sentence.words[1][1].endswith("ه"))


_ASIDES = {normalize(w) for w in SPEECH_ASIDES}
_THAT = {"ان", "انه", "انها", "الي"}  # "مشيرا إلى أن", "مضيفا أن", "موضحا أنه"


def told_aside(sentence: Sentence, m: DateMention) -> bool:
    """The mention follows a speaker's participle that adds what he said after the sentence's report, the participle not
    its first word ("أكد رئيس الهيئة أن الوزير طلب مقترحات، مشيراً إلى أن فريقه سيناقشها يوم الأربعاء المقبل"), in a
    sentence that no imperfect verb heads: the report is what was said or done, the day ahead the plan he told."""
    pos = sentence.folded_at(m.start)
    words = [w for start, w in sentence.words if start < pos]
    return not present_main_verb(sentence, plans=True) and any(
        w in _ASIDES and nxt in _THAT for w, nxt in zip(words[1:], words[2:]))


_POSSIBLE = {normalize(w) for w in POSSIBILITY_WORDS}
POSSIBLE_WORDS = 6  # a possibility word this many words before a day ahead makes it a possible day
_SOURCED = {"نقل", "نقلت", "ذكر", "ذكرت", "افاد", "افادت", "قال", "قالت", "اكد", "اكدت"}  # + عن / إن: a report told


def possible(sentence: Sentence, m: DateMention) -> bool:
    """A word of possibility (``lexicon.POSSIBILITY_WORDS``) among the POSSIBLE_WORDS words before the mention, after a verb
    of telling ("وذكرت الصحيفة نقلاً عن مسؤولين أنه يمكن توقيع العقد يوم الأحد القادم"): a day that may come, told
    by someone, not a day set (the sentence reports what the sources said)."""
    pos = sentence.folded_at(m.start)
    words = [unprefixed(w) for start, w in sentence.words if start < pos]
    return any(w in _POSSIBLE for w in words[-POSSIBLE_WORDS:]) and any(w in _SOURCED for w in words[:-1])


_NOW_OR_BEFORE = {"اليوم", "امس", "البارحه"}
# "، وسيصلى", "، وستعود", "، وسوف": after a comma, a new clause of what will be (not "وستهام", "وستوك": names of clubs)
_LATER_CLAUSE = re.compile(r"^و(?:س[يتن]\w{3,}|سوف)$")


def later_clause(sentence: Sentence, m: DateMention) -> bool:
    """The mention, a day ahead, stands in a clause opened by و and a future verb after a clause that "اليوم" or "أمس"
    dates ("صدر اليوم عن الديوان البيان التالي: انتقل إلى رحمة الله …، وسيصلى عليه عصر غد الثلاثاء"): the sentence reports
    that day's deed, the later clause what will follow it (the funeral)."""
    pos = sentence.folded_at(m.start)
    words = [(start, w) for start, w in sentence.words if start < pos]
    now = next((i for i, (_, w) in enumerate(words) if unprefixed(w) in _NOW_OR_BEFORE), -1)
    return now >= 0 and any(_LATER_CLAUSE.match(w) and sentence.folded[:start].rstrip().endswith(("،", ","))
                            for start, w in words[now + 1:])


_MARKETS = tuple(normalize(w) for w in WEEKDAY_MARKETS)
_CLOSED = {4: 1, 5: 2}  # Friday and Saturday: days back to Thursday, the week's last session


def closed_market_day(text: str, sentences: list[tuple[int, int]], mentions: list[DatedMention]) -> list[DatedMention]:
    """An article whose first sentence reports a session of a market that trades Sunday to Thursday
    (``lexicon.WEEKDAY_MARKETS``) "today", on a page of a Friday or a Saturday (a page fetched after the session): the
    session was Thursday's, the last one, so every day read from the page's own day moves back as far ("أنهى مؤشر
    الأسهم السعودية تعاملات اليوم على ارتفاع" on a Friday page is Thursday's close)."""
    if not sentences or not any(c in normalize(text[sentences[0][0]:sentences[0][1]]) for c in _MARKETS):
        return mentions
    today = next((m for m in mentions if m.sentence == 0 and m.anchor == PUBLISHED and m.precision == DAY
                  and normalize(text[m.start:m.end]).strip(" و") == "اليوم"), None)
    back = _CLOSED.get(dt.date.fromisoformat(today.date).weekday(), 0) if today is not None else 0
    if not back:
        return mentions
    return [replace(m, date=(dt.date.fromisoformat(m.date) - dt.timedelta(days=back)).isoformat())
            if m.anchor == PUBLISHED and m.precision == DAY else m for m in mentions]


def later_than(m: DateMention, day: dt.date) -> bool:
    """The mention's whole span is after ``day``."""
    if m.precision == DAY:
        return m.date > day
    if m.precision == YEAR:
        return m.date.year > day.year
    return (m.date.year, m.date.month) > (day.year, day.month)


# --- relative clauses --------------------------------------------------------------------------------

def far_relative(sentence: Sentence, content: list[str], m: DateMention, day: dt.date | None) -> bool:
    """A relative pronoun 13 to ``RELATIVE_CLAUSE_FAR`` words (with meaning, in the date's clause) before the date: the
    date is still the clause's when the clause tells a deed ("شجب المحافظ الانفجار الذي تسبب في حريق … أمس الخميس": the
    blast's day), not when its verb is a present that describes the noun and the date is not ahead ("أعلن الفريق الذي
    يتدرب منذ أسبوعين … ضم حارس مرمى أمس": the signing's day, the head's), nor after "الوقت" ("في الوقت الذي …",
    while: a clause of the sentence's own time), nor under a head of كان, whose own verb comes after the clause ("وكان
    المهندس الذي صمم جسورا كثيرة … عين مديرا في مارس 2012"). Counted on the judged rows, see bench/README.md."""
    if sentence.words and unprefixed(sentence.words[0][1]) in _WAS:
        return False
    first = max(0, len(content) - RELATIVE_CLAUSE_FAR)
    at = max((i for i in range(first, len(content) - RELATIVE_CLAUSE_WORDS) if content[i] in RELATIVE_PRONOUNS),
             default=-1)
    if at < 0 or (at and content[at - 1] == "الوقت"):
        return False
    verb = unprefixed(content[at + 1])  # the date comes after it: the pronoun is never the last word
    # A ت- word is a present only after a feminine pronoun and without the feminine past's ت ("التي تعمل"); after "الذي"
    # it is a past of the تفعّل form ("الذي تسبب", "which caused"), a deed like any other
    present = imperfect_verb(content[at + 1]) or (content[at] in _FEMININE_PRONOUNS and verb not in NOT_VERBS
                                                  and bool(re.match(r"ت\w{3,}$", verb)) and not verb.endswith("ت"))
    return not (present and (day is None or not later_than(m, day)))


# "الهجوم الذي ضرب، فجر أمس، المحطة": a relative pronoun right after its noun, the clause's verb, then the date set off by
# commas, and the clause going on after it.
_ASIDE_OPENS = re.compile(r"[^\s،,]\s+[وف]?(?:{})\s+\w+\s*[،,]\s*(?:(?:{})\s+)?$".format(
    "|".join(RELATIVE_PRONOUNS), "|".join(DATE_LEADS)))  # "… الذي ضرب، فجر أمس،": the date's own lead word
_ASIDE_CLOSES = re.compile(r"\s*[)\]]?\s*[،,]\s*\w")


def relative_aside(sentence: Sentence, m: DateMention) -> bool:
    """A date set off by commas inside a relative clause, right after its verb ("أدان الوزير الهجوم الذي ضرب، فجر أمس،
    محطة الحافلات"): the clause's day (the attack's), not the head's (the condemnation's). Not a relative clause opened
    after a comma ("تفقد المهندسون، الذين يعملون في المشروع، أمس موقع الجسر": the date is back in the head) nor one whose
    date ends the sentence ("… السفير، الذي قدم إلى المنطقة، صباح اليوم"), nor under a head of كان, which sets a scene for
    the clause to report ("وكان الملف حاضرا أمام اللجنة التي ناقشت، أمس، الميزانية")."""
    start, end = sentence.folded_at(m.start), sentence.folded_at(m.end)
    return (bool(_ASIDE_OPENS.search(sentence.folded, 0, start)) and bool(_ASIDE_CLOSES.match(sentence.folded, end))
            and not (sentence.words and unprefixed(sentence.words[0][1]) in _WAS))


_WAS = {"كان", "كانت"}


# --- "حيث" clauses ----------------------------------------------------------------------------------

# "حيث" opens a clause that explains the head's report; after a day that dates the head, its own date is background.
WHERE = re.compile(r"(?<!\w)[وف]?حيث(?!\w)")


def where_under_a_state(sentence: Sentence, m: DateMention) -> bool:
    """A date inside a "حيث" clause whose head has no date of its own and is a present verb ("ويأتي ذلك في
    إطار التحضيرات، حيث أتمت اللجنة أمس إعداد القاعات", "ومن المعروف أن …، حيث غادر … في اجتماع الحركة
    الخميس"): the head tells a state or a setting of now, and the clause its background, not what the sentence
    reports. "من حيث" ("in terms of") opens no clause. A past head ("وصل الوفد إلى جدة، حيث التقى أمس …") keeps the
    clause's day: it is the sentence's only one, and its own event's."""
    before = _where_head(sentence, m)
    return before is not None and (present_main_verb(before, plans=True) or _nominal_head(before))


def where_history(sentence: Sentence, m: DateMention, day: dt.date | None) -> bool:
    """A year before the article's inside a "حيث" clause whose head has no date of its own: the clause tells the head's
    history ("وقد أولى الأمير اهتماما كبيرا بالدورات، حيث رعى أول دورة عام 1417هـ، ثم …"), whatever the head's verb; a
    year is too coarse to be the day a past head reports ("وصل الوفد إلى جدة، حيث التقى أمس …" keeps its day)."""
    return (m.precision == YEAR and day is not None and m.iso[:4].isdigit() and int(m.iso[:4]) < day.year
            and _where_head(sentence, m) is not None)


def _where_head(sentence: Sentence, m: DateMention) -> Sentence | None:
    """The head of the first "حيث" clause before a date (read as a sentence of its own), or None when none stands before
    it. "من حيث" ("in terms of") opens no clause."""
    head = sentence.folded[:sentence.folded_at(m.start)]
    where = [w for w in WHERE.finditer(head) if not head[:w.start()].rstrip().endswith("من")]
    if not where:
        return None
    return type(sentence).of(sentence.text[:sentence.index[where[0].start()]])


_HEAD_PRONOUNS = {normalize(w) for w in NOMINAL_HEAD_PRONOUNS}
_ONE_OF = {normalize(w) for w in NOMINAL_HEAD_ONE_OF}
_THEN_THAT = {normalize(w) for w in NOMINAL_HEAD_THAT}


def _nominal_head(head: Sentence) -> bool:
    """A sentence head that states or classifies, not one that reports: a pronoun as its first word ("وهو معلم بارز في
    المدينة …"), "one of" among its first three words ("والمسابقة إحدى فعاليات المهرجان …"), or "فإن" anywhere in it
    ("وبحسب النشرة فإن الطقس سيبقى معتدلا"). A "حيث" clause after such a head tells its background."""
    words = [w[1:] if w[:1] in "وف" and w[1:] in _HEAD_PRONOUNS else unprefixed(w) for _, w in head.words]
    return bool(words) and (words[0] in _HEAD_PRONOUNS or bool(_ONE_OF & set(words[:3]))
                            or any(w in _THEN_THAT for _, w in head.words))


# --- clauses of other doings ---------------------------------------------------------------------------

_CONTRAST = re.compile(r"(?<!\w)(?:{})\s+(\w+)".format("|".join(
    re.escape(normalize(w)).replace(r"\ ", r"\s+") for w in sorted(CONTRAST_OPENERS, key=len, reverse=True))))
_NOT_CONTRAST_AFTER = {normalize(w) for w in NOT_CONTRAST_AFTER}


def contrast_clauses(text: str) -> list[tuple[int, int, str]]:
    """The clauses a sentence strings together with "في حين", "فيما" or "وسوف" after its first words ("أعلن النادي أمس
    ضم مدافع، فيما يلعب منافسه غدا مباراته الأولى": two clauses, two doings, each with its own day): their spans (offsets
    into ``text``) and the folded word that opens each ("" for the first); one clause when there is none. "فيما يتعلق",
    "فيما يزيد" open no clause, nor an opener that heads the sentence (its first clause is then the subordinate one)."""
    folded, index = normalize_with_map(text)
    cuts = [(m.start(), _opener(m.group(0))) for m in _CONTRAST.finditer(folded)
            if m.group(1) not in _NOT_CONTRAST_AFTER and len(folded[:m.start()].split()) >= 2]
    bounds = [(0, "")] + [(index[c], cue) for c, cue in cuts] + [(len(text), "")]
    return [(a, b, cue) for (a, cue), (b, _) in zip(bounds, bounds[1:]) if b > a]


def _opener(match: str) -> str:
    """The opener of a ``_CONTRAST`` match, without its و and the word after it: "وفي حين خسر" → "في حين"."""
    words = match.split()[:-1]
    cue = " ".join(words)
    return cue[1:] if cue.startswith("و") and cue != "وسوف" else cue
