"""One text read for the claim checker's aligner (:mod:`akhbar.align`): a claim or an evidence sentence as a side.

``analyze(text)`` reads a text once (cached) into a :class:`Side`: its content words (:class:`Word`) with every
key they can match by (:mod:`akhbar.wordfacts`), its numbers, dates and ranks as values (:mod:`akhbar.values`,
ordinal words with the noun they rank), its negations and polarity words, and its names with their roles (the
word before a name: على، أمام، من، إلى، …; winner / loser under a verb of winning or losing, clause by clause),
the clauses and the phrases of time, place or another event each word stands in. ``merge`` reads several
analysed sentences as one; :class:`Context` is what the rest of an article states. Nothing here looks at a
second text: comparing two sides is :func:`akhbar.align.align`'s job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import lexicon
from .arabic import Token, get_analyzer, light10, normalize, without_conjunction
from .qa.match import bare, bm25_idf, stem_match
from .qa.names import GIVEN_BARE
from .value_compare import value_year
from .values import Value, read_values
from .wordfacts import (
    AGENT_VERB,
    ARTICLE,
    CLOCK,
    CLOCK_ROLE,
    DENIAL,
    NAMES_AS_WRITTEN,
    PRIZE_ROLE,
    ROLE_WORDS,
    TITLES,
    affirmed,
    age_follows,
    arrest_groups,
    arresting,
    commenting,
    denial_taken_back,
    excepted,
    future_verb,
    hamza_past,
    is_prize,
    known_word,
    named_place,
    outcome_family,
    passive_alike,
    report_denial,
    token_facts,
    used_lightly,
    voice,
    word_info,
)
from .wordlinks import index_keys
from .wordtables import doubled_two, sentence_frequencies


def idf(word: Word) -> float:
    """How informative a word is (BM25 IDF over news-like sentences; unseen words weigh most)."""
    n, table = sentence_frequencies()
    return bm25_idf(n, table.get(df_key(word), 0))


def df_key(word: Word) -> str:
    """The key a word is counted by in the sentence frequencies (bench/build_verify_tables.py counts by it too): its
    light10 stem, also where the word keeps its own letters in the word tables (wordtables.whole_key: "أمان" is counted
    with "أم"): the model was fitted on these counts."""
    return light10(doubled_two(word.norm) or bare(word.norm))


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


def listed_name(word: Word) -> bool:
    """The word is a name of the lexicon's lists (a person, a place, an organisation), not a name by its shape alone."""
    return word.norm in NAMES_AS_WRITTEN or bare(word.norm) in NAMES_AS_WRITTEN or named_place(word.norm, bare(word.norm))

_RELATIVE = _folded(lexicon.RELATIVE_TIME)
_HALT = normalize("توقف")  # the polarity family of a halt (lexicon.POLARITY_FAMILIES)
_CHARGE = frozenset(bare(normalize(w)) for w in lexicon.CHARGE_WORDS)
_TASK = _folded(lexicon.TASK_NOUNS)
# "أكثر" / "أقل" frame a number ("أكثر من 50": lexicon.FRAME_WORDS) but compare when no number follows ("بنسبة أقل من
# العام الماضي", "بنسبة أعلى"): then they are words of their own, opposites of "أعلى" / "أكثر" (lexicon.ANTONYMS).
# TRUST BUG, round 25: dropped as frames, "ارتفعت الأسعار بنسبة أقل من العام الماضي" was supported by "… بنسبة أعلى …".
_COMPARISONS = _folded(lexicon.MORE_LESS) & _folded(lexicon.FRAME_WORDS)
_SHARES_AND_FRAMES = _folded(lexicon.QUANTIFIERS) | _folded(lexicon.FRAME_WORDS)
_SCORING = _folded(lexicon.SCORING_VERBS)
_SURPASSING = _folded(lexicon.SURPASSING)
_HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")  # short vowels, dagger alif and tatweel


def _first_forms(word: str) -> set[str]:
    """The bare forms a phrase's first word takes, alone and after "و": bare reads a first ل or ف as a clitic ("لقيت" →
    "قيت"), which after "و" it keeps ("ولقيت" → "لقيت"), so "ولقيت سيدة مصرعها" met no phrase of "لقيت" (the lead's real
    news, round 43's held-out batch 22, now dev: the true "توفيت امرأة" was contradicted, "the source says ولقيت")."""
    return {bare(word), bare("و" + word)}


# Phrases by the bare form of their first word, longest first ("والمربع الذهبي" starts one too).
_PHRASE_INDEX: dict[str, list[tuple[list[str], str]]] = {}
for _phrase, _canon in sorted(lexicon.PHRASES.items(), key=lambda kv: -len(kv[0].split())):
    _words = normalize(_phrase).split()
    for _form in _first_forms(_words[0]):
        _PHRASE_INDEX.setdefault(_form, []).append((_words, _canon))
