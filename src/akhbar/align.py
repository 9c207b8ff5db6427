"""A claim aligned with one evidence sentence: the facts the claim checker's model reads.

``analyze(text)`` reads a text once (cached): its content words with every key they can match by,
its numbers and dates as values, its negations, polarity words and names with their roles.
``align(claim, evidence)`` then links each claim word to its best evidence word and compares:

1. **Words** (:func:`akhbar.wordlinks.word_link`): the same folded word or word without clitics (1.0), the same stem or
   light stem (0.95), a phrase or word of one synonym group (0.85: lexicon.SYNONYM_GROUPS, Arabic
   WordNet, pairs mined from ANS-train agree pairs), the same AWN root or consonant skeleton (0.8),
   the stem matcher of :mod:`akhbar.qa.match` (≤ 0.9), trigram similarity (≥ 0.55, × 0.8).
   What is left unaligned on each side, and which of it is a name, counts.
2. **Slots**: numbers, dates and ranks ("المركز الرابع") as values (:mod:`akhbar.numbers`, :mod:`akhbar.dates`, fractions
   "نصف قرن"): the same value, a different value of the same kind (a conflict: "year 2023 ≠ 2024"),
   or a value the evidence does not have at all (missing).
3. **Roles**: each name's role is the word before it (على، أمام، من، إلى، مع، …) or bare (the agent);
   with a verb of winning or losing the roles become winner/loser, so "خسرت فرنسا أمام الأرجنتين"
   and "فازت الأرجنتين على فرنسا" agree. Two names with exchanged roles are a swap; a name of the
   claim whose slot holds another name in the evidence is a substitution. Clause by clause
   (:func:`akhbar.conflicts.agent_clashes`): the claim's agent must do, in the sentence, what the claim says it does —
   not be the object of a verb carrying its own agent, nor take a deed from another clause's agent.
4. **Polarity**: a negated word on one side only, a denial/refusal word on one side only, and
   antonym pairs (lexicon.ANTONYMS) linking a claim word to an evidence word.

:class:`Alignment` carries the features (``FEATURES``, by name) and the facts a reason is built from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import conflicts, lexicon
from .arabic import get_analyzer, light10, normalize
from .qa.match import bare, bm25_idf, stem_match
from .values import CLEAN_SHEET_UNIT, Value, compare_values, describe_conflict, read_values, value_year, year_only
from .wordfacts import (
    AGENT_VERB,
    ARTICLE,
    DENIAL,
    NAMES_AS_WRITTEN,
    PLACE_ROLES,
    PLACES,
    PRIZE_ROLE,
    ROLE_WORDS,
    TITLES,
    affirmed,
    commenting,
    country_of,
    excepted,
    future_verb,
    hamza_past,
    is_prize,
    outcome_family,
    passive_alike,
    token_facts,
    used_lightly,
    venue_word,
    voice,
    word_info,
)
from .wordlinks import extent_word, index_keys, linkable, word_link
from .wordtables import antonym_families, sentence_frequencies, table_get


def idf(word: Word) -> float:
    """How informative a word is (BM25 IDF over news-like sentences; unseen words weigh most)."""
    n, table = sentence_frequencies()
    return bm25_idf(n, table.get(word.light, 0))


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


LINK_MIN = 0.6  # the weakest word link the aligner keeps (and the conflict checks count as "said")


def listed_name(word: Word) -> bool:
    """The word is a name of the lexicon's lists (a person, a place, an organisation), not a name by its shape alone."""
    return word.norm in NAMES_AS_WRITTEN or bare(word.norm) in NAMES_AS_WRITTEN or bare(word.norm) in PLACES


_RELATIVE = _folded(lexicon.RELATIVE_TIME)
_CHARGE = frozenset(bare(normalize(w)) for w in lexicon.CHARGE_WORDS)
_TASK = _folded(lexicon.TASK_NOUNS)
_HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")  # short vowels, dagger alif and tatweel
# Phrases by the bare form of their first word, longest first ("والمربع الذهبي" starts one too).
_PHRASE_INDEX: dict[str, list[tuple[list[str], str]]] = {}
for _phrase, _canon in sorted(lexicon.PHRASES.items(), key=lambda kv: -len(kv[0].split())):
    _words = normalize(_phrase).split()
    _PHRASE_INDEX.setdefault(bare(_words[0]), []).append((_words, _canon))

# --- one side: words, values, names ------------------------------------------------------------


@dataclass(slots=True)
class Word:
    text: str  # as written (the phrase's canonical word for a phrase)
    norm: str
    pos: int  # position among the text's tokens
    keys: frozenset[str]  # exact-ish keys: folded, without clitics, stem, light stem
    light: str
    stem: str
    skel: str
    root: str | None
    syn: frozenset[int]
    ant: frozenset[int]
    name: bool  # a proper name or a known place
    place: bool
    negated: bool = False
    role: str = ""  # the role word before it, or "" (bare)
    outcome: str = ""  # "win" / "lose" for a verb or noun of winning or losing
    clause: int = 0  # which clause of its sentence (see _clause_starts)
    patient: bool = False  # the object of a verb that carries its own agent ("ثم أقصوا إسبانيا")
    listed: bool = False  # a sure name: a person or place of the lexicon's lists, or a name after a title
    setting: bool = False  # in a phrase of time or place ("في نهائي كأس العالم"), not the event's core
    relative: bool = False  # in a phrase naming another event to date this one by ("بعد يومين من سقوط …")
    passive: str = ""  # "v" + letters of a passive past written with its damma, "p" + those of a participle (_passive_of)
    frame: str = ""  # the win / lose frame its own clause gives its role (see _clause_frames), else the sentence's


