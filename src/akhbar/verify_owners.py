"""A deed the sentence tells by its verbal noun in construct with another owner ("أعلن وزير المالية استقالة رئيس
الحكومة": the resignation is the prime minister's), told by the claim as the sentence's doer's own ("استقال وزير
المالية": generation guard round 40's TRUST BUG, supported at 0.90, every word of the claim being in the sentence).
Not a noun with its own pronoun ("أعلن وزير المالية استقالته"): the pronoun may stand for the owner itself
("مقدمتها" of "مقدمة السفينة"), which the words do not tell.
"""

from __future__ import annotations

import re

from .align import Alignment
from .verify_clauses import verb_shaped

__all__ = ["deed_of_another_owner"]

_PRONOUN_END = re.compile("(?:ه|ها|هم|هما|هن)$")  # a glued pronoun as written (a folded "ة" reads as "ه")


def deed_of_another_owner(a: Alignment) -> tuple[str, str] | None:
    """(the claim's word of the deed, the owner the sentence gives it) where the claim's opening verb ("استقال") is
    linked to a sentence noun written bare, without article or pronoun, right before a definite word, a name, or a noun
    and its definite word (its owner in construct: "استقالة رئيس الحكومة"), no claim word linked to them, while another
    claim word, its doer, is linked to a word the sentence writes before that noun. Else None."""
    ev = a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i, link in a.links.items():
        c, e, k = a.claim.words[i], ev[link.evidence], link.evidence + 1
        if link.strength < 0.75 or c.name or e.name or e.norm.startswith("ال") or _PRONOUN_END.search(e.text) or verb_shaped(e) \
                or not (c.pos == 0 and verb_shaped(c) and c.norm != e.norm):
            continue  # (not a word both write alike, "إيفر" of a ship's name, nor another noun, "أهلها" / "أهالي")
        # (the owner: a definite word, a name, or a noun in construct with an unlinked definite one, "رئيس الحكومة")
        construct = k + 1 < len(ev) and k + 1 not in said and ev[k + 1].pos == e.pos + 2 and ev[k + 1].norm.startswith("ال")
        # (nor a name the claim says by its other word: "قيادة أحمد الشرع" / "وقاد الشرع")
        named = k + 1 < len(ev) and k + 1 in said and ev[k + 1].pos == e.pos + 2 and (ev[k].name or ev[k + 1].name)
        if k >= len(ev) or k in said or ev[k].pos != e.pos + 1 or ev[k].setting or named \
                or not (ev[k].norm.startswith("ال") or ev[k].name or construct):
            continue
        if any(j != i and ev[other.evidence].pos < e.pos for j, other in a.links.items()):
            return c.text, ev[k].text
    return None

