"""Answers by role, step 5 of the answering cascade (see :mod:`akhbar.qa.compose`).

A sentence names many things; the answer is the one that stands in the question's role:

- **who** (:func:`agent_span`): the agent of the question's verb in the sentence — the name right
  after the verb (Arabic puts the subject there: "أحرز الفرنسي كيليان مبابي ثلاثة أهداف"), the name
  after مِن قِبَل / على يد / بواسطة of a passive (or of the verb's noun: "تم اختطافها من قبل X",
  :func:`passive_positions`, and then that name only), or, when the verb has no subject of its own
  ("وأمر ببدء سحب…", "ليصبح ثاني لاعب يسجل ثلاثية"), the subject of the clause it continues — never
  a name in a "حيث التقى…" clause, which names whom the subject met;
- **when** (:func:`event_positions`): the date nearest the question's event word (not any date);
- **why** (:func:`cause_span`): the cause clause — after بسبب، نتيجة، إثر، بفعل، جراء، لأن، بعد أن;
  before "تسبب في" / "ما أدى إلى"; after "عزا … إلى" / "يعود … إلى".
"""

from __future__ import annotations

import re

from .. import lexicon
from ..arabic import SPEECH_VERBS
from ..wordfacts import AGENT_VERB, derived_core, future_verb, present_root
from ..wordtables import converse_families, lookup_keys, noun_root, people_key, root_table, table_get, table_root
from .evidence import Sentence
from .match import bare, fold_words, word_match
from .names import GIVEN_NAMES, NAME_CUES, PLACES
from .question import QuestionInfo

_NAME_CUE_WORDS = {bare(w) for w in NAME_CUES}
_ROLE_NOUNS = {bare(w) for w in fold_words(set(lexicon.ROLE_NOUNS))}
_TITLE_WORDS = _NAME_CUE_WORDS | _ROLE_NOUNS  # what may stand between an agent marker and its name
# "من تولى رئاسة الاتحاد": the holder of an office, which an appointment tells without the verb
# ("انتخب الأعضاء X رئيساً"): asked as a role, not as the agent of تولى.
_OFFICE = {bare(w) for w in fold_words(set(lexicon.OFFICE_WORDS) | set(lexicon.ROLE_NOUNS))}

EVENT_MATCH = 0.6  # word_match of the question's verb / event word: stem 1, related 0.8, skeleton 0.6

# Before a name, these say it is the agent of a passive verb ("على يد", "من قبل", "بواسطة").
_AGENT_MARKERS = [tuple(fold_words({w}).pop() for w in m.split()) for m in lexicon.AGENT_MARKERS]
PASSIVE_REACH = 3  # words between a verbal noun and its agent's marker, at most ("الإشراف عليه وإدارته من قبل")
_MANAGING = fold_words(set(lexicon.MANAGING_VERBS))
_MANAGED_BY = fold_words({"من", "في"})  # "تمكن X من …", "نجح X في …"; "قام X بـ…" glues its ب to the deed
MANAGED_REACH = 3  # words from the name after a verb of managing to the deed, at most ("من فتحها وإسقاط")
# Clause openers: the name after the verb that follows one is that verb's subject.
_CLAUSE_OPENERS = fold_words({"فيما", "بينما", "ثم", "كما", "وقد", "قد", "بعدما", "عندما", "حين", "لما"})
# A clause opened by these continues the subject of the clause before: the name after its verb is
# its object ("زار بوتين القاعدة، حيث التقى الرئيس الأسد").
_SUBJECT_KEEPERS = fold_words({"حيث", "وحيث"})
_VERB_PARTICLES = fold_words(set(lexicon.VERB_PARTICLES))
# A who-question naming its subject by a noun ("من هو رئيس…", "ما اسم الشركة…", "من كان أول مدير…",
# "من يعتبر…") asks for the holder of a role or a name, not for the agent of a verb.
_NOUN_QUESTION_WORDS = fold_words({"هو", "هي", "هم", "اسم", "ماسم", "أسماء", "كان", "كانت", "كانا", "يكون", "تكون",
                                   "يعتبر", "تعتبر", "يعد", "تعد"})