@dataclass
class Side:
    text: str
    words: list[Word]
    values: list[Value]
    negations: int
    polarity: frozenset[str]  # families of the denial/refusal/stop words present (lexicon.POLARITY_FAMILIES)
    polarity_at: tuple[tuple[str, int], ...]  # each with its token position
    frame: str  # "win" | "lose" | "" — a verb of winning or losing governs the roles
    tokens: int  # number of tokens
    year: int | None = None  # the year of the reference date (the article's), when known
    grams: frozenset[str] = field(default_factory=frozenset)  # character trigrams of the folded text
    ordinals: tuple[Value, ...] = ()  # ordinal words as values, each with the noun it ranks as its unit
    durations: tuple[Value, ...] = ()  # "لمدة شهر": compared apart, never counted as a matched value
    _index: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _folded: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def folded(self) -> tuple[str, ...]:
        """Every token of the text folded, stopwords included ("فيما", "تحت", "لا يزال"): read once per side, not once
        per pair it is aligned in (conflicts.contrast_values, conflicts.ended_state)."""
        if self._folded is None:
            self._folded = tuple(re.findall(r"\w+", normalize(self.text)))
        return self._folded

    def index(self) -> dict[str, list[int]]:
        """Word positions by every key they can be linked by (built once per side)."""
        if self._index is None:
            table: dict[str, list[int]] = {}
            for j, w in enumerate(self.words):
                for k in index_keys(w):
                    table.setdefault(k, []).append(j)
            self._index = table
        return self._index

    def roles(self) -> dict[int, str]:
        """Each name's role, with winner/loser in a win or lose frame."""
        out = {}
        for i, w in enumerate(self.words):
            if w.name:
                out[i] = canonical_role(w.role, w.frame or self.frame)
        return out


@dataclass(frozen=True)
class Context:
    """What the rest of an article states, as far as a claim may borrow from it: the keys of its
    words and the years it names."""

    keys: frozenset[str]
    years: frozenset[int | None]

    @classmethod
    def of(cls, sides: list[Side]) -> Context:
        keys = frozenset().union(*(frozenset(k for w in side.words for k in w.keys) for side in sides))
        years = frozenset({value_year(v) for side in sides for v in side.values} | {side.year for side in sides})
        return cls(keys, years)


def merge(sides: list[Side]) -> Side:
    """Several analysed sentences read as one text (a pair of neighbours, an article's context),
    without analysing their text again."""
    words: list[Word] = []
    values: list[Value] = []
    offset = clauses = 0
    for side in sides:
        # Positions stay each sentence's own (only nearness within one is read); clauses are told apart.
        words.extend(replace(w, clause=w.clause + clauses) if clauses else w for w in side.words)
        values.extend(replace(v, clause=v.clause + clauses) if clauses else v for v in side.values)
        clauses += 1 + max([w.clause for w in side.words] + [v.clause for v in side.values], default=0)
        offset += side.tokens + 1
    frame = next((side.frame for side in sides if side.frame), "")
    return Side(text=" ".join(side.text for side in sides), words=words, values=values, negations=sum(side.negations for side in sides),
                polarity=frozenset().union(*(side.polarity for side in sides)),
                polarity_at=tuple(p for side in sides for p in side.polarity_at), frame=frame, tokens=offset,
                year=next((side.year for side in sides if side.year), None),
                grams=frozenset().union(*(side.grams for side in sides)),
                ordinals=tuple(v for side in sides for v in side.ordinals),
                durations=tuple(v for side in sides for v in side.durations))


def canonical_role(role: str, frame: str) -> str:
    if role == "في":  # a place: no party to winning or losing, and otherwise as good as bare
        return role if frame else ""
    if frame == "win":
        return {"": "winner", "علي": "loser", "ضد": "loser", "امام": "loser"}.get(role, role)
    if frame == "lose":
        return {"": "loser", "امام": "winner", "علي": "winner", "يد": "winner"}.get(role, role)
    return role



