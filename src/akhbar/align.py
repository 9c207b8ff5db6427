"""A claim aligned with one evidence sentence: the facts the claim checker's model reads.

``analyze(text)`` (:mod:`akhbar.sides`, importable from here too) reads a text once (cached): its content words
with every key they can match by, its numbers and dates as values, its negations, polarity words and names with
their roles.
``align(claim, evidence)`` then links each claim word to its best evidence word and compares:

1. **Words** (:func:`akhbar.wordlinks.word_link`): the same folded word or word without clitics (1.0), the same stem or
   light stem (0.95), a phrase or word of one synonym group (0.85: lexicon.SYNONYM_GROUPS, Arabic
   WordNet, pairs mined from ANS-train agree pairs), the same AWN root or consonant skeleton (0.8),
   the stem matcher of :mod:`akhbar.qa.match` (≤ 0.9), trigram similarity (≥ 0.55, × 0.8).
   A word the sentence writes in its own family is linked there, not to a synonym of it (a group links two families);
   of two sentence words as good, a claim word takes one no other claim word took, and two move words of the claim
   (a rise, a fall …) never share the sentence's one through a synonym.
   What is left unaligned on each side, and which of it is a name, counts.
2. **Slots**: numbers, dates and ranks ("المركز الرابع") as values (:mod:`akhbar.numbers`, :mod:`akhbar.dates`, fractions
   "نصف قرن"): the same value, a different value of the same kind (a conflict: "year 2023 ≠ 2024"),
   or a value the evidence does not have at all (missing).
3. **Roles**: each name's role is the word before it (على، أمام، من، إلى، مع، …) or bare (the agent);
   with a verb of winning or losing the roles become winner/loser, so "خسرت فرنسا أمام الأرجنتين"
   and "فازت الأرجنتين على فرنسا" agree. Two names with exchanged roles are a swap; a name of the
   claim whose slot holds another name in the evidence is a substitution. Clause by clause
   (:func:`akhbar.conflicts.agent_clashes`): the claim's agent must do, in the sentence, what the claim says it does —
   not be the object of a verb carrying its own agent, nor take a deed from another clause's agent.
4. **Polarity**: a negated word on one side only, a denial/refusal word on one side only, and
   antonym pairs (lexicon.ANTONYMS) linking a claim word to an evidence word.

:class:`Alignment` carries the features (``FEATURES``, by name) and the facts a reason is built from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import conflicts, event_order, exchanged, kinds, lexicon, opposites
from .arabic import normalize, without_conjunction
from .deed_phrases import deed_in_the_same_slot, object_on_told_otherwise, phrase_of_the_deed, slot_verbs_spelt_near, sold_at_the_price

# (the links a claim word keeps: the link type and the pruning steps align runs after linking, in their own module)
from .link_pruning import Link as Link
from .link_pruning import (
    announcement_a_headline_adds,
    announcement_denied,
    another_for_a_second,
    belonging_before_its_owner,
    century_gone_by,
    day_half_of_its_date,
    exceeded_count,
    frame_of_the_deed,
    halt_on_an_arrest,
    light_where_the_sentence_has_it,
    link_planned_dwelling,
    no_month_in_a_name,
    no_rank_in_a_month,
    no_site_for_a_deed,
    noun_beside_its_adjective,
    one_move_each,
    one_root_each,
    one_synonym_each,
    one_telling_each,
    part_of_its_month,
    price_of_the_linked,
    second_partner,
    word_of_its_slot,
)
from .named_matches import another_match, count_of_one_match, match_by_its_result
from .qa.match import bare, stem_match

# (the side's names stay importable from here: the aligner is the checker's entry; conflicts reads align.Word)
from .sides import ORDINALS as ORDINALS
from .sides import Context as Context
from .sides import Side as Side
from .sides import Word as Word
from .sides import analyze as analyze
from .sides import canonical_role as canonical_role
from .sides import canonical_words as canonical_words
from .sides import idf as idf
from .sides import is_title as is_title
from .sides import listed_name as listed_name
from .sides import merge as merge
from .value_compare import compare_values, describe_conflict, value_year, year_only
from .values import CLEAN_SHEET_UNIT, Value
from .wordfacts import DENIAL as DENIAL  # (conflicts reads align.DENIAL)
from .wordfacts import PLACE_ROLES, country_of, is_reward, place_head, town_head, under_pronoun, venue_word
from .wordlinks import extent_word, linkable, word_link
from .wordtables import antonym_families, table_get

LINK_MIN = 0.6  # the weakest word link the aligner keeps (and the conflict checks count as "said")
_SAID_AS = ("same", "stem", "root")  # links that say the other side's very word (not a synonym or a near spelling)


def _ordinals_compared(claim: Side, evidence: Side) -> tuple[list[tuple[Value, Value]], list[Value]]:
    """(conflicts, missing) of the claim's ordinals: one where the sentence ranks the same noun
    otherwise ("بلقبها الثاني" / "اللقب الثالث"), or does not rank it at all. A rank the claim states
    as its point is compared with the sentence's own, not with one in a phrase of time or place
    ("احتل المغرب المركز الثالث" / "احتل المغرب المركز الرابع … في مباراة تحديد المركز الثالث")."""
    found, missing = [], []
    for c in claim.ordinals:
        rivals = [e for e in evidence.ordinals if e.unit == c.unit or stem_match(e.unit, c.unit) >= 0.85]
        if not c.setting and any(not e.setting for e in rivals):
            rivals = [e for e in rivals if not e.setting]
        if not rivals:
            if c.value >= 2:  # ("أول" also means early or initial: "الطرح العام الأولي")
                missing.append(c)
        elif all(e.value != c.value for e in rivals) and not _another_of_the_series(claim, c, rivals):
            found.append((c, rivals[0]))
    return found, missing


def _another_of_the_series(claim: Side, c: Value, rivals: list[Value]) -> bool:
    """The claim ranks two of one series, and its other rank is the sentence's: "بعد نحو تسع ساعات من الزلزال الأول ضرب
    زلزال ثانٍ" against "وبعد نحو تسع ساعات ضرب زلزال ثانٍ" tells the second quake, the first only its anchor, no rank
    the sentence gives otherwise (dev 27: replaced by its own source, "rank الأول ≠ ثانٍ")."""
    return any(o is not c and o.value != c.value and (o.unit == c.unit or stem_match(o.unit, c.unit) >= 0.85)
               and any(e.value == o.value for e in rivals) for o in claim.ordinals)


_DAY_HALVES = frozenset(normalize(w) for w in lexicon.DAY_HALVES)


# --- aligning two sides --------------------------------------------------------------------------

# Feature names, in the order the model file expects them.
FEATURES = (
    "claim_words", "evidence_words", "coverage", "coverage_exact", "evidence_coverage", "unaligned_claim",
    "unaligned_evidence", "unaligned_claim_names", "unaligned_evidence_names", "substitutions", "name_substitutions",
    "values_matched", "value_conflicts", "values_missing", "year_conflicts", "negation_mismatch",
    "negations_claim", "negations_evidence", "polarity_only_claim", "polarity_only_evidence", "antonyms",
    "role_swaps", "roles_agree", "order", "char_overlap", "synonym_links", "fuzzy_links", "first_word_aligned",
    "length_ratio", "coverage_names", "claim_values", "evidence_values", "roles_changed",
    "coverage_idf", "unaligned_claim_idf_max", "unaligned_claim_idf", "unaligned_evidence_idf",
)


@dataclass
class Alignment:
    claim: Side
    evidence: Side
    links: dict[int, Link]
    known: set[int]  # claim words the sentence lacks but its article states
    sentence_coverage: float  # coverage by the sentence alone (without what its article states)
    features: dict[str, float]
    conflicts: list[tuple[Value, Value]]
    missing: list[Value]
    swaps: list[tuple[str, str]]  # (claim name, evidence name in its role)
    role_clashes: list[tuple[str, str, str]]  # (claim name, its role, its other role in the evidence)
    substitutions: list[tuple[str, str]]  # (claim name, evidence name in its slot)
    slot_changes: list[tuple[str, str]]  # (claim word, evidence word in its slot), names or not
    antonyms: list[tuple[str, str]]
    negation: str | None  # the word negated on one side only
    polarity: str | None  # a denial/refusal word on one side only
    # (the claim's agent, the agent of the sentence's clause that says it): the claim credits its
    # agent with what the sentence says of another ("ميسي سجل ثلاثة أهداف" / "ميسي سجل هدفين، فيما
    # أحرز مبابي ثلاثة أهداف"); rival "": its agent is the sentence's object ("ثم أقصوا إسبانيا").
    agent_clashes: list[tuple[str, str]] = field(default_factory=list)
    converse: bool = False  # the sentence tells the claim's event with the converse verb (lexicon.CONVERSE_VERBS)
    prizes_unwon: list[str] = field(default_factory=list)  # won in the claim, a result's setting in the sentence
    excepted: list[tuple[int, int]] = field(default_factory=list)  # links set apart from the others (opposites.excepted_links)
    # the claim's halt families the sentence tells as an arrest (link_pruning.halt_on_an_arrest): a deed it does not tell
    arrest_halts: frozenset[str] = frozenset()
    # the sentence postpones the event to the claim's time (opposites.postponed_to_the_claims_time): planned, not held
    postponed: bool = False
    context: Context | None = field(default=None, repr=False, compare=False)  # the rest of the article (what was borrowed)
    _ended: str | None = field(default=None, init=False, repr=False, compare=False)

    def ended_state(self) -> str:
        """opposites.ended_state of the pair, found once (the verdict and its reason both ask)."""
        if self._ended is None:
            self._ended = opposites.ended_state(self.claim, self.evidence, self.links)
        return self._ended

    def vector(self) -> list[float]:
        return [self.features[name] for name in FEATURES]

    def unaligned_claim(self) -> list[Word]:
        return [w for i, w in enumerate(self.claim.words) if i not in self.links and i not in self.known]


_REFUSAL = "رفض"  # the polarity family of a refusal (lexicon.POLARITY_FAMILIES: "رفض", "امتنع")


def _refuses_the_deed(evidence: Side, links: dict[int, Link], at: int) -> bool:
    """The sentence's denial or refusal word at token ``at`` governs the claim's deed (its first word, linked) said a
    few words on in the same clause, its doer's long title between: "امتنع المتحدث باسم الكرملين دميتري بيسكوف عن الكشف
    عن مكان إقامة الأسد" refuses the very disclosure "وكشف بيسكوف عن مكان إقامة الأسد" tells, which was supported (0.95),
    the refusal five words from the nearest linked word."""
    deed = links.get(0)
    if deed is None:
        return False
    e = evidence.words[deed.evidence]
    before = [w for w in evidence.words if w.pos < at]
    clause = before[-1].clause if before else 0
    # (the deed is what the refusal is of: right after it, or after its "عن"; "… بيسكوف عن الكشف …، لكنه قال إن …" refuses
    # no word of what he said, the doer's name being the claim's first word: dev 30's true sentence was dropped)
    tokens = evidence.text_tokens()
    after_an = 0 < e.pos <= len(tokens) and tokens[e.pos - 1].norm == normalize("عن")
    return at < e.pos <= at + 10 and (e.pos == at + 1 or after_an) and e.clause == clause and not any(
        at < w.pos < e.pos and w.clause != clause for w in evidence.words)


def _heads_another(claim: Side, i: int, context: Context) -> bool:
    """Claim word ``i`` stands right before a name of the claim ("مدينة طرطوس") and its article says it only before
    other names ("مدينة جبلة"): borrowed, it would place the claim's name where the article places another."""
    names: list[Word] = []
    for w in claim.words[i + 1:]:
        if not w.name or w.pos != claim.words[i].pos + 1 + len(names):
            break
        names.append(w)
    return bool(names) and not claim.words[i].name and context.heads_another(claim.words[i], names)


