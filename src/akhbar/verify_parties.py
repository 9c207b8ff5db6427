"""Whether the party the sentence tells a deed of is the claim's, though every word of the claim is linked: the office's
former holder ("وزير الخارجية السابق" is not "وزير الخارجية"), a share of the whole ("بعض الركاب" are not "جميع
الركاب" nor "الركاب"), the one another stands in for ("ترأس الأمير الاجتماع نيابة عن الملك": the king did not chair
it), a relative, aide or candidate ("زوجة الرئيس", "مرشح الرئاسة"), a superlative ranked lower or among others ("ثاني
أكبر مدينة"), the doer and the object exchanged ("هاجم المشجعون الحكم"; or the doer after "على يد" made the object,
"اغتيل السفير على يد مسلح" / "اغتال السفير مسلحاً"), a place near or outside the one claimed ("قرب دمشق"), a place
named only as a body's ("بنك مصر"). TRUST BUGS of the lead's own probes (rounds 25 and 26,
bench/verify_probe_parties.jsonl and verify_probe_lead26.jsonl): each pair was supported, most by the model's route
between 0.5 and 0.96. :func:`akhbar.verify_routes.read_otherwise` closes every route on :func:`other_party`; ask reads
:func:`other_holder` of a question (akhbar.qa.statement). Also a deed told only as the words of a speaker with a
stake, or as an opinion ("قال زعيم المعارضة إن الانتخابات زورت": :func:`told_as_words`, round 25 verify37,
bench/verify_probe_attribution.jsonl), which :func:`akhbar.verify_routes.closed` reads (not ask); round 26 (verify38,
bench/verify_probe_round26.jsonl) adds a force accusing the side it faces, a relay ("نقلت … عن المعارضة أن") and an
attribution ("بحسب المعارضة، …").
"""

from __future__ import annotations

from collections.abc import Sequence

from . import lexicon
from .align import Alignment, Word
from .arabic import SPEECH_VERBS, Token, normalize, without_conjunction
from .exchanged import met_either_way
from .link_pruning import announcement_denied as announcement_denied_words
from .qa.match import bare
from .verify_clauses import after_in, sentence_of
from .verify_deeds import form_v_past, past_shaped
from .verify_openers import clause_at, clause_opens
from .verify_speakers import saying, that_word
from .wordfacts import DENIAL, ROLE_WORDS, THAT, place_head, set_apart, town_head
from .wordlinks import word_link

__all__ = ["SUPERLATIVES", "announcement_denied", "announcer_of_another", "other_holder", "other_party", "scope_of_another",
           "stake_of_whole", "told_as_words"]

_FORMER = frozenset(normalize(w) for w in lexicon.FORMER_TITLE_ADJECTIVES)
_HONORARY = frozenset(normalize(w) for w in lexicon.HONORARY_TITLE_ADJECTIVES)
_OFFICES = frozenset(bare(normalize(w)) for w in (*lexicon.ROLE_NOUNS, *lexicon.PERSON_TITLES, *lexicon.PARTY_TITLES))
_SHARES = frozenset(bare(normalize(w)) for w in lexicon.QUANTIFIERS)
_WHOLE_BEFORE = frozenset(normalize(w) for w in lexicon.WHOLE_BEFORE)
_WHOLE_AFTER = frozenset(normalize(w) for w in lexicon.WHOLE_AFTER)
_EVERY = normalize("كل")  # (of WHOLE_BEFORE, the one that before an indefinite noun means each: "كل عام")
_FIVE = normalize("خمس")  # (of QUANTIFIERS, the one that is also a number: "خمس دول" is five countries)
_STAND_IN = frozenset(bare(normalize(w)) for w in lexicon.STAND_IN_WORDS)
_NEAR = frozenset(bare(normalize(w)) for w in lexicon.NEAR_WORDS)
_NEAR_WRITTEN = frozenset(normalize(w) for w in lexicon.NEAR_WORDS)  # (bare would take the ب of "بعيد" for a clitic)
_NEAR_ROLES = frozenset(normalize(w) for w in ("", "من", "عن"))  # ("بالقرب من حلب", "بعيداً عن المدينة")
SUPERLATIVES = frozenset(normalize(w) for w in lexicon.SUPERLATIVES)
_OTHER_PERSON = frozenset(normalize(w) for w in lexicon.OTHER_PERSON_HEADS)
_AMONG = frozenset(normalize(w) for w in lexicon.AMONG_WORDS) | frozenset(
    normalize(w) for w, n in lexicon.ORDINALS.items() if n > 1 and not w.startswith("ال"))


def other_party(a: Alignment) -> tuple[str, str] | None:
    """(the claim's word, the sentence's words that make its party another), or None."""
    return other_holder(a) or _share_of_whole(a) or stake_of_whole(a) or _whole_unsaid(a) or _doer_and_object_swapped(a) \
        or _doer_of_the_clause_before(a) \
        or _agent_as_object(a) or _near_not_in(a) or _body_named_for(a) or _objects_crossed(a) or _slot_of_another_name(a)


def other_holder(a: Alignment, ranked: bool = True) -> tuple[str, str] | None:
    """:func:`other_party` of the one named alone: the office's former holder, the one another stands in for, a relative
    or aide, a superlative ranked lower. ask reads these of a question that asks about something the one named did
    ("من هو وزير المالية؟"); a share, a place near and an exchanged object it leaves to yes/no questions, whose whole
    statement the sentence must tell ("من الذي انضم إليه النورمان؟" is answered by "انضم بعض النورمان إلى …").
    ``ranked``: read a superlative's rank too (not for "من أهم من …؟", whose "من" is both "who" and "among")."""
    return _former_holder(a) or _stood_in_for(a) or _excepted(a) or _someone_of(a) or (_ranked_among(a) if ranked else None)


def _office(w: Word) -> bool:
    return bare(w.norm) in _OFFICES or bare(w.norm).removeprefix("ال") in _OFFICES


