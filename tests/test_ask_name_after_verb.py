"""A name whose first word the extractor does not know is read from the question's verb on: in "دعا
رودولف جورج، أمير الوادي، الحرفيين إلى …" only "جورج" is a known given name, and the word before it, right
after the verb, blocked the subject-after-verb reading, so "من هو الحاكم الذي دعا الحرفيين" had no short
answer. A plain word rare in the archive between the verb and the name is the name's first part; a frequent
one ("مصدر") is not, and a small archive (no word counts) reads no such part."""

from __future__ import annotations

from akhbar.arabic import get_analyzer
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.question import analyze_question
from akhbar.qa.short import short_answer

# Sentences written for these tests (invented people and events).
INVITED = "دعا رودولف جورج، أمير الوادي، الحرفيين إلى الإقامة في مدنه، وتولى بعض أبنائهم مناصب عالية."
SOURCE = "وقال مصدر جورج إن الوفد سيصل غداً."
QUESTION = "من هو الحاكم الذي دعا الحرفيين للإقامة؟"


def who(question: str, text: str, common: set[str] | None) -> str | None:
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    sent = sentences_of([cand], get_analyzer())[0]
    found = short_answer(sent, analyze_question(question, get_analyzer()), common)
    return None if found is None else text[found.start:found.end]


def test_the_whole_name_after_the_verb_answers_in_a_big_archive():
    assert who(QUESTION, INVITED, common={"امير", "حرفي"}) == "رودولف جورج"


def test_a_small_archive_reads_no_unknown_first_name():
    assert who(QUESTION, INVITED, common=None) != "رودولف جورج"


def test_a_frequent_word_after_the_verb_is_no_first_name():
    common = {get_analyzer().tokens("مصدر")[0].stem}
    assert who("من قال إن الوفد سيصل غدا؟", SOURCE, common) != "مصدر جورج"
