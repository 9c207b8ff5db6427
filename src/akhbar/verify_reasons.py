"""What names a verdict of the claim checker (:mod:`akhbar.verify`): the conflict the aligner can name, in the order
the verdict weighs it (:func:`named_conflict`), and the reason each verdict carries ("role swapped: …", "year 2023 ≠
2024", "the source only plans it: …", "no evidence for: …").

verify.py decides; this module says why, in words a reader can check against the two sentences. The checks behind an
"unsupported" reason (another clause's value, another party, a deed only planned) live in the verify_* modules; the
tables below give the order in which the first one that finds something names the reason.
"""

from __future__ import annotations

from .align import Alignment, describe_conflict
from .models import Conflict
from .verify_capacity import attendance_beside_capacity, value_as_capacity
from .verify_clauses import home_clause_value, value_of_another_phrase
from .verify_conditions import deed_under_a_later_condition
from .verify_deeds import denied_report, planned_as_done
from .verify_doers import doer_of_another
from .verify_names import renamed_after_cue, slot_text
from .verify_owners import owner_of_another_noun
from .verify_parties import announcement_denied
from .verify_routes import OF_ANOTHER_CLAUSE, TOLD_OTHERWISE, Reasons
from .verify_speakers import headline_said, swapped_speaker

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



def _first_reason(a: Alignment, table: Reasons) -> str:
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
    if told := _first_reason(a, TOLD_OTHERWISE):
        return told
    planned = planned_as_done(a)
    if planned is None and (conditioned := deed_under_a_later_condition(a)) is not None:
        return "the source tells it only under a condition: {1}, where the claim says {0}".format(*conditioned)
    if planned is not None:
        claim_word, its_word, head = planned
        if head:
            return f"the source does not tell it as done: {head} … {its_word}, where the claim says {claim_word}"
        return f"the source only plans it: {its_word}, where the claim says {claim_word}"
    if told := _first_reason(a, OF_ANOTHER_CLAUSE):
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
