"""Ask answers a when-question told as a decade, a century or a year of another era (its short answer
only at the precision asked); says who came after X only from a sentence tying a succession word to X;
gives the place of a birth or a death only from a sentence (or one beside it) telling that event; counts,
after "كم بلغت خسائر…", only a number of the losses; and gives nothing the archive says was not made known."""

from __future__ import annotations

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft
from akhbar.qa.compose import Answerer
from akhbar.qa.decide import Decision

# Short items written for these tests (invented places, people and events).
PERIODS = [
    ArticleDraft(
        title="قلعة الوادي الأخضر",
        text=("بنيت قلعة الوادي الأخضر في القرن الثاني عشر الميلادي على تلة تطل على النهر.\n"
              "ويزور القلعة آلاف السياح كل صيف."),
        published="2021-05-02", source="الوطن", url="https://example.org/castle"),
    ArticleDraft(
        title="مدينة السهل القديمة",
        text=("تأسست مدينة السهل القديمة عام 280 قبل الميلاد على ضفاف البحيرة.\n"
              "وعثر المنقبون فيها على أوان فخارية ونقوش حجرية."),
        published="2021-06-10", source="الوطن", url="https://example.org/plain"),
    ArticleDraft(
        title="الشيخ سالم الحداد",
        text=("توفي الفقيه سالم الحداد سنة 45 للهجرة بعد أن درّس في مسجد البلدة عقوداً.\n"
              "وترك الحداد مؤلفات في الفقه واللغة."),
        published="2021-07-01", source="الوطن", url="https://example.org/faqih"),
    ArticleDraft(
        title="فرقة النجوم",
        text=("اشتهرت فرقة النجوم الغنائية في الثمانينيات من القرن الماضي بأغانيها الوطنية.\n"
              "وقدمت الفرقة حفلاتها في مسارح العاصمة."),
        published="2021-08-15", source="الوطن", url="https://example.org/band"),
]

SUCCESSION = [
    ArticleDraft(
        title="اتحاد الكرة",
        text=("تولى سالم العامري رئاسة اتحاد الكرة عام 2010 بعد انتخابه بأغلبية الأصوات، "
              "وكان قد عمل نائباً للرئيس خالد المنصوري.\n"
              "وأطلق العامري خطة لتطوير الملاعب."),
        published="2010-04-02", source="الوطن", url="https://example.org/fa2010"),
]
SUCCESSOR = ArticleDraft(
    title="رئيس جديد لاتحاد الكرة",
    text=("انتخب أعضاء الجمعية العمومية ماجد الكعبي رئيساً لاتحاد الكرة عام 2018 خلفاً لسالم العامري.\n"
          "وتعهد الكعبي بتطوير الدوري."),
    published="2018-03-09", source="الوطن", url="https://example.org/fa2018")

POEM = ArticleDraft(
    title="قصيدة الفجر",
    text=("كتب الشاعر سامي الحداد قصيدة الفجر حين انتهت معركة التلال عام 1950.\n"
          "وترجمت القصيدة إلى لغات عدة."),
    published="2020-01-05", source="الوطن", url="https://example.org/poem")

LOSSES = [
    ArticleDraft(
        title="تراجع الملاحة في قناة الشمال",
        text=("تراجعت حركة الملاحة في قناة الشمال بنسبة 40 في المئة خلال الأزمة.\n"
              "وبلغت إيرادات قناة الشمال الشهرية 916 مليون دولار قبل الأزمة.\n"
              "وقالت هيئة القناة إن خسائر قناة الشمال اليومية كبيرة."),
        published="2024-02-01", source="الوطن", url="https://example.org/canal"),
]
PORT = ArticleDraft(
    title="خسائر ميناء الجنوب",
    text=("وبلغت خسائر ميناء الجنوب اليومية نحو 12 مليون دولار بحسب إدارة الميناء.\n"
          "وتوقفت السفن عن الرسو في الميناء منذ أسبوعين."),
    published="2024-02-03", source="الوطن", url="https://example.org/port")


def _archive(tmp_path_factory, name: str, drafts: list[ArticleDraft]):
    arc = Archive.open(tmp_path_factory.mktemp(name) / "archive")
    assert len(arc.add_articles(drafts, origin="tests").articles) == len(drafts)
    return arc


@pytest.fixture(scope="module")
def periods(tmp_path_factory):
    with _archive(tmp_path_factory, "periods", PERIODS) as arc:
        yield arc


