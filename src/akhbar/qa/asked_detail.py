"""A detail of the question the chosen sentence was never checked against (round 39): the deputy of an office, a past
deed dated after its own article, the family of people a count of the sentence belongs to.

- **A deputy** (lexicon.DEPUTY_WORDS right before an office: "من هو نائب رئيس الاتحاد؟"). A sentence naming the
  office with no deputy word names its head: "انتخب المؤتمر … فلانة رئيسة للاتحاد" gave the president's name for the
  vice-president (held out 25, 0.86). :func:`asked_deputy` reads it as a constraint, :func:`deputy_unmet` says a
  sentence writes no deputy word.
- **A past deed dated ahead** (:func:`dated_ahead`). "متى افتتحت الجامعة كلية الهندسة؟" was answered "2026" from an
  article of 2025 saying the college is its new head's first aim: a date in a year after the article's is a plan's, and
  tells nothing of a deed the question asks as done. A question in the present or future ("متى تصل …؟")
  is answered by it.
- **A count of another family of people** (:func:`count_of_another_kind`). "كم طفلاً نجا …؟" was answered "5 أطفال"
  from "… وفاة 14 شخصاً، بينهم 5 أطفال" (the children are of the dead), and "كم شخصاً أصيب …؟" with the sentence alone
  and no number (0.93) when it counts the dead only: the family asked (qa.counts.asked_kind) must be the short answer's,
  or, with no short answer, some count of the sentence's.
- **No count of the noun asked** (:func:`counts_no_noun`). "كم مترشحاً نجح في الدورة التكميلية …؟" was answered, with
  no short answer, by "وستنظم الدورة التكميلية … للمترشحين الذين تراوحت معدلاتهم بين 8 و10" (held out 24, 0.87): its
  numbers are grades; with "12 و15" as ages, "12" was the short answer. A how-many question counting a noun is not
  answered by a sentence whose every number counts something else (:func:`counts_no_noun`).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..arabic import Analyzer, normalize, without_conjunction
from .constraints import Constraint
from .cost import money_word
from .counts import asked_kind, asked_only_kind, part_kind, tells_kind
from .evidence import CLAUSE_BREAK, Sentence, ShortAnswer
from .how_many import dual_answer, number_mentions, people_kind, same_noun, unit_kind
from .match import bare
from .question import QuestionInfo

# People counted by age or sex ("كم طفلاً نجا"): a family of people by the question's verb, as "كم شخصاً" is (the
# counted nouns of qa.how_many are left as they are: there "طفلاً" would take "14 شخصاً" for the children's count).
_PERSONS = frozenset(bare(normalize(w)) for w in ("طفلاً", "طفل", "طفلة", "امرأة", "رجلاً", "رجل"))
_DEPUTIES = frozenset(bare(normalize(w)) for w in lexicon.DEPUTY_WORDS)
_OFFICES = frozenset(bare(normalize(w)) for w in (*lexicon.ROLE_NOUNS, *lexicon.HOLDER_OFFICES))
# a glued pronoun or the tanween's alif after a deputy word ("نائبه"، "نائبا"، "نائبين")
_ENDS = ("", "ا", "ه", "ها", "هم", "ين", "ان", "ي")


def _deputy_word(norm: str) -> bool:
    word = bare(norm)
    return any(word == d + e for d in _DEPUTIES for e in _ENDS)


def asked_deputy(question: str, analyzer: Analyzer) -> Constraint | None:
    """The deputy word and the office after it ("نائب رئيس"), as a constraint of kind "name", or None."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    for t, nxt in zip(toks, toks[1:]):
        if bare(t.norm) in _DEPUTIES and bare(nxt.norm) in _OFFICES:
            return Constraint("name", question[t.start:nxt.end], words=((t.norm, t.stem),))
    return None


def deputy_unmet(c: Constraint | None, sent: Sentence) -> list[Constraint]:
    """``[c]`` when the sentence writes no deputy word, else ``[]``."""
    if c is None or any(_deputy_word(n) for n in sent.norms):
        return []
    return [c]


_SCORE = frozenset(normalize(w) for w in ("نتيجة", "بنتيجة", "النتيجة"))


def asks_score(question: str) -> bool:
    """The question asks a match's score ("بأي نتيجة فاز …؟")."""
    return bool(_SCORE & set(normalize(question).split()))


# The first letters of a verb in the present ("تصل"، "يبدأ"، "نلتقي") or the future ("ستقام"، "سيبدأ").
_PRESENT = ("ي", "ت", "ن", "سي", "ست", "سن")


