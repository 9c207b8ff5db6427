"""A person's lineage names their father: "X بن Y" answers "من هو والد X".

Reference texts open on a person with the chain of their forebears and no verb: "سامي بن راشد بن عمر
الهاشمي (1801 - 1872) شاعر …". For "من هو والد سامي الهاشمي" that sentence names no father (والد), so the
rule that a who-answer must stand by the question's event word (:mod:`akhbar.qa.decide`) held it back, yet
the name after "بن" is the father's. It is read so only when the asked name stands whole in the link of the
chain right before "بن" (the words since the last "بن", a bracket or a clause end): "سليمان بن سليم" names
Suleiman's father, never Selim's, and a given name alone ("محمد بن …" for "والد محمد") is anyone's. A sentence
that opens on the asked name and gives its lineage after "هو" ("سامي الهاشمي هو سامي بن راشد …") names him too.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..arabic import CLAUSE_OR_END, normalize
from .evidence import Sentence, ShortAnswer
from .match import bare
from .names import GIVEN_BARE
from .question import QuestionInfo

_FATHER = {normalize(w) for w in lexicon.FATHER_WORDS}
_SON_OF = {normalize(w) for w in lexicon.SON_OF}
# ... but "ابنة" folds as "ابنه" ("his son": "ابنه الإمام X" makes X the son): a child of X only by these
_CHILD_OF = _SON_OF - {normalize("ابنه")}
_HEADS = {normalize(w) for w in (*lexicon.NAME_HEADS, *lexicon.COMPOUND_NAME_HEADS)}
# an ordinal after a ruler's name ("سليمان الأول بن سليم"): it may stand between the asked name and "بن"
_ORDINALS = {bare(normalize(w)) for w in lexicon.ORDINALS}
_HUWA = normalize("هو")
# a title and its adjective before a name ("الرئيس السابق سامر"): not of the name itself, asked or told
_TITLES = {bare(normalize(w)) for w in (*lexicon.PERSON_TITLES, *lexicon.TITLE_ADJECTIVES)}
# "X (…) هو …": the asked person opening the sentence, a bracket of dates at most before "هو"
_OPENING_BRACKET = re.compile(r"\s*(\([^()]*\))?\s*")
PREDICATE_REACH = 8  # words between "هو" and "وابن" in "X هو رئيس … وابن Y", at most
LINK_REACH = 6  # words of one link of the chain before "بن", at most
FATHER_REACH = 4  # words of the father's own name after it, at most


def asked_father(info: QuestionInfo) -> bool:
    """A who-question asks the father of the name after "والد" ("من هو والد X"، "ما اسم والد X")."""
    return info.answer_type == "person" and bool(info.focus_norms) and info.focus_norms[0][0] in _FATHER


def father_answer(sent: Sentence, info: QuestionInfo) -> ShortAnswer | None:
    """The father's name after "بن" in the chain of the asked person, or None (see the module)."""
    if not asked_father(info):
        return None
    names = {bare(w) for w, _ in info.focus_norms[1:]} - _TITLES
    if not names or (len(names) == 1 and names <= GIVEN_BARE):
        return None
    if (k := _named_chain(sent, names)) is not None:
        return _father_after(sent, k)
    if (k := _son_of_titled(sent, names)) is not None:
        return _father_after(sent, k)
    for k, norm in enumerate(sent.norms):
        if norm not in _SON_OF or k == 0 or _broken(sent, k - 1):
            continue
        link = _link_before(sent, k)
        # the word right before "بن" is of the asked name (an ordinal after it apart: "سليمان الأول بن …")
        near = next((w for w in link if w not in _ORDINALS), None)
        if near in names and names <= set(link):
            return _father_after(sent, k)
    return None


def named_as_father(sent: Sentence, info: QuestionInfo) -> bool:
    """A who-question asks X's father and the sentence names X as someone's father: X right after "بن" / "ابن"
    (a title or two between: "وابن الرئيس السابق X"), so the sentence tells X's child, not X's father."""
    if not asked_father(info):
        return False
    names = [bare(w) for w, _ in info.focus_norms[1:] if bare(w) not in _TITLES]
    if not names:
        return False
    for k, norm in enumerate(sent.norms):
        if norm not in _CHILD_OF and not (norm[:1] == "و" and norm[1:] in _CHILD_OF):
            continue
        after = [b for n in sent.norms[k + 1:k + 1 + FATHER_REACH + len(names)] if (b := bare(n)) not in _TITLES]
        if any(after[j:j + len(names)] == names for j in range(FATHER_REACH)):
            return True
    return False


