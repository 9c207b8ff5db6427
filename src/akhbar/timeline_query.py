"""How a timeline query is read (``read_topic``, for ``akhbar.timeline``): its terms weighted by IDF over passages, its
phrases (quoted, or collocations), the names that stand whole or count nothing (an eponym, a son of a father), and
what each of ``akhbar.timeline_topic``'s rules needs to know of the query (its nationality, its place or body head, a
man's given and family names, a club abroad, a word the analyzer drops whole, its region word, a general body's head).
The ``Topic`` it returns, and how much of it a text covers, are ``timeline_topic``'s.
"""

from __future__ import annotations

from collections import defaultdict

from . import lexicon
from .arabic import TOKEN_RE, Analyzer, normalize
from .index import PROCLITICS, PassageIndex
from .retrieve import QUOTED
from .timeline_marks import _PERSON_TITLES, _SONS, _SPELLED, _prepared, topic_terms
from .timeline_nations import BODIES as _BODIES
from .timeline_nations import COUNTRIES as _COUNTRY_NAMES
from .timeline_nations import NATIONALITY_WORDS as _NATIONALITY_WORDS
from .timeline_nations import PLACE_NAMES as _PLACE_NAMES
from .timeline_nations import a_body as _a_body
from .timeline_nations import a_nation as _a_nation
from .timeline_nations import a_region_word as _a_region_word
from .timeline_nations import foreign_terms as _foreign
from .timeline_nations import home_terms as _home_terms
from .timeline_nations import loose
from .timeline_nations import region_word as _region_word
from .timeline_nations import written as _written
from .timeline_passing import GENERAL as _GENERAL
from .timeline_passing import GENERAL_HEADS as _GENERAL_HEADS
from .timeline_topic import _SON, COLLOCATION, MIN_SUPPORT, PROXIMITY, Topic
from .timeline_words import CLUB_CUES as _CLUB_CUES
from .timeline_words import spelled as _spelled