def _asks_past(question: str, analyzer: Analyzer) -> bool:
    """The word after "متى" is a verb in the past: ending on the feminine "ت" ("افتتحت"، "تأسست"), or opening on no
    letter of the present ("افتتح"، "وقع"). "متى تصل …؟"، "متى سيبدأ …؟" are not; nor is a noun ("متى موعد …؟")."""
    norms = [t.norm for t in analyzer.tokens(question) if t.norm]
    if len(norms) < 2 or norms[0] != normalize("متى"):
        return False
    verb = norms[1]
    if verb.startswith(("ال", "مو")) or len(verb) < 3:
        return False
    return verb.endswith("ت") or not verb.startswith(_PRESENT)


def dated_ahead(question: str, analyzer: Analyzer, sent: Sentence, short: ShortAnswer | None) -> bool:
    """The short answer of a when-question asking a past deed is a date in a year after its article's ("2026" in an article
    of 2025-09-05); with no short answer, every date the sentence writes is."""
    if not sent.cand.published or not _asks_past(question, analyzer):
        return False
    if short is not None:
        return bool(short.normalized) and _after(short.normalized or "", sent.cand.published)
    return bool(sent.dates) and all(_after(m.iso, sent.cand.published) for m in sent.dates)


def _after(told: str, published: str) -> bool:
    """A later year than the article's: a month or a day later in its own year may be a page's date gone astray ("وتسلمت
    الجائزة في ديسمبر 1995" on a page dated October 1995)."""
    return told[:4].isdigit() and published[:4].isdigit() and told[:4] > published[:4]


def count_of_another_kind(sent: Sentence, info: QuestionInfo, short: ShortAnswer | None, deed_told: bool) -> bool:
    """A how-many question counting a family of people (the injured, the rescued): the short answer is a part after a
    partitive ("بينهم 5 أطفال") of a count of another family, or a count told by another family's own verb or noun ("فقتل
    ثلاثة أشخاص وأصيب 40" for "كم شخصاً أصيب": the three are the dead, round 40); or, with no short answer, the sentence
    does not tell the question's deed (``deed_told``) and no count of it is of the family asked while some count is of
    another."""
    kind = people_kind(info) or (asked_kind(info, True) if bare(info.counted or "") in _PERSONS else "")
    if not kind:
        return False
    if short is not None:
        told = part_kind(sent, short.start, short.end)
        return bool(told) and told != kind
    if deed_told and not (asked_only_kind(info) == kind and not tells_kind(sent, kind)):
        return False  # (the floods told are no deed of the missing: "كم شخصاً فقد في السيول؟", round 40)
    kinds = [part_kind(sent, s, e) for s, e in number_mentions(sent, info)]
    return kind not in kinds and any(kinds)


def counts_no_noun(question: str, sent: Sentence, info: QuestionInfo) -> bool:
    """A how-many question counting a noun that is no unit ("كم مترشحاً …؟"), and every number of the sentence counts
    something else: a unit, a duration or a share follows it ("عاماً"، "دولار"، "في المئة"), or it opens or closes a range that no noun
    follows ("بين 8 و10."، "بين 12 و15 عاماً"). A number followed by any other word, or ending its clause, may count the
    noun asked ("3 نساء" for "كم امرأة"; "ارتفع عدد القتلى إلى 14."), and so may a dual of it."""
    counted = bare(info.counted or "")
    if info.answer_type != "number" or not info.counted_is_noun or not _tamyiz(question, info) \
            or unit_kind(counted) or unit_kind(counted[:-1]) or dual_answer(sent, info) is not None \
            or _plain(counted) in _TIMES or money_word(_plain(info.counted or "")):
        return False  # (a count of times or of coins asked is told by "مرات" or "فلساً" itself)
    mentions = number_mentions(sent, info)
    ranges = [(m.start(), m.end()) for m in _RANGE.finditer(sent.text) if _counts_else(sent, m.end(), bare_end=True)]
    return bool(mentions) and all(any(a <= s and e <= b for a, b in ranges) or _counts_else(sent, e) for s, e in mentions)


def _tamyiz(question: str, info: QuestionInfo) -> bool:
    """The question's counted noun stands right after "كم" with the tanween's alif ("كم مترشحاً"، "كم طفلاً"): a thing
    counted one by one. Not a measure or a sum asked by its noun ("كم تبلغ السعة …"، "كم غرامة فرضت …")."""
    words = [normalize(w) for w in re.findall(r"\w+", question)]
    return any(a == _HOW_MANY and b == info.counted and b.endswith("ا") for a, b in zip(words, words[1:]))


_HOW_MANY = normalize("كم")
_IN = normalize("في")
_SHARES = frozenset(normalize(w) for w in ("المئة", "المائة", "بالمئة", "بالمائة", "المية"))
# "بين 8 و10": a range of two numbers
_RANGE = re.compile(r"بين\s+\d+(?:[.,]\d+)?\s+و\s*\d+(?:[.,]\d+)?")


