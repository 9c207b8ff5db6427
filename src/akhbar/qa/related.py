"""A man the question names by his tie to another ("شريك الشاب"، "زميل المتهم"، "شقيق اللاعب"): the question asks of
him, and a sentence writing no word of that tie tells of the other man only.

An article on a case names the convict first and his partner later: "قضت المحكمة … بسجن شاب عشريني 15 عاماً … . أما
شريكه في القضية … فقد برأته المحكمة". Every word of "كم عاماً سجنت المحكمة شريك الشاب …؟" but the tie is in the first
sentence, the tie is in its article, and the convict's "15 عاماً" was shown for the acquitted partner (0.98: held out 19,
round 32's Next). The sentence answering must write the tie itself ("شريكه"، "وشركاؤه"), or it is the other man's.

A man the question names by his job ("متى أوقف المحاسب …؟", lexicon.JOB_NOUNS) is read alike: a case naming two men by
their jobs ("بسجن موظف … فيما برأت زميله المحاسب") tells of the other where a sentence writes the other's job and not his
("وكان الموظف قد أوقف عن العمل في مارس 2023": not the accountant's date, round 34).
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer
from .court_steps import tells_verdict
from .evidence import Sentence
from .how_many import _contrasted
from .match import bare, fold_words
from .question import QuestionInfo

_RELATIONS = tuple(sorted(fold_words(set(lexicon.RELATION_NOUNS)), key=len, reverse=True))
_JOBS = fold_words(set(lexicon.JOB_NOUNS))
# (a man named by his post, "المدير", is another than the job asked in a sentence: read in sentences only, round 39)
_NAMED = _JOBS | fold_words(set(lexicon.POST_NOUNS))
_HOLDERS = frozenset(bare(w) for w in fold_words(set(lexicon.ROLE_NOUNS) - set(lexicon.OFFICE_ABSTRACTS)))
_DEFINITE = ("ال", "وال", "بال", "لل", "فال", "كال")
# Answers whose sentence tells a fact of the man asked (and why); a list, a description or a yes/no question is read
# otherwise.
_TYPES = ("date", "number", "place", "person")


def _relation(norm: str) -> str:
    """The tie a folded word writes, its clitics and a pronoun after it allowed ("وشريكه" → "شريك"), or ""."""
    word = bare(norm)
    return next((r for r in _RELATIONS if word.startswith(r) and len(word) - len(r) <= 2), "")


def asked_relation(question: str, analyzer: Analyzer) -> tuple[str, str]:
    """(the tie, "tie word" as the question writes them) of a man the question names by his tie to the next word
    ("شريك الشاب" → ("شريك", "شريك الشاب")); ("", "") when it names none."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    for k, t in enumerate(toks[:-1]):
        tie = _relation(t.norm)
        if tie and not toks[k + 1].stop and toks[k + 1].stem:
            return tie, f"{t.text} {toks[k + 1].text}"
    return "", ""


def relation_untold(sent: Sentence, info: QuestionInfo, tie: str) -> bool:
    """The sentence writes no word of the question's tie (:func:`asked_relation`), so it tells of the other man only."""
    return bool(tie) and (info.answer_type in _TYPES or info.qtype == "why") \
        and not any(_relation(n) == tie for n in sent.norms)


def _job(norm: str) -> str:
    """The job a folded word names with its article ("المحاسب"، "للسائق"), or ""."""
    return bare(norm) if norm.startswith(_DEFINITE) and bare(norm) in _JOBS else ""


def asked_job(question: str, analyzer: Analyzer) -> tuple[str, str]:
    """(the job, the word as the question writes it) of a man the question names by his job with ال ("المحاسب"), or
    ("", "") when it names none or two (then either may be the one asked of)."""
    jobs = {(_job(t.norm), t.text) for t in analyzer.tokens(question) if t.norm and _job(t.norm)}
    return next(iter(jobs)) if len({j for j, _ in jobs}) == 1 else ("", "")


def job_of_another(sent: Sentence, info: QuestionInfo, job: str) -> bool:
    """The sentence names a man by another job of the list and never by the question's (:func:`asked_job`): it tells of
    the other ("وكان الموظف قد أوقف …" for "متى أوقف المحاسب …؟"; "المحاسبة" of "ديوان المحاسبة" is no accountant)."""
    if not job or not (info.answer_type in _TYPES or info.qtype == "why"):
        return False
    told = {bare(n) for n in sent.norms if n.startswith(_DEFINITE) or bare(n) in _JOBS}
    return job not in told and bool(told & (_NAMED - {job}))


def _jobs_by_clause(sent: Sentence, offices: bool = False) -> dict[int, set[str]]:
    """The jobs of the list each clause writes, with ال or not ("بحبس مهندس …"، "بتغريم المقاول …"); ``offices``: the
    offices too ("بحبس رئيس سابق لبلدية …")."""
    named = _NAMED | _HOLDERS if offices else _NAMED
    out: dict[int, set[str]] = {}
    for k, n in enumerate(sent.norms):
        if bare(n) in named:
            out.setdefault(sent.clause_at(k), set()).add(bare(n))
    return out


