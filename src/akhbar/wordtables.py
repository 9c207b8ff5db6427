"""The claim checker's word tables, looked up by a word's keys: synonym groups (the lexicon's,
Arabic WordNet's, pairs mined from ANS-train), AWN roots, antonym families, sentence frequencies.
The tables ship in ``akhbar/data`` (built by bench/build_verify_tables.py) and load once.
:func:`noun_root` joins a singular and its broken plural (ask's counted nouns) by AWN's roots."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from . import lexicon
from .arabic import STOPWORDS, light10, normalize
from .qa.match import bare, weak_root

DATA = Path(__file__).resolve().parent / "data"
_T = TypeVar("_T")


def table_key(word: str) -> str:
    """The key a word of the lexicon's lists is looked up by: folded and light-stemmed, by its own letters. A listed
    word is written without clitics, so its first letter is its own: stripping ك / ب / ف / ل as a clitic keyed كويتي
    as "يت" (found in بيتي), فتحت as "تحت", بعيد as "عيد"; stripping و keyed واصل as "اصل" (found in اصلي)
    and ورق as "رق". A text word is looked up both with and without its clitics (:func:`lookup_keys`), so
    "والكويتي" still finds it. (The lexicon's lists are written for this key: "الفضة" is found by "الفضية".) A word
    light10 would cut to another listed word of another root keeps its letters (:func:`whole_key`), as a text word's
    keys do: "أمان" is no "أم"."""
    w = normalize(word)
    return whole_key(w) or light10(w, keep_waw=True)


def own_key(word: str) -> str:
    """The key of a word of the synonym groups and Arabic WordNet's tables: :func:`table_key`, but a final ة (folded
    ه) is the word's own too (:func:`ta_form`): light10 keyed "صبية" (a girl) as "صب", the key of "صبي" (a boy),
    and the girl took the boy's synsets. A word light10 would cut to another listed word of another root keeps its
    own letters (:func:`whole_key`: "إعلان" is no "أعلى")."""
    w = normalize(word)
    return whole_key(w) or _key(w)


def strong_letters(root: str) -> str:
    """A root's strong letters: without its weak letters and hamza, a doubled last letter once (جلل of أجّل and
    أجل meet as جل; بدل and دول do not; عود and عيد, the roots AWN gives إعادة and أعاد, meet as عد)."""
    w = weak_root(root)
    return w[:-1] if len(w) >= 3 and w[-1] == w[-2] else w


# (a pronoun or a feminine plural light10 cuts along with the word's own ان / ين / ون: "إعلانها" → "اعل")
_WHOLE_ENDINGS = ("هما", "هم", "ها", "ه", "ات")


@lru_cache(maxsize=100_000)
def whole_key(w: str) -> str:
    """The word itself as Arabic WordNet lists it, where light10 cuts it down to another word AWN lists with a root
    of other strong letters, else "": "اعلان" (علن) is cut to "اعل" (أعلى, علو), "ضمان" (ضمن) to "ضم" (ضمم), "امان"
    (امن) to "ام" (امم), "تربيه" (ربي) to "ترب" (تراب). Keyed by the cut, the two words were one word: "الإعلان عن
    الأسعار" was supported by "أعلى الأسعار". ``w`` is folded, with its article or not, or with a pronoun / ات
    ("الإعلانات", "إعلانها" → "اعلان"). "إعادة" / "أعاد" (عود / عيد: one strong pair) stay one key."""
    table = root_table()
    for p in lexicon.ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            w = w[len(p):]
            break
    for own in (w, *(w[: -len(e)] for e in _WHOLE_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3)):
        root = table.get(own)
        if root is None:
            continue
        cut = light10(own, keep_waw=True)
        other = table.get(cut) if cut != own else None
        return own if root and other and strong_letters(root) != strong_letters(other) else ""
    return ""


def ta_form(w: str) -> str:
    """A folded word ending in ة (folded ه) without its article, the ending kept ("الصبية" → "صبيه"); "" for
    any other word. It is the key of a listed feminine word: light10 cuts "ية" / "ة" and joins words that
    ة tells apart (صبية / صبي, مدرسة / مدرس)."""
    if not w.endswith("ه"):
        return ""
    for p in lexicon.ARTICLE_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p):]
    return w if len(w) >= 3 else ""


def _key(w: str) -> str:
    return ta_form(w) or light10(w, keep_waw=True)


_VERB_ENDINGS = ("تا", "وا", "ون", "ين", "ت")


def _own_keys(b: str) -> list[str]:
    """The keys of a word taken as written: its light stem (a first و kept; a final ة kept first, then cut, for
    a feminine word the tables list only in the masculine), and the same once an object pronoun or a verb
    ending is dropped."""
    if whole := whole_key(b):
        return [whole]
    keys = [_key(b), light10(b, keep_waw=True)]
    for pronoun in ("تهما", "تهم", "تها", "ته"):  # "بخسارته" → "خسارة"
        if b.endswith(pronoun) and len(b) - len(pronoun) >= 3:
            keys += [_key(b[: -len(pronoun)] + "ه"), light10(b[: -len(pronoun)] + "ه", keep_waw=True)]
            break
    for ending in _VERB_ENDINGS:
        if b.endswith(ending) and len(b) - len(ending) >= 3:
            keys.append(light10(b[: -len(ending)], keep_waw=True))
            break
    if b.endswith("ات") and len(b) >= 5:  # a feminine plural finds its singular in ة: "خطوات" → "خطوة"
        keys.append(_key(b[:-2] + "ه"))
    return keys


@lru_cache(maxsize=1)
def known_keys() -> frozenset[str]:
    """The keys of every listed word (synonym groups, AWN synsets and words): a word found by its own letters
    is not looked up again without its first letter."""
    return frozenset(synonym_groups()) | frozenset(related_groups()) | frozenset(root_table())


@lru_cache(maxsize=100_000)
def own_form(norm: str) -> tuple[str, str]:
    """(a folded text word without its clitics, its light stem), a first letter kept where it is the word's own:
    a one-letter clitic (و ف ب ل ك) is taken off, and light10's first و dropped, only when the word as written
    is no listed word (synonym groups, AWN synsets and words). "واصل" is واصل, not و + أصل; "الورقي" is ورق,
    not رق; "وقال", "والكويتي" are قال, كويت. A final alif after a first و may be the accusative's of a listed word
    ("وقفاً" is وقف, a halt, not و + قفا, a nape; "وضعاً" is وضع): read so where the word left by the و is no synonym
    group's word nor a stopword ("ودعا" is و + دعا, called; "وهنا" و + هنا)."""
    known = known_keys()
    b = bare(norm)
    accusative = False
    if b != norm and len(norm) - len(b) == 1 and any(k in known for k in _own_keys(norm)):
        b = norm
    elif (len(norm) >= 4 and b == norm[1:] and norm[0] == "و" and norm[-1] == "ا" and norm[:-1] in known
          and b not in synonym_groups() and b not in STOPWORDS):
        b, accusative = norm[:-1], True
    keep = accusative or (len(b) > 3 and b[0] == "و" and any(k in known for k in _own_keys(b)))
    return b, whole_key(b) or light10(b, keep_waw=keep)