# The verbs of lexicon.VERB_OBJECT_PHRASES by their bare form: (what follows, the word both are read as).
_SPLIT_INDEX: dict[str, list[tuple[list[str], str]]] = {}
for _verbs, _rests, _canon in lexicon.VERB_OBJECT_PHRASES:
    for _verb in _verbs:
        for _form in _first_forms(normalize(_verb)):
            _SPLIT_INDEX.setdefault(_form, []).extend((normalize(r).split(), _canon) for r in _rests)

# --- one side: words, values, names ------------------------------------------------------------


_PAUSE = re.compile(r"[،,.;؛:!?؟]")  # a comma or a stop between two words (Side.pause_between)


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
    person: bool = False  # a person's name: one of the lexicon's lists, or the family name after a given name ("أحمد الشرع")
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
    _tokens: tuple[Token, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def text_tokens(self) -> tuple[Token, ...]:
        """The analyzer's tokens of the text (the positions Word.pos counts), read once per side: the clause, party
        and plan checks ask them of every word of a pair (verify_clauses, verify_parties, verify_deeds)."""
        if self._tokens is None:
            self._tokens = tuple(get_analyzer().tokens(self.text))
        return self._tokens

    def positioned_tokens(self) -> tuple[Token, ...] | None:
        """The text's tokens when Word.pos counts them (one sentence read alone), None when it does not (sentences of
        a pair read together: each counts its positions from 0). The checks that read a word's neighbours by their
        positions ask this, and read nothing when it is None."""
        tokens = self.text_tokens()
        return tokens if len(tokens) == self.tokens else None

    def pause_between(self, j: int, k: int) -> bool:
        """A comma or a stop stands between the side's words ``j`` and ``k`` (one sentence read alone; a pair's
        sentences count their positions apart, and read no pause): the word before a comma holds no slot of the word
        after it ("… يوجد مقرها في باريس، فإن المسلحين ساقوا …" gives باريس no slot of the claim's verb "اقتاد"
        before "المسلحون": a true rewording of the lead's real news was contradicted so, round 37)."""
        tokens = self.positioned_tokens()
        return tokens is not None and _PAUSE.search(self.text[tokens[self.words[j].pos].end:tokens[self.words[k].pos].start]) is not None

    def folded(self) -> tuple[str, ...]:
        """Every token of the text folded, stopwords included ("فيما", "تحت", "لا يزال"): read once per side, not once
        per pair it is aligned in (conflicts.contrast_values, opposites.ended_state)."""
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
    # the keys of words the article says before a name ("مدينة" of "مدينة جبلة"), with that name, and the keys it
    # also says elsewhere: a word said only before another name is not the claim's ("قرب مدينة طرطوس")
    heads: frozenset[tuple[str, str]] = frozenset()
    unheaded: frozenset[str] = frozenset()
    # the keys of words the article says after a role word, with it ("عن" of "عن 94 عاماً"): a claim word borrowed
    # with a reason word of its own must be said after the same one somewhere (see Context.attaches)
    attached: frozenset[tuple[str, str]] = frozenset()
    # the nouns the article ranks second or later ("زلزال ثانٍ"): a series, whose one it does not rank is the first
    ranked: frozenset[str] = frozenset()
    # the article's sentences themselves, for the checks that read its words in order (verify_clauses.noun_of_another)
    sides: tuple[Side, ...] = field(default=(), compare=False, hash=False, repr=False)
    # every rank the article gives, (its noun, the rank): a claim's rank is borrowed only for the same noun ("الذكرى
    # الأولى"), not from another's ("أول بطولة" is no "المباراة الأولى")
    ranks: frozenset[tuple[str, float]] = frozenset()
    # the years of plans' names ("رؤية السعودية 2030", values.Value.named): a claim may borrow them only for a plan's name
    plan_years: frozenset[int | None] = frozenset()

    @classmethod
    def of(cls, sides: list[Side]) -> Context:
        keys = frozenset().union(*(frozenset(k for w in side.words for k in w.keys) for side in sides))
        # (not a plan's year, "رؤية السعودية 2030": part of its name, no date the article tells, values.Value.named)
        years = frozenset({value_year(v) for side in sides for v in side.values if not v.named} | {side.year for side in sides})
        heads: set[tuple[str, str]] = set()
        unheaded: set[str] = set()
        attached = {(k, w.role) for side in sides for w in side.words if w.role for k in w.keys}
        for side in sides:
            for j, w in enumerate(side.words):
                named = None if w.name else name_after(side.words, j)
                if named is not None:
                    heads.update((k, named.norm) for k in w.keys)
                else:
                    unheaded.update(w.keys)
        ranked = frozenset(v.unit for side in sides for v in side.ordinals if v.value >= 2 and v.unit)
        ranks = frozenset((v.unit, v.value) for side in sides for v in side.ordinals if v.unit)
        plan_years = frozenset(value_year(v) for side in sides for v in side.values if v.named)
        return cls(keys, years, frozenset(heads), frozenset(unheaded), frozenset(attached), ranked, tuple(sides), ranks,
                   plan_years)

    def rank_of_another(self, claim: Side, c: Word) -> bool:
        """The claim's word ``c`` is a rank the article gives no noun the claim ranks with it, so none it may borrow:
        "الأولى" of "المباراة الأولى" against an article whose "أول" ranks a tournament and whose first match is not told
        (held out 28's TRUST BUG: "وأقيمت المباراة الأولى على استاد لوسيل" borrowed its rank from the final's article);
        "الذكرى الأولى" said elsewhere is the article's."""
        rank = next((v for v in claim.ordinals if v.text == c.text), None) if bare(c.norm) in _RANK_WORDS else None
        return rank is not None and not any(
            n == rank.value and (u == rank.unit or stem_match(u, rank.unit) >= 0.85) for u, n in self.ranks)

    def heads_another(self, word: Word, names: list[Word]) -> bool:
        """The article says ``word`` only right before names other than the claim's ``names`` (a name of several
        words: "سقوط الأسد" heads "بشار الأسد" too)."""
        return self.unheaded.isdisjoint(word.keys) and not any((k, n.norm) in self.heads for k in word.keys for n in names)

    def last_headed(self, w: Word, sentence: list[Word]) -> Word | None:
        """The last name the article says right after ``w``'s noun before ``sentence`` (None: the sentence is not among
        the article's, or no name is said before it): "المشروع" of a sentence after "مشروع نيوم" is Neom, though the
        article says "مشروع ذا لاين" later."""
        said = [x.text for x in sentence]
        last = None
        for side in self.sides:
            if [x.text for x in side.words] == said:
                return last
            for j, x in enumerate(side.words):
                if x.keys & w.keys and not x.name and (named := name_after(side.words, j)) is not None:
                    last = named
        return None

    def attaches(self, word: Word) -> bool:
        """The article says ``word`` after the role word the claim puts before it ("عن" of a reason, see
        align._reason_phrases): a claim's "عن رواية …" after "نال جائزة نوبل" gives the prize a reason; an article that
        names the novel only among the writer's best known works gives none."""
        return any((k, word.role) in self.attached for k in word.keys)


def name_after(words: list[Word], j: int) -> Word | None:
    """The name right after word ``j``, or after it and one head word ("قرب" of "قرب مدينة جبلة" heads جبلة: it is no
    "قرب طرطوس" either)."""
    nxt = words[j + 1] if j + 1 < len(words) and words[j + 1].pos == words[j].pos + 1 else None
    if nxt is None or nxt.name:
        return nxt
    after = words[j + 2] if j + 2 < len(words) else None
    return after if after is not None and after.name and after.pos == nxt.pos + 1 else None


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
    if role == "امام":  # no frame: after a verb of scoring, the side scored against, which may have won or lost
        return ""
    return role



def _compares(norms: list[str], i: int, tokens: list, spans: list[tuple[int, int]]) -> bool:
    """The word at ``i`` is "أكثر" / "أقل" comparing, not framing a number: "من" and a definite word after it ("أقل من
    العام الماضي"), or a noun made definite by the word after it ("أقل من عرض الرائد"), or no "من" at all ("بنسبة
    أقل"); not before a number, an indefinite noun ("أكثر من دولة") or a share ("أكثر من نصف السكان")."""
    if without_conjunction(norms[i]) not in _COMPARISONS:
        return False
    if i + 1 < len(norms) and norms[i + 1] == "من":
        if i + 2 >= len(norms) or any(s <= tokens[i + 2].start < e for s, e in spans):
            return False
        # (real news batch 16: "كان عرض التعاون أقل من عرض الرائد" had its "أقل" read as a frame and was supported by
        # "قدم عرض أعلى من الرائد")
        construct = i + 3 < len(norms) and norms[i + 3].startswith("ال") and norms[i + 2] not in _SHARES_AND_FRAMES
        return norms[i + 2].startswith("ال") or construct
    return not (i + 1 < len(tokens) and any(s <= tokens[i + 1].start < e for s, e in spans))


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
    dropped: set[int] = set()  # the object of a verb read with it as one word, its subject between (_split_phrase_at)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if i in starts:
            clause += 1
            setting_until = -1
            relative = False
        if i in dropped:
            i += 1
            continue
        if bare(tok.norm) in _RELATIVE or tok.norm in _RELATIVE:
            relative = True
        if relative:
            in_relative.add(i)
        if tok.norm in _SETTING_WORDS:
            setting_until = i + 4  # the phrase: the word and the noun phrase after it
        setting = i <= setting_until
        if setting:
            in_setting.add(i)
        facts = token_facts(tok.norm, tok.stem, tok.stop and not _name_spelt_as_stop(tok.text), _maqsura(tok.text))
        if AGENT_VERB.fullmatch(tok.norm) and not facts.name:
            agent_verb_at, agent_verb_won = i, facts.outcome == "win"
        phrase = _phrase_at(norms, i, facts.bare) if facts.bare in _PHRASE_INDEX else None
        if _departed_at(norms, i):
            phrase = (1, "توفي")
        elif phrase is None and _servant_name_at(norms, i):
            phrase = (2, tok.text + tokens[i + 1].text)  # ("عبد الله" is the one name "عبدالله" writes joined)
        # (a verb takes no preposition before it: "جون كيري، بعد أن" is no "يرى … أن", read as "قال": a true claim of
        # round 45's dev batch 27 that met the name was contradicted by it)
        if phrase is None and facts.bare in _SPLIT_INDEX and not _GLUED_PREPOSITION.match(norms[i]) \
                and (split := _split_phrase_at(norms, i, facts.bare, starts)):
            rest, canon = split
            dropped.update(rest)
            phrase = (1, canon)
        if phrase is not None:
            length, canon = phrase
            if canon:
                words.append(_word(canon, normalize(canon), i, None, tok.text[:1].isupper(), role=_role_before(norms, i)))
                words[-1].negated = i <= negated_until
                words[-1].clause, words[-1].setting, words[-1].relative = clause, setting, relative
                if family := token_facts(normalize(canon), "", False).polarity:
                    polarity.append((family, i))  # (a vote against is a refusal: "صوت ضد" = "رفض")
            i += length
            continue
        # (a bound's "لا" is its value's, no denial: "ما لا يقل عن 50" is at least 50; a score's "دون رد" still reads as one)
        if facts.negates and not excepted(norms, i, starts) and not affirmed(norms, i) and not _other_than(norms, i, words) \
                and not (tok.norm in _BOUND_NEGATIONS and any(s <= tok.start < e for s, e in spans)):
            negations += 1
            # ("دون أن يسجلوا": "without" reaches the verb after its "أن", not "أن" alone)
            negated_until = i + facts.negates + (facts.negates == 1 and i + 1 < len(norms) and norms[i + 1] == "ان")
        # ("أوقفت الشرطة السائق" arrests, and a denial of a report the sentence then tells is taken back: no polarity)
        arrest = bool(facts.polarity) and arresting(norms, i, lambda k: any(s <= tokens[k].start < e for s, e in spans))
        # (a halt after "بعد" dates what follows by a halt before it, "مغادرة أول ناقلة بعد توقف لثلاثة عقود": no deed
        # stopped; ANS-dev's true "أول ناقلة تغادر" was contradicted, "denial or refusal on one side only: توقف")
        halt_before = facts.polarity == _HALT and i > 0 and norms[i - 1] == "بعد"
        if facts.polarity and not commenting(norms, i) and not arrest and not halt_before and not (
                facts.polarity == DENIAL and (found := report_denial(text, tokens, i)) and denial_taken_back(tokens, found[1]) is not None):
            polarity.append((facts.polarity, i))
        outcome, voiced, surpassed = facts.outcome, False, False
        if outcome == "win" and passive_alike(tok.norm):
            outcome, object_at = voice(tok.text, norms, i, starts)
            voiced = True
        elif not outcome and without_conjunction(tok.norm) in _SURPASSING:
            # "وتخطى المغرب إسبانيا": a win where a team it beat follows (dev 24's true sentence found no "وتخطى"
            # for the source's "ثم أقصوا إسبانيا"); "تخطى عدد القتلى …" stays "more than"
            beaten, at = voice(tok.text, norms, i, starts)
            if beaten == "win" and at is not None:
                outcome, object_at, surpassed = "win", at, True
        if outcome in ("win", "lose"):
            frame = frame or outcome
            framed.append((i, clause, outcome))
        if (facts.content or _compares(norms, i, tokens, spans)) and not (spans and any(s <= tok.start < e for s, e in spans)) \
                and not (facts.light and used_lightly(facts.light, norms[i + 1:], values)) \
                and not (tok.norm in _TASK and any(w.norm in _CHARGE or bare(w.norm) in _CHARGE for w in words)):
            # (an accusative tanween "كبيراً، مجدداً" marks an adjective or adverb, never a name)
            placed = _after_place_head(norms, i)
            w = _word(tok.text, tok.norm, i, tok.stem,
                      (facts.name and "\u064b" not in tok.text) or tok.text[:1].isupper() or placed,
                      role=_role_before(norms, i, glued=not (placed or _after_org_head(norms, i))))
            w.negated = i <= negated_until
            w.clause = clause
            w.passive = _passive_of(tok.text, tok.norm, norms[i - 1] if i else "")
            if w.name and not w.role and i > 0 and is_prize(norms[i - 1]):
                w.role = PRIZE_ROLE  # "كأس أوروبا": the prize's name, no party to the result
            if w.name and i > 0 and (bare(norms[i - 1]) in CLOCK or norms[i - 1] in CLOCK):
                w.role = CLOCK_ROLE  # "بتوقيت الإمارات": the hour's time zone, no place of the event
            w.patient = w.name and not w.role and i - agent_verb_at <= 2
            if w.patient and agent_verb_won:
                w.role = "علي"
            w.setting = setting
            w.relative = relative
            if arrest:  # an arrest's word too ("اعتقل"), whose opposite is a release, not a continuing
                syn, w.ant = arrest_groups()
                w.syn = w.syn | syn
            if voiced:  # its opposites too: "هُزم" is "خسر", whatever family the active "هزم" has
                w.outcome, w.ant = outcome, outcome_family(outcome)
            elif surpassed:  # a win's opposites besides its own ("تتخطى" / "تتراجع" still meet as opposites)
                w.outcome, w.ant = outcome, w.ant | outcome_family(outcome)
            if i == object_at:  # the team a verb of winning takes as its object lost ("هزم المغرب البرتغال")
                w.role = "علي"
            elif (object_at is not None and w.name and not w.role and tok.norm[:1] == "و" and words
                  and words[-1].pos == i - 1 and words[-1].name and words[-1].role == "علي" and words[-1].pos >= object_at):
                w.role = "علي"  # and the team joined to it ("أقصى منتخبي إسبانيا والبرتغال": both lost)
            # A name right after a title, or one word further ("شركة إيفرغرين", "شركة شوي كيسن", "الرئيس
            # بوتين"), is as sure as a listed one.
            w.listed = w.listed or (not ARTICLE.match(tok.norm) and len(tok.norm) >= 3
                                    and any(k >= 0 and bare(norms[k]) in TITLES for k in (i - 1, i - 2)))
            # The word after a given name is that person's family name ("أحمد الشرع"): a name, whatever common word
            # shares its letters ("شوارع" of the root شرع; wordlinks links no person by root).
            w.person = w.person or (i > 0 and bare(norms[i - 1]) in GIVEN_BARE
                                    and (w.name or ARTICLE.match(tok.norm) is not None))
            words.append(w)
        i += 1
    for v in values:
        v.clause = sum(1 for k in starts if tokens[k].start <= v.start)
        v.relative = next((k in in_relative for k, t in enumerate(tokens) if t.end > v.start), False)
    # "X أمام Y" without a listed verb: X lost (سقط/تعثر/هُزم أمام); after a verb of scoring Y is the side scored
    # against ("سجل فالنسيا هدفي الإكوادور أمام قطر"), and the sentence tells no result (held out 9's false swap)
    if "امام" in {w.role for w in words if w.name} and not frame \
            and not any(bare(n) in _SCORING or without_conjunction(n) in _SCORING for n in norms):
        frame = "lose"
    _clause_frames(words, framed, frame)
    return Side(text=text, words=words, values=values, negations=negations,
                polarity=frozenset(k for k, _ in polarity), polarity_at=tuple(polarity),
                frame=frame, tokens=len(tokens), year=ref.year if ref else None, grams=_text_grams(normalize(text)),
                ordinals=_ordinals(tokens, in_setting, spans, text), durations=durations)


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
# حصل مبابي على الحذاء الذهبي", "، وقال …", "وتشغلها شركة إيفرغرين" (و + a verb carrying its object), and a
# contrast or a next step ("، لكنها هبطت في الأقصر", "، ثم توجه إلى طهران": lexicon.CLAUSE_OPENERS; round 25, the
# claim "هبطت الرحلة في القاهرة" took its place from the clause before).
_BOUND_NEGATIONS = _folded(("لا", "ولا", "لم", "ولم", "لن", "ولن"))
_CLAUSE_WORDS = _folded((*lexicon.CLAUSE_OPENERS, *lexicon.ALSO_OPENERS, "ثم"))
_CLAUSE_PHRASES = _folded(lexicon.CLAUSE_OPENER_PHRASES)
_SETTING_WORDS = frozenset({"في", "خلال", "منذ", "عام", "يوم"})
_OBJECT_VERB = re.compile(r"و[تين]\w{2,}(?:ها|هم|هما)")
_GLUED_PAST = re.compile(r"و(?!ال)\w{2,4}ته")
_FEMININE_PAST = re.compile(r"[وف]?(?![يتن]|ال)\w{3,5}ت")


def object_pronoun_verb(norm: str) -> bool:
    """A verb's shape with its object pronoun after a و ("وأغلقته", "وتطالبها"): where a word of this shape is a verb,
    its object is a thing of an earlier clause."""
    return bool(_OBJECT_VERB.fullmatch(norm) or _GLUED_PAST.fullmatch(norm))


def glued_past(tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a second past of the sentence's feminine doer joined by a bare و, its object a pronoun: "أغلقت
    السلطات المعبر أمام المسافرين وأبقته مفتوحاً أمام الشاحنات" (verify42's round-30 dev probe: "وأبقته" opened no clause,
    so "أغلقت السلطات المعبر أمام الشاحنات" was supported). Its shape is a noun's with a pronoun too ("وأسرته"); only
    after the sentence's own first word, a past of a feminine doer ("أغلقت"), is it read as the verb."""
    return bool(_GLUED_PAST.fullmatch(tokens[i].norm)) and bool(_FEMININE_PAST.fullmatch(tokens[0].norm)) \
        and not any(_GLUED_PAST.fullmatch(t.norm) for t in tokens[1:i])


ORDINALS = {normalize(w): n for w, n in lexicon.ORDINALS.items()}
_RANK_WORDS = frozenset(bare(normalize(w)) for w in lexicon.ORDINALS)
_SECOND_ADJECTIVE = normalize("ثان")
# (the noun before "المركز الثالث" that makes it a match's name: "مباراة تحديد المركز الثالث", "مباراة المركز الثالث")
NAMING_RANK = frozenset({"تحديد", "مباراه"})


def _ordinals(tokens: list, in_setting: set[int], spans: list[tuple[int, int]], text: str = "") -> tuple[Value, ...]:
    """Ordinal words with the noun they rank: the noun before one with the article ("المركز الرابع",
    "بلقبها الثاني"), the noun after one without ("خامس جهة", "أول مهمة"). One inside a value is part
    of its name: the month "كانون الثاني" of "يناير/كانون الثاني 2019" ranks nothing. One joined by "و" after a comma
    or a number, with no noun of its own, ranks the noun of the ordinal before it: "اللقب الثالث للأرجنتين بعد عامي
    1978 و1986، والأول منذ 36 عاماً" ranks the title first too (dev 32: "وهو أول لقب لها منذ 36 عاماً" was replaced,
    "rank أول ≠ الثالث")."""
    out: list[Value] = []
    for i, tok in enumerate(tokens):
        n = ORDINALS.get(tok.norm) or ORDINALS.get(bare(tok.norm))
        if n and out and i and tok.norm[:3] == "وال" and (tokens[i - 1].norm.isdigit() or "،" in text[tokens[i - 1].end:tok.start]
                     or "," in text[tokens[i - 1].end:tok.start]) and not any(s <= tok.start < e for s, e in spans):
            out.append(replace(out[-1], value=float(n), text=tok.text, setting=i in in_setting))
            continue
        if not n or any(s <= tok.start < e for s, e in spans):
            continue
        # (with tanween it is an adjective too: "زلزال ثانٍ"; and so is "ثان", that adjective with its tanween unwritten,
        # whose form before a noun is "ثاني")
        adjective = (tok.norm.startswith("ال") or bare(tok.norm).startswith("ال") or any(t in tok.text for t in "\u064b\u064c\u064d")
                     or without_conjunction(tok.norm) == _SECOND_ADJECTIVE)
        k = i - 1 if adjective else i + 1
        if 0 <= k < len(tokens) and not tokens[k].stop:
            # A rank a match is named by ("مباراة تحديد المركز الثالث") is its setting wherever it stands: "خسر
            # المغرب مباراة تحديد المركز الثالث" tells the match, not the rank the team took.
            named = adjective and k >= 1 and bare(tokens[k - 1].norm) in NAMING_RANK
            out.append(Value(kind="ordinal", value=float(n), text=tok.text, unit=light10(bare(tokens[k].norm)),
                             setting=i in in_setting or named))
    return tuple(out)


def _clause_starts(text: str, tokens: list) -> frozenset[int]:
    out = set()
    for i in range(1, len(tokens)):
        norm = tokens[i].norm
        between = text[tokens[i - 1].end:tokens[i].start]
        if (norm in _CLAUSE_WORDS or (norm == "حين" and tokens[i - 1].norm == "في")
                or (norm.startswith("و") and len(norm) > 2 and ("،" in between or "," in between) and not fronted_setting(text, tokens, i))
                or _OBJECT_VERB.fullmatch(norm) or glued_past(tokens, i)
                or ("،" in between or "," in between) and i + 1 < len(tokens) and f"{norm} {tokens[i + 1].norm}" in _CLAUSE_PHRASES):
            out.add(i - 1 if norm == "حين" else i)
    return frozenset(out)



# The prepositions a sentence's opening phrase of time or place starts with ("في أبريل الماضي، وافق المجلس …")
_FRONTING = frozenset({"في", "خلال", "منذ", "بعد", "قبل", "عند"})


def fronted_setting(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Token ``i`` follows the comma that closes a short phrase of time or place the sentence opens with (a preposition,
    at most five words, no comma inside): it is the verb that phrase sets, not a clause of its own opened by "و". "في
    مارس الماضي، وافق البرلمان …" read "وافق" as و + a clause, and the claim "وافق البرلمان في مارس الماضي" was told the
    month of another deed (a true claim of round 44's held-out real news was left unsupported so)."""
    if not 1 <= i <= 5 or tokens[0].norm not in _FRONTING:
        return False
    commas = [bool(_COMMA.search(text[tokens[k - 1].end:tokens[k].start])) for k in range(1, i + 1)]
    return commas[-1] and not any(commas[:-1])


_COMMA = re.compile("[،,]")


def _word(text: str, norm: str, pos: int, stem: str | None, name_like: bool, role: str) -> Word:
    # A future verb is linked as its present ("ستدير" as "تدير": the verbal noun "إدارة" then meets it).
    if stem and future_verb(norm, stem, _maqsura(text)):
        norm, stem = norm[1:] if norm[0] == "س" else norm[0] + norm[2:], None
    # A present with its hamza on و / ئ is linked as its past ("تؤكد" as "أكد": the folded "توكد" has none of its keys).
    elif stem and (past := hamza_past(text)):
        norm, stem = past, None
    info = word_info(norm, stem or "")
    keys = info[0]
    if len(norm) == 3 and norm.endswith("ا") and "\u064b" in text[-2:]:
        # a noun of two letters with its accusative tanween's alif is found by the noun too ("فناً" by "فن"; a longer
        # word's stem drops the alif already); as written it still meets the word written without the mark ("طنا")
        keys = keys | {norm[:-1]}
    return Word(text=text, norm=norm, pos=pos, keys=keys, light=info[1], stem=info[2], skel=info[3], root=info[4],
                syn=info[5], ant=info[6], name=name_like or info[7] or info[9], place=info[7], role=role,
                outcome=info[8], listed=info[7] or info[9], person=info[9])


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


_NAMES_SPELT_AS_STOPS = frozenset(lexicon.NAMES_SPELT_AS_STOPWORDS)


def _other_than(norms: list[str], i: int, words: list[Word]) -> bool:
    """"غير" right after a name, before a word with the article, is "other than", an exception that affirms, no
    negation of a quality ("من أشهر روايات نجيب محفوظ غير الثلاثية أولاد حارتنا": dev 24's true sentence was replaced,
    "negation: الثلاثية is negated on one side only"); after a common noun it still negates its adjective
    ("الانفجارات غير النووية")."""
    return without_conjunction(norms[i]) == "غير" and i + 1 < len(norms) and norms[i + 1].startswith("ال") \
        and bool(words) and words[-1].pos == i - 1 and words[-1].person


def _name_spelt_as_stop(text: str) -> bool:
    """A given name written as such whose folded form is a stopword's ("علي", not "على": lexicon.NAMES_SPELT_AS_STOPWORDS)."""
    plain = _HARAKAT.sub("", text)
    return plain in _NAMES_SPELT_AS_STOPS or (plain[:1] == "و" and plain[1:] in _NAMES_SPELT_AS_STOPS)


def _maqsura(text: str) -> bool:
    """Written with a final ى (a weak verb's ending: "ستبقى"), diacritics aside."""
    return _HARAKAT.sub("", text).endswith("ى")


_DEPARTING = _folded(lexicon.DEPARTING)
_AGE_WORDS = _folded(lexicon.LIGHT_VERBS["age"])


def _departed_at(norms: list[str], i: int) -> bool:
    """A departure at an age ("ترحل عن 76 عاماً", "ورحل عن عمر ناهز 94 عاماً", lexicon.DEPARTING) is a death: the verb is
    read as "توفي" (its age is read as the value it is). "يرحل عن النادي" (leaves the club) is not."""
    norm = norms[i]
    if (norm not in _DEPARTING and not (norm[:1] in "وف" and norm[1:] in _DEPARTING)) or norms[i + 1:i + 2] != ["عن"]:
        return False
    rest = norms[i + 2:]
    return age_follows(rest[1:] if rest[:1] and rest[0] in _AGE_WORDS else rest)


_SERVANT = frozenset(normalize(w) for w in ("عبد", "وعبد"))


def _servant_name_at(norms: list[str], i: int) -> bool:
    """"عبد" before a name of God with its article ("عبد الله", "عبد الرحمن"): one given name, which news writes joined
    as often as apart ("عبدالله"); read apart, the claim's "عبدالله" met no word of the sentence's "عبد الله نايف
    المريبض" and was set against "نايف" (the lead's real news, round 43's batch 21, now dev: a true claim contradicted,
    "name عبدالله ≠ نايف")."""
    return norms[i] in _SERVANT and i + 1 < len(norms) and norms[i + 1].startswith("ال") and len(norms[i + 1]) >= 4


_GLUED_PREPOSITION = re.compile(r"[وف]?[كبل](?=ي|ت|ا)")


def _split_phrase_at(norms: list[str], i: int, first: str, starts: frozenset[int]) -> tuple[range, str] | None:
    """A verb of lexicon.VERB_OBJECT_PHRASES with its subject between it and what follows it, in one clause ("فارق
    الممثل الكبير الحياة", "ألقت قوات الأمن القبض على …"): (the positions of what follows, the word both are read
    as), or None. (Right after the verb, the phrase is one of lexicon.PHRASES.)"""
    for rest, canon in _SPLIT_INDEX.get(first, ()):
        for at in range(i + 2, min(i + 2 + lexicon.SUBJECT_BETWEEN, len(norms))):
            if at in starts:
                break
            if norms[at:at + len(rest)] == rest:
                return range(at, at + len(rest)), canon
    return None


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


def _after_place_head(norms: list[str], i: int) -> bool:
    """The word at ``i`` is the name of the place the word before it heads in construct ("مرفأ قمرون", "جزيرة
    برقيس", lexicon.PLACE_HEADS): the head without ال (but "العاصمة دمشق"; "سكان القرية يتمسكون" names nothing),
    the word without ال and no ordinal ("ولاية ثانية"). Not the first word of a name of two ("مخيم عين الحلوة", "سجن
    أبو غريب"): that name is read whole as before."""
    head, norm = norms[i - 1] if i else "", norms[i]
    if not head or (i + 1 < len(norms) and ARTICLE.match(norms[i + 1])) or bare(norm) in _NAME_STARTS:
        return False
    return (bare(head) in _PLACE_HEADS and (not ARTICLE.match(head) or bare(head) in _CAPITAL)
            and not ARTICLE.match(norm) and len(norm) >= 3 and norm.isalpha()
            and norm not in ORDINALS and bare(norm) not in ORDINALS)


def _after_org_head(norms: list[str], i: int) -> bool:
    """The word at ``i`` names the company or team the word before it heads (lexicon.ORG_HEADS: "شركة ليمار",
    "منتخب برقيس"), its first ب / ل its own: without ال, and what that letter leaves no word the tables know ("شركة
    لصناعة السيارات" keeps its ل)."""
    norm = norms[i]
    return (i > 0 and bare(norms[i - 1]) in _ORG_HEADS and not ARTICLE.match(norm) and norm[:1] in ("ب", "ل")
            and not known_word(norm[1:]))


_ORG_HEADS = frozenset(bare(normalize(w)) for w in lexicon.ORG_HEADS)
_PLACE_HEADS = frozenset(bare(normalize(w)) for w in lexicon.PLACE_HEADS)
_CAPITAL = frozenset(bare(normalize(w)) for w in lexicon.TOWN_HEADS if normalize(w).startswith("ال"))
_NAME_STARTS = frozenset(bare(normalize(w)) for w in (*lexicon.NAME_HEADS, *lexicon.COMPOUND_NAME_HEADS))


_COST = frozenset(normalize(w) for w in lexicon.AT_THE_COST_OF)
_ON = normalize("على")


def _role_before(norms: list[str], i: int, glued: bool = True) -> str:
    # "على فرنسا", "أمام الأرجنتين", "على يد X", "من قبل X": the role word just before the name
    # (one word may stand between: "على منتخب فرنسا"); "لمصر", "بمصر": a glued ل / ب (not on a place's name
    # after its head: "جزيرة برقيس" is no "بـرقيس").
    norm = norms[i]
    # (the role word before first: "أمام برشلونة" is no glued ب)
    if i >= 1 and norms[i - 1] in ROLE_WORDS:
        return norms[i - 1]
    for back in (1, 2):  # "على حساب نادي إشبيلية"
        if i > back and norms[i - back] in _COST and norms[i - back - 1] == _ON and (back == 1 or norms[i - 1] not in ROLE_WORDS):
            return _ON
    if (glued and len(norm) >= 4 and norm[0] in "لب" and not norm.startswith(("ال", "لل")) and norm[1:2] != "ا"
            and norm not in NAMES_AS_WRITTEN):  # (بريطانيا، بوتين begin with ب)
        return norm[0]
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