def read_topic(query: str, analyzer: Analyzer, index: PassageIndex) -> Topic:
    """The query's terms, weighted by IDF over passages, and its phrases (quoted, or collocations).
    A term no passage holds is left out (a form the stemmer reads otherwise in the texts: "فيروس" is "يروس" bare and
    "فيروس" after ب; a verb's form in a question), unless a name's word the archive never writes in any form
    (``_never_written``): that one keeps the highest weight, so the name's other words do not cover the query alone
    ("مطار أتاتورك" files nothing rather than every airport)."""
    unquoted = topic_terms(analyzer, QUOTED.sub(" , ", query).replace('"', " "))
    quoted = [topic_terms(analyzer, next(g for g in m.groups() if g is not None)) for m in QUOTED.finditer(query)]
    n, freqs = index.doc_freqs(unquoted + [t for q in quoted for t in q])
    unheld = _never_written(query, analyzer, index) if not all(freqs.values()) else set()
    weights = {loose(t): w for t, w in index.idf(t for t in freqs if freqs[t] or t in unheld).items()}
    partners: dict[str, set[str]] = defaultdict(set)
    pairs = [(a, b) for q in quoted for a, b in zip(q, q[1:])]
    pairs += [(a, b) for a, b in zip(unquoted, unquoted[1:])
              if a != b and (a, b) not in pairs and index.phrase_share(a, b, PROXIMITY - 1, MIN_SUPPORT) >= COLLOCATION]
    raws = TOKEN_RE.findall(_prepared(QUOTED.sub(" ", query).replace('"', " ")))
    pairs += [pair for pair in [_one_name(raws, analyzer)] if pair and pair not in pairs]
    for a, b in pairs:
        partners[loose(a)].add(loose(b))
        partners[loose(b)].add(loose(a))
    titles = {loose(t) for t in analyzer.terms(" ".join(lexicon.EPONYM_TITLES))}
    surfaces: dict[str, set[str]] = {}
    kin = []
    sonless = None
    for before, raw, after in zip([""] + raws, raws, raws[1:] + [""]):
        term = analyzer.terms_of([raw])
        if normalize(before) in _CLUB_CUES and term:
            surfaces.setdefault(loose(term[0]), set()).add(_written(raw))
        if normalize(raw) == _SON and before and after:
            father, son = analyzer.terms_of([after]), analyzer.terms_of([before])
            if father and son:
                kin.append((loose(son[0]), loose(father[0])))
            elif father and _written(before) in _GIVEN_NAMES:
                # "علي" of "الأمير علي بن الحسين" folds to the stopword "على": the son's name is read as written
                sonless = (_written(before), loose(father[0]))
    foreign, last, placed, home, elsewhere = _foreign(query, unquoted, analyzer, index)
    # Not for a body the query names by a region ("مجلس التعاون الخليجي": its full name says "الخليج العربية").
    regions = {loose(t) for forms in lexicon.REGIONAL_ADJECTIVES for form in forms.split() for t in analyzer.terms(f"ال{form} ال{form}ة")}
    regional = regions - {loose(t) for t in unquoted} if last and last not in regions else set()
    order = list(dict.fromkeys(loose(t) for t in unquoted if loose(t) in weights))
    # "مجموعة بن لادن", "الأمير فهد بن سلطان": a name with بن stands whole or counts nothing ("بن" is in every prince's
    # name and لادن stems as البلاد does, so the king's cables "بن عبدالعزيز … بلاده" covered two thirds of the group).
    names = _eponyms([loose(t) for t in unquoted], titles) + [(son, _SON, father) for son, father in kin]
    title = loose(unquoted[0]) if raws and normalize(raws[0]) in _TITLES and unquoted else ""
    heads = {loose(t) for t in analyzer.terms(" ".join(lexicon.EPONYM_HEADS))} if title else set()
    apart = {loose(term[0]): lexicon.NISBA_APART[w] for raw in raws
             if (w := _written(raw).removeprefix("ال")) in lexicon.NISBA_APART and (term := analyzer.terms_of([raw]))}
    head = loose(unquoted[0]) if (raws and unquoted and loose(unquoted[0]) in weights
                                  and (normalize(raws[0]) in _PLACE_HEADS or _named_for_a_person(raws)
                                       or _a_platforms_company(raws) or normalize(raws[0]) in _REGION_BODY_HEADS)) else ""
    # Not a multi-word query's first word: it heads the name ("نادي العين", "دوري أبطال آسيا"), a noun whose forms
    # are its own (the dual "ناديي", "دوريا").
    bare = {w for raw in (raws[1:] if len(raws) > 1 else raws) if not (w := normalize(raw)).startswith("ال")
            and (term := analyzer.terms_of([raw])) and w == term[0] + "ي" and loose(term[0]) == term[0]}
    # Not a name the query itself gives a man ("الأمير تركي الفيصل", "تركي بن عبدالله"): there it is his.
    nisbas = {loose(term[0]) for before, raw, after in zip([""] + raws, raws, raws[1:] + [""])
              if _a_nation(raw) and not (_written(before) in _PERSON_TITLES or normalize(after) in _SONS)
              and (term := analyzer.terms_of([raw]))}
    ta = {loose(term[0]): w for raw in raws if not (w := normalize(raw)).startswith("ال") and w.endswith(("ي", "يه"))
          and not _a_nation(raw) and (term := analyzer.terms_of([raw]))}
    platforms = ({loose(t) for t in analyzer.terms(" ".join(lexicon.PLATFORMS))}
                 if raws and normalize(raws[0]) == _COMPANY else set())
    construct_head = head if head and len(order) > 1 and normalize(raws[0]) in _PLACE_HEADS else ""
    body_head = loose(unquoted[0]) if (raws and unquoted and len(order) > 1 and loose(unquoted[0]) in weights
                                       and normalize(raws[0]) in _INSTITUTIONS) else ""
    # Two terms, the first a given name, none a title, "بن" or a body's head: a man's name ("آل" is no term).
    # So too a given name the lexicon lacks before a family word that says it is one ("سليمان أبا الخيل", "… آل الشيخ").
    markers = frozenset(loose(t) for t in analyzer.terms(" ".join(lexicon.NAME_HEADS)))
    core = [t for t in order if t not in markers]
    kinned = len(raws) == 3 and normalize(raws[1]) in _FAMILY_MARKERS
    person = ((core[0], core[1]) if len(core) == 2 and len([t for t in unquoted if loose(t) not in markers]) == 2
              and (normalize(raws[0]) in _GIVEN_NAMES or kinned)
              and not {normalize(w) for w in (raws[:1] if kinned else raws)} & (_SONS | _TITLES | _PERSON_TITLES | _BODIES
                                                                                  | _PLACE_HEADS)
              else None)
    spelled = _spelled_words(raws, analyzer)
    for w in spelled:  # the highest weight, as a word no passage holds: the head alone never covers the query
        weights[loose(_SPELLED + w)] = max(index.idf([_SPELLED + w]).values())
        order.append(loose(_SPELLED + w))
    if spelled and _written(raws[0]) in spelled:
        head = loose(_SPELLED + _written(raws[0]))  # "بلدية" of "بلدية محافظة الزلفي": the head, read as written
    # the head's other stems, with ال or without ("الجوازات" → جواز, "جوازات" → جوازا): the same word
    head_forms = frozenset(f for t in analyzer.terms_of([w, "ال" + w]) if (f := loose(t)) != head) if (
        head and not head.startswith(_SPELLED) and (w := _written(raws[0]).removeprefix("ال"))) else frozenset()
    # A nisba ("الخضيري"): its stem is a shorter name's too. Not another family word: its ال-less and case forms vary more.
    family = _written(raws[-1]).removeprefix("ال") if person and raws and analyzer.terms_of([raws[-1]]) and loose(
        analyzer.terms_of([raws[-1]])[0]) == person[1] else ""
    family = family if family.endswith("ي") and len(family) > 4 else ""
    givens = frozenset(_given_terms(analyzer) | {person[0]}) if person else frozenset()
    # Only a body's, a club's, a company's or a place's name of one country ("العلاقات السورية الروسية" is two countries').
    national = None
    if (len(raws) >= 2 and _a_nation(raws[-1]) and not any(_a_nation(raw) for raw in raws[:-1])
            and (_a_body([normalize(w) for w in raws[:2]]) or normalize(raws[0]) in _LONE_HEADS)
            and (country := analyzer.terms_of([raws[-1]]))):
        lone = {loose(t) for t in analyzer.terms_of(raws[:1])} if normalize(raws[0]) in _LONE_HEADS else set()
        others = frozenset(t for t in order if t != loose(country[0]) and t not in lone)
        national = (frozenset({loose(country[0])}), others) if others else None
    kinds = frozenset(loose(t) for t in analyzer.terms(" ".join(lexicon.BODY_KINDS))) if national else frozenset()
    at = next((i for i, raw in enumerate(raws[:-1]) if _a_region_word(raw) and (term := analyzer.terms_of([raw]))
               and loose(term[0]) in weights), -1)
    region = loose(analyzer.terms_of([raws[at]])[0]) if at >= 0 else ""
    # the region's own name: its words after the region word ("الرياض" of "بمنطقة الرياض"), as terms and as written
    places = frozenset(loose(t) for raw in raws[at + 1:] for t in analyzer.terms_of([raw])) if region else frozenset()
    if region and last and region in order and order.index(region) > 0:
        # a body's name ends before its region ("هيئة الهلال الأحمر بمنطقة الرياض": الأحمر), so another country's
        # nationality after it makes it that country's body ("هيئة الهلال الأحمر الإماراتية")
        last = order[order.index(region) - 1]
    general = None
    if len(raws) > 2 and normalize(raws[0]) in _GENERAL_HEADS and normalize(raws[1]) == _GENERAL:
        first, second = analyzer.terms_of(raws[:1]), analyzer.terms_of(raws[1:2])
        general = (loose(first[0]), loose(second[0])) if first and second else None
    return Topic(weights, dict(partners), names, kin, foreign, last, placed, surfaces, order, home, title, heads, apart,
                 head, bare, nisbas, ta, platforms, elsewhere, construct_head, body_head, regional, person,
                 _club_abroad(raws, analyzer, index), spelled, family, givens, markers if person else frozenset(), national,
                 kinds, region, general, head_forms=head_forms, places=places,
                 places_written=frozenset(_written(raw) for raw in raws[at + 1:]) if region else frozenset(),
                 region_short=region != "" and _written(raws[at]).startswith("ال"),
                 region_word=_region_word(raws[at]) if region else "",
                 head_written=_written(raws[0]).removeprefix("ال") if head and not head.startswith(_SPELLED)
                 and normalize(raws[0]) in _REGION_BODY_HEADS else "",
                 place_nisbas={loose(term[0]): w for raw in raws[at + 1:] if region and (w := _written(raw).removeprefix("ال"))
                               .endswith("يه") and (term := analyzer.terms_of([raw]))},
                 other_places=_other_governorates(raws[at + 1:]) if region and _region_word(raws[at]) == _REGION else frozenset(),
                 upper=loose(upper[0]) if region and _region_word(raws[at]) == _GOVERNORATE and (
                     upper := analyzer.terms_of([_REGION])) else "", club_kind=_club_kind(raws, analyzer), sonless=sonless,
                 city=_market_city(raws, analyzer), bare_family=_bare_family(raws, analyzer, person),
                 currency=_currency(raws, analyzer), adjectives=_adjectives(raws, analyzer, region))