REASON_ROLES = frozenset(normalize(w) for w in lexicon.REASON_PREPOSITIONS)  # as Word.role holds them


def _reason_phrases(claim: Side) -> list[list[int]]:
    """The claim's phrases after a reason word that follows a prize or a reward (lexicon.REASON_PREPOSITIONS): "عن
    رواية أولاد حارتنا" after "نال جائزة نوبل", as the indices of its words (the first one carries the role; the phrase
    runs on word by word until a word of another role). Not after other words ("تنازل عن العرش": the verb's own), nor
    a place or a listed name after it (where or whom, no reason)."""
    phrases: list[list[int]] = []
    rewarded = False
    for i, w in enumerate(claim.words):
        if w.role in REASON_ROLES:
            if rewarded and not (w.place or listed_name(w)):
                phrases.append([i])
        elif is_reward(w.norm):
            rewarded = True
        if phrases and phrases[-1][-1] == i - 1 and not w.role and w.pos == claim.words[i - 1].pos + 1:
            phrases[-1].append(i)
    return phrases


def _said_with_its_word(claim: Side, evidence: Side, links: dict[int, Link], phrase: list[int]) -> bool:
    """The sentence says the reason phrase's first word after the same reason word ("بتعويض عن خسائر الإغلاق")."""
    head = phrase[0]
    return head in links and evidence.words[links[head].evidence].role == claim.words[head].role


