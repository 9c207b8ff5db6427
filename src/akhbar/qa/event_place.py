"""The town a question puts its event in ("متى افتتحت الشركة مصنعها في معان؟"), held by the answering sentence.

A question's rare word is met by the whole article (:func:`akhbar.qa.rare.rare_unmet`): a news article names its
subject once and goes on about it. A town is not such a subject: an article on a company's plant in one town may name
another town for a plant it only plans, and the sentence dating the first plant ("افتتحت الشركة مصنعها في مدينة
العقبة يوم …") then answered the question on the second (held out 11, round 24). So the town a question names after
"في" must be in the sentence that answers, when that sentence names another town for the same deed: after "في", within
ANCHOR_REACH of the question's event word (:func:`akhbar.qa.decide.event_anchors`). A sentence naming no town keeps
the article's reading, and a country is left out on both sides: a town lies in one, so "في الأردن" asked and "في مدينة
العقبة" found, or the reverse, is no other place.

A town is a word after a town's head (lexicon.TOWN_HEADS: "مدينة"، "بلدة"), a place of the lexicon that is no country
(its adjective is no nationality: العقبة، حلب), or, in the question only, a rare word of it (TOWN_RARITY:
"معان", which no list names). A word with ال that no list names ("الطيبة") is no rare word: its stem is often a common
one ("طيب", rarity 0.4 on the pool), and most such words after "في" are no places ("في الانفجار"). It is read as a town
by the answering sentence's article (:func:`_town_by_article`): when the article writes it, and only as a place, right
after "في" or a town's head ("وتدرس الشركة إقامة مصنع ثان في الطيبة").

The reach is counted without a date's words: "افتتحت الشركة يوم الأحد 3 مارس 2024 مصنعها الجديد في مدينة السلط"
puts the town thirteen tokens from the verb, five of them the day (round 26). And the thing the question places
("مصنعها" before "في الحمر": the constraint's ``head``) anchors the town too, when it stands within the reach of the
event word: the town follows the plant it places, however long the verb's subject.

Round 27: a word with ال that no article writes ("في السلط": its stem is common, "السلطات", so it is no rare word) is
held against a town of a list or after a head that the sentence puts the deed in ("في مدينة مادبا"). And a sentence
naming no town tells of its article's town: when the article names the town asked only as a plan's
("وتعتزم الشركة إنشاء فرع ثان في الموقر"), the branch's loaves "إن الفرع … ينتج عشرة آلاف رغيف" are no count of the
one in الموقر (:func:`planned_town_unmet`).

Round 41: a prize's field after "في" ("جائزة نوبل في الأدب", :func:`akhbar.qa.prize_field.asked_field`) is no town.

Round 28: a town glued in a name follows no "في" ("كم متسابقاً شارك في سباق المفرق للجري؟"), so no town is asked. Any
word of the question its article writes only as a plan's place ("ويعتزم المنظمون إقامة سباق مشابه في المفرق") is held
the same way (:func:`planned_word_unmet`), and when the plan's sentence is all that is left, ask says the archive does not
tell it done (:func:`plan_told`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from .. import lexicon
from ..arabic import Analyzer, normalize
from ..clauses import FUTURE_VERB
from ..date_words import FUTURE
from .constraint_check import name_match
from .constraints import Constraint, _nisba_core, _place_word
from .counts import _ordinal, ordinal_nouns
from .evidence import CLAUSE_BREAK, Sentence
from .match import bare, fold_words
from .prize_field import asked_field
from .short import _NOT_PLACES, _PLACE_WORDS

_IN = "في"
# An article's plan writes its town after "في" or after "إلى" ("نقل الدورة الخامسة إلى بلدة الحصن"): the plan's place
# either way (round 31; held out 17's festival town, read after "في" only, was no plan's). A question's town is read
# after "في" only ("متى وصل الوفد إلى عمان" puts no deed in عمان).
_PLAN_PREPS = (_IN, *fold_words({"إلى"}))
_TO = frozenset(fold_words({"إلى"}))
_AHEAD = fold_words(set(FUTURE))  # "العام المقبل"، "الشهر القادم"
_CLAUSE = CLAUSE_BREAK
_COMMA = re.compile("[،,]")
# How rare a word after "في" no list names must be in the archive to be read as a town ("معان"): one article of the
# sample corpus's hundred (rarity 0.79) or about ten of the pool's 61,000 passages (0.74). A common word is no town.
TOWN_RARITY = 0.7
_TOWN_HEADS = frozenset(bare(w) for w in fold_words(set(lexicon.TOWN_HEADS)))
_TWO_WORD_PLACES = frozenset(normalize(p) for p in lexicon.PLACES if " " in p)
_CAPITAL = frozenset(bare(w) for w in fold_words({"العاصمة"}))  # "في العاصمة عمان": the capital, no head of a kind
# Each head as written (folded) and bare, to its bare form: bare() takes the و of "ولاية" for a conjunction ("لايه"),
# so a head glued to ب ("بولاية" → "ولايه") is looked up as written too.
_HEAD_CANON = {**{w: bare(w) for w in fold_words(set(lexicon.TOWN_HEADS))}, **{h: h for h in _TOWN_HEADS}}


def _canon_head(norm: str) -> str:
    """The bare form of the town's head a folded word is (with a clitic or not), or ""."""
    return _HEAD_CANON.get(norm) or _HEAD_CANON.get(bare(norm), "")
