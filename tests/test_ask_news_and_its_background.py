"""A count asked of the event an article reports is that event's, not the one its background tells ("وكان زلزال … قد
ضرب المحافظة نفسها في مايو الماضي وأودى بحياة شخص واحد"), and a magnitude is no count of people ("زلزال بقوة 6.0
درجات … وأودى بحياة ثلاثة أشخاص"). TRUST BUGS of the lead's round-31 probe on main b389530: the earlier quake's toll
answered "كم شخصاً قتل في زلزال …؟" (0.77), a quake's magnitude answered its toll, and where the article's own toll is a
dual the rules do not count ("شخصان"), the background's count was answered instead. The background is the answer
when the question names what only it holds ("زلزال مايو", "الصيف الماضي"), and the news's count never is (main answered
"انهيار ديسمبر" with January's toll). Articles written for this test."""

from __future__ import annotations

import pytest

from akhbar.models import ArticleDraft
from conftest import archive_of

DRAFTS = [
    ArticleDraft(
        title="زلزال بقوة 5.4 درجات يضرب غرب إيران",
        text=("ضرب زلزال بقوة 5.4 درجات على مقياس ريختر صباح السبت محافظة كرمانشاه غرب إيران، وقتل فيه ستة "
              "أشخاص وأصيب 52 آخرون. وقال محافظ كرمانشاه إن فرق الإغاثة نقلت المصابين إلى مستشفيات المحافظة. وكان "
              "زلزال بقوة 6.2 درجات قد ضرب المحافظة نفسها في مايو الماضي وأودى بحياة شخص واحد."),
        published="2021-11-13", source="أخبار الزلازل", url="https://example.org/kermanshah-quake"),
    ArticleDraft(
        title="زلزال بقوة 5.6 درجات يضرب شرق تركيا",
        text=("ضرب زلزال بقوة 5.6 درجات على مقياس ريختر فجر السبت ولاية ملاطية شرق تركيا، وقتل فيه أربعة "
              "أشخاص وأصيب 30 آخرون. وقال رئيس هيئة الكوارث إن فرق الإغاثة نقلت المصابين إلى مستشفيات المدينة. وكان "
              "زلزال بقوة 6.0 درجات قد ضرب الولاية نفسها في يناير الماضي وأودى بحياة ثلاثة أشخاص."),
        published="2022-09-10", source="أخبار الزلازل", url="https://example.org/malatya-quake"),
    ArticleDraft(
        title="هزة أرضية تضرب شمال المغرب",
        text=("ضربت هزة أرضية بقوة 5.2 درجات مساء الجمعة إقليم الحسيمة شمال المغرب، وقتل فيه شخصان وأصيب 17 "
              "آخرون. وقال مسؤول في السلطات المحلية إن فرق الإنقاذ نقلت المصابين إلى مستشفى المدينة. وكانت هزة بقوة "
              "6.3 درجات قد ضربت الإقليم نفسه في فبراير الماضي وأودت بحياة تسعة أشخاص."),
        published="2023-05-20", source="أخبار الزلازل", url="https://example.org/hoceima-quake"),
    ArticleDraft(
        title="انهيار أرضي يقطع طريقاً جبلياً",
        text=("وقع انهيار أرضي صباح الأحد على الطريق الجبلي المؤدي إلى بلدة العين الخضراء، وقتل فيه ثلاثة أشخاص "
              "وأصيب تسعة آخرون. وقالت فرق الدفاع المدني إنها انتشلت الضحايا من سيارتين طمرهما التراب. وكان انهيار مماثل "
              "قد ضرب الطريق نفسه في ديسمبر الماضي وأودى بحياة شخصين."),
        published="2024-01-15", source="أخبار الطرق", url="https://example.org/green-spring-landslide"),
    ArticleDraft(
        title="غرق قارب صيد قبالة ميناء الريان",
        text=("غرق قارب صيد فجر الاثنين قبالة ميناء الريان، ما أدى إلى فقدان أربعة صيادين. وقالت خفر السواحل إن "
              "دورياتها أنقذت صياداً واحداً. وكان قارب آخر قد غرق في المنطقة نفسها في الصيف الماضي وفقد على متنه سبعة صيادين."),
        published="2024-03-04", source="أخبار البحر", url="https://example.org/rayyan-boat"),
]


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    """One archive per article, as a newsroom holding that article alone would have it."""
    out = [archive_of(tmp_path_factory.mktemp(f"news_and_background_{k}"), [draft]) for k, draft in enumerate(DRAFTS)]
    yield out
    for arc in out:
        arc.close()


@pytest.mark.parametrize("article, question, answer", [
    (0, "كم شخصاً قتل في زلزال كرمانشاه؟", "ستة أشخاص"),
    (1, "كم شخصاً قتل في زلزال يناير في ملاطية؟", "ثلاثة أشخاص"),  # main 438ab22: the news's "أربعة أشخاص"
    # the background, asked by what only it holds
    (0, "كم شخصاً قتل في زلزال مايو في كرمانشاه؟", "واحد"),
    (1, "كم شخصاً قتل في زلزال ملاطية؟", "أربعة أشخاص"),
])
def test_the_count_of_the_event_asked(archives, article, question, answer):
    assert archives[article].ask(question).answer == answer


@pytest.mark.parametrize("article, question, answer", [
    (4, "كم صياداً فقد في غرق قارب الصيف الماضي قبالة ميناء الريان؟", "سبعة صيادين"),  # main: "أربعة صيادين"
    (4, "كم صياداً فقد في غرق قارب الصيد قبالة ميناء الريان؟", "أربعة صيادين"),
    (3, "كم شخصاً قتل في الانهيار الأرضي على طريق العين الخضراء؟", "ثلاثة أشخاص"),
    # the background holds the month asked and a dual, a count of two since round 38 (lexicon.PEOPLE_DUALS); it was silent
    # before, and main once answered "ثلاثة أشخاص" (0.92)
    (3, "كم شخصاً قتل في انهيار ديسمبر على طريق العين الخضراء؟", "شخصين"),
])
def test_a_time_only_the_background_holds(archives, article, question, answer):
    """The question dates its event by a time only the article's background sentence holds ("الصيف الماضي", "ديسمبر"):
    that sentence answers, or nothing does; never the news's count."""
    assert archives[article].ask(question).answer == answer


def test_no_count_of_the_earlier_event_for_the_news(archives):
    """"وقتل فيه شخصان" is a dual the rules read no count from: silent, not February's nine."""
    answer = archives[2].ask("كم شخصاً قتل في هزة الحسيمة؟")
    assert answer.answer is None or "تسعة" not in answer.answer
