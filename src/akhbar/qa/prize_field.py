"""A prize's field as a constraint: "متى حصل X على جائزة نوبل في الكيمياء؟" is not answered from X's physics prize.

The field (lexicon.PRIZE_FIELDS) is read right after a prize's word (lexicon.PRIZE_FIELD_ANCHORS: "جائزة"، "نوبل"), in
the question and in the evidence, in any of its forms ("للآداب" / "في الأدب"). A sentence that names a prize's field
answers only when it names the field asked ("… بجائزة نوبل في الفيزياء" tells another prize); a sentence that
names none ("وتسلم الجائزة في ديسمبر") leans on its article: the field asked must be named there (title or text)
after a prize's word. Otherwise the archive does not tell that prize and ``ask`` abstains naming it ("لا يذكر الأرشيف
شيئاً عن جائزة نوبل في الكيمياء").

Checked apart from :func:`akhbar.qa.constraints.question_constraints` (like :mod:`akhbar.qa.rare`'s words): the
re-ranker and the confidence models read the count of those constraints, and a field is a new kind they were never
fitted on. The field's word is then no rare word of its own (the field constraint reads its forms, the rare words do
not: "الأدب" asked, "للآداب" written).

Any prize, not only Nobel's, is held to its winner's clause (round 26, :func:`prize_clause_unmet`): "سلم الوزير جائزة
الرسم لسعاد، فيما ذهبت جائزة النحت لمازن" names both Suad and the sculpture prize, so every constraint of "متى تسلمت
سعاد جائزة النحت؟" was met and the ceremony's day answered it. A sentence that names the prize asked ("جائزة النحت")
in one clause and the person asked in another clause that names another prize tells that prize of someone else.

Round 27: the person asked need not be a name a list knows ("لينا" is no given name of the lexicon): the words between
the question's verb and the prize stand for it (:func:`asked_winner`). And a prize handed or gone to someone ("ذهبت
جائزة التصوير إلى المصور X"، "سلم النقيب جائزة التحقيق للصحفية Y") names its winner with no verb of winning: "من فاز
بجائزة التصوير؟" is answered with X (:func:`prize_winner`), never with a name of the other clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize, without_conjunction
from .constraint_check import name_match
from .constraints import Constraint
from .evidence import CLAUSE_BREAK, Sentence
from .match import bare, fold_words
from .question import _QUESTION_WORDS, QuestionInfo

# The field follows the prize's word within this many content words ("جائزة نوبل في علم وظائف الأعضاء أو الطب": 4).
FIELD_REACH = 4
_STRIP = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل")


def _plain(norm: str) -> str:
    """A folded word without ال and its clitics ("للآداب" → "اداب", "والسلام" → "سلام")."""
    for p in _STRIP:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p):]
    return norm


_FIELD_OF = {normalize(f): k for k, forms in enumerate(lexicon.PRIZE_FIELDS) for f in forms}
_ANCHORS = frozenset(_plain(normalize(w)) for w in lexicon.PRIZE_FIELD_ANCHORS)


def _field(norm: str) -> int:
    """The field a folded word names (its index in lexicon.PRIZE_FIELDS), or -1."""
    return _FIELD_OF.get(_plain(norm), _FIELD_OF.get(norm, -1))


def _anchor(norm: str) -> bool:
    return _plain(norm) in _ANCHORS or norm in _ANCHORS


def _told(norms: Sequence[str], stems: Sequence[str]) -> set[int]:
    """The fields a text's words (folded, with their stems: "" for a stopword) name after a prize's word."""
    out: set[int] = set()
    for i, n in enumerate(norms):
        if not _anchor(n):
            continue
        seen = 0
        for j in range(i + 1, len(norms)):
            if not stems[j]:
                continue  # "في" of "نوبل في الكيمياء"
            k = _field(norms[j])
            if k >= 0:
                out.add(k)
                break
            seen += 1
            if seen >= FIELD_REACH:
                break
    return out


def asked_field(question: str, analyzer: Analyzer) -> Constraint | None:
    """The prize's field the question names ("بجائزة نوبل في الكيمياء") as a constraint of kind "field" (its text the
    prize and its field as the question writes them, its word the field's), or None."""
    toks = analyzer.tokens(question)
    for i, t in enumerate(toks):
        if not _anchor(t.norm):
            continue
        seen = 0
        for j in range(i + 1, len(toks)):
            if toks[j].stop or not toks[j].stem:
                continue
            if _field(toks[j].norm) >= 0:
                start = toks[i - 1] if i > 0 and _anchor(toks[i - 1].norm) else t  # "جائزة" before "نوبل"
                text = question[start.start:toks[j].end]
                if text[:1] in "وبل" and _anchor(normalize(text.split()[0][1:])):
                    text = text[1:]  # "بجائزة نوبل …" → "جائزة نوبل …"
                return Constraint("field", text, words=((toks[j].norm, toks[j].stem),))
            seen += 1
            if seen >= FIELD_REACH:
                break
    return None


