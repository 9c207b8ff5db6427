"""What the lead's round-40 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository: round 39's held-out batch 16) showed the claim checker getting wrong, told again in our own
words: a comparison turned round ("أقل من عرض …" read as a number's frame), a Hijri day of another clause, a deed the
sentence only asks about, a deed it warns against, a list's item lent to another telling of its noun; and of the
older dev batches, a measure of another thing, a length of another deed, a dual where one is counted (every false claim here
was "supported" before); and what the same reading keeps supported."""

from verdicts import verdict_of as _verdict


def test_a_comparison_of_two_offers_told_the_other_way():
    source = "وقدم النادي الأهلي عرضا أعلى من عرض الهلال بقيمة مليون ريال."
    verdict, reason = _verdict(source, "كان عرض الأهلي أقل من عرض الهلال.")
    assert verdict == "contradicted", reason
    # the same comparison from the other side says the same fact: never contradicted
    assert _verdict(source, "كان عرض الهلال أقل من عرض الأهلي.")[0] != "contradicted"
    assert _verdict(source, "قدم الأهلي عرضا أعلى من عرض الهلال.")[0] == "supported"


def test_a_hijri_day_the_sentence_gives_another_clause():
    source = "ستبدأ البلدية بتوزيع الأراضي في الخامس من رمضان، فيما يبدأ استقبال الطلبات اعتبارا من 20 رمضان."
    verdict, reason = _verdict(source, "يبدأ استقبال الطلبات في الخامس من رمضان.")
    assert verdict != "supported" and "الخامس" in reason, reason
    assert _verdict(source, "تبدأ البلدية بتوزيع الأراضي في الخامس من رمضان.")[0] == "supported"
    assert _verdict(source, "يبدأ استقبال الطلبات في 20 رمضان.")[0] == "supported"


def test_a_hijri_day_is_neither_a_count_nor_a_gregorian_day():
    source = "افتتح المعرض في 8 ذي القعدة."
    assert _verdict(source, "افتتح المعرض في الثامن من ذي القعدة.")[0] == "supported"
    for claim in ("افتتح المعرض في 8 نوفمبر.", "افتتح المعرض في 9 ذي القعدة.", "افتتح المعرض في 8 ذي الحجة."):
        assert _verdict(source, claim)[0] != "supported", claim


def test_a_deed_the_sentence_only_asks_about():
    source = "وقال الوزير إن الميزانية لم تزد إلا قليلا، وتساءل: هل هذه المبالغ تكفي لبناء المدارس؟"
    verdict, reason = _verdict(source, "قال الوزير إن المبالغ تكفي لبناء المدارس.")
    assert verdict == "unsupported" and "هل" in reason, reason
    assert _verdict(source, "قال الوزير إن الميزانية لم تزد إلا قليلا.")[0] == "supported"


def test_a_deed_the_sentence_warns_against():
    source = "ودعا المدير الأهالي إلى الالتزام بالتعليمات والحذر من السباحة في الأودية أثناء الأمطار."
    verdict, reason = _verdict(source, "دعا المدير الأهالي إلى السباحة في الأودية.")
    assert verdict == "unsupported" and "والحذر" in reason, reason
    assert _verdict(source, "دعا المدير الأهالي إلى الالتزام بالتعليمات.")[0] == "supported"


def test_a_list_item_lent_to_another_telling_of_its_noun():
    source = ("وأشارت المديرة إلى أن اللباس واللون المحدد للمرحلة الابتدائية هو الثوب الوردي (بلا أكمام) والقميص أبيض، "
              "والمرحلة المتوسطة اللون الأزرق (تنورة) والقميص أبيض، والمرحلة الثانوية اللون الرمادي (تنورة) والقميص أبيض.")
    verdict, reason = _verdict(source, "اللباس المحدد للمرحلة المتوسطة هو الثوب الوردي.")
    assert verdict == "unsupported" and reason.endswith("the claim's own says الابتدائية"), reason
    assert _verdict(source, "اللباس المحدد للمرحلة الابتدائية هو الثوب الوردي.")[0] == "supported"


# The kinds of the older dev batches (4-15) still supported at the start of the round.


def test_a_measure_the_sentence_gives_another_thing():
    source = "أخمدت فرق الإطفاء حريقاً شب في مستودع على مساحة 300 متر داخل مجمع تجاري تقدر مساحته بنحو 5000 متر."
    verdict, reason = _verdict(source, "أخمدت فرق الإطفاء حريقا على مساحة 5000 متر.")
    assert verdict == "unsupported" and reason.endswith("the claim's own is 300"), reason
    assert _verdict(source, "أخمدت فرق الإطفاء حريقا على مساحة 300 متر.")[0] == "supported"


def test_a_length_of_time_the_sentence_gives_another_deed():
    source = ("وعاد المهاجم إلى التدريبات بعد أسبوع واحد من إصابته، لكن الطبيب قال إن علاج الكاحل قد يستغرق مدة تصل إلى "
              "ثلاثة أسابيع.")
    verdict, reason = _verdict(source, "قال الطبيب إن علاج الكاحل سيستغرق أسبوعا واحدا.")
    assert verdict == "unsupported" and reason.endswith("its own length: ثلاثة"), reason
    assert _verdict(source, "عاد المهاجم إلى التدريبات بعد أسبوع واحد من إصابته.")[0] == "supported"


def test_two_mosques_where_the_sentence_counts_one():
    source = "ويضم الحي الجديد 3 مساجد صغيرة إضافة إلى مسجد جامع."
    assert _verdict(source, "يضم الحي الجديد مسجدين جامعين.")[0] != "supported"
    assert _verdict(source, "يضم الحي الجديد مسجدا جامعا.")[0] == "supported"



def test_a_deed_the_sentence_gives_another_owner():
    # (generation guard round 40's TRUST BUG: "استقال وزير المالية" was supported at 0.90)
    source = "أعلن وزير المالية استقالة رئيس الحكومة."
    verdict, reason = _verdict(source, "استقال وزير المالية.")
    assert verdict == "unsupported" and "the deed of رئيس" in reason, reason
    assert _verdict(source, "استقال رئيس الحكومة.")[0] == "supported"
    opened = "حضر الوزير افتتاح الأمير للمعرض."
    assert _verdict(opened, "افتتح الوزير المعرض.")[0] != "supported"
