"""Question analysis, step 1 of the answering cascade (see :mod:`akhbar.qa.compose`).

:func:`analyze_question` reads an Arabic question: the interrogative and its context give the
question type (متى، من، أين، كم، ما/ماذا، لماذا، كيف، هل، "ما هي أهم…") and the expected answer type
(date, number, person, place, description, list, yesno); the shared analyzer gives the focus terms
that retrieval, coverage and ranking (:mod:`akhbar.qa.evidence`, :mod:`akhbar.qa.rank`) look for, and a
how-many question names the noun it counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import lexicon
from ..arabic import Analyzer, normalize
from .match import bare, fold_words

# All word lists are folded (normalize(): أإآ→ا, ى→ي, ة→ه, ؤ→و, ئ→ي) by fold_words, so spelling
# variants users type ("متى"/"متي", "أين"/"اين") meet the same entry.
_WHEN = fold_words({"متي", "متا"})
_HOW_MANY = fold_words({"كم", "بكم", "لكم"})
_WHERE = fold_words({"اين", "لاين", "وين"})
_WHO = fold_words({"من", "لمن", "ممن", "بمن", "عمن"})
_WHY = fold_words({"لماذا", "لمادا", "لمازا", "لم"})
_HOW = fold_words({"كيف"})
_YESNO = fold_words({"هل", "اهل"})
_OR = normalize("أم")  # ("هل … أم …؟": a choice between two)
_WHAT = fold_words({"ما", "ماذا", "مادا", "مازا", "ماهي", "ماهو", "بماذا", "بمادا", "بمازا", "بما", "لما", "عما",
                    "فيما", "ماالذي", "ماسم"})
_WHICH = fold_words({"اي", "ايه", "باي", "لاي", "في_اي"})
_LIST_VERBS = fold_words({"اذكر", "اذكري", "عدد", "اعط", "اعطي", "اعطني", "عددي", "سم"})
_PREPOSITIONS = fold_words({"في", "فى", "الي", "علي", "مع", "عن", "الى", "خلال", "منذ", "بعد", "قبل", "حسب", "وفق",
                            "و", "-"})

# Nouns that, right after the interrogative, fix the answer type ("ما عدد…", "في أي عام…").
_DATE_NOUNS = fold_words({"عام", "سنه", "العام", "السنه", "تاريخ", "قرن", "القرن", "شهر", "يوم", "عقد", "فتره", "وقت",
                          "زمن", "الفتره", "الوقت", "العصر", "عصر", "التاريخ"})
_NUMBER_NOUNS = fold_words(set(lexicon.NUMBER_NOUNS))
_PLACE_NOUNS = fold_words({"مدينه", "دوله", "بلد", "مكان", "منطقه", "قاره", "ولايه", "محافظه", "جزيره", "بلاد",
                           "مقاطعه", "قريه", "عاصمه", "مدن", "دول", "البلد", "المدينه", "الدوله", "المكان",
                           "المنطقه"})
_PERSON_NOUNS = fold_words({"شخص", "رئيس", "ملك", "لاعب", "فريق", "شركه", "منظمه", "حزب", "جهه", "الشخص", "مؤسس",
                            "موسس", "كاتب", "مؤلف", "مولف", "قائد", "امير", "خليفه", "سلطان", "مخرج", "فنان"})
_NAME_NOUNS = fold_words({"اسم", "لقب", "الاسم", "اللقب", "كنيه"})
_LIST_NOUNS = fold_words({"اسباب", "نتائج", "عوامل", "انواع", "اهم", "ابرز", "مراحل", "خصائص", "مميزات", "اقسام",
                          "اشكال", "فوائد", "اضرار", "مكونات", "شروط", "اهداف", "عناصر", "طرق", "وسائل", "انجازات",
                          "مظاهر", "اثار", "اعراض", "ميزات", "صفات", "اعمال", "مجالات", "تداعيات", "مطالب", "بنود"})
_PLURAL_HEADS = fold_words({"الدول", "المدن", "الاشياء", "الاسماء", "الاماكن", "الطرق", "العوامل", "الامور",
                            "المناطق", "اللغات", "الاسباب", "النتائج", "الانواع", "الخطوات", "المراحل"})
_RECENCY = fold_words({"اخر", "احدث", "موخرا", "مؤخرا", "الاخير", "الاخيره", "حاليا", "الان", "الحالي", "الحاليه",
                       "جديد"})
# Words of question phrasing that are never focus terms even when the analyzer keeps them.
_QUESTION_WORDS = (_WHEN | _HOW_MANY | _WHERE | _WHO | _WHY | _HOW | _YESNO | _WHAT | _WHICH | _LIST_VERBS
                   | fold_words({"هو", "هي", "الذي", "التي", "الذين", "اللذان", "يتم", "تم", "كان", "كانت", "يكون",
                                 "تكون", "اسم", "ماسم"}))

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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
    # ``counted`` is surely a noun, not the verb after كم ("كم يزن"، "كم جمعت"): it follows عدد, has ال,
    # or has the shape of the noun كم takes ("كم شخصاً"، "كم مرة").
    counted_is_noun: bool = False
    # A who-question naming the one asked by a noun and a relative clause ("من هو الحاكم الألماني الذي دعا…"):
    # (folded word, stem) of the clause's verb, the deed whose agent is asked; else None (:func:`_relative_verb`).
    relative: tuple[str, str] | None = None


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
    plain = noun[2:] if noun.startswith("ال") else noun
    if noun in _DATE_NOUNS or plain in _DATE_NOUNS:
        return "date"
    if noun in _NUMBER_NOUNS or plain in _NUMBER_NOUNS:
        return "number"
    if noun in _PLACE_NOUNS or plain in _PLACE_NOUNS:
        return "place"
    if noun in _PERSON_NOUNS or plain in _PERSON_NOUNS or plain in _NAME_NOUNS:
        return "person"
    if plain in _LIST_NOUNS:
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
            # "هل التركيز عالٍ أم قليل؟" asks to choose, not to confirm: نعم / لا would answer nothing (round 25: نعم).
            # The choice's "أم" stands among the last three words, past the verb's own ("هل زارت أم كلثوم باريس؟")
            return ("what", "description") if _OR in words[max(i + 3, len(words) - 3):] else ("yesno", "yesno")
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
        from ..arabic import get_analyzer

        analyzer = get_analyzer()
    words = _question_words(question or "")
    qtype, answer_type = _classify(words)
    counted = _counted_noun(words) if answer_type == "number" else ""
    focus: list[str] = []
    focus_norms: list[tuple[str, str]] = []
    for tok in analyzer.tokens(question or ""):
        if tok.stop or tok.norm in _QUESTION_WORDS or not tok.stem:
            continue
        focus_norms.append((tok.norm, tok.stem))
        if tok.stem not in focus:
            focus.append(tok.stem)
    verb = _relative_verb(question or "", words) if qtype == "who" else ""
    return QuestionInfo(qtype=qtype, answer_type=answer_type, focus=focus,
                        recency=any(w in _RECENCY for w in words), words=set(words), focus_norms=focus_norms,
                        counted=counted, counted_is_noun=bool(counted) and _is_noun(counted, words),
                        relative=next((w for w in focus_norms if w[0] == verb), None) if verb else None)


_RELATIVES = fold_words({"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين"})
_HEAD_COPULAS = fold_words({"هو", "هي", "هم", "كان", "كانت"})
# After الذي these tell no deed of the head ("الذي يعتبر أول…", "الذي تم انتقاده", "الذي كان من…"; "الذي قام
# بربط …" tells it by the noun after قام, which no verb of the sentence need share).
_NO_DEED = _QUESTION_WORDS | fold_words({"يعتبر", "تعتبر", "اعتبر", "يعد", "تعد", "عد", "يسمى", "تسمى", "سمي",
                                         "سميت", "اسمه", "اسمها", "لقب", "يلقب", "تلقب", "عرف", "يعرف", "تعرف",
                                         "قام", "قامت", "قاموا", "يقوم", "تقوم"})
# A preposition carrying the head back after the verb makes it no agent ("المبادئ التي بني عليها", "الذي يسمح له").
_HEAD_OBJECT = fold_words({f"{p}{e}" for p in ("علي", "ب", "ل", "من", "في", "الي", "عن", "مع") for e in ("ه", "ها", "هم")}
                          | {"منه", "منها", "عنه", "عنها", "إليه", "إليها", "عليه", "عليها", "لديه", "لديها"})
_HEAD_REACH = 4  # words of the head noun phrase between the interrogative and الذي, at most
_DAMMA = "\u064f"


def _relative_verb(question: str, words: list[str]) -> str:
    """The folded verb of the relative clause that tells what the one asked did: "من هو الحاكم الألماني الذي دعا
    الهوغونتيين" asks the agent of دعا (the sentence "دعا فريدريك وليام …" never names a الحاكم). Only "من"
    [هو] + a head of 1–4 words + الذي / التي + a word that is no article noun, auxiliary or naming verb, and not
    written as a passive ("الذي سُميت … باسمه" asks whom a thing is named after, not who named it); else ""."""
    if not words or words[0] not in _WHO:
        return ""
    start = 2 if len(words) > 1 and words[1] in _HEAD_COPULAS else 1
    if start == 1 and not words[1].startswith("ال"):
        return ""  # "من كتب الورقة التي …": the word after من may be the verb asked itself
    at = next((k for k in range(start + 1, min(len(words) - 1, start + _HEAD_REACH + 1)) if words[k] in _RELATIVES), None)
    if at is None or any(w in _RELATIVES or w in _WHO for w in words[start:at]):
        return ""
    verb, after = words[at + 1], words[at + 2] if at + 2 < len(words) else ""
    if verb.startswith("ال") or verb in _NO_DEED or len(verb) < 3 or after in _HEAD_OBJECT:
        return ""
    raw = [t.strip("؟?،,.") for t in question.split()]
    at_raw = next((k for k, t in enumerate(raw) if normalize(t) == verb), None)
    written = raw[at_raw] if at_raw is not None else ""
    core = written[1:] if written[:1] in "وف" and len(verb) > 4 else written
    if _DAMMA in core[1:2]:
        return ""  # "الذي سُميت …": a passive
    # The verb or the word after it carries a pronoun in ه (not ة): "الذي حاصره الطلاب" (the head is its
    # object), "الذي ساعد تصريحه" (his statement helped: the subject is not the head itself).
    nxt = raw[at_raw + 1] if at_raw is not None and at_raw + 1 < len(raw) else ""
    if (written.endswith(("ه", "ها", "هم")) and len(verb) >= 4) or (nxt.endswith("ه") and not nxt.startswith("ال")):
        return ""
    return verb


_COPULAS = {"بلغ", "يبل", "تبل", "وصل", "يصل", "تصل", "كان", "يكو", "تكو"}  # first three letters
# بلغ / وصل only: after "كم كانت" the word is as often an adjective or a measure ("كم كان متوسط…")
# as the thing counted (measured on bench/qa.py's folds: كان cost two right counts, saved one).
_REACHES = {"بلغ", "يبل", "تبل", "وصل", "يصل", "تصل"}


def _counted_noun(words: list[str]) -> str:
    """The noun a how-many question counts: the word after كم, or after عدد ("كم عدد ضحايا" → ضحايا)."""
    for i, w in enumerate(words[:-1]):
        if w in _HOW_MANY or w in {"عدد", "العدد"}:
            nxt = words[i + 1]
            if nxt in {"عدد", "العدد"} and i + 2 < len(words):
                nxt = words[i + 2]
            if _copula(nxt) and i + 2 < len(words):
                nxt = words[i + 2]  # "كم بلغت قوة الزلزال": the noun after the verb
            if nxt not in {"عدد", "العدد"}:
                return nxt
    return ""


def _is_noun(counted: str, words: list[str]) -> bool:
    """The counted word is a noun: it follows عدد ("كم عدد الأطفال"), has the article, or ends as the
    noun after كم does ("شخصاً" → شخصا، "مرة" → مره); a verb after كم ("يزن"، "جمعت") ends otherwise."""
    after_number_word = any(w in {"عدد", "العدد"} and nxt == counted for w, nxt in zip(words, words[1:]))
    # The subject of بلغ / وصل after كم is what is counted ("كم بلغت خسائر مصر": the losses; "كم بلغت
    # تكاليف التعويم": a noun in ت too, no verb follows بلغ), unless it is a verb of reaching itself.
    after_copula = any((w[:3] in _REACHES or bare(w)[:3] in _REACHES) and nxt == counted for w, nxt in zip(words, words[1:])) \
        and not _copula(counted)
    return after_number_word or after_copula or counted.startswith("ال") or counted.endswith(("ا", "ه"))


def _copula(word: str) -> bool:
    return word[:3] in _COPULAS or bare(word)[:3] in _COPULAS


def only_question_words(text: str, words: set[str]) -> bool:
    """``text`` (a date or number mention of a sentence) is made of the question's own ``words``
    only (QuestionInfo.words): it repeats the question instead of answering it."""
    return set(_WORD.findall(normalize(text))) <= words


_SKIP_AFTER = fold_words({"هو", "هي", "هم", "الذي", "التي", "الذين", "ما", "ماذا", "عدد", "كان", "كانت"})


def statement_of(question: str, info: QuestionInfo, slot: str) -> str:
    """The question as a statement with the answer slot open, for the claim checker:
    "من فاز بكأس العالم 2018؟" → "[?] فاز بكأس العالم 2018"; a yes/no question has no slot."""
    raw = question.strip().rstrip("؟?!.، ").split()
    folded = [normalize(w) for w in raw]
    at = next((i for i, w in enumerate(folded[:12])
               if w in _WHEN or w in _HOW_MANY or w in _WHERE or w in _WHY or w in _HOW or w in _YESNO
               or w in _WHAT or w in _WHICH or (w in _WHO and (i == 0 or folded[i - 1] in _PREPOSITIONS))), -1)
    rest = raw[at + 1:]
    while rest and normalize(rest[0]) in _SKIP_AFTER:
        rest = rest[1:]
    if info.qtype == "yesno" or not rest:
        return " ".join(rest)
    if info.qtype == "who":
        return " ".join([slot, *rest])
    return " ".join([*rest, slot])
