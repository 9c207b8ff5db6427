"""A deed the sentence only hedges: names as what it is too early to talk of (:func:`premature_talk`: "قال الوزير إن
الحديث عن إفلاس الشركة سابق لأوانه" tells no bankruptcy, and "من المبكر الحديث عن إغلاق المصنع" no closing; round 38's
held out: "أعلن الوزير إفلاس الشركة" was supported at 0.87, the claim's deed a noun that
:func:`akhbar.verify_deeds.planned_as_done` leaves alone), or tells wholly inside what someone believes, expects, intends
or alleges (:func:`inside_a_hedge`: "يرجح المحققون أن خللاً في التمديدات وراء الحريق" tells no cause found; round 39's
held out, supported at 0.89), or as what was escaped or kept off (:func:`avoided`: "في هروب الفريق من شبح الهبوط" tells
no relegation). :func:`akhbar.verify_routes.read_otherwise` closes every route on them and
:mod:`akhbar.verify_reasons` names them.
"""

from __future__ import annotations

import re

from . import lexicon
from .align import Alignment
from .arabic import normalize, without_conjunction
from .verify_deeds import unrealised_head

__all__ = ["avoided", "inside_a_hedge", "inside_a_warning", "premature_talk"]

_TALK = frozenset(normalize(w) for w in lexicon.TALK_NOUNS)
_ABOUT = frozenset(normalize(w) for w in lexicon.REPORT_ABOUT)
_PREMATURE = frozenset(normalize(w) for w in lexicon.PREMATURE_WORDS)
_SENTENCE_BREAK = re.compile(r"[.؛;!؟?\n]")
_REACH = 3  # tokens from the talk's "عن" to the deed ("الحديث عن إفلاس", "الحديث عن قرب إفلاس")


def premature_talk(a: Alignment) -> tuple[str, str] | None:
    """A claim word linked to a word the sentence writes as the topic of a talk (lexicon.TALK_NOUNS, then "عن" / "حول" /
    "بشأن" or a glued ب) that the same sentence calls too early (lexicon.PREMATURE_WORDS: "سابق لأوانه", "من المبكر",
    "مبكراً"), the topic within three tokens of its particle: (the claim's word, the sentence's talk as written), or
    None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None  # (sentences read together: the word positions are not the text's)
    early = [k for k, t in enumerate(tokens) if without_conjunction(t.norm) in _PREMATURE]
    if not early:
        return None
    for i, link in a.links.items():
        pos = a.evidence.words[link.evidence].pos
        for k in range(max(0, pos - _REACH - 1), pos):
            if without_conjunction(tokens[k].norm) not in _TALK:
                continue
            glued = k + 1 == pos and tokens[pos].norm.startswith("ب")
            about = next((m for m in range(k + 1, pos) if tokens[m].norm in _ABOUT), None)
            if not glued and (about is None or pos - about > _REACH):
                continue
            if any(not _SENTENCE_BREAK.search(a.evidence.text[min(tokens[k].start, tokens[m].start):max(tokens[k].end, tokens[m].end)])
                   for m in early):
                return a.claim.words[i].text, f"{tokens[k].text} {tokens[k + 1].text} … {tokens[early[0]].text}"
    return None


# The heads of lexicon.UNREALISED_HEADS whose deed follows their "أن" ("يرجح المحققون أن …", "تعتزم الحكومة أن …"), and
# the forms of that "أن".
_THAT_HEADS = frozenset(normalize(w) for words, particles in lexicon.UNREALISED_HEADS if "أن" in particles for w in words)
_THAT = frozenset(normalize(w) for w in (*lexicon.THAT_FORMS, "بأن"))
_CLAUSE_BREAK = re.compile(r"[.،,؛;!؟?\n]")
_SUBJECT = 4  # tokens between the head and its "أن" ("يرجح المحققون في الحادث أن …")


def inside_a_hedge(a: Alignment) -> tuple[str, str] | None:
    """Every word of the claim the sentence holds (two at least) stands after the "أن" of a head that does not tell its
    deed done (lexicon.UNREALISED_HEADS with "أن": يرجح، يعتقد، يتوقع، يزعم، تعتزم …) within that clause: what is
    believed or intended, not what happened. Not where the claim has such a head of its own. (the claim's first word,
    the head as written), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or len(a.links) < 2:
        return None
    if any(unrealised_head(a.claim, w, reach=12) for w in a.claim.words):
        return None
    linked = sorted(a.evidence.words[link.evidence].pos for link in a.links.values())
    for h, token in enumerate(tokens[:linked[0]]):
        if without_conjunction(token.norm) not in _THAT_HEADS:
            continue
        that = next((m for m in range(h + 1, min(h + 2 + _SUBJECT, linked[0])) if tokens[m].norm in _THAT), None)
        if that is None or _CLAUSE_BREAK.search(a.evidence.text[token.end:tokens[linked[-1]].start]):
            continue
        return a.claim.words[0].text, token.text
    return None


