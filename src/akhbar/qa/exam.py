"""What a question names of an exam or a meeting beyond its name: its session by an adjective ("الدورة الاستدراكية")
and a grade with or without the word that raises it ("ميزة حسن جداً").

An article on an exam's results tells the regular session's rate and counts and adds that a resit session is to come
("وستجرى الدورة الاستدراكية في 20 يوليو"), and it tells the count of one grade ("نال 12 ألفاً منهم ميزة حسن جداً"). Every
word of "كم بلغت نسبة النجاح في الدورة الاستدراكية؟" or of "كم مترشحاً نال ميزة حسن؟" is in the article, so the regular
session's rate and the higher grade's count were shown (held out 23, round 36; round 37 Next):

- :func:`asked_session`: an edition word and the adjective after it ("الدورة الاستدراكية"، "الدورة التكميلية"); an
  ordinal or a place beside this one ("الدورة الثانية"، "الدورة المقبلة") is :mod:`akhbar.qa.counts`' ordinal;
- :func:`asked_grade`: a grade after its head ("ميزة"، "تقدير"، "ملاحظة") and whether "جداً" follows it;
- :func:`exam_unmet`: the constraint a sentence leaves unmet: it names the edition word with another adjective only
  ("نتائج الدورة العادية …، وبلغت نسبة النجاح …"), or names no session while its article names the one asked only as
  to come; or it names the grade asked only with the other qualifier.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import lexicon
from ..arabic import Analyzer, normalize
from .constraints import Constraint
from .counts import _WHOSE, _ordinal
from .event_place import _article_sentences, _under_plan
from .evidence import Sentence
from .match import bare, fold_words

_EDITIONS = frozenset(bare(w) for w in fold_words(set(lexicon.EDITION_WORDS)))
_BESIDE = frozenset(bare(w) for w in fold_words(set(lexicon.RELATIVE_EDITIONS)))
# (an adjective that says this session, not which kind: "الدورة الحالية"، "الدورة الجارية")
_THIS = frozenset(bare(w) for w in fold_words({"الحالية", "الجارية", "الراهنة", "الحالي", "الجاري"}))
_GRADES = frozenset(bare(w) for w in fold_words(set(lexicon.GRADE_WORDS)))
_GRADE_HEADS = frozenset(bare(w) for w in fold_words({"ميزة", "تقدير", "ملاحظة", "درجة"}))
_RAISED = fold_words(set(lexicon.GRADE_QUALIFIERS))


@dataclass(frozen=True)
class Exam:
    """What the question names: the session's adjective (folded, no clitics) and its text, the grade (folded) and
    whether it is raised ("جداً") with its text; "" where it names none."""

    session: str = ""
    session_text: str = ""
    grade: str = ""
    raised: bool = False
    grade_text: str = ""


def _kind_adjective(norm: str) -> str:
    """The adjective of a session's kind after an edition word ("الاستدراكيه"), or "": a definite word ending in ية that is
    no ordinal, no place beside this one, no nationality ("الدورة العربية") and not this session itself."""
    word = bare(norm)
    if not (norm.startswith("ال") and norm.endswith("يه")) or _ordinal(norm) or word in _BESIDE or word in _THIS:
        return ""
    core = (word[2:] if word.startswith("ال") else word)[:-2] + "ي"
    return "" if core in _WHOSE else word


def asked_session(question: str, analyzer: Analyzer) -> tuple[str, str]:
    """(the adjective, its text with the edition word) of the session the question names by an adjective ("في الدورة
    الاستدراكية" → الاستدراكيه), or ("", "")."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    for t, nxt in zip(toks, toks[1:]):
        if bare(t.norm) in _EDITIONS and (adjective := _kind_adjective(nxt.norm)):
            return adjective, question[t.start:nxt.end]
    return "", ""


def asked_grade(question: str, analyzer: Analyzer) -> tuple[str, bool, str]:
    """(the grade, whether "جداً" follows it, its text) the question names after a grade's head ("ميزة حسن جداً"), or
    ("", False, "")."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    for k in range(1, len(toks)):
        if bare(toks[k - 1].norm) in _GRADE_HEADS and bare(toks[k].norm) in _GRADES:
            raised = k + 1 < len(toks) and toks[k + 1].norm in _RAISED
            return bare(toks[k].norm), raised, question[toks[k - 1].start:toks[k + int(raised)].end]
    return "", False, ""


def asked_exam(question: str, analyzer: Analyzer) -> Exam:
    """The session and the grade the question names (:func:`asked_session`, :func:`asked_grade`)."""
    session, session_text = asked_session(question, analyzer)
    grade, raised, grade_text = asked_grade(question, analyzer)
    return Exam(session, session_text, grade, raised, grade_text)


def _other_session(adjective: str, sent: Sentence) -> bool:
    """The sentence names an edition word with another adjective of kind and never the one asked."""
    if any(bare(n) == adjective for n in sent.norms):
        return False
    return any(bare(a) in _EDITIONS and _kind_adjective(b) not in ("", adjective) for a, b in zip(sent.norms, sent.norms[1:]))


def _session_to_come(adjective: str, sent: Sentence, analyzer: Analyzer) -> bool:
    """The sentence names no session of a kind, and its article names the one asked only under a plan or a future
    ("وستجرى الدورة الاستدراكية في 20 يوليو"، "إن الدورة الاستدراكية ستجرى …"): what the sentence tells is of another."""
    if any(bare(a) in _EDITIONS and _kind_adjective(b) for a, b in zip(sent.norms, sent.norms[1:])):
        return False
    from ..sides import analyze

    text = sent.cand.text or ""
    told = []
    for a, b in _article_sentences(text):
        if adjective[2:] not in normalize(text[a:b]):
            continue
        side = analyze(text[a:b])
        at = [j for j, t in enumerate(side.text_tokens()) if bare(t.norm) == adjective]
        told.append(_under_plan(text[a:b], side, at, ahead=True, subject=True))
    told = [t for t in told if t is not None]
    return bool(told) and all(told)


def _other_grade(grade: str, raised: bool, sent: Sentence) -> bool:
    """The sentence names the grade asked after its head, each time with the other qualifier ("ميزة حسن جداً" for "ميزة
    حسن"), or names no grade at all."""
    at = [k for k in range(1, len(sent.norms)) if bare(sent.norms[k - 1]) in _GRADE_HEADS and bare(sent.norms[k]) == grade]
    if not any(bare(n) in _GRADES for n in sent.norms):
        return True  # no grade at all: "نجح 9400 مترشح" counts no "ميزة جيد" (held out 24, round 38)
    return bool(at) and all((k + 1 < len(sent.norms) and sent.norms[k + 1] in _RAISED) != raised for k in at)


def exam_unmet(exam: Exam, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """The session or the grade the question names that ``sent`` leaves unmet (see the module docstring)."""
    out = []
    if exam.session and (_other_session(exam.session, sent) or _session_to_come(exam.session, sent, analyzer)):
        out.append(Constraint("ordinal", exam.session_text))
    if exam.grade and _other_grade(exam.grade, exam.raised, sent):
        out.append(Constraint("ordinal", exam.grade_text))
    return out
