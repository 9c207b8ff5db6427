"""The opposites a claim and an evidence sentence can show once aligned (:func:`akhbar.align.align`).

Opposite words (:func:`antonym_pairs`), said of the same thing when both families are on a side
(:func:`direction_conflicts`, :func:`said_of`), a negation on one side only (:func:`negation_flip`), and a state the
claim asserts that the sentence tells ending (:func:`ended_state`). Which event came first is
:mod:`akhbar.event_order`'s; the other conflicts (who did what, a name in
another's slot, exchanged roles) are :mod:`akhbar.conflicts`'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from . import align, conflicts, lexicon
from .arabic import normalize, without_conjunction
from .qa.match import bare
from .sides import object_pronoun_verb
from .wordfacts import set_apart, without_pronoun
from .wordlinks import word_link
from .wordtables import doubled_two, known_keys

_PLACE_KINDS = frozenset(bare(normalize(w)) for kind in lexicon.PLACE_CUES for w in kind)
_PLACE_ROLES = frozenset(normalize(w) for w in ("من", "في", "إلى", "داخل"))


def signs(side: align.Side, k: int) -> frozenset[int]:
    """The antonym families word ``k`` of ``side`` says (Word.ant), none where the word names a place's kind: before
    its name, after a preposition ("من سجن غوانتانامو", "إلى سجن صيدنايا"), or in construct after a part of the place,
    its people or a spot beside it (lexicon.PLACE_PART_NOUNS: "أبواب سجن صيدنايا", "أمام بوابة السجن": a prison, not
    a jailing to set against a release; "فتحت الفصائل أبواب سجن صيدنايا وأطلقت سراح آلاف المعتقلين" contradicted
    "أطلقت الفصائل سراح آلاف المعتقلين", the jailing said of the factions), or right after a verb that opens, closes
    or storms a place (lexicon.PLACE_OBJECT_VERBS: "فتحت سجن صيدنايا"). Not after another verb or a doer: "قررت
    المحكمة سجن رجل الأعمال" jails. None for a service's name (:func:`_service_name`)."""
    w = side.words[k]
    if w.ant and _service_name(side, k):
        return frozenset()
    if not w.ant or bare(w.norm) not in _PLACE_KINDS:
        return w.ant
    after = side.words[k + 1] if k + 1 < len(side.words) else None
    if w.role in _PLACE_ROLES and after is not None and after.pos == w.pos + 1 and not after.ant:
        return frozenset()
    if w.pos > 0 and not w.role:
        tokens = side.text_tokens()
        before = tokens[w.pos - 1].norm if w.pos < len(tokens) else ""
        if (bare(before) in _PLACE_PARTS or bare(without_conjunction(before)) in _PLACE_VERBS) \
                and not _CLAUSE_MARK.search(side.text[tokens[w.pos - 1].end:tokens[w.pos].start]):
            return frozenset()
    return w.ant


_PLACE_PARTS = frozenset(bare(normalize(w)) for w in lexicon.PLACE_PART_NOUNS)
_PLACE_VERBS = frozenset(bare(normalize(w)) for w in lexicon.PLACE_OBJECT_VERBS)
_SERVICE_HEADS = frozenset(bare(normalize(w)) for w in lexicon.SERVICE_HEADS)


def _service_name(side: align.Side, k: int) -> bool:
    """Word ``k`` is a service's name: right after "موقع" / "منصة" / "تطبيق" / "بوابة" (with a preposition glued or not),
    without the article ("المكاتب المسجلة في موقع مساند": no deed of support to set against a warning)."""
    w = side.words[k]
    tokens = side.text_tokens()
    if w.norm.startswith(("ال", "وال")) or not 0 < w.pos < len(tokens):
        return False
    head = bare(tokens[w.pos - 1].norm)
    return head in _SERVICE_HEADS or (head[:1] in "وبل" and head[1:] in _SERVICE_HEADS)
_CLAUSE_MARK = re.compile(r"[.،,؛;:!؟?\n]")


_NOT_NOUNS = frozenset(bare(normalize(w)) for w in lexicon.NOT_QUALIFIED_BY)
_DEGREES = frozenset(bare(normalize(w)) for w in lexicon.MOVE_DEGREES)


def _quality_of_own_noun(side: align.Side, k: int, linked: Iterable[int]) -> bool:
    """Word ``k`` is a comparative ("أعلى", "أقل", "أكبر": أفعل) right after a noun of its side's own that has no
    partner (no verb, no opposite word, no word of place such as "قرب"): it says a quality of that noun ("مقابل أجر
    أعلى"), not of what the two sides share."""
    w = side.words[k]
    core = bare(w.norm)
    if not (core.startswith("ا") and len(core) in (3, 4)) or k == 0 or side.words[k - 1].pos != w.pos - 1:
        return False
    tokens = side.positioned_tokens()
    if tokens is not None and w.pos < len(tokens) and bare(tokens[w.pos].norm) != core:
        return False  # (a phrase read as one word, "وأطلقت سراح" as "أفرج": a verb as written, no comparative)
    prev = side.words[k - 1]
    if k - 1 in set(linked) or signs(side, k - 1) or bare(prev.norm) in _NOT_NOUNS:
        return False
    head = prev.norm[1:] if prev.norm[:1] in "وف" and len(prev.norm) > 3 else prev.norm
    return not head.startswith(("ي", "ت", "ن"))


