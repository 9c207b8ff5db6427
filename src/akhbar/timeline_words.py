"""How a word of a text is written, for the topic rules of a timeline (read by ``akhbar.timeline_topic``).

Small tests on one written word: a club cue or another body's head before a club's name, a word the analyzer drops
whole read as written, a man's third name, a family word's forms, a nisba's forms, a word one ة apart from the query's.
The rules that mark a text's terms with them are ``Topic.terms`` in ``akhbar.timeline_topic``.
"""

from __future__ import annotations

import re

from . import lexicon
from .arabic import TOKEN_RE, normalize
from .timeline_nations import a_nation, written

CLUB_CUES = {"نادي", "فريق"}  # the word after one in a query is a club's name ("نادي الاتفاق"): as written
OTHER_BODIES = {normalize(w) for w in lexicon.CLUB_NAME_NOT_AFTER}
NISBA_ENDS = ("", "ه", "ين", "ون", "ا", "ات")  # مدني، مدنية، مدنيين، مدنيون، مدنيا، مدنيات (folded)


def club_cue(raw: str) -> bool:
    """The word is a club cue, with ال or one preposition ("النادي", "لنادي", "بفريق")."""
    w = written(raw).removeprefix("ال")
    return w in CLUB_CUES or (w[:1] in "لبك" and w[1:] in CLUB_CUES)


def other_body(raw: str) -> bool:
    """The word heads another body than a club, with ال or one preposition (``lexicon.CLUB_NAME_NOT_AFTER``: "شركة",
    "قناة", "لصحيفة")."""
    w = written(raw).removeprefix("ال")
    return w in OTHER_BODIES or (w[:1] in "لبك" and w[1:] in OTHER_BODIES)


def spelled(raw: str) -> str:
    """A word folded, without the و/ف and one-letter preposition it may carry ("وكيا", "لكيا" → "كيا")."""
    w = normalize(raw)
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    return w[1:] if w[:1] in "بلك" and len(w) > 3 else w


def spelled_as(raw: str, words: set[str]) -> str:
    """The word of ``words`` (folded, as ``spelled`` gives them) a text's word is, bare, with a clitic ("وكيا", "لكيا") or
    with ال ("البلدية", "للبلدية", "بالبلدية" for "بلدية": a head the query drops whole, which the analyzer reads with ال as
    another stem); "" when none."""
    w = spelled(raw)
    if w in words:
        return w
    w = written(raw).removeprefix("ال")
    return w if w in words else ""


LIST_ITEMS = 8  # a run of this many short items is a list of names (a squad, a line-up), not men told of one by one
_LIST_BREAK = re.compile(r"\s*[،,؛]\s*|\s+(?=و\w)")  # between a list's items: a comma, or a word opening with و


def long_list(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a long list in a text: LIST_ITEMS or more items of two to four words, one after another,
    between commas or before a و (a squad "ضمت التشكيلة سامي ناصر ومراد حداد وكريم عوض …", a line-up "بسامي ناصر،
    مراد حداد، …"). A man named there is named in passing; three to seven men told of a deed ("غاب عن التدريب سامي
    ناصر وكريم عوض ونادر سليم", the scorers of a match, the six sent home) are no such list."""
    items, at = [], 0
    for m in _LIST_BREAK.finditer(text):
        items.append((at, m.start()))
        at = m.end()
    items.append((at, len(text)))
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for a, b in items + [(len(text), len(text))]:
        if 2 <= len(TOKEN_RE.findall(text[a:b])) <= 4:
            run.append((a, b))
            continue
        if len(run) >= LIST_ITEMS:
            out.extend(run)
        run = []
    return out


def third_name(raw: str) -> bool:
    """A word written right after a man's two names is a third name of another man: a family nisba written bare, without
    ال ("بخاري" of "محمد نور بخاري" for "محمد نور"). Not a present verb (its prefix ي/ت/ن: "يجري"), a word after و/ف (the
    next man of a list: "محمد نور وهوساوي"), nor a nation's word."""
    w = normalize(raw)
    return len(w) >= 4 and w.endswith("ي") and not w.startswith("ال") and w[:1] not in "يتنوف" and not a_nation(raw)


def family_form(form: str, family: str) -> bool:
    """A written word (``timeline_nations.written``) is the family word ``family`` (folded, without ال): with ال
    ("الخضيري"), bare, or after a one-letter preposition ("لخضيري")."""
    return form.removeprefix("ال") == family or (form[:1] in "بلك" and form[1:] == family)


def nisba_form(form: str, nisba: str) -> bool:
    """A written word (``timeline_nations.written``) is a form of the nisba adjective ``nisba`` ("المدنية", "للمدنيين" of
    "مدني")."""
    w = form.removeprefix("ال")
    return w.startswith(nisba) and w[len(nisba):] in NISBA_ENDS


def one_ta_apart(word: str, raw: str) -> bool:
    """A text's word is the query's word (folded, bare, ending in ي or ية) with an ة more or less: "نادية" (a woman's
    name) for "نادي", "النادي" / "لنادي" for "نادية". Only a written ة tells the name: "ناديه" may be "his club"."""
    w = written(raw).removeprefix("ال")
    forms = {w, w[1:]} if w[:1] in "لبك" else {w}
    if word.endswith("يه"):
        return word[:-1] in forms
    return raw.endswith("ة") and word + "ه" in forms
