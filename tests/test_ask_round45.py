"""What a reader checks in ask's answers when the archive holds a near neighbour of the fact asked, not the fact (round
45, held out 31 read as dev): a place asked by its dual or plural adjective ("التوأمتين السودانيتين"), how long a thing
lasts asked by its verb ("كم تستمر …؟"), a count of the period the question names ("بعد أن كان … في الشتاء الماضي"), a sum
raised ("كم جمعت …؟") and a price per unit, a price asked and a weight told, a past period no sentence tells, a count's
kind after "من" written with no tanween ("2400 رأس من الماعز"), a field whose side the article tells, a count of the
opposite deed ("غادرت" for "عادت"), a multiple and a price in coins that count no shares, one field of a list ("240 لوحة
في الخط والزخرفة والمنمنمات"), a later stage whose ordinal the article never writes, and a thing found asked by its
participle ("المكتشفة" for "عثرت على"). Each rule's test fails on main 70a642f; the controls beside them pass there too.
The towns, bodies and people are used for invented events; articles written for this test.
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
    _draft("فصل توأمتين ملتصقتين في الرياض",
           "فصل أطباء مستشفى الملك خالد بالرياض يوم الأربعاء 19 نوفمبر 2025 توأمتين ملتصقتين قدمتا من السودان، في "
           "عملية استغرقت 14 ساعة وشارك فيها 28 طبيباً وممرضاً.", "2025-11-20", "riyadh-twins"),
    _draft("حملة تطعيم ضد الحصبة في كسلا",
           "أطلقت وزارة الصحة في ولاية كسلا يوم السبت 22 نوفمبر 2025 حملة تطعيم ضد الحصبة تستهدف 350 ألف طفل، وتستمر "
           "ثمانية أيام.", "2025-11-23", "kassala-measles"),
    _draft("تراجع مخزون سد وادي العرب",
           "أعلنت سلطة وادي الأردن يوم الاثنين 24 نوفمبر 2025 أن مخزون سد وادي العرب تراجع إلى 9 ملايين متر مكعب، بعد أن كان "
           "14 مليون متر مكعب في الشتاء الماضي.", "2025-11-25", "wadi-arab-dam"),
    _draft("اكتتاب النخبة للأسمدة يغطى 2.8 مرة",
           "قالت شركة النخبة للأسمدة يوم الثلاثاء 25 نوفمبر 2025 إن طرحها العام الأولي غطي 2.8 مرة، بعدما عرضت 25 في المئة "
           "من أسهمها بسعر 1.4 دينار للسهم. وجمعت الشركة من الطرح 42 مليون دينار.", "2025-11-26", "nokhba-ipo"),
    _draft("إنتاج التمور في توزر يرتفع",
           "قدرت مندوبية الفلاحة في توزر يوم الخميس 27 نوفمبر 2025 إنتاج الولاية من التمور بنحو 9 آلاف طن هذا الموسم، مقابل "
           "7 آلاف طن في الموسم السابق. وقال المندوب إن سعر الكيلوغرام من التمر بلغ 6 دنانير في سوق الجملة.", "2025-11-28",
           "tozeur-dates"),
    _draft("نفوق الماشية في بادية الأنبار",
           "قالت مديرية البيطرة في الأنبار يوم الجمعة 28 نوفمبر 2025 إن 2400 رأس من الماعز نفقت في البادية الغربية بسبب "
           "الجفاف منذ سبتمبر.", "2025-11-29", "anbar-goats"),
    _draft("عودة الإنتاج إلى حقل النخلة الجنوبي",
           "أعلنت شركة الخليج العربي للنفط يوم الأحد 30 نوفمبر 2025 عودة الإنتاج في حقل النخلة الجنوبي بعد توقف دام أسبوعين. "
           "وقال مدير الحقل إن الإنتاج بلغ 36 ألف برميل يومياً.", "2025-12-01", "nakhla-field"),
    _draft("أسر تغادر حي المغار في درنة",
           "قالت بلدية درنة يوم الثلاثاء 2 ديسمبر 2025 إن 150 أسرة غادرت حي المغار بعد تصدع مبانيه إثر الأمطار.",
           "2025-12-03", "derna-maghar"),
    _draft("اكتتاب الواحة للتأمين يغطى 3.1 مرة",
           "قالت شركة الواحة للتأمين يوم الأربعاء 3 ديسمبر 2025 إن اكتتابها العام غطي 3.1 مرة، بعدما عرضت 20 في المئة من "
           "رأسمالها بسعر 150 فلساً للسهم.", "2025-12-04", "waha-ipo"),
    _draft("معرض لفنون الخط في نابل",
           "افتتح في دار الثقافة بنابل يوم الخميس 4 ديسمبر 2025 معرض «حبر وضوء»، ويضم 240 لوحة في الخط والزخرفة "
           "والمنمنمات.", "2025-12-05", "nabeul-art"),
    _draft("كريم المنياوي بطلاً لرالي الواحات",
           "توج السائق المصري كريم المنياوي بلقب رالي الواحات الصحراوي في سيوة يوم السبت 6 ديسمبر 2025، بعدما كسب أربع "
           "مراحل من ست، متقدماً بفارق سبع دقائق على الأردني سامر الخطيب.", "2025-12-07", "siwa-rally"),
    _draft("بعثة مصرية تعثر على تماثيل في تونا الجبل",
           "عثرت بعثة أثرية مصرية على 35 تمثالاً من الحجر الجيري في منطقة تونا الجبل بمحافظة المنيا، يعود أقدمها إلى القرن "
           "السابع قبل الميلاد.", "2025-12-06", "tuna-statues"),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    arc = Archive.open(tmp_path_factory.mktemp("round45") / "archive")
    arc.ingest([str(CORPUS)])  # (how rare a word is in the archive decides what ask reads as a name or a town)
    assert len(arc.add_articles(DRAFTS, origin="tests").articles) == len(DRAFTS)
    with arc:
        yield arc


def _short(archive, question: str) -> str:
    answer = archive.ask(question)
    assert not answer.abstained, question
    return answer.answer or ""


def test_a_place_asked_by_its_dual_adjective_is_the_place_the_article_names(archive):
    # "التوأمتين السودانيتين" and "توأمتين … قدمتا من السودان": main abstained naming the adjective, a word no article holds.
    assert "14" in _short(archive, "كم ساعة استغرقت عملية فصل التوأمتين السودانيتين في الرياض؟")
    assert archive.ask("كم ساعة استغرقت عملية فصل التوأمتين الإثيوبيتين في الرياض؟").abstained  # another country's


def test_how_long_a_thing_lasts_asked_by_its_verb_is_a_span_of_time(archive):
    # "كم تستمر …؟" counts no noun: main gave the children targeted, "350 ألف".
    assert "ثمانية أيام" in _short(archive, "كم تستمر حملة التطعيم ضد الحصبة في كسلا؟")
    assert "350 ألف" in _short(archive, "كم طفلاً تستهدف حملة التطعيم ضد الحصبة في كسلا؟")


def test_the_count_of_the_period_asked_is_the_one_the_period_follows(archive):
    # "تراجع إلى 9 ملايين …، بعد أن كان 14 مليون متر مكعب في الشتاء الماضي": main gave 9 for last winter.
    assert "14" in _short(archive, "كم كان مخزون سد وادي العرب في الشتاء الماضي؟")
    assert "9 ملايين" in _short(archive, "إلى كم تراجع مخزون سد وادي العرب؟")


def test_a_sum_raised_is_money_and_no_price_per_unit(archive):
    # "كم جمعت …؟": main answered from the offer's sentence, "2.8" (its cover), not "42 مليون دينار".
    assert "42 مليون" in _short(archive, "كم جمعت شركة النخبة للأسمدة من طرحها العام الأولي؟")


def test_a_price_is_no_weight_and_a_past_period_must_be_told(archive):
    # "كم كان سعر كيلوغرام التمر … في الموسم السابق؟": main gave the crop's "7 آلاف طن"; the sentence with the price tells
    # this season's only.
    assert archive.ask("كم كان سعر كيلوغرام التمر في توزر في الموسم السابق؟").abstained
    assert _short(archive, "كم سعر الكيلوغرام من التمر في توزر؟").startswith("6")
    assert "7 آلاف" in _short(archive, "كم طناً من التمور أنتجت توزر في الموسم السابق؟")
    assert "9 آلاف" in _short(archive, "كم طناً من التمور أنتجت توزر هذا الموسم؟")


def test_a_count_of_another_kind_after_min_without_tanween(archive):
    # "2400 رأس من الماعز" for "رأساً من الإبل": main answered 2400 (the noun after the number has no tanween alif).
    assert archive.ask("كم رأساً من الإبل نفق في بادية الأنبار؟").abstained
    assert "2400" in _short(archive, "كم رأساً من الماعز نفق في بادية الأنبار؟")


def test_a_field_whose_article_tells_another_side(archive):
    # "حقل النخلة الجنوبي" only in the article, "الحقل" in the count's sentence: main answered the north field's output.
    assert archive.ask("كم برميلاً ينتج حقل النخلة الشمالي يومياً؟").abstained
    assert "36 ألف" in _short(archive, "كم برميلاً ينتج حقل النخلة الجنوبي يومياً؟")


def test_a_count_of_the_opposite_deed(archive):
    # "كم أسرة عادت …؟" and "150 أسرة غادرت حي المغار": main answered the families who left.
    assert archive.ask("كم أسرة عادت إلى حي المغار في درنة؟").abstained
    assert "150" in _short(archive, "كم أسرة غادرت حي المغار في درنة؟")


def test_a_multiple_and_a_price_in_coins_count_no_shares(archive):
    # "غطي 3.1 مرة …، بسعر 150 فلساً للسهم": no count of shares; main answered with no short answer.
    assert archive.ask("كم سهماً عرضت شركة الواحة للتأمين للاكتتاب؟").abstained
    assert "3.1" in _short(archive, "كم مرة غطي اكتتاب شركة الواحة للتأمين؟")


def test_one_field_of_a_list_is_no_count_of_the_whole(archive):
    # "240 لوحة في الخط والزخرفة والمنمنمات": main gave the whole's 240 for the calligraphy alone.
    assert archive.ask("كم لوحة في الخط يضم معرض حبر وضوء في نابل؟").abstained
    assert "240" in _short(archive, "كم لوحة يضم معرض حبر وضوء في نابل؟")


def test_a_later_stage_the_article_never_tells_by_its_ordinal(archive):
    # "كسب أربع مراحل من ست" tells no second stage by its ordinal: main answered with the rally's winner.
    assert archive.ask("من فاز بالمرحلة الثانية من رالي الواحات الصحراوي؟").abstained
    assert "كريم المنياوي" in _short(archive, "من فاز برالي الواحات الصحراوي في سيوة؟")


def test_a_thing_found_asked_by_its_participle(archive):
    # "التماثيل المكتشفة" and "عثرت بعثة … على 35 تمثالاً": main abstained naming the participle, a word no article holds.
    assert "المنيا" in _short(archive, "في أي محافظة تقع تونا الجبل حيث التماثيل المكتشفة؟")
    assert archive.ask("من أي حجر صنعت التماثيل المكتشفة في تونا الجبل؟").abstained  # ("صنعت": the article tells no making)