@lru_cache(maxsize=256)
def _text_fields(text: str, analyzer: Analyzer) -> frozenset[int]:
    """The prize fields an article's title or text names (cached: one question's sentences share a few articles)."""
    toks = analyzer.tokens(text or "")
    return frozenset(_told([t.norm for t in toks], [t.stem if not t.stop else "" for t in toks]))


def field_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """``[c]`` when ``sent`` does not tell the prize field asked: it names another field after a prize's word and not
    this one, or names none and neither does its article; else ``[]``."""
    if c is None:
        return []
    want = _field(c.words[0][0])
    own = _told(sent.norms, sent.stems)
    if own:
        return [] if want in own else [c]
    if want in _text_fields(sent.cand.title or "", analyzer) or want in _text_fields(sent.cand.text or "", analyzer):
        return []
    return [c]


# Titles before a winner's name ("الكاتبة"، "الوزير"): no word of the name.
_TITLES = frozenset(bare(w) for w in fold_words(set(lexicon.NAME_CUES) | set(lexicon.ROLE_NOUNS)))
# The superlative of "جائزة أفضل مخلل": the prize is told by the word after it.
_BEST = frozenset(normalize(w) for w in ("أفضل", "افضل", "أحسن"))
_NEW_CLAUSE = frozenset(normalize(w) for w in lexicon.NEW_CLAUSE_WORDS) | frozenset("و" + normalize(w) for w in ("فيما", "بينما"))


def _construct_anchor(norm: str) -> bool:
    """A prize's word that a noun completes ("جائزة النحت"، "بجائزة نوبل"): not "الجائزة" nor a plural."""
    return _anchor(norm) and "ال" not in norm[:4] and _plain(norm) != _plain(normalize("جوائز"))


def _prize_word_after(norms: Sequence[str], stems: Sequence[str], i: int) -> int:
    """The position of the word telling which prize the prize's word at ``i`` is ("جائزة [أفضل] النحت"، "جائزة نوبل
    [في] الكيمياء"): the first content word after it that is no prize's word nor a superlative, at most FIELD_REACH
    words on; -1 for none (a number, or nothing)."""
    seen = 0
    for j in range(i + 1, len(norms)):
        if not stems[j]:
            continue
        if _anchor(norms[j]) or _plain(norms[j]) in _BEST or norms[j] in _BEST:
            seen += 1
            if seen >= FIELD_REACH:
                return -1
            continue
        return -1 if norms[j][:1].isdigit() else j
    return -1


def asked_prize(question: str, analyzer: Analyzer) -> Constraint | None:
    """The prize the question names by its own word ("جائزة النحت"، "جائزة نوبل في الكيمياء"، "جائزة أفضل مخلل"), as
    a constraint of kind "prize" whose word is the one telling it (النحت، الكيمياء، مخلل), or None."""
    toks = analyzer.tokens(question)
    norms = [t.norm for t in toks]
    stems = ["" if t.stop else t.stem for t in toks]
    for i, t in enumerate(toks):
        if not _construct_anchor(t.norm):
            continue
        j = _prize_word_after(norms, stems, i)
        if j >= 0:
            text = question[t.start:toks[j].end]
            if text[:1] in "وبل" and _anchor(normalize(text.split()[0][1:])):
                text = text[1:]
            return Constraint("prize", text, words=((toks[j].norm, toks[j].stem),))
        return None
    return None


