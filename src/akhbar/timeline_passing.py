"""A timeline query's body named in passing (read by ``akhbar.timeline_topic`` and ``akhbar.timeline``).

Four ways a sentence names the query's body without telling its own doing:

* **As a partner of another's deed**: "نفذت الهيئة حملة بالتعاون مع الشرطة وإمارة المنطقة", "درست الأمانة التحويلات
  بالتنسيق مع إدارة المرور". The words after a partner's cue (lexicon.TAKING_PART's "with" cues) name who helps, not who
  does: the event is near the body's topic, not on it. For a body's query, the cues of attending, sponsoring or helping
  too ("بحضور مدير الشرطة", "بمشاركة فرق الهلال الأحمر"): a body among the guests of another's party is near its topic;
  for a person they are his own public doings. A body's list of partners goes on past its commas while each item opens
  on an office or, with its "و", on a body's head ("بالتعاون مع إمارة المنطقة، وهيئة السياحة، وغرفة الأحساء").
* **As the host or the teller of another's event**, for any query: the name after a stage's cue ("وعلى مسرح النادي
  الأدبي تختتم الفرقة عروضها") holds another's event; the name after "بلاغاً من" told another body of it ("تلقت إدارة
  الطوارئ بلاغاً من الهلال الأحمر"; lexicon.HOSTING_CUES). Not a seat ("في مقر"): a body's own units hold theirs there.
* **In a minister's second title**: "استقبل وزير العدل والأوقاف رئيس المجلس … سفيرا": the minister receives; the
  council, the office he also holds, says who he is (``second_title_spans``): near the council's topic.
* **As another general body of the kind**: a query that opens with a general head and "العامة" ("الإدارة العامة للمرور",
  lexicon.GENERAL_HEADS) shares both words with every general directorate of the state; "العامة" followed by a word the
  query does not write ("الإدارة العامة للطرق والنقل") is another directorate, as another word after "وزارة" is another
  ministry.

And one way it names the body as a place: **as a landmark** of another's event ("يقام الملتقى بجوار مبنى أمانة
المنطقة", ``lexicon.LANDMARK_CUES``): for a body's query the body after such a cue counts nothing (``landmark_spans``).

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
# ... and, for any query, the cues of hosting another's event on a stage, or of reporting to another ("على مسرح النادي",
# "بلاغاً من الهلال الأحمر", lexicon.HOSTING_CUES): the name after them is the host or the teller, not the doer
_HOSTING = [tuple(normalize(w).split()) for w in lexicon.HOSTING_CUES]
_CUES = [tuple(normalize(w).split()) for w in lexicon.TAKING_PART if w.endswith(" مع")] + _HOSTING
PARTNER_CUE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(" ".join(c)) for c in _CUES)))
# ... and, for a body's query, every cue of taking part: a body present, sponsoring, helping or taking part ("بحضور مدير
# الشرطة", "بمشاركة فرق الهلال الأحمر") is a guest or a helper of another's deed
_BODY_CUES = [tuple(normalize(w).split()) for w in lexicon.TAKING_PART + lexicon.UNDER_PATRONAGE] + _HOSTING
BODY_PARTNER_CUE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(" ".join(c)) for c in _BODY_CUES)))
# the cues that place another's event next to a building ("بجوار", "بالقرب من"), as folded words
_LANDMARK_CUES = [tuple(normalize(w).split()) for w in lexicon.LANDMARK_CUES]
LANDMARK_CUE = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(re.escape(" ".join(c)) for c in _LANDMARK_CUES)))
GENERAL_HEADS = {normalize(w) for w in lexicon.GENERAL_HEADS}
# a minister's second office after his first ("وزير العدل والأوقاف رئيس المجلس …"), on the folded text
_MINISTER, _CHIEF = normalize("وزير"), normalize("رئيس")
_MINISTERS = {p + _MINISTER for p in ("", "و", "ال", "وال")}
SECOND_TITLE = re.compile(rf"(?<!\w)و?(?:ال)?{_MINISTER}\s+\S+(?:\s+\S+)?\s+و?{_CHIEF}(?!\w)")
GENERAL = normalize("العامة")


def partner_spans(text: str, body: bool = False) -> list[tuple[int, int]]:
    """Spans of a text that name a partner of another's deed: the ``PARTNER_WORDS`` words after a partner's cue, up to
    the first punctuation (a list of partners, "مع إمارة المنطقة والشرطة", is one span). ``PARTNER_CUE`` searched on
    the folded text says whether there is any. ``body``: the query names a body, and every cue of taking part counts
    (``BODY_PARTNER_CUE``)."""
    return _spans_after(text, _BODY_CUES if body else _CUES, body)


def second_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a text that name a body only in a man's second title: the ``PARTNER_WORDS`` words after "رئيس" that follows
    a minister's title within two words ("وزير العدل والأوقاف رئيس المجلس …", "وزير الشؤون البلدية ورئيس اللجنة"), up
    to the first punctuation. The minister does what the sentence tells; the body names who he is, near its topic.
    ``SECOND_TITLE`` searched on the folded text says whether there is any."""
    words = list(TOKEN_RE.finditer(text))
    folded = [normalize(w.group()) for w in words]
    out = []
    for i, word in enumerate(folded):
        if word.removeprefix("و") != _CHIEF or not any(
                folded[j] in _MINISTERS
                and not any(text[words[k].end():words[k + 1].start()].strip() for k in range(j, i)) for j in (i - 2, i - 3)
                if j >= 0):
            continue
        end = start = words[i].end()
        k = i + 1
        while k < len(words) and k <= i + PARTNER_WORDS and not text[end:words[k].start()].strip():
            end, k = words[k].end(), k + 1
        out.append((start, end))
    return out


