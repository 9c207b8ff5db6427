"""Round 44 (verify56): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round43.jsonl and round44). Each false claim below was supported on main 83c7159; each
control stays supported (or is supported now, where main read a true rewording otherwise):

- held out 43, now dev: an own goal told as a goal ("هدفاً في مرماه", lexicon.PHRASES); a place passed through on the
  way told as the destination ("إلى جنيف عبر إسطنبول": verify_prepositions.place_passed_through); below zero told as
  above it ("تحت الصفر" / "فوق الصفر", one word each and opposites); one casualty told with another's verb ("توفي راكب
  وأصيب سائق الحافلة": verify_items.person_of_another_family); an honorary office told as the office ("رئيساً فخرياً":
  verify_parties, lexicon.HONORARY_TITLE_ADJECTIVES);
- AWN's synsets of news words that join what news tells apart (lexicon.SYNONYMS_APART): a blast and a bombing, an emir
  and a governor, a ruler and a judge, an expulsion and a dismissal, a player carried off and a
  substitution, a counterpart and an adversary, registered voters and those who voted, an expert and a resident, an
  official and an employee, a plan and a conspiracy, an injury and a loss, airspace violated and occupied, a call for
  a thing and a description of it, a movement and a front, hiring and investing, a delegate and a guest, a surrender
  and a confession, a confirmation and an approval or an imposition, stagnation and a shortage, control seized and
  rule, a hijacking and a theft, an objection and a boycott, a guard and a watch;
- two clubs after a verb of winning whose passive is written alike ("هزم الهلال النصر"): the winner and the team beaten
  (lexicon.CLUB_NAMES, wordfacts.voice), so the two exchanged are a role swap and "فاز X على Y" rewords it.
"""

from __future__ import annotations

import pytest

from akhbar import verify
from conftest import probe_reading


def _verdict(source: str, claim: str) -> tuple[str, float, str]:
    c = verify(source, claim).claims[0]
    return c.verdict, c.probability, c.reason


