"""What a timeline query asks for, and how much of it a text covers (read by ``akhbar.timeline``).

The query's words and names: The query is analyzed like any search; each pair of neighbouring
terms that the archive mostly writes side by side (``COLLOCATION``: of the passages holding both, the
share where they stand within one word of each other) is a name or phrase ("الأراضي البيضاء", "أسعار
النفط", "فيروس كورونا"); quoted phrases always are. A term that belongs to a phrase counts in a
sentence only next to its partner (within ``PROXIMITY`` terms): البيضاء without الأراضي counts nothing.
Names are matched however they are written: a compound name's parts apart or joined ("عبد العزيز" =
"عبدالعزيز", ``topic_terms``), and with a one-letter preposition on them ("لمطار", ``Topic._known``), or و on the first
word when the whole name follows ("والليرة التركية", ``Topic._and_whole``); a word
whose stem is another's is written as the word it means first ("جامع الملك خالد", a mosque, is no "جامعة").
Another body or person of the same words counts nothing: a body every country has one of followed by another
country's nationality ("وزارة الصحة الماليزية" for "وزارة الصحة", the archive's own country being the one it
names most, or the one the query names: "وزارة الخارجية الروسية" for "وزارة الخارجية الأمريكية"; an ال-adjective in ة
may stand between: "الخطوط الجوية العربية السعودية" for "الخطوط الجوية القطرية"), placed there by
"في" ("وزارة الدفاع في اليمن") or written in construct with another country's name ("وزارة خارجية البحرين",
"… خارجية مملكة البحرين" for "وزارة الخارجية الإيرانية"), a first name followed by بن and another father
("فيصل بن ثامر" for "فيصل بن بندر"), the father after another son ("سلطان بن عبدالعزيز" for "مقرن بن عبدالعزيز"), a name
with بن not written whole ("مجموعة بن لادن": "بن" and "بلاده" in a king's cable), a person's title and name after a
noun that names a place or a body after him ("مستشفى الأمير …", ``lexicon.EPONYM_HEADS``), a short quoted title that
takes a query word after a word of its own ("«فرسان الحزم»", a campaign, for "نادي الحزم"), and a club's
name written otherwise than in the query ("اتفاقية" for "نادي الاتفاق", "فتح باب" for "نادي الفتح"), or, for a club
named after its city (``lexicon.PLACES``: "نادي الرياض") or a people's word ("نادي العربي"), not right after a club word
("ملعب المدينة الرياضية بالرياض", "الشعر العربي"); nor do a man's name after a title or before "بن" that a nation's
nisba stems like ("الأمير تركي" for "الجيش التركي"), a word one ة from the query's ("نادية" for "نادي"), and a company's
name in a list of platforms ("شارك: واتساب جوجل سناب", a page's share bar, for "شركة جوجل"); and for a query that names a
country other than the archive's own ("وزارة الصحة العراقية"), its body written bare in an article that never names that
country is the archive's own ("أعلنت وزارة الصحة تسجيل حالات جديدة في الرياض"), whatever other country the sentence names.
A region's or the world's adjective after a national body's name makes it another body, as another country's nationality
does ("البرلمان العربي", "البنك المركزي الأوروبي" for "البنك المركزي المصري"), and the body named bare after either in its
paragraph is that body, also for a query that gives its body a country ("رئيس البرلمان" after "البرلمان العربي").
A man named by a given name and a family word ("عبدالله المقبل") is named only by the two together (one name may stand
between, or his father's and grandfather's after "بن"): apart in one sentence they are two other words ("عبدالله …
الأسبوع المقبل"). A club abroad named with its nationality ("نادي القادسية الكويتي") counts only with it: bare, the name
is the archive's own country's club. A word of a short query that the archive never writes ("أتاتورك") keeps its
weight, so the other words ("مطار") never cover the query alone. A region's body ("جوازات منطقة تبوك", "بلدية محافظة
الزلفي") counts only with one of its own words (its head in either stem, or as written when the analyzer drops it): the
region and its name alone are the region's news; and a text that names another region ("بمنطقة نجران", "بالمنطقة
الشرقية") and not the query's is that region's body; for a governorate's body ("… بمحافظة جدة"), its name right before the
region's word ("… بمنطقة مكة المكرمة") is the region's branch, near the topic. A word the analyzer drops, written with ال
right after a definite noun ("الانتخابات البلدية"), is that noun's adjective, not the query's body. A chamber of commerce named
by its city ("غرفة مكة المكرمة") is such a body too: the city alone is its other news. A region body's head written right
before a word the query does not write heads another's name ("غرفة عمليات الدفاع المدني", "أمانة الإدارة"), and the
query's head after a landmark's cue ("قرب مبنى أمانة منطقة حائل") is where another's event stands: neither counts. A club
named by its city and its kind ("نادي أبها الأدبي") counts its city only with the kind's word near it: "نادي أبها" alone is
the city's football club. A city right before a newspaper's last word ("صحيفة بانكوك بوست", ``lexicon.NEWSPAPER_TAILS``)
names the paper, not the news's place; a man's family word the query writes bare ("محمد عبده") is another name written
with ال ("محمد العبد الله"); and a currency ("الليرة التركية", ``lexicon.MONEY_WORDS``) in a text that names three or more is
one among several (a money changer's round-up); a verb of a set phrase that shares a query word's stem ("من تسول له نفسه",
whoever is tempted, for "التسول", ``lexicon.IDIOM_VERBS``); and the noun of the stem of a nisba adjective the query
writes after a definite noun ("دراسة", a study, for "العام الدراسي"; "مركز" for "البنك المركزي"): none of these counts.

The word-by-word reading of a text that marks these (``Topic.terms``) is ``timeline_marks``; here the query's ``Topic``
and what its terms cover.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .arabic import Analyzer, normalize
from .index import PROCLITICS
from .timeline_marks import _SPELLED, another_governorate, mark_terms
from .timeline_nations import ABROAD as _ABROAD
from .timeline_nations import BETWEEN as _BETWEEN
from .timeline_nations import loose
from .timeline_nations import nation as _nation
from .timeline_passing import PARTNER as _PARTNER

COLLOCATION = 0.3  # neighbouring query terms side by side in this share of the passages holding both: a phrase
MIN_SUPPORT = 5  # ... judged only when that many passages hold both (a small archive says nothing)
PROXIMITY = 2  # a phrase's terms within this many analyzed terms of each other (stopwords do not count)
_SON = "بن"


@dataclass
class Topic:
    """What a timeline query asks for: its terms with their weights, and the pairs that are phrases."""

    weights: dict[str, float]  # distinct query terms → IDF
    partners: dict[str, set[str]]  # a term of a phrase → the terms it must stand next to
    names: list[tuple[str, ...]] = field(default_factory=list)  # eponyms: whole, or none of their terms count
    kin: list[tuple[str, str]] = field(default_factory=list)  # "فيصل بن بندر" → (فيصل, بندر): a son of another is not him
    foreign: set[str] = field(default_factory=set)  # nationality terms of other countries than the query's name's
    last: str = ""  # the query's last term: a foreign nationality right after it makes the name another country's body
    placed: bool = False  # ... and so "في" and another country after it (a query that names no country of its own)
    surfaces: dict[str, set[str]] = field(default_factory=dict)  # a club's name: counts only written as in the query
    order: list[str] = field(default_factory=list)  # the query's terms in its order
    home: set[str] = field(default_factory=set)  # nationality terms of the query's own country (a national body's)
    title: str = ""  # a person's title heading the query ("الأمير"): after an eponym head it names a place, not him
    heads: set[str] = field(default_factory=set)  # ... those heads (lexicon.EPONYM_HEADS: "مستشفى", "طريق", "جائزة")
    # a plural of the query whose stem a nisba of another meaning shares → that nisba, written (lexicon.NISBA_APART)
    apart: dict[str, str] = field(default_factory=dict)
    # the query's first term when it heads a place or a body named by what follows ("مستشفى الحرس الوطني"): a text
    # without it names what follows (the Guard), not the place (lexicon.EPONYM_HEADS less lexicon.OCCASION_HEADS); an
    # occasion's head too when a person's title follows it ("كأس ولي العهد": the crown prince, not his cup), and "شركة"
    # before a platform's name ("شركة تويتر": without it, the place a post was made)
    head: str = ""
    # a name the query writes bare with a final ي the stemmer takes off ("نابولي" → نابول), folded as written: a text's
    # stem that keeps the ي ("نابوليون" → نابولي, "تركيا" → تركي) is a longer name, which ``loose`` would fold into it
    bare: set[str] = field(default_factory=set)
    # a nationality or a country the query names ("الجيش التركي", "تركيا") → its term: the same letters written bare
    # after a person's title or before "بن" are a given name ("الأمير تركي"), whose stem the nisba's is
    nisbas: set[str] = field(default_factory=set)
    # a word the query writes bare with a final ي or ية, no nationality ("نادي", "نادية") → the query's word, folded: the
    # other of the two, one ة apart, is another word of the same stem (the club is no woman's name, nor she the club)
    one_ta_apart: dict[str, str] = field(default_factory=dict)
    # for a company ("شركة جوجل"), the platforms' terms: its name next to one of them is a list of platforms (a share
    # bar, "عبر تويتر وفيسبوك"), not the company
    platforms: set[str] = field(default_factory=set)
    # the query names a country other than the archive's own ("وزارة الصحة العراقية" in a Saudi archive): its body written
    # bare is the archive's own unless the text names the query's country somewhere (``homeless``)
    elsewhere: bool = False
    # the query's place head ("جامعة" of "جامعة الكويت", "مطار" of "مطار عدن"): written in construct (no ال) right before a
    # word that is not the query's, it heads another's name ("جامعة الدول العربية", "مطار صنعاء") and counts nothing
    construct_head: str = ""
    # an institution's head the query opens with ("بنك" of "بنك الكويت المركزي", lexicon.INSTITUTION_HEADS): right before a
    # word the query does not write that names no country, it heads another institution ("البنك الأهلي الكويتي")
    body_head: str = ""
    # a region's or the world's adjective the query does not write ("العربي", "الأوروبي", "الدولي"; lexicon.REGIONAL_ADJECTIVES),
    # for a national body: right after the body's name it names another body, as another country's nationality does
    # ("البرلمان العربي" for "البرلمان المصري")
    regional: set[str] = field(default_factory=set)
    # a man named by a given name and a family name ("عبدالله المقبل", "صالح آل الشيخ"): (given, family). In a text that
    # holds both apart they name two others ("عبدالله" and "الأسبوع المقبل", "أحمد الصمعاني … وليد"), and count nothing
    person: tuple[str, str] | None = None
    # a club abroad named with its nationality ("نادي القادسية الكويتي"): (its name's term, the nationality's); the name
    # counts only with the nationality after it, since the archive's own country has clubs of the same names
    club_abroad: tuple[str, str] | None = None
    # a word of the query that the analyzer drops whole (read as a stopword with a clitic: "كيا" as ك + يا) when the rest
    # of the query is only its head ("شركة كيا"), folded as written: a text counts it only written so, and without it
    # the head alone covers too little ("شركة" is every company)
    spelled: set[str] = field(default_factory=set)
    # a person query's family word that is a nisba ("الخضيري"), folded, without ال ("خضيري"): the stemmer gives a shorter
    # name ("الخضير", another family) or another word ("خضيرة", a footballer) the same stem, so a text's word of that stem
    # counts only written as the query writes it
    family: str = ""
    # for a person query, the given names' terms (lexicon.GIVEN_NAMES): another of them heading the family word names
    # another man of the family ("فيصل أبا الخيل" for "سليمان أبا الخيل"), as one after بن names the father
    givens: frozenset[str] = frozenset()
    markers: frozenset[str] = frozenset()  # the terms of the family word's "أبا"/"أبو" ("سليمان أبا الخيل")
    # a query that ends in its country ("الجيش البحريني", "نادي الجيش القطري"): (the country's terms, the name's other
    # terms but its head); the country counts only in a text that holds one of the others: alone it is any of that
    # country's news (its player, its diplomacy, its other clubs)
    national: tuple[frozenset[str], frozenset[str]] | None = None
    kinds: frozenset[str] = frozenset()  # ... and the terms of lexicon.BODY_KINDS: "الشركة البريطانية" is the body, said short
    # the term of a region's word the query names one region by ("منطقة" of "شرطة منطقة القصيم", lexicon.REGION_WORDS):
    # written without ال right before a word the query does not write, it names another region ("بشرطة منطقة مكة
    # المكرمة" for "شرطة منطقة عسير", whose police, region and all, are another's)
    region: str = ""
    # a query that opens with a general body's head and "العامة" ("الإدارة العامة للمرور", lexicon.GENERAL_HEADS): the two
    # terms. Right before a word the query does not write they head another general body of the kind ("الإدارة العامة للطرق
    # والنقل" for the traffic directorate), as another institution's head does (``body_head``)
    general: tuple[str, str] | None = None
    # the head's other stems (``head``: "الجوازات" → جواز for "جوازات" → جوازا): a text's word of one is the head
    head_forms: frozenset[str] = frozenset()
    # the region's own name after the query's region word ("الرياض" of "بمنطقة الرياض"): its terms, and as written
    places: frozenset[str] = frozenset()
    places_written: frozenset[str] = frozenset()
    # the query writes its region word with ال ("جوازات المنطقة الشرقية"): "المنطقة الشرقية" in a text is the query's own
    # region, not another named by its adjective
    region_short: bool = False
    # the region's word as the query writes it, bare and folded ("منطقه" of "بمنطقة القصيم"): the query's head right before
    # another region's word ("تعليم المحافظة" for "تعليم منطقة نجران") or before its own and another name ("للتعليم بمنطقة
    # الرياض") heads that region's body
    region_word: str = ""
    # a region body's head as written, without ال ("مرور", lexicon.REGION_BODY_HEADS): its adjective ("مروري", "المرورية") or
    # adverb ("مروراً") is no body
    head_written: str = ""
    # the region's name when it is an adjective ("الشرقية" of "المنطقة الشرقية"): its term → the adjective, folded, without
    # ال ("شرق" → "شرقيه"); a text's word of the term not written as an adjective ("الشرق الأوسط") is another word
    place_nisbas: dict[str, str] = field(default_factory=dict)
    # a region query's other regions' governorates (lexicon.REGION_GOVERNORATES), folded, each word without ال: named after
    # "محافظة" ("بمحافظة الأحساء" for "… بمنطقة الرياض") they name another region's branch, as "بمنطقة X" does
    other_places: frozenset[str] = frozenset()
    # a governorate query's term of the region's word ("منطقة" for "… بمحافظة جدة"): the body's name right before it ("هيئة
    # الهلال الأحمر بمنطقة مكة المكرمة") is the region's branch, near the governorate's topic, not on it
    # (``timeline_marks._branch``)
    upper: str = ""
    # a club named by its city and its kind ("نادي أبها الأدبي", lexicon.CLUB_KIND_WORDS): (the city's term, the kind's); the
    # city counts only with the kind within two terms, before or after ("أدبي أبها"): alone it names the city's football club
    club_kind: tuple[str, str] | None = None
    # a son named with his father whose own name the analyzer drops ("علي" of "الأمير علي بن الحسين", read as "على"): (the
    # son's name as written, folded; the father's term). The father after "بن" counts only right after that name: "عبدالله
    # الثاني بن الحسين" is another son
    sonless: tuple[str, str] | None = None
    # a market named by its city, three words or more ("سوق أبوظبي للأوراق المالية", lexicon.MARKET_HEADS): the city's term. A
    # text without it names another city's market ("سوق الكويت للأوراق المالية") or markets at large, and counts nothing
    city: str = ""
    # a person query whose family word is written without ال ("محمد عبده"): a text's word of its stem written with ال
    # ("محمد العبد الله", "النور") is another name or another word, and counts nothing
    bare_family: bool = False
    # a currency's name ("الليرة التركية", lexicon.MONEY_WORDS): its word's term. A text that names three currencies or more
    # (a money changer's round-up, a market's table) tells of the query's as one among several, and its word counts nothing
    currency: str = ""
    # a nisba adjective the query writes with ال after a definite noun, no nation's and no region's ("الدراسي" of "العام
    # الدراسي الجديد", "المركزي" of "البنك المركزي"): its term → the adjective's stem as written, folded, without ال and its
    # ي ("دراس"). A text's word of the term not written as an adjective of that stem is the stem's noun ("دراسة", a study;
    # "مركز", a centre), another word, and counts nothing
    adjectives: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> bool:
        """The query names a body (a region's branch, an institution, a general directorate), not a person: the cues of
        attending and helping make it a guest or a helper (``timeline_passing.partner_spans``)."""
        return bool(self.region or self.body_head or self.general or self.head) and not (self.title or self.person)

    @property
    def total(self) -> float:
        return sum(self.weights.values())

    def coverage(self, terms: list[str], abroad: bool = False, event: bool = False) -> float:
        """The share of the query's weight that a text (its analyzed terms, in order) covers (``abroad``: its national
        body is another country's, so none of the query's terms count; none count either in a text without the query's
        place head, ``head``). ``event``: the text is an event's own sentence, where the query's country alone counts
        nothing (``national``); a paragraph, a lead or a title that names the country still tells what the article is
        about, as the topic model read them when it was fitted."""
        if not self.total or abroad:
            return 0.0
        known = self._and_whole([self._known(t) for t in terms], terms)
        if self.head and self.head not in known:
            return 0.0  # "الحرس الوطني" for "مستشفى الحرس الوطني": the body the place is named after, not the place
        if self.city and self.city not in known:
            return 0.0  # "سوق الكويت للأوراق المالية" for "سوق أبوظبي للأوراق المالية": another city's market
        elsewhere = self._of_another(known)
        where: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(known):
            if t in self.weights and i not in elsewhere:
                where[t].append(i)
        if self.places and not any(p in where for p in self.places) and any(
                t.startswith("≠") and self._known(t[1:]) == self.region for t in terms):
            return 0.0  # "هيئة الهلال الأحمر بالمنطقة الشرقية" for "… بمنطقة الرياض": the body of the region it names
        if self.places and not any(t in where for t in self.weights if t not in self.places and t != self.region):
            return 0.0  # "إمارة منطقة مكة المكرمة" for "الدفاع المدني بمنطقة مكة المكرمة": the region, none of the body's words
        broken = {t for name in self.names if not _whole(name, where) for t in name}
        if self.person and all(t in where for t in self.person) and not _together(
                known, where[self.person[0]], where[self.person[1]], self.markers):
            broken.update(self.person)  # "عبدالله" and "الأسبوع المقبل" for "عبدالله المقبل": two words, not his name
        if event and self.national and not any(t in where for t in self.national[1]):
            for t in self.national[0]:
                where.pop(t, None)  # "المحترف البحريني" for "الجيش البحريني": the country alone
        got = 0.0
        for term, positions in where.items():
            if term in broken:
                continue  # "جامعة الملك خالد" for "جامعة الملك سعود": the name's pattern, another name
            if self.club_abroad and term == self.club_abroad[0]:
                nationality = self.club_abroad[1]
                if not any(j - i in (1, 2) for i in positions for j in where.get(nationality, ())):
                    continue  # "نادي القادسية" (ours) for "نادي القادسية الكويتي": the club abroad is named with its country
            if self.club_kind and term == self.club_kind[0] and not any(
                    abs(j - i) in (1, 2) for i in positions for j in where.get(self.club_kind[1], ())):
                continue  # "نادي أبها" (its football club) for "نادي أبها الأدبي": the city's club of another kind
            partners = self.partners.get(term)
            if partners and not any(abs(i - j) <= PROXIMITY for p in partners for i in positions for j in where.get(p, ())):
                continue  # a word of a name, without the rest of the name
            got += self.weights[term]
        return got / self.total

    def passing(self, terms: list[str]) -> float:
        """The coverage a text would have if the query's body named as a partner of another's deed (``_PARTNER``:
        "بالتعاون مع إمارة المنطقة", "بالتنسيق مع إدارة المرور") counted: such a sentence is near the topic,
        not the body's own doing."""
        if not any(t.startswith(_PARTNER) for t in terms):
            return 0.0
        return self.coverage([t.removeprefix(_PARTNER) for t in terms], event=True)

    def region_elsewhere(self, terms: list[str]) -> bool:
        """A text (its terms from ``terms``) names another region by the query's region word ("منطقة عسير" for "إمارة
        منطقة الرياض") and none of the query's own name words: the region it is about is that other one."""
        return bool(self.region) and any(t.startswith("≠") and self._known(t[1:]) == self.region for t in terms) and not any(
            self._known(t) in self.weights and self._known(t) not in (self.head, self.region) for t in terms)

    def by_kind(self, terms: list[str]) -> bool:
        """A text names the query's country right after a word of the body's kind ("الشركة البريطانية" for "الخطوط الجوية
        البريطانية", ``kinds``): the body said short, as a follow-up names it, not the country alone."""
        if not self.national or not self.kinds:
            return False
        country = self.national[0]
        return any(loose(a) in self.kinds and self._known(b) in country for a, b in zip(terms, terms[1:]))

    def abroad(self, terms: list[str]) -> bool:
        """A text names the query's national body, whole, as another country's ("وزارة الدفاع الأمريكية", "… في
        اليمن") each time it names it: not bare, not as its own country's ("وزارة الدفاع السعودية"), and not only the
        name's last word ("عبر الحدود الأردنية" is a border, not "حرس الحدود")."""
        known = [self._known(t) for t in terms]
        name = self.body_name
        n = len(name)
        after = [known[i + 1] if i + 1 < len(known) else "" for i in range(n - 1, len(known))
                 if known[i - n + 1:i + 1] == name]
        return bool(after) and all(b.startswith(_ABROAD) for b in after)

    @property
    def body_name(self) -> list[str]:
        """The query's national body without the nationality it gives it ("وزارة الدفاع" of "وزارة الدفاع البريطانية"): the
        name another country's body shares ("وزارة الدفاع الأمريكية", "البرلمان العربي")."""
        return self.order[:self.order.index(self.last) + 1] if self.last in self.order else self.order

    def stateless(self, terms: list[str]) -> bool:
        """A text names the query's national body and no country at all: whose it is, its paragraph or its article's
        lead tells ("وقالت الوزارة في بيان" after "أعلنت وزارة الدفاع الأمريكية")."""
        return self.last in {self._known(t) for t in terms} and not any(
            _nation(t.removeprefix(_ABROAD)) & self.foreign or _nation(t) & self.home for t in terms)

    def homeless(self, terms: list[str]) -> bool:
        """A text (an article's title and body) never names the country of a body the query gives one ("وزارة الصحة
        العراقية"): its body named bare is another country's, the archive's own most often ("أعلنت وزارة الصحة" in a
        Saudi report of new cases)."""
        return self.elsewhere and not any(_nation(t) & self.home for t in terms)

    def first_at(self, terms: list[str]) -> int:
        """How many of a text's terms come before the first of the query's (all of them when none is there)."""
        return next((i for i, t in enumerate(terms) if self._known(t) in self.weights), len(terms))

    def last_missing(self, terms: list[str]) -> bool:
        """Every term of a query of two or more but its last stands in a text, and its last does not: another body
        or person that shares all but the last word of the query's name ("البنك الأهلي المصري" for "البنك الأهلي
        التجاري", "مطار الملك خالد" for "مطار الملك فهد") or the name said short; the topic model weighs which."""
        if len(self.order) < 2:
            return False
        known = {self._known(t) for t in terms}
        return self.order[-1] not in known and all(t in known for t in self.order[:-1])

    def tight(self, terms: list[str]) -> bool:
        """The query's terms that a text holds stand together: each within PROXIMITY terms of another one, or
        only one of them there (a name written whole, not its words scattered over a long sentence)."""
        at = sorted(i for i, t in enumerate(self._known(t) for t in terms) if t in self.weights)
        return bool(at) and all(b - a <= PROXIMITY + 1 for a, b in zip(at, at[1:]))

    def in_order(self, terms: list[str]) -> bool:
        """The query's name words stand in a text in the query's order, each at most two terms after the one before ("مجلس
        التعاون لدول الخليج" for "مجلس التعاون الخليجي"): the text names the query, not its words in another phrase ("وزارة
        الطيران المدني في مصر" for "مصر للطيران")."""
        known = [self._known(t) for t in terms]
        order = self.order
        if not order:
            return False
        for start in (i for i, t in enumerate(known) if t == order[0]):
            at = start
            for word in order[1:]:
                nxt = next((j for j in range(at + 1, min(at + 4, len(known))) if known[j] == word), -1)
                if nxt < 0:
                    break
                at = nxt
            else:
                return True
        return False

    def _of_another(self, known: list[str]) -> set[int]:
        """Positions of query terms that name another body or person: the query's name followed by another country's
        nationality ("وزارة الصحة الماليزية" for "وزارة الصحة"), an ال-adjective in ة between or not ("الخطوط الجوية
        العربية السعودية" for "الخطوط الجوية القطرية"), a first name followed by بن and another father
        ("فيصل بن ثامر" for "فيصل بن بندر"), or بن and the father after another first name: a brother or a cousin
        ("سلطان بن عبدالعزيز" for "مقرن بن عبدالعزيز"; a royal house's sons share a handful of fathers' names)."""
        out: set[int] = set()
        for i in range(len(known) - 1):
            if known[i] == self.last and (known[i + 1].startswith(_ABROAD) or known[i + 1].startswith(_BETWEEN)
                                          and i + 2 < len(known) and known[i + 2].startswith(_ABROAD)):
                j = i
                while j >= 0 and known[j] in self.weights:
                    out.add(j)
                    j -= 1
        if self.title:
            for i in range(1, len(known)):
                if known[i] == self.title and known[i - 1] in self.heads:
                    j = i  # "مستشفى الأمير محمد بن ناصر", "طريق الأمير …": a place named after him, not the prince
                    while j < len(known) and known[j] in self.weights:
                        out.add(j)
                        j += 1
        if self.person and self.givens:
            given, family = self.person
            for j, t in enumerate(known):
                i = j - 1
                while i > 0 and known[i] in self.markers:
                    i -= 1  # "أبا" of "فيصل أبا الخيل"
                if t != family or i < 0 or known[i] not in self.givens:
                    continue
                # the man's own name: back over his father's, after "بن" or not ("عمر بن محمد الجاسر": عمر; "عبدالله سعد
                # المقبل": عبدالله)
                while True:
                    if i >= 2 and known[i - 1] == _SON and known[i - 2] in self.givens:
                        i -= 2
                    elif i >= 1 and known[i - 1] in self.givens:
                        i -= 1
                    else:
                        break
                if known[i] != given:
                    out.update(range(i, j + 1))  # "فيصل أبا الخيل", "عمر بن محمد الجاسر": another man of the family
        for first, father in self.kin:
            for i in range(len(known) - 2):
                if known[i + 1] != _SON:
                    continue
                if known[i] == first and known[i + 2] != father:
                    out.update((i, i + 1))  # "فيصل بن ثامر" for "فيصل بن بندر": another father
                elif known[i] != first and known[i + 2] == father:
                    out.update((i + 1, i + 2))  # "محمد بن نايف بن عبدالعزيز" for "مقرن بن عبدالعزيز": a brother
        return out

    def terms(self, analyzer: Analyzer, text: str, region_elsewhere: bool = False) -> list[str]:
        """The text's terms as ``timeline_marks.mark_terms`` marks them, and another region named, once, when the text names
        a governorate of another region after its word (``other_places``): with none of the query's places there, its body
        is that region's branch (``coverage``)."""
        out = mark_terms(self, analyzer, text, region_elsewhere)
        return out + ["≠" + self.region] if self.other_places and another_governorate(self, text) else out

    def names_place(self, text: str) -> bool:
        """A text (an article's title and body) writes the query's region name somewhere ("القصيم", "الشرقية", with ال, a
        clitic or neither): only then is "المنطقة" alone in it the query's region said short."""
        folded = normalize(text)
        return any(w.removeprefix("ال") in folded for w in self.places_written)

    @property
    def spelled_head(self) -> bool:
        """The query's head is a word the analyzer drops whole ("بلدية"): the search reads the rest of the query."""
        return self.head.startswith(_SPELLED)

    def _known(self, term: str) -> str:
        """The query term a text's term is, also with a one-letter preposition before it that no stemmer takes
        off ("لمطار", "بفيروس" for "مطار", "فيروس"); else the term itself. Not و/وال: taken off too, they let
        "الصليب الأحمر والهلال الأحمر" count for "الهلال الأحمر السعودي" (measured: test topic 0.758 -> 0.731)."""
        t = loose(term)
        if t in self.head_forms:
            return self.head  # "الجوازات" for "جوازات": the head's other stem
        if t != term and (term in self.bare or term[:1] in PROCLITICS and term[1:] in self.bare):
            return term  # "نابوليون" (Napoleon) for "نابولي" (Napoli): another name, one letter longer
        if t in self.weights or len(t) < 4 or t[0] not in PROCLITICS:
            return t
        bare = loose(t[1:])
        return bare if bare in self.weights else t


    def _and_whole(self, known: list[str], terms: list[str]) -> list[str]:
        """"والليرة التركية" for "الليرة التركية": و on the query's first word counts when the rest of the query follows it
        whole, in order (the lira named among other currencies, "هبط الدولار والليرة التركية"); a part of the query after
        و does not ("الصليب الأحمر والهلال الأحمر" for "الهلال الأحمر السعودي", which ``_known`` leaves alone)."""
        rest = self.order[1:]
        if not rest:
            return known
        first = self.order[0]

        def glued(term: str) -> bool:  # "واللير", "ولير": و (and its ال) on the first word
            return term[:1] == "و" and (loose(term[1:]) == first or (term[1:3] == "ال" and loose(term[3:]) == first))

        return [first if k not in self.weights and glued(term) and known[i + 1:i + len(self.order)] == rest else k
                for i, (k, term) in enumerate(zip(known, terms))]


def _whole(name: tuple[str, ...], where: dict[str, list[int]]) -> bool:
    """The name's terms stand in order, each within PROXIMITY terms of the one before."""
    ends = where.get(name[0], [])
    for term in name[1:]:
        ends = [j for j in where.get(term, ()) if any(0 < j - i <= PROXIMITY for i in ends)]
    return bool(ends)


def _together(known: list[str], firsts: list[int], families: list[int], markers: frozenset[str] = frozenset()) -> bool:
    """A given name and a family name stand as one man's name: side by side, one name between ("خالد محفوظ بحاح", "عمر
    حسن البشير"), or his father's and grandfather's between, each after "بن" ("عبدالله بن عبدالعزيز الربيعة"); the family
    word's "أبا"/"أبو" (``markers``) not counted ("سليمان بن عبدالله أبا الخيل")."""
    if markers:
        keep = [k for k, t in enumerate(known) if t not in markers]
        at = {k: n for n, k in enumerate(keep)}
        known, firsts, families = [known[k] for k in keep], [at[i] for i in firsts], [at[j] for j in families]
    return any(0 < j - i <= PROXIMITY or j - i in (3, 5) and all(known[k] == _SON for k in range(i + 1, j, 2))
               for i in firsts for j in families)
