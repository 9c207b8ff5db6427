"""A word reworded, not changed: the same verb told of two doers ("يهددان" / "يهدد"), a verb of two letters after
its و ("ومدّ" / "مدّ") or after its present's prefix ("يضخ" / "ضخ"). Before, each was read as a changed word and the
true claim came back unsupported, or contradicted when the model read it as a change. The sentences are our own,
about made-up events."""

from akhbar.verify import judge_pair


def test_a_verb_of_two_doers_is_the_same_verb():
    said = judge_pair("الجفاف والحر يهددان محصول القمح في السهل",
                      "موجة طويلة من الجفاف والحر يهدد محصول القمح في السهل")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: يهددان"
    assert judge_pair("المطر والريح يغلقان الطريق الساحلي",
                      "عاصفة من المطر والريح يغلق الطريق الساحلي أمام السيارات").verdict == "supported"
    # two of a thing are still no one of it
    assert judge_pair("انضم اللاعبان إلى الفريق", "وانضم اللاعب إلى الفريق").verdict != "supported"


def test_a_doubled_verb_after_its_waw_is_the_same_verb():
    said = judge_pair("مدّ الجيش جسرا فوق النهر", "وصلت الوحدة ومدّ الجيش جسرا فوق النهر")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says ومدّ where the claim says مدّ"
    assert judge_pair("شدّ الوزير على يد المزارعين", "زار الوزير السهل وشدّ على يد المزارعين").verdict == "supported"
    assert judge_pair("مرّ وقت الحصاد سريعا في القرية", "انتهى الصيف ومرّ وقت الحصاد سريعا في القرية").verdict == "supported"
    # the و of a listed word is its own letter: "وهو" is no doubled verb
    assert judge_pair("مدّ الجيش جسرا فوق النهر", "وهو الجيش الذي عبر النهر").verdict != "supported"


def test_a_present_of_a_doubled_root_is_its_verb():
    said = judge_pair("ضخ المصرف سيولة في الأسواق", "المصرف المركزي يضخ سيولة في الأسواق")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: ضخ"
    assert judge_pair("المصرف يضخ سيولة في الأسواق", "ضخ المصرف المركزي سيولة في الأسواق").verdict == "supported"
    # the present of a past opening with و is not read so: "يصف" (describes) is no "صفّ" (a row)
    assert judge_pair("صف الطلاب الكتب على الرفوف", "المعلم يصف الكتب على الرفوف").verdict != "supported"
