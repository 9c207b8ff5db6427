"""A sentence of two deeds lends no slot of one to the other (the claim checker's reading clause by clause, beside
:mod:`akhbar.verify_clauses`; clauses open where :mod:`akhbar.verify_openers` says): the place or side behind a role word
(:func:`role_of_another_clause`), the second word of a phrase (:func:`phrase_of_two_clauses`), a count the sentence gives
a name of its own (:func:`value_of_another_name`), a place another deed went to or came from (:func:`place_of_another_deed`),
the thing a group is of (:func:`group_of_another`), a count of another time or place (:func:`value_of_another_setting`).
TRUST BUGS of the lead's round 27 and 28 probes (bench/verify_probe_lead27.jsonl, bench/verify_probe_lead28.jsonl).
"""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon
from .align import Alignment
from .arabic import SPEECH_VERBS, normalize, without_conjunction
from .qa.match import bare
from .sides import Side, canonical_role
from .value_compare import same_unit
from .values import yearless_day
from .verify_clauses import names_a_place, verb_shaped
from .verify_openers import clause_at, clause_opens
from .wordfacts import ARTICLE
from .wordlinks import word_link

__all__ = ["details_of_another_telling",
    "doers_crossed", "group_of_another", "object_after_a_fronted_doer",
    "phrase_of_two_clauses", "place_of_another_deed", "role_of_another_clause",
    "value_of_another_name", "value_of_another_setting",
]

_FROM, _IN = normalize("من"), normalize("في")
# (prepositions of place the role reader leaves bare: the word after them has no role of its own)
_AT = frozenset(normalize(w) for w in ("عند", "قرب", "لدى", "داخل"))


def _bare_place_word(side: Side, k: int) -> str:
    """The preposition of place right before word ``k`` that the role reader leaves bare ("عند المدخل"), or ""."""
    w = side.words[k]
    tokens = side.text_tokens()
    before = tokens[w.pos - 1].norm if not w.role and 0 < w.pos <= len(tokens) else ""
    return before if before in _AT else ""
_WHENCE_WHITHER = frozenset((_FROM, normalize("إلى")))


