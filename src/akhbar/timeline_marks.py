"""How a timeline query's ``Topic`` reads a text word by word (``mark_terms``, for ``Topic.terms``): which of the text's
terms name another body, another country's, another region's or a partner of another's deed, marked before
``Topic.coverage`` weighs them.

A marked term counts nothing ("≠"), or is another country's (``timeline_nations.ABROAD``), a word between a name and its
country (``BETWEEN``) or the query's body as a partner (``timeline_passing.PARTNER``). What each rule reads is told in
``timeline_topic``'s docstring; the helpers here find where a text names the query's head as another's
(``_official_name``, ``_head_elsewhere``, ``_another_region``), a governorate's body as its region's branch (``_branch``) or
short by its city (``_short_name``), a short quoted title (``_namesakes``), a list of platforms (``platforms_listed``) and
another region's governorate (``another_governorate``). Most sentences hold none of what the rules read and skip the pass.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .arabic import TOKEN_RE, Analyzer, normalize
from .timeline_nations import ABROAD as _ABROAD
from .timeline_nations import ADJECTIVE as _ADJECTIVE
from .timeline_nations import BETWEEN as _BETWEEN
from .timeline_nations import COMMON_CLUB_NAMES as _COMMON_CLUB_NAMES
from .timeline_nations import COUNTRIES as _COUNTRIES
from .timeline_nations import COUNTRY_WORD as _COUNTRY_WORD
from .timeline_nations import IN_WORDS as _IN
from .timeline_nations import STATES as _STATES
from .timeline_nations import a_nation as _a_nation
from .timeline_nations import loose
from .timeline_nations import region_word as _region_word
from .timeline_nations import written as _written
from .timeline_passing import BODY_PARTNER_CUE as _BODY_PARTNER_CUE
from .timeline_passing import LANDMARK_CUE as _LANDMARK_CUE
from .timeline_passing import PARTNER as _PARTNER
from .timeline_passing import PARTNER_CUE as _PARTNER_CUE
from .timeline_passing import SECOND_TITLE as _SECOND_TITLE
from .timeline_passing import another_general, landmark_spans
from .timeline_passing import partner_spans as _partner_spans
from .timeline_passing import second_title_spans as _second_title_spans
from .timeline_words import club_cue as _club_cue
from .timeline_words import family_form as _family_form
from .timeline_words import long_list as _long_list
from .timeline_words import nisba_form as _nisba_form
from .timeline_words import one_ta_apart as _one_ta_apart
from .timeline_words import other_body as _other_body
from .timeline_words import spelled_as as _spelled_as
from .timeline_words import third_name as _third_name

if TYPE_CHECKING:
    from .timeline_topic import Topic


def another_governorate(topic: Topic, text: str) -> bool:
    """A governorate of ``other_places`` named right after a governorate's word ("بمحافظة الأحساء", "محافظة حفر الباطن")."""
    words = [normalize(w) for w in TOKEN_RE.findall(text)]
    for i, w in enumerate(words[:-1]):
        if _region_word(w) == _GOVERNORATE:
            one = words[i + 1].removeprefix("ال")
            two = f"{one} {words[i + 2].removeprefix('ال')}" if i + 2 < len(words) else ""
            if one in topic.other_places or two in topic.other_places:
                return True
    return False


SEVERAL_CURRENCIES = 3  # a text naming this many currencies tells of each as one among several


def currencies_named(text: str) -> int:
    """How many currencies (``lexicon.MONEY_WORDS``, with ال or a clitic: "واليورو", "بالدولار") a text names."""
    named = set()
    for raw in TOKEN_RE.findall(text):
        w = normalize(raw)
        for p in _MONEY_PREFIXES:
            if w.startswith(p) and w[len(p):] in _MONEY:
                named.add(w[len(p):])
                break
    return len(named)


_MONEY = {normalize(w) for w in lexicon.MONEY_WORDS}
_MONEY_PREFIXES = ("", "ال", "وال", "بال", "لل", "فال", "و", "ب", "ل")


