"""A team's goal asked of a match the archive tells it lost to nil ("من سجل هدف البرتغال في مباراتها أمام المغرب؟").

A sentence on the match ("بفوزه على البرتغال بهدف نظيف") names the team, the match and a goal, so every constraint of
the question is met and its points were shown (0.63, held out 6, rounds 6 to 24). But it says the team scored none: the
team stands right after "على" (the side beaten: "فاز على"، "تغلب على"، "بفوزه على") and a clean sheet follows
(lexicon.CLEAN_SHEET: "بهدف نظيف"، "بهدفين دون رد"). Such a sentence leaves the team's goal unmet: no sentence telling it
lost to nil answers who scored for it or when.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer
from .constraint_check import name_match
from .constraints import Constraint
from .evidence import Sentence
from .match import bare, fold_words

# The goal nouns a question asks a team's goal by ("هدف البرتغال"، "هدفي فرنسا"، "أهداف المغرب").
_GOALS = frozenset(bare(w) for w in fold_words({"هدف", "هدفي", "أهداف", "اهداف", "هدفا"}))
# A team's cue between the goal noun and its name ("هدف منتخب البرتغال").
_TEAM_CUES = frozenset(bare(w) for w in fold_words({"منتخب", "فريق", "نادي"}))
_BEATEN = fold_words({"على", "علي"})
_CLEAN = fold_words({w for w in lexicon.CLEAN_SHEET if " " not in w})
_CLEAN_PAIRS = [tuple(fold_words({p}) for p in w.split()[-2:]) for w in lexicon.CLEAN_SHEET if " " in w]
CLEAN_REACH = 6  # tokens from the team's name to its clean sheet ("على البرتغال بهدف نظيف في الدور …")


def asked_goal(question: str, analyzer: Analyzer) -> Constraint | None:
    """The team whose goal a question asks ("هدف البرتغال" → the constraint on البرتغال), or None."""
    toks = analyzer.tokens(question)
    for i, t in enumerate(toks[:-1]):
        if bare(t.norm) not in _GOALS:
            continue
        j = i + 1
        if bare(toks[j].norm) in _TEAM_CUES and j + 1 < len(toks):
            j += 1
        team = toks[j]
        if team.stop or not team.stem or team.norm.isdigit():
            return None
        return Constraint("name", question[t.start:team.end], words=((team.norm, team.stem),))
    return None


def goal_unmet(c: Constraint | None, sent: Sentence) -> list[Constraint]:
    """[c] when ``sent`` tells the asked team beaten to nil: right after "على" (and a team's cue), a clean sheet within
    CLEAN_REACH."""
    if c is None:
        return []
    norm, stem = c.words[0]
    norms = sent.norms
    for k, n in enumerate(norms):
        if k == 0 or not name_match(norm, stem, [n], [sent.stems[k]]):
            continue
        before = k - 2 if k >= 2 and bare(norms[k - 1]) in _TEAM_CUES else k - 1  # "على نادي السهل"
        if norms[before] not in _BEATEN:
            continue
        after = norms[k + 1:k + 1 + CLEAN_REACH]
        if any(w in _CLEAN for w in after) or any(
                a in first and b in second for first, second in _CLEAN_PAIRS for a, b in zip(after, after[1:])):
            return [c]
    return []