@lru_cache(maxsize=20_000)
def analyze(text: str, reference: str | None = None) -> Side:
    """Read ``text`` once: content words with their keys and roles, values, negations, polarity.
    ``reference`` (ISO date: the article's) resolves relative and year-less dates."""
    ref = _as_date(reference)
    tokens = get_analyzer().tokens(text)
    norms = [t.norm for t in tokens]
    values, spans = read_values(text, ref, tokens)
    durations = tuple(v for v in values if v.kind == "duration")
    values = [v for v in values if v.kind != "duration"]
    words: list[Word] = []
    negated_until = -1
    negations = 0
    polarity: list[tuple[str, int]] = []
    frame = ""
    framed: list[tuple[int, int, str]] = []  # (token, clause, outcome) of each word of winning or losing
    starts = _clause_starts(text, tokens)
    clause = 0
    agent_verb_at = -9  # position of the last verb carrying its own plural agent
    agent_verb_won = False  # and whether it is a verb of winning (its object lost: "ثم أقصوا إسبانيا")
    setting, setting_until = False, -1
    in_setting: set[int] = set()
    relative = False  # from a word of lexicon.RELATIVE_TIME to the end of its clause
    in_relative: set[int] = set()
    object_at: int | None = None  # the token of the loser a verb of winning takes as its object
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in starts:
            clause += 1
            setting_until = -1
            relative = False
        if bare(tok.norm) in _RELATIVE or tok.norm in _RELATIVE:
            relative = True
        if relative:
            in_relative.add(i)
        if tok.norm in _SETTING_WORDS:
            setting_until = i + 4  # the phrase: the word and the noun phrase after it
        setting = i <= setting_until
        if setting:
            in_setting.add(i)
        facts = token_facts(tok.norm, tok.stem, tok.stop, _maqsura(tok.text))
        if AGENT_VERB.fullmatch(tok.norm) and not facts.name:
            agent_verb_at, agent_verb_won = i, facts.outcome == "win"
        phrase = _phrase_at(norms, i, facts.bare) if facts.bare in _PHRASE_INDEX else None
        if phrase is not None:
            length, canon = phrase
            if canon:
                words.append(_word(canon, normalize(canon), i, None, tok.text[:1].isupper(), role=_role_before(norms, i)))
                words[-1].negated = i <= negated_until
                words[-1].clause, words[-1].setting, words[-1].relative = clause, setting, relative
            i += length
            continue
        if facts.negates and not excepted(norms, i, starts) and not affirmed(norms, i):
            negations += 1
            negated_until = i + facts.negates
        if facts.polarity and not commenting(norms, i):
            polarity.append((facts.polarity, i))
        outcome, voiced = facts.outcome, False
        if outcome == "win" and passive_alike(tok.norm):
            outcome, object_at = voice(tok.text, norms, i, starts)
            voiced = True
        if outcome in ("win", "lose"):
            frame = frame or outcome
            framed.append((i, clause, outcome))
        if facts.content and not (spans and any(s <= tok.start < e for s, e in spans)) \
                and not (facts.light and used_lightly(facts.light, norms[i + 1:], values)) \
                and not (tok.norm in _TASK and any(w.norm in _CHARGE or bare(w.norm) in _CHARGE for w in words)):
            # (an accusative tanween "كبيراً، مجدداً" marks an adjective or adverb, never a name)
            w = _word(tok.text, tok.norm, i, tok.stem, (facts.name and "\u064b" not in tok.text) or tok.text[:1].isupper(),
                      role=_role_before(norms, i))
            w.negated = i <= negated_until
            w.clause = clause
            w.passive = _passive_of(tok.text, tok.norm, norms[i - 1] if i else "")
            if w.name and not w.role and i > 0 and is_prize(norms[i - 1]):
                w.role = PRIZE_ROLE  # "كأس أوروبا": the prize's name, no party to the result
            w.patient = w.name and not w.role and i - agent_verb_at <= 2
            if w.patient and agent_verb_won:
                w.role = "علي"
            w.setting = setting
            w.relative = relative
            if voiced:  # its opposites too: "هُزم" is "خسر", whatever family the active "هزم" has
                w.outcome, w.ant = outcome, outcome_family(outcome)
            if i == object_at:  # the team a verb of winning takes as its object lost ("هزم المغرب البرتغال")
                w.role = "علي"
            # A name right after a title, or one word further ("شركة إيفرغرين", "شركة شوي كيسن", "الرئيس
            # بوتين"), is as sure as a listed one.
            w.listed = w.listed or (not ARTICLE.match(tok.norm) and len(tok.norm) >= 3
                                    and any(k >= 0 and bare(norms[k]) in TITLES for k in (i - 1, i - 2)))
            words.append(w)
        i += 1
    for v in values:
        v.clause = sum(1 for k in starts if tokens[k].start <= v.start)
        v.relative = next((k in in_relative for k, t in enumerate(tokens) if t.end > v.start), False)
    if "امام" in {w.role for w in words if w.name} and not frame:
        frame = "lose"  # "X أمام Y" without a listed verb: X lost (سقط/تعثر/هُزم أمام)
    _clause_frames(words, framed, frame)
    return Side(text=text, words=words, values=values, negations=negations,
                polarity=frozenset(k for k, _ in polarity), polarity_at=tuple(polarity),
                frame=frame, tokens=len(tokens), year=ref.year if ref else None, grams=_text_grams(normalize(text)),
                ordinals=_ordinals(tokens, in_setting, spans), durations=durations)


def _clause_frames(words: list[Word], framed: list[tuple[int, int, str]], frame: str) -> None:
    """Each word's frame: the nearest word of winning or losing before it in its own clause, else the first
    after it there, else the sentence's. One frame per sentence read "وتأهلت البرازيل بعد فوزها على الأرجنتين،
    وودعت إيطاليا البطولة بعد خسارتها أمام إسبانيا" as Italy the winner (the first clause's frame, "أمام" its
    loser), and "خسرت إسبانيا أمام إيطاليا" was supported by it."""
    for w in words:
        mine = [(k, outcome) for k, clause, outcome in framed if clause == w.clause]
        before = [outcome for k, outcome in mine if k <= w.pos]
        w.frame = before[-1] if before else mine[0][1] if mine else frame