def mark_terms(topic: Topic, analyzer: Analyzer, text: str, region_elsewhere: bool = False) -> list[str]:
    """``topic_terms`` of a text, with another country's nationality adjective (with ال: "الماليزية", not the
    country "ماليزيا", whose stem is the same) marked as such, and so another country's name right after "في"
    that follows a word ("وزارة الدفاع في اليمن": the body is Yemen's) or right after the name's last word in
    construct, a state word between or not ("وزارة خارجية مملكة البحرين": Bahrain's), and a club's name written otherwise than in the
    query (``surfaces``: "اتفاقية" for "نادي الاتفاق", "فتح باب" for "نادي الفتح"; its fans "الهلاليين" are
    its own) marked so that it counts nothing; so is a query's word inside a short quoted title with other words
    (``_namesakes``: "حملة «فرسان الحزم»" for "نادي الحزم"), and a nisba of another meaning that shares the stem of
    a plural the query writes (``apart``: "المدني" for "المدن"). The query's body right after a partner's cue ("بالتعاون
    مع", ``_PARTNER``) is marked so (another's deed, ``passing``); a general body's head and "العامة" before a word the query
    does not write are another general body (``general``); and the region said short ("بإمارة المنطقة") in a text that
    names no region of its own is the one ``region_elsewhere`` says the article's lead names, when it names another."""
    plain = topic_terms(analyzer, text)
    namesakes = _namesakes(topic, analyzer, text) if _QUOTE_MARKS.search(text) else []
    if not namesakes and not any(loose(t) in topic.foreign or loose(t) in topic.regional
                                 or loose(t) in topic.surfaces or loose(t) in topic.apart
                                 or loose(t) in topic.nisbas or loose(t) in topic.one_ta_apart
                                 or (topic.construct_head and topic._known(t) == topic.construct_head)
                                 or (topic.body_head and topic._known(t) == topic.body_head)
                                 or (topic.person and loose(t) == topic.person[1])
                                 or (topic.region and topic._known(t) == topic.region)
                                 or (topic.general and topic._known(t) == topic.general[0])
                                 or (topic.head_written and topic._known(t) == topic.head) or loose(t) in topic.place_nisbas
                                 or (topic.upper and topic._known(t) == topic.upper)
                                 or (topic.sonless and topic._known(t) == topic.sonless[1])
                                 or (topic.currency and topic._known(t) == topic.currency)
                                 or loose(t) in topic.adjectives
                                 for t in plain) and not (_BODY_PARTNER_CUE if topic.body else _PARTNER_CUE).search(
            normalize(text)) and not (not (topic.title or topic.person) and _SECOND_TITLE.search(normalize(text))) and not (
            topic.last and _COUNTRY_WORD.search(text)) and not (
            topic.spelled and any(_spelled_as(w, topic.spelled) for w in TOKEN_RE.findall(text))) and not (
            topic.head and _LANDMARK_CUE.search(normalize(text))) and not _PAPER_TAIL.search(normalize(text)) and not (
            _IDIOM.search(normalize(text))):
        return platforms_listed(topic, plain)  # most sentences: no nationality, no club name (the word-by-word
        # pass costs a third more)
    text = _prepared(text)
    out: list[str] = []
    before, end, skipped, at = "", 0, False, False
    construct, state = False, -1  # after the name's last word without ال ("خارجية"); where a state word stands
    head_at = -1  # where the query's place head stands in construct, right before the next word
    body_at = False  # ... or the query's institution head, with ال or not (``body_head``)
    words = list(TOKEN_RE.finditer(text))
    listed = _long_list(text) if topic.person else []
    short: list[int] = []  # where the region's word stands with ال ("شرطة المنطقة"): the region said short
    partner = _partner_spans(text, topic.body) + _second_titles(topic, analyzer, text)
    landmark = landmark_spans(text) if topic.head else []
    branch = _branch(topic, analyzer, text, words)
    short_name = bool(topic.upper) and _short_name(topic, analyzer, text, words)
    other_general = False  # the word before was a general head of another general body: so is its "العامة"
    several = bool(topic.currency) and currencies_named(text) >= SEVERAL_CURRENCIES
    for i, m in enumerate(words):
        raw = m.group()
        got = analyzer.terms_of([raw])
        if topic.spelled and (as_written := _spelled_as(raw, topic.spelled)) and (not got or _written(raw).startswith("ال")):
            got = [_SPELLED + as_written]  # "كيا", "البلدية" as the query writes it, a term of its own ("فلكيا" is فلك)
        after = words[i + 1].group() if i + 1 < len(words) else ""
        titled = _written(before) in _PERSON_TITLES or normalize(after) in _SONS
        next_to = not skipped and not text[end:m.start()].strip()  # no stopword nor punctuation between
        if got and got[0].startswith(_SPELLED) and next_to and normalize(raw).startswith("ال") and _written(
                before).startswith("ال"):
            got = ["≠" + got[0]]  # "للانتخابات البلدية", "الشؤون البلدية" for "بلدية محافظة الزلفي": an adjective
        in_country = at and not text[end:m.start()].strip()  # right after a name's "في": "… في ماليزيا"
        at = next_to and normalize(raw) in _IN
        of_state = construct and next_to  # "وزارة خارجية البحرين", "… خارجية مملكة البحرين": that country's
        construct = False
        cue, other, before, end, skipped = _club_cue(before), _other_body(before), raw, m.end(), not got
        if not got:
            continue
        term, written = got[0], _written(raw)
        if head_at >= 0 and next_to and topic._known(term) not in topic.weights and not (
                body_at and (loose(term) in topic.foreign or loose(term) in topic.home
                             or _official_name(topic, analyzer, text, words, i))):
            # "جامعة الدول العربية" for "جامعة الكويت", "البنك الأهلي الكويتي" for "بنك الكويت المركزي": another's name
            # (a country's adjective after an institution's head says whose it is: the rules of nationality read it)
            out[head_at] = "≠" + out[head_at]
        placed_head = bool(topic.construct_head and topic._known(term) == topic.construct_head
                           and not written.startswith("ال"))  # "لجامعة الدول" too
        body_at = not placed_head and bool(topic.body_head) and topic._known(term) == topic.body_head
        head_at = len(out) if placed_head or body_at else -1
        forms = topic.surfaces.get(loose(term))
        if (normalize(after) in _PAPER_TAILS and not text[m.end():words[i + 1].start()].strip()
                and not any(topic._known(t) in topic.weights for t in analyzer.terms_of([after]))):
            term = "≠" + term  # "صحيفة بانكوك بوست" for "تفجير بانكوك": the paper's name, not the news's place
        elif normalize(after) in _IDIOMS.get(_written(raw), ()) and not text[m.end():words[i + 1].start()].strip():
            term = "≠" + term  # "من تسول له نفسه" (whoever is tempted) for "التسول": a set phrase, no begging
        elif topic.currency and several and topic._known(term) == topic.currency:
            term = "≠" + term  # "الطلب على الدولار واليورو والجنيه والليرة التركية": one currency among several
        elif topic.sonless and topic._known(term) == topic.sonless[1] and _another_son(topic.sonless[0], words, i):
            term = "≠" + term  # "عبدالله الثاني بن الحسين" for "الأمير علي بن الحسين": another son of the father
        elif forms is not None and other and next_to:
            term = "≠" + term  # "شركة توكيلات الجزيرة", "قناة الجزيرة" for "نادي الجزيرة": another body's name
        elif any(a <= m.start() < b for a, b in namesakes):
            term = "≠" + term  # "«فرسان الحزم»": a campaign named after the word, not the club
        elif loose(term) in topic.nisbas and titled and not written.startswith("ال"):
            term = "≠" + term  # "الأمير تركي" for "تركيا" or "الجيش التركي": a man's name, not the nation's
        elif loose(term) in topic.one_ta_apart and _one_ta_apart(topic.one_ta_apart[loose(term)], raw):
            term = "≠" + term  # "نادية" for "نادي", "النادي" for "نادية": one ة apart, another word
        elif loose(term) in topic.apart and _nisba_form(written, topic.apart[loose(term)]):
            term = "≠" + term  # "الطيران المدني" for "هيئة المدن الصناعية": civil, not cities
        elif topic.person and topic._known(term) in topic.person and any(a <= m.start() < b for a, b in listed):
            term = "≠" + term  # one name of a squad list or a line-up: the man named in passing
        elif (topic.person and loose(term) == topic.person[1] and i + 1 < len(words)
              and not text[m.end():words[i + 1].start()].strip() and _third_name(after)):
            term = "≠" + term  # "محمد نور بخاري" for "محمد نور": a third name after the query's two, another man
        elif topic.upper and topic._known(term) == topic.region and not _region_word(raw) and not short_name:
            term = "≠" + term  # "محافظ جدة" for "تعليم محافظة جدة": the governor, not the governorate
        elif (topic.region and topic._known(term) == topic.region and not written.startswith("ال")
              and _another_region(topic, analyzer, text, words, i)):
            term = "≠" + term  # "بشرطة منطقة مكة المكرمة" for "شرطة منطقة عسير": another region's police
        elif (topic.region and not topic.region_short and topic._known(term) == topic.region and written.startswith("ال")
              and i + 1 < len(words) and not text[m.end():words[i + 1].start()].strip()
              and _written(after) in _REGION_ADJECTIVE_NAMES and _written(after) not in topic.places_written):
            term = "≠" + term  # "بالمنطقة الشرقية" for "هيئة الهلال الأحمر بمنطقة الرياض": another region, named
        elif topic.region and topic._known(term) == topic.region and written.startswith("ال"):
            short.append(len(out))
        elif topic.head_written and topic._known(term) == topic.head and (
                _adjective_of(written.removeprefix("ال"), topic.head_written) or _head_elsewhere(topic, analyzer, text, words, i)
                or _head_of_another(topic, analyzer, text, words, i)):
            term = "≠" + term  # "حادث مروري" for "مرور منطقة القصيم"; "للتعليم بمنطقة الرياض" for "تعليم منطقة نجران"
        elif topic.head and topic._known(term) == topic.head and any(a <= m.start() < b for a, b in landmark):
            term = "≠" + term  # "قرب مبنى أمانة منطقة حائل": a landmark of another's event
        elif loose(term) in topic.place_nisbas and written.removeprefix("ال") != topic.place_nisbas[loose(term)]:
            term = "≠" + term  # "لمنطقة الشرق الأوسط" for "… بالمنطقة الشرقية": the east, not the region
        elif loose(term) in topic.adjectives and not _adjective_form(written, topic.adjectives[loose(term)]):
            term = "≠" + term  # "دراسة" for "العام الدراسي": the stem's noun, not the query's adjective
        elif topic.bare_family and topic.person and loose(term) == topic.person[1] and written.startswith("ال"):
            term = "≠" + term  # "محمد العبد الله" for "محمد عبده": the query writes the name bare, the text another word
        elif topic.family and topic.person and loose(term) == topic.person[1] and not _family_form(written, topic.family):
            term = "≠" + term  # "عبداللطيف الخضير", "خضيرة" for "عبدالعزيز الخضيري": another name of the stem
        elif forms is not None and not any(written == f or written.removeprefix(f) in _NISBA
                                         or (cue and written == f.removeprefix("ال")) for f in forms):
            term = "≠" + term  # "اتفاقية", "فتح باب"; "نادي اتحاد جدة" is the club
        elif forms is not None and not cue and forms & _COMMON_CLUB_NAMES:
            term = "≠" + term  # "نادي الرياض": the city alone ("ملعب المدينة الرياضية بالرياض") is no club
        elif (next_to and (loose(term) in topic.foreign or loose(term) in topic.regional) and written.startswith("ال")
              and written.endswith(_ADJECTIVE)):
            term = _ABROAD + term  # "وزارة الصحة الماليزية", "البرلمان العربي"; not "الصين" (its stem is الصيني's)
        elif in_country and topic.placed and loose(term) in topic.foreign:
            term = _ABROAD + term  # "وزارة الدفاع في اليمن", "وكالة مكافحة الفساد في ماليزيا": that country's
        elif of_state and written in _COUNTRIES and loose(term) not in topic.home:
            term = _ABROAD + term  # "وزارة خارجية البحرين" for "وزارة الخارجية الإيرانية": Bahrain's ministry
            if state >= 0:
                out[state] = _ABROAD + out[state]  # "خارجية مملكة البحرين": the state word goes with its country
        elif of_state and written in _STATES:
            construct, state = True, len(out)  # a state word may stand between the name and its country
            out.append(term)
            continue
        elif (next_to and out and topic._known(out[-1]) == topic.last and written.startswith("ال") and written.endswith("يه")
              and loose(term) not in topic.weights and loose(term) not in topic.foreign and loose(term) not in topic.home):
            term = _BETWEEN + term  # "الخطوط الجوية العربية السعودية": a word of the name between it and its country
        if topic.general and not term.startswith(("≠", _ABROAD)):
            known_term = topic._known(term)
            if other_general and known_term == topic.general[1]:
                term = "≠" + term
            elif known_term == topic.general[0] and another_general(analyzer, text, words, i, topic._known, topic.general[1],
                                                                          topic.weights):
                term = "≠" + term  # "الإدارة العامة للطرق" for "الإدارة العامة للمرور": another directorate
            other_general = term.startswith("≠") and known_term == topic.general[0]
        if (any(a <= m.start() < b for a, b in partner) or m.start() in branch) and topic._known(term) in topic.weights:
            term = _PARTNER + term  # "بالتعاون مع الشرطة وإمارة المنطقة": a partner of another's deed
        if topic.last and loose(term) == topic.last and not written.startswith("ال"):
            construct = True  # the name's last word in construct: a country's name may follow
        state = -1
        out.append(term)
    if short and (region_elsewhere or topic.region_elsewhere(out)) and not any(
            topic._known(t) in topic.weights and topic._known(t) not in (topic.head, topic.region) for t in out):
        for k in short:  # "إمارة منطقة الجوف … وكيل إمارة المنطقة" for "إمارة منطقة الباحة": the region the text named,
            out[k] = "≠" + out[k]  # or, when it names none, its article's lead ("أمير منطقة عسير" in the title)
    return platforms_listed(topic, out)