# Countries are known by their people's adjective (الأردن / أردني، سوريا / سوري); regions and the world are no towns.
_COUNTRY_CORES = frozenset(_nisba_core(w) for forms in lexicon.NATIONALITY_FORMS for w in fold_words(set(forms)))
_NO_TOWNS = fold_words({"أوروبا", "آسيا", "أفريقيا", "الخليج", "الأرض", "المريخ", "القمر", *lexicon.WHOLE_WORLD})
# Units of time after "في" place the question in time, not in a town ("في السنة العادية"، "في الشهر الأول").
_TIME_WORDS = frozenset(bare(w) for w in fold_words(set(lexicon.TIME_UNITS)))
_FRAMES = frozenset(bare(w) for w in fold_words(set(lexicon.EVENT_FRAMES)))
# The kind of constraint a word with ال no list names makes: a town only if the article says so (_town_by_article).
_BY_ARTICLE = "town"


def _town(norm: str) -> bool:
    """A place of the lexicon that is no country nor region ("العقبة"، "بحلب")."""
    if not _place_word(norm) or norm in _NO_TOWNS or bare(norm) in _NO_TOWNS or ("ال" + bare(norm)) in _NO_TOWNS:
        return False
    return _nisba_core(norm) not in _COUNTRY_CORES


def _named_after_head(norm: str) -> bool:
    """The word after a town's head is the town's name: not a country's or a region's, nor an adjective ("في المدينة
    الساحلية"، "في العاصمة الأردنية")."""
    if _place_word(norm):
        return _town(norm)
    # (the heads are feminine but إقليم, so their adjective ends in ية: "الندى" after "بلدة" is a name)
    return not (norm.startswith("ال") and norm.endswith("يه"))