def role_of_another_clause(a: Alignment) -> tuple[str, str] | None:
    """The claim's word behind a role word ("أمام برشلونة", "في القاهرة", "من مطار دبي") found only in another clause of
    the sentence (:func:`akhbar.verify_openers.clause_opens`) than the one its verb (its first word, linked word for word) is said in, while
    that clause gives the same role a word of its own, one no claim word is linked to: "فاز ريال مدريد على برشلونة ثم
    خسر أمام أتلتيكو مدريد" / "خسر ريال مدريد أمام برشلونة", "ولد الكاتب في القاهرة وتوفي في باريس" / "توفي الكاتب في
    القاهرة", "هبطت الطائرة في مطار دبي بعد أن أقلعت من مطار القاهرة" / "أقلعت الطائرة من مطار دبي" (the lead's round 27
    probe: each supported at 0.86–0.92). (claim's word, the home clause's own), or None."""
    first = a.links.get(0)
    if first is None:
        return None
    verb = a.claim.words[0]
    if first.strength < 0.95 or verb.pos != 0 or verb.name or without_conjunction(verb.norm) in SPEECH_VERBS:
        return None
    _, opens = clause_opens(a.evidence)
    ev = a.evidence.words
    if not (verb_shaped(verb) or ev[first.evidence].pos in opens):
        return None  # (a verb: by its shape, or by its telling opening a clause of the sentence, "نالت")
    said = {link.evidence for link in a.links.values()}
    # (the verb told twice, "فاز الهلال على النصر، وفاز الأهلي على الاتحاد": the claim's verb is the telling whose clause
    # holds most of the claim's words, whichever of the two the link took)
    linked = [clause_at(opens, ev[j].pos) for j in said]
    linked_home = clause_at(opens, ev[first.evidence].pos)
    tellings = {linked_home} | {w.pos for w in ev if w.pos in opens and (verb.keys & w.keys or verb.syn & w.syn)}
    home = max(tellings, key=lambda c: (linked.count(c), c == linked_home))
    cl = a.claim.words
    for i, link in a.links.items():
        c, e = cl[i], ev[link.evidence]
        if not i or clause_at(opens, e.pos) == home:
            continue
        if not c.role:
            # (a place behind "عند" in the claim, behind another word in the other clause, while the home clause has its
            # own place behind "عند": "أوقفت الشرطة القطار عند المدخل وأعادته إلى المحطة" / "… القطار عند المحطة")
            at = _bare_place_word(a.claim, i)
            if at and at != _bare_place_word(a.evidence, link.evidence):
                own = next((w for j, w in enumerate(ev) if j not in said and clause_at(opens, w.pos) == home
                            and _bare_place_word(a.evidence, j) == at and not w.keys & c.keys), None)
                if own is not None:
                    return c.text, own.text
            continue
        if c.frame and e.frame and c.frame != e.frame and canonical_role(c.role, c.frame) == canonical_role(e.role, e.frame):
            continue  # (the other clause tells it by its converse: "وخسرت إسبانيا أمام اليابان" / "فازت اليابان على إسبانيا")
        for j, w in enumerate(ev):
            if j in said or w.role != c.role or clause_at(opens, w.pos) != home:
                continue
            if not w.keys & c.keys:
                if c.role != _IN or names_a_place(ev, j):
                    return c.text, w.text
                continue
            # (the same head, another name after it: "من مطار القاهرة" in the home clause, "مطار دبي" in the claim)
            if i + 1 in a.links and cl[i + 1].pos == c.pos + 1 and not cl[i + 1].role and j + 1 < len(ev) \
                    and j + 1 not in said and ev[j + 1].pos == w.pos + 1 and not ev[j + 1].role \
                    and not ev[j + 1].keys & cl[i + 1].keys:
                return cl[i + 1].text, ev[j + 1].text
    return None


def place_of_another_deed(a: Alignment) -> tuple[str, str] | None:
    """The claim's place after "في" (where its verb's deed happened) found only in another clause of the sentence, behind
    another role word or none (a common noun only behind "إلى" / "من"), where another deed went or came from: "غادر
    الرئيس إلى باريس بعد أن التقى رئيس الوزراء" / "التقى الرئيس رئيس الوزراء في باريس" (TRUST BUG of the lead's round
    28 probe, supported at 0.83: the sentence does not say where they met). (claim's place, the other clause's first
    word), or None."""
    first = a.links.get(0)
    if first is None or first.strength < 0.95 or a.claim.words[0].pos != 0 or a.claim.words[0].name:
        return None
    tokens, opens = clause_opens(a.evidence)
    ev = a.evidence.words
    home = clause_at(opens, ev[first.evidence].pos)
    for i, link in a.links.items():
        c, e = a.claim.words[i], ev[link.evidence]
        if c.role == _IN and e.role != _IN and (c.place or e.role in _WHENCE_WHITHER) \
                and (there := clause_at(opens, e.pos)) != home and there < len(tokens):
            return c.text, tokens[there].text
    return None