def _currency(raws: list[str], analyzer: Analyzer) -> str:
    """The term of a currency's word heading a query of two words or more ("الليرة" of "الليرة التركية")."""
    if len(raws) < 2 or normalize(raws[0]).removeprefix("ال") not in _MONEY:
        return ""
    term = analyzer.terms_of(raws[:1])
    return loose(term[0]) if term else ""


def _bare_family(raws: list[str], analyzer: Analyzer, person: tuple[str, str] | None) -> bool:
    """A man's name whose family word the query writes without ال ("محمد عبده"): a text's word of its stem with ال
    ("محمد العبد الله") is another name (``Topic.bare_family``)."""
    if person is None or not raws or _written(raws[-1]).startswith("ال"):
        return False
    term = analyzer.terms_of([raws[-1]])
    return bool(term) and loose(term[0]) == person[1]


def _market_city(raws: list[str], analyzer: Analyzer) -> str:
    """The city's term of a market named by its city ("أبوظبي" of "سوق أبوظبي للأوراق المالية"): a text without it names
    another city's market ("سوق الكويت للأوراق المالية") or markets at large."""
    if len(raws) < 3 or normalize(raws[0]) not in _MARKET_HEADS or _written(raws[1]) not in _PLACE_NAMES | _COUNTRY_NAMES:
        return ""
    city = analyzer.terms_of(raws[1:2])
    return loose(city[0]) if city else ""


