"""Round 45 (verify57): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round44.jsonl and round45). Each false claim below was supported on main 70a642f, each
claim that must be unsupported was contradicted there; each control stays right (or is supported now, where main read a
true rewording otherwise):

- held out 44, now dev: the round before the last told as the last ("قبل الأخيرة", one word: lexicon.PHRASES); a rank
  in one field told as a rank in another ("الثاني عربياً والثلاثين عالمياً": verify_items.scope_of_another_rank); a
  deed's delay told as how long it took ("تأخر وصول الشحنة أربعة أيام" / "استغرقت الشحنة أربعة أيام":
  lexicon.DELAYING_VERBS, verify_days); the first of a narrower group told as the first of all ("أول امرأة تقود" /
  "أول من يقود": verify_items.first_of_a_narrower_group);
- held out 43 and 44, now dev: one word of a slot changed to another member of a kind that may be true of the same deed
  as well (a card's colour, a friendly or an official match, one crop or one rate for another, wholesale or retail, GMT
  or local time, who composed and who sang: lexicon.KINDS_APART), or another step of one affair (a race run or led and
  one won, an engagement and a wedding, copies printed and copies sold: lexicon.DEED_STEPS) or another measure (a share
  of the votes and one of the seats: lexicon.MEASURES_APART; a longlist and a shortlist, one word each: lexicon.PHRASES):
  unsupported, not the model's contradiction;
- a bombing is a blast, one way (lexicon.SYNONYMS_ONE_WAY, align._link_one_way); a match played ("خاض" = "لعب",
  lexicon.SYNONYM_GROUPS).
"""

from __future__ import annotations

import pytest

from akhbar import verify
from conftest import probe_reading


def _verdict(source: str, claim: str) -> tuple[str, float, str]:
    c = verify(source, claim).claims[0]
    return c.verdict, c.probability, c.reason


NOT_SUPPORTED = [
    # the round before the last is not the last
    ("أنهى الدراج السباق في المرحلة قبل الأخيرة بعد سقوطه على المنحدر.", "أنهى الدراج السباق في المرحلة الأخيرة"),
    ("ضمن النادي التأهل في المباراة ما قبل الأخيرة من دور المجموعات.", "ضمن النادي التأهل في المباراة الأخيرة من دور المجموعات"),
    # a rank among the Arab ones is not a rank in the world
    ("احتل الميناء المركز الثاني عربياً والثلاثين عالمياً في مؤشر الأداء.", "احتل الميناء المركز الثاني عالمياً في مؤشر الأداء"),
    # a delay is not how long the deed took
    ("تأخر وصول شحنة الأدوية إلى الميناء أربعة أيام بسبب العاصفة.", "استغرقت شحنة الأدوية إلى الميناء أربعة أيام"),
    ("تأخرت عودة البعثة الطبية من الجنوب ثلاثة أسابيع.", "استغرقت عودة البعثة الطبية من الجنوب ثلاثة أسابيع"),
    # the first woman, or the first Asian player, is not the first of all
    ("أصبحت الكابتن هدى يوسف أول امرأة تقود طائرة ركاب في البلاد.", "أصبحت الكابتن هدى يوسف أول من يقود طائرة ركاب في البلاد"),
    ("بات الحارس أول لاعب آسيوي يصد ثلاث ركلات ترجيح في نهائي واحد.", "بات الحارس أول لاعب يصد ثلاث ركلات ترجيح في نهائي واحد"),
]


