"""Which event came first, as a claim and a sentence each tell it: one event ordered against another by one word
("X بعد Y", "قبل", "عقب", "سبقته", "تلته"), a comparison made the other way round ("X أكبر من Y"), two parties
exchanged about one ordering word, an order set against a sentence's "ثم" (:func:`_then_flip`). The aligner
(:mod:`akhbar.align`) reads :func:`sequence_conflicts` and :func:`comparison_turned`; the generation guard reads
:func:`pronoun_placed`. Split out of :mod:`akhbar.opposites` so each stays small.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import align, lexicon
from .arabic import CLAUSE_OR_END, light10, normalize, without_conjunction
from .qa.match import bare
from .wordlinks import word_link

_AFTER = frozenset(bare(normalize(w)) for w in lexicon.EVENT_AFTER if w != "منذ")
_BEFORE = frozenset(bare(normalize(w)) for w in lexicon.EVENT_BEFORE)
_PRECEDED_IT = frozenset(normalize(w) for w in lexicon.PRECEDED_IT)
_FOLLOWED_IT = frozenset(normalize(w) for w in lexicon.FOLLOWED_IT)
_THAT = frozenset(bare(normalize(w)) for w in ("ذلك", "هذا", "تلك", "هذه"))
_SPANS = frozenset(bare(normalize(w)) for w in (*lexicon.TIME_UNITS, *lexicon.OFFSET_PLURALS))
_SPAN_QUALIFIERS = frozenset(bare(normalize(w)) for w in lexicon.SPAN_QUALIFIERS)


_Order = tuple[str, int, str, int]  # what :func:`_sequence` reads of a side


def orders_events(side: align.Side) -> bool:
    """The side orders two events by a word ("قبل", "بعد", "سبقته" …: :func:`_sequences`)."""
    return bool(_sequences(side))


def _sequence(side: align.Side) -> _Order | None:
    """Where the side orders two events by one word, the order it tells of the event that word governs, that event's
    head word and the ordering word: "after" where the governed event came first ("X بعد Y", also "عقب", "إثر",
    "غداة"; "سبقته Y": Y came before what the pronoun stands for), "before" where it came later ("X قبل Y", "قبيل",
    "عشية"; "تلته Y"). The head is the first word after it that is no span of time ("بعد ستة أيام من الانفجار":
    الانفجار). None with no such word or more than one (:func:`_sequences` reads each), one before a demonstrative
    ("قبل ذلك": the day of another sentence) or after "من" ("من قبل": by whom). Last, the word's position, or -1 for a
    verb (its other event is its pronoun's)."""
    orders = _sequences(side)
    return orders[0] if orders is not None and len(orders) == 1 else None


def _sequences(side: align.Side) -> list[_Order] | None:
    """Every ordering word of the side with what it governs (see :func:`_sequence`); None where the side's word
    positions are not its text's (sentences read as one)."""
    tokens = side.positioned_tokens()
    if tokens is None:
        return None  # (sentences read as one: word positions are not the text's)
    marks = []
    for k, t in enumerate(tokens):
        word = bare(without_conjunction(t.norm))
        if word in _AFTER or word in _BEFORE:
            if k + 1 < len(tokens) and bare(tokens[k + 1].norm) not in _THAT \
                    and not (word == "قبل" and k and bare(tokens[k - 1].norm) == "من"):
                marks.append((k, "after" if word in _AFTER else "before", k))
        elif t.norm in _PRECEDED_IT or without_conjunction(t.norm) in _PRECEDED_IT:
            marks.append((k, "after", -1))
        elif t.norm in _FOLLOWED_IT or without_conjunction(t.norm) in _FOLLOWED_IT:
            marks.append((k, "before", -1))
    out = []
    for k, order, at in marks:
        # (nor the span's adjective: "بعد سنوات قليلة من تقاعدهم", the event is the retirement; the lead's real news,
        # round 41, read "قليلة" as the event, and such a claim's "قبل" was supported at 0.64)
        head = next((i for i, w in enumerate(side.words) if w.pos > k and not _span(w.norm)
                     and not (_span(tokens[w.pos - 1].norm) and bare(w.norm) in _SPAN_QUALIFIERS)), None)
        if head is not None:
            out.append((order, head, tokens[k].text, at))
    return out


def _span(norm: str) -> bool:
    """A span of time, with its accusative alif too ("بعد 20 يوماً على انطلاق الإضراب": the event is the strike; the
    lead's round-35 real news read "يوماً" as the event, and such a claim with "قبل" was supported at 0.91)."""
    return any(light10(w) in _SPANS or w in _SPANS for w in {bare(norm), bare(norm[:-1]) if norm.endswith("ا") else ""} if w)


_COMPARATIVES = frozenset(bare(normalize(w)) for w in lexicon.SUPERLATIVES)


def comparison_turned(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A comparison the sentence makes the other way round: "X أكبر من Y" where it says "Y أكبر من X" ("الدولة أكبر
    من الفساد" against "إن الفساد أكبر من الدولة": every word is the sentence's, the claim says the opposite; dev 26's
    kept contradiction). The compared words stand right before the comparative and right after its "من", on both
    sides; (the claim's compared word, its base) for each."""
    out = []
    cw, ev = claim.words, evidence.words
    for k in range(1, len(cw) - 1):
        if k not in links or without_conjunction(bare(cw[k].norm)) not in _COMPARATIVES \
                or not _compared_around(cw, k) or k - 1 not in links or k + 1 not in links:
            continue
        ke = links[k].evidence
        if 0 < ke < len(ev) - 1 and _compared_around(ev, ke) \
                and links[k - 1].evidence == ke + 1 and links[k + 1].evidence == ke - 1:
            out.append((cw[k - 1].text, cw[k + 1].text))
    return out


def _compared_around(words: Sequence[align.Word], k: int) -> bool:
    """Word ``k`` (a comparative) has its compared word right before it and its base right after "من"."""
    return words[k - 1].pos == words[k].pos - 1 and words[k + 1].pos == words[k].pos + 2 and words[k + 1].role == _FROM


_FROM = normalize("من")


def sequence_conflicts(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) \
        -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(:func:`_flips`, :func:`_swaps`): the ordering word of each side read once."""
    c = _sequence(claim)
    e = _sequence(evidence) if c is not None else None
    if c is not None and e is None:
        # (of the sentence's several ordering words, the one governing the claim's event: "وقبل انطلاق الاجتماع، قال
        # الوزير: بعد ثلاثة أعوام من المفاوضات …" / "قال الوزير بعد انطلاق الاجتماع …"; a real-news reading of round 34
        # was supported so at 0.94)
        link = links.get(c[1])
        governing = [o for o in _sequences(evidence) or [] if link is not None and o[1] == link.evidence]
        e = governing[0] if len(governing) == 1 else None
        if e is None and not governing:
            return [*_then_flip(claim, evidence, links, c), *_within_flips(claim, evidence, links)], []
    within = _within_flips(claim, evidence, links)
    if c is None or e is None:
        return within, []
    return [*_flips(claim, evidence, links, c, e), *within], _swaps(claim, evidence, links, c, e)


_DURING = frozenset(bare(normalize(w)) for w in lexicon.EVENT_DURING)


def _within(side: align.Side) -> list[_Order]:
    """Where the side places a deed within an event ("خلال القمة", "أثناء المباراة": lexicon.EVENT_DURING), as
    :func:`_sequence` reads an ordering word: ("during", the event's word right after it, the word, its position). Not a
    span of time ("خلال ثلاثة أيام", "خلال العام"), nor a word not right after it."""
    tokens = side.positioned_tokens()
    if tokens is None:
        return []
    out: list[_Order] = []
    for k, t in enumerate(tokens):
        if bare(without_conjunction(t.norm)) in _DURING:
            head = next((i for i, w in enumerate(side.words) if w.pos == k + 1), None)
            if head is not None and not _span(side.words[head].norm) and not side.words[head].name:
                out.append(("during", head, t.text, k))
    return out


def _within_flips(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A deed placed within an event on one side and after or before it on the other ("وصل الرئيس خلال القمة" / "وصل
    الرئيس بعد انتهاء القمة"; guard50's round-41 TRUST BUG, supported at 0.88, and "بعد حفل الافتتاح" / "خلال حفل
    الافتتاح" the other way): the event each side's word governs is the same word, linked, and the words the claim places
    by it are the sentence's placed by its own. After its start or before its end ("بعد بدء القمة", "قبل انتهاء
    المباراة") is within it. (claim's word, the sentence's)."""
    out: list[tuple[str, str]] = []
    c_marks, e_marks = _within(claim), _within(evidence)
    if not c_marks and not e_marks:
        return out
    for c in [*c_marks, *(_sequences(claim) or [])]:
        for e in [*e_marks, *(_sequences(evidence) or [])] if c[0] != "during" else _sequences(evidence) or []:
            if (c[0] == "during") == (e[0] == "during") or c[3] < 0 or e[3] < 0:
                continue
            (ci, c_phase), (ei, e_phase) = _phase(claim, c), _phase(evidence, e)
            if ci not in links or links[ci].evidence != ei:
                continue
            order, phase = (e[0], e_phase) if c[0] == "during" else (c[0], c_phase)
            if (order, phase) in (("after", "start"), ("before", "end")):
                continue
            placed = [i for i, w in enumerate(claim.words) if w.pos < c[3]]
            fronted = _opens_on(evidence, e[3])
            if placed and all(i in links and (evidence.words[links[i].evidence].pos > evidence.words[e[1]].pos if fronted
                                              else evidence.words[links[i].evidence].pos < e[3]) for i in placed):
                out.append((c[2], e[2]))
    return out


def _flips(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: _Order, e: _Order) \
        -> list[tuple[str, str]]:
    """One event told before another in the claim and after it in the sentence, or the other way: the event each
    side's ordering word governs (:func:`_sequence`) is the same word, linked, and the order differs ("وجاءت الاستقالة
    قبل الاحتجاجات" or "وتلتها الاحتجاجات" / "وجاءت الاستقالة بعد الاحتجاجات"). Where the claim's governed event is
    the sentence's other one ("أعلن قبل الزيارة بخمسة أيام" / "وجاءت الزيارة بعد خمسة أيام من إعلانه"), the two
    say one order from either end: nothing to set against each other. With "قبل" / "بعد" the event placed by the
    governed one must be the same too: every word the claim says before its ordering word linked to one the sentence
    says before its own ("كانت السرعة 121 ألفاً قبل المناورة" / "وجاء النجاح بعد المناورة": the speed came before, the
    success after; "نجا الركاب بعد فتح الباب" / "اختنق الركاب قبل فتح الباب": another event, which the rest of the
    claim, not its order, must answer for); "سبقته" / "تلته" place the event their pronoun stands for, which only the
    answer's sentence before tells."""
    if c[0] == e[0]:
        return []
    link = links.get(c[1])
    if (link is None or link.evidence != e[1]) and not _phases_apart(claim, evidence, links, c, e):
        return []
    if c[3] >= 0 and e[3] >= 0:
        placed = [i for i, w in enumerate(claim.words) if w.pos < c[3]]
        # (a sentence that opens on its ordering phrase places the event told after it: "قبل انضمامه إلى النادي لعب
        # اللاعب في الدوري الإسباني" / "لعب اللاعب في الدوري الإسباني بعد انضمامه إلى النادي")
        fronted = _opens_on(evidence, e[3])
        if not placed or not all(i in links and (evidence.words[links[i].evidence].pos > evidence.words[e[1]].pos if fronted
                                                 else evidence.words[links[i].evidence].pos < e[3]) for i in placed):
            return []
    return [(c[2], e[2])]


_ENDS = frozenset(bare(normalize(w)) for w in lexicon.EVENT_END_NOUNS)
_STARTS = frozenset(bare(normalize(w)) for w in lexicon.EVENT_START_NOUNS)


def _phase(side: align.Side, order: _Order) -> tuple[int, str]:
    """The word of the event an ordering word governs, past a noun of its end or start right before it
    (lexicon.EVENT_END_NOUNS / EVENT_START_NOUNS: "بعد انتهاء الجلسة" governs الجلسة, at its "end"), and that phase, or
    the head itself and ""."""
    head = order[1]
    phase = "end" if bare(side.words[head].norm) in _ENDS else "start" if bare(side.words[head].norm) in _STARTS else ""
    if phase and head + 1 < len(side.words) and side.words[head + 1].pos == side.words[head].pos + 1:
        return head + 1, phase
    return head, ""


def _phases_apart(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: _Order, e: _Order) -> bool:
    """The two sides order one event by opposite words, one of them at its end or start, and the two orders cannot
    both hold: "بعد انتهاء الجلسة" / "قبل الجلسة", "قبل بدء التصويت" / "بعد التصويت". Only "after its start" and "before
    its end" may (the event still going on)."""
    (ci, c_phase), (ei, e_phase) = _phase(claim, c), _phase(evidence, e)
    if not (c_phase or e_phase) or ci not in links or links[ci].evidence != ei:
        return False
    after, before = (c_phase, e_phase) if c[0] == "after" else (e_phase, c_phase)
    return not (after == "start" and before == "end")


def _opens_on(side: align.Side, k: int) -> bool:
    """The side's token ``k`` is its first, or the first after a lone "و"."""
    tokens = side.text_tokens()
    return k == 0 or (k == 1 and tokens[0].norm == "و")


def _swaps(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: _Order, e: _Order) \
        -> list[tuple[str, str]]:
    """Two parties exchanged about one ordering word: "وصل وزير الخارجية إلى القمة قبل الرئيس" against "وصل الرئيس إلى
    القمة قبل وزير الخارجية" (TRUST BUG of the lead's round 26 probe: supported at 0.92, every word linked). Both sides
    order by the same word, and each one's governed word is linked to a word the other places before its ordering
    word, in its main clause. (claim's governed word, the sentence's), or nothing. With opposite words the two tell one
    order from either end ("وصل الرئيس قبل الوزير" / "وصل الوزير بعد الرئيس"), which is no swap."""
    if c[0] != e[0] or c[3] < 0 or e[3] < 0:
        return []
    governed, theirs = links.get(c[1]), next((i for i, link in links.items() if link.evidence == e[1]), None)
    if governed is None or theirs is None or governed.evidence == e[1] \
            or not _in_main_clause(evidence, evidence.words[governed.evidence].pos, e) \
            or not _in_main_clause(claim, claim.words[theirs].pos, c):
        return []
    return [(claim.words[c[1]].text, evidence.words[e[1]].text)]


def _in_main_clause(side: align.Side, pos: int, order: _Order) -> bool:
    """The token at ``pos`` is in the clause the side's ordering word places: before that word, or, where the side opens
    on its ordering phrase, after the punctuation that ends it ("بعد شهر من الخسائر.. الذهب يحقق أولى مكاسبه": ANS-train's
    "الذهب يخسر بعد شهر من المكاسب", labelled contradicted, was supported)."""
    if pos < order[3]:
        return True
    tokens = side.text_tokens()
    head = side.words[order[1]].pos
    return _opens_on(side, order[3]) and pos > head and any(
        CLAUSE_OR_END.search(side.text[tokens[k].end:tokens[k + 1].start]) for k in range(head, pos))




def pronoun_placed(claim_text: str, evidence_text: str, before: str) -> bool:
    """Whether the event a claim's "سبقته" / "تلته" places its own against is the one the answer's sentence before
    names (``before``): the pronoun stands for that sentence's event, and the sentence that supports the claim orders
    its event against another by "بعد" / "قبل" ("وجاءت الاستقالة بعد احتجاجات …"), the words before that ordering
    word (الاستقالة). "واستقالت الحكومة … وسبقتها احتجاجات" is kept; "ووقع الانفجار … وسبقته احتجاجات" is not what
    that sentence says. True where nothing is to check: no such verb, no ordering word in the sentence, no sentence
    before."""
    c = _sequence(align.analyze(claim_text))
    if c is None or c[3] >= 0 or not before.strip():
        return True
    evidence = align.analyze(evidence_text)
    e = _sequence(evidence)
    if e is None or e[3] < 0:
        return True
    placed = [w for w in evidence.words if w.pos < e[3]]
    told = align.analyze(before).words
    return not placed or any(word_link(p, t)[0] >= 0.7 for p in placed for t in told)


_THEN = normalize("ثم")


def _then_flip(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: _Order) -> list[tuple[str, str]]:
    """The claim orders two events by one word ("اجتاز الطلاب اختبار اللغة قبل اختبار القدرات") and the sentence tells
    them in the other order about a "ثم" ("اجتاز الطلاب اختبار القدرات ثم اختبار اللغة"): the claim's word right before
    its ordering word and its governed words (those no word before the ordering word shares keys with) are linked on the
    two sides of one "ثم", the wrong way round. (the claim's ordering word, "ثم"), or nothing. The lead's real news, round
    42: such a claim was contradicted only by an accidental name clash."""
    tokens = evidence.positioned_tokens()
    if c[3] < 0 or tokens is None:
        return []
    placed = [i for i, w in enumerate(claim.words) if w.pos < c[3]]
    if not placed or placed[-1] not in links:
        return []
    keys = frozenset().union(*(claim.words[i].keys for i in placed))
    governed = [links[i].evidence for i, w in enumerate(claim.words) if w.pos > c[3] and i in links and not w.keys & keys]
    if not governed:
        return []
    x = evidence.words[links[placed[-1]].evidence].pos
    ys = [evidence.words[j].pos for j in governed]
    for t, token in enumerate(tokens):
        if without_conjunction(token.norm) != _THEN and token.norm != _THEN:
            continue
        # ("X قبل Y": X first; the sentence's "Y ثم X" puts it after)
        x_after = x > t and all(y < t for y in ys)
        x_before = x < t and all(y > t for y in ys)
        if (c[0] == "before" and x_after) or (c[0] == "after" and x_before):
            return [(c[2], token.text)]
    return []