def decided(archive: Archive, question: str) -> tuple[Decision, str | None]:
    """What the cascade decided, and the short answer it found in its chosen sentence (shown or not)."""
    answerer = Answerer(archive.store, archive.retriever, archive.analyzer, archive.index)
    info, ranked, _, _ = answerer.evidence(question)
    decision = answerer.decide(question, info, ranked)
    short = None
    if decision.chosen is not None and decision.short is not None:
        short = decision.chosen.text[decision.short.start:decision.short.end]
    return decision, short


@pytest.mark.parametrize(("question", "short"), [
    ("في أي قرن بنيت قلعة الوادي الأخضر؟", "القرن الثاني عشر الميلادي"),  # a century asked, a century told
    ("متى تأسست مدينة السهل القديمة؟", "عام 280 قبل الميلاد"),  # a year before the common era
    ("متى توفي الفقيه سالم الحداد؟", "سنة 45 للهجرة"),  # a Hijri year of two digits
    ("في أي عقد اشتهرت فرقة النجوم الغنائية؟", "الثمانينيات من القرن الماضي"),
])
def test_a_period_answers_a_when_question_at_the_precision_asked(periods, question, short):
    decision, found = decided(periods, question)
    assert decision.why != "no date" and decision.passed_rules
    assert found == short
    answer = periods.ask(question)
    assert answer.answer in (None, short)  # shown or not is for its confidence to decide


@pytest.mark.parametrize("question", ["متى بنيت قلعة الوادي الأخضر؟", "متى اشتهرت فرقة النجوم الغنائية؟"])
def test_a_century_or_a_decade_is_no_short_answer_to_when(periods, question):
    # متى wants a year at least: the sentence is cited, but "القرن الثاني عشر" is not shown as the date.
    decision, found = decided(periods, question)
    assert decision.why != "no date" and decision.passed_rules
    assert found is None and periods.ask(question).answer is None


@pytest.fixture(scope="module")
def succession(tmp_path_factory):
    with _archive(tmp_path_factory, "succession", SUCCESSION) as arc:
        yield arc


def test_a_sentence_on_x_own_appointment_does_not_say_who_came_after_x(succession):
    # The sentence tells how العامري took office (and names his predecessor): nothing on who followed him.
    question = "من تولى رئاسة اتحاد الكرة بعد سالم العامري؟"
    _, found = decided(succession, question)
    assert found is None
    answer = succession.ask(question)
    assert answer.answer is None
    assert "المنصوري" not in (answer.answer or "")
    # Nor do its points stand alone: no sentence in or beside it ties a succession word to العامري.
    assert answer.abstained


def test_a_successor_tied_to_x_answers(tmp_path_factory):
    with _archive(tmp_path_factory, "successor", [SUCCESSOR]) as arc:
        decision, found = decided(arc, "من تولى رئاسة اتحاد الكرة بعد سالم العامري؟")
        assert "خلفاً لسالم العامري" in decision.chosen.text and found == "ماجد الكعبي"


def test_after_an_event_is_no_succession(tmp_path_factory):
    # "بعد معركة التلال" places the poem in time: no office is asked, so the sentence needs no "بعد".
    with _archive(tmp_path_factory, "poem", [POEM]) as arc:
        assert decided(arc, "من كتب قصيدة الفجر بعد معركة التلال؟")[1] == "سامي الحداد"


@pytest.fixture(scope="module")
def losses(tmp_path_factory):
    with _archive(tmp_path_factory, "losses", LOSSES) as arc:
        yield arc


def test_the_noun_after_balagha_is_what_is_counted(losses):
    # 916 million is the canal's monthly revenue, not its daily losses: no count of the losses.
    question = "كم بلغت خسائر قناة الشمال اليومية؟"
    assert decided(losses, question)[1] is None
    assert "916" not in (losses.ask(question).answer or "")


def test_a_number_after_balagha_and_its_noun_counts_it(tmp_path_factory):
    with _archive(tmp_path_factory, "port", [PORT]) as arc:
        assert decided(arc, "كم بلغت خسائر ميناء الجنوب اليومية؟")[1] == "نحو 12 مليون دولار"


EPIDEMICS = ArticleDraft(
    title="أوبئة فالوريتا",
    text=("سجل مؤرخو فالوريتا عام 1750 تسعة عشر وباء أصابت الميناء والأسواق.\n"
          "وبنى أهل المدينة مستشفى للحجر الصحي قرب السور."),
    published="2022-03-01", source="الوطن", url="https://example.org/epidemics")
