"""Round 41 (verify53): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round40.jsonl and round41, and the generation guard's round-40 tests):

- TRUST BUG: a verb the sentence does not say, before the deed's verbal noun. "اتصل الوزير بنظيره" tells a call; "أخفى
  الوزير اتصالاً بنظيره" tells something done to a call, and "عقد وزير الطاقة اجتماعاً" a meeting of another minister
  than the sentence's. Main supported such claims at 0.87 to 0.96 ("most of the claim is in the source"), the noun
  linked to the sentence's verb by its root; a verb and its noun that tell the deed itself (lexicon.PHRASED_DEEDS:
  "أجرى اتصالاً", "عقد اجتماعاً", "قدم استقالته"), a light verb ("قام بزيارة") and "تم" stay supported;
- TRUST BUG: an office taken that the sentence tells only left. "تولى" is light before the office it took on
  ("تولى إدارة المرفأ" = "أدار المرفأ"), so "تولى سالم العمر رئاسة النادي" was supported (0.93) by "استقال سالم العمر
  من رئاسة النادي", every other word being in it; the sentence must now write a word of taking the office on,
  appointing or electing to it, or tell it by its verb ("رأس");
- TRUST BUG: the giver and the receiver exchanged after a verb of two objects. "منح صندوق التنمية البلدية قرضاً" is
  not "منحت البلدية صندوق التنمية قرضاً" (held out 40, supported at 0.98 with every word linked): two phrases of up
  to three words right after the same verb, in the other order, are roles exchanged; the same order stays supported;
- deeds that exclude each other (lexicon.EXCLUSIVE_DEEDS): round 40's rule called another deed of the same doer
  unsupported ("زار" / "تحدث"); a deed the sentence's excludes for the same doer ("شجع" / "انتقد", "استوردت" /
  "صدّرت") is the model's contradiction again;
- held out 40, now dev: a bankruptcy declared is told by "أشهر" or "أعلن" alike (lexicon.SAME_OBJECT_DEEDS); a
  denial or another verb before it is not;
- held out 39, dev: the day a sentence gives its saying before the "أن" ("أعلنت الشركة يوم الخميس أن مبيعاتها
  تضاعفت") is not the day of what was said; the day written after the "أن", or a claim of the saying itself, stays
  supported.
"""

from __future__ import annotations

import pytest

from akhbar import verify

UNSAID_VERB = [
    ("انسحبت القوات من البلدة بعد أسبوعين من القتال.", "وأخفت القوات انسحاباً من البلدة بعد أسبوعين من القتال."),
    ("استقال رئيس البلدية من منصبه تحت ضغط المعارضة.", "وأخفى رئيس البلدية استقالته من منصبه تحت ضغط المعارضة."),
    ("اجتمع وزير المالية مع وفد صندوق النقد في الرباط يوم الاثنين لبحث برنامج الإصلاح.",
     "وعقد وزير الطاقة اجتماعاً مع وفد صندوق النقد في الرباط يوم الاثنين لبحث برنامج الإصلاح"),
    ("هاجم مسلحون قافلة للإغاثة قرب الحدود الشمالية فجر السبت.", "وصد مسلحون هجوماً على قافلة للإغاثة قرب الحدود الشمالية فجر السبت"),
    ("اتصلت الوزيرة بنظيرها المغربي مساء الأربعاء.", "وباعت الوزيرة اتصالاً بنظيرها المغربي مساء الأربعاء."),
]

SAID_VERB_CONTROLS = [
    ("اتصلت الوزيرة بنظيرها المغربي مساء الأربعاء.", "وأجرت الوزيرة اتصالاً بنظيرها المغربي مساء الأربعاء."),
    ("اجتمع وزير المالية مع وفد صندوق النقد في الرباط يوم الاثنين.",
     "وعقد وزير المالية اجتماعاً مع وفد صندوق النقد في الرباط يوم الاثنين"),
    ("زار الرئيس مصنع الأسمدة في العقبة.", "قام الرئيس بزيارة إلى مصنع الأسمدة في العقبة"),
    ("افتتح المحافظ الجسر الجديد يوم الأحد.", "تم افتتاح الجسر الجديد يوم الأحد"),
    ("استقال رئيس البلدية من منصبه تحت ضغط المعارضة.", "وقدم رئيس البلدية استقالته تحت ضغط المعارضة."),
]


@pytest.mark.parametrize(("source", "claim"), UNSAID_VERB)
def test_a_verb_the_sentence_does_not_say_before_the_deeds_noun_is_not_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), SAID_VERB_CONTROLS)
def test_a_verb_that_tells_the_deed_itself_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


OFFICE_LEFT = [
    ("استقال خالد المنصور من رئاسة اتحاد الكرة في مارس.", "تولى خالد المنصور رئاسة اتحاد الكرة في مارس"),
    ("غادرت الدكتورة هالة السيد إدارة المستشفى بعد عشر سنوات.", "تولت الدكتورة هالة السيد إدارة المستشفى"),
]
OFFICE_TAKEN_CONTROLS = [
    ("تسلم خالد المنصور رئاسة اتحاد الكرة في مارس.", "تولى خالد المنصور رئاسة اتحاد الكرة"),
    ("عين خالد المنصور في رئاسة اتحاد الكرة في مارس.", "تولى خالد المنصور رئاسة اتحاد الكرة"),
    ("أدارت الدكتورة هالة السيد المستشفى عشر سنوات.", "تولت الدكتورة هالة السيد إدارة المستشفى"),
]