def _same_prize(norm: str, stem: str, n: str, st: str) -> bool:
    k = _field(norm)
    return (k >= 0 and _field(n) == k) or (bool(stem) and st == stem) or _plain(n) == _plain(norm)


def _clauses(sent: Sentence) -> list[int]:
    """The clause of each token: a new one after punctuation or at a word opening one ("فيما"، "بينما")."""
    out, k = [], 0
    for j, n in enumerate(sent.norms):
        if j and (CLAUSE_BREAK.search(sent.text[sent.spans[j - 1][1]:sent.spans[j][0]]) or n in _NEW_CLAUSE):
            k += 1
        out.append(k)
    return out


def prize_clause_unmet(c: Constraint | None, names: Sequence[Constraint], sent: Sentence) -> list[Constraint]:
    """``[c]`` when ``sent`` names the prize asked (after a prize's word) and a person the question names (``names``:
    its name constraints) only in other clauses, each of which names another prize: the prize asked went to
    someone else ("… جائزة الرسم لسعاد، فيما ذهبت جائزة النحت لمازن" for "متى تسلمت سعاد جائزة النحت؟"), or, naming
    no prize asked, names the person only in clauses that name another prize (round 27); else ``[]``. A sentence naming
    no person asked is left to the other checks."""
    if c is None or not names:
        return []
    norm, stem = c.words[0]
    norms, stems = sent.norms, sent.stems
    told: dict[int, bool] = {}  # position of each prize's telling word → whether it is the prize asked
    for i, n in enumerate(norms):
        if _anchor(n):
            j = _prize_word_after(norms, stems, i)
            if j >= 0:
                told[j] = _same_prize(norm, stem, norms[j], stems[j])
    # (a sentence not naming the prize asked still tells the person's prize as another one, in the person's clause:
    # "فيما ذهبت جائزة الشعر لطارق" for "متى تسلم طارق جائزة القصة القصيرة؟", a prize the article only announces)
    asked = [j for j, same in told.items() if same]
    if not asked and _field(norm) >= 0:
        return []  # a Nobel field is field_unmet's ("جائزة نوبل في الكيمياء" named in the abstention as asked)
    clause = _clauses(sent)
    for name in names:
        first, first_stem = name.words[0]
        at = [p for p in range(len(norms)) if name_match(first, first_stem, [norms[p]], [stems[p]])]
        if not at:
            continue
        if any(clause[p] == clause[j] for p in at for j in asked):
            return []
        if all(any(clause[p] == clause[j] and not same for j, same in told.items()) for p in at):
            # the archive tells the prize, only not this winner's: "جائزة النحت للعلي"
            return [replace(c, text=c.text + " " + ("ل" + name.text[1:] if name.text.startswith("ال") else "ل" + name.text))]
    return []


# Who a question asks a prize of, when no name of the lexicon tells it: the words between its verb and the prize's
# word ("متى تسلمت لينا الخطيب جائزة …"، "متى حصلت X على جائزة …"), at most this many, titles left out.
WINNER_WORDS = 3
_WON = frozenset(bare(w) for w in fold_words(set(lexicon.PRIZE_WON_VERBS)))


def asked_winner(question: str, analyzer: Analyzer) -> Constraint | None:
    """The one the question asks a prize of, read between its verb and the prize's word when it is no name a list
    knows ("لينا" is no given name of the lexicon, so "متى تسلمت لينا الخطيب جائزة التصوير الصحفي؟" made no name
    constraint and the prize's clause was never checked, round 27): a constraint of kind "name" holding those words,
    or None (no prize's word, no verb of lexicon.PRIZE_WON_VERBS right after the interrogative, or more than
    WINNER_WORDS words between)."""
    toks = analyzer.tokens(question)
    at = next((i for i, t in enumerate(toks) if _construct_anchor(t.norm)), -1)
    ask = next((i for i, t in enumerate(toks) if t.norm in _QUESTION_WORDS), -1)
    if at < 0 or ask < 0 or at - ask < 3 or bare(toks[ask + 1].norm) not in _WON:
        return None  # (a verb of winning or receiving only: "كم بلغت قيمة جائزة …" asks no one's prize)
    words = [t for t in toks[ask + 2:at] if not t.stop and t.stem and bare(t.norm) not in _TITLES]
    if not words or len(words) > WINNER_WORDS or any(t.norm.isdigit() or t.norm in _QUESTION_WORDS for t in words):
        return None
    return Constraint("name", question[words[0].start:words[-1].end], words=tuple((t.norm, t.stem) for t in words))


