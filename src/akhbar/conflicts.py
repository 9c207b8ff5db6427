"""The conflicts a claim and an evidence sentence can show once aligned (:func:`akhbar.align.align`).

Each detector reads the two sides and the word links and names what it finds, so a verdict can say
why: who did what in which clause (:func:`agent_clashes`), a name or word in another's slot
(:func:`substitutions`, :func:`named_in_place`, :func:`detached_names`), another man by a deputy's title or a
father's name (:func:`deputies`, :func:`patronymics`), a value of another clause (:func:`contrast_values`) and a
prize won in the claim that the sentence names only as a match's setting (:func:`prizes_unwon`). The same parties
with their roles exchanged are :mod:`akhbar.exchanged`'; the opposites (antonyms, a negation on one side only, a state
the sentence tells ending) are :mod:`akhbar.opposites`', another member of an exclusive kind in the claim's slot
:mod:`akhbar.kinds`'.
The aligner's types and word links live in :mod:`akhbar.align`; the modules refer to each other by
module, so any may be imported first.
"""

from __future__ import annotations

import re

from . import align, lexicon
from .arabic import normalize, without_conjunction
from .kinds import other_side
from .qa.match import bare
from .value_compare import same_count, same_unit, same_value, year_only
from .values import Value
from .wordfacts import CLOCK_ROLE, PRIZE_ROLE, country_of, is_prize, place_head
from .wordlinks import word_link


