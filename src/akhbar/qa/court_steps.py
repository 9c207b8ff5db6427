"""The step of a court affair a question asks the day or place of, and a sentence that tells another step only (round 38).

News of a case tells several days: the arrest ("ألقت الشرطة القبض على …"), the verdict ("قضت المحكمة بسجن …"), the
release ("أفرجت السلطات عن …"). A when-question on one of them ("متى اعتقل مدير الوكالة؟") is not answered by the
day of another, though the sentence names the man, his case and its court: "قضت المحكمة يوم 2 يونيو بسجن مدير وكالة"
dates the verdict, and was shown for the arrest (held out 23, 0.98). :func:`asked_steps` reads the steps the question
names (lexicon.COURT_STEPS), :func:`another_step` whether a sentence tells some step of the affair and none of those.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize, without_conjunction
from ..models import Claim
from .constraints import Constraint
from .evidence import Sentence, ShortAnswer
from .how_many import _dual_forms
from .match import bare, forms
from .names import PLACES
from .question import QuestionInfo

_PRONOUNS = ("ته", "تهم", "ها", "هم", "ه")
# "قضية" (a case) folds to "قضيه", which without a glued "ه" reads as "قضى" (a verdict): a case is no step of it (round 41)
_CASE = frozenset({normalize("قضية"), normalize("قضايا")})


@lru_cache(maxsize=1)
def _steps() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(bare(normalize(w)) for w in group) | frozenset(normalize(w) for w in group)
                 for group in lexicon.COURT_STEPS)


def _step_of(norm: str) -> set[int]:
    """The steps (their index in lexicon.COURT_STEPS) a folded word tells: as written, without its clitics, without a
    pronoun glued to its end ("اعتقلته"، "بسجنه")."""
    found: set[int] = set()
    if bare(norm) in _CASE or norm in _CASE:
        return found
    seen = forms(norm)
    for w in list(seen):
        for suffix in _PRONOUNS:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                seen |= {w[:-len(suffix)], bare(w[:-len(suffix)])}
    for i, group in enumerate(_steps()):
        if seen & group:
            found.add(i)
    return found


def asked_steps(question: str, analyzer: Analyzer) -> frozenset[int]:
    """The steps of a court affair the question names ("متى اعتقل …؟" the arrest, "متى صدر الحكم …؟" the verdict)."""
    return frozenset(i for t in analyzer.tokens(question) for i in _step_of(t.norm))


def another_step(steps: frozenset[int], sent: Sentence) -> bool:
    """The sentence tells a step of a court affair, and none of the ``steps`` asked: its day or place is that step's."""
    if not steps:
        return False
    told = {i for n in sent.norms for i in _step_of(n)}
    return bool(told) and not (told & steps)


def after_its_opposite(sent: Sentence, event: tuple[str, str] | None, verdict: Claim | None) -> bool:
    """The claim checker's opposite of the question's deed stands right after "بعد" in a sentence that tells the deed
    itself before it: "أفرجت السلطات … عن الناشط بعد احتجازه عشرة أيام" tells the release, the detention came first (the
    checker read "opposite: أفرج / احتجازه", and the release's day was withheld)."""
    conflict = verdict.conflict if verdict is not None else None
    if event is None or conflict is None or conflict.kind != "antonym":
        return False
    norm, stem = event
    told = [i for i, st in enumerate(sent.stems) if st and (st == stem or bare(sent.norms[i]).startswith(bare(norm)))]
    opposite = normalize(conflict.evidence)
    return bool(told) and any(
        n == opposite and i > told[0] and any(sent.norms[j] in _AFTER for j in range(max(0, i - 2), i))
        for i, n in enumerate(sent.norms))


_AFTER = frozenset({"بعد", "وبعد"})


def step_beside(set_aside: Sequence[Sentence], around: Callable[[Sentence], list[Sentence]], steps: frozenset[int],
                needed: Sequence[tuple[str, str]]) -> Sentence | None:
    """A sentence beside one set aside for telling another step (same article) that tells a step asked, holds a date and
    every word of ``needed`` (the question's words but its names and its event word, which the article may hold: "متى
    ألقي القبض على المحاسب في شركة المقاولات بالجيزة؟" and "وكانت المباحث قد ألقت القبض على المحاسب في 9 يناير 2025"
    next to the verdict's sentence naming the company and the town; round 39). A neighbour missing a word of the man
    asked ("أمين الخزينة") tells of another man, and answers nothing."""
    for s in set_aside:
        for n in around(s):
            if n.cand.article_id != s.cand.article_id or not n.dates:
                continue
            if not {i for w in n.norms for i in _step_of(w)} & steps:
                continue
            bares = {bare(w) for w in n.norms}
            if all(stem in n.stems or bare(norm) in bares for norm, stem in needed):
                return n
    return None


