"""A count asked of one unit of an institution, and a sentence counting the institution as a whole (round 41).

"كم طالباً يدرس في كلية الصيدلة بجامعة النهرين الأهلية؟" was answered "نحو 6800 طالب" from "ويدرس في الجامعة حالياً نحو
6800 طالب" (held out 27, 0.90): the article names the college of pharmacy in another sentence, so every word of the
question was met, but the count is the university's. A how-many question naming a unit (lexicon.UNIT_HEADS: كلية، قسم،
فرع) of an institution written right after it with its head glued to ب / ل or after "في" (lexicon.UNIT_WHOLES:
"بجامعة"، "لشركة") asks the unit's count: a sentence naming the institution by its head with ال ("الجامعة") and no word of
the unit (neither its head nor its name) counts the whole, and answers nothing.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer, normalize
from .evidence import Sentence
from .match import bare
from .question import QuestionInfo

_UNITS = frozenset(bare(normalize(w)) for w in lexicon.UNIT_HEADS)
_WHOLES = frozenset(bare(normalize(w)) for w in lexicon.UNIT_WHOLES)
_IN = normalize("في")
_GLUED = ("ب", "ل")


def _whole_head(norm: str) -> str:
    """The institution's head a question word writes glued to ب / ل ("بجامعه" → "جامعه"), else ""."""
    for g in _GLUED:
        if norm.startswith(g) and norm[len(g):] in _WHOLES:
            return norm[len(g):]
    return ""


def asked_unit(question: str, info: QuestionInfo, analyzer: Analyzer) -> tuple[str, str, str] | None:
    """(the unit's head, the unit's name, the institution's head), folded with no clitics, of a how-many question asking a
    count in a unit of an institution ("في كلية الصيدلة بجامعة …" → كليه، صيدله، جامعه), else None."""
    if info.answer_type != "number":
        return None
    toks = [t for t in analyzer.tokens(question) if t.norm]
    for k in range(len(toks) - 2):
        if bare(toks[k].norm) not in _UNITS or toks[k + 1].stop or not toks[k + 1].stem:
            continue
        for j in range(k + 2, min(k + 4, len(toks))):
            whole = _whole_head(toks[j].norm) or (bare(toks[j].norm) in _WHOLES and toks[j - 1].norm == _IN
                                                  and bare(toks[j].norm)) or ""
            if whole:
                return bare(toks[k].norm), bare(toks[k + 1].norm), whole
    return None


def whole_counted(sent: Sentence, unit: tuple[str, str, str] | None) -> bool:
    """The sentence names the institution by its head with ال ("في الجامعة") and writes no word of the unit asked."""
    if unit is None:
        return False
    head, name, whole = unit
    bares = [bare(n) for n in sent.norms]
    if any(b in (head, name) for b in bares):
        return False
    return any(n.endswith(("ال" + whole, "لل" + whole)) for n in sent.norms)
