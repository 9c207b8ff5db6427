"""The question's statement (its answer slot open) against the sentence an answer would quote, read by the claim checker
(step 4 of the answering cascade, :mod:`akhbar.qa.decide`): whether the sentence tells the asked deed as done
(:func:`told_undone`), whether anything the aligner can name closes its support (:func:`support_closed`: no "نعم"
then), whether it tells the deed of another party than the one asked (:func:`told_of_other_party`), and whether it puts
the deed in another place than the question's (:func:`placed_elsewhere`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import lexicon
from ..arabic import normalize
from ..models import VALUE_CONFLICT_KINDS, Claim
from .choice import FACTOID_TYPES
from .evidence import Sentence
from .match import bare
from .names import PLACES
from .question import QuestionInfo

if TYPE_CHECKING:
    from ..align import Alignment

__all__ = ["placed_elsewhere", "slot_filled_otherwise", "support_closed", "told_of_other_party", "told_undone"]

_ALIGNED: dict[tuple[str, str, str | None], Alignment] = {}  # the last pairs read: decide asks up to three checks of one


def _statement_alignment(question: str, info: QuestionInfo, sent: Sentence) -> Alignment:
    """The question's statement (its answer slot open) aligned with the sentence, as the claim checker reads a pair."""
    from ..align import align, analyze
    from .rerank import statement_side

    key = (question, sent.text, sent.cand.published)
    if key not in _ALIGNED:
        if len(_ALIGNED) >= 64:
            _ALIGNED.clear()
        _ALIGNED[key] = align(statement_side(question, info), analyze(sent.text, sent.cand.published))
    return _ALIGNED[key]


def told_undone(question: str, info: QuestionInfo, sent: Sentence) -> bool:
    """The sentence tells the deed the question asks about as only planned, asked for, tried or supposed, not done
    (:func:`akhbar.verify_deeds.planned_as_done` on the question's statement): "متى أغلق مصنع الإسمنت؟" and "هل
    أغلقت الحكومة المصنع؟" against "الحكومة تدرس إغلاق المصنع" were answered "يوم الثلاثاء" (the day it was said)
    and "نعم" (TRUST BUG, round 23). No answer then, whatever its type."""
    from ..verify_deeds import planned_as_done

    a = _statement_alignment(question, info, sent)
    found = planned_as_done(a, opens_with_verb=True)
    if found is not None and info.answer_type == "number" and _counted_first(a):
        # A how-many statement opens on the counted noun with its tanween ("عاملاً يشاركون في إضراب …"), no verb: read
        # as a past, it was the deed a later clause's plan left undone ("وإن النقابة ستدعو عمال … الأسبوع المقبل": the
        # lead's round-30 probe, "كم عاملاً يشاركون …؟" silent). Read without it; its verb comes next, so the statement
        # opens with no verb of its own (the claim checker's reading of tanween is left as it is: round 30, lead).
        found = planned_as_done(replace(a, links={k: v for k, v in a.links.items() if k != 0}), opens_with_verb=False)
    return found is not None


def _counted_first(a: Alignment) -> bool:
    """The statement's first word is a noun with tanween fatha ("عاملاً"): a counted noun, never a verb."""
    words = a.claim.words
    return bool(words) and words[0].text.endswith(("اً", "ًا", "ً"))


def support_closed(question: str, info: QuestionInfo, sent: Sentence) -> bool:
    """Read closely, the sentence tells another deed, party, clause or state than the question's statement
    (:func:`akhbar.verify_routes.read_otherwise`): a yes/no question's sentence covering most of it says "نعم" only
    when nothing of that stands against it. "هل استقبل الوزير العائلات في بلدة السوسن؟" was answered "نعم" from
    "استقبل الوزير العائلات في مستشفى الحمراء، ثم توجه إلى بلدة السوسن" (TRUST BUG, round 25: the town is the next
    clause's). Its values and names are the question's constraints, checked before."""
    from ..verify_routes import read_otherwise

    return read_otherwise(_statement_alignment(question, info, sent))


def told_of_other_party(question: str, info: QuestionInfo, sent: Sentence) -> str:
    """The sentence's words that tell what the question asks of another party (:func:`akhbar.verify_parties.other_party`
    on a yes/no question's statement; of another question, :func:`akhbar.verify_parties.other_holder`: the office's
    former holder, the one another stood in for, a relative, a superlative ranked lower), or "". "من هو وزير المالية؟"
    was answered with the former minister's name, "هل افتتح رئيس الوزراء المؤتمر؟" and "هل أعلن جميع المستثمرين …؟"
    with "نعم" from "افتتح … نيابة عن رئيس الوزراء" and "أعلن بعض المستثمرين" (TRUST BUGS, round 25)."""
    from ..verify_parties import SUPERLATIVES, other_holder, other_party

    a = _statement_alignment(question, info, sent)
    words = normalize(question).split()
    # ("من أهم من توغل …؟", "من كان أبرز موردي القمح؟": the question's "من" reads as the sentence's "among" too)
    among = bool(words) and words[0] == "من" and any(w in SUPERLATIVES for w in words[1:3])
    party = other_party(a) if info.answer_type == "yesno" else other_holder(a, ranked=not among)
    return party[1] if party is not None else ""


