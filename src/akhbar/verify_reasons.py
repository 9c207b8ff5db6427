"""What names a verdict of the claim checker (:mod:`akhbar.verify`): the conflict the aligner can name, in the order
the verdict weighs it (:func:`named_conflict`), and the reason each verdict carries ("role swapped: …", "year 2023 ≠
2024", "the source only plans it: …", "no evidence for: …").

verify.py decides; this module says why, in words a reader can check against the two sentences. The checks behind an
"unsupported" reason (another clause's value, another party, a deed only planned) live in the verify_* modules; the
tables below give the order in which the first one that finds something names the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from .align import Alignment, describe_conflict
from .deed_phrases import getter_of_the_giver
from .models import Conflict
from .verify_appositions import (
    body_named_otherwise,
    body_of_another_speaker,
    body_of_the_person,
    credit_of_another_name,
    name_of_a_credit,
    nationality_of_another_noun,
    object_of_a_relative,
    office_of_another_name,
    office_unfound,
    office_words_crossed,
    relative_of_another_noun,
    title_doubled,
    title_of_another,
)
from .verify_capacity import attendance_beside_capacity, value_as_capacity, value_before_taking_part, value_before_the_deed
from .verify_causes import cause_of_a_coincidence
from .verify_clauses import (
    disputed_count,
    home_clause_value,
    member_of_another_list,
    slot_filled_otherwise,
    slot_of_another_clause,
    value_of_another_clause,
    value_of_another_phrase,
)
from .verify_conditions import deed_under_a_later_condition
from .verify_days import (
    date_of_another_noun,
    day_of_a_longer_span,
    day_of_another_verb,
    day_of_the_dating_deed,
    day_of_the_saying,
    delay_told_as_span,
    period_of_another_turn,
    span_from_the_lasting,
    span_of_another_verb,
)
from .verify_deed_nouns import office_taken_unsaid, verb_unsaid_before_its_deed
from .verify_deeds import (
    denial_set_against_another,
    denied_report,
    past_state,
    planned_as_done,
    value_as_comparison_base,
    value_as_range_start,
    value_as_span_end,
    value_unrealised,
)
from .verify_doers import doer_of_another, party_as_doer, victim_as_doer
from .verify_hedged import avoided, inside_a_hedge, inside_a_warning, premature_talk
from .verify_hosts import host_untold, issued_by_another
from .verify_items import (
    count_of_another_family,
    count_of_another_noun,
    length_of_another_noun,
    measure_of_another_thing,
    noun_of_another_count,
    one_of_the_two,
    rank_of_another_name,
    value_of_another_item,
    value_of_another_measure,
)
from .verify_light_verbs import light_verb_roles
from .verify_owners import deed_of_another_owner, owner_of_another_noun
from .verify_pairs import doer_lent, office_for_a_name
from .verify_parties import (
    announcement_denied,
    announcer_of_another,
    other_party,
    scope_of_another,
    stake_of_whole,
    teller_as_doer,
    told_as_words,
)
from .verify_peoples import country_of_the_doer, crossed_nationality, crossed_preposition, other_people, place_of_origin
from .verify_phases import turn_of_another_phase
from .verify_prepositions import object_said_with, party_of_a_go_between, party_of_another_preposition, place_of_the_other_end
from .verify_respectively import respective_value
from .verify_routes import (
    narrowed_prize,
    narrowed_superlative,
    other_death,
    other_kind,
    other_name,
    renamed_after_cue,
    slot_text,
    step_unsaid,
)
from .verify_scope import scope_of_the_claim
from .verify_speakers import headline_said, own_deed_given_to_another, sayer_named_otherwise, swapped_speaker, value_of_another_telling
from .verify_teams import youth_team
from .verify_tellings import (
    adjective_of_the_noun_otherwise,
    place_of_another_telling,
    place_of_the_noun_otherwise,
    qualifier_of_another_telling,
)
from .verify_two_deeds import (
    doers_crossed,
    group_of_another,
    phrase_of_two_clauses,
    place_of_another_deed,
    role_of_another_clause,
    value_of_another_name,
    value_of_another_setting,
)
from .verify_voice import accused_told_as_accuser, doer_of_a_relative_clause

__all__ = ["describe_named", "difference_reason", "model_conflict", "named_conflict", "support_reason", "unsupported_reason"]


def named_conflict(a: Alignment) -> Conflict | None:
    """The conflict the aligner can name, in the order the verdict weighs them."""
    # A claim that also holds a value the sentence lacks ("بعد تسع ساعات ضرب زلزال ثانٍ بقوة 7.5")
    # may tell another event: a different value then decides nothing.
    if a.conflicts and not a.missing:
        c, e = a.conflicts[0]
        return Conflict(describe_conflict(c, e).split()[0], c.text, e.text)
    if (home := home_clause_value(a)) is not None:  # the clause of the claim's verb gives its own value
        return Conflict(describe_conflict(home[0], home[1]).split()[0], home[0].text, home[1].text)
    if (lead := value_of_another_phrase(a)) is not None:  # the count the sentence gives the thing the claim names
        return Conflict(describe_conflict(*lead).split()[0], lead[0].text, lead[1].text)
    if (came := attendance_beside_capacity(a)) is not None:  # a capacity beside the count of those who came
        return Conflict(describe_conflict(*came).split()[0], came[0].text, came[1].text)
    if a.swaps:
        return Conflict("role", *a.swaps[0])
    if a.substitutions:
        return Conflict("name", *a.substitutions[0])
    if renamed := renamed_after_cue(a):
        return Conflict("name", *renamed)
    named_rival = [clash for clash in a.agent_clashes if clash[1]]
    if named_rival:
        return Conflict("name", *named_rival[0])
    if a.antonyms:
        return Conflict("antonym", *a.antonyms[0])
    if a.negation:
        return Conflict("negation", a.negation, "")
    if (denied := denied_report(a)) is not None:  # "نفت الشركة الأخبار عن إفلاسها" / "أفلست الشركة"
        return Conflict("polarity", *denied)
    if (denied := announcement_denied(a)) is not None:  # "نفت الوزارة إغلاق المعبر" / "الوزارة تعلن إغلاق المعبر"
        return Conflict("polarity", *denied)
    swapped = swapped_speaker(a)  # "X: Y does Z" / "Y: X does Z"
    if swapped:
        return Conflict("role", *swapped)
    return None


def describe_named(conflict: Conflict | None, a: Alignment) -> str:
    """The reason a named conflict gives ("role swapped: …", "year 2023 ≠ 2024"), or ""."""
    if conflict is None:
        return ""
    if conflict.kind == "role":
        if not a.swaps:  # (the one other role conflict: swapped_speaker)
            return (f"speaker swapped with the party of the deed: {conflict.claim} says it in the claim, "
                    f"{conflict.evidence} in the source, each of the other")
        return f"role swapped: {conflict.claim} / {conflict.evidence}"
    if conflict.kind == "name":
        return "name {} ≠ {}".format(*slot_text(a, conflict.claim, conflict.evidence))
    if conflict.kind == "antonym":
        return f"opposite: {conflict.claim} / {conflict.evidence}"
    if conflict.kind == "negation":
        return f"negation: {conflict.claim} is negated on one side only"
    if conflict.kind == "polarity":
        return f"the source denies a report of it: {conflict.claim} … {conflict.evidence}"
    if not a.conflicts and (home := home_clause_value(a)) is not None:
        return f"{describe_conflict(home[0], home[1])} in the clause of the claim's verb ({home[0].text} is said of {home[2]})"
    if not a.conflicts and (lead := value_of_another_phrase(a)) is not None:
        return f"{describe_conflict(*lead)}: the source gives {lead[0].text} to another thing of its list"
    if not a.conflicts and (came := attendance_beside_capacity(a)) is not None:
        held = value_as_capacity(a)
        word = f" ({held[1]})" if held else ""
        return (f"{describe_conflict(*came)}: the source gives {came[0].text} as what the place holds{word}, "
                f"{came[1].text} as how many came")
    return describe_conflict(*a.conflicts[0])


def model_conflict(a: Alignment) -> Conflict:
    """What the model's own contradiction rests on (see :func:`difference_reason`)."""
    if a.polarity:
        return Conflict("polarity", a.polarity, "")
    if a.slot_changes:
        return Conflict("slot", *a.slot_changes[0])
    return Conflict("other", " ".join(w.text for w in a.unaligned_claim()[:4]), "")


