"""Checking one evidence sentence against the question's constraints (step 4 of :mod:`akhbar.qa.compose`).

:mod:`akhbar.qa.constraints` reads what the question names (a year, a number, a quote, a name, an institution, its
event word); this module says whether a sentence, with its article, holds each of them: :func:`unmet` lists those
it leaves unsatisfied, :func:`name_match` is the one test of a name word in a sentence (spelling variants, a place
and its adjective, a name glued to a preposition), :func:`event_level` says where the event word is, and
:func:`describe` words the abstention naming what no evidence holds. The two halves meet only through
:class:`~akhbar.qa.constraints.Constraint`: reading a question needs no sentence, checking a sentence reads no question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize
from ..date_words import MONTH_WORDS
from ..numbers import find_numbers
from .constraints import _BASE_CUES, _DIGITS, _SON_OF, _YEAR, Constraint, _nisba_core, _place_kind
from .evidence import Sentence, content_words
from .match import bare, fuzzy, word_match
from .names import surname_met
from .question import QuestionInfo


def _year_in(text: str, year: int) -> bool:
    return any(int(m.group(1)) == year for m in _YEAR.finditer(text.translate(_DIGITS)))


def _date_met(c: Constraint, sent: Sentence) -> bool:
    for d in sent.dates:
        if d.date is not None and d.date.year == c.year \
                and (c.month is None or (d.precision in ("month", "day") and d.date.month == c.month)) \
                and (c.day is None or (d.precision == "day" and d.date.day == c.day)):
            return True
    if c.month is None and (_year_in(sent.text, c.year or 0) or _year_in(sent.cand.title, c.year or 0)):
        return True
    published = sent.cand.published or ""
    want = f"{c.year:04d}" + (f"-{c.month:02d}" if c.month else "") + (f"-{c.day:02d}" if c.day else "")
    return bool(published) and published.startswith(want)


def _number_met(c: Constraint, sent: Sentence) -> bool:
    for text in (sent.text, sent.cand.title):
        if any(n.value is not None and abs(float(n.value) - (c.value or 0.0)) < 1e-9 for n in find_numbers(text)):
            return True
    return False


# Letters foreign names are written with either way ("غيفن" / "جيفن", "تايوان" / "طايوان").
_SAME_SOUND = [set("جغكق"), set("تط"), set("سص"), set("دض"), set("زذظ"), set("هح"), set("اعء")]


def _spelling_variant(a: str, b: str) -> bool:
    """Two folded words that differ by one letter of the same sound, or by one long vowel."""
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b) if x != y]
        return len(diff) == 1 and any(diff[0][0] in g and diff[0][1] in g for g in _SAME_SOUND)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1:] == short and long_[i] in "اوي" for i in range(len(long_)))


def name_match(norm: str, stem: str, sent_norms: list[str], sent_stems: list[str]) -> bool:
    """A name word is in the sentence: the same stem or word, a spelling variant (trigrams ≥ 0.7, or
    one letter of the same sound: غيفن / جيفن), or a place and its adjective (سوريا / السورية)."""
    if stem and stem in sent_stems and any(s == stem and (n not in MONTH_WORDS or n == norm)
                                           for n, s in zip(sent_norms, sent_stems)):
        return True
    return any(_same_name(norm, n) for n in sent_norms)


# Letters glued before a name without ال ("خلفاً لكريم"، "وبوليد"): a preposition, a conjunction or both. bare() takes
# one letter off a name that begins with one of them ("كريم" → "ريم"، "وليد" → "ليد"), so the name and its glued form
# ("لكريم" → "كريم") are compared whole, the glued letters off.
_NAME_GLUE = tuple(sorted({p for p in lexicon.CLITICS if len(p) == 1} | {"وب", "ول", "فب", "فل"}, key=len, reverse=True))


def _glued(norm: str, n: str) -> bool:
    """One of two words is the other with a preposition or conjunction glued before it ("لكريم" / "كريم")."""
    short, long_ = (norm, n) if len(norm) < len(n) else (n, norm)
    return len(short) >= 3 and not short.startswith("ال") and any(
        long_.startswith(p) and long_[len(p):] == short for p in _NAME_GLUE)


@lru_cache(maxsize=400_000)
def _same_name(norm: str, n: str) -> bool:
    """:func:`name_match` of one sentence word (cached: the re-ranker and the choice check the same
    question words against the same sentences)."""
    word = bare(norm)
    core = _nisba_core(norm)
    if n == norm or bare(n) == word or (len(core) >= 3 and _nisba_core(n) == core) or _glued(norm, n):
        return True
    return len(word) >= 4 and (fuzzy(norm, n) >= 0.7 or _spelling_variant(word, bare(n)))


def _words_met(words: tuple[tuple[str, str], ...], norms: list[str], stems: list[str]) -> bool:
    return all(name_match(n, s, norms, stems) for n, s in words)


def _after_base_cue(c: Constraint, norms: list[str], stems: list[str]) -> bool:
    """The name's first word right after a base's cue ("بقاعدة طرطوس"), or joined by و to a name after a dual
    one ("بقاعدتي حميميم وطرطوس"); for a port, airport or prison, right after a cue of its kind ("مرفأ طرطوس")."""
    norm, stem = c.words[0]
    for i, n in enumerate(norms):
        if i == 0 or not ((stem and stems[i] == stem) or _same_name(norm, n)):
            continue
        if c.cue_kind >= 0:
            if _place_kind(norms[i - 1]) == c.cue_kind:
                return True
        elif bare(norms[i - 1]) in _BASE_CUES or (i >= 2 and n[:1] == "و" and bare(norms[i - 2]) in _BASE_CUES):
            return True
    return False


def known_bases(constraints: list[Constraint], sentences: Sequence[Sentence], analyzer: Analyzer) -> list[Constraint]:
    """The constraints, a base's name (``base``) freed of its cue when an article of the evidence names the base
    by it ("قاعدة طرطوس البحرية"): the archive knows that base, and a sentence may name it by its town alone
    ("اتفاقاً يسمح لروسيا باستخدام طرطوس"). A base no article names so ("قاعدة تدمر", the archive only telling of
    mines "قرب تدمر") stays held to its cue, which no sentence meets (:func:`unmet`)."""
    bases = [c for c in constraints if c.base]
    if not bases:
        return constraints
    texts: dict[int, tuple[list[str], list[str]]] = {}
    for s in sentences:
        if s.cand.article_id not in texts:
            title, text = tokens_of(s.cand.title, analyzer), tokens_of(s.cand.text, analyzer)
            texts[s.cand.article_id] = (title[0] + text[0], title[1] + text[1])
    known = {id(c) for c in bases if any(_after_base_cue(c, *t) for t in texts.values())}
    return [replace(c, base=False) if id(c) in known else c for c in constraints]


def _name_met(c: Constraint, norms: list[str], stems: list[str]) -> bool:
    """A name or quote constraint held by a text's (folded words, stems): every word somewhere, or for a
    name of two words (``side_by_side``) its words in a row ("والولايات المتحدة") or a word standing
    for it ("الأمريكية": :func:`name_match` reads a place's adjective)."""
    if not c.side_by_side:
        return _words_met(c.words, norms, stems)
    if any(name_match(n, s, norms, stems) for n, s in c.aliases):
        return True
    k = len(c.words)
    return any(all((s and s == stems[i + j]) or _same_name(n, norms[i + j]) for j, (n, s) in enumerate(c.words))
               and (c.place_kind < 0 or i == 0 or _place_kind(norms[i - 1]) in (-1, c.place_kind))
               for i in range(len(norms) - k + 1))


def tokens_of(text: str, analyzer: Analyzer) -> tuple[list[str], list[str]]:
    """(folded words, stems) of a text's content tokens."""
    toks = [t for t in analyzer.tokens(text or "") if not t.stop]
    return [t.norm for t in toks], [t.stem for t in toks]


EVENT_MATCH = 0.6  # word_match of the event word: stem 1, related word 0.8, skeleton 0.6 (سقوط / أسقط)


def event_met(c: Constraint, sent: Sentence, nearby: list[Sentence] | None = None) -> bool:
    """The event word is in the sentence (stem, related word or consonant skeleton), or in one of
    the ``nearby`` sentences."""
    norm, stem = c.words[0]
    return any(word_match(norm, stem, s.stems, content_words(s)) >= EVENT_MATCH for s in [sent, *(nearby or [])])


def unmet(constraints: list[Constraint], sent: Sentence, analyzer: Analyzer, info: QuestionInfo) -> list[Constraint]:
    """The constraints ``sent`` (with its article) leaves unsatisfied.

    Dates, numbers, quotes and names must be in the sentence or the article's title (a date may be
    the article's date); for why / list / description questions a name may be anywhere in the article,
    whose sentences go on about what an earlier one named ("وقالت الهيئة إن رياحاً قوية … تسببتا في
    فقدان السيطرة على السفينة"). The event word is no hard constraint (questions name events in other
    words than their answers: "من سجل" / "قاد … في العرقلات"); :func:`event_level` says where it is,
    for the confidence to weigh."""
    missing: list[Constraint] = []
    loose = info.answer_type in ("description", "list") and info.qtype != "yesno"
    title: tuple[list[str], list[str]] | None = None
    article: tuple[list[str], list[str]] | None = None
    for c in constraints:
        if c.kind == "date":
            ok = _date_met(c, sent)
        elif c.kind == "number":
            ok = _number_met(c, sent)
        elif c.kind in ("quote", "name"):
            ok = _name_met(c, sent.norms, sent.stems) and not _city_by_adjective(c, sent.norms)
            if not ok:
                title = title or tokens_of(sent.cand.title, analyzer)
                ok = _name_met(c, *title) and not _city_by_adjective(c, title[0])
            if not ok and loose:
                article = article or tokens_of(sent.cand.text, analyzer)
                ok = _held(c, *article)
            if not ok and c.kind == "name":
                # a man the article names in full, then by his family name alone ("وكان الخطيب قد أقيل …")
                article = article or tokens_of(sent.cand.text, analyzer)
                ok = surname_met(c.words, sent.norms, article[0])
            # "قاعدة تدمر" and "قرب تدمر": a town of that name, no base (no article of the evidence names the base
            # by its cue: known_bases)
            ok = ok and not c.base
            if not ok and c.institution:
                article = article or tokens_of(sent.cand.text, analyzer)
                ok = institution_met(c, sent.norms, *article)
        else:
            continue
        if not ok:
            missing.append(c)
    return missing


_CITY_HEADS = frozenset(bare(normalize(w)) for w in lexicon.CITY_HEADS)


def _city_by_adjective(c: Constraint, norms: Sequence[str]) -> bool:
    """A city the question names after its head ("مدينة الكويت") that the words hold only as an adjective ("في بلدة الوفرة
    الكويتية"): the adjective is the country's, of another town in it (round 43: held out 29's Jahra reading answered
    "كم درجة سجلت مدينة الكويت …؟", 0.97). "الكويت" asked alone is met by it."""
    if c.kind != "name" or c.head is None or len(c.words) != 1 or bare(c.head[0]) not in _CITY_HEADS:
        return False
    norm = c.words[0][0]
    core = _nisba_core(norm)
    held = [n for n in norms if _same_name(norm, n)]
    return bool(held) and all(n != norm and bare(n) != bare(norm) and not _glued(norm, n) and _nisba_core(n) == core
                              for n in held)


def _held(c: Constraint, norms: list[str], stems: list[str]) -> bool:
    """:func:`_name_met`, or a country's name (or its adjective) held by its capital (lexicon.CAPITALS): "الحكومة
    اللبنانية" by an article on "بيروت" that never writes لبنان. For the questions whose names an article holds (a
    description, a list): a factoid's sentence must say the country ("رئيس الوزراء البريطاني" is no minister of
    another country met "في لندن": the pool's out-of-archive question was answered so, 0.54)."""
    if _name_met(c, norms, stems):
        return True
    capitals = _CAPITALS_OF.get(_nisba_core(c.words[0][0])) if c.kind == "name" and len(c.words) == 1 else None
    if not capitals:
        return False
    return any(n in capitals or (n[:1] in "وبلف" and n[1:] in capitals) for n in norms)


_CAPITALS_OF = {_nisba_core(normalize(country)): frozenset(normalize(c) for c in capitals)
                for country, capitals in lexicon.CAPITALS.items()}


def institution_met(c: Constraint, sent_norms: Sequence[str], norms: list[str], stems: list[str]) -> bool:
    """An institution the sentence does not name ("مستشفى البشير") is still the one it tells of when it writes the head
    alone ("وقال مدير المستشفى …") and its article names that institution and no other of its kind: an article on
    "مستشفى الشفاء" that never writes "البشير" tells nothing of "مستشفى البشير" (round 28)."""
    head = c.institution
    if not any(n.endswith(("ال" + head, "لل" + head)) for n in sent_norms):  # "المستشفى"، "بالمكتبة"، "للمتحف"
        return False
    named = [k for k, n in enumerate(norms[:-1]) if n == head or (n[:1] in "وبل" and n[1:] == head)]
    return bool(named) and all(institution_named(c, norms, stems, k + 1) for k in named)


def institution_named(c: Constraint, norms: list[str], stems: list[str], k: int) -> bool:
    """The words from position ``k`` are the institution's name: its first word, and the next one after "ابن"
    ("مكتبة ابن رشد" is no "مكتبة ابن سينا")."""
    first = c.words[:2] if len(c.words) > 1 and bare(c.words[0][0]) in _SON_OF else c.words[:1]
    return k + len(first) <= len(norms) and all(_words_met((w,), [norms[k + j]], [stems[k + j]]) for j, w in enumerate(first))


def left_to_title(constraints: Sequence[Constraint], sent: Sentence) -> bool:
    """A named thing of a kind the question asks a count of ("قاعدة حميميم": a name completing a noun)
    is not in the sentence, only in its article's title: the sentence's count is of what it does name
    ("عقداً لإدارة مرفأ X مدة 49 عاماً" in an article titled on Y for "كم مدة عقد … لقاعدة Y")."""
    return any(c.kind == "name" and c.head is not None and not _name_met(c, sent.norms, sent.stems)
               for c in constraints)


def construct_conflict(constraints: Sequence[Constraint], sent: Sentence) -> bool:
    """The sentence joins the question's noun to another name than the question does: "رئاسة سوريا"
    asked, "برئاسة حكومة انتقالية … في سوريا" found (the head of a government, not of the country)."""
    for c in constraints:
        if c.kind != "name" or c.head is None:
            continue
        for i, st in enumerate(sent.stems[:-1]):
            if st != c.head[1]:
                continue
            after = sent.norms[i + 1:i + 3]
            first = c.words[:1] if c.side_by_side else c.words  # a name of two words begins after the noun
            if after and sent.stems[i + 1] and not any(_words_met(first, [n], [""]) for n in after):
                return True
    return False


def event_level(constraints: list[Constraint], sent: Sentence, neighbours: list[Sentence]) -> float:
    """Where the question's event word is: 1 in the sentence, 0.5 in a neighbouring sentence,
    0 nowhere near (1 when the question names no event)."""
    for c in constraints:
        if c.kind == "event":
            if event_met(c, sent):
                return 1.0
            return 0.5 if event_met(c, sent, neighbours) else 0.0
    return 1.0


def describe(missing: list[Constraint], told: Sequence[Constraint] = ()) -> str:
    """The abstention message naming what no evidence holds ("لا يذكر الأرشيف شيئاً عن كأس العالم 2018").
    ``told``: those of ``missing`` some article of the archive does hold, only never with the rest of the
    question: saying the archive tells nothing of them would be false."""
    # A time limit ("قبل فوزه بالجائزة"): the archive may tell the fact, only never on that side of the event.
    limits = list(dict.fromkeys(c.text for c in missing if c.kind in ("before", "after")))
    missing = [c for c in missing if c.kind not in ("before", "after")]
    apart = list(dict.fromkeys(c.text for c in told if c.kind not in ("before", "after")))
    untold = [t for t in dict.fromkeys(c.text for c in missing) if t not in apart]
    parts = ["لا يذكر الأرشيف شيئاً عن " + " ولا عن ".join(untold) + "."] if untold else []
    if limits:
        parts.append("لم يجد الأرشيف خبراً يضع ما يسأل عنه " + " ولا ".join(limits) + ".")
    if apart:
        parts.append(("ولم يجد" if untold else "لم يجد الأرشيف") + " خبراً يذكر " + "، ".join(apart)
                     + " مع بقية السؤال.")
    return " ".join(parts)
