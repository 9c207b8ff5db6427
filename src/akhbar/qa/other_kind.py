"""A word of one kind the question names that a sentence writes another of (round 42, held out 28).

Two near neighbours were answered with every word of the question met somewhere in the article:

- the competition: "كم مرة فاز مولودية وهران بالدوري الجزائري؟" was answered "أربع مرات" (0.83) from "وكان مولودية وهران
  قد أحرز الكأس أربع مرات من قبل": the cup's titles are no league titles (lexicon.COMPETITION_KINDS);
- the deed of a count of goods: "كم طناً من الإسمنت صدرت شركة الأطلس؟" was answered "4.6 مليون طن" (0.83) from "وباعت الشركة
  4.6 مليون طن من الإسمنت": sold is not exported, nor produced nor imported (lexicon.TRADE_DEEDS; a how-many question only).

Round 43 (held out 29): a prize and a contest's prizes (lexicon.PRIZE_NUMBERS, how-many questions): "كم بلغت جائزة بطل
البطولة العربية …؟" was answered "40 ألف دولار" (0.74) from "وبلغت جوائزها 40 ألف دولار", the purse of every prize.

A sentence writing a word of another kind of the same list and none of the kind asked tells that other one; a sentence
writing neither, or both ("كأس الدوري"), is left to the other checks.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer, normalize
from .constraints import Constraint
from .evidence import Sentence
from .match import bare
from .question import QuestionInfo


def _groups(lists: tuple[tuple[str, ...], ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(bare(normalize(w)) for w in group) | frozenset(normalize(w) for w in group) for group in lists)


_COMPETITIONS = _groups(lexicon.COMPETITION_KINDS)
_TRADES = _groups(lexicon.TRADE_DEEDS)
_PRIZES = _groups(lexicon.PRIZE_NUMBERS)
_HOW_MANY = normalize("كم")
_LISTS = {"competition": _COMPETITIONS, "trade": _TRADES, "prize": _PRIZES}


def _kinds(norms: list[str], groups: tuple[frozenset[str], ...]) -> set[int]:
    """The kinds of ``groups`` the folded words write (as written or bare of ال and clitics)."""
    return {k for n in norms for k, group in enumerate(groups) if n in group or bare(n) in group}


def asked_other_kinds(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[Constraint]:
    """The competition the question names, and the deed of its count of goods (a how-many question), each as a
    constraint of kind "kind" whose words hold the list's name and the kind's index; one kind of a list only."""
    toks = analyzer.tokens(question)
    norms = [t.norm for t in toks]
    out = []
    lists = [("competition", _COMPETITIONS)] + ([("trade", _TRADES), ("prize", _PRIZES)] if info.answer_type == "number" else [])
    for name, groups in lists:
        if name == "prize" and any(a == _HOW_MANY and (b in _PRIZES[0] or bare(b) in _PRIZES[0]) for a, b in zip(norms, norms[1:])):
            continue  # "كم جائزة نال …؟" counts prizes: "ثلاث جوائز" answers it
        kinds = _kinds(norms, groups)
        if len(kinds) == 1:
            k = next(iter(kinds))
            text = next(t.text for t in toks if t.norm in groups[k] or bare(t.norm) in groups[k])
            out.append(Constraint("kind", text, words=((name, str(k)),)))
    return out


def other_kind_unmet(asked: list[Constraint], sent: Sentence) -> list[Constraint]:
    """The constraints of ``asked`` whose list ``sent`` writes another kind of and never the one asked."""
    out = []
    for c in asked:
        name, k = c.words[0]
        told = _kinds(sent.norms, _LISTS[name])
        if told and int(k) not in told:
            out.append(c)
    return out
