"""Small word facts of round 22 (verify31): a cut told by another root, to make light of a thing, a scarcity after
ب, a halt in the accusative, a death told as a departure from our world. Each was read wrong: a true sentence
called contradicted or unsupported, or a sentence that plays a thing down taken for its cut. The sentences are our
own, about made-up events."""

from akhbar.verify import judge_pair


def test_a_cut_told_by_another_root_is_the_same_cut():
    said = judge_pair("خطة لتقليل استهلاك المياه في الصيف", "خطة لخفض استهلاك المياه في الصيف")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says لخفض where the claim says لتقليل"
    said = judge_pair("الوزارة تقلل الدعم لوقود الطائرات", "الوزارة تخفض الدعم لوقود الطائرات")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: تقلل"
    # a cut against more of it is an opposite, named as one
    said = judge_pair("الوزارة تقلل الدعم لوقود الطائرات", "الوزارة تزيد الدعم لوقود الطائرات")
    assert said.verdict == "contradicted" and "opposite" in said.reason, said.reason


def test_to_play_a_thing_down_is_no_cut_of_it():
    # "قلل من أهمية" (played down) is not "خفض" (cut), though "قلل" alone is (was supported on main)
    said = judge_pair("الوزير خفض الضرائب على المصانع الصغيرة", "الوزير قلل من أهمية الضرائب على المصانع الصغيرة")
    assert said.verdict != "supported", said.reason
    said = judge_pair("البلدية تخفض رسوم النظافة", "البلدية تقلل من شأن رسوم النظافة")
    assert said.verdict != "supported", said.reason


def test_a_scarcity_after_its_preposition_is_the_scarcity():
    # "بشح" is ب + "شح" (was contradicted: "the source says بشح where the claim says شح")
    said = judge_pair("ارتفاع أسعار الأعلاف بسبب شح الأمطار", "ارتفاع أسعار الأعلاف بشح الأمطار")
    assert said.verdict == "supported", said.reason
    # and it stands against plenty as the scarcity does
    said = judge_pair("ارتفاع أسعار الأعلاف بسبب وفرة الأمطار", "ارتفاع أسعار الأعلاف بشح الأمطار")
    assert said.verdict == "contradicted", said.reason


def test_a_halt_in_the_accusative_is_a_halt():
    # "وقفاً" is وقف with its accusative alif, not و + "قفا" (was unsupported, and "توقف" a denial on one side only)
    said = judge_pair("الشركة تعلن وقف الإنتاج في مصنع الإسمنت", "الشركة تعلن وقفاً للإنتاج في مصنع الإسمنت")
    assert said.verdict == "supported", said.reason
    said = judge_pair("الشركة تعلن توقف الإنتاج في مصنع الإسمنت مؤقتا", "الشركة تعلن وقفا مؤقتا للإنتاج في مصنع الإسمنت")
    assert said.verdict == "supported", said.reason
    # "ودعا" stays و + "دعا" (called), never a farewell
    said = judge_pair("الوزير يدعو إلى الحوار بين النقابات", "ودعا الوزير إلى الحوار بين النقابات")
    assert said.verdict == "supported", said.reason


def test_a_death_told_as_leaving_our_world_is_the_death():
    said = judge_pair("وفاة الرسام سليم الخياط", "الرسام سليم الخياط يرحل عن عالمنا")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: وفاة"
    said = judge_pair("وفاة المغنية ليلى العامري عن 80 عاما", "المغنية ليلى العامري ترحل عن عالمنا عن 80 عاما")
    assert said.verdict == "supported", said.reason


def test_a_headline_inviting_the_reader_claims_its_topic():
    # "تعرف على X" tells the topic X, which a question on it states (was unsupported: "no evidence for: تعرف")
    said = judge_pair("تعرف على الفائزين بجائزة الرواية العربية هذا العام",
                      "من هم الفائزون بجائزة الرواية العربية هذا العام؟")
    assert said.verdict == "supported", said.reason
    # the source's word of its own where the invitation stood is no changed slot (was contradicted: "the source says
    # حكاية where the claim says تعرف")
    said = judge_pair("تعرف على المهندسة سلمى الراشد مصممة الجسر الجديد", "حكاية المهندسة سلمى الراشد مصممة الجسر الجديد")
    assert said.verdict != "contradicted", said.reason
    # the topic must still be the sentence's: another deed of hers is not stated
    said = judge_pair("تعرف على المهندسة سلمى الراشد مصممة الجسر الجديد",
                      "المهندسة سلمى الراشد تستقيل من تصميم الجسر الجديد")
    assert said.verdict != "supported", said.reason
    # not inviting: "تعرف المدرب على لاعبيه" (the coach met his players) keeps its verb
    said = judge_pair("تعرف المدرب على لاعبيه الجدد", "المدرب يلتقي لاعبيه الجدد")
    assert said.verdict != "supported", said.reason
