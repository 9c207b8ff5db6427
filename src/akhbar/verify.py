"""Check the claims of a text against source sentences: supported / unsupported / contradicted.

``verify(context, answer)`` checks an answer against one source text; ``Verifier`` checks it
against whatever sentences an ``evidence_fn`` returns (the archive variant).

The cascade, for every claim of the answer:

1. **Split** the answer into claims (:func:`akhbar.verify_claims.split_claims`): lines, bullet markers,
   "Title: text" bullets (the title is dropped), sentences, and clauses joined by "، و" (or by a bare "و"
   when both sides carry their own number or date) that each assert something. A line that only
   introduces a list ("… عدة جوانب مهمة:") is not a claim.
2. **Align** the claim with each candidate sentence (:mod:`akhbar.align`): words linked by stem,
   synonym, root or news paraphrase (:mod:`akhbar.wordtables`); numbers, dates, percentages and
   scores compared as values (:mod:`akhbar.values`: "63 ألف" == "63,000", "27 يناير" == "27 كانون
   الثاني", "4-2" is one score); names kept in their roles (who did what to whom), negations and
   antonyms, polarity. Every pair of adjacent sentences is aligned too, but a pair must cover the
   claim clearly better than the best single sentence, so evidence stays short.
3. **Judge each pair** (:func:`judge_pair`, :func:`_verdict`): a conflict the aligner can name (a
   value, a role swap, a substituted name, an antonym, a negation) on a sentence about the same event
   is a contradiction; a claim holding a value, name or role the sentence lacks or denies is never
   supported; otherwise the learned model (:mod:`akhbar.classifier`, fitted by bench/fit_verify.py
   on ANS-train and our claim sets) decides, with "supported" only above the cut of the pair's support
   route (:mod:`akhbar.verify_routes`: word for word, fully aligned, or the model's cut chosen for
   precision). The model's own "contradicted" needs a change the checker can point at (a word in the
   claim's slot, a denial, an opposite, another name) or a much higher probability, and never applies to
   a claim that only adds a value or name the sentence does not mention (an unstated detail). A false
   "supported" is the worst answer, so every gate leans to "unsupported".
4. **Pick the verdict** of the claim from its pairs: a supported pair wins, then a contradiction on
   a sentence that covers the claim nearly as well as the best one, else unsupported with the
   closest evidence (none below CLOSEST_EVIDENCE).

Each claim carries its verdict's probability, the evidence with offsets, the reason, and for a
contradiction the structured conflict (:class:`akhbar.models.Conflict`). The named conflict and the words of
the reason are :mod:`akhbar.verify_reasons`'s.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from . import lexicon
from .align import Alignment, Context, Side, a_place, align, analyze, listed_name, merge, venue_phrase
from .arabic import get_analyzer, light10, normalize, split_sentences, without_conjunction
from .classifier import Model, load_model
from .conflicts import same_country
from .exchanged import met_either_way
from .kinds import reworded_slots, same_side_slot, synonym_slot
from .models import VALUE_CONFLICT_KINDS, Claim, Conflict, EvidenceSentence, VerifyReport
from .qa.match import bare
from .qa.offsets import Date as OffsetDate
from .qa.offsets import find_offsets, read_offsets
from .values import Value
from .verify_capacity import value_as_capacity, value_before_the_deed
from .verify_claims import split_claims
from .verify_clauses import disputed_count
from .verify_days import span_from_the_lasting
from .verify_deed_changed import another_deed_of_the_doer
from .verify_deeds import opens_with_deed, plan_of_a_deed_done
from .verify_names import slot_text
from .verify_pairs import extent_of_the_neighbour, party_of_the_neighbour, thing_of_the_neighbour
from .verify_reasons import describe_named, difference_reason, model_conflict, named_conflict, support_reason, unsupported_reason
from .verify_routes import ALIGNED_SUPPORT as ALIGNED_SUPPORT  # (re-exported: bench/verify_oof.py reads it here)
from .verify_routes import SUPPORT_COVERAGE, support_cut, support_route
from .verify_scope import another_measure
from .verify_speakers import sayer_reordered
from .wordtables import bounds_apart, kinds_apart, measures_apart, steps_apart

__all__ = ["ANSWER_SLOT", "EvidenceSentence", "PairVerdict", "Verifier", "check_claim", "claim_reading", "judge_pair",
           "split_claims", "verify"]

# Coverage gates (share of the claim's words linked to the sentence), read from the claim sets'
# tune splits (bench/verify_eval.py): a sentence must speak of the same thing before it can
# contradict (and cover nearly all of the claim before it can support it: verify_routes.SUPPORT_COVERAGE).
CONTRADICT_COVERAGE = 0.67  # for a conflict the aligner can name (value, role, name, antonym, negation)
SAME_EVENT_COVERAGE = 0.75  # ... when the claim's first word is not among the words the sentence covers
MODEL_CONTRADICT_COVERAGE = 0.3  # for the model's own "contradicted"
SLOT_CONTRADICT = 0.65  # P(contradicted) enough when the sentence has a word of its own in the claim's slot
UNNAMED_CONTRADICT = 0.8  # ... with nothing to point at (ANS-dev: right 19 of 22 at 0.8, 43 of 61 at 0.56; claim sets: 0 of 5)
SAME_EVENT_SLACK = 0.15  # a contradicting sentence may cover the claim this much less than the best one
PAIR_MARGIN = 0.1  # a pair of sentences must cover this much more of the claim than the best single one
CLOSEST_EVIDENCE = 0.3  # below this coverage an unsupported claim gets no evidence at all

EvidenceFn = Callable[[str], Iterable[EvidenceSentence]]

# --- judging a claim against candidates ------------------------------------------------------------

@dataclass
class _Candidate:
    text: str
    start: int
    end: int
    article_id: int | None
    published: str | None = None
    title: str | None = None
    parts: tuple[_Candidate, ...] = ()  # the two sentences of a pair
    side: Side | None = None  # the analysed sentence (the two merged ones for a pair)
    reading: str | None = None  # the text analysed instead, its "ذلك اليوم" replaced by the day (_same_days)

    def analysed(self) -> Side:
        if self.side is None:
            self.side = merge([p.analysed() for p in self.parts]) if self.parts else \
                analyze(self.reading or self.text, self.published)
        return self.side


@dataclass
class _Judgement:
    candidate: _Candidate
    alignment: Alignment
    model: Model
    verdict: str = "unsupported"
    reason: str = ""
    _probabilities: dict[str, float] | None = None

    @property
    def probabilities(self) -> dict[str, float]:
        if self._probabilities is None:
            self._probabilities = self.model.probabilities(self.alignment.features)
        return self._probabilities

    @property
    def probability(self) -> float:
        return round(self.probabilities[self.verdict], 4)

    @property
    def conflict(self) -> Conflict | None:
        """What a contradiction disagrees on: the named conflict that decided it, else the model's."""
        if self.verdict != "contradicted":
            return None
        return named_conflict(self.alignment) or model_conflict(self.alignment)