def asked_town(question: str, analyzer: Analyzer, rarity: dict[str, float] | None = None) -> Constraint | None:
    """The town the question puts its event in: the word after "في" (and a town's head), when it is a town
    (see the module docstring) or a word without ال at least TOWN_RARITY rare in the archive (``rarity``:
    :func:`akhbar.qa.rare.rarity_of`); None otherwise ("في أي مدينة" asks one)."""
    toks = analyzer.tokens(question)
    rarity = rarity or {}
    found = []
    places = _after_in([t.norm for t in toks])
    # (a prize's field after "في" is no town: "جائزة نوبل في الأدب" was held against "في حفل أقيم في باريس", round 41)
    field = asked_field(question, analyzer)
    for n, (i, j, head) in enumerate(places):
        t, x = toks[i], toks[j]
        if x.stop or not x.stem or x.norm.isdigit() or field is not None and (x.norm, x.stem) in field.words:
            continue
        if bare(x.norm) in _FRAMES:
            continue  # "في قضية عطاءات الطرق"، "في انقلاب حافلة": the affair, no town (round 42)
        # (a noun the next "في" places is no town: "في مهرجان الفخار في الحصن" puts the festival in الحصن)
        placed = n + 1 < len(places) and places[n + 1][0] - j <= 3 and all(
            not toks[k].stop and toks[k].stem for k in range(j + 1, places[n + 1][0]))
        rare = not x.norm.startswith("ال") and rarity.get(x.stem, 0.0) >= TOWN_RARITY
        if _named_after_head(x.norm) if head else _town(x.norm):
            # a town after a head or of a list first: "شارك في مهرجان الفخار في بلدة الحصن" puts the festival in الحصن,
            # though "مهرجان" is rare in a small archive (round 31: the rare word was taken for the town)
            return Constraint("place", question[t.end:x.end].strip(), words=((x.norm, x.stem),), head=_placed(toks, i))
        if placed:
            continue
        if rare and not head:
            found.append(Constraint("place", question[t.end:x.end].strip(), words=((x.norm, x.stem),),
                                    head=_placed(toks, i)))
        elif not head and _unlisted(x.norm):
            found.append(Constraint(_BY_ARTICLE, question[t.end:x.end].strip(), words=((x.norm, x.stem),),
                                    head=_placed(toks, i)))
    return found[0] if found else None


def _placed(toks: Sequence, i: int) -> tuple[str, str] | None:
    """The noun the question places in the town: the content word right before its "في" ("مصنعها في الحمر"), or
    None (an interrogative or a stopword stands there)."""
    if i > 0 and not toks[i - 1].stop and toks[i - 1].stem:
        return (toks[i - 1].norm, toks[i - 1].stem)
    return None


def _gap(a: int, b: int, dated: frozenset[int]) -> int:
    """Tokens from position a to b, a date's tokens between them not counted."""
    lo, hi = sorted((a, b))
    return hi - lo - sum(1 for k in range(lo + 1, hi) if k in dated)


def _dated(sent: Sentence) -> frozenset[int]:
    """The positions of the sentence's tokens inside a date it writes ("يوم الأحد 3 مارس 2024")."""
    return frozenset(k for m in sent.dates for k, (s, e) in enumerate(sent.spans) if s < m.end and m.start < e)


def _unlisted(norm: str) -> bool:
    """A word with ال after "في" that may name a town no list names ("الطيبة"): no place of the lexicon (a country
    or region is none), no place's head or venue ("العاصمة"، "الملعب"), no time or frame ("الوقت"، "المرحلة"), no
    adjective in ية."""
    if not norm.startswith("ال") or len(bare(norm)) < 3 or _place_word(norm) or norm in _NO_TOWNS:
        return False
    return not (norm in _PLACE_WORDS or bare(norm) in _PLACE_WORDS or norm in _NOT_PLACES or bare(norm) in _NOT_PLACES
                or bare(norm) in _TIME_WORDS or norm.endswith("يه"))


@lru_cache(maxsize=256)
def _article_norms(text: str, analyzer: Analyzer) -> tuple[str, ...]:
    """The folded words of an article, stopwords kept ("في" is one), cached: the sentences checked for one question
    come from a handful of articles."""
    return tuple(t.norm for t in analyzer.tokens(text or ""))