def _second_titles(topic: Topic, analyzer: Analyzer, text: str) -> list[tuple[int, int]]:
    """``timeline_passing.second_title_spans`` for a body's query (not a person's), when no word outside them is one of the
    query's: "يرأس وزير المياه رئيس مجلس إدارة المؤسسة … اجتماع مجلس إدارتها" names the corporation's
    water outside the title too, and tells its board's meeting."""
    if topic.title or topic.person:
        return []
    spans = _second_title_spans(text)
    if spans and any(not any(a <= w.start() < b for a, b in spans) and (got := analyzer.terms_of([w.group()]))
                     and topic._known(got[0]) in topic.weights for w in TOKEN_RE.finditer(text)):
        return []
    return spans


def _another_son(son: str, words: list[re.Match[str]], i: int) -> bool:
    """The word at ``i`` follows "بن" (``lexicon.SON_OF``), and the word before that is not ``son`` (folded, as written): the
    father of another son ("عبدالله الثاني بن الحسين" for "علي بن الحسين")."""
    return i >= 2 and normalize(words[i - 1].group()) in _SONS and _written(words[i - 2].group()) != son


def _official_name(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]], i: int) -> bool:
    """The word after a word the query does not write, right after the query's institution head, is one of the query's
    own name words written with ال, not its head nor a country's: a longer official name of the query's body ("وزارة
    الشؤون الخارجية المغربية" for "وزارة الخارجية المغربية"), not another institution ("البنك الأهلي الكويتي": the
    next word is the country; "بنك التنمية لدول" for "البنك الدولي": a word of the query's stem, not its word). Nor when
    another country's adjective follows within the name's next words ("وزارة الشؤون الخارجية والتعاون" and Morocco's
    adjective for "وزارة الخارجية اليمنية"): that country's ministry."""
    if i + 1 >= len(words) or text[words[i].end():words[i + 1].start()].strip():
        return False
    raw = words[i + 1].group()
    got = analyzer.terms_of([raw])
    if not (got and _written(raw).startswith("ال") and topic._known(got[0]) in topic.weights
            and topic._known(got[0]) != topic.body_head and not _a_nation(raw)
            and loose(got[0]) not in topic.foreign and loose(got[0]) not in topic.home):
        return False
    for k in range(i + 2, min(i + 5, len(words))):
        if text[words[k - 1].end():words[k].start()].strip():
            break  # the name ends at a comma or a stop
        term = analyzer.terms_of([words[k].group()])
        if term and loose(term[0]) in topic.foreign:
            return False
    return True


