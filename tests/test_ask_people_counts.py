"""Ask answers a count of people with the count told by the question's own verb or noun, in the
question's place: "أودى الحريق بحياة 12 شخصاً، وأصاب 45 آخرين، وشرّد نحو 300" holds the dead, the
injured and the displaced, so "كم شخصاً شرده الحريق؟" is 300, not 12; a count of the missing the
archive does not tell gets no answer from the dead; "كم عدد القتلى في الصومال" is not answered with
Kenya's dead; a count of one part of an event ("مباراة الافتتاح") is not the whole event's total, nor
is the first convoy's the second's.
Articles and sentences written for these tests (an invented town, fire, flood and cup)."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.arabic import get_analyzer, normalize
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer
from akhbar.qa.counts import asked_kind, asked_parts, mention_kind, ordinal_nouns, word_kind
from akhbar.qa.evidence import PassageCandidate, sentences_of
from akhbar.qa.how_many import counts_other_people, number_mentions, people_kind
from akhbar.qa.question import analyze_question
from akhbar.qa.short import short_answer

FIRE = ArticleDraft(
    title="حريق في سوق بلدة وادي الريحان",
    text=("اندلع حريق كبير في السوق القديم لبلدة وادي الريحان فجر الجمعة وامتد إلى المباني المجاورة.\n"
          "وأودى الحريق بحياة 12 شخصاً، وأصاب 45 آخرين، وشرّد نحو 300 من سكان الحي.\n"
          "وقالت فرق الدفاع المدني إنها سيطرت على النيران بعد ست ساعات."),
    published="2024-03-08", source="الوطن", url="https://example.org/fire")


def _sentence(text: str):
    cand = PassageCandidate(article_id=1, passage_id=1, rank=0, score=1.0, text=text, sentences=[(0, len(text))])
    return sentences_of([cand], get_analyzer())[0]


def _short(question: str, text: str) -> str | None:
    sent = _sentence(text)
    found = short_answer(sent, analyze_question(question))
    return sent.text[found.start:found.end] if found else None


FIRE_COUNTS = "وأودى الحريق بحياة 12 شخصاً، وأصاب 45 آخرين، وشرّد نحو 300 من سكان الحي."


def test_words_of_each_family_of_people():
    def kind(word: str) -> str:
        return word_kind(normalize(word))

    assert kind("وأصاب") == kind("المصابين") == kind("جرحى") == "injured"
    assert kind("قتلى") == kind("وأودى") == "dead"
    assert kind("وشرّد") == kind("النازحين") == "displaced"
    # a listed ending only: fingers are no injury, "ضحايا" and "شخص" belong to no family
    assert kind("أصابع") == kind("ضحايا") == kind("شخص") == ""


def test_each_count_of_the_sentence_is_told_by_its_own_verb():
    sent = _sentence(FIRE_COUNTS)
    info = analyze_question("كم شخصاً شرده الحريق؟")
    kinds = [mention_kind(sent, s, e) for s, e in number_mentions(sent, info)]
    assert kinds == ["dead", "injured", "displaced"]


def test_the_question_asks_the_family_of_its_counted_noun_or_verb():
    assert people_kind(analyze_question("كم شخصاً شرده الحريق؟")) == "displaced"
    assert people_kind(analyze_question("كم عدد المصابين في الحريق؟")) == "injured"
    # two families, or a count of countries whatever its verb: no family
    assert people_kind(analyze_question("كم شخصاً قتل وأصيب في الحريق؟")) == ""
    assert asked_kind(analyze_question("كم بلداً شارك في المؤتمر؟"), people=False) == ""


def test_the_displaced_are_not_answered_with_the_dead():
    assert _short("كم شخصاً شرده الحريق في وادي الريحان؟", FIRE_COUNTS).startswith("نحو 300")  # with its approximation
    assert _short("كم شخصاً أصيب في حريق وادي الريحان؟", FIRE_COUNTS).startswith("45")
    assert _short("كم عدد القتلى في حريق وادي الريحان؟", FIRE_COUNTS).startswith("12")


def test_a_sentence_counting_other_people_only_holds_no_count_of_the_missing():
    sent = _sentence(FIRE_COUNTS)
    assert counts_other_people(sent, analyze_question("كم عدد المفقودين في حريق وادي الريحان؟"))
    assert not counts_other_people(sent, analyze_question("كم عدد الجرحى في حريق وادي الريحان؟"))
    # a count told by no family word stays a candidate
    assert not counts_other_people(_sentence("وقدرت البلدية أن 300 شخص تضرروا من الحريق."),
                                   analyze_question("كم عدد المفقودين في الحريق؟"))


def test_a_count_of_another_place_is_not_the_asked_place():
    text = "وتجاوز عدد قتلى الفيضانات 80 شخصاً في الصومال، فيما بلغ عدد القتلى في كينيا 15 شخصاً."
    assert _short("كم عدد القتلى في الصومال جراء الفيضانات؟", text).startswith("80")
    assert _short("كم عدد القتلى في كينيا جراء الفيضانات؟", text).startswith("15")
    # a count of things, not people, keeps its number beside another place's name
    assert _short("كم جزيرة تضم المملكة؟", "وتضم المملكة ثلاث جزر في البحر الكاريبي.") is not None


@pytest.fixture(scope="module")
def fire(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("fire") / "archive")
    assert len(arc.add_articles([FIRE], origin="tests").articles) == 1
    with arc:
        yield arc


def test_ask_gives_the_displaced_and_no_count_of_the_missing(fire):
    answer = fire.ask("كم شخصاً شرده حريق سوق وادي الريحان؟")
    assert not answer.abstained and "12" not in (answer.answer or "")
    question = "كم عدد المفقودين في حريق سوق وادي الريحان؟"
    answerer = Answerer(fire.store, fire.retriever, fire.analyzer, fire.index)
    info, ranked, _, _ = answerer.evidence(question)
    assert answerer.decide(question, info, ranked).why == "no number"
    assert fire.ask(question).abstained


# An invented cup: its total, and (in a second article) its opening match.
CUP_TOTAL = ArticleDraft(
    title="ختام كأس الوادي لكرة القدم",
    text=("اختتمت بطولة كأس الوادي لكرة القدم بعد 20 مباراة سُجل فيها 55 هدفاً.\n"
          "وتوج فريق النخيل باللقب بعد فوزه في النهائي على فريق الساحل.\n"
          "وكانت البطولة قد بدأت بحفل افتتاح حضره آلاف من سكان البلدة."),
    published="2024-06-30", source="الوطن", url="https://example.org/cup-total")
CUP_OPENING = ArticleDraft(
    title="انطلاق كأس الوادي لكرة القدم",
    text=("انطلقت بطولة كأس الوادي لكرة القدم مساء الجمعة في ملعب البلدة.\n"
          "وفي مباراة الافتتاح فاز فريق النخيل على فريق الساحل، وسُجل فيها 4 أهداف."),
    published="2024-06-01", source="الوطن", url="https://example.org/cup-opening")


def test_the_part_a_count_asks_for():
    def parts(question: str) -> list[str]:
        return [norm for norm, _ in asked_parts(question, analyze_question(question), get_analyzer())]

    assert parts("كم هدفاً سجل في مباراة افتتاح كأس الوادي؟") == ["افتتاح"]
    assert parts("كم هدفاً سجل في الشوط الأول؟") == ["الاول"]
    # a function word or a year after the cue names no part, nor does a question of another type
    assert parts("كم نقطة سجل الفريق في المباراة ضد الساحل؟") == []
    assert parts("متى أقيمت مباراة الافتتاح؟") == []


def test_the_whole_cups_total_is_no_count_of_its_opening_match(tmp_path_factory):
    question = "كم هدفاً سجل في مباراة افتتاح كأس الوادي؟"
    arc = Archive.open(tmp_path_factory.mktemp("cup") / "archive")
    assert len(arc.add_articles([CUP_TOTAL], origin="tests").articles) == 1
    with arc:
        # the total's sentence is set aside; the one naming the opening holds no count of it
        answer = arc.ask(question)
        assert answer.abstained and answer.answer is None and answer.points == []
        # the total itself is still answered
        answer = arc.ask("كم هدفاً سجل في بطولة كأس الوادي؟")
        assert not answer.abstained and "55" in answer.points[0].text
        # with the opening match told, its count is the answer, not the total
        assert len(arc.add_articles([CUP_OPENING], origin="tests").articles) == 1
        answer = arc.ask(question)
        assert not answer.abstained and "55" not in (answer.answer or "") and "4" in answer.points[0].text


# An invented relief convoy, the first one only.
CONVOY = ArticleDraft(
    title="قافلة إغاثة تعبر معبر الوادي",
    text=("عبرت أول قافلة إغاثة معبر الوادي الحدودي صباح الأحد بعد أسبوع من الفيضان.\n"
          "وضمت القافلة عشر شاحنات محملة بالأغطية والطعام."),
    published="2024-05-12", source="الوطن", url="https://example.org/convoy")
# Another article holding the ordinal, so that "الثانية" is no word the archive never writes.
TALKS = ArticleDraft(
    title="جولة ثانية من محادثات المياه",
    text="بدأت الجولة الثانية من محادثات تقاسم مياه الوادي بين البلدتين يوم الاثنين.",
    published="2024-05-13", source="الوطن", url="https://example.org/talks")


def test_a_noun_and_its_ordinal():
    def pairs(text: str) -> set[tuple[str, int]]:
        toks = get_analyzer().tokens(text)
        return {(norm, k) for norm, k in ordinal_nouns([t.norm for t in toks], ["" if t.stop else t.stem for t in toks])}

    convoy = get_analyzer().tokens("القافلة")[0].stem
    assert pairs("ضمت القافلة الأممية الثانية") == {(convoy, 2)}  # a nisba adjective between them
    assert pairs("عبرت أول قافلة") == {(convoy, 1)}  # an indefinite ordinal before its noun
    assert pairs("عبرت القافلة الحدود") == set()


def test_the_first_convoys_count_is_no_count_of_the_second(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("convoy") / "archive")
    assert len(arc.add_articles([CONVOY, TALKS], origin="tests").articles) == 2
    with arc:
        answer = arc.ask("كم شاحنة ضمت القافلة الثانية التي عبرت معبر الوادي؟")
        assert answer.abstained and answer.answer is None
        answer = arc.ask("كم شاحنة ضمت أول قافلة عبرت معبر الوادي؟")
        assert not answer.abstained and "عشر" in answer.points[0].text


# An invented cup whose top scorer the article's title names; the total is the cup's, not his.
CUP_SCORER = ArticleDraft(
    title="جاسم يقود النخيل إلى لقب كأس الوادي",
    text=("اختتمت بطولة كأس الوادي لكرة القدم بعد 20 مباراة سُجل فيها 55 هدفاً.\n"
          "وتوج فريق النخيل باللقب بعد فوزه في النهائي على فريق الساحل.\n"
          "وسجل جاسم هدفين في النهائي، فيما أحرز سلطان ثلاثة أهداف لفريق الساحل."),
    published="2024-06-30", source="الوطن", url="https://example.org/cup-scorer")


def test_a_person_a_count_asks_of_is_a_part_the_sentence_must_name():
    def parts(question: str) -> list[str]:
        return [norm for norm, _ in asked_parts(question, analyze_question(question), get_analyzer())]

    # a person is named by the last word of his name; a company is told of as "الشركة", no part
    assert parts("كم هدفاً سجل ليونيل ميسي في البطولة؟") == ["ميسي"]
    assert parts("كم رواية كتب نجيب محفوظ؟") == ["محفوظ"]
    assert parts("كم كان عمر جون إلواي عندما اعتزل؟") == ["الواي"]
    assert parts("كم جمعت أرامكو في طرحها العام الأولي؟") == []
    # "كم عمر" asks an age: the counted noun is no person, though عمر is a given name
    assert parts("كم عمر المستحثات المكتشفة في المرسب؟") == []


def test_a_players_goals_are_neither_the_cups_total_nor_another_players(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("scorer") / "archive")
    assert len(arc.add_articles([CUP_SCORER], origin="tests").articles) == 1
    with arc:
        # the title names him, the total's sentence does not: not his count; his own is a dual the
        # archive writes with no number, and the three goals of his sentence are Sultan's
        answer = arc.ask("كم هدفاً سجل جاسم في بطولة كأس الوادي؟")
        assert answer.abstained and answer.answer is None
        assert "55" not in " ".join(p.text for p in answer.points)
        answer = arc.ask("كم هدفاً سجل سلطان في النهائي؟")
        assert not answer.abstained and "ثلاثة أهداف" in answer.points[0].text and "55" not in (answer.answer or "")
        # the cup's total, asked without a person, is still answered
        answer = arc.ask("كم هدفاً سجل في بطولة كأس الوادي؟")
        assert not answer.abstained and "55" in answer.points[0].text


def test_a_count_told_of_another_person_is_his_not_the_one_asked():
    assert _short("كم هدفاً سجل جاسم في النهائي؟", "وسجل جاسم هدفين، فيما أحرز سلطان ثلاثة أهداف.") is None
    assert _short("كم هدفاً سجل سلطان في النهائي؟", "وسجل جاسم هدفين، فيما أحرز سلطان ثلاثة أهداف.") == "ثلاثة أهداف"
    # "عمر" is an age here, though a given name too
    assert "35" in (_short("كم كان عمر جاسم عندما اعتزل؟", "واعتزل جاسم الكرة في عمر 35 عاماً.") or "")


def test_a_death_told_by_its_phrase_is_no_count_of_the_injured():
    # "لقي … مصرعهم" tells the dead: before, the family of the next verb ("وأصيب") was read, and "كم عاملاً أصيب" was
    # answered with the four dead; a singular after كم counts people as "شخصاً" does
    told = "ولقي أربعة عمال مصرعهم وأصيب اثنا عشر آخرون في انهيار سقالة بموقع بناء الملعب."
    assert word_kind(normalize("مصرعهم")) == "dead"
    assert _short("كم عاملاً أصيب في انهيار السقالة؟", told) == "اثنا عشر آخرون"
    assert _short("كم عاملاً لقي مصرعه في انهيار السقالة؟", told) == "أربعة عمال"