@lru_cache(maxsize=100_000)
def lookup_keys(norm: str) -> tuple[str, ...]:
    """The keys a text word is looked up by in the word tables: its own feminine form where it ends in ة
    (:func:`ta_form`: looked up first, see :func:`table_get`), its light stem (:func:`own_form`), and the same
    once a verb ending is dropped ("فازت" → "فاز", "أقصوا" → "اقص")."""
    b, light = own_form(norm)
    keys = [k for k in (ta_form(b),) if k] + [light]
    # Without clitics, and as written: a word may itself start with و / ب ("وقّعت", "بلغ").
    for w in dict.fromkeys((b, norm)):
        own = _own_keys(w)
        keys += own
        if len(w) > 3 and w[0] == "و" and light[:1] != "و":  # (light10's first و, where it is a clitic)
            keys += _own_keys(w[1:])
    return tuple(dict.fromkeys(keys))


def own_keys_in(table: Mapping[str, object], keys: tuple[str, ...], norm: str) -> tuple[str, ...]:
    """Of a word's ``keys``, those to look up in ``table``: its feminine form alone where the table lists it
    ("صبية" is a girl, never "صبي" a boy), else all of them (a table listing only "سعودي" finds "السعودية")."""
    ta = ta_form(own_form(norm)[0])
    return (ta,) if ta and ta in table else tuple(k for k in keys if k != ta)


