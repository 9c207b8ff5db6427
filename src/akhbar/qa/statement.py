"""The question's statement (its answer slot open) against the sentence an answer would quote, read by the claim checker
(step 4 of the answering cascade, :mod:`akhbar.qa.decide`): whether the sentence tells the asked deed as done
(:func:`told_undone`), whether anything the aligner can name closes its support (:func:`support_closed`: no "نعم"
then), and whether it tells the deed of another party than the one asked (:func:`told_of_other_party`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..arabic import normalize
from .evidence import Sentence
from .question import QuestionInfo

if TYPE_CHECKING:
    from ..align import Alignment

__all__ = ["support_closed", "told_of_other_party", "told_undone"]

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

    return planned_as_done(_statement_alignment(question, info, sent), opens_with_verb=True) is not None


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
