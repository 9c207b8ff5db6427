"""A person's life span in brackets after their name tells their birth and death.

Reference texts open on a person with their dates and no verb: "سالم الراوي (1801 - 1872) شاعر من
مدينة النهر", "ليلى الحداد (3 مايو 1950)، كاتبة". For "متى ولد سالم الراوي" that sentence names no
birth, so the rule that a when-answer must stand by the question's event word (:mod:`akhbar.qa.decide`)
held it back, yet the first date of the brackets is the birth and the second the death. Only a birth or
a death is read so (the first two families of :data:`akhbar.lexicon.LIFE_EVENTS`), and only brackets
that follow a word of the question's name in the same clause.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..arabic import normalize, without_conjunction
from .evidence import Sentence, ShortAnswer
from .match import bare
from .names import GIVEN_BARE
from .question import QuestionInfo
from .roles import verb_like
from .short import YEAR_WORDS, year_start

_BIRTH, _DEATH = ({normalize(w) for w in family} for family in lexicon.LIFE_EVENTS[:2])
# A bracket of dates: two sides split by a dash, or one date alone (a living person's birth).
_BRACKET = re.compile(r"\(([^()]*)\)")
_SIDES = re.compile(r"\s*[-–—]\s*")  # between the birth and the death
_YEAR_IN = re.compile(r"(?<!\d)\d{3,4}(?!\d)(?:\s*(?:م|هـ)(?!\w))?")
_HIJRI = re.compile(r"\d\s*هـ")
_CLAUSE_END = re.compile(r"[،,.:;؛!?؟]")
_LEAD = _BIRTH | _DEATH | {"في"}
NAME_REACH = 12  # words from the bracket back to a word of the asked name, at most (a lineage's links apart)
# A life span told in both calendars, the Hijri years first: "(532 - 589 هـ / 1138 - 1193 م)"
_CALENDAR_PAIRS = re.compile(r"[^/]*\d\s*[-–—]\s*\d[^/]*هـ\s*/\s*(\d[^/]*[-–—][^/]*)")
OPENING_REACH = 16  # words of a name the sentence opens on, told in parts, at most
# "(1332 - 1406م)، ولد في …": the clause after the bracket tells the birth
_BIRTH_NEXT = re.compile(r"\s*[،,]\s*و?(?:" + "|".join(sorted(lexicon.LIFE_EVENTS[0], key=len, reverse=True)) + r")(?!\w)")
_COPULA = {normalize(w) for w in ("هو", "هي")}
_NAME_STOPWORDS = {normalize(w) for w in lexicon.NAME_STOPWORDS}
# words that join the parts of one name ("رامي بن خالد آل ناصر"), stopwords to the analyzer
_SON_OF = {normalize(w) for w in lexicon.SON_OF}
_NASAB = _SON_OF | {normalize(w) for w in lexicon.NAME_HEADS}


def asked_life_event(info: QuestionInfo, event: tuple[str, str] | None) -> str:
    """"birth" or "death" when a when-question asks one ("متى ولد…"، "في أي عام توفي…"), else ""."""
    if info.answer_type != "date":
        return ""
    words = [w for w, _ in info.focus_norms[:2]] + ([event[0]] if event else [])
    for w in words:
        for form in (w, bare(w), w[1:] if w.startswith("و") else w):
            if form in _BIRTH:
                return "birth"
            if form in _DEATH:
                return "death"
    return ""


def life_span_answer(sent: Sentence, info: QuestionInfo, life: str) -> ShortAnswer | None:
    """The birth or death date (``life``) of the brackets right after the asked person's name, or None.

    The first side of the dash is the birth, the other the death; one date alone is a birth (a living
    person's). A bracket of Hijri years is passed over for one of the common era right after it
    ("(300هـ - 350هـ) (912م - 961م)"), a bracket of both calendars' pairs by its common era's ("(532 - 589
    هـ / 1138 - 1193 م)"), and a side told in both calendars by its last part ("26 جمادى الآخرة 1426 هـ / 1
    أغسطس 2005")."""
    run = _name_brackets(sent, info) if life else []
    if not run:
        return None
    chosen = next((m for m in run if not _HIJRI.search(m.group(1))), run[0])
    lo, hi = chosen.span(1)
    pair = _CALENDAR_PAIRS.fullmatch(chosen.group(1))
    if pair:
        lo = chosen.start(1) + pair.start(1)  # "(532 - 589 هـ / 1138 - 1193 م)": the common era's pair
    cut = _SIDES.search(sent.text, lo, hi)
    if cut is None and life == "death":
        return None  # one date alone is a birth
    if cut is not None:
        lo, hi = (lo, cut.start()) if life == "birth" else (cut.end(), hi)
    if "/" in sent.text[lo:hi]:
        lo = sent.text.rindex("/", lo, hi) + 1
    told = [m for m in sent.dates if lo <= m.start and m.end <= hi]
    years = list(_YEAR_IN.finditer(sent.text, lo, hi))
    iso: str | None
    if told:
        start, end, iso = told[-1].start, told[-1].end, told[-1].iso
    elif years:
        start, end = years[-1].span()
        iso = None if _HIJRI.search(years[-1].group()) else re.sub(r"\D", "", years[-1].group())
    else:
        return None
    while (word := re.match(r"\S+\s*", sent.text[start:end])) and normalize(word.group().strip()) in _LEAD:
        start += word.end()  # "(ولد في 14 يونيو 1946)": the date, not its verb
    start = year_start(sent, info, start, end)  # "في أي عام ولد": the year, as every when-answer is cut
    return ShortAnswer(start, end, "event", iso)


def birth_bracket(sent: Sentence, info: QuestionInfo, short: ShortAnswer) -> bool:
    """The short answer of a when-question that asks no birth or death stands in the brackets after the
    asked person's name that give their birth: one date alone, or one told with "ولد" ("X (ولد في 26
    فبراير 1954) هو رئيس …" for "متى كان X رئيساً للوزراء"). Two dates of bare years are left alone: after
    a ruler's name they are as often his reign as his life."""
    for m in _name_brackets(sent, info):
        if m.start(1) <= short.start and short.end <= m.end(1):
            inner = normalize(m.group(1))
            return not _SIDES.search(m.group(1)) or any(w in _BIRTH for w in inner.split())
    return False


def birth_clause(sent: Sentence, short: ShortAnswer) -> bool:
    """The short answer of a when-question is a date told with a birth or a death word just before it, in
    its clause ("…، ولد في 6 يناير 1883 في بلدة …", "وتوفي عام 1955"): it dates that life event, not
    the move, the office or the deed asked, which the clause before it told without a date."""
    first = next((j for j, (a, _) in enumerate(sent.spans) if a >= short.start), len(sent.spans))
    for j in range(first - 1, max(first - 4, -1), -1):
        word = sent.norms[j]
        if word in _BIRTH or word in _DEATH or (word[:1] == "و" and (word[1:] in _BIRTH or word[1:] in _DEATH)):
            return True
        if word != "في" and not any(ch.isdigit() for ch in word) and normalize(word) not in YEAR_WORDS:
            return False
        if _CLAUSE_END.search(sent.text[sent.spans[j][1]:sent.spans[j + 1][0]] if j + 1 < len(sent.spans) else ""):
            return False
    return False


def _name_brackets(sent: Sentence, info: QuestionInfo) -> list[re.Match[str]]:
    """The brackets holding a year right after a word of the asked name, one after another ("(…) (…)"),
    or []."""
    names = {bare(w) for w, _ in info.focus_norms if len(w) > 2} - {bare(w) for w in _BIRTH | _DEATH}
    brackets = [m for m in _BRACKET.finditer(sent.text) if _YEAR_IN.search(m.group(1))]
    if not names or not brackets or not (_after_name(sent, brackets[0].start(), names)
                                         or _opening_name(sent, brackets[0], names)):
        return []
    run = [brackets[0]]
    for m in brackets[1:]:
        if sent.text[run[-1].end():m.start()].strip():
            break
        run.append(m)
    return run


def _opening_name(sent: Sentence, bracket: re.Match[str], names: set[str]) -> bool:
    """The sentence opens on the asked person's full name, told in parts split by commas ("X هو A بن B،
    X أبو C، D E (1332 - 1406م)، ولد في …"), and the clause right after the bracket tells the birth: the
    bracket is the life span of the person the sentence opens on. Only name words stand before the
    bracket (a word of the name that is no given name among them, or two): no function word but "هو",
    no verb, no date."""
    if not _BIRTH_NEXT.match(sent.text, bracket.end()):
        return False
    inner = [(m.start(), m.end()) for m in _BRACKET.finditer(sent.text, 0, bracket.start())]
    tokens = [k for k, (a, b) in enumerate(sent.spans) if b <= bracket.start() and not any(x <= a < y for x, y in inner)]
    if not tokens or len(tokens) > OPENING_REACH:
        return False
    found = set()
    for k in tokens:
        norm = sent.norms[k]
        if norm in _COPULA or norm in _NASAB or norm in _NAME_STOPWORDS:
            continue
        if not sent.stems[k] or any(ch.isdigit() for ch in norm) or verb_like(sent, k):
            return False
        if bare(norm) in names:
            found.add(bare(norm))
    return len(found) > 1 or bool(found - GIVEN_BARE)


def _after_name(sent: Sentence, at: int, names: set[str]) -> bool:
    """A word of the asked name stands before the bracket at ``at``, the words between it and the
    bracket all of the name ("بن", "آل", words of other brackets such as "(بالإنجليزية: …)" apart): no
    function word, no clause end ("قال سامر إن الجسر (1990 - 1995)" dates the bridge, not Samer)."""
    inner = [(m.start(), m.end()) for m in _BRACKET.finditer(sent.text, 0, at)]
    tokens = [k for k, (a, b) in enumerate(sent.spans) if b <= at and not any(x <= a < y for x, y in inner)]
    found: set[str] = set()
    reach = 0
    for k in reversed(tokens):
        # "بن" and the name after it are links of one lineage ("يوسف بن أيوب بن علي بن مروان"): they do not
        # count against the reach, and the name is one even when the analyzer drops it ("علي" folds as "على")
        link = sent.norms[k] in _SON_OF or (k > 0 and sent.norms[k - 1] in _SON_OF)
        if not link:
            reach += 1
            if reach > NAME_REACH:
                return False
        norm = sent.norms[k]
        a, b = sent.spans[k]
        # a clause end after the word, the name's own last word too ("X، مدرب المنتخب (2000 - 2004)": the
        # post's years)
        if _CLAUSE_END.search(sent.text[b:sent.spans[k + 1][0] if k + 1 < len(sent.spans) else at]):
            return False
        if any(ch.isdigit() for ch in norm):
            return False  # "بدأ X مسيرته عام 1996 بتدريب نادي الميناء (1996-2001)": a date between dates a deed of X's
        if bare(norm) in names:
            found.add(bare(norm))
            if len(found) > 1 or bare(norm) not in GIVEN_BARE:
                return True
            continue
        if not sent.stems[k] and norm not in _NASAB and not link:
            return False
    return False


_LIFE = [frozenset(normalize(w) for w in family) for family in lexicon.LIFE_EVENTS]


def life_event(info: QuestionInfo, event: tuple[str, str] | None) -> frozenset[str]:
    """The words of the life event a where-question asks the place of ("أين ولد": ولد، مواليد، ميلاد…),
    or an empty set."""
    if info.answer_type != "place" or event is None:
        return frozenset()
    word = bare(event[0])
    return next((family for family in _LIFE if event[0] in family or word in family), frozenset())


def tells_life_event(sent: Sentence, family: frozenset[str]) -> bool:
    """The sentence tells the life event: one of its words, with a clitic or ("وُلد"، "بمسقط")."""
    return any(n in family or bare(n) in family or without_conjunction(n) in family for n in sent.norms)