def _one_name(raws: list[str], analyzer: Analyzer) -> tuple[str, str] | None:
    """Two words of a query that are one name, whatever the archive writes beside them: an office and the general
    adjective that makes it one ("النائب العام", the prosecutor; "النائب" alone is any deputy, "العام" any year or
    public thing), and a national team named by its country ("منتخب الإمارات": the country alone is its other news, the
    team's word alone any team). Not a general body's head ("الإدارة العامة للمرور": ``Topic.general`` reads it)."""
    if len(raws) < 2:
        return None
    first, second = normalize(raws[0]), _written(raws[1])
    if not ((second in _GENERAL_ADJECTIVE and first not in _GENERAL_HEADS) or (first in _TEAM_HEADS and second in _COUNTRY_NAMES)):
        return None
    a, b = analyzer.terms_of(raws[:1]), analyzer.terms_of(raws[1:2])
    return (a[0], b[0]) if a and b and a[0] != b[0] else None


def _other_governorates(place: list[str]) -> frozenset[str]:
    """The governorates of every region but the one a region query names (``lexicon.REGION_GOVERNORATES``), each folded, its
    words without ال; none when the gazetteer does not know the query's region."""
    def folded(name: str) -> str:
        return " ".join(normalize(w).removeprefix("ال") for w in name.split())

    mine = " ".join(_written(raw).removeprefix("ال") for raw in place)
    regions = {folded(region): governorates for region, governorates in lexicon.REGION_GOVERNORATES.items()}
    if mine not in regions:
        return frozenset()
    return frozenset(folded(g) for region, governorates in regions.items() if region != mine for g in governorates)


