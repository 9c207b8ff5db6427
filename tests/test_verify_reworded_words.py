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


def test_news_words_of_one_meaning_arabic_wordnet_lacks():
    """Words a headline says one way and another headline another, read off ANS-train agree pairs (round 19): a
    title won is a crowning, a dwindling is a fall, a protest at a decision is a reply to it, an involvement either
    word. Each was the one word the aligner could not link."""
    said = judge_pair("الفيلم يفوز بأربع جوائز في المهرجان", "الفيلم يتوج بأربع جوائز في المهرجان")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says يتوج where the claim says يفوز"
    said = judge_pair("تضاؤل عجز ميزان التجارة في الجزيرة", "انخفاض عجز ميزان التجارة في الجزيرة")
    assert said.verdict == "supported", said.reason
    said = judge_pair("اعتصام في الميناء ردا على قرار البلدية", "اعتصام في الميناء احتجاجا على قرار البلدية")
    assert said.verdict == "supported", said.reason
    said = judge_pair("توقيف ثلاثة رجال يشتبه بتورطهم في سرقة المتحف",
                      "توقيف ثلاثة رجال يشتبه في ضلوعهم بسرقة المتحف")
    assert said.verdict == "supported", said.reason
    # a move the other way is still an opposite, whichever word of the group says it
    assert judge_pair("تضاؤل عجز ميزان التجارة", "ارتفاع عجز ميزان التجارة").verdict == "contradicted"
    assert judge_pair("الفيلم يفوز بالجائزة الكبرى", "الفيلم يخسر الجائزة الكبرى").verdict == "contradicted"


def test_a_word_is_linked_to_its_own_family_before_a_synonym_of_it():
    """A claim telling two things, each in a word of one synonym group ("انخفاض" / "تضاؤل"), against a sentence
    writing each word's own family: each claim word is the sentence's word of its own root, not the synonym of the
    other thing. Before, both took the sentence's "تضاءل" (a synonym link outranked the root link), and the reason
    named the wrong word (round 19, verify27)."""
    said = judge_pair("انخفاض أسعار القمح مع تضاؤل المخزون في الموانئ",
                      "انخفضت أسعار القمح في حين تضاءل المخزون في الموانئ")
    assert said.verdict == "supported", said.reason
    assert "انخفاض = انخفضت" in said.reason, said.reason  # was "انخفاض = تضاءل"
    said = judge_pair("تضاؤل عدد الزوار وانخفاض دخل الفنادق", "تضاءل عدد الزوار في الجزيرة وانخفض دخل الفنادق")
    assert "وانخفاض = وانخفض" in said.reason, said.reason  # was "وانخفاض = تضاءل"
    # with no word of its own family in the sentence, the group still links it
    said = judge_pair("انخفاض المخزون في الموانئ", "تضاءل المخزون في الموانئ")
    assert said.verdict == "supported" and "انخفاض = تضاءل" in said.reason, said.reason


def test_a_price_that_recovers_rises():
    """"يتعافى" said of a price is its rise (round 19, verify27: an ANS-train agree pair). A claim saying both words,
    of two things, keeps each on the sentence's word of its own root; a fall is still no recovery."""
    said = judge_pair("ارتفاع سعر القطن في السوق الأسبوعية", "سعر القطن يتعافى في السوق الأسبوعية")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: ارتفاع"
    said = judge_pair("ارتفاع القطن وتعافي الجنيه", "القطن يرتفع وتعافي الجنيه يحد من مكاسبه")
    assert said.verdict == "supported" and "ارتفاع = يرتفع" in said.reason, said.reason
    assert judge_pair("انخفاض سعر القطن في السوق الأسبوعية",
                      "سعر القطن يتعافى في السوق الأسبوعية").verdict == "contradicted"


def test_a_worry_is_a_fear_and_a_need_is_needing():
    """Two rewordings read off ANS-train agree pairs (round 20), each found in no disagree pair."""
    said = judge_pair("المزارعون قلقون من موجة الجفاف المقبلة", "المزارعون يخشون موجة الجفاف المقبلة")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says يخشون where …"
    said = judge_pair("القرية بحاجة إلى مدرسة جديدة", "القرية تحتاج إلى مدرسة جديدة")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: بحاجة"
    # the worry is still the claim's own where the sentence tells hope
    assert judge_pair("المزارعون قلقون من موجة الجفاف المقبلة", "المزارعون يأملون موجة مطر مقبلة").verdict != "supported"


def test_a_doubled_root_verbal_noun_is_its_present():
    # "استمرار" / "يستمر" (form X of مرر): the verbal noun writes the root's last letter twice, the present once; with a
    # clitic on the noun ("واستمرار") neither its stem nor its letters met the present (round 21)
    said = judge_pair("هدوء في الميناء واستمرار الإضراب", "الإضراب يستمر في الميناء بهدوء")
    assert said.verdict == "supported" and "واستمرار = يستمر" in said.reason, said.reason
    assert judge_pair("صعود اليورو واستقرار سعر الفضة", "الفضة تتهاوى مع صعود اليورو").verdict == "contradicted"