def difference_reason(a: Alignment) -> str:
    if a.polarity:
        return f"denial or refusal on one side only: {a.polarity}"
    if a.slot_changes:
        c, e = slot_text(a, *a.slot_changes[0])
        return f"the source says {e} where the claim says {c}"
    left = [w.text for w in a.unaligned_claim()]
    if left:
        return "the source says otherwise: " + " ".join(left[:4])
    return "the source says otherwise"


def support_reason(a: Alignment) -> str:
    syn = [(a.claim.words[i].text, a.evidence.words[link.evidence].text) for i, link in sorted(a.links.items())
           if link.kind in ("synonym", "root") and a.claim.words[i].norm != a.evidence.words[link.evidence].norm]
    values = a.features["values_matched"]
    said = sorted(headline_said(a))
    # (the model's route may support a claim with a word the sentence does not hold: the reason names it rather than
    # say every word is there, round 24: "الصين تؤكد إشعال فتيل الحرب" was supported "every word of the claim is in the
    # source" by "… سحب فتيل الحرب …")
    left = [w.text for i, w in enumerate(a.claim.words) if i not in a.links and i not in a.known and i not in said]
    if left:
        out = "most of the claim is in the source; not found in it: " + "، ".join(left[:4])
    else:
        out = "every word and value of the claim is in the source" if values else "every word of the claim is in the source"
    if syn:
        out += "; " + ", ".join(f"{c} = {e}" for c, e in syn[:3])
    if said:
        out += "; " + ", ".join(a.claim.words[i].text for i in said) + ": the source's speaker before its colon"
    return out