def _given_terms(analyzer: Analyzer) -> set[str]:
    """The terms of lexicon.GIVEN_NAMES, as a text's known terms read them."""
    return {loose(t) for t in analyzer.terms(" ".join(lexicon.GIVEN_NAMES))}


def _spelled_words(raws: list[str], analyzer: Analyzer) -> set[str]:
    """The query's words the analyzer drops whole, folded as written, when every other word is the query's first and a
    head ("شركة كيا": "كيا" reads as ك + the stopword يا): without them the query is its head alone."""
    dropped = {_spelled(raw) for raw in raws if not analyzer.terms_of([raw])}
    kept = [raw for raw in raws if analyzer.terms_of([raw])]
    if dropped and kept == raws[:1] and normalize(raws[0]) in _LONE_HEADS:
        return dropped
    if raws and not analyzer.terms_of(raws[:1]) and normalize(raws[0]) in _REGION_BODY_HEADS:
        return {_written(raws[0])}  # "بلدية" of "بلدية محافظة الزلفي" (ب and the stopword لديه): the body's head, its ب kept
    return set()


def _never_written(query: str, analyzer: Analyzer, index: PassageIndex) -> set[str]:
    """The terms of a short query's words (a name: three words at most, not a question) that no passage holds in any
    form the topic reads: bare, with a one-letter preposition, or without the conjunction or preposition the query
    writes ("أتاتورك" of "مطار أتاتورك" when no page names the airport). Not with ال: the stemmer keeps a final ك
    there, so "الأتاتوركية" (a doctrine) would be the airport's word."""
    words = TOKEN_RE.findall(_prepared(QUOTED.sub(" ", query).replace('"', " ")))
    if len(words) > 3:
        return set()
    out = set()
    for raw in words:
        term = analyzer.terms_of([raw])
        if not term:
            continue
        w = normalize(raw)
        forms = [w] + [p + w for p in PROCLITICS] + ([w[1:]] if w[:1] in "وفبلك" and len(w) > 3 else [])
        _, freqs = index.doc_freqs({t for f in forms for t in analyzer.terms_of([f])})
        if not any(freqs.values()):
            out.add(term[0])
    return out


def _club_abroad(raws: list[str], analyzer: Analyzer, index: PassageIndex) -> tuple[str, str] | None:
    """A club query of a one-word name and a nationality other than the archive's own ("نادي القادسية الكويتي"): the
    name's term and the nationality's."""
    adjective = _written(raws[2]).removeprefix("ال").removesuffix("ه") if len(raws) == 3 else ""
    if normalize(raws[0]) not in _CLUB_CUES or adjective not in _NATIONALITY_WORDS:
        return None  # a nationality adjective, not a city's name ("نادي اتحاد جدة")
    name, nationality = analyzer.terms_of([raws[1]]), analyzer.terms_of([raws[2]])
    if not name or not nationality or loose(nationality[0]) in _home_terms(analyzer, index):
        return None  # "نادي الهلال السعودي" in a Saudi archive: its clubs are named bare
    return loose(name[0]), loose(nationality[0])


def _club_kind(raws: list[str], analyzer: Analyzer) -> tuple[str, str] | None:
    """A club query of a one-word name and a kind's adjective ("نادي أبها الأدبي", lexicon.CLUB_KIND_WORDS): the name's term
    and the kind's (``Topic.club_kind``)."""
    if len(raws) != 3 or normalize(raws[0]) not in _CLUB_CUES or normalize(raws[2]) not in _CLUB_KINDS:
        return None
    name, kind = analyzer.terms_of([raws[1]]), analyzer.terms_of([raws[2]])
    return (loose(name[0]), loose(kind[0])) if name and kind else None


