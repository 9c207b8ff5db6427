"""The measure a how-many question asks by its verb or noun, and the past period it names (round 45, held out 31 read as dev).

Three controls of held out 31 were answered with another number of the right sentence, and two absent facts with a
number of another measure:

- **How long a thing lasts** (:func:`asks_duration`): "كم تستمر حملة التطعيم الفموي …؟" counts no noun; the sentence
  "… حملة تطعيم فموي تستهدف 600 ألف شخص …، وتستمر ستة أيام" gave "600 ألف" (0.97), a span of time being no count unless
  asked. A question whose verb after كم is one of lasting (lexicon.LASTING_VERBS) asks a span of time, and only one.
- **A sum raised or paid** (:func:`asks_sum`, :func:`sum_untold`): "كم جمعت شركة المرسى من طرحها العام الأولي؟" was
  answered "4.3" (the offer's cover, "غطي 4.3 مرات") from the offer's sentence, not "وجمعت الشركة من الطرح 86 مليون
  دينار". A question whose verb after كم raises, pays, spends, earns or loses (lexicon.SUM_VERBS) asks money: a sentence
  telling no amount in a currency, or only a price per unit ("بسعر 1.4 دينار للسهم"), tells no sum.
- **A price** (:func:`asks_price`): "كم كان سعر كيلوغرام زيت الزيتون …؟" was answered "نحو 3200 طن" (0.97), "بكم أغلق سهم
  المرسى …؟" "4.3". A price ("سعر", not of a rate: "سعر الفائدة") is no weight, length, area or volume and no multiple
  ("مرات").
- **The past period the question names** (:func:`asked_past_period`, :func:`period_untold`, :func:`of_the_asked_period`):
  "كم كان منسوب المياه في هور الحويزة في الصيف الماضي؟" was answered "1.1 متر" (0.97) from "هبط إلى 1.1 متر، …، بعد أن
  كان 2.4 متر في الصيف الماضي": of a sentence's counts, the one the period's words follow in its clause is that period's.
  And a sentence writing no past period (no "الماضي"، "السابق"…, no earlier year) tells the present value, no answer to
  "… في الموسم السابق؟".
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import normalize, without_conjunction
from ..numbers import find_numbers
from .cost import money_amount
from .evidence import Sentence, ShortAnswer
from .match import bare, fold_words
from .question import QuestionInfo

_LASTING = fold_words(set(lexicon.LASTING_VERBS))
_SUMS = fold_words(set(lexicon.SUM_VERBS))
_PRICE = fold_words(set(lexicon.PRICE_WORDS))
_RATES = fold_words(set(lexicon.PRICE_OF_A_RATE))
_PERIODS = frozenset(bare(w) for w in fold_words(set(lexicon.PERIOD_NOUNS)))
_PAST = fold_words(set(lexicon.PAST_PERIOD_WORDS))
_TIMES = fold_words(set(lexicon.TIMES_NOUNS))
_NOT_PRICES = frozenset(normalize(w) for dim, words in lexicon.MEASURE_DIMENSIONS.items() if dim != "money" for w in words)
_PER = ("لل", "لكل")  # "بسعر 1.4 دينار للسهم"، "لكل سهم": a price per unit
PERIOD_REACH = 5  # tokens from a count's number to the period's words after it ("2.4 متر في الصيف الماضي"), at most


def _verb_after_how_many(info: QuestionInfo) -> str:
    """The folded word كم counts when it is no noun (a verb: "كم تستمر"، "كم جمعت"), else ""."""
    return without_conjunction(info.counted) if info.answer_type == "number" and info.counted and not info.counted_is_noun else ""


def asks_duration(info: QuestionInfo) -> bool:
    """A how-many question of how long a thing lasts: its verb after كم is one of lasting ("كم تستمر …؟")."""
    return _verb_after_how_many(info) in _LASTING


def asks_sum(info: QuestionInfo) -> bool:
    """A how-many question of a sum raised, paid, spent, earned or lost: its verb after كم is one of them ("كم جمعت …؟")."""
    return _verb_after_how_many(info) in _SUMS


def asks_price(question_norms: list[str], info: QuestionInfo) -> bool:
    """A how-many question writing a price ("سعر"، "بسعر") that is not a rate's ("سعر الفائدة"، "سعر الصرف")."""
    if info.answer_type != "number":
        return False
    at = [k for k, n in enumerate(question_norms) if n in _PRICE or without_conjunction(n) in _PRICE]
    return bool(at) and not any(k + 1 < len(question_norms) and question_norms[k + 1] in _RATES for k in at)


