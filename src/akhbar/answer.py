"""Question → evidence sentences → an answer made of cited sentences, or an honest abstention.

The cascade of :meth:`Answerer.ask`:

1. **Question analysis** (:func:`analyze_question`): the interrogative and its context give the
   question type (متى، من، أين، كم، ما/ماذا، لماذا، كيف، هل، "ما هي أهم…") and the expected answer
   type (date, number, person, place, description, list, yesno); the analyzer gives the focus terms.
2. **Candidates**: the retriever's best passage per article (top ``k_passages``), plus the passages
   next to it in the top ``NEIGHBOR_ARTICLES`` articles (the answering sentence is often there).
3. **Sentence ranking**: every sentence of every candidate passage gets features (IDF-weighted term
   overlap, coverage of the focus terms, proximity, passage rank and score, answer-type match,
   position, neighbouring sentences, recency when the question asks for the latest) scored by a
   logistic model fitted on ARCD-train (``bench/fit_answer.py`` → ``data/answer_weights.json``).
   Coverage matches a focus word by stem, by a related news word (ضحايا → "أودى بحياة… شخص"), by
   consonant skeleton (سقط / سقوط / أسقطت) or by trigrams, and counts framing words (النتائج،
   الاقتصادية، التعاون) for less than the named things of the question.
4. **Abstention** (:func:`choose`): the first of the top sentences whose coverage reaches the
   threshold (calibrated on questions whose paragraph is not in the archive) answers; a factoid
   question prefers one of them, or its neighbour sentence, that holds a date / count / name / place.
   When none does, the answer says so plainly and lists the closest hits.
5. **Composition**: factoid questions get a short answer only when the sentence surely holds one —
   the date nearest the event (not one of an event "بعد سقوط…"), the count of what is counted (not a
   duration or a distance), a name with a cue (title, team, known given name, بن/أبو, Latin), the
   place phrase after في/قرب — with that sentence as point 1 (plus corroborating sentences from
   other sources); descriptive and list questions get up to five diverse points (a list's items
   following its opening sentence). Every point is an exact slice of a stored article, and its
   numbered source gives the offsets.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from .arabic import Analyzer, find_numbers, light10, normalize
from .dates import find_dates
from .models import Answer, Article, Hit, Point, Source

ABSTAIN_MESSAGE = "لم أجد في الأرشيف ما يجيب عن هذا السؤال."

FACTOID_TYPES = {"date", "number", "person", "place"}
NEIGHBOR_ARTICLES = 3  # the top articles whose passages next to the retrieved one are read too
COMMON_MIN_PASSAGES = 2000  # below this, word frequency in the archive says nothing about names

# --- question analysis ------------------------------------------------------------------------

# All word lists are in folded form (normalize(): أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي), so spelling
# variants users type ("متى"/"متي", "أين"/"اين") meet the same entry.
_WHEN = {"متي", "متا"}
_HOW_MANY = {"كم", "بكم", "لكم"}
_WHERE = {"اين", "لاين", "وين"}
_WHO = {"من", "لمن", "ممن", "بمن", "عمن"}
_WHY = {"لماذا", "لمادا", "لمازا", "لم"}
_HOW = {"كيف"}
_YESNO = {"هل", "اهل"}
_WHAT = {"ما", "ماذا", "مادا", "مازا", "ماهي", "ماهو", "بماذا", "بمادا", "بمازا", "بما", "لما", "عما", "فيما",
         "ماالذي", "ماسم"}
_WHICH = {"اي", "ايه", "باي", "لاي", "في_اي"}
_LIST_VERBS = {"اذكر", "اذكري", "عدد", "اعط", "اعطي", "اعطني", "عددي", "سم"}
_PREPOSITIONS = {"في", "فى", "الي", "علي", "مع", "عن", "الى", "خلال", "منذ", "بعد", "قبل", "حسب", "وفق", "و", "-"}

# Nouns that, right after the interrogative, fix the answer type ("ما عدد…", "في أي عام…").
_DATE_NOUNS = {"عام", "سنه", "العام", "السنه", "تاريخ", "قرن", "القرن", "شهر", "يوم", "عقد", "فتره", "وقت", "زمن",
               "الفتره", "الوقت", "العصر", "عصر", "التاريخ"}
_NUMBER_NOUNS = {"عدد", "مقدار", "نسبه", "حجم", "طول", "مساحه", "عمر", "قيمه", "مبلغ", "كميه", "ارتفاع", "عرض",
                 "وزن", "سعر", "تكلفه", "كلفه", "مسافه", "العدد", "النسبه", "المبلغ", "عدد"}
_PLACE_NOUNS = {"مدينه", "دوله", "بلد", "مكان", "منطقه", "قاره", "ولايه", "محافظه", "جزيره", "بلاد", "مقاطعه",
                "قريه", "عاصمه", "مدن", "دول", "البلد", "المدينه", "الدوله", "المكان", "المنطقه"}
_PERSON_NOUNS = {"شخص", "رئيس", "ملك", "لاعب", "فريق", "شركه", "منظمه", "حزب", "جهه", "الشخص", "مؤسس", "موسس",
                 "كاتب", "مؤلف", "مولف", "قائد", "امير", "خليفه", "سلطان", "مخرج", "فنان"}
_NAME_NOUNS = {"اسم", "لقب", "الاسم", "اللقب", "كنيه"}
_LIST_NOUNS = {"اسباب", "نتائج", "عوامل", "انواع", "اهم", "ابرز", "مراحل", "خصائص", "مميزات", "اقسام", "اشكال",
               "فوائد", "اضرار", "مكونات", "شروط", "اهداف", "عناصر", "طرق", "وسائل", "انجازات", "مظاهر", "اثار",
               "اعراض", "ميزات", "صفات", "اعمال", "مجالات", "تداعيات", "مطالب", "بنود"}
_PLURAL_HEADS = {"الدول", "المدن", "الاشياء", "الاسماء", "الاماكن", "الطرق", "العوامل", "الامور", "المناطق",
                 "اللغات", "الاسباب", "النتائج", "الانواع", "الخطوات", "المراحل"}
_RECENCY = {"اخر", "احدث", "موخرا", "مؤخرا", "الاخير", "الاخيره", "حاليا", "الان", "الحالي", "الحاليه", "جديد"}
# Framing words: they say what kind of answer is wanted ("النتائج الاقتصادية للتعاون"), not what it is
# about, and the answer sentence rarely repeats them. They count for GENERIC_WEIGHT of their IDF in the
# coverage, so the named things of the question (روسيا، سوريا، حميميم) decide it.
_GENERIC = {"نتايج", "نتيجه", "اسباب", "سبب", "اثار", "اثر", "تداعيات", "عوامل", "انواع", "نوع", "اهم", "ابرز",
            "اقتصادي", "اقتصاديه", "اقتصاديا", "سياسي", "سياسيه", "عسكري", "عسكريه", "تعاون", "علاقات", "علاقه",
            "نظام", "وضع", "دور", "موقف", "قضيه", "امر", "امور", "شيء", "اشياء", "حدث", "جانب", "مجال", "مجالات",
            "عمليه", "حاله", "مستوي", "طريقه", "تاثير", "اهميه", "مفهوم", "معني", "تعريف", "تقع", "يقع", "توجد",
            "يوجد", "حدث", "حصل", "جري", "تم", "يتم", "مراحل", "خصائص", "مميزات", "فوائد", "اهداف", "عدد"}
GENERIC_WEIGHT = 0.3
# Words of news questions whose answer sentences use other words ("كم عدد ضحايا" → "أودى بحياة 200 شخص",
# "من فاز" → "تُوّج منتخب…", "من تولى رئاسة" → "تعيين … رئيساً"). Question word → words that count as
# RELATED_MATCH of it in a sentence (one direction only: "شخص" in a question does not mean victims).
_RELATED_GROUPS = [
    ({"ضحايا", "ضحيه", "قتلي", "قتيل", "حصيله", "وفيات", "قتل", "مقتل"},
     {"ضحايا", "ضحيه", "قتلي", "قتيل", "قتل", "مقتل", "حياه", "بحياه", "وفاه", "وفيات", "توفي", "شخص", "اشخاص",
      "شخصا", "جرحي", "جريح", "مصاب", "مصابين", "اصابه", "حصيله", "مصرع", "لقي", "لقوا"}),
    ({"فاز", "يفوز", "فوز", "الفايز", "فايز", "توج", "احرز"},
     {"فاز", "فوز", "فوزه", "توج", "تتويج", "لقب", "بلقب", "احرز", "حصد", "نال", "بطل", "ابطال", "انتصار"}),
    ({"تولي", "يتولي", "تسلم", "رياسه", "رييس"},
     {"تولي", "يتولي", "تسلم", "رييس", "رييسا", "رياسه", "برياسه", "تعيين", "عين", "تنصيب", "نصب", "اليمين",
      "خلف", "انتخاب", "انتخب"}),
    ({"سقط", "سقوط", "انهار", "انهيار"},
     {"سقط", "سقوط", "بسقوط", "اسقط", "انهار", "انهيار", "رحيل", "اطاحه", "الاطاحه"}),
    ({"تقع", "يقع", "توجد", "يوجد", "مكان", "موقع"},
     {"تقع", "يقع", "الواقعه", "الواقع", "واقعه", "قرب", "بالقرب", "توجد", "يوجد", "موقع"}),
]
RELATED_MATCH = 0.8
SKELETON_MATCH = 0.6  # same consonant skeleton: weaker (0.8 cost 0.6 point of in-paragraph XQuAD-ar hit@1)
_TIME_UNITS = {"يوم", "ايام", "يومين", "ساعه", "ساعات", "ساعتين", "دقيقه", "دقايق", "ثانيه", "ثواني", "اسبوع",
               "اسابيع", "شهر", "اشهر", "شهور", "سنه", "سنوات", "سنين", "عام", "اعوام", "قرن", "قرون", "عقد", "عقود",
               "ليله", "ليال"}
_MEASURE_UNITS = {"كيلومتر", "كيلومترات", "كلم", "كم", "متر", "امتار", "سنتيمتر", "ميل", "اميال", "طن", "اطنان",
                  "كيلوغرام", "كيلوجرام", "كغ", "غرام", "دولار", "دولارات", "ريال", "ريالات", "جنيه", "يورو", "درهم",
                  "دينار", "درجه", "درجات", "هكتار", "برميل", "براميل", "ميغاواط", "لتر"}
# Counted nouns that are people: a how-many question about them wants a head count, not a measure.
_PEOPLE_NOUNS = {"ضحايا", "قتلي", "جرحي", "مصابين", "اشخاص", "شخص", "سكان", "السكان", "لاجيين", "نازحين",
                 "مواطنين", "طلاب", "عمال", "موظفين", "جنود", "اعضاء", "لاعبين", "مشاركين", "زوار", "سياح",
                 "معتقلين", "اسري", "مهاجرين", "نسمه", "افراد"}
# Words of question phrasing that are never focus terms even when the analyzer keeps them.
_QUESTION_WORDS = (_WHEN | _HOW_MANY | _WHERE | _WHO | _WHY | _HOW | _YESNO | _WHAT | _WHICH | _LIST_VERBS
                   | {"هو", "هي", "الذي", "التي", "الذين", "اللذان", "يتم", "تم", "كان", "كانت", "يكون", "تكون",
                      "اسم", "ماسم"})

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _folded(*sets: set[str]) -> None:
    """Fold the word lists in place, so a list entry typed with hamza or ة still matches."""
    for words in sets:
        folded = {normalize(w) for w in words}
        words.clear()
        words.update(folded)


@dataclass
class QuestionInfo:
    """What a question asks for."""

    qtype: str  # when | who | where | how_many | what | why | how | yesno | list
    answer_type: str  # date | number | person | place | description | list | yesno
    focus: list[str]  # analyzed focus terms (stems), question words removed, in order, unique
    recency: bool = False  # asks for the latest ("آخر", "أحدث")
    words: set[str] = field(default_factory=set)  # folded surface words of the question (kept out of short answers)
    focus_norms: list[tuple[str, str]] = field(default_factory=list)  # (folded word, stem) of each focus token
    counted: str = ""  # for كم / ما عدد: the folded noun counted ("ضحايا" in "كم عدد ضحايا…"), else ""


def _question_words(question: str) -> list[str]:
    folded = normalize(question)
    # "ماسم" / "ماهو" glue the interrogative to the next word; split the common glued forms.
    words = []
    for w in _WORD.findall(folded):
        if w.startswith("ما") and w[2:] in {"هي", "هو", "الذي", "التي"}:
            words += ["ما", w[2:]]
        elif w == "ماسم":
            words += ["ما", "اسم"]
        else:
            words.append(w)
    return words


def _type_from_noun(noun: str) -> str | None:
    bare = noun[2:] if noun.startswith("ال") else noun
    if noun in _DATE_NOUNS or bare in _DATE_NOUNS:
        return "date"
    if noun in _NUMBER_NOUNS or bare in _NUMBER_NOUNS:
        return "number"
    if noun in _PLACE_NOUNS or bare in _PLACE_NOUNS:
        return "place"
    if noun in _PERSON_NOUNS or bare in _PERSON_NOUNS or bare in _NAME_NOUNS:
        return "person"
    if bare in _LIST_NOUNS:
        return "list"
    return None


_QTYPE_OF = {"date": "when", "number": "how_many", "place": "where", "person": "who", "list": "list"}


def _classify(words: list[str]) -> tuple[str, str]:
    """(qtype, answer_type) from the folded question words."""
    if not words:
        return "what", "description"
    head = words[0]
    if head in _LIST_VERBS:
        return "list", "list"
    # The interrogative usually opens the question, after at most a preposition or a short context
    # phrase ("في نهاية عام 2009 كم كان…"); strong interrogatives are looked for anywhere.
    for i, w in enumerate(words[:12]):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        after = words[i + 2] if i + 2 < len(words) else ""
        if w in _WHEN:
            return "when", "date"
        if w in _HOW_MANY:
            return "how_many", "number"
        if w in _WHERE:
            return "where", "place"
        if w in _YESNO and i < 3:
            return "yesno", "yesno"
        if w in {"لماذا", "لمادا", "لمازا"} or (w == "لم" and i == 0):
            return "why", "description"
        if w in _HOW:
            return "how", "description"
        if w in _WHO and (i == 0 or words[i - 1] in _PREPOSITIONS or words[i - 1] in _WHAT):
            # "من أين" is where; "من أي…" is which; otherwise من opening a question is who.
            if nxt in _WHERE:
                return "where", "place"
            if nxt in _WHICH:
                typed = _type_from_noun(after)
                return (_QTYPE_OF.get(typed, "what"), typed) if typed and typed != "list" else ("what", "description")
            return "who", "person"
        if w in _WHICH and i < 4:
            typed = _type_from_noun(nxt)
            if typed == "list":
                return "list", "list"
            if typed:
                return _QTYPE_OF[typed], typed
            return "what", "description"
        if w in _WHAT and i < 4:
            rest = [x for x in words[i + 1:i + 4] if x not in {"هو", "هي", "الذي", "التي", "كان", "كانت"}]
            first = rest[0] if rest else ""
            if first in _NAME_NOUNS or (first.startswith("اسم") and len(first) <= 5):
                named = _type_from_noun(rest[1]) if len(rest) > 1 else None
                return ("where", "place") if named == "place" else ("who", "person")
            if first in _PLURAL_HEADS and "التي" in words[i + 1:i + 5]:
                return "list", "list"
            typed = _type_from_noun(first)
            if typed == "list":
                return "list", "list"
            if typed in {"date", "number"}:
                return _QTYPE_OF[typed], typed
            if typed == "place" and first in {"مكان", "المكان"}:
                return "where", "place"
            return "what", "description"
    return "what", "description"


def analyze_question(question: str, analyzer: Analyzer | None = None) -> QuestionInfo:
    """Question type, expected answer type and focus terms of an Arabic question.

    >>> analyze_question("متى انتهت الحرب العالمية الأولى؟").answer_type
    'date'
    """
    if analyzer is None:
        from .arabic import get_analyzer

        analyzer = get_analyzer()
    words = _question_words(question or "")
    qtype, answer_type = _classify(words)
    focus: list[str] = []
    focus_norms: list[tuple[str, str]] = []
    for tok in analyzer.tokens(question or ""):
        if tok.stop or tok.norm in _QUESTION_WORDS or not tok.stem:
            continue
        focus_norms.append((tok.norm, tok.stem))
        if tok.stem not in focus:
            focus.append(tok.stem)
    return QuestionInfo(qtype=qtype, answer_type=answer_type, focus=focus,
                        recency=any(w in _RECENCY for w in words), words=set(words), focus_norms=focus_norms,
                        counted=_counted_noun(words) if answer_type == "number" else "")


def _counted_noun(words: list[str]) -> str:
    """The noun a how-many question counts: the word after كم, or after عدد ("كم عدد ضحايا" → ضحايا)."""
    for i, w in enumerate(words[:-1]):
        if w in _HOW_MANY or w in {"عدد", "العدد"}:
            nxt = words[i + 1]
            if nxt in {"عدد", "العدد"} and i + 2 < len(words):
                nxt = words[i + 2]
            if _bare(nxt)[:3] in {"بلغ", "يبلغ", "تبلغ", "وصل", "يصل", "تصل", "كان", "يكو", "تكو"} and i + 2 < len(words):
                nxt = words[i + 2]  # "كم بلغت قوة الزلزال": the noun after the verb
            if nxt not in {"عدد", "العدد"}:
                return nxt
    return ""


# --- evidence: sentences and their features ---------------------------------------------------


@dataclass
class PassageCandidate:
    """One retrieved passage, with what sentence ranking needs to know about it."""

    article_id: int
    passage_id: int
    rank: int  # 0 = best
    score: float
    text: str  # the ARTICLE text (offsets below index into it)
    sentences: list[tuple[int, int]]  # sentence offsets in the article text, in order
    published: str | None = None


@dataclass
class Sentence:
    cand: PassageCandidate
    index: int  # position among the passage's sentences
    start: int
    end: int
    text: str
    stems: list[str]  # stem of every token ("" for stopwords), in order
    norms: list[str]
    spans: list[tuple[int, int]]  # token offsets relative to the sentence
    features: list[float] = field(default_factory=list)
    prob: float = 0.0
    coverage: float = 0.0  # IDF-weighted share of the question's focus terms this sentence covers (fuzzy)


FEATURES = [
    "idf_cov", "cov", "idf_cov_rel", "prox", "bigram", "rank_recip", "score_rel",
    "when_date", "num_number", "who_name", "where_name", "novel_near", "novelty",
    "first_sentence", "rel_pos", "log_len", "neighbor_cov", "recency",
    "soft_cov", "soft_cov_rel", "bm25", "bm25_rel", "fuzzy_cov", "fuzzy_cov_rel",
]

# Used only until bench/fit_answer.py has written the fitted weights (and in case the file is lost).
_DEFAULT_MODEL = {
    "features": FEATURES,
    "weights": [4.0, 1.0, 1.5, 0.5, 0.3, 1.0, 0.5, 1.0, 1.0, 0.5, 0.5, 0.3, 0.3, 0.1, -0.1, 0.0, 0.3, 0.5,
                1.0, 1.0, 0.0, 0.5, 1.0, 1.0],
    "bias": -4.0,
    "threshold": 0.5,
}


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any]:
    """The fitted ranking model (read once per process; ``Archive.ask`` builds an Answerer per call)."""
    try:
        raw = resources.files("akhbar").joinpath("data/answer_weights.json").read_text(encoding="utf-8")
        model = json.loads(raw)
    except (FileNotFoundError, OSError, ValueError):
        return dict(_DEFAULT_MODEL)
    if model.get("features") != FEATURES:
        return dict(_DEFAULT_MODEL)  # weights of another feature set would score nonsense
    return model


def idf_from_counts(num_docs: int, dfs: dict[str, int]) -> dict[str, float]:
    return {t: math.log(1 + (num_docs - df + 0.5) / (df + 0.5)) for t, df in dfs.items()}


_YEAR = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
_NAME_CUES = {"الرئيس", "الملك", "الامير", "الشيخ", "الدكتور", "السيد", "السلطان", "الامام", "الخليفه", "الوزير",
              "الكاتب", "الشاعر", "العالم", "المخرج", "اللاعب", "المهندس", "القائد", "الفنان", "الممثل", "المغني"}
_NAME_LINKS = {"بن", "ابن", "ابو", "ابي", "عبد", "بنت", "ال", "دي", "فان", "فون"}
# Teams and organizations answer "من فاز…": the word after the cue is the name ("منتخب الأرجنتين").
_TEAM_CUES = {"منتخب", "فريق", "نادي", "المنتخب", "الفريق", "النادي"}
# Common given names (Arabic, and foreign ones frequent in Arabic news): a run starting with one is a name.
_GIVEN_NAMES = {
    "محمد", "احمد", "محمود", "مصطفي", "علي", "حسن", "حسين", "عمر", "عثمان", "خالد", "سعد", "سعيد", "عبدالله",
    "عبدالرحمن", "عبدالعزيز", "يوسف", "ابراهيم", "اسماعيل", "موسي", "عيسي", "طارق", "بشار", "حافظ", "صدام", "جمال",
    "انور", "حسني", "معمر", "فيصل", "سلمان", "فهد", "سلطان", "نايف", "بندر", "طلال", "وليد", "ماجد", "راشد",
    "زايد", "حمد", "تميم", "جاسم", "ناصر", "صالح", "سالم", "كمال", "رفيق", "نجيب", "طه", "توفيق", "جبران", "نزار",
    "مريم", "فاطمه", "عايشه", "خديجه", "زينب", "ليلي", "هدي", "رانيا", "ياسر", "رجب", "ميشال", "نبيه", "سمير",
    "امين", "اسامه", "هاني", "شريف", "جورج", "نبيل", "عادل", "هشام", "عمرو", "حازم", "رشيد", "مراد", "كريم",
    "ايمن", "حسان", "ميشيل", "دونالد", "جو", "باراك", "فلاديمير", "ايمانويل", "انجيلا", "ليونيل", "كريستيانو",
    "كيليان", "بنيامين", "قيس", "الياس", "نوري", "مسعود", "عبدالفتاح"}
# Before a number: "أكثر من 200", "نحو 300 ألف".
_MORE_LESS = {"اكثر", "اقل", "يزيد", "يقل", "يربو", "ازيد"}
_ABOUT = {"نحو", "حوالي", "قرابه", "زهاء", "تقريبا", "يقارب"}
_PLACE_PREPS = {"في", "فى", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي",
                "وسط", "داخل", "عند", "قباله", "بمدينه", "بمحافظه", "بولايه", "بمنطقه"}
# Words after في that start no place: frames, times, states ("في ظل", "في الساعات الأولى").
_NOT_PLACES = {"اطار", "ظل", "حين", "مجال", "وقت", "الوقت", "حال", "حاله", "ضوء", "سياق", "اثناء", "بدايه",
               "نهايه", "مقابل", "المقابل", "مرحله", "المرحله", "صباح", "مساء", "فجر", "ظهر", "ليله", "سبيل",
               "محاوله", "اعقاب", "خضم", "مواجهه", "ذلك", "هذا", "هذه", "تلك", "حق", "صوره", "شكل", "اتجاه",
               "مقدمه", "طليعه", "اول", "اخر", "الاول", "الاخير", "مباراه", "المباراه", "عهد", "الساعات", "ساعات",
               "الايام", "المستقبل", "الماضي", "العام", "عام", "الشهر", "الاسبوع", "اليوم", "السنوات", "الفتره",
               "فتره", "تاريخ", "التاريخ", "موعد", "نفس", "الشان", "شان", "ما"}
_folded(_WHEN, _HOW_MANY, _WHERE, _WHO, _WHY, _HOW, _YESNO, _WHAT, _WHICH, _LIST_VERBS, _PREPOSITIONS, _DATE_NOUNS,
        _NUMBER_NOUNS, _PLACE_NOUNS, _PERSON_NOUNS, _NAME_NOUNS, _LIST_NOUNS, _PLURAL_HEADS, _RECENCY,
        _QUESTION_WORDS, _NAME_CUES, _NAME_LINKS, _GENERIC, _TIME_UNITS, _MEASURE_UNITS, _PEOPLE_NOUNS,
        _TEAM_CUES, _GIVEN_NAMES, _MORE_LESS, _ABOUT, _PLACE_PREPS, _NOT_PLACES, *(w for group in _RELATED_GROUPS for w in group))
_CLAUSE_BREAK = re.compile(r"[،,؛;:()\[\]«»\"“”]")


def _is_name_like(norm: str, prev: str, in_question: bool) -> bool:
    """A token that may be (part of) a proper name: Arabic has no capitals, so lean on cues —
    a title before it, a genealogy link, Latin script, or a content word without the article ال."""
    if in_question or len(norm) < 2 or norm.isdigit():
        return False
    if prev in _NAME_CUES or norm in _NAME_LINKS or prev in _NAME_LINKS:
        return True
    if norm.isascii() and norm.isalpha():
        return True
    return not norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))


_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def soft_key(norm: str) -> str:
    """A second, lighter matching key next to the analyzer's stem: Larkey's light10 (the stemmer of
    Lucene's Arabic analyzer), which keeps apart fewer of the forms Snowball splits."""
    return light10(norm)


@lru_cache(maxsize=200_000)
def _grams(norm: str) -> frozenset[str]:
    """Character trigrams of a folded word without its clitics, padded at both ends."""
    w = norm
    for p in _CLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    w = f"#{w}#"
    return frozenset(w[i:i + 3] for i in range(len(w) - 2))


def _fuzzy(a: str, b: str) -> float:
    """Dice similarity of the trigram sets of two words: 1 for the same word, about 0.5 and more for
    derivations of one root (تأسيس / تأسست), low for unrelated words."""
    ga, gb = _grams(a), _grams(b)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def _bare(norm: str) -> str:
    """A folded word without its leading clitics (و، ب، ال…), when enough of it is left."""
    for p in _CLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 3:
            return norm[len(p):]
    return norm


_VERB_SUFFIXES = ("ات", "ون", "ين", "وا", "ان", "ت", "ه", "ي")
_VERB_PREFIXES = ("ا", "ت", "ي", "ن")


@lru_cache(maxsize=200_000)
def _skeleton(norm: str) -> str:
    """The word's consonants: no clitics, one inflection suffix and one verb prefix off, no long
    vowels after the first letter. Verbal nouns and verbs of one root often meet here where stems
    and trigrams part (سقوط / سقط / أسقطت)."""
    w = _bare(norm)
    for suffix in _VERB_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    if w[:1] in _VERB_PREFIXES and len(w) >= 4:
        w = w[1:]
    return w[:1] + re.sub("[اوي]", "", w[1:])


_RELATED: dict[str, frozenset[str]] = {}


def _related_words(norm: str) -> frozenset[str]:
    """Sentence words that answer for the question word ``norm`` (see _RELATED_GROUPS)."""
    if not _RELATED:
        for keys, values in _RELATED_GROUPS:
            for k in keys:
                _RELATED[k] = _RELATED.get(k, frozenset()) | frozenset(values)
    return _RELATED.get(norm) or _RELATED.get(_bare(norm)) or frozenset()


def _is_generic(norm: str) -> bool:
    return norm in _GENERIC or _bare(norm) in _GENERIC


def focus_weights(info: QuestionInfo, idf: dict[str, float]) -> dict[str, float]:
    """Weight of each focus stem in the coverage: its IDF, scaled down for framing words."""
    weights: dict[str, float] = {}
    for norm, stem in info.focus_norms:
        w = idf.get(stem, 0.0) * (GENERIC_WEIGHT if _is_generic(norm) else 1.0)
        weights[stem] = max(weights.get(stem, 0.0), w)
    return weights


def _word_match(norm: str, stem: str, sent: Sentence, words: set[str]) -> float:
    """How well the sentence matches one focus word: 1 for the same stem, RELATED_MATCH for a word
    of its related group, SKELETON_MATCH for the same consonant skeleton, else its best trigram
    similarity (≥ 0.4)."""
    if stem in sent.stems:
        return 1.0
    best = max((_fuzzy(norm, w) for w in words), default=0.0)
    best = best if best >= 0.4 else 0.0
    if best < RELATED_MATCH:
        related = _related_words(norm)
        if any(w in related or _bare(w) in related for w in words):
            return RELATED_MATCH
    if best < SKELETON_MATCH:
        skel = _skeleton(norm)
        if len(skel) >= 3 and any(_skeleton(w) == skel and _fuzzy(norm, w) >= 0.2 for w in words):
            best = SKELETON_MATCH
    return best


def _sentences_of(cands: Sequence[PassageCandidate], analyzer: Analyzer) -> list[Sentence]:
    out: list[Sentence] = []
    for cand in cands:
        for i, (s, e) in enumerate(cand.sentences):
            text = cand.text[s:e]
            stems, norms, spans = [], [], []
            for tok in analyzer.tokens(text):
                stems.append("" if tok.stop else tok.stem)
                norms.append(tok.norm)
                spans.append((tok.start, tok.end))
            out.append(Sentence(cand=cand, index=i, start=s, end=e, text=text, stems=stems, norms=norms,
                                spans=spans))
    return out


_AFTER_BEFORE = {"بعد", "قبل", "منذ", "عقب", "اثر", "غداه", "اعقاب"}


def _event_as_reference(sent: Sentence, info: QuestionInfo, weights: dict[str, float]) -> bool:
    """The question's event appears in the sentence only as a time reference for something else
    ("بعد يومين من سقوط حكم الأسد", "وبعد سقوط حكم الأسد أفادت تقارير في يناير"): its date is not
    the event's date. The event is the heaviest focus word the sentence matches."""
    words = {n for n, st in zip(sent.norms, sent.stems) if st}
    matched = [(weights.get(stem, 0.0), norm, stem) for norm, stem in info.focus_norms
               if _word_match(norm, stem, sent, words) > 0.0]
    if not matched:
        return False
    _, norm, stem = max(matched)
    at = [i for i, (n, st) in enumerate(zip(sent.norms, sent.stems))
          if st and _word_match(norm, stem, _one_word(n, st), {n}) > 0.0]
    return bool(at) and all(any(_bare(sent.norms[j]) in _AFTER_BEFORE or sent.norms[j] in _AFTER_BEFORE
                                for j in range(max(0, i - 3), i)) for i in at)


def _one_word(norm: str, stem: str) -> Sentence:
    return Sentence(cand=None, index=0, start=0, end=0, text=norm, stems=[stem], norms=[norm],  # type: ignore[arg-type]
                    spans=[(0, len(norm))])


def _has_date(sent: Sentence, qwords: set[str]) -> bool:
    for m in find_dates(sent.text):
        if not set(_WORD.findall(normalize(m.text))) <= qwords:
            return True
    return any(y not in qwords for y in _YEAR.findall(normalize(sent.text)))


def _unit_after(sent: Sentence, end: int) -> str:
    """The folded word right after a number (its counted noun or unit: "200 شخص" → شخص), clitics off."""
    for (s, _), norm in zip(sent.spans, sent.norms):
        if s >= end:
            return _bare(norm)
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
    return bool(info.counted) and (info.counted in _PEOPLE_NOUNS or _bare(info.counted) in _PEOPLE_NOUNS)


def _numbers(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Number mentions that may answer the how-many question: not in the question, not part of a date
    (a year is no count), no duration unless the question counts time ("بعد ستة أيام" is no number of
    victims), no measurement when the question counts people ("200 كيلومتر")."""
    dates = [(d.start, d.end) for d in find_dates(sent.text)]
    asks_time = _unit_kind(_bare(info.counted)) == "time" or bool(info.words & {"مده", "المده", "عمر"})
    people = _counts_people(info)
    out = []
    for m in find_numbers(sent.text):
        if set(_WORD.findall(normalize(m.text))) <= info.words or any(s < m.end and m.start < e for s, e in dates):
            continue
        kind = _unit_kind(_unit_after(sent, m.end))
        if (kind == "time" and not asks_time) or (kind == "measure" and people) or (m.percent and people):
            continue
        out.append((m.start, m.end))
    return out


def _has_number(sent: Sentence, info: QuestionInfo) -> bool:
    return bool(_numbers(sent, info))


def _matched_positions(sent: Sentence, focus: set[str]) -> list[int]:
    return [i for i, st in enumerate(sent.stems) if st and st in focus]


def featurize(info: QuestionInfo, idf: dict[str, float], sents: list[Sentence]) -> None:
    """Fill ``sent.features`` (in the order of FEATURES) for every sentence."""
    focus = list(dict.fromkeys(info.focus))
    focus_set = set(focus)
    total_idf = sum(idf.get(t, 0.0) for t in focus) or 1.0
    # Soft keys of the focus terms, each carrying the IDF of its term (the best, when keys collide).
    soft: dict[str, float] = {}
    for tok_norm, stem in info.focus_norms:
        key = soft_key(tok_norm)
        soft[key] = max(soft.get(key, 0.0), idf.get(stem, 0.0))
    avg_len = sum(len(s.stems) for s in sents) / max(len(sents), 1) or 1.0
    bm25s_: list[float] = []
    softs: list[float] = []
    for sent in sents:
        tf: dict[str, int] = {}
        for st in sent.stems:
            if st in focus_set:
                tf[st] = tf.get(st, 0) + 1
        norm_len = 1 - 0.75 + 0.75 * len(sent.stems) / avg_len
        bm25s_.append(sum(idf.get(t, 0.0) * n * 2.2 / (n + 1.2 * norm_len) for t, n in tf.items()) / total_idf)
        keys = {soft_key(n) for n, st in zip(sent.norms, sent.stems) if st}
        softs.append(sum(v for k, v in soft.items() if k in keys) / total_idf)
    best_bm25 = max(bm25s_, default=0.0) or 1.0
    # Fuzzy coverage: each focus word counts with its best match in the sentence (_word_match),
    # weighted by IDF, framing words less (focus_weights).
    focus_words = {stem: norm for norm, stem in info.focus_norms}
    weights = focus_weights(info, idf)
    total_weight = sum(weights.values()) or 1.0
    fuzzies: list[float] = []
    for sent in sents:
        words = {n for n, st in zip(sent.norms, sent.stems) if st}
        got = sum(_word_match(norm, stem, sent, words) * weights.get(stem, 0.0) for stem, norm in focus_words.items())
        fuzzies.append(got / total_weight)
        sent.coverage = fuzzies[-1]
    best_fuzzy = max(fuzzies, default=0.0) or 1.0
    best_soft = max(softs, default=0.0) or 1.0
    bigrams = {(a, b) for a, b in zip(focus, focus[1:])}
    top_score = max((s.cand.score for s in sents), default=1.0) or 1.0
    published = sorted({s.cand.published for s in sents if s.cand.published})
    covs: list[float] = []
    for sent in sents:
        present = {st for st in sent.stems if st in focus_set}
        covs.append(sum(idf.get(t, 0.0) for t in present) / total_idf)
    best_cov = max(covs, default=0.0) or 1.0
    by_passage: dict[int, list[int]] = {}
    for i, sent in enumerate(sents):
        by_passage.setdefault(id(sent.cand), []).append(i)

    for i, sent in enumerate(sents):
        idf_cov = covs[i]
        present = {st for st in sent.stems if st in focus_set}
        positions = _matched_positions(sent, focus_set)
        n_tokens = len(sent.stems)
        prox = 0.0
        if len(present) >= 2:
            prox = len(present) / (max(positions) - min(positions) + 1)
        content = [st for st in sent.stems if st]
        pairs = sum(1 for a, b in zip(content, content[1:]) if (a, b) in bigrams)
        # Content words near the matched focus terms that the question does not contain: the answer
        # has to be something the question does not already say.
        near = set()
        for p in positions:
            for j in range(max(0, p - 4), min(n_tokens, p + 5)):
                if sent.stems[j] and sent.stems[j] not in focus_set:
                    near.add(j)
        novel = [st for st in content if st not in focus_set]
        siblings = by_passage[id(sent.cand)]
        k = siblings.index(i)
        neighbor = max([covs[siblings[k + d]] for d in (-1, 1) if 0 <= k + d < len(siblings)], default=0.0)
        name_like = (info.answer_type in {"person", "place"}) and any(
            _is_name_like(sent.norms[j], sent.norms[j - 1] if j else "", sent.norms[j] in info.words)
            for j in near)
        recency = 0.0
        if info.recency and sent.cand.published and len(published) > 1:
            recency = published.index(sent.cand.published) / (len(published) - 1)
        article_len = max(len(sent.cand.text), 1)
        sent.features = [
            idf_cov,
            len(present) / max(len(focus_set), 1),
            idf_cov / best_cov,
            prox,
            min(pairs, 3) / 3,
            1.0 / (1 + sent.cand.rank),
            sent.cand.score / top_score,
            float(info.answer_type == "date" and _has_date(sent, info.words)
                  and not _event_as_reference(sent, info, weights)),
            float(info.answer_type == "number" and _has_number(sent, info)),
            float(info.answer_type == "person" and (name_like or bool(_sure_names(sent, info)))),
            float(info.answer_type == "place" and (name_like or bool(_place_phrases(sent, info)))),
            min(len(near), 4) / 4,
            len(novel) / max(len(content), 1),
            float(sent.start == sent.cand.sentences[0][0] and sent.cand.sentences[0][0] < 5),
            sent.start / article_len,
            math.log1p(n_tokens) / 5,
            neighbor,
            recency,
            softs[i],
            softs[i] / best_soft,
            bm25s_[i],
            bm25s_[i] / best_bm25,
            fuzzies[i],
            fuzzies[i] / best_fuzzy,
        ]


def score(model: dict[str, Any], sents: list[Sentence]) -> None:
    weights, bias = model["weights"], model["bias"]
    for sent in sents:
        z = bias + sum(w * x for w, x in zip(weights, sent.features))
        sent.prob = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def rank_sentences(info: QuestionInfo, idf: dict[str, float], cands: Sequence[PassageCandidate],
                   analyzer: Analyzer, model: dict[str, Any] | None = None) -> list[Sentence]:
    """Every sentence of the candidates, best first (the evidence ranking used by ``ask`` and the benchmarks)."""
    sents = _sentences_of(cands, analyzer)
    featurize(info, idf, sents)
    score(model or load_model(), sents)
    # Stable tie-break: better passage, then earlier sentence.
    return sorted(sents, key=lambda s: (-s.prob, s.cand.rank, s.start))


# --- short answers ----------------------------------------------------------------------------


def _distance_to(positions: list[int], start: int, end: int) -> int:
    if not positions:
        return 0
    return min(0 if start <= p < end else min(abs(p - start), abs(p - (end - 1))) for p in positions)


def _token_index(sent: Sentence, char: int) -> int:
    for i, (s, e) in enumerate(sent.spans):
        if e > char:
            return i
    return len(sent.spans) - 1


def _mention_span(sent: Sentence, mentions: list[tuple[int, int]], focus: set[str]) -> tuple[int, int] | None:
    """The mention (sentence-relative char offsets) nearest the focus terms."""
    if not mentions:
        return None
    positions = _matched_positions(sent, focus)
    return min(mentions, key=lambda m: (_distance_to(positions, _token_index(sent, m[0]),
                                                       _token_index(sent, m[1] - 1) + 1), m[0]))


def _date_answer(sent: Sentence, info: QuestionInfo) -> tuple[int, int] | None:
    mentions = [(m.start, m.end) for m in find_dates(sent.text)
                if not set(_WORD.findall(normalize(m.text))) <= info.words]
    if not mentions:
        folded_years = [(m.start(), m.end()) for m in _YEAR.finditer(sent.text) if m.group() not in info.words]
        mentions = folded_years
    return _mention_span(sent, mentions, set(info.focus))


def _number_answer(sent: Sentence, info: QuestionInfo) -> tuple[int, int] | None:
    """The number that counts what the question counts: one followed by the counted noun or a word
    related to it ("أكثر من 200 شخص" for "كم عدد ضحايا") wins over the one nearest the focus terms,
    and then the answer carries its qualifier and noun ("أكثر من 200 شخص", not "200")."""
    mentions = _numbers(sent, info)
    if not mentions:
        return None
    counted = _bare(info.counted) if info.counted else ""
    related = set(_related_words(info.counted)) | ({counted} if counted else set())
    if _counts_people(info):
        related |= _related_words("ضحايا")

    def counts_it(m: tuple[int, int]) -> bool:
        unit = _unit_after(sent, m[1])
        return bool(counted) and bool(unit) and (unit in related or _fuzzy(unit, counted) >= 0.5)

    counting = [m for m in mentions if counts_it(m)]
    if not counting:
        return _mention_span(sent, mentions, set(info.focus))
    s, e = _mention_span(sent, counting, set(info.focus)) or counting[0]
    k = next((x for x, (a, _) in enumerate(sent.spans) if a >= e), len(sent.spans))
    if k < len(sent.spans) and not _CLAUSE_BREAK.search(sent.text[e:sent.spans[k][0]]):
        e = sent.spans[k][1]  # the counted noun
    j = _token_index(sent, s)
    before = [sent.norms[x] for x in range(max(0, j - 2), j)]
    if len(before) == 2 and before[1] in {"من", "علي"} and before[0] in _MORE_LESS:
        s = sent.spans[j - 2][0]
    elif before and before[-1] in _ABOUT:
        s = sent.spans[j - 1][0]
    return s, e


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
        if _breaks(sent, j) or _in_question(info, norm, stem) or norm.isdigit():
            break
        prev = sent.norms[j - 1]
        if norm in _NAME_LINKS or prev in _NAME_LINKS or norm in _GIVEN_NAMES:
            j += 1
            continue
        if not stem:
            break
        if norm.startswith("ال"):
            if j == i + 1 or prev in _GIVEN_NAMES:
                j += 1  # a family name with ال right after a given name ends the name
            break
        if plain or norm[0] in "وبلفك" or norm.endswith(("ين", "ون", "ات")) or _unit_kind(_bare(norm)):
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
        if prev in _NAME_CUES or _bare(prev) in _NAME_CUES:
            return "person"
        if prev in _TEAM_CUES or _bare(prev) in _TEAM_CUES:
            return "team" if back == 1 else ""  # "فريق الترجي بلقب": the team's name is one word
        if not (prev.startswith("ال") and prev.endswith(("ي", "يه"))):
            return ""
    return ""


def _sure_names(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Token ranges that are names by a cue Arabic gives without capitals: a title before them
    (الرئيس، الملك، منتخب…), a known given name, a genealogy link (بن، أبو، عبد), or Latin script."""
    found: list[tuple[int, int]] = []
    n = len(sent.norms)
    i = 0
    while i < n:
        norm, stem = sent.norms[i], sent.stems[i]
        if _in_question(info, norm, stem) or not (stem or norm in _NAME_LINKS) or norm.isdigit():
            i += 1
            continue
        cue = _after_cue(sent, i)
        if cue == "person" and norm.startswith("ال") and norm.endswith(("ي", "يه")):
            i += 1  # the nisba adjective itself ("الروسي") is no name
            continue
        latin = norm.isascii() and norm.isalpha() and len(norm) > 1
        if cue or norm in _GIVEN_NAMES or norm in _NAME_LINKS or latin:
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


def _name_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> tuple[int, int] | None:
    """A name nearest the focus terms, or None when no word of the sentence is surely a name.

    Names with a cue (_sure_names) come first. Without one, a run of plain words is only trusted in a
    big archive (``common``: stems in > 0.5% of its passages are no names, "بطولة", "ريف"); a small
    archive gives no way to tell "حكم بشار" from a name, and a wrong short answer is worse than none."""
    positions = _matched_positions(sent, set(info.focus))
    sure = _sure_names(sent, info)
    if sure:
        a, b = min(sure, key=lambda r: (_distance_to(positions, r[0], r[1]), -(r[1] - r[0])))
        return sent.spans[a][0], sent.spans[b - 1][1]
    if common is None:
        return None
    return _plain_name_run(sent, info, common)


def _place_phrases(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Token ranges of place phrases: after في / قرب / شمال… the nouns of a genitive chain, up to and
    with the first word with ال and its nisba adjectives ("في ريف اللاذقية", "قرب جبلة في محافظة
    اللاذقية", "في القطاع الجنوبي"); a phrase that is a date, a time or a frame ("في ظل") is none.
    في itself stays out of the answer, قرب / شمال… stay in (they say where)."""
    dates = [(d.start, d.end) for d in find_dates(sent.text)]
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
        bare = _bare(norm)
        if k == j and (bare in _NOT_PLACES or norm in _NOT_PLACES or _unit_kind(bare)):
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


def _place_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> tuple[int, int] | None:
    """The place phrase nearest after the focus terms; else a sure name; else nothing."""
    positions = _matched_positions(sent, set(info.focus))
    phrases = _place_phrases(sent, info)
    if phrases:
        last = max(positions, default=-1)
        a, b = min(phrases, key=lambda r: (r[0] < last, _distance_to(positions, r[0], r[1]), r[0]))
        return sent.spans[a][0], sent.spans[b - 1][1]
    return _name_answer(sent, info, common)


def _plain_name_run(sent: Sentence, info: QuestionInfo, common: set[str]) -> tuple[int, int] | None:
    """Big archives only (the fallback of _name_answer): the run of name-like words nearest the focus terms: runs stop at stopwords, question words
    and punctuation, and are at most four words long.

    ``common`` (stems frequent in the archive; None for archives too small to tell) sharpens the
    guess: frequent words are not names ("بطولة", "ريف"), and a rare word with the article ال may
    continue a name ("محمد البشير", "بشار الأسد")."""
    focus = set(info.focus)
    positions = _matched_positions(sent, focus)
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(len(sent.stems) + 1):
        ok = False
        if i < len(sent.stems):
            norm, stem = sent.norms[i], sent.stems[i]
            in_q = norm in info.words or (stem and stem in focus)
            ok = bool(stem or norm in _NAME_LINKS) and not in_q and _is_name_like(
                norm, sent.norms[i - 1] if i else "", False)
            if common is not None and stem and not in_q:
                if ok and stem in common and norm not in _NAME_LINKS:
                    ok = False
                elif not ok and start is not None and norm.startswith("ال") and stem not in common:
                    ok = True
            if ok and start is not None:
                gap = sent.text[sent.spans[i - 1][1]:sent.spans[i][0]]
                if _CLAUSE_BREAK.search(gap):
                    runs.append((start, i))
                    start = None
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    runs = [(a, min(b, a + 4)) for a, b in runs
            if not all(sent.norms[j] in _NAME_LINKS for j in range(a, b))]
    if not runs:
        return None
    a, b = min(runs, key=lambda r: (_distance_to(positions, r[0], r[1]), -(r[1] - r[0])))
    return sent.spans[a][0], sent.spans[b - 1][1]


def short_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> tuple[int, int] | None:
    """Sentence-relative offsets of the short answer, or None (descriptive questions, or nothing found)."""
    if info.answer_type == "date":
        return _date_answer(sent, info)
    if info.answer_type == "number":
        return _number_answer(sent, info)
    if info.answer_type == "person":
        return _name_answer(sent, info, common)
    if info.answer_type == "place":
        return _place_answer(sent, info, common)
    return None


# --- points -----------------------------------------------------------------------------------


def _clause(sent: Sentence, keep: tuple[int, int] | None, focus: set[str]) -> tuple[int, int]:
    """Sentence-relative offsets of the point: the whole sentence, or for a very long sentence the run
    of its comma-separated clauses that holds the matched terms (and the short answer)."""
    if len(sent.stems) <= 40:
        return 0, len(sent.text)
    cuts = [0] + [m.end() for m in re.finditer(r"[،؛;]\s*", sent.text)] + [len(sent.text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    marks = [sent.spans[p] for p in _matched_positions(sent, focus)]
    if keep:
        marks.append(keep)
    if not marks or len(pieces) < 2:
        return 0, len(sent.text)
    lo = min(m[0] for m in marks)
    hi = max(m[1] for m in marks)
    first = next(i for i, (s, e) in enumerate(pieces) if e > lo)
    last = next(i for i, (s, e) in enumerate(pieces) if e >= hi)
    s, e = pieces[first][0], pieces[last][1]
    text = sent.text[s:e].rstrip(" ،؛;")
    if len(text.split()) < 6:
        return 0, len(sent.text)
    return s, s + len(text)


def _similar(a: Sentence, b: Sentence) -> float:
    x, y = {s for s in a.stems if s}, {s for s in b.stems if s}
    return len(x & y) / max(len(x | y), 1)


def _diverse(ranked: list[Sentence], limit: int, floor: float) -> list[Sentence]:
    """Greedy selection: good sentences that say different things, preferring other sources."""
    chosen: list[Sentence] = []
    pool = [s for s in ranked if s.prob >= floor]
    while pool and len(chosen) < limit:
        def value(s: Sentence) -> float:
            sim = max((_similar(s, c) for c in chosen), default=0.0)
            same = any(c.cand.article_id == s.cand.article_id for c in chosen)
            return s.prob - 0.5 * sim - (0.05 if same else 0.0)

        best = max(pool, key=value)
        pool.remove(best)
        if any(_similar(best, c) > 0.6 or normalize(best.text) == normalize(c.text) for c in chosen):
            continue  # near-identical to a point already made
        chosen.append(best)
    return chosen


# --- abstention -------------------------------------------------------------------------------

PICK_DEPTH = 3  # sentences looked at for one that supports an answer
PICK_RATIO = 0.5  # ... each at least this share of the best ranking probability


def has_answer_type(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence holds what a factoid question asks for: a date for متى, a count for كم, a name
    for من, a place for أين (the answer-type features of the ranking)."""
    return info.answer_type in FACTOID_TYPES and any(sent.features[7:11])


def holds_short_answer(sent: Sentence, info: QuestionInfo) -> bool:
    """Stricter than has_answer_type: a date / count, a surely-named person, a place phrase."""
    if info.answer_type == "date":
        return bool(sent.features[7])
    if info.answer_type == "number":
        return bool(sent.features[8])
    if info.answer_type == "person":
        return bool(_sure_names(sent, info))
    if info.answer_type == "place":
        return bool(_place_phrases(sent, info) or _sure_names(sent, info))
    return False


def support(sent: Sentence, info: QuestionInfo, type_bonus: float) -> float:
    """How well one sentence supports answering: its coverage of the question (IDF-weighted, framing
    words discounted, fuzzy and related-word matches), plus ``type_bonus`` when it holds the expected
    answer type. Unlike the ranking probability, which is relative to the candidates at hand, this
    tells "the best of weak evidence" from an answer."""
    return sent.coverage + (type_bonus if has_answer_type(sent, info) else 0.0)


def choose(ranked: Sequence[Sentence], info: QuestionInfo, threshold: float,
           type_bonus: float) -> Sentence | None:
    """The sentence to answer with: the best-ranked of the first PICK_DEPTH (within PICK_RATIO of the
    top probability) whose support reaches ``threshold``; None means abstain."""
    if not ranked:
        return None
    floor = ranked[0].prob * PICK_RATIO
    passing = [s for s in ranked[:PICK_DEPTH] if s.prob >= floor and support(s, info, type_bonus) >= threshold]
    if not passing or info.answer_type not in FACTOID_TYPES:
        return passing[0] if passing else None
    # A factoid question is better answered by a sentence that holds its answer: a passing one, or
    # the next / previous sentence of the first passing one, which in news often goes on about the
    # same thing ("استقبلت قلعة صلاح الدين آلاف الزوار. وتقع القلعة قرب مدينة الحفة…").
    for sent in passing:
        if holds_short_answer(sent, info):
            return sent
    first = passing[0]
    for sent in ranked:
        if sent.cand is first.cand and sent.index in (first.index + 1, first.index - 1) and sent.coverage > 0 \
                and holds_short_answer(sent, info):
            return sent
    return first


# --- the answerer -----------------------------------------------------------------------------


class Answerer:
    """Answers questions from an archive's store, retriever and index.

    ``Answerer(archive.store, archive.retriever, archive.analyzer, archive.index).ask("متى …؟")``
    """

    def __init__(self, store: Any, retriever: Any, analyzer: Analyzer, index: Any,
                 model: dict[str, Any] | None = None):
        self.store = store
        self.retriever = retriever
        self.analyzer = analyzer
        self.index = index
        self.model = model or load_model()
        # Abstain below this coverage: how much of the question (IDF-weighted focus terms, fuzzy-matched)
        # the best sentence covers. The ranking probability is relative to the candidates at hand, so
        # it cannot tell "the best of weak evidence" from an answer; coverage can.
        self.threshold = float(self.model.get("threshold", 0.5))
        self.type_bonus = float(self.model.get("type_bonus", 0.0))

    # -- evidence --

    def idf(self, terms: Sequence[str]) -> dict[str, float]:
        if not terms:
            return {}
        num_docs, dfs = self.index.doc_freqs(list(dict.fromkeys(terms)))
        return idf_from_counts(num_docs, dfs)

    def evidence(self, question: str, k_passages: int = 10) -> tuple[QuestionInfo, list[Sentence],
                                                                    dict[int, Article], list[Hit]]:
        """Question analysis, candidate passages and all their sentences ranked best first."""
        info = analyze_question(question, self.analyzer)
        if not info.focus:
            return info, [], {}, []
        found = self.retriever.candidates(question, k_passages)
        if not found:
            return info, [], {}, []
        # The retriever gives one passage per article; the sentence that answers often sits in the
        # next or previous paragraph of a top article ("…الذي أسقط حكم بشار الأسد في الثامن من ديسمبر"
        # after a paragraph about the appointment), so those come along with the article's rank and score.
        best_pids = {pid for _, pid, _ in found}
        near = [pid + d for _, pid, _ in found[:NEIGHBOR_ARTICLES] for d in (-1, 1) if pid + d not in best_pids]
        passages = self.store.passages([pid for _, pid, _ in found] + near)
        sentences = self.store.sentences_of_passages(passages)
        articles = self.store.articles(aid for _, _, aid in found)
        cands = []
        hits = []
        for rank, (sc, pid, aid) in enumerate(found):
            art = articles[aid]
            pids = [pid] + [q for q in (pid - 1, pid + 1)
                            if q in near and q in passages and passages[q].article_id == aid]
            for q in pids:
                spans = [(s, e) for _, s, e in sentences.get(q, [])] or [(passages[q].start, passages[q].end)]
                cands.append(PassageCandidate(article_id=aid, passage_id=q, rank=rank, score=sc, text=art.text,
                                              sentences=spans, published=art.published))
            p = passages[pid]
            hits.append(Hit(article_id=aid, title=art.title, source=art.source, published=art.published,
                            url=art.url, passage_id=pid, text=p.text, start=p.start, end=p.end,
                            score=round(sc, 4)))
        ranked = rank_sentences(info, self.idf(info.focus), cands, self.analyzer, self.model)
        return info, ranked, articles, hits

    def _common(self, sent: Sentence) -> set[str] | None:
        """Stems of the sentence found in more than 0.5% of the archive's passages; None when the
        archive is too small for frequency to mean anything. (0.5% was the best of 0.1/0.2/0.5% for
        person/place short-answer F1 on ARCD-train.)"""
        stems = [st for st in dict.fromkeys(sent.stems) if st]
        num_docs, dfs = self.index.doc_freqs(stems)
        if num_docs < COMMON_MIN_PASSAGES:
            return None
        return {st for st, df in dfs.items() if df > num_docs * 0.005}

    # -- answer --

    def ask(self, question: str, k_passages: int = 10) -> Answer:
        """Answer ``question`` from the archive, or abstain (``abstained=True``) when the evidence is weak.

        Raises :class:`akhbar.errors.QueryError` (from the retriever) for a question over the length limit.
        """
        question = (question or "").strip()
        if not question:
            info = QuestionInfo("what", "description", [])
            return self._abstain(question, info, [])
        info, ranked, articles, hits = self.evidence(question, k_passages)
        chosen = choose(ranked, info, self.threshold, self.type_bonus)
        if chosen is None:
            return self._abstain(question, info, hits[:5])
        ranked = [chosen] + [s for s in ranked if s is not chosen]
        return self._compose(question, info, ranked, articles)

    def _abstain(self, question: str, info: QuestionInfo, hits: list[Hit]) -> Answer:
        return Answer(question=question, answer_type=info.answer_type, answer=None, points=[], sources=[],
                      abstained=True, message=ABSTAIN_MESSAGE, closest=hits)

    def _compose(self, question: str, info: QuestionInfo, ranked: list[Sentence],
                 articles: dict[int, Article]) -> Answer:
        top = ranked[0]
        focus = set(info.focus)
        sources: list[Source] = []
        points: list[Point] = []

        def cite(sent: Sentence, keep: tuple[int, int] | None = None) -> None:
            s, e = _clause(sent, keep, focus)
            start, end = sent.start + s, sent.start + e
            art = articles[sent.cand.article_id]
            quote = art.text[start:end]
            for src in sources:
                if src.article_id == art.id and src.start == start and src.end == end:
                    return
            n = len(sources) + 1
            sources.append(Source(n=n, article_id=art.id, title=art.title, source=art.source,
                                  published=art.published, url=art.url, quote=quote, start=start, end=end))
            points.append(Point(text=quote, citations=[n]))

        short = None
        if info.answer_type in FACTOID_TYPES:
            span = short_answer(top, info, self._common(top) if info.answer_type in {"person", "place"} else None)
            if span:
                short = top.text[span[0]:span[1]]
            cite(top, span)
            if short:
                # Corroboration: other sources whose good sentences carry the same answer.
                wanted = normalize(short)
                others = {top.cand.article_id}
                for sent in ranked[1:]:
                    if len(points) >= 3 or sent.coverage < self.threshold:
                        break
                    if sent.cand.article_id not in others and wanted in normalize(sent.text):
                        others.add(sent.cand.article_id)
                        cite(sent, None)
        else:
            limit = 5 if info.answer_type in {"list", "description"} else 3
            # The first point met the threshold; the others may cover less of the question (a list's
            # items rarely repeat all of its words) but must still share some of its content.
            pool = [top] + [s for s in ranked[1:] if s.coverage >= self.threshold * 0.4]
            chosen = _diverse(pool, limit, top.prob * 0.3)
            if info.answer_type == "list":
                # A list's items usually follow the sentence that introduces it ("لم يقتصر التعاون على
                # الجانب العسكري. ففي عام 2018… وفي عام 2019…"), repeating none of the question's words.
                follow = sorted((s for s in ranked if s.cand is top.cand and top.index < s.index <= top.index + 2
                                 and s not in chosen), key=lambda s: s.index)
                chosen = (chosen[:1] + follow + chosen[1:])[:limit]
            for sent in chosen:
                cite(sent)
        return Answer(question=question, answer_type=info.answer_type, answer=short, points=points,
                      sources=sources, abstained=False)
