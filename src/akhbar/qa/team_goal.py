"""A team's goal asked of a match the archive tells it lost to nil ("من سجل هدف البرتغال في مباراتها أمام المغرب؟").

A sentence on the match ("بفوزه على البرتغال بهدف نظيف") names the team, the match and a goal, so every constraint of
the question is met and its points were shown (0.63, held out 6, rounds 6 to 24). But it says the team scored none: the
team stands right after "على" (the side beaten: "فاز على"، "تغلب على"، "بفوزه على") and a clean sheet follows
(lexicon.CLEAN_SHEET: "بهدف نظيف"، "بهدفين دون رد"). Such a sentence leaves the team's goal unmet: no sentence telling it
lost to nil answers who scored for it or when.

A minute the question gives the goal ("من سجل هدف الوداد في الدقيقة 88؟") is the asked team's only when its clause is
not another team's goal: "… بينما سجل هدف الرجاء البديل … في الدقيقة 88" tells the other side's scorer (held out 21's
points were shown for it, round 36).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize
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
_MINUTES = frozenset(bare(w) for w in fold_words({"الدقيقة", "دقيقة", "بالدقيقة"}))
_WINNING = fold_words(set(lexicon.WINNING_GOAL))
_TALLIES = frozenset(bare(w) for w in fold_words({"ثنائية", "ثلاثية", "رباعية", "هدفين", "هدفان"}))
_SCORED = ("سجل", "يسجل", "تسجيل", "وسجل")
_WORD = re.compile(r"\w+")
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


def asked_minute(question: str, analyzer: Analyzer) -> str:
    """The minute a question gives ("في الدقيقة 88" → "88"), or ""."""
    toks = analyzer.tokens(question)
    return next((toks[i + 1].norm for i, t in enumerate(toks[:-1])
                 if bare(t.norm) in _MINUTES and toks[i + 1].norm.isdigit()), "")


def _minute_of_another(norm: str, stem: str, minute: str, sent: Sentence) -> bool:
    """The clause of ``sent`` giving the minute asked names another team's goal ("هدف الرجاء"), never the asked team."""
    norms = sent.norms
    for k in range(1, len(norms)):
        if norms[k] != minute or bare(norms[k - 1]) not in _MINUTES:
            continue
        c = sent.clause_at(k)
        a, b = sent.clause_bounds[c], sent.clause_bounds[c + 1]
        if name_match(norm, stem, norms[a:b], sent.stems[a:b]):
            return False
        for i in range(a, b - 1):
            j = i + 2 if bare(norms[i]) in _GOALS and bare(norms[i + 1]) in _TEAM_CUES and i + 2 < b else i + 1
            if bare(norms[i]) in _GOALS and sent.stems[j] and not norms[j].isdigit() and bare(norms[j]) not in _MINUTES:
                return True
    return False


@lru_cache(maxsize=256)
def _beaten_in(text: str, norm: str, stem: str) -> bool:
    """The article ``text`` names the team right after "على" (a team's cue allowed between): the side beaten."""
    words = _WORD.findall(normalize(text))
    return any(name_match(norm, stem, [w], [""]) and k >= 1 and (
        words[k - 1] in _BEATEN or (k >= 2 and bare(words[k - 1]) in _TEAM_CUES and words[k - 2] in _BEATEN))
        for k, w in enumerate(words))


def _scoring(norm: str) -> bool:
    """A word telling a goal: its noun ("هدف"، "بهدفين"، "ثلاثية") or the verb "سجل" ("وسجل"، "يسجل")."""
    word = bare(norm)
    return word in _GOALS or word in _TALLIES or any(word.startswith(v) for v in _SCORED)


def _winners_goal(sent: Sentence, norm: str, stem: str) -> bool:
    """The sentence tells the winning goal ("وسجل المهاجم X هدف الفوز", lexicon.WINNING_GOAL), names no team asked, and its
    article names the team asked as the side beaten ("إثر تغلبه على مولودية وهران 2-1"): the goal is the winner's
    (round 42: held out 28's "من سجل هدف مولودية وهران …؟" was answered with the winner's scorer, 0.93)."""
    norms = sent.norms
    if not any(bare(n) in _GOALS and k + 1 < len(norms) and norms[k + 1] in _WINNING for k, n in enumerate(norms)):
        return False
    if any(name_match(norm, stem, [n], [st]) for n, st in zip(norms, sent.stems)):
        return False
    return _beaten_in(sent.cand.text or "", norm, stem)


def goal_unmet(c: Constraint | None, sent: Sentence, minute: str = "") -> list[Constraint]:
    """[c] when ``sent`` tells the asked team beaten to nil: right after "على" (and a team's cue), a clean sheet within
    CLEAN_REACH; or when the clause of the ``minute`` asked is another team's goal (:func:`_minute_of_another`); or when
    it tells the winning goal of a match its article tells the team lost (:func:`_winners_goal`)."""
    if c is None:
        return []
    norm, stem = c.words[0]
    if minute and _minute_of_another(norm, stem, minute, sent):
        return [c]
    if _winners_goal(sent, norm, stem) or not any(_scoring(n) for n in sent.norms):
        return [c]  # (a sentence telling no goal, "توج X … إثر تغلبه على Y 2-1", names no scorer of Y's: round 42)
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
