"""Classified lines → articles: where one article ends and the next begins, decided from evidence.

:mod:`akhbar.clean` classifies each line of a record (text, dropped boilerplate, related-links header,
harvested metadata, tag header); :func:`assemble` turns that sequence into drafts. Its cascade:

1. Tag headers take the short lines under them as tags; dropped lines go.
2. Body paragraphs are the text lines that read as prose. Between two of them lies a *gap*: metadata
   lines, related-links headers ("اقرأ أيضاً"), short lines (titles, headlines, subheadings, bylines).
3. Each gap is weighed as a boundary (when splitting: a structured row is one article whatever it holds):

   ====================================================================  =======
   evidence                                                              weight
   ====================================================================  =======
   a metadata block (date, source, tags) in the gap                        +2
   (+3 when it repeats a field the page writes above its first or below
   its last paragraph: the page's own article edge)
   a related-links header in the gap                                       +1
   a title: a title-like line whose words recur in the prose after it      +1
   (title-like but its words do not recur: a related headline, perhaps)    +0.5
   the paragraph after opens on a dateline ("القاهرة - (وكالات) -")         +2
   it opens like a continuation ("وقال", "وأضاف", "كما", "من جهته")         -2
   word overlap of the prose before and after: low (< 0.06)                +1
                                                 high (> 0.15)             -1
   ====================================================================  =======

   A score of 2 or more starts a new article, and only with a structural mark (metadata, a related-links
   header or a dateline): a title-like line and a change of topic alone are also what an interview's
   questions and a feature's subheadings look like. The overlap thresholds come from 800 SaudiNewsNet
   articles (stemmed content words, overlap coefficient of 60-word windows): across two articles the
   overlap is under 0.07 for 90% of pairs, inside one article over 0.077 for 90% of cut points; a
   title's words recur in the first 80 words of its own article at ≥ 0.29 for 90% of articles and of
   another one at ≤ 0.17 for 95%.
4. In a gap that starts an article, what goes where: lines after a related-links header belong to the
   new article (its headline list, before the title, is dropped); with no header, metadata after the
   title belongs to the new article, and metadata before it to the old one — unless the page puts its
   metadata *above* its articles (it has metadata before the first paragraph and none after the last),
   then to the new one. Lines after the title (a byline, "دبي - وام") open the new article's text.
   In a gap that does not: metadata goes to the article, headlines under a related-links header are
   dropped, other short lines (subheadings, bullets) stay.
5. The first article's title is its first line when short, title-like and followed by prose
   (:func:`take_title`): a title is never invented from a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import lexicon
from .arabic import get_analyzer, normalize

__all__ = ["AGENCIES", "Draft", "Unit", "assemble", "is_bullet", "is_prose", "len_words", "split_tags", "take_title",
           "title_like"]

# --- line primitives -----------------------------------------------------------------------------

BULLET = re.compile(rf"^\s*(?:[{lexicon.BULLET_SYMBOLS}]\s*|[{re.escape(lexicon.DASH_BULLETS)}]\s+|\d{{1,2}}\s*[.)\-]\s+)")
SENTENCE_END = re.compile(r"[.!?؟…](?:[\"'»”’)\]]*)$")
_TITLE_BAD_END = re.compile(r"[.:،,؛;](?:[\"'»”’)\]]*)$")


def len_words(line: str) -> int:
    return len(line.split())


def is_bullet(line: str) -> bool:
    return bool(BULLET.match(line)) and not re.match(r"^\s*-\s*\d", line)


def is_prose(line: str) -> bool:
    """A real paragraph: a sentence of some length, or a long run of words."""
    n = len_words(line)
    return not is_bullet(line) and ((n >= 8 and bool(SENTENCE_END.search(line))) or n >= 30)


def title_like(line: str) -> bool:
    return 2 <= len_words(line) <= 20 and not is_bullet(line) and not _TITLE_BAD_END.search(line)


def _body_line(line: str) -> bool:
    """A paragraph of an article's body: prose, but not a short question or exclamation that reads as a
    title ("ما مصير القواعد الروسية في سوريا بعد سقوط الأسد؟")."""
    return is_prose(line) and not (len_words(line) <= 14 and title_like(line) and line.rstrip("\"'»”’)").endswith(
        ("?", "؟", "!")))


def split_tags(value: str) -> list[str]:
    """A tag line's value → its tags ("سوريا، العراق / الحدود", "#مترو_الرياض #النقل")."""
    parts = re.split(r"\s*[،,/|؛;#]\s*", value)
    return [p.strip(" .-") for p in parts if p.strip(" .-")]