def _branch(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]]) -> set[int]:
    """Where the words of a governorate query's body name stand right before the region's word ("هيئة الهلال الأحمر
    بمنطقة مكة المكرمة" for "هيئة الهلال الأحمر بمحافظة جدة", nothing between): the region's branch, whose deed in the
    city is near the governorate's topic (``upper``)."""
    if not topic.upper:
        return set()
    own = set(topic.order[:topic.order.index(topic.region)]) if topic.region in topic.order else set()
    out: set[int] = set()
    for i in range(1, len(words)):
        if _region_word(words[i].group()) != _REGION_LEVEL:
            continue
        j = i - 1
        while j >= 0 and not text[words[j].end():words[j + 1].start()].strip() and (
                got := analyzer.terms_of([words[j].group()])) and topic._known(got[0]) in own:
            out.add(words[j].start())
            j -= 1
    return out


def _short_name(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]]) -> bool:
    """The text names a governorate query's body short, its last word right before the governorate's name ("بلدية
    الزلفي", "الهلال الأحمر بجدة"): a governor's word there ("محافظ الزلفي") still places the body, as it did."""
    own = topic.order[topic.order.index(topic.region) - 1] if topic.region in topic.order[1:] else ""
    places = {p.removeprefix("ال") for p in topic.places_written}
    for i in range(len(words) - 1):
        if text[words[i].end():words[i + 1].start()].strip():
            continue
        got = analyzer.terms_of([words[i].group()])
        raw = words[i].group()
        mine = (got and topic._known(got[0]) == own) or (topic.spelled and _spelled_as(raw, topic.spelled))
        after = _written(words[i + 1].group())
        if mine and (after.removeprefix("ال") in places or (after[:1] in "بل" and after[1:] in places)):
            return True
    return False


