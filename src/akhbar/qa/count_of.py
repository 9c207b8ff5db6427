"""What a count is of, and whom a sum is for, as the question writes it after its noun (round 41).

Two near neighbours of held out 27 gave a count of another thing with every word of the question met:

- the kind after "من": "كم صنفاً من الزيتون عرض في مهرجان سيوة؟" was answered "35 صنفاً" from "عرضوا 35 صنفاً من التمور"
  (0.88; olives are named elsewhere in the archive). A how-many question writing "من <kind>" right after its counted noun
  is not answered by a sentence writing that noun with another kind after "من" and the kind asked nowhere;
- the one each share goes to after "كل": "كم يبلغ التعويض … لكل مصاب؟" was answered (0.85) by "بتعويض قدره 50 ألف جنيه يدفع
  لذوي كل ضحية": a sum for each of the dead is no sum for each of the injured. A how-many question writing "كل <one>" is not
  answered by a sentence writing "كل" before others only.

Round 42: the nisba after the counted noun ("كم زائراً أردنياً …؟", "كم سائحاً أجنبياً …؟") is a constraint of its own. "بلغ عدد
زوار المدينة الأثرية 780 ألف زائر …، منهم 590 ألف سائح أجنبي" answered the Jordanians' count with every visitor (held out
28, 0.98): a sentence writing no word of that nisba (the country, "في الأردن", is none) counts no one of it.
"""

from __future__ import annotations

from typing import NamedTuple

from ..arabic import Analyzer, normalize, without_conjunction
from .evidence import Sentence
from .how_many import same_noun
from .match import bare
from .question import QuestionInfo

_OF = normalize("من")
_IN = normalize("في")
_EACH = frozenset(normalize(w) for w in ("كل", "لكل", "بكل"))


class CountOf(NamedTuple):
    kind: tuple[str, str] | None  # (folded word, stem) after "<counted noun> من"
    each: tuple[str, str] | None  # (folded word, stem) after "كل"
    nisba: str = ""  # the folded nisba adjective after the counted noun, without its ending ("زائراً أردنياً" → اردني)
    field: tuple[str, str] | None = None  # (folded word, stem) after "<counted noun> في" ("كم مخطوطة في الطب" → الطب)


def _nisba(norm: str) -> str:
    """A nisba adjective as a counted noun's qualifier writes it in a question ("أردنياً"، "كهربائيةً"), without its
    ending ("اردني"), or ""."""
    for end in ("يا", "يه"):
        if norm.endswith(end) and len(norm) >= 5 and not norm.startswith("ال"):
            return norm[:-1]
    return ""


def asked_count_of(question: str, info: QuestionInfo, analyzer: Analyzer) -> CountOf | None:
    """The kind a how-many question counts after "من" ("كم صنفاً من الزيتون" → الزيتون) and the one each share is for
    after "كل" ("لكل مصاب" → مصاب); None when it writes neither."""
    if info.answer_type != "number":
        return None
    toks = [t for t in analyzer.tokens(question) if t.norm]
    kind = each = None
    counted = bare(info.counted) if info.counted else ""
    for k in range(len(toks) - 2):
        if counted and bare(toks[k].norm) == counted and toks[k + 1].norm == _OF and toks[k + 2].stem \
                and not toks[k + 2].stop:
            kind = (toks[k + 2].norm, toks[k + 2].stem)
    for k in range(len(toks) - 1):
        if toks[k].norm in _EACH and toks[k + 1].stem and not toks[k + 1].stop:
            each = (toks[k + 1].norm, toks[k + 1].stem)
    nisba = next((_nisba(toks[k + 1].norm) for k in range(len(toks) - 1) if counted and bare(toks[k].norm) == counted
                  and not toks[k + 1].stop and _nisba(toks[k + 1].norm)), "")
    field = next(((toks[k + 2].norm, toks[k + 2].stem) for k in range(len(toks) - 2) if counted
                  and bare(toks[k].norm) == counted and toks[k + 1].norm == _IN and toks[k + 2].stem and not toks[k + 2].stop),
                 None)
    return CountOf(kind, each, nisba, field) if kind or each or nisba or field else None


def _plain(norm: str) -> str:
    """A folded noun without the tanween alif it takes after كم ("راسا" → "راس")."""
    return norm[:-1] if norm.endswith("ا") and len(norm) > 3 else norm


def _same(word: tuple[str, str], norm: str, stem: str) -> bool:
    return stem == word[1] or bare(norm) == bare(word[0])


def count_of_another(sent: Sentence, asked: CountOf | None, info: QuestionInfo) -> bool:
    """The sentence writes the counted noun with another kind after "من" and never the kind asked, or writes "كل" before
    others only: its count is of another thing, its sum for others."""
    if asked is None:
        return False
    norms, stems = sent.norms, sent.stems
    if asked.kind is not None and not any(_same(asked.kind, n, st) for n, st in zip(norms, stems)):
        # (the noun as كم writes it, with its tanween alif, and as a number of thousands or hundreds does, without it:
        # "كم رأساً من الأغنام …؟" and "1900 رأس من الجاموس", held out 31, round 45)
        counted = _plain(bare(info.counted))
        if any(_plain(bare(norms[k])) == counted and norms[k + 1] == _OF and stems[k + 2] for k in range(len(norms) - 2)):
            return True
    # (a count's own nisba, "كم زائراً أردنياً زار البترا؟": "بلغ عدد زوار المدينة 780 ألف زائر …، منهم 590 ألف سائح
    # أجنبي" counts all visitors and the foreign ones, no Jordanians; the country, "في الأردن", is no nisba: round 42)
    if asked.nisba and not any(asked.nisba in n for n in norms):
        return True
    if asked.each is not None:
        after = [(norms[k + 1], stems[k + 1]) for k in range(len(norms) - 1) if norms[k] in _EACH and stems[k + 1]]
        if after and not any(_same(asked.each, n, st) for n, st in after):
            return True
    return asked.field is not None and _field_in_a_list(sent, asked.field, info)


def _field_in_a_list(sent: Sentence, field: tuple[str, str], info: QuestionInfo) -> bool:
    """The sentence writes the field asked only among others joined by و after the counted noun and "في" ("310 مخطوطات
    في الفلك والطب والرياضيات" for "كم مخطوطة في الطب …؟"): its count is of them all (held out 31, 0.97; round 45)."""
    norms, stems = sent.norms, sent.stems
    at = [k for k, (n, st) in enumerate(zip(norms, stems)) if _same(field, without_conjunction(n), st)]
    if not at:
        return False
    counted = _plain(bare(info.counted))
    for k in range(len(norms) - 2):
        if norms[k + 1] != _IN or not same_noun(_plain(bare(norms[k])), counted):
            continue
        items = [k + 2]
        while items[-1] + 1 < len(norms) and norms[items[-1] + 1].startswith("و") and stems[items[-1] + 1] \
                and not sent.breaks_before(items[-1] + 1):
            items.append(items[-1] + 1)
        if len(items) >= 2 and set(at) <= set(items):
            return True
    return False