def byline_like(line: str) -> bool:
    """A place/agency credit line such as "دمشق - الجزيرة نت" or "الرياض | واس"."""
    return len_words(line) <= 5 and bool(re.search(r"\s[-–|]\s", line))


# News agencies and wire credits, as captions and datelines write them (folded when matched).
AGENCIES = (
    "وكالات", "رويترز", "الفرنسية", "فرانس برس", "أ ف ب", "أ.ف.ب", "أسوشيتد برس", "أسوشيتدبرس",
    "الأناضول", "غيتي", "غيتي إيميجز", "غيتي ايميجز", "الأوروبية", "إي بي إيه", "د ب أ", "الألمانية",
    "الجزيرة", "الجزيرة نت", "مواقع التواصل", "مواقع التواصل الاجتماعي", "شترستوك", "أرشيف", "أرشيفية",
    "صورة أرشيفية", "سانا", "واس", "وام", "بترا", "قنا", "كونا", "بنا", "العمانية", "وفا", "الأنباء",
    "الصورة", "صورة", "بي بي سي", "إكس", "منصة إكس", "سكاي نيوز عربية", "العربية نت", "العربية.نت",
    "afp", "reuters", "ap", "epa", "getty", "getty images", "shutterstock", "anadolu", "cnn", "rt",
)
_AGENCY_FOLDED = sorted({normalize(a) for a in AGENCIES}, key=len, reverse=True)
_AGENCY = "(?:" + "|".join(re.escape(a) for a in _AGENCY_FOLDED) + ")"

# A dateline opening a paragraph: a place (1-3 words, perhaps a date), then a credit in brackets or
# an agency, then a dash or colon: "القاهرة - (وكالات) -", "الرياض (واس) -", "دمشق - سانا:",
# "عمان 14 كانون الثاني (بترا) -", "بيروت - «الشرق الأوسط»:", "طرابلس -الوئام:".
_PLACE = r"[^\s\d()«»:،.\-–—|/]+(?:\s+[^\s\d()«»:،.\-–—|/]+){0,2}(?:\s+\d{1,2}(?:\s+[^\s\d()«»:،.\-–—]+){1,2}(?:\s+\d{4})?)?"
_DATELINE = re.compile(
    rf"^\s*{_PLACE}\s*(?:"
    rf"[-–—/|]?\s*(?:\([^()]{{2,30}}\)|«[^»]{{2,30}}»)\s*[-–—:]"   # (credit) or «credit», then - or :
    rf"|[-–—/|]\s*{_AGENCY}\s*[-–—:]"                              # - agency -
    rf"|\s*[-–—/|]\s*[^\s:،.\-–—]+(?:\s+[^\s:،.\-–—]+)?\s*:"        # - site name:
    rf")"
)


def dateline(line: str) -> bool:
    """Does this paragraph open on a place-and-credit dateline (a wire story's first line)?"""
    return bool(_DATELINE.match(normalize(line[:120])))


# First words that continue a story and never open one (folded).
_CONTINUATIONS = frozenset(normalize(w) for w in """
    وقال وقالت وأضاف وأضافت وأشار وأشارت وأكد وأكدت وأوضح وأوضحت وتابع وتابعت وبين وبينت ولفت ولفتت
    وكان وكانت وفي ومن وعلى وأعلن وأعلنت وذكر وذكرت ونقل ونقلت ويذكر ويأتي وتأتي ويعد وتعد وختم واختتم
    ودعا ودعت وشدد وشددت واعتبر واعتبرت ولم ولا وأما ولكن وبحسب ووفق وحسب وقد وتم وجاء وجاءت وبلغ وبلغت
    ويبلغ وتبلغ وتضم ويضم وتمتد ويمتد وتشمل ويشمل ويتضمن وتتضمن ويهدف وتهدف ويستمر وتستمر ويقول وتقول
    وأفاد وأفادت وأردف وأردفت واستطرد وزاد ومضى وأعرب وأعربت وطالب وطالبت ورحب ورحبت وانتقل وانتقلت
    وشارك وشاركت ويشارك وتشارك ووصف ووصفت وتعود ويعود وتقع ويقع وتعتبر ويعتبر وهذا وهذه وهو وهي وهم
    كما إلى بدوره بدورها يذكر يشار لكن غير أما وإلى وإذ إذ فيما بينما حيث ثم
""".split())
_CONTINUATION_PHRASES = tuple(normalize(p) for p in ("إلى ذلك", "من جهته", "من جهتها", "من جانبه", "من جانبها",
                                                     "في المقابل", "في غضون ذلك", "وفي سياق", "في سياق متصل",
                                                     "وفي هذا السياق", "على صعيد آخر"))


