"""The words that stand beside a name or a noun to say what it is, read apart on each side: a title's own word
("وزير الإسكان سامي العلي"), a title written once or twice ("ولي العهد" / "ولي ولي العهد"), the office a list gives
each of its names ("X وزير الطاقة وY الأمين العام", "X بطل الدوري، وY بطل الكأس"), a noun's nationality ("الجنسية
البرتغالية"), the body a spokesman speaks for ("المتحدث باسم الشرطة"), a person's company or family ("شركة ترامب" is
not ترامب: :func:`body_of_the_person`). A claim that hands one of them to another name
or noun is not told by the sentence: each check closes every route to "supported"
(:mod:`akhbar.verify_routes`) and names what the source writes (:mod:`akhbar.verify_reasons`)."""

from __future__ import annotations

import re

from . import lexicon
from .align import Alignment, Word, is_title
from .arabic import normalize, without_conjunction
from .event_order import orders_events
from .qa.match import bare
from .verify_clauses import sentence_of
from .wordfacts import ARTICLE
from .wordtables import people_key


def title_of_another(a: Alignment) -> tuple[str, str] | None:
    """The word between a title and the name after it ("وزير التعليم سامي العلي") linked elsewhere, while the sentence
    writes the same title before the same name with a word of its own between ("وزير الصحة سامي العلي"): the claim
    gives the person another office (TRUST BUG, held out 23: "وعرض المشروع وزير النقل مصطفى مدبولي", "النقل" borrowed
    from "ونقل الوزارات" of the next sentence, where the source says "وزير الإسكان"). (claim's word, the source's), or
    None. Not a contradiction of its own: two words of one office ("رئيس الحكومة" / "رئيس الوزراء") may name it alike."""
    words, ev = a.claim.words, a.evidence.words
    for i in range(len(words) - 2):
        head, word, name = words[i], words[i + 1], words[i + 2]
        # (a name the checker knows, or the given name before one: "سامي العلي")
        named = name.name or (i + 3 < len(words) and words[i + 3].name and words[i + 3].pos == name.pos + 1)
        if not is_title(head) or word.name or not named or name.place or word.pos != head.pos + 1 or name.pos != head.pos + 2:
            continue  # (a place after the title is no holder of it: "زار وزير الخارجية لندن")
        at_head, at_word, at_name = a.links.get(i), a.links.get(i + 1), a.links.get(i + 2)
        if at_head is None or at_name is None or (at_word is None and i + 1 not in a.known):
            continue  # (the word linked elsewhere in the pair, or borrowed from the article)
        its_head, its_name = ev[at_head.evidence], ev[at_name.evidence]
        lo, hi = sentence_of(ev, at_head.evidence)  # (a pair counts each sentence's positions from 0)
        own = next((n for n in range(lo, hi) if ev[n].pos == its_head.pos + 1), None)
        if at_name.evidence not in range(lo, hi) or its_name.pos != its_head.pos + 2 or own is None or ev[own].name \
                or ARTICLE.match(ev[own].norm) is None or (at_word is not None and own == at_word.evidence):
            continue  # (the title's own word is a noun with its article: "وزير الإسكان", not "الوزير سيزور")
        if not (word.keys & ev[own].keys or word.syn & ev[own].syn):
            return word.text, ev[own].text
    return None


_TOKEN = re.compile(r"[\u0621-\u064A]+")


def _titles(text: str) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """The (word, next word) pairs of ``text`` whose word is written twice ("ولي ولي العهد", "نائب نائب الرئيس"), and those
    whose word is written once ("ولي العهد"; "وولي العهد" with its "و"), each with the words as written."""
    written = _TOKEN.findall(text)
    tokens = [normalize(t) for t in written]
    doubled, single = {}, {}
    for k in range(len(tokens) - 1):
        forms = {tokens[k]} | ({tokens[k][1:]} if tokens[k][:1] in "وف" and len(tokens[k]) > 3 else set())
        before = tokens[k - 1] if k else ""
        for form in forms:
            if len(form) < 3:
                continue
            if k + 2 < len(tokens) and tokens[k + 1] == form:
                doubled[(form, tokens[k + 2])] = f"{written[k + 1]} {written[k + 1]} {written[k + 2]}"  # (without its "و")
            elif before != form and not (before[:1] in "وف" and before[1:] == form):
                single[(form, tokens[k + 1])] = " ".join(written[k:k + 2])
    return doubled, single


