"""Ask: cited answers built from archive sentences, careful short answers, honest abstention.

Question analysis is tested in test_question.py."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.errors import QueryError
from akhbar.models import Answer, ArticleDraft
from akhbar.qa.compose import ABSTAIN_MESSAGE, Answerer

# Short news items written for these tests (facts from public knowledge).
ARTICLES = [
    ArticleDraft(
        title="المتحف المصري الكبير",
        text=("أعلنت وزارة السياحة المصرية أن المتحف المصري الكبير يقع بالقرب من أهرامات الجيزة.\n"
              "ويعرض المتحف في قاعاته نحو 100 ألف قطعة أثرية جُمعت من مواقع التنقيب.\n"
              "وقد وضع حجر الأساس للمتحف عام 2002 بعد مسابقة معمارية دولية."),
        published="2023-05-10", source="الأهرام", url="https://example.org/museum"),
    ArticleDraft(
        title="الأرجنتين بطلة العالم",
        text=("فاز منتخب الأرجنتين بكأس العالم لكرة القدم في قطر يوم 18 ديسمبر 2022.\n"
              "وقاد القائد ليونيل ميسي المنتخب إلى اللقب بعد الفوز على فرنسا بركلات الترجيح.\n"
              "وأقيمت المباراة النهائية في استاد لوسيل أمام نحو 88 ألف متفرج."),
        published="2022-12-19", source="الجزيرة", url="https://example.org/final"),
    ArticleDraft(
        title="انفجار مرفأ بيروت",
        text=("وقع انفجار مرفأ بيروت مساء الرابع من أغسطس 2020.\n"
              "وأسفر الانفجار عن مقتل أكثر من 200 شخص وإصابة الآلاف بجروح.\n"
              "وتعود أسباب الانفجار إلى تخزين كميات كبيرة من نترات الأمونيوم في المرفأ لسنوات دون إجراءات سلامة.\n"
              "كما أدى الانفجار إلى تدمير أحياء واسعة من العاصمة اللبنانية.\n"
              "وأعلنت الحكومة اللبنانية استقالتها بعد أيام من الانفجار."),
        published="2020-08-10", source="العربية", url="https://example.org/beirut"),
    ArticleDraft(
        title="جنوح سفينة في قناة السويس",
        text=("جنحت سفينة الحاويات إيفر غيفن في قناة السويس في مارس 2021.\n"
              "وتسبب جنوح السفينة في توقف حركة الملاحة في القناة لمدة ستة أيام.\n"
              "وقال رئيس هيئة قناة السويس أسامة ربيع إن الهيئة نجحت في تعويم السفينة."),
        published="2021-03-29", source="سكاي نيوز عربية", url="https://example.org/suez"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("answer") / "archive"
    with Archive.open(path) as arc:
        report = arc.add_articles(ARTICLES, origin="tests")
        assert len(report.articles) == len(ARTICLES)
        yield arc


@pytest.fixture(scope="module")
def answerer(archive):
    return Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)


def assert_cited(answer: Answer, archive: Archive) -> None:
    """Every point is the quote of the sources it cites, and every quote slices its article back."""
    assert not answer.abstained and answer.points and answer.sources
    numbers = {s.n: s for s in answer.sources}
    for point in answer.points:
        assert point.citations and all(n in numbers for n in point.citations)
        assert any(point.text == numbers[n].quote for n in point.citations)
    for source in answer.sources:
        article = archive.store.article(source.article_id)
        assert article.text[source.start:source.end] == source.quote
        assert source.title == article.title and source.url == article.url


# --- answers ----------------------------------------------------------------------------------


def test_when_gives_the_date_as_short_answer(answerer, archive):
    answer = answerer.ask("متى فاز منتخب الأرجنتين بكأس العالم في قطر؟")
    assert answer.answer_type == "date"
    assert_cited(answer, archive)
    assert "18 ديسمبر 2022" in answer.points[0].text
    assert answer.sources[0].source == "الجزيرة"
    # The short answer is shown only when its measured confidence allows; when shown it is the date.
    assert answer.answer is None or (answer.answer in answer.points[0].text and answer.normalized == "2022-12-18")


def test_a_quoted_name_spelt_otherwise_still_finds_the_answer(answerer, archive):
    # "«إيفر جيفن»" is nowhere as a phrase (the archive writes إيفر غيفن): its other words still count.
    found = archive.search("«إيفر جيفن» قناة السويس")  # search drops it too, and says so
    assert found.unmatched_phrases == ["إيفر جيفن"] and "إيفر غيفن" in found.hits[0].text
    question = "متى تم تعويم السفينة «إيفر جيفن» في قناة السويس؟"
    _, ranked, _, _ = answerer.evidence(question)
    assert ranked and "إيفر غيفن" in ranked[0].text and "السويس" in ranked[0].text
    # The archive dates the grounding (مارس 2021), not the refloating: ask answers with the
    # refloating's sentence or stays silent, never with the grounding's date.
    answer = answerer.ask(question)
    assert answer.abstained or ("تعويم" in answer.points[0].text and "2021" not in (answer.answer or ""))


def test_how_many_gives_the_number(answerer, archive):
    answer = answerer.ask("كم قطعة أثرية يضم المتحف المصري الكبير؟")
    assert answer.answer_type == "number"
    assert answer.answer is None or "100 ألف قطعة" in answer.answer
    assert_cited(answer, archive)
    assert "قطعة أثرية" in answer.points[0].text


def test_who_gives_a_name(answerer, archive):
    answer = answerer.ask("من قاد منتخب الأرجنتين إلى اللقب؟")
    assert answer.answer_type == "person"
    assert_cited(answer, archive)
    assert "ميسي" in answer.points[0].text and (answer.answer is None or "ميسي" in answer.answer)

    answer = answerer.ask("من هو رئيس هيئة قناة السويس؟")
    assert_cited(answer, archive)
    assert "أسامة ربيع" in answer.points[0].text and (answer.answer is None or "أسامة ربيع" in answer.answer)


def test_where_cites_the_sentence_with_the_place(answerer, archive):
    answer = answerer.ask("أين يقع المتحف المصري الكبير؟")
    assert answer.answer_type == "place"
    assert_cited(answer, archive)
    assert "الجيزة" in answer.points[0].text


def test_list_question_gives_several_distinct_points(answerer, archive):
    answer = answerer.ask("ما هي نتائج انفجار مرفأ بيروت؟")
    assert answer.answer_type == "list"
    assert answer.answer is None
    assert_cited(answer, archive)
    assert 2 <= len(answer.points) <= 5
    texts = [p.text for p in answer.points]
    assert len(set(texts)) == len(texts)
    assert all("الانفجار" in t or "انفجار" in t for t in texts)


def test_why_question_points_at_the_cause(answerer, archive):
    answer = answerer.ask("لماذا توقفت حركة الملاحة في قناة السويس؟")
    assert answer.answer_type == "description"
    assert_cited(answer, archive)
    assert any("جنوح السفينة" in p.text for p in answer.points)


def test_yes_no_question_is_answered_with_evidence(answerer, archive):
    answer = answerer.ask("هل فاز منتخب الأرجنتين بكأس العالم؟")
    assert answer.answer_type == "yesno"
    assert_cited(answer, archive)
    assert "الأرجنتين" in answer.points[0].text


def test_answer_serializes_to_the_documented_json(answerer):
    data = answerer.ask("متى وقع انفجار مرفأ بيروت؟").to_dict()
    assert {"question", "answer_type", "answer", "points", "sources", "abstained"} <= set(data)
    assert set(data["points"][0]) == {"text", "citations"}
    assert {"n", "article_id", "title", "source", "published", "url", "quote", "start", "end"} <= set(
        data["sources"][0])


# --- abstention and odd inputs ------------------------------------------------------------------


def assert_abstained(answer: Answer) -> None:
    assert answer.abstained
    assert answer.answer is None and answer.points == [] and answer.sources == []
    assert answer.message  # what was not found: ABSTAIN_MESSAGE, or the constraint no evidence satisfied


def test_unrelated_question_abstains(answerer):
    assert_abstained(answerer.ask("كم يبلغ سعر برميل النفط في الأسواق الآسيوية اليوم؟"))


def test_abstention_lists_the_closest_hits(answerer):
    answer = answerer.ask("ما هي عاصمة اليابان الجديدة؟")
    assert_abstained(answer)
    # (a word in no passage of this small archive, "الجديدة", may be named with it: a rare-word constraint)
    assert answer.missing[0] == "اليابان" and "اليابان" in answer.message
    for hit in answer.closest:
        assert hit.article_id and hit.text


@pytest.mark.parametrize("question", ["", "   ", "؟", "ما هو؟", "من هو الذي في"])
def test_empty_or_stopword_questions_abstain(answerer, question):
    answer = answerer.ask(question)
    assert_abstained(answer)
    assert answer.message == ABSTAIN_MESSAGE and answer.confidence == 0.0


def test_latin_text_abstains_without_error(answerer):
    assert_abstained(answerer.ask("What is the capital of Japan?"))


def test_very_long_question_is_refused_or_abstains(answerer):
    try:
        answer = answerer.ask("انفجار " * 1500)
    except QueryError as err:
        assert "characters" in str(err)
    else:
        assert answer.abstained or answer.points


# --- news questions: wording that differs from the question, framing words, careful short answers --

NEWS = [
    ArticleDraft(
        title="المجلس العسكري يعلق المفاوضات",
        text=("أعلن المجلس العسكري في السودان تعليق المفاوضات مع قوى المعارضة لمدة ثلاثة أيام.\n\n"
              "وكانت الاحتجاجات الشعبية قد أسقطت حكم عمر البشير في الحادي عشر من أبريل/نيسان 2019."),
        published="2019-05-16", source="وكالة النيل", url="https://example.org/sudan-talks"),
    ArticleDraft(
        title="اتفاقات جديدة في الخرطوم",
        text="وبعد سقوط حكم البشير أفادت تقارير في أغسطس/آب 2019 بأن الأطراف وقعت وثيقة دستورية.",
        published="2019-08-18", source="وكالة النيل", url="https://example.org/sudan-deal"),
    ArticleDraft(
        title="استقالة الحكومة بعد انفجار مصنع الأسمدة",
        text=("أعلن رئيس الوزراء استقالة حكومته بعد ستة أيام من انفجار مصنع الأسمدة في المدينة الصناعية.\n"
              "وقال إن التحقيق في الانفجار سيستمر حتى تحديد المسؤولين."),
        published="2021-06-12", source="صحيفة المدينة", url="https://example.org/plant-resign"),
    ArticleDraft(
        title="حصيلة انفجار مصنع الأسمدة",
        text=("وأودى انفجار مصنع الأسمدة بحياة أكثر من 40 شخصاً، وأصاب نحو 300 آخرين.\n"
              "وسمع دوي الانفجار على بعد أكثر من 30 كيلومتراً."),
        published="2021-06-07", source="صحيفة المدينة", url="https://example.org/plant-toll"),
    ArticleDraft(
        title="انطلاق البطولة العربية للأندية",
        text="انطلقت أمس بطولة كأس العرب للأندية 2021 في القاهرة بمشاركة عشرين فريقاً.",
        published="2021-07-01", source="ملاعب", url="https://example.org/cup-start"),
    ArticleDraft(
        title="الترجي بطلاً",
        text="تُوّج فريق الترجي بلقب كأس العرب للأندية 2021 بعد فوزه في المباراة النهائية بهدفين دون رد.",
        published="2021-07-30", source="ملاعب", url="https://example.org/cup-final"),
    ArticleDraft(
        title="قلعة صلاح الدين",
        text=("استقبلت قلعة صلاح الدين الأثرية آلاف الزوار هذا الصيف.\n"
              "وتقع القلعة قرب مدينة الحفة في محافظة اللاذقية، وتعد من مواقع التراث العالمي."),
        published="2022-08-01", source="سياحة", url="https://example.org/castle"),
    ArticleDraft(
        title="ماذا جنت القاهرة اقتصادياً من بكين؟",
        text=("لم يقتصر التعاون بين الصين ومصر على الجانب الدبلوماسي.\n"
              "ففي عام 2016 وقعت شركات صينية عقوداً لبناء حي الأعمال في العاصمة الإدارية الجديدة.\n"
              "كما تضاعف حجم التبادل التجاري بين البلدين خلال عقد واحد."),
        published="2023-03-01", source="الاقتصاد اليوم", url="https://example.org/china-egypt"),
    ArticleDraft(
        title="إضراب المعلمين",
        text="أعلنت نقابة المعلمين الإضراب العام يوم الأحد احتجاجاً على تأخر الرواتب.",
        published="2023-02-05", source="صحيفة المدينة", url="https://example.org/strike"),
]


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    path = tmp_path_factory.mktemp("answer-news") / "archive"
    with Archive.open(path) as arc:
        arc.add_articles(NEWS, origin="tests")
        yield arc, Answerer(arc.store, arc.retriever, arc.analyzer, arc.index)


def found_short(answerer: Answerer, question: str) -> str | None:
    """The short answer the cascade finds by role in its chosen sentence, shown or not (whether it is
    shown is for its measured confidence to decide)."""
    info, ranked, _, _ = answerer.evidence(question)
    decision = answerer.decide(question, info, ranked)
    if decision.chosen is None or decision.short is None:
        return None
    return decision.chosen.text[decision.short.start:decision.short.end]


def test_when_matches_other_forms_of_the_verb_and_skips_dates_of_later_events(news):
    # The question says "سقط نظام", the article "أسقطت حكم … في الحادي عشر من أبريل 2019"; the other
    # article's August date belongs to what happened "بعد سقوط حكم البشير".
    archive, answerer = news
    answer = answerer.ask("متى سقط نظام عمر البشير؟")
    assert_cited(answer, archive)
    assert "أسقطت" in answer.points[0].text
    assert found_short(answerer, "متى سقط نظام عمر البشير؟") == "الحادي عشر من أبريل/نيسان 2019"
    assert answer.answer in (None, "الحادي عشر من أبريل/نيسان 2019")


def test_how_many_victims_takes_the_head_count_not_a_duration_or_a_distance(news):
    archive, answerer = news
    answer = answerer.ask("كم عدد ضحايا انفجار مصنع الأسمدة؟")
    assert_cited(answer, archive)
    assert "أودى" in answer.points[0].text
    # the number with its bound and its counted noun: "40 شخصاً" would say more than the source knows
    assert found_short(answerer, "كم عدد ضحايا انفجار مصنع الأسمدة؟") == "أكثر من 40 شخصاً"
    assert answer.answer in (None, "أكثر من 40 شخصاً")


def test_who_won_names_the_team_not_a_common_noun(news):
    archive, answerer = news
    answer = answerer.ask("من فاز بكأس العرب للأندية 2021؟")
    assert_cited(answer, archive)
    assert found_short(answerer, "من فاز بكأس العرب للأندية 2021؟") == "الترجي"
    assert answer.answer in (None, "الترجي")


def test_who_gives_no_short_answer_without_a_sure_name(news):
    # "نقابة المعلمين" has no cue Arabic gives for a name in so small an archive: cite, don't guess.
    archive, answerer = news
    answer = answerer.ask("من أعلن الإضراب العام؟")
    assert_cited(answer, archive)
    assert answer.answer is None
    assert "نقابة المعلمين" in answer.points[0].text


def test_where_gives_the_whole_place_phrase(news):
    archive, answerer = news
    question = "أين تقع قلعة صلاح الدين؟"
    assert found_short(answerer, question) == "قرب مدينة الحفة في محافظة اللاذقية"
    answer = answerer.ask(question)
    assert answer.abstained or answer.answer in (None, "قرب مدينة الحفة في محافظة اللاذقية")


def test_list_question_is_answered_by_its_named_things_not_its_framing_words(news):
    # "النتائج الاقتصادية للتعاون" frames the question; الصين and مصر say what it is about.
    archive, answerer = news
    question = "ما هي النتائج الاقتصادية للتعاون بين الصين ومصر؟"
    info, ranked, _, _ = answerer.evidence(question)
    chosen = answerer.decide(question, info, ranked).chosen
    assert chosen is not None and archive.store.article(chosen.cand.article_id).url == "https://example.org/china-egypt"
    answer = answerer.ask(question)
    assert answer.answer_type == "list"
    if answer.abstained:  # the confidence model may keep a list back (bench/README.md: list answers)
        return
    assert_cited(answer, archive)
    assert all(s.url == "https://example.org/china-egypt" for s in answer.sources)
    assert len(answer.points) >= 2


def test_a_list_the_ranking_rates_as_weakly_as_another_articles_list_abstains(news):
    """A list is answered by how much of the question its introducing sentence covers, and an
    article on the same subject that is not the question's own covers it as well: the ranking's
    probability is what tells them apart. In an archive of the size the probabilities are scaled on,
    the same sentences rated below LIST_PROB_FLOOR keep the list back, with the unsure message,
    whatever their coverage; a small archive's lower probabilities do not."""
    from akhbar.qa.compose import UNSURE_MESSAGE
    from akhbar.qa.decide import LIST_PROB_FLOOR, decide

    _, answerer = news
    question = "ما هي النتائج الاقتصادية للتعاون بين الصين ومصر؟"
    info, ranked, articles, hits = answerer.evidence(question)
    first = answerer.decide(question, info, ranked).chosen
    assert first is not None

    def rated(prob: float, small_archive: bool = False):
        """The decision with every sentence's ranking probability scaled so the chosen one has ``prob``."""
        scale = prob / first.prob
        for sent in ranked:
            sent.prob *= scale
        return decide(question, info, ranked, answerer.analyzer, answerer.model, lambda _: None,
                      small_archive=small_archive)

    strong = rated(1.5 * LIST_PROB_FLOOR)
    assert strong.chosen is first and strong.why in ("answered", "confidence")
    weak = rated(0.75 * LIST_PROB_FLOOR)
    assert weak.chosen is first and weak.chosen.coverage == strong.chosen.coverage
    assert weak.why == "list rank"
    answer = answerer.compose(question, info, weak, ranked, articles, hits)
    assert answer.abstained and answer.message == UNSURE_MESSAGE and not answer.points
    assert rated(0.75 * LIST_PROB_FLOOR, small_archive=True).why != "list rank"