_RELATIVE_DAY = re.compile(r"أمس|اليوم|غد|الماضي|المقبل|الحالي|الجاري|القادم")


def _dated_by(claim: Side, published: str | None) -> Side:
    """The claim read with the candidate's date as its reference when that gives a date the claim names without
    its year ("في السادس من فبراير/شباط" in an article of 7 February 2023 is 6 February 2023); not for words that
    count from today ("أمس", "الشهر الماضي"): the claim's today is not the article's. (A weekday alone, "يوم السبت", so
    dated is compared by its weekday only: ``Value.weekday_only``.)"""
    if claim.year is not None or not published:
        return claim
    dated = analyze(claim.text, published)
    own = {(v.start, v.text) for v in claim.values}
    new = [v for v in dated.values if (v.start, v.text) not in own]
    if new and all(v.kind == "date" and not _RELATIVE_DAY.search(v.text) for v in new):
        return dated
    return claim


def _judge(claim: Side, cand: _Candidate, model: Model, context: Context | None) -> _Judgement:
    claim = _dated_by(claim, cand.published)
    a = align(claim, cand.analysed(), context)
    j = _Judgement(cand, a, model)
    if a.features["coverage"] < min(MODEL_CONTRADICT_COVERAGE, SUPPORT_COVERAGE, CONTRADICT_COVERAGE) and not a.antonyms:
        # Too little of the claim in the sentence for any verdict but unsupported: no need to ask
        # the model (its probabilities are computed only if this sentence is shown). (A word whose opposite the
        # sentence holds speaks of the same thing: "الدولار يهبط لأدنى مستوياته" / "الدولار يصل لأعلى مستوى".)
        j.reason = unsupported_reason(a)
    else:
        j.verdict, j.reason = _verdict(a, j.probabilities, model.thresholds)
    return j


def _verdict(a: Alignment, p: dict[str, float], thresholds: dict[str, float]) -> tuple[str, str]:
    """The verdict on one claim/sentence pair and what decided it.

    A conflict the aligner can name (a value, a role, a name, an antonym, a negation) on a sentence
    that covers the rest of the claim is a contradiction whatever the model says; nothing is
    supported while the claim holds a value, a name or a word of its own the sentence lacks in a
    way the model cannot explain; otherwise the model decides, with "supported" only above the
    threshold chosen for precision (bench/fit_verify.py).
    """
    conflict = named_conflict(a)
    named = describe_named(conflict, a)
    if named and _same_event(a):
        return "contradicted", named
    route = support_route(a)
    if route != "never" and p["supported"] >= support_cut(route, thresholds):
        return "supported", support_reason(a)
    if route != "never" and (sayer_reordered(a) or met_either_way(a)):
        # (the sayer's title and name, or two who met, in the other order: the model reads the order as a change)
        return "supported", support_reason(a)
    # The model's own "contradicted": at its precision threshold where the sentence changes something
    # it can point at (a word of its own in a slot of the claim, a denial, an opposite word, another
    # name: what ANS's corruptions look like), and only at a much stricter threshold with nothing to
    # point at. A value that differs on a sentence about another event says it is another event: it
    # decides nothing, and the model does not decide either.
    if a.slot_changes and not (a.polarity or conflict is not None) and all(
            synonym_slot(c, e) or same_side_slot(a.claim, a.evidence, c, e) for c, e in a.slot_changes):
        return "unsupported", unsupported_reason(a)  # every word in the claim's slots is said otherwise: no change
    step = _other_step(a) if conflict is None and not a.polarity else None
    if step is not None:  # another step of the affair, or another measure: nothing in the source excludes the claim's
        return "unsupported", f"the source tells another {step[2]}: {step[1]}, not {step[0]}"
    planned = _planned_in_the_slot(a) if conflict is None and not a.polarity and not a.negation else None
    if planned is not None:
        return "unsupported", f"the source does not tell it as done: {planned[1]}, where the claim says {planned[0]}"
    other_deed = another_deed_of_the_doer(a) if conflict is None else None
    if other_deed is not None:  # (another deed of the claim's doer: nothing in the source excludes the claim's)
        return "unsupported", "the source tells another deed of {2}: {1}, not {0}".format(*other_deed)
    # one side's count against another's; a deed done that the source only plans (verify_deeds.plan_of_a_deed_done); a
    # party the source sets apart from the others' deed ("باستثناء المجر": what it did instead, the source does not say);
    # a count the source gives as what the place holds, and no count of those who came ("يتسع المسرح لثمانمئة متفرج" /
    # "حضر ثمانمئة متفرج العرض": the model called it contradicted, 0.86, the theatre's word in the claim verb's slot); a
    # count of those who applied or may vote told as of those admitted or who voted; a range's end or a net profit told
    # as the value or the gross (verify_scope.another_measure)
    if conflict is None and not a.polarity and (disputed_count(a) is not None or plan_of_a_deed_done(a)
                                                or a.excepted or value_as_capacity(a) is not None
                                                or value_before_the_deed(a) is not None or another_measure(a)):
        return "unsupported", unsupported_reason(a)
    if (a.arrest_halts or a.postponed) and conflict is None:
        # the claim's halt is the sentence's arrest ("توقفت ملاحقة المشتبه به" / "أوقف الأمن المشتبه به"), or the sentence
        # puts the event off to the claim's time ("أرجأت اللجنة الانتخابات إلى الخريف" / "أجريت الانتخابات في الخريف"):
        # it tells another deed, or a plan, which neither states nor denies the claim's (align.Alignment)
        return "unsupported", unsupported_reason(a)
    other_event = conflict is not None and conflict.kind in VALUE_CONFLICT_KINDS
    # A common word in the claim's slot may be a rewording: it points at no change (kinds.reworded_slots).
    changed = bool((a.slot_changes and not reworded_slots(a.claim, a.evidence, a.slot_changes))
                   or a.polarity or conflict is not None)
    threshold = thresholds.get("contradicted", 0.5)
    if changed:
        threshold = min(threshold, SLOT_CONTRADICT)
    else:
        threshold = max(threshold, UNNAMED_CONTRADICT)
    if p["contradicted"] >= max(threshold, p["supported"]) and not other_event and (
            (a.sentence_coverage >= MODEL_CONTRADICT_COVERAGE and not _unstated(a)) or _opposite_of_linked(a, conflict)):
        return "contradicted", named or difference_reason(a)
    return "unsupported", unsupported_reason(a)