def _counts_else(sent: Sentence, end: int, bare_end: bool = False) -> bool:
    """A unit or a duration follows the number ending at ``end`` (with ``bare_end``, the end of its clause too)."""
    k = next((x for x, (a, _) in enumerate(sent.spans) if a >= end), len(sent.spans))
    if "%" in sent.text[max(end - 1, 0):end + 2] or sent.norms[sent.token_at(max(end - 1, 0))] in _SHARES:
        return True  # a share ("96.4%"، a mention read with its "في المئة")
    if k >= len(sent.spans) or CLAUSE_BREAK.search(sent.text[end:sent.spans[k][0]]):
        return bare_end
    # (a share: "بمعدل 96.4 في المئة" counts no student; round 41)
    share = sent.norms[k] in _SHARES or sent.norms[k] == _IN and k + 1 < len(sent.norms) and sent.norms[k + 1] in _SHARES
    # (a multiple or a sum of money, "غطي 4.3 مرات"، "بسعر 240 فلساً للسهم", counts no share of stock: held out 31, round 45)
    word = _plain(bare(sent.norms[k]))
    return share or bool(unit_kind(bare(sent.norms[k]))) or (bare_end and not sent.stems[k]) or word in _TIMES \
        or money_word(_plain(sent.norms[k]))


def _plain(norm: str) -> str:
    """A folded noun without the tanween alif ("فلسا" → "فلس")."""
    return norm[:-1] if norm.endswith("ا") and len(norm) > 3 else norm


# Where the people counted stand, or the deed they did once (lexicon.COUNT_STANDINGS / COUNT_ONCE_DEEDS), coming in
# (COUNT_JOINING_DEEDS) or going out, with a verb's person or a noun's plural after it ("تخرجوا"، "الخريجين"، "يضمها").
_HOW_TOLD = {"standing": tuple(normalize(w) for w in lexicon.COUNT_STANDINGS),
             "joining": tuple(normalize(w) for w in lexicon.COUNT_JOINING_DEEDS),
             "leaving": tuple(normalize(w) for w in lexicon.COUNT_ONCE_DEEDS if w not in lexicon.COUNT_JOINING_DEEDS)}
_TOLD_ENDS = ("", "ه", "ها", "هم", "ت", "وا", "ا", "ين", "ون", "ي", "ات")


def _how_told(norm: str) -> str:
    for w in dict.fromkeys((norm, bare(norm), without_conjunction(norm))):
        for how, stems in _HOW_TOLD.items():
            if any(w.startswith(s) and w[len(s):] in _TOLD_ENDS for s in stems):
                return how
    return ""


def told_the_other_way(sent: Sentence, info: QuestionInfo) -> bool:
    """A how-many question asks people by where they stand ("كم طالباً يدرس …؟") or by a deed done once ("كم طالباً تخرج
    …؟"), and the sentence tells its people only the other way: "وتضم الجامعة … نحو 7500 طالب" holds no graduates
    (held out 25, 0.78), "احتفلت الجامعة بتخريج 1250 طالباً" no students enrolled, nor those who joined it this year
    (round 41). A sentence telling both ways, or neither, is left as it is."""
    if info.answer_type != "number":
        return False
    asked = {h for h in (_how_told(n) for n, _ in info.focus_norms) if h}
    if len(asked) != 1:
        return False
    told = {h for h in (_how_told(n) for n in sent.norms) if h}
    return bool(told) and not (told & asked)


def counts_named_otherwise(sent: Sentence, info: QuestionInfo, short: ShortAnswer | None) -> bool:
    """A how-many question counting a noun, no count of it found in the sentence (``short`` None), and every number of
    the sentence followed right away by another noun it counts ("بواقع ثلاث رحلات أسبوعياً على طائرات إيرباص" for "كم
    طائرة يضم أسطول الشركة؟": the flights are counted, the planes only named; held out 29 showed it at 0.77 with no
    short answer, round 43). A number ending its clause, or followed by a particle, may count the noun asked elliptically."""
    counted = bare(info.counted or "")
    if info.answer_type != "number" or short is not None or not info.counted_is_noun or not _tamyiz_of(info) \
            or unit_kind(counted) or unit_kind(counted[:-1]) or counted in _TIMES:
        return False  # (nor "كم مرة": an ordinal, "ليتوج بالكأس للمرة الرابعة", tells how many times)
    mentions = number_mentions(sent, info)

    def named_after(end: int) -> bool:
        # (a unit, a scale or a share after it is no other noun: "5 ملايين طفل" may count the children asked)
        k = next((x for x, (a, _) in enumerate(sent.spans) if a >= end), len(sent.spans))
        if k >= len(sent.spans) or CLAUSE_BREAK.search(sent.text[end:sent.spans[k][0]]) or not sent.stems[k]:
            return False
        word = bare(sent.norms[k])
        return not sent.norms[k][:1].isdigit() and not unit_kind(word) and not _counts_else(sent, end) \
            and word not in _SCALES and not same_noun(word, counted) and word[:3] != counted[:3]

    return bool(mentions) and all(named_after(e) for _, e in mentions)