NOT_SUPPORTED = [
    # an own goal is no goal of the scorer's side
    ("أحرز قلب الدفاع سامر يوسف هدفاً في مرماه قبل نهاية الشوط الأول.", "أحرز قلب الدفاع سامر يوسف هدفاً قبل نهاية الشوط الأول"),
    ("سجل الظهير الأيسر هدفاً عكسياً في الدقيقة 40 من المباراة.", "سجل الظهير الأيسر هدفاً في الدقيقة 40 من المباراة"),
    # a stop on the way is not the destination
    ("سافر المنتخب إلى طوكيو عبر الدوحة لخوض المعسكر الإعدادي.", "سافر المنتخب إلى الدوحة لخوض المعسكر الإعدادي"),
    ("وصلت قافلة المساعدات إلى غزة مروراً بالعريش صباح اليوم.", "وصلت قافلة المساعدات إلى العريش صباح اليوم"),
    # one casualty told with another's verb
    ("قتل شرطي وأصيب مهندس بجروح في انفجار عبوة قرب المصنع.", "قتل مهندس في انفجار عبوة قرب المصنع"),
    ("نجا الطيار وتوفي المساعد إثر سقوط الطائرة في الحقل.", "توفي الطيار إثر سقوط الطائرة في الحقل"),
    # an honorary office is not the office
    ("عين المجلس الأديب الراحل رئيساً شرفياً لاتحاد الكتاب.", "عين المجلس الأديب الراحل رئيساً لاتحاد الكتاب"),
    ("استقبل الرئيس الفخري للنادي وفد الاتحاد الآسيوي.", "استقبل رئيس النادي وفد الاتحاد الآسيوي"),
    # AWN's synsets of news words, set apart
    ("وقع انفجار في مخزن للألعاب النارية بسبب ارتفاع الحرارة.", "وقع تفجير في مخزن للألعاب النارية"),
    ("استقبل أمير المنطقة وفداً من رجال الأعمال اليابانيين.", "استقبل حاكم المنطقة وفداً من رجال الأعمال اليابانيين"),
    ("التقى حاكم المصرف المركزي وفد صندوق النقد الدولي.", "التقى أمير المصرف المركزي وفد صندوق النقد الدولي"),
    ("أصدر حاكم الإقليم قراراً بإغلاق المدارس.", "أصدر قاضي الإقليم قراراً بإغلاق المدارس"),
    ("طردت الحكومة الملحق العسكري التابع للسفارة.", "أقالت الحكومة الملحق العسكري التابع للسفارة"),
    ("نقل الحارس إلى المستشفى بعد اصطدامه بالقائم.", "تم تبديل الحارس بعد اصطدامه بالقائم"),
    ("بحث وزير الدفاع مع نظيره الروسي التعاون العسكري.", "بحث وزير الدفاع مع خصمه الروسي التعاون العسكري"),
    ("بلغ عدد الناخبين في الدائرة ثلاثمئة ألف.", "بلغ عدد المقترعين في الدائرة ثلاثمئة ألف"),
    ("توقع خبير مالي تراجع أسعار العقارات.", "توقع مقيم مالي تراجع أسعار العقارات"),
    ("قال مسؤول في البلدية إن الطريق سيفتح غداً.", "قال موظف في البلدية إن الطريق سيفتح غداً"),
    ("أعلنت الوزارة عن خطة لتطوير الموانئ.", "أعلنت الوزارة عن مؤامرة لتطوير الموانئ"),
    ("تعرض المنتخب لإصابة حارسه الأساسي في التدريب.", "تعرض المنتخب لخسارة حارسه الأساسي في التدريب"),
    ("انتهكت طائرة مسيرة أجواء الجزيرة صباح الجمعة.", "احتلت طائرة مسيرة أجواء الجزيرة صباح الجمعة"),
    ("دعا رئيس البرلمان إلى الحوار الوطني.", "وصف رئيس البرلمان الحوار الوطني"),
    ("تبنت حركة الإنقاذ الهجوم على القاعدة.", "تبنت جبهة الإنقاذ الهجوم على القاعدة"),
    ("تعتزم الهيئة توظيف ألف خريج هذا العام.", "تعتزم الهيئة استثمار ألف خريج هذا العام"),
    ("استقبل المحافظ مندوب المنظمة الدولية.", "استقبل المحافظ ضيف المنظمة الدولية"),
    ("سلم المطلوب نفسه إلى مركز الشرطة.", "اعترف المطلوب إلى مركز الشرطة"),
    ("أكدت الداخلية حظر السفر إلى المنطقة.", "فرضت الداخلية حظر السفر إلى المنطقة"),
    ("أكد الرئيس أن اللجنة ستدرس مشروع القانون.", "وافق الرئيس على مشروع القانون"),
    ("يعاني القطاع من ركود في المبيعات منذ أشهر.", "يعاني القطاع من نقص في المبيعات منذ أشهر"),
    ("سيطرت الفصائل على البلدة بعد اشتباكات.", "حكمت الفصائل البلدة بعد اشتباكات"),
    ("اختطف مجهولون شاحنة محملة بالأدوية.", "سرق مجهولون شاحنة محملة بالأدوية"),
    ("اعترضت المعارضة على قانون الانتخاب الجديد.", "قاطعت المعارضة قانون الانتخاب الجديد"),
    ("حرس الجنود المعبر الحدودي طوال الليل.", "راقب الجنود المعبر الحدودي طوال الليل"),
]


