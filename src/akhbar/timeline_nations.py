"""Whose body a timeline query names, and whose a text names (read by ``akhbar.timeline_topic``).

A body every country has one of (``lexicon.NATIONAL_BODIES``: "وزارة الصحة", "الحرس الوطني") is the archive's own
country's when named bare (its home: the country whose nationality its passages name most), the query's country's when the
query names one, and another country's when a text writes that country's nationality adjective after it ("وزارة الصحة
الماليزية"), "في" and the country ("وزارة الدفاع في اليمن") or the country's name in construct ("وزارة خارجية البحرين").
This module holds the word lists and small functions those rules read: the nationality terms of each country, the
archive's home country, how a word is written whatever clitic it carries, and whether a word names a nation at all. The
rules themselves, which mark a text's terms, are ``Topic.terms`` and ``Topic.coverage`` in ``akhbar.timeline_topic``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from . import lexicon
from .arabic import Analyzer, normalize
from .index import PassageIndex

ABROAD = "@"  # marks a term that is another country's nationality adjective
# marks an ال-adjective in ة right after the query's name and before a nationality: the name's own word ("الخطوط الجوية
# العربية السعودية", Saudia, for "الخطوط الجوية القطرية"), so the country after it still says whose body it is. Not a و-word
# ("مجلس التعاون الخليجي ونظيره الأمريكي" is the council and its counterpart) nor an adjective in ي ("الشباب السعودي").
BETWEEN = "~"
IN_WORDS = {normalize(w) for w in lexicon.IN_COUNTRY}  # "في" before a country: the body named just before is that country's
STATES = {normalize(w) for w in lexicon.STATE_TITLES}  # "مملكة": between a name in construct and its country's name
COUNTRIES = {normalize(w) for w in lexicon.CAPITALS}  # a country's name, written (Snowball stems البحرين as البحر)
COUNTRY_WORD = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(sorted(COUNTRIES | {w for w in lexicon.CAPITALS}))))
ADJECTIVE = ("ي", "يه", "يين", "يون")  # a nationality adjective's endings, folded (the country's name has none)
# a city's or region's name: a word that names a place, not a nation's adjective (a club may be named after one: "نادي الرياض")
PLACE_NAMES = {normalize(w) for w in lexicon.PLACES}
# A club named after its city or region ("نادي الرياض", "نادي الخليج"): its name counts only right after a club cue;
# ... and after a people's adjective ("نادي العربي"): "الشعر العربي", "الخليج العربي" are no club either; nor after a
# common noun ("نادي الكوكب": "الكوكب القزم" is a planet, lexicon.COMMON_NOUN_CLUBS).
COMMON_CLUB_NAMES = (PLACE_NAMES | {"ال" + normalize(w) for entry in lexicon.PEOPLES for w in entry.split()}
                     | {normalize(w) for w in lexicon.COMMON_NOUN_CLUBS})
NATIONALITY_WORDS = {normalize(w) for entry in lexicon.NATIONALITIES for w in entry.split()}
BODIES = {normalize(w) for w in lexicon.NATIONAL_BODIES}  # a body every country has one of
REGION_WORDS = {normalize(w) for w in lexicon.REGION_WORDS}  # "منطقة", "محافظة": a region's or a governorate's name follows


def a_body(words: list[str]) -> bool:
    """A query's words (folded) open with a body every country has one of: its first word, or its first two ("الهلال
    الأحمر": "الهلال" alone is also a club's name)."""
    return bool(words) and (words[0] in BODIES or " ".join(words[:2]) in BODIES)


def loose(term: str) -> str:
    """A stem without a final ي/ه when four letters or more are left: Snowball keeps the nisba and
    country forms apart (السورية → سور, سوريا → سوري; الروسي → روس, روسيا → روسي), a story's words do not."""
    return term[:-1] if len(term) >= 4 and term[-1] in "يه" and not term[0].isdigit() else term


def written(raw: str) -> str:
    """A word folded, without و/ف and with a preposition on its article put back as the article ("للاتفاق",
    "بالاتفاق" → "الاتفاق"): how a name is written, whatever the words around it."""
    w = normalize(raw)
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if w.startswith("لل"):
        return "ال" + w[2:]
    return w[1:] if w[:1] in "بكل" and w[1:3] == "ال" else w