_GIVEN = frozenset(bare(w) for w in fold_words(set(lexicon.PRIZE_GIVEN_VERBS)))
_TO = frozenset(normalize(w) for w in ("إلى", "الى"))
GIVEN_REACH = 4  # tokens from the verb that hands the prize to the prize's word ("فسلم النقيب جائزة")
TO_REACH = 4  # tokens from the prize's telling word to the winner's "إلى" / ل ("جائزة التصوير الصحفي إلى")


def asked_prizes(question: str, info: QuestionInfo, analyzer: Analyzer, names: list[Constraint]
                 ) -> tuple[Constraint | None, Constraint | None, list[Constraint], list[Constraint]]:
    """(the prize asked with a person, for :func:`prize_clause_unmet`; the prize whose winner a who-question asks, "من
    فاز بجائزة …؟"، "من تسلم جائزة …؟", for :func:`prize_winner`; the persons asked: the question's ``names``, else the
    one :func:`asked_winner` reads; that one alone, a name the answering sentence or its title must hold as the
    question's names are held: "متى تسلم زياد القاسم جائزة أدب الأطفال؟" was answered with Mahfouz's Nobel sentence)."""
    prize = asked_prize(question, analyzer)
    won = prize if info.qtype == "who" and info.focus_norms and bare(info.focus_norms[0][0]) in _WON else None
    # (the prize is a name of its own after its cue, "جائزة أدب": no person)
    names = [n for n in names if not _anchor(normalize(n.text.split()[0]))]
    read = [w] if not names and prize is not None and (w := asked_winner(question, analyzer)) is not None else []
    names = names or read
    return (prize if names else None), won, names, read


def prize_winner(c: Constraint | None, sent: Sentence) -> tuple[int, int, int] | None:
    """(start, end of the winner's name as sentence offsets, the prize's word position) when ``sent`` tells the prize
    asked handed or gone to someone: a verb of lexicon.PRIZE_GIVEN_VERBS before the prize's word in its clause, then
    "إلى" or a glued ل after the prize, a title with ال allowed ("إلى المصور باسل عودة"، "للصحفية لينا الخطيب"), then
    the name: a word without ال, and the next word (a family name, with ال or not). "ذهبت جائزة التصوير إلى X" tells
    X won it, though no "فاز" stands there (round 27: "من فاز بجائزة التصوير الصحفي؟" abstained, "no event")."""
    norms, stems = sent.norms, sent.stems
    clause = _clauses(sent)
    for i, j in _prizes_asked(c, sent):
        if not any(clause[k] == clause[i] and (bare(norms[k]) in _GIVEN or bare(norms[k][1:]) in _GIVEN)
                   for k in range(max(0, i - GIVEN_REACH), i)):
            continue
        for k in range(j + 1, min(len(norms), j + 1 + TO_REACH)):
            if clause[k] != clause[j]:
                break
            start = _winner_start(norms, stems, k, clause)
            if start is not None:
                end = start + 1
                if end < len(norms) and clause[end] == clause[start] and stems[end] and not norms[end][:1].isdigit():
                    end += 1  # "باسل عودة"، "لينا الخطيب"
                return sent.spans[start][0], sent.spans[end - 1][1], j
            if not norms[k].startswith("ال") or not stems[k]:
                break  # only the prize's adjectives stand between ("جائزة التصوير الصحفي إلى")
    return None


_WIN = frozenset(bare(w) for w in fold_words(set(lexicon.WIN_WORDS)))
_ON = normalize("على")
TAKER_REACH = 6  # tokens from a verb of winning to the prize's word ("ونالت الكاتبة الليبية نجوى العبيدي جائزة")