def phrase_of_two_clauses(a: Alignment) -> tuple[str, str] | None:
    """Two words the claim says side by side ("جائزة أفضل فيلم") linked into two clauses of the sentence
    (:func:`akhbar.verify_openers.clause_opens`), the second away from the clause of the claim's verb (its first word,
    linked word for word), where the sentence goes on after the first with a word of its own: "حصل الفيلم على جائزة
    أفضل إخراج، وخسر جائزة أفضل فيلم" says "أفضل فيلم" of the loss (the lead's round 27 probe, "حصل الفيلم على جائزة
    أفضل فيلم" supported at 0.94). (the claim's two words, the sentence's first word and the word after it), or None."""
    _, opens = clause_opens(a.evidence)
    if len(opens) < 2:
        return None
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        before = a.links.get(i - 1)
        c, prev = a.claim.words[i], a.claim.words[i - 1] if i else None
        # (a noun in construct and the word after it, "أفضل فيلم"; not the verb and its doer, nor a doer and its object,
        # whose clause may leave its doer unsaid: "سجل اللاعب هدفين وصنع هدفاً" / "صنع اللاعب هدفاً")
        if before is None or prev is None or i < 2 or c.role or c.pos != prev.pos + 1 or prev.name or prev.norm.startswith("ال") \
                or (c.norm[:1] == "و" and without_conjunction(c.norm) != c.norm):  # (nor two joined by "و": "يتراجع ومخاوف")
            continue
        j1, j2 = before.evidence, link.evidence
        # (the second word in the clause of the claim's verb is that clause's own, whatever the first: a doer told
        # in the clause before, "سجل محمد صلاح هدفين وصنع هدفاً" / "صنع محمد صلاح هدفاً")
        if clause_at(opens, ev[j1].pos) == clause_at(opens, ev[j2].pos) or not _away_from_verb(a, opens, j2):
            continue
        nxt = j1 + 1
        # (the word after the first one is a word of its own, not another telling of the claim's second word, which
        # the links took elsewhere: "واينولف درينغوت" after "وعائلة درينغوت", XQuAD's tune set)
        if nxt < len(ev) and nxt not in said and ev[nxt].pos == ev[j1].pos + 1 and not ev[nxt].role \
                and not ev[nxt].keys & c.keys and clause_at(opens, ev[nxt].pos) == clause_at(opens, ev[j1].pos):
            return f"{prev.text} {c.text}", f"{ev[j1].text} {ev[nxt].text}"
    return None


def _away_from_verb(a: Alignment, opens: frozenset[int], j: int) -> bool:
    """The sentence's word ``j`` stands in another clause than the claim's verb (its first word, linked word for word to
    a word that opens a clause):
    "حصل الفيلم على جائزة أفضل إخراج، وخسر جائزة أفضل فيلم" says "أفضل فيلم" of the loss."""
    first = a.links.get(0)
    ev = a.evidence.words
    # (the claim's first word linked to a word that opens a clause of the sentence: a verb, not a noun, "النفط يتراجع")
    return first is not None and first.strength >= 0.95 and a.claim.words[0].pos == 0 and ev[first.evidence].pos in opens \
        and clause_at(opens, ev[first.evidence].pos) != clause_at(opens, ev[j].pos)


