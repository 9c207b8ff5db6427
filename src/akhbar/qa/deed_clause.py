"""What the clause of the question's deed or role word holds (step 4 of :mod:`akhbar.qa.compose`, round 29).

A sentence often tells two things: "وقال مدير المستشفى X إن الأمهات كن يقصدن مستشفى الهدى في العاصمة، وإن القسم يضم
30 سريراً" names مستشفى الهدى only as the place the mothers went to, and "استقبل الملك … رئيس وزراء جزر الملح …، وفي 3
مايو 1987 أعلن الملك …" dates the announcement, not the reception. The question's deed or role word (its anchors:
:func:`akhbar.qa.decide.event_anchors`) stands in one clause; an institution the question names (:mod:`akhbar.qa
.constraints`, ``institution``) or a date the answer gives must be of that clause, or the sentence does not tell it.

Clauses are split at punctuation and at "أن" / "إن" (what is said is another clause than who says it).
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import lexicon
from ..arabic import Analyzer
from ..wordtables import root_table
from .constraint_check import institution_met, institution_named, tokens_of
from .constraints import _SON_OF, Constraint
from .evidence import Sentence, ShortAnswer
from .match import bare, fold_words

# "أن" / "إن" and their glued forms open the clause of what is said ("وقال المدير إن القسم يضم …").
_THAT = fold_words({"أن", "إن", "وأن", "وإن", "بأن", "فإن", "لأن"})
# What opens a clause of another deed after punctuation and before its date ("، وفي 3 مايو 1987 أعلن …").
_AND_IN = fold_words({"وفي", "ثم", "وفى"})
# Words that tell a deed only as the time another refers to ("… لتكون أول من يشغل المنصب بعد افتتاح السفارة").
_REFERENCE = fold_words({"بعد", "وبعد", "قبل", "وقبل", "عقب", "وعقب", "إثر", "منذ", "فور"})


def _bounds(sent: Sentence) -> list[int]:
    """The first token of each clause, and the sentence's length last."""
    return [0, *(j for j in range(1, len(sent.norms)) if sent.breaks_before(j) or sent.norms[j] in _THAT),
            len(sent.norms)]


def _clause_of(bounds: list[int], k: int) -> int:
    return sum(1 for b in bounds[1:-1] if b <= k)


def _head_at(n: str, head: str) -> bool:
    """The institution's head without ال, a preposition or conjunction glued allowed ("بمستشفى")."""
    return n == head or (n[:1] in "وبلف" and n[1:] == head) or (n[:2] in ("وب", "ول", "فب") and n[2:] == head)


def institution_unmet(constraints: Sequence[Constraint], sent: Sentence, anchors: Sequence[int],
                      analyzer: Analyzer) -> list[Constraint]:
    """The institutions the question names ("مستشفى الهدى") that ``sent`` writes only outside the clauses of its
    anchors, or whose name it writes after no head ("كتب ابن خلدون" for "مكتبة ابن خلدون"), its article's title not
    naming them either: "كم سريراً يضم قسم الولادة في مستشفى الهدى؟" and a sentence
    whose "يضم" is the maternity ward of its own article's hospital, الهدى named by another clause as where the
    mothers went; only when the sentence writes another of its kind too, by its head alone ("المستشفى") or another name.
    The head alone is still of the one its article names and no other of its kind
    (:func:`akhbar.qa.constraint_check.institution_met`). Without anchors, only a name after no head is read so."""
    asked = [c for c in constraints if c.kind == "name" and c.institution]
    if not asked:
        return []
    bounds = _bounds(sent)
    mine = {_clause_of(bounds, p) for p in anchors}
    out = []
    for c in asked:
        head = c.institution
        at = [k + 1 for k, n in enumerate(sent.norms[:-1]) if _head_at(n, head) and institution_named(c, sent.norms, sent.stems, k + 1)]
        # another of its kind: the head alone ("المستشفى") or with another name ("مستشفى الزيتونة")
        other = any(n.endswith(("ال" + head, "لل" + head)) or (_head_at(n, head) and k + 1 not in at) for k, n in enumerate(sent.norms))
        if not other or (at and (not anchors or any(_clause_of(bounds, k) in mine for k in at))):
            continue  # (naming no other of its kind, it tells of the one it names, whatever the clause)
        if not at and bare(c.words[0][0]) not in _SON_OF:
            continue  # (a name alone is the institution's, "مضى هورنيمان لاستضافة معرض …"; "ابن خلدون" alone is a man)
        title = tokens_of(sent.cand.title, analyzer)
        if any(_head_at(n, head) and institution_named(c, *title, k + 1) for k, n in enumerate(title[0][:-1])):
            continue
        # (read as if the sentence did not write the name: its head alone, of the one institution its article names)
        rest = [n for j, n in enumerate(sent.norms) if not any(k - 1 <= j < k + len(c.words) for k in at)]
        if not institution_met(c, rest, *tokens_of(sent.cand.text, analyzer)):
            out.append(c)
    return out