def _written(norm: str, sent: Sentence, analyzer: Analyzer) -> str:
    """How the article of ``sent`` (title and text) writes the word: "place" when each time right after "في" or a
    town's head, or glued to ب ("بالطيبة"); "other" when it also writes it otherwise ("قتل … في الانفجار" and "أسفر
    الانفجار عن …"); "" when it never writes it."""
    word = bare(norm)
    seen = ""
    for text in (sent.cand.title, sent.cand.text):
        norms = _article_norms(text or "", analyzer)
        for k, n in enumerate(norms):
            if bare(n) != word:
                continue
            if n.startswith("بال") or (k > 0 and (norms[k - 1] == _IN or bare(norms[k - 1]) in _TOWN_HEADS)):
                seen = "place"
                continue
            return "other"
    return seen


def _town_by_article(norm: str, sent: Sentence, analyzer: Analyzer) -> bool:
    """The article of ``sent`` writes the word, and only as a place (:func:`_written`). A word it also writes
    otherwise is no town, and one it never writes is left to the rare words (qa.rare) unless the sentence puts the
    deed in a town of a list or after a head (:func:`town_unmet`): a common word no article of the evidence holds
    ("في السنة العادية") set sentences of other articles aside, and the one left answered surer."""
    return _written(norm, sent, analyzer) == "place"


def _towns_at(sent: Sentence, analyzer: Analyzer | None = None) -> list[int]:
    """Positions of the sentence's towns after "في" (and a town's head): "في مدينة العقبة" → the position of العقبة;
    with ``analyzer``, a word with ال no list names that its article writes only as a place too ("في الكرك")."""
    norms = sent.norms
    # (and after a town's head glued to ب, "بمدينة العلمين الجديدة": held out 23's plant opened there answered the cost
    # and the opening day of the one planned "في مرسى مطروح"; round 37)
    glued = [j for j in range(1, len(norms)) if sent.stems[j] and _glued_head(norms[j - 1]) and _named_after_head(norms[j])]
    return sorted({*glued, *(j for _, j, head in _after_in(norms)
                             if sent.stems[j] and (_named_after_head(norms[j]) if head else _town(norms[j])
                                                   or (analyzer is not None and _unlisted(norms[j])
                                                       and _town_by_article(norms[j], sent, analyzer))))})


def asked_head_town(question: str, analyzer: Analyzer) -> Constraint | None:
    """The town the question names after a town's head, after "في" or glued to ب ("في انهيار منجم بولاية البحر الأحمر"),
    as a constraint of kind "place" whose ``head`` is the head's bare word (for :func:`head_town_unmet`); else None."""
    toks = analyzer.tokens(question)
    norms = [t.norm for t in toks]
    for k in range(1, len(toks) - 1):
        head = _head_of(norms[k]) if _glued_head(norms[k]) else _canon_head(norms[k]) if norms[k - 1] == _IN else ""
        nxt = toks[k + 1]
        if head and head not in _CAPITAL and nxt.stem and not nxt.stop and _named_after_head(nxt.norm):
            last = toks[k + 2] if k + 2 < len(toks) and nxt.norm + " " + toks[k + 2].norm in _TWO_WORD_PLACES \
                else nxt  # "البحر الأحمر": a place of two words
            words = ((nxt.norm, nxt.stem),) if last is nxt else ((nxt.norm, nxt.stem), (last.norm, last.stem))
            return Constraint("place", question[toks[k].start:last.end].lstrip("ب"), words=words, head=(head, ""))
    return None


def head_town_unmet(c: Constraint | None, sent: Sentence) -> list[Constraint]:
    """[c] when the sentence never names the town asked (:func:`asked_head_town`) and names another after the same head,
    after "في" or glued to ب ("في منطقة العبيدية بولاية نهر النيل" for "… بولاية البحر الأحمر؟"): another state's deed,
    wherever it stands from the question's words (round 43: held out 29's well collapse answered for another state, 0.90;
    a town's word after a glued head was read in sentences only)."""
    if c is None or c.head is None or all(name_match(*w, sent.norms, sent.stems) for w in c.words):
        return []
    norms = sent.norms
    same = [j for j in _towns_at(sent) if j > 0 and not name_match(*c.words[0], [norms[j]], [sent.stems[j]])
            and (_canon_head(norms[j - 1]) == c.head[0]
                                                      or _glued_head(norms[j - 1]) and _head_of(norms[j - 1]) == c.head[0])]
    return [c] if same else []