def _head_elsewhere(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]], i: int) -> bool:
    """The query's head right before a region's word (nothing between) of another kind ("تعليم المحافظة" for "تعليم
    منطقة نجران": the governorate's office), or of the query's kind without ال before another name ("للتعليم بمنطقة
    الرياض"): that region's or governorate's body, whatever region the sentence names after it."""
    if not topic.region_word or i + 1 >= len(words) or text[words[i].end():words[i + 1].start()].strip():
        return False
    kind = _region_word(words[i + 1].group())
    if not kind:
        return False
    if kind != topic.region_word:
        return True
    return not _written(words[i + 1].group()).startswith("ال") and _another_region(topic, analyzer, text, words, i + 1)


def _head_of_another(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]], i: int) -> bool:
    """The query's region-body head written without ال right before a word (nothing between) the query does not write and
    that is no region's word: the head of another's name ("أمانة الإدارة", a directorate's secretariat, for "أمانة منطقة
    الباحة"; "غرفة عمليات", an operations room, for "غرفة مكة المكرمة"; "إمارة دبي")."""
    if (_written(words[i].group()).startswith("ال") or i + 1 >= len(words)
            or text[words[i].end():words[i + 1].start()].strip() or _region_word(words[i + 1].group())):
        return False
    got = analyzer.terms_of([words[i + 1].group()])
    return bool(got) and topic._known(got[0]) not in topic.weights


