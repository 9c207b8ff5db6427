"""A timeline query's body named in passing (read by ``akhbar.timeline_topic`` and ``akhbar.timeline``).

Two ways a sentence names the query's body without telling its own doing:

* **As a partner of another's deed**: "نفذت الهيئة حملة بالتعاون مع الشرطة وإمارة المنطقة", "درست الأمانة التحويلات
  بالتنسيق مع إدارة المرور". The words after a partner's cue (lexicon.TAKING_PART's "with" cues) name who helps, not who
  does: the event is near the body's topic, not on it. Not the cues of attending or sponsoring ("بحضور", "برعاية"), which
  for a person are his own public doings.
* **As another general body of the kind**: a query that opens with a general head and "العامة" ("الإدارة العامة للمرور",
  lexicon.GENERAL_HEADS) shares both words with every general directorate of the state; "العامة" followed by a word the
  query does not write ("الإدارة العامة للطرق والنقل") is another directorate, as another word after "وزارة" is another
  ministry.

One way a partner's words still count for the query: the query's region word ("محافظة") in a partner's name, when the
query's head stands before the cue as the doer, completes the doer's place (``place_of_the_doer``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from . import lexicon
from .arabic import TOKEN_RE, Analyzer, normalize

PARTNER = "~"  # marks a query's term in a partner's name: another's deed, near the topic (``Topic.passing``)
PARTNER_WORDS = 6  # a partner's name: this many words after the cue at most, up to a comma or a stop
# the "with" cues of taking part ("بالتعاون مع", "بالتنسيق مع"), as folded words
_CUES = [tuple(normalize(w).split()) for w in lexicon.TAKING_PART if w.endswith(" مع")]
PARTNER_CUE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(" ".join(c)) for c in _CUES)))
GENERAL_HEADS = {normalize(w) for w in lexicon.GENERAL_HEADS}
GENERAL = normalize("العامة")


def partner_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a text that name a partner of another's deed: the ``PARTNER_WORDS`` words after a partner's cue, up to
    the first punctuation (a list of partners, "مع إمارة المنطقة والشرطة", is one span). ``PARTNER_CUE`` searched on
    the folded text says whether there is any."""
    words = list(TOKEN_RE.finditer(text))
    folded = [normalize(w.group()) for w in words]
    out = []
    for cue in _CUES:
        n = len(cue)
        for i in range(len(words) - n + 1):
            if tuple(folded[i:i + n]) != cue or any(text[words[k].end():words[k + 1].start()].strip()
                                                  for k in range(i, i + n - 1)):
                continue
            end = start = words[i + n - 1].end()
            for w in words[i + n:i + n + PARTNER_WORDS]:
                if text[end:w.start()].strip():
                    break  # the name ends at a comma or a stop
                end = w.end()
            out.append((start, end))
    return out


def another_general(analyzer: Analyzer, text: str, words: list[re.Match[str]], i: int, known: Callable[[str], str],
                    general: str, weights: Mapping[str, float]) -> bool:
    """The general head at ``i`` stands before "العامة" (its term ``general``) and then a word whose term (``known``) the
    query does not write (not in ``weights``), nothing between: another general body ("الإدارة العامة للطرق")."""
    if i + 2 >= len(words) or any(text[words[k].end():words[k + 1].start()].strip() for k in (i, i + 1)):
        return False
    second, third = analyzer.terms_of([words[i + 1].group()]), analyzer.terms_of([words[i + 2].group()])
    return bool(second) and known(second[0]) == general and bool(third) and known(third[0]) not in weights


def place_of_the_doer(terms: list[str], head: str, region: str, known: Callable[[str], str]) -> list[str]:
    """The query's region word ("محافظة", "منطقة": ``region``) in a partner's name counts for the query when the query's
    head (``head``: "أمانة" of "أمانة محافظة الأحساء") stands outside every partner's name, as the doer, and so does a
    place name the doer's name gives too: "أمانة الأحساء بالتعاون مع الشركاء محافظة الأحساء" names the municipality
    whole, the partner's "محافظة الأحساء" completing its place (the archive writes the two words as one name, so the
    doer's "الأحساء" alone, apart from "محافظة", counted nothing). A partner's word the doer's name does not give stays a
    partner's ("نفذت الشرطة … بالتعاون مع أمانة منطقة الرياض" for "شرطة منطقة الرياض": the city's name is the
    partner's, so the police's own sentence still lacks it)."""
    own = {known(t) for t in terms if not t.startswith(PARTNER)}
    if not head or not region or head not in own:
        return terms
    return [t.removeprefix(PARTNER) if t.startswith(PARTNER) and known(t[1:]) in own | {region} else t for t in terms]