def _other_step(a: Alignment) -> tuple[str, str, str] | None:
    """The claim's one change is a deed the source tells as another step of the same affair (wordtables.steps_apart:
    "أقر مجلس النواب القانون" / "ناقش مجلس النواب القانون"), or a figure it gives as another measure of the same thing
    (wordtables.measures_apart: "إيرادات" / "أرباح"), or a verb of reaching a value where the source says it exceeded it,
    or did not (wordtables.bounds_apart: "بلغت" / "لم تتجاوز"), or another member of a kind that may be true of the
    same deed as well (wordtables.kinds_apart: "إنتاج القمح" / "إنتاج الشعير", "بطاقة صفراء" / "بطاقة حمراء"): (claim's
    word, the source's, "step" / "measure" / "bound" / "kind"), or None. The model reads it as ANS's changed verb, a
    contradiction; the source says nothing against it, so it is unsupported."""
    if a.antonyms or a.negation:
        return None
    # (a step denied in the sentence is no step left open: "رشح اللاعب للجائزة لكنه لم يفز بها" contradicts "فاز اللاعب
    # بالجائزة", and "يفز" is linked to no "فاز")
    denied = any(without_conjunction(t.norm) in _NEGATIONS for t in a.evidence.text_tokens())
    if not a.slot_changes:
        return None if denied else _unslotted_step(a)
    for apart, kind in ((steps_apart, "step"), (measures_apart, "measure"), (bounds_apart, "bound"), (kinds_apart, "kind"),
                        (partial(_bounds_both_denied, a), "bound")):
        steps = [(c, e) for c, e in a.slot_changes if apart(c, e)]
        if steps and not (denied and kind in ("step", "kind")) \
                and all((c, e) in steps or synonym_slot(c, e) for c, e in a.slot_changes):
            return (*slot_text(a, *steps[0]), kind)
    return None if denied else _step_beside_the_slot(a)


_NEGATIONS = frozenset(normalize(w) for w in lexicon.NEGATION_PARTICLES)
_FLOOR, _CEILING = (frozenset(normalize(w) for w in words) for words in (("يقل", "تقل"), ("يزيد", "تزيد", "يزد", "تزد")))


def _bounds_both_denied(a: Alignment, claim_word: str, evidence_word: str) -> bool:
    """A floor said where the claim says a ceiling, or the other way round, each denied right before it ("لا يقل سن
    المرشح عن ثمانية عشر عاماً" / "لا يزيد سن المرشح على ثمانية عشر عاماً": at least and at most eighteen, which both
    allow eighteen; round 35's held out, contradicted at 0.71, "the source says يقل where the claim says يزيد")."""
    c, e = normalize(claim_word), normalize(evidence_word)
    if not ((c in _FLOOR and e in _CEILING) or (c in _CEILING and e in _FLOOR)):
        return False
    return all(any(t.text == word and k and without_conjunction(tokens[k - 1].norm) in _NEGATIONS
                   for k, t in enumerate(tokens))
               for word, tokens in ((claim_word, a.claim.text_tokens()), (evidence_word, a.evidence.text_tokens())))


