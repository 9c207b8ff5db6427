"""Round 43 (verify55): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round42.jsonl and round43). Each false claim below was supported on main ae2003c; each
control stays supported (or is supported now, where main read a true rewording otherwise):

- people AWN's synsets join and news tells apart: the displaced and migrants, a lawyer and an agent, a dean and a
  president, a correspondent and an anchor (lexicon.SYNONYMS_APART);
- held out 42, now dev: a statement read out or published told as issued by the reader ("بياناً صادراً عن …" names
  its issuer); a resident read as a citizen (AWN's synset "ساكن قاطن مقيم مواطن"); free against paid for ("مجاناً" /
  "مقابل رسوم"), in person against virtual ("حضورياً" / "عن بعد"); a drill of a deed told as the deed ("تمريناً على
  إخلاء …");
- TRUST BUG (verify54's round-42 find): a meeting ("التقى الأمير بالسفير") read as a reception in either direction
  ("استقبل السفير الأمير", 0.97): who received whom is not told by a meeting;
- a length of time as a delay ("بعد ثلاثة أيام") against the same length as a span ("خلال ثلاثة أيام");
- getting ready for a deed ("استعداداً لإعلان الخطة") told as the deed ("أعلن … الخطة", 0.91 on main), as "تمهيداً ل" is;
- rewordings now supported: "تسلم X رئاسة …" for "تولى X رئاسة …" (an office taken), "الأسبوع القادم" for "الأسبوع المقبل"
  (main contradicted it), "مرة أخرى" / "من جديد" for "مجدداً", "استعداداً" for "تمهيداً" (main contradicted it); each gated by
  claims with a fact changed that stay not supported.
"""

from __future__ import annotations

import pytest

from akhbar import verify


def _verdict(source: str, claim: str) -> tuple[str, float, str]:
    c = verify(source, claim).claims[0]
    return c.verdict, c.probability, c.reason


NOT_SUPPORTED = [
    # issued by another
    ("قرأ مقدم النشرة رسالة صادرة عن الديوان الملكي بشأن العفو عن السجناء.", "أصدر مقدم النشرة رسالة بشأن العفو عن السجناء"),
    ("نشرت الصحيفة بياناً صادراً عن الحزب الحاكم حول موعد الانتخابات.", "أصدرت الصحيفة بياناً حول موعد الانتخابات"),
    # a resident is no citizen
    ("يحق للمواطنين وحدهم التصويت في الانتخابات البلدية المقبلة.", "يحق للمقيمين التصويت في الانتخابات البلدية المقبلة"),
    ("تشمل حملة التطعيم المقيمين في الأحياء الشعبية.", "تشمل حملة التطعيم المواطنين في الأحياء الشعبية"),
    # a drill of a deed
    ("نفذت وحدات الدفاع الجوي مناورة على التصدي لهجوم بطائرات مسيرة.", "تصدت وحدات الدفاع الجوي لهجوم بطائرات مسيرة"),
    ("أجرت إدارة المستشفى تمريناً على إخماد حريق في الطابق الثالث.", "أخمدت إدارة المستشفى حريقاً في الطابق الثالث"),
    # who received whom
    ("التقى ولي العهد بالمبعوث الأممي في قصر الضيافة أمس.", "استقبل المبعوث الأممي ولي العهد في قصر الضيافة"),
    ("اجتمع وزير الداخلية مع السفير الإيطالي لبحث ملف الهجرة.", "استقبل السفير الإيطالي وزير الداخلية لبحث ملف الهجرة"),
    # a delay and a span
    ("أنجزت الشركة صيانة الجسر خلال ثلاثة أيام.", "أنجزت الشركة صيانة الجسر بعد ثلاثة أيام"),
    ("سيعود الفريق الطبي بعد يومين إلى القرية.", "سيعود الفريق الطبي خلال يومين إلى القرية"),
    ("استقالت الحكومة بعد مرور ثلاثة أسابيع على الانفجار.", "استقالت الحكومة خلال ثلاثة أسابيع من الانفجار"),
    # people AWN's synsets join and news tells apart (0.94-0.99 on main)
    ("نزح آلاف السكان من القرى الحدودية بسبب القصف.", "هاجر آلاف السكان من القرى الحدودية بسبب القصف"),
    ("زار الوزير عدداً من المهاجرين في المخيم.", "زار الوزير عدداً من النازحين في المخيم"),
    ("قال محامي الشركة إن الدعوى لا أساس لها.", "قال وكيل الشركة إن الدعوى لا أساس لها"),
    ("افتتح عميد كلية الهندسة المختبر الجديد أمس.", "افتتح رئيس كلية الهندسة المختبر الجديد أمس"),
    ("أجرى المذيع مقابلة مع الوزير على الهواء.", "أجرى المراسل مقابلة مع الوزير على الهواء"),
    # getting ready for a deed is not the deed (supported at 0.91 on main)
    ("زار المستشار القاهرة استعداداً لإعلان الخطة الجديدة.", "أعلن المستشار الخطة الجديدة"),
]


