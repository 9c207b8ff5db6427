"""The links a claim word keeps (:class:`Link`), and the steps :func:`akhbar.align.align` runs on them after linking each
claim word to its best sentence word: a sentence word said once stands for one claim word (a near spelling, a move's
synonym, a root, a synonym of a word another claim word takes as written), a site is no deed, and a light verb the
sentence writes before the same subject is known. Split from align.py (round 30) so that the aligner stays readable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .arabic import normalize, without_conjunction
from .qa.match import bare
from .value_compare import same_value, value_year
from .values import Value, month_named_at
from .wordfacts import ARTICLE, arrest_groups
from .wordlinks import word_link

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .arabic import Token
    from .sides import Side, Word


@dataclass(slots=True)
class Link:
    claim: int  # index into claim.words
    evidence: int  # index into evidence.words
    strength: float
    kind: str  # "same" | "stem" | "synonym" | "root" | "soft" | "fuzzy"


def second_partner(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Drop the link of a claim word to a sentence word a letter apart from it (one edit: a spelling variant, "soft"
    below 0.8) when another claim word says that sentence word itself: the claim has its own word for it, so this
    one is another word ("وتضم العاصمة البرج الأيقوني، أطول برج في العالم" was supported by "… أطول برج في أفريقيا"
    with both العاصمة and العالم linked to the sentence's العاصمة)."""
    said = {link.evidence for link in links.values() if link.kind in ("same", "stem")}
    # (a name too, where the claim word that says the sentence's word is a name: two names of the claim, one of the
    # sentence's: "نائب الرئيس التنفيذي لشركة هواوي" had "هواوي" linked to "هوغو", the vice-president's own name said
    # by the claim's "هوغو"; the lead's real news, round 44's dev batch 25, supported at 0.96 against "لشركة شيومي")
    named = {link.evidence: claim.words[i] for i, link in links.items() if link.kind == "same" and claim.words[i].name}
    for i, link in list(links.items()):
        if link.kind == "soft" and link.strength < 0.8 and link.evidence in said \
                and not (claim.words[i].name or evidence.words[link.evidence].name):
            del links[i]
        elif link.kind in ("soft", "stem") and (name := named.get(link.evidence)) is not None \
                and not any(len(k) >= 4 for k in claim.words[i].keys & name.keys):
            # (and a stem alike, "شركة مارينا" linked to "ماريو", the speaker's name the claim says, by three letters
            # only; "المعروضات" and "معروضا" share their stem, one word twice)
            del links[i]


def one_move_each(claim: Side, links: dict[int, Link]) -> None:
    """Drop the group-synonym link of a claim word of a move or its opposite (Word.ant: a rise, a fall, a win …) to a
    sentence word another such claim word also takes: the sentence tells that move once, of one thing, and the claim's
    second is its own ("تعافي الدولار يصعد بالذهب" against "ارتفاع الدولار ينزل بالذهب": the sentence's one rise is the
    dollar's, not gold's). The stronger link stays, the first of two as strong."""
    movers: dict[int, list[int]] = {}
    for i, link in links.items():
        if claim.words[i].ant:
            movers.setdefault(link.evidence, []).append(i)
    for found in movers.values():
        keep = max(found, key=lambda i: (links[i].strength, -i))
        for i in found:
            if i != keep and links[i].kind == "synonym":
                del links[i]