def is_title(w: Word) -> bool:
    """A party title (lexicon.PARTY_TITLES: منتخب، الرئيس، جيش): the name after it is a party."""
    return bare(w.norm) in TITLES


# A new clause of a sentence, with an agent of its own: "… فيما أحرز مبابي ثلاثة أهداف", "… بينما
# حصل مبابي على الحذاء الذهبي", "، وقال …", "وتشغلها شركة إيفرغرين" (و + a verb carrying its object).
_CLAUSE_WORDS = frozenset({"فيما", "بينما"})
_SETTING_WORDS = frozenset({"في", "خلال", "منذ", "عام", "يوم"})
_OBJECT_VERB = re.compile(r"و[تين]\w{2,}(?:ها|هم|هما)")


ORDINALS = {normalize(w): n for w, n in lexicon.ORDINALS.items()}
_NAMING_RANK = frozenset({"تحديد"})  # (the noun before "المركز الثالث" that makes it a match's name)


def _ordinals(tokens: list, in_setting: set[int], spans: list[tuple[int, int]]) -> tuple[Value, ...]:
    """Ordinal words with the noun they rank: the noun before one with the article ("المركز الرابع",
    "بلقبها الثاني"), the noun after one without ("خامس جهة", "أول مهمة"). One inside a value is part
    of its name: the month "كانون الثاني" of "يناير/كانون الثاني 2019" ranks nothing."""
    out = []
    for i, tok in enumerate(tokens):
        n = ORDINALS.get(tok.norm) or ORDINALS.get(bare(tok.norm))
        if not n or any(s <= tok.start < e for s, e in spans):
            continue
        # (with tanween it is an adjective too: "زلزال ثانٍ")
        adjective = tok.norm.startswith("ال") or bare(tok.norm).startswith("ال") or any(t in tok.text for t in "\u064b\u064c\u064d")
        k = i - 1 if adjective else i + 1
        if 0 <= k < len(tokens) and not tokens[k].stop:
            # A rank a match is named by ("مباراة تحديد المركز الثالث") is its setting wherever it stands: "خسر
            # المغرب مباراة تحديد المركز الثالث" tells the match, not the rank the team took.
            named = adjective and k >= 1 and bare(tokens[k - 1].norm) in _NAMING_RANK
            out.append(Value(kind="ordinal", value=float(n), text=tok.text, unit=light10(bare(tokens[k].norm)),
                             setting=i in in_setting or named))
    return tuple(out)


def _ordinals_compared(claim: Side, evidence: Side) -> tuple[list[tuple[Value, Value]], list[Value]]:
    """(conflicts, missing) of the claim's ordinals: one where the sentence ranks the same noun
    otherwise ("بلقبها الثاني" / "اللقب الثالث"), or does not rank it at all. A rank the claim states
    as its point is compared with the sentence's own, not with one in a phrase of time or place
    ("احتل المغرب المركز الثالث" / "احتل المغرب المركز الرابع … في مباراة تحديد المركز الثالث")."""
    found, missing = [], []
    for c in claim.ordinals:
        rivals = [e for e in evidence.ordinals if e.unit == c.unit or stem_match(e.unit, c.unit) >= 0.85]
        if not c.setting and any(not e.setting for e in rivals):
            rivals = [e for e in rivals if not e.setting]
        if not rivals:
            if c.value >= 2:  # ("أول" also means early or initial: "الطرح العام الأولي")
                missing.append(c)
        elif all(e.value != c.value for e in rivals):
            found.append((c, rivals[0]))
    return found, missing


def _clause_starts(text: str, tokens: list) -> frozenset[int]:
    out = set()
    for i in range(1, len(tokens)):
        norm = tokens[i].norm
        between = text[tokens[i - 1].end:tokens[i].start]
        if (norm in _CLAUSE_WORDS or (norm == "حين" and tokens[i - 1].norm == "في")
                or (norm.startswith("و") and len(norm) > 2 and ("،" in between or "," in between))
                or _OBJECT_VERB.fullmatch(norm)):
            out.add(i - 1 if norm == "حين" else i)
    return frozenset(out)



def _word(text: str, norm: str, pos: int, stem: str | None, name_like: bool, role: str) -> Word:
    # A future verb is linked as its present ("ستدير" as "تدير": the verbal noun "إدارة" then meets it).
    if stem and future_verb(norm, stem, _maqsura(text)):
        norm, stem = norm[1:] if norm[0] == "س" else norm[0] + norm[2:], None
    # A present with its hamza on و / ئ is linked as its past ("تؤكد" as "أكد": the folded "توكد" has none of its keys).
    elif stem and (past := hamza_past(text)):
        norm, stem = past, None
    info = word_info(norm, stem or "")
    return Word(text=text, norm=norm, pos=pos, keys=info[0], light=info[1], stem=info[2], skel=info[3], root=info[4],
                syn=info[5], ant=info[6], name=name_like or info[7] or info[9], place=info[7], role=role,
                outcome=info[8], listed=info[7] or info[9])


_PARTICIPLE_ENDS = ("ين", "ون", "ات", "ه", "ا")
_PREPOSITIONS = _folded(("في", "من", "إلى", "على", "عن", "مع", "قرب", "داخل", "نحو", "حتى", "عند", "لدى"))