_DAMMA = "\u064f"
SPEAKER_REACH = 6  # tokens from a verb of saying to its speaker's name, at most (a title of several words between)
_TITLE_LINKS = fold_words({"باسم", "عن"})  # "المتحدث باسم الوزارة", "النائب عن الدائرة"
_SAYING = {bare(w) for w in SPEECH_VERBS} | {bare(w) for w in fold_words({"أعلن", "أعلنت", "كشف", "كشفت", "صرح"})}

_DERIVED_PRESENT = ("يست", "تست", "نست", "يت", "تت")


def _speech_verb(norm: str) -> bool:
    return norm in SPEECH_VERBS or bare(norm) in _SAYING

# Cause markers. After: the cause follows the marker to the clause end.
_CAUSE_AFTER = [tuple(bare(x) if len(x) > 3 else x for x in fold_words({w}).pop().split()) for w in lexicon.CAUSE_MARKERS]
# Before: the cause is the clause before the marker ("رياح قوية وعاصفة ترابية تسببتا في…").
_CAUSE_BEFORE = fold_words({"تسبب", "تسببت", "تسببتا", "تسببا", "يتسبب", "تتسبب", "ادي", "ادت", "أدى", "أدت",
                            "يؤدي", "تؤدي", "ما ادي", "نجم", "نتج"})


def event_positions(sent: Sentence, norm: str, stem: str, same_side: bool = False) -> list[int]:
    """Token positions of the sentence where the question's word (``norm``, ``stem``) stands: the
    same stem, a related news word (فاز → تُوّج) or the same consonant skeleton (سقط → أسقط). ``same_side``: not the
    deed told from the other party (a who-question's agent: "تسلم" for "سلم", "من سلم الوثيقة إلى X" was answered
    with the one who received it from X); its day and place are the same deed's."""
    out = []
    converse = converse_families()
    signs = table_get(converse, norm) if same_side else frozenset()
    for i, (n, st) in enumerate(zip(sent.norms, sent.stems)):
        if st and word_match(norm, stem, [st], {n}) >= EVENT_MATCH:
            its = table_get(converse, n) if signs else frozenset()
            if not any(-a in its and a not in its for a in signs):
                out.append(i)
    return out


_DOER_FRAMES = fold_words(set(lexicon.DOER_FRAMES))
_PASSIVE_FRAMES = fold_words(set(lexicon.PASSIVE_FRAMES))
_FRAMES = _DOER_FRAMES | _PASSIVE_FRAMES
FRAMED_REACH = 8  # words from "قام" to its deed's noun with ب, at most ("قام الباحث الأردني X أمس الأربعاء بتسجيل")


def _deed_keys(norm: str) -> set[str]:
    """:func:`_verb_keys`, and the root of a past of three letters (and its feminine "ت") or of the verbal nouns of forms II and IV by their
    pattern ("دشن" / "تدشين"، "أطلق" / "إطلاق": تفعيل and إفعال keep the root's letters in places), for the roots the
    root table lacks."""
    b = bare(norm)
    keys = _verb_keys(norm)
    if len(b) == 3:
        keys.add(b)
    elif len(b) == 4 and b[-1] == "ت":
        keys.add(b[:3])  # "دشنت": a past with its feminine ending
    elif len(b) == 5 and b[3] in "يا" and b[0] in "تا":
        keys.add(b[1] + b[2] + b[4])
    return keys