@pytest.mark.parametrize(("source", "claim"), NOT_SUPPORTED)
def test_a_claim_the_sentence_does_not_tell_is_not_supported(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict != "supported", (verdict, probability, reason)


UNSUPPORTED = [
    # another member of a kind that may be true of the same deed as well
    ("نال المهاجم بطاقة صفراء بعد احتكاكه بالحارس في الشوط الثاني.", "نال المهاجم بطاقة حمراء بعد احتكاكه بالحارس في الشوط الثاني"),
    ("فاز المنتخب الأولمبي في لقاء ودي على نظيره العماني بثلاثية.", "فاز المنتخب الأولمبي في لقاء رسمي على نظيره العماني بثلاثية"),
    ("ارتفع إنتاج الذرة في المحافظة بنسبة 20 في المئة هذا العام.", "ارتفع إنتاج الأرز في المحافظة بنسبة 20 في المئة هذا العام"),
    ("سجل معدل الفقر في البلاد 12 في المئة العام الماضي.", "سجل معدل البطالة في البلاد 12 في المئة العام الماضي"),
    ("انخفض سعر البصل في سوق التجزئة إلى ثلاثة دنانير.", "انخفض سعر البصل في سوق الجملة إلى ثلاثة دنانير"),
    ("يبدأ البث المباشر للحفل في العاشرة بتوقيت غرينتش.", "يبدأ البث المباشر للحفل في العاشرة بالتوقيت المحلي"),
    ("غنت الفنانة سميرة نبيل القصيدة في افتتاح المهرجان.", "لحنت الفنانة سميرة نبيل القصيدة في افتتاح المهرجان"),
    # another step of one affair
    ("تتنافس خمسة أحزاب على مقاعد المجلس البلدي في المدينة الساحلية.", "تفوز خمسة أحزاب بمقاعد المجلس البلدي في المدينة الساحلية"),
    ("يتصدر الفريق جدول الدوري بفارق أربع نقاط عن أقرب ملاحقيه.", "فاز الفريق بالدوري بفارق أربع نقاط عن أقرب ملاحقيه"),
    ("احتفل الممثل بخطوبته من مذيعة تلفزيونية في حفل عائلي.", "احتفل الممثل بزواجه من مذيعة تلفزيونية في حفل عائلي"),
    ("طبعت الوزارة مليون نسخة من الكتاب المدرسي الجديد.", "باعت الوزارة مليون نسخة من الكتاب المدرسي الجديد"),
    ("اختيرت المجموعة القصصية ضمن القائمة الطويلة لجائزة الإبداع.", "اختيرت المجموعة القصصية ضمن القائمة القصيرة لجائزة الإبداع"),
    # another measure of one result
    ("نال التحالف 35 في المئة من المقاعد في البرلمان الجديد.", "نال التحالف 35 في المئة من الأصوات في البرلمان الجديد"),
]


@pytest.mark.parametrize(("source", "claim"), UNSUPPORTED)
def test_another_member_step_or_measure_is_unsupported_not_contradicted(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict == "unsupported", (verdict, probability, reason)


CONTRADICTED = [
    # what one thing has only one of stays a contradiction: a medal's metal, a wage's period
    ("أحرز السباح الميدالية البرونزية في سباق مئة متر حرة.", "أحرز السباح الميدالية الذهبية في سباق مئة متر حرة"),
    ("يتقاضى المتدرب ألف ريال شهرياً خلال فترة التدريب.", "يتقاضى المتدرب ألف ريال سنوياً خلال فترة التدريب"),
]


@pytest.mark.parametrize(("source", "claim"), CONTRADICTED)
def test_what_one_thing_has_only_one_of_stays_contradicted(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict == "contradicted", (verdict, probability, reason)


SUPPORTED = [
    ("أنهى الدراج السباق في المرحلة قبل الأخيرة بعد سقوطه على المنحدر.", "أنهى الدراج السباق في المرحلة قبل الأخيرة"),
    ("احتل الميناء المركز الثاني عربياً والثلاثين عالمياً في مؤشر الأداء.", "احتل الميناء المركز الثاني عربياً في مؤشر الأداء"),
    ("احتل الميناء المركز الثاني عربياً وعالمياً في مؤشر الأداء.", "احتل الميناء المركز الثاني عالمياً في مؤشر الأداء"),
    ("تأخر وصول شحنة الأدوية إلى الميناء أربعة أيام بسبب العاصفة.", "تأخر وصول شحنة الأدوية إلى الميناء أربعة أيام"),
    ("استغرقت رحلة القطار السريع نحو ساعتين.", "استغرقت رحلة القطار السريع ساعتين"),
    # (the end counted from the start is how long it took: "بعد خمسة أيام" tells "استغرق … خمسة أيام")
    ("أعيد فتح الطريق الساحلي بعد خمسة أيام من إغلاقه.", "استغرق فتح الطريق الساحلي خمسة أيام"),
    ("أصبحت الكابتن هدى يوسف أول امرأة تقود طائرة ركاب في البلاد.", "أصبحت الكابتن هدى يوسف أول امرأة تقود طائرة ركاب"),
    ("كان المهندس أول من صمم جسراً معلقاً في المدينة.", "كان المهندس أول من صمم جسراً معلقاً في المدينة"),
    # (a word of the group said otherwise, no narrower group: "تابعة للأمم المتحدة" = "أممية")
    ("وصلت أول شحنة أدوية تابعة للأمم المتحدة إلى المدينة المحاصرة.", "وصلت أول شحنة أدوية أممية إلى المدينة المحاصرة"),
    ("تلقى لاعب الوسط بطاقة حمراء قبل نهاية المباراة بعشر دقائق.", "تلقى لاعب الوسط بطاقة حمراء"),
    # a bombing is a blast (one way: round 44's "وقع انفجار" / "وقع تفجير" stays unsupported)
    ("هز تفجير انتحاري مسجداً في المدينة صباح الجمعة.", "هز انفجار مسجداً في المدينة صباح الجمعة"),
    ("أسفرت التفجيرات عن مقتل عشرة أشخاص في العاصمة.", "أسفرت الانفجارات عن مقتل عشرة أشخاص في العاصمة"),
    # a match played, in other words (main: "the source tells another deed of الفريق: خاض, not لعب")
    ("خاض الفريق مباراته الودية الأخيرة قبل البطولة أمس.", "لعب الفريق مباراته الودية الأخيرة قبل البطولة"),
]


@pytest.mark.parametrize(("source", "claim"), SUPPORTED)
def test_the_sentences_own_telling_stays_supported(source: str, claim: str) -> None:
    verdict, probability, reason = _verdict(source, claim)
    assert verdict == "supported", (verdict, probability, reason)


def test_held_out_44_now_dev_keeps_its_reading() -> None:
    # bench/verify_probe_round44.jsonl (its rows say "heldout": written so in round 44, dev since round 45): main 70a642f
    # supported 4 of its 32 false claims and 8 of its 12 true ones; this round's rules none of the false.
    assert probe_reading("verify_probe_round44.jsonl")["heldout"] == (0, 8)