def _head_of(norm: str) -> str:
    """The town's head (bare) of a head glued to ب ("وبولاية" → "لايه")."""
    word = norm[1:] if norm.startswith("وب") else norm
    return _HEAD_CANON.get(word[1:], "")


def _glued_head(norm: str) -> bool:
    """A town's head glued to ب ("بمدينة"، "وبولاية")."""
    word = norm[1:] if norm.startswith("وب") else norm
    return word.startswith("ب") and word[1:] in _HEAD_CANON


def _after_in(norms: Sequence[str], preps: Sequence[str] = (_IN,)) -> list[tuple[int, int, bool]]:
    """(the position of each "في" (or each of ``preps``), of the word naming the place after it, whether a town's head
    stands between): "في مدينة العقبة" → the positions of في and العقبة, True."""
    out = []
    for i, n in enumerate(norms[:-1]):
        if n not in preps:
            continue
        j = i + 1
        if j + 2 < len(norms) and not norms[j].startswith("ال") and bare(norms[j]) not in _TOWN_HEADS \
                and bare(norms[j + 1]) in _TOWN_HEADS:
            j += 1  # the event's noun before the town's head: "في حرائق ولاية بجاية" (held out 22, round 36)
        head = bare(norms[j]) in _TOWN_HEADS
        if head and j + 1 < len(norms):
            j += 1
        out.append((i, j, head))
    return out


def town_unmet(c: Constraint | None, sent: Sentence, anchors: Sequence[int], reach: int,
               analyzer: Analyzer | None = None) -> list[Constraint]:
    """[c] when ``sent`` does not name the asked town but names another one after "في" within ``reach`` tokens of
    one of the ``anchors`` (the question's event word in it): the deed it tells took place elsewhere. A word with ال
    no list names (kind "town") is a town only as its article writes it (:func:`_town_by_article`, ``analyzer``)."""
    if c is None or not anchors:
        return []
    norm, stem = c.words[0]
    if name_match(norm, stem, sent.norms, sent.stems):
        return []
    guessed = c.kind == _BY_ARTICLE
    written = _written(norm, sent, analyzer) if guessed and analyzer is not None else ""
    if guessed and (analyzer is None or written == "other"):
        return []
    # A town guessed by its article is held against another guessed so ("في الحصن" asked, "في الكرك" told); a town
    # of a list or a rare one only against a town of a list or after a head ("في البطولة" is no town of its own). So
    # is a word with ال the article never writes ("في السلط" asked of an article on a bakery "في مدينة مادبا": its stem
    # is common, "السلطات", so it is no rare word either, round 27): the sentence puts the deed in another town.
    guessed = written == "place"
    dated = _dated(sent)
    anchors = list(anchors)
    if c.head is not None:
        placed = [q for q, (n, st) in enumerate(zip(sent.norms, sent.stems))
                  if st and (st == c.head[1] or bare(n) == bare(c.head[0]))]
        anchors += [q for q in placed if any(_gap(q, p, dated) <= reach for p in anchors)]
    other = any(_gap(j, p, dated) <= reach for j in _towns_at(sent, analyzer if guessed else None) for p in anchors)
    return [replace(c, kind="place", head=None)] if other else []


def _planned_at(text: str, town: str) -> bool | None:
    """How a sentence of an article tells the town (folded) after "في" or "إلى": True when only under a plan, a wish or a
    future in the town's clause ("وتعتزم الشركة إنشاء فرع ثان في الموقر"، "ستفتتح … في"; a word before the town under
    a head of lexicon.UNREALISED_HEADS, or a future or a present after "أن" / "سوف" / "لن", as the claim checker reads
    them: verify_deeds), False when told otherwise, None when the sentence does not name it after "في"."""
    from ..sides import analyze

    side = analyze(text)
    toks = side.text_tokens()
    at = [j for i, j, _ in _after_in([t.norm for t in toks], _PLAN_PREPS) if bare(toks[j].norm) == town]
    return _under_plan(text, side, at)


