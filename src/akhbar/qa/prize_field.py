"""A prize's field as a constraint: "متى حصل X على جائزة نوبل في الكيمياء؟" is not answered from X's physics prize.

The field (lexicon.PRIZE_FIELDS) is read right after a prize's word (lexicon.PRIZE_FIELD_ANCHORS: "جائزة"، "نوبل"), in
the question and in the evidence, in any of its forms ("للآداب" / "في الأدب"). A sentence that names a prize's field
answers only when it names the field asked ("… بجائزة نوبل في الفيزياء" tells another prize); a sentence that
names none ("وتسلم الجائزة في ديسمبر") leans on its article: the field asked must be named there (title or text)
after a prize's word. Otherwise the archive does not tell that prize and ``ask`` abstains naming it ("لا يذكر الأرشيف
شيئاً عن جائزة نوبل في الكيمياء").

Checked apart from :func:`akhbar.qa.constraints.question_constraints` (like :mod:`akhbar.qa.rare`'s words): the
re-ranker and the confidence models read the count of those constraints, and a field is a new kind they were never
fitted on. The field's word is then no rare word of its own (the field constraint reads its forms, the rare words do
not: "الأدب" asked, "للآداب" written).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize
from .constraints import Constraint
from .evidence import Sentence

# The field follows the prize's word within this many content words ("جائزة نوبل في علم وظائف الأعضاء أو الطب": 4).
FIELD_REACH = 4
_STRIP = ("وبال", "وال", "بال", "لل", "ال", "و", "ب", "ل")


def _plain(norm: str) -> str:
    """A folded word without ال and its clitics ("للآداب" → "اداب", "والسلام" → "سلام")."""
    for p in _STRIP:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p):]
    return norm


_FIELD_OF = {normalize(f): k for k, forms in enumerate(lexicon.PRIZE_FIELDS) for f in forms}
_ANCHORS = frozenset(_plain(normalize(w)) for w in lexicon.PRIZE_FIELD_ANCHORS)


def _field(norm: str) -> int:
    """The field a folded word names (its index in lexicon.PRIZE_FIELDS), or -1."""
    return _FIELD_OF.get(_plain(norm), _FIELD_OF.get(norm, -1))


def _anchor(norm: str) -> bool:
    return _plain(norm) in _ANCHORS or norm in _ANCHORS


def _told(norms: Sequence[str], stems: Sequence[str]) -> set[int]:
    """The fields a text's words (folded, with their stems: "" for a stopword) name after a prize's word."""
    out: set[int] = set()
    for i, n in enumerate(norms):
        if not _anchor(n):
            continue
        seen = 0
        for j in range(i + 1, len(norms)):
            if not stems[j]:
                continue  # "في" of "نوبل في الكيمياء"
            k = _field(norms[j])
            if k >= 0:
                out.add(k)
                break
            seen += 1
            if seen >= FIELD_REACH:
                break
    return out


def asked_field(question: str, analyzer: Analyzer) -> Constraint | None:
    """The prize's field the question names ("بجائزة نوبل في الكيمياء") as a constraint of kind "field" (its text the
    prize and its field as the question writes them, its word the field's), or None."""
    toks = analyzer.tokens(question)
    for i, t in enumerate(toks):
        if not _anchor(t.norm):
            continue
        seen = 0
        for j in range(i + 1, len(toks)):
            if toks[j].stop or not toks[j].stem:
                continue
            if _field(toks[j].norm) >= 0:
                start = toks[i - 1] if i > 0 and _anchor(toks[i - 1].norm) else t  # "جائزة" before "نوبل"
                text = question[start.start:toks[j].end]
                if text[:1] in "وبل" and _anchor(normalize(text.split()[0][1:])):
                    text = text[1:]  # "بجائزة نوبل …" → "جائزة نوبل …"
                return Constraint("field", text, words=((toks[j].norm, toks[j].stem),))
            seen += 1
            if seen >= FIELD_REACH:
                break
    return None


@lru_cache(maxsize=256)
def _text_fields(text: str, analyzer: Analyzer) -> frozenset[int]:
    """The prize fields an article's title or text names (cached: one question's sentences share a few articles)."""
    toks = analyzer.tokens(text or "")
    return frozenset(_told([t.norm for t in toks], [t.stem if not t.stop else "" for t in toks]))


def field_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """``[c]`` when ``sent`` does not tell the prize field asked: it names another field after a prize's word and not
    this one, or names none and neither does its article; else ``[]``."""
    if c is None:
        return []
    want = _field(c.words[0][0])
    own = _told(sent.norms, sent.stems)
    if own:
        return [] if want in own else [c]
    if want in _text_fields(sent.cand.title or "", analyzer) or want in _text_fields(sent.cand.text or "", analyzer):
        return []
    return [c]
