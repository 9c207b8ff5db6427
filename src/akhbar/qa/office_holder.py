"""Who holds an office, asked outright ("من هو وزير الزراعة الليبي؟"), and sentences that name the office with no holder
(round 38).

News often names an office by its title alone: "افتتح وزير الزراعة الليبي يوم السبت سوقاً …"، "وقال عميد بلدية مصراتة
إن …". Such a sentence tells the office's deed, not who holds it; it was shown for "من هو …؟" at 0.87–0.94, once with
"يوم السبت" as the name. :func:`asked_office` reads the office of a "من هو / من هي <office> …؟" question (a role of
lexicon.ROLE_NOUNS or HOLDER_OFFICES, not an abstract office like "رئاسة"), and :func:`office_unnamed` says whether every place a
sentence names that office is followed, past the office's own words and any title ("الدكتور"), by no name: a
particle, a day, the clause's end. An office after a comma ("طارق الزوي، مدير الشركة") is in apposition to a name
before it, and counts as named, as does one right before its body glued to ل ("X رئيسة لجامعة …").

Round 41: an envoy's post has two countries, the one sending and the host after "لدى". "من هو سفير نيوزيلندا لدى قطر؟"
is not answered by "أدت ليلى الكبيسي اليمين … سفيرة لبلادها لدى نيوزيلندا" (held out 27, 0.79): posted to the country
the question sends from, and to no other asked, she holds the reverse office (:func:`posting_unmet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize, without_conjunction
from .constraints import Constraint
from .evidence import Sentence, ShortAnswer
from .match import bare
from .names import GIVEN_NAMES

_ROLES = frozenset(normalize(w) for w in (*lexicon.ROLE_NOUNS, *lexicon.HOLDER_OFFICES)) \
    - frozenset(normalize(w) for w in lexicon.OFFICE_ABSTRACTS)
_TITLED = frozenset(bare(normalize(w)) for w in lexicon.TITLED_OFFICES)
_IDENTITY = frozenset({"هو", "هي"})
# words that end an office's phrase with no name after it: a day, a time of day, the day of writing
_DAY_WORDS = frozenset(normalize(w) for w in (*lexicon.WEEKDAYS, "يوم", "أمس", "اليوم", "صباح", "مساء", "غدا", "غداً"))
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
_GENERAL = frozenset(normalize(w) for w in lexicon.DIRECTOR_GENERAL)
# "أنه"، "بأنها": a clause's particle with its pronoun, no name ("أعلن نقيب الأطباء الحالي أنه لن يترشح")
_THAT = frozenset(normalize(w) for w in ("أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأنه", "بأنها", "بأنهم"))
_NAME_HEADS = frozenset(normalize(w) for w in ("عبد", "أبو", "ابو", "بن", "ابن", "أم"))
# a noun of measure is the object of the office's verb, no name ("وعزا حاكم المقاطعة حجم الأضرار إلى …": round 40), nor
# is a length of time ("شغلت منصب القنصل العام … مدة أربع سنوات": round 41)
_MEASURES = frozenset(normalize(w) for w in (*lexicon.NUMBER_NOUNS, *lexicon.DURATION_NOUNS)) - GIVEN_NAMES


def asked_office(question: str, analyzer: Analyzer) -> tuple[str, tuple[str, ...]] | None:
    """(the office's folded role noun, the folded words after it) of "من هو <office> …؟", else None."""
    toks = analyzer.tokens(question)
    norms = [t.norm for t in toks]
    if len(norms) < 2 or norms[0] != "من":
        return None
    i = 2 if norms[1] in _IDENTITY else 1
    if i >= len(norms) or bare(norms[i]) not in _ROLES and norms[i] not in _ROLES:
        return None
    return norms[i], tuple(bare(n) for n, t in zip(norms[i + 1:], toks[i + 1:]) if not t.stop)


def _name_start(sent: Sentence, p: int, words: tuple[str, ...]) -> int | None:
    """Where a name follows the office at token ``p``, past the office's own words and the words with ال of its phrase:
    its first token; -1 when none does (a particle, a day, the clause's end); None when a word the question does not
    write, with no ال, stands there (a name, or a word of the office's phrase that cannot be told from one: "مدير دائرة
    صحة البصرة" asked "مدير صحة البصرة")."""
    j = p + 1
    while j < len(sent.norms) and not sent.breaks_before(j):
        n = sent.norms[j]
        if n in _NAME_HEADS:
            return j
        if not sent.stems[j] and j + 1 < len(sent.norms) and bare(sent.norms[j + 1]) in words:
            j += 1  # "في" before a word of the question ("وزير التعليم العالي في سلطنة عمان")
            continue
        if not sent.stems[j] or n in _DAY_WORDS or n in _THAT or n.isdigit() or n in _MEASURES:
            return -1
        if bare(n) in words or n.startswith(_DEFINITE) or n in _GENERAL:
            j += 1
            continue
        return j if bare(n) == n else None
    return -1


def _of_a_body(sent: Sentence, p: int) -> bool:
    """The office stands before its body glued to ل ("بتعيين الدكتورة منى البوسعيدية رئيسة لجامعة …"): the name of an
    appointment or an apposition comes before it."""
    nxt = sent.norms[p + 1] if p + 1 < len(sent.norms) else ""
    return nxt.startswith("ل") and not nxt.startswith("ال") and bare(nxt) != nxt


def _named_after(sent: Sentence, p: int, words: tuple[str, ...]) -> bool:
    return _name_start(sent, p, words) != -1


def _joined(norm: str) -> bool:
    """A word joined to the one before by و ("وعدد"): the next item, not a name's next word."""
    return norm.startswith("و") and without_conjunction(norm) != norm


def holder_name(office: tuple[str, tuple[str, ...]] | None, sent: Sentence) -> tuple[int, int] | None:
    """The name right after the office asked, as the sentence writes it ("وأكد رئيس بلدية القيروان منصف الحمروني أن …"):
    two or three words, the first with no ال nor clitic, closed by a particle or the clause's end (no word of a longer
    phrase: "رئيس مجلس إدارة الشركة عماد …" gives none). Sentence-relative (start, end), else None."""
    if office is None:
        return None
    role, words = office
    for p, n in enumerate(sent.norms):
        if n != role and bare(n) != role or _other_field(sent, p, words):
            continue
        j = _name_start(sent, p, words)
        if j is None or j < 0 or sent.norms[j] in _NAME_HEADS:
            continue
        k = j + 1
        while k < len(sent.norms) and k - j < 4 and sent.stems[k] and not sent.breaks_before(k) \
                and sent.norms[k] not in _DAY_WORDS and not sent.norms[k].isdigit() and not _joined(sent.norms[k]):
            k += 1
        # (closed by the clause's end, a particle, or a word joined by و: "ماهر الصباغ وعدد من رجال الأعمال")
        if 2 <= k - j <= 3 and (k == len(sent.norms) or sent.breaks_before(k) or not sent.stems[k] or _joined(sent.norms[k])):
            return sent.spans[j][0], sent.spans[k - 1][1]
    return None


def office_unnamed(office: tuple[str, tuple[str, ...]] | None, sents: Sequence[Sentence]) -> bool:
    """The sentences name the office asked, and nowhere with its holder: no name follows it, and no comma sets it
    after one."""
    if office is None:
        return False
    role, words = office
    seen = False
    for s in sents:
        for p, n in enumerate(s.norms):
            if n != role and bare(n) != role or _other_field(s, p, words):
                continue
            seen = True
            if (p > 0 and s.breaks_before(p)) or _of_a_body(s, p) or _named_after(s, p, words):
                return False
    return seen


def _other_field(sent: Sentence, p: int, words: tuple[str, ...]) -> bool:
    """The question names the office with its field ("المدير المالي") and the office at token ``p`` has another one after
    it ("المدير العام للهيئة عثمان الفكي"): that name is another office's holder, and the office asked, named in the same
    sentence with no name ("وقال المدير المالي للهيئة إن …"), stays unnamed (round 43; main gave the director general's
    name, 0.95)."""
    fields = {_qualifier(w) or _qualifier("ال" + w) for w in words} - {""}
    nxt = sent.norms[p + 1] if p + 1 < len(sent.norms) else ""
    told = _qualifier(nxt) or ("العام" if nxt in _GENERAL else "")
    return bool(fields) and bool(told) and told not in fields


def other_fields_holder(office: tuple[str, tuple[str, ...]] | None, sent: Sentence, short: ShortAnswer | None) -> bool:
    """The short answer is the name after the office with another field than the one asked (:func:`_other_field`)."""
    if office is None or short is None:
        return False
    role, words = office
    first = sent.token_at(short.start)
    return any((n == role or bare(n) == role) and _other_field(sent, p, words) and _name_start(sent, p, words) == first
               for p, n in enumerate(sent.norms))


def short_is_name(sent: Sentence, short: ShortAnswer) -> bool:
    """The short answer opens on a word a name may open on: no particle, day, digit or noun of measure ("يوم السبت"، "حجم
    الأضرار" are none: round 40), nor a word joined by و with its ال, the next word of a long office's title ("وزير
    التعليم العالي والبحث العلمي": round 39)."""
    first = sent.token_at(short.start)
    n = sent.norms[first] if first < len(sent.norms) else ""
    return bool(n) and bool(sent.stems[first]) and n not in _DAY_WORDS and not n.isdigit() and not n.startswith("وال") \
        and n not in _MEASURES


def office_told(office: tuple[str, tuple[str, ...]], sents: Sequence[Sentence]) -> bool:
    """Some sentence names the office asked, or the office is no title news always names its holder by
    (lexicon.TITLED_OFFICES: "مؤلف" is told by "ألّف")."""
    role = office[0]
    return bare(role) not in _TITLED or any(n == role or bare(n) == role for s in sents for n in s.norms)


_HOSTED = normalize("لدى")
_POSTING_REACH = 3  # tokens from the office's word to its "لدى" ("سفيرة لبلادها لدى نيوزيلندا")


def asked_posting(question: str, analyzer: Analyzer) -> Constraint | None:
    """The host of the envoy's post asked ("من هو سفير نيوزيلندا لدى قطر؟": قطر) as the constraint's word, the office as its
    ``head`` and the words between them (the country sending) as its ``aliases``; None without such a post."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    norms = [t.norm for t in toks]
    if _HOSTED not in norms or not norms or norms[0] != "من":
        return None
    at = norms.index(_HOSTED)
    office = next((k for k in range(at) if bare(norms[k]) in _ROLES or norms[k] in _ROLES), None)
    if office is None or at + 1 >= len(toks) or not toks[at + 1].stem:
        return None
    senders = tuple((t.norm, t.stem) for t in toks[office + 1:at] if t.stem and not t.stop)
    if not senders:
        return None
    host = toks[at + 1]
    text = question[toks[office].start:toks[at + 1].end]
    return Constraint("name", text, words=((host.norm, host.stem),), head=(toks[office].norm, toks[office].stem),
                      aliases=senders)


def posting_unmet(posting: Constraint | None, sent: Sentence) -> list[Constraint]:
    """[posting] when the sentence posts the office asked ("سفيرة … لدى X") to a country the question sends from, and
    nowhere to its host: it tells the reverse office."""
    if posting is None or posting.head is None:
        return []
    office = posting.head[1]
    host = posting.words[0][1]
    posted = [sent.stems[p + 1] for p, n in enumerate(sent.norms[:-1]) if n == _HOSTED
              and any(sent.stems[k] == office for k in range(max(0, p - _POSTING_REACH), p))]
    if not posted or host in posted:
        return []
    return [posting] if any(st == stem for st in posted for _, stem in posting.aliases) else []


_QUALIFIERS = frozenset(normalize(w) for w in lexicon.OFFICE_QUALIFIERS)
_OFFICE_WORDS = _ROLES | frozenset(bare(normalize(w)) for w in lexicon.DIRECTOR_HEADS)


def _qualifier(norm: str) -> str:
    """The field an office's next word names ("المالي"، "المالية" → "المالي"), or ""."""
    return norm[:-1] if norm in _QUALIFIERS and norm.endswith("ه") else norm if norm in _QUALIFIERS else ""


def asked_qualifier(question: str, analyzer: Analyzer) -> Constraint | None:
    """The office the question names with its field right after it ("المدير المالي لشركة الأطلس"), as a constraint of
    kind "office" (its words: the office's bare word and the field), or None (round 42)."""
    toks = analyzer.tokens(question)
    for t, nxt in zip(toks, toks[1:]):
        if (bare(t.norm) in _OFFICE_WORDS or t.norm in _OFFICE_WORDS) and _qualifier(nxt.norm):
            return Constraint("office", question[t.start:nxt.end], words=((bare(t.norm), _qualifier(nxt.norm)),))
    return None


def _field_told(norms: Sequence[str], office: str, field: str) -> bool | None:
    """Whether the words name the office with the field asked after it (True), only without it (False), or not at all."""
    at = [p for p, n in enumerate(norms) if bare(n) == office or n == office]
    if not at:
        return None
    return any(p + 1 < len(norms) and _qualifier(norms[p + 1]) == field for p in at)


@lru_cache(maxsize=256)
def _article_field_told(text: str, office: str, field: str, analyzer: Analyzer) -> bool | None:
    return _field_told([t.norm for t in analyzer.tokens(text)], office, field)


def qualifier_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """``[c]`` when ``sent`` names the office asked only with another field or none ("وعزا الرئيس المدير العام للشركة
    يوسف العلوي …" for "من هو المدير المالي للشركة؟": held out 28, 0.70), or names no such office while its article
    names it only so; else ``[]``."""
    if c is None:
        return []
    office, field = c.words[0]
    told = _field_told(sent.norms, office, field)
    if told is None:
        told = _article_field_told(sent.cand.text or "", office, field, analyzer)
    return [c] if told is False else []