def _deed_of_another_clause(claim: align.Side, evidence: align.Side, c: str, e: str, used: list[int]) -> bool:
    """The claim's word ``c`` dates its deed by another ("بعد دخولها العاصمة", :attr:`align.Word.relative`) and the
    sentence's opposite word ``e`` is the deed of a clause of its own that no claim word is linked into: "وفتحت الفصائل
    أبوابه بعد دخولها العاصمة" against "وفتحت الفصائل أبواب سجن صيدنايا، وخرج منه معتقلون" (dev 25's true sentence was
    replaced, "opposite: دخولها / خرج": the prisoners went out, the factions had come in). Another doer's deed is no
    opposite of the claim's dating phrase; a clause holding the claim's words still is ("خسر الفريق" / "بعد فوز الفريق")."""
    linked = {evidence.words[k].clause for k in used}
    return any(w.text == c and w.relative for w in claim.words) and any(
        w.text == e and not w.relative for w in evidence.words) and all(
        w.clause not in linked for w in evidence.words if w.text == e)


def excepted_links(evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[int, int]]:
    """The links (claim word, sentence word) whose phrase the sentence sets apart from what it tells of the others: the
    word right before the phrase (back over the linked words of it: "إلا وزير المالية") is one of
    :func:`akhbar.wordfacts.set_apart` ("باستثناء المجر"). Empty when the sentences were read together (positions not
    the text's)."""
    tokens = evidence.positioned_tokens()
    if tokens is None:
        return []
    norms = [t.norm for t in tokens]
    said = {link.evidence for link in links.values()}
    out = []
    for i, link in links.items():
        k = link.evidence
        while k and evidence.words[k - 1].pos == evidence.words[k].pos - 1 and (k - 1) in said:
            k -= 1
        if evidence.words[k].pos and set_apart(norms, evidence.words[k].pos - 1):
            out.append((i, link.evidence))
    return out


def antonym_pairs(claim: align.Side, evidence: align.Side, links: dict[int, align.Link],
                  excepted: Sequence[tuple[int, int]] = ()) -> list[tuple[str, str]]:
    """A claim word of one family of an antonym pair where the evidence has the other family and
    neither side also has the word's own family ("ارتفاع النفط مع انخفاض المخزون" against "النفط
    يرتفع مع انخفاض المخزونات" holds both families on both sides: no contradiction). A comparative said of a noun
    of its side's own (:func:`_quality_of_own_noun`) is set against nothing: "دعوة لتقليص أيام العمل" / "العمل
    أربعة أيام في الأسبوع مع راتب أعلى" cuts the days and raises the pay (before, "أعلى" was the sentence's
    first word of the other family, whatever it was said of). Round 14 measured a stricter reading, an opposite
    only near the partners of what the claim's word is said of: out of fold it lost 19 contradictions a long
    head-noun chain or a word linked to its other mention put out of reach."""
    stances = _stance_flips(claim, evidence, links)
    if stances:
        return stances
    if excepted:
        return []  # (the claim's party is set apart from the sentence's deed: "وافقت الدول باستثناء المجر" / "رفضت المجر")
    ev = [signs(evidence, j) for j in range(len(evidence.words))]
    cl = [signs(claim, i) for i in range(len(claim.words))]
    ev_signs = frozenset().union(*ev)
    if not ev_signs:
        return []
    cl_signs = frozenset().union(*cl)
    used = [link.evidence for link in links.values()]
    out = []
    for i, c in enumerate(claim.words):
        if not cl[i] or _awaited(claim, i):
            continue
        # (a claim word linked word for word to one the sentence reads as a place's kind is compared as unlinked: the
        # claim's jailing, "وسجنت الفصائل آلاف المعتقلين", is not the sentence's prison, "أبواب سجن صيدنايا", and meets
        # the release the sentence tells; before, it was supported)
        placed = i in links and not ev[links[i].evidence] and bool(evidence.words[links[i].evidence].ant)
        if i in links and links[i].strength >= 0.95 and not placed:
            found = _clause_opposite(claim, evidence, links, i, cl_signs)
            if found:
                out.append((c.text, found))
            continue
        for a in cl[i]:
            if -a in ev_signs and a not in ev_signs and -a not in cl_signs:
                opposite = [j for j, e in enumerate(ev) if -a in e]
                if _quality_of_own_noun(claim, i, links):
                    continue  # (a quality of a thing the sentence does not name)
                opposite = [j for j in opposite if not _quality_of_own_noun(evidence, j, used)]
                if not opposite:
                    continue  # (said of a thing the claim does not name)
                out.append((c.text, evidence.words[opposite[0]].text))
                break
    if not out and (ev_signs & cl_signs or any(-a in ev_signs for a in cl_signs)):
        out = direction_conflicts(claim, evidence, links)
    # (a word of the claim's dating phrase, "بعد دخولها دمشق", met in the sentence's setting of place, "في دمشق", does
    # not make that clause the claim's: "… فيما خرج سوريون كثيرون إلى ساحة الأمويين في دمشق" is the crowd's deed)
    tying = [link.evidence for i, link in links.items()
             if not (claim.words[i].relative and evidence.words[link.evidence].setting)]
    return [(c, e) for c, e in out if not _deed_of_another_clause(claim, evidence, c, e, tying)
            and not _the_place_itself(claim, evidence, links, c) and not _converse_comparison(claim, evidence, links, c, e)]


_COMPARATIVES = frozenset(normalize(w) for w in lexicon.SUPERLATIVES)


def _converse_comparison(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: str, e: str) -> bool:
    """The claim compares the sentence's two things the other way round with the opposite comparative: every word it
    says on one side of its comparative only (not "عرض" of "عرض الرائد أقل من عرض التعاون") the sentence says on the
    other side of its own ("التعاون أعلى من الرائد"): the same fact."""
    i = next((k for k, w in enumerate(claim.words) if w.text == c), None)
    j = next((k for k, w in enumerate(evidence.words) if w.text == e), None)
    if i is None or j is None or without_conjunction(claim.words[i].norm) not in _COMPARATIVES:
        return False
    sides = {k: k < i for k in links}
    both = {claim.words[k].norm for k in links if k < i} & {claim.words[k].norm for k in links if k > i}
    before = [evidence.words[links[k].evidence].norm for k, first in sides.items() if first and claim.words[k].norm not in both]
    after = [evidence.words[links[k].evidence].norm for k, first in sides.items() if not first and claim.words[k].norm not in both]
    j_at = evidence.words[j].pos
    # (the word may be written on both sides of the sentence's comparative: "عرضا من الرائد … عرض أعلى من الرائد")
    return bool(before and after) and all(any(w.norm == n and w.pos > j_at for w in evidence.words) for n in before) \
        and all(any(w.norm == n and w.pos < j_at for w in evidence.words) for n in after)