def _passive_of(text: str, norm: str, before: str) -> str:
    """The letters a passive past and its passive participle share, with the kind: "v" for the past written
    with the damma of its passive on its first letter ("خُزنت", "وشُيّدت" → "vخزن", "vشيد"), "p" for a
    participle without the article ("مخزنة", "مصنعة", "مصنوعة" → "pخزن", "pصنع"). The damma is needed: unvocalized, "كتبت"
    (she wrote) and "مكتبة" (a library) are the same letters; nor is a noun of place with the article or after a
    preposition ("المكتبة", "في مكتبة", "بمكتبة") a participle."""
    clitic = norm[:1] in "وف" and len(norm) > 4
    core, written = (norm[1:], text[1:]) if clitic else (norm, text)
    if len(written) > 1 and written[1] == "\u064f":
        core = core[:-1] if core.endswith("ت") else core
        return f"v{core}" if len(core) == 3 else ""
    if not core.startswith("م") or ARTICLE.match(norm) or norm[:1] in "بلك" or before in _PREPOSITIONS:
        return ""
    core = core[1:]
    core = next((core[:-len(end)] for end in _PARTICIPLE_ENDS if core.endswith(end) and len(core) - len(end) >= 3), core)
    if len(core) == 4 and core[2] == "و":  # form I, مفعول: "مصنوعة" → صنع
        core = core[:2] + core[3]
    return f"p{core}" if len(core) == 3 else ""



def _maqsura(text: str) -> bool:
    """Written with a final ى (a weak verb's ending: "ستبقى"), diacritics aside."""
    return _HARAKAT.sub("", text).endswith("ى")


def _phrase_at(norms: list[str], i: int, first: str) -> tuple[int, str] | None:
    for words, canon in _PHRASE_INDEX.get(first, ()):
        n = len(words)
        if norms[i + 1:i + n] == words[1:] and (norms[i] == words[0] or n > 1):
            return n, canon
    return None


def canonical_words(text: str) -> list[str]:
    """The single words that stand for the set phrases of ``text`` ("فارق الحياة" → "توفي")."""
    canon = set(lexicon.PHRASES.values())
    return [w.text for w in analyze(text).words if w.text in canon and "_" not in w.text]


def _role_before(norms: list[str], i: int) -> str:
    # "على فرنسا", "أمام الأرجنتين", "على يد X", "من قبل X": the role word just before the name
    # (one word may stand between: "على منتخب فرنسا"); "لمصر", "بمصر": a glued ل / ب.
    norm = norms[i]
    if (len(norm) >= 4 and norm[0] in "لب" and not norm.startswith(("ال", "لل")) and norm[1:2] != "ا"
            and norm not in NAMES_AS_WRITTEN):  # (بريطانيا، بوتين begin with ب)
        return norm[0]
    if i >= 1 and norms[i - 1] in ROLE_WORDS:
        return norms[i - 1]
    # Two words back only for a team or title before the name ("على منتخب فرنسا", "من الرئيس بوتين"),
    # not for the head noun a name qualifies ("من قاعدة حميميم" is a place, not a party).
    if i >= 2 and norms[i - 2] in ROLE_WORDS and bare(norms[i - 1]) in TITLES:
        return norms[i - 2]
    return ""


def _text_grams(norm: str) -> frozenset[str]:
    s = re.sub(r"\s+", " ", norm)
    return frozenset({s[k:k + 3] for k in range(len(s) - 2)})


def _as_date(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10]) if len(iso) >= 10 else None
    except ValueError:
        return None


# --- aligning two sides --------------------------------------------------------------------------

# Feature names, in the order the model file expects them.
FEATURES = (
    "claim_words", "evidence_words", "coverage", "coverage_exact", "evidence_coverage", "unaligned_claim",
    "unaligned_evidence", "unaligned_claim_names", "unaligned_evidence_names", "substitutions", "name_substitutions",
    "values_matched", "value_conflicts", "values_missing", "year_conflicts", "negation_mismatch",
    "negations_claim", "negations_evidence", "polarity_only_claim", "polarity_only_evidence", "antonyms",
    "role_swaps", "roles_agree", "order", "char_overlap", "synonym_links", "fuzzy_links", "first_word_aligned",
    "length_ratio", "coverage_names", "claim_values", "evidence_values", "roles_changed",
    "coverage_idf", "unaligned_claim_idf_max", "unaligned_claim_idf", "unaligned_evidence_idf",
)


@dataclass(slots=True)
class Link:
    claim: int  # index into claim.words
    evidence: int  # index into evidence.words
    strength: float
    kind: str  # "same" | "stem" | "synonym" | "root" | "soft" | "fuzzy"