_IN = normalize("في")
_TO = normalize("إلى")
_PLACE_HEADS = frozenset(bare(normalize(w)) for w in lexicon.PLACE_HEADS)


def placed_elsewhere(question: str, info: QuestionInfo, sent: Sentence, verdict: Claim) -> bool:
    """The sentence puts the question's deed in another place than the one the question names after "في": the checker
    finds another word in that slot ("متى توفي العطار في زغرتا؟" against "توفي … في مدينة طرابلس"), or the place stands
    in the sentence only in another deed's clause (:func:`akhbar.verify_two_deeds.role_of_another_clause`: "متى ولد العطار
    في بيروت؟" against "ولد العطار في زغرتا عام 1941 … ثم عمل مدرساً في بيروت"). The town was met by the article, so no
    constraint stood against the date; the lead's round 27 probe answered both. Such a sentence tells another event."""
    from ..verify_names import other_name
    from ..verify_two_deeds import role_of_another_clause

    words = re.findall(r"\w+", normalize(question))
    # (and where it went, the place after "إلى" and its head's name: "متى وصلت السفينة إلى معبر رفح؟" against "وصلت
    # السفينة إلى ميناء العريش صباح الخميس", which the checker reads as naming another place; the lead's round-32 probe
    # answered "صباح الخميس" at 0.85)
    went = {w for k, (prev, w) in enumerate(zip(words, words[1:])) if prev == _TO or
            (k >= 1 and words[k - 1] == _TO and bare(prev) in _PLACE_HEADS)} if info.answer_type in FACTOID_TYPES else set()
    placed = {w for prev, w in zip(words, words[1:]) if prev == _IN}
    if not placed and not went:
        return False
    conflict = verdict.conflict
    aligned = _statement_alignment(question, info, sent) if verdict.verdict != "supported" else None
    if verdict.verdict == "contradicted" and conflict is not None and conflict.kind == "slot":
        said, own = conflict.claim, conflict.evidence
    elif aligned is not None and (other := role_of_another_clause(aligned)):
        said, own = other
    elif went and aligned is not None and (other := other_name(aligned)):
        # (a name the sentence knows by its cue, "ميناء العريش": a place whatever the lists know. Where it went only, and
        # for a date, a count, a name or a place asked: a deed "في قطر" is told "في استاد لوسيل", a town of it, which no
        # list places in its country; "ماذا قال الكرملين عن وصول الأسد إلى موسكو؟" is answered by what was said)
        return any(w in went for w in re.findall(r"\w+", normalize(other[0])))
    else:
        return False
    # (the sentence's own word must name a place: a town's head or a place the lists know; "the source says حكم where
    # the claim says سوريا" is the checker reading another slot)
    own_words = [bare(w) for w in re.findall(r"\w+", normalize(own))]
    return any(w in placed for w in re.findall(r"\w+", normalize(said))) and bool(own_words) \
        and (own_words[0] in _PLACE_HEADS or own_words[0] in PLACES)


def slot_filled_otherwise(verdict: Claim | None) -> bool:
    """The checker reads the sentence as filling a slot of the statement with another word or value ("the source says
    مدينة طرابلس where the claim says زغرتا", "year 2023 ≠ 2024"), so a yes/no question gets no "نعم" from it however much
    of it the sentence covers; not a contradiction of another kind, which a name said in full in the question and in
    part in the sentence may give ("سليم العطار" / "العطار")."""
    return verdict is not None and verdict.verdict == "contradicted" and verdict.conflict is not None \
        and verdict.conflict.kind in VALUE_CONFLICT_KINDS | {"slot", "name"}


_DISCLOSE = frozenset(normalize(w) for w in lexicon.DISCLOSE_VERBS)
_NOT_YET = ("لم", "لن", "ولم", "ولن", "فلم", "فلن")
UNDISCLOSED_REACH = 3  # tokens between the verb of making known and the question's noun, at most


def undisclosed(sent: Sentence, info: QuestionInfo) -> bool:
    """The sentence says the asked thing was not made known: "لم" / "لن" and a verb of making known
    (:data:`akhbar.lexicon.DISCLOSE_VERBS`) with a focus noun of the question at most
    UNDISCLOSED_REACH tokens after it ("ولم تُعلن القيمة النهائية للتسوية" for "كم بلغت القيمة النهائية
    للتسوية")."""
    focus = {bare(n) for n, st in info.focus_norms if st}
    norms = sent.norms
    for i in range(len(norms) - 1):
        if norms[i] in _NOT_YET and norms[i + 1] in _DISCLOSE:
            after = norms[i + 2:i + 2 + UNDISCLOSED_REACH]
            if any(bare(w) in focus for w in after if w not in ("عن", "من")):
                return True
    return False