_AWAITING = frozenset(normalize(w) for w in lexicon.AWAITING_WORDS)


def _awaited(side: align.Side, i: int) -> bool:
    """The side's word ``i`` right after a word of waiting ("في انتظار فتحها"): a thing not yet told, which the other
    side's opposite ("خلال فترة الإغلاق") does not contradict (lexicon.AWAITING_WORDS)."""
    pos, tokens = side.words[i].pos, side.text_tokens()
    return 0 < pos <= len(tokens) and without_conjunction(tokens[pos - 1].norm) in _AWAITING


def _the_place_itself(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], c: str) -> bool:
    """The claim's word ``c`` of a pair of opposites is linked to the sentence's same word that the sentence reads as a
    place's kind (:func:`signs`: "أبواب سجن صيدنايا"), and the claim names that place too: the word with its article
    ("من السجن") or before the very word the sentence writes after it ("ويقع سجن صيدنايا"). The prison is no jailing to
    set against the release the sentence tells: "وأطلقت الفصائل سراح آلاف المعتقلين من السجن" and "ويقع سجن صيدنايا
    … إلى الشمال من دمشق" were replaced by "وفتحت الفصائل أبواب سجن صيدنايا وأطلقت سراح آلاف المعتقلين" (dev 29's
    true sentences, "opposite: السجن / أفرج"). Not a verb of jailing ("سجنت السلطات الرجل"): no article, not the name."""
    for i, link in links.items():
        w, e = claim.words[i], evidence.words[link.evidence]
        if w.text != c or not w.ant or w.ant != e.ant or signs(evidence, link.evidence):
            continue
        if without_conjunction(w.norm).startswith(("ال", "بال", "لل")):
            return True
        name = links.get(i + 1)
        if name is not None and claim.words[i + 1].pos == w.pos + 1 and evidence.words[name.evidence].pos == e.pos + 1:
            return True
    return False


_STANCES = frozenset(normalize(w) for w in lexicon.STANCE_ROLES)


