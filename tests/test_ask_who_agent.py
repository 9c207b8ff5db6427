"""Who-answers are held to the question's event: the person answered is the agent of the question's
verb in the clause that tells it (its subject, the name after على يد / من قبل of a passive, or the
subject of the clause it continues), never another name the sentence happens to hold; a word Arabic
marks as a verb is never taken for a name. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from akhbar.arabic import get_analyzer
from akhbar.qa.evidence import PassageCandidate, Sentence, sentences_of
from akhbar.qa.question import analyze_question
from akhbar.qa.roles import question_verb, verb_like
from akhbar.qa.short import short_answer


def sentence(text: str) -> Sentence:
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    return sentences_of([cand], get_analyzer())[0]


def who(question: str, text: str, common: set[str] | None = None) -> str | None:
    """The short answer found in ``text`` (shown or not: that is for its confidence to decide).
    ``common``: a big archive's frequent stems, which lets runs of plain words count as names."""
    sent = sentence(text)
    found = short_answer(sent, analyze_question(question, get_analyzer()), common)
    return None if found is None else sent.text[found.start:found.end]


def test_the_agent_of_a_continued_clause_not_the_person_he_met():
    # The minister arrived, was received by the governor, and (still the minister) ordered the inquiry.
    text = "وصل الوزير سامي العطار إلى الميناء، حيث استقبله المحافظ كريم ناصر، وأمر بفتح تحقيق في الحريق."
    assert who("من أمر بفتح تحقيق في الحريق؟", text) == "سامي العطار"


def test_the_agent_after_ala_yad_of_a_passive_not_the_guest():
    text = "افتُتح الجسر الجديد على يد المهندس نادر سليم بحضور الوزير فهد العلي."
    assert who("من افتتح الجسر الجديد؟", text) == "نادر سليم"


def test_no_short_answer_when_nobody_in_the_sentence_does_what_is_asked():
    # The spokesman speaks of the inquiry; nobody here ordered it. Before, the nearest name was given.
    text = "وقال المتحدث باسم الشرطة خالد يوسف إن التحقيق في الحريق لم يبدأ بعد."
    assert who("من أمر بفتح تحقيق في الحريق؟", text) is None
    # The same sentence answers a question about what the spokesman did: he is the speaker of قال.
    assert who("من قال إن التحقيق في الحريق لم يبدأ؟", text) == "خالد يوسف"


def test_a_question_naming_its_subject_by_a_noun_still_gets_the_holder_of_the_role():
    info = analyze_question("من هو رئيس هيئة الموانئ؟", get_analyzer())
    assert question_verb(info) is None  # a role is asked, not who did something
    assert question_verb(analyze_question("من أمر بفتح تحقيق؟", get_analyzer())) is not None
    text = "وأكد رئيس هيئة الموانئ سالم المري أن العمل سيستأنف غداً."
    assert who("من هو رئيس هيئة الموانئ؟", text) == "سالم المري"


@pytest.mark.parametrize("text, word, is_verb", [
    ("لم يفز فريق الوادي بأي مباراة هذا الموسم.", "يفز", True),  # after لم only a verb stands
    ("قالت الوزارة إن سالم سيتولى الملف.", "سيتولى", True),  # the future prefix on a present verb
    ("ثم هزموا الضيوف بثلاثة أهداف.", "هزموا", True),  # a past verb with its own plural agent
    ("وتستضيف المدينة المعرض كل عام.", "وتستضيف", True),  # the present of a derived form
    ("التقى يوسف بوتين في المطار.", "يوسف", False),  # a listed given name
    ("التقى يوسف بوتين في المطار.", "بوتين", False),
])
def test_words_arabic_marks_as_verbs_are_no_names(text, word, is_verb):
    sent = sentence(text)
    i = next(k for k, (s, e) in enumerate(sent.spans) if sent.text[s:e] == word)
    assert verb_like(sent, i) is is_verb


def test_the_subject_after_the_question_own_object_not_the_teammate():
    # Verb, object, subject: the scorer is سامر خليل, not رامي who passed him the ball.
    text = "وسجل هدف الفوز اللاعب سامر خليل بعدما مرر له الكرة زميله رامي."
    assert who("من سجل هدف الفوز؟", text) == "سامر خليل"


def test_a_verb_is_not_given_as_a_name_in_a_big_archive():
    # In a big archive a run of plain words may be a name; "هزموا" is a verb with its own agent, and
    # nobody in the sentence is said to have won: no short answer (before: "هزموا الضيوف بثلاثة أهداف").
    common = {"ضيوف", "ثلاث", "هدف"}
    assert who("من فاز بالمباراة؟", "ثم هزموا الضيوف بثلاثة أهداف في المباراة.", common) is None
