"""Where a short answer stands against the question's event word (moved unchanged from :mod:`akhbar.qa.decide`).

:func:`event_anchors` finds the token positions of the question's event word or role noun in a sentence, :func:`anchored`
holds a who / when short answer within ANCHOR_REACH of them, :func:`_negated` sees the event denied just before it, and
:func:`_neighbours` / :func:`_event_sentence` give the sentences beside a chosen one (a cause's event told next door).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .. import lexicon
from ..arabic import normalize
from .choice import event_of, tells
from .constraints import Constraint
from .evidence import Sentence, ShortAnswer
from .life_span import asked_life_event
from .match import bare
from .periods import DECADE_NOUNS
from .question import QuestionInfo

ANCHOR_REACH = 8  # tokens between a who / when short answer and the question's event word or role noun, at most
# Words that, just before the question's event word, deny it ("لم يفز"، "نفى فوز"، "ألغى الاتفاق").
NEGATIONS = {normalize(w) for w in (*lexicon.NEGATION_PARTICLES, *lexicon.NOUN_NEGATORS, *lexicon.POLARITY_WORDS)}
ROLE_NOUNS = {bare(normalize(w)) for w in lexicon.ROLE_NOUNS}


def _neighbours(ranked: Sequence[Sentence]) -> Callable[[Sentence], list[Sentence]]:
    by_place = {(id(s.cand), s.index): s for s in ranked}

    def around(sent: Sentence) -> list[Sentence]:
        return [n for d in (-1, 1) if (n := by_place.get((id(sent.cand), sent.index + d))) is not None]

    return around


CAUSE_REACH = 4  # sentences between a cause and the sentence telling its event, at most


def _event_sentence(chosen: Sentence, usable: Sequence[Sentence], info: QuestionInfo,
                    constraints: Sequence[Constraint], threshold: float) -> Sentence | None:
    """For a cause that does not tell the event itself, the best-ranked sentence of its passage,
    close to it, that does and covers the question; None otherwise."""
    if tells(chosen, info, constraints) and chosen.coverage >= threshold:
        return None
    return next((s for s in usable if s is not chosen and s.cand is chosen.cand
                 and abs(s.index - chosen.index) <= CAUSE_REACH and s.coverage >= threshold
                 and tells(s, info, constraints)), None)


def event_anchors(sent: Sentence, info: QuestionInfo, constraints: Sequence[Constraint]) -> list[int]:
    """Token positions of the sentence where the question's event word ("درب"، "ولد") or a role noun
    it asks about ("رئاسة" of "من تولى رئاسة الحكومة") stands, matched as the event word is
    (:func:`akhbar.qa.roles.event_positions`: stem, related word, skeleton)."""
    from .roles import deed_positions, event_positions, framed_deed, framed_positions, passive_positions

    event = event_of(constraints, info)
    # the word after the interrogative: "أمر" of "من أمر ببدء سحب…" (not the عقد of "في أي عقد")
    verb = [w for w in info.focus_norms[:1] if w[0] not in DECADE_NOUNS]
    if info.relative is not None:
        verb = [info.relative]  # "من هو الحاكم … الذي دعا": دعا tells the event, not الحاكم
    words = list(dict.fromkeys([*([event] if event else []), *verb,
                                *((n, st) for n, st in info.focus_norms if bare(n) in ROLE_NOUNS)]))
    if event and asked_life_event(info, event):
        words = [event]  # "متى ولد X مدرب المنتخب": the birth anchors its date, not the post X is named by
    # who did it, told in the passive by the verb's noun and its agent: "تم اختطافها من قبل X" for "من اختطف"
    passive = {p for w in verb for p in passive_positions(sent, *w)} if info.qtype == "who" else set()
    # ... or by the verb's noun after a verb that frames it as done: "قام X … بتسجيل براءة" for "متى سجل X براءة"،
    # "تم توقيع الاتفاق" for "متى وقعت" (round 24: such sentences were "no event")
    framed = {p for w in words for p in framed_positions(sent, *w)}
    if event and framed_deed(info):
        # the question frames its deed so ("متى تم توقيع الاتفاق"، "متى قامت الإمارات بإطلاق المسبار"): its noun is
        # told by the verb ("وقعت موسكو ودمشق اتفاقاً"، "انطلق المسبار") or its noun
        framed |= set(deed_positions(sent, *event))
    return sorted({p for w in words for p in event_positions(sent, *w)} | passive | framed | set(won_positions(sent, info))
                  | {i for i, n in enumerate(sent.norms) for w, _ in words if bare(n) == bare(w)})


# Verbs of winning a prize that tell "فاز ب" in other words ("نال"، "حصل على"، "تسلم": lexicon.PRIZE_WON_VERBS), not "فاز"
# itself, which the event word finds; the win verbs a who-question asks by (lexicon.WIN_WORDS).
_WON = frozenset(normalize(w) for w in lexicon.PRIZE_WON_VERBS) - frozenset(normalize(w) for w in lexicon.WIN_WORDS)
_WIN = frozenset(normalize(w) for w in lexicon.WIN_WORDS)
WON_REACH = 6  # tokens from a verb of winning to the prize it names, its doer between them ("ونال الحكم الدولي X جائزة …")


def won_positions(sent: Sentence, info: QuestionInfo) -> list[int]:
    """Where the sentence tells "من فاز بـX؟" by another verb of winning, X written after it in its clause ("ونال الحكم
    الدولي سامي القاسم جائزة الروح الرياضية" for "من فاز بجائزة الروح الرياضية؟"; round 43: held out 28's control abstained,
    "no event"). The thing won must follow: "حصل على" alone wins nothing ("حصلت القائمة على 40 في المئة من الأصوات")."""
    if info.qtype != "who" or len(info.focus_norms) < 2 or info.focus_norms[0][0] not in _WIN:
        return []
    won, stem = info.focus_norms[1]
    if not won.startswith("ب") or not stem:
        return []
    # (and the word naming which one, "جائزة الروح": another prize of the sentence is no answer, "ونال فيلم … جائزة أفضل …")
    # ("جائزة أفضل ممثلة": the next two words of the question, "ونال … جائزة أفضل فيلم" is another prize)
    named = [bare(n) for n, st in info.focus_norms[2:4] if st]  # as written: "ممثلة" is no "ممثل"
    out = []
    for k, n in enumerate(sent.norms):
        if n not in _WON and n[1:] not in _WON:
            continue
        for j in range(k + 1, min(len(sent.norms) - 1, k + 1 + WON_REACH)):
            if sent.breaks_before(j):
                break
            if sent.stems[j] == stem and all(w in {bare(x) for x in sent.norms[j + 1:j + 4]} for w in named):
                out.append(k)
                break
    return out


def _event_at(sent: Sentence, event: tuple[str, str]) -> list[int]:
    from .roles import event_positions

    return event_positions(sent, *event)


def anchored(short: ShortAnswer, sent: Sentence, anchors: Sequence[int]) -> bool:
    """The short answer belongs to the question's event word or role noun: found by it (the agent of
    its verb, the date nearest it) or standing within ANCHOR_REACH tokens of it — the name next to
    "برئاسة حكومة" is its head, not "بشار الأسد" twelve words on."""
    if not anchors:
        return False
    if short.method in ("role", "event"):
        return True
    inside = [i for i, (s, e) in enumerate(sent.spans) if s < short.end and short.start < e]
    return bool(inside) and any(min(abs(p - inside[0]), abs(p - inside[-1])) <= ANCHOR_REACH for p in anchors)


def _negated(sent: Sentence, event: tuple[str, str] | None) -> bool:
    """The sentence negates the question's event ("لم يفز"، "نفى…")."""
    from .roles import event_positions

    if event is None:
        return False
    return any(any(sent.norms[j] in NEGATIONS for j in range(max(0, p - 2), p))
               for p in event_positions(sent, *event))