def _another_region(topic: Topic, analyzer: Analyzer, text: str, words: list[re.Match[str]], i: int) -> bool:
    """The word right after a region's word (nothing between) is not one of the query's, or not written as the query's
    adjective ("لمنطقة الشرق الأوسط" for "… بالمنطقة الشرقية"): another region's name."""
    if i + 1 >= len(words) or text[words[i].end():words[i + 1].start()].strip():
        return False
    got = analyzer.terms_of([words[i + 1].group()])
    return bool(got) and (topic._known(got[0]) not in topic.weights or loose(got[0]) in topic.place_nisbas and _written(
        words[i + 1].group()).removeprefix("ال") != topic.place_nisbas[loose(got[0])])


def platforms_listed(topic: Topic, terms: list[str]) -> list[str]:
    """A company's name next to a platform's ("شارك: واتساب جوجل سناب", a page's share bar; "عبر تويتر وفيسبوك")
    is one of a list of platforms, not the company the query names (``platforms``), and counts nothing."""
    if not topic.platforms:
        return terms
    listed = {i for i, t in enumerate(terms) if loose(t) in topic.platforms}
    return ["≠" + t if loose(t) in topic.weights and loose(t) != topic.head and {i - 1, i + 1} & listed else t
            for i, t in enumerate(terms)]