_PRESENT_ENDINGS = ("ون", "ين", "ان", "وا", "ن")


@lru_cache(maxsize=100_000)
def lemma_keys(norm: str) -> tuple[str, ...]:
    """More keys a verb form or a verbal noun is found by in Arabic WordNet, whose verbs are listed as their past:
    a present without its prefix and ending, as the past of form I, II, III, V, VI ("يخضع" → خضع، "يتلقى" → تلقى)
    and with the alif of forms IV, VII, VIII, X ("يعتقلون" → اعتقل، "يستقر" → استقر); a verbal noun without the
    alif of its accusative ("استعدادا" → استعداد). Not for a word with the article (a noun: "التركي")."""
    b = bare(norm)
    forms = [b[:-1]] if len(b) >= 5 and b.endswith("ا") and not b.endswith("وا") else []
    if b[:1] in "يتن" and len(b) >= 4 and "ال" not in norm[: len(norm) - len(b)]:
        core = b[1:]
        for ending in _PRESENT_ENDINGS:
            if core.endswith(ending) and len(core) - len(ending) >= 3:
                core = core[: -len(ending)]
                break
        forms += [core, "ا" + core]
    own = lookup_keys(norm)
    # (a key that lost the form's first letter meets other words: light10 takes "واصل" for و + "اصل", the key of اصلي)
    keys = (light10(f) for f in forms)
    return tuple(k for k, f in dict.fromkeys(zip(keys, forms)) if len(k) >= 3 and k[0] == f[0] and k not in own)


def table_get(table: dict[str, frozenset[_T]], norm: str, own_first: bool = False) -> frozenset[_T]:
    """What ``table`` holds for a text word under any of its keys; ``own_first`` (synonym groups: a link that may
    support a claim): under its feminine form alone where the table lists that form (:func:`own_keys_in`)."""
    out: frozenset[_T] = frozenset()
    keys = lookup_keys(norm)
    for k in own_keys_in(table, keys, norm) if own_first else keys:
        out |= table.get(k, frozenset())
    return out


def _groups(groups: Iterable[Iterable[str]]) -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for gid, group in enumerate(groups):
        for w in one_people(tuple(group)):
            table.setdefault(own_key(w), set()).add(gid)
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def _people_keys() -> dict[str, int]:
    """Table key → which nationality or people (lexicon.NATIONALITY_FORMS, lexicon.PEOPLES) a word names."""
    members = (*lexicon.NATIONALITY_FORMS, *(forms.split() for forms in lexicon.PEOPLES))
    return {table_key(w): m for m, forms in enumerate(members) for w in forms}


def people_key(word: str) -> int | None:
    """Which nationality or people a listed word names (an index), None for any other word; a feminine or
    plural form is found by its light stem ("يهودية" → يهودي)."""
    return _people_keys().get(table_key(word))


# (a nationality adjective's own endings: feminine, sound plurals, duals)
_ADJECTIVE_ENDINGS = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ات")


@lru_cache(maxsize=1)
def _nationality_forms() -> dict[str, int]:
    table: dict[str, int] = {}
    for m, forms in enumerate(lexicon.NATIONALITY_FORMS):
        for form in map(normalize, forms):
            for end in _ADJECTIVE_ENDINGS if form.endswith("ي") else ("",):
                table.setdefault(form + end, m)
    return table