def framed_positions(sent: Sentence, norm: str, stem: str) -> list[int]:
    """Token positions where the question's verb is told by its verbal noun after a verb that only frames it as done:
    "قام X … بتسجيل براءة" and "تم توقيع الاتفاق" / "جرى تعويم السفينة" tell سجل and وقع, though no form of the verb
    stands there (:func:`event_positions` meets a verb's letters, not its noun's). The noun shares the verb's root or
    derived form (as in :func:`passive_positions`); after "قام" it carries ب and stands in its clause, after "تم" /
    "جرى" right after it (lexicon.DOER_FRAMES, PASSIVE_FRAMES)."""
    want = _deed_keys(norm) | _deed_keys(stem)
    if not want:
        return []
    out = []
    for i, (n, st) in enumerate(zip(sent.norms, sent.stems)):
        if not st or i == 0 or not (_deed_keys(n) | _deed_keys(st)) & want:
            continue
        for k in range(i - 1, max(-1, i - FRAMED_REACH - 1), -1):
            if sent.breaks_before(k + 1):
                break
            w = sent.norms[k]
            w = w[1:] if w[:1] in "وف" and w[1:] in _FRAMES else w
            if (w in _PASSIVE_FRAMES and k == i - 1) or (w in _DOER_FRAMES and n[:1] == "ب"):
                out.append(i)
                break
    return out


def framed_deed(info: QuestionInfo) -> bool:
    """The question tells its deed by a verbal noun a frame verb opens ("متى قامت الإمارات بإطلاق…"، "متى تم
    توقيع…"): it holds one of lexicon.DOER_FRAMES / PASSIVE_FRAMES."""
    return bool(info.words & _FRAMES)


def deed_positions(sent: Sentence, norm: str, stem: str) -> list[int]:
    """Token positions of the sentence holding a verb or noun of the deed's root or derived form (as
    :func:`passive_positions` reads them): "وقعت موسكو ودمشق اتفاقاً" and "انطلق المسبار" tell the "توقيع" and the
    "إطلاق" a question frames (:func:`framed_deed`)."""
    want = _deed_keys(norm) | _deed_keys(stem)
    return [i for i, (n, st) in enumerate(zip(sent.norms, sent.stems)) if st and want and (_deed_keys(n) | _deed_keys(st)) & want]


def _marker_at(sent: Sentence, k: int) -> int:
    """Length of the agent marker (:data:`lexicon.AGENT_MARKERS`) opening at token k, 0 if none."""
    for marker in _AGENT_MARKERS:
        if tuple(sent.norms[k:k + len(marker)]) == marker or (len(marker) == 1 and bare(sent.norms[k]) == marker[0]):
            return len(marker)
    return 0


def _verb_keys(norm: str) -> set[str]:
    """What a verb and its verbal noun share: the root (AWN's, of a past, a noun or a present's remainder: اختطف /
    خطف، يشرف / شرف، إيقاف / وقف) and, for the derived forms VII, VIII and X, the letters their past, present and
    verbal noun keep (اختطف / اختطافها → ختطف: AWN lists no اختطاف)."""
    b = bare(norm)
    keys = {r for r in (table_root(norm), present_root(b), noun_root(norm)) if r}
    core = b[1:] if b[:1] == "ا" and len(b) >= 5 and (b[1] == "ن" or b[2] == "ت" or b[1:3] == "ست") else ""
    keys |= {f"#{c}" for c in (core, derived_core(norm)) if len(c) >= 4}
    return keys


def passive_positions(sent: Sentence, norm: str, stem: str) -> list[int]:
    """Token positions where the question's verb is told by its verbal noun with an agent: "تم اختطافها من قبل
    X" and "إيقاف قواته من قبل X" tell who kidnapped, who stopped, though no form of the verb stands there
    (:func:`event_positions` meets a verb's skeleton, not its noun's: إيقاف is no أوقف by its letters). The noun
    must share the verb's root or derived form, and an agent marker must follow it within PASSIVE_REACH words
    of its clause."""
    want = _verb_keys(norm) | _verb_keys(stem)
    if not want:
        return []
    out = []
    for i, (n, st) in enumerate(zip(sent.norms, sent.stems)):
        if not st or not (_verb_keys(n) | _verb_keys(st)) & want:
            continue
        for k in range(i + 1, min(len(sent.norms), i + PASSIVE_REACH + 2)):
            if sent.breaks_before(k):
                break
            if _marker_at(sent, k) and k + _marker_at(sent, k) < len(sent.norms):
                out.append(i)
                break
    return out


# --- who ----------------------------------------------------------------------------------------