_CLUB_KINDS = {normalize(w) for w in lexicon.CLUB_KIND_WORDS}
_INSTITUTIONS = {normalize(w) for w in lexicon.INSTITUTION_HEADS}
_GIVEN_NAMES = {normalize(w) for w in lexicon.GIVEN_NAMES}
_FAMILY_MARKERS = {normalize(w) for w in lexicon.NAME_HEADS}
_TITLES = {normalize(w) for w in lexicon.EPONYM_TITLES}
_PLACE_HEADS = {normalize(w) for w in lexicon.EPONYM_HEADS if w not in lexicon.OCCASION_HEADS}
_OCCASION_HEADS = {normalize(w) for w in lexicon.OCCASION_HEADS}
_MARKET_HEADS = {normalize(w) for w in lexicon.MARKET_HEADS}
_MONEY = {normalize(w) for w in lexicon.MONEY_WORDS}
_GENERAL_ADJECTIVE = {normalize("العام"), normalize("العامة")}
_TEAM_HEADS = {p + normalize(w) for w in lexicon.TEAM_HEADS for p in ("", "ال")}


def _named_for_a_person(raws: list[str]) -> bool:
    """A cup or a prize named after a person by a title ("كأس خادم الحرمين الشريفين", "جائزة الملك فيصل"): without its
    head the rest names the person (the king receives a minister), unlike a cup named by a word ("كأس السوبر": "السوبر"
    alone is still the cup)."""
    return len(raws) > 1 and normalize(raws[0]) in _OCCASION_HEADS and normalize(raws[1]) in _PERSON_TITLES


_REGION_BODY_HEADS = {normalize(w) for w in lexicon.REGION_BODY_HEADS}
_REGION = normalize("منطقة")  # a region's word (lexicon.REGION_WORDS), not a governorate's
_GOVERNORATE = normalize("محافظة")
_COMPANY = normalize("شركة")
_PLATFORMS = {normalize(w) for w in lexicon.PLATFORMS}
# A head that names nothing alone: a place's, an occasion's, a company's or a club's ("مطار", "كأس", "شركة", "نادي").
_LONE_HEADS = _PLACE_HEADS | _OCCASION_HEADS | {_COMPANY} | _CLUB_CUES


def _a_platforms_company(raws: list[str]) -> bool:
    """"شركة تويتر": the company that runs a platform; the platform's name alone is where a post was made."""
    return len(raws) > 1 and normalize(raws[0]) == _COMPANY and normalize(raws[1]) in _PLATFORMS


def _eponyms(terms: list[str], titles: set[str]) -> list[tuple[str, ...]]:
    """Institutions named after a person: "جامعة الملك سعود", "مطار الملك عبدالعزيز", "مستشفى الأمير سلطان".
    Saudi news names dozens of bodies with the same pattern (جامعة الملك خالد، مدينة الملك عبدالعزيز،
    مستشفى الملك فهد), so neither the institution and title ("جامعة الملك") nor the title and name ("الملك
    عبدالعزيز") say which one is meant: only the three together do."""
    return [tuple(terms[i - 1:i + 2]) for i in range(1, len(terms) - 1) if terms[i] in titles]


_REGIONAL_STEMS = {normalize(form).removesuffix("ي") for forms in lexicon.REGIONAL_ADJECTIVES for form in forms.split()}


def _adjectives(raws: list[str], analyzer: Analyzer, region: str) -> dict[str, str]:
    """``Topic.adjectives``: each nisba the query writes with ال right after a word with ال ("العام الدراسي"), not a
    nation's ("السعودي"), a region's or the world's ("الخليجي", "الدولي": the body's full name
    writes "لدول الخليج"), nor a region query's place ("المنطقة الشرقية", ``Topic.place_nisbas``) → its stem as written."""
    out = {}
    for before, raw in zip(raws, raws[1:]):
        w = _written(raw)
        if not (w.startswith("ال") and w.endswith("ي") and _written(before).startswith("ال")) or _a_nation(raw) or (
                raw.endswith("ى")):  # "الأقصى", "الأعلى": a folded ى, no nisba
            continue
        stem = w.removeprefix("ال").removesuffix("ي")
        term = analyzer.terms_of([raw])
        if len(stem) >= 3 and stem not in _REGIONAL_STEMS and term and not (region and loose(term[0]) == region):
            out[loose(term[0])] = stem
    return out