def _former_holder(a: Alignment) -> tuple[str, str] | None:
    """An office of the claim ("وزير الخارجية") that the sentence gives a holder no longer in it: "السابق" within the
    office's own phrase (up to three words on, before a word with a role or another office), or a holder in name only:
    "رئيساً فخرياً للنادي" is no "رئيساً للنادي" (lexicon.HONORARY_TITLE_ADJECTIVES). A claim that calls anyone former,
    or honorary, itself is left to the model; an honorary office, only where the claim says no such word of that office
    ("قائد الفريق السابق رئيساً" calls the captain former, not the president)."""
    claimed = [k for k, w in enumerate(a.claim.words) if w.norm in _FORMER or w.norm in _HONORARY]
    ev = a.evidence.words
    for i, link in a.links.items():
        c, j = a.claim.words[i], link.evidence
        if not _office(c) or any(i < k <= i + 3 for k in claimed):
            continue
        for k in range(j + 1, min(j + 4, len(ev))):
            w = ev[k]
            if w.pos > ev[k - 1].pos + 1 or w.clause != ev[j].clause or w.role:
                break
            if w.norm in _HONORARY or w.norm in _FORMER and not claimed:
                return c.text, f"{ev[j].text} … {w.text}"
            if _office(w):
                break
    return None


def _share_of_whole(a: Alignment) -> tuple[str, str] | None:
    """A word of the claim the sentence puts right after a share of its whole ("بعض الركاب", "نصف الجيش"), where the
    claim has no share word of its own: what is told of some is not told of all. After "خمس", a number too, the whole is
    definite ("خمس السكان"; "خمس دول" is five countries)."""
    if any(bare(t.norm) in _SHARES for t in a.claim.text_tokens()):
        return None
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for i, link in a.links.items():
        at = a.evidence.words[link.evidence].pos
        share = bare(tokens[at - 1].norm) if at else ""
        if share in _SHARES and (share != _FIVE or tokens[at].norm.startswith("ال")):
            return a.claim.words[i].text, f"{tokens[at - 1].text} {tokens[at].text}"
    return None


_STAKES = frozenset(normalize(w) for w in lexicon.STAKE_WORDS)
_OWNING = frozenset(normalize(w) for w in lexicon.OWNING_VERBS)
_OF_OR_IN = frozenset(normalize(w) for w in ("من", "في"))
_SHARES_OF = frozenset(normalize(w) for w in ("أسهم", "سهم", "حصص"))  # (a stake word right before the thing: "أسهم الشركة")
_STAKE_REACH = 6  # tokens from the stake's word back from its "من": "على حصة تبلغ 30 في المئة من المصنع"


def _stake_word(norm: str) -> bool:
    return norm in _STAKES or bare(norm) in _STAKES


def stake_of_whole(a: Alignment) -> tuple[str, str] | None:
    """A thing the claim buys, sells or owns whole ("استحوذت المجموعة على المصنع": lexicon.OWNING_VERBS) that the
    sentence names only after a stake's "من / في" ("على حصة تبلغ 30 في المئة من المصنع", "40 بالمئة من أسهم الشركة":
    lexicon.STAKE_WORDS), where the claim says no stake word itself: a stake is not the whole (round 34's held out,
    supported at 0.94)."""
    c_tokens = a.claim.text_tokens()
    if not any(without_conjunction(t.norm) in _OWNING for t in c_tokens) or any(_stake_word(t.norm) for t in c_tokens):
        return None
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for i, link in sorted(a.links.items()):
        at = a.evidence.words[link.evidence].pos
        if without_conjunction(a.claim.words[i].norm) in _OWNING or at < 2 \
                or (tokens[at - 1].norm not in _OF_OR_IN and tokens[at - 1].norm not in _SHARES_OF):
            continue
        stake = ""  # (the farthest stake word of the phrase: "حصة" of "حصة تبلغ 30 في المئة من")
        for k in range(at - 2, max(-1, at - 2 - _STAKE_REACH), -1):
            if any(m in a.evidence.text[tokens[k].end:tokens[k + 1].start] for m in "،,.؛;:"):
                break
            if _stake_word(tokens[k].norm):
                stake = tokens[k].text
        if stake:
            return a.claim.words[i].text, f"{stake} … {tokens[at - 1].text} {tokens[at].text}"
    return None


def _whole_word(norm: str, words: frozenset[str]) -> bool:
    return norm in words or (norm[:1] in "وب" and norm[1:] in words)


def _says_whole(tokens: Sequence[Token], at: int, after: int = 3) -> str:
    """The word that makes the noun at ``at`` the whole of its group ("جميع اللاعبين", "كل سكان القرية", "المحلات
    كافة", up to ``after`` words on within its phrase), or ""."""
    if at and _whole_word(tokens[at - 1].norm, _WHOLE_BEFORE):
        if tokens[at - 1].norm.removeprefix("و") != _EVERY or tokens[at].norm.startswith("ال") \
                or (at + 1 < len(tokens) and tokens[at + 1].norm.startswith("ال")):
            return tokens[at - 1].text
    for k in range(at + 1, min(at + 1 + after, len(tokens))):
        if _whole_word(tokens[k].norm, _WHOLE_AFTER):
            return tokens[k].text
        if tokens[k].norm in "،,." or not tokens[k].norm.startswith("ال"):
            break  # (the phrase ends: "كافة" after it is another's)
    return ""