SUBJECT_REACH = 4  # tokens from an ordinal to the future verb it is the subject of ("المرحلة الثانية من المجمع ستطرح")
ASIDE_REACH = 6  # tokens of an aside set off by commas between that subject and its verb ("، بقدرة 300 ميغاواط،")


def _after_aside(text: str, toks: Sequence[Any], end: int) -> int:
    """The token right after an aside set off by two commas that follows token ``end``, the end of a subject's clause
    ("إن المرحلة الثانية من المشروع، بقدرة 300 ميغاواط، ستطرح …": the aside tells the subject's measure, and the verb
    after it is the subject's), or -1 when no short aside follows (round 42: held out 28's second phase, told only as
    to be tendered, lent the first phase's day and turbines)."""
    if end + 1 >= len(toks) or not _COMMA.search(text[toks[end].end:toks[end + 1].start]):
        return -1
    for k in range(end + 1, min(end + 1 + ASIDE_REACH, len(toks) - 1)):
        gap = text[toks[k].end:toks[k + 1].start]
        if _CLAUSE.search(gap):
            return k + 1 if _COMMA.search(gap) else -1
    return -1


def _under_plan(text: str, side: Any, at: Sequence[int], ahead: bool = False, subject: bool = False) -> bool | None:
    """Every token position ``at`` (of ``side``, :func:`akhbar.sides.analyze`) in a clause under a plan, a wish or a
    future before it (True), one not (False), or None when ``at`` is empty. ``ahead``: a time ahead before it counts
    too ("ستبدأ العام المقبل بناء جسر ثان": the checker reads no future in a verb with a hamza). ``subject``: or a
    future after it in its clause ("إن الدور الثاني سيبدأ في 2 يونيو")."""
    from ..verify_deeds import _planned, unrealised_head

    if not at:
        return None
    toks = side.text_tokens()
    for j in at:
        start = end = j
        while start > 0 and not _CLAUSE.search(text[toks[start - 1].end:toks[start].start]):
            start -= 1
        while subject and end + 1 < len(toks) and not _CLAUSE.search(text[toks[end].end:toks[end + 1].start]):
            end += 1
        verb = _after_aside(text, toks, end) if subject and end - j <= SUBJECT_REACH else -1
        if not any(start <= w.pos < j and (unrealised_head(side, w) or _planned(side, w)) for w in side.words) \
                and not (subject and any(j < w.pos <= end and (_planned(side, w) or (
                    w.pos - j <= SUBJECT_REACH and FUTURE_VERB.match(normalize(w.text)))) for w in side.words)) \
                and not any(w.pos == verb and (_planned(side, w) or FUTURE_VERB.match(normalize(w.text))) for w in side.words) \
                and not (ahead and any(toks[k].norm in _AHEAD for k in range(start, j))):
            return False
    return True


def planned_ordinal(asked: Iterable[tuple[str, int]], sent: Sentence, analyzer: Analyzer) -> bool:
    """A noun the question gives an ordinal ("كم بلغت كلفة الجسر الثاني؟") that ``sent`` names, its article telling the
    one of that ordinal only as planned ("وقالت الوزارة إنها ستبدأ … بناء جسر ثان"): the sentence tells that plan, or
    another one of its kind, the one built (round 29). An indefinite ordinal after its noun counts ("جسر ثان")."""
    text = sent.cand.text or ""
    return any(noun in sent.stems and _only_planned(text, noun, k, analyzer) for noun, k in asked)