def dated_by_another_deed(sent: Sentence, short: ShortAnswer, anchors: Sequence[int]) -> bool:
    """The date of ``short`` opens a clause of another deed, and the question's deed stands in an earlier clause:
    "مع اشتداد العاصفة استقبل الملك …، وفي 3 مايو 1987 أعلن الملك …" for "متى استقبل الملك …؟" (round 29). Only a date
    right after "وفي" / "ثم" at the clause's start, then a word no anchor, no noun with ال and no "و" (the other deed's
    verb).

    Or the question's deed is told only right after a word of time reference ("بعد"، "قبل"، "منذ" …), the date before it:
    "أدت السفيرة يوم 4 نوفمبر اليمين …، لتكون أول من يشغل المنصب بعد افتتاح السفارة" dates the oath, not the opening
    (held out 27, 0.96; round 41)."""
    if not anchors:
        return False
    first = sent.token_at(short.start)
    if all(0 < p and first < p and sent.norms[p - 1] in _REFERENCE for p in anchors):
        return True
    bounds = _bounds(sent)
    last = sent.token_at(max(short.start, short.end - 1))
    clause = _clause_of(bounds, first)
    if clause in {_clause_of(bounds, p) for p in anchors} or not any(p < bounds[clause] for p in anchors):
        return False
    start = bounds[clause]
    if first != start + 1 or not sent.breaks_before(start) or sent.norms[start] not in _AND_IN:
        return False
    # (the other deed's verb right after the date, no "و" before it: "وفي 1936 أعاد"; "في عام 1930 وأعاد …" ends the
    # clause before it, whose date it is, a comma standing between: "غادر الحلفاء راينلاند، في عام 1930 وأعاد …")
    # (a past whose root opens with و is that verb, no "و" glued: "، وفي 9 يناير 1995 وقع الجانبان الاتفاق" dates the
    # signing, not "استقبل الوزير الوفد" before it; held out 16's delegation, round 30)
    after = last + 1
    return after < bounds[clause + 1] and after not in anchors and bool(sent.stems[after]) \
        and (sent.norms[after][:1] != "و" or waw_root_past(sent.norms[after])) \
        and not bare(sent.norms[after]).startswith("ال") and not sent.norms[after].isdigit()


_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
_GLUED = "وفبلك"  # a conjunction or a preposition glued before a word