@dataclass
class Alignment:
    claim: Side
    evidence: Side
    links: dict[int, Link]
    known: set[int]  # claim words the sentence lacks but its article states
    sentence_coverage: float  # coverage by the sentence alone (without what its article states)
    features: dict[str, float]
    conflicts: list[tuple[Value, Value]]
    missing: list[Value]
    swaps: list[tuple[str, str]]  # (claim name, evidence name in its role)
    role_clashes: list[tuple[str, str, str]]  # (claim name, its role, its other role in the evidence)
    substitutions: list[tuple[str, str]]  # (claim name, evidence name in its slot)
    slot_changes: list[tuple[str, str]]  # (claim word, evidence word in its slot), names or not
    antonyms: list[tuple[str, str]]
    negation: str | None  # the word negated on one side only
    polarity: str | None  # a denial/refusal word on one side only
    # (the claim's agent, the agent of the sentence's clause that says it): the claim credits its
    # agent with what the sentence says of another ("ميسي سجل ثلاثة أهداف" / "ميسي سجل هدفين، فيما
    # أحرز مبابي ثلاثة أهداف"); rival "": its agent is the sentence's object ("ثم أقصوا إسبانيا").
    agent_clashes: list[tuple[str, str]] = field(default_factory=list)
    converse: bool = False  # the sentence tells the claim's event with the converse verb (lexicon.CONVERSE_VERBS)
    prizes_unwon: list[str] = field(default_factory=list)  # won in the claim, a result's setting in the sentence
    _ended: str | None = field(default=None, init=False, repr=False, compare=False)

    def ended_state(self) -> str:
        """conflicts.ended_state of the pair, found once (the verdict and its reason both ask)."""
        if self._ended is None:
            self._ended = conflicts.ended_state(self.claim, self.evidence, self.links)
        return self._ended

    def vector(self) -> list[float]:
        return [self.features[name] for name in FEATURES]

    def unaligned_claim(self) -> list[Word]:
        return [w for i, w in enumerate(self.claim.words) if i not in self.links and i not in self.known]