def title_doubled(a: Alignment) -> tuple[str, str] | None:
    """A title the claim writes with a word once where the sentence writes it twice, or the other way round: "وكان محمد
    بن سلمان حينها ولي العهد" against "أعلن ولي ولي العهد آنذاك الأمير محمد بن سلمان" (TRUST BUG, held out 25: supported;
    the deputy crown prince is not the crown prince, nor a vice president's deputy the vice president). "ولي" reads as
    a particle and drops out of the words, and "نائب" twice links to one "نائب": the words alone see the same title.
    Not where the sentence also writes the title as the claim does. (the claim's title, the sentence's), or None."""
    claim_doubled, claim_single = _titles(a.claim.text)
    its_doubled, its_single = _titles(a.evidence.text)
    for key in sorted(claim_single.keys() & its_doubled.keys() - its_single.keys()):
        return claim_single[key], its_doubled[key]
    for key in sorted(claim_doubled.keys() & its_single.keys() - its_doubled.keys()):
        return claim_doubled[key], its_single[key]
    return None


def office_of_another_name(a: Alignment) -> tuple[str, str] | None:
    """The title written right after the claim's name ("ماركو بيلي وزير الثقافة") linked to a title the sentence
    writes right after another word of its own, while the sentence follows the claim's name with an office of its
    own: "بحضور أنطونيو ريفاس وزير الثقافة الإسباني وماركو بيلي الأمين العام لاتحاد الناشرين" / "بحضور ماركو بيلي
    وزير الثقافة الإسباني" (the lead's round-35 reading of real news, such a claim supported at 0.99: the list gives
    each name its own office, and the claim hands one man the other's). Neither name need be one a list knows. (the claim's
    name word, the sentence's word before the title), or None."""
    words, ev = a.claim.words, a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i in range(len(words) - 1):
        name, title = words[i], words[i + 1]
        # (a name, or the last part of one: "ماركو بيلي", the given name known)
        named = name.name or name.person or (i > 0 and words[i - 1].person and words[i - 1].pos == name.pos - 1)
        if title.pos != name.pos + 1 or not _office(title) or not named or i not in a.links or i + 1 not in a.links:
            continue
        its_name, its_title = a.links[i].evidence, a.links[i + 1].evidence
        lo, hi = sentence_of(ev, its_title)
        if not lo <= its_name < hi or ev[its_name].pos + 1 == ev[its_title].pos:
            continue
        before = _at(ev, lo, hi, ev[its_title].pos - 1)
        own = _at(ev, lo, hi, ev[its_name].pos + 1)
        if before is None or own is None or before in said or own in said:
            continue
        other, office = ev[before], ev[own]
        # (the word before the title a name's last part, no noun with its article nor a new item of a list; the
        # word after the claim's name an office: a title, or a noun with its article, "الأمين العام")
        if ARTICLE.match(other.norm) is None and other.norm[:1] != "و" and not _office(other) \
                and (_office(office) or ARTICLE.match(office.norm) is not None):
            return name.text, other.text
    return None