def told_of_a_noun_only(sent: Sentence, at: Sequence[int], asked: str = "") -> bool:
    """The question's deed (its word at positions ``at``) is told only as what befell a noun of another deed, the verb
    right after that indefinite noun with no relative pronoun ("حكماً بحبس مهندس … لعمارة سكنية انهارت في حي بوركون"،
    "سحب ترخيص مستودع احترق في المنطقة الصناعية"), and the sentence's dates all stand before that noun: they date the
    verdict, not the collapse or the fire (held out 21: "متى انهارت العمارة؟" got the verdict's day, the article's next
    sentence dating the collapse "في يوليو 2024"; round 35). The noun stands in construct or after a preposition: a
    word without ال before it ("ترخيص مستودع"، "لعمارة سكنية"); an object with its tanween ("شهدت المدينة يوم … زلزالاً
    ضرب …") is the deed's own and left alone. The deed's word is not glued to "و" or a preposition, unless the question
    writes it so (``asked``, its folded word): "… إقالة رافاييل بينيتيز وتعيين زيدان" and "… فريقان بحثيان يابانيان
    بسلسلة …" tell the deed as a noun of the sentence's own, which the date before them dates (the pool's right answers,
    kept)."""
    if not at or not sent.dates:
        return False
    dated = [(sent.token_at(d.start), sent.token_at(max(d.start, d.end - 1))) for d in sent.dates]

    def indefinite(k: int) -> bool:
        n = sent.norms[k]
        return bool(sent.stems[k]) and not n.startswith(_DEFINITE) and not n.isdigit() and n not in _THAT \
            and not n.endswith("ا") and not any(a <= k <= b for a, b in dated) and not sent.breaks_before(k + 1)

    def of_a_noun(p: int) -> bool:
        return p >= 2 and (sent.norms[p] == asked or sent.norms[p][:1] not in _GLUED) and indefinite(p - 1) \
            and any(indefinite(k) for k in (p - 2, p - 3) if k >= 0) and all(b < p - 1 for a, b in dated)

    return all(of_a_noun(p) for p in at)


def waw_root_past(norm: str) -> bool:
    """A past of a three-letter root opening with و, as Arabic WordNet lists it ("وقع", "وصل", "وعد"; "وقعت"): its و
    is the root's, not "and" before a two-letter word."""
    core = norm[:-1] if len(norm) == 4 and norm.endswith("ت") else norm
    return len(core) == 3 and core[0] == "و" and root_table().get(core) == core