def _scope(a: Alignment, scope: str) -> tuple[str, str] | None:
    found = scope_of_the_claim(a)
    return (found[0], found[1]) if found and found[2] == scope else None


# What keeps a sentence from telling the claim, each as (check, reason with the two words the check gives), in the order
# the reason is chosen; a deed only planned is told between the two tables.
_Reasons = tuple[tuple[Callable[[Alignment], tuple[str, str] | None], str], ...]
_TOLD_OTHERWISE: _Reasons = (
    (other_name, "the source names {1}, not {0}"),
    (place_of_origin, "the source puts it in {1}; it names {0} as where someone came from"),
    (country_of_the_doer, "the source names {0} only as whose ({1}), not as where"),
    (place_of_the_other_end, "the source names {0} as the other end of the journey: {1}"),
    (body_of_the_person, "the claim tells it of {0}; the source of {1}"),
    (doer_lent, "the source names {0} as the one who did it ({0} … {1}); the claim's doer is found only elsewhere"),
    (office_for_a_name, "the source tells it of {1}; nothing in the article says {1} is {0}"),
    (youth_team, "the source tells it of a team of the young ({1}), not of {0} itself"),
    (cause_of_a_coincidence, "the source tells the two at one time ({1}), not one as the cause ({0}) of the other"),
    (deed_of_another_owner, "the source tells {0} as the deed of {1} …, not of the claim's doer"),
    (party_of_a_go_between, "the source tells {0} as who stood between the parties, not as a party with {1}"),
    (host_untold, "the source tells a meeting ({1}), not who received whom ({0})"),
    (issued_by_another, "the source tells who issued it ({1}), not {0}"),
    (delay_told_as_span, "the source says {1}, not {0}: when a deed came is not how long it took"),
    (getter_of_the_giver, "the source tells {0} as the one it came from ({1}), not as the one who got it"),
    (verb_unsaid_before_its_deed, "the source tells the deed itself ({1}), not {0} of it"),
    (office_taken_unsaid, "the source does not tell {1} taken: nothing in it says {0}"),
    (respective_value, "the source gives {0} {1}, in the order of its list (على التوالي)"),
    (lambda a: crossed_nationality(a) or crossed_preposition(a), "the source puts {0} and {1} the other way round"),
    (told_as_words, "the source tells it as its speaker's words: {0}, where the claim states {1} … as a fact"),
    (denial_set_against_another, "the source denies a report of it ({0}) and tells it only as another's word: {1}"),
    (disputed_count, "the source gives {0} as one side's count against another's {1}"),
    (title_of_another, "the source writes {1} between the title and the name, where the claim says {0}"),
    (title_doubled, "the source writes the title {1}, where the claim says {0}"),
    (doers_crossed, "the source tells {0} of the claim's second deed and {1} of its first"),
    (office_of_another_name, "the source gives that office to {1}, not {0}"),
    (office_unfound, "the source writes {1}, not {0}"),
    (adjective_of_the_noun_otherwise, "the source writes {1}, not {0}"),
    (credit_of_another_name, "the source writes {1}, not {0}"),
    (one_of_the_two, "the source tells it of one of the two ({1}), not of both ({0})"),
    (office_words_crossed, "the source writes {1} there, where the claim says {0}: the two exchanged"),
    (body_of_another_speaker, "the source's speaker speaks for {1}, not {0}"),
    (body_named_otherwise, "the source names another body: {1}, not {0}"),
    (name_of_a_credit, "the source names {0} only in a credit ({1}), not as the one who did it"),
    (relative_of_another_noun, "the source says it of {1}, not {0}"),
    (object_of_a_relative, "the source says it of {1}, not {0}"),
    (party_of_another_preposition, "the source puts {1} in that place, not {0}"),
    (step_unsaid, "the source tells another step of the affair: {1}, not {0}"),
    (object_said_with, "the source names {0} only as the other side of something else (مع {1}), not as the one it was done to"),
    (nationality_of_another_noun, "the source writes {1}, where the claim says {0}"),
    (member_of_another_list, "the source's list goes on with {1}; it names {0} in another list"),
    (past_state, "the source tells a state of the past: {0}, where the claim states {1} … as now"),
    (light_verb_roles, "the source tells the deed of {1}, not {0}"),
    (announcer_of_another, "the source tells it as the words of {1}, not an announcement of {0}"),
    (stake_of_whole, "the source tells of a stake ({1}), not the whole of {0}"),
    (other_party, "the source tells it of {1}, not {0}"),
    (lambda a: _scope(a, "per head"), "the source gives it per head ({1}), not as the whole's {0}"),
    (lambda a: _scope(a, "total"), "the source gives the total otherwise ({1}): {0} is not the total"),
    (lambda a: _scope(a, "ground") or _scope(a, "gender") or _scope(a, "any"), "the source says {1} where the claim says {0}"),
    (lambda a: _scope(a, "age"), "the source gives {0} as a span ({1}), not as an age"),
    (lambda a: _scope(a, "range"), "the source gives {0} as one end of a range ({1}), not as the value"),
    (lambda a: _scope(a, "reckoning"), "the source reckons it {1}, where the claim says {0}"),
    (lambda a: _scope(a, "bound"), "the source gives {0} as a bound ({1}), not as the value"),
    (lambda a: _scope(a, "measure"), "the source gives the figure as {1}, not as {0}"),
    (scope_of_another, "the source ranks it within {1}, not {0}"),
    (other_people, "the source tells it of {1}, not {0}"),
    (victim_as_doer, "the source tells {0} as the one it was done to ({1}), not as its doer"),
    (party_as_doer, "the source names {0} after a preposition ({1}), not as the one who did it"),
    (lambda a: other_kind(a) or other_death(a) or narrowed_superlative(a) or narrowed_prize(a),
     "the source says {1} where the claim says {0}"),
)
_OF_ANOTHER_CLAUSE: _Reasons = (
    (value_unrealised, "the source gives {0} only under {1}: not told as done"),
    (value_as_span_end, "the source gives {0} as the end of a span ({1}), not as its time"),
    (value_as_comparison_base, "the source gives {0} only as what it is compared with ({1}), not as its time"),
    (value_as_range_start, "the source gives {0} as where a change started, not what it came to ({1})"),
    (value_as_capacity, "the source gives {0} as what the place holds ({1}), not as how many came"),
    (value_before_the_deed, "the source gives {0} as those who may do it or applied ({1}), not as how many did"),
    (value_before_taking_part,
     "the source gives {0} as those who signed up, were asked or are expected, or as a bound ({1}), not as how many took part"),
    (value_of_another_clause, "the source gives {0} in the clause of another deed: {1}"),
    (slot_of_another_clause, "the source gives {0} in the clause of another deed; the clause of the claim's verb says {1}"),
    (role_of_another_clause, "the source gives {0} in the clause of another deed; the clause of the claim's verb says {1}"),
    (slot_filled_otherwise, "the source gives {0} in another clause; in the claim's place it says {1}"),
    (phrase_of_two_clauses, "the source does not say {0} together: its clause says {1}"),
    (day_of_a_longer_span, "the source does not give the day {0}: it says {1}"),
    (period_of_another_turn, "the source says {1}, where the claim says {0}"),
    (turn_of_another_phase, "the source tells it at another turn: {1}, where the claim says {0}"),
    (day_of_the_dating_deed, "the source gives {0} to another deed; it tells {1} only as what dates that one"),
    (day_of_another_verb, "the source gives {0} to another verb; the claim's verb has its own day: {1}"),
    (day_of_the_saying, "the source gives {0} to its saying ({1}), not to what was said"),
    (date_of_another_noun, "the source gives {0} to another noun; the claim's has its own date: {1}"),
    (span_of_another_verb, "the source gives {0} to another deed; the claim's verb takes its own length: {1}"),
    (span_from_the_lasting, "the source counts its span from {0} ({1}); it does not say how long {0} lasted"),
    (place_of_another_deed, "the source names {0} only in the clause of another deed: {1}"),
    (value_of_another_name, "the source gives {0} a count of its own: {1}"),
    (value_of_another_item, "the source gives {0} to another item of its list: {1}"),
    (count_of_another_noun, "the source gives {0} to another noun; it counts the claim's {1}"),
    (value_of_another_measure, "the source gives {0} as another measure: {1}"),
    (length_of_another_noun, "the source gives {0} as another's length; the claim's own is {1}"),
    (count_of_another_family, "the source counts {0} among other people: the {1}"),
    (measure_of_another_thing, "the source gives {0} as another thing's measure; the claim's own is {1}"),
    (place_of_another_telling, "the source gives {0} to another telling; the claim's own says {1}"),
    (value_of_another_telling, "the source gives {0} in another's telling: {1}"),
    (accused_told_as_accuser, "the source writes no one accused or charged between {0} and {1}: it tells who was, not who did it"),
    (doer_of_a_relative_clause, "the source does not say who: {1} tells its doer by its ending only, not as {0}"),
    (teller_as_doer, "the source names {0} only as who told it ({1} …)"),
    (own_deed_given_to_another, "the source tells it as the sayer's own deed ({1}), not as {0}'s"),
    (sayer_named_otherwise, "the source names its sayer otherwise: {1}, where the claim says {0}"),
    (rank_of_another_name, "the source ranks {0} otherwise: {1}"),
    (noun_of_another_count, "the source counts another noun by {0}: {1}"),
    (place_of_the_noun_otherwise, "the source places it elsewhere: {1}, not {0}"),
    (qualifier_of_another_telling, "the source writes {0} after another telling of the word; the claim's own says {1}"),
    (group_of_another, "the source tells it of {1}, not {0}"),
    (value_of_another_setting, "the source gives {0} in another clause than the claim's time or place, which says {1}"),
    (premature_talk, "the source calls it too early to talk of: {1}, where the claim says {0}"),
    (inside_a_hedge, "the source tells it only after {1}: not as what happened"),
    (avoided, "the source tells {0} as what was escaped or kept off ({1} …): not as what happened"),
    (inside_a_warning, "the source tells it only as what {1} warned against: not as what happened"),
)