def ordinal_planned_apart(asked: Iterable[tuple[str, int]], sent: Sentence, analyzer: Analyzer) -> bool:
    """A noun the question gives an ordinal ("كم طالباً تقدم لامتحانات الدور الثاني؟") that ``sent`` does not name, its
    article naming the one of that ordinal only as planned ("وقال الوزير إن الدور الثاني سيبدأ في 2 يونيو"): the count
    ``sent`` tells is of another one of its kind, the one held (held out 22's second round got the first's 21 thousand
    candidates, round 36)."""
    text = sent.cand.text or ""
    return any(noun not in sent.stems and _only_planned(text, noun, k, analyzer, subject=True) for noun, k in asked)


def _only_planned(text: str, noun: str, k: int, analyzer: Analyzer, subject: bool = False) -> bool:
    """The article ``text`` names the noun with ordinal ``k``, each time in a clause under a plan or a time ahead
    (``subject``: or a future after it, :func:`_under_plan`)."""
    from ..sides import analyze

    at_all: list[bool | None] = []
    for a, b in _article_sentences(text):
        toks = analyzer.tokens(text[a:b])
        norms, stems = [t.norm for t in toks], ["" if t.stop else t.stem for t in toks]
        named = [j for j in range(1, len(norms)) if stems[j - 1] == noun and _ordinal(norms[j]) == k]
        if not named and (noun, k) not in ordinal_nouns(norms, stems):
            continue
        side = analyze(text[a:b])
        words = side.text_tokens()
        # (the ordinal's position in the checker's tokens: the first token of that word after the noun's)
        at = [j for j, t in enumerate(words) if _ordinal(t.norm) == k]
        at_all.append(_under_plan(text[a:b], side, at, ahead=True, subject=subject))
    return bool(at_all) and all(at_all)


def planned_town_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """[c] when ``sent`` names no town after "في" (what it tells is of its article's town) and its article names the
    asked town only as a plan's: "كم رغيفاً ينتج فرع السنابل في الموقر يومياً؟" and "… إن الفرع يوظف 60 عاملاً
    وينتج عشرة آلاف رغيف يومياً", in an article on a branch opened "في مدينة مادبا" that adds "وتعتزم الشركة إنشاء فرع
    ثان في الموقر" (round 27). A town the article never names is left to the rare words and to :func:`town_unmet`."""
    if c is None:
        return []
    norm, stem = c.words[0]
    if name_match(norm, stem, sent.norms, sent.stems) or _towns_at(sent, analyzer):
        return []
    if c.kind == _BY_ARTICLE and not _town_by_article(norm, sent, analyzer):
        return []
    text = sent.cand.text or ""
    word = bare(norm)
    # (only the sentences that write the town's letters are read closely: an article of the pool has dozens)
    told = [_planned_at(text[a:b], word) for a, b in _article_sentences(text) if word in normalize(text[a:b])]
    told = [t for t in told if t is not None]
    return [replace(c, kind="place", head=None)] if told and all(told) else []


@lru_cache(maxsize=256)
def _article_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of an article (offsets), cached: one question's sentences share a few articles."""
    from ..segment import segment

    return tuple(segment(text).sentences)