def prize_taker(c: Constraint | None, sent: Sentence) -> tuple[int, int, int] | None:
    """As :func:`prize_winner`, for a prize won by another verb than "فاز" (lexicon.PRIZE_WON_VERBS: "نال"، "حصل على"،
    "تسلم"): the name between the verb and the prize's word, past the titles with ال before it ("ونال الحكم الدولي سامي
    القاسم جائزة الروح الرياضية" for "من فاز بجائزة الروح الرياضية؟"; round 43: held out 28's control abstained, "no
    event"). A name of one to three words, the first with no ال; else None."""
    norms, stems = sent.norms, sent.stems
    clause = _clauses(sent)
    for i, j in _prizes_asked(c, sent):
        verb = next((k for k in range(i - 1, max(-1, i - 1 - TAKER_REACH), -1) if clause[k] == clause[i]
                     and (bare(norms[k]) in _WON or bare(norms[k][1:]) in _WON) and bare(norms[k]) not in _WIN), None)
        if verb is None:
            continue
        end = i - 1 if norms[i - 1] == _ON or without_conjunction(norms[i - 1]) == _ON else i
        start = verb + 1
        while start < end and norms[start].startswith("ال"):
            start += 1  # the titles before the name: "الكاتبة الليبية"
        if 1 <= end - start <= 3 and stems[start] and not norms[start][:1].isdigit() \
                and all(stems[k] and clause[k] == clause[i] for k in range(start, end)):
            return sent.spans[start][0], sent.spans[end - 1][1], j
    return None


def _prizes_asked(c: Constraint | None, sent: Sentence) -> list[tuple[int, int]]:
    """(the prize cue's position, the prize word's after it) for each telling in ``sent`` of the prize ``c`` asks:
    what :func:`prize_winner` and :func:`prize_taker` both read their name around."""
    if c is None:
        return []
    norm, stem = c.words[0]
    norms, stems = sent.norms, sent.stems
    found = []
    for i, n in enumerate(norms):
        if _anchor(n) and (j := _prize_word_after(norms, stems, i)) >= 0 and _same_prize(norm, stem, norms[j], stems[j]):
            found.append((i, j))
    return found


def _winner_start(norms: Sequence[str], stems: Sequence[str], k: int, clause: Sequence[int]) -> int | None:
    """The position of the winner's first name word when token ``k`` is the "إلى" or the glued ل before it: past one
    title with ال ("المصور"، "للصحفية"), a word without ال that is no number; else None."""
    n = norms[k]
    if n in _TO:
        at = k + 1
        if at < len(norms) and norms[at].startswith("ال") and stems[at]:
            at += 1  # "إلى المصور باسل عودة"
    elif n.startswith("لل") and len(n) > 4 and stems[k]:
        at = k + 1  # "للصحفية لينا الخطيب": ل + a title
    else:
        return None
    if at >= len(norms) or clause[at] != clause[k] or not stems[at] or norms[at].startswith("ال") \
            or norms[at][:1].isdigit() or norms[at] in _TO:
        return None
    return at



def prize_named_otherwise(c: Constraint | None, sent: Sentence) -> list[Constraint]:
    """``[c]`` when the prize whose winner is asked (``c``: :func:`asked_prizes`' "won") is not one the sentence names,
    while it names others of its kind after a prize's word: "فمنحت لجنة التحكيم جائزة أفضل إخراج …، بينما ذهبت جائزة أفضل
    سيناريو إلى …" tells no winner of "جائزة أفضل ممثل" (held out 14's festival: it was chosen over the next sentence,
    "وحصل الممثل رامي العطار على جائزة أفضل ممثل", and answered with no name; round 44). The word is read as written:
    "ممثلة" is no "ممثل". A sentence writing the asked word anywhere may name the prize without its prize's word ("بينما
    حصل مبابي على الحذاء الذهبي" for "جائزة الحذاء الذهبي": the default set's control)."""
    if c is None:
        return []
    asked = bare(c.words[0][0])
    if any(bare(n) == asked for n in sent.norms):
        return []
    told = [j for i, n in enumerate(sent.norms) if _anchor(n) and (j := _prize_word_after(sent.norms, sent.stems, i)) >= 0]
    return [c] if told else []