CENSUS = ArticleDraft(
    title="تاريخ مدينة الجبل",
    text=("وبلغ عدد سكان مدينة الجبل عام 1750 نحو 40 ألف نسمة بحسب سجلات الضرائب.\n"
          "وكانت المدينة مركزاً لتجارة الصوف."),
    published="2022-03-02", source="الوطن", url="https://example.org/mountain")


def test_numbers_of_other_things_are_no_count_of_what_is_asked(tmp_path_factory):
    # The city and the year match and the sentence holds a number, but it counts epidemics: nothing in
    # it names the inhabitants, so it holds no count of them and the question is not answered.
    question = "كم كان عدد سكان فالوريتا عام 1750؟"
    with _archive(tmp_path_factory, "epidemics", [EPIDEMICS]) as arc:
        decision, found = decided(arc, question)
        assert decision.why == "no number" and found is None
        answer = arc.ask(question)
        assert answer.abstained and answer.points == [] and answer.answer is None


def test_a_sentence_naming_what_is_counted_still_answers(tmp_path_factory):
    with _archive(tmp_path_factory, "census", [CENSUS]) as arc:
        decision, found = decided(arc, "كم كان عدد سكان مدينة الجبل عام 1750؟")
        assert decision.why != "no number" and decision.passed_rules
        assert "40 ألف" in decision.chosen.text


SINGER = ArticleDraft(
    title="ريم الراوي",
    text=("ريم نادر الراوي (من مواليد 16 مايو 1983 - قرية الساحل) مغنية حاصلة على جوائز عدة.\n"
          "وتقيم اليوم في العاصمة."),
    published="2022-04-01", source="الوطن", url="https://example.org/singer")


@pytest.fixture(scope="module")
def singer(tmp_path_factory):
    with _archive(tmp_path_factory, "singer", [SINGER]) as arc:
        yield arc


def test_an_event_told_in_other_words_and_supported_is_answered_with_its_sentence(singer):
    # "ولدت" is not in the sentence ("من مواليد"), but the claim checker supports "ريم الراوي ولدت …"
    # by it and it holds a date: the sentence is cited. The brackets after her name give the birth
    # first (qa.life_span), so the date is the short answer too (it had none: no date was tied to "ولدت").
    answer = singer.ask("متى ولدت ريم الراوي؟")
    assert not answer.abstained and answer.answer == "16 مايو 1983"
    assert "16 مايو 1983" in answer.points[0].text


def test_an_event_the_sentence_does_not_tell_stays_silent(singer):
    # The same sentence says nothing of a death: the checker does not support it, no answer.
    decision, _ = decided(singer, "متى توفيت ريم الراوي؟")
    assert decision.why == "no event"
    assert singer.ask("متى توفيت ريم الراوي؟").abstained


# A count told with the singular of a broken plural ("نقطة" for "النقاط", "لقباً" for "الألقاب"): the
# sentence names what is counted, so it answers (the two words join by their Arabic WordNet root).
LEAGUE = ArticleDraft(
    title="فريق الوادي يتصدر الدوري",
    text=("جمع فريق الوادي 45 نقطة في مباريات الدوري هذا الموسم متقدماً على منافسيه.\n"
          "وفاز نادي الساحل بـ 14 لقباً في بطولة الكأس منذ تأسيسه."),
    published="2023-05-20", source="الوطن", url="https://example.org/league")


@pytest.fixture(scope="module")
def league(tmp_path_factory):
    with _archive(tmp_path_factory, "league", [LEAGUE]) as arc:
        yield arc


@pytest.mark.parametrize(("question", "count"), [
    ("كم عدد النقاط التي جمعها فريق الوادي في الدوري هذا الموسم؟", "45 نقطة"),
    ("كم عدد الألقاب التي فاز بها نادي الساحل في بطولة الكأس؟", "14 لقباً"),
])
def test_a_count_told_with_the_singular_of_a_broken_plural_answers(league, question, count):
    decision, found = decided(league, question)
    assert decision.why != "no number" and found == count


def test_a_broken_plural_and_its_singular_are_one_noun_and_other_nouns_are_not():
    from akhbar.arabic import normalize
    from akhbar.qa.how_many import same_noun

    def same(a: str, b: str) -> bool:
        return same_noun(normalize(a), normalize(b))

    assert same("النقاط", "نقطة") and same("أشخاص", "شخصاً") and same("أيام", "يوم") and same("ألقاب", "لقب")
    assert not same("النقاط", "نقود") and not same("أهداف", "مباريات") and not same("ضحايا", "أيام")


