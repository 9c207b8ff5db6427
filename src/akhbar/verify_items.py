"""A sentence that tells several items of one kind apart by their ordinals ("أما الجسر الأول فيربط … بطول 3
كيلومترات، والثاني … بطول 12 كيلومتراً") gives each item the values written between its ordinal and the next one's.
A claim about one item ("يربط الجسر الأول … بطول 12 كيلومتراً") that takes a value the sentence writes only in another
item's words is not told by it: the lead's real news showed the kind in round 37 (a metro line's length was the next
line's, supported, every word and value of the claim being somewhere in the sentence). So does a sentence that writes
each count right after its own noun ("استشهاد 12 مدنياً وجرح ستة آخرين"): the claim's noun keeps its own count; and
one that gives each measure of a thing its own value ("طوله نحو 900 متر وعرضه قرابة 24 متراً"): a length is no width;
and one that ranks several names ("جاءت فنلندا في المركز الأول، تلتها في المركز الثاني الدنمارك"): each keeps its own
rank; and one that gives each noun its own length ("دبلوماً مدته عام، وماجستيراً مدته عامان"); and one that tells a
deed of one of two ("هاجر واحد منهما"), not of both ("هاجرا"); and one that says what a count is taken from ("خمسة
عناصر من مقاتلي الحركة"): the claim's count keeps that whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon
from .align import Alignment
from .arabic import CLAUSE_OR_END, Token, normalize, token_at, without_conjunction
from .qa.counts import word_kind
from .qa.match import bare
from .sides import NAMING_RANK, ORDINALS
from .value_compare import same_unit, same_value
from .values import Value
from .wordfacts import ARTICLE

__all__ = ["count_of_another_family", "count_of_another_noun", "first_of_a_narrower_group", "length_of_another_noun",
           "measure_of_another_thing", "noun_of_another_count", "one_of_the_two", "person_of_another_family",
           "rank_of_another_name", "scope_of_another_rank", "thing_of_another_item", "value_of_another_item",
           "value_of_another_measure", "whole_of_the_count_otherwise"]


_RANK_SCOPES = frozenset(normalize(w) for w in lexicon.RANK_SCOPE_ADVERBS)


def scope_of_another_rank(a: Alignment) -> tuple[str, str] | None:
    """(the claim's rank and field, the sentence's) where the claim's rank is reckoned in a field by the adverb right after
    it ("المرتبة الأولى عالمياً", lexicon.RANK_SCOPE_ADVERBS) and the sentence, at the same rank under the same head
    word, names other fields only ("المرتبة الأولى عربياً والـ150 عالمياً": first among the Arab ones, 150th in the
    world; round 44's held out, now dev, supported at 0.91). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None

    def fields(side_tokens: Sequence[Token], k: int) -> list[str]:
        out: list[str] = []  # the adverbs after the rank, joined by "و" ("الأولى عربياً وعالمياً")
        for t in side_tokens[k + 1:k + 4]:
            word = t.norm if not out else t.norm[1:] if t.norm[:1] == "و" else ""
            if word not in _RANK_SCOPES:
                break
            out.append(word)
        return out

    for k, t in enumerate(claim_tokens[1:-1], start=1):
        rank = _ordinal(t)
        mine = fields(claim_tokens, k) if rank is not None else []
        if not mine:
            continue
        head = bare(without_conjunction(claim_tokens[k - 1].norm))
        for j, e in enumerate(tokens[1:], start=1):
            if _ordinal(e) != rank or bare(without_conjunction(tokens[j - 1].norm)) != head:
                continue
            theirs = fields(tokens, j)
            if theirs and mine[0] not in theirs:
                return f"{t.text} {claim_tokens[k + 1].text}", f"{e.text} {tokens[j + 1].text}"
    return None


_FIRST = frozenset(normalize(w) for w in lexicon.FIRST_OF_GROUP)
_WHO, _YESTERDAY = normalize("من"), normalize("أمس")
_PRESENT = re.compile(r"[يت][^ا]\w+")  # a verb of the present: the deed the first did ("يقود", "تفوز")


def first_of_a_narrower_group(a: Alignment) -> tuple[str, str] | None:
    """(the claim's first, the sentence's) where the sentence calls the one the claim calls the first ("أول من يرأس
    النقابة", "أول لاعب يسجل") the first of a narrower group, by a word of its own after "أول" or after the claim's
    group ("أول امرأة ترأس النقابة", "أول لاعب أفريقي يسجل"), unlinked, the claim's next word, a present (the deed),
    right after that one; round 44's held out, now dev, supported at 0.97. Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    claim_at = {w.pos: i for i, w in enumerate(a.claim.words)}
    used = {a.evidence.words[link.evidence].pos for link in a.links.values()}
    for k, t in enumerate(claim_tokens[:-1]):
        if without_conjunction(t.norm) not in _FIRST:
            continue
        for j, e in enumerate(tokens[:-1]):
            if without_conjunction(e.norm) not in _FIRST:
                continue
            m = 1  # the group both name word for word ("أول لاعب")
            while k + m < len(claim_tokens) and j + m + 1 < len(tokens) and bare(claim_tokens[k + m].norm) == bare(tokens[j + m].norm):
                m += 1
            who = m == 1 and claim_tokens[k + 1].norm == _WHO
            nxt = k + m + (1 if who else 0)  # the claim's word after its group ("يرأس" after "أول من")
            if nxt >= len(claim_tokens) or j + m + 1 >= len(tokens) or tokens[j + m].norm == _WHO \
                    or (who and claim_tokens[nxt].norm == _YESTERDAY):  # ("أول من أمس": the day before yesterday)
                continue
            i = claim_at.get(nxt)
            if not _PRESENT.match(claim_tokens[nxt].norm) or j + m in used:
                continue  # (the group's deed, a present, after it: "أول قافلة مساعدات أممية" = "… تابعة للأمم المتحدة")
            if i is not None and i in a.links and a.evidence.words[a.links[i].evidence].pos == j + m + 1 \
                    and not re.search(r"[^\w\s]", a.evidence.text[e.end:tokens[j + m + 1].start]):
                return (" ".join(x.text for x in claim_tokens[k:nxt]),
                        " ".join(x.text for x in tokens[j:j + m + 1]))
    return None


def _ordinal(token: Token) -> int | None:
    """The rank of a word written as an ordinal with its article ("الثالث", "والرابع"), or None ("أول" alone is an
    adverb as often as a rank)."""
    word = without_conjunction(token.norm)
    return ORDINALS.get(word) if ARTICLE.match(word) is not None else None


def value_of_another_item(a: Alignment) -> tuple[str, str] | None:
    """(the claim's value, the ordinal of the item the sentence gives it to) where the claim names one item by its
    noun and ordinal ("الجسر الأول") and the sentence writes that value only within another item's words; or None.
    The items: a noun with its article and an ordinal, then ordinals glued to "و" ("والثاني", "والجسر الثاني"), each
    owning the words up to the next one. Read within one sentence only."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or not a.claim.values:
        return None
    ranks = [(k, r) for k, t in enumerate(tokens) if (r := _ordinal(t)) is not None]
    if len(ranks) < 2 or ranks[0][0] == 0 or len({r for _, r in ranks}) != len(ranks):
        return None
    head = tokens[ranks[0][0] - 1]
    # (a later item opens on "و": its ordinal, or its noun before it, carries it)
    if ARTICLE.match(head.norm) is None or not all(tokens[k].norm.startswith("و") or tokens[k - 1].norm.startswith("و")
                                                   for k, _ in ranks[1:]):
        return None
    claim_tokens = a.claim.text_tokens()
    own = [r for k, t in enumerate(claim_tokens) if k and (r := _ordinal(t)) is not None
           and without_conjunction(claim_tokens[k - 1].norm) == without_conjunction(head.norm)]
    if len(own) != 1 or own[0] not in {r for _, r in ranks}:
        return None
    edges = [tokens[k].start for k, _ in ranks] + [len(a.evidence.text) + 1]
    items = {r: range(edges[n], edges[n + 1]) for n, (_, r) in enumerate(ranks)}
    for v in a.claim.values:
        where = {r for r, span in items.items() for e in a.evidence.values
                 if e.kind == v.kind and e.start in span and same_value(v, e)}
        if where and own[0] not in where:
            other = tokens[next(k for k, r in ranks if r == min(where))].text
            return v.text, other
    return None


_ITEM_WORDS = frozenset(normalize(w) for w in lexicon.ITEM_PREPOSITIONS)


def _count_items(tokens: Sequence[Token], values: Sequence[Value], reach: int) -> list[tuple[Value, int, int]]:
    """Each count of a side with the token that opens its thing (lexicon.ITEM_PREPOSITIONS) within ``reach`` tokens after
    it, no other count between: (the value, its first token, the opening token)."""
    out = []
    counts = sorted((v for v in values if v.kind == "num"), key=lambda v: v.start)
    for n, v in enumerate(counts):
        first, last = token_at(tokens, v.start), token_at(tokens, v.start + len(v.text) - 1)
        stop = counts[n + 1].start if n + 1 < len(counts) else None
        opener = next((k for k in range(last + 1, min(last + 1 + reach, len(tokens)))
                       if (stop is None or tokens[k].start < stop) and without_conjunction(tokens[k].norm) in _ITEM_WORDS), None)
        if opener is not None:
            out.append((v, first, opener))
    return out


def thing_of_another_item(a: Alignment) -> tuple[str, str] | None:
    """(the claim's count, the sentence's word of another count's thing) where the sentence lists counts each with its
    own thing after "على" / "في" ("بحصول … و99 فرداً على وسام الصداقة، وثلاثة أعضاء على وسام الاستدامة") and the claim
    gives one count the thing of another ("حصل 99 فرداً على وسام الاستدامة"; the lead's real news, round 43's held-out
    batch 22, now dev: both such claims supported at 0.95, every word and value of them being in the sentence). The
    claim's thing is read word by word from its opening word while its words are written in the count's own item; the
    first that is not, and is linked into another item, names the change. Read within one sentence only."""
    tokens, c_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or c_tokens is None:
        return None
    items = _count_items(tokens, a.evidence.values, 4)
    mine = _count_items(c_tokens, a.claim.values, 6)
    if len(items) < 2 or len(mine) != 1:
        return None
    value, _, opener = mine[0]
    own = [n for n, (v, _, _) in enumerate(items) if v.kind == value.kind and same_value(value, v)]
    if len(own) != 1:
        return None
    bounds = [first for _, first, _ in items[1:]] + [len(tokens)]
    regions = [range(o + 1, bounds[n]) for n, (_, _, o) in enumerate(items)]
    region = {bare(tokens[k].norm) for k in regions[own[0]]}
    last = opener
    for i, w in sorted(((i, w) for i, w in enumerate(a.claim.words) if w.pos > opener), key=lambda iw: iw[1].pos):
        if w.pos != last + 1:
            break  # (the thing's phrase ends: a word between, "في قصف للنظام" after it is the whole sentence's)
        last = w.pos
        if bare(w.norm) in region:
            continue
        at = a.evidence.words[a.links[i].evidence].pos if i in a.links else None
        other = next((n for n, r in enumerate(regions) if at is not None and at in r), None)
        if other is not None and other != own[0] and at is not None:
            return value.text, tokens[at].text
        break
    return None


def count_of_another_noun(a: Alignment) -> tuple[str, str] | None:
    """(the claim's count, the count the sentence gives the claim's noun) where the claim writes a count right after a
    noun ("خلف الحادث إصابة 9 ركاب") that the sentence writes right after another noun ("خلف الحادث وفاة 9 ركاب وإصابة
    أربعة آخرين") while giving the claim's noun a count of its own right after it: the claim's count is the other
    noun's (the lead's real news, round 37: supported once "وأضافت أن" read as "قالت"). Read within one sentence only;
    the noun linked as written or by its stem, no name."""
    tokens = a.evidence.positioned_tokens()
    claim_tokens = a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    at = {w.pos: i for i, w in enumerate(a.claim.words)}


    # (each count with the token it stands at, and the sentence's words by position: read once, not per claim count)
    counts = [(e, token_at(tokens, e.start)) for e in sorted(a.evidence.values, key=lambda e: e.start) if e.kind == "num"]
    by_pos = {w.pos: j for j, w in enumerate(a.evidence.words)}
    linked = {lk.evidence for lk in a.links.values()}
    for v in a.claim.values:
        if v.kind != "num":
            continue
        i = at.get(token_at(claim_tokens, v.start) - 1, -1)
        link = a.links.get(i)
        if link is None or link.strength < 0.95 or a.claim.words[i].name:
            continue  # (a frame said otherwise, "قدرها" / "بقيمة", is no noun of its own count)
        noun, word = a.evidence.words[link.evidence], a.claim.words[i]
        # (a count after "و" goes on the list of the count before it: "قتل خمسة مدنيين وثلاثة جنود" counts both killed)
        same = [k for e, k in counts if e.value == v.value and not e.text.startswith("و") and tokens[max(k - 1, 0)].norm != "و"]
        own = [e for e, k in counts if k == noun.pos + 1]
        if not same or len(own) != 1 or own[0].value == v.value:
            continue
        # (the claim's count right after a word of its noun anywhere, "بطول 3 … بطول 12", is said; the count the
        # sentence gives another noun stands right after that noun, one the claim does not say, not after "و")
        others = [j for k in same if (j := by_pos.get(k - 1)) is not None]
        if any(a.evidence.words[j].keys & word.keys for j in others):
            continue
        if any(not a.evidence.words[j].name and j not in linked for j in others):
            return v.text, own[0].text
    return None


_MEASURED = frozenset(normalize(w) for w in lexicon.MEASURED_ATTRIBUTES)


def _measured(token: Token) -> str | None:
    """The measure a word names, its article, "و", a glued "ب" or pronoun aside ("وعرضه", "مساحتها", "الارتفاع",
    "بطول"), or None."""
    word = without_conjunction(token.norm)
    word = word[1:] if word[:1] == "ب" and word[1:] in _MEASURED else word  # ("لوحة بطول 30 متراً")
    word = word[2:] if ARTICLE.match(word) is not None else word
    for end in ("هما", "ها", "ه"):
        core = word[:-len(end)] if word.endswith(end) else ""
        core = core[:-1] + "ه" if core.endswith("ت") else core  # ("مساحتها" → "مساحه")
        if core in _MEASURED:
            return core
    return word if word in _MEASURED else None


def _measure_before(side_tokens: tuple[Token, ...], start: int) -> str | None:
    """The measure a value at ``start`` is given as: a noun of lexicon.MEASURED_ATTRIBUTES at most four words before."""
    k = token_at(side_tokens, start)
    return next((m for t in reversed(side_tokens[max(k - 4, 0):k]) if (m := _measured(t)) is not None), None)


_THING_REACH = 8  # tokens from a thing to the value its measure gives it ("حريقاً شب أمس في مستودع … على مساحة 300")


def measure_of_another_thing(a: Alignment) -> tuple[str, str] | None:
    """(the claim's value, the one the sentence gives the claim's thing) where the claim measures a thing ("حريقا على
    مساحة 5000 متر": the claim word linked word for word at most three words before its measure) that the sentence
    gives the same measure of another value at most eight words after it ("حريقاً شب في مستودع على مساحة 300 متر"),
    while the claim's value is one the sentence gives elsewhere, another thing's ("داخل مجمع تجاري تقدر مساحته بنحو 5000
    متر"; the lead's real news, round 38 dev, had such a claim supported at 0.98). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    for v in a.claim.values:
        mine = _measure_before(claim_tokens, v.start)
        if v.kind != "num" or mine is None or not any(same_value(v, e) for e in a.evidence.values):
            continue
        at = token_at(claim_tokens, v.start)
        measure_at = max(k for k in range(max(at - 4, 0), at) if _measured(claim_tokens[k]) == mine)
        thing = max((i for i, w in enumerate(a.claim.words) if measure_at - 3 <= w.pos < measure_at and i in a.links
                     and a.links[i].strength >= 0.95 and not w.name), default=None)
        if thing is None:
            continue
        there = a.evidence.words[a.links[thing].evidence].pos
        own = next((e for e in a.evidence.values if e.kind == "num" and there < token_at(tokens, e.start) <= there + _THING_REACH
                    and _measure_before(tokens, e.start) == mine), None)
        if own is not None and not same_value(v, own) and same_unit(v.unit, own.unit):
            return v.text, own.text
    return None


def value_of_another_measure(a: Alignment) -> tuple[str, str] | None:
    """(the claim's value, the measure the sentence gives it to) where the claim writes a value within four words after
    a noun of what a thing measures ("يبلغ طول الجسر 24 متراً": lexicon.MEASURED_ATTRIBUTES) that the sentence writes
    only after another such noun, while naming the claim's measure too ("يبلغ طوله نحو 900 متر وعرضه قرابة 24 متراً": the
    lead's real news, round 38 dev, such a claim supported at 0.83). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None

    named = {m for t in tokens if (m := _measured(t)) is not None}
    for v in a.claim.values:
        mine = _measure_before(claim_tokens, v.start)
        if v.kind != "num" or mine is None or mine not in named:
            continue
        theirs = [_measure_before(tokens, e.start) for e in a.evidence.values if e.kind == v.kind and same_value(v, e)]
        others = sorted(m for m in theirs if m is not None and m != mine)
        if theirs and len(others) == len(theirs):
            return v.text, others[0]
    return None


def rank_of_another_name(a: Alignment) -> tuple[str, str] | None:
    """(the claim's name, the rank the sentence gives it) where the claim ranks a name ("جاءت النرويج في المركز الأول",
    the name nearest its ordinal) that the sentence ranks otherwise, within three words of it under the same head noun,
    while it writes the claim's rank only nearer another name ("وجاءت فنلندا في المركز الأول …، تلتها في المركز الثاني
    دولة الدنمارك" / "الدنمارك في المركز الأول"; the lead's real news, round 38 held out, had such a claim supported at
    0.94). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None

    def ranks(side_tokens: tuple[Token, ...]) -> list[tuple[int, int, str]]:
        return [(k, r, without_conjunction(side_tokens[k - 1].norm)) for k, t in enumerate(side_tokens)
                if k and (r := _ordinal(t)) is not None]

    theirs = ranks(tokens)
    # (not the rank a match is named by: "في مباراة تحديد المركز الثالث" ranks no team)
    naming = [k for k, _, _ in ranks(claim_tokens) if k > 1 and bare(claim_tokens[k - 2].norm) in NAMING_RANK]
    names = [w.pos for w in a.evidence.words if w.name]
    named = [(w.pos, i) for i, w in enumerate(a.claim.words) if w.name and i in a.links]
    for k, rank, head in ranks(claim_tokens):
        if k in naming:
            continue
        same_head = [(p, r) for p, r, h in theirs if h == head]
        rivals = [p for p, r in same_head if r == rank]
        if not named or not rivals:
            continue
        i = min(named, key=lambda pi: abs(pi[0] - k))[1]
        at = a.evidence.words[a.links[i].evidence].pos
        own = min(same_head, key=lambda pr: abs(pr[0] - at))
        if own[1] != rank and abs(own[0] - at) <= 3 and all(min(names, key=lambda n: abs(n - p)) != at for p in rivals):
            return a.claim.words[i].text, tokens[own[0]].text
    return None


def noun_of_another_count(a: Alignment) -> tuple[str, str] | None:
    """(the claim's count, the noun the sentence counts by it) where the claim counts a noun ("173 مقاتلاً") that the
    sentence names elsewhere, uncounted, while it gives the claim's number to another noun, right after it ("أن 64 طالباً
    أصيبوا …، إضافة إلى إصابة معلم واحد" / "أن 64 معلماً أصيبوا"; the lead's real news, round 38 held out, had such a
    claim supported at 0.96). A count
    of another word the sentence never names ("173 شخصاً") may be a rewording, and is left to the rest."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None

    at = {w.pos: i for i, w in enumerate(a.claim.words)}
    for v in a.claim.values:
        number = token_at(claim_tokens, v.start)
        i = at.get(_counted(claim_tokens, number))
        if v.kind != "num" or not v.unit or i is None or i not in a.links or a.links[i].strength < 0.95:
            continue
        same = [e for e in a.evidence.values if e.kind == "num" and same_value(v, e)]
        if not same or any(not e.unit or same_unit(v.unit, e.unit) for e in same):
            continue
        noun = a.evidence.words[a.links[i].evidence].pos
        counts = {(k, _counted(tokens, k)) for e in same if (k := token_at(tokens, e.start)) >= 0}
        counted = {c for _, c in counts}
        # (a claim word before its count, its doer, may be the sentence's counted noun where the claim's counted noun is
        # the sentence's doer: "قتل مسلحون ثلاثة جنود" / "قتل الجنود ثلاثة مسلحين", the killers and the killed exchanged)
        said = {link.evidence for k, link in a.links.items()
                if not (a.claim.words[k].pos < number and all(noun < n for n, _ in counts))}
        if all(_apart(a.evidence.text, tokens, noun, n, c) for n, c in counts) \
                and not any(a.evidence.words[j].pos in counted for j in said):
            return v.text, same[0].unit
    return None


_COUNT_HEADS = frozenset(normalize(w) for w in lexicon.EXCEEDED_SUBJECTS)
_OF = normalize("من")


def _counted(side_tokens: tuple[Token, ...], number: int) -> int:
    """The token of the noun the count at token ``number`` counts: right after it, or after its "من" ("أربعة من المهاجمين")."""
    return number + 2 if number + 2 < len(side_tokens) and side_tokens[number + 1].norm == _OF else number + 1


def _apart(text: str, tokens: tuple[Token, ...], noun: int, number: int, counted: int) -> bool:
    """The sentence's word at ``noun`` is no noun of the count at ``number`` (its counted word at ``counted``): more than
    two words after the counted word (not "أربع حالات إصابة" / "أربع إصابات", a measure of it), or before the count with
    no count's head ("عدد", "حصيلة", "وعددهم") from it to the count: a party of another role, the count's doer ("قتل
    الجنود ثلاثة مسلحين": the soldiers killed, not the killed; guard50's round-41 TRUST BUG, "قتل ثلاثة جنود" supported
    at 0.97), not "بلغ عدد الزوار خمسة آلاف شخص"."""
    if noun > number:
        return noun - counted > 2
    if CLAUSE_OR_END.search(text[tokens[noun].end:tokens[number].start]):
        return False  # (a noun the count stands beside: "الجرحى، 15 شخصاً")
    heads = (without_conjunction(t.norm) for t in tokens[max(noun - 1, 0):number])
    return not any(w in _COUNT_HEADS or any(w.startswith(h) for h in _COUNT_HEADS if len(h) > 2) for w in heads)


_LENGTH_OF = frozenset(normalize(w) for w in lexicon.LENGTH_OF_WORDS)


def length_of_another_noun(a: Alignment) -> tuple[str, str] | None:
    """(the claim's length, the one the sentence gives the claim's noun) where the claim writes a noun, "مدته" and a
    length right after it ("دبلوماً مدته عامان") and the sentence writes the same noun with "مدته" and another length
    ("دبلوماً مدته عام، وماجستيراً مدته عامان": the lead's real news, round 41, had such a claim supported at 0.98, the
    claim's length being the other program's). Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    at = {w.pos: i for i, w in enumerate(a.claim.words)}
    for d in a.claim.durations:
        k = token_at(claim_tokens, d.start)
        noun = at.get(k - 2)
        if k < 2 or claim_tokens[k - 1].norm not in _LENGTH_OF or noun is None or noun not in a.links:
            continue
        p = a.evidence.words[a.links[noun].evidence].pos
        own = next((e for e in a.evidence.durations if p + 1 < len(tokens) and tokens[p + 1].norm in _LENGTH_OF
                    and token_at(tokens, e.start) == p + 2), None)
        if own is not None and own.value != d.value:
            return d.text, own.text
    return None


_CASES = frozenset(normalize(w) for w in lexicon.CASE_NOUNS)
_FAMILY_REACH = 4  # tokens back from a count to the word of its family ("وأصاب أكثر من ستة آلاف")


def _family(side_tokens: tuple[Token, ...], k: int) -> str:
    """The family of people (lexicon.PEOPLE_COUNT_KINDS: the dead, the injured …) the count at token ``k`` counts: its
    noun right after it ("200 قتيل"), else the nearest word of a family before it, past no other number, or ""."""
    if k + 1 < len(side_tokens) and (kind := word_kind(side_tokens[k + 1].norm)):
        return kind
    if k + 2 < len(side_tokens) and side_tokens[k + 1].norm in _CASES and (kind := word_kind(side_tokens[k + 2].norm)):
        return kind  # ("75 حالة شفاء": the cases' word)
    for t in reversed(side_tokens[max(k - _FAMILY_REACH, 0):k]):
        if any(ch.isdigit() for ch in t.norm):
            return ""
        if kind := word_kind(t.norm):
            return kind
    return ""


def count_of_another_family(a: Alignment) -> tuple[str, str] | None:
    """(the claim's count, the family the sentence gives it) where the claim counts one family of people ("وقتل
    الانفجار أكثر من ستة آلاف شخص": the dead) with a value the sentence gives only to another ("وأودى الانفجار بحياة
    أكثر من 200 شخص، وأصاب أكثر من ستة آلاف آخرين": the injured; guard50's round-41 TRUST BUG, supported at 0.84).
    Read within one sentence only."""
    tokens, claim_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or claim_tokens is None:
        return None
    for v in a.claim.values:
        mine = _family(claim_tokens, token_at(claim_tokens, v.start)) if v.kind == "num" else ""
        if not mine:
            continue
        theirs = {_family(tokens, token_at(tokens, e.start)) for e in a.evidence.values if e.kind == "num" and same_value(v, e)}
        if theirs and "" not in theirs and mine not in theirs:
            return v.text, sorted(theirs)[0]
    return None


_NOT_A_DOER = frozenset(normalize(w) for w in (*lexicon.OTHER_ONES, *lexicon.FRAME_WORDS))


def person_of_another_family(a: Alignment) -> tuple[str, str] | None:
    """(the claim's person, the sentence's verb and person) where the claim opens on a verb of one family of people (the
    dead, the injured, the saved: lexicon.PEOPLE_COUNT_KINDS) and its doer right after it, and the sentence writes that
    person right after a verb of another family: "توفي راكب وأصيب سائق الحافلة" tells no "توفي سائق الحافلة" (round 43's
    held out, now dev: supported at 0.94, every word of the claim in the sentence; "قتل جندي وأصيب ضابط" / "قتل ضابط",
    0.88). The person's own verb decides, as the count's family does for a count (:func:`count_of_another_family`),
    where the sentence writes the claim's verb with a doer of its own right after it ("توفي راكب"), a word of its own
    that is neither the claim's doer, an adverb ("وتوفي لاحقاً": the wounded man died later) nor a frame ("وأصاب أكثر
    من …": the blast is the doer of both), nor another of the same ("قتل شرطي وأصيب آخر": a policeman was wounded too;
    lexicon.OTHER_ONES)."""
    cw = a.claim.words
    tokens = a.evidence.positioned_tokens()
    if tokens is None or len(cw) < 2 or cw[0].pos or cw[1].pos != 1 or cw[1].role or 1 not in a.links or 0 not in a.links:
        return None
    p = a.evidence.words[a.links[0].evidence].pos + 1
    said = {a.evidence.words[link.evidence].pos for link in a.links.values()}
    if p >= len(tokens) or p in said or tokens[p].stop or tokens[p].norm in _NOT_A_DOER or tokens[p].norm.endswith("ا") \
            or not tokens[p].norm.isalpha() or bare(tokens[p].norm) == bare(cw[1].norm):
        return None
    mine = word_kind(cw[0].norm)
    at = a.evidence.words[a.links[1].evidence].pos
    theirs = word_kind(tokens[at - 1].norm) if mine and at else ""
    if theirs and theirs != mine:
        return cw[1].text, f"{tokens[at - 1].text} {tokens[at].text}"
    return None


_ONE_OF_TWO = tuple(normalize(w) for w in lexicon.ONE_OF_TWO)


def one_of_the_two(a: Alignment) -> tuple[str, str] | None:
    """The claim's verb in the dual of a past ("هاجرا", "هاجرتا") linked to the same past the sentence writes of one of
    two ("هاجر واحد منهما إلى المدينة" / "قصة شقيقين هاجرا": the lead's real news, round 42 held out, now dev, had such a
    claim supported at 0.93). (the claim's verb, the sentence's with its words of one), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None
    for i, link in a.links.items():
        mine, its = without_conjunction(a.claim.words[i].norm), a.evidence.words[link.evidence]
        one = without_conjunction(its.norm)
        if len(one) < 3 or mine not in (one + "ا", one + "تا"):
            continue
        after = " ".join(t.norm for t in tokens[its.pos + 1:its.pos + 3])
        told = next((w for w in _ONE_OF_TWO if after == w or after.startswith(w + " ")), None)
        if told is not None:
            return a.claim.words[i].text, f"{its.text} {told}"
    return None


_FROM = normalize("من")


def whole_of_the_count_otherwise(a: Alignment) -> tuple[str, str] | None:
    """(the claim's count and its whole, the sentence's whole) where the claim says what a count is taken from right
    after its noun ("خمسة عناصر من الجيش") and the sentence gives the same count and noun another whole, one no claim
    word takes ("أفرجت السلطات عن خمسة عناصر من مقاتلي الحركة، مقابل إطلاق الحركة عددا من عناصر الجيش": a false
    claim of round 44's held-out real news was supported so at 0.97, the other side's men lent by another count of the
    sentence). Read within one sentence only."""
    tokens, c_tokens = a.evidence.positioned_tokens(), a.claim.positioned_tokens()
    if tokens is None or c_tokens is None:
        return None
    linked = {a.evidence.words[link.evidence].pos for link in a.links.values()}
    for v in a.claim.values:
        k = token_at(c_tokens, v.start + len(v.text) - 1) if v.kind == "num" else -1
        if k < 0 or k + 3 >= len(c_tokens) or c_tokens[k + 2].norm != _FROM:
            continue
        noun, whole = bare(c_tokens[k + 1].norm), bare(c_tokens[k + 3].norm)
        if any(ch.isdigit() for ch in whole) or any(token_at(c_tokens, w.start) == k + 3 for w in a.claim.values):
            continue  # (a count of wholes, "3000 باحث من 40 دولة", is the values' to compare)
        for e in a.evidence.values:
            m = token_at(tokens, e.start + len(e.text) - 1) if e.kind == "num" and same_value(v, e) else -1
            if m < 0 or m + 3 >= len(tokens) or bare(tokens[m + 1].norm) != noun or tokens[m + 2].norm != _FROM:
                continue
            theirs = tokens[m + 3]
            # (the sentence's whole may name the claim's after a head: "عشرين كيلومترا من مدينة حلب" / "من حلب")
            if whole not in {bare(t.norm) for t in tokens[m + 3:m + 6]} and m + 3 not in linked:
                return f"{v.text} {c_tokens[k + 1].text} من {c_tokens[k + 3].text}", theirs.text
    return None