def verb_like(sent: Sentence, i: int) -> bool:
    """Token i is a verb by what Arabic writes on it or before it, so it is no (part of a) name:
    after a particle only a verb follows ("لم يفز", "قد أعلن"), a future verb ("سيتولى",
    :func:`akhbar.wordfacts.future_verb`), a past verb carrying its own plural agent ("هزموا",
    :data:`akhbar.wordfacts.AGENT_VERB`, when the word without the ending is a word of the root
    table), the present of a derived form ("يتحدى", "تستضيف"), or a passive past written with its damma
    ("عُيّن"). A listed given name never is one."""
    norm, stem = sent.norms[i], sent.stems[i]
    if norm in GIVEN_NAMES:
        return False
    if i > 0 and not sent.breaks_before(i):
        prev = sent.norms[i - 1]
        if prev in _VERB_PARTICLES or (len(prev) > 2 and prev[0] in "وف" and prev[1:] in _VERB_PARTICLES):
            return True
    text = sent.text[sent.spans[i][0]:sent.spans[i][1]]
    if future_verb(norm, stem, text.endswith("ى")):
        return True
    if AGENT_VERB.fullmatch(norm) and len(norm) <= 6 and any(k in root_table() for k in lookup_keys(norm)):
        return True
    core = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if len(core) >= 5 and core.startswith(_DERIVED_PRESENT):
        return True  # the present of forms V, VI, X ("يتحدى", "وتستضيف"): no name opens so
    written = text[1:] if norm[:1] in "وف" and len(norm) > 4 else text
    return len(written) > 1 and written[1] == _DAMMA and len(norm) <= 6


def question_verb(info: QuestionInfo) -> tuple[str, str] | None:
    """The verb a who-question asks the agent of (folded, stem): the word after the interrogative
    ("من أمر ببدء…" → أمر) or of its relative clause ("من هو الحاكم … الذي دعا" → دعا), or None when the
    question names its subject by a noun without one ("من هو رئيس…",
    "ما اسم…", "من الشاعر الذي…") or asks for the holder of an office ("من تولى رئاسة…"): a role or a
    name is asked, not who did something."""
    if info.qtype == "who" and info.relative is not None:
        return info.relative  # "من هو الحاكم … الذي دعا …": the agent of دعا
    if info.qtype != "who" or not info.focus_norms or info.words & _NOUN_QUESTION_WORDS:
        return None
    norm, stem = info.focus_norms[0]
    # (an office after the verb's object is no office asked: "من افتتح المؤتمر نيابة عن رئيس الوزراء" asks who opened
    # it, and was answered with the prime minister's name, the name nearest the question's words)
    if norm.startswith("ال") or bare(norm) in _NAME_CUE_WORDS or any(bare(n) in _OFFICE for n, _ in info.focus_norms[:2]):
        return None
    return norm, stem


def _clause_start(sent: Sentence, i: int) -> int:
    """First token of the clause holding token i (after punctuation or a clause opener)."""
    k = i
    while k > 0 and not sent.breaks_before(k) and sent.norms[k - 1] not in _CLAUSE_OPENERS \
            and sent.norms[k - 1] not in _SUBJECT_KEEPERS:
        k -= 1
    return k


def _opener(sent: Sentence, start: int) -> str:
    """The clause opener right before a clause starting at ``start`` ('' if punctuation or none)."""
    return sent.norms[start - 1] if start > 0 and not sent.breaks_before(start) else ""


def _is_subject(sent: Sentence, name: tuple[int, int]) -> bool:
    """The name stands where a clause's subject does: right after the clause's first word (its verb),
    titles and adjectives between ("زار الرئيس الروسي فلاديمير بوتين"), or first in its clause."""
    a = name[0]
    start = _clause_start(sent, a)
    if _opener(sent, start) in _SUBJECT_KEEPERS:
        return False
    between = [sent.norms[k] for k in range(start, a)]
    if not between:
        # first in its clause, unless it is the clause's verb with its و / ف: "ودمّر خلفه X …, ونهب …" (a plain
        # run of a big archive takes "ودمّر" for a name; the verb's subject stands after it)
        first = sent.norms[a]
        return not (first[:1] in "وف" and first not in GIVEN_NAMES and len(first) <= 5 and name[1] - a == 1
                    and any(k in root_table() for k in lookup_keys(first[1:])))
    # The clause's verb, then titles, nisba adjectives and ال-words of the title ("الرئيس الروسي").
    return all(n.startswith("ال") or n in fold_words({"السيد", "الشيخ"}) for n in between[1:])