def landmark_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a text that name a landmark of another's event: the ``PARTNER_WORDS`` words after a cue of
    ``lexicon.LANDMARK_CUES`` ("قرب مبنى أمانة منطقة حائل"), up to the first punctuation. ``LANDMARK_CUE`` searched on
    the folded text says whether there is any."""
    return _spans_after(text, _LANDMARK_CUES, False)


def _spans_after(text: str, cues: list[tuple[str, ...]], body: bool) -> list[tuple[int, int]]:
    """The spans of the ``PARTNER_WORDS`` words after each of ``cues``, up to a comma or a stop (past a comma where a
    body's guests' list goes on, ``body``)."""
    words = list(TOKEN_RE.finditer(text))
    folded = [normalize(w.group()) for w in words]
    out = []
    for cue in cues:
        n = len(cue)
        for i in range(len(words) - n + 1):
            if tuple(folded[i:i + n]) != cue or any(text[words[k].end():words[k + 1].start()].strip()
                                                  for k in range(i, i + n - 1)):
                continue
            end = start = words[i + n - 1].end()
            k, left = i + n, PARTNER_WORDS
            while k < len(words) and left:
                between = text[end:words[k].start()].strip()
                if between and not (body and _next_guest(between, folded[k], folded[k - 1])):
                    break  # the name ends at a comma or a stop
                left = PARTNER_WORDS if between else left - 1
                end, k = words[k].end(), k + 1
            out.append((start, end))
    return out


def _next_guest(between: str, word: str, before: str) -> bool:
    """A body's guests' list goes on past a comma when the next item opens on an office ("بحضور محافظ المؤسسة، ونائب
    الوزير، ومدير عام الصندوق") or, written with its "و", on a body's head ("بالتعاون مع إمارة المنطقة، وهيئة السياحة،
    وغرفة الأحساء", lexicon.PARTNER_BODY_HEADS), and past the stop of a one-letter title ("د. علي")."""
    if between == "." and len(before) == 1:
        return True
    if between not in ("،", ","):
        return False
    return (word[1:] if word[:1] == "و" else word) in _GUEST_HEADS or word[:1] == "و" and word[1:] in _PARTNER_BODIES


# the offices that open a guest's item in a body's guests' list (``_next_guest``), folded
_GUEST_HEADS = {normalize(w) for w in lexicon.TITLED_OFFICES + lexicon.APPOSITION_OFFICES + lexicon.GUEST_HEADS}
# ... and the bodies' heads that open a partner's item written with "و" (``_next_guest``), folded
_PARTNER_BODIES = {normalize(w) for w in lexicon.PARTNER_BODY_HEADS}


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