def _first_reason(a: Alignment, table: _Reasons) -> str:
    """The reason of the first check of ``table`` that finds something, or ""."""
    for check, reason in table:
        found = check(a)
        if found is not None:
            return reason.format(*found)
    return ""


def unsupported_reason(a: Alignment) -> str:
    ended = a.ended_state()
    if ended:
        return f"the source tells this state ending: {ended}"
    if told := _first_reason(a, _TOLD_OTHERWISE):
        return told
    planned = planned_as_done(a)
    if planned is None and (conditioned := deed_under_a_later_condition(a)) is not None:
        return "the source tells it only under a condition: {1}, where the claim says {0}".format(*conditioned)
    if planned is not None:
        claim_word, its_word, head = planned
        if head:
            return f"the source does not tell it as done: {head} … {its_word}, where the claim says {claim_word}"
        return f"the source only plans it: {its_word}, where the claim says {claim_word}"
    if told := _first_reason(a, _OF_ANOTHER_CLAUSE):
        return told
    missing = [v.text for v in a.missing] + [w.text for w in a.unaligned_claim()]
    if missing:
        return "no evidence for: " + "، ".join(missing[:4])
    if a.agent_clashes:
        return "the source says it of another clause's doer"
    doer = doer_of_another(a)
    if doer is not None:
        claim_doer, its_word, own_doer = doer
        if own_doer:
            return f"the source tells it of {its_word}, not {claim_doer}"
        return f"the source gives {claim_doer} to another clause's verb: {its_word}"
    if a.prizes_unwon:
        return "the source tells a match, not who won: " + "، ".join(p.replace("_", " ") for p in a.prizes_unwon)
    # (last: a noun's owner read otherwise is often the trace of a doer or a slot the checks above name)
    if (owner := owner_of_another_noun(a)) is not None:
        return "the source writes {2} after {0}, not {1}".format(*owner)
    return "the source does not say this"
