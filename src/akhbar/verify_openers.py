"""Where a sentence's clauses open, for the claim checker's reading clause by clause (:mod:`akhbar.verify_clauses`): a
count, a date, a place or a side told in the clause of another deed is no slot of the claim's deed.

A clause opens at the sentence's first word when it may be a verb, at the word after "فيما" / "بينما" / "في حين" /
"ثم", at a verb after a bare comma that takes a part of a count told before, at "بعد أن" / "قبل أن", and at a verb glued to its "و"
(a past, a future, form V, a three-letter root Arabic WordNet lists, "وتوفي"). None opens within brackets or quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import lexicon
from .align import Side, Word
from .arabic import Token, normalize, without_conjunction
from .clauses import FUTURE_VERB
from .sides import fronted_setting, glued_past
from .verify_deeds import past_shaped
from .wordfacts import THAT
from .wordtables import root_table

__all__ = ["clause_at", "clause_opens", "may_open"]

_OPENS_CLAUSE = frozenset(normalize(w) for w in ("فيما", "بينما", "ثم", "كما"))
_WHILE, _IN = normalize("حين"), normalize("في")
_BEFORE_AFTER = frozenset(normalize(w) for w in (*lexicon.EVENT_BEFORE, *lexicon.EVENT_AFTER))
_PARTITIVES = frozenset(normalize(w) for w in lexicon.PARTITIVES)
_PARTITIVE_REACH = 3  # ("توفي منهم", "أفرج عن 15 منهم")


def clause_opens(side: Side) -> tuple[Sequence[Token], frozenset[int]]:
    """The side's tokens and the positions of the words that open its clauses (:func:`_opens`; "بعد أن" / "قبل أن" too: "،
    بعد أن كان 18 جنيهاً", a clause of the time before, whose verb may be a stopword)."""
    if _LAST_OPENS and _LAST_OPENS[0][0] is side:
        return _LAST_OPENS[0][1]
    tokens = side.text_tokens()
    opens = {w.pos for w in side.words if w.pos < len(tokens) and _opens(w, tokens, side.text)}
    opens |= {k for k in range(len(tokens) - 1) if tokens[k].norm in _BEFORE_AFTER and tokens[k + 1].norm in THAT}
    # (the verb after a phrase of time or place the sentence opens with is that phrase's: "في أبريل الماضي، وافق …")
    if opens and fronted_setting(side.text, tokens, min(opens)):
        opens.discard(min(opens))
    got = (tokens, frozenset(opens))
    _LAST_OPENS[:] = [(side, got)]
    return got


# the last side read (a pair's checks ask its clauses up to four times)
_LAST_OPENS: list[tuple[Side, tuple[Sequence[Token], frozenset[int]]]] = []


def clause_at(opens: frozenset[int], pos: int) -> int:
    """The position of the word that opens the clause of token ``pos`` (-1 before the first)."""
    return max((p for p in opens if p <= pos), default=-1)


def _opens(w: Word, tokens: Sequence[Token], text: str) -> bool:
    """The word is a verb that opens a clause (see :func:`akhbar.verify_clauses.value_of_another_clause`); none does
    within brackets or quotes (a gloss: "(دوق إيطاليا وكونت النورمان)")."""
    before = text[:tokens[w.pos].start]
    if before.count("(") > before.count(")") or before.count("«") > before.count("»") or before.count('"') % 2:
        return False
    if w.pos == 0 or tokens[w.pos - 1].norm in _OPENS_CLAUSE or (
            w.pos >= 2 and tokens[w.pos - 1].norm == _WHILE and tokens[w.pos - 2].norm == _IN):  # ("في حين")
        return may_open(w)
    # (a verb after a bare comma that takes a part of a count told before: "أصيب 50 شخصاً، توفي منهم 20")
    if re.search("[،,]", text[tokens[w.pos - 1].end:tokens[w.pos].start]) and may_open(w) \
            and any(t.norm in _PARTITIVES for t in tokens[w.pos + 1:w.pos + 1 + _PARTITIVE_REACH]):
        return True
    if glued_past(tokens, w.pos):  # ("… وأبقته مفتوحاً أمام الشاحنات": a second past, its object a pronoun)
        return True
    glued = without_conjunction(tokens[w.pos].norm)
    return glued != tokens[w.pos].norm and (past_shaped(w) or re.search(r"\wأت$", w.text) is not None or (
        len(glued) >= 5 and glued[0] == "ت" and glued.endswith("ت") and not glued.endswith("ات"))  # "وتراجعت"
        or glued in _WEAK_PASTS or _root_verb(w, glued) or FUTURE_VERB.match(glued) is not None)  # ("وستعقد القمة المقبلة")


def _root_verb(w: Word, glued: str) -> bool:
    """A word after its "و" that is a root Arabic WordNet lists, of three letters (past or verbal noun alike: "وصنع هدفاً",
    "وخسر أمام", "وجرح عشرة"; a hollow past, "وفاز على") or after the ت of form V ("وتعلم الخط"): the lead's round 27
    probe, each claim took its slot from the clause before. No name, no noun's ending ("وردة")."""
    core = glued[1:] if len(glued) == 4 and glued[0] == "ت" else glued
    if w.name or len(core) != 3 or core.endswith(("ه", "ة")):
        return False
    root = root_table().get(core)
    return root == core or (core[1] == "ا" and bool(root))  # (a hollow past: "وفاز", "وزار", "وعاد")


# Pasts of a weak root that the shape test reads as nouns (their ending ي): "ولد الكاتب في القاهرة وتوفي في باريس".
_WEAK_PASTS = frozenset(normalize(w) for w in ("توفي", "توفيت", "توفوا"))


_PLURAL_PAST_OBJECT = re.compile(r"و(?:هما|هم|هن|ها|ه|نا|ني|ك|كم)$")


def may_open(w: Word) -> bool:
    """A sentence's first word that may be its verb: no name, no article, no noun's ending ("أجري", "قتل", "توفي";
    "بدأت" is a past, "مسيرات" a plural)."""
    bare_word = without_conjunction(normalize(w.text))
    if len(bare_word) > 6:
        # (a plural past with its object pronoun is read by its past: "ثم أرشدوها إلى الموقف الخلفي" opens a clause as
        # "ثم أرشدوا" does; verify44's dev probe took the place of that clause for the first deed's)
        bare_word = _PLURAL_PAST_OBJECT.sub("وا", bare_word)
    return not w.name and 3 <= len(bare_word) <= 6 and not re.match(r"^[بلك]?ال", bare_word) \
        and not bare_word.endswith(("ة", "ين", "ون")) and not (bare_word.endswith("ات") and not w.text.endswith("أت"))