def _per_unit(sent: Sentence, short: ShortAnswer) -> bool:
    """The amount is a price per unit ("1.4 دينار للسهم"): a word of لل or لكل within the two words after its currency."""
    k = sent.token_at(max(short.end - 1, short.start))
    return any(n.startswith(_PER) and len(n) > 3 for n in sent.norms[k + 1:k + 4])


def sum_mentions(sent: Sentence, mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of ``mentions``, the amounts of money that are no price per unit."""
    out = []
    for s, e in mentions:
        short = ShortAnswer(s, e, "plain")
        if money_amount(sent, short) and not _per_unit(sent, short):
            out.append((s, e))
    return out


def sum_untold(sent: Sentence, info: QuestionInfo) -> bool:
    """A sum asked (:func:`asks_sum`) and the sentence tells no amount of money but prices per unit, or none."""
    return asks_sum(info) and not sum_mentions(sent, [(m.start, m.end) for m in find_numbers(sent.text)])


def no_price(sent: Sentence, end: int) -> bool:
    """The number ending at ``end`` is no price: a unit of another measure than money follows it ("طن"، "متر"), or a
    multiple ("مرات"). (A share may be a price's move: "بكم هبطت أسعار زيت الزيتون؟", "بنسبة 9 في المئة".)"""
    k = next((x for x, (a, _) in enumerate(sent.spans) if a >= end), len(sent.spans))
    after = bare(sent.norms[k]) if k < len(sent.norms) else ""
    after = after[:-1] if after.endswith("ا") and len(after) > 3 else after  # "أطنانا"
    return k < len(sent.norms) and (sent.norms[k] in _TIMES or sent.norms[k] in _NOT_PRICES
                                    or after in {bare(w) for w in _NOT_PRICES})


def asked_past_period(question_norms: list[str]) -> bool:
    """The question names a past period: a period's noun and a word telling it past right after it ("في الموسم السابق")."""
    return any(bare(a) in _PERIODS and b in _PAST for a, b in zip(question_norms, question_norms[1:]))


def period_untold(sent: Sentence, past_period: bool) -> bool:
    """A past period asked (``past_period``, :func:`asked_past_period`) and the sentence writes no word telling a period
    past nor a year before its article's: it tells the value now."""
    if not past_period:
        return False
    if any(n in _PAST or without_conjunction(n) in _PAST for n in sent.norms):
        return False
    published = sent.cand.published or ""
    year = int(published[:4]) if published[:4].isdigit() else 0
    return not any(len(n) == 4 and n.isdigit() and n[:2] in ("19", "20") and (not year or int(n) < year) for n in sent.norms)


def of_the_asked_period(sent: Sentence, past_period: bool, pool: list[tuple[int, int]],
                        mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the counts ``pool`` and the sentence's other ``mentions`` of the same unit, the ones the words of a past period
    follow within :data:`PERIOD_REACH` tokens, in their clause ("تراجع إلى 9 ملايين متر مكعب، بعد أن كان 14 مليون متر
    مكعب في الشتاء الماضي"), when the question asks a past period and some count of ``pool`` is not followed so;
    ``pool`` unchanged otherwise."""
    if not past_period or not pool:
        return pool

    def unit(m: tuple[int, int]) -> str:
        k = next((x for x, (a, _) in enumerate(sent.spans) if a >= m[1]), len(sent.spans))
        return bare(sent.norms[k]) if k < len(sent.norms) else ""

    def followed(m: tuple[int, int]) -> bool:
        j = sent.token_at(m[1] - 1)
        for k in range(j + 1, min(j + 1 + PERIOD_REACH, len(sent.norms))):
            if sent.breaks_before(k):
                return False
            if sent.norms[k] in _PAST and bare(sent.norms[k - 1]) in _PERIODS:
                return True
        return False

    units = {unit(m) for m in pool}
    told = [m for m in [*pool, *(m for m in mentions if m not in pool and unit(m) in units)] if followed(m)]
    return told if told and not all(followed(m) for m in pool) else pool