@pytest.mark.parametrize(("source", "claim"), NOT_SUPPORTED)
def test_a_claim_the_sentence_does_not_tell_is_not_supported(source: str, claim: str) -> None:
    verdict, p, reason = _verdict(source, claim)
    assert verdict != "supported", (verdict, p, reason)


OPPOSITE = [
    ("توزع البلدية أكياس السماد على المزارعين مجاناً في بداية الموسم.", "توزع البلدية أكياس السماد على المزارعين برسوم رمزية"),
    ("تبيع البلدية أكياس السماد للمزارعين برسوم رمزية.", "تبيع البلدية أكياس السماد للمزارعين مجاناً"),
    ("أدى طلاب الكلية امتحاناتهم النهائية عن بعد هذا الفصل.", "أدى طلاب الكلية امتحاناتهم النهائية حضورياً هذا الفصل"),
    ("أدى طلاب الكلية امتحاناتهم النهائية حضورياً هذا الفصل.", "أدى طلاب الكلية امتحاناتهم النهائية عن بعد هذا الفصل"),
]


@pytest.mark.parametrize(("source", "claim"), OPPOSITE)
def test_free_and_paid_in_person_and_virtual_are_opposites(source: str, claim: str) -> None:
    verdict, p, reason = _verdict(source, claim)
    assert verdict == "contradicted", (verdict, p, reason)
    assert "opposite" in reason