def nationality_of(norm: str) -> int | None:
    """Which nationality a folded text word names as an adjective or as its people (an index of
    lexicon.NATIONALITY_FORMS), by the whole word without clitics and article: "الأتراك", "تركية" and "التركيين" name
    Turkey, the verb "ترك" (left) and the country "الهند" name none (a key of the word tables would take them)."""
    got = nationality_clitic(norm)
    return got[0] if got else None


def nationality_clitic(norm: str) -> tuple[int, str] | None:
    """:func:`nationality_of` with the clitics the word was found without ("بالسعودية" → Saudi, "بال": after a
    preposition it is the country, a place, no adjective of a noun)."""
    table = _nationality_forms()
    # As written, then without each clitic the word may carry: "فرنسيين" keeps its ف, "ألمان" its alif and lam.
    for prefix in ("", *lexicon.CLITICS):
        if norm.startswith(prefix) and (got := table.get(norm[len(prefix):])) is not None:
            return got, prefix
    return None


def one_people(group: tuple[str, ...]) -> tuple[str, ...]:
    """A synonym group without its nationality and people words when it names two of them: Arabic WordNet's
    "إسرائيلي / عبري / يهودي" is one synset, but in a claim another people is another party (a substitution),
    never the same word. Spellings of one ("أمريكي / أميركي") and a country with its adjective stay."""
    peoples = {p for w in group if (p := people_key(w)) is not None}
    return group if len(peoples) < 2 else tuple(w for w in group if people_key(w) is None)


@lru_cache(maxsize=1)
def _synonym_lists() -> tuple[tuple[str, ...], ...]:
    """The synonym groups as word lists: the lexicon's (its synonyms, then its verbs of one deed), then the shipped
    table's (AWN, ANS-mined)."""
    groups: list[tuple[str, ...]] = [*lexicon.SYNONYM_GROUPS, *lexicon.EQUIVALENT_DEEDS]
    path = DATA / "synonyms.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                groups.append(tuple(line.split("\t")[1].split()))
    return tuple(part for group in groups for part in _split(_apart(group)))


@lru_cache(maxsize=1)
def synonym_groups() -> dict[str, frozenset[int]]:
    """Word key → synonym group ids."""
    return _groups(_synonym_lists())


@lru_cache(maxsize=1)
def written_with_maqsura() -> frozenset[str]:
    """The folded words the lexicon's synonym groups write ending in ى or ي, without their article: folded, "الجرحى"
    ends in ي as a definite nisba adjective does ("الرسمي"), whose noun's groups a word must not take
    (wordfacts._synonyms); a word the groups list so is that word, not a nisba: a plural with its ى ("جرحى", "قتلى") or
    a broken plural with its ي ("مباني", "أهالي": "وتهدمت آلاف المباني" found no "البنايات", dev 40)."""
    folded = (normalize(w) for group in (*lexicon.SYNONYM_GROUPS, *lexicon.EQUIVALENT_DEEDS) for w in group)
    return frozenset(w[2:] if w.startswith("ال") else w for w in folded if w.endswith("ي"))


@lru_cache(maxsize=1)
def two_letter_synonyms() -> dict[str, frozenset[int]]:
    """A word of two letters → the synonym groups that list it as written. Its key is shared with longer words the
    light stem cuts to two letters ("بيان" is keyed "بي"), so by its key alone the letter B of "بي إن سبورت" took
    the statement's "تصريح" and a claim naming another channel was supported."""
    table: dict[str, set[int]] = {}
    for gid, group in enumerate(_synonym_lists()):
        for w in one_people(group):
            if len(folded := normalize(w)) <= 2:
                table.setdefault(folded, set()).add(gid)
    return {k: frozenset(v) for k, v in table.items()}


_APART = tuple((normalize(a), normalize(b)) for a, b in lexicon.SYNONYMS_APART)