def _unslotted_step(a: Alignment) -> tuple[str, str, str] | None:
    """The claim's one word the sentence lacks, put in no slot, is a deed the sentence tells as another step of the same
    affair elsewhere ("وجهت النيابة تهمة الاختلاس إلى المدير" / "أدين المدير بالاختلاس": round 35's held out,
    contradicted at 0.82, "the source says otherwise: أدين"): (claim's word, the source's, "step"), or None."""
    lacking = a.unaligned_claim()
    if len(lacking) != 1 or a.missing:
        return None
    told = next((w for w in a.evidence.words if steps_apart(lacking[0].text, w.text)), None)
    return None if told is None else (lacking[0].text, told.text, "step")


def _step_beside_the_slot(a: Alignment) -> tuple[str, str, str] | None:
    """The claim's one changed slot holds a deed the sentence tells, as another step of the same affair, by a word
    outside that slot: "اتهمت النيابة المدير بالرشوة" / "أدين المدير بالرشوة" put the prosecutor's "النيابة" in the slot of
    the claim's passive "أدين" (round 36's held out, contradicted at 0.68, "the source says الادعاء where the claim says
    أدين"), while the sentence's "اتهمت" is the charge before any conviction: (claim's word, the source's, "step")."""
    if len(a.slot_changes) != 1 or a.missing:
        return None
    claim_word, _ = a.slot_changes[0]
    told = next((w for w in a.evidence.words if steps_apart(claim_word, w.text)), None)
    return None if told is None else (claim_word, told.text, "step")


_INTENT_HEADS = frozenset(normalize(w) for w in lexicon.INTENT_HEADS)


def _planned_in_the_slot(a: Alignment) -> tuple[str, str] | None:
    """The claim opens on a deed done whose slot the sentence fills with a head that only sets a deed ahead
    (lexicon.INTENT_HEADS), its deed after it: "تخطط الوزارة لبناء ثلاث محطات" / "بنت الوزارة ثلاث محطات" (round 36's
    held out, contradicted at 0.80: "بنت" meets no "لبناء", so verify_deeds.plan_of_a_deed_done never saw the plan).
    (claim's word, the head), or None."""
    if not a.claim.words or a.missing or not opens_with_deed(a.claim.words[0]):
        return None
    changed = [(c, e) for c, e in a.slot_changes if not synonym_slot(c, e)]
    if len(changed) != 1 or changed[0][0] != a.claim.words[0].text:
        return None
    head = next((w for w in a.evidence.words if w.text == changed[0][1]), None)
    if head is None or without_conjunction(head.norm) not in _INTENT_HEADS or head.pos + 1 >= a.evidence.tokens:
        return None
    return changed[0][0], head.text


def _opposite_of_linked(a: Alignment, conflict: Conflict | None) -> bool:
    """The sentence says the opposite of the claim's word of change about a thing the claim names ("صعود حاد لأسعار
    الذهب" / "الذهب يهبط إلى أدنى مستوياته"): with the model agreeing, a contradiction even where the sentence covers
    too little of the claim for a named conflict on its own (a headline tells the move in two or three words, the
    claim's other words — "حاد", "أسعار", a name of its own — have no partner) and where the claim adds a word the
    sentence lacks. Not where the claim holds a value the sentence lacks (the move may be another day's), nor where
    nothing but the opposite words is linked (nothing tells that both speak of the same thing)."""
    if conflict is None or conflict.kind != "antonym" or a.missing:
        return False
    opposite = {c for c, _ in a.antonyms}
    return any(not a.claim.words[i].ant and a.claim.words[i].text not in opposite for i in a.links)


def _unstated(a: Alignment) -> bool:
    """The claim adds a detail the sentence never mentions: a value it lacks, or a name where the
    sentence has no name of its own left over (a changed name is a substitution the aligner names)."""
    f = a.features
    if a.missing:
        return True
    # A counted noun the sentence leaves out, its count followed by the verb the claim says too ("نحو 300 ألف شخص
    # تأثروا" / "نحو 300 ألف تأثروا"): a detail added, not a change (a real-news reading of round 34 was contradicted so).
    # Not another counted noun of the sentence's own ("ثلاثة بلدان" / "3 رجال": changed).
    said = frozenset().union(*(a.claim.words[i].keys for i in a.links))
    if any(v.unit and any(e.value == v.value and e.unit != v.unit and e.unit in said for e in a.evidence.values)
           and any(i not in a.links and v.unit in w.keys for i, w in enumerate(a.claim.words)) for v in a.claim.values):
        return True
    # A capital where the sentence names only its country ("وصل إلى برلين" / "وصل إلى ألمانيا") is more precise.
    left = [i for i, w in enumerate(a.claim.words) if i not in a.links and i not in a.known and w.place and a_place(a.claim, i)]
    if any(same_country(a.claim.words[i], e) for i in left for j, e in enumerate(a.evidence.words)
           if e.place and a_place(a.evidence, j)):
        return True
    if f["unaligned_claim_names"] == 0 or f["unaligned_evidence_names"] > 0:
        return False
    # A listed name of the claim where the sentence holds a word of its own in its slot, a word of no
    # Arabic root (ترامب / ترودو: a name the checker does not know as one), is changed, not added; a
    # common word there (إيفر غيفن / السفينة) may be the same thing named otherwise, and a word taken
    # for a name by its shape alone (بحروب، مجددا) is no name to change.
    roots = {w.text: w.root for w in a.evidence.words}
    in_slot = {c for c, e in a.slot_changes if e in roots and roots[e] is None}
    return any(w.name and not (w.text in in_slot and listed_name(w))
               for i, w in enumerate(a.claim.words) if i not in a.links and i not in a.known)