def test_absent_facts_still_abstain(news):
    _, answerer = news
    assert_abstained(answerer.ask("كم عدد الميداليات التي فازت بها تونس في أولمبياد طوكيو؟"))
    assert_abstained(answerer.ask("متى افتتح مترو الرياض؟"))


# --- rare question words ----------------------------------------------------------------------------


def test_a_rare_question_word_no_article_holds_abstains_naming_it(answerer):
    """Every rare word of the question is a constraint, not only the names of the lexicon: "بالقمح"
    is in no article, so the sentence on the grounding leaves out the rarest thing asked about, and
    the archive does not say when a ship loaded with wheat ran aground."""
    plain = "متى جنحت سفينة الحاويات إيفر غيفن في قناة السويس؟"
    loaded = "متى جنحت سفينة الحاويات إيفر غيفن المحملة بالقمح في قناة السويس؟"
    decisions = {}
    for question in (plain, loaded):
        info, ranked, _, _ = answerer.evidence(question)
        decisions[question] = answerer.decide(question, info, ranked)
    assert decisions[plain].features["rare_missing"] == 0.0 and decisions[plain].chosen is not None
    assert decisions[loaded].why == "constraint" and decisions[loaded].chosen is None
    assert "بالقمح" in [c.text for c in decisions[loaded].missing]  # in no passage of the archive