@pytest.mark.parametrize(("source", "claim"), NOT_SUPPORTED)
def test_a_claim_the_sentence_does_not_tell_is_not_supported(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict != "supported", (verdict, probability, reason)


OPPOSITE = [
    # below and above a mark, each one word
    ("بلغت الحرارة في القرية أربع درجات تحت الصفر فجر الأحد.", "بلغت الحرارة في القرية أربع درجات فوق الصفر فجر الأحد"),
    ("سجلت المحطة درجتين فوق الصفر ليلة أمس.", "سجلت المحطة درجتين دون الصفر ليلة أمس"),
    # the winner and the team beaten, two clubs after "هزم"
    ("هزم الوداد الرجاء بهدف نظيف في الديربي.", "هزم الرجاء الوداد بهدف نظيف في الديربي"),
    ("هزم الاتفاق الفتح بثلاثة أهداف في الجولة الثامنة.", "فاز الفتح على الاتفاق بثلاثة أهداف في الجولة الثامنة"),
]


@pytest.mark.parametrize(("source", "claim"), OPPOSITE)
def test_an_opposite_or_a_swapped_result_is_contradicted(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict == "contradicted", (verdict, probability, reason)


SUPPORTED = [
    ("أحرز قلب الدفاع سامر يوسف هدفاً في مرماه قبل نهاية الشوط الأول.", "أحرز قلب الدفاع سامر يوسف هدفاً في مرماه"),
    ("فاز الفريق بهدف عكسي سجله مدافع الضيوف.", "فاز الفريق بهدف سجله مدافع الضيوف"),
    ("سافر المنتخب إلى طوكيو عبر الدوحة لخوض المعسكر الإعدادي.", "سافر المنتخب إلى طوكيو لخوض المعسكر الإعدادي"),
    ("قتل شرطي وأصيب مهندس بجروح في انفجار عبوة قرب المصنع.", "قتل شرطي في انفجار عبوة قرب المصنع"),
    ("قتل شرطي وأصيب مهندس بجروح في انفجار عبوة قرب المصنع.", "أصيب مهندس بجروح في انفجار عبوة قرب المصنع"),
    ("قتل حارس وأصيب آخر في هجوم على البنك.", "أصيب حارس في هجوم على البنك"),
    ("أصيب العامل بحروق بالغة وتوفي لاحقاً في المستشفى.", "توفي العامل في المستشفى"),
    ("أودى الحريق بحياة 12 شخصاً وأصاب أكثر من 40 شخصاً.", "أصاب الحريق أكثر من 40 شخصاً"),
    ("عين المجلس الأديب الراحل رئيساً شرفياً لاتحاد الكتاب.", "عين المجلس الأديب الراحل رئيساً شرفياً لاتحاد الكتاب"),
    ("انتخبت الجمعية العمومية المهندس خالد الراشد رئيساً للنادي.", "انتخبت الجمعية العمومية المهندس خالد الراشد رئيساً للنادي"),
    ("بلغت الحرارة في القرية أربع درجات تحت الصفر فجر الأحد.", "بلغت الحرارة أربع درجات تحت الصفر"),
    ("سجلت المحطة درجتين دون الصفر ليلة أمس.", "سجلت المحطة درجتين تحت الصفر ليلة أمس"),
    ("هزم الوداد الرجاء بهدف نظيف في الديربي.", "فاز الوداد على الرجاء بهدف نظيف في الديربي"),
    ("هزم الاتفاق الفتح بثلاثة أهداف في الجولة الثامنة.", "هزم الاتفاق الفتح في الجولة الثامنة"),
    ("وقع تفجير في سوق شعبي وسط المدينة.", "وقع تفجير في سوق شعبي"),
    ("بحث وزير الدفاع مع نظيره الروسي التعاون العسكري.", "بحث وزير الدفاع مع نظيره الروسي التعاون العسكري"),
]


@pytest.mark.parametrize(("source", "claim"), SUPPORTED)
def test_the_sentences_own_telling_stays_supported(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict == "supported", (verdict, probability, reason)


def test_held_out_43_now_dev_keeps_its_reading() -> None:
    # bench/verify_probe_round43.jsonl (its rows say "heldout": written so in round 43, dev since round 44): main 83c7159
    # supported 5 of its 32 false claims and 9 of its 12 true ones; this round's rules none of the false (and round 45's
    # "خاض" = "لعب" a tenth true one).
    assert probe_reading("verify_probe_round43.jsonl")["heldout"] == (0, 10)