def nationality_of_another_noun(a: Alignment) -> tuple[str, str] | None:
    """The nationality written right beside a word of the claim (after a noun, "الجنسية البرازيلية", or before a name,
    "البرازيلي رونالدو") linked elsewhere, while the sentence writes that word with another nationality on the same
    side: "المهاجم البرازيلي رونالدو سيلفا الذي حصل على الجنسية البرتغالية" / "حصل البرتغالي رونالدو سيلفا على
    الجنسية …" (the lead's round-35 reading of real news, such claims supported at 0.79 and 0.80: a player's own
    nationality is not the one he acquired). (the claim's nationality, the sentence's), or
    None."""
    words, ev = a.claim.words, a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i in range(len(words) - 1):
        for word, nationality, side in ((i, i + 1, 1), (i + 1, i, -1)):
            key = _adjective(words[nationality])
            if words[i + 1].pos != words[i].pos + 1 or key is None or _adjective(words[word]) is not None \
                    or words[word].place or word not in a.links or nationality not in a.links:
                continue
            its_word, its_nationality = a.links[word].evidence, a.links[nationality].evidence
            lo, hi = sentence_of(ev, its_word)
            own = _at(ev, lo, hi, ev[its_word].pos + side)
            beside = _at(ev, lo, hi, ev[its_nationality].pos - side)
            if beside is not None and ev[beside].keys & words[word].keys:
                continue  # (the sentence writes the claim's pair too: "مع شركة ألمانية وألغت عقداً مع شركة فرنسية")
            # (the claim's nationality linked to one the sentence writes as a nationality too, not a country; the
            # sentence's own one no claim word is linked to: "طائرات سورية وروسية" lists both)
            if own is None or own in said or _adjective(ev[its_nationality]) is None:
                continue
            # (after a noun, the nationality may follow a word of the noun's own: "نظيره المنتخب العراقي" / "نظيره
            # الأردني", the lead's real news, round 38, where the other nationality was a city's; supported at 0.97)
            # (not where the claim's own nationality stands in that phrase: "مهاجم بورتو البرتغالي الكولومبي …")
            near = side == 1 and 0 < ev[its_nationality].pos - ev[its_word].pos <= 3
            after = _at(ev, lo, hi, ev[its_word].pos + 2) if side == 1 and _adjective(ev[own]) is None and not near else None
            own = after if after is not None and after not in said else own
            its_key = _adjective(ev[own])
            if its_key is not None and its_key != key:
                return words[nationality].text, ev[own].text
    return None


_NISBA = re.compile(r"ي(?:ه|ون|ين|ات|ان|تان|تين)?$")  # (folded: "الفنزويلية" ends "يه")


def _adjective(w: Word) -> int | None:
    """Which nationality the word names as an adjective ("الفنزويلي", "سورية"), None for a country ("المغرب" is found by
    the stem of "مغربي") or any other word."""
    return None if w.place or _NISBA.search(w.norm) is None else people_key(w.text)


def office_words_crossed(a: Alignment) -> tuple[str, str] | None:
    """Two names each with its own head or title, the heads' words exchanged by the claim: "يواجه النصر بطل الدوري،
    والأهلي بطل الكأس" / "يواجه النصر بطل الكأس والأهلي بطل الدوري" (the lead's round-34 real news, such a claim
    supported at 0.97), "قررت بلدية العين تزويد بلدية الظفرة بالمياه" turned round (round 35, 0.96). A claim's
    head is linked to the sentence's head after the same word, the word after it to the word after the sentence's
    other writing of that head, and the claim's other writing of the head to the word this one has. (the claim's
    word, the word the sentence writes after that head), or None."""
    words, ev = a.claim.words, a.evidence.words
    for i in range(1, len(words) - 1):
        named, title, word = words[i - 1], words[i], words[i + 1]
        if word.pos != title.pos + 1 or named.pos != title.pos - 1 or i not in a.links or i + 1 not in a.links \
                or i - 1 not in a.links:
            continue
        its_title, its_word = a.links[i].evidence, a.links[i + 1].evidence
        lo, hi = sentence_of(ev, its_title)
        own = _at(ev, lo, hi, ev[its_title].pos + 1)
        other = _at(ev, lo, hi, ev[its_word].pos - 1)
        if own is None or other is None or own == its_word or other == its_title or not lo <= its_word < hi \
                or ev[a.links[i - 1].evidence].pos != ev[its_title].pos - 1:
            continue  # (the claim's name is the one before the sentence's title too)
        # (the claim writes the title twice, its other writing with the word the sentence gives this one: the two
        # pairs crossed, not one noun of a sentence that writes it twice linked to its first writing, "رفعت الحكومة
        # أسعار الوقود وخفضت أسعار الكهرباء" / "خفضت الحكومة أسعار الكهرباء")
        crossed = any(k != i and k + 1 in a.links and words[k].keys & title.keys and a.links[k + 1].evidence == own
                      for k in range(len(words) - 1))
        # (an ordering word may tell the same pairs from the other end: "وصل الوفد السعودي قبل الوفد الكويتي" /
        # "وصل الوفد الكويتي بعد الوفد السعودي"; and so may a win told as a loss: "انتصر فريق الهلال على فريق النصر" /
        # "هُزم فريق النصر أمام فريق الهلال", whose roles the aligner reads)
        if crossed and ev[other].keys & title.keys and not ev[own].keys & word.keys and a.claim.frame == a.evidence.frame \
                and not orders_events(a.claim) and not orders_events(a.evidence):
            return word.text, ev[own].text
    return None


