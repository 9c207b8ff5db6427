"""The step of a court affair a question asks the day or place of, and a sentence that tells another step only (round 38).

News of a case tells several days: the arrest ("ألقت الشرطة القبض على …"), the verdict ("قضت المحكمة بسجن …"), the
release ("أفرجت السلطات عن …"). A when-question on one of them ("متى اعتقل مدير الوكالة؟") is not answered by the
day of another, though the sentence names the man, his case and its court: "قضت المحكمة يوم 2 يونيو بسجن مدير وكالة"
dates the verdict, and was shown for the arrest (held out 23, 0.98). :func:`asked_steps` reads the steps the question
names (lexicon.COURT_STEPS), :func:`another_step` whether a sentence tells some step of the affair and none of those.
"""

from __future__ import annotations

from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize
from ..models import Claim
from .evidence import Sentence
from .match import bare, forms

_PRONOUNS = ("ته", "تهم", "ها", "هم", "ه")


@lru_cache(maxsize=1)
def _steps() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(bare(normalize(w)) for w in group) | frozenset(normalize(w) for w in group)
                 for group in lexicon.COURT_STEPS)


def _step_of(norm: str) -> set[int]:
    """The steps (their index in lexicon.COURT_STEPS) a folded word tells: as written, without its clitics, without a
    pronoun glued to its end ("اعتقلته"، "بسجنه")."""
    found: set[int] = set()
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
