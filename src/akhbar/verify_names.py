"""Names the claim checker reads by their company: a word after a name cue or a place's kind ("سجن"، "مدينة"، "حي",
lexicon.NAME_CUES, VENUES, PLACE_CUES) or after a name's head ("أبو"، "آل", lexicon.NAME_HEADS) is a name even when its
own letters are a common word ("غريب" is also "strange"). Two checks close the support routes on them
(:mod:`akhbar.verify_routes`): a claim's name without partner while the sentence names another (:func:`other_name`),
and another name after the same linked cue (:func:`renamed_after_cue`); :func:`slot_text` names such a name whole in a
reason ("باب توما", not "باب").
"""

from __future__ import annotations

from . import lexicon
from .align import Alignment, Side, Word, is_title
from .arabic import normalize
from .conflicts import same_country
from .wordfacts import ARTICLE
from .wordtables import people_key

__all__ = ["other_name", "renamed_after_cue", "slot_text"]

_NAME_COMPANY = frozenset(normalize(w) for w in (*lexicon.NAME_CUES, *lexicon.VENUES, *lexicon.NAME_HEADS,
                                                  *(w for kind in lexicon.PLACE_CUES for w in kind)))
_HEADS = frozenset(normalize(w) for w in lexicon.NAME_HEADS)


def _company(side: Side, k: int) -> Word | None:
    """The word right before word ``k`` when it makes ``k`` a name by its company ("سجن أبو غريب": "أبو" before
    "غريب", "سجن" before "أبو"; "مدينة حلب"), else None. A word with the article after a cue with the article
    is its adjective ("المدينة القديمة", "الرئيس الأمريكي"), no name."""
    w = side.words[k]
    before = side.words[k - 1] if k and side.words[k - 1].pos == w.pos - 1 else None
    if before is None or not ({before.norm, before.norm[1:]} & _NAME_COMPANY):
        return None
    if ARTICLE.match(before.norm) and ARTICLE.match(w.norm) and before.norm not in _HEADS:
        return None
    return before


def _named(side: Side, k: int) -> bool:
    """Word ``k`` is a name: by its shape or a list (Word.name), or by its company (:func:`_company`); a title or a
    cue itself is none ("شركة" after "مجموعة")."""
    w = side.words[k]
    if w.name:
        return True
    return _company(side, k) is not None and not is_title(w) and not {w.norm, w.norm[1:]} & _NAME_COMPANY


def other_name(a: Alignment) -> tuple[str, str] | None:
    """(the claim's name, the sentence's) when a name of the claim has no partner in the sentence while the
    sentence names something the claim does not: "الإفراج عن معتقلين من سجن أبو غريب" / "الإفراج عن معتقلين
    من سجن غوانتانامو" tell of two prisons. A name the aligner knows by its shape or a list already closes the
    routes (``unaligned_claim_names``); this reads the names Arabic tells only by their company: the word after a
    name cue or a place's kind ("سجن"، "مدينة"، "حي", lexicon.NAME_CUES, VENUES, PLACE_CUES) or after a name's
    head ("أبو"، "آل", lexicon.NAME_HEADS), whose own letters may be a common word ("غريب" is also "strange").
    A capital and its country are one place (:func:`akhbar.conflicts.same_country`); a name the claim's article
    states is no gap."""
    used = {link.evidence for link in a.links.values()}
    claim_names = [i for i in range(len(a.claim.words))
                   if i not in a.links and i not in a.known and _named(a.claim, i)]
    if not claim_names:
        return None
    others = [j for j in range(len(a.evidence.words)) if j not in used and _named(a.evidence, j)]
    for i in claim_names:
        c = a.claim.words[i]
        for j in others:
            if same_country(c, a.evidence.words[j]):
                continue
            return _name_text(a.claim, i, set(a.links)), _name_text(a.evidence, j, used)
    return None


