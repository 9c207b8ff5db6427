"""Who came after or before X: the succession questions of ``ask`` and the sentences that may answer them.

"من خلف البشير"، "من جاء بعد البشير"، "من سبق البشير" ask for the holder of an office next to X, not for anyone
named near X. :func:`succession_target` reads X from the question (none for "بعد سقوط الأسد", a time, or "من قبل",
the agent of a passive); :func:`succession_tied` says whether a sentence ties a succession word to X ("خلفاً للرئيس
البشير"). :func:`akhbar.qa.decide.decide` gives no short answer from a sentence that neither it nor one beside it
ties so: a name next to X is no successor of X.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..arabic import normalize
from .evidence import Sentence
from .match import bare

# "من خلف البشير"، "من جاء بعد البشير"، "من هو خليفة البشير"، "من سبق البشير": the words of a
# who-question that ask for the one after or before X.
SUCCESSION = {bare(normalize(w)) for w in lexicon.SUCCESSION_WORDS} | {normalize(w) for w in lexicon.SUCCESSION_WORDS}
_ASK_SUCCESSION = {normalize(w) for w in ("بعد", "قبل", "خلف", "يخلف", "تخلف", "سيخلف", "خلفت", "خلفا", "خليفة",
                                          "سبق", "سبقت", "يسبق", "سلف")}
_NOT_TARGETS = {normalize(w) for w in (*lexicon.FRAME_WORDS, *lexicon.WEEKDAYS, "هو", "هي", "ذلك", "تلك", "هذا", "هذه",
                                       "منصب", "المنصب", "في", "الى", "على", "له", "لها", "لهم")}  # "سبق له أن"
_TITLES = {bare(normalize(w)) for w in (*lexicon.NAME_CUES, *lexicon.PARTY_TITLES, *lexicon.ROLE_NOUNS)}
_OFFICE = {normalize(w) for w in (*lexicon.OFFICE_WORDS, *lexicon.ROLE_NOUNS)} \
    | {bare(normalize(w)) for w in (*lexicon.OFFICE_WORDS, *lexicon.ROLE_NOUNS)}
_LEAD = {normalize(w) for w in lexicon.LEAD_VERBS} | {bare(normalize(w)) for w in lexicon.LEAD_VERBS}
_TERM_ENDS = {normalize(w) for w in lexicon.TERM_ENDS} | {bare(normalize(w)) for w in lexicon.TERM_ENDS}
SUCCESSION_REACH = 4  # tokens between the succession word and X, at most
# "X … خلفاً لـY": X came after Y, so the sentence tells who came before X. X stands before "خلفاً" with its new
# office between ("انتخب … ماجد الكعبي رئيساً لاتحاد الكرة عام 2018 خلفاً لسالم العامري": six tokens).
_SUCCEEDING = {"خلفا"}
SUCCEEDED_REACH = 8
_BEFORE = {normalize(w) for w in lexicon.SUCCESSION_BEFORE} | {bare(normalize(w)) for w in lexicon.SUCCESSION_BEFORE}
_WORDS = re.compile(r"[^\W_]+")


def succession_side(question: str) -> str:
    """"before" when the question asks who came before X ("قبل X"، "من سبق X"), else "after"; read from the
    succession word :func:`succession_target` reads X after."""
    return _asked(question)[1]


def succession_target(question: str) -> list[str]:
    return _asked(question)[0]


def _asked(question: str) -> tuple[list[str], str]:
    """The bare words of X in a question asking who came after or before X (at most three words after
    بعد / قبل / خلف / خليفة / سبق), or [] (no such question; "من قبل" is the agent of a passive; "بعد
    عام 2010" and "بعد سقوط الأسد" are times, not a holder of an office: the demo's "من تولى رئاسة سوريا
    … بعد سقوط الأسد" is answered by the appointment, which says no "بعد")."""
    words = _WORDS.findall(normalize(question))
    office = any(w in _OFFICE or bare(w) in _OFFICE for w in words)
    lead = not office and any(w in _LEAD or bare(w) in _LEAD for w in words)
    for i, w in enumerate(words[:10]):
        if w in {"بعد", "قبل"} and not office and not (lead and i + 1 < len(words) and not words[i + 1].startswith("ال")):
            # "من كتب القصيدة بعد مذبحة بيترلو": after an event, not after a holder of an office; a verb of
            # leading asks for one before / after X when X is a name ("قاد … قبل أحمد الشرع"), not a time
            # ("قاد المنتخب إلى الفوز قبل النهائي")
            continue
        if w in _ASK_SUCCESSION and not (w == "قبل" and i > 0 and words[i - 1] == "من"):
            after = words[i + 1:i + 4]
            if not after or after[0] in _NOT_TARGETS or after[0].isdigit() or after[0] in _TERM_ENDS \
                    or bare(after[0]) in _TERM_ENDS:
                continue  # "بعد سقوط الأسد" places the question in time: a sentence after it answers
            # X runs to the first preposition ("خلف البشير في رئاسة…"); a title is no part of it
            # when a name follows ("الملك فهد" → فهد: "بعد وفاة الملك عبدالله" is not after Fahd).
            ends = [k for k, x in enumerate(after) if x in _NOT_TARGETS or x.isdigit()]
            target = [bare(x) for x in after[:ends[0] if ends else len(after)]]
            named = [x for x in target if x not in _TITLES]
            return named or target, "before" if w in _BEFORE else "after"
    return [], "after"


def succession_tied(sent: Sentence, target: list[str], side: str | None = None) -> bool:
    """The sentence holds a succession word tied to X: X at most SUCCESSION_REACH tokens after it
    ("خلفاً للرئيس البشير"، "بعد البشير"), or a succession word with X's pronoun after X ("البشير
    … وخلفه"). With ``side`` ("before" / "after", :func:`succession_side`), the tie must tell that side of X:
    "خلفاً لـX" tells who came after X, never who came before; "قبل X"، "سلفه" tell who came before, and so
    does "X … خلفاً لـY" (X succeeded Y)."""
    bares = [bare(n) for n in sent.norms]
    at_x = [i for i, b in enumerate(bares) if b in target or sent.norms[i] in target]
    for p, (norm, b) in enumerate(zip(sent.norms, bares)):
        if norm not in SUCCESSION and b not in SUCCESSION:
            continue
        told = "before" if norm in _BEFORE or b in _BEFORE else "after"
        if side in (None, told) and any(0 < q - p <= SUCCESSION_REACH for q in at_x):
            return True
        if side in (None, told) and b.endswith("ه") and b not in {"خليفه", "خلافه"} and any(q < p for q in at_x):
            return True
        if side == "before" and b in _SUCCEEDING and any(0 < p - q <= SUCCEEDED_REACH for q in at_x):
            return True
    return False


def predecessor_span(sent: Sentence, target: list[str]) -> tuple[int, int] | None:
    """The sentence offsets of Y in "X … خلفاً لـY" (X within SUCCEEDED_REACH tokens before "خلفاً"): the one X came
    after, for "من قاد … قبل X". Y is a name glued to its ل ("خلفاً لكريم الزعبي"), read to the first comma or word
    that is no name ("الذي"); a title after ل gives the name after it ("خلفاً للدكتور نبيل الهيلات"), or none when an
    adjective follows it ("خلفاً للرئيس السابق")."""
    norms, spans, text = sent.norms, sent.spans, sent.text
    at_x = [i for i, n in enumerate(norms) if bare(n) in target or n in target]
    for p, norm in enumerate(norms[:-1]):
        if norm not in _SUCCEEDING or not any(0 < p - q <= SUCCEEDED_REACH for q in at_x):
            continue
        k = p + 1
        first = norms[k]
        titled = first.startswith("لل") and bare(first) in _TITLES and k + 1 < len(norms) \
            and not norms[k + 1].startswith("ال") and not text[spans[k][1]:spans[k + 1][0]].strip()
        if titled:
            # a title glued to its ل, then the name: "خلفاً للدكتور نبيل الهيلات" (the lead's round-31 probe: no
            # predecessor was read, and "إسلام", the first name of X itself, was answered for "من كان … قبل مساد؟")
            k += 1
        elif not first.startswith("ل") or first.startswith("لل") or len(first) < 4 or bare(first[1:]) in _TITLES \
                or first[1:] in _TITLES or not text[spans[k][0]:].startswith("ل"):
            return None
        end = k
        while end + 1 < len(norms) and end + 1 - k < 3:
            gap = text[spans[end][1]:spans[end + 1][0]]
            nxt = norms[end + 1]
            if gap.strip() or nxt in _NOT_TARGETS or nxt.isdigit() or nxt in {"الذي", "التي"}:
                break
            end += 1
        return spans[k][0] + (0 if titled else 1), spans[end][1]
    return None


def names_target(sent: Sentence, start: int, end: int, target: list[str]) -> bool:
    """The short answer at ``start``–``end`` is X or a word of X's own name in the sentence: one of its tokens is X, or
    the token right beside it, with nothing but a space between ("إسلام" of "الدكتور إسلام مساد" when X is مساد). X is
    never the one before or after X (the lead's round-31 probe answered "إسلام" to "من كان رئيس الجامعة قبل مساد؟")."""
    first, last = sent.token_at(start), sent.token_at(end - 1)
    if any(bare(n) in target or n in target for n in sent.norms[first:last + 1]):
        return True
    beside = [k for k in (first - 1, last + 1) if 0 <= k < len(sent.norms)]
    return any((bare(sent.norms[k]) in target or sent.norms[k] in target)
               and not sent.text[sent.spans[min(k, first)][1]:sent.spans[max(k, last)][0]].strip() for k in beside)


_REPLACING = {normalize(w) for w in ("خلفاً", *lexicon.STAND_IN_WORDS)}
REPLACED_REACH = 4  # tokens from "خلفاً" to the name: "خلفاً للمدرب المقال أحمد الصافي"


def asks_before(words: set[str] | frozenset[str]) -> bool:
    """A question's folded words ask for the one before ("من قاد الحزب قبل X؟"): the one replaced is its answer."""
    return bool(words & _BEFORE)


def replaced_at(sent: Sentence, k: int) -> bool:
    """The name at token ``k`` is the one someone came after or stands in for: "خلفاً لـ" / "بدلاً من" / "نيابة عن" at
    most REPLACED_REACH tokens before it, in its clause ("أعلن النادي تعاقده مع المدرب جواو مارتينز خلفاً للمدرب المقال
    أحمد الصافي": the lead's round 29 probe answered "أحمد الصافي" to "من هو المدرب الجديد للنادي؟")."""
    for p in range(k - 1, max(-1, k - 1 - REPLACED_REACH), -1):
        if sent.breaks_before(p + 1):
            return False
        if sent.norms[p] in _REPLACING:
            return True
    return False



def of_the_one_succeeded(sent: Sentence, words: set[str], short_start: int) -> str:
    """The question asks of the man the sentence names only as the one succeeded ("… لينا الحديدي مديرة تنفيذية للشركة
    لمدة عامين، خلفاً للمهندس وائل النسور …" for "كم عاماً تستمر ولاية وائل النسور …؟"), and the short answer stands
    before that "خلفاً": the count or date is the successor's. ``words``: the question's folded words. The man is two
    words of the question side by side right after "خلفاً" (a title between allowed), none of them written before it.
    Returns them as the sentence writes them ("وائل النسور"), or ""."""
    asked = {bare(w) for w in words}

    def of_question(j: int) -> bool:
        return bare(sent.norms[j]) in asked or sent.norms[j] in words

    for k, norm in enumerate(sent.norms):
        if bare(norm) not in _SUCCEEDING and norm not in _SUCCEEDING:
            continue
        if sent.spans[k][0] <= short_start:
            return ""
        end = min(k + 1 + SUCCESSION_REACH, len(sent.norms))
        end = next((j for j in range(k + 1, end) if sent.breaks_before(j)), end)
        # (a title between is the question's word too, "للمدرب رائد العمري": no name, and written before for the successor)
        run = [j for j in range(k + 1, end) if of_question(j) and bare(sent.norms[j]) not in _TITLES]
        pair = next((j for j in run if j + 1 in run), None)
        if pair is not None and not any(bare(sent.norms[x]) in {bare(sent.norms[pair]), bare(sent.norms[pair + 1])}
                                        for x in range(k)):
            return sent.text[sent.spans[pair][0]:sent.spans[pair + 1][1]]
    return ""
