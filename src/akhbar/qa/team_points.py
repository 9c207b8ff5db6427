"""A team's league points asked of a sentence whose tally is the other side's ("كم نقطة يملك الرجاء؟" against "تغلب
الوداد على ضيفه الرجاء …، ورفع رصيده إلى 52 نقطة").

A match report tells the tally of the side it names first, the one doing the verb ("ورفع رصيده"، "ليتجمد رصيده": his
tally), and names the other side right after "على" / "أمام" / "مع" or "ضيفه" (lexicon.OTHER_SIDE_BEFORE). Every word of
the question is in the sentence, so the winner's 52 points were shown for the loser (held out 21, 0.93; round 34's
Next). A sentence telling such a tally answers a team's points only when it names that team other than as the other
side: named only there, or not at all beside a match of two others, the tally is another team's.

Round 41: so are the times a side won a title ("كم مرة أحرز نادي الحكمة اللقب؟" and "توج نادي كاظمة باللقب بعد فوزه على
نادي الحكمة …، ليحرز اللقب للمرة الثانية": the second time is the winner's; held out 26, 0.95). A how-many question counting
times (lexicon.TIMES_NOUNS) is not answered by a sentence counting times that names its team only as the other side.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer
from .constraint_check import name_match
from .evidence import Sentence
from .match import bare, fold_words
from .question import QuestionInfo

_POINTS = frozenset(bare(w) for w in fold_words(set(lexicon.POINT_NOUNS)))
_TIMES = frozenset(bare(w) for w in fold_words(set(lexicon.TIMES_NOUNS)))
_OWN_TALLY = fold_words(set(lexicon.OWN_TALLY))
_OTHER_SIDE = fold_words(set(lexicon.OTHER_SIDE_BEFORE))
_TALLY = fold_words({"رصيد"})
# A team's cue before its name ("فريق الوداد"، "نادي الرجاء").
_TEAM_CUES = frozenset(bare(w) for w in fold_words({"منتخب", "فريق", "نادي"}))


def asked_team(question: str, info: QuestionInfo, analyzer: Analyzer) -> tuple[str, str, bool] | None:
    """(folded word, stem, whether times are counted) of the team whose points or times a how-many question asks: the
    word after "رصيد" ("كم نقطة في رصيد الوداد؟"), else the word after the verb following the counted noun ("كم نقطة
    يملك الرجاء …؟"، "كم مرة أحرز نادي الحكمة …؟"), past a team's cue; None when the question counts neither."""
    if info.answer_type != "number" or bare(info.counted) not in _POINTS | _TIMES:
        return None
    toks = [t for t in analyzer.tokens(question) if t.norm]
    at = next((k + 1 for k, t in enumerate(toks) if bare(t.norm) in _TALLY), None)
    if at is None:
        at = next((k + 2 for k, t in enumerate(toks) if bare(t.norm) in _POINTS | _TIMES), None)
    if at is not None and at < len(toks) and bare(toks[at].norm) in _TEAM_CUES:
        at += 1
    if at is None or at >= len(toks) or toks[at].stop or not toks[at].stem or toks[at].norm.isdigit():
        return None
    return toks[at].norm, toks[at].stem, bare(info.counted) in _TIMES


def points_of_another(sent: Sentence, team: tuple[str, str, bool] | None) -> bool:
    """``sent`` tells a side's own tally of points ("ورفع رصيده إلى 52 نقطة"), or the times asked ("للمرة الثانية"), in a
    match naming the other side after "على" / "أمام" / "مع" / "ضيفه", and names the team asked only as that other side,
    or not at all: the tally or the count is not the team's."""
    if team is None:
        return False
    norms = sent.norms
    if team[2]:
        if not any(bare(n) in _TIMES for n in norms):
            return False
    elif not any(n in _OWN_TALLY for n in norms) or not any(bare(n) in _POINTS for n in norms):
        return False
    other = [k for k in range(1, len(norms)) if norms[k - 1] in _OTHER_SIDE
             or (k > 1 and norms[k - 2] in _OTHER_SIDE and bare(norms[k - 1]) in _TEAM_CUES)]
    if not other:
        return False
    named = [k for k, n in enumerate(norms) if name_match(team[0], team[1], [n], [sent.stems[k]])]
    # (times are read of a team the sentence names, and only as the other side: "كم مرة تجري الانتخابات …؟" asks no team)
    return (bool(named) or not team[2]) and all(k in other for k in named)