def agent_clashes(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """Where the claim's agent (its first bare name the sentence holds) does not do, in the sentence,
    what the claim says it does: it is the object of a verb whose agent is a pronoun (rival ""), or
    a word of the claim is found only in another clause, one with a bare name of its own (the rival)."""
    # Its agent stands among its first three words (after the verb, or before it), and is a name,
    # not an adjective of one ("السورية", "الفرنسي").
    agents = [i for i, w in enumerate(claim.words[:3]) if w.listed and not w.role and not w.patient
              and not (w.norm.startswith("ال") and w.norm.endswith(("يه", "ي")))]
    # The agent is the first name of the claim and the names right after it ("ليونيل ميسي"); a place
    # is a name of one word ("أقصى المغرب إسبانيا": Spain is the object).
    span = 0 if agents and claim.words[agents[0]].place else 2
    agents = [i for i in agents if claim.words[i].pos - claim.words[agents[0]].pos <= span and i in links]
    if agents and _named_by_its_title_alone(claim, evidence, links, agents[0]):
        agents = []
    if not agents:
        return _party_of_another_clause(claim, evidence, links)
    e_agent = evidence.words[links[agents[0]].evidence]
    if e_agent.patient:
        return [(claim.words[agents[0]].text, "")]
    home = e_agent.clause
    if all(w.clause == home for w in evidence.words):
        return []
    own = {claim.words[i].light for i in agents}
    linked = {link.evidence for link in links.values()}
    glosses = _glosses(evidence.text)
    # (the sentence's words the claim links from its agent's own clause, its other parties: "الأسد" of "ومنحت روسيا الأسد";
    # not a name the claim gives a clause of its own, "… فيما سجل مبابي هدفين", whose "كيليان" may be a rival)
    party = {link.evidence for i, link in links.items() if claim.words[i].clause == claim.words[agents[0]].clause}

    def rival_in(clause: int) -> str | None:
        # (the agent's own name said again is no rival: "لم يفز تسلا …، وتلقى تسلا …"; nor an adjective of nationality or
    # region without the article, "أول منتخب عربي وأفريقي": dev 25's "سجل يوسف النصيري هدف المغرب …" was replaced, "name
    # يوسف ≠ عربي", the clause of "المغربي" taken for one with a doer of its own; nor a name in brackets, the
        # gloss of a name before it: "ضد تنظيم الدولة الإسلامية (داعش)" names no doer of its clause; nor the given name
        # of a name the claim takes by its family name: "بشار" of "بشار الأسد" is the claim's "الأسد", dev 24's "ومنحت
        # روسيا الأسد وعائلته حق اللجوء" was replaced, "name روسيا ≠ بشار")
        return next((w.text for j, w in enumerate(evidence.words) if w.clause == clause and w.listed
                     and not w.role and j not in linked and w.light not in own and w.norm not in glosses
                     and not _name_of_linked(evidence, j, party) and without_conjunction(w.norm) not in _NISBAS
                     and not _definite_nisba(evidence, j)), None)

    own_clause = claim.words[agents[0]].clause
    # a clause of the claim with a doer of its own, linked to the doer of a clause of the sentence, tells that doer's
    # deed: "وسجل ميسي هدفين بينما أحرز مبابي ثلاثة أهداف" against "… فيما أحرز الفرنسي كيليان مبابي ثلاثة أهداف"
    # gives the three goals to مبابي, not to ميسي (held out 30's true sentence was replaced, "name ميسي ≠ كيليان")
    doers = {claim.words[i].clause: evidence.words[link.evidence].clause for i, link in links.items()
             if claim.words[i].clause != own_clause and claim.words[i].listed and not claim.words[i].role
             and not claim.words[i].patient}
    out = []
    for v in claim.values:
        found = {e.clause for e in evidence.values if same_value(v, e)}
        if v.clause in doers and doers[v.clause] in found:
            continue
        if found and home not in found:
            rival = next((r for r in map(rival_in, sorted(found)) if r), None)
            if rival:
                out.append((claim.words[agents[0]].text, rival))
    for i, link in links.items():
        c, e = claim.words[i], evidence.words[link.evidence]
        if e.clause == home or c.light in own or c.setting or e.setting or c.norm in align.ORDINALS:
            continue  # (an ordinal is compared as a rank; a phrase of time or place is no one's deed)
        if doers.get(c.clause) == e.clause:
            continue  # (the claim's own other clause, whose doer is that clause's)
        if c.role and c.role != e.role:
            # the claim names it in another role than the other clause does ("سجل مبابي ثلاثية أمام الأرجنتين"
            # against "سجل ميسي هدفين للأرجنتين، فيما أحرز مبابي ثلاثة أهداف"): the side he played against is
            # no deed of the rival's clause credited to him (a true sentence was replaced by "كيليان ≠ ليونيل")
            continue
        rival = rival_in(e.clause)
        if rival is None or said_in(c, evidence, home):
            continue  # no other agent there, or the word is said in the agent's own clause too
        out.append((claim.words[agents[0]].text, rival))
    return out


def _named_by_its_title_alone(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int) -> bool:
    """The claim reads its word ``i`` as a name only because a title stands before it ("زار الوزير مصنع الورق": مصنع
    after الوزير), and the sentence reads its word as no name at all, the object right after the claim's verb with no
    doer between ("ثم زار مصنع الورق": the clause's doer is the verb's own pronoun). Taken as the agent, the claim's
    title was found in the other clause, and that clause's own object after the title ("افتتح الوزير مكتبة") stood as a
    rival doer: a true claim of the second deed was contradicted ("name مصنع ≠ مكتبة"). A doer between ("ثم زار المحافظ
    مصنع الورق") keeps the word the claim's agent, and the claim's title in the other clause then has a rival."""
    c, verb = claim.words[i], links.get(0)
    e = evidence.words[links[i].evidence]
    if c.name or c.person or e.listed or e.name or e.person or verb is None or verb.strength < 0.95:
        return False
    at = evidence.words[verb.evidence].pos
    # (only words of time between: a place between, "استضاف في السعودية أمير الكويت", may stand before the doer itself)
    return at < e.pos and all(without_conjunction(w.norm).startswith(_THEN) for w in evidence.words if at < w.pos < e.pos)


_THEN = tuple(normalize(w) for w in ("بعد", "لاحق", "عقب"))


def _name_of_linked(evidence: align.Side, j: int, linked: set[int]) -> bool:
    """The sentence's word at ``j`` opens a person's name whose next word, a name of ``linked``, closes it ("بشار"
    before a linked "الأسد"): one person, named in full."""
    words = evidence.words
    return j + 1 < len(words) and j + 1 in linked and words[j].person and (words[j + 1].listed or words[j + 1].person) \
        and words[j + 1].clause == words[j].clause and words[j + 1].pos == words[j].pos + 1


_GLOSS = re.compile(r"\(([^()]*)\)")
# adjectives of a nationality or a region, masculine and feminine, without the article ("عربي", "أفريقية"): no doer
def _definite_nisba(side: align.Side, j: int) -> bool:
    """Word ``j`` is a nisba with its article right after a definite common word, an adjective of the phrase before it
    ("في السوق المالية السعودية"), no doer of its clause: dev 28's true "وطُرحت أسهم أرامكو في ديسمبر 2019" was
    contradicted, "name أرامكو ≠ السعودية", the clause "وهو ما تم في ديسمبر 2019 في السوق المالية السعودية" taken for
    one with a doer of its own."""
    w = side.words[j]
    if not j or not w.norm.startswith("ال") or w.norm[2:] not in _NISBAS:
        return False
    before = side.words[j - 1]
    return before.pos == w.pos - 1 and bare(before.norm) != before.norm and before.norm.startswith("ال") and not before.listed


_NISBAS = frozenset(normalize(f + end) for entry in (*lexicon.NATIONALITIES, *lexicon.REGIONAL_ADJECTIVES)
                    for f in entry.split() if f.endswith("ي") for end in ("", "ة"))


def _glosses(text: str) -> frozenset[str]:
    """The words written in brackets in ``text``, normalized (a gloss or an aside: "(داعش)", "(فيفا)")."""
    return frozenset(normalize(w) for m in _GLOSS.finditer(text) for w in m.group(1).split())


def _party_of_another_clause(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """The claim's verb (its first word) found in one clause of the sentence, a name of the claim after its head noun
    ("شركة الرمال") only in another clause that opens on a verb of its own, while the verb's clause puts another name
    after the same head noun: the claim gives one clause's deed to the other's party ("وتملك السفينة شركة الرمال"
    against "وتملكها شركة النخيل وتشغلها شركة الرمال": the second company runs the ship, the first owns it). A name
    placed after the verb's object escapes :func:`agent_clashes`, which looks for the agent among the first words."""
    verb = links.get(0)
    if verb is None or claim.words[0].name or claim.words[0].listed:
        return []
    home = evidence.words[verb.evidence].clause
    linked = {link.evidence for link in links.values()}
    for i, link in sorted(links.items()):
        c, e = claim.words[i], evidence.words[link.evidence]
        if not c.listed or c.role or e.role or e.clause == home or said_in(c, evidence, home) or i < 2:
            continue
        head = claim.words[i - 1]
        if head.pos != c.pos - 1 or head.listed or head.name:
            continue
        opening = min(k for k, w in enumerate(evidence.words) if w.clause == e.clause)
        if opening in linked or evidence.words[opening].listed:
            continue
        # (the verb's clause names its own party after the same head: "شركة النخيل")
        rival = next((w.text for j, w in enumerate(evidence.words) if w.clause == home and w.listed and not w.role
                      and j not in linked and j > 0 and evidence.words[j - 1].pos == w.pos - 1
                      and evidence.words[j - 1].keys & head.keys), None)
        if rival is not None:
            return [(c.text, rival)]
    return []


def contrast_values(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """In a sentence of two clauses set against each other ("… ، فيما …", "بينما"), each with its own doer, a value
    of the claim found only in the clause other than the one holding most of the claim's words is that clause's
    ("وسجل المهاجم رامي الخطيب ثلاثة أهداف، فيما أحرز زميله ماهر السعدي هدفين": the three goals are not ماهر
    السعدي's). Read without names, which the checker may not know: (first claim word, "") for each, a clash that
    blocks support and names no rival."""
    if not claim.values or _CONTRAST.isdisjoint(evidence.folded()):
        return []
    # (weighed by how rare each word is; not the claim's first word, the verb both clauses may share)
    weight: dict[int, float] = {}
    for i, link in links.items():
        if i == 0 and len(claim.words) >= 3:
            continue
        clause = evidence.words[link.evidence].clause
        weight[clause] = weight.get(clause, 0.0) + align.idf(claim.words[i])
    ranked = sorted(weight.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1e-6):
        return []
    home = ranked[0][0]
    out = []
    for v in claim.values:
        found = {e.clause for e in evidence.values if same_count(v, e)}
        if found and home not in found:
            out.append((claim.words[0].text if claim.words else v.text, ""))
    return out


def said_in(word: align.Word, side: align.Side, clause: int) -> bool:
    """The word (or one the aligner would link to it) is said in that clause of the side."""
    return any(w.clause == clause and word_link(word, w)[0] >= align.LINK_MIN for w in side.words)


def party(w: align.Word) -> bool:
    """A name that may take part in the event (not a place after "في", nor the name of a prize: "كأس أوروبا")."""
    return w.name and w.role not in ("في", PRIZE_ROLE, CLOCK_ROLE)


def substitutions(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], used: set[int],
                   known: set[int] | frozenset[int] = frozenset()) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Claim words in a slot where the evidence holds a word of its own: the neighbours on both
    sides are linked and the evidence's word between them is not (or, at the claim's end, the left
    neighbour is). Names first: (name substitutions, all substitutions)."""
    names, every = [], []
    for i, c in enumerate(claim.words):
        if i in links or i in known or first_name_of_linked(claim, evidence, links, i):
            continue
        slot = _slot(claim, evidence, links, i)
        if slot is None or slot in used:
            continue
        e = evidence.words[slot]
        if same_country(c, e) or other_side(c, e):
            continue
        if c.place and bare(e.norm) in _NISBAS:
            # (a nationality says who someone is, not where: "كتب محفوظ أول رواياته في الإسكندرية" is not set against
            # "الروائي المصري نجيب محفوظ"; the sample corpus's unstated claim was contradicted once "ستوكهولم" of
            # another sentence became a place, round 40)
            continue
        every.append((c.text, e.text))
        if c.name and e.name:
            names.append((c.text, e.text))
    # A name of the claim absent from the evidence, where the evidence has a name in the same role, in a clause the claim
    # speaks of (one with a word linked): not a plan's town of another clause ("…، وإن اللجنة تدرس إقامة الدورة
    # المقبلة في مدينة جرش" named no other town for "الدورة السادسة من معرض إربد": ask's held out 18, once جرش was a
    # place, round 33).
    spoken = {evidence.words[link.evidence].clause for link in links.values()}
    for i, c in enumerate(claim.words):
        if (i in links or i in known or not c.name or any(n[0] == c.text for n in names)
                or first_name_of_linked(claim, evidence, links, i)):
            continue
        role = align.canonical_role(c.role, c.frame)
        for j, e in enumerate(evidence.words):
            if (j not in used and e.name and align.canonical_role(e.role, e.frame) == role and (c.place == e.place)
                    and e.clause in spoken and not same_country(c, e)):
                names.append((c.text, e.text))
                break
    return names, every


def _slot(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int) -> int | None:
    """The evidence word in claim word ``i``'s place: between the words its linked neighbours link to (or, at
    the claim's end, after its left neighbour's; at its start, before its right neighbour's)."""
    left, right = links.get(i - 1), links.get(i + 1)
    if left is not None and right is not None and right.evidence - left.evidence == 2:
        return left.evidence + 1
    # (or two words between, a name of two the claim gives one word: "اختيار الملا اختر منصور قائدا" / "اختيار الملا يعقوب
    # قائدا"; a false claim of the lead's real news, round 45's dev batch 27, was supported at 0.84 with "يعقوب" nowhere)
    # Two words of a name: neither with the article nor the first after "و" ("وتجدد المخاوف" is a clause, no name).
    if left is not None and right is not None and right.evidence - left.evidence == 3 \
            and not any(link.evidence == left.evidence + 2 for link in links.values()) \
            and evidence.words[right.evidence].pos - evidence.words[left.evidence].pos == 3 \
            and not evidence.words[left.evidence + 1].norm.startswith(("ال", "و")) \
            and not evidence.words[left.evidence + 2].norm.startswith("ال"):
        return left.evidence + 1
    # (on one side only, the sentence's word must stand as near its neighbour as the claim's: "نحو 300 ألف شخص تضرروا"
    # against "… لوكالة الأنباء الألمانية إن «نحو 300 ألف تضرروا": الألمانية, six tokens back, is in no slot of شخص; a
    # real-news reading of round 34 was contradicted so)
    ev, cw = evidence.words, claim.words
    if left is not None and right is None and left.evidence + 1 < len(ev) \
            and ev[left.evidence + 1].pos - ev[left.evidence].pos <= cw[i].pos - cw[i - 1].pos + 1 \
            and not evidence.pause_between(left.evidence, left.evidence + 1):
        return left.evidence + 1
    if right is not None and left is None and right.evidence - 1 >= 0 \
            and ev[right.evidence].pos - ev[right.evidence - 1].pos <= cw[i + 1].pos - cw[i].pos + 1 \
            and not evidence.pause_between(right.evidence - 1, right.evidence):
        return right.evidence - 1
    return None




def named_in_place(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int) -> bool:
    """The sentence holds a name of its own where the claim puts its name ``i``: "قرب مدينة طرطوس" against
    "قرب مدينة جبلة". The article naming طرطوس elsewhere does not make it the place of this sentence. Nor
    does it when a head word stands before either name, said by the sentence or not ("قرب مدينة حلب" / "قرب
    حلب" against "قرب دمشق" / "قرب العاصمة دمشق", حلب and "مدينة حلب" said in another sentence)."""
    c = claim.words[i]
    if not c.name or first_name_of_linked(claim, evidence, links, i):
        return False
    used = {link.evidence for link in links.values()}
    slot = _slot(claim, evidence, links, i)
    if slot is None and i > 1 and i - 1 not in links and not claim.words[i - 1].name \
            and claim.words[i - 1].pos == c.pos - 1:
        slot = _slot(claim, evidence, links, i - 1)
    if slot is None or slot in used:
        return False
    e = evidence.words[slot]
    if not e.name and slot + 1 < len(evidence.words) and slot + 1 not in used \
            and evidence.words[slot + 1].pos == e.pos + 1:
        e = evidence.words[slot + 1]
    # (a person's titles before his name, the claim's person right after the verb: "كشف السلطان قابوس عن الخطة" against
    # "كشف نائب رئيس الوزراء العماني آنذاك السيد فهد بن محمود عن خطة …", the sultan said elsewhere in the article: the
    # sentence's doer is its own man; held out 33 kept another man as the announcer)
    k = slot + 1
    while not e.name and c.person and _title_shaped(e, -1) and k < len(evidence.words) and k - slot < 6 \
            and k not in used and evidence.words[k].pos - evidence.words[k - 1].pos <= 2 \
            and evidence.words[k].clause == evidence.words[slot].clause:
        e = evidence.words[k]
        k += 1
    return e.name and not same_country(c, e)


def same_country(c: align.Word, e: align.Word) -> bool:
    """A capital and its country ("برلين" / "ألمانيا"): one is in the other, so neither replaces the other
    (the capital states its country; the country says less than its capital)."""
    country = country_of(c.norm)
    return bool(country) and c.norm != e.norm and country == country_of(e.norm)


# (each title as the bare words it is written in: "القائم بأعمال" is two)
_DEPUTY = frozenset(tuple(bare(normalize(part)) for part in w.split()) for w in lexicon.DEPUTY_TITLES)


def deputies(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """An office linked on both sides with a deputy's title in front of it on one side only: "اعتقال
    محافظ المركزي" against "اعتقال مساعد محافظ البنك المركزي" names another man (ANS-dev's one such
    pair was called supported, every word of the claim being in the source), and so does "القائم بأعمال السفير" for
    "السفير" (the lead's round 33 probe, supported at 0.87)."""
    def titled(side: align.Side, k: int) -> str | None:
        if side.words[k].name:
            return None  # (a member of parliament named: "النائب خالد عمر" is the man, no deputy of his)
        for title in _DEPUTY:
            first = k - len(title)
            if first >= 0 and side.words[k].pos - side.words[first].pos == len(title) \
                    and tuple(bare(w.norm) for w in side.words[first:k]) == title:
                return " ".join(w.text for w in side.words[first:k])
        return None

    linked_e = {link.evidence for link in links.values()}
    linked_c = set(links)
    out = []
    for i, link in links.items():
        c_title, e_title = titled(claim, i), titled(evidence, link.evidence)
        if e_title is not None and c_title is None and link.evidence - 1 not in linked_e:
            out.append((claim.words[i].text, f"{e_title} {evidence.words[link.evidence].text}"))
        elif c_title is not None and e_title is None and i - 1 not in linked_c:
            out.append((f"{c_title} {claim.words[i].text}", evidence.words[link.evidence].text))
    return out


_SON_OF = frozenset(normalize(w) for w in lexicon.SON_OF)


def _name_part(w: align.Word) -> bool:
    """A word of a person's name: a name, "بن", or a family name shaped as a nisba ("العتيبي", which alone reads as an
    adjective)."""
    return w.person or w.name or w.norm in _SON_OF or w.norm.startswith("ال") and w.norm.endswith("ي") and len(w.norm) > 4


def name_edge(side: align.Side, k: int, step: int) -> int:
    """The last word of the name around word ``k`` going ``step`` (-1: back to its first word, 1: on to its last):
    names and persons written one after the other, with "بن" between ("سعد بن عبدالعزيز العفالق")."""
    words = side.words
    while 0 <= k + step < len(words) and words[k + step].pos == words[k].pos + step and _name_part(words[k + step]):
        k += step
    return k


def _title_shaped(w: align.Word, step: int) -> bool:
    """A word beside a name that may be its title: a party title ("رئيس", "الوزير"), an office (lexicon.ROLE_NOUNS:
    "نائب") or a noun with its article ("الشاعر");
    after the name also one in the accusative of a list ("رئيساً", "نائباً"). Not a verb ("وسجل اللاعب سالم الكعبي …
    فيما أحرز حمد الراشدي" gives أحرز no title)."""
    if w.name or w.person:
        return False
    # (the article as a title has, not after a preposition: "بالإجماع" is how, no office)
    return align.is_title(w) or bare(w.norm) in _OFFICES or w.norm.startswith(("ال", "وال")) \
        or step > 0 and w.text.rstrip("\u064b").endswith("ا")


_OFFICES = frozenset(bare(normalize(w)) for w in lexicon.ROLE_NOUNS)
_VENUES = frozenset(bare(normalize(w)) for w in ("استاد", "ملعب", "مدينة", "حي", "ساحة"))  # heads of a place's name


def name_after_its_head(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A name the claim writes right after a noun ("بورصة لندن"), linked as written elsewhere in the sentence ("في طوكيو
    ولندن"), where the sentence writes right after that noun a name of its own no claim word takes ("بعد فتح بورصة
    طوكيو"; a false claim of the lead's real news, round 45's dev batch 28, was supported so at 0.98). The claim's name
    is not the one the sentence's noun goes on with in its next words ("الرئيس الأمريكي باراك أوباما" / "الرئيس
    أوباما")."""
    ev = evidence.words
    taken = {link.evidence for link in links.values()}
    out = []
    for i, c in enumerate(claim.words):
        head = links.get(i - 1)
        noun = claim.words[i - 1]
        # (a noun by its shape, the article or a ة: a verb's doer is read by the doer checks, "سجل كيليان مبابي" / "وسجل
        # ليونيل ميسي …، فيما أحرز كيليان مبابي")
        if not i or not c.name or i not in links or links[i].strength < 0.95 or head is None or head.strength < 0.95 \
                or noun.name or noun.pos != c.pos - 1 or not (noun.norm.startswith("ال") or noun.norm.endswith("ه")):
            continue
        h, k = head.evidence, links[i].evidence
        # (the noun written again before the claim's name is that name's: "طلب الرئيس فلاديمير بوتين … من الرئيس بشار
        # الأسد" / "طلب الرئيس بشار الأسد")
        if any(e.keys & noun.keys for e in ev[max(k - 3, 0):k]):
            continue
        if h + 1 >= len(ev) or h + 1 in taken or h < k <= h + 4 or not ev[h + 1].name or ev[h + 1].pos != ev[h].pos + 1 \
                or ev[h + 1].keys & c.keys or evidence.pause_between(h, h + 1) or same_country(c, ev[h + 1]):
            continue
        out.append((c.text, ev[h + 1].text))
    return out


def titles_of_another(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A person's title in the claim linked to the title the sentence gives another person, while the sentence gives the
    claim's person a title of its own on the same side of the name: "فهد الدوسري رئيس الجمعية" against "خالد العتيبي
    رئيساً، فهد الدوسري نائباً", "الشاعر طلال الباشا" against "الملحن طلال الباشا والشاعر سعد الشمري" (such pairs of a
    real-news reading of round 33 were supported at 0.97 and 0.93: a list hands each man his own office)."""
    ev = evidence.words
    linked_e = {link.evidence for link in links.values()}
    out = []
    for i, c in enumerate(claim.words):
        if not (c.person and c.name) or i not in links or name_edge(claim, i, -1) != i:
            continue  # (once per name, from its first word; "على الطلب" is no one)
        for step in (-1, 1):
            edge = i if step < 0 else name_edge(claim, i, 1)
            r = edge + step
            if not 0 <= r < len(claim.words) or r not in links or claim.words[r].pos != claim.words[edge].pos + step \
                    or not _title_shaped(claim.words[r], step):
                continue
            j = links[r].evidence
            q, k = j - step, links[i].evidence  # the sentence's title stands beside another person than the claim's
            if not 0 <= q < len(ev) or ev[q].pos != ev[j].pos - step or not _name_part(ev[q]) \
                    or _definite_nisba(evidence, q):
                continue  # (nor a nationality of the title itself: "الرئيس المصري عبد الفتاح السيسي" is one man)
            lo, hi = sorted((q, name_edge(evidence, q, -step)))
            if lo <= k <= hi:
                continue
            own_edge = k if step < 0 else name_edge(evidence, k, 1)
            t = (name_edge(evidence, k, -1) if step < 0 else own_edge) + step
            # (its own title may be the word the claim's title goes on with: "نائب الرئيس" / "رئيساً")
            rest = links.get(r + step)
            if not 0 <= t < len(ev) or t in linked_e and (rest is None or rest.evidence != t) \
                    or ev[t].pos != ev[t - step].pos + step or not _title_shaped(ev[t], step) or ev[t].keys & claim.words[r].keys:
                continue
            out.append((claim.words[r].text, ev[t].text))
    return out


def person_after_the_title(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A person the claim names right after its title words ("العاهل العماني السلطان قابوس"), not found in the sentence,
    while the sentence names another person right after the word that title is linked to ("… العماني آنذاك السيد فهد
    بن محمود"): the title, said in other words (العاهل = السيد, العاهل = الملك), carries the sentence's man, not the
    claim's, whatever the article says of the claim's elsewhere (held out 33: "وأعلن الرؤية العاهل السعودي الملك سلمان"
    was kept, the king being the one who chaired the cabinet that approved the plan). (claim name, sentence name)."""
    ev = evidence.words
    used = {link.evidence for link in links.values()}
    out = []
    for i, c in enumerate(claim.words):
        if not c.name or c.place or i in links or i == 0 or claim.words[i - 1].name:
            continue
        r = i - 1  # back over the claim's own unlinked title words ("الملك", "السلطان") to the nearest linked one
        while r > 0 and r not in links and claim.words[r].pos == claim.words[r + 1].pos - 1 and i - r < 3 \
                and _title_shaped(claim.words[r], -1) and bare(claim.words[r].norm) not in _VENUES:
            r -= 1
        if r not in links or claim.words[r].pos != claim.words[r + 1].pos - 1 or not _title_shaped(claim.words[r], -1) \
                or not any(align.is_title(w) or bare(w.norm) in _OFFICES for w in claim.words[r:i + 1]):
            continue
        j = links[r].evidence
        for k in range(j + 1, min(j + 4, len(ev))):
            if ev[k].pos - ev[k - 1].pos > 2 or ev[k].clause != ev[j].clause:  # (a stopword between: "آنذاك")
                break
            if k in used:
                continue
            if ev[k].name and not ev[k].place and (ev[k].person or c.person):
                out.append((c.text, ev[k].text))
            break
    return out


def first_name_of_linked(claim: align.Side, evidence: align.Side, links: dict[int, align.Link], i: int) -> bool:
    """Claim word ``i`` is the first name of a person the sentence names by the family name alone:
    "أحمد الشرع" against "وكان الشرع قد قاد …" (the same person, not أحمد in another's slot). The
    family name is a name, or, after a sure first name, the very word ("الشرع" looks like a common
    noun); and the sentence puts no name right beside it: "ماهر الأسد" against "بشار الأسد" is
    another person, "محمد الوزير" against "الوزير علي" another minister."""
    c, nxt = claim.words[i], links.get(i + 1)
    if not c.name or c.place or nxt is None:  # (a place has no family name: "سوريا الاقتصادية")
        return False
    surname = claim.words[i + 1]
    if surname.pos != c.pos + 1 or not (surname.name or (c.listed and nxt.kind == "same")):
        return False
    j = nxt.evidence
    here = evidence.words[j].pos
    return not any(0 <= k < len(evidence.words) and evidence.words[k].name and abs(evidence.words[k].pos - here) == 1
                   for k in (j - 1, j + 1))


_FINAL = frozenset(normalize(w) for w in lexicon.FINAL_STAGE)


def _prize(w: align.Word) -> bool:
    return is_prize(w.norm)


def prizes_unwon(claim: align.Side, evidence: align.Side) -> list[str]:
    """The prizes the claim says were won ("فازت فرنسا بكأس العالم": a prize after ب, with a verb of winning) that a
    sentence telling a result only names as its setting ("بخسارته أمام فرنسا … في نصف نهائي كأس العالم"): beating
    a rival in a round is not winning the cup. The sentence states a prize won when it too names one after ب
    ("توجت الأرجنتين بلقب كأس العالم", "فازت بالكأس"), or tells the final as the match ("في المباراة النهائية")."""
    if claim.frame != "win" or not evidence.frame:
        return []
    won = [w.text for w in claim.words if w.role == "ب" and _prize(w)]
    if not won or any(w.role == "ب" and _prize(w) for w in evidence.words):
        return []
    if any(w.setting and (w.norm in _FINAL or bare(w.norm) in _FINAL) for w in evidence.words):
        return []
    return won


_SON_OF = frozenset(normalize(w) for w in lexicon.SON_OF)


def patronymics(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A name of the claim found in the sentence only as another person's father's name: "الملك
    سلمان" against "الأمير محمد بن سلمان" is (سلمان, محمد), not the same person."""
    used = {link.evidence for link in links.values()}
    out = []
    for i, link in links.items():
        c, j = claim.words[i], link.evidence
        if not c.name or j < 2:
            continue
        son_of, person = evidence.words[j - 1], evidence.words[j - 2]
        claim_son_of = i > 0 and claim.words[i - 1].norm in _SON_OF and claim.words[i - 1].pos == c.pos - 1
        if (son_of.norm in _SON_OF and son_of.pos == evidence.words[j].pos - 1 and person.pos == son_of.pos - 1
                and person.name and j - 2 not in used and not claim_son_of):
            out.append((c.text, person.text))
        # and the mirror: the claim's father's name ("محمد بن سلمان") found in the sentence as a person whose own
        # father it names ("برئاسة الملك سلمان بن عبد العزيز"), not after a "بن" of its own: the father is not the son
        # (held out 21: "ويرأس … الأمير محمد بن سلمان" was supported by the king's "سلمان بن", "محمد" borrowed)
        after = evidence.words[j + 1] if j + 1 < len(evidence.words) else None
        if claim_son_of and after is not None and after.norm in _SON_OF and after.pos == evidence.words[j].pos + 1 \
                and not (j and evidence.words[j - 1].norm in _SON_OF and evidence.words[j - 1].pos == evidence.words[j].pos - 1):
            out.append((c.text, evidence.words[j + 2].text if j + 2 < len(evidence.words) else after.text))
    return out


def detached_names(claim: align.Side, evidence: align.Side, links: dict[int, align.Link]) -> list[tuple[str, str]]:
    """A name the claim puts right after a word ("علم اليابان") that the sentence links only in
    another clause, while right after that word the sentence has a name of its own (of the same kind;
    against a listed name, any word without the article): "وترفع علم بنما، وتملكها شركة … اليابانية"
    gives the flag to بنما, not to اليابان. So too after a head word the sentence says with the claim's
    name in that other clause but not after the first word: "قرب مدينة حلب" against two sentences read
    together, "… قرب دمشق (قرب مدينة دمشق). … في مدينة حلب" (the second's "مدينة حلب" places no base)."""
    used = {link.evidence for link in links.values()}
    out = []
    for i, link in links.items():
        c = claim.words[i]
        home = evidence.words[link.evidence].clause
        d = 1
        # (the claim's own first word is its verb: "سجل كيليان مبابي", no construct)
        while c.name and i - d > 0 and claim.words[i - d].pos == c.pos - d and i - d in links and d <= 2:
            if d == 2 and claim.words[i - 1].name:
                break
            if claim.words[i - d].name and claim.words[i - d].role:
                # (a name after a party of its own, "على البرتغال", is no construct: the doer told after the object, "وسجل
                # هدف الفوز على البرتغال يوسف النصيري"; dev 26's true sentence was replaced, "name يوسف ≠ بهدف")
                break
            if i - d == 1 and 0 in links and evidence.words[links[0].evidence].clause == home:
                # (the doer right after the claim's verb, which the name's own clause tells: "زار السفير ميناء العقبة"
                # against "استقبل السفير وفداً تجارياً، ثم زار بعدها ميناء العقبة", where the clause leaves its doer to
                # the verb's pronoun; the doer is no head of the name, and "وفداً" after it no rival: a true claim
                # was contradicted, "name العقبة ≠ وفداً")
                break
            if d == 1 and _definite_common(claim.words[i - 1]):
                # (a noun with the article right before the name is in no construct with it: "تطرح الكلية ماجستير" tells
                # what the college offers, not a "ماجستير" of it; the lead's round 41 saw that true claim contradicted,
                # "name ماجستير ≠ دبلوم", two unknown foreign words read as names)
                break
            at = links[i - d].evidence
            head = evidence.words[at]
            slot = at + 1
            if slot + 1 < len(evidence.words) and not evidence.words[slot].name and (
                    not _named_slot(c, evidence.words[slot])
                    or (d == 2 and word_link(claim.words[i - 1], evidence.words[slot])[0] >= align.LINK_MIN)):
                slot += 1  # a head word before the sentence's name, the claim's or its own ("قرب العاصمة دمشق")
            if slot >= len(evidence.words):
                break
            e = evidence.words[slot]
            # (the name itself said there too, with a letter glued on, is no name of its own: "للأرجنتين" beside a
            # pair's other sentence whose "الأرجنتين" the claim's is linked to)
            # (after a head the sentence writes with its article and the claim in construct, "ما تضمنته الرؤية تحويل
            # صندوق" / "رؤية السعودية", a common word starts another phrase: no name's slot; dev 26's true sentence was
            # replaced, "name السعودية ≠ تحويل")
            if head.norm.startswith("ال") and not claim.words[i - d].norm.startswith("ال") and not e.name:
                break
            # (a word opening the next clause is no name after the head: "في ساحة الأمويين، ورفع المحتفلون …" has no
            # name of its own after "الأمويين"; dev 14's true "… في ساحة الأمويين بدمشق" was replaced, "name بدمشق ≠ ورفع")
            if (slot not in used and e.pos == head.pos + slot - at and _named_slot(c, e) and home != head.clause
                    and e.clause == head.clause
                    and not said_in(claim.words[i - d], evidence, home) and word_link(c, e)[0] < 0.95):
                out.append((c.text, e.text))
                break
            d += 1
    return out


_NAME_CUES = frozenset(bare(normalize(w)) for w in lexicon.NAME_CUES)


def _definite_common(w: align.Word) -> bool:
    """A noun with the article that names no one and heads no name: not a name, a title, a name cue or a place's head
    ("العاصمة دمشق", "الرئيس بشار", "الشيخ …" keep the name after them)."""
    return w.norm.startswith(("ال", "وال")) and not w.name and not align.is_title(w) and not place_head(w.norm) \
        and bare(w.norm) not in _NAME_CUES


def _named_slot(c: align.Word, e: align.Word) -> bool:
    """The sentence's word ``e`` is a name where the claim has its name ``c``: of the same kind, or, against a sure
    name of the claim, any word without the article ("بنما" looks like no name to the shape test, but stands where
    one does)."""
    return (e.name and e.place == c.place) or (c.listed and not e.norm.startswith("ال"))


_CONTRAST = frozenset({"فيما", "بينما"})


def year_of_another_count(claim: align.Side, evidence: align.Side, c: Value, e: Value) -> bool:
    """The sentence's year ``e``, set against the claim's year ``c``, comes right after another count of the thing the
    claim counts (the nearest count before it, of the claim's unit), while the sentence states the claim's own count
    elsewhere: the year dates that other count ("وكانت هذه آخر نسخة بمشاركة 32 منتخباً، إذ ترتفع المشاركة إلى 48 منتخباً
    في مونديال 2026": 2026 is the year of the 48 teams), no rival of the year the claim gives its own count ("شارك في
    مونديال قطر 2022 اثنان وثلاثون منتخباً" was replaced, "year 2022 ≠ 2026", dev 29's true sentence)."""
    if not (year_only(c) and year_only(e)) or e.start < 0:
        return False
    counts = [v for v in claim.values if v.kind == "num" and v.unit and not year_only(v)]
    before = [v for v in evidence.values if v.kind == "num" and v.unit and not year_only(v) and 0 <= v.start < e.start]
    if not counts or not before:
        return False
    nearest = max(before, key=lambda v: v.start)
    return any(same_unit(own.unit, nearest.unit) and not same_count(own, nearest)
               and any(v is not nearest and same_count(own, v) for v in evidence.values) for own in counts)


def count_of_another_year(claim: align.Side, evidence: align.Side) -> list[tuple[Value, Value]]:
    """The claim's count and its year are both in the sentence, but the year comes right after another count of the
    thing the claim counts (the nearest count before it, of the claim's unit): the year is that count's, and the claim
    gives it the wrong one. "وشارك 32 منتخباً في مونديال 2026" against "وكانت هذه آخر نسخة بمشاركة 32 منتخباً، إذ ترتفع
    المشاركة إلى 48 منتخباً في مونديال 2026" was supported, every value found (the TRUST BUG guard42 left): (32, 48).
    The other side of :func:`year_of_another_count`, where the years differ and the sentence's dates the other count."""
    counts = [v for v in claim.values if v.kind == "num" and v.unit and not year_only(v)]
    years = [v for v in claim.values if year_only(v)]
    out: list[tuple[Value, Value]] = []
    for y in years if counts else ():
        for e in evidence.values:
            if e.start < 0 or not year_only(e) or not same_value(y, e):
                continue
            before = [v for v in evidence.values if v.kind == "num" and v.unit and not year_only(v) and 0 <= v.start < e.start]
            if not before:
                continue
            nearest = max(before, key=lambda v: v.start)
            if any(same_count(own, nearest) for own in counts):
                continue  # (the claim tells that count too: "آخر بطولة يشارك فيها 32 منتخباً، إذ سيرتفع العدد إلى 48 …")
            out += [(own, nearest) for own in counts
                    if same_unit(own.unit, nearest.unit) and not same_count(own, nearest)
                    and any(v is not nearest and same_count(own, v) for v in evidence.values)
                    and (own, nearest) not in out]
    return out
