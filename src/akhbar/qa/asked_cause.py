"""The cause a question gives its event ("كم رحلة ألغيت في المطار بسبب العاصفة؟"), held by the answering article.

A question that names why its event happened asks about that event only: "ألغيت 86 رحلة … بسبب إضراب نفذه المراقبون"
does not answer it, and the lead's round-32 probe got "86 رحلة" at 0.94, the storm being a word of the archive (another
story's) and so no rare word. The noun right after a cause marker (بسبب، جراء، بفعل، نتيجة) is held like a rare word
(:func:`akhbar.qa.rare.rare_unmet`): by the sentence, its title or its article, whose other sentences may tell the
cause. A why question asks for the cause and names none; a question whose words after the marker are function words
only names none either.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer
from .constraints import Constraint
from .match import fold_words
from .question import QuestionInfo

# (lexicon.CAUSE_NOUN_MARKERS, with or without "و"; "من جراء" is read at its "جراء")
_MARKERS = fold_words({p + w for w in lexicon.CAUSE_NOUN_MARKERS for p in ("", "و")})


def asked_cause(question: str, info: QuestionInfo, analyzer: Analyzer) -> list[Constraint]:
    """The noun after the question's cause marker, as a constraint of kind "cause" ([] for a why question, or none)."""
    if info.qtype == "why":
        return []
    toks = analyzer.tokens(question)
    for i, t in enumerate(toks[:-1]):
        if t.norm in _MARKERS:
            head = next((x for x in toks[i + 1:i + 3] if not x.stop and x.stem), None)
            return [] if head is None else [Constraint("cause", question[head.start:head.end], words=((head.norm, head.stem),))]
    return []