def _same_event(a: Alignment) -> bool:
    """The sentence speaks of the claim's event: it covers most of the claim, the claim's first word
    (its verb, in a verb-first sentence) among what it covers. A different value in a sentence about
    another event ("أُعلن المشروع في 2015" for "انتقل البرلمان في 2018") is no contradiction."""
    # A word whose opposite the sentence holds speaks of the same thing ("يهبط" / "يرتفع"): it counts
    # as covered here, as a word the sentence links.
    opposite = {c for c, _ in a.antonyms}
    n = len(a.claim.words)
    told = sum(w.text in opposite for i, w in enumerate(a.claim.words) if i not in a.links) \
        + (bool(a.conflicts) and _pronoun_agent(a))
    coverage = a.sentence_coverage + (told / n if n else 0.0)
    if coverage < CONTRADICT_COVERAGE or span_from_the_lasting(a) is not None:
        return False  # (nor a span counted from the claim's subject: "بعد ثلاثة أيام من الزلزال" / "دام الزلزال خمسة أيام")
    # Names alone do not make an event: "متحف نجيب محفوظ في القاهرة" is not his death in Cairo.
    event_words = any(not a.claim.words[i].name for i in a.links)
    first_word = 0 in a.links or bool(a.claim.words and a.claim.words[0].text in opposite)
    return first_word or (coverage >= SAME_EVENT_COVERAGE and event_words)


def _pronoun_agent(a: Alignment) -> bool:
    """The claim's agent (the word after its verb) is one the sentence's article states, and the sentence has none
    of its own after the same verb: it speaks of the agent by a pronoun ("وكتب أكثر من ثلاثين قصيدة" in an article
    about the poet is the poet's count; "وكتب الرفاعي نحو عشرين قصيدة" is contradicted by it, as the same count
    is supported by it). Not where another agent follows the verb ("وكتب العمر أكثر من ثلاثين قصيدة"). Read for a
    value that differs only (a count, a date): for any named conflict it also made false contradictions of claims
    the claim sets label unsupported (bench/verify_eval.py, corpus test and heldout: one each)."""
    verb = a.links.get(0)
    if 1 not in a.known or verb is None:
        return False
    used = {link.evidence for link in a.links.values()}
    after = verb.evidence + 1
    return after < len(a.evidence.words) and after in used



def _candidates_with_pairs(cands: list[_Candidate]) -> list[_Candidate]:
    pairs = []
    for a, b in zip(cands, cands[1:]):
        pair = _join_adjacent(a, b)
        if pair is not None:
            pairs.append(pair)
    return pairs


def _decide(text: str, claim: Side, singles: list[_Candidate], pairs: list[_Candidate]) -> Claim:
    if not singles or (not claim.words and not claim.values):
        return Claim(text=text, verdict="unsupported", evidence=None, evidence_start=None, evidence_end=None,
                     score=0.0, probability=0.0,
                     reason="no evidence sentences" if not singles else "nothing checkable in the claim")
    model = load_model()
    contexts = _article_contexts(singles)
    judged = [_judge(claim, c, model, contexts.get(c.article_id)) for c in singles]
    # A pair of neighbouring sentences only when it covers clearly more of the claim than either alone
    # (pairs that cannot, by what their two sentences link, are not aligned at all). Coverage counts words: a
    # sentence that covers the claim's words but lacks a count of it (a number with its counted noun) does not hold
    # the pair back, as its neighbour may give the count of that noun ("ستستوعب المدينة …" / "… خمسة ملايين نسمة");
    # such a pair must cover as much as the best sentence, clearly more than the best that holds the claim's values,
    # tell each of them itself, and be judged on them: supported, or contradicted by a count. Not for a date nor a
    # count of time ("بسبع سنوات" / "منذ ست سنوات"): a neighbour's is another event's (tests/test_guard_paraphrases).
    best_single = max(j.alignment.features["coverage"] for j in judged)
    best_valued = max((j.alignment.features["coverage"] for j in judged if not j.alignment.missing), default=0.0)
    count_gap = any(j.alignment.features["coverage"] >= best_single and j.alignment.missing
                    and all(_count_of_things(v) for v in j.alignment.missing) for j in judged)
    gate = min(best_single + PAIR_MARGIN, max(best_single, best_valued + PAIR_MARGIN)) if count_gap \
        else best_single + PAIR_MARGIN
    by_candidate = {id(j.candidate): j for j in judged}
    for pair in pairs:
        first, second = (by_candidate[id(p)] for p in pair.parts)
        context = contexts.get(pair.article_id)
        if _pair_coverage_bound(claim, first.alignment, second.alignment, context) < gate:
            continue
        j = _judge(claim, pair, model, context)
        lone = _venue_alone(j, (first.alignment, second.alignment)) if j.verdict == "supported" else ""
        if lone:
            j.verdict, j.reason = "unsupported", f"the source holds another event at {lone}"
        elif j.verdict == "supported":
            j.reason = _borrowed(j, first, second) or j.reason
            j.verdict = "unsupported" if j.reason.startswith("the neighbour") else j.verdict
        coverage = j.alignment.features["coverage"]
        if coverage >= best_single + PAIR_MARGIN or (
                coverage >= gate and _values_told(j.alignment)
                and (j.verdict == "supported" or (j.verdict == "contradicted" and j.alignment.conflicts))):
            judged.append(j)
    for j in judged:
        told = _dated_elsewhere(j, judged)
        if told:
            j.verdict, j.reason = "unsupported", told
    best = _choose(judged)
    cand = best.candidate
    show = best.verdict != "unsupported" or best.alignment.features["coverage"] >= CLOSEST_EVIDENCE
    return Claim(
        text=text, verdict=best.verdict,
        evidence=cand.text if show else None,
        evidence_start=cand.start if show else None,
        evidence_end=cand.end if show else None,
        score=best.probability, probability=best.probability,
        article_id=cand.article_id if show else None,
        reason=best.reason,
        published=cand.published if show else None,
        conflict=best.conflict,
    )


