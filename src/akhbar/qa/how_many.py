"""How-many answers, for :mod:`akhbar.qa.short`: the count of what the question counts.

A sentence tells many numbers; the answer is the one counting the question's noun ("أكثر من 200 شخص"),
not a duration, a distance or a count of other people:

- :func:`number_mentions`: the numbers of a sentence that may answer (no durations or measures unless
  asked, people counts only for people);
- :func:`number_owner`, :func:`tied_elsewhere`: the noun a number belongs to ("بتعويض قدره 916 مليون",
  "بلغت الخسائر 12 مليون": the noun after بلغ is counted), so a count tied to another noun is no answer;
- :func:`counted_words`, :func:`names_counted`: the question's counted noun (with its broken plurals and
  related words) held to its number;
- :func:`people_kind`, :func:`counts_other_people`: which people a count counts (:mod:`akhbar.qa.counts`);
- :func:`number_answer`: the count nearest the question's words, with its qualifier ("أكثر من") and noun.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import lexicon
from ..arabic import get_analyzer, without_conjunction
from ..numbers import find_numbers, scale_of
from ..values import qualifier_start
from ..wordtables import noun_root
from .asked_measure import asked_past_period, asks_duration, asks_price, asks_sum, no_price, of_the_asked_period, sum_mentions
from .counts import (
    asked_kind,
    asked_persons,
    asked_places,
    life_kind_of_unlisted,
    mention_kind,
    ordinal_nouns,
    other_people,
    set_against_the_party,
    told_elsewhere,
    told_of_another,
    unlisted_people_told_otherwise,
    word_kind,
)
from .evidence import CLAUSE_BREAK, Sentence, ShortAnswer, matched_positions, token_distance
from .match import bare, fold_words, fuzzy, related_words, skeleton
from .names import PLACES
from .partitives import whole_over_part
from .question import QuestionInfo, only_question_words
from .roles import event_positions

_TIME_UNITS = fold_words(set(lexicon.TIME_UNITS))
_MEASURE_UNITS = fold_words(set(lexicon.MEASURE_UNITS))


# Counted nouns that are people: a how-many question about them wants a head count, not a measure.
_PEOPLE_NOUNS = fold_words({"ضحايا", "قتلي", "جرحي", "مصابين", "اشخاص", "شخص", "سكان", "السكان", "لاجيين", "نازحين",
                            "مواطنين", "طلاب", "عمال", "موظفين", "جنود", "اعضاء", "لاعبين", "مشاركين", "زوار", "سياح",
                            "معتقلين", "اسري", "مهاجرين", "نسمه", "افراد", "عسكري", "عسكريين", "مدني", "مدنيين",
                            "جندي",
                            # (the singular after كم: "كم عاملاً أصيب" counts workers as "كم شخصاً" counts persons)
                            "عامل", "موظف", "طالب", "لاعب", "مواطن", "مهاجر", "لاجي", "زاير", "سايح",
                            # (people news counts by their trade or side: "كم حارساً قتل" asks for guards, and a
                            # count of fishermen or of wounded guards is no answer; the lead's round 27 probe)
                            "حارس", "حراس", "صياد", "صيادين", "شرطي", "شرطيين", "ضابط", "ضباط", "مسلح", "مسلحين",
                            "مقاتل", "مقاتلين", "راكب", "ركاب", "صحفي", "صحفيين", "طبيب", "اطباء",
                            "مسعف", "مسعفين", "متظاهر", "متظاهرين", "سجين", "سجناء"})
_PEOPLE_DUALS = fold_words(set(lexicon.PEOPLE_DUALS))
_STANCES = fold_words(set(lexicon.STANCE_ROLES))
# Of them, the ones that count people of any sort: "كم شخصاً قتل" is answered by "قتل أربعة مدنيين".
_ANY_PEOPLE = fold_words({"ضحايا", "اشخاص", "شخص", "افراد", "نسمه"})
# Verbs whose subject a number after them measures ("بلغت الخسائر 12 مليون"), by their first three letters.
_COPULA_STARTS = {"بلغ", "يبل", "تبل", "وصل", "يصل", "تصل", "قدر", "تقد", "يقد", "ناه", "قار", "تجا"}
COPULA_REACH = 6  # tokens between the noun after بلغ and its number, at most
# Words tying a number to the noun before them ("بتعويض قدره 916 مليون"), as written, and one-letter
# clitics they may carry ("وقدره"); folded whole, so "بقيمة" is not "قيمة الصفقة 5" (whose number is
# the noun after it).
_TIES = fold_words(set(lexicon.NUMBER_TIES))
TIE_REACH = 3  # tokens from a tie word to its number, at most ("قدره نحو 916")
_RELATIVES = fold_words(set(lexicon.RELATIVE_PRONOUNS))
_POSSESSIVES = ("هما", "ها", "هم", "ه")  # a noun's pronoun ending: "طولها", "مساحته"
# Places a counted noun may be told of in construct ("عدد سكان العالم"): the lexicon's places and the whole
# world. A generic noun there ("سكان المدينة") may be the asked place itself, so it names no other owner.
_OWNER_PLACES = PLACES | fold_words(set(lexicon.WHOLE_WORLD))
# Words setting one count against another ("91.3 في المئة مقابل 89.7 في المئة في امتحانات 2024").
_AGAINST = fold_words(set(lexicon.COUNT_AGAINST))
AGAINST_REACH = 3  # tokens between a count and the one set against it ("في المئة مقابل"), at most
# A part taken of the count before ("وتقدم للامتحانات 21 ألف طالب، حصل 640 منهم على …"): the number before it counts the
# noun of that count.
_OF_THEM = fold_words(set(lexicon.PARTITIVES) - {"بينهم", "بينهن"})


def _unit_after(sent: Sentence, end: int) -> str:
    """The folded word right after a number (its counted noun or unit: "200 شخص" → شخص), clitics off."""
    return bare(_word_after(sent, end))


def _word_after(sent: Sentence, end: int) -> str:
    """The folded word right after a number, as written."""
    return next((norm for (s, _), norm in zip(sent.spans, sent.norms) if s >= end), "")


def _shape(norm: str) -> tuple[str, str] | None:
    """A folded noun as the doer of a root ("doer": فاعل, باحث، لاعب، عامل, with its endings) or as the root's deed or
    thing ("deed": فعل, أفعال, فعول: بحث، أبحاث، بحوث، عمل، أعمال), with the root; None for other shapes (a plural فعّال,
    طلاب، عمال، كتاب, is read as neither: it may be the doer's)."""
    w = norm[2:] if norm.startswith("ال") and len(norm) >= 5 else norm
    for suffix in ("ين", "ون", "ات", "ا", "ه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[:-len(suffix)]
            break
    if len(w) == 4 and w[1] == "ا":
        return "doer", w[0] + w[2] + w[3]
    if len(w) == 3:
        return "deed", w
    if len(w) == 5 and w[0] == "ا" and w[3] == "ا":
        return "deed", w[1] + w[2] + w[4]
    if len(w) == 4 and w[2] == "و":
        return "deed", w[0] + w[1] + w[3]
    return None


def doer_and_deed(a: str, b: str) -> bool:
    """Two folded nouns of one root, as written, one its doer's and the other its deed's or thing's (:func:`_shape`): they
    count different things, though skeleton and root join them: "كم بحثاً نشرت الجامعة؟" is not answered by "كرمت الجامعة
    ثلاثين باحثاً" (round 30, the lead's round-29 Next), nor "كم باحثاً" by "140 بحثاً"."""
    x, y = _shape(a), _shape(b)
    return x is not None and y is not None and x[1] == y[1] and x[0] != y[0]


def unit_kind(word: str) -> str:
    """'time' for durations (أيام، عاماً), 'measure' for units (كيلومتر، طن، دولار), else ''."""
    if not word:
        return ""
    word = word[:-1] if word.endswith("ا") and len(word) > 3 else word  # tanween alif: "عاما" → "عام"
    if word in _TIME_UNITS:
        return "time"
    if word in _MEASURE_UNITS:
        return "measure"
    return ""


def _plain(norm: str) -> str:
    """A folded noun without the tanween alif it takes after كم ("جنديا" → "جندي")."""
    return norm[:-1] if norm.endswith("ا") and len(norm) > 3 else norm


def _counts_people(info: QuestionInfo) -> bool:
    return bool(info.counted) and (info.counted in _PEOPLE_NOUNS or bare(info.counted) in _PEOPLE_NOUNS)


def _people(info: QuestionInfo) -> bool:
    """The question counts people; a noun after كم with its tanween alif ("كم شخصاً"، "كم عسكرياً")
    as its plain form does."""
    return _counts_people(info) or _plain(bare(info.counted)) in _PEOPLE_NOUNS


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
    if not kind and not _people(info):  # (a noun no list knows as people, the sentence's families tell: qa.counts)
        return unlisted_people_told_otherwise(sent, info, mentions) and not _dual_of(sent, info, asked_kind(info, True))
    return bool(kind) and other_people(sent, kind, mentions) and not _dual_of(sent, info, kind)


def number_mentions(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Number mentions that may answer the how-many question: not in the question, not part of a date
    (a year is no count), no duration unless the question counts time ("بعد ستة أيام" is no number of
    victims), no measurement when the question counts people ("200 كيلومتر")."""
    dates = [(d.start, d.end) for d in sent.dates]
    lasting = asks_duration(info)  # "كم تستمر الحملة؟": a span of time only (qa.asked_measure, round 45)
    asks_time = unit_kind(bare(info.counted)) == "time" or bool(info.words & {"مده", "المده", "عمر"}) or lasting
    people = _counts_people(info)
    price = asks_price([n for n, _ in info.focus_norms], info)
    out = []
    for m in find_numbers(sent.text):
        if only_question_words(m.text, info.words) or any(s < m.end and m.start < e for s, e in dates):
            continue
        kind = unit_kind(_unit_after(sent, m.end))
        if (kind == "time" and not asks_time) or (kind == "measure" and people) or (m.percent and people) \
                or (lasting and kind != "time") or (price and no_price(sent, m.end)):
            continue
        out.append((m.start, m.end))
    return sum_mentions(sent, out) if asks_sum(info) else out


def _copula(norm: str) -> bool:
    """A verb whose subject a number after it measures (_COPULA_STARTS), read as written too: :func:`bare` takes the ب of
    "بلغت" for a clitic."""
    return without_conjunction(norm)[:3] in _COPULA_STARTS or bare(norm)[:3] in _COPULA_STARTS


def _in_the_asked_clause(sent: Sentence, info: QuestionInfo, mentions: list[tuple[int, int]],
                         names: tuple[tuple[tuple[str, str], ...], ...] = ()) -> list[tuple[int, int]]:
    """Of several counts of the asked noun, those in the clause of the question's verb (the word after the counted noun, or
    a verb of measure before it, "كم بلغت كلفة …":
    "كم أسرة حصلت على بطاقات جديدة؟" against "وصل عدد المستفيدين إلى 40 ألف أسرة، حصلت منها 12 ألف أسرة على بطاقات
    جديدة" is 12 thousand; TRUST BUG, round 25: the nearest count to the question's words, 40 thousand, was shown). All
    of them when that verb stands in none of their clauses."""
    if len(mentions) < 2:
        return mentions

    clause = sent.clause_at

    # The question's ordinal first: "كم عارضاً شارك في الدورة العاشرة؟" against "… دورته العاشرة بمشاركة 85 عارضاً،
    # بعد أن شارك في الدورة التاسعة 60 عارضاً" counts the tenth's 85, in the clause that names it.
    bounds = sent.clause_bounds
    asked = ordinal_nouns([n for n, _ in info.focus_norms], [st for _, st in info.focus_norms])
    if asked:
        told = {c: ordinal_nouns(sent.norms[a:b], sent.stems[a:b]) for c, (a, b) in enumerate(zip(bounds, bounds[1:]))}
        named = [m for m in mentions if told.get(clause(sent.token_at(m[0])), set()) & asked]
        # (unless the question's year dates another clause and not theirs: "كم زائراً استقبلت البترا في الأشهر العشرة
        # الأولى من 2024؟" against "بلغ 780 ألف زائر في الأشهر العشرة الأولى من العام، …، مقارنة بـ 640 ألف زائر في الأشهر
        # ذاتها من عام 2024" is 640, told of "the same months"; held out 28 gave this year's 780, round 42)
        dated = _dated_clauses(sent, info)
        if named and dated and not any(clause(sent.token_at(m[0])) in dated for m in named):
            named = [m for m in mentions if clause(sent.token_at(m[0])) in dated] or named
        if named:
            return named
    # The question's year next: "كم بلغ عدد زوار القلعة في عام 2022؟" against "بلغ في عام 2023 نحو 210 آلاف زائر، مقارنة
    # بـ150 ألف زائر في عام 2022" counts 2022's 150 thousand, in the clause that names it (round 27: the count nearest
    # the question's words, 2023's, was shown).
    dated = _dated_clauses(sent, info)
    named = [m for m in mentions if clause(sent.token_at(m[0])) in dated]
    if named:
        return named
    # The name the question asks about next (``names``: (folded word, stem) of the words of its name constraints of two
    # words or more; one word, "كأس" of "بطولة كأس العالم", is met by a clause's "بالكأس" of another count): "كم هدفاً سجل
    # كريم ناصر؟" against "وسجل الداودي 18 هدفاً …، فيما سجل زميله السابق كريم ناصر 11 هدفاً" is 11, in the clause that
    # names him (the lead's round 30 probe answered the nearest count, 18, at 0.96; the lexicon's persons alone are
    # told apart by qa.counts.told_of_another).
    if names:
        # (a clause holds a name when it holds each of its words: "بالكأس" alone is no "كأس العالم")
        def holds(c: int, name: tuple[tuple[str, str], ...]) -> bool:
            a, b = bounds[c], bounds[c + 1]
            return all(any(bare(n) == bare(w) or (st and sent.stems[k] == st) for k, n in enumerate(sent.norms[a:b], a))
                       for w, st in name)
        held = {c for c in range(len(bounds) - 1) if any(holds(c, name) for name in names)}
        kept = [m for m in mentions if clause(sent.token_at(m[0])) in held]
        if kept and len(kept) < len(mentions):
            mentions = kept
    # The side of a stance asked ("كم نائباً صوت لصالح القانون؟"): the counts of the clauses that take it ("صوت 48
    # نائباً ضد المشروع، بينما صوت 31 نائباً لصالحه" is 31; the lead's round 27 probe answered 48).
    for stance in _STANCES & info.words:
        sided = {c for c, (a, b) in enumerate(zip(bounds, bounds[1:])) if any(n.startswith(stance) for n in sent.norms[a:b])}
        kept = [m for m in mentions if clause(sent.token_at(m[0])) in sided]
        if kept:
            mentions = kept
    norms = [n for n, _ in info.focus_norms]
    at = next((k for k, n in enumerate(norms) if info.counted and bare(n) == bare(info.counted)), None)
    if at is None:
        return mentions

    def stems_of(m: tuple[int, int]) -> set[str]:
        c = clause(sent.token_at(m[0]))
        return set(sent.stems[bounds[c]:bounds[c + 1]])

    # The counted noun's own adjective ("كم بلغت الكلفة الأولية؟" against "بكلفة بلغت 85 مليون دولار، بينما قدرت الكلفة
    # الأولية بـ60 مليون دولار" is 60): the counts of the clauses that say it, when some do not.
    if info.counted_is_noun and at + 1 < len(norms) and norms[at].startswith("ال") and norms[at + 1].startswith("ال"):
        said = [m for m in mentions if info.focus_norms[at + 1][1] in stems_of(m)]
        if said and len(said) < len(mentions):
            return said
    if not info.counted_is_noun:
        verb = info.focus_norms[at]  # ("كم قدرت الكلفة الأولية؟": the verb counted by, held in one clause)
    elif at > 0 and _copula(norms[at - 1]):
        # ("كم بلغت كلفة الجسر؟" against the sentence above is 85; the lead's round 28 probe answered the first
        # estimate, 60)
        verb = info.focus_norms[at - 1]
    elif at + 1 < len(norms) and not norms[at + 1].startswith("ال"):
        verb = info.focus_norms[at + 1]
    else:
        return mentions
    verb_clauses = {clause(p) for p in event_positions(sent, *verb)}
    return [m for m in mentions if clause(sent.token_at(m[0])) in verb_clauses] or mentions


def _asked_verb(info: QuestionInfo) -> tuple[str, str] | None:
    """(folded word, stem) of the verb a how-many question counts by: the word after its counted noun, past a relative
    pronoun ("كم عدد المنتخبات التي فازت" → فازت), a verb of measure before it ("كم بلغت كلفة"), or the verb counted by
    ("كم قدرت"); None when it names none there."""
    norms = [n for n, _ in info.focus_norms]
    at = next((k for k, n in enumerate(norms) if info.counted and bare(n) == bare(info.counted)), None)
    if at is None:
        return None
    if not info.counted_is_noun:
        return info.focus_norms[at]
    if at > 0 and _copula(norms[at - 1]):
        return info.focus_norms[at - 1]
    k = at + 1
    if k < len(norms) and norms[k] in _RELATIVES:
        k += 1
    return info.focus_norms[k] if k < len(norms) and not norms[k].startswith("ال") and info.focus_norms[k][1] else None


def _dated_clauses(sent: Sentence, info: QuestionInfo) -> set[int]:
    """The clauses of the sentence that hold a date of a year the question names ("… في عام 2022؟")."""
    years = {int(w) for w in info.words if w.isdigit() and len(w) == 4}
    if not years:
        return set()
    return {sent.clause_at(sent.token_at(d.start)) for d in sent.dates if d.date is not None and d.date.year in years}


def doer_elsewhere(sent: Sentence, info: QuestionInfo) -> bool:
    """The word after the counting verb of a verb-counted question (its doer: "كم قدرت البلدية الخسائر؟") stands in the
    sentence only outside the clauses of that verb: the count there is another doer's ("وقدرت الغرفة التجارية الخسائر
    بنحو 200 مليون ريال، في حين قالت البلدية إنها لا تتجاوز 150 مليون"; "ورفض رئيس النادي الكشف عن قيمة العقد، بينما
    قدرتها صحيفة محلية بنحو مليوني ريال" for "كم قدر رئيس النادي …"; the lead's round 29 probe answered both)."""
    if info.counted_is_noun or not info.counted:
        return False
    norms = [n for n, _ in info.focus_norms]
    at = next((k for k, n in enumerate(norms) if bare(n) == bare(info.counted)), None)
    if at is None or at + 1 >= len(norms):
        return False
    doer = info.focus_norms[at + 1][1]
    held = {sent.clause_at(k) for k, st in enumerate(sent.stems) if doer and st == doer}
    told = {sent.clause_at(p) for p in event_positions(sent, *info.focus_norms[at])}
    # (two parties set against each other, one clause opening on a contrast: "بعد طرح عام أولي جمعت فيه الشركة 25.6
    # مليار دولار" tells what the company the clause before names collected, the pool's Aramco question)
    return bool(held) and bool(told) and not held & told and any(_contrasted(sent, c) for c in held | told)


def _contrasted(sent: Sentence, c: int) -> bool:
    """Clause ``c`` of the sentence opens on a word or two of contrast (lexicon.CLAUSE_OPENERS, CONTRAST_OPENERS)."""
    starts = sent.clause_bounds[:-1]
    if c >= len(starts):
        return False
    first = sent.norms[starts[c]:starts[c] + 2]
    return bool(first) and (without_conjunction(first[0]) in _CONTRASTS or " ".join(first) in _CONTRASTS)


_CONTRASTS = fold_words({*lexicon.CLAUSE_OPENERS, *lexicon.CONTRAST_OPENERS})


def counts_of_a_contrast(sent: Sentence, info: QuestionInfo, name: tuple[tuple[str, str], ...]) -> bool:
    """Every count of the sentence stands in a clause of contrast ("بينما …", "في حين …") that does not hold the name
    the question asks about (``name``: (folded word, stem) of each of its words), while another clause does: the
    count is another's ("كم سنة حكم على كمال الداوود؟" against "وبرأت المحكمة شريكه كمال الداوود من تهمة غسل الأموال،
    بينما أيدت الحكم بسجن مدير الحسابات ثلاث سنوات"; the lead's round 29 probe answered "ثلاث سنوات")."""
    if info.answer_type != "number":
        return False
    mentions = number_mentions(sent, info)
    keys = {bare(n) for n, _ in name} | {st for _, st in name if st}
    held = {sent.clause_at(k) for k, n in enumerate(sent.norms) if bare(n) in keys or sent.stems[k] in keys}
    if not mentions or not held:
        return False
    return all(c not in held and _contrasted(sent, c) for c in (sent.clause_at(sent.token_at(m[0])) for m in mentions))


def _set_against_the_year(sent: Sentence, info: QuestionInfo, counting: list[tuple[int, int]],
                          mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of a count set against another ("بلغت نسبة النجاح 91.3 في المئة مقابل 89.7 في المئة في امتحانات 2024"), the second
    when the year the question asks dates it: the first date after it, in its clause, is of that year (held out 22's
    Kuwaiti 2024 rate was given this year's 91.3, round 36): one of ``mentions``, the count set against ``counting``'s
    not being counted by the noun before it. ``counting`` unchanged otherwise."""
    years = {int(w) for w in info.words if w.isdigit() and len(w) == 4}
    if not years or not counting:
        return counting
    for first in counting:
        second = next((m for m in mentions if m[0] >= first[1]), None)
        if second is None:
            continue
        a, b = sent.token_at(first[1] - 1) + 1, sent.token_at(second[0])
        if not 0 < b - a <= AGAINST_REACH or not any(without_conjunction(n) in _AGAINST for n in sent.norms[a:b]):
            continue
        clause = sent.clause_at(b)
        # (a year written as digits, dated or bare: "في امتحانات 2024"، "لعام 2023")
        after = [int(n) for k, n in enumerate(sent.norms) if _year(n) and sent.spans[k][0] >= second[1]
                 and sent.clause_at(k) == clause]
        if after and after[0] in years \
                and not any(_year(n) and int(n) in years for k, n in enumerate(sent.norms) if sent.spans[k][1] <= first[0]):
            return [second]
    return counting


def _year(norm: str) -> bool:
    return len(norm) == 4 and norm.isdigit() and norm[:2] in ("19", "20")


def _mention_span(sent: Sentence, mentions: list[tuple[int, int]], focus: set[str]) -> tuple[int, int] | None:
    """The mention (sentence-relative char offsets) nearest the focus terms."""
    if not mentions:
        return None
    positions = matched_positions(sent, focus)
    return min(mentions, key=lambda m: (token_distance(positions, sent.token_at(m[0]),
                                                       sent.token_at(m[1] - 1) + 1), m[0]))


def _qualified(sent: Sentence, info: QuestionInfo, counting: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of several counts of the asked noun, those whose noun the sentence follows with the word the question writes after
    it ("كم سريراً للعناية المركزة …؟" against "بسعة 350 سريراً بينها 40 سريراً للعناية المركزة" is 40; held out 28 gave
    the whole's 350, round 42); all of them when none is."""
    if len(counting) < 2 or not info.counted:
        return counting
    norms = [n for n, _ in info.focus_norms]
    at = next((k for k, n in enumerate(norms) if bare(n) == bare(info.counted)), None)
    if at is None or at + 1 >= len(norms) or not info.focus_norms[at + 1][1]:
        return counting
    word, stem = info.focus_norms[at + 1]

    def qualified(m: tuple[int, int]) -> bool:
        k = next((x for x, (a, _) in enumerate(sent.spans) if a >= m[1]), len(sent.spans))
        while k < len(sent.norms) and scale_of(sent.norms[k]):
            k += 1  # "640 ألف زائر"
        # (in the noun's clause: "واجتاز الامتحانات 480 ألف مترشح، نال 12 ألفاً منهم ميزة حسن جداً" qualifies no candidate
        # of the 480 thousand by "نال")
        return k + 1 < len(sent.norms) and not sent.breaks_before(k + 1) \
            and (bare(sent.norms[k + 1]) == bare(word) or sent.stems[k + 1] == stem)

    return [m for m in counting if qualified(m)] or counting


def _of_the_asked_year(sent: Sentence, info: QuestionInfo, counting: list[tuple[int, int]],
                      mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The counts of the asked noun, unless the question's year dates another clause that holds a count of its own: then
    that clause's counts of the same unit ("كم بلغت كمية الأمطار في فيضانات 2019؟" against "بلغت كمية الأمطار 110 ملم،
    مقارنة بـ40 ملم في فيضانات عام 2019" is 40; the lead's round 29 probe answered this year's 110), or none."""
    dated = _dated_clauses(sent, info)
    if not counting or not dated or any(sent.clause_at(sent.token_at(m[0])) in dated for m in counting):
        return counting
    rivals = [m for m in mentions if sent.clause_at(sent.token_at(m[0])) in dated]
    if not rivals:
        return counting  # ("في عام 2022، بلغ عدد الزوار 5 ملايين": the year's clause counts nothing else)
    units = {_unit_after(sent, m[1]) for m in counting}
    return [m for m in rivals if _unit_after(sent, m[1]) in units]


def _noun_key(word: str) -> str:
    """The consonant skeleton without a final ة, so that a singular and its plural meet: أهداف / هدفاً,
    مقاعد / مقعد, أطفال / طفلاً (broken plurals), مرة / مرات."""
    key = skeleton(word)
    if word[:1] == "و" and key[:1] != "و":
        key = "و" + key  # (a noun's own first "و" is a consonant: "وزير" is no "زائر", both "زر" without it)
    return key[:-1] if key.endswith("ه") and len(key) > 2 else key


def same_noun(a: str, b: str) -> bool:
    """One noun, singular or plural: the same key, or the same root when AWN gives one (نقاط / نقطة،
    أيام / يوماً, which the skeleton parts: :func:`akhbar.wordtables.noun_root`)."""
    if len(_noun_key(a)) >= 2 and _noun_key(a) == _noun_key(b):
        return True
    # (the tanween alif off first: "يوماً" after كم is the يوم of "أيام", round 30)
    root = noun_root(a) or noun_root(_plain(a))
    return len(root) >= 3 and root == (noun_root(b) or noun_root(_plain(b)))


def noun_word(norm: str) -> str:
    """A folded word without its clitics, save a "و" that is the noun's own first letter: "وزير" is a minister, not "و" and
    "زير", whose skeleton met "زائراً" (the lead's round 32 probe took the minister of "افتتح وزير الثقافة …" for the
    visitors of "كم زائراً استقبل المعرض؟"). The whole word is the noun when AWN gives it a root ("وزير"، "وفد"، "وقود");
    "وزوار" has none and is "زوار"."""
    return norm if norm[:1] == "و" and noun_root(norm) else bare(norm)


def counted_words(info: QuestionInfo) -> set[str]:
    """The folded words that name what a how-many question counts: its counted noun and the words
    related to it (سكان: نسمة، تعداد…; a count of people: ضحايا، قتلى…)."""
    counted = bare(info.counted) if info.counted else ""
    related = set(related_words(info.counted)) | ({counted} if counted else set())
    if _counts_people(info):
        related |= related_words("ضحايا")
    return related


def tells_counted_deed(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence may tell the deed a how-many question counts by its verb ("كم أنفق المهرجان؟"): it holds that verb (a
    related word or one of its root, :func:`akhbar.qa.roles.event_positions`), or a number of it counts no people. A
    sentence whose every number is a head count counts someone else: "اختتم المهرجان دورته … بحضور نحو ثلاثة آلاف زائر"
    holds no sum spent (the lead's round 28 probe answered "نحو ثلاثة آلاف" to "كم أنفق مهرجان الزيتون؟"), while "تقع
    على بعد 45 كيلومتراً" answers "كم تبعد …؟" and "تأكل عشرة أضعاف وزنها" "كم تستطيع … أن تأكل؟". A question counting a
    noun, or nothing, is not read here."""
    if info.answer_type != "number" or not info.counted or info.counted_is_noun:
        return True
    stem = next((st for n, st in info.focus_norms if bare(n) == bare(info.counted)), "")
    if not stem or event_positions(sent, info.counted, stem):
        return True
    return not all(_head_count(sent, e) for _, e in number_mentions(sent, info))


def _head_count(sent: Sentence, end: int) -> bool:
    """The number ending at ``end`` is followed, in its clause, by a noun of people ("ثلاثة آلاف زائر")."""
    k = next((x for x, (s, _) in enumerate(sent.spans) if s >= end), None)
    if k is None or CLAUSE_BREAK.search(sent.text[end:sent.spans[k][0]]):
        return False
    return _plain(bare(sent.norms[k])) in _PEOPLE_NOUNS or _plain(sent.norms[k]) in _PEOPLE_NOUNS


def names_counted(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence names what the question counts anywhere (its counted noun, a word related to it
    or of the same noun: "سكانها"، "نسمة"), or the question names nothing it counts. A sentence
    holding numbers of other things only ("سبعة وثلاثين وباء" for "كم كان عدد سكان…") holds no
    count of it, wherever the number stands."""
    if not info.counted or not info.counted_is_noun or dual_answer(sent, info) is not None:
        return True
    counted = bare(info.counted)
    related = counted_words(info)
    if any(b and (b in related or fuzzy(b, counted) >= 0.5 or same_noun(b, counted)) and not doer_and_deed(n, info.counted)
           for n, b in ((n, noun_word(n)) for n in sent.norms)):
        return True
    # "كم عدد الجرحى" and "وأصاب أكثر من ستة آلاف آخرين": the count told by the asked family's verb
    kind = people_kind(info)
    return bool(kind) and any(mention_kind(sent, s, e) == kind for s, e in number_mentions(sent, info))


def _is_counted(word: str, counted: str, related: set[str]) -> bool:
    """``word`` (folded, clitics off) names what the question counts: the counted noun, a word related
    to it, or the same noun singular or plural."""
    return bool(word) and bool(counted) and (word in related or fuzzy(word, counted) >= 0.5
                                             or same_noun(word, counted))


def number_owner(sent: Sentence, start: int) -> tuple[str, str] | None:
    """The noun a tie word gives the number at char ``start``, and the tie: "طالبت بتعويض قدره 916
    مليون دولار عن خسائر الإغلاق" → (تعويض, قدره): 916 million is the compensation's, not the losses'.
    "مشروع تبلغ قيمته 5 مليارات": a verb of reaching between them is passed over. None when no tie
    word stands before the number in its clause."""
    j = sent.token_at(start)
    for k in range(j - 1, max(0, j - TIE_REACH) - 1, -1):
        if CLAUSE_BREAK.search(sent.text[sent.spans[k][1]:start]) or any(
                ch.isdigit() for ch in sent.text[sent.spans[k][1]:start]):
            return None
        norm = sent.norms[k]
        if norm in _TIES or (norm[:1] == "و" and norm[1:] in _TIES):
            o = k - 1
            if o >= 0 and bare(sent.norms[o])[:3] in _COPULA_STARTS:
                o -= 1  # "مشروع تبلغ قيمته": the noun before the verb
            if o < 0 or CLAUSE_BREAK.search(sent.text[sent.spans[o][1]:sent.spans[k][0]]) or not sent.stems[o]:
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
                or any(same_noun(owner, w) for w in asked if len(w) >= 3):
            return False
    return True


def _measure_owner(sent: Sentence, j: int, is_counted: Callable[[str], bool]) -> str:
    """The noun whose measure the number at token ``j`` is, when the sentence names it as that
    measure's owner: the head of a relative clause whose noun carries its pronoun ("السفينة، التي يبلغ
    طولها 400 متر"), the subject of a verb of reaching the measure follows as its accusative ("تبلغ
    السفينة 400 متر طولاً"), or a place completing the counted noun before the number in its clause
    ("يبلغ عدد سكان مصر 100 مليون"). '' when the sentence names no owner there."""
    for k in range(j - 1, max(0, j - TIE_REACH) - 1, -1):
        if CLAUSE_BREAK.search(sent.text[sent.spans[k][1]:sent.spans[j][0]]):
            break
        word = bare(sent.norms[k])
        if any(word.endswith(p) and is_counted(word[:-len(p)]) for p in _POSSESSIVES):
            r = k - 1
            if r >= 0 and bare(sent.norms[r])[:3] in _COPULA_STARTS:
                r -= 1  # "التي يبلغ طولها"
            if r >= 1 and sent.norms[r] in _RELATIVES and sent.stems[r - 1]:
                return bare(sent.norms[r - 1])
            return ""
    if j >= 2 and bare(sent.norms[j - 2])[:3] in _COPULA_STARTS and sent.stems[j - 1] \
            and not CLAUSE_BREAK.search(sent.text[sent.spans[j - 2][0]:sent.spans[j][0]]):
        after = [bare(n) for n in sent.norms[j + 1:j + 3]]
        if after and any(is_counted(w[:-1] if w.endswith("ا") else w) for w in after):
            return bare(sent.norms[j - 1])
    for k in range(j - 2, max(0, j - 1 - COPULA_REACH) - 1, -1):
        if CLAUSE_BREAK.search(sent.text[sent.spans[k][1]:sent.spans[j][0]]) \
                or any(ch.isdigit() for ch in sent.text[sent.spans[k][1]:sent.spans[j][0]]):
            break
        if is_counted(bare(sent.norms[k])):  # the nearest counted noun decides
            place = sent.norms[k + 1]
            return bare(place) if place in _OWNER_PLACES or bare(place) in _OWNER_PLACES else ""
    return ""


def _told_of_another(sent: Sentence, m: tuple[int, int], info: QuestionInfo, is_counted: Callable[[str], bool]) -> bool:
    """The number at chars ``m`` counts the asked noun of another thing than the question's: the sentence
    names its owner, a word the question does not say ("طولها" of السفينة for "كم يبلغ طول القناة")."""
    owner = _measure_owner(sent, sent.token_at(m[0]), is_counted)
    asked = {bare(w) for w in info.words}
    return bool(owner) and owner not in asked and not any(same_noun(owner, w) for w in asked if len(w) >= 3)


def _joined(sent: Sentence, first: tuple[int, int], m: tuple[int, int]) -> bool:
    """The number at chars ``m`` is joined by و to the count ``first`` before it in one clause ("سيصل عدد سكان
    العالم إلى 8 مليارات عام 2030 و9 مليارات عام 2050"): it counts the same owner's."""
    gap = sent.text[first[1]:m[0]]
    return not CLAUSE_BREAK.search(gap) and gap.rstrip().endswith(" و")


def number_answer(sent: Sentence, info: QuestionInfo,
                  names: tuple[tuple[tuple[str, str], ...], ...] = ()) -> ShortAnswer | None:
    """The number that counts what the question counts: one followed by the counted noun or a word
    related to it ("أكثر من 200 شخص" for "كم عدد ضحايا"), or right after such a word ("بقوة 7.8"),
    nearest the focus terms; the answer carries its noun ("200 شخص", not "200"). When the question
    names a counted noun and no number of the sentence stands by it, there is no short answer: the
    sentence's "200 شخص" is the whole toll, not the children "كم عدد الأطفال" asks about. Only a
    question without a counted noun ("كم يزن المسبار") takes the number nearest its focus terms. Of counts in several
    clauses, those of the clause naming the question's ``names`` (the (folded word, stem) of each name constraint's
    words)."""
    return _number_answer(sent, info, names)[0] or (dual_answer(sent, info) if not number_mentions(sent, info)
                                                    else _dual_of(sent, info, asked_kind(info, True)))


def _dual_of(sent: Sentence, info: QuestionInfo, kind: str) -> ShortAnswer | None:
    """The counted noun's dual told of the family of people asked ("أن شخصين توفيا …، فيما أصيب 17" for the dead)."""
    dual = dual_answer(sent, info) if kind else None
    return dual if dual is not None and mention_kind(sent, dual.start, dual.end) == kind else None


_OFFSETS = fold_words({"قبل", "بعد", "منذ"})


def _dual_forms(info: QuestionInfo) -> frozenset[str]:
    """The duals of the noun a how-many question counts ("كم موسماً" → موسمان / موسمين; "كم مرة" → مرتان / مرتين): a
    count of two written with no number. Not of a noun of people, whose "ين" is its plural too ("لاعبين"), but one whose
    plural is broken ("شخصين": lexicon.PEOPLE_DUALS)."""
    if not info.counted or not info.counted_is_noun:
        return frozenset()
    one = _plain(bare(info.counted))
    if len(one) < 3 or (one in _PEOPLE_NOUNS or bare(one) in _PEOPLE_NOUNS) and one not in _PEOPLE_DUALS:
        return frozenset()
    if one.endswith("ه"):
        return frozenset({one[:-1] + "تان", one[:-1] + "تين"})
    return frozenset({one + "ان", one + "ين"})


def dual_answer(sent: Sentence, info: QuestionInfo) -> ShortAnswer | None:
    """The dual of the counted noun, a count of two with no number ("بعقد يمتد موسمين" for "كم موسماً يمتد عقده؟"), when
    the sentence gives no number of it (round 32's Next: such counts went unanswered, "لا عدد فيه")."""
    duals = _dual_forms(info)
    if not duals:
        return None
    # (not glued to ب, a score's margin or an offset, "فاز … بهدفين مقابل هدف"، "قبل الحادث بيومين"; nor after قبل / بعد /
    # منذ, an offset too, "بعد يومين": none of them counts what was done)
    at = [k for k, n in enumerate(sent.norms) if (n in duals or without_conjunction(n) in duals)
          and not (k and sent.norms[k - 1] in _OFFSETS)]
    if len(at) != 1:
        return None  # (two duals of it: which one is asked is not read here)
    return ShortAnswer(sent.spans[at[0]][0], sent.spans[at[0]][1], "counted")


def counted_of_another(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence's only counts of the asked noun are another thing's (:func:`_told_of_another`): it
    holds no count of what is asked, and no other sentence's answer is in it."""
    return info.answer_type == "number" and _number_answer(sent, info)[1]


def _number_answer(sent: Sentence, info: QuestionInfo,
                   names: tuple[tuple[tuple[str, str], ...], ...] = ()) -> tuple[ShortAnswer | None, bool]:
    """:func:`number_answer`, and whether a count of the asked noun was set aside as another thing's."""
    mentions = number_mentions(sent, info)
    if not mentions or doer_elsewhere(sent, info):
        return None, False
    counted = bare(info.counted) if info.counted else ""
    related = counted_words(info)
    # A count of people told by another family's word is not the one asked ("كم شخصاً شرده الانفجار"
    # and "أودى بحياة 200 شخص، … وشرّد نحو 300 ألف": the dead are no answer); one told by the asked
    # family's word counts it, whatever noun follows (:mod:`akhbar.qa.counts`).
    kind = people_kind(info) or life_kind_of_unlisted(sent, info, mentions, lambda m: _word_after(sent, m[1]),
                                                      lambda w: _is_counted(noun_word(w), counted, related))
    # (a number of a measure counts no people, though a deed of people stands in its clause: "زلزال بقوة 6.0 درجات …
    # وأودى بحياة ثلاثة أشخاص" was read as 6.0 dead, the lead's round-31 probe)
    kinds = {m: "" if unit_kind(bare(_word_after(sent, m[1]))) == "measure" else mention_kind(sent, *m)
             for m in mentions} if kind else {}
    places = people_places(info)
    persons = asked_persons(info)
    mentions = [m for m in mentions if kinds.get(m, "") in ("", kind) and not told_elsewhere(sent, *m, places)
                and not told_of_another(sent, *m, persons, info.words)]
    if not mentions:
        return None, False

    def counts_it(m: tuple[int, int], before_verb: bool = False) -> bool:
        """The counted noun follows the number ("200 شخص") or just precedes it ("بقوة 7.8 درجات")."""
        if kind and kinds.get(m) == kind:
            return not other_people(m)
        if not counted:
            return False
        written = _word_after(sent, m[1])
        if without_conjunction(written) in _OF_THEM:
            # "حصل 640 منهم": the part counts the noun of the count before it ("21 ألف طالب")
            before = [x for x in mentions if x[1] <= m[0]]
            return bool(before) and without_conjunction(_word_after(sent, before[-1][1])) not in _OF_THEM \
                and counts_it(before[-1], before_verb)
        j = sent.token_at(m[0])
        ahead = sent.norms[j - 1] if j > 0 and sent.spans[j - 1][1] <= m[0] else ""
        # (the counted noun's doer or deed is another thing: "ثلاثين باحثاً" counts no researches)
        return any(is_counted(noun_word(w)) and not doer_and_deed(w, info.counted) for w in (written, ahead) if w) \
            or subject_of_copula(j, before_verb)

    def is_counted(w: str) -> bool:
        return _is_counted(w, counted, related)

    def other_people(m: tuple[int, int]) -> bool:
        """The question counts people of one sort ("كم جندياً قتل") and the number counts another sort right after it
        ("قتل أربعة مدنيين وجرح سبعة جنود": no soldier killed; the lead's round 27 probe answered "أربعة مدنيين")."""
        asked, unit = _plain(counted), _unit_after(sent, m[1])
        return bool(asked) and asked in _PEOPLE_NOUNS and asked not in _ANY_PEOPLE and not word_kind(asked) \
            and _plain(unit) in _PEOPLE_NOUNS and _plain(unit) not in _ANY_PEOPLE and not is_counted(unit)

    def subject_of_copula(j: int, before_verb: bool) -> bool:
        """"بلغت خسائر القناة اليومية 12 مليون دولار": the noun after بلغ / وصل is what the number
        a few words on counts, within one clause and with no other number between; ``before_verb``: or the noun right
        before the verb ("بكلفة بلغت 85 مليون دولار")."""
        for k in range(max(1, j - COPULA_REACH), j):
            if is_counted(bare(sent.norms[k])) and not doer_and_deed(sent.norms[k], info.counted) \
                    and (_copula(sent.norms[k - 1]) or before_verb and _copula(sent.norms[k + 1])) \
                    and not CLAUSE_BREAK.search(sent.text[sent.spans[k][0]:sent.spans[j][0]]) \
                    and not any(ch.isdigit() for ch in sent.text[sent.spans[k][1]:sent.spans[j][0]]):
                return True
        return False

    counting = [m for m in mentions if counts_it(m)]
    if counting:
        # (a count of the noun told twice: "بكلفة بلغت 85 مليون دولار، بينما قدرت الكلفة الأولية بـ60 مليون دولار" counts
        # 85 too, for the clause of the question's verb to choose; never a count where none was: the pool's "كم تبلغ مساحة
        # إسبانيا؟" took another site's area, told so)
        counting = [m for m in mentions if counts_it(m, before_verb=True)]
    # the asked measure of another thing ("السفينة، التي يبلغ طولها 400 متر" for the canal's length)
    another: list[tuple[int, int]] = []
    for n, m in enumerate(counting):
        if _told_of_another(sent, m, info, is_counted) or (n and counting[n - 1] in another
                                                           and _joined(sent, counting[n - 1], m)):
            another.append(m)
    counting = set_against_the_party(sent, info, _qualified(sent, info, counting))  # "مقابل ستة مقاعد لقائمة التجديد"
    counting = whole_over_part(sent, _asked_verb(info), _in_the_asked_clause(
        sent, info, _set_against_the_year(sent, info, _of_the_asked_year(sent, info, [m for m in counting if m not in another],
                                                                          mentions), mentions), names))
    if info.counted_is_noun and not counting:
        return None, bool(another)  # "200 شخص" counts people, not the children a question asks about: no count of them
    # (no count of a noun: the counts of the clause of the question's verb, "كم قدرت الكلفة الأولية؟")
    pool = counting or _in_the_asked_clause(sent, info, mentions, names)
    if not pool:
        return None, False
    # (of counts of this and of a past period, the one the period's words follow: "بعد أن كان 2.4 متر في الصيف الماضي")
    pool = of_the_asked_period(sent, asked_past_period([n for n, _ in info.focus_norms]), pool, mentions)
    s, e = _mention_span(sent, pool, set(info.focus)) or pool[0]
    k = next((x for x, (a, _) in enumerate(sent.spans) if a >= e), len(sent.spans))
    if k < len(sent.spans) and not CLAUSE_BREAK.search(sent.text[e:sent.spans[k][0]]) \
            and ((counting and sent.stems[k]) or unit_kind(bare(sent.norms[k])) == "measure") \
            and without_conjunction(sent.norms[k]) not in _AGAINST and without_conjunction(sent.norms[k]) not in _OF_THEM:
        # the counted noun, or the unit ("7.8 درجات"); not a function word ("في عمر 38 وهو…")
        e = sent.spans[k][1]
    # The number with its qualifier and its counted noun ("أكثر من 200 شخص", not "200 شخص": the answer
    # says no more than the source; gold answers of XQuAD-ar and ARCD keep the qualifier as often as not).
    s = qualifier_start(get_analyzer().tokens(sent.text), s)
    return ShortAnswer(s, e, "counted" if counting else "near", rivals=len(counting or mentions) - 1), False