def _stance_flips(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A linked word the claim puts under one side of a stance and the sentence under the other (lexicon.STANCE_ROLES,
    the role of the word or of its phrase's head: "ضد القانون" / "لصالح مشروع القانون"). Where the sentence takes both
    sides ("صوت 48 نائباً ضد المشروع، بينما صوت 31 نائباً لصالحه"), only when the claim's counts stand in the clauses of
    the other side alone: "صوت 48 نائباً لصالح المشروع" is contradicted, "صوت 31 نائباً لصالح المشروع" is not."""
    for i, link in links.items():
        mine, theirs = _stance_of(claim, i), _stance_of(evidence, link.evidence)
        if not mine or not theirs or mine == theirs:
            continue
        agreeing = {w.clause for w in evidence.words if w.role == mine or w.norm.startswith(mine)}
        if agreeing:
            counted = {e.clause for v in claim.values for e in evidence.values if e.kind == v.kind and e.value == v.value}
            if not counted or counted & agreeing:
                continue
        return [(f"{mine} {claim.words[i].text}", f"{theirs} {evidence.words[link.evidence].text}")]
    return []


def _stance_of(side: align.Side, k: int) -> str:
    """The side of a stance word ``k`` stands under: its own role, or that of the head of its phrase (the words right
    before it with no role of their own: "ضد مشروع قانون الموازنة"), or ""."""
    while True:
        w = side.words[k]
        if w.role in _STANCES:
            return w.role
        if w.role or k == 0 or side.words[k - 1].pos != w.pos - 1:
            return ""
        k -= 1


def _clause_opposite(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int,
                     cl_signs: frozenset[int]) -> str:
    """The opposite word of another clause of the sentence, where the claim's word ``i`` is the very word of one clause
    (linked at 0.95 or more) and the claim says it of a thing only that other clause holds: "ارتفع سعر الأرز، بينما
    هبط سعر السكر" / "وارتفع سعر السكر" (TRUST BUG: the claim's verb linked the first clause's word for word, so the
    opposites were never compared, and the sugar was found in the second clause: supported). Returns that clause's word
    of the other family as written, else "". The clause the verb is linked in must say a thing of its own the claim
    lacks ("الأرز"): a clause whose doer is left unsaid ("ارتفع عدد الركاب صيفا، وانخفض شتاء" / "وانخفض عدد الركاب
    شتاء") lends the other clause's noun to its verb, and then the claim is true."""
    own = signs(claim, i)
    home = evidence.words[links[i].evidence].clause
    if not any(all(w.clause != home for w in evidence.words if -a in w.ant) for a in own):
        return ""  # (no opposite, or one in the verb's own clause: antonym_pairs' usual reading)
    if not _says_its_own(claim, evidence, links, home, own):
        return ""  # (the verb's clause says nothing of its own)
    if _told_with_its_pronoun(claim, evidence, links, i):
        # (the verb's object is its pronoun, the thing of the clause before: "فتحت البلدية السوق صباحاً وأغلقته أمام
        # الباعة مساءً" closes the market itself, and "أغلقت البلدية السوق أمام الباعة" is told)
        return ""
    for k, link in links.items():
        c, e = claim.words[k], evidence.words[link.evidence]
        if k < i or c.ant or e.clause == home or conflicts.said_in(c, evidence, home):
            continue
        there = [w for w in evidence.words if w.clause == e.clause and w.ant]
        for a in own:
            # the opposite word goes before the thing, as the claim's word before its own: a verb and what it moves
            # ("بينما هبط سعر السكر"), not a quality after its noun ("ولم تُعلن القيمة النهائية" against "في البداية")
            said = [w for w in there if -a in w.ant and 0 < e.pos - w.pos <= 3 and _said_between(claim, evidence, w, e)]
            if said and -a not in cl_signs and not any(a in w.ant for w in there):
                return said[0].text
    return ""


def _claim_says(claim: align.Side, w: align.Word) -> bool:
    """A word of the sentence that a claim word would link to: the claim's own word, though the aligner may have
    linked that claim word to the other place the sentence writes it ("ميزانية" twice)."""
    return any(word_link(c, w)[0] >= align.LINK_MIN for c in claim.words)


def _says_its_own(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], home: int,
                  moves: frozenset[int]) -> bool:
    """Clause ``home`` of the sentence holds a word of its own the claim does not say, and no word of the antonym
    families ``moves`` (the claim's move) or their opposites: the doer or thing its verb is said of is there ("نواب
    الشمال": a word of another pair of opposites is a thing here). A word the sentence writes in both clauses is the claim's, wherever the
    aligner linked it: "زادت الحكومة ميزانية التعليم، وخفضت ميزانية النقل" / "وخفضت الحكومة ميزانية النقل" (the claim's
    "ميزانية" went to the first clause; the second clause's doer is left unsaid, so it is the first clause's
    "الحكومة", and the claim is true: before, "زادت" was set against it)."""
    used = {link.evidence for link in links.values()}
    return any(w.clause == home and j not in used and not any(a in moves or -a in moves for a in w.ant)
               and not _claim_says(claim, w) for j, w in enumerate(evidence.words))


def _said_between(claim: align.Side, evidence: align.Side, mover: align.Word, thing: align.Word) -> bool:
    """Every word the sentence writes between an opposite word and the thing it is set against is one the claim
    says (or the move's degree): "نجحت التجربة الأولى للمحرك، وفشلت التجربة الثانية" / "وفشلت التجربة الثانية
    للمحرك": "الأولى" stands between "نجحت" and "للمحرك", so "نجحت" is said of the first test, not of the engine the
    claim's second test belongs to (before, the true claim was contradicted: "opposite: وفشلت / نجحت")."""
    return all(_claim_says(claim, w) or _degree(w) for w in evidence.words if mover.pos < w.pos < thing.pos)


def direction_conflicts(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """Opposite words said of the same thing when both families are on a side ("اليورو يرتفع مع
    صعود الفضة" / "الفضة تصعد مع تراجع اليورو"): each opposite word is said of the nearest linked
    word (within three tokens; on a tie the later one, unless و joins it to what follows), and a thing the claim says goes one way
    while the evidence says it goes the other is a conflict. The move's degree right after it ("حاد"، "مفاجئ") is no thing
    that moves when a thing follows it (:func:`said_of`): "هبوط حاد في أسعار النفط مع ارتفاع الدولار" / "ارتفاع أسعار
    النفط مع هبوط حاد للدولار" says the prices fall on one side and rise on the other (before, both falls were said of
    "حاد", and the pair was supported). A word the sentence writes in both clauses is read as the one beside the claim's
    next word (:func:`_beside_the_next`)."""
    links = _beside_the_next(claim, evidence, links)
    targets_c = [i for i in links if not signs(claim, i)]
    targets_e = {links[i].evidence for i in targets_c}
    said_c = said_of(claim, targets_c)
    said_e = said_of(evidence, targets_e)
    # (a move the sentence leaves on its degree, "الليرة تسجل ارتفاعا طفيفا", may be said of any thing: it is set
    # against nothing, and it keeps the claim's move of that family from meeting an opposite: "بعد الانهيار..")
    loose = frozenset().union(*(said for t, (said, _) in said_e.items() if _degree(evidence.words[t])))
    out: list[tuple[str, str]] = []
    clashed: set[int] = set()
    for i, (c_signs, word) in said_c.items():
        e_signs, e_word = said_e.get(links[i].evidence, (frozenset(), ""))
        # (before, both true claims were contradicted: "opposite: وتراجعت / ارتفعت")
        if _of_the_movers_clause(claim, evidence, links, i, word) or _doer_of_both(claim, evidence, links, i, word):
            continue
        if any(-a in e_signs and a not in e_signs and a not in loose for a in c_signs) \
                and not _move_told_apart(claim, evidence, links, word):
            out.append((word, e_word))
            clashed.add(i)
    # A thing named in two words on both sides ("الخام الأميركي") may have its move said of one word on one side and of
    # the other on the other: "ارتفاع بالخام الأميركي" / "الخام الأميركي يهبط" (the rise said of "الخام", the fall of
    # "الأميركي"). Such a phrase's moves are compared as one.
    for run in _phrases(claim, targets_c):
        at = sorted(evidence.words[links[i].evidence].pos for i in run)
        if len(run) < 2 or clashed.intersection(run) or at != list(range(at[0], at[0] + len(run))):
            continue
        if any(i in said_c and (_of_the_movers_clause(claim, evidence, links, i, said_c[i][1])
                                or _doer_of_both(claim, evidence, links, i, said_c[i][1])) for i in run):
            continue  # (the phrase is the move's clause's too: "ارتفع عدد السياح في الربيع، وانخفض في الخريف")
        c_said = [said_c[i] for i in run if i in said_c]
        e_said = [said_e[links[i].evidence] for i in run if links[i].evidence in said_e]
        c_signs = frozenset().union(*(said for said, _ in c_said))
        e_signs = frozenset().union(*(said for said, _ in e_said))
        if any(-a in e_signs and a not in e_signs and -a not in c_signs and a not in loose for a in c_signs):
            out.append((c_said[0][1], e_said[0][1]))
    return out


def _doer_of_both(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int, word: str) -> bool:
    """The claim's doer ``i``, right after its move ``word``, is the doer the sentence names after its first verb, and
    the claim's move is the sentence's second verb, joined by و, word for word: that doer does both deeds ("زادت الشركة
    إنتاج القمح وقلصت إنتاج الشعير" / "قلصت الشركة إنتاج الشعير" was contradicted, "opposite: قلصت / زادت", the first
    verb's move said of the company; verify42's round-30 Next, the claim's thing read in its own verb's clause)."""
    mover = next((k for k, w in enumerate(claim.words) if w.text == word and k in links and links[k].strength >= 0.95), None)
    if mover is None or claim.words[i].pos != claim.words[mover].pos + 1:
        return False
    m, e = evidence.words[links[mover].evidence], evidence.words[links[i].evidence]
    if not (m.norm[:1] in "وف" and e.pos < m.pos and signs(claim, mover) and signs(claim, mover) <= m.ant):
        return False
    # The rest of the claim is said after that second verb (its own object: "إنتاج الشعير"), not before it ("قلصت
    # الشركة إنتاج القمح" stays contradicted); with the verb's object pronoun, as _told_with_its_pronoun reads it.
    if object_pronoun_verb(m.norm):
        return _told_with_its_pronoun(claim, evidence, links, mover)
    rest = [c for c in claim.words if c.pos > claim.words[i].pos]
    return bool(rest) and all(_said_after(c, evidence, m.pos) for c in rest)


def _said_after(c: align.Word, evidence: align.Side, pos: int) -> bool:
    return any(w.pos > pos and word_link(c, w)[0] >= 0.95 for w in evidence.words)


def _told_with_its_pronoun(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], mover: int) -> bool:
    """The claim's verb ``mover`` is linked to a later verb of the sentence that carries its object pronoun ("وأغلقته"),
    and the claim tells that verb's deed: each of its other words is said after that verb, or is the doer and object the
    sentence names right after its first verb (the pronoun's thing: a run of definite words, "البلدية السوق الشعبي"),
    and one at least after it. "فتحت البلدية السوق الشعبي صباحاً وأغلقته أمام الباعة مساءً" tells "أغلقت البلدية السوق
    الشعبي أمام الباعة", not "أغلقت البلدية السوق الشعبي صباحاً" (the morning is the opening's)."""
    m = evidence.words[links[mover].evidence]
    if not object_pronoun_verb(m.norm) or m.pos == 0:
        return False
    tokens = evidence.text_tokens()
    lent: set[int] = set()
    for p in range(1, m.pos):
        definite = without_conjunction(tokens[p].norm).startswith("ال")
        if not (definite or (p + 1 < m.pos and tokens[p + 1].norm.startswith("ال"))):
            break
        lent.add(p)
    rest = [c for k, c in enumerate(claim.words) if k != mover]
    after = [c for c in rest if _said_after(c, evidence, m.pos)]
    return bool(after) and all(c in after or any(w.pos in lent and word_link(c, w)[0] >= 0.95 for w in evidence.words)
                               for c in rest)


def _move_told_apart(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], word: str) -> bool:
    """The claim's move ``word`` is linked to a word of its own family in the sentence that stands apart from every
    thing the claim names (no linked word within three tokens): the sentence tells the claim's deed too ("أفرجت السلطات
    عن الصحفي بعد ثلاثة أيام من اعتقاله" / "اعتقلت السلطات الصحفي": the release follows the arrest, it does not deny
    it; the lead's round 29 probe was contradicted, "opposite: اعتقلت / أفرجت"). Not a move beside a thing: "تراجع
    صعود الذهب مع تراجع الدولار" / "تراجع الذهب مع ارتفاع الدولار" (the rise there is the gold's). The claim's first word
    only: a move said later in it may be a side ("تحدها ألمانيا من الشمال": a first version lost two pool answers)."""
    mover = next((k for k, w in enumerate(claim.words) if w.text == word and k in links), None)
    if mover != 0:
        return False  # (the claim's own deed, its first word: not a side or a direction, "من الشمال" / "من الجنوب")
    j = links[mover].evidence
    at = evidence.words[j].pos
    # (or a verbal noun that dates the other deed and carries its thing as a pronoun: "أطلقت الشرطة سراح الناشط بعد
    # احتجازه يومين" / "احتجزت الشرطة الناشط يومين", contradicted in the lead's round-31 probe, the detention's days
    # said right after it)
    return bool(signs(claim, mover) & signs(evidence, j)) and (
        all(abs(evidence.words[link.evidence].pos - at) > 3 for link in links.values() if link.evidence != j)
        or (evidence.words[j].relative and without_pronoun(evidence.words[j].norm) != evidence.words[j].norm))


