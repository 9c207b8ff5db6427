"""A part taken of a count by a partitive, for the how-many answers of :mod:`akhbar.qa.how_many`.

News tells a whole and then a part of it in one sentence: "ثمان منتخبات استطاعت الفوز بلقب …، 3 منهم في منطقة غرب
القارة"، "تقدم 21 ألف طالب …، حصل 640 منهم على معدل …". Both numbers count the same noun, so both answer a question
counting it; the part answers only a question whose verb its own clause tells.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import without_conjunction
from .evidence import Sentence
from .match import fold_words
from .roles import event_positions

# The partitive after a part's number ("حصل 640 منهم") or before it ("منهم 11 في ولاية كسلا"، "من بينهم 8").
_OF_THEM = fold_words(set(lexicon.PARTITIVES))


def _words_after(sent: Sentence, end: int, n: int) -> list[str]:
    return [norm for (s, _), norm in zip(sent.spans, sent.norms) if s >= end][:n]


def is_part(sent: Sentence, m: tuple[int, int]) -> bool:
    """The number at chars ``m`` takes a part of a count told before it, by a partitive right before it ("منهم 11"), right
    after it ("حصل 640 منهم") or after its counted noun ("ذهب 1.6 مليون طن منها إلى …")."""
    j = sent.token_at(m[0])
    ahead = sent.norms[j - 1] if j > 0 and sent.spans[j - 1][1] <= m[0] else ""
    after = _words_after(sent, m[1], 3)
    # (not a partitive opening the next part: "أصيب 50 شخصاً منهم 20 طفلاً" takes the 20 of the 50)
    return without_conjunction(ahead) in _OF_THEM or any(
        without_conjunction(w) in _OF_THEM and not (k + 1 < len(after) and after[k + 1][:1].isdigit())
        for k, w in enumerate(after[:2]))


def whole_over_part(sent: Sentence, verb: tuple[str, str] | None, counting: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of counts of the asked noun (``counting``, char offsets), a part taken of another by a partitive is left out while
    its whole counts too, unless the part's clause tells the question's ``verb`` ((folded word, stem)) and the whole's
    does not: "كم عدد المنتخبات التي فازت بلقب …؟" against "ثمان منتخبات استطاعت الفوز بلقب …، 3 منهم في منطقة غرب
    القارة" is the eight (round 37: the pool's hidden short answer was the part's 3), while "كم طالباً حصل على معدل …؟"
    against "تقدم 21 ألف طالب …، حصل 640 منهم على معدل …" is the 640."""
    if len(counting) < 2:
        return counting
    clause = sent.clause_at
    told = {clause(p) for p in event_positions(sent, *verb)} if verb is not None else set()
    kept = []
    for m in counting:
        wholes = [x for x in counting if x[1] <= m[0]]
        if wholes and is_part(sent, m) and not (clause(sent.token_at(m[0])) in told
                                                 and clause(sent.token_at(wholes[-1][0])) not in told):
            continue
        kept.append(m)
    return kept or counting