def align(claim: Side, evidence: Side, context: Context | None = None) -> Alignment:
    """Link each claim word to its best evidence word and compare values, roles and polarity.

    ``context`` is the rest of the evidence's article (or source text): a claim word or value the
    sentence lacks but the article states ("قناة السويس" where the sentence says "القناة") counts
    as known, not as missing; it never makes a conflict."""
    links: dict[int, Link] = {}
    index = evidence.index()
    for i, c in enumerate(claim.words):
        # The keys in a fixed order (a set's order changes from run to run with string hashing).
        hits = next((index[k] for k in (c.norm, bare(c.norm), c.stem, c.light) if k in index), None)
        if hits:
            exact = hits[0]
            e = evidence.words[exact]
            links[i] = Link(i, exact, *(word_link(c, e)))
            if links[i].strength >= 0.95:
                continue
        best: Link | None = None
        for j in linkable(c, index):
            e = evidence.words[j]
            strength, kind = word_link(c, e)
            if strength and (best is None or strength > best.strength):
                best = Link(i, j, strength, kind)
                if strength == 1.0:
                    break
        if best is not None and best.strength >= LINK_MIN:
            links[i] = best
        elif i in links and links[i].strength < LINK_MIN:
            del links[i]  # the word found by its key does not stand for it (a dual and its singular)
    _link_capitals(claim, evidence, links)
    matched, value_conflicts, missing = compare_values(claim.values, _own_values(claim, evidence, links))
    rank_conflicts, rank_missing = _ordinals_compared(claim, evidence)
    # A duration the claim gives ("لمدة شهر") must be the sentence's ("لمدة أسبوعين" is another), or is missing.
    for d in claim.durations:
        if not any(e.value == d.value for e in evidence.durations):
            if evidence.durations:
                value_conflicts.append((d, evidence.durations[0]))
            else:
                missing.append(d)
    if rank_conflicts and value_conflicts:
        # "قوة الزلزال الأول 7.8" against "زلزال ثانٍ بقوة 7.5": the sentence tells another of the series, whose
        # values decide nothing about this one.
        missing += [c for c, _ in value_conflicts + rank_conflicts]
        value_conflicts, rank_conflicts = [], []
    value_conflicts += rank_conflicts
    missing += rank_missing
    known: set[int] = set()
    n_c = len(claim.words)
    if context is not None and n_c and sum(link.strength for link in links.values()) / n_c >= 0.5:
        # Only a sentence that already states most of the claim may borrow from its article (the
        # name its pronoun or "القناة" stands for); values must be in the sentence itself.
        # A name the claim gives a role ("على فرنسا") must be in the sentence itself: the article
        # naming it elsewhere says nothing about its part in this event. So must every party of the
        # claim when the sentence's own agent is, in the claim, on the other end of the event ("طلب
        # بوتين المساعدة من بشار الأسد" is not stated by "بشار الأسد طلب المساعدة" in an article
        # that names Putin).
        agent_moved = any(conflicts.party(claim.words[k]) and claim.words[k].role and not evidence.words[link.evidence].role
                          and canonical_role(claim.words[k].role, claim.words[k].frame)
                          != canonical_role("", evidence.words[link.evidence].frame) for k, link in links.items())
        # Nor an extent ("بالكامل"): it qualifies this sentence's verb, not the article's other events.
        # Nor may it borrow the claim's verb (its first word, when not a name): the article saying
        # "تملكها شركة شوي كيسن" elsewhere does not make a sentence about the ship's grounding state
        # who owns it.
        known = {i for i, c in enumerate(claim.words)
                 if i not in links and not (c.name and c.role not in ("", "في")) and not (agent_moved and conflicts.party(c))
                 and not (i == 0 and not c.name) and extent_word(c) is None and not c.keys.isdisjoint(context.keys)}
    # A bare year ("كأس العالم 2022") may come from the article: its other sentences or its date.
    years = set(context.years if context else ()) | {evidence.year}
    from_article = [v for v in missing if year_only(v) and value_year(v) in years]
    matched += len(from_article)
    missing = [v for v in missing if v not in from_article]
    used = {link.evidence for link in links.values()}
    n_c, n_e = len(claim.words), len(evidence.words)
    unaligned_c = [i for i in range(n_c) if i not in links and i not in known]
    unaligned_e = [j for j in range(n_e) if j not in used]
    substitutions = conflicts.substitutions(claim, evidence, links, used, known)
    substitutions[0].extend(conflicts.patronymics(claim, evidence, links) + conflicts.detached_names(claim, evidence, links)
                            + conflicts.kind_swaps(claim, evidence, links) + conflicts.deputies(claim, evidence, links))
    swaps, roles_agree, roles_changed = conflicts.role_swaps(claim, evidence, links)
    swaps += [pair for pair in conflicts.attachment_swaps(claim, evidence, links) if pair not in swaps]
    if claim.frame and evidence.frame:
        swaps += [pair for pair in conflicts.unnamed_party_swaps(claim, evidence, links) if pair not in swaps]
    # A name in one role on each side ("طلب X من Y" / "طلب X إلى Y"), not a name bare on one side only
    # (a rewording: "وقعت الإمارات مع موريتانيا" / "توقيع اتفاقيات بين الإمارات وموريتانيا").
    role_clashes = [(c, rc, re_) for c, rc, re_ in roles_changed if rc and re_]
    antonyms = conflicts.antonym_pairs(claim, evidence, links)
    # A word in the slot of its opposite ("هبوط الفضة بارتفاع اليورو" / "صعود للفضة بانخفاض اليورو").
    # Not where each side says both ("يهبط الخام في ظل ارتفاع العلاوة" / "يهبط الخام والعلاوة ترتفع"): the slot
    # then pairs two clauses' words; which thing goes which way is direction_conflicts' to tell.
    c_signs = frozenset().union(*(w.ant for w in claim.words))
    e_signs = frozenset().union(*(w.ant for w in evidence.words))
    for c_text, e_text in substitutions[1]:
        c_ant, e_ant = table_get(antonym_families(), normalize(c_text)), table_get(antonym_families(), normalize(e_text))
        if any(-a in e_ant and not (a in e_signs and -a in c_signs) for a in c_ant) and (c_text, e_text) not in antonyms:
            antonyms.append((c_text, e_text))
    if claim.frame and evidence.frame and (conflicts.parties_linked(claim, evidence, links)
                                           or conflicts.unnamed_parties_linked(claim, evidence, links)):
        # Winning and losing words are compared through the roles they give (winner / loser), not as
        # opposites: "خسرت فرنسا أمام الأرجنتين" = "فازت الأرجنتين على فرنسا". Without a named
        # party in those roles on both sides ("حزب النهضة يخسر" / "فوز حزب النهضة") they are opposites.
        outcomes = {w.text for w in (*claim.words, *evidence.words) if w.outcome}
        antonyms = [(c, e) for c, e in antonyms if c not in outcomes or e not in outcomes]
    converse, converse_found = conflicts.converse_pairs(claim, evidence, links)
    antonyms += [pair for pair in converse if pair not in antonyms]
    negation = conflicts.negation_flip(claim, evidence, links)
    # A denial word linked to one on the other side is on both, whatever its form ("رفض" / "يرفض").
    c_at = {w.pos: i for i, w in enumerate(claim.words)}
    e_pol_at = {at for _, at in evidence.polarity_at}
    paired = {(k, evidence.words[links[c_at[at]].evidence].pos) for k, at in claim.polarity_at
              if at in c_at and c_at[at] in links and evidence.words[links[c_at[at]].evidence].pos in e_pol_at}
    pol_c = claim.polarity - evidence.polarity - {k for k, _ in paired}
    # A denial in the evidence counts only near what the claim speaks of ("… إلى أجل غير مسمى" far
    # from the claim's words says nothing about them).
    near = {evidence.words[link.evidence].pos for link in links.values()}
    paired_at = {at for _, at in paired}
    pol_e = {k for k, at in evidence.polarity_at
             if k not in claim.polarity and at not in paired_at and any(abs(at - pos) <= 4 for pos in near)}
    # A denial on one side and a negation on the other say the same ("روسيا تنفي وجود أدلة" / "عدم وجود أدلة").
    pol_c -= {DENIAL} if evidence.negations else set()
    pol_e -= {DENIAL} if claim.negations else set()
    strengths = [links[i].strength if i in links else 0.9 if i in known else 0.0 for i in range(n_c)]
    sentence_coverage = sum(links[i].strength for i in links) / n_c if n_c else 0.0
    names = [i for i, w in enumerate(claim.words) if w.name]
    w_c = [idf(w) for w in claim.words]
    left_idf = [w_c[i] for i in unaligned_c]
    f = {
        "claim_words": n_c,
        "evidence_words": n_e,
        "coverage": sum(strengths) / n_c if n_c else 0.0,
        "coverage_exact": sum(s >= 0.95 for s in strengths) / n_c if n_c else 0.0,
        "evidence_coverage": len(used) / n_e if n_e else 0.0,
        "unaligned_claim": len(unaligned_c),
        "unaligned_evidence": len(unaligned_e),
        "unaligned_claim_names": sum(claim.words[i].name for i in unaligned_c),
        "unaligned_evidence_names": sum(evidence.words[j].name for j in unaligned_e),
        "substitutions": len(substitutions[1]),
        "name_substitutions": len(substitutions[0]),
        "values_matched": matched,
        "value_conflicts": len(value_conflicts),
        "values_missing": len(missing),
        "year_conflicts": sum(describe_conflict(c, e).startswith("year") for c, e in value_conflicts),
        "negation_mismatch": 1.0 if negation else 0.0,
        "negations_claim": claim.negations,
        "negations_evidence": evidence.negations,
        "polarity_only_claim": len(pol_c),
        "polarity_only_evidence": len(pol_e),
        "antonyms": len(antonyms),
        "role_swaps": len(swaps),
        "roles_agree": roles_agree,
        "roles_changed": len(roles_changed),
        "order": _order(links),
        "char_overlap": len(claim.grams & evidence.grams) / len(claim.grams | evidence.grams) if claim.grams else 0.0,
        "synonym_links": sum(link.kind == "synonym" for link in links.values()),
        "fuzzy_links": sum(link.kind in ("fuzzy", "soft") for link in links.values()),
        "first_word_aligned": 1.0 if 0 in links else 0.0,
        "length_ratio": n_c / n_e if n_e else float(n_c),
        "coverage_names": sum(i in links for i in names) / len(names) if names else 1.0,
        # (counted as the model was fitted: before a win without a goal against was read as its score)
        "claim_values": sum(v.unit != CLEAN_SHEET_UNIT for v in claim.values),
        "evidence_values": sum(v.unit != CLEAN_SHEET_UNIT for v in evidence.values),
        "coverage_idf": sum(w * s for w, s in zip(w_c, strengths)) / sum(w_c) if n_c else 0.0,
        "unaligned_claim_idf_max": max(left_idf, default=0.0),
        "unaligned_claim_idf": sum(left_idf),
        "unaligned_evidence_idf": sum(idf(evidence.words[j]) for j in unaligned_e),
    }
    return Alignment(claim=claim, evidence=evidence, links=links, known=known, sentence_coverage=sentence_coverage,
                     features={k: float(v) for k, v in f.items()},
                     conflicts=value_conflicts, missing=missing, swaps=swaps, role_clashes=role_clashes,
                     substitutions=substitutions[0],
                     slot_changes=substitutions[1],
                     antonyms=antonyms, negation=negation,
                     polarity=next(iter(sorted(pol_c or pol_e)), None),
                     agent_clashes=conflicts.agent_clashes(claim, evidence, links)
                     + conflicts.contrast_values(claim, evidence, links), converse=converse_found,
                     prizes_unwon=conflicts.prizes_unwon(claim, evidence))


