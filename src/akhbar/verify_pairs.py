"""Two neighbouring sentences read together (verify's pairs) lend no word of one to a slot the other fills itself.

A pair is judged when two sentences cover more of a claim than either alone. Its support is borrowed when a word of
the claim found only in one sentence stands where the other, which tells the claim's deed, names someone or
something else:

- :func:`party_of_the_neighbour`: the sentence of the deed names another person in the claim's name's place (alone it
  contradicts the claim on that name), and the claim's name is found only in the neighbour, said there of another
  deed. "وأعلن الرؤية العاهل السعودي الملك سلمان" against "أعلن ولي ولي العهد … الأمير محمد بن سلمان … عن رؤية
  السعودية 2030. وأقر مجلس الوزراء برئاسة الملك سلمان … الرؤية": the king chaired the cabinet that approved it, the
  deputy crown prince announced it (held out 33's TRUST BUG: kept through العاهل = الملك).
- :func:`thing_of_the_neighbour`: the word right after a word of the deed's sentence is a word of its own there, and
  the claim's word in that place is found only in the neighbour. "وكلف الشرع بتشكيل حكومة انتقالية" against "وكُلّف
  الشرع بتشكيل مجلس تشريعي مؤقت … . وكان الشرع قد قاد الهجوم الذي أسقط حكم بشار الأسد": a council was to be formed,
  not a government; "حكم" of the next sentence is the fallen rule (held out 33's TRUST BUG: kept through حكومة = حكم).
- :func:`extent_of_the_neighbour`: the claim's word of how much its deed took ("بالكامل", "كامل القوات") is found only
  in the other sentence than its verb's. "وأمر بسحب كامل القوات" against "وقال المحافظ إن النصر كامل. وأمر بسحب بعض
  القوات": an extent qualifies its own sentence's deed (held out 39's TRUST BUG was "كامل" borrowed from "النصر الكامل"
  of the article's other sentence, supported).
- :func:`doer_lent`: the claim opens on its verb, its doer then a name as its object, and the sentence of the verb
  names that object as the verb's own doer right before it, the claim's doer being found only in the neighbour or the
  article. "ومنح الرئيس السابق بيلاروسيا حق اللجوء" against "وصل الرئيس السابق إلى مينسك. وقالت مصادر إن بيلاروسيا
  منحته حق اللجوء": Belarus gave, it was given nothing (the guard's round-37 find: supported at 0.75, 0.92 on main).
- :func:`office_for_a_name`: the claim's doer is a name the sentence does not hold (the article does), while the
  sentence's own doer of the verb is an office ("زار الوزير المصرف") the article never writes beside that name. "زار
  سمير العلي المصرف" against an article that names سمير العلي only as a trader: the minister visited, and nothing says
  he is سمير العلي (round 39's TRUST BUG). An office the article ties to the name ("وزير المالية سمير العلي", "سمير
  العلي وزير المالية") still lends it.
- :func:`deed_unsaid_beside_borrowed`: the sentence does not hold the claim's opening verb at all, and words of the
  claim come from the article: "وأشاد اللاعب رامي الصباغ بالجمهور" with "قائمة" from the next sentence told "أعلن رامي
  الصباغ قائمة اللاعبين" (supported at 0.83, "not found: أعلن"): the sentence names the man at another deed.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Word, is_title
from .arabic import normalize, without_conjunction
from .exchanged import two_way
from .models import Conflict
from .qa.match import bare
from .verb_shapes import past_shaped
from .wordlinks import extent_word

__all__ = ["deed_unsaid_beside_borrowed", "doer_lent", "extent_of_the_neighbour", "office_for_a_name", "party_of_the_neighbour",
           "thing_of_the_neighbour"]

# A person's offices (not a body's: "وزارة", "رئاسة", "منتخب"), as the word a sentence may call its holder by.
_BODIES = frozenset(normalize(w) for w in ("رئاسة", "وزارة", "إدارة", "قيادة", "تدريب"))
_PERSON_OFFICES = frozenset(bare(normalize(w)).removeprefix("ال")
                            for w in (*lexicon.ROLE_NOUNS, *lexicon.APPOSITION_OFFICES, *lexicon.PERSON_TITLES)) - _BODIES


_OWN = ("same", "stem")  # link kinds that say the word itself


def _in_part(j: int, first: int, part: int) -> bool:
    return (j >= first) == (part == 1)


def party_of_the_neighbour(pair: Alignment, first: int, singles: tuple[tuple[Alignment, Conflict | None], ...]) -> str:
    """The claim's name the pair finds only in one sentence while the other sentence, which holds the claim's first
    word (its deed), has a name of its own in that name's place (a substitution of its own alignment, or the name or
    role it alone contradicts the claim on). ``first`` is the number of words of the pair's first sentence; ``singles``
    each sentence's own alignment and the conflict it was contradicted on (None when it was not). Returns the name
    the deed's sentence has in the claim's name's place, or ""."""
    if pair.claim.words and pair.claim.words[0].relative:
        return ""  # (a claim that only dates ("وكان ذلك بعد خمسة أيام من إعلانه النصر …") tells no deed of a party of its own)
    for part, (single, conflict) in enumerate(singles):
        if 0 not in single.links or 0 not in pair.links or not _in_part(pair.links[0].evidence, first, part) \
                or pair.links[0].kind not in _OWN:
            continue  # (the deed said as the sentence's own word: "يرى … أن" read as "تنص على أنه" names no deed)
        if 0 in singles[1 - part][0].links:
            continue  # (the neighbour tells the deed too: "… وقالت موسكو إن الأسد طلب مساعدتها" is its own support)
        rivals = dict(single.substitutions)
        if conflict is not None and conflict.kind in ("name", "role"):
            rivals.setdefault(conflict.claim, conflict.evidence)
        for i, w in enumerate(pair.claim.words):
            if w.person and w.text in rivals and i in pair.links and not _in_part(pair.links[i].evidence, first, part):
                return rivals[w.text]
    return ""