def region_word(raw: str) -> str:
    """The region's or governorate's word a text's word is (``REGION_WORDS``, folded), bare, with ال or with a one-letter
    preposition ("بمنطقة", "بالمحافظة", "للمنطقة"); "" when it is none."""
    w = written(raw).removeprefix("ال")
    if w in REGION_WORDS:
        return w
    return w[1:] if w[:1] in "بل" and w[1:] in REGION_WORDS else ""


def a_region_word(raw: str) -> bool:
    """A query's word is a region's word, bare, with ال or with a one-letter preposition ("منطقة", "المنطقة", "بمنطقة",
    "بالمنطقة"): "الدفاع المدني بمنطقة جازان" names its region as "شرطة منطقة جازان" does (``written`` keeps a preposition
    before a word without ال, so "بمنطقة" alone read no region, and another region's branch counted for the query's)."""
    w = written(raw).removeprefix("ال")
    return w in REGION_WORDS or (w[:1] in "بل" and w[1:] in REGION_WORDS)


def nation(term: str) -> set[str]:
    """A text's term as a nation's stem may be: itself, loosened, or with the ب the stemmer took off a country's name as if
    it were the preposition ("بريطانيا", "بريطانية" → ريطان, the stem of "البريطانية" being بريطان)."""
    t = loose(term)
    return {t, "ب" + t}


def a_nation(raw: str) -> bool:
    """A query's word names a nation: a nationality adjective in any of its forms ("التركي", "التركية") or a country
    ("تركيا")."""
    w = written(raw).removeprefix("ال")
    return (w[:-1] if w.endswith("ه") else w) in NATIONALITY_WORDS or w in COUNTRIES or w in PLACE_NAMES


def nationality_terms(analyzer: Analyzer) -> dict[str, str]:
    """Each nationality adjective's terms (masculine and feminine, with ال) → its country's entry of lexicon.NATIONALITIES."""
    return {t: forms for forms in lexicon.NATIONALITIES for form in forms.split() for t in analyzer.terms(f"ال{form} ال{form}ة")}


def home_country(of: dict[str, str], index: PassageIndex) -> str:
    """The country whose nationality the archive's passages name most: its own."""
    _, freqs = index.doc_freqs(of)
    by_country: dict[str, int] = defaultdict(int)
    for t, n in freqs.items():
        by_country[of[t]] += n
    return max(by_country, key=lambda k: by_country[k]) if by_country else ""


def home_terms(analyzer: Analyzer, index: PassageIndex) -> set[str]:
    """The nationality terms of the country the archive names most (its own: Saudi for a Saudi archive)."""
    of = nationality_terms(analyzer)
    home = home_country(of, index)
    return {loose(t) for t, country in of.items() if country == home}


def foreign_terms(query: str, terms: list[str], analyzer: Analyzer,
             index: PassageIndex) -> tuple[set[str], str, bool, set[str], bool]:
    """For a body every country has one of (``lexicon.NATIONAL_BODIES``: "وزارة الصحة", "الحرس الوطني"), the
    nationality terms of countries other than its own, the name's last term, and whether the query names no country
    of its own (so "في" and another country after the name places the body there), and its own country's nationality
    terms, and whether the country it names is not the archive's own; nothing for other queries (a
    club, a party, a person: "ريال مدريد الإسباني" is the club asked for). Its own: a nationality the query says,
    and the one the archive names most (its home: a Saudi archive's "وزارة الصحة" is Saudi's)."""
    words = normalize(query).split()
    if not terms or not a_body(words):
        return set(), "", False, set(), False
    of = nationality_terms(analyzer)
    own = {of[t] for t in terms if t in of}
    named = bool(own)  # "الحرس الثوري الإيراني في سورية" is Iran's, in Syria: only a bare body is placed by "في"
    home = home_country(of, index)
    if not named:  # a query that names its country ("وزارة الخارجية الأمريكية") asks for no other's, the archive's neither
        own.add(home)
    # The body's name ends before a nationality the query gives it ("وزارة الخارجية الأمريكية": الخارجية), so another
    # country's after that word ("وزارة الخارجية الروسية") makes it that country's body.
    last = next((t for t in reversed(terms) if t not in of), terms[-1])
    return ({loose(t) for t, country in of.items() if country not in own}, loose(last), not named,
            {loose(t) for t, country in of.items() if country in own}, named and home not in own)