def renamed_after_cue(a: Alignment) -> tuple[str, str] | None:
    """(the claim's name, the sentence's) when both come right after one name cue the two sides share, the cue
    linked and the names not, neither a word of an Arabic root: "نشرت جامعة X …" / "نشرت جامعة Y …" name two
    universities in the same slot, a changed name (a name by its company alone, see :func:`other_name`, is otherwise
    only a gap). A word of a root after the cue may describe the thing rather than name it ("شركة اتصالات": a
    telecom company), unless the claim's word is a common word with its article linked to that word without it."""
    used = {link.evidence for link in a.links.values()}
    for i in range(1, len(a.claim.words)):
        cue = a.links.get(i - 1)
        if (i in a.known or cue is None or _company(a.claim, i) is None or not _named(a.claim, i)
                or cue.evidence + 1 >= len(a.evidence.words)):
            continue
        j = cue.evidence + 1
        e, c = a.evidence.words[j], a.claim.words[i]
        if j in used or _company(a.evidence, j) is not a.evidence.words[cue.evidence] or not _named(a.evidence, j) \
                or same_country(c, e):
            continue
        if i not in a.links and not (c.root or e.root):
            return _name_text(a.claim, i, set(a.links)), _name_text(a.evidence, j, used)
        # A name written as a common word with its article, linked to that word without it elsewhere ("صحيفة الأيام" /
        # "أوقفت قبل أيام صحيفة الوطن": the lead's round-34 real news, such a claim supported at 0.96), is the same
        # change of name whatever its root.
        linked = a.evidence.words[a.links[i].evidence] if i in a.links else None
        if linked is not None and ARTICLE.match(c.norm) and ARTICLE.match(linked.norm) is None \
                and _company(a.evidence, a.links[i].evidence) is None and not c.keys & e.keys:
            return _name_text(a.claim, i, set(a.links)), _name_text(a.evidence, j, used)
    return None


def slot_text(a: Alignment, claim_word: str, evidence_word: str) -> tuple[str, str]:
    """A slot change (Alignment.slot_changes: one word of each side, as written) as the reason names it: a name
    whole ("the source says باب توما where the claim says أبو غريب", was "باب" / "أبو"), a common word as it is."""
    used = {link.evidence for link in a.links.values()}
    i = next((k for k, w in enumerate(a.claim.words) if w.text == claim_word and k not in a.links), None)
    j = next((k for k, w in enumerate(a.evidence.words) if w.text == evidence_word and k not in used), None)
    return (claim_word if i is None else _slot_name(a.claim, i, set(a.links)),
            evidence_word if j is None else _slot_name(a.evidence, j, used))


def _slot_name(side: Side, k: int, linked: set[int]) -> str:
    """Word ``k`` whole when it is a name (:func:`_name_text`) or the head or cue that makes the next word one
    ("أبو" before "غريب", "حي" before "الشيخ"), else as written."""
    if _named(side, k):
        return _name_text(side, k, linked)
    w = side.words[k]
    if k + 1 < len(side.words) and k + 1 not in linked and _company(side, k + 1) is w and _named(side, k + 1):
        text = _name_text(side, k + 1, linked)
        return text if text.startswith(w.text + " ") else f"{w.text} {text}"
    return w.text


def _name_text(side: Side, k: int, linked: set[int]) -> str:
    """Name ``k`` as the reason writes it: with its head ("أبو غريب") and with the word in construct after it, an
    article word with no partner when the name has none ("مخيم عين الحلوة": "عين الحلوة", not "عين"). A linked word
    or a nationality after it is said of the thing, no part of its name ("سجن باغرام الأمريكي": "باغرام")."""
    w = side.words[k]
    head = _company(side, k)
    text = f"{head.text} {w.text}" if head is not None and head.norm in _HEADS else w.text
    after = side.words[k + 1] if k + 1 < len(side.words) and side.words[k + 1].pos == w.pos + 1 else None
    if (after is not None and k + 1 not in linked and after.norm.startswith("ال") and not ARTICLE.match(w.norm)
            and people_key(after.text) is None):
        text += f" {after.text}"
    return text