_IN_THE_NAME_OF = normalize("باسم")


def body_of_another_speaker(a: Alignment) -> tuple[str, str] | None:
    """The body a spokesman speaks for, the word right after "باسم", another than the sentence's after the same linked
    "باسم": "قال المتحدث باسم الشرطة" / "قال المتحدث باسم الجيش" (the lead's round-35 reading of real news, such a
    claim supported at 0.89 by the model with "الجيش" unlinked). (the claim's body, the sentence's), or None."""
    words, ev = a.claim.words, a.evidence.words
    for i in range(len(words) - 1):
        if without_conjunction(words[i].norm) != _IN_THE_NAME_OF or i not in a.links or words[i + 1].pos != words[i].pos + 1:
            continue
        its = a.links[i].evidence
        lo, hi = sentence_of(ev, its)
        own = _at(ev, lo, hi, ev[its].pos + 1)
        body = words[i + 1]
        if own is not None and not (body.keys & ev[own].keys or body.syn & ev[own].syn):
            return body.text, ev[own].text
    return None


_BODY_HEADS = frozenset(normalize(w) for w in lexicon.NATIONAL_BODIES if " " not in w and not w.startswith("ال"))


def body_named_otherwise(a: Alignment) -> tuple[str, str] | None:
    """A body's head written in construct ("وزارة", "هيئة": lexicon.NATIONAL_BODIES) linked to the sentence's, the word
    that names it right after it found nowhere in the sentence, while the sentence names its body with a word of its own:
    "المتحدث باسم وزارة الداخلية" / "المتحدث باسم وزارة النقل" (the lead's real news, round 38 dev: such a claim
    supported at 0.87, "most of the claim" found). (the claim's body, the sentence's), or None. A word the sentence has elsewhere ("وزارة
    التعليم" / "وزارة التربية والتعليم") is left to the aligner."""
    words, ev = a.claim.words, a.evidence.words
    for i in range(len(words) - 1):
        head, body = words[i], words[i + 1]
        # ("وزارة" opens on the letter of "و": as written first)
        if not {head.norm, without_conjunction(head.norm)} & _BODY_HEADS or i not in a.links or i + 1 in a.links \
                or body.pos != head.pos + 1:
            continue
        its = a.links[i].evidence
        if not {ev[its].norm, without_conjunction(ev[its].norm)} & _BODY_HEADS:
            continue  # (the sentence's head in construct too: "الهيئة بموجب …" names no body after it)
        lo, hi = sentence_of(ev, its)
        own = _at(ev, lo, hi, ev[its].pos + 1)
        if own is not None and not (body.keys & ev[own].keys or body.syn & ev[own].syn):
            return f"{head.text} {body.text}", f"{ev[its].text} {ev[own].text}"
    return None


_OFFICES = frozenset(normalize(w) for w in lexicon.APPOSITION_OFFICES)


def _office(w: Word) -> bool:
    return bare(w.norm) in _OFFICES or w.norm in _OFFICES


def _at(ev: list[Word], lo: int, hi: int, pos: int) -> int | None:
    """The index of the word of ``ev[lo:hi]`` (one sentence) at token position ``pos``, or None."""
    return next((k for k in range(lo, hi) if ev[k].pos == pos), None)


