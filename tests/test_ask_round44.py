"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
44, held out 30 read as dev): a date told in the clause of the one succeeded ("خلفاً لـX الذي ترأس … منذ 2016"), a level
kept where a move is asked, a count only expected where a deed done is asked, a site named after its head one letter off a
function word, two counts set against each other by "مقابل", the saved of a noun no list counts as people, a prize whose
winner is asked and a sentence naming only other prizes, a verdict told by a pronoun ("بسجنه") of the one the title
names, and a Mauritanian name joined by "ولد". Each rule's test fails on main 8382cfb; the controls beside them pass
there too. The towns, bodies and people are used for invented events; articles written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar import Archive
from akhbar.models import ArticleDraft

CORPUS = Path(__file__).resolve().parents[1] / "src" / "akhbar" / "sample" / "corpus"


def _draft(title: str, text: str, published: str, slug: str) -> ArticleDraft:
    return ArticleDraft(title=title, text=text, published=published, source="دفتر التجارب", url=f"https://example.org/{slug}")


DRAFTS = [
    _draft("انتخاب رئيس جديد لنقابة الصيادلة في قسنطينة",
           "انتخب المجلس الجديد لنقابة الصيادلة في قسنطينة الصيدلي كريم بوعلام رئيساً له لولاية مدتها ثلاث سنوات، خلفاً "
           "للطاهر بوزيان الذي ترأس النقابة منذ 2016.", "2025-11-11", "constantine-pharma"),
    _draft("سليم بن عودة رئيساً لاتحاد الكتاب في وهران",
           "انتخب مجلس اتحاد الكتاب في وهران الروائي سليم بن عودة رئيساً له يوم الاثنين 10 نوفمبر 2025، خلفاً للشاعر مراد "
           "قادري الذي قاد الاتحاد منذ 2019. وقال بن عودة إنه سيطلق جائزة سنوية للقصة القصيرة.", "2025-11-11", "oran-writers"),
    _draft("المركزي التونسي يرفع الفائدة المديرية",
           "رفع البنك المركزي التونسي يوم الثلاثاء 25 نوفمبر 2025 سعر الفائدة المديرية إلى 8.25 في المئة. وأبقى مجلس إدارة "
           "البنك نسبة الاحتياطي الإجباري عند 7 في المئة.", "2025-11-26", "tunis-rate"),
    _draft("قطار الضواحي يدخل الخدمة في صفاقس",
           "أطلقت الشركة الوطنية للسكك الحديدية يوم الاثنين 17 نوفمبر 2025 قطار الضواحي في مدينة صفاقس على خط بطول 18 "
           "كيلومتراً و11 محطة. ويتوقع أن ينقل القطار نحو 25 ألف مسافر يومياً، بتذكرة سعرها دينار واحد.", "2025-11-18",
           "sfax-rail"),
    _draft("بعثة ألمانية تعثر على ألواح طينية في الوركاء",
           "عثرت بعثة ألمانية على 60 لوحاً طينياً في موقع الوركاء الأثري بمحافظة المثنى خلال موسمها الأخير.", "2025-11-20",
           "warka-tablets"),
    _draft("حزب الأمل يتصدر انتخابات بلدية درنة",
           "حصد حزب الأمل 42 مقعداً في انتخابات المجلس البلدي في درنة، التي جرت يوم السبت 15 نوفمبر 2025، مقابل 18 مقعداً "
           "لحزب النهضة الليبي.", "2025-11-16", "derna-vote"),
    _draft("انهيار كهف على رعاة في جبال الأطلس",
           "لقي ثلاثة رعاة حتفهم وأنقذ اثنان آخران إثر انهيار كهف في جبال الأطلس قرب أزيلال مساء الجمعة 21 نوفمبر 2025.",
           "2025-11-22", "atlas-cave"),
    _draft("مهرجان النخيل المسرحي يوزع جوائزه",
           "اختتم مهرجان النخيل المسرحي دورته الخامسة مساء الخميس 20 نوفمبر 2025، فمنحت لجنة التحكيم جائزة أفضل إخراج "
           "للمخرج وليد الشامي، بينما ذهبت جائزة أفضل نص إلى الكاتبة هالة منصور. ونالت الفنانة ريم السعدي جائزة أفضل ممثلة.",
           "2025-11-21", "palm-theatre"),
    _draft("السجن سبع سنوات لسالم الخطيب",
           "مثل المدير السابق لشركة الموانئ سالم الخطيب أمام محكمة الجنايات في بنغازي بتهمة اختلاس أموال عامة. وقضت المحكمة "
           "يوم الأحد 23 نوفمبر 2025 بسجنه سبع سنوات وتغريمه 200 ألف دينار.", "2025-11-24", "benghazi-ports"),
    _draft("أول شحنة أسماك مجمدة من نواذيبو إلى اليابان",
           "استقبل ميناء نواذيبو يوم الأحد 30 نوفمبر 2025 أول سفينة لتصدير الأسماك المجمدة إلى اليابان. وقال وزير الصيد "
           "الموريتاني محمد المختار ولد الطالب إن الشحنة تضم 1200 طن.", "2025-12-01", "nouadhibou-fish"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("round44") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def test_a_date_in_the_clause_of_the_one_succeeded_dates_no_election(archive):
    # "خلفاً للطاهر بوزيان الذي ترأس النقابة منذ 2016": his presidency's start, no election of his nor of his successor
    # (main answered both with 2016, 0.97).
    assert archive.ask("متى انتخب الطاهر بوزيان رئيساً لنقابة الصيادلة في قسنطينة أول مرة؟").abstained
    assert archive.ask("متى انتخب كريم بوعلام رئيساً لنقابة الصيادلة في قسنطينة؟").abstained
    answer = archive.ask("متى انتخب سليم بن عودة رئيساً لاتحاد الكتاب في وهران؟")  # the election's own day, before "خلفاً"
    assert not answer.abstained and answer.normalized == "2025-11-10"


def test_a_level_kept_is_no_level_moved(archive):
    # "وأبقى مجلس إدارة البنك نسبة الاحتياطي الإجباري عند 7 في المئة": kept, not raised (main: "7 في المئة", 0.97).
    answer = archive.ask("إلى كم رفع البنك المركزي التونسي نسبة الاحتياطي الإجباري؟")
    assert answer.abstained and "7" not in (answer.answer or "")
    answer = archive.ask("إلى كم رفع البنك المركزي التونسي سعر الفائدة المديرية؟")
    assert not answer.abstained and answer.answer and "8.25" in answer.answer


def test_a_count_only_expected_is_no_deed_done(archive):
    # "ويتوقع أن ينقل القطار نحو 25 ألف مسافر يومياً": a forecast, no count of the first day (main: "نحو 25 ألف مسافر").
    assert archive.ask("كم مسافراً نقل قطار الضواحي في صفاقس في يومه الأول؟").abstained
    answer = archive.ask("كم مسافراً يتوقع أن ينقل قطار الضواحي في صفاقس يومياً؟")  # the forecast asked as one
    assert not answer.abstained and answer.answer and "25 ألف" in answer.answer


def test_a_site_after_its_head_is_a_name_however_close_to_a_function_word(archive):
    # "كيش" is one letter off "كيف": it was read as a typo, no rare word, and the Warka tablets answered (main: "60 لوحاً").
    answer = archive.ask("كم لوحاً عثرت عليه البعثة الألمانية في موقع كيش؟")
    assert answer.abstained and "كيش" in answer.missing
    answer = archive.ask("كم لوحاً عثرت عليه البعثة الألمانية في موقع الوركاء؟")
    assert not answer.abstained and answer.answer and "60" in answer.answer


def test_the_count_set_against_another_names_its_own_party(archive):
    # "… 42 مقعداً …، مقابل 18 مقعداً لحزب النهضة الليبي": the 18 are that party's (main: "42 مقعداً", 0.95).
    answer = archive.ask("كم مقعداً حصل عليه حزب النهضة الليبي في انتخابات المجلس البلدي في درنة؟")
    assert not answer.abstained and answer.answer and "18" in answer.answer
    answer = archive.ask("كم مقعداً حصد حزب الأمل في انتخابات المجلس البلدي في درنة؟")
    assert not answer.abstained and answer.answer and "42" in answer.answer


def test_the_saved_of_a_noun_no_list_counts_as_people(archive):
    # "لقي ثلاثة رعاة حتفهم وأنقذ اثنان آخران": two saved (main gave the dead's "ثلاثة رعاة", 0.96).
    answer = archive.ask("كم راعياً أنقذ بعد انهيار الكهف في جبال الأطلس؟")
    assert not answer.abstained and answer.answer and "اثنان" in answer.answer
    answer = archive.ask("كم راعياً لقي حتفه في انهيار الكهف في جبال الأطلس؟")
    assert not answer.abstained and answer.answer and "ثلاثة" in answer.answer


def test_a_sentence_naming_only_other_prizes_tells_no_winner_of_the_one_asked(archive):
    # The festival's first sentence names the directing and writing prizes; main chose it (0.91, no name) over the next
    # sentence, "ونالت الفنانة ريم السعدي جائزة أفضل ممثلة".
    answer = archive.ask("من فاز بجائزة أفضل ممثلة بمهرجان النخيل المسرحي؟")
    assert answer.abstained or (answer.points and "ريم السعدي" in answer.points[0].text)
    answer = archive.ask("من فاز بجائزة أفضل نص بمهرجان النخيل المسرحي؟")
    assert not answer.abstained and answer.answer and "هالة منصور" in answer.answer


def test_a_verdict_told_by_a_pronoun_is_of_the_one_named_before(archive):
    # "وقضت المحكمة … بسجنه سبع سنوات", the defendant named in the title and the sentence before: round 43's rule read the
    # clause as naming him nowhere, and main said no number.
    answer = archive.ask("كم سنة سجن سالم الخطيب؟")
    assert not answer.abstained and answer.answer and "سبع سنوات" in answer.answer


def test_a_mauritanian_name_goes_on_after_its_son_of(archive):
    # "محمد المختار ولد الطالب": main stopped at the family name with ال and showed "محمد المختار".
    answer = archive.ask("من هو وزير الصيد الموريتاني؟")
    assert not answer.abstained and answer.answer == "محمد المختار ولد الطالب"