def _people_at(sent: Sentence, j: int) -> tuple[int, int] | None:
    """Token j as the agent an agent marker opens when it names no person but a people by a plural ال-word:
    "من قبل المركيتيين" (a nisba plural in يين / يون), "على يد الأتراك" (a listed people's plural); not the
    singular adjective of one ("العربي") nor a plural of a trade ("المسؤولين"). None otherwise."""
    if j >= len(sent.norms) or not sent.norms[j].startswith("ال"):
        return None
    norm = sent.norms[j]
    nisba = norm.endswith(("يين", "يون")) and len(norm) >= 7
    listed = people_key(norm) is not None and not norm.endswith(("ي", "يه"))
    more = j + 1 < len(sent.norms) and not sent.breaks_before(j + 1) and sent.norms[j + 1].startswith("ال")
    if not (nisba or listed) or more:
        return None  # "من قبل المصريين القدماء …" may go on to say which: only a people standing alone
    return j, j + 1


def _managing_subject(sent: Sentence, ranges: list[tuple[int, int]], p: int) -> tuple[int, int] | None:
    """The name a verb of managing has as its subject when the question's deed at token p is told after it by
    من / في / ب ("تمكن السلطان X من فتحها وإسقاط الدولة"، "قام X بإسقاط"): X did it. The verb, then titles or
    ال-words, then the name, then the preposition, the deed at most MANAGED_REACH words on, in one clause."""
    for r in ranges:
        if r[1] > p or p - r[1] > MANAGED_REACH or any(sent.breaks_before(j) for j in range(r[0], p + 1)):
            continue
        k = r[0] - 1
        while k >= 0 and not sent.breaks_before(k + 1) and (sent.norms[k].startswith("ال")
                                                           or bare(sent.norms[k]) in _NAME_CUE_WORDS):
            k -= 1
        if k < 0 or sent.breaks_before(k + 1) or (sent.norms[k][1:] if sent.norms[k][:1] in "وف" else sent.norms[k]) not in _MANAGING:
            continue
        first = sent.norms[r[1]]
        if first in _MANAGED_BY or (r[1] == p and first[:1] == "ب"):
            return r
    return None