def words_beside(focus: Sequence[tuple[str, str]], constraints: Sequence[Constraint], sent: Sentence,
                 analyzer: Analyzer) -> list[tuple[str, str]]:
    """The question's words a sentence beside ``sent`` must hold itself (:func:`step_beside`): all but its event word
    and what the article tells for every sentence: a place's name ("بالجيزة"), a word of its title ("شركة مقاولات")."""
    title = {bare(t.norm) for t in analyzer.tokens(sent.cand.title or "") if t.norm}
    shared = {w for c in constraints for w, _ in c.words if c.kind == "event" or c.kind == "name" and _place(w)}
    return [(n, st) for n, st in focus if st and n not in shared and bare(n) not in title]


def _place(norm: str) -> bool:
    return bool({norm, bare(norm), "ال" + bare(norm)} & PLACES)


VERDICT = 1  # the verdict's index in lexicon.COURT_STEPS


def tells_verdict(sent: Sentence) -> bool:
    """The sentence tells a verdict ("قضت"، "بحبس"، "وتغريمه"): its terms and fines are of the defendants it names, each
    in his clause (qa.related, round 42)."""
    return any(VERDICT in _step_of(n) for n in sent.norms)


def term_of_the_named(sent: Sentence, info: QuestionInfo, mentions: Sequence[tuple[int, int]],
                      names: Sequence[tuple[tuple[str, str], ...]]) -> tuple[bool, ShortAnswer | None]:
    """A verdict's term asked of one defendant (``names``: each a name's (folded word, stem) words, the question's name or
    the job or office it names him by), read in the clauses naming him only (round 43): (True, the dual of the counted
    noun there, "بسجن المحاسب في الشركة سنتين") when those clauses hold none of the sentence's numbers (``mentions``,
    char offsets); (True, None) when they hold neither ("بالسجن المؤبد على العقيد …، وبالسجن 20 عاماً على الرائد …": a life
    term, no years, and the other officers' counts are theirs; held out 29 gave the colonel their ten years, 0.95); (False,
    None) when one naming him holds a number (qa.how_many reads it). A verdict naming him nowhere tells others' terms:
    (True, None)."""
    bounds = sent.clause_bounds

    def holds(c: int, name: tuple[tuple[str, str], ...]) -> bool:
        a, b = bounds[c], bounds[c + 1]
        return all(any(bare(n) == bare(w) or (st and sent.stems[k] == st) for k, n in enumerate(sent.norms[a:b], a))
                   for w, st in name)

    held = {c for c in range(len(bounds) - 1) if any(holds(c, name) for name in names)}
    if not held:
        # a verdict naming him nowhere gives others' terms ("… وبالسجن سبع سنوات على أربعة جنود" for "كم سنة سجن المحاسب؟"),
        # unless it tells each term by a pronoun ("وقضت المحكمة … بسجنه سبع سنوات"): it is of the one named before, in the
        # title or the sentence before (round 44: round 43's rule left "كم سنة سجن سالم الخطيب؟" with no number)
        return not _by_pronoun(sent, mentions), None
    if any(sent.clause_at(sent.token_at(s)) in held for s, _ in mentions):
        return False, None
    duals = _dual_forms(info)
    at = [k for k in range(len(sent.norms)) if sent.clause_at(k) in held
          and (sent.norms[k] in duals or without_conjunction(sent.norms[k]) in duals)]
    return True, ShortAnswer(sent.spans[at[0]][0], sent.spans[at[0]][1], "counted") if len(at) == 1 else None


_ON = normalize("على")


def _pronoun_verdict(norm: str) -> bool:
    """A verdict's word with a pronoun glued to its end ("بسجنه"، "وتغريمها"): not a verdict word as written."""
    word = bare(norm)
    return VERDICT not in _step_of_plain(word) and any(
        word.endswith(p) and VERDICT in _step_of_plain(word[:-len(p)]) for p in _PRONOUNS if len(word) - len(p) >= 3)


def _step_of_plain(word: str) -> set[int]:
    return {i for i, group in enumerate(_steps()) if word in group}


def _by_pronoun(sent: Sentence, mentions: Sequence[tuple[int, int]]) -> bool:
    """Every count of the sentence stands in a clause that tells its verdict by a pronoun ("بسجنه سبع سنوات") and names no
    one after "على" (another's term: "وبالسجن 20 عاماً على الرائد …")."""
    def by_pronoun(c: int) -> bool:
        a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
        return any(_pronoun_verdict(n) for n in sent.norms[a:b]) \
            and not any(without_conjunction(n) == _ON for n in sent.norms[a:b])

    return bool(mentions) and all(by_pronoun(sent.clause_at(sent.token_at(s))) for s, _ in mentions)