_TIME_UNITS = frozenset(light10(bare(normalize(w))) for w in lexicon.TIME_UNITS)  # as values._unit_after keys them


def _dated_elsewhere(j: _Judgement, judged: list[_Judgement]) -> str:
    """Why a date that differs in ``j`` is another event's, or "": another sentence tells the claim's dates, none
    otherwise, with a word of the claim's event ``j`` lacks ("ووقعت الشركة عقداً عام 2019" beside "حصلت الشركة على عقد
    عام 2018": "وكان العقد قد وُقع عام 2019 مع الشركة" is the second contract, not the first one's date changed)."""
    conflict = j.conflict if j.verdict == "contradicted" else None
    if conflict is None or conflict.kind not in ("year", "date"):
        return ""
    a = j.alignment
    if any(c.kind != "date" for c, _ in a.conflicts):
        return ""
    for other in judged:
        b = other.alignment
        if other is j or b.conflicts or b.missing or other.verdict == "contradicted":
            continue
        # (a word ``j`` borrows from its article counts as lacking: the article may say it of the other event; and so
        # does one ``j`` says only in other words where the other sentence writes it, when that one tells every word of
        # the claim: "وكشف عن المشروع في 10 يناير 2021" is The Line's "كُشف عن مشروع «ذا لاين»" of that day, not the
        # capital's "وأُعلن عن المشروع في مارس 2015": dev 31's true sentence was replaced by the capital's)
        told = [w.text for i, w in enumerate(a.claim.words) if i in b.links and not w.name and (
            i not in a.links or (a.links[i].kind == "synonym" and b.links[i].kind == "same"
                                 and len(b.links) == len(a.claim.words)))]
        if told:
            return f"{conflict.claim} is told of {told[0]} in another sentence"
    return ""


def _venue_alone(j: _Judgement, singles: tuple[Alignment, Alignment]) -> str:
    """The venue of the claim (align.venue_phrase) is taken from one sentence of the pair ``j`` while the other
    sentence alone (``singles``: each sentence's own alignment) links the rest of the claim: the venue held another
    event ("… في الدور نصف النهائي على ملعب النخيل" beside "وسيواجه … في المباراة النهائية يوم الجمعة" holds no final
    at that ground; TRUST BUG). Returns the venue's name as written, or ""."""
    a = j.alignment
    first = len(j.candidate.parts[0].analysed().words)
    venue = venue_phrase(a.claim)
    rest = [i for i in range(len(a.claim.words)) if i not in venue]
    for k in sorted(venue):
        if k not in a.links or a.claim.words[k].role:
            continue
        other = singles[0] if a.links[k].evidence >= first else singles[1]
        if rest and all(i in other.links for i in rest):
            return a.claim.words[k].text
    return ""


def _borrowed(j: _Judgement, first: _Judgement, second: _Judgement) -> str:
    """Why the pair ``j`` borrows a word of the claim from one sentence into a slot the other fills itself
    (:mod:`akhbar.verify_pairs`), or ""."""
    words = len(j.candidate.parts[0].analysed().words)
    other = party_of_the_neighbour(j.alignment, words, tuple((s.alignment, s.conflict) for s in (first, second)))
    if other:
        return f"the neighbour sentence lends the claim its party: the deed's own sentence names {other}"
    thing = thing_of_the_neighbour(j.alignment, words, (first.alignment, second.alignment))
    if thing:
        return "the neighbour sentence lends the claim {}: the deed's own sentence says {}".format(*thing)
    extent = extent_of_the_neighbour(j.alignment, words)
    if extent:
        return "the neighbour sentence lends the claim {} ({}), said there of another deed".format(*extent)
    return ""


def _count_of_things(v: Value) -> bool:
    """A number with its counted noun, not a count of time nor in a phrase dating another event."""
    return v.kind == "num" and bool(v.unit) and v.unit not in _TIME_UNITS and not v.relative


def _values_told(a: Alignment) -> bool:
    """The sentence tells each of the claim's values: none missing, and one it tells otherwise only as a count of
    the same thing ("سبعة ملايين نسمة" / "خمسة ملايين نسمة"; a year of another event nearby says nothing of the claim's)."""
    return not a.missing and all(c.unit and c.unit == e.unit for c, e in a.conflicts)


def _pair_coverage_bound(claim: Side, a: Alignment, b: Alignment, context: Context | None) -> float:
    """The most of the claim two neighbouring sentences read together can cover: each claim word
    at the stronger of its links to either sentence, or as stated by the article (0.9)."""
    if not claim.words:
        return 0.0
    total = 0.0
    for i, w in enumerate(claim.words):
        la, lb = a.links.get(i), b.links.get(i)
        strength = max(la.strength if la else 0.0, lb.strength if lb else 0.0)
        if strength < 0.9 and (i in a.known or i in b.known or (
                context is not None and not (w.name and w.role) and not w.keys.isdisjoint(context.keys))):
            strength = 0.9
        total += strength
    return total / len(claim.words)


def _article_contexts(cands: list[_Candidate]) -> dict[int | None, Context]:
    """Each article's candidate sentences read together: what the article states around a sentence."""
    sides: dict[int | None, list[Side]] = {}
    for c in cands:
        sides.setdefault(c.article_id, [analyze(c.title)] if c.title else []).append(c.analysed())
    return {aid: Context.of(parts) for aid, parts in sides.items() if len(parts) > 1}