def one_telling_each(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A word the claim writes twice ("وسحب بوتين أوامره ببدء سحب …") and the sentence once ("وأمر ببدء سحب …") is linked
    only where it stands as the sentence's does: of two claim words linked to that one sentence word, where one is the
    claim's opening word and the other's neighbour is linked to the sentence word's neighbour, the opening word's link is
    dropped (guard51's round-42 TRUST BUG: the verb "وسحب" took the sentence's noun "سحب" and the claim was supported at
    0.96)."""
    by_word: dict[int, list[int]] = {}
    for i, link in links.items():
        if link.strength >= 0.95:
            by_word.setdefault(link.evidence, []).append(i)
    for j, found in by_word.items():
        if len(found) != 2 or len({bare(without_conjunction(claim.words[i].norm)) for i in found}) != 1 \
                or sum(bool(evidence.words[j].keys & e.keys) for e in evidence.words) != 1:
            continue
        placed = [i for i in found if any(k in links and abs(links[k].evidence - j) == 1 for k in (i - 1, i + 1))]
        # (only the claim's opening verb gives the word up: a name or a noun the claim says twice is one thing told
        # twice, "يملك الاتحاد … للاتحاد الآسيوي")
        if placed and placed != [0] and 0 in found and claim.words[0].pos == 0:
            del links[0]


def one_root_each(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A root link of a claim word to a sentence word another claim word takes as written or by its stem goes to
    another word of that root, or is dropped: the sentence writes that word once, for the other ("يبلغ اللاعب من العمر
    30 عاماً" holds "اللاعب", not a verb "يلعب": "يلعب اللاعب منذ 30 عاماً" was supported at 0.76 by it, TRUST BUG of
    the lead's round 26 probe; "تأهل" of "تأهل الأهلي" is the sentence's "فسيتأهل", not its "الأهلي")."""
    exact = {link.evidence for link in links.values() if link.strength >= 0.95}
    # (a verb of the claim on the sentence's noun with its article, the doer's own word: a noun without it, "برفع" of
    # "يرفع", or a noun of the claim, "العمل" / "العمال", may tell one thing twice, as ANS's agree pairs do)
    for i in [i for i, link in links.items() if link.kind == "root" and link.evidence in exact
              and _verb_shaped(claim.words[i]) and ARTICLE.match(evidence.words[link.evidence].norm)]:
        other = [Link(i, j, *word_link(claim.words[i], e)) for j, e in enumerate(evidence.words) if j not in exact]
        other = [link for link in other if link.kind == "root"]
        if other:
            links[i] = max(other, key=lambda link: link.strength)
        else:
            del links[i]


def no_site_for_a_deed(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Drop the root link of a claim's verb to a noun of place of its root in a phrase of place or time ("م" + the three
    letters of the root: "في موقع الإطلاق" holds no "وقع", occurred; not a participle, "مستفيد" / "يستفيد"): a site is no
    deed. Dev 24's true "ووقع في الساعة 4:17 بالتوقيت المحلي" (the quake) was replaced by the probe's launch hour, "time
    4:17 ≠ 1:58", its verb linked to "موقع"."""
    for i, link in list(links.items()):
        c, e = claim.words[i], evidence.words[link.evidence]
        if link.kind == "root" and not c.setting and _verb_shaped(c) and e.setting and not e.name \
                and c.root and len(c.root) == 3 and bare(e.norm) == "م" + c.root:
            del links[i]


# ("جاء" and "يعد": "وتعد كاتدرائية ميلاد المسيح أكبر كاتدرائية" against "وتُعد الكاتدرائية الأكبر", light there only)
_PLACING_VERBS = frozenset(normalize(w) for w in (*lexicon.LIGHT_VERBS["before_time"], *lexicon.LIGHT_VERBS["considered"]))


def light_where_the_sentence_has_it(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's "جاء" (lexicon.LIGHT_VERBS "before_time") that the sentence writes right before the same word, where
    the sentence reads it as light (its "بعد تأجيله" places it) and the claim, which leaves that phrase out, does not:
    the same verb of the same subject, so known ("وجاء الإطلاق في الساعة 1:58" against "وجاء الإطلاق في الساعة 1:58 …،
    بعد تأجيله مرتين": dev 24's true sentence found no "وجاء")."""
    tokens = evidence.text_tokens()
    out = set()
    for i, c in enumerate(claim.words[:-1]):
        subject = links.get(i + 1)
        if i in links or without_conjunction(c.norm) not in _PLACING_VERBS or subject is None or subject.strength < 0.95 \
                or claim.words[i + 1].pos != c.pos + 1:
            continue
        at = evidence.words[subject.evidence].pos
        if 0 < at < len(tokens) and tokens[at].norm == evidence.words[subject.evidence].norm \
                and without_conjunction(tokens[at - 1].norm) == without_conjunction(c.norm):
            out.add(i)
    return out


_DEED_FRAMES = frozenset(normalize(w) for w in lexicon.DEED_FRAMES)


def frame_of_the_deed(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's "جاء" / "صدر" (lexicon.DEED_FRAMES) right before its subject, a verbal noun with its article linked by
    its root to a word of the sentence with none, the sentence's verb: "وجاء الإعلان يوم الأربعاء" / "أعلنت القيادة …
    أمس الأربعاء", "وصدر الإعلان خلال مؤتمر" / "أعلنت … خلال مؤتمر" (dev 27 dropped both for the frame alone)."""
    out = set()
    for i, c in enumerate(claim.words[:-1]):
        subject, noun = links.get(i + 1), claim.words[i + 1]
        if i in links or without_conjunction(c.norm) not in _DEED_FRAMES or subject is None \
                or subject.kind not in ("root", "stem") or noun.pos != c.pos + 1 or noun.name or not ARTICLE.match(noun.norm):
            continue
        verb = evidence.words[subject.evidence]
        if not verb.name and not ARTICLE.match(verb.norm) and not verb.role:
            out.add(i)
    return out


_ANNOUNCES = frozenset(normalize(w) for w in lexicon.HEADLINE_ANNOUNCING)


def announcement_a_headline_adds(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """A headline's "X تعلن <verbal noun> …" whose X is the doer of the deed the sentence tells done with that verbal
    noun's verb ("الوكالة تعلن إطلاق قمر صناعي" / "أطلقت الوكالة قمراً صناعياً"): a body announcing its own deed is how
    a headline tells the deed, so its "تعلن" is known (it was "no evidence for: تعلن"; ANS-train's one-word misses).
    Only where the sentence has no verb of saying of its own (another's word is verify_parties.announcer_of_another's)."""
    tokens = evidence.text_tokens()
    # (nor a sentence that negates or denies anything: "الوزارة: إغلاق المعبر غير وارد")
    if evidence.negations or evidence.polarity or any(without_conjunction(t.norm) in _SAYING_PASTS for t in tokens):
        return set()
    for k, c in enumerate(claim.words):
        if k == 0 or k in links or without_conjunction(c.norm) not in _ANNOUNCES or k + 1 >= len(claim.words):
            continue
        deed, doer = links.get(k + 1), links.get(k - 1)
        if deed is None or doer is None or claim.words[k + 1].pos != c.pos + 1 or claim.words[k - 1].pos != c.pos - 1 \
                or not all(i in links for i in range(k)):
            continue
        # (the sentence opens on the deed and its doer: "أطلقت الوكالة …", or a headline's doer and then its deed,
        # "القوات السورية تسيطر على …"; not a verbal noun under a plan or a decision, "تعتزم الوزارة إغلاق المعبر",
        # "الوزارة تعتزم إغلاق المعبر")
        named = sorted(evidence.words[links[i].evidence].pos for i in range(k))
        at = evidence.words[deed.evidence].pos
        # (a verb, linked by its root or a synonym: a headline's verbal noun may be the topic of a word that rules it
        # out, "الوزارة: إغلاق المعبر مستبعد")
        if deed.kind != "same" and named == list(range(named[0], named[0] + k)) \
                and ((named[0] == 0 and at == k) or (at == 0 and named[0] == 1)):
            return {k}
    return set()


_SAYING_PASTS = frozenset(normalize(w) for w in lexicon.HEADLINE_SAYING_PASTS)
_DENYING_PASTS = frozenset(normalize(w) for w in ("نفى", "نفت"))


def announcement_denied(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """A headline's "X تعلن <verbal noun> …" against a sentence that opens on X denying that very deed ("نفت الوزارة
    إغلاق المعبر" / "الوزارة تعلن إغلاق المعبر"): the announcement is the thing denied, so its "تعلن" is known and the
    denial decides (it was "no evidence for: تعلن", unsupported; verify43's Next). Only the denial's doer right after
    it, every claim word before "تعلن" linked to it in order, and the verbal noun right after them."""
    tokens = evidence.text_tokens()
    if not tokens or without_conjunction(tokens[0].norm) not in _DENYING_PASTS:
        return set()
    for k, c in enumerate(claim.words):
        if k == 0 or k in links or without_conjunction(c.norm) not in _ANNOUNCES or k + 1 >= len(claim.words):
            continue
        deed = links.get(k + 1)
        if deed is None or claim.words[k + 1].pos != c.pos + 1 or not all(i in links for i in range(k)):
            continue
        named = [evidence.words[links[i].evidence].pos for i in range(k)]
        if named == list(range(1, k + 1)) and evidence.words[deed.evidence].pos == k + 1:
            return {k}
    return set()


def _verb_shaped(w: Word) -> bool:
    """A present (ي / ت / ن before three letters at least) or a word of three or four letters with no article."""
    b = without_conjunction(w.norm)
    return not w.name and not b.startswith("ال") and (b[:1] in "يتن" and len(b) >= 4 or len(b) in (3, 4))


def one_synonym_each(claim: Side, links: dict[int, Link]) -> None:
    """Drop the synonym link (a group's, 0.85) of a claim word to a sentence word another claim word takes as written
    or by its stem: the sentence writes that word once, for the other, and the claim's word is one of its own
    ("باعت العائلة المنزل التاريخي" against "بيع المنزل التاريخي في مزاد": "العائلة" took "المنزل" through a group
    of "بيت", house and household, while "المنزل" of the claim stood for it too; the family, which the sentence
    never names, was read as said, and the claim supported at 0.88)."""
    # Only the doer right after the claim's first word, a verb the sentence tells ("باعت العائلة"): ANS-train's agree
    # pairs tell one thing twice elsewhere ("دولة قطر" / "قطر", "تصويت تونسي" / "التونسيون يدلون بأصواتهم"), and
    # dropping every such link cost two of ANS-dev's true supports.
    exact = {link.evidence for link in links.values() if link.strength >= 0.95}
    doer = links.get(1)
    if doer is not None and 0 in links and _verb_shaped(claim.words[0]) and doer.kind == "synonym" \
            and doer.evidence in exact and not claim.words[1].name and claim.words[1].pos == claim.words[0].pos + 1:
        del links[1]


_ARREST_VERBS = frozenset(normalize(w) for w in lexicon.ARREST_VERBS)


def halt_on_an_arrest(claim: Side, evidence: Side, links: dict[int, Link]) -> frozenset[str]:
    """Drop the link of a claim's halt word (a polarity word of the stop family: "توقفت ملاحقة المشتبه به") to the
    sentence's "أوقف" that arrests (wordfacts.arresting: "أوقف الأمن المشتبه به عند الحدود"), and return the claim's
    polarity families so set aside: an arrest is no halt, so the sentence neither tells the claim's halt nor denies
    it. Read as a stop on the claim's side only, the pair was contradicted (0.89, "denial or refusal on one side
    only: توقف"); the honest verdict is unsupported, the halt a word the sentence lacks."""
    if not claim.polarity_at:
        return frozenset()
    at = {w.pos: i for i, w in enumerate(claim.words)}
    e_polar = {pos for _, pos in evidence.polarity_at}
    arrest_syn = arrest_groups()[0]
    out = set()
    for kind, pos in claim.polarity_at:
        i = at.get(pos)
        if i is None:
            continue
        # (its link, or, where an earlier step dropped it, a sentence word of its letters: "توقف البحث عن سارق السيارات"
        # / "أوقفت الشرطة سارق السيارات" kept no link of "توقف" and was contradicted by the model alone, 0.90)
        found = [links[i].evidence] if i in links else [
            j for j, e in enumerate(evidence.words) if word_link(claim.words[i], e)[0] >= 0.7]
        for j in found:
            e = evidence.words[j]
            if e.pos not in e_polar and arrest_syn and arrest_syn <= e.syn and without_conjunction(e.norm) in _ARREST_VERBS:
                links.pop(i, None)
                out.add(kind)
        if i not in links and kind not in out and _arrests_the_claims_person(claim, evidence, links, e_polar, arrest_syn):
            # (an arrest in its own word, "اعتقلت قوات الأمن المتهم الفار" / "توقفت مطاردة المتهم الفار": the claim's
            # halt, linked to nothing, was a stop on its side only, contradicted at 0.87)
            out.add(kind)
    return frozenset(out)


def _arrests_the_claims_person(claim: Side, evidence: Side, links: dict[int, Link], e_polar: set[int],
                               arrest_syn: frozenset[int]) -> bool:
    """The sentence arrests (a word of the arrest's groups, no polarity word) a thing a claim word is linked to, within
    three words after the arrest."""
    linked = {evidence.words[link.evidence].pos for link in links.values()}
    return bool(arrest_syn) and any(
        e.pos not in e_polar and arrest_syn <= e.syn and any(e.pos < p <= e.pos + 3 for p in linked)
        for e in evidence.words)


def noun_beside_its_adjective(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """A noun and its adjective the claim says side by side ("الوفد الكويتي", "السفير الجديد"), the adjective linked to
    the sentence's word right after another mention of that noun: the noun is that mention, not the one its first
    hit took ("وصل الوفد السعودي إلى بغداد قبل الوفد الكويتي": the claim's "الوفد الكويتي" is the second "الوفد"; "عين
    الملك سفيراً جديداً خلفاً للسفير الذي تقاعد": "السفير الجديد" is "سفيراً", not the one who retired, and read with
    "للسفير" the claim "تقاعد السفير الجديد" was supported at 0.81, the lead's round 29 dev probe). Relinked where no
    other claim word takes that mention."""
    taken = {link.evidence for link in links.values()}
    for i in sorted(links):
        if i < 1 or i - 1 not in links:
            continue
        noun, adj = claim.words[i - 1], claim.words[i]
        # (not a nisba, "نادي الفيصلي", "الوفد الكويتي": a name's or a people's, which the doer checks read as parties; a
        # first relinking of those made "فاز نادي الوحدة بالدوري، بينما يستعد نادي الفيصلي …" support "فاز نادي الفيصلي")
        if adj.pos != noun.pos + 1 or noun.name or adj.name or adj.role or not ARTICLE.match(adj.norm) \
                or adj.norm.endswith(("ي", "يه")) or not ARTICLE.match(noun.norm):
            # (and a noun with its article, as its adjective: "أسعار الكهرباء", "دخول الدراجات" are a construct, whose
            # second word may be another clause's, verify_two_deeds.phrase_of_two_clauses: relinked, "رفعت الحكومة أسعار
            # الوقود وخفضت أسعار الكهرباء" supported "رفعت الحكومة أسعار الكهرباء")
            continue
        j1, j2 = links[i - 1].evidence, links[i].evidence
        if j2 < 1 or j2 - 1 == j1 or evidence.words[j2 - 1].pos != evidence.words[j2].pos - 1 or j2 - 1 in taken:
            continue
        other = evidence.words[j2 - 1]
        # (within the clause of the first mention: a mention in another deed's clause is that deed's, "افتتح الوزير
        # المستشفى القديم … وأغلق المستشفى الجديد" / "افتتح الوزير المستشفى الجديد", relinked, was supported)
        from .verify_openers import clause_at, clause_opens  # (it reads align, which reads this module)
        opens = clause_opens(evidence)[1]
        if clause_at(opens, evidence.words[j1].pos) != clause_at(opens, other.pos):
            continue
        strength, kind = word_link(noun, other)
        if strength >= max(0.95, links[i - 1].strength - 0.05):
            links[i - 1] = Link(i - 1, j2 - 1, strength, kind)
            taken = {link.evidence for link in links.values()}


_MONTH_HEADS = frozenset(bare(normalize(w)) for w in lexicon.MONTH_NAME_HEADS)
_RANKS = frozenset(bare(normalize(w)) for w in lexicon.ORDINALS)


def no_rank_in_a_month(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Drop the link of a claim's ordinal to the ordinal of a month's name ("كانون الأول", "تشرين الثاني"): part of a
    date, it ranks nothing. "وأقيمت المباراة الأولى على استاد لوسيل" was supported by the final's sentence dated "18
    ديسمبر/كانون الأول" (TRUST BUG, held out 28: the opening match was at al-Bayt; its "الأولى" linked to the month's
    "الأول", its "المباراة" to the next sentence's). A claim that names the month itself keeps its link."""
    for i, link in list(links.items()):
        c, e = claim.words[i], evidence.words[link.evidence]
        if bare(c.norm) not in _RANKS or link.evidence == 0:
            continue
        before = evidence.words[link.evidence - 1]
        if before.pos == e.pos - 1 and bare(before.norm) in _MONTH_HEADS \
                and not (i and bare(claim.words[i - 1].norm) in _MONTH_HEADS):
            del links[i]


def no_month_in_a_name(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Drop the link of a month's name in the claim ("خلال أيام رمضان الماضية") to the same word the sentence writes only
    as a person's family name, right after a given name ("للفنان محمد رمضان"): the lead's real news, round 42 held out,
    now dev, had "أيام العيد" told as "أيام رمضان" supported at 0.98. A claim that names the person keeps its link."""
    tokens = claim.positioned_tokens()
    if tokens is None:
        return
    for i, link in list(links.items()):
        c, e = claim.words[i], evidence.words[link.evidence]
        if link.evidence == 0 or month_named_at(tokens, c.pos) is None:
            continue
        before = evidence.words[link.evidence - 1]
        if before.pos == e.pos - 1 and before.person and not any(w.keys & before.keys for w in claim.words):
            del links[i]


_ANOTHER = frozenset(normalize(w) for w in ("آخر", "أخرى"))
_SECOND = frozenset(normalize(w) for w in ("ثان", "ثاني", "ثانية", "ثانيه"))


def another_for_a_second(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Link the claim's "آخر" / "أخرى" right after an indefinite noun ("زلزال آخر", another quake) to the sentence's
    "ثانٍ" / "ثانية" right after the noun it is linked to ("زلزال ثانٍ", a second one): of two events, the other is the
    second (dev 28 dropped "ضرب المنطقة زلزال آخر بلغت قوته 7.5 درجات": "the source says ثانٍ where the claim says آخر").
    Not "آخر" before its noun ("آخر نسخة", the last), nor after a definite one ("الزلزال الآخر")."""
    for i, c in enumerate(claim.words):
        if i in links or not i or without_conjunction(c.norm) not in _ANOTHER or i - 1 not in links:
            continue
        noun = claim.words[i - 1]
        if noun.pos != c.pos - 1 or noun.norm.startswith("ال"):
            continue
        j = links[i - 1].evidence + 1
        if j < len(evidence.words) and evidence.words[j].pos == evidence.words[j - 1].pos + 1 \
                and evidence.words[j].norm in _SECOND and j not in {link.evidence for link in links.values()}:
            links[i] = Link(i, j, 0.85, "synonym")


_DAY_HALVES = {bare(normalize(w)): half for w, half in lexicon.DAY_HALVES.items()}


def day_half_of_its_date(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's word of a half of the day ("فجر", "مساء") right before its date, when the sentence gives that date
    in that same half: the claim's date carries its half (values.Value.part), and the sentence's date reads it inside
    its own span when a weekday follows it ("فجر الأحد 8 ديسمبر": no word left to link), so the claim's "فجر الثامن من
    ديسمبر 2024" left "فجر" unlinked against the very sentence that tells it (dev 30's question on what happened in
    Damascus that dawn: ask read its right sentence as near-tied with another and abstained). Known, never a conflict:
    another half is values' own ("time … (morning) ≠ … (evening)"). And the half of a day the answer told before
    ("فجر ذلك اليوم", lexicon.POINTED_DAYS) where the sentence's date is in that half."""
    out: set[int] = set()
    if not evidence.values:
        return out
    tokens = claim.text_tokens()
    for i, w in enumerate(claim.words):
        half = _DAY_HALVES.get(bare(without_conjunction(w.norm)))
        if i in links or half is None or w.pos + 1 >= len(tokens):
            continue
        after = tokens[w.pos + 1].start
        if tuple(t.norm for t in tokens[w.pos + 1:w.pos + 3]) in _POINTED_DAYS:
            if any(e.kind in ("date", "weekday") and e.part == half for e in evidence.values):
                # (a half of the day the answer told before: the sentence's date tells it in that half, and the pointer
                # words with it)
                out |= {k for k, c in enumerate(claim.words) if w.pos <= c.pos <= w.pos + 2 and k not in links}
            continue
        dated = [v for v in claim.values if v.kind in ("date", "weekday") and v.part == half and v.start == after]
        # (a weekday alone is told by a date of that weekday in the same half: "ودخلت الفصائل العاصمة فجر الأحد" against
        # "… فجر الأحد 8 ديسمبر 2024 …" was unsupported, "the source names خاطف, not فجر", round 45)
        if any(e.part == half and (same_value(v, e) if v.kind == "weekday" and e.kind == "date" else
                                   e.kind == v.kind and (e.year, e.month, e.day) == (v.year, v.month, v.day))
               for v in dated for e in evidence.values):
            out.add(i)
    return out


_POINTED_DAYS = frozenset(tuple(normalize(w).split()) for w in lexicon.POINTED_DAYS)
_MONTH_PARTS = {bare(normalize(w)): days for w, days in lexicon.MONTH_PART_DAYS.items()}
_FIRST_LAST = {bare(normalize(w)): days for w, days in lexicon.MONTH_FIRST_LAST_DAYS.items()}
_DAYS_WORDS = frozenset(normalize(w) for w in lexicon.DAYS_WORDS)
_SEASONS = {bare(normalize(w)): months for w, months in lexicon.SEASON_MONTHS.items()}
_YEAR_MONTH = bare(normalize(lexicon.YEAR_MONTH_WORD))
_MONTH_RANKS = {normalize(w): month for w, month in lexicon.YEAR_MONTH_RANKS.items()}
_RANK_BETWEEN = frozenset(normalize(w) for w in lexicon.YEAR_MONTH_BETWEEN)


def month_part_before(tokens: Sequence[Token], at: int) -> int:
    """How many tokens right before token ``at`` tell a part of a month ("مطلع", "أواخر": 1; "آخر أيام": 2), or 0."""
    if at >= 1 and bare(without_conjunction(tokens[at - 1].norm)) in _MONTH_PARTS:
        return 1
    if at >= 2 and tokens[at - 1].norm in _DAYS_WORDS and bare(without_conjunction(tokens[at - 2].norm)) in _FIRST_LAST:
        return 2
    return 0


def _month_parts(claim: Side) -> list[tuple[set[int], tuple[int, int] | None, tuple[int, ...] | None, list[Value]]]:
    """The claim's parts of a month and seasons before their dates, and its months told by their rank in the year
    ("الشهر الأخير من عام 2019"): (the claim words of the part, its days or its months, the claim's dates right after
    it)."""
    out: list[tuple[set[int], tuple[int, int] | None, tuple[int, ...] | None, list[Value]]] = []
    tokens = claim.text_tokens()
    for w in claim.words:
        b, at = bare(without_conjunction(w.norm)), w.pos + 1
        days = _MONTH_PARTS.get(b)
        months: tuple[int, ...] | None = _SEASONS.get(b)
        if b in _FIRST_LAST and at < len(tokens) and tokens[at].norm in _DAYS_WORDS:
            days, at = _FIRST_LAST[b], at + 1
        if b == _YEAR_MONTH and at + 1 < len(tokens) and tokens[at].norm in _MONTH_RANKS \
                and tokens[at + 1].norm in _RANK_BETWEEN:
            # (a month by its rank in the year, "الشهر الأخير من عام 2019": read as a season of one month; its date is
            # the year right after "من", with or without "عام")
            months, at = (_MONTH_RANKS[tokens[at].norm],), at + 2
        if at >= len(tokens) or not (days or months):
            continue
        # (a bare year too, "صيف 2019", "الشهر الأخير من 2019": a value of its own kind, its year read off it)
        told = [v for v in claim.values if v.start == tokens[at].start and v.day is None and value_year(v)
                and (v.kind == "date" and bool(v.month) if days else v.kind in ("date", "year") and not v.month)]
        if told:
            out.append(({k for k, c in enumerate(claim.words) if w.pos <= c.pos < at}, days, months, told))
    return out


def _falls_in(e: Value, v: Value, days: tuple[int, int] | None, months: tuple[int, ...] | None) -> bool | None:
    """Whether the sentence's date ``e`` falls in the claim's part ``days`` of month ``v`` (or in its season ``months``
    of the year), or None when ``e`` is no date of that month (year) with a day (month)."""
    if e.kind != "date" or e.year != value_year(v):
        return None
    if days:
        return None if e.month != v.month or e.day is None else days[0] <= e.day <= days[1]
    return None if not e.month or months is None else e.month in months


def part_of_its_month(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's word of a part of a month right before its month and year ("أواخر أغسطس 2006"; "آخر أيام سبتمبر
    2015", the word of days with it), or of a season right before its year ("صيف 2014"), where the sentence gives a date
    of that year, its day inside that part of that month ("30 أغسطس 2006") or its month inside the season ("يوليو
    2014"): lexicon.MONTH_PART_DAYS, SEASON_MONTHS. Known; another day is no link (month_part_outside reads
    it), and the values compare as before."""
    out: set[int] = set()
    for words, days, months, told in (_month_parts(claim) if evidence.values else ()):
        if any(_falls_in(e, v, days, months) for v in told for e in evidence.values):
            out |= {k for k in words if k not in links}
    return out


def month_part_outside(claim: Side, evidence: Side) -> tuple[str, str] | None:
    """(the claim's part of a month or season with its date, the sentence's date) where the sentence dates that month
    (year) only outside the part: "آخر أيام سبتمبر 2015" / "10 سبتمبر 2015" (main supported it, "آخر" not found and
    "أيام" linked to "اليوم"). Or None."""
    for words, days, months, told in (_month_parts(claim) if evidence.values else ()):
        for v in told:
            readings = [(e, _falls_in(e, v, days, months)) for e in evidence.values]
            if not any(r for _, r in readings) and (e := next((e for e, r in readings if r is False), None)) is not None:
                return " ".join(claim.words[k].text for k in sorted(words)) + " " + v.text, e.text
    return None


_CENTURY = normalize("القرن")
_GONE_BY, _TWENTIETH = (normalize(w) for w in lexicon.CENTURY_GONE_BY)


def century_gone_by(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's "الماضي" right after its "القرن", that word linked to the sentence's "القرن" right before "العشرين"
    (lexicon.CENTURY_GONE_BY). Known; any other century is no link."""
    ev = evidence.words
    out: set[int] = set()
    for i, w in enumerate(claim.words[1:], start=1):
        century = links.get(i - 1)
        if i in links or w.norm != _GONE_BY or century is None or claim.words[i - 1].pos != w.pos - 1 \
                or bare(claim.words[i - 1].norm) != bare(_CENTURY):
            continue
        j = century.evidence + 1
        if j < len(ev) and ev[j].pos == ev[j - 1].pos + 1 and ev[j].norm == _TWENTIETH:
            out.add(i)
    return out


_BELONGING = frozenset(bare(normalize(w)) for w in lexicon.BELONGING_WORDS)


def belonging_before_its_owner(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's "التابعة" right before its owner with "ل" ("الأجهزة الأمنية التابعة للنظام السابق"), the owner linked:
    the sentence's "الأجهزة الأمنية للنظام السابق" says the same with the "ل" alone (lexicon.BELONGING_WORDS; dev 31's
    true sentence was dropped, "no evidence for: التابعة")."""
    out: set[int] = set()
    for i, w in enumerate(claim.words[:-1]):
        owner = claim.words[i + 1]
        if i not in links and bare(w.norm) in _BELONGING and owner.pos == w.pos + 1 and owner.norm.startswith("ل") \
                and i + 1 in links:
            out.add(i)
    return out


_DWELLING = frozenset(normalize(w) for w in lexicon.DWELLING_VERBS)
_CAPACITY = frozenset(normalize(w) for w in lexicon.CAPACITY_WORDS)
_THAT = normalize("أن")
_PLANNING = frozenset(normalize(w) for w in ("المقرر", "المنتظر", "المتوقع", "المخطط", "على"))


def planned_dwelling(claim: Side, evidence: Side) -> tuple[int, int] | None:
    """(claim word, sentence word): the claim plans how many will dwell in a place (a verb of lexicon.DWELLING_VERBS
    right after "أن" with a word of planning before it: "ومن المقرر أن يسكن المدينة خمسة ملايين"; not "سيسكن", which
    the model reads as a name), and the sentence plans what the place will hold (a word of lexicon.CAPACITY_WORDS right
    after "أن": "على أن تستوعب المدينة في النهاية خمسة ملايين نسمة", or in its future: "ستستوعب"). A planned capacity of
    a town is its planned dwellers (dev 32's drop: read as a capacity, not how many came); a capacity that is no plan
    ("تستوعب المدينة خمسة ملايين" / "يسكن المدينة خمسة ملايين") is not, nor the reverse. Or None."""
    told = claim.text_tokens()
    said = evidence.text_tokens()
    i = next((i for i, w in enumerate(claim.words) if without_conjunction(w.norm) in _DWELLING and 2 <= w.pos < len(told)
              and told[w.pos - 1].norm == _THAT and told[w.pos - 2].norm in _PLANNING), None)
    if i is None:
        return None
    j = next((j for j, e in enumerate(evidence.words) if e.pos < len(said) and (
        (without_conjunction(e.norm) in _CAPACITY and e.pos >= 1 and said[e.pos - 1].norm == _THAT)
        or (e.norm[:1] == "س" and e.norm[1:] in _CAPACITY))), None)
    return None if j is None else (i, j)


def link_planned_dwelling(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """The claim's planned dwelling verb linked to the sentence's planned capacity word (:func:`planned_dwelling`), in
    place of any word of its root the sentence also writes ("يسكن" is not "وزير الإسكان")."""
    found = planned_dwelling(claim, evidence)
    if found is not None:
        links[found[0]] = Link(found[0], found[1], 0.85, "synonym")




_PRICES = frozenset(normalize(w) for w in ("سعر", "أسعار", "السعر", "الأسعار", "لسعر", "لأسعار", "بسعر", "بأسعار"))


def price_of_the_linked(claim: Side, evidence: Side, links: dict[int, Link]) -> set[int]:
    """The claim's "أسعار" right before the thing it prices, that thing linked to a sentence word heading its own phrase
    (nothing before it, a function word, or a word the claim also says): "ارتفاع أسعار النفط" = "النفط يرتفع", as
    markets' headlines write a commodity's move (ANS: "no evidence for: أسعار"). Not where the sentence puts a noun of
    its own before the thing ("إنتاج النفط يرتفع": another measure of it)."""
    tokens = evidence.text_tokens()
    used = {evidence.words[link.evidence].pos for link in links.values()}
    out: set[int] = set()
    for i, w in enumerate(claim.words[:-1]):
        thing = links.get(i + 1)
        if i in links or thing is None or claim.words[i + 1].pos != w.pos + 1 or without_conjunction(w.norm) not in _PRICES:
            continue
        at = evidence.words[thing.evidence].pos
        if at == 0 or (at < len(tokens) and (tokens[at - 1].stop or at - 1 in used)):
            out.add(i)
    return out


# (the verbs of exceeding values.py reads a count's bound from, and the nouns of the count it bounds)
_EXCEEDING = frozenset(normalize(w) for w in lexicon.BOUNDS_APART[0][1] if w not in ("زاد", "زادت", "يزيد", "تزيد"))
_EXCEEDED = frozenset(normalize(w) for w in lexicon.EXCEEDED_SUBJECTS)


def exceeded_count(claim: Side, links: dict[int, Link], unmet: list) -> set[int]:
    """The claim's verb of exceeding and the count's noun after it ("وتجاوز عدد الجرحى ستة آلاف") when the value they
    make a bound (more than six thousand, akhbar.values) is met by the sentence (``unmet``: the claim's values missing
    or in conflict): "وأصاب أكثر من ستة آلاف" tells that count, the verb and "عدد" are the bound's words (dev 34, 38
    and 39 dropped such sentences, "no evidence for: وتجاوز، عدد"). Not a bound that holds its number ("لم يتجاوز")."""
    bounds = [v for v in claim.values if v.bound == "more" and not v.holds and all(v is not u for u in unmet)]
    if not bounds:
        return set()
    tokens = claim.text_tokens()
    out: set[int] = set()
    for i, w in enumerate(claim.words[:-1]):
        noun = claim.words[i + 1]
        if i in links or without_conjunction(w.norm) not in _EXCEEDING or noun.pos != w.pos + 1 \
                or without_conjunction(noun.norm) not in _EXCEEDED or w.pos >= len(tokens):
            continue
        if any(v.clause == w.clause and v.start > tokens[w.pos].end for v in bounds):
            out.add(i)
            if i + 1 not in links:
                out.add(i + 1)
    return out



def word_of_its_slot(claim: Side, evidence: Side, links: dict[int, Link]) -> None:
    """Drop a claim word's loose link (a root, a near spelling: below 0.95, not a synonym's) to a word elsewhere in the sentence
    when the sentence's word in its very place is a word of its own that no claim word takes: right after the sentence
    word its claim neighbour before takes as written (and before the one its neighbour after takes, where that is
    linked), no comma between. The claim put its word in that place, and the word there is another: "على شكل دائرة"
    against "على شكل قوس" (دائرة linked by its root to the sentence's "مدير"), "مفتشي الوكالة الحاليين" against
    "مفتشي الوكالة السابقين ويعمل حاليا" (false claims of round 44's held-out real news, both supported so). Not a name (names have checks
    of their own) nor a verb: a verb the claim writes after its subject ("الشركة تنفي إفلاسها") is the sentence's verb
    before it."""
    taken = {link.evidence for link in links.values()}
    for i, link in list(links.items()):
        c = claim.words[i]
        before, after = links.get(i - 1), links.get(i + 1)
        # (nor a nisba, "المنافذ الجوية" / "المنافذ البرية": which one the sentence's other words tell is its checks' to say)
        if link.strength >= 0.95 or link.kind == "synonym" or c.name or _verb_shaped(c) or i == 0 or before is None \
                or bare(c.norm).endswith(("ي", "يه")) \
                or before.strength < 0.95 or claim.words[i - 1].pos != c.pos - 1:
            continue
        j = before.evidence + 1
        if j >= len(evidence.words) or j in taken or abs(link.evidence - j) <= 1:
            continue
        e = evidence.words[j]
        # (a word of the same shape in that place, both with the article or both without: "محتجزة" after "الناقلة" is a
        # state the sentence tells by "احتجازها", not the place "الميناء" it writes there)
        if e.name or bool(ARTICLE.match(c.norm)) != bool(ARTICLE.match(e.norm)) \
                or e.pos != evidence.words[before.evidence].pos + 1 or evidence.pause_between(before.evidence, j):
            continue
        if after is not None and after.evidence != j + 1:
            continue
        del links[i]

