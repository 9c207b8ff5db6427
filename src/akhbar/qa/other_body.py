"""Another body of the same kind: the question names one by its head and the word after it ("مجلس الأعيان", "ميناء
العقبة", "نقابة المعلمين"), the answering sentence tells the deed of another of that kind ("أقر مجلس النواب …").

A parliament's two chambers, a city's port and its airport's union, two courts: news names each by the word after the
head, and an article on one often names the other in passing ("ومن المقرر أن يناقش مجلس الأعيان القانون الشهر المقبل").
The question's words are then all in the article, and the sentence of the other body answers with its own date or count
("متى أقر مجلس الأعيان …؟" was answered with the deputies' "16 يناير 2025", 0.95: held out 18, round 31's Next). A
sentence that writes the head in construct with another word, and nowhere the question's word, is of another body; one
writing the head alone ("المجلس") or with the question's word somewhere is left to the other checks.
"""

from __future__ import annotations

from .. import lexicon
from ..arabic import Analyzer, normalize
from .evidence import Sentence
from .match import bare, fold_words

# The heads whose next word names one body of the kind (lexicon.INSTITUTION_HEADS, FACILITY_HEADS), without ال: the
# head in construct ("مجلس النواب"), not described ("المجلس الأعلى"). Not "جهاز" nor "صندوق", a device and a box as
# often as an agency and a fund ("براءة اختراع جهاز تحلية المياه" and "جهاز لتنقية الهواء" are no two bodies: held out 11).
_HEADS = frozenset(w for w in fold_words({*lexicon.INSTITUTION_HEADS, *lexicon.FACILITY_HEADS, *lexicon.OFFICE_HEADS}
                                         - {"جهاز", "صندوق"}) if not w.startswith("ال"))
# A feminine office heads the same kind of body as its masculine ("وزيرة البيئة" beside "وزير المياه"), and a union's
# head names it as the union does ("نقيب المهندسين" is no one of "نقابة الأطباء"): one head.
_SAME_HEAD = {normalize(w): normalize(w[:-1]) for w in lexicon.OFFICE_HEADS if w.endswith("ة")} \
    | {normalize("نقيب"): normalize("نقابة")}
_GLUE = ("و", "ب", "ل", "ف", "وب", "ول", "فب")
# A spokesman's "باسم" names the body he speaks for by the next word ("الناطق باسم الأمن العام" is no spokesman of
# "الدفاع المدني": held out 18); only right after his title, "باسم" being a given name too.
_IN_THE_NAME = "باسم"
_WHICH = fold_words({"أي", "اي", "أية", "ايه", "كم", "ما", "ماذا"})
_SPOKESMEN = frozenset(bare(w) for w in fold_words({"ناطق", "الناطق", "متحدث", "المتحدث", "والناطق", "والمتحدث"}))


# A director heads the body the word after him names ("مدير عام الجمارك"، "المدير العام للدفاع المدني"): with ال only when
# that word is glued to ل (lexicon.DIRECTOR_HEADS; "المدير الفني" is no body's).
_DIRECTOR = normalize("مدير")
_DIRECTORS = fold_words(set(lexicon.DIRECTOR_HEADS))
_GENERAL = fold_words(set(lexicon.DIRECTOR_GENERAL))


def _director(norms: list[str], i: int) -> bool:
    """Token ``i`` is a director's title (a conjunction or preposition glued allowed) in construct with the body he
    heads, "العام" allowed between."""
    norm = norms[i]
    core = next((norm[len(g):] for g in ("", *_GLUE) if norm.startswith(g) and norm[len(g):] in _DIRECTORS), "")
    if not core:
        return False
    j = i + 1 + (i + 1 < len(norms) and norms[i + 1] in _GENERAL)
    if j >= len(norms):
        return False
    return not core.startswith("ال") or (norms[j].startswith("ل") and not norms[j].startswith("لا"))


