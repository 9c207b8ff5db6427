"""Arabic text analysis: one place for folding, tokens, sentences, stems and numbers.

Fold for matching, never for display: every function that finds something returns
character offsets into the *original* text.

The pieces, in the order the index and the query side use them (``Analyzer.terms``):

1. ``tokenize``: word tokens with offsets. Harakat, tatweel and zero-width/bidi controls
   *inside* a word keep it one token (engine tokenizers split there). Arabic letters and
   digits are split apart ("بـ5.1" → "بـ", "5.1"; the lone clitic "بـ" is then a stopword),
   Latin letters and digits stay together ("G20", "mp3"). Numbers keep their decimal and
   thousands separators ("1,250,000", "3.5", "٣٫٥").
2. ``normalize``: hamza/alef forms, ى→ي, ة→ه, no tatweel/harakat/U+0670/controls, ASCII digits,
   presentation forms decomposed (ﻻ → لا), Latin case-folded.
3. stopwords (``STOPWORDS``, folded forms, question words included), checked on the folded token.
4. a light stemmer: Snowball Arabic run on the *folded* token with a final ه given back to
   Snowball as ة (``for_snowball``), its output folded again. Folding first makes every spelling of a
   word (ى/ي, ة/ه, أ/إ/آ/ا, ؤ/و, ئ/ي, tatweel, harakat) the same term; the ة handed back keeps what
   Snowball needs to strip the feminine ending (folding alone loses it: الجامعه stays جامعه). Chosen
   by measurement (bench/analyzer_choice.py, "Analyzer choice" in bench/README.md, with questions in
   standard and in variant spelling; bench/spelling_variants.py for the archive's top 10).
   Number terms are canonical digits ("1,250,000" → "1250000", "٣٫٥" → "3.5").

Also here: ``split_sentences`` (offsets, abbreviations, quotes, bullets). Numbers are
:mod:`akhbar.numbers`, language detection :mod:`akhbar.language`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

ANALYZER_VERSION = "ar-4"  # ar-2: Snowball runs on folded words (spelling variants give one term); ar-3: ئو/ءو = ؤو;
# ar-4: "فتحت" is a word, not ف + تحت (lexicon.NOT_STOPWORDS)

# --- character folding -------------------------------------------------------------------

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

# Invisible characters that scraped text is full of; they split words in engines and
# make equal words compare unequal. Soft hyphen and word joiner included.
_INVISIBLE = (
    [0x00AD, 0x034F, 0x061C, 0x180E, 0xFEFF]
    + list(range(0x200B, 0x2010))  # zero-width space/non-joiner/joiner, LRM, RLM
    + list(range(0x202A, 0x202F))  # bidi embeddings/overrides
    + list(range(0x2060, 0x2065))  # word joiner, invisible operators
    + list(range(0x2066, 0x206A))  # bidi isolates
)
# Arabic combining marks: Quranic annotation signs, harakat (fathatan .. sukun), maddah and
# hamza above/below, superscript alef, small high/low signs.
_AR_MARKS = (
    list(range(0x0610, 0x061B)) + list(range(0x064B, 0x0660)) + [0x0670]
    + list(range(0x06D6, 0x06DD)) + list(range(0x06DF, 0x06E5)) + [0x06E7, 0x06E8]
    + list(range(0x06EA, 0x06EE)) + list(range(0x08CA, 0x0900))
)
_TATWEEL = 0x0640

# Deleted before stemming AND when folding: they never change which word it is.
_STRIP: dict[int, str] = {cp: "" for cp in (*_INVISIBLE, *_AR_MARKS, _TATWEEL)}

# One char -> one (possibly empty) string.
_FOLD: dict[int, str] = {
    **_DIGITS,
    **_STRIP,
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
    ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي",
    # Persian/Urdu letter shapes that Arabic-language sites still emit.
    ord("ک"): "ك", ord("ی"): "ي", ord("ې"): "ي", ord("ھ"): "ه", ord("ۀ"): "ه", ord("ہ"): "ه",
    ord("٫"): ".", ord("٬"): ",", ord("٪"): "%",
}


def _is_presentation_form(cp: int) -> bool:
    return 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFE


def _fold_char(ch: str) -> str:
    out = _FOLD.get(ord(ch))
    if out is not None:
        return out
    # Presentation forms (ﻻ, ﺍ, ﷲ …) decompose under NFKC into base letters.
    if _is_presentation_form(ord(ch)):
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:  # ornate parentheses and a few signs have no decomposition
            return "".join(_fold_char(c) for c in decomposed)
    return ch.casefold()


def _presentation_forms() -> tuple[list[int], list[int]]:
    """Split the assigned presentation forms into letters (ﻻ, ﺍ, ﷲ: a word's letters) and
    mark forms (ﹰ, ﱞ: harakat that NFKC turns into a space plus a mark, to delete)."""
    letters, marks = [], []
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        decomposed = unicodedata.normalize("NFKC", ch)
        kept = [c for c in decomposed if ord(c) not in _STRIP and not c.isspace()]
        if not kept:
            marks.append(cp)
        elif len(kept) == len(decomposed) and all(unicodedata.category(c) == "Lo" for c in kept):
            letters.append(cp)
    return letters, marks


_PF_LETTERS, _PF_MARKS = _presentation_forms()


def _build_tables() -> tuple[dict[int, str], dict[int, str]]:
    fold = dict(_FOLD)
    strip = dict(_STRIP)
    for cp in _PF_MARKS:
        fold[cp] = strip[cp] = ""
    for cp in _PF_LETTERS:
        ch = chr(cp)
        fold[cp] = _fold_char(ch)
        strip[cp] = "".join(c for c in unicodedata.normalize("NFKC", ch) if ord(c) not in _STRIP)
    # Other forms (ﷺ ﷽: whole phrases) fold to their words, spaces included; not tokens.
    for cp in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)):
        if cp not in fold and unicodedata.category(chr(cp)) != "Cn":
            fold[cp] = _fold_char(chr(cp))
    return fold, strip


# Whole-string tables for str.translate (C speed). Casefolding is applied after translating;
# it is context-free and never touches the Arabic output of the table, so the result equals
# folding one character at a time, which normalize_with_map relies on to fold whole runs.
_FOLD_TABLE, _STRIP_TABLE = _build_tables()


# Characters the table does not fold to exactly one character: deleted marks and controls,
# presentation forms that become several letters. Runs without them fold one to one (but
# for a rare casefold expansion such as ß → ss), so their map is a plain range.
_NOT_ONE_TO_ONE_RE = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp, out in _FOLD_TABLE.items() if len(out) != 1) + "]+")


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for matching and return, for each folded char, its index in ``text``.

    Use the map to turn a match in the folded string back into original offsets:
    ``orig_start = m[i]``; ``orig_end = m[j - 1] + 1`` for a folded match ``[i, j)``.
    The folded string is always ``normalize(text)``.
    """
    if not _NOT_ONE_TO_ONE_RE.search(text):
        folded = normalize(text)
        if len(folded) == len(text):  # no casefold expansion either: one to one
            return folded, list(range(len(text)))
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _NOT_ONE_TO_ONE_RE.finditer(text):
        _fold_run(text, pos, m.start(), out, index)
        for i in range(m.start(), m.end()):
            piece = _FOLD_TABLE[ord(text[i])]
            out.append(piece)
            index.extend([i] * len(piece))
        pos = m.end()
    _fold_run(text, pos, len(text), out, index)
    return "".join(out), index


def _fold_run(text: str, start: int, end: int, out: list[str], index: list[int]) -> None:
    """Fold ``text[start:end]`` (no character of ``_NOT_ONE_TO_ONE_RE`` in it) onto ``out``/``index``."""
    folded = normalize(text[start:end])
    if end > start and text[end - 1] in "ئء" and _WAW_AFTER_MARKS.match(text, end):
        folded = folded[:-1] + "و"  # the run stopped at a haraka: "مسئُول" folds as "مسئول" does
    if len(folded) == end - start:
        out.append(folded)
        index.extend(range(start, end))
        return
    for i in range(start, end):  # a casefold that expands: one char at a time
        piece = "و" if text[i] in "ئء" and _WAW_AFTER_MARKS.match(text, i + 1) else normalize(text[i])
        out.append(piece)
        index.extend([i] * len(piece))


# What normalize does, as text.translate(_FOLD_TABLE) would, but only where a character changes:
# str.translate looks every non-ASCII character up in the dict (~0.1 µs each), while most Arabic
# letters stay as they are. Measured 3x faster on whole articles, as fast on single words.
_FOLD_CHANGES = {chr(cp): out for cp, out in _FOLD_TABLE.items() if out != chr(cp)}
# A hamza on a ي seat or on the line before و is the same hamza as on a و seat: مسئول/مسؤول, شئون/شؤون,
# رءوس/رؤوس are one word spelt by two schools (ئ elsewhere stays ي: رئيس, and ء stays ء: جزء).
_MARKS_CLASS = "[" + "".join(re.escape(chr(cp)) for cp in _STRIP) + "]*"
_SEAT_BEFORE_WAW_RE = re.compile(f"[ئء](?={_MARKS_CLASS}[وؤ])")
_WAW_AFTER_MARKS = re.compile(f"{_MARKS_CLASS}[وؤ]")
_FOLD_RE = re.compile("[" + "".join(map(re.escape, _FOLD_CHANGES)) + "]")


def _fold_match(m: re.Match) -> str:
    return _FOLD_CHANGES[m.group()]


def normalize(text: str) -> str:
    """Fold text for matching: alef/hamza forms (أ إ آ ٱ → ا, ؤ → و, ئ → ي; ئ and ء before و → و), ى→ي, ة→ه,
    no tatweel, harakat, U+0670 or zero-width/bidi controls, Arabic-Indic/Persian digits → 0-9,
    ٫ ٬ ٪ → . , %, presentation forms decomposed (ﻻ → لا), Latin case-folded. Idempotent."""
    if "ئ" in text or "ء" in text:  # a scan in C: most words have neither
        text = _SEAT_BEFORE_WAW_RE.sub("و", text)
    return _FOLD_RE.sub(_fold_match, text).casefold()


def strip_marks(text: str) -> str:
    """Remove harakat, tatweel and invisible controls, decompose presentation forms, and keep
    every letter as written (ة, أ, ى stay): the input Snowball expects."""
    return text.translate(_STRIP_TABLE)


def without_conjunction(word: str) -> str:
    """A word without the conjunction و / ف glued to its front ("وبعد" → "بعد"), when more than two letters
    are left ("وزن", "فتح" are words of their own, not a conjunction before them)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


# --- tokens ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str
    stem: str
    stop: bool


def token_at(tokens: Sequence[Token], char: int) -> int:
    """The index of the token that holds character ``char`` of its text (the last one starting at or before it; 0 before
    the first): where a value the text gives stands among its tokens."""
    return max(bisect_right(tokens, char, key=lambda t: t.start) - 1, 0)


def _chars(cps: list[int]) -> str:
    return "".join(re.escape(chr(c)) for c in cps)


_AR_LETTER_SET = (
    "\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF"
    f"\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9{_chars(_PF_LETTERS)}"
)
_AR_MARK_SET = _chars([*_AR_MARKS, *_PF_MARKS, _TATWEEL])
_AR_LETTER = f"[{_AR_LETTER_SET}]"
# One character class, not an alternation: overlapping alternatives backtrack exponentially.
_AR_INNER = f"[{_AR_LETTER_SET}{_AR_MARK_SET}]"
_JOINER = f"[{_chars(_INVISIBLE)}]"
_ARABIC_RANGES = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
# Letters of every other script: word characters that are neither digits, "_" nor Arabic.
_OTHER_LETTER = f"[^\\W\\d_{_ARABIC_RANGES}]"
_OTHER_INNER = f"(?:{_OTHER_LETTER}|[0-9\u0300-\u036F])"  # disjoint alternatives
# A number: digits of any script, with inner "." "," "٫" "٬" groups ("1,250,000", "٣٫٥").
_NUMBER = r"\d+(?:[.,\u066B\u066C]\d+)*"

TOKEN_RE = re.compile(
    f"{_AR_LETTER}(?:{_AR_INNER}|{_JOINER}+(?={_AR_INNER}))*"
    f"|{_NUMBER}"
    f"|{_OTHER_LETTER}(?:{_OTHER_INNER}|{_JOINER}+(?={_OTHER_INNER}))*"
)


def tokenize(text: str) -> list[Span]:
    """Word tokens with offsets into the original text (``text[t.start:t.end] == t.text``).

    Arabic words keep their harakat, tatweel and inner zero-width characters; Arabic letters
    and digits are separate tokens ("بـ5.1" → "بـ", "5.1"); numbers keep their separators
    ("1,250,000", "3.5", "٣٫٥"); Latin words keep their digits ("G20"). Punctuation, symbols
    and whitespace are not tokens.
    """
    return [Span(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def token_texts(text: str) -> list[str]:
    """The texts of ``tokenize(text)`` without offsets: several times faster, for callers that
    only need the words (hashing, counting)."""
    return TOKEN_RE.findall(text)


# --- sentences ---------------------------------------------------------------------------

_LINE_RE = re.compile(r"[^\r\n\u2028\u2029\x0b\x0c\x85]+")
# A clause's punctuation or a sentence's end (lexicon.CLAUSE_MARKS, SENTENCE_END_MARKS), between two words
CLAUSE_OR_END = re.compile(f"[{re.escape(lexicon.CLAUSE_MARKS + lexicon.SENTENCE_END_MARKS)}]")
_END_RE = re.compile(f"[{re.escape(lexicon.SENTENCE_END_MARKS)}]+")
_CLOSERS_RE = re.compile(f"[{re.escape(lexicon.CLOSING_MARKS)}]*")
# List markers at the start of a line: bullet symbols (• ● ▪ ◦ ■ ► ▸ ‣ ⁃ ∙ ·), and, when a space
# follows, dashes and stars (- * – —), "1." "2)" "(3)" and letter items "أ)" "a)".
_BULLET_RE = re.compile(
    f"\\s*(?:[{lexicon.BULLET_SYMBOLS}]+"
    f"|(?:[{re.escape(lexicon.DASH_BULLETS)}]+|"
    r"\(?\d{1,3}[.)]|\(?[A-Za-z\u0621-\u064A][)])(?=\s))"
)
_INLINE_BULLET_RE = re.compile("[\u2022\u25CF\u25AA\u25E6\u25A0]")
_HAS_WORD_RE = re.compile(r"\w")
# Letter run before a period, with Arabic marks/tatweel, to judge initials and abbreviations.
_WORD_BEFORE_RE = re.compile(f"(?:[^\\W\\d_]|[{_AR_MARK_SET}])+$")  # disjoint: letters | marks
_LATIN_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt st jr sr vs inc ltd co corp dept univ approx".split()
)
# Latin letter names written in Arabic, as in "إتش. إس. بي. سي." (HSBC): initials too.
_ARABIC_LETTER_NAMES = frozenset(normalize(w) for w in
                                 "إتش إس بي سي دي إف جي إل إم إن آر تي يو إكس واي زد إيه كيه".split())
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")


def _is_latin_or_digit(ch: str) -> bool:
    return bool(_LATIN_OR_DIGIT.match(ch))


def _digit_just_before(line: str, j: int) -> bool:
    """A digit at ``line[j-1]``, or at ``line[j-2]`` with one space between."""
    if j >= 1 and line[j - 1].isdigit():
        return True
    return j >= 2 and line[j - 1] == " " and line[j - 2].isdigit()


def _period_is_not_an_end(line: str, i: int) -> bool:
    """A single "." at ``line[i]`` that does not end a sentence: decimals (3.5), domains and
    inner dots (example.com, U.S), initials and abbreviations (د. أ. U.S. Dr.)."""
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if before.isdigit() and after.isdigit():
        return True
    if before and after and _is_latin_or_digit(before) and _is_latin_or_digit(after):
        return True
    # Only the last few characters matter (an initial or a short abbreviation); a bounded
    # window keeps a line of a million dots linear.
    m = _WORD_BEFORE_RE.search(line, max(0, i - 24), i)
    if m is None:
        return False
    word = normalize(m.group())
    if len(word) == 1:
        # "1990م." and "1445 هـ." end sentences: the year marker is no initial.
        if word in ("م", "ه") and _digit_just_before(line, m.start()):
            return False
        return True
    return word in _LATIN_ABBREVIATIONS or word in _ARABIC_LETTER_NAMES


def _emit(text: str, start: int, end: int, out: list[Span]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped or not _HAS_WORD_RE.search(stripped):
        return
    s = start + (len(piece) - len(piece.lstrip()))
    out.append(Span(stripped, s, s + len(stripped)))


def _split_line(text: str, start: int, end: int, out: list[Span]) -> None:
    line = text[start:end]
    bullet = _BULLET_RE.match(line)
    pos = bullet.end() if bullet else 0
    # A "•" inside a line starts a new item, like one at the line start.
    for m in _INLINE_BULLET_RE.finditer(line, pos):
        _split_clauses(text, start, line, pos, m.start(), out)
        pos = m.end()
    _split_clauses(text, start, line, pos, len(line), out)


def _split_clauses(text: str, offset: int, line: str, pos: int, stop: int, out: list[Span]) -> None:
    seg = pos
    for m in _END_RE.finditer(line, pos, stop):
        run = m.group()
        if run == "." and _period_is_not_an_end(line, m.start()):
            continue
        before = line[m.start() - 1] if m.start() > 0 else ""
        after = line[m.end()] if m.end() < len(line) else ""
        # "page?id=3", "v1.2.3!x": a mark glued between Latin/digits is part of a token.
        if before and after and _is_latin_or_digit(before) and _is_latin_or_digit(after):
            continue
        closers = _CLOSERS_RE.match(line, m.end(), stop)
        end = closers.end() if closers else m.end()
        _emit(text, offset + seg, offset + end, out)
        seg = end
    _emit(text, offset + seg, offset + stop, out)


def split_sentences(text: str) -> list[Span]:
    """Sentences with offsets into ``text``, stripped of surrounding whitespace.

    Ends: . ؟ ! ؛ ? … and line breaks; the Arabic comma ، does not end a sentence.
    A "." is no end inside a number (3.5), between Latin letters/digits (example.com), or
    after an initial or abbreviation (د. أ. U.S. Dr.), except the year markers "1990م." and
    "هـ.". Closing quotes and brackets right after the end mark stay with the sentence
    (”, », ", ), …). A bullet line (•, -, *, 1., 2)) is its own sentence without its marker;
    "•" inside a line also starts a new item. Spans without any letter or digit are dropped.
    """
    out: list[Span] = []
    for m in _LINE_RE.finditer(text):
        _split_line(text, m.start(), m.end(), out)
    return out


# --- stopwords ---------------------------------------------------------------------------

# The lists live in akhbar.lexicon, written as people spell them; folded here so lookups match
# normalized tokens.

_PROCLITICS = lexicon.PROCLITICS  # a stopword with one of these in front is still a stopword

STOPWORDS: frozenset[str] = frozenset(normalize(w) for w in lexicon.STOPWORDS_TEXT.split())
SPEECH_VERBS: frozenset[str] = frozenset(normalize(w) for w in lexicon.SPEECH_VERBS_TEXT.split())


_NOT_STOPWORDS = frozenset(normalize(w) for w in lexicon.NOT_STOPWORDS)


def _is_stop(norm: str, stopwords: frozenset[str]) -> bool:
    if norm in stopwords:
        return True
    if norm in _NOT_STOPWORDS or (norm[:1] in "وف" and norm[1:] in _NOT_STOPWORDS):
        return False
    if len(norm) >= 3 and norm[0] in _PROCLITICS:
        rest = norm[1:]
        if rest in stopwords:
            return True
        # "وبذلك", "فلذلك": two proclitics.
        if len(rest) >= 3 and rest[0] in _PROCLITICS and rest[1:] in stopwords:
            return True
    return False


# --- stemmers ----------------------------------------------------------------------------

_LIGHT10_PREFIXES = lexicon.ARTICLE_PREFIXES
_LIGHT10_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")  # ية/ة are folded to يه/ه


def light10(norm: str, keep_waw: bool = False) -> str:
    """Larkey's light10 on a folded word: drop و, then one article prefix (ال وال بال كال فال لل),
    then each suffix in turn (ها ان ات ون ين يه/ية ه/ة ي), always leaving two letters or more.
    ``keep_waw``: a first و is the word's own letter (a listed word is written without clitics: واصل, ورق)."""
    w = norm
    if len(w) > 3 and w[0] == "و" and not keep_waw:
        w = w[1:]
    for p in _LIGHT10_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 2:
            w = w[len(p):]
            break
    for s in _LIGHT10_SUFFIXES:
        if w.endswith(s) and len(w) - len(s) >= 2:
            w = w[: -len(s)]
    return w


def _snowball() -> Callable[[str], str]:
    import Stemmer  # PyStemmer; imported lazily so `import akhbar.arabic` stays cheap

    return Stemmer.Stemmer("arabic", 0).stemWord


def for_snowball(norm: str) -> str:
    """A folded word as Snowball should see it: a final ه written back as ة, except after ت.

    Folding maps ة to ه, and Snowball strips a final ة but often not a final ه (الجامعه stays
    جامعه), so folded feminine nouns would stop meeting their other forms. Handing ة back is right
    for them and harmless for a pronoun ه (كتابه → كتابة → كتاب, as before), but not after ت: there
    the ه is a pronoun on a ة already turned into ت (حكومته → حكوم; as حكومتة it would stay حكومت).
    The result depends only on the folded word, so every spelling of a word gets one stem."""
    if len(norm) >= 3 and norm[-1] == "ه" and norm[-2] != "ت":
        return norm[:-1] + "ة"
    return norm


# snowball: the default (fold, ة back, stem, fold); snowball-raw: stem the word as written, then
# fold (the ar-1 default: better by 0.002-0.004 MRR on standard spelling, but each spelling of a word
# its own stem); snowball-fold-first: fold then stem, ة lost.
STEMMERS = ("snowball", "snowball-raw", "snowball-fold-first", "light10", "none")
DEFAULT_STEMMER = "snowball"

# --- analyzer ----------------------------------------------------------------------------

_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")


def canonical_number(norm: str) -> str | None:
    """A folded number token as plain digits with a "." decimal point, or None when it is no
    quantity. "1,250,000" → "1250000"; "3.5" → "3.5"; "35,7" (decimal comma: never thousands,
    which take three digits) → "35.7"; "1,2,3" → None."""
    if _PLAIN_NUMBER_RE.fullmatch(norm):
        return norm
    if _THOUSANDS_RE.fullmatch(norm):
        return norm.replace(",", "")
    if _DECIMAL_COMMA_RE.fullmatch(norm):
        return norm.replace(",", ".")
    return None


ARABIC_CHAR_RE = re.compile(f"[{_ARABIC_RANGES}]")
_CACHE_LIMIT = 400_000


class Analyzer:
    """Text → tokens and index/query terms. The index and the query side must use the same
    instance settings (``get_analyzer()``); ``version`` changes whenever terms can change."""

    def __init__(self, stemmer: str = DEFAULT_STEMMER, stopwords: bool = True, speech_verbs: bool = False):
        if stemmer not in STEMMERS:
            raise ValueError(f"unknown stemmer {stemmer!r}; choose one of {', '.join(STEMMERS)}")
        self.stemmer = stemmer
        self.stopwords: frozenset[str] = (STOPWORDS | SPEECH_VERBS if speech_verbs else STOPWORDS) \
            if stopwords else frozenset()
        self._use_stopwords = stopwords
        stop_digest = hashlib.sha1(" ".join(sorted(self.stopwords)).encode()).hexdigest()[:8]
        self.version = f"{ANALYZER_VERSION}:{stemmer}:stop-{stop_digest if stopwords else 'none'}"
        self._stem_word = self._make_stem_word(stemmer)
        # raw token text → (norm, stem, stop), and raw token text → term ("" for a stopword).
        # Most tokens repeat, so these make analysis mostly dict lookups.
        self._cache: dict[str, tuple[str, str, bool]] = {}
        self._term_cache: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"Analyzer({self.version!r})"

    @staticmethod
    def _make_stem_word(stemmer: str) -> Callable[[str, str], str]:
        """Return f(raw_token, norm) -> stem for Arabic tokens."""
        if stemmer == "snowball":
            snow = _snowball()
            return lambda raw, norm: normalize(snow(for_snowball(norm))) or norm
        if stemmer == "snowball-raw":
            snow = _snowball()
            return lambda raw, norm: normalize(snow(strip_marks(raw))) or norm
        if stemmer == "snowball-fold-first":
            snow = _snowball()
            return lambda raw, norm: normalize(snow(norm)) or norm
        if stemmer == "light10":
            return lambda raw, norm: light10(norm)
        return lambda raw, norm: norm

    def _analyze(self, raw: str) -> tuple[str, str, bool]:
        entry = self._cache.get(raw)
        if entry is not None:
            return entry
        norm = normalize(raw)
        if not norm:
            entry = (norm, norm, True)
        elif norm[0].isdigit():
            entry = (norm, canonical_number(norm) or norm, False)
        elif ARABIC_CHAR_RE.match(norm):
            # Lone letters are clitics cut off by tatweel or digits ("بـ5", "لـ").
            stop = len(norm) == 1 or (self._use_stopwords and _is_stop(norm, self.stopwords))
            entry = (norm, self._stem_word(raw, norm), stop)
        else:
            entry = (norm, norm, False)
        if len(self._cache) >= _CACHE_LIMIT:  # bounded: a long ingest must not grow forever
            self._cache.clear()
            self._term_cache.clear()
        self._cache[raw] = entry
        self._term_cache[raw] = "" if entry[2] else entry[1]
        return entry

    def tokens(self, text: str) -> list[Token]:
        """All tokens with offsets into ``text``, folded form, stem and stopword flag."""
        get = self._cache.get
        out = []
        for m in TOKEN_RE.finditer(text):
            raw = m.group()
            entry = get(raw) or self._analyze(raw)
            out.append(Token(raw, m.start(), m.end(), *entry))
        return out

    def _terms_of(self, raws: list[str]) -> list[str]:
        """The term of each raw token, "" for a stopword: mostly one C-level pass of dict lookups."""
        got: list[str | None] = list(map(self._term_cache.get, raws))
        if None in got:
            # Analyze each new word once (the set difference runs at C speed), then look all up
            # again, instead of a Python loop over every token of the text.
            for raw in set(raws).difference(self._term_cache):
                self._analyze(raw)
            got = list(map(self._term_cache.get, raws))
            if None in got:  # the bounded cache was cleared meanwhile: one token at a time
                for i, term in enumerate(got):
                    if term is None:
                        entry = self._analyze(raws[i])
                        got[i] = "" if entry[2] else entry[1]
        return got  # type: ignore[return-value]  # every None was replaced above

    def terms_of(self, raws: list[str]) -> list[str]:
        """``terms`` of an already tokenized text (``token_texts``): for callers that analyze
        one tokenization several ways (the index's views of an article)."""
        return list(filter(None, self._terms_of(raws)))

    def terms(self, text: str) -> list[str]:
        """Index/query terms: stems of the non-stop tokens, in text order."""
        return self.terms_of(TOKEN_RE.findall(text))

    def find_terms(self, text: str, wanted: set[str]) -> list[tuple[int, int]]:
        """Offsets of the tokens whose term is in ``wanted`` (highlighting search hits). Cheaper
        than ``tokens``: offsets are computed only when something matched, no Token objects."""
        got = self._terms_of(TOKEN_RE.findall(text))
        if wanted.isdisjoint(got):
            return []
        return [m.span() for m, term in zip(TOKEN_RE.finditer(text), got) if term in wanted]


@lru_cache(maxsize=1)
def get_analyzer() -> Analyzer:
    """The default analyzer, shared by indexing and querying."""
    return Analyzer()