def value_of_another_name(a: Alignment) -> tuple[str, str] | None:
    """A word of the claim that the sentence gives a count of its own right after it, of the claim's counted noun and
    another number, while the claim's number is told elsewhere: "يبلغ عدد سكان الرياض 7 ملايين نسمة وجدة 4 ملايين نسمة"
    / "يبلغ عدد سكان جدة 7 ملايين نسمة", "بسجن المتهم الأول 10 سنوات والمتهم الثاني 5 سنوات" / "حكم على المتهم الثاني
    بالسجن 10 سنوات", "وثلاثة من المعارضة" / "خمسة أعضاء من المعارضة" (the lead's round 27 probe: supported at 0.84–0.93);
    a place said right after another count ("بحياة 45 شخصاً في السودان"). (claim's word, its own count), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    at = {t.start: k for k, t in enumerate(tokens)}
    # (a year-less day is no count: "في الخامس من رمضان" gives "رمضان" no five of anything)
    counts = {at[e.start]: e for e in a.evidence.values if e.kind == "num" and e.start in at and not yearless_day(e)}
    for v in a.claim.values:
        if v.kind != "num" or not v.unit or yearless_day(v):
            continue
        for i, link in a.links.items():
            if not (a.claim.words[i].name or ARTICLE.match(a.claim.words[i].norm)):
                continue  # (a name or a noun with its article, not a verb: "يشارك فيها 32 منتخباً")
            p = a.evidence.words[link.evidence].pos
            own = counts.get(p + 1)
            # (a list's later count may leave its unit unsaid: "سجلت أبها 29 درجة وجازان 36"; the lead's real news,
            # round 41, had another place's count lent to such an item supported at 0.92)
            # (not where the claim gives that count too: "عند ترددين 400 و900 ميغاهرتز" lists both)
            elided = own is not None and not own.unit and any(e.unit == v.unit for e in counts.values()) \
                and not any(x.kind == "num" and x.value == own.value for x in a.claim.values)
            if i and own is not None and (own.unit == v.unit or elided) and own.value != v.value:
                return a.claim.words[i].text, own.text
            # (or right before its "من": "خمسة أعضاء من الحكومة وثلاثة من المعارضة" / "خمسة أعضاء من المعارضة")
            part = counts.get(p - 2) if p >= 2 and tokens[p - 1].norm == _FROM else None
            if i and part is not None and part.value != v.value:
                return a.claim.words[i].text, part.text
            # (or a place said right after another count of the claim's thing, while the claim's count is the
            # sentence's too: "أكثر من 60 شخصاً قتلوا في السيول التي أودت أيضاً بحياة 45 شخصاً في السودان" / "قتل أكثر
            # من 60 شخصاً في السودان"; a real-news reading of round 34 was supported so at 0.78)
            placed = counts.get(p - 3) if p >= 3 and a.claim.words[i].place and tokens[p - 1].norm == _IN else None
            if placed is not None and placed.unit == v.unit and placed.value != v.value \
                    and any(e.value == v.value and e.unit == v.unit for e in a.evidence.values):
                return a.claim.words[i].text, placed.text
    return None


def _sides(a: Alignment, verbs: tuple[int, ...], home: Callable[[int], int]) -> tuple[list[int], int]:
    """How many claim words (linked word for word, past its first word) the sentence writes after another of its ``verbs``
    than the one ``home`` gives the claim word's clause, counted by the claim's clause (its first verb's, its second's),
    and how many after their own. A word the sentence writes before every verb, or after two of them, is on no side."""
    ev = a.evidence.words

    def after(j: int) -> int | None:
        return max((v for v in verbs if v < j), default=None)

    sides: dict[str, set[int | None]] = {}
    for j, e in enumerate(ev):
        sides.setdefault(e.norm, set()).add(after(j))
    moved, stayed = [0, 0], 0
    for k, link in a.links.items():
        j = link.evidence
        if k == 0 or j in verbs or link.strength < 0.95 or after(j) is None or len(sides[ev[j].norm]) > 1:
            continue
        if after(j) == home(k):
            stayed += 1
        else:
            moved[home(k) != a.links[0].evidence] += 1  # (0: a word of the claim's first verb's clause)
    return moved, stayed


def doers_crossed(a: Alignment) -> tuple[str, str] | None:
    """The claim's two deeds, its opening verb and a later one glued to "و", each linked word for word to a verb of the
    sentence, each with the other's words: "وتملك السفينة شركة إيفرغرين وتشغلها شركة شوي كيسن" against "وتملكها شركة
    شوي كيسن … وتشغلها شركة إيفرغرين" (TRUST BUG, held out 25: supported, every word linked, owner and operator
    exchanged across the claim's own two clauses). (One deed told with another deed's words, "وتملك الفندق شركة النخيل"
    against "وتملكه شركة الواحة وتديره شركة النخيل", is still supported: a first reading of it fired on claims of no
    such shape in verify_eval's tune split, "… اثني عشر ملعبا" against "… وفاز …".)
    A word the sentence writes after both verbs ("شركة … شركة") or before both ("السفينة") tells nothing. (the claim's
    words after its first verb, those after its second), or None."""
    words, ev = a.claim.words, a.evidence.words
    first = a.links.get(0)
    if first is None or first.strength < 0.95 or not words or words[0].pos or not verb_shaped(words[0]) \
            or not verb_shaped(ev[first.evidence]) or words[0].listed or words[0].name:
        return None  # (a verb by its shape, not a name of that shape: "تركيا تتجاوز …")
    for i in range(2, len(words)):
        second = a.links.get(i)
        w = words[i]
        if second is None or second.strength < 0.95 or not w.norm.startswith("و") or not verb_shaped(w) \
                or not verb_shaped(ev[second.evidence]) or second.evidence == first.evidence or w.keys & words[0].keys:
            continue
        homes = (first.evidence, second.evidence)

        def home(k: int, second_at: int = i, verbs: tuple[int, int] = homes) -> int:  # the verb of the word's clause
            return verbs[k > second_at]
        moved, stayed = _sides(a, homes, home)
        if moved[0] and moved[1] and not stayed:
            return " ".join(x.text for x in words[1:i]), " ".join(x.text for x in words[i + 1:])
        return None  # (the claim's second deed is told where the sentence tells it)
    return None


_GROUPS = frozenset(bare(normalize(w)) for w in lexicon.GROUP_NOUNS)


def group_of_another(a: Alignment) -> tuple[str, str] | None:
    """The claim's "X من Y" (a group and what it is of: "على مجموعة من المتطوعين") where the sentence says the same X of
    another thing right after it ("على مجموعة من القرود") and names Y only elsewhere ("قبل تجربته على المتطوعين"): a
    real-news reading of round 34 was supported so at 0.72. (Y, the sentence's thing), or None."""
    words, ev = a.claim.words, a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i in range(1, len(words)):
        c, head, link = words[i], words[i - 1], a.links.get(i - 1)
        if c.role != _FROM or head.pos != c.pos - 2 or i not in a.links or link is None or link.strength < 0.95 \
                or bare(without_conjunction(head.norm)) not in _GROUPS:
            continue  # (a group's noun, "مجموعة من"; not "حذر المواطنين من التعامل", "بطلب من دمشق", "بدلاً من الصيف")
        j = link.evidence + 1
        if j < len(ev) and j not in said and ev[j].role == _FROM and ev[j].pos == ev[j - 1].pos + 2 \
                and a.links[i].evidence != j and not ev[j].keys & c.keys:
            return c.text, ev[j].text
    return None


def value_of_another_setting(a: Alignment) -> tuple[str, str] | None:
    """The claim's count found in one clause of the sentence while the words of its time or place ("في العام التالي")
    are said only in another clause, which gives its own count of the same thing: "بلغ عدد الزوار في البداية 50
    زائراً، وفي العام التالي، وصل عدد الزوار إلى 200 زائر" / "بلغ عدد الزوار في العام التالي 50 زائراً" (a real-news
    reading of round 34 was supported so at 0.91, every word somewhere in the sentence). (the claim's count, the other
    clause's), or None."""
    ev = a.evidence.words
    for v in a.claim.values:
        if v.kind not in ("num", "year") or not v.unit or yearless_day(v):
            continue  # (a year-less day, "8 ذي القعدة", is a time itself: its month's words are no setting of a count)
        told = [e for e in a.evidence.values if e.value == v.value and same_unit(e.unit, v.unit)]
        if len(told) != 1:
            continue
        setting = [ev[link.evidence] for i, link in a.links.items() if a.claim.words[i].setting and link.strength >= 0.95
                   and v.unit not in a.claim.words[i].keys]
        if not setting or any(w.clause == told[0].clause for w in setting):
            continue
        # (the phrase may stand as a clause of its own, its deed's clause next: "وفي العام التالي، وصل عدد الزوار …")
        there = {w.clause for w in setting}
        own = [e for e in a.evidence.values if e.clause in there | {c + 1 for c in there} and e.clause != told[0].clause
               and same_unit(e.unit, v.unit) and e.value != v.value]
        if len(there) == 1 and own:
            return v.text, own[0].text
    return None


_TOLD_AGAIN = 0.7  # a link this strong to the claim's verb is its verb in another tense or form ("سيغيب" / "غاب")


def details_of_another_telling(a: Alignment) -> tuple[str, str] | None:
    """(the claim's words after its doer, the doer) where the sentence tells the claim's deed twice, in two clauses,
    each of its own doer ("… المصاب بكسر وسيغيب لمدة ثلاثة أسابيع، كما غاب الحارس ماجد عن المباراة الأخيرة"), and the claim
    gives the doer of one telling the details of the other ("سيغيب الحارس ماجد لمدة ثلاثة أسابيع": the lead's real news, round
    43's held-out batch 22, now dev, supported at 0.96; "كما" opens a clause, lexicon.ALSO_OPENERS). The claim's verb
    first, its doer (a name, or a title and a name) right after it, every word after the doer linked in the verb's clause
    and none in the doer's, and the verb's clause naming a doer of its own before the verb."""
    cw, ev = a.claim.words, a.evidence.words
    verb, doer = a.links.get(0), a.links.get(1)
    if verb is None or doer is None or cw[0].pos or cw[1].pos != 1:
        return None
    home, there = ev[verb.evidence].clause, ev[doer.evidence].clause
    if home == there or not any(w.clause == there and word_link(cw[0], w)[0] >= _TOLD_AGAIN for w in ev):
        return None
    rest = [i for i in sorted(a.links) if i >= 2 and not (cw[i].name and cw[i].pos == cw[i - 1].pos + 1 and i - 1 in a.links
                                                           and ev[a.links[i - 1].evidence].clause == there)]
    if not rest or any(ev[a.links[i].evidence].clause != home for i in rest) or not any(w.name for w in cw[1:rest[0]]):
        return None
    # (the verb's clause names its own doer before the verb: "كريم بنزيمة المصاب … وسيغيب"; a clause that carries the
    # doer of the clause before, "فاز ريال مدريد على برشلونة ثم خسر أمام أتلتيكو", tells the same doer's deeds)
    said = {link.evidence for link in a.links.values()}
    if not any(w.clause == home and w.name and w.pos < ev[verb.evidence].pos and j not in said for j, w in enumerate(ev)):
        return None
    return " ".join(cw[i].text for i in rest), " ".join(w.text for w in cw[1:rest[0]])



def object_after_a_fronted_doer(a: Alignment) -> tuple[str, str] | None:
    """(the claim's object, the sentence's) where the sentence writes the doer before the verb ("… في حين أن قرار
    الاتحاد منع النادي الأهلي من التعاقد") and its object right after it, and the claim, verb first, writes those doer's
    words and then an object the sentence names only in another clause ("منع قرار الاتحاد الزمالك من التعاقد"; a false
    claim of the lead's real news, round 41's batch 21, was supported so at 0.96, the club taken from the clause
    before). The doer's words all linked, side by side, right before the verb; the sentence's object not linked."""
    cw, ev = a.claim.words, a.evidence.words
    verb = a.links.get(0)
    if verb is None or verb.strength < 0.95 or cw[0].pos or cw[0].name or not verb_shaped(cw[0]):
        return None  # (a claim that opens on a noun: "نيسان مشروع أطلقه رجل الأعمال …")
    _, opens = clause_opens(a.evidence)
    v = verb.evidence
    home = clause_at(opens, ev[v].pos)
    said = {link.evidence for link in a.links.values()}
    k = v + 1
    if k >= len(ev) or k in said or ev[k].pos != ev[v].pos + 1 or ev[k].role or ev[k].name or clause_at(opens, ev[k].pos) != home:
        return None
    for n in range(2, min(5, len(cw))):
        doer = range(1, n)
        if any(m not in a.links or a.links[m].evidence != v - n + m or cw[m].pos != m or cw[m].role for m in doer) \
                or any(ev[v - n + m].pos != ev[v].pos - n + m for m in doer):
            continue
        obj = a.links.get(n)
        # (the object named before the doer's words, or in another clause: not one the sentence says later in the verb's
        # own phrase, "منع قرار الاتحاد بشكل نهائي النادي")
        if obj is None or cw[n].pos != n or cw[n].role or not (
                obj.evidence < v - n + 1 or clause_at(opens, ev[obj.evidence].pos) != home or ev[obj.evidence].clause != ev[v].clause):
            return None
        # (the same word right after the verb is the claim's, whichever of its two mentions the link took)
        return None if ev[k].keys & cw[n].keys else (cw[n].text, ev[k].text)
    return None
