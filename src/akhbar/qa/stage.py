"""A cup's stage held like an ordinal: "من سجل هدف X في المباراة النهائية؟" is not answered by the semi-final.

A question naming a stage (the final, the semi-final, the quarter-final: lexicon.FINAL_STAGE, STAGE_FRACTIONS) is
answered only by a sentence that tells that stage, or tells none and leaves it to its article. A sentence that tells
another stage only ("فاز X على Y في نصف نهائي الكأس، وسجل الهدفين Z") tells another match (round 26: held out 12's
scorer of a final not yet played got the semi-final's sentence).

A stage is read where it names a match: after a fraction ("نصف النهائي"), after a match's noun ("المباراة النهائية"،
"الدور النهائي"), after "في" or with a preposition glued ("بالنهائي"), or as the construct "نهائي كأس …". A round
reached ("تأهل إلى النهائي"، "بلوغ النهائي": lexicon.STAGE_REACHED) is no match told.

A stage still ahead on the day of writing — its clause's verb a match's or venue's present or future ("ويلتقي X في
المباراة النهائية …"، "ستقام": lexicon.MATCH_AHEAD_VERBS), or a time ahead in it ("الشهر المقبل") — answers no
past question ("من سجل …"، "أين أقيمت …"): the match has not been played. A question in the present or future
("متى يلتقي …"، "أين ستقام …") is answered by it.

A cup won ("من فاز بكأس الدوري؟"، "من توج باللقب؟") is won in its final: the question asks the final though it names no
stage (kind "cup"), so "فاز X على Y في نصف نهائي كأس الدوري" does not answer it, nor does a final still ahead. Held by
the sentence only: an article on a cup's final may name no final and recall the semi-final.

Checked apart from :func:`akhbar.qa.constraints.question_constraints`, like the prize's field (qa.prize_field): the
models read the count of those constraints, and a stage is a kind they were never fitted on.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .. import lexicon
from ..arabic import CLAUSE_OR_END, Analyzer, normalize
from ..date_words import FUTURE
from .constraints import Constraint
from .evidence import CLAUSE_BREAK, Sentence
from .match import bare

_FINAL = frozenset(normalize(w) for w in lexicon.FINAL_STAGE)
# "النهائية" is the final only after a match's noun ("المباراة النهائية"; not "النتائج النهائية")
_FINAL_ADJ = frozenset(normalize(w) for w in ("النهائية", "نهائية"))
_FRACTIONS = {normalize(w): k for w, k in lexicon.STAGE_FRACTIONS.items()}
_NOUNS = frozenset(normalize(w) for w in lexicon.STAGE_NOUNS)
_REACHED = frozenset(normalize(w) for w in lexicon.STAGE_REACHED)
_AHEAD = frozenset(normalize(w) for w in lexicon.MATCH_AHEAD_VERBS)
_LATER = frozenset(FUTURE)
_IN = frozenset({"في", "وفي"})
_WIN = frozenset(normalize(w) for w in lexicon.WIN_WORDS)
_CUPS = frozenset(normalize(w) for w in ("كأس", "لقب", "بطولة"))
# A stage's text in the message ("لا يذكر الأرشيف شيئاً عن …")
FINAL = 1
AHEAD_REACH = 8  # tokens back from a stage to the verb that tells it ahead, within its clause


def _final_word(norm: str) -> tuple[str, bool]:
    """(the final's word without a glued preposition, whether one was glued): "بالنهائي" → ("النهائي", True)."""
    if norm in _FINAL:
        return norm, False
    for p, core in (("لل", "ال"), ("بال", "ال"), ("وال", "ال"), ("فال", "ال"), ("وبال", "ال"), ("ب", ""), ("و", "")):
        if norm.startswith(p) and core + norm[len(p):] in _FINAL:
            return core + norm[len(p):], p not in ("وال", "فال", "و")
    return "", False


def _word_in(norm: str, words: frozenset[str]) -> bool:
    return norm in words or bare(norm) in words or (norm[:1] in "وف" and norm[1:] in words)


def read_stages(norms: Sequence[str]) -> list[tuple[int, int, int, bool]]:
    """(stage, first token, last token, reached) of each stage the words name: 1 the final, 2 the semi-final, 4 the
    quarter-final, 8 the round of sixteen; ``reached`` when it is a round qualified for ("تأهل إلى النهائي")."""
    out = []
    for i, n in enumerate(norms):
        core, glued = _final_word(n)
        if not core:
            continue
        prev = norms[i - 1] if i else ""
        frac = _FRACTIONS.get(prev) or _FRACTIONS.get(bare(prev)) or (_FRACTIONS.get(prev[1:]) if prev[:1] in "وفب" else None)
        if frac:
            stage, start = frac, i - 1
        elif _word_in(prev, _NOUNS):
            stage, start = FINAL, i - 1
        elif core in _FINAL_ADJ:
            continue
        elif glued or prev in _IN or (not core.startswith("ال") and i + 1 < len(norms)):
            stage, start = FINAL, i
        else:
            continue
        before = norms[start - 1] if start else ""
        reached = _word_in(before, _REACHED) or (start == i and n.startswith("لل"))
        out.append((stage, start, i, reached))
    return out


def _ahead(norms: Sequence[str], start: int, end: int, breaks: Sequence[bool]) -> bool:
    """The stage at ``start``..``end`` is told ahead: a match's verb in the present or future before it in its clause
    ("ويلتقي … في المباراة النهائية"، "ستقام"), or a time ahead in its clause ("الشهر المقبل")."""
    for k in range(start - 1, max(-1, start - 1 - AHEAD_REACH), -1):
        w = norms[k][1:] if norms[k][:1] in "وف" else norms[k]
        if w in _AHEAD or (w[:1] == "س" and w[1:] in _AHEAD):
            return True
        if breaks[k + 1]:
            break
    for k in range(end + 1, len(norms)):
        if breaks[k]:
            break
        if norms[k] in _LATER:
            return True
    return False


def dated_ahead(sent: Sentence, k: int) -> bool:
    """The date at token ``k`` of the sentence is a match's still ahead: a match's verb in the present or future before
    it in its clause ("ويلتقي الرمال في المباراة النهائية نادي الوادي يوم 24 مايو"). A year-less day so told lies after
    the day of writing, not in the year before (the dates read a year-less day as past)."""
    norms = sent.norms
    breaks = [bool(j) and bool(CLAUSE_BREAK.search(sent.text[sent.spans[j - 1][1]:sent.spans[j][0]]))
              for j in range(len(norms))]
    for j in range(k - 1, -1, -1):
        w = norms[j][1:] if norms[j][:1] in "وف" else norms[j]
        if w in _AHEAD or (w[:1] == "س" and w[1:] in _AHEAD):
            return True
        if breaks[j + 1]:
            break
    return False


def asks_ahead(norms: Sequence[str]) -> bool:
    """The question asks of a match still ahead: a match's verb in the present or future ("متى يلتقي"، "أين ستقام"),
    or a time ahead ("المقبل")."""
    for n in norms:
        w = n[1:] if n[:1] in "وف" else n
        if w in _AHEAD or (w[:1] == "س" and w[1:] in _AHEAD) or n in _LATER:
            return True
    return False


def asked_stage(question: str, analyzer: Analyzer) -> Constraint | None:
    """The stage the question names as a match ("في المباراة النهائية"، "في نصف نهائي الكأس"), a constraint of kind
    "stage" (its ``value`` the stage, ``day`` 1 when the question asks of it ahead), or None."""
    toks = analyzer.tokens(question)
    norms = [t.norm for t in toks]
    for stage, a, b, reached in read_stages(norms):
        if reached:
            return None  # "من تأهل إلى النهائي": the round reached is the question's event
        return Constraint("stage", question[toks[a].start:toks[b].end], value=float(stage),
                          day=1 if asks_ahead(norms) else 0)
    for i, n in enumerate(norms[:-1]):
        if _word_in(n, _WIN) and norms[i + 1][:1] == "ب" and (norms[i + 1][1:] in _CUPS or bare(norms[i + 1]) in _CUPS):
            end = toks[i + 2].end if i + 2 < len(toks) and not toks[i + 2].stop and toks[i + 2].stem else toks[i + 1].end
            return Constraint("cup", question[toks[i + 1].start:end].lstrip("ب"), value=float(FINAL),
                              day=1 if asks_ahead(norms) else 0)
    return None


def _told(norms: Sequence[str], breaks: Sequence[bool]) -> tuple[set[int], set[int]]:
    """(the stages told as played, those told ahead) of the words, rounds reached left out."""
    played: set[int] = set()
    ahead: set[int] = set()
    for stage, a, b, reached in read_stages(norms):
        if not reached:
            (ahead if _ahead(norms, a, b, breaks) else played).add(stage)
    return played, ahead


@lru_cache(maxsize=256)
def _article_told(text: str, analyzer: Analyzer) -> tuple[frozenset[int], frozenset[int]]:
    """:func:`_told` of an article's title or text (cached: one question's sentences share a few articles)."""
    toks = analyzer.tokens(text or "")
    breaks = [bool(j) and bool(CLAUSE_OR_END.search(text[toks[j - 1].end:toks[j].start])) for j in range(len(toks))]
    played, ahead = _told([t.norm for t in toks], breaks)
    return frozenset(played), frozenset(ahead)


def _unmet_by(c: Constraint, played: AbstractSet[int], ahead: AbstractSet[int]) -> bool:
    want = int(c.value or 0)
    if want in played:
        return False
    # another stage played is another match; the stage asked still ahead answers no past question; another stage
    # ahead says nothing of the match told ("ويلتقي الفائز في المباراة النهائية …" after a semi-final's report)
    return bool(played) or (want in ahead and not c.day)


def stage_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """``[c]`` when ``sent`` tells a match of another stage only, or (for a past question) tells the stage asked only
    as still ahead; else ``[]``. A sentence naming no stage leans on its article, read so (title and text together:
    "وسجل X هدف المباراة الوحيد" of an article on a quarter-final answers no question on a final)."""
    if c is None:
        return []
    norms = sent.norms
    breaks = [bool(j) and bool(CLAUSE_BREAK.search(sent.text[sent.spans[j - 1][1]:sent.spans[j][0]]))
              for j in range(len(norms))]
    played, ahead = _told(norms, breaks)
    if not (played or ahead) and c.kind != "cup":
        title, text = _article_told(sent.cand.title or "", analyzer), _article_told(sent.cand.text or "", analyzer)
        return [c] if _unmet_by(c, title[0] | text[0], title[1] | text[1]) else []
    return [c] if _unmet_by(c, played, ahead) else []