def asked_defendant(question: str, analyzer: Analyzer) -> tuple[tuple[str, str], ...]:
    """The one the question names by his job ("المهندس") or, naming none, by one office ("رئيس البلدية السابق"), as
    (folded word, stem) for the clause a verdict's count is read from (qa.how_many: "بحبس رئيس سابق لبلدية … سبع سنوات
    وتغريمه 50 ألف دينار …، كما قضت بحبس مهندس في البلدية أربع سنوات" gives the head seven years, the engineer four:
    round 42), or ()."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    jobs = {(bare(t.norm), t.stem) for t in toks if _job(t.norm)}
    offices = {(bare(t.norm), t.stem) for t in toks if bare(t.norm) in _HOLDERS}
    if len({j for j, _ in jobs}) == 1:
        return (next(iter(jobs)),)
    if not jobs and len({o for o, _ in offices}) == 1:
        return (next(iter(offices)),)
    return ()


def job_clause_of_another(sent: Sentence, starts: list[int], job: str, office: str = "") -> bool:
    """The sentence names the job asked (:func:`asked_job`) and another, each in a clause of its own, and every answer
    of ``starts`` (offsets in the sentence) stands in a clause of the other's: "حكماً بحبس مهندس … ثلاث سنوات نافذة …،
    بينما اكتفت بتغريم المقاول 50 ألف درهم" gives the engineer's term, nothing of "كم سنة حبست المحكمة المقاول؟", and
    the contractor's fine, nothing of the engineer's (held out 21: round 34's rule read sentences naming one job only).
    A clause writing no job is of the one the clause before it names ("بسجن الصيدلاني خمس سنوات، وتغريمه …").

    A verdict names its defendants by their offices too (round 42): "حكماً بحبس رئيس سابق لبلدية … سبع سنوات وتغريمه 50 ألف
    دينار …، كما قضت بحبس مهندس في البلدية أربع سنوات" fines no engineer, and gives the head (``office``, asked when the
    question names no job) no four years."""
    verdict = tells_verdict(sent)
    by = _jobs_by_clause(sent, offices=verdict)
    job = job or (office if verdict else "")
    if not job or not starts or not any(job in jobs for jobs in by.values()):
        return False

    def of(clause: int) -> set[str]:
        return next((by[c] for c in range(clause, -1, -1) if by.get(c)), set())

    clauses = [sent.clause_at(sent.token_at(start)) for start in starts]
    owners = [of(c) for c in clauses]
    if all(owner and job not in owner for owner in owners):
        return True
    # (an answer in a clause writing no job, none before it, while the job asked is written only in later clauses opening
    # on a contrast: "بسجن مدير وكالة عقارية أربع سنوات وتغريمه 100 ألف درهم، في حين برأت الموثق …" fines no notary;
    # held out 23's fine was given for the notary the court acquitted, round 37)
    told = [c for c, jobs in by.items() if job in jobs]
    return all(not owner and all(t > c and _contrasted(sent, t) for t in told) for owner, c in zip(owners, clauses))


def holder_apart(sent: Sentence, info: QuestionInfo, clause: int) -> bool:
    """The question names a man by his office ("لماذا انسحب رئيس النادي …؟") and the sentence writes that office only in
    another clause than ``clause`` (the cause's): "أعلن ثلاثة أعضاء … انسحابهم … احتجاجاً على …، بينما أكد رئيس النادي
    أن …" gives the members' cause, not his (round 34)."""
    asked = {bare(n) for n, _ in info.focus_norms} & _HOLDERS
    at = [k for k, n in enumerate(sent.norms) if bare(n) in asked]
    return bool(at) and all(sent.clause_at(k) != clause for k in at)


def cause_of_another_holder(sent: Sentence, info: QuestionInfo, span: tuple[int, int] | None) -> bool:
    """A why-question naming a man by his office whose chosen sentence gives a cause (``span``, roles.cause_span) in
    another clause than every mention of that office (:func:`holder_apart`): "قدم عضوا المجلس البلدي … استقالتيهما …
    احتجاجاً على …، في حين أعلن رئيس المجلس … أن المجلس سيعقد جلسة طارئة" tells the members' resignation and its cause,
    nothing of "لماذا استقال رئيس المجلس البلدي؟" (held out 21: round 34 withheld the short answer and still quoted
    the sentence, 0.98)."""
    return info.qtype == "why" and span is not None and holder_apart(sent, info, sent.clause_at(span[0]))


def asked_holder(question: str, analyzer: Analyzer) -> str:
    """The office the question names a man by, as it writes it with the word after it ("رئيس المجلس"), or ""."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    k = next((k for k, t in enumerate(toks) if bare(t.norm) in _HOLDERS), None)
    if k is None:
        return ""
    return " ".join(t.text for t in toks[k:k + 2])