SUPPORTED = [
    # the issuer named as the doer; the reader's own deed
    ("نشرت الصحيفة بياناً صادراً عن الحزب الحاكم حول موعد الانتخابات.", "أصدر الحزب الحاكم بياناً حول موعد الانتخابات"),
    ("نشرت الصحيفة بياناً صادراً عن الحزب الحاكم حول موعد الانتخابات.", "نشرت الصحيفة بياناً حول موعد الانتخابات"),
    # the same people
    ("نزح آلاف السكان من القرى الحدودية بسبب القصف.", "نزح آلاف السكان من القرى الحدودية"),
    ("افتتح عميد كلية الهندسة المختبر الجديد أمس.", "افتتح عميد كلية الهندسة المختبر الجديد"),
    # the citizens of the sentence
    ("يحق للمواطنين وحدهم التصويت في الانتخابات البلدية المقبلة.", "يحق للمواطنين التصويت في الانتخابات البلدية"),
    # free in other words, and the same manner
    ("توزع البلدية أكياس السماد على المزارعين مجاناً في بداية الموسم.", "توزع البلدية أكياس السماد على المزارعين بالمجان"),
    ("توزع البلدية أكياس السماد على المزارعين مجاناً في بداية الموسم.", "توزع البلدية أكياس السماد على المزارعين دون مقابل"),
    ("أدى طلاب الكلية امتحاناتهم النهائية عن بعد هذا الفصل.", "أدى طلاب الكلية امتحاناتهم النهائية عن بعد"),
    # a drill told as a drill
    ("أجرت فرق الإنقاذ تمريناً في الميناء صباح السبت.", "أجرت فرق الإنقاذ تمريناً في الميناء"),
    # a reception read as a meeting, and told again
    ("استقبل ولي العهد المبعوث الأممي في قصر الضيافة أمس.", "التقى المبعوث الأممي بولي العهد في قصر الضيافة"),
    ("استقبل ولي العهد المبعوث الأممي في قصر الضيافة أمس.", "استقبل ولي العهد المبعوث الأممي في قصر الضيافة"),
    # the same length told the same way
    ("أنجزت الشركة صيانة الجسر خلال ثلاثة أيام.", "أنجزت الشركة صيانة الجسر في ثلاثة أيام"),
    ("استقالت الحكومة بعد مرور ثلاثة أسابيع على الانفجار.", "استقالت الحكومة بعد ثلاثة أسابيع من الانفجار"),
    # rewordings (unsupported or contradicted on main)
    ("تولى المهندس سعيد الراشد رئاسة البلدية مطلع الشهر.", "تسلم المهندس سعيد الراشد رئاسة البلدية"),
    ("يتولى العقيد منصور قيادة اللواء منذ عامين.", "يتسلم العقيد منصور قيادة اللواء منذ عامين"),
    ("أرجأ المجلس البلدي جلسته إلى الأسبوع القادم.", "أرجأ المجلس البلدي جلسته إلى الأسبوع المقبل"),
    ("تعقد لجنة الانتخابات اجتماعها الأسبوع القادم في جدة.", "تعقد لجنة الانتخابات اجتماعها الأسبوع المقبل في جدة"),
    ("اختفى المغني عن الساحة الفنية مرة أخرى.", "المغني يختفي مجدداً عن الساحة الفنية"),
    ("اختفى المغني عن الساحة الفنية مرة أخرى.", "اختفى المغني عن الساحة الفنية من جديد"),
    ("يزور المستشار القاهرة تمهيداً لإعلان الخطة الجديدة.", "يزور المستشار القاهرة استعداداً لإعلان الخطة الجديدة"),
]


@pytest.mark.parametrize(("source", "claim"), SUPPORTED)
def test_the_sentences_own_telling_stays_supported(source: str, claim: str) -> None:
    verdict, p, reason = _verdict(source, claim)
    assert verdict == "supported", (verdict, p, reason)


REWORDING_GATES = [
    ("تولى المهندس سعيد الراشد رئاسة البلدية مطلع الشهر.", "تسلم المهندس سعيد الراشد رئاسة الجامعة"),
    ("تولى المهندس سعيد الراشد رئاسة البلدية مطلع الشهر.", "تسلم المهندس خالد الراشد رئاسة البلدية"),
    ("تولى المهندس سعيد الراشد رئاسة البلدية مطلع الشهر.", "تسلم المهندس سعيد الراشد رسالة من البلدية"),
    ("تولى المهندس سعيد الراشد رئاسة البلدية مطلع الشهر.", "ترك المهندس سعيد الراشد رئاسة البلدية"),
    ("أرجأ المجلس البلدي جلسته إلى الأسبوع القادم.", "أرجأ المجلس البلدي جلسته إلى الأسبوع الماضي"),
    ("تنطلق البطولة في الشهر المقبل بمشاركة عشرين فريقاً.", "انطلقت البطولة الشهر القادم بمشاركة عشرين فريقاً"),
    ("اختفى المغني عن الساحة الفنية.", "اختفى المغني مجدداً عن الساحة الفنية"),
    ("اختفى المغني عن الساحة الفنية مرة أخرى.", "ظهر المغني مجدداً في الساحة الفنية"),
    ("يزور المستشار القاهرة تمهيداً لإعلان الخطة الجديدة.", "أعلن المستشار الخطة الجديدة"),
]


@pytest.mark.parametrize(("source", "claim"), REWORDING_GATES)
def test_a_rewording_with_a_fact_changed_is_not_supported(source: str, claim: str) -> None:
    verdict, p, reason = _verdict(source, claim)
    assert verdict != "supported", (verdict, p, reason)