def _reasons_elsewhere(claim: Side, evidence: Side, links: dict[int, Link], reasons: list[list[int]]) -> list[int]:
    """Words of the claim's reason phrases (``reasons``, see _reason_phrases) linked outside the clause that tells the
    claim's event (its first word that is no name) while the sentence does not say the phrase after its reason word:
    "وسجل ميسي هدفين" beside "ونال ميسي جائزة الكرة الذهبية" gives the prize no reason, nor does a neighbouring
    sentence that names the novel (a pair's other sentence is another clause)."""
    verb = next((i for i, w in enumerate(claim.words) if not w.name), None)
    verb_clause = evidence.words[links[verb].evidence].clause if verb in links else None
    return [i for phrase in reasons if not _said_with_its_word(claim, evidence, links, phrase)
            for i in phrase if i != verb and i in links and evidence.words[links[i].evidence].clause != verb_clause]


def _negation_near(evidence: Side, links: dict[int, Link]) -> bool:
    """The sentence's negation bears on what the claim says: a negated word is linked, or stands in a clause where
    a claim word is found, or no word marks what it negates. A negation of a clause the claim never speaks of
    ("خرجت حلب عن سيطرة الحكومة، قبل أن تبلغ الفصائل العاصمة من دون معارك" for "خرجت حلب عن سيطرة الحكومة") is
    not one: counted, it put a true sentence at 0.002."""
    negated = [j for j, w in enumerate(evidence.words) if w.negated]
    if not negated:
        return True
    used = {link.evidence for link in links.values()}
    # (a phrase dating this event by another, "قبل أن تبلغ الفصائل العاصمة …", is a clause of its own)
    clauses = {(evidence.words[j].clause, evidence.words[j].relative) for j in used}
    return any(j in used or (evidence.words[j].clause, evidence.words[j].relative) in clauses for j in negated)


def _clause_expected(evidence: Side, links: dict[int, Link], i: int) -> int | None:
    """The sentence clause of the last claim word before ``i`` that is linked, or None with none."""
    before = max((k for k in links if k < i), default=None)
    return None if before is None else evidence.words[links[before].evidence].clause