def agent_span(sent: Sentence, names: list[tuple[int, int]], verb: tuple[str, str] | None, obj: list[tuple[str, str]],
               rest: list[tuple[str, str]] | None = None) -> tuple[int, int] | None:
    """Token range of the name that does what the question asks about, among ``names`` (the
    sentence's name ranges); ``verb`` is the question's verb, ``obj`` the words after it (``rest``: all of the
    question's words after it). None when the verb is not in the sentence or no name stands in its agent's place."""
    if verb is None:
        return None
    at = event_positions(sent, *verb, same_side=True)
    if bare(verb[0]) in _ROLE_NOUNS:
        # (an office with the tanween's alif is what an appointment made the man before it: "اختارت الهيئة فلاناً رئيساً
        # للنادي لمدة ثلاث سنوات" has no doer after "رئيساً", and "لمدة ثلاث" was the president's name: round 39)
        at = [q for q in at if sent.norms[q] != bare(verb[0]) + "ا"]
    passive = not at
    at = at or passive_positions(sent, *verb)
    if not at:
        # "قام الباحث X أمس بتسجيل براءة" for "من سجل براءة": the doer of a noun "قام" frames is the name after it
        return next((m for q in framed_positions(sent, *verb) if (m := _managing_subject(sent, sorted(names), q))), None)

    def object_near(p: int) -> int:
        window = range(p + 1, min(len(sent.norms), p + 8))
        return sum(any(word_match(n, s, [sent.stems[j]], {sent.norms[j]}) >= EVENT_MATCH for j in window)
                   for n, s in obj)

    # The side the deed is done for ("من سجل للأرجنتين؟"): only an occurrence whose clause writes it with its ل answers;
    # none, and the sentence does not say who did it for that side (guard42's round 33 reading: "وسجل ميسي هدفين
    # للأرجنتين، فيما أحرز الفرنسي مبابي ثلاثة أهداف … ليصبح ثاني لاعب يسجل ثلاثية في نهائي كأس العالم" gave مبابي).
    if sides := [(n, st) for n, st in obj if _for_a_side(n)]:
        at = [q for q in at if any(sent.norms[j].startswith("ل") and word_match(n, st, [sent.stems[j]], {sent.norms[j]})
                                   >= EVENT_MATCH for n, st in sides
                                   for j in range(_clause_start(sent, q), _clause_end(sent, q, len(sent.norms))))]
        if not at:
            return None
    # The occurrence of the verb whose object is the question's ("يسجل ثلاثية", not "سجل … هدفين").
    p = max(at, key=lambda q: (object_near(q), -q))
    if not sides and (_object_of_another_clause(sent, p, obj) or (rest and _object_of_another_clause(sent, p, rest))):
        return None
    ranges = sorted(names)
    # A passive's agent: "على يد X", "من قبل X", "بواسطة X" after the verb, in its clause: a marker after a
    # clause break is another verb's ("وأحرق الجنود القرى، التي حُكمت من قبل X": X burnt nothing).
    for k in range(p + 1, min(len(sent.norms), p + 10)):
        if sent.breaks_before(k):
            break
        if size := _marker_at(sent, k):
            after = [r for r in ranges if k + size <= r[0] <= k + size + 2]
            if passive:
                # a verbal noun's agent is the name the marker opens (its titles before it), not one a word
                # on: "من قبل القراصنة وقال الشيخ X" names no X
                after = [r for r in after if all(bare(sent.norms[j]) in _TITLE_WORDS
                                                 for j in range(k + size, r[0]))]
            if after:
                return after[0]
            if (people := _people_at(sent, k + size)) is not None:
                return people
    if passive:
        return None  # the noun's agent is told only after its marker: a subject elsewhere did another deed
    if (managed := _managing_subject(sent, ranges, p)) is not None:
        return managed
    # The subject right after the verb (titles, team words and adjectives may stand between). The
    # speaker of a verb of saying often comes with a longer title ("قال المتحدث باسم الشرطة خالد يوسف").
    # The question's own object may come first ("سجل هدف الفوز اللاعب سامر خليل": verb, object, subject).
    speech = _speech_verb(sent.norms[p])
    reach = SPEAKER_REACH if speech else 3

    def asked(j: int) -> bool:
        return any(word_match(n, st, [sent.stems[j]], {sent.norms[j]}) >= EVENT_MATCH for n, st in obj)

    for r in ranges:
        between = range(p + 1, r[0])
        if p < r[0] <= p + reach + sum(map(asked, between)) and not any(sent.breaks_before(j) for j in range(p + 1, r[0] + 1)) \
                and all(sent.norms[j].startswith("ال") or bare(sent.norms[j]) in _NAME_CUE_WORDS or asked(j)
                        or (speech and sent.norms[j] in _TITLE_LINKS) for j in between):
            return r
    # No subject of its own: the subject of the clause it continues, nearest first.
    for r in sorted((r for r in ranges if r[1] <= p), key=lambda r: -r[0]):
        if _is_subject(sent, r):
            return r
    return None


def _for_a_side(norm: str) -> bool:
    """A question's word is a place or a team's country after ل: the side a deed is done for ("للأرجنتين", "لفرنسا")."""
    return norm.startswith("ل") and (norm[1:] in PLACES or norm[1:] == "ل" + norm[2:] and "ال" + norm[2:] in PLACES)


# (of lexicon.CLAUSE_MARKS, the punctuation: not the quotes and brackets around a phrase)
_PUNCTUATION_BREAK = re.compile("[" + re.escape("".join(m for m in lexicon.CLAUSE_MARKS if m not in "()[]\u00ab\u00bb\"\u201c\u201d")
                                                + lexicon.SENTENCE_END_MARKS) + "\n]")


