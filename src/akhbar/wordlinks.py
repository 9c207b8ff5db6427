"""How strongly one word stands for another, for the claim checker's aligner (:mod:`akhbar.align`).

A link is judged on the two words alone (their folded form, stem, keys, root, whether each is a name):
the same word or stem (1.0 / 0.95), a synonym group (0.85; two forms of one root in a group link by their root),
a win / loss word (0.85), a shared root (0.7-0.8), a soft stem or spelling match. Some pairs never link: a dual and
its singular, two given names a letter apart, an extent and another extent. :func:`index_keys` / :func:`linkable`
find the evidence words worth comparing at all.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from . import lexicon
from .arabic import normalize, strip_marks, without_conjunction
from .qa.match import bare, fuzzy, stem_match
from .wordfacts import derived_core, hal_pasts, hollow_past_whole, soft_keys, weak_roots
from .wordtables import nationality_of, strong_letters

if TYPE_CHECKING:
    from .sides import Word


_EXTENT = {normalize(w): n for n, family in enumerate(lexicon.EXTENT_ADVERBS) for w in family}


def _weak_readable(word: Word) -> bool:
    """A word that may be read by its weak root: one Arabic WordNet gives a root, or one of four letters or more
    (يقيل، قائلا، الزعماء), or a past written with its passive vowel ("عُيّن": Word.passive). A rootless word of three
    letters meets another by two letters by chance ("ديل", a name, is no "دولة")."""
    return bool(word.root) or len(bare(word.norm)) >= 4 or bool(word.passive) or bool(hollow_past_whole(word.norm))


def extent_word(word: Word) -> int | None:
    """Which extent the word tells (lexicon.EXTENT_ADVERBS: 0 the whole, 1 a part), or None."""
    norm = word.norm[1:] if word.norm[:1] in ("و", "ف") and word.norm[1:] in _EXTENT else word.norm
    return _EXTENT.get(norm)


_GIVEN_NAMES = frozenset(normalize(w) for w in lexicon.GIVEN_NAMES if " " not in w)
# (with their article, as a day is written; not "الاثنين", also "the two")
_WEEKDAY_NAMES = frozenset(normalize(w) for w in lexicon.WEEKDAYS if w != "الاثنين")
_DUALS = {normalize(d): normalize(one) for one, forms in lexicon.DUAL_NOUNS.items() for d in forms}
_DUAL_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "لل", "وب", "ول", "فب", "وبال", "ولل")


@lru_cache(maxsize=10_000)
def dual_of(norm: str) -> str:
    """The singular of a listed dual noun ("بهدفين" → "هدف"), with its clitics; "" for any other word."""
    return next((_DUALS[norm[len(p):]] for p in _DUAL_CLITICS if norm.startswith(p) and norm[len(p):] in _DUALS), "")


_LINKS: dict[tuple[str, str, bool, str, str, bool, str, str, bool, bool, str, str, int, int, int, int, bool, bool],
             tuple[float, str]] = {}


def word_link(c: Word, e: Word) -> tuple[float, str]:
    """How strongly claim word ``c`` stands for evidence word ``e``, and by what kind of link.
    A word is fully described by its folded form, its stem and whether it is a name or a person's name (the rest of
    it is derived from these), so the answer is cached on those: words repeat across sentences."""
    if (kin := kin_of(c.text)) and kin_of(e.text) and kin != kin_of(e.text):
        # a son is no daughter, a brother no sister (lexicon.KIN_WORDS): read from the words as written, before the
        # cache, whose folded key has "ابنة" (a daughter) and "ابنه" (his son) alike
        return 0.0, ""
    # (and on what the words' sentences add: the outcome of "تخطى" before a team it beat, the keys of a short noun written
    # with its tanween, "فناً": sides._word)
    key = (c.norm, c.stem, c.name, e.norm, e.stem, e.name, c.passive, e.passive, c.person, e.person, c.outcome, e.outcome,
           len(c.keys), len(e.keys), len(c.syn), len(e.syn), c.listed, e.listed)
    got = _LINKS.get(key)
    if got is None:
        if len(_LINKS) >= 200_000:  # bounded: a long run must not grow forever
            _LINKS.clear()
        got = _LINKS[key] = _link_words(c, e)
    return got


# Letters that differ by their dots only, each mapped to one shape (a word's last ي / ن drawn alike in no font: kept).
_SHAPES = str.maketrans("بتثنيجخذزشضظغفة", "ببببب" + "ححدرسصطعقه")


def _same_letters_but_dots(a: str, b: str) -> bool:
    """Two folded words of five letters or more, without their clitics, that differ and are drawn alike without dots."""
    a, b = bare(a), bare(b)
    return a != b and len(a) >= 5 and len(a) == len(b) and a.translate(_SHAPES) == b.translate(_SHAPES)


def _first_letter_apart(a: str, b: str) -> bool:
    """Two folded words, without their clitics, of one length that differ in their first letter only: a verb's
    person prefix ("يطلب" / "تطلب") when they are verbs, another word when one is a name (the stem matcher drops a
    first ي or ت as such a prefix, so "تونس" met "يونس")."""
    a, b = bare(a), bare(b)
    return len(a) >= 3 and len(a) == len(b) and a[0] != b[0] and a[1:] == b[1:]


def _dual_and_one(two: str, one: str) -> bool:
    """``two`` is the dual of ``one`` by its ending, any noun (lexicon.DUAL_NOUNS lists the ones whose dual also
    ends otherwise): "لاعبان" of "لاعب", "سيارتان" / "سيارتين" of "سياره". Not "ين" of a masculine noun, which is
    also its plural. Nor a present verb's dual: "يشعلان" / "يشعل" tell two doers of one act, not a count of it
    (four letters or more opening with ي and no nisba's ي at the end: few nouns are so written, while ت opens many,
    "تقريران" / "تقرير")."""
    if len(one) < 3 or (len(one) >= 4 and one[0] == "ي" and one[-1] != "ي"):
        return False
    if one.endswith("ه"):
        return two in (one[:-1] + "تان", one[:-1] + "تين")
    return two == one + "ان"


def _dual_and_plural(two: str, many: str) -> bool:
    """``two`` is the dual of a feminine noun whose sound plural is ``many``: "سيارتين" / "سيارات", "طائرتان" / "طائرات".
    Two is no count of three or more: "تدمير … سيارتين و9 دراجات" tells no "تدمير 9 سيارات" (the lead's real news,
    round 42: supported at 0.87, the plural linked to the dual and the nine taken from the motorbikes)."""
    return len(many) >= 5 and many.endswith("ات") and two in (many[:-2] + "تان", many[:-2] + "تين")


def _two_or_more_of_one(many: str, one: str) -> bool:
    """``many`` (the claim's) is a masculine noun's "ين" (two of it, or more) and ``one`` (the sentence's) the noun
    itself, both written without the article, as a count of people in an event is: "غرق سباحين" / "غرق سباح ونجاة
    صديقه" (a real-news reading of round 33 was supported so at 0.95), "قتل مسلحين" / "قتل مسلح"."""
    return len(one) >= 3 and many == one + "ين" and not one.startswith(("ال", "وال"))


_ORDINALS = {normalize(w): n for w, n in lexicon.ORDINALS.items()}


def _ordinal(w: Word) -> int:
    """The rank an ordinal word gives, with its tanween's alif too ("ثالثاً"), or 0."""
    forms = (w.norm, bare(w.norm))
    return next((_ORDINALS[f] for f in (*forms, *(f[:-1] for f in forms if f.endswith("ا"))) if f in _ORDINALS), 0)


def _hamza_folded(text: str) -> str:
    return strip_marks(text).translate(_HAMZAS)


_HAMZAS = str.maketrans("أإآ", "ااا")
_KIN = sorted(((_hamza_folded(stem), who) for who, stems in lexicon.KIN_WORDS.items() for stem in stems),
              key=lambda kv: -len(kv[0]))
_KIN_ENDINGS = frozenset(lexicon.KIN_ENDINGS)


@lru_cache(maxsize=20_000)
def kin_of(text: str) -> str:
    """Whom a kin word names as written, with its ة or ت ("ابنتاه": daughter; "ابنه": son; lexicon.KIN_WORDS), after an
    optional و / ف / ب / ل and article; "" for any other word ("أخبار" is no brother)."""
    word = _hamza_folded(text)
    for clitics in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
        if not word.startswith(clitics):
            continue
        rest = word[len(clitics):]
        rest = rest[2:] if rest.startswith("ال") else rest
        for stem, who in _KIN:
            if rest.startswith(stem) and rest[len(stem):] in _KIN_ENDINGS:
                return who
    return ""


def _link_words(c: Word, e: Word) -> tuple[float, str]:
    if _ordinal(c) != _ordinal(e):
        # an ordinal is only its own rank: "المنتخب الأول" is not "المنتخب الأولمبي" (TRUST BUG of the lead's round 26
        # probe: linked by their first letters, "خسر المنتخب الأول" was supported at 0.91), nor "الثاني" "الثانوية"
        return 0.0, ""
    if (extent := extent_word(c)) is not None:
        # An extent links only to the same extent: "سحب القوات بالكامل" = "سحبها كلياً", but is not told by
        # "النصر الكامل" (an adjective of another noun) nor by "جزئياً".
        return (1.0, "same") if c.norm == e.norm else (0.85, "synonym") if extent_word(e) == extent else (0.0, "")
    if dual_of(c.norm) != dual_of(e.norm) and not (dual_of(c.norm) and dual_of(e.norm)):
        return 0.0, ""  # a count of two is not one: "سجل هدفين" / "سجل هدفاً" (lexicon.DUAL_NOUNS)
    if _dual_and_one(bare(c.norm), bare(e.norm)) or _dual_and_one(bare(e.norm), bare(c.norm)):
        return 0.0, ""  # nor of any noun: "بقي اللاعبان" / "بقي اللاعب", "سيارتان" / "سيارة"
    if _dual_and_plural(bare(c.norm), bare(e.norm)) or _dual_and_plural(bare(e.norm), bare(c.norm)):
        return 0.0, ""  # nor of its plural: "سيارتين" / "سيارات"
    if _two_or_more_of_one(c.norm, e.norm):
        return 0.0, ""  # (the other way round, one of two may be the claim's: "عقد 5 أعوام" of "وقعت عقدين: 5 أعوام …")
    if c.norm == e.norm or (shared := c.keys & e.keys):
        if c.norm == e.norm or bare(c.norm) == bare(e.norm):
            return 1.0, "same"
        if not _two_roots(c, e) or (shared & {bare(c.norm), bare(e.norm)} and not (_root_waw_cut(c) or _root_waw_cut(e))):
            return 0.95, "stem"
        # (a stem cut short is all two words of two roots share: "تعلن" / "تعلي" (announces / raises) met as "تعل";
        # one word whole in the other's keys still meets it, whatever roots the table gives: "لبنات" / "بنات")
    if c.passive and e.passive and c.passive[0] != e.passive[0] and c.passive[1:] == e.passive[1:] and not (c.name or e.name):
        return 0.8, "root"  # a passive past and its participle: "خُزنت" / "مخزنة", "صُنعت" / "مصنعة"
    if (c.name or e.name) and _first_letter_apart(c.norm, e.norm) and not _same_letters_but_dots(c.norm, e.norm):
        # a name is no word that differs in its first letter only: "تونس" / "يونس" (round 39; met by root or stem), but
        # for a long name's dot astray ("حاشقجي" / "خاشقجي")
        return 0.0, ""
    if (c.name or e.name) and {c.norm, bare(c.norm), e.norm, bare(e.norm)} & _GIVEN_NAMES:
        # (a name read whole too: bare() takes a clitic's letter off "ليونيل", and "ونال" linked it by its root نيل)
        # Two given names a letter apart are two names (محمد / محمود، حسن / حسين، سعد / سعيد): their
        # shared consonants linked them as one, and "التقى محمد" was supported by "التقى محمود".
        return 0.0, ""
    if c.syn & e.syn and c.person == e.person:  # (a person's name means no word: "الشرع" is no "أطلق", started)
        # Two words of one root are one word's forms, whatever group holds them both ("ارتفاع" / "يرتفع"): read as
        # such, a group may list a whole family and link its forms to the other families', not to each other.
        return _root_link(c, e) or (0.85, "synonym")
    if (nat := nationality_of(c.norm)) is not None and nat == nationality_of(e.norm):
        return 0.8, "root"  # a nationality and its broken plural, as a noun and its plural by root ("تركي" / "أتراك")
    if c.outcome and e.outcome:
        # "خسرت فرنسا أمام الأرجنتين" and "فازت الأرجنتين على فرنسا" tell one result: the roles
        # (winner / loser) decide whether they agree.
        return 0.85, "outcome"
    if (root := _root_link(c, e)) is not None:
        return root
    soft = max(stem_match(c.stem, e.stem), stem_match(c.light, e.light))
    if (c.name or e.name) and not (c.listed and e.listed) and _same_letters_but_dots(c.norm, e.norm):
        # a name written with a dot astray ("حاشقجي" / "خاشقجي", "جاشقجي"): the same letters as drawn, five at least,
        # one of the two no name of the lists (two listed names are two people: ANS-dev's true pairs were contradicted,
        # "name حاشقجى ≠ خاشقجي")
        return 0.85, "soft"
    if c.name or e.name:
        # A name matches a name spelt otherwise (one edit), or its own inflection; never a common
        # word that happens to share its consonants ("والعراق" / "علاقة"), nor another name.
        ok = soft >= 0.85 or (c.name and e.name and soft >= 0.75)
        if ok and c.name != e.name:
            if _adjective_of_a_longer_name(*((c, e) if c.name else (e, c))):
                return 0.0, ""
            return 0.7, "soft"  # a country and its adjective (فرنسا / الفرنسي): related, not the same
        return (soft, "soft") if ok else (0.0, "")
    if soft >= 0.75:
        if soft > 0.75 and (stem_match(c.light, e.light) < 0.8 or c.keys & e.keys) and _two_roots(c, e):
            # Met only by a stem cut short, the words themselves a letter apart, with two roots of the table: two
            # words ("دون معارك" met "المعارضة" by the stem "معار" of معارك, as a negation on one side only). A
            # root alone decides nothing: the table's root of a cut word may be another's ("الإعلان" / "أعلن").
            # (A letter apart with no cut stem: align._second_partner.)
            return 0.0, ""
        return soft, "soft"
    f = fuzzy(c.norm, e.norm)
    if f >= 0.55:
        return 0.8 * f, "fuzzy"
    return 0.0, ""


def _adjective_of_a_longer_name(name: Word, other: Word) -> bool:
    """``other`` is an adjective of a place whose name runs past ``name``'s letters: "الروماني" (of رومانيا) is not of
    "روما" (the lead's real news, round 42: "تشهد مدينة روما" was supported by "ميلانو … والمدرب الروماني")."""
    core = bare(name.norm).removesuffix("ا")
    adjective = bare(other.norm).removeprefix("ال")
    return adjective.endswith("ي") and adjective[:-1].startswith(core) and len(adjective) - 1 - len(core) >= 2


def _root_waw_cut(w: Word) -> bool:
    """The word's first و is its root's, yet its keys were cut as if it were "and": "وزارة" (root وزر) met "زار"
    (visited) whole, and "قال المتحدث باسم وزارة الخارجية إن الوزير سيزور لندن" supported "زار وزير الخارجية لندن"
    (TRUST BUG of the lead's round 26 probe)."""
    return w.root is not None and w.root[:1] == "و" and bare(w.norm)[:1] != "و"


def _two_roots(c: Word, e: Word) -> bool:
    """Both words have a known root, and the two roots' strong letters differ (wordtables.strong_letters)."""
    return bool(c.root and e.root and strong_letters(c.root) != strong_letters(e.root))


def _root_link(c: Word, e: Word) -> tuple[float, str] | None:
    """The link of two words of one root, or None. A person's name and a word that is none never meet by their root:
    "الشرع" of "أحمد الشرع" is no "شوارع" (held out 18's "ورفع المحتفلون صور أحمد الشرع" was supported through it)."""
    if c.person != e.person:
        return None
    # (nor a weekday's name and another word: "صلاة الجمعة" is no "التواصل الاجتماعي", root جمع; a false claim of the
    # lead's real news, a prayer of Friday against the Thursday noon prayer, was supported through it, round 45)
    if (without_conjunction(c.norm) in _WEEKDAY_NAMES) != (without_conjunction(e.norm) in _WEEKDAY_NAMES):
        return None
    if min(len(c.norm), len(e.norm)) >= 4 and (
            (c.root and c.root == e.root) or (len(c.skel) >= 3 and c.skel == e.skel and not _two_roots(c, e))):
        return 0.8, "root"  # (short words share roots by chance: ثانٍ / الاثنين)
    if not (c.name or e.name) and (core := derived_core(c.norm)) and core == derived_core(e.norm):
        return 0.75, "root"  # a participle and its verbal noun of forms VII, VIII, X (محتجزة / احتجازها)
    if bare(e.norm) in hal_pasts(c.norm) or bare(c.norm) in hal_pasts(e.norm):
        # a ḥāl participle and its past ("مؤكداً أن …" / "وأكد أن …"; without its tanween the participle may pass for a name)
        return 0.75, "root"
    if (not (c.name or e.name) and min(len(bare(c.norm)), len(bare(e.norm))) >= 3
            and weak_roots(c.norm) & weak_roots(e.norm)
            # (two words whose roots Arabic WordNet gives share their strong letters; a word it gives none is read by
            # its weak root only as :func:`_weak_readable` says)
            and _weak_readable(c) and _weak_readable(e)
            and not _two_roots(c, e)):
        return 0.7, "root"  # a verb and its verbal noun of a weak root (زيارة / يزور, نفى / ينفي)
    return None


def index_keys(w: Word) -> tuple[str, ...]:
    """What an evidence word can be found by: its exact keys, then (prefixed, so they never meet an
    exact key) its synonym groups, root, skeleton, outcome and first letters, for the softer links."""
    extent = extent_word(w)
    # (an outcome its sentence gives it, "تخطى المغرب إسبانيا", as well as one its letters give: sides.analyze; and the
    # synonym groups its sentence gives it: "أوقفت الشرطة السائق" is an arrest's word too, wordfacts.arresting)
    return tuple(dict.fromkeys(tuple(w.keys) + soft_keys(w.norm, w.stem)[0] + tuple(f"#syn{g}" for g in sorted(w.syn))
                               + ((f"#pp{w.passive[1:]}",) if w.passive else ())
                               + ((f"#extent{extent}",) if extent is not None else ()) + (("#outcome",) if w.outcome else ())
                               + _drawn_key(w)))


def linkable(c: Word, index: dict[str, list[int]]) -> list[int]:
    """The evidence words that may link to ``c`` at all (a superset of those ``word_link`` accepts but
    for rare trigram matches of words with other first letters)."""
    found: set[int] = set()
    for k in (*soft_keys(c.norm, c.stem)[1], *(f"#syn{g}" for g in c.syn)):
        found.update(index.get(k, ()))
    if c.passive:
        found.update(index.get(f"#pp{c.passive[1:]}", ()))
    if (extent := extent_word(c)) is not None:
        found.update(index.get(f"#extent{extent}", ()))
    if c.outcome:
        found.update(index.get("#outcome", ()))
    for k in _drawn_key(c):
        found.update(index.get(k, ()))
    return sorted(found)


def _drawn_key(w: Word) -> tuple[str, ...]:
    """A name's letters as drawn without dots (:func:`_same_letters_but_dots`), five at least, as a soft key."""
    word = bare(w.norm)
    return (f"#drawn{word.translate(_SHAPES)}",) if w.name and len(word) >= 5 else ()