_AVOIDING = frozenset(normalize(w) for w in lexicon.AVOIDING_WORDS)
_ESCAPING = frozenset(normalize(w) for w in lexicon.ESCAPING_WORDS)
_KEEPING_OFF = _AVOIDING | _ESCAPING
_FROM = normalize("من")
_LOOMING = frozenset(normalize(w) for w in ("شبح", "خطر"))


def avoided(a: Alignment) -> tuple[str, str] | None:
    """A claim word linked to the word the sentence writes as what was kept off or escaped: right after a word of keeping
    off (lexicon.AVOIDING_WORDS: "تفادي الإفلاس", "شبح الهبوط"), or the first after the "من" that follows a word of
    keeping off or escaping within two tokens ("هروب الفريق من شبح الهبوط": the team escapes, relegation is escaped;
    lexicon.ESCAPING_WORDS), the word of escape itself said by no claim word: the claim tells what did not happen. Not
    where the claim has such a word or a negation of its own. (the claim's word, the sentence's escape as written), or
    None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or a.claim.negations:
        return None
    if any(without_conjunction(t.norm) in _KEEPING_OFF for t in a.claim.text_tokens()):
        return None
    said = {a.evidence.words[link.evidence].pos: i for i, link in a.links.items()}
    for k, token in enumerate(tokens[:-1]):
        word = without_conjunction(token.norm)
        if k in said or word not in _KEEPING_OFF:
            continue
        thing = next((m + 1 for m in range(k + 1, min(k + 3, len(tokens) - 1)) if tokens[m].norm == _FROM),
                     k + 1 if word in _AVOIDING else None)
        while thing is not None and thing + 1 < len(tokens) and tokens[thing].norm in _LOOMING:
            thing += 1  # ("من شبح الهبوط": the spectre is of relegation)
        if thing in said:
            return a.claim.words[said[thing]].text, token.text
    return None


_WARNING = frozenset(normalize(w) for w in lexicon.WARNING_HEADS)


def inside_a_warning(a: Alignment) -> tuple[str, str] | None:
    """Every word of the claim the sentence holds (two at least) stands after the "من" of a warning (lexicon.WARNING_HEADS:
    "حذر المهندسون من انهيار الجسر إذا استمرت الأمطار") within that clause: a deed warned against, not one that happened
    (held out 41, now dev: a claim that the water's rise caused the dam's collapse was supported at 0.89 by the experts'
    warning of it, "تسبب" being no word the aligner links; "تسببت العاصفة في إطفاء الإنارة" at 0.93 by "حذرت الأرصاد
    من تسبب العاصفة في إطفاء الإنارة"). Not a warning "من أن", whose clause may tell a fact ("حذر من أن الأسعار ارتفعت"), nor a
    claim that warns itself or has a head of its own. (the claim's first word, the warning as written), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or len(a.links) < 2:
        return None
    if any(without_conjunction(t.norm) in _WARNING for t in a.claim.text_tokens()) \
            or any(unrealised_head(a.claim, w, reach=12) for w in a.claim.words):
        return None
    linked = sorted(a.evidence.words[link.evidence].pos for link in a.links.values())
    for h, token in enumerate(tokens[:linked[0]]):
        if without_conjunction(token.norm) not in _WARNING:
            continue
        of = next((m for m in range(h + 1, min(h + 2 + _SUBJECT, linked[0])) if tokens[m].norm == _FROM), None)
        if of is None or (of + 1 < len(tokens) and tokens[of + 1].norm in _THAT) \
                or _CLAUSE_BREAK.search(a.evidence.text[token.end:tokens[linked[-1]].start]):
            continue
        return a.claim.words[0].text, token.text
    return None
