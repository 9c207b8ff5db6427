"""A cost is money: "كم كلف مشروع الحافلات الكهربائية؟" is answered by an amount in a currency, not by a count.

The how-many cascade reads a cost question as any count, and a sentence on the project that counts its buses ("…
أول خط للحافلات الكهربائية في المدينة، بعشر حافلات …") gave "بعشر" for "كم كلف …؟" (held out 18, 0.86). A cost question
(lexicon.COST_WORDS: "كم كلف"، "كلفة"، "تكلفة") is answered only by a number with a currency (lexicon.MONEY_WORDS) in it
or right after it ("4 ملايين دينار"); a sentence giving none tells no cost.

Round 41: a fine asked ("كم ديناراً غرمت المحكمة الموظفة؟") is told only by a sentence with a word of a fine
(lexicon.FINE_STARTS): "وإلزامها برد 380 ألف دينار اختلستها" tells a sum to return (held out 27, 0.83).
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import normalize
from ..numbers import find_numbers
from .evidence import Sentence, ShortAnswer
from .match import bare, fold_words
from .question import QuestionInfo

_COST = fold_words(set(lexicon.COST_WORDS))
_MONEY = tuple(normalize(w) for w in (*lexicon.MONEY_WORDS, *lexicon.COIN_WORDS))
_FINES = tuple(normalize(w) for w in lexicon.FINE_STARTS)
_AFTER = 2  # words after the short answer its currency may stand in ("4 ملايين من الدنانير")


def asks_cost(info: QuestionInfo) -> bool:
    """A how-many question of a cost: a cost word among its words ("كم كلف …"، "كم بلغت كلفة …")."""
    return info.answer_type == "number" and any(w in _COST or bare(w) in _COST for w in info.words)


def _money(norm: str) -> bool:
    b = bare(norm)
    return any(x == u or (len(u) >= 4 and x.startswith(u)) for u in _MONEY for x in (norm, b))


def money_word(norm: str) -> bool:
    """A folded word names a currency or a coin ("دينار"، "فلساً"), clitics and all."""
    return _money(norm)


def money_amount(sent: Sentence, short: ShortAnswer) -> bool:
    """The short answer, or the words right after it, name a currency ("2.5 مليون دينار"، "80 مليون دولار")."""
    last = sent.token_at(max(short.end - 1, short.start))
    first = sent.token_at(short.start)
    return any(_money(n) for n in sent.norms[first:last + 1 + _AFTER])


def money_starts(sent: Sentence) -> list[int]:
    """Where each amount of money the sentence tells starts (:func:`money_amount`)."""
    return [m.start for m in find_numbers(sent.text) if money_amount(sent, ShortAnswer(m.start, m.end, "plain"))]


def _fine(norm: str) -> bool:
    return any(x.startswith(f) for f in _FINES for x in (norm, bare(norm)))


def fine_untold(sent: Sentence, info: QuestionInfo) -> bool:
    """A how-many question asks a fine ("كم ديناراً غرمت …؟"، "كم بلغت الغرامة …؟") and the sentence writes no word of one."""
    return info.answer_type == "number" and any(_fine(w) for w in info.words) and not any(_fine(n) for n in sent.norms)