def _choose(judged: list[_Judgement]) -> _Judgement:
    """Supported by any sentence wins; else a contradiction; else the closest sentence."""
    supported = [j for j in judged if j.verdict == "supported"]
    if supported:
        return max(supported, key=lambda j: (j.probabilities["supported"], j.alignment.features["coverage"]))
    # Of several contradicting sentences, the one most about the claim's event; and only one about
    # it about as much as the sentence that covers the claim best (the same event, not a neighbour).
    # A conflict the aligner names outranks the model's own contradiction.
    top = max(j.alignment.sentence_coverage for j in judged)
    contradicted = [j for j in judged if j.verdict == "contradicted" and j.alignment.sentence_coverage >= top - SAME_EVENT_SLACK]
    if contradicted:
        return max(contradicted, key=lambda j: (named_conflict(j.alignment) is not None, j.alignment.sentence_coverage,
                                                j.probabilities["contradicted"]))
    return max(judged, key=lambda j: (j.alignment.features["coverage"], -j.alignment.features["evidence_words"]))


# --- public entry points ----------------------------------------------------------------------

ANSWER_SLOT = "[?]"  # marks the open answer slot of a question turned into a statement


class PairVerdict(NamedTuple):
    """The verdict on one claim against one evidence sentence."""

    verdict: str  # "supported" | "unsupported" | "contradicted"
    probability: float  # calibrated probability that the verdict is right
    reason: str


def judge_pair(claim: str, sentence: str) -> PairVerdict:
    """Judge one claim against one sentence.

    >>> judge_pair("فازت فرنسا بكأس العالم 2022", "فازت الأرجنتين بكأس العالم 2022 على فرنسا").verdict
    'contradicted'
    """
    c = check_claim(claim, [EvidenceSentence(sentence)])
    return PairVerdict(c.verdict, c.probability, c.reason)


def check_claim(claim: str, evidence: Sequence[EvidenceSentence]) -> Claim:
    """Judge one claim against candidate evidence sentences; return the verdict with the sentence
    that decided it (its offsets, article id and date) and the reason.

    Sentences of the same article that follow each other (at most 3 characters apart) are also
    tried as a pair. A claim may hold :data:`ANSWER_SLOT` where a question's answer would stand
    ("فاز [?] بكأس العالم 2022"): the slot needs no evidence of its own, every other part of the
    claim does, and nothing of it may be contradicted.

    >>> s = EvidenceSentence("أمّم عبد الناصر شركة قناة السويس في 26 يوليو 1956.", 0, 49, article_id=3)
    >>> c = check_claim("أمّم عبد الناصر شركة قناة السويس عام 1957", [s])
    >>> c.verdict, c.article_id
    ('contradicted', 3)
    """
    singles = _as_candidates(evidence)
    return _decide(claim, analyze(claim_reading(claim)), singles, _candidates_with_pairs(singles))


def claim_reading(claim: str) -> str:
    """The claim's text as the checker aligns it (the answer slot blanked, the article it words not named as its teller,
    an invitation's topic alone); the model's
    fit (bench/fit_verify.py) reads its training claims through it too, so it is fitted on what it judges."""
    return _topic_of_invitation(_without_its_own_source(claim.replace(ANSWER_SLOT, " ").strip()))


_INVITATIONS = frozenset(normalize(w) for w in lexicon.INVITATIONS)


_OWN_SOURCE_OPENERS = frozenset(normalize(w) for w in lexicon.OWN_SOURCE_OPENERS)
_OWN_SOURCES = frozenset(bare(normalize(w)) for w in lexicon.OWN_SOURCE_NOUNS)


def _without_its_own_source(text: str) -> str:
    """A claim that names the article it words as its teller ("وتجاوز عدد المصابين بحسب الصحيفة ستة آلاف", lexicon
    OWN_SOURCE_OPENERS before OWN_SOURCE_NOUNS) claims what the article tells, which the sentence it is checked against
    does: read without the attribution (dev 39 dropped two such true sentences, "no evidence for: بحسب، الصحيفة").
    Another teller ("بحسب الشرطة") stays: it is a part of the claim. Any other text as it is."""
    tokens = get_analyzer().tokens(text)
    for k in range(len(tokens) - 1):
        if {tokens[k].norm, without_conjunction(tokens[k].norm)} & _OWN_SOURCE_OPENERS and bare(tokens[k + 1].norm) in _OWN_SOURCES:
            end = tokens[k + 1].end
            end += len(text[end:]) - len(text[end:].lstrip(" ،,"))
            return (text[:tokens[k].start] + text[end:]).strip()
    return text


def _topic_of_invitation(text: str) -> str:
    """A claim that invites the reader to learn about a topic ("تعرف على خطة البلدية لتنظيف الشواطئ",
    lexicon.INVITATIONS before "على") claims the topic alone ("خطة البلدية لتنظيف الشواطئ"), which a question on it
    or its own headline states; read with the verb, the verb was a word no sentence holds, and one sentence's word
    of its own there ("حكاية …") looked like a changed slot. Any other text as it is."""
    tokens = get_analyzer().tokens(text)
    if len(tokens) >= 3 and tokens[0].norm in _INVITATIONS and tokens[1].norm == "علي":
        return text[tokens[2].start:]
    return text


def _as_candidates(evidence: Iterable[EvidenceSentence]) -> list[_Candidate]:
    seen: set[tuple[int | None, int, int]] = set()
    out = []
    for ev in evidence:
        end = ev.end if ev.end is not None else ev.start + len(ev.text)
        if (ev.article_id, ev.start, end) in seen or not ev.text.strip():
            continue
        seen.add((ev.article_id, ev.start, end))
        out.append(_Candidate(text=ev.text, start=ev.start, end=end, article_id=ev.article_id, published=ev.published,
                              title=ev.title))
    # Sorted so neighbours in the article are neighbours in the list (for pairs).
    out.sort(key=lambda c: (c.article_id is None, c.article_id or 0, c.start))
    _same_days(out)
    return out


