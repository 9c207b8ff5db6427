"""Question constraints: what a sentence must hold before it may answer (step 4 of :mod:`akhbar.qa.compose`).

A question names specific things — a year or a date ("كأس العالم 2018"), a number, a quoted phrase,
a person, place or organisation ("لبنان"، "قاعدة حميميم"، "نجيب محفوظ"), and the event it asks about
(the verb or noun right after the interrogative: "متى **جنحت** السفينة"، "كم عدد قتلى **الزلزال**").
:func:`question_constraints` reads them; :func:`~akhbar.qa.constraint_check.unmet` says which of them one
evidence sentence leaves unsatisfied. The sentence satisfies a constraint when it holds it, or — for dates and names —
when its article does by its title or its publication date. The event must be in the sentence
itself for factoid questions (the departure in July is no answer to "when did it run aground"), and
may be in the title or the next or previous sentence for why / list / description questions, whose
answering sentence often goes on about the event without naming it ("وعزت الهيئة الحادث إلى …").

An answer whose sentence leaves a constraint unmet is not given: ``ask`` abstains and names the
constraint no evidence satisfied ("لا يذكر الأرشيف شيئاً عن كأس العالم 2018").

Every other content word of the question is a softer constraint, weighed by how rare it is in the
archive: :mod:`akhbar.qa.rare` (it builds on ``name_match`` and ``tokens_of`` of :mod:`akhbar.qa.constraint_check`,
where every check of one sentence against these constraints lives).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, Token, normalize
from ..dates import find_dates
from ..numbers import find_numbers
from ..retrieve import QUOTED
from .evidence import Sentence, is_generic
from .match import bare, fold_words
from .names import COMPOUND_NAMES, GIVEN_NAMES, NAME_CUES, PLACE_CUE_KIND, PLACES
from .periods import DECADE_NOUNS
from .question import (
    _HOW_MANY,
    _QUESTION_WORDS,
    _WHAT,
    _WHEN,
    _WHERE,
    _WHO,
    _WHY,
    _YESNO,
    QuestionInfo,
)

# Words right after the interrogative that carry no event of their own ("كم بلغت قوة…"، "متى تم توقيع…").
_AUX = fold_words({"قام", "قامت", "يقوم", "تقوم", "كان", "كانت", "يكون", "تكون", "كانوا", "تم", "يتم", "تمت", "بلغ", "بلغت", "يبلغ", "تبلغ",
                   "هو", "هي", "هم", "الذي", "التي", "عدد", "العدد", "اسم", "حدث", "جرى", "حصل", "يوجد", "توجد",
                   "تقع", "يقع", "وقع", "وقعت", "اول", "أول", "اخر", "آخر", "اهم", "أهم", "ابرز", "أبرز", "احد", "أحد"})
_YEAR = re.compile(r"(?<![\d٠-٩])((?:1[0-9]|20)[0-9]{2})(?![\d٠-٩])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Constraint:
    """One specific thing the question names, which the evidence must hold."""

    kind: str  # "date" | "number" | "quote" | "name" | "event" | "rare" | "ordinal" (a message only: qa.decide)
    # | "before" | "after" (a time limit set by an event: qa.before_after)
    text: str  # as the question writes it, with the words it qualifies ("كأس العالم 2018"), for the message
    words: tuple[tuple[str, str], ...] = ()  # (folded word, stem) the evidence must hold (quote, name, event)
    head: tuple[str, str] | None = None  # the noun a name completes in the question ("رئاسة" of "رئاسة سوريا")
    # A name of two words (COMPOUND_NAMES, "الولايات المتحدة") is held by its words side by side, or by
    # one of the single words that stand for it ("أمريكا", "الأمريكية"): each word alone names other things.
    side_by_side: bool = False
    aliases: tuple[tuple[str, str], ...] = ()
    # The kind of place the question's cue names (names.PLACE_CUE_KIND: "معبر باب السلامة"), or -1: the
    # name's words side by side, not right after a cue of another kind ("حي المزة" for "سجن المزة").
    place_kind: int = -1
    # A base's cue before the name ("قاعدة تدمر"): the name names the base only after a base's cue, not a town
    # of that name ("قرب تدمر"): the evidence must write the cue before it (``constraint_check._after_base_cue``). So does a
    # port's, airport's or prison's cue before a town (lexicon.TOWN_PLACE_CUES: "مطار حلب"), whose kind of place
    # (names.PLACE_CUE_KIND) is ``cue_kind`` (-1 for a base).
    base: bool = False
    cue_kind: int = -1
    # The head of an institution before the name (lexicon.INSTITUTION_CUES, folded: "مستشفي" of "مستشفى البشير"), or "":
    # a sentence that writes the head alone ("مدير المستشفى") is of the one its article names (``constraint_check.institution_met``).
    institution: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    value: float | None = None


@dataclass(frozen=True)
class _QWord:
    """A question token with what constraint reading needs."""

    tok: Token
    bare: str


def _qwords(question: str, analyzer: Analyzer) -> list[_QWord]:
    return [_QWord(t, bare(t.norm)) for t in analyzer.tokens(question)]


def _display(question: str, words: list[_QWord], a: int, b: int) -> str:
    """The question's text of tokens a..b-1; a one-letter clitic before a cue noun is dropped
    ("بكأس العالم" → "كأس العالم"), other words stay as written (بيروت، فبراير)."""
    first = words[a].tok
    rest = first.norm[1:]
    clitic = first.text[:1] in "وفبلك" and len(first.norm) > 3 and (
        rest in NAME_CUES or rest in _INSTITUTION_CUES or (first.text[0] == "و" and (rest in PLACES or rest in GIVEN_NAMES)))
    return question[first.start + (1 if clitic else 0):words[b - 1].tok.end]


@lru_cache(maxsize=65536)
def _nisba_core(norm: str) -> str:
    """A place name and its adjective meet here: روسيا / الروسية / الروسي → روس. A place whose first letter reads as a
    glued ل keeps it ("لبنان" / "اللبنانية" → لبنان, "ليبيا" / "الليبي" → ليب): bare() took it off the name alone, and
    the two never met (the lead's round-31 probe: "الجامعة اللبنانية" was no name, and another university's count
    answered "كم طالباً تضم الجامعة اللبنانية؟"). The adjective's dual and plural ("التوأمتين الصوماليتين"، "الصوماليان"،
    "السودانيين") meet the place too when what is left is a place's core (round 45: held out 30's six questions on the
    Somali twins abstained naming "الصوماليتين", a word no article holds, beside "توأمتين … من الصومال")."""
    w = _nisba_singular_core(norm)
    return w or _nisba_core_one(norm)


_NISBA_MANY = ("يتين", "يتان", "يين", "يون", "يان")  # the nisba's dual and plural endings, feminine first


def _nisba_singular_core(norm: str) -> str:
    """The place core of a nisba's dual or plural (:func:`_nisba_core`), or "" for any other word."""
    w = bare(norm)
    for suffix in _NISBA_MANY:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            core = w[:-len(suffix)]
            return core if core in _place_cores() else ""
    return ""