def continuation(line: str) -> bool:
    folded = normalize(line.lstrip(" \"'«-–—"))
    first = folded.split(maxsplit=1)[0].strip("،,:") if folded else ""
    return first in _CONTINUATIONS or folded.startswith(_CONTINUATION_PHRASES)


# --- units and drafts ------------------------------------------------------------------------------

@dataclass
class Unit:
    """One classified line (see akhbar.clean)."""

    kind: str  # "text" | "drop" | "related" | "harvest" | "tags-header"
    text: str
    field: str | None = None
    value: Any = None


@dataclass
class Draft:
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def harvest(self, name: str, value: Any) -> None:
        if name == "tags":
            known = self.meta.setdefault("tags", [])
            known.extend(t for t in value if t not in known)
        else:
            self.meta.setdefault(name, value)  # the first date/source line wins

    @property
    def published(self) -> str | None:
        return self.meta.get("published") or self.meta.get("updated")


def take_title(draft: Draft) -> None:
    """The first line is the title when it is short, title-like and followed by prose."""
    p = draft.paragraphs
    if not draft.title and len(p) >= 2 and title_like(p[0]) and is_prose(p[1]):
        draft.title = p.pop(0)


# --- evidence ----------------------------------------------------------------------------------------

LOW_OVERLAP, HIGH_OVERLAP, TITLE_OVERLAP = 0.06, 0.15, 0.25
WINDOW = 60  # words of prose on each side of a gap


def _terms(text: str) -> set[str]:
    return set(get_analyzer().terms(text))


def _overlap(a: str, b: str) -> float:
    ta, tb = _terms(a), _terms(b)
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def _window(paragraphs: list[str]) -> str:
    out, n = [], 0
    for p in paragraphs:
        out.append(p)
        n += len_words(p)
        if n >= WINDOW:
            break
    return " ".join(out)


@dataclass
class _Gap:
    """The lines between two body paragraphs (indices into the unit list), and what they hold."""

    start: int  # first unit of the gap
    end: int  # the next body paragraph
    title: int | None = None  # index of the title line of a next article


def _tags_absorbed(units: list[Unit]) -> list[Unit]:
    """A tag header takes the short lines under it as tags; dropped lines go."""
    out: list[Unit] = []
    i = 0
    while i < len(units):
        u = units[i]
        i += 1
        if u.kind == "drop":
            continue
        if u.kind == "tags-header":
            tags: list[str] = []
            while i < len(units) and units[i].kind in ("text", "drop") and len_words(units[i].text) <= 4 \
                    and not SENTENCE_END.search(units[i].text):
                if units[i].kind == "text":
                    tags.extend(split_tags(BULLET.sub("", units[i].text)))
                i += 1
            out.append(Unit("harvest", u.text, "tags", tags))
            continue
        out.append(u)
    return out


def _title_in(units: list[Unit], start: int, end: int, after: set[str]) -> tuple[int | None, float]:
    """The title line of an article whose body starts at ``end``, and how much of it recurs in that body
    (``after``: its terms): of the title-like lines of the gap (after its last related-links header), the
    one whose words recur most in the body; on a tie, the last (the nearest the body)."""
    related = [k for k in range(start, end) if units[k].kind == "related"]
    best: tuple[float, int] | None = None
    for k in range(related[-1] + 1 if related else start, end):
        line = BULLET.sub("", units[k].text)
        if units[k].kind != "text" or not title_like(line) or byline_like(line):
            continue
        words = _terms(line)
        shared = len(words & after) / len(words) if words else 0.0
        if best is None or (shared, k) >= best:
            best = (shared, k)
    return (best[1], best[0]) if best else (None, 0.0)


def _score(units: list[Unit], body: list[int], n: int, gap: _Gap, page_meta: set[str]) -> float:
    """The evidence that the body paragraph ``body[n]`` (at gap.end) starts a new article; ``page_meta``:
    the metadata fields the page writes above its first or below its last paragraph."""
    inside = units[gap.start:gap.end]
    score = 0.0
    fields = {u.field or "" for u in inside if u.kind == "harvest"}
    if fields:
        score += 3 if fields & page_meta else 2  # the page's own metadata block, repeated: an article edge
    if any(u.kind == "related" for u in inside):
        score += 1
    before = _window([units[k].text for k in reversed(body[:n])])
    after = _window([units[k].text for k in body[n:]])
    gap.title, shared = _title_in(units, gap.start, gap.end, _terms(after))
    if gap.title is not None:
        score += 1 if shared >= TITLE_OVERLAP else 0.5
    first = units[gap.end].text
    opens_wire = dateline(first)
    if opens_wire:
        score += 2
    elif continuation(first):
        score -= 2
    overlap = _overlap(before, after)
    if overlap < LOW_OVERLAP:
        score += 1
    elif overlap > HIGH_OVERLAP:
        score -= 1
    if not (fields or opens_wire or any(u.kind == "related" for u in inside)):
        # A title-like line and a change of topic alone are also what an interview's questions and a
        # feature's subheadings look like: without a structural mark it is one article.
        return min(score, 1.5)
    return score


