"""A deed said in other words (round 24, the lead's probe of deeds worded otherwise). Arabic puts the subject after the
verb, so a verb and its object that say one deed stand apart ("فارق الممثل الحياة", "ألقت قوات الأمن القبض على …"):
read word by word, the verb was a word of its own, and a true claim came back contradicted, or a false one supported
("فارق" is also "left"). A synonym table may join two words news tells apart: a charge is no conviction. The sentences
are our own, about made-up events."""

from akhbar.verify import judge_pair


def test_a_death_said_with_the_subject_between_verb_and_object_is_a_death():
    said = judge_pair("توفي الشاعر الكبير في المستشفى", "فارق الشاعر الكبير الحياة في المستشفى مساء الأحد")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says فارق where the claim says توفي"
    said = judge_pair("توفي أربعة صيادين في غرق قاربهم", "لقي أربعة صيادين مصرعهم في غرق قاربهم قرب الشاطئ")
    assert said.verdict == "supported", said.reason
    # TRUST BUG: "فارق" alone is "left", and "غادر" was supported (0.94) by a death in the hospital
    said = judge_pair("غادر الشاعر الكبير المستشفى", "فارق الشاعر الكبير الحياة في المستشفى مساء الأحد")
    assert said.verdict != "supported", said.reason
    # and a survivor is still no death
    assert judge_pair("نجا أربعة صيادين من الغرق", "لقي أربعة صيادين مصرعهم غرقا قرب الشاطئ").verdict == "contradicted"


def test_an_arrest_and_a_release_said_with_the_subject_between():
    said = judge_pair("اعتقلت قوات الأمن ثلاثة مهربين في الميناء", "ألقت قوات الأمن القبض على ثلاثة مهربين في الميناء")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says ألقت where the claim says اعتقلت"
    said = judge_pair("أفرجت السلطات عن المدون بعد شهر", "أطلقت السلطات سراح المدون بعد شهر من احتجازه")
    assert said.verdict == "supported", said.reason
    said = judge_pair("أفرجت قوات الأمن عن المهربين الثلاثة", "ألقت قوات الأمن القبض على المهربين الثلاثة")
    assert said.verdict == "contradicted", said.reason


def test_a_charge_is_no_conviction():
    # TRUST BUG: Arabic WordNet's synset "اتهم ادان" linked them, and each claim was supported (0.98)
    said = judge_pair("اتهمت محكمة الاستئناف التاجر بالاحتيال", "أدانت محكمة الاستئناف التاجر بالاحتيال")
    assert said.verdict != "supported", said.reason
    said = judge_pair("أدانت محكمة الاستئناف التاجر بالاحتيال", "اتهمت محكمة الاستئناف التاجر بالاحتيال")
    assert said.verdict != "supported", said.reason
    # a condemnation is still one, in either word
    said = judge_pair("نددت وزارة الخارجية بقصف القافلة", "أدانت وزارة الخارجية قصف القافلة")
    assert said.verdict == "supported", said.reason


def test_an_opening_and_a_ratification_in_other_words():
    said = judge_pair("افتتح المحافظ المكتبة العامة الجديدة", "دشن المحافظ المكتبة العامة الجديدة")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says دشن where the claim says افتتح"
    said = judge_pair("أقر مجلس الشورى نظام المرور الجديد", "صادق مجلس الشورى على نظام المرور الجديد")
    assert said.verdict == "supported", said.reason


def test_a_deed_told_with_tamma_is_the_deed():
    said = judge_pair("تم اعتقال الناشط في العاصمة", "اعتقلت الشرطة الناشط في العاصمة")
    assert said.verdict == "supported", said.reason
    said = judge_pair("وتم الافتتاح في مارس 2021", "افتتح المتحف في مارس 2021")
    assert said.verdict == "supported", said.reason


def test_the_name_ali_is_no_preposition():
    # "علي" folds as "على" (on) does; written with its ي it is the name. Read as the stopword, the claim's name was no
    # word at all and another person's deed supported it (TRUST BUG: 0.93, 0.86)
    said = judge_pair("أعلن علي أنه سيترشح لرئاسة النادي", "أعلن سعيد أنه سيترشح لرئاسة النادي")
    assert said.verdict != "supported", said.reason
    said = judge_pair("سجل علي هدف الفوز في الدقيقة الأخيرة", "سجل حسن هدف الفوز في الدقيقة الأخيرة")
    assert said.verdict != "supported", said.reason
    said = judge_pair("استقبل الأمير علي الراشد في المطار", "استقبل الأمير علي الراشد في المطار صباح الخميس")
    assert said.verdict == "supported", said.reason
    # the preposition written with its ى stays a preposition
    assert judge_pair("سيطر الجيش على التلة", "سيطر الجيش على التلة بعد معارك").verdict == "supported"


def test_a_support_by_the_models_reading_names_what_the_source_lacks():
    # the model may support a claim with a word the sentence does not hold: the reason names it, never "every word of
    # the claim is in the source" (round 24)
    said = judge_pair("أعلنت البلدية افتتاح الحديقة الكبرى رسميا للزوار", "البلدية تفتتح الحديقة الكبرى أمام الزوار")
    assert said.verdict == "supported"
    assert "every word" not in said.reason and "رسميا" in said.reason, said.reason