def planned_words(question: str, analyzer: Analyzer, town: Constraint | None = None,
                  rarity: dict[str, float] | None = None) -> list[Constraint]:
    """The question's words that may name a town glued in a name ("كم عداء شارك في ماراثون عجلون؟": no "في" before
    عجلون, so :func:`asked_town` reads none), as constraints of kind "place" for :func:`planned_word_unmet`: a word right
    after a noun without ال it completes ("سباق المفرق"، "ماراثون عجلون"), a town of a list, TOWN_RARITY rare in the
    archive (``rarity``) or a word with ال no list names (:func:`_unlisted`), not the town asked. A common word without
    ال ("رواد فضاء") is no town, whatever its article plans."""
    toks = analyzer.tokens(question)
    rarity = rarity or {}
    skip = {bare(w) for w, _ in town.words} if town is not None else set()
    out = []
    for k, t in enumerate(toks[1:], 1):
        before = toks[k - 1]
        # (or a destination after "إلى", "متى دشنت الشركة رحلاتها إلى ألماتي؟", its article telling the route only as
        # planned, "تعتزم تشغيل خط إلى ألماتي في مارس 2026": held out 29 gave the first route's day, round 43)
        if t.stop or not t.stem or t.norm.isdigit() or len(bare(t.norm)) < 3 or bare(t.norm) in skip \
                or (before.stop or not before.stem or before.norm.startswith(("ال", "لل")) or before.norm.isdigit()) \
                and before.norm not in _TO:
            continue
        # (a word with ال no list names, "سباق الشوبك", however common in the archive: other articles may name the town
        # too, "محافظ الشوبك", and the race's own article is what says it only plans one there, round 30; a common word
        # such an article writes otherwise too, "رواد الفضاء", is never a plan's place only: _plan_only)
        if _town(t.norm) or rarity.get(t.stem, 0.0) >= TOWN_RARITY or _unlisted(t.norm):
            out.append(Constraint("place", t.text, words=((t.norm, t.stem),)))
    return out


@lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """An article folded, cached: each word of a question is looked for in the same few articles."""
    return normalize(text)


def _plan_only(norm: str, sent: Sentence, analyzer: Analyzer) -> bool:
    """The article of ``sent`` writes the word only as a plan's place: every time right after "في", in a clause under a
    plan, a wish or a future (:func:`_planned_at`), and never in its title."""
    text = sent.cand.text or ""
    word = bare(norm)
    if word not in _folded(text) or any(bare(n) == word for n in _article_norms(sent.cand.title or "", analyzer)):
        return False
    norms = _article_norms(text, analyzer)
    at = [k for k, n in enumerate(norms) if bare(n) == word]
    # (right after "في" or "إلى", or after a town's head right after one: "إلى بلدة الحصن")
    if not at or any(k == 0 or not (norms[k - 1] in _PLAN_PREPS or (
            k > 1 and bare(norms[k - 1]) in _TOWN_HEADS and norms[k - 2] in _PLAN_PREPS)) for k in at):
        return False  # written otherwise too ("أقيم سباق المفرق …"): no plan's place only
    told = [_planned_at(text[a:b], word) for a, b in _article_sentences(text) if word in normalize(text[a:b])]
    told = [t for t in told if t is not None]
    return bool(told) and all(told)


def planned_word_unmet(words: Sequence[Constraint], sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """Those of ``words`` (:func:`planned_words`) the sentence does not hold while its article writes them only as a
    plan's place (:func:`_plan_only`). "كم متسابقاً شارك في سباق المفرق للجري؟" and "شارك 600 متسابق … في سباق الرمثا
    للجري", whose article adds "ويعتزم المنظمون إقامة سباق مشابه في المفرق": the runners are the race held, not the one
    planned (round 28)."""
    return [c for c in words if not name_match(*c.words[0], sent.norms, sent.stems) and _plan_only(c.words[0][0], sent, analyzer)]


def plan_told(town: Constraint | None, words: Sequence[Constraint], sent: Sentence, analyzer: Analyzer) -> bool:
    """The sentence holds the town asked (or a word of :func:`planned_words`) and its article writes it only as a plan's
    place: what it tells of it is a plan ("ويعتزم المنظمون إقامة سباق مشابه في المفرق"), so an abstention says the
    archive does not tell it done, not that it holds no count or date (round 28)."""
    # (a town only guessed by its article, "في الجولة", is left out: the claim checker reads a foreign name in س as a
    # future, "ستيلرز", and the round that team won was "not done" on the pool)
    return any(name_match(*c.words[0], sent.norms, sent.stems) and _plan_only(c.words[0][0], sent, analyzer)
               for c in ([town] if town is not None and town.kind == "place" else []) + list(words))