def _link_capitals(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A capital and its country as the same party ("برلين تطالب موسكو" = "ألمانيا تطالب روسيا"), or the
    capital as the place in the claim's country ("إلى برلين" for "إلى ألمانيا"): linked
    (:func:`akhbar.wordfacts.country_of`); a country for its capital as a place is not."""
    used = {link.evidence for link in links.values()}
    for i, c in enumerate(claim.words):
        country = country_of(c.norm) if c.place and i not in links else ""
        if not country:
            continue
        # As a place, the capital states its country ("وصل إلى برلين" states "وصل إلى ألمانيا"), not the reverse.
        place = a_place(claim, i)
        j = next((j for j, e in enumerate(evidence.words)
                  if j not in used and e.place and country_of(e.norm) == country and e.norm != c.norm
                  and a_place(evidence, j) == place and (not place or bare(c.norm) == country)), None)
        if j is not None:
            links[i] = Link(i, j, 0.85, "synonym")
            used.add(j)


def a_place(side: Side, k: int) -> bool:
    """The name at ``k`` is where the event happens or goes ("في برلين"، "إلى برلين"، "مدينة الدوحة"), not a party."""
    w = side.words[k]
    before = side.words[k - 1] if k and side.words[k - 1].pos == w.pos - 1 else None
    return w.role in PLACE_ROLES or w.setting or (before is not None and venue_word(before.norm))


def _own_values(claim: Side, evidence: Side, links: dict[int, Link]) -> list[Value]:
    """The sentence's values but its dates of another event than the one the claim's words are linked
    to: "كُلّف البشير يوم الثلاثاء 10 ديسمبر … بعد يومين من سقوط حكم الأسد" dates the appointment,
    not the fall, so it neither contradicts "سقط حكم الأسد في 8 ديسمبر" nor supports "… في 10
    ديسمبر". A date is another event's when the claim's event words (its linked words that are no
    names) all sit on the other side of a phrase of lexicon.RELATIVE_TIME from it."""
    event = {evidence.words[link.evidence].relative for i, link in links.items() if not claim.words[i].name}
    if len(event) != 1 or not any(_dated(c) for c in claim.values):
        return evidence.values
    return [e for e in evidence.values if not _dated(e) or e.relative in event]


def _dated(v: Value) -> bool:
    return value_year(v) is not None or v.kind == "weekday"


def _order(links: dict[int, Link]) -> float:
    """Share of linked word pairs that keep their order (1 for a claim that follows the evidence)."""
    seq = [links[i].evidence for i in sorted(links)]
    n = len(seq) * (len(seq) - 1) // 2
    if not n:
        return 1.0
    return sum(a < b for k, a in enumerate(seq) for b in seq[k + 1:]) / n