@pytest.mark.parametrize(("source", "claim"), OFFICE_LEFT)
def test_an_office_the_sentence_tells_left_is_not_taken(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), OFFICE_TAKEN_CONTROLS)
def test_an_office_taken_appointed_or_run_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


GIVER_AND_RECEIVER = [
    ("سلّم البنك الأهلي شركة المقاولات دفعة أولى من التمويل.", "سلّمت شركة المقاولات البنك الأهلي دفعة أولى من التمويل"),
    ("منحت جامعة القاهرة الكاتب الدكتوراه الفخرية.", "منح الكاتب جامعة القاهرة الدكتوراه الفخرية"),
    ("أهدى نادي الشباب المدرب سيارة جديدة بعد الفوز بالكأس.", "أهدى المدرب نادي الشباب سيارة جديدة"),
    ("منح صندوق الإسكان بلدية المفرق قرضاً ميسراً لبناء مساكن.", "منحت بلدية المفرق صندوق الإسكان قرضاً ميسراً"),
]

SAME_ORDER_CONTROLS = [
    ("باعت المجموعة فندقها القديم على الكورنيش لشركة محلية.", "بيع فندق المجموعة القديم على الكورنيش لشركة محلية"),
    ("منحت وزارة الثقافة جمعية المسرح دعماً بقيمة مليون ريال.", "منحت وزارة الثقافة جمعية المسرح دعماً"),
    ("سلّم البنك الأهلي شركة المقاولات دفعة أولى من التمويل.", "سلّم البنك الأهلي شركة المقاولات دفعة أولى من التمويل"),
]


@pytest.mark.parametrize(("source", "claim"), GIVER_AND_RECEIVER)
def test_the_giver_and_the_receiver_exchanged_is_a_role_swap(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)
    assert "role swapped" in c.reason


@pytest.mark.parametrize(("source", "claim"), SAME_ORDER_CONTROLS)
def test_the_same_order_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


EXCLUSIVE = [
    ("انتقد الوزير الاحتجاجات العنيفة في العاصمة.", "شجع الوزير الاحتجاجات العنيفة في العاصمة"),
]


@pytest.mark.parametrize(("source", "claim"), EXCLUSIVE)
def test_a_deed_that_excludes_the_sentences_is_contradicted(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)


def test_the_exclusive_deeds_are_read_as_written() -> None:
    from akhbar.align import analyze
    from akhbar.verify_deed_changed import exclusive_deeds

    def first(text: str):
        return analyze(text, None).words[0]

    assert exclusive_deeds(first("وشجع الرئيس"), first("انتقد الرئيس"))
    assert exclusive_deeds(first("استوردت الشركة"), first("صدّرت الشركة"))
    assert not exclusive_deeds(first("زار الرئيس"), first("تحدث الرئيس"))


BANKRUPTCY = [
    ("أشهرت شركة الألبان الوطنية إفلاسها في الربيع الماضي.", "أعلنت شركة الألبان الوطنية إفلاسها في الربيع الماضي"),
    ("أعلن مصنع الزجاج إفلاسه بعد عامين من الخسائر.", "أشهر مصنع الزجاج إفلاسه بعد عامين من الخسائر"),
]
BANKRUPTCY_NOT_BACKED = [
    ("نفى مصنع الزجاج إفلاسه بعد عامين من الخسائر.", "أشهر مصنع الزجاج إفلاسه بعد عامين من الخسائر"),
    ("أشهرت شركة الألبان الوطنية إفلاسها في الربيع الماضي.", "أجلت شركة الألبان الوطنية إفلاسها في الربيع الماضي"),
    ("أشهرت شركة الألبان الوطنية إفلاسها في الربيع الماضي.", "أعلنت شركة الأعلاف الوطنية إفلاسها في الربيع الماضي"),
]


@pytest.mark.parametrize(("source", "claim"), BANKRUPTCY)
def test_a_bankruptcy_declared_in_other_words_is_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), BANKRUPTCY_NOT_BACKED)
def test_a_bankruptcy_denied_put_off_or_of_another_is_not(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


DAY_OF_THE_SAYING = [
    ("أعلن مصنع الإسمنت يوم الاثنين أن إنتاجه ارتفع خلال الصيف.", "ارتفع إنتاج مصنع الإسمنت يوم الاثنين"),
    ("قالت وزارة الصحة مساء الأحد إن عدد المصابين تراجع إلى 120.", "تراجع عدد المصابين إلى 120 مساء الأحد"),
]
DAY_OF_THE_SAYING_CONTROLS = [
    ("أعلن مصنع الإسمنت أن إنتاجه ارتفع يوم الاثنين.", "ارتفع إنتاج مصنع الإسمنت يوم الاثنين"),
    ("أعلن مصنع الإسمنت يوم الاثنين أن إنتاجه ارتفع خلال الصيف.", "أعلن مصنع الإسمنت يوم الاثنين أن إنتاجه ارتفع"),
]


@pytest.mark.parametrize(("source", "claim"), DAY_OF_THE_SAYING)
def test_the_day_of_a_saying_is_not_the_day_of_what_was_said(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "unsupported", (c.verdict, c.probability, c.reason)
    assert "to its saying" in c.reason


@pytest.mark.parametrize(("source", "claim"), DAY_OF_THE_SAYING_CONTROLS)
def test_the_day_of_what_was_said_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)