def thing_of_the_neighbour(pair: Alignment, first: int, singles: tuple[Alignment, Alignment]) -> tuple[str, str] | None:
    """(the claim's word, the sentence's own word in its place) when a claim word right after another one is found only
    in the other sentence of the pair, while the sentence that holds the word before it has, right after it and in the
    same clause, a word of its own that no claim word is linked to. The word before is the sentence's own word (as
    written or its stem), the claim's word only another word's synonym or root in the neighbour, and the neighbour
    alone does not link the word before (it would tell the phrase itself). Not for names (conflicts.detached_names
    reads those) nor for a word with a role of its own (a party after a preposition starts another phrase). ``singles``:
    each sentence's own alignment."""
    ev = pair.evidence.words
    used = {link.evidence for link in pair.links.values()}
    for i in range(1, len(pair.claim.words)):
        c, before = pair.claim.words[i], pair.claim.words[i - 1]
        if c.name or c.role or before.pos != c.pos - 1 or i not in pair.links or i - 1 not in pair.links:
            continue
        at, own = pair.links[i - 1].evidence, pair.links[i].evidence
        part = 1 if at >= first else 0
        if _in_part(own, first, part) or pair.links[i - 1].kind not in _OWN or pair.links[i].kind in _OWN \
                or i - 1 in singles[1 - part].links:
            continue
        slot = at + 1
        if slot >= len(ev) or not _in_part(slot, first, part) or slot in used:
            continue
        e = ev[slot]
        if e.pos != ev[at].pos + 1 or e.clause != ev[at].clause or e.name or e.role or len(e.norm) < 3:
            continue
        return c.text, e.text
    return None


def extent_of_the_neighbour(pair: Alignment, first: int) -> tuple[str, str] | None:
    """(the claim's extent word, the neighbour's word it is linked to) when a word of how much the claim's deed took
    (wordlinks.extent_word) is linked in the other sentence of the pair than the claim's verb (its first word that is
    no name). ``first`` is the number of words of the pair's first sentence."""
    verb = next((i for i, c in enumerate(pair.claim.words) if not c.name), None)
    if verb is None or verb not in pair.links:
        return None
    part = 1 if pair.links[verb].evidence >= first else 0
    for i, link in sorted(pair.links.items()):
        if extent_word(pair.claim.words[i]) is not None and not _in_part(link.evidence, first, part):
            return pair.claim.words[i].text, pair.evidence.words[link.evidence].text
    return None


def doer_lent(a: Alignment) -> tuple[str, str] | None:
    """(the claim's object, the sentence's verb) when the claim opens on its verb, its doer right after it, then a bare
    name as its object, and the sentence of that verb writes that name bare at most two words before the verb (its own
    doer: "إن بيلاروسيا منحته"), while no word of the claim's doer is linked in that sentence (found only in a neighbour
    or the article). Not after a title, whose name is the doer itself ("أعلن الرئيس ترامب" / "ترامب أعلن"), nor for a
    verb of a two-way relation ("التقى")."""
    verb = a.links.get(0)
    words, ev = a.claim.words, a.evidence.words
    if verb is None or len(words) < 3 or words[0].name or words[0].pos != 0 or words[1].pos != 1 or two_way(words[0]):
        return None
    v = verb.evidence
    for k in range(2, len(words)):
        o, link = words[k], a.links.get(k)
        if link is None and k in a.known and not o.role:
            continue  # (a word of the doer the article states)
        if o.role or link is None:
            return None  # (past the doer, the first bare name is the object, or the claim has none)
        if not o.name:
            continue
        j = link.evidence
        if is_title(words[k - 1]) or ev[j].role or not 0 < ev[v].pos - ev[j].pos <= 2 or not _one_sentence(ev, j, v) \
                or ev[j].clause != ev[v].clause:
            return None
        doer = [i for i in range(1, k) if i in a.links or i in a.known]
        if doer and not any(i in a.links and _one_sentence(ev, a.links[i].evidence, v) for i in doer) \
                and any(_names(words[i]) for i in doer):
            return o.text, ev[v].text
        return None
    return None