@lru_cache(maxsize=1)
def _place_cores() -> frozenset[str]:
    return frozenset(_nisba_core_one(p) for p in PLACES if " " not in p and len(_nisba_core_one(p)) >= 3)


def _nisba_core_one(norm: str) -> str:
    """:func:`_nisba_core` of a place or its singular adjective."""
    w = bare(norm)
    if not norm.startswith("ال"):
        w = norm if norm in PLACES else norm[1:] if norm[:1] in "وبل" and norm[1:] in PLACES else w
    for suffix in ("يه", "يا", "ي", "ه", "ا"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


_PLACE_CORES = {_nisba_core(p) for p in PLACES if " " not in p and len(_nisba_core(p)) >= 3}


def _place_word(norm: str) -> bool:
    """A place of PLACES, with a clitic or as its adjective ("وسوريا"، "الروسية")."""
    return norm in PLACES or bare(norm) in PLACES or ("ال" + bare(norm)) in PLACES or _nisba_core(norm) in _PLACE_CORES


def _interrogative_at(words: list[_QWord]) -> int:
    """Index of the interrogative (or -1)."""
    for i, w in enumerate(words[:12]):
        n = w.tok.norm
        if n in _WHEN or n in _HOW_MANY or n in _WHERE or n in _WHY or n in _YESNO or n in {"كيف"}:
            return i
        if n in _WHO and (i == 0 or words[i - 1].tok.norm in {"في", "الى", "الي", "علي", "مع", "عن"}):
            return i
        if n in _WHAT and i < 4:
            return i
        if n in _WHICH and i < 4 and i + 1 < len(words) and _place_cue(words[i + 1]) >= 0:
            return i + 1  # "على أي استاد أقيمت…": the verb after the place asked is the event
    return -1


def question_constraints(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[Constraint]:
    """The specific things ``question`` names: dates and years, numbers, quoted phrases, names of
    places, people and things, and its event word (see the module docstring)."""
    words = _qwords(question, analyzer)
    if not words:
        return []
    out: list[Constraint] = []
    taken: set[int] = set()  # token positions already part of a constraint

    def index_at(char: int) -> int:
        return next((i for i, w in enumerate(words) if w.tok.end > char), len(words) - 1)

    def qualified(a: int, b: int, start: int, end: int) -> str:
        """The question's text from ``start`` to ``end`` (tokens a..b-1) with up to two content words
        before it ("كأس العالم 2018")."""
        k = a
        while k > 0 and a - k < 2:
            prev = words[k - 1].tok
            if prev.stop or prev.norm in _QUESTION_WORDS or prev.norm.isdigit():
                break
            k -= 1
        own = question[start:end]
        return _display(question, words, k, a) + " " + own if k < a else own

    # Dates and bare years.
    spans: list[tuple[int, int]] = []
    for d in find_dates(question):
        if d.date is None:
            continue
        a, b = index_at(d.start), index_at(d.end - 1) + 1
        out.append(Constraint("date", qualified(a, b, d.start, d.end), year=d.date.year,
                              month=d.date.month if d.precision in ("month", "day") else None,
                              day=d.date.day if d.precision == "day" else None))
        spans.append((d.start, d.end))
        taken.update(range(a, b))
    for m in _YEAR.finditer(question.translate(_DIGITS)):
        if any(s <= m.start() < e for s, e in spans):
            continue
        a = index_at(m.start())
        out.append(Constraint("date", qualified(a, a + 1, m.start(), m.end()), year=int(m.group(1))))
        spans.append((m.start(), m.end()))
        taken.add(a)
    # Numbers written in digits that are no dates ("المادة 30"): number words are too often
    # ordinals or parts of phrases ("الثالث وتسعة") to be held to.
    for n in find_numbers(question):
        if any(s < n.end and n.start < e for s, e in spans) or n.value is None \
                or not any(ch.isdigit() for ch in n.text):
            continue
        a, b = index_at(n.start), index_at(n.end - 1) + 1
        out.append(Constraint("number", qualified(a, b, n.start, n.end), value=float(n.value)))
        taken.update(range(a, b))
    # Quoted phrases.
    for m in QUOTED.finditer(question):
        a, b = index_at(m.start()), index_at(m.end() - 1) + 1
        inner = [(w.tok.norm, w.tok.stem) for w in words[a:b] if not w.tok.stop and w.tok.stem]
        if inner:
            out.append(Constraint("quote", question[m.start():m.end()].strip("«»\"“” "), words=tuple(inner)))
            taken.update(range(a, b))
    asked = _interrogative_at(words)  # the word after it is the verb, no noun in construct
    i = 0
    while i < len(words):
        found = _name_at(words, i, taken)
        if found is None:
            i += 1
            continue
        start, end = found
        kind = _place_cue(words[start]) if start < i else -1
        name = tuple((x.tok.norm, x.tok.stem) for x in words[i:end] if not x.tok.stop and x.tok.stem)
        if name:
            # (a town after a port's, airport's or prison's cue: "مطار حلب"; a name of no town after one is held by
            # its place kind: "سجن المزة")
            town = _town_cue(words[start]) if start == i - 1 and _place_word(words[i].tok.norm) else -1
            base = start == i - 1 and (words[start].bare in _BASE_CUES or town >= 0)
            cue_kind = town
            if cue_kind >= 0:
                kind = -1  # held to its cue by known_bases, as a base is; the cue stays a word of the question
            before = words[i - 1] if i > 0 else None
            # A noun right before a name without cue is in construct with it ("رئاسة سوريا"), and so is a base's
            # cue before a place ("قاعدة حميميم"). (A head with ال is described by the name, not joined to it:
            # "المتحف المصري".)
            head = (before.tok.norm, before.tok.stem) if before is not None and i - 1 > asked + 1 \
                and (start == i or (base and _place_word(words[i].tok.norm))) \
                and not before.tok.stop and before.tok.stem and before.tok.norm not in _QUESTION_WORDS \
                and not before.tok.norm.startswith(("ال", "لل")) and not _place_word(before.tok.norm) \
                and words[i].tok.norm[:1] != "و" and before.tok.norm.endswith("ه") and len(before.tok.norm) >= 4 \
                else None  # "تركيا وسوريا" are two names; "ضرب تركيا" a verb: only a noun in ة heads a construct
            compound = _compound_at(words, i) == end - i
            aliases = tuple((t.norm, t.stem) for a in COMPOUND_NAMES.get(tuple(w.bare for w in words[i:end]), ())
                            for t in analyzer.tokens(a)) if compound else ()
            # (a given name after the head names the institution too: "مستشفى الهدى"، "مستشفى النور", round 29)
            institution = _cue_before(words, i) if start in (i - 1, i) else ""
            institution = institution if institution in _INSTITUTION_CUES else ""
            named_by_adjective = _named_by_adjective(words, i, start)
            if named_by_adjective:
                name = ((words[i - 1].tok.norm, words[i - 1].tok.stem), *name)
            out.append(Constraint("name", _display(question, words, i - 1 if institution or named_by_adjective else start, end),
                                  words=name, head=head,
                                  side_by_side=compound or kind >= 0 or named_by_adjective, aliases=aliases, place_kind=kind,
                                  base=base, cue_kind=cue_kind,
                                  institution=institution))
            taken.update(range(i if kind < 0 else start, end))  # a place cue is no event word ("معبر")
        i = end
    # The adjectives of a name go with it ("قاعدة حميميم الجوية"): no event of their own.
    for i in sorted(taken):
        j = i + 1
        while j < len(words) and j not in taken and words[j].tok.norm.startswith("ال") \
                and words[j].tok.norm.endswith(("ي", "يه")):
            taken.add(j)
            j += 1
    event = _event_word(words, info, taken)
    if event is not None:
        w = words[event]
        out.append(Constraint("event", _display(question, words, event, event + 1),
                              words=((w.tok.norm, w.tok.stem),)))
    return out


# After these cues a word with ال is a name too ("قناة السويس", "منتخب الأرجنتين", "مسبار الأمل"; a monument's,
# "قلعة الشوبك", "سد النهضة": read as the event word, it was no constraint, and another castle's visitors answered, round 27).
_ARTICLE_NAME_CUES = fold_words({"قناة", "منتخب", "نادي", "مدينة", "جزيرة", "نهر", "جبل", "مسبار", "مطار", "ميناء",
                                 "مرفأ", "قاعدة", "سجن", "جامعة", "شركة", "صحيفة", "السفينة", "سفينة", "حزب", "حركة",
                                 "كوكب", "قلعة", "سد", "مسجد", "كاتدرائية", *lexicon.INSTITUTION_CUES})
# A military rank before an officer's name (lexicon.MILITARY_RANKS, round 43): a cue of his name in a question.
_RANKS = fold_words(set(lexicon.MILITARY_RANKS))
# An institution's head (lexicon.INSTITUTION_CUES): the word after it names the institution ("مستشفى البشير"; round 28).
_INSTITUTION_CUES = fold_words(set(lexicon.INSTITUTION_CUES))
# "ابن" / "بن" after an institution's head opens a name of two words ("مكتبة ابن رشد"): lexicon.SON_OF.
_SON_OF = frozenset(bare(w) for w in fold_words(set(lexicon.SON_OF)))
# lexicon.BASE_CUES without clitics ("لقاعدة"، "بقاعدتي"): a name after one names the base, not a town.
_BASE_CUES = frozenset(bare(w) for w in fold_words(set(lexicon.BASE_CUES)))
# Words before which a given name is no name: "كم كان عمر مانينغ" asks an age.
_GLUED_PHRASES = fold_words(set(lexicon.GLUED_NAME_PHRASES))
_NOT_BEFORE_NAME = fold_words({"كم", "كان", "كانت", "يبلغ", "بلغ", "ما", "متوسط"})


def _place_kind(norm: str) -> int:
    """The kind of place a folded word names as a cue without ال, a clitic allowed ("بمعبر"، "بحي"), or -1."""
    kind = PLACE_CUE_KIND.get(norm, -1)
    if kind < 0 and norm[:1] in "وفبلك" and len(norm) >= 3:
        kind = PLACE_CUE_KIND.get(norm[1:], -1)
    return kind


def _place_cue(w: _QWord) -> int:
    return _place_kind(w.tok.norm)


_WHICH = fold_words(set(lexicon.WHICH))


def asked_place_kind(question: str) -> int:
    """The kind of place "أي" + a cue asks for ("في أي ساحة…"، "على أي استاد…"; names.PLACE_CUE_KIND),
    or -1."""
    norms = [normalize(t) for t in question.replace("؟", " ").split()]
    return next((_place_kind(n) for a, n in zip(norms, norms[1:]) if a in _WHICH and _place_kind(n) >= 0), -1)


def holds_place_kind(sent: Sentence, kind: int) -> bool:
    """The sentence names a place of that kind: its cue without ال, then a word of content ("ساحة
    الأمويين"، "على استاد لوسيل"); "شوارع دمشق" is no square."""
    return any(_place_kind(n) == kind and k + 1 < len(sent.norms) and bool(sent.stems[k + 1])
               for k, n in enumerate(sent.norms))


def _nisba(w: _QWord) -> bool:
    """An adjective of relation as written ("الحدودي"، "الهولندية"); "الهوى" ends in ى, no ي."""
    return w.tok.text.endswith(("ي", "ية", "يه", "يّ", "يّة"))


def _place_name_at(words: list[_QWord], i: int, taken: set[int]) -> int:
    """End of the name of a place cue at token i-1 ("سجن المزة": i+1; "معبر باب السلامة": i+2), or 0.
    The cue has no ال: an ال-word right after it is in construct with it, a name ("حي الجمالية"); a plain
    word followed by an ال-word that is no adjective of relation is a name of two words ("باب الهوى"),
    "مطار دمشق الدولي" is a place and its adjective (the place is read first)."""
    if i == 0 or _place_cue(words[i - 1]) < 0 or (i - 1) in taken \
            or (i >= 2 and words[i - 2].tok.norm in _WHICH):
        return 0  # "من أي معبر دخلت القافلة": the place is asked, a verb follows
    if i >= 3 and words[i - 3].tok.norm in _HOW_MANY:
        # the verb's slot after "كم" and its counted noun: "كم سنة سجن المحاسب؟" asks how long he was jailed, no prison
        # named "المحاسب" (round 43: held out 29's "كم سنة سجن العقيد …؟" was answered with another officer's term)
        return 0
    w = words[i]
    n = w.tok.norm
    if n.startswith("ال"):
        title = n in NAME_CUES and i + 1 < len(words) and i + 1 not in taken and not words[i + 1].tok.stop
        return i + (2 if title else 1)  # "جسر الملك فهد": a title and its name
    if i + 1 < len(words) and i + 1 not in taken and not (w.tok.stop or n.isdigit() or n in _QUESTION_WORDS
                                                          or _place_word(n)):
        nxt = words[i + 1]
        if nxt.tok.norm.startswith("ال") and not nxt.tok.stop and nxt.tok.norm not in _QUESTION_WORDS \
                and nxt.tok.stem and not _nisba(nxt):
            return i + 2
    return 0


_TOWN_CUE_KINDS = frozenset(PLACE_CUE_KIND[w] for w in fold_words(set(lexicon.TOWN_PLACE_CUES)))


def _town_cue(w: _QWord) -> int:
    """The kind of place (names.PLACE_CUE_KIND) of a cue of lexicon.TOWN_PLACE_CUES ("بمطار"), or -1."""
    kind = _place_cue(w)
    return kind if kind in _TOWN_CUE_KINDS else -1


def _base_cue_before(words: list[_QWord], i: int, taken: set[int]) -> bool:
    """A base's cue stands right before token i ("قاعدة" of "قاعدة طرطوس"), or a port's, airport's or prison's
    ("مطار" of "مطار حلب")."""
    return i > 0 and (i - 1) not in taken and (words[i - 1].bare in _BASE_CUES or _town_cue(words[i - 1]) >= 0)


def _named_by_adjective(words: list[_QWord], i: int, start: int) -> bool:
    """The name at token ``i`` is a place's adjective after an institution's head with its article: "الجامعة الأردنية",
    "المتحف المصري" name one institution, which a sentence names by the two words in a row. Read as the country alone,
    "للجامعة الأردنية" was met by "في الأردن" of a sentence on another university's president (the lead's round-31
    probe: "من عين رئيساً للجامعة الأردنية؟" answered with Yarmouk's new president)."""
    if start != i or i == 0 or not _nisba(words[i]):
        return False
    head = words[i - 1].tok.norm
    return head.startswith(("ال", "لل", "بال", "وال")) and bare(head) in _INSTITUTION_CUES


def _cue_before(words: list[_QWord], i: int) -> str:
    """The name cue right before token i ('' when none); an institution's head may take a preposition ("بمستشفى")."""
    if i == 0 or (i >= 2 and words[i - 2].tok.norm == "كم" and not words[i].tok.norm.endswith(("ي", "يه"))):
        # The noun counted after كم is no cue: "كم شركة شاركت" names no company "شاركت". (Its adjective keeps the name
        # reading, "كم سفينة حربية يسمح …": that reading keeps the adjective and the words after it from being the event,
        # and the generation guard's held-out 12 question is answered by the verb it then finds: round 32.)
        return ""
    prev = words[i - 1].tok.norm
    if prev in NAME_CUES or prev in _INSTITUTION_CUES or prev in _RANKS:
        return prev
    return prev[1:] if prev[:1] in "وبل" and prev[1:] in _INSTITUTION_CUES else ""


def _plain(w: _QWord) -> bool:
    """A word that may continue a foreign name: no ال, no clitic, no digits, not a stopword."""
    n = w.tok.norm
    return not (w.tok.stop or n.startswith("ال") or n.isdigit() or n in _QUESTION_WORDS or n[:1] in "وفبل"
                or _place_word(n))


def _name_at(words: list[_QWord], i: int, taken: set[int]) -> tuple[int, int] | None:
    """(display start, end) of a name starting at token i: a place of PLACES, a given name with the
    family name after it, Latin words, or the word(s) after a cue ("قاعدة حميميم"); else None."""
    w = words[i]
    n = w.tok.norm
    if i in taken or w.tok.stop or n in _QUESTION_WORDS or not w.tok.stem:
        return None
    compound = _compound_at(words, i)
    if compound and not any(k in taken for k in range(i, i + compound)):
        return i, i + compound
    if _place_word(n):
        two = i + 1 < len(words) and (n + " " + words[i + 1].tok.norm) in PLACES
        return i - int(_base_cue_before(words, i, taken)), i + (2 if two else 1)
    if (n in GIVEN_NAMES or w.bare in GIVEN_NAMES) and n not in _GLUED_PHRASES \
            and not (i > 0 and words[i - 1].tok.norm in _NOT_BEFORE_NAME):
        end = i + 1
        while end < len(words) and end - i < 3 and end not in taken:
            nxt = words[end]
            if nxt.tok.norm.startswith("ال"):
                if end == i + 1 and not nxt.tok.stop and nxt.tok.norm not in _QUESTION_WORDS:
                    end += 1  # a family name with ال right after the given name ("أحمد الشرع") ends it
                break
            if not _plain(nxt) or nxt.tok.norm in NAME_CUES:
                break
            end += 1
        return i, end
    if w.tok.text.isascii() and w.tok.text.isalpha() and len(w.tok.text) > 1:
        end = i + 1
        while end < len(words) and words[end].tok.text.isascii() and words[end].tok.text.isalpha():
            end += 1
        return i, end
    place_end = _place_name_at(words, i, taken)
    if place_end and not _generic_noun(n):
        return i - 1, place_end
    cue = _cue_before(words, i)
    if cue and not n.isdigit() and not _generic_noun(n) and not (i >= 2 and words[i - 2].tok.norm in _WHICH):
        # A word with ال ending in ي after a cue without ال is in construct with it, no adjective (an
        # adjective takes its noun's ال): "كوكب المشتري", "نادي الأهلي", "نهر الليطاني"; one ending in ية
        # is still read as the adjective of a feminine cue ("قاعدة الجوية" is no name).
        adjective = n.endswith("يه") or (n.endswith("ي") and cue.startswith("ال"))
        if n.startswith("ال") and (cue not in _ARTICLE_NAME_CUES or adjective):
            return None  # "القلعة النورمانية", "الفريق الفائز": an adjective, not a name
        end = i + 1
        if cue in _INSTITUTION_CUES and bare(n) in _SON_OF and i + 1 < len(words) and i + 1 not in taken \
                and not words[i + 1].tok.stop and words[i + 1].tok.stem:
            return i - 1, i + 2  # "مكتبة ابن خلدون": "ابن" alone names no library (round 29)
        # (an institution's name is one word: "لمتحف هورنيمان تقريباً" names هورنيمان, the adverb is no name)
        while end < len(words) and end - i < 3 and end not in taken and _plain(words[end]) and not n.startswith("ال") \
                and (cue in NAME_CUES or cue in _RANKS):
            end += 1  # "السفينة إيفر غيفن": a foreign name of several words ("مسبار الأمل" is one word)
        return i - 1, end
    # (a place of two words, neither a place alone nor a cue and its name, "الدار البيضاء"، "رام الله": read word by
    # word, neither was a name, and "من افتتح معرض الكتاب في الدار البيضاء؟" was answered by the Rabat fair's sentence)
    if i + 1 < len(words) and i + 1 not in taken and not _place_word(words[i + 1].tok.norm) \
            and not _cue_before(words, i + 1) and any(
            f + " " + words[i + 1].tok.norm in PLACES for f in (n, n[1:] if n[:1] in "وبلف" else "")):
        return i, i + 2
    return None


def _compound_at(words: list[_QWord], i: int) -> int:
    """How many words a name of COMPOUND_NAMES starting at token i has ("بالولايات المتحدة": 2), or 0."""
    for key in COMPOUND_NAMES:
        if tuple(w.bare for w in words[i:i + len(key)]) == key:
            return len(key)
    return 0


def _generic_noun(norm: str) -> bool:
    return bare(norm) in fold_words({"عالم", "بيانات", "وطنية", "دولية"})


# An auxiliary that is also a deed: "وقع" happened, or signed. It signed when an object follows its subject.
_SIGNED = fold_words({"وقع", "وقعت"})


def _has_object(words: list[_QWord], verb: int, taken: set[int]) -> bool:
    """The verb at ``verb`` takes an object: after its subject (a name, or a noun phrase that ends on a word with ال),
    a noun without ال starts another phrase ("وقعت شركة الواحة للإسمنت عقد …"، "وقع الرئيس قانون …"), before any
    preposition or stopword. "وقع الزلزال في تركيا"، "وقعت معركة حطين"، "وقع انفجار مرفأ بيروت" take none."""
    closed = False  # the subject's phrase has ended on a definite word or a name
    for i in range(verb + 1, len(words)):
        w = words[i]
        n = w.tok.norm
        if w.tok.stop or not w.tok.stem or n in _QUESTION_WORDS:
            return False
        if n.isdigit():
            continue
        if i in taken or n.startswith(("ال", "وال", "لل")):
            closed = True
            continue
        if closed and n[:1] not in "بل":
            return True
        closed = False  # a noun in construct with what follows ("انفجار مرفأ …")
    return False


_MEASURE_UNITS = frozenset(lexicon.MEASURE_UNITS)


def _event_word(words: list[_QWord], info: QuestionInfo, taken: set[int]) -> int | None:
    """Position of the question's event word: the first content word after the interrogative that is
    neither an auxiliary ("تم"، "بلغت"), the counted noun of كم, a framing word nor part of a name."""
    start = _interrogative_at(words) + 1
    if start <= 0 and info.qtype != "list":
        return None
    counted = bare(info.counted) if info.counted else ""
    if info.relative is not None:
        # "من هو الحاكم الألماني الذي دعا …": the deed of the relative clause, not the noun that names the one asked
        at = next((i for i in range(start, len(words)) if (words[i].tok.norm, words[i].tok.stem) == info.relative), None)
        if at is not None:
            return at
    if start < len(words) and words[start].tok.norm in _SIGNED and _has_object(words, start, taken):
        return start  # "متى وقعت شركة الواحة للإسمنت عقد توريد …": signed, not happened
    for i in range(start, len(words)):
        w = words[i]
        n = w.tok.norm
        if i in taken or w.tok.stop or not w.tok.stem or n in _QUESTION_WORDS or n in _AUX or w.bare in _AUX:
            continue
        if n.isdigit() or (counted and w.bare == counted) or is_generic(n):
            continue
        if counted and i > start and words[i - 1].bare == counted and w.bare in _MEASURE_UNITS:
            continue  # "كم مليون دينار أعادت السلطات…": the unit of the count, not the event (round 29, lead)
        if info.answer_type == "date" and n in DECADE_NOUNS:
            continue  # "في أي عقد اشتهرت…": the event is اشتهرت
        if n in NAME_CUES or w.bare in NAME_CUES:
            continue  # "قاعدة" of "قاعدة حميميم": the name is the constraint
        return i
    return None