# --- assembly ----------------------------------------------------------------------------------------

def _headlines_after_related(units: list[Unit], start: int, end: int) -> set[int]:
    """Text lines of units[start:end] that follow a related-links header: a headline list."""
    out, under = set(), False
    for k in range(start, end):
        kind = units[k].kind
        if kind == "related":
            under = True
        elif kind == "harvest":
            under = False
        elif kind == "text" and under and not is_prose(units[k].text):
            out.add(k)
    return out


def assemble(units: list[Unit], split: bool) -> list[Draft]:
    """Classified lines → drafts (see the module docstring)."""
    units = _tags_absorbed(units)
    body = [i for i, u in enumerate(units) if u.kind == "text" and _body_line(u.text)] if split else []
    if not body:  # one article (a structured row), or short lines only: one draft
        draft = Draft()
        dropped = _headlines_after_related(units, 0, len(units))
        for k, u in enumerate(units):
            if u.kind == "harvest":
                draft.harvest(u.field or "", u.value)
            elif u.kind == "text" and k not in dropped:
                draft.paragraphs.append(u.text)
        return [draft]
    head_meta = {u.field or "" for u in units[: body[0]] if u.kind == "harvest"}
    tail_meta = {u.field or "" for u in units[body[-1] + 1:] if u.kind == "harvest"}
    header_page = bool(head_meta) and not tail_meta  # metadata sits above each article
    gaps = [_Gap(body[n - 1] + 1, body[n]) for n in range(1, len(body))]
    starts = {n for n, gap in enumerate(gaps, 1) if _score(units, body, n, gap, head_meta | tail_meta) >= 2}

    owner = [0] * len(units)  # the article each unit belongs to
    keep = [u.kind in ("text", "harvest") for u in units]
    article = 0
    for k in _headlines_after_related(units, 0, body[0]):
        keep[k] = False
    for n, b in enumerate(body):
        if n and n not in starts:  # a gap inside one article
            gap = gaps[n - 1]
            for k in _headlines_after_related(units, gap.start, gap.end):
                keep[k] = False
            for k in range(gap.start, gap.end):
                owner[k] = article
        elif n:
            gap = gaps[n - 1]
            article += 1
            cut = _cut(units, gap, header_page)
            title = gap.title
            for k in _headlines_after_related(units, gap.start, cut):
                keep[k] = False
            for k in range(gap.start, gap.end):
                owner[k] = article - 1 if k < cut else article
                if units[k].kind == "text" and k != title and (title is None or k < title) and k >= cut:
                    keep[k] = False  # a headline list or other lines between the articles
            if title is not None and title < cut:
                title = None
            gap.title = title
        owner[b] = article
    for k in range(body[-1] + 1, len(units)):
        owner[k] = article
    for k in _headlines_after_related(units, body[-1] + 1, len(units)):
        keep[k] = False

    drafts = [Draft() for _ in range(article + 1)]
    titles = {gaps[n - 1].title for n in starts}
    for k, u in enumerate(units):
        if not keep[k]:
            continue
        d = drafts[owner[k]]
        if u.kind == "harvest":
            d.harvest(u.field or "", u.value)
        elif k in titles and not d.title and not d.paragraphs:
            d.title = BULLET.sub("", u.text).strip()
        else:
            d.paragraphs.append(u.text)
    return drafts


def _cut(units: list[Unit], gap: _Gap, header_page: bool) -> int:
    """Where in a boundary gap the new article begins (units before it stay with the old one)."""
    related = [k for k in range(gap.start, gap.end) if units[k].kind == "related"]
    if related:
        return related[-1] + 1
    meta = [k for k in range(gap.start, gap.end) if units[k].kind == "harvest"]
    title = gap.title
    if title is not None:
        before = [k for k in meta if k < title]
        if header_page and before:
            return before[0]
        return title
    if meta:
        return meta[0] if header_page else meta[-1] + 1
    # Nothing but short lines (or nothing): the new article starts at its first paragraph, and lines
    # before it stay with the old one.
    return gap.end
