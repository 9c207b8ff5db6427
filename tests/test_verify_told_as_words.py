"""A deed the sentence tells only as the words of a speaker with a stake (an opposition, rebels, a lawyer, activists,
a rival), or as anyone's opinion ("اعتبر", "يرى"), supports no claim that states it as a fact: "قال زعيم المعارضة إن
الانتخابات زورت" tells no rigging. A body telling its own deed or a figure stays supported, as does a plain source's
report. Round 25 (verify37): each of the first pairs was supported on main c9c935e. Sentences written for this test."""

import pytest

from akhbar import verify

WORDS = [
    ("قال قائد المتمردين إن السلطات أغلقت الحدود مع الجارة الشمالية.", "أغلقت السلطات الحدود مع الجارة الشمالية.",
     "قال قائد المتمردين إن"),
    ("قال محامو الضحايا إن الشركة أخفت تقارير السلامة عن المفتشين.", "أخفت الشركة تقارير السلامة عن المفتشين.",
     "قال محامو الضحايا إن"),
    ("قال ناشطون إن أسعار الخبز ارتفعت في العاصمة.", "ارتفعت أسعار الخبز في العاصمة.", "قال ناشطون إن"),
    ("اعتبرت منظمة حقوقية أن قوات الأمن اعتقلت عشرات الطلاب.", "اعتقلت قوات الأمن عشرات الطلاب.",
     "اعتبرت منظمة حقوقية أن"),
    # (the aligner took "الحكومة" from the speaker; the words after "إن" say it too)
    ("قال معارضو الحكومة إن الحكومة زورت نتائج الاستفتاء.", "زورت الحكومة نتائج الاستفتاء.", "قال معارضو الحكومة إن"),
    # (a speaker of six words, a comma and "في بيان" among them)
    ("وقال المتحدث باسم الفصائل المسلحة، في بيان، إن الطائرات قصفت مستودعا للوقود.", "قصفت الطائرات مستودعا للوقود.",
     "وقال المتحدث باسم الفصائل المسلحة في بيان إن"),
]


@pytest.mark.parametrize("source, claim_text, speaker", WORDS)
def test_a_deed_told_as_a_partys_words_is_unsupported(source, claim_text, speaker):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source tells it as its speaker's words: {speaker} …"), claim.reason


OWN = [
    # the speaker's own deed: the claim's doer is the speaker
    ("قالت وزارة الصحة إنها سجلت 120 إصابة.", "سجلت وزارة الصحة 120 إصابة."),
    ("أعلن الجيش أنه سيطر على المدينة.", "سيطر الجيش على المدينة."),
    ("قالت عائلة اللاعب إنها رفعت دعوى ضد النادي.", "رفعت عائلة اللاعب دعوى ضد النادي."),
    ("قال المتمردون إنهم سيطروا على البلدة.", "سيطر المتمردون على البلدة."),
    # a body's figure, a plain source's report
    ("قالت وزارة الصحة إن عدد الإصابات بلغ 120 إصابة.", "بلغ عدد الإصابات 120 إصابة."),
    ("قالت وزارة التجارة إن أسعار الخبز ارتفعت في العاصمة.", "ارتفعت أسعار الخبز في العاصمة."),
    ("وأوضح المصدر أن الدولة منحت اللاجئين حق الإقامة.", "منحت الدولة اللاجئين حق الإقامة."),
]


@pytest.mark.parametrize("source, claim_text", OWN)
def test_a_bodys_own_deed_or_figure_stays_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason


def test_a_claim_that_says_who_said_it_is_not_read_so():
    claim = verify("قال قائد المتمردين إن السلطات أغلقت الحدود.", "قال قائد المتمردين إن السلطات أغلقت الحدود.").claims[0]
    assert claim.verdict == "supported", claim.reason
