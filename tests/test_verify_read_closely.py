"""Every word of the claim is in the sentence, yet the sentence does not tell it: two parties exchanged about "قبل" /
"بعد" or about their places, a deed only owed, hoped for, asked about, given up, prevented or charged, a place that
only names a body, a total read as the count, a count of another thing, a "وزارة" read as "زار". TRUST BUGS of the
lead's round 26 probe (bench/verify_probe_lead26.jsonl): each claim below was supported. Sentences written for this
test."""

import pytest

from akhbar import verify


@pytest.mark.parametrize("source, claim, reason", [
    # the two parties of one ordering word exchanged
    ("دخل الحارس الملعب قبل المدافع بدقيقة.", "دخل المدافع الملعب قبل الحارس.", "role swapped: الحارس / المدافع"),
    ("بعد عامين من الخسائر، حققت شركة الأسمدة أرباحاً.", "شركة الأسمدة تخسر بعد عامين من الأرباح.",
     "role swapped: الأرباح / الخسائر"),
    # two places whose role words the sentence exchanges
    ("زار سفير المغرب في قطر معرض الكتاب.", "زار سفير قطر في المغرب معرض الكتاب.", "role swapped: قطر / المغرب"),
    # a son is no daughter (the guard's held out 23, now dev: a kin word changed)
    ("وألقت الكلمة نيابة عن الشاعر ابنتاه في حفل التكريم.", "وألقى الكلمة نيابة عن الشاعر ابنه في حفل التكريم.",
     "the source says ابنتاه where the claim says ابنه"),
    # an ordinal is only its own rank ("الأول" is no "الأولمبي")
    ("فاز المنتخب الأولمبي على كوريا.", "فاز المنتخب الأول على كوريا.", "the source says الأولمبي where the claim says الأول"),
    # a total is no count of the deed
    ("تأهل 16 فريقاً من أصل 48 فريقاً إلى الدور الثاني.", "تأهل 48 فريقاً إلى الدور الثاني.", "number 48 ≠ 16"),
    # a count of another thing, while the claim's thing has a count of its own
    ("أعلن الدفاع المدني إنقاذ 20 عاملاً ووفاة أربعة من رجاله.", "أنقذ الدفاع المدني 20 من رجاله.", "number 20 ≠ أربعة"),
])
def test_exchanged_or_another_count_is_contradicted(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "contradicted"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim, reason", [
    # owed, hoped for, asked about
    ("ينبغي على الشركة تعويض المزارعين عن خسائرهم.", "عوضت الشركة المزارعين عن خسائرهم.",
     "the source does not tell it as done: ينبغي … تعويض, where the claim says عوضت"),
    ("يأمل السكان في افتتاح المستشفى قبل الصيف.", "افتتح المستشفى قبل الصيف.",
     "the source does not tell it as done: يأمل … افتتاح, where the claim says افتتح"),
    ("هل تنجح الحكومة في خفض الدين العام؟", "نجحت الحكومة في خفض الدين العام.",
     "the source does not tell it as done: هل … تنجح, where the claim says نجحت"),
    # given up, prevented, charged
    ("تراجعت الشركة عن قرارها بإغلاق فرعها في المدينة.", "أغلقت الشركة فرعها في المدينة.",
     "the source does not tell it as done: تراجعت … بإغلاق, where the claim says أغلقت"),
    ("منعت الإدارة نشر نتائج الامتحان قبل موعدها.", "نشرت الإدارة نتائج الامتحان قبل موعدها.",
     "the source does not tell it as done: منعت … نشر, where the claim says نشرت"),
    ("وصل المتهم بسرقة السيارات إلى قاعة المحكمة.", "سرق المتهم السيارات.",
     "the source does not tell it as done: المتهم … بسرقة, where the claim says سرق"),
    # a place that only names a body
    ("أعلنت جامعة بغداد افتتاح كلية جديدة للهندسة.", "أعلنت بغداد افتتاح كلية جديدة للهندسة.",
     "the source tells it of جامعة بغداد, not بغداد"),
    # the deed of a relative clause with a doer of its own
    ("تفقد المحافظ الجسر الذي شيده الجيش قبل عامين.", "شيد المحافظ الجسر.", "the source tells it of الجيش, not المحافظ"),
    # the doer after "على يد" made the object of the claim's verb
    ("خطف الطبيب على يد عصابة مسلحة قرب المستشفى.", "خطف الطبيب عصابة مسلحة قرب المستشفى.",
     "the source tells it of عصابة, not الطبيب"),
    # a deed one could not do
    ("تعذر على الصيادين الخروج إلى البحر بسبب العاصفة.", "خرج الصيادون إلى البحر رغم العاصفة.",
     "the source does not tell it as done: تعذر … الخروج, where the claim says خرج"),
    # a headline's present under an accusation or an expectation
    ("المعارضة تتهم الحكومة بقمع المتظاهرين", "الحكومة تقمع المتظاهرين",
     "the source does not tell it as done: تتهم … بقمع, where the claim says تقمع"),
    # one word of the sentence read twice: a verb of its root, which the sentence does not write
    ("يبلغ السائق من العمر 40 عاماً.", "يسوق السائق منذ 40 عاماً.", "no evidence for: يسوق"),
])
def test_what_the_sentence_does_not_tell_is_unsupported(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


def test_a_ministry_is_no_visit():
    # "وزارة" (root وزر) was linked whole to "زار" (visited) by its cut keys, and the minister's future visit the
    # spokesman told supported the claim that he visited
    source = "صرح الناطق باسم وزارة الصحة بأن الوزير سيزور مستشفى الولادة."
    result = verify(source, "زار وزير الصحة مستشفى الولادة.").claims[0]
    assert result.verdict == "unsupported"


@pytest.mark.parametrize("source, claim", [
    # one order told from either end
    ("دخل الحارس الملعب قبل المدافع بدقيقة.", "دخل المدافع الملعب بعد الحارس."),
    # the part of a total, told as its count
    ("تأهل 16 فريقاً من أصل 48 فريقاً إلى الدور الثاني.", "تأهل 16 فريقاً إلى الدور الثاني."),
    # two places listed in another order
    ("أعلنت وزارة الصحة تسجيل 30 إصابة جديدة في مدينتي حمص وحماة.", "سجلت وزارة الصحة 30 إصابة جديدة في حماة وحمص."),
    # the doer after "على يد" is the claim's doer
    ("خطف الطبيب على يد عصابة مسلحة قرب المستشفى.", "خطفت عصابة مسلحة الطبيب."),
    # a headline's present told by the same deed
    ("الحكومة تقمع المتظاهرين في العاصمة", "الحكومة تقمع المتظاهرين"),
    # the same kin word, and a word that only begins like one ("أخبار" is no brother)
    ("ألقى الكلمة نيابة عن الشاعر ابنه الأكبر.", "ألقى الكلمة نيابة عن الشاعر ابنه."),
    ("نشرت الصحيفة أخبار المعرض على صفحتها الأولى.", "نشرت الصحيفة أخبار المعرض."),
    # a past whose ن is its root's is read as told done, and still supported by the same past
    ("نجحت الحكومة في خفض الدين العام العام الماضي.", "نجحت الحكومة في خفض الدين العام."),
])
def test_the_same_fact_is_still_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_a_daughter_and_a_son_written_alike_once_folded_are_read_as_written():
    # "ابنة" (a daughter) and "ابنه" (his son) fold to one word: a pair of the two read first must not decide the next
    # pair of two sons (the word links are cached by the folded words)
    assert verify("استقبلت الوزيرة ابنه الشاعر في مكتبها.", "استقبلت الوزيرة ابنة الشاعر.").claims[0].verdict != "supported"
    assert verify("استقبلت الوزيرة ابنه الشاعر في مكتبها.", "استقبلت الوزيرة ابنه الشاعر.").claims[0].verdict == "supported"