def _object_of_another_clause(sent: Sentence, p: int, obj: list[tuple[str, str]]) -> bool:
    """Another clause of the sentence holds more of the question's words after its verb than the clause of the verb at
    ``p``: "من فاز بجائزة أفضل مخلل؟" against "وفاز X بجائزة أفضل زيت زيتون، فيما ذهبت جائزة أفضل مخلل إلى Y" (TRUST
    BUG, round 25: X, the winner of the other prize, was the short answer). That clause tells the asked deed without
    the verb, so no agent of the verb answers it."""
    if not obj:
        return False
    # (clauses split by punctuation, not by the quotes of a title: "القصيدة السياسية "قناع الفوضى"" is one object)
    bounds = [0, *(j for j in range(1, len(sent.norms))
                   if _PUNCTUATION_BREAK.search(sent.text[sent.spans[j - 1][1]:sent.spans[j][0]])), len(sent.norms)]
    spans = list(zip(bounds, bounds[1:]))

    def held(a: int, b: int) -> int:
        return sum(any(word_match(n, st, [sent.stems[j]], {sent.norms[j]}) >= EVENT_MATCH for j in range(a, b))
                   for n, st in obj)

    # (a verb's clause holding none of them continues another's: "زار بوتين القاعدة، حيث التقى الأسد" for "من التقى
    # بوتين في القاعدة؟"; one holding some gives the verb its own object of that kind: "بجائزة أفضل زيت زيتون")
    own = next(held(a, b) for a, b in spans if a <= p < b)
    return own > 0 and any(held(a, b) > own for a, b in spans if not a <= p < b)


# --- why ----------------------------------------------------------------------------------------


def _clause_end(sent: Sentence, i: int, limit: int = 25) -> int:
    """End (exclusive token index) of the clause that starts at token i."""
    j = i + 1
    while j < len(sent.norms) and j - i < limit and not sent.breaks_before(j):
        j += 1
    return j


def effect_follows(sent: Sentence, span: tuple[int, int]) -> bool:
    """The cause at ``span`` (:func:`cause_span`) is told before what it led to ("…، ما أدى إلى إصابة أربعة أشخاص",
    "رياح قوية تسببت في …"): it is the cause of the words after it, not of whatever the sentence holds."""
    b = span[1]
    return b < len(sent.norms) and (sent.norms[b] == "ما" or sent.norms[b] in _CAUSE_BEFORE or bare(sent.norms[b]) in _CAUSE_BEFORE)


def cause_span(sent: Sentence) -> tuple[int, int] | None:
    """Token range of the cause the sentence gives, or None."""
    norms = sent.norms
    n = len(norms)
    for i in range(n):
        for marker in _CAUSE_AFTER:
            m = len(marker)
            window = tuple(norms[i:i + m])
            if window == marker or (m == 1 and bare(norms[i]) == marker[0]) or \
                    (m > 1 and tuple(bare(w) for w in window) == marker):
                a = i + m
                if marker[0] in fold_words({"عزا", "عزت", "عزي", "يعود", "تعود", "يرجع", "ترجع", "يعزي", "تعزي"}):
                    a = next((k + 1 for k in range(i + 1, min(n, i + 8)) if norms[k] in fold_words({"الى", "إلى"})), 0)
                    if not a:
                        continue
                if a < n:
                    return a, _clause_end(sent, a)
        if norms[i] in _CAUSE_BEFORE or bare(norms[i]) in _CAUSE_BEFORE:
            start = _clause_start(sent, i)
            # "قالت الهيئة إن رياحاً قوية … تسببتا": the cause starts after إن / أن.
            for k in range(i - 1, start - 1, -1):
                if norms[k] in fold_words({"ان", "إن", "أن"}):
                    start = k + 1
                    break
            if start == i - 1 and norms[start] == "ما" and start >= 2 and sent.breaks_before(start):
                # "هطلت أمطار غزيرة، ما أدى إلى فيضانات": the cause is the clause before "ما".
                return _clause_start(sent, start - 1), start
            if start < i and norms[start] != "ما":
                return start, i
    return None
