"""A prize's own name as a constraint (round 42): "جائزة الأطلس في الأدب" is not answered from a Nobel sentence, nor
"جائزة الرواية الأولى" from the sentence on the article's main prize.

A prize named in construct ("جائزة الأطلس"، "بجائزة الضفتين للرواية العربية"، "جائزة الرواية الأولى") carries its name
in the words right after "جائزة", up to its field ("للرواية"، "في الأدب") or a word of no content. The field rule
(:mod:`akhbar.qa.prize_field`) reads the field only: "جائزة الأطلس في الأدب" and "جائزة نوبل للآداب" share it, and the
question about the first was answered with the second's day. Here a sentence answers a question naming a prize only
when it tells that prize:

- it names prizes in construct: one of them must share a word of the name asked ("جائزة الشيخ زايد للكتاب" and
  "جائزة زايد" do), unless it writes the name asked of two words or more itself ("حصل … على الحذاء الذهبي");
- it names only "الجائزة": that is the prize its article named last before it (else its title's), which must be the
  one asked ("وتبلغ قيمة الجائزة 50 ألف دولار" after "فاز … بجائزة الضفتين" is no value of "جائزة الرواية الأولى",
  named only at the article's end: held out 28);
- it names no prize: its article, when it names prizes in construct, must name the one asked.

A name that is a superlative ("جائزة أفضل لاعب"، "جائزة أكثر الشركات …": lexicon.PRIZE_SUPERLATIVES) or a field
("جائزة الأدب") is left to the rules that read those.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..arabic import Analyzer, normalize
from .constraints import Constraint
from .evidence import CLAUSE_BREAK, Sentence
from .prize_field import _BEST, _field, _plain

NAME_WORDS = 3  # content words of a prize's name after "جائزة" ("جائزة الملك فيصل العالمية")
_PRIZE = _plain(normalize("جائزة"))
_EACH = frozenset(normalize(w) for w in ("كل", "لكل", "بكل"))
_SUPERLATIVES = frozenset(_plain(normalize(w)) for w in lexicon.PRIZE_SUPERLATIVES)


def _prize_word(norm: str) -> bool:
    """A singular "جائزة" with or without its clitics ("بجائزة"، "الجائزة")."""
    return _plain(norm) == _PRIZE or (norm[:1] in "وفبل" and _plain(norm[1:]) == _PRIZE)


def _definite(norm: str) -> bool:
    return _prize_word(norm) and "ال" in norm[:4]


def _name_after(norms: Sequence[str], stems: Sequence[str], i: int, breaks: Sequence[bool]) -> tuple[str, ...] | None:
    """The name words (plain folded) of the prize whose "جائزة" stands at ``i`` in construct, or None when none is read
    (a number, a superlative or a field right after it, or nothing)."""
    out: list[str] = []
    for j in range(i + 1, min(len(norms), i + 1 + NAME_WORDS)):
        if breaks[j] or not stems[j]:
            break
        n = norms[j]
        if n[:1].isdigit() or _field(n) >= 0 or (out and n.startswith("ل")):
            break  # "للرواية"، "للآداب": the field after the name
        if not out and (_plain(n) in _BEST or n in _BEST or _plain(n) in _SUPERLATIVES or _prize_word(n)):
            return None
        out.append(_plain(n))
    return tuple(out) or None


def _prizes(norms: Sequence[str], stems: Sequence[str], breaks: Sequence[bool]) -> list[tuple[int, tuple[str, ...]]]:
    """(position, name) of every prize a text names in construct."""
    out = []
    for i, n in enumerate(norms):
        if _prize_word(n) and not _definite(n) and not (i and norms[i - 1] in _EACH):  # "قيمة كل جائزة عشرة آلاف"
            name = _name_after(norms, stems, i, breaks)
            if name:
                out.append((i, name))
    return out


def _read(text: str, analyzer: Analyzer) -> tuple[list[str], list[str], list[bool], list[int]]:
    toks = analyzer.tokens(text or "")
    breaks = [j > 0 and bool(CLAUSE_BREAK.search(text[toks[j - 1].end:toks[j].start])) for j in range(len(toks))]
    return [t.norm for t in toks], ["" if t.stop else t.stem for t in toks], breaks, [t.start for t in toks]


@lru_cache(maxsize=256)
def _text_prizes(text: str, analyzer: Analyzer) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(character offset, name) of every prize an article's text (or title) names in construct, in order (cached:
    one question's sentences share a few articles)."""
    norms, stems, breaks, starts = _read(text, analyzer)
    return tuple((starts[i], name) for i, name in _prizes(norms, stems, breaks))


def asked_prize_name(question: str, analyzer: Analyzer) -> Constraint | None:
    """The prize the question names in construct, as a constraint of kind "prize" (its text "جائزة" and the name as the
    question writes them, its words the name's plain forms), or None."""
    toks = analyzer.tokens(question)
    norms, stems, breaks, _ = _read(question, analyzer)
    for i, name in _prizes(norms, stems, breaks):
        end = toks[i + len(name)].end
        text = question[toks[i].start:end]
        if text[:1] in "وبل" and _prize_word(normalize(text.split()[0][1:])):
            text = text[1:]  # "بجائزة الأطلس" → "جائزة الأطلس"
        return Constraint("prize", text, words=tuple((w, w) for w in name))
    return None


def _same(asked: Sequence[str], name: Sequence[str]) -> bool:
    return bool(set(asked) & set(name))


def prize_name_unmet(c: Constraint | None, sent: Sentence, analyzer: Analyzer) -> list[Constraint]:
    """``[c]`` when ``sent`` tells another prize than the one ``c`` names (see the module docstring), else ``[]``."""
    if c is None:
        return []
    asked = [w for w, _ in c.words]
    plain = [_plain(n) for n in sent.norms]
    if len(asked) > 1 and any(plain[k:k + len(asked)] == asked for k in range(len(plain))):
        return []  # the name itself, with no "جائزة" before it ("حصل مبابي على الحذاء الذهبي")
    breaks = [sent.breaks_before(j) for j in range(len(sent.norms))]
    own = _prizes(sent.norms, sent.stems, breaks)
    if own:
        return [] if any(_same(asked, name) for _, name in own) else [c]
    text, title = sent.cand.text or "", sent.cand.title or ""
    if any(_definite(n) for n in sent.norms):
        before = [name for at, name in _text_prizes(text, analyzer) if at < sent.start] or \
            [name for _, name in _text_prizes(title, analyzer)]
        return [c] if before and not _same(asked, before[-1]) else []
    told = [name for _, name in _text_prizes(text, analyzer) + _text_prizes(title, analyzer)]
    return [c] if told and not any(_same(asked, name) for name in told) else []