def _whole_unsaid(a: Alignment) -> tuple[str, str] | None:
    """A group the claim tells the deed of whole ("أصيب جميع لاعبي الفريق", "أغلقت البلدية كل المحلات") that the
    sentence names without a word of the whole ("أصيب ثلاثة من لاعبي الفريق", "عدداً من المحلات"): what is told of
    some, or of the group as a name, is not told of every member. TRUST BUGS of this round's dev probe (supported at
    0.91–0.96) and of round 33's refit (the lead's round-30 and round-33 probes)."""
    c_tokens, tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if tokens is None or c_tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    for i, link in a.links.items():
        c = a.claim.words[i]
        whole = _says_whole(c_tokens, c.pos, after=1)
        if not whole:
            continue
        at = a.evidence.words[link.evidence].pos
        # (the noun may be linked to an earlier telling of its own while the sentence, right on from the claim's words
        # before it, writes it again with a share: "ستمنع الألوان في جميع منتجاتها كما ستحظر الفركتوز في بعض منتجاتها" /
        # "ستحظر الفركتوز في جميع منتجاتها"; the lead's real news, round 43's held-out batch 22, now dev: supported at
        # 0.95, the first clause's "جميع" read for the second's)
        if (nearer := _next_telling(a, i, tokens)) is not None and nearer != at and bare(tokens[nearer - 1].norm) in _SHARES:
            return f"{whole} {c.text}", f"{tokens[nearer - 1].text} {tokens[nearer].text}"
        if not _says_whole(tokens, at):
            before = f"{tokens[at - 1].text} " if at else ""
            claimed = f"{whole} {c.text}" if c.pos and c_tokens[c.pos - 1].text == whole else f"{c.text} {whole}"
            return claimed, f"{before}{tokens[at].text}"
    return None


def _next_telling(a: Alignment, i: int, tokens: Sequence[Token]) -> int | None:
    """The position of the sentence's first telling of claim word ``i``, written as the claim writes it, within eight
    words after the sentence's word linked to the claim word before it (its phrase may run on: "المادة الحافظة المصنوعة
    من القمح في بعض أصنافها"); or None."""
    before = a.links.get(i - 1)
    if before is None:
        return None
    start = a.evidence.words[before.evidence].pos
    norm = a.claim.words[i].norm
    return next((k for k in range(start + 1, min(start + 9, len(tokens))) if tokens[k].norm == norm), None)


def _stood_in_for(a: Alignment) -> tuple[str, str] | None:
    """A word of the claim found in the sentence only after a word of standing in for someone and its "عن" / "من"
    ("نيابة عن الملك", "بدلاً من الرئيس"; "نيابة مدينة روما" is the city's prosecution), which the claim does not say
    before it."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    # (a word the claim says may be linked to its first place in the sentence: "اختار المدرب الحارس الشاب بدلاً من
    # الحارس الأساسي" / "اختار المدرب الحارس الأساسي", TRUST BUG of the lead's round 29 probe, supported at 0.90)
    claim_words = {bare(w.norm) for w in a.claim.words}
    for i, link in a.links.items():
        j = k = link.evidence
        # (back to its phrase's head, a word the claim says or a place's head: "بدلاً من مطار عمان"; not past another
        # phrase, "بدلاً من يونيو ويوليو تجنباً لحرارة الصيف")
        while k and ev[k - 1].pos == ev[k].pos - 1 and not ev[k].role \
                and ((k - 1) in said or place_head(ev[k - 1].norm) or bare(ev[k - 1].norm) in claim_words):
            k -= 1
        if k and bare(ev[k - 1].norm) in _STAND_IN and ev[k].pos - ev[k - 1].pos == 2 and ev[k].role in ("عن", "من") \
                and (k - 1) not in said and not (i and bare(a.claim.words[i - 1].norm) in _STAND_IN):
            return a.claim.words[i].text, f"{ev[k - 1].text} … {ev[j].text}"
    return None


def _excepted(a: Alignment) -> tuple[str, str] | None:
    """A word of the claim found in the sentence only right after a word that sets its party apart from the others
    (lexicon.EXCLUDING_WORDS: "شارك جميع اللاعبين في التدريب باستثناء الحارس" / "شارك الحارس في التدريب"; "سوى" and
    "إلا" too, with no negation before them, which would make them "only"), back over the words of its phrase the claim
    says. TRUST BUGS of the lead's round 29 probe: supported at 0.80–0.88. (claim's word, the sentence's), or None."""
    claim_norms = [t.norm for t in a.claim.text_tokens()]
    if any(set_apart(claim_norms, k) for k in range(len(claim_norms))):
        return None
    for i, j in a.excepted:
        return a.claim.words[i].text, f"{a.evidence.text_tokens()[a.evidence.words[j].pos - 1].text} {a.evidence.words[j].text}"
    return None