def _names(w: Word) -> bool:
    """A word that may name the claim's doer: a name, or a noun with its article that is no title's own head."""
    return w.name or (w.norm.startswith("ال") and not is_title(w))


def _one_sentence(ev: list[Word], j: int, j2: int) -> bool:
    """Words ``j`` and ``j2`` of a side are of one sentence: positions rise from one to the other (a pair's second
    sentence counts its own from 0)."""
    lo, hi = sorted((j, j2))
    return all(ev[k + 1].pos > ev[k].pos for k in range(lo, hi))


def office_for_a_name(a: Alignment) -> tuple[str, str] | None:
    """(the claim's doer, the sentence's office) when the claim's doer, the words right after its first word (its
    verb) or all the words before its verb, is found only elsewhere (the article, or a pair's other sentence), while
    the verb's sentence writes an office ("الوزير", "وزير", "المدير") of its own right beside the verb,
    and no sentence of the article writes that office within four words before a word of the doer or three after it
    ("وزير المالية سمير العلي", "سمير العلي، وزير المالية"): the article does not say the office's holder is the
    claim's man. (Names the lists do not know count too: "نادر الخطيب" is a doer as much as "سمير العلي".)"""
    if a.context is None:
        return None
    words, ev = a.claim.words, a.evidence.words
    used = {link.evidence for link in a.links.values()}
    verb = 0 if 0 in a.links and words[0].pos == 0 and not words[0].role else None
    if verb is None:  # (the doer first, names only: "سمير العلي زار المصرف"; not a light verb, "وجاء الإعلان …")
        verb = next((i for i in range(1, min(len(words), 5)) if i in a.links), None)
        if verb is None or words[verb].role or words[verb].pos != words[verb - 1].pos + 1 \
                or not all(w.name for w in words[:verb]):
            return None
        run, step = list(range(verb)), -1
    else:
        run, step = [], 1
        for r in range(1, min(len(words), 5)):
            if words[r].role or words[r].pos != words[r - 1].pos + 1 or r in a.links and not _elsewhere(a, r, a.links[verb].evidence):
                break
            run.append(r)
    v = a.links[verb].evidence
    doer = [words[r] for r in run]
    # (a person's name, or words the article lends: not a country or a place, which its officials act for, "وقعت سوريا
    # … معاهدة" / "وقع الرئيس حافظ الأسد معاهدة")
    if not run or not all(_elsewhere(a, r, v) for r in run) or any(_person_office(w) or w.place for w in doer) \
            or not all(w.name or not w.keys.isdisjoint(a.context.keys) for w in doer):
        return None
    for k in (v + step, v - step):  # (the sentence's doer on either side of its verb: "وزار الوزير" / "الوزير زار")
        if 0 <= k < len(ev) and k not in used and ev[k].clause == ev[v].clause and abs(ev[k].pos - ev[v].pos) == 1 \
                and _person_office(ev[k]) and not _named_after(ev, k) and not _tied(a, ev[k], doer):
            return " ".join(w.text for w in doer), ev[k].text
    return None


def _named_after(ev: list[Word], k: int) -> bool:
    """The sentence names the office's own holder within three words after it ("الرئيس حافظ الأسد"): a named doer of
    its own, which the name checks read."""
    return any(w.name and 0 < w.pos - ev[k].pos <= 3 and w.clause == ev[k].clause for w in ev[k + 1:k + 4])


def _elsewhere(a: Alignment, r: int, v: int) -> bool:
    """Claim word ``r`` is found only out of the sentence of evidence word ``v``: the article states it, or a pair's
    other sentence holds it."""
    link = a.links.get(r)
    return r in a.known if link is None else not _one_sentence(a.evidence.words, link.evidence, v)


def _person_office(w: Word) -> bool:
    return not w.name and bare(without_conjunction(w.norm)).removeprefix("ال") in _PERSON_OFFICES


def _tied(a: Alignment, office: Word, run: list[Word]) -> bool:
    """Some sentence of the article writes the office (a word of its keys) within four words before a word of the
    name, or within three after it."""
    assert a.context is not None
    for side in a.context.sides:
        for w in side.words:
            if w.keys.isdisjoint(office.keys) or w.name:
                continue
            near = [x for x in side.words if 0 < x.pos - w.pos <= 4 or 0 < w.pos - x.pos <= 3]
            if any(not x.keys.isdisjoint(n.keys) for x in near for n in run):
                return True
    return False


def deed_unsaid_beside_borrowed(a: Alignment) -> tuple[str, str] | None:
    """(the claim's opening verb, a word the article lends) when the claim opens on a past no noun shares
    (verb_shapes.past_shaped), the sentence links it to nothing, and some word of the claim is found only in the article (known, and of the
    article's words); else None."""
    words = a.claim.words
    if a.context is None or not words or words[0].pos != 0 or words[0].name or 0 in a.links or 0 in a.known \
            or not past_shaped(words[0]):
        return None  # (a past only: a claim may open on a noun, a present or a future the sentence words otherwise)
    lent = [i for i in sorted(a.known) if not words[i].keys.isdisjoint(a.context.keys)]
    return (words[0].text, words[lent[0]].text) if lent else None