def _namesakes(topic: Topic, analyzer: Analyzer, text: str) -> list[tuple[int, int]]:
    """Spans (in ``_prepared(text)``) of short quoted titles, two to four words, that hold some of the query's terms
    after a word that is not one of them, and not the whole query: a programme, a campaign or an event named after the
    query's word ("«فرسان الحزم»" for "نادي الحزم", "«عاصفة الحزم»"), not what the query names ("«الاتفاق النووي
    الإيراني»" starts with the query's words: it is the deal)."""
    out = []
    for m in _SHORT_QUOTE.finditer(_prepared(text)):
        known = [topic._known(t) for t in analyzer.terms(m.group(1))]
        ours = {t for t in known if t in topic.weights}
        if (2 <= len(TOKEN_RE.findall(m.group(1))) <= 4 and ours and known[0] not in topic.weights
                and ours != set(topic.weights)):
            out.append(m.span(1))
    return out


# "عبد العزيز" as "عبدالعزيز": the query and the sentences write the same name both ways.
_SPLIT_NAME = re.compile(r"(?<!\w)([وفبلك]?(?:{}))\s+(ال\w+|(?:{})(?!\w))".format(
    "|".join(lexicon.COMPOUND_NAME_HEADS), "|".join(lexicon.COMPOUND_NAME_TAILS)))


# "جامع" (a mosque; with ال or a one-letter preposition), not "جامعة"/"جامعه": its stem is the university's.
_STEM_TWIN = re.compile(r"(?<!\w)([وفبلك]?(?:ال)?)({})(?!\w)".format("|".join(lexicon.STEM_TWINS)))


def topic_terms(analyzer: Analyzer, text: str) -> list[str]:
    """The analyzed terms of a text for topic coverage, a compound name's parts written apart joined first, and
    a word whose stem is another word's (``lexicon.STEM_TWINS``: the mosque جامع, the university جامعة) written
    as the word it means."""
    return analyzer.terms(_prepared(text))


def _prepared(text: str) -> str:
    return _STEM_TWIN.sub(lambda m: m.group(1) + lexicon.STEM_TWINS[m.group(2)], _SPLIT_NAME.sub(r"\1\2", text))


_SPELLED = "="  # marks a query's word the analyzer drops whole, read as written (``Topic.spelled``)
_QUOTE_MARKS = re.compile(r"[«“\"]")
_PAPER_TAILS = {normalize(w) for w in lexicon.NEWSPAPER_TAILS}
_IDIOMS = {normalize(verb): {normalize(w) for w in after} for verb, after in lexicon.IDIOM_VERBS.items()}
_IDIOM = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(sorted(_IDIOMS)) + r")\s")
_PAPER_TAIL = re.compile(r"\s(?:" + "|".join(sorted(_PAPER_TAILS)) + r")(?!\w)")
_SHORT_QUOTE = re.compile(r"[«“\"]([^«»“”\"\n]{2,40})[»”\"]")  # a title in quotes, not a statement
_NISBA = ("ي", "يين", "يون", "اوي", "اويين", "اويون")  # "الهلاليين", "الفتحاوي": the club's own people
_SONS = {normalize(w) for w in lexicon.SON_OF}
_REGION_ADJECTIVE_NAMES = {normalize(w) for w in lexicon.REGION_ADJECTIVE_NAMES}
_GOVERNORATE = normalize("محافظة")
_REGION_LEVEL = normalize("منطقة")
_PERSON_TITLES = {normalize(w) for w in lexicon.PERSON_TITLES}


def _adjective_form(written: str, stem: str) -> bool:
    """A text's word (``written``) is an adjective of a nisba's stem ("الدراسية", "دراسي", "بالدراسي" of "دراس"), with ال, a
    one-letter preposition or neither, not the stem's noun ("دراسة", "الدراسات")."""
    w = written.removeprefix("ال")
    return any(c.startswith(stem) and c[len(stem):] in _ADJECTIVE_ENDINGS[:-1]
               for c in (w, w[1:] if w[:1] in "بلك" else ""))


def _adjective_of(word: str, head: str) -> bool:
    """A word (folded, without ال) is the head's adjective or adverb ("مروري", "مرورية", "مروراً" of "مرور"), not the head."""
    return word != head and word.startswith(head) and word[len(head):] in _ADJECTIVE_ENDINGS


_ADJECTIVE_ENDINGS = ("ي", "يه", "يين", "يون", "يات", "ا")
