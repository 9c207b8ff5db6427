"""Round 33 (guard42) of the generation guard, in our own words (a made-up port authority, city plan, prison, convoy and
contract): dev 25's kept contradiction — a title "at that time" backed by another article's later day — and dev 29's
true sentences replaced by a contradiction of another thing (a prison read as a jailing, a crowd's going out read
against the factions' coming in, a negation of another deed), with the false support the first of them hid."""

from __future__ import annotations

from dataclasses import dataclass

from akhbar.models import Answer, EvidenceSentence, Source
from akhbar.qa.generate import generate
from conftest import claim

PLAN_2016 = ("أعلن نائب رئيس هيئة الموانئ آنذاك سامر الحسن يوم الأحد 8 مايو 2016 عن خطة المدينة للطاقة النظيفة، وهي خطة "
             "طويلة المدى لتقليل اعتماد المدينة على الوقود.")
PORT_2019 = "أعلن رئيس هيئة الموانئ سامر الحسن في 12 مارس 2019 عن مشروع الرصيف الجديد، خلال مؤتمر عقد في المدينة."


@dataclass
class _Recorded:
    reply: str
    name: str = "recorded"

    def complete(self, messages, *, max_tokens: int = 800) -> str:
        return self.reply


def _answer(reply: str) -> Answer:
    """The guard's verdicts on ``reply``, its sources the 2016 plan's page ([1]) and the 2019 port page ([2])."""
    sources = [Source(n=1, article_id=1, title="خطة الطاقة", source="جريدة المدينة", published="2016-05-09", url=None,
                      quote=PLAN_2016, start=0, end=len(PLAN_2016)),
               Source(n=2, article_id=2, title="الرصيف الجديد", source="جريدة المدينة", published="2019-03-13", url=None,
                      quote=PORT_2019, start=0, end=len(PORT_2019))]
    answer = Answer(question="من أعلن خطة المدينة للطاقة النظيفة؟", answer_type="who", answer=None, points=[],
                    sources=sources, abstained=False)

    def new_source(ev: EvidenceSentence, n: int) -> Source:
        raise AssertionError("every sentence is one of the two sources")

    return generate(answer, _Recorded(reply), lambda text: [], new_source)


def test_a_title_at_that_time_is_the_time_told_before():
    # "then" is May 2016, when the plan was announced: he was the deputy; only the 2019 page calls him head of the
    # authority (dev 25: "وكان محمد بن سلمان حينها ولي العهد السعودي" kept from the NEOM page, a later year)
    answer = _answer("أعلن سامر الحسن خطة المدينة للطاقة النظيفة يوم 8 مايو 2016 [1]. "
                     "وكان سامر الحسن حينها رئيس هيئة الموانئ [1].")
    told, title = answer.generated or []
    assert told.action == "kept" and title.action == "dropped", title.reason
    assert "another time" in title.reason
    # the title the plan's page gives him at that time is kept, and "at the time" of the 2019 project the head's
    answer = _answer("أعلن سامر الحسن خطة المدينة للطاقة النظيفة يوم 8 مايو 2016 [1]. "
                     "وكان سامر الحسن آنذاك نائب رئيس هيئة الموانئ [1].")
    assert [g.action for g in answer.generated or []] == ["kept", "kept"]
    answer = _answer("وأعلن سامر الحسن مشروع الرصيف الجديد في 12 مارس 2019 [2]. "
                     "وكان سامر الحسن حينها رئيس هيئة الموانئ [2].")
    assert [g.action for g in answer.generated or []] == ["kept", "kept"]


PRISON = ("وفتحت الفصائل أبواب سجن الوادي وأطلقت سراح مئات المعتقلين، فيما خرج سكان كثيرون إلى الساحة الكبرى في "
          "المدينة احتفالاً.")