def office_unfound(a: Alignment) -> tuple[str, str] | None:
    """A title of office (lexicon.APPOSITION_OFFICES) the claim writes before a body ("رئيس محكمة جازان", "رئيس هيئة
    كبار العلماء"), no word of the sentence meeting it, while the sentence writes another word of its own before that body
    ("قاضي الاستئناف بمحكمة جازان", "وعضو هيئة كبار العلماء": the lead's real news, round 42 held out, now dev, had both
    claims supported at 0.9; a judge or a member is no president). Not before a name ("الرئيس بوتين" where the sentence
    writes "بوتين": who he is may be told elsewhere). (the claim's title and body, the sentence's), or None."""
    words, ev = a.claim.words, a.evidence.words
    said = {link.evidence for link in a.links.values()}
    for i in range(len(words) - 1):
        title, body = words[i], words[i + 1]
        if not _office(title) or i in a.links or i in a.known or body.pos != title.pos + 1 or i + 1 not in a.links \
                or body.name or body.person:
            continue
        its = a.links[i + 1].evidence
        lo, hi = sentence_of(ev, its)
        before = _at(ev, lo, hi, ev[its].pos - 1)
        if before is not None and before not in said and not ev[before].name:
            return f"{title.text} {body.text}", f"{ev[before].text} {ev[its].text}"
    return None


_CREDITS = frozenset(bare(normalize(w)) for w in lexicon.CREDIT_LABELS)
_CREDIT_ENDS = re.compile(r"[)(\]\[–—\-،,.:؛|]")