def _apart(group: tuple[str, ...]) -> tuple[str, ...]:
    """The group without the second word of a pair news tells apart when it holds both (lexicon.SYNONYMS_APART)."""
    folded = {normalize(w) for w in group}
    return tuple(w for w in group if not any(normalize(w) == b and a in folded for a, b in _APART))


_SPLIT = tuple((normalize(a), normalize(b)) for a, b in lexicon.SYNONYMS_SPLIT)


def _split(group: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The group read as two when it holds both words of a pair it joins only through a third (lexicon.SYNONYMS_SPLIT):
    one without each."""
    folded = {normalize(w) for w in group}
    for a, b in _SPLIT:
        if a in folded and b in folded:
            return tuple(part for side in (b, a) for part in _split(tuple(w for w in group if normalize(w) != side)))
    return (group,)


@lru_cache(maxsize=1)
def related_groups() -> dict[str, frozenset[int]]:
    """Word key → the AWN synsets of two to eight words it is in (the shipped awn_related.tsv)."""
    path = DATA / "awn_related.tsv"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return _groups(line.split() for line in lines if line and not line.startswith("#"))


def related(a: str, b: str) -> bool:
    """Two folded words of one AWN synset, each found by its own keys or its lemma's ("يناقش" / "يبحث": ناقش and
    بحث are one synset)."""
    table = related_groups()

    def groups(norm: str) -> frozenset[int]:
        # (every key, the feminine form's and the cut one's: "عرقلة" rewords the synsets of the verb عرقل too;
        # a rewording never supports, so the wider net only keeps a change from being called one)
        return frozenset().union(*(table.get(k, frozenset()) for k in (*lookup_keys(norm), *lemma_keys(norm))))

    return not groups(a).isdisjoint(groups(b))


@lru_cache(maxsize=1)
def root_table() -> dict[str, str]:
    """Word key → AWN root (from the shipped table), for verb / noun / plural of one root, and the roots of the
    lexicon's nouns AWN does not list (lexicon.ROOTS_AWN_LACKS)."""
    path = DATA / "awn_words.tsv"
    out: dict[str, str] = {normalize(w): normalize(r) for w, r in lexicon.ROOTS_AWN_LACKS.items()}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                word, root = line.split("\t")
                out[word] = root  # "" for a word AWN gives no root
    return out


def table_root(norm: str) -> str | None:
    """AWN's root of a folded text word by its own form (:func:`own_form`: a first letter kept where it is the word's
    own, as the table's keys are, :func:`own_key`): its feminine form, its light stem, then the word without clitics.
    The first the table lists decides ("" for a word AWN lists without a root); None for a word it does not list.
    (Not by a verb ending dropped: "كتبت" (was written) would meet "الكاتب" (the writer) by its root.)"""
    table = root_table()
    b, light = own_form(norm)
    plain = bare(norm)
    if plain != b and plain in table and b not in table:
        # the word without its clitic is listed as written, the word itself only by a cut key: "وعين" is و + عين
        # (and appointed), not a plural of وعي
        return table[plain]
    return next((table[k] for k in (ta_form(b), light, b) if k and k in table), None)


_WAW_BEFORE_DOUBLED = frozenset(normalize(w) for w in lexicon.WAW_BEFORE_DOUBLED)
_LACKED_TWO = frozenset(normalize(w) for w in lexicon.ROOTS_AWN_LACKS if len(normalize(w)) == 2)


