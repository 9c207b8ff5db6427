"""Which match a claim and a sentence speak of: a bare "المباراة", a match named by the word after it ("المباراة
النهائية", "مباراة الافتتاح", an ordinal) or by a one-word stage ("نصف النهائي"), and a count of one match against a
claim's count of the whole competition. The aligner (:mod:`akhbar.align`) and the routes to "supported" read these;
split out of ``align`` so each stays small.
"""

from __future__ import annotations

import re

from . import lexicon
from .arabic import normalize
from .link_pruning import Link
from .qa.match import bare
from .sides import ORDINALS, Side
from .values import Value

_MATCH = "مباراه"
_MATCH_NAMERS = frozenset(bare(normalize(w)) for w in lexicon.MATCH_NAMERS)
_MATCH_STAGES = frozenset(normalize(w) for w in ("نصف_النهائي", "ربع_النهائي"))  # (lexicon.PHRASES' one-word stages)


def _named_match(tokens: tuple[str, ...]) -> tuple[bool, bool]:
    """(a bare "المباراة", a match named by the word after it: lexicon.MATCH_NAMERS or an ordinal) in folded tokens."""
    plain = named = False
    for k, t in enumerate(tokens):
        if bare(t) != _MATCH:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if bare(nxt) in _MATCH_NAMERS or nxt in ORDINALS or bare(nxt) in ORDINALS:
            named = True
        elif t.startswith(("ال", "وال", "فال", "بال")):
            plain = True
    return plain, named


def match_by_its_result(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Link the claim's bare "المباراة" of a held match ("وأقيمت المباراة مساء السبت 10 ديسمبر") to the sentence's
    word of its result ("بفوزه على البرتغال", "بخسارته أمام فرنسا") when the sentence names no match of its own: the
    sentence dates the match by what it ended in. Not a match the claim names ("أقيمت المباراة النهائية على ملعب
    النخيل" against the semi-final's "خسر فريق الواحة … في الدور نصف النهائي على ملعب النخيل": TRUST BUG of a first
    version), nor against a sentence that names its own ("نصف النهائي", "المباراة الأولى")."""
    plain, named = _named_match(claim.folded())
    if not plain or named or any(bare(w.norm) == _MATCH or w.norm in _MATCH_STAGES or bare(w.norm) in _MATCH_NAMERS
                                 for w in evidence.words):
        return
    results = [j for j, w in enumerate(evidence.words) if w.outcome in ("win", "lose")]
    taken = {link.evidence for link in links.values()}
    for i, c in enumerate(claim.words):
        if i not in links and bare(c.norm) == _MATCH and c.norm.startswith(("ال", "وال")) and results:
            free = [j for j in results if j not in taken]
            if free:
                links[i] = Link(i, free[0], 0.8, "outcome")
                return


_WHOLE_EVENTS = frozenset(bare(normalize(w)) for w in lexicon.WHOLE_EVENTS)
_DURING_IT = frozenset(normalize(w) for w in lexicon.DURING_IT)
_IN = normalize("في")
_PART_REACH = 3  # how far after its count the sentence's "في المباراة" may stand ("ثلاثة أهداف في المباراة")


def count_of_one_match(claim: Side, evidence: Side, c: Value, e: Value) -> bool:
    """The sentence's count ``e`` is of one match ("أحرز مبابي ثلاثة أهداف في المباراة", "… في النهائي") and the claim's
    ``c`` is of a whole competition it names ("سجل مبابي ثمانية أهداف في كأس العالم 2022"), naming no match itself."""
    if c.kind != "num" or e.kind != "num":
        return False
    told = claim.folded()  # (a whole named, or "خلالها": within the event the answer told before, "وسجل اللاعبون خلالها")
    if not any(bare(t) in _WHOLE_EVENTS or t in _DURING_IT for t in told) or any(
            bare(t) == _MATCH or bare(t) in _MATCH_NAMERS or t in _MATCH_STAGES for t in told):
        return False
    # (read from the count's text in the sentence: a pair's values keep their offsets in their own sentence)
    found = [m.end() for m in re.finditer(re.escape(e.text), evidence.text)]
    if len(found) != 1:
        return False
    after = [normalize(w) for w in evidence.text[found[0]:].split()[:1 + _PART_REACH]]
    return any(t == _IN and (bare(nxt) == _MATCH or bare(nxt) in _MATCH_NAMERS or nxt in _MATCH_STAGES)
               for t, nxt in zip(after, after[1:]))


def another_match(claim: Side, evidence: Side) -> bool:
    """The claim speaks of a bare "المباراة" and names no match, the sentence names one: two matches, maybe."""
    plain, named = _named_match(claim.folded())
    return plain and not named and _named_match(evidence.folded())[1]


def match_unsaid(claim: Side, evidence: Side) -> bool:
    """The claim speaks of a bare "المباراة" and the sentence of no match at all (a title won, "تُوّج … على استاد لوسيل")."""
    plain, named = _named_match(claim.folded())
    return plain and not named and not any(bare(t) == _MATCH or t in _MATCH_STAGES for t in evidence.folded())


def _match_names(tokens: tuple[str, ...]) -> set[str]:
    """The words that name a match in folded tokens: the namer after "مباراة" ("النهائية"، "تحديد"، an ordinal), or a
    one-word stage ("نصف_النهائي"); a feminine namer read as its masculine ("النهائية" = "النهائي")."""
    out = {t for t in tokens if t in _MATCH_STAGES}
    for k, t in enumerate(tokens[:-1]):
        nxt = tokens[k + 1]
        if bare(t) == _MATCH and (bare(nxt) in _MATCH_NAMERS or nxt in ORDINALS or bare(nxt) in ORDINALS):
            namer = bare(nxt).removesuffix("ه")
            out.add(_OPENING if namer in _OPENING_NAMERS or ORDINALS.get(nxt, ORDINALS.get(bare(nxt))) == 1 else namer)
    return out


_OPENING = "افتتاح"  # the opening match: "مباراة الافتتاح" = "المباراة الافتتاحية" = "المباراة الأولى"
_OPENING_NAMERS = frozenset({"افتتاح", "افتتاحي"})


def other_named_match(claim: Side, evidence: Side) -> tuple[str, str] | None:
    """The claim names its match ("المباراة النهائية") and the sentence names only others ("مباراة تحديد المركز
    الثالث"): what the sentence tells is another match's (its day, its place). (the claim's namer, the sentence's)."""
    own, other = _match_names(claim.folded()), _match_names(evidence.folded())
    if own and other and not own & other:
        return min(own), min(other)
    return None
