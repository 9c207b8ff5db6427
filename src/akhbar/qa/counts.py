"""Which people a count counts, for the how-many answers of :mod:`akhbar.qa.short`.

News tells several counts of people in one sentence, each by its own verb or noun: "أودى الانفجار
بحياة أكثر من 200 شخص، وأصاب أكثر من ستة آلاف آخرين، وشرّد نحو 300 ألف" holds the dead, the injured
and the displaced. A question whose own word belongs to one family ("كم شخصاً شرده…"، "كم عدد
المصابين…") asks for the count told by a word of that family (:data:`akhbar.lexicon.PEOPLE_COUNT_KINDS`):

- :func:`asked_kind`: the family of the question's counted noun or verb, or "" (none, or two);
- :func:`mention_kind`: the family of a number mention: the noun right after it ("200 قتيل"), else the
  nearest family word of its clause before or after it ("وأصاب أكثر من ستة آلاف"، "63 ألف عسكري
  شاركوا"), not past punctuation or another number.

A count of one part of an event ("مباراة الافتتاح"، "الشوط الأول": :data:`akhbar.lexicon.PART_CUES`),
or of one person's share of it ("كم هدفاً سجل ميسي"), is told by a sentence naming that part or person,
or one beside it (:func:`asked_parts`, :func:`part_told`): the whole tournament's total is no count of
its opening match, nor of one player's goals, though the article's title names him. A noun the question
gives an ordinal ("القافلة الأممية الثانية") told with another one ("أول قافلة") is another of its kind
(:func:`asked_ordinals`, :func:`other_ordinal`).

A count told by another family is no answer (the Turkish dead for "كم عدد المصابين في سوريا"), and a
count told by no family word stays a candidate: "ضحايا" and "شخص" count the dead as often as every victim.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .. import lexicon
from ..arabic import CLAUSE_OR_END, Analyzer, normalize, without_conjunction
from ..date_words import GATE_GMONTH
from ..numbers import find_numbers
from .evidence import Sentence, ShortAnswer
from .match import bare, fold_words, word_match
from .names import GIVEN_NAMES, PEOPLE_NAMES, PLACES
from .question import QuestionInfo

# Endings a family stem takes in news: plurals, a pronoun object, a past's person ("قتلى"، "شرده"،
# "أصيبوا"، "مصابين"); a listed ending only, so "أصابع" (fingers) is no "أصاب".
_ENDINGS = ("", "ه", "ها", "هم", "ت", "تا", "وا", "ا", "ات", "ين", "ون", "ي", "ته", "تهم", "تها")
_KINDS = {kind: tuple(dict.fromkeys(normalize(w) for w in words))
          for kind, words in lexicon.PEOPLE_COUNT_KINDS.items()}
_ASKED_KINDS = {kind: frozenset(normalize(w) for w in words) for kind, words in lexicon.PEOPLE_COUNT_ASKED.items()}
_LIFE_LOST = frozenset(normalize(w) for w in lexicon.LIFE_LOST_WORDS)
KIND_REACH = 15  # tokens between a number and the family word of its clause, at most


@lru_cache(maxsize=50_000)
def word_kind(norm: str) -> str:
    """The family of people a folded word counts by ("وأصاب" → injured), or ""."""
    for w in dict.fromkeys((norm, bare(norm), without_conjunction(norm))):
        for kind, stems in _KINDS.items():
            if any(w.startswith(s) and w[len(s):] in _ENDINGS for s in stems):
                return kind
    return ""


def asked_kind(info: QuestionInfo, people: bool) -> str:
    """The family of people a how-many question counts: its counted noun's ("كم عدد المصابين" →
    injured), else, when it counts people (``people``: "كم شخصاً"), the family of its words ("كم شخصاً
    أصيب" → injured); "" when it names none, or two ("كم شخصاً قتل وأصيب"). A count of countries or of
    weeks is no count of people, whatever its verb ("كم بلداً شارك"، "كم تحتاج أعراض الإصابة")."""
    if info.answer_type != "number" or not info.counted or not info.counted_is_noun:
        return ""
    if (own := word_kind(info.counted)):
        return own
    if not people:
        return ""
    kinds = {k for k in (word_kind(norm) for norm, _ in info.focus_norms) if k}
    if not kinds:
        # "كم شخصاً فقد في السيول؟": a question's own word of the missing, a stop word elsewhere (round 40)
        kinds = {k for k in [asked_only_kind(info)] if k}
    return kinds.pop() if len(kinds) == 1 else ""


def unlisted_people_told_otherwise(sent: Sentence, info: QuestionInfo, mentions: list[tuple[int, int]]) -> bool:
    """A count of a noun no list knows as people ("كم منقباً أصيب …؟"), asked by a family's verb, in a sentence whose every
    count its clause tells by another family's word ("لقي 14 منقباً … حتفهم وأنقذ تسعة آخرون"): the sentence counts them as
    people, the dead and the saved, and no injured (round 43: held out 29 answered the dead, 0.96). Every count must be
    told by a family: a count of countries or of days stays a count of no people."""
    kind = asked_kind(info, True)
    return bool(kind) and bool(mentions) and all((k := part_kind(sent, s, e)) and k != kind for s, e in mentions)


def asked_only_kind(info: QuestionInfo) -> str:
    """The family a question's word of lexicon.PEOPLE_COUNT_ASKED names ("كم شخصاً فقد …" → missing), not before a word
    of life ("فقد حياته"), else ""."""
    if info.words & _LIFE_LOST:
        return ""
    return next((k for k, words in _ASKED_KINDS.items() if info.words & words), "")


def tells_kind(sent: Sentence, kind: str) -> bool:
    """The sentence writes a word of the family (its verb or noun, or a question's own word of it: "فقد")."""
    return any(word_kind(n) == kind or n in _ASKED_KINDS.get(kind, ()) for n in sent.norms)


def _token_range(sent: Sentence, start: int, end: int) -> tuple[int, int]:
    first = next((i for i, (_, e) in enumerate(sent.spans) if e > start), len(sent.spans))
    last = next((i for i in range(len(sent.spans) - 1, -1, -1) if sent.spans[i][0] < end), first)
    return first, max(first, last)


def _after(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], span[1] + 1


def mention_kind(sent: Sentence, start: int, end: int) -> str:
    """The family of people the number at chars [start, end) of the sentence counts, or ""."""
    own = [m for m in find_numbers(sent.text) if m.start < end and start < m.end]
    if own:
        # a span holding its counted noun ("ثلاثة أشخاص") is read from the number itself: the word after the span is
        # the next clause's ("فقتل ثلاثة أشخاص وأصيب 40" counts the dead, not the injured of "وأصيب")
        start, end = own[0].start, own[-1].end
    a, b = _token_range(sent, start, end)
    n = len(sent.norms)
    # another number (a count, a year, a date) ends the search: its words tell that number
    numbers = {i for m in find_numbers(sent.text) for i in range(*_after(_token_range(sent, m.start, m.end)))
               if not (m.start < end and start < m.end)}
    if b + 1 < n and not CLAUSE_OR_END.search(sent.text[sent.spans[b][1]:sent.spans[b + 1][0]]):
        kind = word_kind(sent.norms[b + 1])  # the counted noun itself: "200 قتيل"، "ستة آلاف جريح"
        if kind:
            return kind
    found: list[tuple[int, str]] = []
    k = a - 1
    while k >= 0 and a - k <= KIND_REACH:  # before: the verb that tells it ("وأصاب أكثر من…")
        if CLAUSE_OR_END.search(sent.text[sent.spans[k][1]:sent.spans[k + 1][0]]) or k in numbers \
                or any(c.isdigit() for c in sent.norms[k]):
            break
        if (kind := word_kind(sent.norms[k])):
            found.append((a - k, kind))
            break
        k -= 1
    k = b + 1
    while k < n and k - b <= KIND_REACH:  # after: "63 ألف عسكري روسي شاركوا"
        if CLAUSE_OR_END.search(sent.text[sent.spans[k - 1][1]:sent.spans[k][0]]) or k in numbers \
                or any(c.isdigit() for c in sent.norms[k]):
            break
        if (kind := word_kind(sent.norms[k])):
            found.append((k - b, kind))
            break
        k += 1
    return min(found)[1] if found else ""


def _places(norms: list[str]) -> set[str]:
    return {p for n in norms for p in (n, bare(n)) if p in PLACES}


def asked_places(info: QuestionInfo) -> set[str]:
    """The places of the lexicon the question names ("كم عدد القتلى في تركيا" → تركيا)."""
    return _places([norm for norm, _ in info.focus_norms])


def _clause(sent: Sentence, start: int, end: int) -> list[str]:
    """The folded words of the clause (between punctuation) of the number at chars [start, end)."""
    a, b = _token_range(sent, start, end)
    lo = a
    while lo > 0 and not CLAUSE_OR_END.search(sent.text[sent.spans[lo - 1][1]:sent.spans[lo][0]]):
        lo -= 1
    hi = b + 1
    while hi < len(sent.norms) and not CLAUSE_OR_END.search(sent.text[sent.spans[hi - 1][1]:sent.spans[hi][0]]):
        hi += 1
    return sent.norms[lo:hi]


def told_elsewhere(sent: Sentence, start: int, end: int, places: set[str]) -> bool:
    """The clause of the number at chars [start, end) names a place of the lexicon, and none of the
    question's ``places``: it counts another place's ("… تجاوز 50 ألف شخص، فيما يقترب عدد القتلى في
    سوريا من ستة آلاف" for "كم عدد القتلى في تركيا": 6,000 are Syria's). A clause naming no place
    keeps its number (the country is often told once, earlier in the article)."""
    if not places:
        return False
    named = _places(_clause(sent, start, end))
    return bool(named) and not named & places


def _persons(norms: list[str]) -> set[str]:
    return {p for n in norms for p in (n, bare(n)) if p in PEOPLE_NAMES or p in GIVEN_NAMES}


def asked_persons(info: QuestionInfo) -> set[str]:
    """The people of the lexicon a how-many question names ("كم هدفاً سجل ميسي" → ميسي); not its counted
    noun ("كم عمر…" asks an age, whatever name عمر is too)."""
    if info.answer_type != "number":
        return set()
    counted = bare(info.counted) if info.counted else ""
    return _persons([norm for norm, _ in info.focus_norms if not counted or bare(norm) != counted])


def told_of_another(sent: Sentence, start: int, end: int, persons: set[str], asked: AbstractSet[str]) -> bool:
    """The clause of the number at chars [start, end) names a person of the lexicon, and none of the
    question's ``persons``: it is another one's count ("سجل ميسي هدفين، فيما أحرز مبابي ثلاثة أهداف"
    for "كم هدفاً سجل ميسي": the three are Mbappé's). A word the question says (``asked``, its folded
    words) names no other person: "في عمر 38" for "كم كان عمر …" is an age, not Omar."""
    if not persons:
        return False
    named = {p for p in _persons(_clause(sent, start, end)) if p in persons or p not in asked}
    return bool(named) and not named & persons


# A part taken of a count told before ("لقي 9 أشخاص حتفهم، من بينهم 5 في محافظة ظفار"): the number after it counts the
# whole's people.
_OF_THEM = frozenset(normalize(w) for p in lexicon.PARTITIVES for w in (p, "و" + p))


def part_kind(sent: Sentence, start: int, end: int) -> str:
    """:func:`mention_kind`, and for a number right after a partitive with no family word of its own ("من بينهم 5 في
    محافظة ظفار") the family of the count before it, whose part it is (the dead of "9 أشخاص لقوا حتفهم")."""
    kind = mention_kind(sent, start, end)
    if kind:
        return kind
    a, _ = _token_range(sent, start, end)
    if a == 0 or sent.norms[a - 1] not in _OF_THEM:
        return ""
    before = [m for m in find_numbers(sent.text) if m.end <= sent.spans[a - 1][0]]
    return mention_kind(sent, before[-1].start, before[-1].end) if before else ""


def other_people(sent: Sentence, kind: str, mentions: list[tuple[int, int]]) -> bool:
    """Every count of the sentence (``mentions``, char offsets) is told by another family of people
    than ``kind``, the one asked: the sentence holds no count of them ("عدد قتلى الزلزالين تجاوز 50 ألف
    شخص، فيما يقترب عدد القتلى في سوريا من ستة آلاف" for "كم عدد المصابين…"). A part after a partitive is of its whole's
    family (:func:`part_kind`): "9 أشخاص لقوا حتفهم، من بينهم 5 في محافظة ظفار، فيما أنقذت فرقها 230 شخصاً" counts no
    injured (round 37: "كم شخصاً أصيب في سيول محافظة ظفار؟" was answered with it at 0.79)."""
    if not kind or not mentions:
        return False
    return all((k := part_kind(sent, s, e)) and k != kind for s, e in mentions)


_PART_CUES = frozenset(normalize(w) for w in lexicon.PART_CUES)
PART_MATCH = 0.6  # word_match of a part's word in the sentence (as a rare question word's)


def asked_parts(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[tuple[str, str]]:
    """(folded word, stem) of the words of a how-many question that name which part of an event it
    counts: the content word after a part cue ("مباراة افتتاح" → افتتاح، "الشوط الأول" → الأول), and a
    person of the lexicon it names ("كم هدفاً سجل ميسي" → ميسي: his goals, not the tournament's). A function word or a number
    after the cue names no part ("المباراة ضد…"، "مباراة عام 2006")."""
    if info.answer_type != "number":
        return []
    toks = analyzer.tokens(question)
    out = []
    for t, nxt in zip(toks, toks[1:]):
        if bare(t.norm) in _PART_CUES and not nxt.stop and nxt.stem and not any(c.isdigit() for c in nxt.norm):
            out.append((nxt.norm, nxt.stem))
    # a person is named by the last word of his name, which news repeats alone ("نجيب محفوظ" → محفوظ:
    # "ويعد محفوظ…"; "جون إلواي" → إلواي, the word after a given name)
    persons = asked_persons(info)
    for tok, after in zip(toks, [*toks[1:], None]):
        if tok.stop or not tok.stem or not _persons([tok.norm]) & persons:
            continue
        named = tok
        if after is not None and not after.stop and after.stem and not any(c.isdigit() for c in after.norm):
            if _persons([after.norm]) & persons:
                continue  # the name goes on
            if tok.norm in GIVEN_NAMES or bare(tok.norm) in GIVEN_NAMES:
                named = after  # a family name the lexicon does not list
        out.append((named.norm, named.stem))
    return list(dict.fromkeys(out))


def asked_kinds(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[tuple[str, str]]:
    """(folded word, stem) of a relative adjective right after the noun a how-many question counts: the
    kind it counts ("كم منتخباً عربياً شارك" → عربيا: the Arab teams, not the 32 of "بمشاركة 32
    منتخباً"). Unlike a part, it qualifies the counted noun, so the sentence holding the count must say
    it (:func:`part_told` of that sentence alone)."""
    if info.answer_type != "number" or not info.counted_is_noun:
        return []
    counted = bare(info.counted)
    toks = analyzer.tokens(question)
    return [(nxt.norm, nxt.stem) for t, nxt in zip(toks, toks[1:])
            if bare(t.norm) == counted and not nxt.stop and nxt.stem and _adjective(nxt.norm)]


# Whose: a nationality or a people, by its masculine singular folded ("عربي"، "سعودي"; lexicon).
_WHOSE = frozenset(normalize(forms.split()[0]) for forms in (*lexicon.NATIONALITIES, *lexicon.PEOPLES))
# The endings a nationality adjective takes after a counted noun: "عربياً"، "عربية"، "العرب(ي)ين"، "سعوديون".
_NISBA_ENDS = ("يا", "يه", "يين", "يون")


def _adjective(norm: str) -> bool:
    """A nationality or people adjective after a counted noun names whose are counted ("منتخباً عربياً"،
    "الجنود الأمريكيين"). Other words in ي / ية are not read: a participle or a verb after the noun
    ("الثواني المتبقية"، "كم مرة تفشى") names no kind, and another adjective ("القنوات التلفزية") is
    often told otherwise (bench/qa_notes.md, round 17)."""
    word = bare(norm)
    word = word[2:] if word.startswith("ال") else word
    stem = next((word[:-len(end)] + "ي" for end in _NISBA_ENDS if word.endswith(end)), word)
    return stem in _WHOSE


def part_told(parts: list[tuple[str, str]], sents: list[Sentence]) -> bool:
    """Every part the question counts is named by one of ``sents`` (a sentence and the ones beside it)."""
    return all(any(word_match(norm, stem, s.stems, {n for n, st in zip(s.norms, s.stems) if st}) >= PART_MATCH
                   for s in sents) for norm, stem in parts)


_ORDINALS = {normalize(w): n for w, n in lexicon.ORDINALS.items()}


def _ordinal(norm: str) -> int:
    return _ORDINALS.get(norm) or _ORDINALS.get(bare(norm)) or 0


def ordinal_of(norm: str) -> int:
    """The ordinal a folded word writes ("الثالث"، "ثالث" → 3), else 0."""
    return _ordinal(norm)


def _nisba(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


_RELATIVE = {normalize(w): k for w, k in lexicon.RELATIVE_EDITIONS.items()}
# an edition word as written, its possessive too ("دورته"، "نسختها")
_EDITION_FORMS = frozenset(bare(w) for w in {normalize(w) for w in lexicon.EDITION_WORDS} | {
    normalize(w)[:-1] + end for w in lexicon.EDITION_WORDS if not w.startswith("ال") for end in ("ته", "تها")})


def _ordinal_spans(norms: list[str], stems: list[str]) -> list[tuple[str, int, int, int]]:
    """(stem of the noun, ordinal, first token, last token) of each ordinal of the words; an edition told by its place
    beside this one ("الدورة السابقة") has the ordinal of lexicon.RELATIVE_EDITIONS (-1 the last, -2 the next)."""
    out: list[tuple[str, int, int, int]] = []
    # (a two-letter noun keeps its ال through the stemmer, "الخط": read without it, as "خط ثالث" writes it)
    stems = [st[2:] if st.startswith("ال") and len(st) == 4 else st for st in stems]
    for i, n in enumerate(norms):
        k = _ordinal(n)
        if k and i + 2 < len(norms) and norms[i + 1] == "من" and GATE_GMONTH.fullmatch(norms[i + 2]):
            continue  # a day of a month, "زلزال السادس من فبراير", is no ordinal of the noun before it
        if not k:
            if n in _RELATIVE and i and stems[i - 1] and bare(norms[i - 1]) in _EDITION_FORMS:
                out.append((stems[i - 1], _RELATIVE[n], i - 1, i))
            continue
        if bare(n).startswith("ال") or n.startswith("ال"):
            for j in range(i - 1, max(-1, i - 3), -1):
                if not stems[j] or _ordinal(norms[j]):
                    break
                if _nisba(norms[j]) and j == i - 1:
                    continue
                out.append((stems[j], k, j, i))
                break
        elif i + 1 < len(norms) and stems[i + 1] and not any(c.isdigit() for c in norms[i + 1]):
            out.append((stems[i + 1], k, i, i + 1))
        if k > 1 and i and stems[i - 1] and not n.startswith("ال") and not norms[i - 1].startswith("ال") \
                and not _ordinal(norms[i - 1]) and not any(c.isdigit() for c in norms[i - 1]):
            out.append((stems[i - 1], k, i - 1, i))  # an indefinite ordinal after its noun: "خط ثالث لإنتاج الأسمدة"
    return out


def ordinal_nouns(norms: list[str], stems: list[str]) -> set[tuple[str, int]]:
    """(stem of the noun, ordinal) of each ordinal of the words: a definite ordinal after its noun, a
    nisba adjective between them allowed ("القافلة الأممية الثانية" → (قافل, 2); "اليوم الأول"), an
    indefinite one before it ("أول قافلة"، "أول يوم تداول" → (يوم, 1))."""
    return {(stem, k) for stem, k, _, _ in _ordinal_spans(norms, stems)}


_WHICH = fold_words(set(lexicon.WHICH))


def asked_ordinals(question: str, info: QuestionInfo, analyzer: Analyzer) -> dict[tuple[str, int], str]:
    """The question's nouns with an ordinal, for a factoid question (when, how many, who, where, or which: "أي فيلم فاز
    … في النسخة الماضية؟", whose winner of this edition was shown, held out 21, round 36), each with its text in the
    question ("القافلة الأممية الثانية")."""
    toks = analyzer.tokens(question)
    which = bool(toks) and toks[0].norm in _WHICH
    if info.answer_type not in ("date", "number", "person", "place") and not which:
        return {}
    spans = _ordinal_spans([t.norm for t in toks], ["" if t.stop else t.stem for t in toks])
    return {(stem, k): question[toks[a].start:toks[b].end] for stem, k, a, b in spans}


def other_ordinal(asked: AbstractSet[tuple[str, int]], sents: list[Sentence]) -> bool:
    """A noun the question gives an ordinal ("القافلة الثانية"، "اليوم الثاني") is told with another
    ordinal by ``sents`` (a sentence and the ones beside it: "أول قافلة"، "أول يوم تداول") and never
    with the question's: they tell another one of its kind, not the one asked."""
    if not asked:
        return False
    # The sentence itself first: one telling the noun with another ordinal only ("اختتم المهرجان … دورته العاشرة")
    # tells that one, though the next sentence names the one asked ("وكانت الدورة التاسعة …"; round 26: "متى اختتم
    # المهرجان دورته التاسعة؟" took the tenth's day).
    # (an edition told by its place beside this one, "بينما شارك في الدورة السابقة 30 خطاطاً", sets aside no sentence
    # asked of a numbered one: it is an aside of an article on this edition, and the count of its clause is set aside by
    # count_of_another_edition)
    relative = any(k < 0 for _, k in asked)
    own = {(st, j) for st, j in ordinal_nouns(sents[0].norms, sents[0].stems) if j > 0 or relative} if sents else set()
    if any(any(st == noun and j != k for st, j in own) and (noun, k) not in own for noun, k in asked):
        return True
    told = {(st, j) for s in sents for st, j in ordinal_nouns(s.norms, s.stems) if j > 0 or relative}
    return any(any(st == noun and j != k for st, j in told) and (noun, k) not in told for noun, k in asked)


def relative_untold(asked: AbstractSet[tuple[str, int]], sent: Sentence) -> bool:
    """The question asks an edition by its place beside this one ("كم عداءً شارك في النسخة الماضية …؟") and the sentence
    does not write it: an article tells the last edition's facts as the last one's ("وكانت النسخة الماضية قد شهدت …"),
    so a sentence that does not tells this one's (round 34)."""
    relative = {(noun, k) for noun, k in asked if k < 0}
    return bool(relative) and not relative <= ordinal_nouns(sent.norms, sent.stems)


def count_of_another_edition(sent: Sentence, short: ShortAnswer, asked: AbstractSet[tuple[str, int]]) -> bool:
    """The count's clause tells another edition than the one asked: another ordinal of the noun and not the question's
    ("بينما شارك في الدورة السابقة 30 خطاطاً" for the fourth), or, for an edition asked by its place beside this one
    ("الدورة السابقة"), not that one ("وشارك في الملتقى هذا العام 45 خطاطاً من 12 دولة" tells this year's countries)."""
    c = sent.clause_at(sent.token_at(short.start))
    a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
    told = ordinal_nouns(sent.norms[a:b], sent.stems[a:b])
    return any((noun, k) not in told and (k < 0 or any(st == noun for st, _ in told)) for noun, k in asked)


_EDITIONS = fold_words(set(lexicon.EDITION_WORDS))
_OF = normalize("من")


def asked_edition(question: str, analyzer: Analyzer) -> tuple[int, frozenset[str], str]:
    """The edition a question gives an ordinal and names the event of after "من" ("الدورة الثانية من ملتقى الاستثمار
    السياحي"): (the ordinal, the stems of the event's name, up to four words to the next stop word, the text), or
    (0, frozenset(), "")."""
    toks = analyzer.tokens(question)
    for i in range(len(toks) - 3):
        k = _ordinal(toks[i + 1].norm)
        if bare(toks[i].norm) in _EDITIONS or toks[i].norm in _EDITIONS:
            if k and toks[i + 2].norm == _OF:
                name = []
                for t in toks[i + 3:i + 7]:
                    if t.stop or not t.stem:
                        break
                    name.append(t)
                if name:
                    return k, frozenset(t.stem for t in name), question[toks[i].start:name[-1].end]
    return 0, frozenset(), ""


def other_edition(edition: tuple[int, frozenset[str], str], sent: Sentence) -> bool:
    """The sentence writes the event's name the question asks an edition of with another ordinal, and that name with
    the question's ordinal nowhere: "ملتقى الاستثمار السياحي الثالث بمشاركة 140 مستثمراً" counts the third's investors, none
    of "كم مستثمراً شارك في الدورة الثانية من ملتقى الاستثمار السياحي؟" (held out 19, round 32's Next)."""
    k, name, _ = edition
    if not k:
        return False
    own = ordinal_nouns(sent.norms, sent.stems)
    return any(st in name and j != k for st, j in own) and not any(j == k for _, j in own)


def in_the_ordinals_clause(sent: Sentence, info: QuestionInfo, spans: list[tuple[int, int]],
                           event_at: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Of a sentence's answer spans (sentence-relative char offsets), those in a clause naming the question's ordinal,
    when the sentence tells the noun with another ordinal too: "اختتم المهرجان دورته السادسة يوم 3 أكتوبر 2024، بعد أن
    أقيمت الدورة الخامسة في سبتمبر 2023" gives "متى اختتم المهرجان دورته الخامسة؟" no day of the sixth (round 26).
    When the question's event word stands in the sentence (``event_at``, token positions), that clause must hold it
    too: the fifth was held ("أقيمت") in September, its closing is not told. All of the spans when the sentence tells
    no other ordinal of the noun."""
    asked = ordinal_nouns([n for n, _ in info.focus_norms], [st for _, st in info.focus_norms])
    if not asked or not spans:
        return spans
    nouns = {noun for noun, _ in asked}
    bounds = sent.clause_bounds
    told = [ordinal_nouns(sent.norms[a:b], sent.stems[a:b]) for a, b in zip(bounds, bounds[1:])]
    if not any(st in nouns and (st, k) not in asked for clause in told for st, k in clause):
        return spans

    def clause(char: int) -> int:
        return sent.clause_at(sent.token_at(char))

    verbs = {sent.clause_at(p) for p in event_at}
    return [sp for sp in spans if told[clause(sp[0])] & asked and (not verbs or clause(sp[0]) in verbs)]


def asked_chains(question: str, analyzer: Analyzer) -> list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """The question's noun chains that end on a word with ال ("إضراب ميناء الصخرة", "إضراب مصنع الزجاج"): (the folded
    words before it, in order; ((folded word, stem) of that last word,)), for :func:`counted_in_another_clause`. The
    counted noun after "كم" is no part of one ("كم عاملاً يشارك")."""
    toks = analyzer.tokens(question)
    out: list[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = []
    run: list = []
    for k, t in enumerate([*toks, None]):
        if t is not None and not t.stop and t.stem and not t.norm.isdigit() and not (k and toks[k - 1].norm == "كم"):
            run.append(t)
            continue
        if len(run) >= 2 and run[-1].norm.startswith("ال"):
            out.append((tuple(w.norm for w in run[:-1]), ((run[-1].norm, run[-1].stem),)))
        run = []
    return out


def counted_in_another_clause(sent: Sentence, short: ShortAnswer,
                              chains: Sequence[tuple[Sequence[str], Sequence[tuple[str, str]]]]) -> bool:
    """The count of ``short`` stands in a clause that tells the chain's head alone, with ال, while another clause of the
    sentence writes the word the question completes it with (``chains``: :func:`asked_chains`): "إن نحو 1200 عامل
    يشاركون في الإضراب، وإن النقابة ستدعو عمال ميناء الصخرة إلى الانضمام …" counts the strike's workers, none of "كم عاملاً
    يشارك في إضراب ميناء الصخرة؟" (round 31; the lead's round-30 Next: a count taken from another's clause). A word the
    sentence does not write is left to its article; a count's clause naming the head by a pronoun ("عدد سكانها"), or
    with the word the question puts after it ("في الدورة الخامسة 95 ناشراً" for "… الدورة الخامسة لمعرض الكتاب"), is
    left as it is."""
    def holds(a: int, b: int, name: Sequence[tuple[str, str]]) -> bool:
        return all(any(bare(n) == bare(w) or (st and sent.stems[k] == st) for k, n in enumerate(sent.norms[a:b], a))
                   for w, st in name)

    bounds = sent.clause_bounds
    c = sent.clause_at(sent.token_at(short.start))
    a, b = bounds[c], bounds[c + 1]
    for heads, name in chains:
        if not name or holds(a, b, name):
            continue
        # (a head the question writes without ال, "إضراب", told with ال and alone: not followed by the word the question
        # writes after it; a word the question writes with ال is none, "الدورة الخامسة")
        pairs = [(bare(w), bare(after)) for w, after in zip(heads, [*heads[1:], name[0][0]]) if not w.startswith("ال")]
        alone = {head for k, n in enumerate(sent.norms[a:b], a) for head, after in pairs
                 if n != bare(n) and "ال" in n[:4] and bare(n) == head and (k + 1 >= b or bare(sent.norms[k + 1]) != after)}
        # (the other clause names the word with another noun than that head: "عمال ميناء الصخرة", no strike; one
        # writing the head too introduces the count's own, "افتتح … قاعة جديدة للمطالعة …، وتتسع القاعة لمئة قارئ")
        if any(holds(x, y, name) and not any(bare(n) in alone for n in sent.norms[x:y])
               for k, (x, y) in enumerate(zip(bounds, bounds[1:])) if k != c and alone):
            return True
    return False


_AGAINST = frozenset(without_conjunction(w) for w in fold_words(set(lexicon.COUNT_AGAINST)))
SET_AGAINST_REACH = 2  # tokens from the word of contrast ("مقابل") to the count it sets against another, at most
PARTY_REACH = 4  # tokens after that count in which it names its own party ("ستة مقاعد لقائمة التجديد")


def set_against_the_party(sent: Sentence, info: QuestionInfo, counting: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of counts of the noun asked set against one another, the one right after "مقابل" when the words right after it
    name a party the question asks of that nothing before "مقابل" names: "فازت قائمة الوفاق بتسعة مقاعد …، مقابل ستة
    مقاعد لقائمة التجديد" gives the renewal list's six seats, not the first count, for "كم مقعداً حصلت عليه قائمة
    التجديد …؟" (held out 30's control was answered "بتسعة مقاعد"; round 44). ``counting`` unchanged otherwise."""
    if len(counting) < 2:
        return counting
    counted = bare(info.counted or "")
    asked = {bare(n) for n, _ in info.focus_norms if not n.isdigit() and bare(n) != counted}
    for m in counting[1:]:
        j = sent.token_at(m[0])
        against = next((k for k in range(max(j - SET_AGAINST_REACH, 0), j) if without_conjunction(sent.norms[k]) in _AGAINST), None)
        if against is None:
            continue
        end = sent.token_at(max(m[0], m[1] - 1)) + 1
        own: set[str] = set()
        for k in range(end, min(end + PARTY_REACH, len(sent.norms))):
            if sent.breaks_before(k):
                break
            own.add(bare(sent.norms[k]))
        before = {bare(n) for n in sent.norms[:against]}
        if any(w in own and w not in before for w in asked):
            return [m]
    return counting


# The families a question's verb may give a noun no list counts as people: life lost, hurt or saved. Not taking part nor
# being displaced: their verbs re-label counts of things ("كم طائرة شاركت …؟" took "1200 عون", "كم أسرة شردت …؟" took
# "340 منزلاً": round 43's draft of this rule, reverted).
_LIFE_KINDS = frozenset({"dead", "injured", "rescued"})
_OTHER_ONES = frozenset(normalize(w) for w in (*lexicon.OTHER_ONES, *lexicon.OTHER_TWO))


def life_kind_of_unlisted(sent: Sentence, info: QuestionInfo, mentions: list[tuple[int, int]],
                          word_after: Callable[[tuple[int, int]], str], counts_noun: Callable[[str], bool]) -> str:
    """The family (the dead, the injured or the saved) a how-many question asks by its verb of a noun no list counts as
    people ("كم حطاباً أنقذ …؟"), when every count of the sentence is told by a family and those of the family asked
    count that noun or "others" of it (``word_after`` a count, read by ``counts_noun``): "لقي سبعة حطابين حتفهم وأنقذ
    خمسة آخرون" saved five, and main gave the dead's seven (round 43's Next; round 44). "" otherwise."""
    kind = asked_kind(info, True)
    if kind not in _LIFE_KINDS or not mentions:
        return ""
    kinds = {m: part_kind(sent, *m) for m in mentions}
    if not all(kinds.values()):
        return ""
    own = [word_after(m) for m in mentions if kinds[m] == kind]
    return kind if own and all(counts_noun(w) or without_conjunction(w) in _OTHER_ONES for w in own) else ""