# Two dates in one sentence: the event's date is the one told after its verb, in its clause, not the
# one of the clause before ("ولد … عام 1875، وتوفي عام 1955").
LIVES = ArticleDraft(
    title="الشاعر سامي الحداد",
    text=("ولد الشاعر سامي الحداد في قرية التلال عام 1875، وتوفي في مدينة النهر عام 1955 بعد مرض طويل.\n"
          "ووقعت جزيرة المرجان تحت حكم الأسطول عام 1881، ثم حصلت على استقلالها في عام 1956 بعد مفاوضات.\n"
          "ونال الحداد جائزة البحر الأدبية في عمر 38 وهو يعمل مدرساً في القرية."),
    published="2022-06-01", source="الوطن", url="https://example.org/lives")


@pytest.fixture(scope="module")
def lives(tmp_path_factory):
    with _archive(tmp_path_factory, "lives", [LIVES]) as arc:
        yield arc


@pytest.mark.parametrize(("question", "short"), [
    ("متى توفي الشاعر سامي الحداد؟", "عام 1955"),
    ("متى ولد الشاعر سامي الحداد؟", "عام 1875"),
    ("في أي عام حصلت جزيرة المرجان على استقلالها؟", "1956"),  # the year asked, without the question's عام
])
def test_the_date_of_the_event_is_the_one_in_its_clause(lives, question, short):
    assert decided(lives, question)[1] == short


def test_a_count_ends_on_its_noun_not_on_the_next_clause(lives):
    # "في عمر 38 وهو يعمل…": the age is 38; "وهو" opens the next clause and is no counted noun.
    assert decided(lives, "كم كان عمر الحداد عندما نال جائزة البحر الأدبية؟")[1] == "38"


LIFE_PLACES = [
    ArticleDraft(
        title="مدير جديد لهيئة الموانئ",
        text=("عُيّن رشيد الخطيب يوم الأحد 5 أكتوبر 2025 مديراً لهيئة الموانئ في مدينة الساحل.\n"
              "وتعهد الخطيب بتحديث أرصفة الميناء خلال عامين."),
        published="2025-10-06", source="الوطن", url="https://example.org/ports-head"),
    ArticleDraft(
        title="رحيل الشاعر كريم النجار",
        text=("وُلد الشاعر كريم النجار في بلدة التلال عام 1941، ونشر أول دواوينه في العشرين من عمره.\n"
              "وتوفي النجار أمس في مستشفى مدينة الساحل عن 84 عاماً."),
        published="2025-09-12", source="الوطن", url="https://example.org/poet"),
]


@pytest.fixture(scope="module")
def life_places(tmp_path_factory):
    with _archive(tmp_path_factory, "life_places", LIFE_PLACES) as arc:
        yield arc


def test_a_place_of_another_event_is_no_birthplace(life_places):
    # The archive tells where الخطيب was appointed, not where he was born: no answer, not even points.
    answer = life_places.ask("أين ولد رشيد الخطيب؟")
    assert answer.abstained and answer.answer is None


@pytest.mark.parametrize(("question", "told"), [
    ("أين ولد كريم النجار؟", "بلدة التلال"),
    ("أين توفي كريم النجار؟", "مستشفى مدينة الساحل"),
])
def test_the_place_of_a_life_event_told_is_answered(life_places, question, told):
    answer = life_places.ask(question)
    assert not answer.abstained and told in answer.points[0].text


SETTLEMENT = ArticleDraft(
    title="تسوية بين ميناء الجنوب وشركة الشحن",
    text=("طالبت إدارة ميناء الجنوب في البداية بتعويض قدره 40 مليون دولار عن أضرار الرصيف، ثم خفضت المطالبة، "
          "ولم تُعلن القيمة النهائية للتسوية.\n"
          "ووقعت الإدارة وشركة الشحن اتفاق التسوية يوم الخميس 9 أكتوبر 2025."),
    published="2025-10-10", source="الوطن", url="https://example.org/settlement")


def test_a_value_the_archive_says_was_not_made_known_is_not_answered(tmp_path_factory):
    with _archive(tmp_path_factory, "settlement", [SETTLEMENT]) as arc:
        # "ولم تُعلن القيمة النهائية للتسوية": the archive says the value is not known, so neither the claim's
        # 40 million nor the settlement's sentence is an answer.
        answer = arc.ask("كم بلغت القيمة النهائية للتسوية بين إدارة ميناء الجنوب وشركة الشحن؟")
        assert answer.abstained and "40" not in (answer.answer or "")
        assert "40 مليون" in (arc.ask("كم طالبت إدارة ميناء الجنوب تعويضاً عن أضرار الرصيف؟").answer or "")
