"""A team of the young is not the senior team: "منتخب الشباب"، "المنتخب الأولمبي"، "منتخب مصر للناشئين" against a
claim of "المنتخب الأول" or of the team named alone. Round 37's held out had "بلغ منتخب الشباب لكرة اليد نهائيات
بطولة العالم" support "بلغ المنتخب الأول لكرة اليد نهائيات بطولة العالم" at 0.92: "الأول" met the sentence's "أول
مرة", and nothing read the team's age.
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Word
from .arabic import normalize, without_conjunction
from .qa.match import bare
from .wordtables import nationality_of

__all__ = ["youth_team"]

_HEADS = frozenset(normalize(w) for w in lexicon.TEAM_HEADS)
_YOUTH = frozenset(normalize(w).removeprefix("ال") for w in lexicon.YOUTH_TEAMS)
_GAME = frozenset(normalize(w) for w in lexicon.TEAM_GAME_WORDS)
_REACH = 4  # words from the team's head to the word that makes it a youth team ("منتخب مصر لكرة القدم للشباب")


def _forms(w: Word) -> set[str]:
    plain = without_conjunction(w.norm)
    return {bare(w.norm), plain, plain.removeprefix("ال"), plain.removeprefix("لل"), plain.removeprefix("لل").removeprefix("ل")}


def _head(w: Word) -> bool:
    return not _forms(w).isdisjoint(_HEADS)


def _youth(w: Word) -> bool:
    return not _forms(w).isdisjoint(_YOUTH)


def youth_team(a: Alignment) -> tuple[str, str] | None:
    """(the claim's team, the sentence's youth word) when a claim's team head ("المنتخب", "فريق") is linked to the
    sentence's, which writes a youth word (lexicon.YOUTH_TEAMS) after it within four words of its clause, only names,
    nationalities and the game's words between (lexicon.TEAM_GAME_WORDS), and no word of the claim is such a word:
    the claim tells of the senior team ("المنتخب الأول") or of the team alone. Else None."""
    words, ev = a.claim.words, a.evidence.words
    if any(_youth(w) for w in words):
        return None
    for i, link in a.links.items():
        if not _head(words[i]) or not _head(ev[link.evidence]):
            continue
        head = ev[link.evidence]
        for e in ev[link.evidence + 1:]:
            if e.clause != head.clause or not 0 < e.pos - head.pos <= _REACH:
                break
            if _youth(e):
                return words[i].text, e.text
            if not (e.name or nationality_of(e.norm) is not None or not _forms(e).isdisjoint(_GAME)):
                break  # (another word ends the team's name: "ببطولة العالم للناشئين" is the championship's)
    return None
