"""Ask on the sample corpus (src/akhbar/sample/corpus): right, or honestly silent.

The journalist's questions of issue 12, the demo's twelve questions (expected answers in
src/akhbar/sample/README.md), and a quality gate over bench/corpus_questions.jsonl (questions written for this
project: answerable ones with their accepted answers, and facts the corpus does not hold — same topic,
another year, country or person)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.qa import Answerer

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src" / "akhbar" / "sample" / "corpus"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    with Archive.open(tmp_path_factory.mktemp("corpus") / "archive") as archive:
        archive.ingest([str(CORPUS)])
        yield archive


def assert_silent(answer, *missing: str) -> None:
    """Abstained with no answer, and (when given) naming what the archive does not hold."""
    assert answer.abstained and answer.answer is None and answer.points == []
    assert answer.message
    for word in missing:
        assert any(word in m for m in answer.missing), (word, answer.missing)
        assert word in answer.message


# --- the examples of the issue ---------------------------------------------------------------------


def test_a_year_the_archive_does_not_cover_abstains_and_says_so(corpus):
    answer = corpus.ask("من فاز بكأس العالم 2018؟")
    assert_silent(answer, "2018")
    assert "كأس العالم 2018" in answer.message  # "لا يذكر الأرشيف شيئاً عن كأس العالم 2018"


def test_another_country_abstains(corpus):
    assert_silent(corpus.ask("كم عدد قتلى الزلزال في لبنان؟"), "لبنان")


def test_the_terminal_lists_a_constraint_told_apart_as_the_message_says_it(corpus, capsys):
    # The Beirut port articles name Lebanon: the message says no article tells it with the rest of the
    # question, and the line under it must not say the archive found nothing of لبنان.
    from akhbar.views import print_answer

    lebanon = corpus.ask("كم عدد قتلى الزلزال في لبنان؟")
    assert lebanon.apart == ["لبنان"]
    capsys.readouterr()
    print_answer(lebanon)
    shown = capsys.readouterr().out
    assert "لم يجد مع بقية السؤال: لبنان" in shown and "لم يجد الأرشيف: لبنان" not in shown
    cup = corpus.ask("من فاز بكأس العالم 2018؟")
    assert cup.apart == []
    print_answer(cup)
    assert "لم يجد الأرشيف: كأس العالم 2018" in capsys.readouterr().out


def test_the_abstention_does_not_say_the_archive_is_silent_on_a_country_it_covers(corpus):
    # The archive has no Olympics but does report on Egypt (its new capital): "لا يذكر الأرشيف شيئاً
    # عن مصر" would be false, so only what none of the sentences it read holds is named.
    answer = corpus.ask("كم عدد الميداليات التي فازت بها مصر في أولمبياد باريس 2024؟")
    assert_silent(answer, "أولمبياد")
    assert "مصر" not in answer.missing and "مصر" not in (answer.message or "")


def test_another_earthquake_year_abstains(corpus):
    assert_silent(corpus.ask("كم كان عدد ضحايا زلزال 1939؟"))


def test_another_planet_abstains_naming_it(corpus):
    # The archive knows the probe's Mars orbit only: "المشتري" is in none of its articles, so the
    # Mars date is no answer to when it reached Jupiter (before: the Mars date, shown with confidence).
    assert_silent(corpus.ask("متى دخل مسبار الأمل مدار كوكب المشتري؟"), "المشتري")
    assert not corpus.ask("متى دخل مسبار الأمل مدار كوكب المريخ؟").abstained


def test_a_treaty_with_another_country_of_two_words_abstains_naming_it(corpus):
    # The archive has the 1980 treaty with the Soviet Union; the United States is named elsewhere (the
    # Mars article), so neither word is rare, but no sentence on the treaty names it (before: the
    # Soviet treaty's date at 0.96).
    assert_silent(corpus.ask("متى وقع حافظ الأسد معاهدة صداقة مع الولايات المتحدة؟"), "الولايات المتحدة")
    assert "1980" in (corpus.ask("متى وقع حافظ الأسد معاهدة الصداقة مع الاتحاد السوفيتي؟").answer or "")


def test_another_crossing_abstains_naming_it(corpus):
    # The archive has the first UN convoy through باب الهوى; "باب السلامة" is another crossing, and
    # "السلامة" is no rare word (the Beirut article writes "سلامة"), so the crossing's cue and name are
    # one constraint (before: Bab al-Hawa's date at 0.97).
    assert_silent(corpus.ask("متى عبرت أول قافلة مساعدات أممية معبر باب السلامة؟"), "معبر باب السلامة")
    assert "9 فبراير" in (corpus.ask("متى عبرت أول قافلة مساعدات أممية معبر باب الهوى؟").answer or "")


def test_al_bashir_own_appointment_tells_neither_his_birthplace_nor_his_successor(corpus):
    # The archive tells that محمد البشير was charged with the caretaker government "في سوريا"; it says
    # nothing of where he was born nor of who came after him (before: that sentence's points, 0.62 and
    # 0.93).
    assert corpus.ask("أين ولد محمد البشير؟").abstained
    assert corpus.ask("من تولى رئاسة الحكومة السورية بعد محمد البشير؟").abstained
    assert "الجمالية" in (corpus.ask("أين ولد نجيب محفوظ؟").answer or "")


def test_the_arab_teams_are_not_the_whole_cup(corpus):
    # The archive counts the 32 teams of the 2022 cup, not its Arab ones (before: "32 منتخباً" at 0.66).
    answer = corpus.ask("كم منتخباً عربياً شارك في مونديال قطر؟")
    assert answer.abstained and answer.answer is None
    assert corpus.ask("كم منتخباً شارك في مونديال قطر؟").answer == "32 منتخباً"


def test_the_hmeimim_agreement_is_not_given_the_tartus_date(corpus):
    answer = corpus.ask("متى وقعت موسكو ودمشق اتفاق استخدام قاعدة حميميم؟")
    assert answer.abstained or ("2017" not in (answer.answer or "") and "طرطوس" not in answer.points[0].text)


def test_who_is_the_one_who_gave_the_order_not_the_one_he_met(corpus):
    answer = corpus.ask("من أمر ببدء سحب القوات الروسية من سوريا؟")
    assert answer.answer and "بوتين" in answer.answer and "الأسد" not in answer.answer
    assert "أمر" in answer.points[0].text


def test_who_scored_the_hat_trick_is_the_scorer_of_it(corpus):
    answer = corpus.ask("من سجل ثلاثية في النهائي؟")
    assert answer.answer and "مبابي" in answer.answer


def test_why_gives_the_cause(corpus):
    answer = corpus.ask("لماذا جنحت السفينة إيفر غيفن في قناة السويس؟")
    assert not answer.abstained
    cause = answer.points[0].text  # "وقالت هيئة قناة السويس إن رياحاً قوية وعاصفة ترابية تسببتا في …"
    assert "رياح" in cause and "عاصفة ترابية" in cause
    assert answer.answer is not None and "رياح" in answer.answer and answer.answer in cause


def test_when_did_it_run_aground_gives_the_grounding_date_not_the_departure(corpus):
    answer = corpus.ask("متى جنحت السفينة إيفر غيفن؟")
    assert not answer.abstained
    assert "يوليو" not in answer.points[0].text
    assert answer.answer is None or answer.normalized == "2021-03-23"


def test_a_short_date_answer_is_shown_as_written_and_normalised(corpus):
    answer = corpus.ask("متى وصل مسبار الأمل إلى مدار المريخ؟")
    assert answer.answer and "فبراير" in answer.answer
    assert answer.normalized == "2021-02-09"


def test_answers_carry_a_confidence(corpus):
    answered = corpus.ask("أين تقع قاعدة حميميم الجوية؟")
    assert not answered.abstained and 0.5 <= answered.confidence <= 1
    assert corpus.ask("من فاز بكأس العالم 2018؟").to_dict()["missing"] == ["كأس العالم 2018"]


def test_a_list_leaves_out_filler_and_follows_the_dates(corpus):
    answer = corpus.ask("ما هي النتائج الاقتصادية للتعاون بين روسيا وسوريا؟")
    texts = [p.text for p in answer.points]
    assert not answer.abstained and texts
    assert not any(t.startswith("لم يقتصر") for t in texts)
    years = [next(y for y in ("2018", "2019", "2025") if y in t) for t in texts if any(y in t for y in ("2018", "2019", "2025"))]
    assert years == sorted(years) and "2018" in years


def test_the_economic_list_gives_its_points_each_cited(corpus):
    # The items follow "لم يقتصر التعاون بين روسيا وسوريا على الجانب العسكري." and repeat none of the
    # question's words: the introducing sentence's coverage counts for them.
    answer = corpus.ask("ما هي النتائج الاقتصادية للتعاون بين روسيا وسوريا؟")
    assert not answer.abstained and answer.answer is None
    joined = " ".join(p.text for p in answer.points)
    for fact in ("الفوسفات", "مرفأ طرطوس", "القمح"):
        assert fact in joined, fact
    for point in answer.points:
        (n,) = point.citations
        source = answer.sources[n - 1]
        assert corpus.store.articles([source.article_id])[source.article_id].text[source.start:source.end] == point.text


def test_a_list_about_another_country_abstains(corpus):
    assert_silent(corpus.ask("ما هي النتائج الاقتصادية للتعاون بين روسيا وإيران؟"), "إيران")


def test_who_needs_the_question_event_in_the_answer_sentence(corpus):
    # The final's sentence says who won, not who coached: no coach is named in the archive.
    assert_silent(corpus.ask("من درب منتخب الأرجنتين في كأس العالم 2022؟"))


def test_when_needs_the_question_event_not_another_date_of_the_person(corpus):
    # The archive dates البشير's appointment, not his birth.
    assert_silent(corpus.ask("متى ولد محمد البشير؟"))


def test_a_role_holder_is_the_name_next_to_the_role_not_one_further_on(corpus):
    # "برئاسة حكومة" is in the sentence, but "بشار الأسد" stands twelve words on, after "سقوط حكم".
    answer = corpus.ask("من تولى رئاسة الحكومة الانتقالية بعد محمد البشير؟")
    assert answer.abstained or answer.answer is None


def test_an_economic_list_leaves_out_the_military_figures(corpus):
    # "63 ألف عسكري روسي شاركوا في العمليات" shares the question's words but is no economic result.
    answer = corpus.ask("ما هي النتائج الاقتصادية للتعاون بين روسيا وسوريا؟")
    texts = [p.text for p in answer.points]
    assert answer.abstained or any("الفوسفات" in t or "القمح" in t for t in texts)
    assert not any("عسكري" in t or "القوات" in t for t in texts), texts


# --- the demo's twelve questions ---------------------------------------------------------------------

DEMO = [line.strip() for line in (ROOT / "src" / "akhbar" / "sample" / "questions.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()]
EXPECTED = {  # src/akhbar/sample/README.md: what the first point must hold when ask answers
    0: ["8 ديسمبر", "الثامن من ديسمبر", "أمس الأحد"], 1: ["أحمد الشرع"], 2: ["200 شخص"], 3: ["الأرجنتين"],
    4: ["جبلة"], 5: ["9 فبراير", "09/02/2021"], 6: ["رياح", "عاصفة"], 7: ["نجيب محفوظ"], 8: ["7.8"],
    9: ["رؤية السعودية 2030"], 10: ["الفوسفات", "طرطوس", "القمح"], 11: [],
}


@pytest.mark.parametrize("n", range(len(DEMO)))
def test_the_demo_questions_are_right_or_silent(corpus, n):
    answer = corpus.ask(DEMO[n])
    if not EXPECTED[n]:
        assert_silent(answer)
        return
    if answer.abstained:
        return
    assert any(word in answer.points[0].text for word in EXPECTED[n]), (DEMO[n], answer.points[0].text)


def test_the_demo_names_the_president_not_the_head_of_government(corpus):
    # "رئاسة سوريا" asked; "برئاسة حكومة انتقالية" (محمد البشير) ranks higher but joins رئاسة to
    # another noun: the sentence on أحمد الشرع is chosen (or ask stays silent, never البشير).
    answer = corpus.ask(DEMO[1])
    assert not answer.abstained and "أحمد الشرع" in answer.points[0].text and "البشير" not in (answer.answer or "")
    info, ranked, _, _ = (qa := Answerer(corpus.store, corpus.retriever, corpus.analyzer, corpus.index)).evidence(DEMO[1])
    decision = qa.decide(DEMO[1], info, ranked)
    assert decision.chosen is not None and decision.short is not None
    assert decision.chosen.text[decision.short.start:decision.short.end] == "أحمد الشرع"


def test_the_re_ranker_reads_the_appointment_as_taking_the_presidency(corpus):
    # The first ranking puts "كُلّف محمد البشير … برئاسة حكومة انتقالية" first (more of the question's
    # words); read closely, "تعيين أحمد الشرع رئيساً للبلاد في المرحلة الانتقالية" answers it.
    qa = Answerer(corpus.store, corpus.retriever, corpus.analyzer, corpus.index)
    assert qa.reranker is not None  # shipped in data/answer_weights.json
    _, ranked, _, _ = qa.evidence(DEMO[1])
    assert "أحمد الشرع" in ranked[0].text and ranked[0].close is not None
    assert ranked[0].prob > max(s.prob for s in ranked[1:])


# --- quality gate -------------------------------------------------------------------------------

QUESTIONS = [json.loads(line) for line in (ROOT / "bench" / "corpus_questions.jsonl").read_text(encoding="utf-8")
             .splitlines() if line.strip()]


def test_quality_gate_on_the_sample_corpus_questions(corpus):
    """Floors a little under today's numbers (bench/qa.py reports them: bench/README.md)."""
    right = answered = silent = 0
    absent = [q for q in QUESTIONS if q.get("absent")]
    present = [q for q in QUESTIONS if not q.get("absent")]
    for q in present:
        answer = corpus.ask(q["question"])
        if not answer.abstained:
            answered += 1
            right += any(a in answer.points[0].text or a == answer.answer for a in q["answers"])
    for q in absent:
        silent += corpus.ask(q["question"]).abstained
    assert answered / len(present) >= 0.6, answered
    assert right / answered >= 0.85, (right, answered)
    assert silent / len(absent) >= 0.9, silent