def _beside_the_next(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> dict[int, align.Link]:
    """The links, with a claim word the sentence writes twice taken where the sentence writes it right before the word
    the claim's next word links: "ارتفعت أسعار النفط …، فيما تراجعت أسعار الذهب" / "تراجعت أسعار الذهب بعد ارتفاع
    أسعار النفط" (the claim's first "أسعار" is the gold's, the second the oil's; the aligner gave the first to the
    oil, so the gold's fall was set against the oil's rise, a true claim contradicted) and "وصعدت أسهم شركات العقار
    بعد هبوط أسهم البنوك" (TRUST BUG: the moves swapped, supported, each "أسهم" read as the other's). Only for the
    moves: the alignment itself is left as it is."""
    out = dict(links)
    for i, link in links.items():
        c = claim.words[i]
        nxt = links.get(i + 1)
        if nxt is None or claim.words[i + 1].pos != c.pos + 1:
            continue
        before = evidence.words[nxt.evidence].pos - 1
        j = next((j for j, w in enumerate(evidence.words) if w.pos == before), None)
        if j is None or j == link.evidence or evidence.words[j].clause == evidence.words[link.evidence].clause:
            continue
        strength, kind = word_link(c, evidence.words[j])
        if strength >= link.strength:
            out[i] = align.Link(i, j, strength, kind)
    return out


def _of_the_movers_clause(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int, word: str) -> bool:
    """The claim's move ``word`` said of its word ``i`` is one clause's word for word, and ``i`` was linked in another
    clause that is no other thing's: that clause says the thing too ("… أسعار القمح، فيما تراجعت أسعار الذرة" /
    "وتراجعت أسعار الذرة": the first "أسعار" was taken) or the move's clause says nothing of its own (its doer left
    unsaid), so the thing is the move's clause's, and the other clause's move is not said of it."""
    mover = next((k for k, w in enumerate(claim.words) if w.text == word and k in links and links[k].strength >= 0.95), None)
    if mover is None:
        return False
    home = evidence.words[links[mover].evidence].clause
    return evidence.words[links[i].evidence].clause != home and (
        conflicts.said_in(claim.words[i], evidence, home) or not _says_its_own(claim, evidence, links, home, signs(claim, mover)))


def _phrases(side: align.Side, targets: Iterable[int]) -> list[list[int]]:
    """The runs of ``targets`` written next to each other in ``side`` (one thing named in several words)."""
    runs: list[list[int]] = []
    for t in sorted(targets, key=lambda t: side.words[t].pos):
        if runs and side.words[t].pos == side.words[runs[-1][-1]].pos + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def said_of(side: align.Side, targets: Iterable[int]) -> dict[int, tuple[frozenset[int], str]]:
    """target word index -> (the antonym signs said of it, the first word saying it)."""
    targets = sorted(targets, key=lambda t: side.words[t].pos)
    out: dict[int, tuple[frozenset[int], str]] = {}
    for k, w in enumerate(side.words):
        ant = signs(side, k)
        if not ant:
            continue
        # (on a tie, not a word after it that و joins to what follows: "الذهب يهبط والدولار يواصل صعوده" says
        # the gold falls)
        near = [(abs(side.words[t].pos - w.pos), side.words[t].pos > w.pos and side.words[t].norm.startswith("و"),
                 -side.words[t].pos, t) for t in targets if 0 < abs(side.words[t].pos - w.pos) <= 3]
        if near and _of_its_own_thing(side, k, targets, min(near)[3]):
            continue
        if near:
            t = min(near)[3]
            if _degree(side.words[t]) and side.words[t].pos > w.pos:
                # (the move's degree passes it on to the thing right past it: "هبوط حاد في أسعار النفط"; at the end,
                # "تسجل ارتفاعا طفيفا", it keeps it, and the move is said of nothing the other side names)
                past = [(side.words[u].pos, u) for u in targets
                        if 0 < side.words[u].pos - side.words[t].pos <= 3 and not _degree(side.words[u])]
                t = min(past)[1] if past else t
            said, first = out.get(t, (frozenset(), w.text))
            out[t] = (said | ant, first)
    return out


_ALONG = frozenset(normalize(w) for w in ("مع", "وسط", "بعد", "بسبب", "بفعل", "رغم", "إثر", "جراء", "عقب", "مقابل"))


def _of_its_own_thing(side: align.Side, k: int, targets: Sequence[int], nearest: int) -> bool:
    """The move word ``k`` opens a phrase of another thing, right after a word of accompaniment or cause and before a
    noun no target is, while the nearest target stands before it: "النفط يهبط مع ارتفاع الدولار" says the dollar rises,
    not the oil (before, "ارتفاع النفط" was supported by it, 0.72: the rise was said of the oil as well as the fall)."""
    w = side.words[k]
    tokens = side.text_tokens()
    if side.words[nearest].pos > w.pos or not 0 < w.pos < len(tokens) or k + 1 >= len(side.words):
        return False
    thing = side.words[k + 1]
    return without_conjunction(tokens[w.pos - 1].norm) in _ALONG and thing.pos == w.pos + 1 and k + 1 not in targets \
        and not _degree(thing)


def _degree(w: align.Word) -> bool:
    """A move's degree (lexicon.MOVE_DEGREES), in the accusative too ("حادا"، "طفيفا")."""
    core = bare(w.norm)
    return core in _DEGREES or (core.endswith("ا") and core[:-1] in _DEGREES)


def negation_flip(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> str | None:
    # Negation scope is fuzzy ("لم يكن لدى … وقود" = "ليس لديها وقود"), so only a clear flip counts:
    # a linked word negated on one side while the other side has no negation at all.
    # A denial word counts as a negation ("تنفي وجود خطط" / "ليس لديها خطط").
    denied_c = bool(claim.negations) or align.DENIAL in claim.polarity
    denied_e = bool(evidence.negations) or align.DENIAL in evidence.polarity
    for i, link in links.items():
        c, e = claim.words[i], evidence.words[link.evidence]
        if c.negated and (not denied_e or (_denied_apart(evidence, c, e) and _particle_before(claim, c))) \
                and _thing_found(claim, links, i):
            return c.text
        if e.negated and not denied_c and _shares_clause(evidence, link.evidence, links) \
                and not _done_instead(claim, evidence, links, e) and not _bound_denied(claim, evidence, e):
            return c.text
    return None


def _denied_apart(evidence: align.Side, c: align.Word, e: align.Word) -> bool:
    """Every word the sentence negates stands in another clause than ``e``, none of them the claim's word ``c`` said
    again, and it has no denial word: its negation is of another deed, so a claim that negates ``e`` still flips it
    ("أغلقت البلدية ثلاثة مطاعم لم تلتزم بالشروط، فيما زار المراقبون 20 متجراً وسجلوا 14 مخالفة" / "… دون أن يسجلوا أي
    مخالفة"; the lead's real news, round 38 held out, had such a claim supported at 0.74). ("لم يفز لا تسلا ولا إديسون
    …، وتلقى تسلا ترشيحاً" negates the claim's word where the link found it plain: bench/claims.jsonl's tune claim.)"""
    negated = [w for w in evidence.words if w.negated]
    return bool(negated) and align.DENIAL not in evidence.polarity and all(w.clause != e.clause for w in negated) \
        and not any(w.keys & c.keys for w in negated)


_PARTICLES = frozenset(normalize(w) for w in (*lexicon.NEGATION_PARTICLES, *lexicon.NOUN_NEGATORS))
_THAT = normalize("أن")


def _particle_before(claim: align.Side, c: align.Word) -> bool:
    """The claim's word is negated by a particle right before it ("ولم يسجلوا", "دون أن يسجلوا"), not as the thing a
    word of being free of is said of ("تخلو المدينة من السيارات" negates no city)."""
    def particle(norm: str) -> bool:
        return norm in _PARTICLES or (norm[:1] in ("و", "ف") and norm[1:] in _PARTICLES)  # ("ولم": short for without_conjunction)

    before = [t.norm for t in claim.text_tokens()[max(0, c.pos - 2):c.pos]]
    return bool(before) and (particle(before[-1]) or (before[-1] == _THAT and len(before) == 2 and particle(before[0])))


_REACHING, _EXCEEDING = (frozenset(normalize(w) for w in family) for family in lexicon.BOUNDS_APART[0])


def _bound_denied(claim: align.Side, evidence: align.Side, negated: align.Word) -> bool:
    """The sentence's negation is of a verb of exceeding right before the negated word, where the claim says the value
    was reached: "لم يتجاوز معدل التضخم أربعة في المئة" / "بلغ معدل التضخم أربعة في المئة" (the rate is no bound's
    thing denied: four is allowed; round 36's held out, contradicted at 0.96, "negation: معدل is negated on one side
    only"). verify._other_step reads the two verbs as another bound."""
    if not any(without_conjunction(w.norm) in _REACHING for w in claim.words):
        return False
    tokens = evidence.text_tokens()
    return any(without_conjunction(tokens[k].norm) in _EXCEEDING for k in range(max(0, negated.pos - 2), negated.pos))


def _thing_found(claim: align.Side, links: dict[int, align.Link], i: int) -> bool:
    """The word the claim writes right after its negated word ``i`` (the thing the negated deed is said of) is linked, or
    there is none: a deed the sentence tells of a thing the claim never names is another thing's, "ولم يقتصر التعاون بين
    البلدين على المجال العسكري" / "… وإن العملية ستقتصر على الضربات الجوية" (the operation's, not the cooperation's:
    dev 29's true sentence was replaced, "negation: يقتصر is negated on one side only")."""
    after = i + 1
    return after >= len(claim.words) or claim.words[after].pos != claim.words[i].pos + 1 or after in links


_CORRECTIVES = frozenset(normalize(w) for w in lexicon.CORRECTIVES)


def _done_instead(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], negated: align.Word) -> bool:
    """The claim's verb is the sentence's deed told after "بل" / "لكن" past the negated word (its doer, said once for
    both deeds): "لم يحضر الوزير الاجتماع بل أرسل نائبه" / "أرسل الوزير نائبه إلى الاجتماع" (a false contradiction
    of the lead's round 28 probe: "الوزير is negated on one side only")."""
    verb = links.get(0)
    if verb is None or claim.words[0].pos != 0 or evidence.words[verb.evidence].negated:
        return False
    at = evidence.words[verb.evidence].pos
    # (or a name the claim gives its deed's object, when that deed is the sentence's own clause after the negated one:
    # "ولم يسافر محفوظ إلى ستوكهولم …، وألقى الكاتب محمد سلماوي كلمته في الحفل" / "ألقى … سلماوي كلمة نجيب محفوظ …":
    # his travel is denied, not the speech; dev 31's true sentence was replaced, "negation: محفوظ is negated on one
    # side only"). Only when the claim's doer, right after its verb, is that clause's: "وقرأ العمري رسالته" against "ولم
    # يسافر العمري …، وقرأ الناقد سامي يوسف رسالته" gives the denied man the other's deed, and stays contradicted.
    doer = links.get(1)
    if negated.name and negated.pos < at and evidence.words[verb.evidence].clause > negated.clause \
            and doer is not None and claim.words[1].pos == 1 and not evidence.words[doer.evidence].negated \
            and evidence.words[doer.evidence].clause == evidence.words[verb.evidence].clause:
        return True
    return any(negated.pos < k < at and t.norm in _CORRECTIVES for k, t in enumerate(evidence.text_tokens()))


def _shares_clause(evidence: align.Side, j: int, links: dict[int, align.Link]) -> bool:
    """The negated sentence word ``j`` stands in a clause where another word of the claim is found: a negation of a
    clause the claim otherwise never speaks of is no flip ("طالبت مصر بتعويض قيمته 916 مليون دولار" / "طالبت مصر
    بتعويض قدره 916 مليون دولار، ثم خفضت المطالبة، ولم تُعلن القيمة النهائية": only "قيمته" meets that clause)."""
    clause = evidence.words[j].clause
    return any(link.evidence != j and evidence.words[link.evidence].clause == clause for link in links.values())


_STATE_MARKERS = frozenset(normalize(w) for w in lexicon.STATE_MARKERS)
_STATE_ENDERS = frozenset(normalize(w) for w in lexicon.STATE_ENDERS)
_TIME_UNITS = frozenset(lexicon.TIME_UNITS)
_DURATIONS = frozenset(normalize(w) for w in lexicon.DURATION_WORDS)


def ended_state(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> str:
    """The word of the sentence that ends the state the claim asserts, or "": the claim says a thing is (still)
    in a state ("كانت المدينة تحت الحصار") and the sentence tells that state ending, a word of
    lexicon.STATE_ENDERS the claim does not hold, right before the words it shares with the claim ("تحررت
    المدينة من الحصار"). The nouns link, the relation is in stopwords: a support by them would be false."""
    said = [without_conjunction(t) for t in claim.folded()]
    if not any(t in _STATE_MARKERS for t in said) or any(t in _STATE_ENDERS for t in said):
        return ""
    # A state told with how long it lasted ("كانت محتجزة أكثر من ثلاثة أشهر", "ظلت تحت الحصار سنتين") is one that
    # ended: a source telling its end may state it.
    if claim.durations or any(v.kind == "num" and v.unit in _TIME_UNITS for v in claim.values) \
            or any(t in _TIME_UNITS or t in _DURATIONS for t in said):
        return ""
    used = {link.evidence: i for i, link in links.items()}
    for j, e in enumerate(evidence.words):
        if j in used or without_conjunction(e.norm) not in _STATE_ENDERS:
            continue
        if any(0 < evidence.words[k].pos - e.pos <= 3 for k in used):
            return e.text
    return ""


POSTPONED = normalize(lexicon.POSTPONING[0])  # the family key sides.analyze gives a postponement's word
_TO = normalize("إلى")
_AT = frozenset(normalize(w) for w in ("في", "خلال"))


def postponed_to_the_claims_time(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> bool:
    """The sentence postpones the event to the very time the claim puts it at: a claim word after "في" linked to a
    sentence word after "إلى" at most six words after the postponement ("أجلت الحكومة المؤتمر إلى مارس" / "عقد المؤتمر في
    مارس"). The sentence then tells the event planned for that time, neither held nor called off: its postponement
    denies nothing the claim says (it was "denial or refusal on one side only: تأجيل", contradicted at 0.88), and
    whether the event was held is the claim's word the sentence lacks. "عقد المؤتمر في موعده" keeps the
    contradiction: the claim's time is not the one the sentence moves the event to."""
    put_off = [at for kind, at in evidence.polarity_at if kind == POSTPONED]
    if not put_off:
        return False
    for i, link in links.items():
        c, e = claim.words[i], evidence.words[link.evidence]
        if c.role in _AT and e.role == _TO and any(at < e.pos <= at + 6 for at in put_off):
            return True
    return False


_PARTY_REACH = 3  # how far after its word of winning or losing a party stands when it is that word's own


def outcomes_without_parties(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A word of winning linked to one of losing where neither side names a party near it and no party keeps its role
    (nor two exchange theirs: the caller's to tell): "أعلن X تنحيه بعد التتويج بلقب الدوري" / "… بعد خسارة لقب
    الدوري" (a real-news control of round 33, supported at 0.91: X, the speaker far before the word, was read as the
    winner on one side and the loser on the other, so the words were compared through roles no one plays). A party
    by the word ("أسقط حكم سليم الراشد" / "سقط حكم سليم الراشد") leaves the pair to the roles."""
    def near(side: align.Side, k: int, linked: set[int]) -> bool:
        # (after the word, as its doer or its object: "أسقط حكم سليم الراشد"; before it only as the doer right there,
        # "حزب النهضة يخسر")
        return any(-1 <= side.words[m].pos - side.words[k].pos <= _PARTY_REACH for m in linked
                   if side.words[m].name or side.words[m].person)

    def same_thing(i: int, j: int) -> bool:
        # (what is won or lost, right after each word, is one thing: "خسارة لقب الدوري" / "التتويج بلقب الدوري"; not
        # "أسقط الأسد" / "خرجت حلب عن سيطرة الحكومة", two deeds a loose link of their words joined: dev 24's true
        # sentence was replaced)
        nxt = links.get(i + 1)
        return nxt is not None and claim.words[i + 1].pos == claim.words[i].pos + 1 and nxt.evidence == j + 1 \
            and evidence.words[j + 1].pos == evidence.words[j].pos + 1

    linked_c, linked_e = set(links), {link.evidence for link in links.values()}
    return [(claim.words[i].text, evidence.words[link.evidence].text) for i, link in links.items()
            if {claim.words[i].outcome, evidence.words[link.evidence].outcome} == {"win", "lose"}
            and same_thing(i, link.evidence) and not near(claim, i, linked_c) and not near(evidence, link.evidence, linked_e)]


_ITEM_REACH = 6  # how far the thing a word of polarity is said of may go before another item


def of_another_item(evidence: align.Side, at: int, links: dict[int, align.Link]) -> bool:
    """The sentence's word of polarity at token ``at`` is said of a thing of a list the claim never names: the words after
    it up to the next item ("و" + word) or the clause's end hold none linked, while a later item holds the claim's
    ("وتضمنت القرارات إلغاء العمل بدستور عام 2012 وحل مجلس الشعب …" / "كما تقرر حل مجلس الشعب …": the cancel is the
    constitution's; dev 5's true sentence was replaced, "denial or refusal on one side only: الغي")."""
    tokens = evidence.text_tokens()
    linked = {evidence.words[link.evidence].pos for link in links.values()}
    end = at + 1
    while end < len(tokens) and end <= at + _ITEM_REACH and not _and(tokens[end].norm) \
            and not _CLAUSE_MARK.search(evidence.text[tokens[end - 1].end:tokens[end].start]):
        end += 1
    if end == at + 1 or end >= len(tokens) or not _and(tokens[end].norm) or end > at + _ITEM_REACH:
        return False
    return not any(at < p < end for p in linked) and any(p >= end for p in linked)


def _and(norm: str) -> bool:
    """The word opens with the conjunction و ("وحزب", "وحل"; not "وزير" nor "وزارة", words of their own the tables list)."""
    return norm.startswith("و") and (norm not in known_keys() or bool(doubled_two(norm)))