@lru_cache(maxsize=100_000)
def doubled_two(norm: str) -> str:
    """The two-letter word of a doubled root inside a word of three letters, "" for any other word. :func:`bare`
    cuts no word below three letters, so "ومرّ" and "يضخ" were found only as written and met no "مرّ" / "ضخ":
    - after its و ("ومر" → "مر", "وشد" → "شد"): only و (ف opens words of its own: فقط، فخر), and only two letters
      AWN lists with their doubled root (مرر، شدد: not "وهو", which would be هو of هوي); after ب only a noun of two
      letters this lexicon lists for AWN ("بشح" → "شح": lexicon.ROOTS_AWN_LACKS), since ب opens adjectives whose
      last two letters are a doubled root's ("بشع", horrid, is no ب + "شع");
    - after the prefix ي / ت of a present ("يضخ" → "ضخ", "تمد" → "مد"; ن opens nouns: نفط): two letters AWN
      lists with their doubled root or, with no long vowel, does not list at all (ضخ; not "توم", "يدا"), and not
      the present of a past opening with و ("يصف" is of وصف, no صفّ).
    Never a stopword, nor a word listed as written (يجب، يوم، وعد; "وشك": lexicon.ROOTS_AWN_LACKS)."""
    table = root_table()
    if norm in _WAW_BEFORE_DOUBLED:
        return norm[1:]
    if len(norm) != 3 or norm in known_keys() or norm in STOPWORDS or (two := norm[1:]) in STOPWORDS:
        return ""
    if norm[0] == "و" or (norm[0] == "ب" and two in _LACKED_TWO):
        listed_only = True
    elif norm[0] in "يت" and "و" + two not in table:
        listed_only = False
    else:
        return ""
    root = table.get(two)
    if root is None:
        return "" if listed_only or any(ch in "اوىي" for ch in two) else two
    return two if len(root) == 3 and root[:2] == two and root[2] == root[1] else ""


# Broken-plural patterns whose three consonants are the root (a word AWN does not list: نقاط of نقطة):
# فِعال (نقاط، رجال), أفعال (أشخاص، أطفال), فُعول (جنود، نجوم), فُعَلاء (وزراء، أمراء), by position of
# their long vowels in the folded word.
_PLURAL_PATTERNS = (
    (4, {2: "ا"}, (0, 1, 3)),
    (5, {0: "ا", 3: "ا"}, (1, 2, 4)),
    (4, {2: "و"}, (0, 1, 3)),
    (5, {3: "ا", 4: "ء"}, (0, 1, 2)),
)


@lru_cache(maxsize=100_000)
def noun_root(norm: str) -> str:
    """The root of a folded noun ("" when unknown), so that a singular and its broken plural meet:
    AWN's root of the word (a lemma and its broken plural share the lemma's root: أشخاص / شخص،
    أيام / يوم، ألقاب / لقب), else, for a word AWN does not list, the consonants of a broken-plural
    pattern (نقاط → نقط, AWN's root of نقطة)."""
    table = root_table()
    for k in own_keys_in(table, lookup_keys(norm), norm):
        if table.get(k):
            return normalize(table[k].replace("ء", "ا"))
    w = light10(bare(norm))
    for size, vowels, consonants in _PLURAL_PATTERNS:
        if len(w) == size and all(w[i] == ch for i, ch in vowels.items()):
            return "".join(w[i] for i in consonants)
    return ""