def align(claim: Side, evidence: Side, context: Context | None = None) -> Alignment:
    """Link each claim word to its best evidence word and compare values, roles and polarity.

    ``context`` is the rest of the evidence's article (or source text): a claim word or value the
    sentence lacks but the article states ("قناة السويس" where the sentence says "القناة") counts
    as known, not as missing; it never makes a conflict."""
    links: dict[int, Link] = {}
    index = evidence.index()
    taken: set[int] = set()  # the sentence's words an earlier claim word took

    def better(strength: float, j: int, than: Link | None) -> bool:
        # Of two links as strong, the one to a word no other claim word took: two claim words of one stem each take
        # their own word of the sentence when it writes two ("الانتخابات" twice), not both its first.
        return than is None or strength > than.strength or (
            strength == than.strength and than.evidence in taken and j not in taken)

    for i, c in enumerate(claim.words):
        # The keys in a fixed order (a set's order changes from run to run with string hashing).
        # (then the noun under its pronoun: "قوته" is "قوة", wordfacts.under_pronoun)
        hits = next((index[k] for k in (c.norm, bare(c.norm), c.stem, c.light, *under_pronoun(bare(c.norm))) if k in index), None)
        if hits:
            # The sentence's very word before an earlier one of its stem ("إيران" is "إيران", not "الإيرانية"); of two
            # as strong, one no other claim word took, then, for a name, the one right after the word the claim's word
            # before it took ("الملك سلمان" is the king's "الملك سلمان", not the "بن سلمان" of his son's name a sentence
            # before: dev 30's true sentence was replaced, "name سلمان ≠ محمد"; a common word keeps its first hit, the
            # model having learnt its order so), then the one written as the claim writes it, then not one the sentence
            # negates in another clause than that of the claim word linked before it: "وصل عدد الطلاب" is the second
            # clause's "وصل عدد الطلاب إلى 200", not the first's "لم يتجاوز عدد الطلاب 50" (a real-news reading of round
            # 34: a true claim contradicted by the first clause's negation).
            prev = links.get(i - 1) if c.name else None
            home = _clause_expected(evidence, links, i)
            exact = max(hits, key=lambda j: (word_link(c, evidence.words[j])[0], j not in taken,
                                             prev is not None and prev.evidence == j - 1,
                                             evidence.words[j].norm == c.norm,
                                             not (evidence.words[j].negated and evidence.words[j].clause != home)))
            links[i] = Link(i, exact, *word_link(c, evidence.words[exact]))
            if links[i].strength >= 0.95:
                taken.add(links[i].evidence)
                continue
        best: Link | None = None
        own_root: Link | None = None  # the word's best link by its own root, which a group's synonym does not outrank
        for j in linkable(c, index):
            e = evidence.words[j]
            strength, kind = word_link(c, e)
            if kind == "root" and better(strength, j, own_root):
                own_root = Link(i, j, strength, kind)
            if strength and better(strength, j, best):
                best = Link(i, j, strength, kind)
                if strength == 1.0 and j not in taken:
                    break
        if best is not None and best.kind == "synonym" and own_root is not None:
            # A synonym group (0.85) links words of two families; a word whose own family the sentence also writes
            # is that word ("ارتفاع" of the claim is the sentence's "ارتفع", not its "تعافي" of another thing).
            best = own_root
        if best is not None and best.strength >= LINK_MIN:
            links[i] = best
        elif i in links and links[i].strength < LINK_MIN:
            del links[i]  # the word found by its key does not stand for it (a dual and its singular)
        if i in links:
            taken.add(links[i].evidence)
    match_by_its_result(claim, evidence, links)
    reasons = _reason_phrases(claim)
    for i in _reasons_elsewhere(claim, evidence, links, reasons):
        del links[i]
    _link_capitals(claim, evidence, links)
    _link_one_way(claim, evidence, links)
    link_planned_dwelling(claim, evidence, links)
    second_partner(claim, evidence, links)
    one_telling_each(claim, evidence, links)
    one_move_each(claim, links)
    one_root_each(claim, evidence, links)
    one_synonym_each(claim, links)
    noun_beside_its_adjective(claim, evidence, links)
    word_of_its_slot(claim, evidence, links)
    arrest_halts = halt_on_an_arrest(claim, evidence, links)
    no_site_for_a_deed(claim, evidence, links)
    no_rank_in_a_month(claim, evidence, links)
    no_month_in_a_name(claim, evidence, links)
    another_for_a_second(claim, evidence, links)
    for i in slot_verbs_spelt_near(claim, evidence, links):
        del links[i]  # (a verb of a slot deed a near spelling took: the sentence's verb in its slot tells it)
    for i in [i for i in links if kinds.qualified_otherwise(claim, evidence, links, i)]:
        del links[i]  # "الحي الحكومي" against "… ومقر الحكومة. وتضم العاصمة حي المال …": another word's "الحكومة"
    headless = _link_town_heads(claim, evidence, links)
    if context is not None:
        _link_headed_names(claim, evidence, links, context)
    matched, value_conflicts, missing = _values_compared(claim, evidence, links)
    rank_conflicts, rank_missing = _ordinals_compared(claim, evidence)
    # A duration the claim gives ("لمدة شهر") must be the sentence's ("لمدة أسبوعين" is another), or is missing. A vague
    # one ("بعد أيام") is compared with vague ones only ("بعد ساعات" is another; "بعد يومين" decides nothing).
    for d in claim.durations:
        alike = [e for e in evidence.durations if e.approx == d.approx]
        if not any(e.value == d.value for e in alike):
            if alike:
                value_conflicts.append((d, alike[0]))
            else:
                missing.append(d)
    if value_conflicts and another_match(claim, evidence):
        # "وجرت المباراة مساء الأربعاء" against "ويلعب المغرب مباراة تحديد المركز الثالث يوم السبت": the claim's match is
        # its answer's; the sentence's date is that of a match it names otherwise, which decides nothing here.
        missing += [c for c, _ in value_conflicts]
        value_conflicts = []
    if value_conflicts:
        # "ثمانية أهداف في كأس العالم" against "ثلاثة أهداف في المباراة" (the final's): a count of one match is no count
        # of the whole competition the claim names; it decides nothing (held out 23 replaced the true eight by three)
        parts = [(c, e) for c, e in value_conflicts if count_of_one_match(claim, evidence, c, e)]
        missing += [c for c, _ in parts]
        value_conflicts = [pair for pair in value_conflicts if pair not in parts]
    if value_conflicts:  # (a year the sentence gives another count of the claim's thing: conflicts.year_of_another_count)
        others = [(c, e) for c, e in value_conflicts if conflicts.year_of_another_count(claim, evidence, c, e)]
        missing += [c for c, _ in others]
        value_conflicts = [pair for pair in value_conflicts if pair not in others]
    # (and a year the claim gives its count that the sentence gives another count of the thing: the year is that count's)
    value_conflicts += [pair for pair in conflicts.count_of_another_year(claim, evidence) if pair not in value_conflicts]
    if rank_conflicts and value_conflicts:
        # "قوة الزلزال الأول 7.8" against "زلزال ثانٍ بقوة 7.5": the sentence tells another of the series, whose
        # values decide nothing about this one.
        missing += [c for c, _ in value_conflicts + rank_conflicts]
        value_conflicts, rank_conflicts = [], []
    value_conflicts += rank_conflicts
    missing += rank_missing
    known: set[int] = set(headless)
    n_c = len(claim.words)
    verb_at = next((i for i, c in enumerate(claim.words) if not c.name), -1)
    if context is not None and n_c and sum(link.strength for link in links.values()) / n_c >= 0.5:
        # Only a sentence that already states most of the claim may borrow from its article (the
        # name its pronoun or "القناة" stands for); values must be in the sentence itself.
        # A name the claim gives a role ("على فرنسا") must be in the sentence itself: the article
        # naming it elsewhere says nothing about its part in this event. So must every party of the
        # claim when the sentence's own agent is, in the claim, on the other end of the event ("طلب
        # بوتين المساعدة من بشار الأسد" is not stated by "بشار الأسد طلب المساعدة" in an article
        # that names Putin).
        agent_moved = any(conflicts.party(claim.words[k]) and claim.words[k].role and not evidence.words[link.evidence].role
                          and canonical_role(claim.words[k].role, claim.words[k].frame)
                          != canonical_role("", evidence.words[link.evidence].frame) for k, link in links.items())
        # Nor an extent ("بالكامل"): it qualifies this sentence's verb, not the article's other events.
        # Nor may it borrow the claim's verb (its first word that is no name: after the names it opens on, "سمير العلي
        # زار المصرف", round 39): the article saying "تملكها شركة شوي كيسن" elsewhere does not make a sentence about
        # the ship's grounding state who owns it, nor a visit told of someone else a sentence where سمير العلي spoke.
        # Nor a reason phrase ("عن رواية أولاد حارتنا") the sentence does not say after its reason word, unless the article
        # says its first word after that word somewhere: the article naming the novel elsewhere gives the prize no reason.
        # Nor the claim's venue ("على ملعب النخيل", venue_phrase): the article's other sentence may hold another event
        # there (the semi-final), and the claim's event (the final) is not placed by it.
        # Nor a rank ("المباراة الأولى") the article gives only another noun ("أول بطولة … في العالم العربي").
        venue = venue_phrase(claim)
        unstated_reasons = {i for phrase in reasons if not _said_with_its_word(claim, evidence, links, phrase)
                            and not context.attaches(claim.words[phrase[0]]) for i in phrase}
        known = {i for i, c in enumerate(claim.words)
                 if i not in links and not (c.name and c.role not in ("", "في")) and not (agent_moved and conflicts.party(c))
                 and i != verb_at and extent_word(c) is None and not c.keys.isdisjoint(context.keys)
                 and not conflicts.named_in_place(claim, evidence, links, i) and not _heads_another(claim, i, context)
                 and not kinds.qualified_otherwise(claim, evidence, links, i)
                 and i not in unstated_reasons and i not in venue and not context.rank_of_another(claim, c)}
        known |= headless
    known |= _first_of_a_series(claim, evidence, links, context)
    known |= light_where_the_sentence_has_it(claim, evidence, links)
    known |= frame_of_the_deed(claim, evidence, links)
    known |= phrase_of_the_deed(claim, evidence, links) | deed_in_the_same_slot(claim, evidence, links)
    known |= object_on_told_otherwise(claim, evidence, links) | sold_at_the_price(claim, evidence, links)
    known |= day_half_of_its_date(claim, evidence, links) | part_of_its_month(claim, evidence, links)
    known |= century_gone_by(claim, evidence, links)
    known |= belonging_before_its_owner(claim, evidence, links)
    # (a bound's verb and noun, "تجاوز عدد", are the sentence's own words of that bound: they count for the sentence too)
    bound_words = exceeded_count(claim, links, missing + [c for c, _ in value_conflicts])
    known |= price_of_the_linked(claim, evidence, links) | bound_words
    known |= announcement_a_headline_adds(claim, evidence, links) | announcement_denied(claim, evidence, links)
    # A bare year ("كأس العالم 2022") may come from the article: its other sentences or its date; a plan's ("رؤية 2030")
    # from a plan's name only (values.Value.named).
    years = set(context.years if context else ()) | {evidence.year}
    plan_years = set(context.plan_years if context else ())
    from_article = [v for v in missing if year_only(v) and value_year(v) in (plan_years if v.named else years)]
    matched += len(from_article)
    missing = [v for v in missing if v not in from_article]
    used = {link.evidence for link in links.values()}
    n_c, n_e = len(claim.words), len(evidence.words)
    unaligned_c = [i for i in range(n_c) if i not in links and i not in known]
    unaligned_e = [j for j in range(n_e) if j not in used]
    substitutions = conflicts.substitutions(claim, evidence, links, used, known)
    substitutions[0].extend(conflicts.patronymics(claim, evidence, links) + conflicts.detached_names(claim, evidence, links)
                            + kinds.kind_swaps(claim, evidence, links) + conflicts.deputies(claim, evidence, links)
                            + conflicts.titles_of_another(claim, evidence, links)
                            + conflicts.name_after_its_head(claim, evidence, links)
                            + conflicts.person_after_the_title(claim, evidence, links)
                            + kinds.moved_nationality(claim, evidence, links))
    if arrest_halts:
        # (a halt the sentence tells as an arrest is a deed it does not tell: the claim's words are set against no slot
        # of the claim's deed, so none of them is changed, halt_on_an_arrest)
        substitutions[1].clear()
    swaps, roles_agree, roles_changed = exchanged.role_swaps(claim, evidence, links)
    swaps += [pair for pair in exchanged.attachment_swaps(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.lam_swaps(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.lam_exchanged(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.exchanged_around_a_relation(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.exchanged_after_a_head(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.doer_and_party_swaps(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in exchanged.names_across_a_preposition(claim, evidence, links) if pair not in swaps]
    swaps += [pair for pair in event_order.comparison_turned(claim, evidence, links) if pair not in swaps]
    flips, ordered_swaps = event_order.sequence_conflicts(claim, evidence, links)
    swaps += [pair for pair in ordered_swaps if pair not in swaps]
    swaps += [pair for pair in exchanged.place_role_swaps(claim, evidence, links) if pair not in swaps]
    if claim.frame and evidence.frame:
        swaps += [pair for pair in exchanged.unnamed_party_swaps(claim, evidence, links) if pair not in swaps]
    # A name in one role on each side ("طلب X من Y" / "طلب X إلى Y"), not a name bare on one side only
    # (a rewording: "وقعت الإمارات مع موريتانيا" / "توقيع اتفاقيات بين الإمارات وموريتانيا").
    role_clashes = [(c, rc, re_) for c, rc, re_ in roles_changed if rc and re_]
    excepted = opposites.excepted_links(evidence, links)
    antonyms = opposites.antonym_pairs(claim, evidence, links, excepted)
    # A word in the slot of its opposite ("هبوط الفضة بارتفاع اليورو" / "صعود للفضة بانخفاض اليورو").
    # Not where each side says both ("يهبط الخام في ظل ارتفاع العلاوة" / "يهبط الخام والعلاوة ترتفع"): the slot
    # then pairs two clauses' words; which thing goes which way is direction_conflicts' to tell.
    c_signs = frozenset().union(*(w.ant for w in claim.words))
    e_signs = frozenset().union(*(w.ant for w in evidence.words))
    for c_text, e_text in substitutions[1]:
        c_ant, e_ant = table_get(antonym_families(), normalize(c_text)), table_get(antonym_families(), normalize(e_text))
        if any(-a in e_ant and not (a in e_signs and -a in c_signs) for a in c_ant) and (c_text, e_text) not in antonyms:
            antonyms.append((c_text, e_text))
    if claim.frame and evidence.frame and (exchanged.parties_linked(claim, evidence, links)
                                           or exchanged.unnamed_parties_linked(claim, evidence, links)):
        # Winning and losing words are compared through the roles they give (winner / loser), not as
        # opposites: "خسرت فرنسا أمام الأرجنتين" = "فازت الأرجنتين على فرنسا". Without a named
        # party in those roles on both sides ("حزب النهضة يخسر" / "فوز حزب النهضة") they are opposites.
        outcomes = {w.text for w in (*claim.words, *evidence.words) if w.outcome}
        antonyms = [(c, e) for c, e in antonyms if c not in outcomes or e not in outcomes]
    # (a win linked to a loss with no party by either word, "بعد التتويج باللقب" / "بعد خسارة اللقب", is an opposite)
    if not roles_agree and not swaps and not (claim.frame and evidence.frame
                                              and exchanged.unnamed_parties_linked(claim, evidence, links)):
        antonyms += [pair for pair in opposites.outcomes_without_parties(claim, evidence, links) if pair not in antonyms]
    converse, converse_found = exchanged.converse_pairs(claim, evidence, links)
    antonyms += [pair for pair in converse if pair not in antonyms]
    antonyms += [pair for pair in flips if pair not in antonyms]
    negation = opposites.negation_flip(claim, evidence, links)
    # A denial word linked to one on the other side is on both, whatever its form ("رفض" / "يرفض").
    c_at = {w.pos: i for i, w in enumerate(claim.words)}
    e_pol_at = {at for _, at in evidence.polarity_at}
    paired = {(k, evidence.words[links[c_at[at]].evidence].pos) for k, at in claim.polarity_at
              if at in c_at and c_at[at] in links and evidence.words[links[c_at[at]].evidence].pos in e_pol_at}
    # A polarity word of the sentence the claim says as the same word, its stem or its root ("بعد تأجيله" / "أُجّل": a
    # form the list lacks is no suspension missing) is on both sides too. Not the other way round: the claim's
    # "انسحاب" (a withdrawal) is not the sentence's "أمر بسحب جزء من القوات" (dev 8's contradiction kept).
    e_said = {evidence.words[link.evidence].pos for link in links.values() if link.kind in _SAID_AS}
    pol_c = claim.polarity - evidence.polarity - {k for k, _ in paired} - arrest_halts
    # A denial in the evidence counts only near what the claim speaks of ("… إلى أجل غير مسمى" far
    # from the claim's words says nothing about them).
    near = {evidence.words[link.evidence].pos for link in links.values()}
    paired_at = {at for _, at in paired}
    # Nor one in a phrase dating the sentence's event by another ("بعد تأجيله مرتين": the launch came after its
    # postponements; dev 24's true "وجاء الإطلاق في الساعة 1:58 فجراً" was replaced, "denial or refusal on one side
    # only: تأجيل"): that phrase tells an earlier step, no denial of the event told.
    # (not where the claim's words are in that phrase: "انتخابات البرلمان بعد عام من تأجيلها وإبطال نتائج الاستفتاء" still
    # denies "إعلان نتيجة الاستفتاء")
    dating = set() if any(evidence.words[link.evidence].relative for link in links.values()) \
        else {w.pos for w in evidence.words if w.relative}
    pol_e = {k for k, at in evidence.polarity_at
             if k not in claim.polarity and at not in paired_at and at not in e_said and at not in dating
             and (any(abs(at - pos) <= 4 for pos in near)
                  or (k == _REFUSAL and claim.words and not claim.words[0].name and _refuses_the_deed(evidence, links, at)))
             and not opposites.of_another_item(evidence, at, links)}
    postponed = opposites.postponed_to_the_claims_time(claim, evidence, links)
    if postponed:
        pol_e.discard(opposites.POSTPONED)
    if excepted:  # (a party set apart may have refused; "باستثناء" is no denial: "وافقت الدول باستثناء المجر" / "رفضت المجر")
        pol_c, pol_e = frozenset(), set()
    # A denial on one side and a negation on the other say the same ("روسيا تنفي وجود أدلة" / "عدم وجود أدلة").
    pol_c -= {DENIAL} if evidence.negations else set()
    pol_e -= {DENIAL} if claim.negations else set()
    strengths = [links[i].strength if i in links else 1.0 if i in bound_words else 0.9 if i in known else 0.0 for i in range(n_c)]
    sentence_coverage = (sum(links[i].strength for i in links) + len(bound_words)) / n_c if n_c else 0.0
    names = [i for i, w in enumerate(claim.words) if w.name]
    w_c = [idf(w) for w in claim.words]
    left_idf = [w_c[i] for i in unaligned_c]
    f = {
        "claim_words": n_c,
        "evidence_words": n_e,
        "coverage": sum(strengths) / n_c if n_c else 0.0,
        "coverage_exact": sum(s >= 0.95 for s in strengths) / n_c if n_c else 0.0,
        "evidence_coverage": len(used) / n_e if n_e else 0.0,
        "unaligned_claim": len(unaligned_c),
        "unaligned_evidence": len(unaligned_e),
        "unaligned_claim_names": sum(claim.words[i].name for i in unaligned_c),
        "unaligned_evidence_names": sum(evidence.words[j].name for j in unaligned_e),
        "substitutions": len(substitutions[1]),
        "name_substitutions": len(substitutions[0]),
        "values_matched": matched,
        "value_conflicts": len(value_conflicts),
        "values_missing": len(missing),
        "year_conflicts": sum(describe_conflict(c, e).startswith("year") for c, e in value_conflicts),
        "negation_mismatch": 1.0 if negation else 0.0,
        "negations_claim": claim.negations,
        "negations_evidence": evidence.negations if _negation_near(evidence, links) else 0,
        "polarity_only_claim": len(pol_c),
        "polarity_only_evidence": len(pol_e),
        "antonyms": len(antonyms),
        "role_swaps": len(swaps),
        "roles_agree": roles_agree,
        "roles_changed": len(roles_changed),
        "order": _order(links),
        "char_overlap": len(claim.grams & evidence.grams) / len(claim.grams | evidence.grams) if claim.grams else 0.0,
        "synonym_links": sum(link.kind == "synonym" for link in links.values()),
        "fuzzy_links": sum(link.kind in ("fuzzy", "soft") for link in links.values()),
        "first_word_aligned": 1.0 if 0 in links or 0 in bound_words else 0.0,
        "length_ratio": n_c / n_e if n_e else float(n_c),
        "coverage_names": sum(i in links for i in names) / len(names) if names else 1.0,
        # (counted as the model was fitted: before a win without a goal against was read as its score)
        "claim_values": sum(v.unit != CLEAN_SHEET_UNIT for v in claim.values),
        "evidence_values": sum(v.unit != CLEAN_SHEET_UNIT for v in evidence.values),
        "coverage_idf": sum(w * s for w, s in zip(w_c, strengths)) / sum(w_c) if n_c else 0.0,
        "unaligned_claim_idf_max": max(left_idf, default=0.0),
        "unaligned_claim_idf": sum(left_idf),
        "unaligned_evidence_idf": sum(idf(evidence.words[j]) for j in unaligned_e),
    }
    return Alignment(claim=claim, evidence=evidence, links=links, known=known, sentence_coverage=sentence_coverage,
                     features={k: float(v) for k, v in f.items()},
                     conflicts=value_conflicts, missing=missing, swaps=swaps, role_clashes=role_clashes,
                     substitutions=substitutions[0], slot_changes=substitutions[1],
                     antonyms=antonyms, negation=negation,
                     polarity=next(iter(sorted(pol_c or pol_e)), None),
                     agent_clashes=conflicts.agent_clashes(claim, evidence, links)
                     + conflicts.contrast_values(claim, evidence, links), converse=converse_found,
                     prizes_unwon=conflicts.prizes_unwon(claim, evidence), excepted=excepted,
                     arrest_halts=arrest_halts, postponed=postponed, context=context)


def _link_capitals(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A capital and its country as the same party ("برلين تطالب موسكو" = "ألمانيا تطالب روسيا"), or the
    capital as the place in the claim's country ("إلى برلين" for "إلى ألمانيا"): linked
    (:func:`akhbar.wordfacts.country_of`); a country for its capital as a place is not, nor a capital that names a
    place of its own kind ("مطار صنعاء" is an airport, not Yemen: not stated by a dateline's "اليمن")."""
    used = {link.evidence for link in links.values()}
    for i, c in enumerate(claim.words):
        country = country_of(c.norm) if c.place and i not in links and not (i and place_head(claim.words[i - 1].norm)) else ""
        if not country:
            continue
        # As a place, the capital states its country ("وصل إلى برلين" states "وصل إلى ألمانيا"), not the reverse.
        place = a_place(claim, i)
        j = next((j for j, e in enumerate(evidence.words)
                  if j not in used and e.place and country_of(e.norm) == country and e.norm != c.norm
                  and a_place(evidence, j) == place and (not place or bare(c.norm) == country)), None)
        if j is not None:
            links[i] = Link(i, j, 0.85, "synonym")
            used.add(j)


_ONE_WAY = tuple((frozenset(bare(normalize(w)) for w in narrower), frozenset(bare(normalize(w)) for w in wider))
                 for narrower, wider in lexicon.SYNONYMS_ONE_WAY)


def _link_one_way(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A claim's word the sentence states by a narrower one (lexicon.SYNONYMS_ONE_WAY: a bombing is a blast, "وقع
    تفجير" states "وقع انفجار"): linked; the narrower word of the claim is not stated by the wider one
    (lexicon.SYNONYMS_APART keeps the two out of one synonym group)."""
    used = {link.evidence for link in links.values()}
    for i, c in enumerate(claim.words):
        wider = next((narrower for narrower, wide in _ONE_WAY if bare(c.norm) in wide), None) if i not in links else None
        j = None if wider is None else next((j for j, e in enumerate(evidence.words)
                                             if j not in used and bare(e.norm) in wider and e.negated == c.negated), None)
        if j is not None:
            links[i] = Link(i, j, 0.85, "synonym")
            used.add(j)


def town_name(w: Word) -> bool:
    """A name a town's head word may stand before: a listed place or an unlisted name ("كفرنبل"), not a listed person
    ("مدينة عبدالله" would be a venue named after him, not him)."""
    return w.place or (w.name and not w.listed)


def _link_town_heads(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """A claim's town head word ("مدينة"، "العاصمة", lexicon.TOWN_HEADS) right before a name the sentence states:
    linked to the sentence's own head word right before that name, whatever the kind ("قرب مدينة حمص" states "قرب
    العاصمة حمص": the same town), and, where the sentence writes the name bare, returned as stated by the name itself
    ("قرب حمص" states "قرب مدينة حمص", the word before the head word said right before the name). A head word
    already linked elsewhere keeps its link (the head of another name of the sentence: "مدينة حماة" is no head of
    حمص), and another name after it is the name's own conflict."""
    headless: set[int] = set()
    for i, c in enumerate(claim.words[:-1]):
        name, after = claim.words[i + 1], links.get(i + 1)
        if not town_head(c.norm) or name.pos != c.pos + 1 or not town_name(name) \
                or after is None or after.strength < 0.95:
            continue
        j = after.evidence
        head = evidence.words[j - 1] if j and evidence.words[j - 1].pos == evidence.words[j].pos - 1 else None
        if head is not None and town_head(head.norm):
            if i not in links or links[i].evidence != j - 1:
                # (another kind is as good as the word itself: it names the same town, no detail of the claim's)
                links[i] = Link(i, j - 1, *((1.0, "same") if head.norm == c.norm else (0.95, "synonym")))
        elif i not in links and i and i - 1 in links \
                and evidence.words[links[i - 1].evidence].pos == evidence.words[j].pos - 1:
            headless.add(i)  # (the word before it said right before the name: "قرب", not a name of another sentence)
    return headless


def _link_headed_names(claim: Side, evidence: Side, links: dict[int, Link], context: Context) -> None:
    """Link the claim's name after a preposition ("المخصصة لنيوم") to the sentence's noun with its article in its very
    slot ("المخصصة للمشروع"; :func:`headed_slot`) when that noun is the one the article says right before the name
    ("مشروع نيوم") and the last name it says it before, up to that sentence: the sentence calls Neom "the project" (it
    was "name لنيوم ≠ للمشروع"). Not when the article's last "مشروع" before the sentence is another's ("مشروع ذا
    لاين")."""
    for i, c in enumerate(claim.words):
        slot = None if i in links else headed_slot(claim, evidence, links, i, context)
        if slot is not None and slot[1] is not None and slot[1].keys & c.keys \
                and any((k, n) in context.heads for k in evidence.words[slot[0]].keys for n in c.keys):
            links[i] = Link(i, slot[0], 0.9, "synonym")


def headed_slot(claim: Side, evidence: Side, links: dict[int, Link], i: int, context: Context) -> tuple[int, Word | None] | None:
    """(the sentence's word in the slot of the claim's name ``i`` after a preposition, and the last name the article says
    right after that word's noun before its sentence) when that word is a noun with its article and the preposition
    ("المخصصة لنيوم" / "المخصصة للمشروع": the words before them linked), else None."""
    c, before = claim.words[i], links.get(i - 1)
    if not i or not c.name or c.role not in _HEADED_ROLES or before is None or claim.words[i - 1].pos != c.pos - 1:
        return None
    j = before.evidence + 1
    if j >= len(evidence.words) or any(link.evidence == j for link in links.values() if link.claim != i):
        return None
    e = evidence.words[j]
    if e.name or e.pos != evidence.words[j - 1].pos + 1 or not e.norm.startswith(_HEADED_ROLES[c.role]):
        return None
    lo, hi = j, j + 1  # (its own sentence's words: a pair's merged words count their tokens again from 0)
    while lo > 0 and evidence.words[lo - 1].pos < evidence.words[lo].pos:
        lo -= 1
    while hi < len(evidence.words) and evidence.words[hi].pos > evidence.words[hi - 1].pos:
        hi += 1
    return j, context.last_headed(e, evidence.words[lo:hi])


_HEADED_ROLES = {"ل": "لل", "ب": "بال", "ك": "كال"}  # a name's preposition, and the noun's with its article


def _first_of_a_series(claim: Side, evidence: Side, links: dict[int, Link], context: Context | None) -> set[int]:
    """The claim's "الأول" / "الأولى" (the first) of a noun the sentence or its article ranks second or later: the
    source tells the first one unranked ("ضرب زلزال بقوة 7.8 …. وبعد نحو تسع ساعات ضرب زلزال ثانٍ …"), so "وبلغت قوة
    الزلزال الأول 7.8" and "بعد تسع ساعات من الأول" say nothing it lacks. The noun is the one the word ranks, or, said
    alone ("من الأول"), one the claim ranks second. A sentence that ranks that noun otherwise still conflicts
    (_ordinals_compared: "الزلزال الأول بقوة 7.5" against "زلزال ثانٍ بقوة 7.5")."""
    ranked = {v.unit for v in evidence.ordinals if v.value >= 2 and v.unit} | (set(context.ranked) if context else set())
    out: set[int] = set()
    for i, w in enumerate(claim.words):
        if i in links or w.norm not in _FIRST or not ranked:
            continue
        units = {v.unit for v in claim.ordinals if v.value == 1 and v.text == w.text and v.unit} \
            or {v.unit for v in claim.ordinals if v.value >= 2 and v.unit}
        if any(u == r or stem_match(u, r) >= 0.85 for u in units for r in ranked):
            out.add(i)
    return out


_FIRST = frozenset(normalize(w) for w in ("الأول", "الأولى"))


def venue_phrase(side: Side) -> set[int]:
    """The words of the side's venues: a word of lexicon.VENUES after في / على ("على ملعب النخيل", "في ساحة الأمويين")
    and the name right after it. Where the event was held is the sentence's own to say."""
    out: set[int] = set()
    for k, w in enumerate(side.words):
        if w.role in _VENUE_ROLES and venue_word(w.norm):
            out.add(k)
            if k + 1 < len(side.words) and side.words[k + 1].pos == w.pos + 1:
                out.add(k + 1)
    return out


_VENUE_ROLES = frozenset({"في", "علي"})  # as Word.role holds them


def a_place(side: Side, k: int) -> bool:
    """The name at ``k`` is where the event happens or goes ("في برلين"، "إلى برلين"، "مدينة الدوحة"), not a party."""
    w = side.words[k]
    before = side.words[k - 1] if k and side.words[k - 1].pos == w.pos - 1 else None
    return w.role in PLACE_ROLES or w.setting or (before is not None and venue_word(before.norm))


def _own_values(claim: Side, evidence: Side, links: dict[int, Link]) -> list[Value]:
    """The sentence's values but its dates of another event than the one the claim's words are linked
    to: "كُلّف البشير يوم الثلاثاء 10 ديسمبر … بعد يومين من سقوط حكم الأسد" dates the appointment,
    not the fall, so it neither contradicts "سقط حكم الأسد في 8 ديسمبر" nor supports "… في 10
    ديسمبر". A date is another event's when the claim's event words (its linked words that are no
    names) all sit on the other side of a phrase of lexicon.RELATIVE_TIME from it. A half of the day ("مساء") is the
    date's, not the event's: "وانفجرت مساء الرابع من أغسطس" against "أعلن دياب مساء اليوم الاثنين 10 أغسطس … بعد ستة أيام
    من الانفجار" (held out 20: the blast's true date was replaced by the resignation's)."""
    event = {evidence.words[link.evidence].relative for i, link in links.items()
             if not claim.words[i].name and without_conjunction(claim.words[i].norm) not in _DAY_HALVES}
    if len(event) != 1 or not any(_dated(c) for c in claim.values):
        return evidence.values
    return [e for e in evidence.values if not _dated(e) or e.relative in event]


def _values_compared(claim: Side, evidence: Side, links: dict[int, Link]) -> tuple[int, list[tuple[Value, Value]], list[Value]]:
    """compare_values of the claim's values against the sentence's own (_own_values); where that sets the sentence's
    dates of another event aside, the claim's own dates of another event (in its phrase of lexicon.RELATIVE_TIME) are
    compared with those first: "واللقب هو الثالث للأرجنتين بعد لقبي 1978 و1986" against "وهذا هو اللقب الثالث للأرجنتين
    بعد عامي 1978 و1986" (dev 41 dropped it, "no evidence for: 1978، 1986"); one they do not give, with the sentence's own
    values as before; the claim's event is still never dated by them."""
    own = _own_values(claim, evidence, links)
    others = [c for c in claim.values if c.relative and _dated(c)]
    if own is evidence.values or not others:
        return compare_values(claim.values, own)
    matched, conflicts_, missing = compare_values([c for c in claim.values if c not in others], own)
    m, c, miss = compare_values(others, [e for e in evidence.values if not _dated(e) or e.relative])
    # (one they do not give is compared with the sentence's own values, as before; a rival there stands only if none is)
    m2, c2, miss2 = compare_values([v for v, _ in c] + miss, own)
    rivals = [pair for pair in c if pair[0] in miss2]
    return matched + m + m2, conflicts_ + c2 + rivals, missing + [v for v in miss2 if all(v is not r for r, _ in rivals)]


def _dated(v: Value) -> bool:
    return value_year(v) is not None or v.kind == "weekday"


def _order(links: dict[int, Link]) -> float:
    """Share of linked word pairs that keep their order (1 for a claim that follows the evidence)."""
    seq = [links[i].evidence for i in sorted(links)]
    n = len(seq) * (len(seq) - 1) // 2
    if not n:
        return 1.0
    return sum(a < b for k, a in enumerate(seq) for b in seq[k + 1:]) / n