def test_a_prison_is_no_jailing_and_another_crowds_going_out_no_opposite():
    # the prison the sentence names after "أبواب" is a place on the claim's side too, with its article or before its
    # name (dev 29: "opposite: السجن / أفرج", "opposite: سجن / أفرج": true sentences replaced by the release)
    assert claim(PRISON, "وأطلقت الفصائل سراح مئات المعتقلين من السجن.").verdict == "supported"
    assert claim(PRISON, "وقال سكان إن سجن الوادي يقع قرب المدينة.").verdict != "contradicted"
    # the crowd went out in the city; the factions had come in: the claim's dating phrase meets no opposite there
    # (dev 29: "opposite: دخولها / خرج")
    assert claim(PRISON, "فتحت الفصائل أبواب سجن الوادي بعد دخولها المدينة.").verdict != "contradicted"
    # a jailing the claim tells is still set against the release (before, the verb met the prison and was supported)
    assert claim(PRISON, "وسجنت الفصائل مئات المعتقلين.").verdict == "contradicted"
    assert claim(PRISON, "واحتجزت الفصائل مئات المعتقلين.").verdict == "contradicted"


def test_a_negation_of_a_thing_the_sentence_never_names_is_no_flip():
    # the operation was to be limited to air strikes; the cooperation the claim says was not limited is another thing
    # (dev 29: "negation: يقتصر is negated on one side only", a true sentence replaced)
    operation = "وقال المتحدث إن الرئيس طلب المساعدة الفنية، وإن العملية ستقتصر على إصلاح الطرق دعماً للفرق المحلية."
    assert claim(operation, "ولم يقتصر التعاون بين البلدين على المجال الفني.").verdict != "contradicted"
    # the operation itself said not to be limited is still a flip
    assert claim(operation, "ولم تقتصر العملية على إصلاح الطرق.").verdict == "contradicted"


def test_a_share_got_and_a_whole_made_of():
    # "تنال" = "تحصل على"; "اشتملت على" = "ضمت" (dev 29: "no evidence for: وتنال", "واشتملت")
    contract = "وحصلت الشركة على عقد لتشغيل المنجم مدة 30 عاماً، تحصل بموجبه على 60 في المئة من الإنتاج."
    assert claim(contract, "وتنال الشركة بموجب العقد 60 في المئة من الإنتاج.").verdict == "supported"
    assert claim(contract, "وتنال الشركة بموجب العقد 80 في المئة من الإنتاج.").verdict == "contradicted"
    convoy = "ووصلت القافلة إلى البلدة مساء الخميس، وضمت القافلة عشر شاحنات محملة بالأغذية والأدوية."
    assert claim(convoy, "واشتملت القافلة على عشر شاحنات محملة بالأغذية والأدوية.").verdict == "supported"
    assert claim(convoy, "واشتملت القافلة على عشرين شاحنة محملة بالأغذية والأدوية.").verdict == "contradicted"


def test_a_year_after_another_count_dates_that_count():
    # 2029 is the year of the 40 clubs; the 24 clubs were this season's (dev 29: "شارك في مونديال قطر 2022 اثنان
    # وثلاثون منتخباً" replaced by "… إلى 48 منتخباً في مونديال 2026", "year 2022 ≠ 2026")
    league = "وكان هذا آخر موسم بمشاركة 24 نادياً، إذ ترتفع المشاركة إلى 40 نادياً في دوري 2029."
    assert claim(league, "شارك في دوري المدينة 2025 أربعة وعشرون نادياً.").verdict != "contradicted"
    # the other count's own year is still compared
    assert claim(league, "وترتفع المشاركة إلى 40 نادياً في دوري 2031.").verdict == "contradicted"


def test_a_count_within_the_event_told_before_is_no_count_of_one_match():
    # "خلالها" (during it) places the goals within the league the answer told before; the sentence's three goals are
    # one match's (dev 29: "وسجل اللاعبون خلالها 172 هدفاً" replaced by the final's hat-trick, "number 172 ≠ ثلاثة")
    final = ("وسجل سامر العلي هدفين لفريق الوادي، فيما أحرز المهاجم رامي حداد ثلاثة أهداف في المباراة ليصبح أول لاعب "
             "يسجل ثلاثية في نهائي الدوري.")
    assert claim(final, "وسجل اللاعبون خلالها 140 هدفاً.").verdict != "contradicted"
    # the match's own count, said without "during it", is still compared
    assert claim(final, "وأحرز رامي حداد أربعة أهداف في المباراة.").verdict == "contradicted"
