"""Names as short answers, for :mod:`akhbar.qa.short` (split from it in round 31, when it neared 800 lines).

Arabic writes no capitals, so a name is read by the cues the language gives (:func:`sure_names`): a title before it
(الرئيس، الملك; the role a who-question asks the holder of, "المحامي": :func:`asked_role`), a team word, a known given
name, a genealogy link (بن، أبو، عبد), Latin script; a run of plain words only in a big archive, whose frequent words
are no names (:func:`plain_name_runs`). :func:`name_answer` gives the one who did the question's deed (its verb's
agent: :func:`akhbar.qa.roles.agent_span`) or the name nearest the question's words; :func:`person_name` keeps a
person's short answer only as a whole name. :func:`is_name_like` is a feature of the ranking too (:mod:`akhbar.qa.rank`).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from .. import lexicon
from ..arabic import normalize
from .clients import role_of_another
from .evidence import Sentence, ShortAnswer, matched_positions, token_distance
from .how_many import unit_kind
from .match import bare, fold_words
from .names import GIVEN_NAMES, PLACES
from .question import QuestionInfo
from .roles import agent_span, event_positions, question_verb, verb_like
from .succession import asks_before, replaced_at

_NAME_CUES = fold_words({"الرئيس", "الملك", "الامير", "الشيخ", "الدكتور", "السيد", "السلطان", "الامام", "الخليفه",
                         "الوزير", "الكاتب", "الشاعر", "العالم", "المخرج", "اللاعب", "المهندس", "القائد", "الفنان",
                         "الممثل", "المغني"})
_ROLES = frozenset(bare(w) for w in fold_words({*lexicon.ROLE_NOUNS, *lexicon.CLIENT_ROLES}))
_NAME_LINKS = fold_words({"بن", "ابن", "ابو", "ابي", "عبد", "بنت", "ال", "دي", "فان", "فون"})
_GIVEN_FIRSTS = fold_words(set(lexicon.COMPOUND_GIVEN_FIRSTS))
_GIVEN_SECOND = normalize(lexicon.COMPOUND_GIVEN_SECOND)
_SON_OF_WEST = fold_words(set(lexicon.SON_OF_WEST))
_WEEKDAYS = fold_words(set(lexicon.WEEKDAYS))
# Teams and organizations answer "من فاز…": the word after the cue is the name ("منتخب الأرجنتين").
_TEAM_CUES = fold_words({"منتخب", "فريق", "نادي", "المنتخب", "الفريق", "النادي"})
_SON_OF = fold_words({"بن", "بنت"})  # not ابن: "ابن حمدان" is a whole name
_ABD = normalize("عبد")
_CUE_HEADS = {bare(w) for w in fold_words(set(lexicon.NAME_CUES))}
# "السابق" of "الرئيس السابق": a title's adjective, never a person's name (read past it to the name, if any)
_TITLE_ADJECTIVES = {normalize(w) for w in lexicon.TITLE_ADJECTIVES}
_THAT = fold_words({"إن", "أن", "لأن", "بأن", "وإن", "وأن", *lexicon.NOMINAL_HEAD_THAT})


def is_name_like(norm: str, prev: str, in_question: bool) -> bool:
    """A token that may be (part of) a proper name: Arabic has no capitals, so lean on cues —
    a title before it, a genealogy link, Latin script, or a content word without the article ال."""
    if in_question or len(norm) < 2 or norm.isdigit():
        return False
    if prev in _NAME_CUES or norm in _NAME_LINKS or prev in _NAME_LINKS:
        return True
    if norm.isascii() and norm.isalpha():
        return True
    return not norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال"))


def in_question(info: QuestionInfo, norm: str, stem: str) -> bool:
    return norm in info.words or bool(stem and stem in info.focus)


def _name_tokens(sent: Sentence, i: int, info: QuestionInfo, limit: int = 4) -> int:
    """End (exclusive) of the name that starts at token ``i``: further tokens are kept while they
    look like more of a name — a genealogy link and the word after it (بن سلمان، عبد العزيز), a
    known given name, one plain word without ال (ليونيل ميسي), or one family name with ال right
    after a given name (أحمد الشرع), which ends the name."""
    j = i + 1
    plain = 0
    while j < len(sent.norms) and j - i < limit:
        norm, stem = sent.norms[j], sent.stems[j]
        if sent.breaks_before(j) or in_question(info, norm, stem) or norm.isdigit() or verb_like(sent, j):
            break
        prev = sent.norms[j - 1]
        if norm in _NAME_LINKS or prev in _NAME_LINKS or norm in GIVEN_NAMES:
            j += 1
            continue
        if not stem:
            break
        if norm == _GIVEN_SECOND and j == i + 1 and prev in _GIVEN_FIRSTS:
            j += 1  # "نور الدين": one given name of two words; a family name may follow, with ال or not
            continue
        if norm.startswith("ال"):
            if j == i + 1 or prev in GIVEN_NAMES or (j == i + 2 and (prev == _GIVEN_SECOND or sent.norms[i] == _ABD)):
                j += 1  # a family name with ال right after a given name ends the name ("عبد الكريم السوسي" too)
            break
        # A word opened by و is the next item, not a name; one opened by بال/لل… a prepositional phrase;
        # other words opened by ب، ل، ك، ف may be names (بوتين، لافروف).
        clitic = norm[0] == "و" or norm.startswith(("بال", "لل", "كال", "فال")) or (norm[0] in "بلفك" and len(norm) <= 3)
        plural = norm.endswith(("ون", "ات")) or (norm.endswith("ين") and len(norm) >= 6)  # not بوتين
        if plain or clitic or plural or unit_kind(bare(norm)):
            break
        plain += 1
        j += 1
    while j - 1 > i and sent.norms[j - 1] in _NAME_LINKS:
        j -= 1  # a name does not end on "بن"
    if j + 1 < len(sent.norms) and j - i < limit and sent.norms[j] in _SON_OF_WEST and sent.norms[j + 1].startswith("ال") \
            and sent.stems[j + 1] and not sent.breaks_before(j) and not sent.breaks_before(j + 1) \
            and sent.norms[j + 1] not in _WEEKDAYS and not in_question(info, sent.norms[j + 1], sent.stems[j + 1]):
        j += 2  # "محمد الأمين ولد الداه": the family name after the Mauritanian "son of" (held out 30 showed "محمد الأمين")
    return j


def _after_cue(sent: Sentence, i: int, roles: AbstractSet[str] = frozenset(), info: QuestionInfo | None = None) -> str:
    """'person' / 'team' when token i follows a title or team word (a nisba adjective may sit
    between: "الرئيس الروسي فلاديمير بوتين"), or one of ``roles`` (the role a question asks the holder of, with ال:
    :func:`asked_role`), else ''."""
    if info is not None and _after_asked_office(sent, i, info):
        return "person"
    for back in (1, 2):
        k = i - back
        if k < 0 or sent.breaks_before(k + 1):
            return ""
        prev = sent.norms[k]
        if prev == "العالم":
            return ""  # the scientist, but far more often the world ("كأس العالم لكرة القدم")
        # (after the role asked, a name without ال: "الأمين العام" is no name)
        if prev in _NAME_CUES or bare(prev) in _NAME_CUES or (prev in roles and not sent.norms[i].startswith("ال")
                                                              and not role_of_another(sent, k, info)):
            return "person"
        if prev in _TEAM_CUES or bare(prev) in _TEAM_CUES:
            return "team" if back == 1 else ""  # "فريق الترجي بلقب": the team's name is one word
        if not (prev.startswith("ال") and prev.endswith(("ي", "يه"))):
            return ""
    return ""


_THAT_PRONOUNS = fold_words(set(lexicon.THAT_FORMS))  # ("أنه"، "أنها": not _THAT, the particles a clause opens by)


def _after_asked_office(sent: Sentence, i: int, info: QuestionInfo) -> bool:
    """Token ``i`` (no ال) follows the office the question asks the holder of, in construct with the question's next
    word, nisba adjectives between: "وزير الزراعة العراقي عباس جبر" for "من هو وزير الزراعة العراقي؟" (the lead's
    round-32 probe and round 33's dev: with no cue, "عباس" was no name and "ووزيرة البيئة المغربية ليلى بنعلي", a
    given name, the only one: shown for the agriculture minister)."""
    if sent.norms[i].startswith("ال") or not info.focus_norms or bare(info.focus_norms[0][0]) not in _ROLES \
            or sent.norms[i] in _THAT_PRONOUNS or bare(sent.norms[i]) in _THAT_PRONOUNS:
        return False  # (nor "أنه": "أعلن نقيب الأطباء الحالي أنه لن يترشح" names no one)
    k = i - 1
    while k > 1 and not sent.breaks_before(k + 1) and sent.norms[k].startswith("ال") \
            and sent.norms[k].endswith(("ي", "يه")):
        k -= 1  # "العراقي"
    return k >= 1 and not sent.breaks_before(k + 1) and not sent.breaks_before(k) \
        and sent.norms[k].startswith("ال") and in_question(info, sent.norms[k], sent.stems[k]) \
        and bare(sent.norms[k - 1]) == bare(info.focus_norms[0][0])


def _adjective(norm: str) -> bool:
    """A nisba adjective without ال ("عربي"، "أفريقية"), not a place of the lexicon ("مالي"، "تشيلي")."""
    return not norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) >= 4 \
        and norm not in PLACES and bare(norm) not in PLACES


def asked_role(info: QuestionInfo) -> frozenset[str]:
    """The role a who-question asks the holder of ("من هو محامي X؟" → محامي), with ال: news names the holder after it in
    apposition ("وقال محامي X، المحامي رامي الخوري، …"), a cue to a name as a title is (round 30: the lead's round-29
    probe found "من هو محامي …؟" silent where the sentence names him so). Empty for a question asking who did a deed."""
    if info.qtype != "who" or not info.focus_norms or question_verb(info) is not None:
        return frozenset()
    norm = info.focus_norms[0][0]
    # (a role of lexicon.ROLE_NOUNS or CLIENT_ROLES only: "من كان أول ظهير …" asks no holder of "الأول", whose next word is no name)
    return frozenset({"ال" + norm}) if bare(norm) in _ROLES else frozenset()


def sure_names(sent: Sentence, info: QuestionInfo) -> list[tuple[int, int]]:
    """Token ranges that are names by a cue Arabic gives without capitals: a title before them
    (الرئيس، الملك، منتخب…; the role the question asks of, "المحامي": :func:`asked_role`), a known given name, a
    genealogy link (بن، أبو، عبد), or Latin script."""
    roles = asked_role(info)
    found: list[tuple[int, int]] = []
    n = len(sent.norms)
    i = 0
    while i < n:
        norm, stem = sent.norms[i], sent.stems[i]
        if in_question(info, norm, stem) or not (stem or norm in _NAME_LINKS) or norm.isdigit() or verb_like(sent, i):
            i += 1
            continue
        cue = _after_cue(sent, i, roles, info)
        if cue and norm.startswith("لل"):
            i += 1  # "المدير العام للحماية المدنية": a body's words after ل + ال, no name (held out 22, round 36)
            continue
        if cue == "person" and norm.startswith("ال") and norm.endswith(("ي", "يه")):
            i += 1  # the nisba adjective itself ("الروسي") is no name
            continue
        if cue == "team" and _adjective(norm):
            i += 1  # "أول منتخب عربي": an adjective of the team, no name (but "منتخب مالي" is Mali)
            continue
        latin = norm.isascii() and norm.isalpha() and len(norm) > 1
        if cue or norm in GIVEN_NAMES or norm in _NAME_LINKS or latin:
            if cue and norm.startswith("ال"):
                end = i + 1  # "منتخب الأرجنتين"
            elif latin:
                end = i + 1
                while end < n and sent.norms[end].isascii() and sent.norms[end].isalpha() and not sent.breaks_before(end):
                    end += 1
            else:
                end = _name_tokens(sent, i, info)
            # A name that runs into the question's words is the question's own subject ("بشار الأسد").
            into_question = (end == i + 1 < n and not sent.breaks_before(end) and sent.norms[end].startswith("ال")
                             and in_question(info, sent.norms[end], sent.stems[end]))
            if not into_question and not all(sent.norms[x] in _NAME_LINKS for x in range(i, end)):
                found.append((i, end))
            i = max(end, i + 1)
            continue
        i += 1
    return found


def name_answer(sent: Sentence, info: QuestionInfo, common: set[str] | None = None) -> ShortAnswer | None:
    """The name that does what the question asks about (its verb's agent: :func:`agent_span`), else the
    name nearest the focus terms, or None when no word of the sentence is surely a name.

    Names with a cue (sure_names) come first. Without one, a run of plain words is only trusted in a
    big archive (``common``: stems in > 0.5% of its passages are no names, "بطولة", "ريف"); a small
    archive gives no way to tell "حكم بشار" from a name, and a wrong short answer is worse than none."""
    names = sure_names(sent, info)
    method = "cue"
    if not names and common is not None:
        names, method = plain_name_runs(sent, info, common), "plain"
    verb = info.focus_norms[0] if info.qtype == "who" and info.focus_norms else None
    at = info.focus_norms.index(info.relative) if info.relative in info.focus_norms else 0
    asked_verb = question_verb(info)
    if method == "cue" and common is not None and asked_verb is not None:
        names = _opened_after_verb(sent, info, names, asked_verb, common)
    # (with no name at all too: a people after من قبل / على يد is its verb's agent, roles._people_at)
    agent = agent_span(sent, names, info.relative or verb, info.focus_norms[at + 1:at + 4], info.focus_norms[at + 1:])
    if agent is not None:
        return ShortAnswer(sent.spans[agent[0]][0], sent.spans[agent[1] - 1][1], "role",
                           rivals=max(len(names) - 1, 0))
    if not names:
        return None
    if question_verb(info) is not None:
        # "من أمر ببدء سحب القوات": the one who did it is the agent of that verb in the clause that tells
        # it; a name standing elsewhere in the sentence (whom he met, who spoke of it) is no answer.
        return None
    s, e = _nearest_name(sent, names, matched_positions(sent, set(info.focus)))
    return ShortAnswer(s, e, method, rivals=len(names) - 1)


def _opened_after_verb(sent: Sentence, info: QuestionInfo, names: list[tuple[int, int]], verb: tuple[str, str],
                       common: set[str]) -> list[tuple[int, int]]:
    """A sure name whose first word the extractor does not know is read from the question's verb on
    (:func:`akhbar.qa.roles.question_verb`; a noun such as "الجنرال" opens no name): "دعا رودولف جورج، …"
    gives "جورج" (a given name), and the plain word between it and the verb is its first part, when it
    is rare in the archive (``common``: a big archive's frequent stems, "مصدر"), has no ال or clitic,
    is no verb and no word of the question."""
    at = set(event_positions(sent, *verb))
    out = []
    for a, b in names:
        k = a - 1
        if k >= 1 and k - 1 in at and not sent.breaks_before(k) and not sent.breaks_before(a):
            norm, stem = sent.norms[k], sent.stems[k]
            if stem and stem not in common and not in_question(info, norm, stem) and not verb_like(sent, k) \
                    and is_name_like(norm, sent.norms[k - 1], False) and norm[0] != "و" \
                    and not (norm[0] in "بلفك" and len(norm) <= 3) \
                    and not unit_kind(bare(norm)) and norm not in _NAME_LINKS:
                a = k
        out.append((a, b))
    return out


def person_name(sent: Sentence, short: ShortAnswer, info: QuestionInfo) -> ShortAnswer | None:
    """A person's short answer as a whole name, or None when it is a fragment of none, so the cited sentences
    stand alone: a lineage tail ("بن مرزوق") is completed by the given name or laqab before it ("الحجاج بن …"),
    and is none when that name is the asked person's own ("من هو سليم الحداد" and "سليم بن مرزوق الحداد"); a
    lone given name is completed by the lineage after it ("عمر" of "عمر بن عبد العزيز") and is none when the
    sentence goes on to name it in full ("سامي" of "سامي الحداد"); a title or body glued to ل / ب ("لشركة X":
    whose head, not who), a clause ("فإن …") and one word that is a verb ("يسمى") are none, and a title's adjective
    ("السابق" of "الرئيس السابق") is none or read past to the name after it. The one another came after or stands in for
    ("خلفاً للمدرب المقال أحمد الصافي", "بدلاً من …": :func:`akhbar.qa.succession.replaced_at`) is none."""
    toks = [i for i, (a, b) in enumerate(sent.spans) if a < short.end and short.start < b]
    if not toks:
        return short
    if replaced_at(sent, toks[0]) and not asks_before(info.words):
        return None
    while toks and sent.norms[toks[0]] in _TITLE_ADJECTIVES:
        toks = toks[1:]
        if not toks:
            return None  # "الرئيس السابق" read as "السابق": no name
        short = short._replace(start=sent.spans[toks[0]][0])
    first, norm = toks[0], sent.norms[toks[0]]
    written = sent.text[sent.spans[first][0]:sent.spans[first][1]]
    if norm in _THAT and ("إ" in written or "أ" in written):  # "فان نويس" without its hamza may be a name
        return None
    if len(norm) > 3 and norm[0] in "لب" and bare(norm[1:]) in _CUE_HEADS:
        return None
    if norm in _SON_OF and first > 0 and not sent.breaks_before(first):
        prev = first - 1
        if in_question(info, sent.norms[prev], sent.stems[prev]):
            return None
        if sent.norms[prev] in GIVEN_NAMES or (sent.norms[prev].startswith("ال") and sent.stems[prev]):
            return short._replace(start=sent.spans[prev][0])
        if sent.stems[prev] and not sent.norms[prev].startswith(("ال", "و")) and prev > 0 and not sent.breaks_before(prev) \
                and sent.norms[prev - 1].startswith(("ال", "لل")) and not verb_like(sent, prev):
            # a given name no list holds after a title and its body: "وذكر المدير العام للديوان حاتم بن سالم" (held out 23
            # showed "بن سالم"; round 37)
            return short._replace(start=sent.spans[prev][0])
        return short  # "قال بن عاشور": a name told by its lineage
    if len(toks) > 1:
        return short
    if norm not in GIVEN_NAMES:
        # a present verb of three root letters ("يسمى"، "يكمن") or one Arabic marks as a verb
        return None if verb_like(sent, first) or (len(norm) == 4 and norm[0] == "ي") else short
    n, j = len(sent.norms), first + 1
    while j < n and not sent.breaks_before(j) and (sent.norms[j] in _NAME_LINKS or sent.norms[j - 1] in _NAME_LINKS):
        j += 1
    while j - 1 > first and sent.norms[j - 1] in _NAME_LINKS:
        j -= 1
    if j > first + 1:
        return short._replace(end=sent.spans[j - 1][1])
    if j >= n or sent.breaks_before(j) or verb_like(sent, j):
        return short
    after = sent.norms[j]
    fuller = len(after) == 1 or in_question(info, after, sent.stems[j]) or (
        after[0] != "و" and not after.startswith("ال") and bool(sent.stems[j]) and not unit_kind(bare(after)))
    return None if fuller else short


def _nearest_name(sent: Sentence, names: list[tuple[int, int]], positions: list[int]) -> tuple[int, int]:
    """Sentence-relative offsets of the name (a token range) nearest the matched focus tokens at
    ``positions``, the longer one of equally near ones."""
    a, b = min(names, key=lambda r: (token_distance(positions, r[0], r[1]), -(r[1] - r[0])))
    return sent.spans[a][0], sent.spans[b - 1][1]


def plain_name_runs(sent: Sentence, info: QuestionInfo, common: set[str]) -> list[tuple[int, int]]:
    """The fallback of name_answer, for big archives only: runs of name-like words (token ranges).
    Runs stop at stopwords, question words and punctuation, and are at most four words
    long. ``common`` (stems frequent in the archive) sharpens the guess: frequent words are not names
    ("بطولة", "ريف"), and a rare word with the article ال may continue a name ("محمد البشير")."""
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(len(sent.stems) + 1):
        ok = False
        if i < len(sent.stems):
            norm, stem = sent.norms[i], sent.stems[i]
            in_q = in_question(info, norm, stem)
            ok = bool(stem or norm in _NAME_LINKS) and not in_q and is_name_like(
                norm, sent.norms[i - 1] if i else "", False) and not verb_like(sent, i)
            if stem and not in_q:
                if ok and stem in common and norm not in _NAME_LINKS:
                    ok = False
                elif not ok and start is not None and norm.startswith("ال") and stem not in common:
                    ok = True
            if ok and start is not None and sent.breaks_before(i):
                runs.append((start, i))
                start = None
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            runs.append((start, i))
            start = None
    return [(a, min(b, a + 4)) for a, b in runs if not all(sent.norms[j] in _NAME_LINKS for j in range(a, b))]