def _head(norms: list[str], i: int) -> str:
    """The head token ``i`` writes in construct, a preposition or conjunction glued allowed ("بمجلس"), or ""."""
    norm = norms[i]
    if _director(norms, i):
        return _DIRECTOR
    if norm == _IN_THE_NAME:
        return norm if i > 0 and bare(norms[i - 1]) in _SPOKESMEN else ""
    if norm in _HEADS:
        return _SAME_HEAD.get(norm, norm)
    head = next((norm[len(g):] for g in _GLUE if norm.startswith(g) and norm[len(g):] in _HEADS), "")
    return _SAME_HEAD.get(head, head)


_MEMBERS = fold_words(set(lexicon.BODY_MEMBERS))
# Facilities of one town an article names side by side (a port and an airport, a power and a water plant): a sentence
# naming another of them in construct, and the one asked nowhere, tells that one.
_FACILITIES = frozenset(normalize(w) for w in lexicon.FACILITY_HEADS if w not in ("نقابة", "لجنة"))
_IN = fold_words({"في"})


def _naming(norms: list[str], i: int) -> int:
    """The token naming the body headed at ``i``: the next word, or past the members it is named by and a "في" ("نقابة
    العاملين في الموانئ" → الموانئ; held out 19: "رئيس نقابة العاملين في المطارات" took the ports' union head)."""
    j = i + 1
    if j + 1 < len(norms) and norms[j] in _GENERAL and _director(norms, i):
        j += 1  # "المدير العام للدفاع المدني" → للدفاع
    if j + 1 < len(norms) and norms[j] in _MEMBERS:
        j += 1
        if j + 1 < len(norms) and norms[j] in _IN:
            j += 1
    return j


def asked_bodies(question: str, analyzer: Analyzer) -> list[tuple[str, str, str, str]]:
    """The bodies the question names by a head and its next word: (head, the word folded, its stem, "head word" as the
    question writes them, for the abstention)."""
    toks = [t for t in analyzer.tokens(question) if t.norm]
    norms = [t.norm for t in toks]
    out = []
    for k, t in enumerate(toks[:-1]):
        head = _head(norms, k)
        nxt = toks[_naming(norms, k)]
        if k and norms[k - 1] in _WHICH:
            continue  # "أي محكمة قالت …؟" asks which court: the word after the head is no name of one (the pool)
        if head and not nxt.stop and nxt.stem and not nxt.norm.isdigit():
            title = f"{toks[k - 1].text} " if head == _IN_THE_NAME else ""  # "الناطق باسم الدفاع"
            out.append((head, nxt.norm, nxt.stem, f"{title}{question[t.start:nxt.end]}"))
    return out


def _same(norm: str, stem: str, n: str, st: str) -> bool:
    # (a word opening with و, its ال off, is the same word: "وكالة" of "مدير وكالة عقارية" is "الوكالة" of "مدير الوكالة
    # العقارية", though bare() takes its و for a conjunction; round 36)
    return n == norm or bare(n) == bare(norm) or _without_al(n) == _without_al(norm) or bool(stem and st == stem)


def _without_al(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def other_body(sent: Sentence, bodies: list[tuple[str, str, str, str]]) -> str:
    """The body of ``bodies`` the sentence tells another of: it writes that head in construct with another word and never
    the question's word ("أقر مجلس النواب …" for "مجلس الأعيان"); "" when none."""
    for head, norm, stem, text in bodies:
        if any(_same(norm, stem, n, st) for n, st in zip(sent.norms, sent.stems)):
            continue
        # (another facility told in the question's place: "وكان عمال مطار الملكة علياء قد نفذوا في ديسمبر … إضراباً استمر
        # ثلاثة أيام" for "… إضراب عمال ميناء العقبة في ديسمبر؟", the head asked nowhere, not even "الميناء": held out 19)
        other = _FACILITIES - {head} if head in _FACILITIES else frozenset()
        asked_head = head in _FACILITIES and any(bare(n) == head or _head(sent.norms, i) == head
                                                 for i, n in enumerate(sent.norms))
        for i in range(len(sent.norms) - 1):
            j = _naming(sent.norms, i)
            if (_head(sent.norms, i) == head or (_head(sent.norms, i) in other and not asked_head)) \
                    and sent.stems[j] and not sent.norms[j].isdigit():
                return text
    return ""