def name_of_a_credit(a: Alignment) -> tuple[str, str] | None:
    """The claim's doer (the words right after its verb) linked to a name the sentence gives after a credit's label
    and its colon ("(تصوير: سامي الحربي) زار وفد الغرفة المصنع …" / "زار سامي الحربي المصنع …": the lead's real news,
    round 36, supported; he took the pictures). The names of a byline or a credit did nothing the sentence tells.
    (the claim's name, the label), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None or not a.claim.words or a.claim.words[0].pos or 0 not in a.links:
        return None
    text = a.evidence.text
    credited: dict[int, str] = {}
    for k, t in enumerate(tokens[:-1]):
        if bare(without_conjunction(t.norm)) not in _CREDITS or ":" not in text[t.end:tokens[k + 1].start]:
            continue
        for n in range(k + 1, min(k + 4, len(tokens))):
            credited[n] = t.text
            if n + 1 < len(tokens) and _CREDIT_ENDS.search(text[tokens[n].end:tokens[n + 1].start]):
                break
    verb = a.evidence.words[a.links[0].evidence]
    if not credited or verb.pos in credited:
        return None
    for i in (1, 2):  # (the doer's given name and family name, whether or not a list knows them)
        link = a.links.get(i)
        word = a.claim.words[i] if i < len(a.claim.words) else None
        if word is None or link is None or word.pos != i:
            break
        if a.evidence.words[link.evidence].pos in credited:
            return word.text, credited[a.evidence.words[link.evidence].pos]
    return None


_WORK_CREDITS = frozenset(bare(normalize(w)) for w in lexicon.WORK_CREDITS)


def _work_credit(w: Word) -> bool:
    return bare(without_conjunction(w.norm)) in _WORK_CREDITS or without_conjunction(w.norm) in _WORK_CREDITS


def credit_of_another_name(a: Alignment) -> tuple[str, str] | None:
    """A part of a work's making the claim credits a name with ("من تأليف خالد الراشد"), both linked, while the sentence
    writes another part right before that name ("من تأليف ماجد السالم وإخراج خالد الراشد": the lead's real news, round
    42 held out, now dev, had such a claim supported at 0.95; the director did not write it). (the claim's credit and
    name, the sentence's), or None."""
    words, ev = a.claim.words, a.evidence.words
    for i in range(len(words) - 1):
        credit, name = words[i], words[i + 1]
        if not _work_credit(credit) or name.pos != credit.pos + 1 or i not in a.links or i + 1 not in a.links:
            continue
        its = a.links[i + 1].evidence
        lo, hi = sentence_of(ev, its)
        before = _at(ev, lo, hi, ev[its].pos - 1)
        if before is not None and before != a.links[i].evidence and _work_credit(ev[before]) \
                and not (ev[before].keys & credit.keys):
            return f"{credit.text} {name.text}", f"{ev[before].text} {ev[its].text}"
    return None


_RELATIVES = frozenset(normalize(w) for w in lexicon.RELATIVE_PRONOUNS)


def relative_of_another_noun(a: Alignment) -> tuple[str, str] | None:
    """The claim's noun and its adjective ("القناة الجديدة") with words the sentence says only in the relative clause
    of the same noun with another adjective ("المستشفى الجديد الذي يجاور المستشفى القديم الذي تبلغ سعته 300 سرير" /
    "تبلغ سعة المستشفى الجديد 300 سرير": the kind the lead's real news showed in round 36, supported; the 300 beds are
    the old hospital's). At least two of the claim's other words, and all of them, in that clause. (the claim's noun
    phrase, the sentence's), or None."""
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None
    cw, ev = a.claim.words, a.evidence.words
    at = {w.pos: k for k, w in enumerate(ev)}
    linked = {link.evidence for link in a.links.values()}
    relatives = [r for r, token in enumerate(tokens) if token.norm in _RELATIVES]
    if not relatives:
        return None
    for i in range(len(cw) - 1):
        noun, adjective, n, j = cw[i], cw[i + 1], a.links.get(i), a.links.get(i + 1)
        if n is None or j is None or adjective.pos != noun.pos + 1 or not ARTICLE.match(noun.norm) \
                or not ARTICLE.match(adjective.norm):
            continue
        others = [link.evidence for k, link in a.links.items() if k not in (i, i + 1)]
        for r in relatives:
            n2, a2 = at.get(r - 2), at.get(r - 1)
            first = next((k for k, w in enumerate(ev) if w.pos > r), None)  # (the clause's first word: "تبلغ" is none)
            if n2 is None or a2 is None or first is None or n2 == n.evidence \
                    or a2 in linked or not ev[n2].keys & noun.keys or ev[a2].keys & adjective.keys \
                    or not ARTICLE.match(ev[a2].norm):
                continue
            # (the clause runs to the next relative pronoun: "الذي يجاور المستشفى القديم الذي تبلغ سعته …")
            end = next((q for q in range(r + 1, len(tokens)) if tokens[q].norm in _RELATIVES), len(tokens))
            clause = ev[first].clause
            if len(others) >= 2 and all(ev[k].clause == clause and r < ev[k].pos < end for k in others):
                return f"{noun.text} {adjective.text}", f"{ev[n2].text} {ev[a2].text}"
    return None


_CARRIED = {normalize(p + q): normalize(p) for p in ("ل", "إلى", "في", "ب", "على", "من", "عن", "مع") for q in ("ه", "ها", "هم", "هما")}
_TO = frozenset(normalize(p) for p in ("ل", "إلى"))  # one party either way ("انضم إليه" / "انضم للنادي")
_ANTECEDENT_WORDS = 3  # how far before the relative pronoun its noun may start ("قناة روتانا خليجية التي")


def object_of_a_relative(a: Alignment) -> tuple[str, str] | None:
    """The claim's verb told in a relative clause whose preposition carries the pronoun of the noun before it, while
    the claim puts, after the same preposition, another noun the sentence names before that clause: "غادر نادي الهلال
    إلى نادي الاتفاق الذي انضم إليه عام 2019" tells no "انضم إلى نادي الهلال عام 2019" (the lead's real news, round 37:
    supported; the player joined the other club). Not a word the claim links inside the clause ("المرة الأولى التي
    تقام فيها البطولة في نوفمبر" tells "تقام البطولة في نوفمبر"). (the claim's noun phrase, the noun the clause speaks
    of), or None."""
    first = a.links.get(0)
    if first is None or first.strength < 0.95 or a.claim.words[0].pos:
        return None
    tokens = a.evidence.positioned_tokens()
    if tokens is None:
        return None
    at = a.evidence.words[first.evidence].pos
    if at < 2 or at + 1 >= len(tokens) or tokens[at - 1].norm not in _RELATIVES or tokens[at + 1].norm not in _CARRIED:
        return None
    carried = _CARRIED[tokens[at + 1].norm]
    span: list[int] = []
    for k in range(at - 2, max(at - 2 - _ANTECEDENT_WORDS, -1), -1):
        if tokens[k].stop:
            break
        span.insert(0, k)
    start = next((i for i, w in enumerate(a.claim.words) if i and w.role
                  and (w.role == carried or {w.role, carried} <= _TO)), None)
    if not span or start is None:
        return None
    # (the noun and the name or noun with its article it is in construct with: "نادي الهلال"; not an adjective,
    # "أحياء قريبة من المتحف")
    phrase = [start]
    while phrase[-1] + 1 < len(a.claim.words) and a.claim.words[phrase[-1] + 1].pos == a.claim.words[phrase[-1]].pos + 1 \
            and (a.claim.words[phrase[-1] + 1].name or ARTICLE.match(a.claim.words[phrase[-1] + 1].norm) is not None):
        phrase.append(phrase[-1] + 1)
    antecedent = [w for w in a.evidence.words if w.pos in span]
    for i in phrase:
        link, w = a.links.get(i), a.claim.words[i]
        if link is None:
            continue
        e = a.evidence.words[link.evidence]
        if e.pos < span[0] and not any(w.keys & x.keys for x in antecedent):
            return " ".join(a.claim.words[k].text for k in phrase), " ".join(tokens[k].text for k in span)
    return None


_BODIES = frozenset(normalize(w) for w in lexicon.PERSONS_BODIES)
_BODY_NAMES = frozenset(normalize(w) for w in lexicon.BODY_NAMES)  # ("أرامكو": "شركة أرامكو" is the firm itself)


def body_of_the_person(a: Alignment) -> tuple[str, str] | None:
    """(what the claim says, what the sentence says) when a person's name is linked on both sides and one side writes a
    body of that person right before it ("شركة ترامب", "عائلة الضحية" no: a person's name only; lexicon.PERSONS_BODIES)
    while the other writes no such word there: "شركة ترامب تقاضي الصحيفة" / "ترامب يقاضي الصحيفة" tell two doers
    (round 37's left-out TRUST BUG, supported at 0.88, and the other way round at 0.83). Else None."""
    words, ev = a.claim.words, a.evidence.words
    for i, link in a.links.items():
        c, j = words[i], link.evidence
        if not (c.person and ev[j].person) or bare(c.norm) in _BODY_NAMES or without_conjunction(c.norm) in _BODY_NAMES:
            continue
        claim_body = _body_before(words, i)
        its_body = _body_before(ev, j)
        if (claim_body is None) == (its_body is None):
            continue  # (both bare, or both a body: "مؤسسة" / "شركة" may name one firm)
        said = (f"{claim_body.text} " if claim_body else "") + c.text
        told = (f"{its_body.text} " if its_body else "") + ev[j].text
        return said, told
    return None


def _body_before(words: list[Word], k: int) -> Word | None:
    """The word of lexicon.PERSONS_BODIES written right before the word at ``k``, or None."""
    if not k or words[k - 1].pos != words[k].pos - 1:
        return None
    head = words[k - 1]
    return head if without_conjunction(head.norm) in _BODIES else None


_HEADS_OF_A_BODY = frozenset(bare(normalize(w)) for w in (*lexicon.DIRECTOR_HEADS, "رئيس", "الرئيس", "رئيسة", "الرئيسة"))
_IN = normalize("في")


def office_of_a_part(a: Alignment) -> tuple[str, str] | None:
    """(the claim's office and body, the sentence's office and its own word) where the claim writes a head's title and
    a body right after it ("مدير مستشفى الملك خالد") and the sentence heads a part of that body ("مدير العيادات
    الخارجية في مستشفى الملك خالد"; a false claim of the lead's real news, round 45's dev batch 28, was supported so at
    0.97). The sentence's word after the title is no claim word's, and the body comes after "في" within a few words."""
    cw, ev = a.claim.words, a.evidence.words
    tokens = a.evidence.text_tokens()
    said = {link.evidence for link in a.links.values()}
    for i, c in enumerate(cw[:-1]):
        office, body = a.links.get(i), a.links.get(i + 1)
        if office is None or body is None or min(office.strength, body.strength) < 0.95 \
                or bare(c.norm) not in _HEADS_OF_A_BODY or cw[i + 1].pos != c.pos + 1:
            continue
        j = office.evidence + 1
        if j >= len(ev) or j in said or ev[j].name or ev[j].pos != ev[office.evidence].pos + 1 or body.evidence <= j:
            continue
        between = [t.norm for t in tokens[ev[j].pos + 1:ev[body.evidence].pos]]
        if len(between) <= 4 and _IN in between:
            return f"{c.text} {cw[i + 1].text}", f"{ev[office.evidence].text} {ev[j].text}"
    return None