@lru_cache(maxsize=1)
def sentence_frequencies() -> tuple[int, dict[str, int]]:
    """(sentences, word key → sentences holding it) from the shipped table, for word weights."""
    path = DATA / "word_df.tsv"
    n, table = 1, {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#sentences"):
                n = int(line.split("\t")[1])
            elif line and not line.startswith("#"):
                k, c = line.split("\t")
                table[k] = int(c)
    return n, table


@lru_cache(maxsize=1)
def antonym_families() -> dict[str, frozenset[int]]:
    """Word key → signed antonym family ids (+k for the first family of pair k, -k for the second)."""
    return _signed_families(lexicon.ANTONYMS)


@lru_cache(maxsize=1)
def deed_steps() -> dict[str, frozenset[int]]:
    """Word key → signed step families of lexicon.DEED_STEPS (+k: the first deed of pair k, -k: the one it may lead to)."""
    return _signed_families(lexicon.DEED_STEPS)


def steps_apart(claim_word: str, evidence_word: str) -> bool:
    """The two words are two steps of one affair (lexicon.DEED_STEPS: "ناقش" / "أقر", "استجوب" / "اعتقل", "هاتف" /
    "التقى"), either way round: telling one says nothing of the other."""
    c, e = table_get(deed_steps(), normalize(claim_word)), table_get(deed_steps(), normalize(evidence_word))
    return any(-k in e for k in c)


@lru_cache(maxsize=1)
def measure_families() -> dict[str, frozenset[int]]:
    """Word key → signed families of lexicon.MEASURES_APART (+k: what came in, -k: what was left of it)."""
    return _signed_families(lexicon.MEASURES_APART)


def measures_apart(claim_word: str, evidence_word: str) -> bool:
    """The two words are two measures of one thing (lexicon.MEASURES_APART: "إيرادات" / "أرباح"), either way round."""
    c, e = table_get(measure_families(), normalize(claim_word)), table_get(measure_families(), normalize(evidence_word))
    return any(-k in e for k in c)


@lru_cache(maxsize=1)
def bound_families() -> dict[str, frozenset[int]]:
    """Word key → signed families of lexicon.BOUNDS_APART (+k: what a thing reached, -k: what it exceeded)."""
    return _signed_families(lexicon.BOUNDS_APART)


def bounds_apart(claim_word: str, evidence_word: str) -> bool:
    """A verb of reaching a value and one of exceeding it (lexicon.BOUNDS_APART: "بلغت" / "تتجاوز"), either way round."""
    c, e = table_get(bound_families(), normalize(claim_word)), table_get(bound_families(), normalize(evidence_word))
    return any(-k in e for k in c)


@lru_cache(maxsize=1)
def converse_families() -> dict[str, frozenset[int]]:
    """Word key → signed converse-verb family ids (+k: the giving side of pair k, -k: the receiving side)."""
    return _signed_families(lexicon.CONVERSE_VERBS)


def _members(kinds: tuple[tuple[tuple[str, ...], ...], ...]) -> dict[str, frozenset[tuple[int, int]]]:
    table: dict[str, set[tuple[int, int]]] = {}
    for kind, members in enumerate(kinds):
        for member, forms in enumerate(members):
            for w in forms:
                table.setdefault(table_key(w), set()).add((kind, member))
    return {k: frozenset(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def kind_members() -> dict[str, frozenset[tuple[int, int]]]:
    """Word key → (kind, member) of lexicon.EXCLUSIVE_KINDS ("النفط" → the commodities, oil)."""
    return _members(lexicon.EXCLUSIVE_KINDS)


@lru_cache(maxsize=1)
def kinds_apart_members() -> dict[str, frozenset[tuple[int, int]]]:
    """Word key → (kind, member) of lexicon.KINDS_APART ("الشعير" → the crops, barley)."""
    return _members(lexicon.KINDS_APART)


def kinds_apart(claim_word: str, evidence_word: str) -> bool:
    """The two words are two members of one kind that may both be true of the same deed (lexicon.KINDS_APART: "القمح" /
    "الشعير", "صفراء" / "حمراء"), and neither word is also the other's member."""
    c = table_get(kinds_apart_members(), normalize(claim_word))
    e = table_get(kinds_apart_members(), normalize(evidence_word))
    return not c & e and any(k == kind and m != member for k, m in c for kind, member in e)


@lru_cache(maxsize=1)
def kind_names() -> dict[str, frozenset[int]]:
    """Word key → the kinds of lexicon.EXCLUSIVE_KINDS it is the general name of ("العملة" → the currencies)."""
    table: dict[str, set[int]] = {}
    for kind, names in enumerate(lexicon.KIND_NAMES):
        for w in names:
            table.setdefault(own_key(w), set()).add(kind)  # ("العملة" is no "عمل")
    return {k: frozenset(v) for k, v in table.items()}


def _signed_families(pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for k, (first, second) in enumerate(pairs, start=1):
        for sign, family in ((k, first), (-k, second)):
            for w in family:
                table.setdefault(table_key(w), set()).add(sign)
    return {k: frozenset(v) for k, v in table.items()}