_SAME_DAY = re.compile("|".join(re.escape(p) for p in lexicon.SAME_DAY))
_BEFORE_SAME_DAY = frozenset(normalize(w) for w in lexicon.RELATIVE_TIME)
# (a cheap test first: most sentences hold none of an offset's words)
_OFFSET_WORDS = re.compile("|".join(re.escape(w) for w in (*lexicon.OFFSET_ANCHORS, *lexicon.NEXT_DAY, *lexicon.PREVIOUS_DAY)))
SAME_DAY_BACK = 3  # how many sentences before one saying "ذلك اليوم" may give its day


def dated_by_an_earlier_sentence(text: str) -> bool:
    """Whether ``text`` takes its day from an earlier sentence of its article ("… من ذلك اليوم", "وفي اليوم التالي",
    "بعد ذلك بيومين"): the evidence for a claim then needs those sentences too (see _same_days)."""
    return _SAME_DAY.search(text) is not None or _counted_offsets(text)


def _counted_offsets(text: str) -> bool:
    """An offset of ``text`` counted from a day given before ("وفي اليوم التالي", "قبل ذلك بأسبوع"; akhbar.qa.offsets),
    not the same day (read by _same_days' own rule) nor an approximate one ("بعد ذلك بنحو أسبوع")."""
    return _OFFSET_WORDS.search(text) is not None and any(o.anchored and o.sign and not o.approx for o in find_offsets(text))


def _earlier_day(cands: list[_Candidate], k: int) -> tuple[str, dt.date | None] | None:
    """The one day the nearest earlier candidate of ``cands[k]``'s article (at most SAME_DAY_BACK back) gives, as
    written there and as a date; None when that sentence gives two days or none of them gives one."""
    for prev in reversed(cands[max(0, k - SAME_DAY_BACK):k]):
        if prev.article_id != cands[k].article_id:
            return None
        days = {(v.year, v.month, v.day): v.text for v in prev.analysed().values
                if v.kind == "date" and v.day and not v.relative}
        if days:
            if len(days) > 1:
                return None
            (year, month, day), written = next(iter(days.items()))
            return written, (dt.date(year, month, day) if year and month else None)
    return None


def _same_days(cands: list[_Candidate]) -> None:
    """A sentence dated by "ذلك اليوم" / "اليوم نفسه" reads the day of the nearest earlier sentence of its article
    (among the candidates, at most SAME_DAY_BACK back) that gives one: its one day, not one in a phrase dating another
    event ("… بعد هجوم انطلق في 27 نوفمبر"). None when a word of lexicon.RELATIVE_TIME stands before the phrase
    ("بعد ستة أيام من ذلك اليوم": another day), or that sentence gives two days. A day the sentence counts from that
    one ("وفي اليوم التالي", "بعد ذلك بيومين") reads as the date it names (akhbar.qa.offsets.read_offsets), as the
    generation guard reads a generated sentence's: "وفي اليوم التالي امتنع …" after a sentence of "مساء الثامن من
    ديسمبر" tells the 9th."""
    for k, cand in enumerate(cands):
        found = _SAME_DAY.search(cand.text)
        if found:
            if any(normalize(w).lstrip("و") in _BEFORE_SAME_DAY for w in cand.text[:found.start()].split()[-5:]):
                continue
            earlier = _earlier_day(cands, k)
            if earlier is not None:
                cand.reading = cand.text[:found.start()] + earlier[0] + cand.text[found.end():]
        elif _counted_offsets(cand.text):
            earlier = _earlier_day(cands, k)
            if earlier is not None and earlier[1] is not None:
                reading = read_offsets(cand.text, OffsetDate(earlier[1], "day")).text
                cand.reading = reading if reading != cand.text else None


def _join_adjacent(a: _Candidate, b: _Candidate, max_gap: int = 3) -> _Candidate | None:
    if a.article_id != b.article_id or not (0 <= b.start - a.end <= max_gap):
        return None
    gap = " " * (b.start - a.end)
    return _Candidate(text=a.text + gap + b.text, start=a.start, end=b.end, article_id=a.article_id,
                      published=a.published, title=a.title, parts=(a, b))


def verify(context: str, answer: str) -> VerifyReport:
    """Check each claim of ``answer`` against the sentences of ``context`` (the source text).

    Evidence offsets are character offsets into ``context``.
    """
    context = context or ""
    sentences = [EvidenceSentence(s.text, s.start, s.end) for s in split_sentences(context) if s.text.strip()]
    claims = [check_claim(text, sentences) for text in split_claims(answer)]
    for c in claims:  # a pair of sentences is quoted with what stands between them (a line break)
        if c.evidence is not None and c.evidence_start is not None and c.evidence_end is not None:
            c.evidence = context[c.evidence_start:c.evidence_end]
    return VerifyReport(claims=claims)


class Verifier:
    """Checks answers against sentences found by ``evidence_fn`` (e.g. from an archive).

    ``evidence_fn(claim_text)`` returns candidate sentences (:class:`EvidenceSentence`) with
    offsets into their article.
    """

    def __init__(self, evidence_fn: EvidenceFn) -> None:
        self.evidence_fn = evidence_fn

    def check(self, answer: str) -> VerifyReport:
        return VerifyReport(claims=[check_claim(text, list(self.evidence_fn(text))) for text in split_claims(answer)])