def _named_chain(sent: Sentence, names: set[str]) -> int | None:
    """The first "بن" of a lineage the sentence gives the asked name by "هو": "ابن خلدون هو عبد الرحمن بن محمد، …"
    names his father محمد, though "ابن خلدون" stands in no link of the chain. Only when the sentence opens on the
    asked name, every word of it and nothing else, then "هو", then one link (a name of up to LINK_REACH words opening
    on a given name or a name's head, no punctuation) and "بن"; else None."""
    h = next((j for j, n in enumerate(sent.norms[:LINK_REACH + 1]) if n == _HUWA), None)
    if not h or {bare(n) for n in sent.norms[:h]} != names or any(_broken(sent, j) for j in range(h)):
        return None
    if h + 1 >= len(sent.norms) or (bare(sent.norms[h + 1]) not in GIVEN_BARE and sent.norms[h + 1] not in _HEADS):
        return None  # the link opens on a given name or a name's head ("عبد"), not "هو صديق بن …"
    for k in range(h + 1, min(len(sent.norms), h + LINK_REACH + 2)):
        if sent.norms[k] in _SON_OF:
            return k if k > h + 1 else None
        if _broken(sent, k) or not _name_word(sent, k):
            return None
    return None


def _son_of_titled(sent: Sentence, names: set[str]) -> int | None:
    """The token right before the father's name in "X (…) هو رئيس … وابن الرئيس السابق Y": the sentence opens on the
    asked person (its first word one of the asked name, every asked word in it, a bracket at most before "هو"),
    and "وابن" follows in the same clause, a title or a given name right after it (not "وابن عم Y", a cousin);
    the titles after "وابن" are read past. Else None."""
    n = len(sent.norms)
    # the opening name: the words before the first gap that is not a space (a bracket, a comma)
    m = next((j for j in range(1, n) if sent.text[sent.spans[j - 1][1]:sent.spans[j][0]].strip()), n)
    if m > LINK_REACH or bare(sent.norms[0]) not in names or not names <= {bare(w) for w in sent.norms[:m]}:
        return None
    h = next((j for j in range(m, min(n, m + LINK_REACH + 2)) if sent.norms[j] == _HUWA), None)
    if h is None or not _OPENING_BRACKET.fullmatch(sent.text, sent.spans[m - 1][1], sent.spans[h][0]):
        return None
    for k in range(h + 1, min(n - 1, h + PREDICATE_REACH + 2)):
        if _broken(sent, k - 1):
            return None
        norm = sent.norms[k]
        if not (norm[:1] == "و" and norm[1:] in _CHILD_OF):
            continue
        j = k
        while j + 1 < n and bare(sent.norms[j + 1]) in _TITLES and not _broken(sent, j):
            j += 1
        if j > k or bare(sent.norms[k + 1]) in GIVEN_BARE:
            return j
        return None
    return None


def _broken(sent: Sentence, j: int) -> bool:
    """Punctuation stands between token j and the next."""
    end = sent.spans[j + 1][0] if j + 1 < len(sent.spans) else len(sent.text)
    return bool(CLAUSE_OR_END.search(sent.text, sent.spans[j][1], end))


def _link_before(sent: Sentence, k: int) -> list[str]:
    """The words of the chain's link that ends right before "بن" at token k, nearest first."""
    words: list[str] = []
    j = k - 1
    while j >= 0 and len(words) < LINK_REACH and sent.norms[j] not in _SON_OF:
        if words and _broken(sent, j):
            break
        words.append(bare(sent.norms[j]))
        j -= 1
    return words


def _father_after(sent: Sentence, k: int) -> ShortAnswer | None:
    """The father's own name: the words after "بن" at token k up to the next "بن", a bracket, a clause
    end or a function word ("هو"، "الذي"); as a name is read in :mod:`akhbar.qa.short`, a word with ال
    ends it ("الحارث"، "سليم خان الأول") and one plain word may follow the first ("سليم خان")."""
    first = k + 1
    if first >= len(sent.spans) or _broken(sent, k) or not _name_word(sent, first):
        return None
    last, plain = first, 0
    while not sent.norms[last].startswith("ال") and last + 1 < len(sent.spans) \
            and last + 1 - first < FATHER_REACH and not _broken(sent, last):
        nxt = sent.norms[last + 1]
        if nxt in _SON_OF or not _name_word(sent, last + 1):
            break
        if not nxt.startswith("ال") and sent.norms[last] not in _HEADS and nxt not in GIVEN_BARE:
            plain += 1
            if plain > 1:
                break
        last += 1
    return ShortAnswer(sent.spans[first][0], sent.spans[last][1], "role")


def _name_word(sent: Sentence, j: int) -> bool:
    """Token j may be part of a name: a content word or a name's head ("عبد"، "أبو")."""
    return bool(sent.stems[j]) or sent.norms[j] in _HEADS