def _someone_of(a: Alignment) -> tuple[str, str] | None:
    """A title or a name of the claim that the sentence puts after a head making it someone else ("زوجة الرئيس", "ابن
    الوزير", "مرشح الرئاسة", "المرشح لرئاسة الحكومة": lexicon.OTHER_PERSON_HEADS), which the claim does not say."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, j = a.claim.words[i], link.evidence
        if not (c.name or _office(c)) or not j or (j - 1) in said:
            continue
        head, head_norm = ev[j - 1], normalize(ev[j - 1].text)
        # (bare after the head, "مرشح الرئاسة", or behind its ل, "المرشح لرئاسة الحكومة", "مستشار للرئيس")
        if head.pos == ev[j].pos - 1 and (not ev[j].role and head_norm in _OTHER_PERSON
                                          or _after_lam(ev[j]) and head_norm.removeprefix("ال") in _OTHER_PERSON):
            return c.text, f"{head.text} {ev[j].text}"
    return None


def _after_lam(w: Word) -> bool:
    """A word behind its ل: "لرئاسة" (the ل a role), "للرئيس" (the ل glued to its ال, no role read)."""
    return w.role == "ل" or w.text.startswith("لل")


def _ranked_among(a: Alignment) -> tuple[str, str] | None:
    """A superlative of the claim ("أكبر مدينة") that the sentence ranks lower or among others: after an ordinal past the
    first ("ثاني أكبر"), "أحد" / "إحدى", "من بين" or "من" ("من أفضل الهدافين"), words the claim does not put before it."""
    tokens, c_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or c_tokens is None:
        return None
    for i, link in a.links.items():
        c, at = a.claim.words[i], a.evidence.words[link.evidence].pos
        if not at or tokens[at].norm not in SUPERLATIVES or tokens[at - 1].norm not in _AMONG:
            continue
        if c.pos and (c_tokens[c.pos - 1].norm in _AMONG or bare(c_tokens[c.pos - 1].norm) in _SHARES):
            continue  # (the claim ranks it among others too: "نشر بعض أفضل أعماله")
        return c.text, f"{tokens[at - 1].text} {tokens[at].text}"
    return None


def scope_of_another(a: Alignment) -> tuple[str, str] | None:
    """A superlative of the claim whose scope ("الأكبر في أفريقيا", "أكبر كاتدرائية في أفريقيا") is linked elsewhere than
    the scope the sentence gives that very superlative ("الأكبر في الشرق الأوسط"), or known only from the article: with
    "… أطول برج في أفريقيا", the tower's, in the article, "وتعد الكاتدرائية الأكبر في أفريقيا" was supported (TRUST BUG,
    held out 28). A rank within one region says nothing of another. (the claim's scope, the sentence's), or None."""
    cw, ev = a.claim.words, a.evidence.words
    for i, link in a.links.items():
        if without_conjunction(bare(cw[i].norm)) not in _BARE_SUPERLATIVES or link.strength < 0.95:
            continue
        scope = _scope_after(cw, i)
        if scope is None or (scope not in a.links and scope not in a.known):
            continue
        own = _scope_after(ev, link.evidence)
        if own is None or (scope in a.links and a.links[scope].evidence == own) or ev[own].keys & cw[scope].keys:
            continue
        _, end = sentence_of(ev, own)
        phrase = [ev[own].text] + [w.text for w in ev[own + 1:min(end, own + 2)] if not w.role and w.pos == ev[own].pos + 1]
        # (one common word may stand for the claim's name: "لأفضل لاعب في البطولة" / "… في مونديال قطر", dev 10)
        if len(phrase) > 1 or ev[own].name or ev[own].place:
            return cw[scope].text, " ".join(phrase)
    return None


_BARE_SUPERLATIVES = frozenset(bare(normalize(w)) for w in lexicon.SUPERLATIVES)


def _scope_after(words: Sequence[Word], k: int) -> int | None:
    """The word that opens the "في" phrase right after the superlative at ``k`` (its noun between or not: "الأكبر في
    الشرق", "أطول برج في أفريقيا"), in the same sentence, or None."""
    for step in (1, 2):
        j = k + step
        if j >= len(words) or words[j].pos <= words[k].pos:
            return None
        if words[j].role == "في" and words[j].pos - words[k].pos == step + 1:
            return j
        if words[j].role or step == 2:
            return None
    return None


def _doer_and_object_swapped(a: Alignment) -> tuple[str, str] | None:
    """The claim's doer (right after its verb: "طارد سائق الشاحنة رجال الأمن") found after the sentence's first word
    past the same verb, which is a later word of the claim ("وطارد رجال الأمن سائق الشاحنة"): the sentence's doer is
    the claim's object. Names are read by their roles (exchanged.role_swaps); this reads common nouns, with no role
    word, after a past the claim opens with (of form V or VI too: "وتسلمت الشركة المالكة قاطرة من الهيئة" / "وتسلمت
    الهيئة … قاطرة من الشركة المالكة", the giver and the receiver exchanged behind the same "من")."""
    w, ev = a.claim.words, a.evidence.words
    first, doer = a.links.get(0), a.links.get(1)
    if met_either_way(a):
        return None  # ("التقى الرئيس بالملك" / "التقى الملك بالرئيس": either party may be named first)
    if first is None or doer is None or first.strength < 0.95 or w[0].pos or len(w) < 3 \
            or not ((past_shaped(w[0]) or form_v_past(w[0]) or _past_after_that(a, first.evidence))
                    and len(w[0].norm) <= 6) \
            or w[1].pos != 1 or w[1].role or w[1].name:
        return None
    v = first.evidence
    if v + 1 >= len(ev) or ev[v + 1].pos != ev[v].pos + 1 or ev[v + 1].role or ev[v + 1].name:
        return None
    taker = next((i for i, link in a.links.items() if link.evidence == v + 1), None)
    # (a doer has no preposition before it: "وتسلمت المصنع … من البلدية" is no object put first)
    if taker is None or taker < 2 or w[taker].name or (_verb_object_subject(w[0], w[1], w[taker]) and not w[taker].role) \
            or normalize(w[taker].text).startswith("و"):
        return None  # (a second doer joined by و is no object: "أقيمت المباراة وحفل الافتتاح")
    end_of_doer = a.links.get(taker - 1)
    # (the object behind a preposition, the same on both sides: "أطلق المتظاهرون الحجارة على الشرطة" / "أطلقت الشرطة
    # الحجارة على المتظاهرين", supported at 0.90 in the lead's round 26 probe)
    if end_of_doer is None or doer.evidence <= v + 1 or end_of_doer.evidence <= v + 1 or ev[doer.evidence].role != w[taker].role:
        return None
    # (the sentence may put its object first too: "وتصدرت الهجوم هيئة تحرير الشام" tells what "وتصدرت هيئة تحرير الشام
    # الهجوم" does; a past of form V read as a verb, dev 11 and 24 lost that true sentence)
    if not ev[doer.evidence].role and _verb_object_subject(ev[v], ev[v + 1], ev[doer.evidence]):
        return None
    return w[1].text, ev[v + 1].text


def _objects_crossed(a: Alignment) -> tuple[str, str] | None:
    """The verb's object and the object of the verbal noun after its ب exchanged: "اتهمت الشرطة السائق بدهس الطفل" /
    "اتهمت الشرطة الطفل بدهس السائق", "كلف الرئيس الوزير بتشكيل لجنة" / "كلف الرئيس اللجنة بتشكيل الوزير" (the accused
    and the victim, the one charged and the thing charged; TRUST BUGS of the lead's round 30 probes, supported at 0.84–
    0.92). A noun of the claim before its linked ب-word is linked after the sentence's, and one after it before it."""
    claim_at = {w.pos: i for i, w in enumerate(a.claim.words)}
    for p, link in a.links.items():
        pivot = a.claim.words[p]
        # (the verb's object right before the ب-noun, no preposition between them and the verb: "تغلب الشباب على الرائد
        # بهدفين" has its "ب" of a score, after "على")
        if not pivot.text.startswith("ب") or p == 0 or pivot.name \
                or any(t.norm in ROLE_WORDS for t in a.claim.text_tokens()[:pivot.pos]):
            continue
        before, after = claim_at.get(pivot.pos - 1), claim_at.get(pivot.pos + 1)
        if before is None or after is None or before not in a.links or after not in a.links:
            continue
        e = a.evidence.words
        at = e[link.evidence].pos
        if e[a.links[before].evidence].pos > at and e[a.links[after].evidence].pos < at \
                and a.claim.words[before].light != a.claim.words[after].light:
            return a.claim.words[before].text, a.claim.words[after].text
    return None


_SAME_WORD = 0.85


def _slot_of_another_name(a: Alignment) -> tuple[str, str] | None:
    """Two words the claim says side by side linked apart across another party of a list, while the sentence goes on
    after the first with a word of its own: "عين الملك الأمير فيصل وزيراً للخارجية والأمير خالد وزيراً للداخلية" /
    "عين الملك الأمير فيصل وزيراً للداخلية" (a name the claim does not say between: the interior is Khalid's), or a
    name of the claim followed by its slot that the sentence gives before it, to the one before, and after the name
    says a word of its own: "عين المجلس ماهر سليم رئيساً للجامعة وهند عمر نائبة للرئيس" / "عين المجلس هند عمر رئيسة
    للجامعة". TRUST BUGS of the lead's round-30 probe, supported at 0.89–0.96. (the claim's second word, the sentence's
    word in its place), or None."""
    ev, words = a.evidence.words, a.claim.words
    said = {link.evidence for link in a.links.values()}
    at = {w.pos: k for k, w in enumerate(ev)}

    def own_after(k: int) -> int | None:
        """The sentence's word right after its word ``k``, when no claim word is linked to it."""
        nxt = at.get(ev[k].pos + 1)
        return nxt if nxt is not None and nxt not in said else None

    for i in range(len(words) - 1):
        first, second = a.links.get(i), a.links.get(i + 1)
        if first is None or second is None or words[i + 1].pos != words[i].pos + 1:
            continue
        own = own_after(first.evidence)
        if own is None or ev[own].name or ev[own].person or word_link(words[i + 1], ev[own])[0] >= _SAME_WORD:
            continue  # (the sentence says the claim's second word right there too, the aligner linked another)
        before = a.links.get(i - 1) if i else None
        repeated = at.get(ev[second.evidence].pos - 1)
        if second.evidence > first.evidence + 1 and before is not None and before.evidence < first.evidence \
                and repeated is not None and repeated not in said and word_link(words[i], ev[repeated])[0] >= _SAME_WORD:
            # (the list's next item says the claim's two words together, after a party of its own: "… وزيراً للخارجية
            # والأمير خالد وزيراً للداخلية"; not the claim's verb and doer, "فاز الهلال …، وفاز الأهلي …" tells both)
            # (the party of that item stands right before it: "… والأمير خالد وزيراً"; the item said of the claim's own
            # party is no other's, "حيث التقى الرئيس بشار الأسد" after "زار الرئيس الروسي فلاديمير بوتين")
            other = at.get(ev[repeated].pos - 1)
            if other is not None and other > first.evidence and other not in said and (ev[other].person or ev[other].name):
                return words[i + 1].text, ev[other].text
        elif second.evidence < first.evidence and (words[i].person or words[i].name and not words[i].place) \
                and not (words[i + 1].name or words[i + 1].person or words[i + 1].role) \
                and any(without_conjunction(ev[k].norm) != ev[k].norm for k in range(second.evidence + 1, first.evidence)):
            # (a post, a bare noun, not "بهدف"; the list's next item, joined by و, between the post and the name; an
            # apposition is the post's own holder: "بمنح مرتبة النبلاء لزعيم الهوتفيل، دروغو، بصفته …" / "منح …
            # دروغو زعيم الهوتفيل …", xquad tune 11)
            return words[i + 1].text, ev[own].text
    return None


def _past_after_that(a: Alignment, v: int) -> bool:
    """The sentence's word ``v``, the claim's first word as written, stands right after "أن" ("بعد أن سرق"): a verb,
    though of three letters, which a verbal noun may share ("سرق", "شتم": past_shaped leaves them). TRUST BUG: "فصلت
    الجامعة الطالب بعد أن سرق حاسوب الأستاذ" supported "سرق الأستاذ حاسوب الطالب" (0.90), the owner made the doer."""
    tokens, p = a.evidence.positioned_tokens(), a.evidence.words[v].pos
    return tokens is not None and 0 < p < len(tokens) and tokens[p - 1].norm in THAT \
        and normalize(a.evidence.words[v].text) == normalize(a.claim.words[0].text)


_TIME_OF = frozenset(normalize(w) for w in ("بعد", "قبل"))


def _doer_of_the_clause_before(a: Alignment) -> tuple[str, str] | None:
    """A deed told after "بعد أن" / "قبل أن" with no doer of its own ("عاقب المدرب المهاجم بعد أن شتم حكم المباراة": the
    one who insulted is the striker, the clause before's party), read by a claim that makes the word right after the
    verb its doer and that party its object: "شتم الحكم المهاجم" (TRUST BUG, supported at 0.91). The verb as the claim
    writes it (no object pronoun glued to it, "بعد أن شتمه الحكم"), the claim's doer linked in the deed's clause past
    it, a later bare word of the claim linked only before the "بعد أن". (the claim's doer, that word), or None."""
    w, ev = a.claim.words, a.evidence.words
    first, doer = a.links.get(0), a.links.get(1)
    if first is None or doer is None or first.strength < 0.95 or w[0].pos or len(w) < 3 or w[1].pos != 1 or w[1].role:
        return None
    tokens, p = a.evidence.positioned_tokens(), ev[first.evidence].pos
    if tokens is None or p < 2 or tokens[p - 1].norm not in THAT or tokens[p - 2].norm not in _TIME_OF \
            or normalize(ev[first.evidence].text) != normalize(w[0].text):
        return None
    _, opens = clause_opens(a.evidence)
    home = clause_at(opens, p)
    d = ev[doer.evidence]
    if d.pos <= p or clause_at(opens, d.pos) != home:
        return None
    for i, link in a.links.items():
        c, e = w[i], ev[link.evidence]
        if i < 2 or c.role or e.pos >= p - 2:
            continue
        if not any(x.pos > p and clause_at(opens, x.pos) == home and x.keys & c.keys for x in ev):
            return w[1].text, e.text
    return None


_AGENT_MARKERS = tuple(tuple(normalize(w) for w in m.split()) for m in lexicon.AGENT_MARKERS)


def _agent_as_object(a: Alignment) -> tuple[str, str] | None:
    """The sentence's doer named after "على يد" / "من قبل" / "بواسطة" (lexicon.AGENT_MARKERS) made the object of the
    claim's verb, the claim's doer being the sentence's patient: "اغتيل السفير على يد مسلح" against "اغتال السفير
    مسلحاً" (TRUST BUG of the lead's round 26 probe, supported at 0.92). (the claim's doer, the sentence's), or None."""
    w, ev = a.claim.words, a.evidence.words
    if len(w) < 3 or w[0].pos or w[1].pos != 1 or 1 not in a.links or (not past_shaped(w[0]) and not _first_verb(a)):
        return None
    tokens, own = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or own is None:
        return None
    for i, link in a.links.items():
        p = ev[link.evidence].pos
        # (not where the claim writes the marker too: "شدّ الوزير على يد المزارعين", a hand shaken)
        if i >= 2 and _after_marker(tokens, p) and not _after_marker(own, w[i].pos) and ev[a.links[1].evidence].pos < p - 1:
            return w[1].text, ev[link.evidence].text
    return None


def _after_marker(tokens: Sequence[Token], p: int) -> bool:
    return any(tuple(t.norm for t in tokens[max(0, p - len(m)):p]) == m for m in _AGENT_MARKERS)


def _first_verb(a: Alignment) -> bool:
    """The claim's first word is linked to the sentence's, a passive past or a verb of its root ("اغتال" / "اغتيل")."""
    link = a.links.get(0)
    return link is not None and link.kind in ("same", "stem", "root")


def _verb_object_subject(verb: Word, first: Word, later: Word) -> bool:
    """The claim may put its object first ("وأعلنت التعيين القيادة العامة"): a feminine verb whose first word after
    it is no feminine noun while a later one is; the later one is then its doer."""
    def feminine(x: Word) -> bool:
        return normalize(x.text).endswith(("ة", "ه"))
    return normalize(verb.text).endswith("ت") and not feminine(first) and feminine(later)


def _near_not_in(a: Alignment) -> tuple[str, str] | None:
    """A place the claim puts its event in ("في دمشق", or a name with no role) that the sentence names only after a word
    of nearness, of outside or of distance ("قرب دمشق", "بالقرب من حلب", "بعيداً عن المدينة": lexicon.NEAR_WORDS), words
    the claim does not say."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, j = a.claim.words[i], link.evidence
        if not (after_in(a.claim, c) or (c.name and not c.role)):
            continue
        k = j  # (back to the head of its phrase: "بالقرب من مطار حلب", "خارج مدينة اللاذقية")
        while k and ev[k - 1].pos == ev[k].pos - 1 and (k - 1 in said or town_head(ev[k - 1].norm)):
            k -= 1
        if not k or (k - 1) in said:
            continue
        near = ev[k - 1]
        written = without_conjunction(near.norm).removeprefix("ال")
        if ev[k].pos - near.pos <= 2 and (bare(near.norm) in _NEAR or written in _NEAR_WRITTEN) and ev[k].role in _NEAR_ROLES:
            return c.text, f"{near.text} … {ev[j].text}"
    return None


_BODY_HEADS = frozenset(bare(normalize(w)) for w in lexicon.CLUB_NAME_NOT_AFTER)


def _body_named_for(a: Alignment) -> tuple[str, str] | None:
    """The claim's doer, a place, that the sentence names only as the name of a body after its head: "أعلن بنك مصر خفض
    الفائدة" tells a bank's deed, not Egypt's (TRUST BUG of the lead's round 26 probe: "أعلنت مصر خفض الفائدة" was
    supported at 0.88). Not where the claim has that head too, nor a place the claim puts elsewhere than as its doer, nor
    a name no list makes a place: "شركة أرامكو" is Aramco (the corpus claims' "جمعت أرامكو 25.6 مليار دولار")."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, j = a.claim.words[i], link.evidence
        # (the claim's doer: its first word, or the one after its verb; "ضخ سيولة في صرافات السودان" names the country
        # the bank of "بنك السودان المركزي يضخ سيولة" serves, ANS-train's agree)
        if not (c.place or ev[j].place) or c.pos > 1 or c.role or not j or (j - 1) in said or ev[j - 1].pos != ev[j].pos - 1:
            continue
        head = ev[j - 1]
        if bare(head.norm) in _BODY_HEADS:
            return c.text, f"{head.text} {ev[j].text}"
    return None


# A saying verb ("قال", "أكد", "صرح") gives a speaker's words; news tells most facts so ("وأوضح المصدر أن روسيا
# منحتهم حق اللجوء", a true support of the corpus claims), so only a speaker with a stake (lexicon.PARTY_SPEAKERS)
# makes them no more than its word. A verb of opinion or of a claim made ("اعتبر", "رأى", "زعم") does so whoever the
# speaker. "أعلن" is neither: a body announcing a figure or a deed ("أعلنت وزارة الصحة أن عدد الإصابات بلغ 120").
_OPINION = frozenset(normalize(w) for w in lexicon.OPINION_VERBS)
_ANNOUNCES = frozenset(normalize(w) for w in ("أعلن", "أعلنت", "يعلن", "تعلن"))
_SAYS = (SPEECH_VERBS - _ANNOUNCES) | _OPINION
_ENDINGS = ("ون", "ين", "ات", "و", "ي", "ه")  # a plural's, a construct's or a feminine's: "معارضو الحكومة", "المعارضة"
# (what may stand before a side's word: "للفصائل", "بالجيش", "والمعارضة"; not qa.match.bare, which takes the ف of
# "فصيل" for a conjunction)
_FRONTS = ("وال", "فال", "بال", "كال", "لل", "ال", "ل", "ب")


def _stem(word: str) -> str:
    return next((word[:-len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= 3), word)


def _stems(norm: str) -> set[str]:
    """The word's stem with whatever may stand before it taken off, and kept (a word may open with و / ف / ل / ب)."""
    out = set()
    for word in {norm, without_conjunction(norm)}:
        out.add(_stem(word))
        front = next((f for f in _FRONTS if word.startswith(f) and len(word) - len(f) >= 3), None)
        if front is not None:
            out.add(_stem(word[len(front):]))
    return out


def _stems_of(words) -> frozenset[str]:
    return frozenset(_stem(normalize(w)) for w in words)


_PARTIES = _stems_of(lexicon.PARTY_SPEAKERS)
_FORCES = _stems_of(lexicon.FORCE_SPEAKERS)
_ACCUSED = _PARTIES | _stems_of(lexicon.ACCUSED_SIDES)
_RELAYS = frozenset(normalize(w) for w in lexicon.RELAY_VERBS)
_FROM = normalize("عن")
_ATTRIBUTIONS = tuple(tuple(normalize(w).split()) for w in lexicon.ATTRIBUTION_OPENERS)
_SPEAKER_WORDS = 6  # the words a speaker may take before إن / أن ("قال المتحدث باسم الفصائل المسلحة، في بيان، إن")
_DOER_WORDS = 4  # the words after "أن" that name the doer a force's speaker accuses ("إن مقاتلي الفصيل المعارض أعدموا")


def _party(norm: str) -> bool:
    return bool(_stems(norm) & _PARTIES)


def _stake(speaker: Sequence[Token], doer: Sequence[Token]) -> bool:
    """The speaker is a side with a stake (a party's word), or a force (an army, a police) telling what a side it
    faces did: "قالت الشرطة إن المحتجين أحرقوا سيارات" is one side's accusation of the other."""
    return any(_party(t.norm) for t in speaker) or _accuses(speaker, doer)


def _accuses(speaker: Sequence[Token], doer: Sequence[Token]) -> bool:
    """A force's speaker ("الناطق باسم الجيش") telling what a side it faces ("مقاتلي الفصيل") did."""
    return any(_stems(t.norm) & _FORCES for t in speaker) and any(_stems(t.norm) & _ACCUSED for t in doer)


def told_as_words(a: Alignment) -> tuple[str, str] | None:
    """(the speaker's words, the claim's deed) where the sentence tells the claim only as what a speaker with a stake
    said, or as someone's opinion, and the claim does not say the speaker did it: "قال زعيم المعارضة إن الانتخابات
    زورت" tells no rigging, only the opposition's word for it. Every linked word of the claim stands after the "إن /
    أن" of a saying (the last one before them) and none in its speaker: "قالت عائلة اللاعب إنها رفعت دعوى" supports
    "رفعت عائلة اللاعب دعوى", the claim's doer being the speaker. A claim that says it was said is read elsewhere.
    Also a force accusing the side it faces ("قال الناطق باسم الجيش إن مقاتلي الفصيل أعدموا أسرى"), a relay ("نقلت
    الصحيفة عن مصادر في المعارضة أن …") and an attribution ("بحسب المعارضة، …", "… وفقاً لناشطين"; round 26)."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or not a.links:
        return None
    claim_tokens = a.claim.text_tokens()
    if any(without_conjunction(t.norm) in _SAYS for t in claim_tokens) or _attribution_at(claim_tokens) is not None:
        return None
    at = {i: a.evidence.words[link.evidence].pos for i, link in a.links.items()}
    found = _said_that(tokens, at) or _according_to(a, tokens, at)
    return None if found is None else (found, a.claim.words[min(a.links)].text)


def _said_that(tokens: Sequence[Token], at: dict[int, int]) -> str | None:
    for verb in range(min(at.values()) - 1, -1, -1):  # the nearest saying before the claim's words
        word = without_conjunction(tokens[verb].norm)
        if word not in _SAYS and word not in _RELAYS and word not in _ANNOUNCES:
            continue
        that = next((k for k in range(verb + 2, min(verb + 2 + _SPEAKER_WORDS, len(tokens))) if that_word(tokens[k].norm)), None)
        if that is None or (word in _RELAYS and not any(t.norm == _FROM for t in tokens[verb + 1:that])):
            continue
        # ("أعلن" tells a body's own deed or figure; only a force announcing what the side it faces did is an
        # accusation: "أعلن الجيش أن المتمردين قصفوا حياً سكنياً")
        if word in _ANNOUNCES and not _accuses(tokens[verb + 1:that], tokens[that + 1:that + 1 + _DOER_WORDS]):
            continue
        after = {bare(t.norm) for t in tokens[that + 1:]}
        # (a claim word the aligner took from the speaker counts as after the "أن" when the words after it say it
        # too: "قال معارضو الحكومة إن الحكومة زورت الاستفتاء" tells the government's deed only in its critics' words)
        if not all(p > that or (verb < p < that and bare(tokens[p].norm) in after) for p in at.values()):
            return None
        if word not in _OPINION and not _stake(tokens[verb + 1:that], tokens[that + 1:that + 1 + _DOER_WORDS]):
            return None
        return " ".join(t.text for t in tokens[verb:that + 1]) + " …"
    return None


def _attribution_at(tokens: Sequence[Token], start: int = 0) -> tuple[int, int] | None:
    """(where an attribution opener stands, where its words end) at or after ``start``, or None."""
    norms = [t.norm for t in tokens]
    for k in range(start, len(tokens)):
        # ("وفقا" is itself no و + "فقا": the word is read as written and without a conjunction)
        heads = {norms[k], without_conjunction(norms[k])}
        for opener in _ATTRIBUTIONS:
            if opener[0] in heads and tuple(norms[k + 1:k + len(opener)]) == opener[1:]:
                return k, k + len(opener)
    return None


def teller_as_doer(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's attribution opener) where the claim's word right after its opening verb is linked
    within three words after an attribution of the sentence ("… حسب ما أكده الناقد X") and the verb before it: the
    sentence names X only as who told it ("توفي الكاتب أمس …، حسب ما أكده الناقد X" / "توفي الناقد X أمس": the lead's
    real news, round 41, had such a claim supported at 0.94)."""
    first, doer = a.links.get(0), a.links.get(1)
    tokens = a.evidence.positioned_tokens()
    if first is None or doer is None or a.claim.words[0].pos or a.claim.words[1].pos != 1 or tokens is None:
        return None
    verb, named = a.evidence.words[first.evidence].pos, a.evidence.words[doer.evidence].pos
    found = _attribution_at(tokens, verb + 1)
    if found is not None and found[0] < named and named - found[1] <= 3:
        return a.claim.words[1].text, tokens[found[0]].text
    return None


def _according_to(a: Alignment, tokens: Sequence[Token], at: dict[int, int]) -> str | None:
    """An attribution to a side before the claim's words ("بحسب قادة المعارضة، اعتقلت …") or after them, at the
    clause's end ("… في الجامعة، حسب ناشطين"): its speaker runs up to a comma, the claim's first word or six words."""
    text = a.evidence.text
    first, last = min(at.values()), max(at.values())
    found = _attribution_at(tokens)
    while found is not None:
        k, end = found
        stop = end
        while stop < len(tokens) and stop - end < _SPEAKER_WORDS and stop not in at.values():
            stop += 1
            if "،" in text[tokens[stop - 1].end:tokens[stop].start if stop < len(tokens) else len(text)] or "," in \
                    text[tokens[stop - 1].end:tokens[stop].start if stop < len(tokens) else len(text)]:
                break
        speaker = tokens[end:stop]
        linked = [tokens[p] for p in sorted(at.values())]
        spoken = {bare(t.norm) for t in speaker}
        if (stop <= first or k > last) and speaker and not any(bare(t.norm) in spoken for t in linked) \
                and _stake(speaker, linked[:_DOER_WORDS]):
            return " ".join(t.text for t in tokens[k:stop]) + " …"
        found = _attribution_at(tokens, k + 1)
    return None


_ANNOUNCING = frozenset(normalize(w) for w in lexicon.HEADLINE_ANNOUNCING)


def announcer_of_another(a: Alignment) -> tuple[str, str] | None:
    """A headline's announcer ("الوزارة تعلن إلغاء المناقصة": the words before its verb of saying) that the sentence names
    only in what another says ("قال النائب إن الوزارة ألغت المناقصة"): the claim makes the ministry announce what the
    deputy said of it (verify43's round-31 dev probe, supported at 0.93, "تعلن = قال"). (the claim's announcer, the
    sentence's speaker), or None; where the announcer is the speaker ("قالت الوزارة إنها ألغت …") it is its own word."""
    claim_tokens, tokens = a.claim.positioned_tokens(), a.evidence.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    # (a headline's present of announcing, lexicon.HEADLINE_ANNOUNCING: not any saying of a claim, "غير أن المعارضة
    # قالت إن …", "ووصفت أسلوبه بأنه …", which told_as_words and the speaker checks read)
    verb = next((k for k, t in enumerate(claim_tokens) if without_conjunction(t.norm) in _ANNOUNCING), None)
    said = next((k for k, t in enumerate(tokens) if saying(t.norm)), None)
    if not verb or said is None:
        return None
    that = next((k for k in range(said + 1, min(said + 6, len(tokens))) if tokens[k].norm in THAT), None)
    if that is None or that == said + 1:
        return None
    at = {a.claim.words[i].pos: a.evidence.words[link.evidence].pos for i, link in a.links.items()}
    announcer = [at[p] for p in range(verb) if p in at]
    if announcer and all(p > that for p in announcer):
        return " ".join(t.text for t in claim_tokens[:verb]), " ".join(t.text for t in tokens[said + 1:that])
    return None


def announcement_denied(a: Alignment) -> tuple[str, str] | None:
    """The claim's announcer denies the very deed the headline says it announces ("نفت الوزارة إغلاق المعبر الحدودي" /
    "الوزارة تعلن إغلاق المعبر الحدودي": link_pruning.announcement_denied): a contradiction, named (it was "no evidence
    for: تعلن", unsupported; verify43's Next). Not a claim that negates or denies itself. (the denial, the deed denied)."""
    if a.claim.negations or DENIAL in a.claim.polarity:  # (a suspension the claim announces is no denial: "تعليق")
        return None
    found = announcement_denied_words(a.claim, a.evidence, a.links)
    if not found:
        return None
    k = min(found)
    return a.evidence.text_tokens()[0].text, a.claim.words[k + 1].text