_TIMES = frozenset(bare(normalize(w)) for w in lexicon.TIMES_NOUNS)
_SCALES = frozenset(bare(normalize(w)) for w in ("ألف", "آلاف", "ألفا", "مليون", "ملايين", "مليار", "مليارات", "مئة", "مائة"))


def _tamyiz_of(info: QuestionInfo) -> bool:
    """The counted noun right after "كم" ("كم طائرة"، "كم مترشحاً")."""
    words = [n for n, _ in info.focus_norms]
    return bool(words) and bare(words[0]) == bare(info.counted or "")


_MOVES = frozenset(bare(normalize(w)) for w in lexicon.LEVEL_MOVES)
_KEPT = frozenset(bare(normalize(w)) for w in lexicon.KEPT_LEVEL_WORDS)


def kept_not_moved(info: QuestionInfo, sent: Sentence) -> bool:
    """A number asked of a level moved (the question's first word a rise or a fall, a raise or a cut: "إلى كم خفض البنك
    المركزي … نسبة الاحتياطي الإلزامي؟") and a sentence telling that level kept where it stood, no move in it ("وأبقت
    اللجنة نسبة الاحتياطي الإلزامي للبنوك عند 5 في المئة"): the level it gives was reached by no move (held out 30
    answered "5 في المئة", 0.96; round 44). The cut told in another sentence is of another rate."""
    if info.answer_type != "number" or not info.focus_norms or bare(info.focus_norms[0][0]) not in _MOVES:
        return False
    words = {bare(n) for n in sent.norms}
    return bool(words & _KEPT) and not words & _MOVES


_EXPECTED = frozenset(without_conjunction(normalize(w)) for w in lexicon.EXPECTED_HEADS)
_THAT_WORDS = frozenset(normalize(w) for w in ("أن", "بأن"))


def _present_of(told: str, asked: str) -> bool:
    """The sentence's word is the present or the future of the question's past: "ينقل" / "سينقل" of "نقل", "تنقل" of
    "نقلت"."""
    core = asked[:-1] if asked.endswith("ت") and len(asked) > 3 else asked
    return told != asked and any(told == p + w for p in ("ي", "ت", "سي", "ست") for w in {asked, core})


def expected_only(sent: Sentence, asked: str) -> bool:
    """The question's deed (``asked``, its folded past: "كم راكباً نقل ترامواي باتنة في يومه الأول؟") is told in the
    sentence only as expected: its present after "أن" under a head of expecting ("ويتوقع أن ينقل الترامواي نحو 50 ألف
    راكب يومياً"), or its future, and never as the past asked. The count is a forecast, no deed done (held out 30, 0.96;
    round 44). A question asking the forecast writes the present itself ("كم راكباً يتوقع أن ينقل …؟")."""
    if not asked:
        return False
    told = [without_conjunction(n) for n in sent.norms]
    if asked in told:
        return False
    at = [p for p, w in enumerate(told) if _present_of(w, asked)]

    def expected(p: int) -> bool:
        if told[p].startswith(("سي", "ست")) and not asked.startswith(("سي", "ست")):
            return True
        return p >= 2 and sent.norms[p - 1] in _THAT_WORDS and any(told[k] in _EXPECTED for k in range(max(p - 3, 0), p - 1))

    return bool(at) and all(expected(p) for p in at)


_OPPOSITES = tuple((frozenset(normalize(w) for w in a), frozenset(normalize(w) for w in b))
                   for pair in lexicon.OPPOSITE_COUNT_DEEDS for a, b in (pair, pair[::-1]))


def told_the_opposite_deed(sent: Sentence, info: QuestionInfo) -> bool:
    """A how-many question whose verb is a deed of lexicon.OPPOSITE_COUNT_DEEDS ("كم أسرة عادت …؟") and a sentence writing
    its opposite ("غادرت") and no word of the deed: its counts are of the opposite deed (held out 31 answered "قرابة 320
    أسرة" and "41 معصرة", 0.89; round 45)."""
    if info.answer_type != "number":
        return False
    asked = {without_conjunction(n) for n, _ in info.focus_norms}
    told = {without_conjunction(n) for n in sent.norms}
    return any(asked & deed and told & other and not told & deed for deed, other in _OPPOSITES)