# A relative pronoun ties the verb after it to the noun right before it ("… خلفاً للمدرب زياد الشلبي الذي أقيل …").
# "خلفاً لـX": X is the one succeeded, and a relative clause after him tells his own deeds.
_SUCCEEDING = fold_words({"خلفاً", "خلفا"})
_RELATIVE = fold_words({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
# An office, a client's role or a profession's title names the man after it ("للمدرب زياد الشلبي"، "للمهندس وائل
# النسور"): the relative's noun is that man.
_OFFICES = frozenset(bare(w) for w in fold_words({*lexicon.ROLE_NOUNS, *lexicon.CLIENT_ROLES,
                                                  *(w[2:] for w in lexicon.PROFESSION_TITLES)}))


def deed_of_another_noun(sent: Sentence, at: Sequence[int], asked: Sequence[tuple[str, str]]) -> bool:
    """The question's deed (its word at positions ``at``) is told only after a relative pronoun whose noun is no word
    the question asks of (``asked``: its focus words but the deed's, folded word and stem), though the sentence writes
    one of them before it: "وقع نادي الجليل … مع المدرب المصري حسام فهمي خلفاً للمدرب زياد الشلبي الذي أقيل في 10 نوفمبر
    2024" tells الشلبي's dismissal, no date of "متى أقيل حسام فهمي؟" (round 31: another man of the article, the lead's
    round-30 Next). The relative's noun is the one right before it ("حسام فهمي، الذي أقيل …" is his own), a man named
    after his office ("للمدرب زياد الشلبي"): a place or a thing before it may stand for a noun further back ("ومصانع فورد
    … في برودميدوز وجيلوغ التي ستغلق أبوابها في أكتوبر 2016": the pool's right answer, kept)."""
    if not at or not asked:
        return False
    return all(_relative_of_another(sent, p - 1, asked) for p in at)


def _relative_of_another(sent: Sentence, r: int, asked: Sequence[tuple[str, str]]) -> bool:
    """Position ``r`` holds a relative pronoun whose noun is a man named after his office, none of whose words the
    question asks of, while a word it asks of stands before that office (:func:`deed_of_another_noun`)."""
    words = {bare(w) for w, _ in asked}
    stems = {st for _, st in asked if st}

    def of_asked(k: int) -> bool:
        return bare(sent.norms[k]) in words or bool(sent.stems[k] and sent.stems[k] in stems)

    if r < 2 or sent.norms[r] not in _RELATIVE or of_asked(r - 1):
        return False
    office = next((t for t in range(r - 2, max(r - 5, -1), -1) if bare(sent.norms[t]) in _OFFICES), None)
    return office is not None and not any(of_asked(k) for k in range(office + 1, r)) \
        and any(of_asked(k) for k in range(office))


def answer_of_another_noun(sent: Sentence, short: ShortAnswer, asked: Sequence[tuple[str, str]],
                           deed_at: Sequence[int] = ()) -> bool:
    """The short answer stands in the clause a relative pronoun opens for another man (:func:`_relative_of_another`),
    whatever word tells the deed there: "… منير الجبالي …، خلفاً للمدرب رائد العمري الذي أقاله النادي الشهر الماضي
    بسبب تراجع النتائج" gives العمري's cause and month, none of "لماذا أقيل منير الجبالي؟" (held out 18: the passive
    "أقيل" and "أقاله" share no stem, so the deed's word is not found to tie it). The clause runs from the pronoun to
    the next punctuation. A clause telling the question's deed further on (``deed_at``, past the pronoun's own verb) tells
    it of whoever it names there: "… إسماعيل الجزولي، الذي تم تعيينه رئيساً بالنيابة بعد استقالة راجيندرا ك. باتشوري فبراير
    2015" dates باتشوري's resignation (the pool's right answer, kept)."""
    if not asked:
        return False
    k = sent.token_at(short.start)
    for j in range(k, -1, -1):
        if sent.norms[j] in _RELATIVE and j < k:
            return not any(j + 1 < p < k for p in deed_at) and _relative_of_another(sent, j, asked)
        if sent.breaks_before(j):
            return False
    return False


def dated_in_the_askeds_relative(sent: Sentence, short: ShortAnswer, asked: Sequence[tuple[str, str]],
                                 deed_at: Sequence[int]) -> bool:
    """The date stands in a clause a relative pronoun opens after a word the question asks of (``asked``: its focus words
    but the deed's), the pronoun's own verb no word of the question's deed, and that deed told only before the pronoun
    (``deed_at``): "وانتخب المجلس … منصف الجربي رئيساً له …، خلفاً للهادي القلال الذي ترأس الغرفة منذ 2017" dates how
    long القلال had led the chamber, not when he was elected (held out 30 answered "متى انتخب الهادي القلال … أول مرة؟"
    with 2017 at 0.92; round 44). The election told is another man's. So is a date in the clause of the one succeeded
    ("خلفاً لـX الذي …"), whoever is asked: "متى انتخب منصف الجربي …؟" got the same 2017. Another noun the question does
    not ask of before the pronoun ("في معركة … التي وقعت عام 1066") is left to the other checks."""
    if not asked or not deed_at:
        return False
    words = {bare(w) for w, _ in asked}
    k = sent.token_at(short.start)
    for j in range(k - 1, 0, -1):
        if sent.breaks_before(j + 1):
            return False
        if sent.norms[j] in _RELATIVE:
            verb = j + 1
            whose = bare(sent.norms[j - 1]) in words or any(sent.norms[t] in _SUCCEEDING for t in range(max(j - 4, 0), j - 1))
            return verb < k and verb not in deed_at and bool(sent.stems[verb]) and whose \
                and not bare(sent.norms[verb]).startswith("ال") and all(p < j for p in deed_at)
    return False
