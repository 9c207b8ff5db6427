"""What the lead's round-45 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository: round 44's held-out batch 24, now dev) showed the claim checker getting wrong, told again in our
own words: a claim word put in the place of another word of the sentence while linked by its root far away, a former
holder told as a current one, a marriage for a divorce, a count taken from another whole than the sentence's; and, of the
true claims it left unsupported, a date the sentence opens with before its verb and a claim that opens on a noun and a
name ("الشاعر سليم ألف …"). Then round 45's dev batch 27, and older dev rows still wrong: two clubs exchanged about "the
leader", an object the claim takes from another clause where the sentence writes the doer before the verb, a one-word
name in the place of a two-word one; a martyr's death told as a killing, a name read as a verb of opinion ("كيري"), a
cup held on a day, a club's colours defended. And batch 28, written later as dev: a head named by titles before his name,
a name after a noun that the sentence gives another name, a head of a part."""

from akhbar.align import align, analyze
from verdicts import verdict_of as _verdict


def test_a_word_in_the_place_of_the_sentences_own_is_not_told_by_a_root_far_away():
    source = "وقال مدير المشروع إن الشركة صممت الجسر الجديد على شكل قوس، ويبلغ طوله 400 متر."
    # ("دائرة" and "مدير" share their root only: the sentence's shape is an arch)
    verdict, reason = _verdict(source, "صممت الشركة الجسر الجديد على شكل دائرة.")
    assert verdict != "supported" and "قوس" in reason, reason
    assert _verdict(source, "صممت الشركة الجسر الجديد على شكل قوس.")[0] == "supported"


def test_a_former_holder_is_not_a_current_one():
    source = "أكد الخبير سامي رضا، وهو من مفتشي الوكالة السابقين ويعمل حاليا مستشارا للحكومة، أن الاتفاق صعب التطبيق."
    # ("الحاليين" was linked by its root to "حاليا" of the next clause: the slot reading leaves it unlinked)
    verdict, reason = _verdict(source, "سامي رضا من مفتشي الوكالة الحاليين.")
    assert verdict == "unsupported" and "الحاليين" in reason, reason
    assert _verdict(source, "سامي رضا من مفتشي الوكالة السابقين.")[0] == "supported"


def test_a_marriage_is_not_a_divorce():
    source = "نفت المغنية المعروفة علنا تقريرا بأنها وزوجها الذي تزوجته قبل عشر سنوات قررا الطلاق."
    verdict, reason = _verdict(source, "نفت المغنية تقريرا بأنها وزوجها قررا الزواج.")
    assert verdict == "contradicted" and "الطلاق" in reason, reason
    assert _verdict(source, "نفت المغنية تقريرا بأنها وزوجها قررا الطلاق.")[0] == "supported"


def test_a_count_keeps_the_whole_it_is_taken_from():
    source = "أفرجت السلطات أمس عن خمسة عناصر من مقاتلي الحركة، مقابل إطلاق الحركة عددا من عناصر الجيش."
    verdict, reason = _verdict(source, "أفرجت السلطات أمس عن خمسة عناصر من الجيش.")
    assert verdict == "unsupported" and "مقاتلي" in reason, reason
    assert _verdict(source, "أفرجت السلطات أمس عن خمسة عناصر من مقاتلي الحركة.")[0] == "supported"
    # a distance "from" a place is no whole: the sentence may name the place after a head
    distance = "تقع القرية على تل على بعد عشرين كيلومترا من مدينة حلب."
    assert _verdict(distance, "تقع القرية على بعد عشرين كيلومترا من حلب.")[0] == "supported"


def test_a_date_the_sentence_opens_with_is_its_first_verbs():
    source = "في مارس الماضي، وافق البرلمان على خطة الإصلاح الضريبي، وبناء الموازنة في وقت تتوقع فيه الحكومة تباطؤ النمو."
    verdict, reason = _verdict(source, "وافق البرلمان في مارس الماضي على خطة الإصلاح الضريبي.")
    assert verdict == "supported", reason
    # a date of a later clause is still that clause's
    two = "في مارس الماضي، وافق البرلمان على خطة الإصلاح، وفي مايو أقرت الحكومة الميزانية."
    verdict, reason = _verdict(two, "وافق البرلمان في مايو على خطة الإصلاح.")
    assert verdict == "unsupported" and "مارس" in reason, reason


def test_a_claim_that_opens_on_a_noun_and_a_name_has_no_verb_before_its_doer():
    source = "الشاعر الثاني هو سليم الذي ألف قصيدة طويلة عنوانها «الفجر»، وقرأتها حين كنت طالبا."
    verdict, reason = _verdict(source, "الشاعر سليم ألف قصيدة طويلة عنوانها «الفجر».")
    assert verdict == "supported", reason


def test_two_clubs_exchanged_about_the_leader():
    source = "وتعادل الوحدة ثلاث مرات وخسر مرتين في أول عشر جولات ليبتعد بفارق 9 نقاط عن المتصدر الفيصلي."
    verdict, reason = _verdict(source, "ابتعد الفيصلي بفارق 9 نقاط عن المتصدر الوحدة.")
    assert verdict == "contradicted" and "الفيصلي" in reason, reason
    assert _verdict(source, "ابتعد الوحدة بفارق 9 نقاط عن المتصدر الفيصلي.")[0] == "supported"


def test_an_object_of_another_clause_where_the_doer_stands_before_the_verb():
    source = "حاول النادي الأهلي ضم اللاعب لكن الزمالك خطفه منه، في حين أن قرار الاتحاد منع النادي الأهلي من التعاقد مع أي لاعب."
    verdict, reason = _verdict(source, "منع قرار الاتحاد الزمالك من التعاقد مع أي لاعب.")
    assert verdict == "unsupported" and "الزمالك" in reason, reason
    assert _verdict(source, "منع قرار الاتحاد النادي الأهلي من التعاقد مع أي لاعب.")[0] == "supported"


def test_a_one_word_name_in_the_place_of_a_two_word_one_is_set_against_it():
    source = "وأوضح المصدر أن سالم العلي استقال أيضا احتجاجا على اختيار الملا اختر منصور قائدا جديدا للجماعة."
    # (neither word is a name the lists know: the place the claim's word stands in says another)
    assert align(analyze("استقال سالم العلي احتجاجا على اختيار الملا يعقوب قائدا جديدا للجماعة."),
                 analyze(source)).slot_changes == [("يعقوب", "اختر")]
    assert _verdict(source, "استقال سالم العلي احتجاجا على اختيار الملا منصور قائدا جديدا للجماعة.")[0] == "supported"


def test_a_martyrs_death_is_a_killing():
    source = "وتسبب قصف المسلحين للبلدة يوم الخميس في استشهاد 31 مدنيا وإصابة نحو 90 شخصا."
    verdict, reason = _verdict(source, "قتل 31 مدنيا في قصف المسلحين للبلدة.")
    assert verdict == "supported", reason
    assert _verdict(source, "قتل 90 مدنيا في قصف المسلحين للبلدة.")[0] == "contradicted"


def test_a_name_is_no_verb_of_opinion():
    # ("كيري، بعد أن" was read as "يرى … أن", a saying, with "ك" as a preposition)
    source = "وانتقل الضيف عقب الجلسة إلى مقر الحكومة لمقابلة المبعوث جون كيري، بعد أن أنهى جولته."
    verdict, reason = _verdict(source, "انتقل الضيف إلى مقر الحكومة لمقابلة جون كيري.")
    assert verdict == "supported", reason


def test_a_cup_held_on_a_day_is_that_days_cup():
    source = "ويحتاج اللاعب إلى أسبوعين حتى يتعافى، الأمر الذي يضعف فرصة مشاركته في كأس الأبطال في 14 سبتمبر المقبل."
    verdict, reason = _verdict(source, "يقام كأس الأبطال في 14 سبتمبر.")
    assert verdict == "supported", reason
    assert _verdict(source, "يقام كأس الأبطال في 24 سبتمبر.")[0] == "contradicted"


def test_to_defend_a_clubs_colours_is_to_play_for_it():
    source = "وأعلن المهاجم، الذي دافع عن ألوان الهلال في 80 مباراة أحرز خلالها 41 هدفا، رحيله عن النادي."
    verdict, reason = _verdict(source, "لعب المهاجم 80 مباراة مع الهلال.")
    assert verdict == "supported", reason
    assert _verdict(source, "لعب المهاجم 41 مباراة مع الهلال.")[0] == "contradicted"
    assert _verdict(source, "لعب المهاجم 80 مباراة مع النصر.")[0] != "supported"


def test_a_head_named_by_its_titles_is_the_claims_doer():
    source = ("وكان وفد من الكويت قد شارك في افتتاح المعرض الدولي، برئاسة صاحب السمو الشيخ سالم الصباح وزير الثقافة.")
    verdict, reason = _verdict(source, "ترأس الشيخ سالم الصباح وفد الكويت في افتتاح المعرض الدولي.")
    assert verdict == "supported", reason
    assert _verdict(source, "ترأس الشيخ ناصر الصباح وفد الكويت في افتتاح المعرض الدولي.")[0] == "contradicted"
    # (a doer the claim writes last is not read as the one named after the titles)
    assert _verdict(source, "ترأس الوفد الكويتي في افتتاح المعرض الدولي الشيخ ناصر الصباح.")[0] != "supported"


def test_a_name_after_a_noun_is_the_one_the_sentence_writes_there():
    source = "واندلعت موجة البيع في طوكيو ولندن، حيث باع المستثمرون كميات كبيرة خلال دقائق بعد فتح بورصة طوكيو للأسهم."
    verdict, reason = _verdict(source, "باع المستثمرون كميات كبيرة بعد فتح بورصة لندن للأسهم.")
    assert verdict != "supported" and "طوكيو" in reason, reason
    assert _verdict(source, "باع المستثمرون كميات كبيرة بعد فتح بورصة طوكيو للأسهم.")[0] == "supported"


def test_the_head_of_a_part_is_not_the_head_of_the_whole():
    source = "وأوضح الدكتور سامي النمر مدير العيادات الخارجية في مستشفى الملك خالد بالرياض أن عدد المراجعين ارتفع."
    verdict, reason = _verdict(source, "الدكتور سامي النمر مدير مستشفى الملك خالد بالرياض.")
    assert verdict == "unsupported" and "مدير العيادات" in reason, reason
    assert _verdict(source, "الدكتور سامي النمر مدير العيادات الخارجية في مستشفى الملك خالد.")[0] == "supported"
    whole = "وأوضح الدكتور سامي النمر مدير عام مستشفى الملك خالد بالرياض أن عدد المراجعين ارتفع."
    assert _verdict(whole, "الدكتور سامي النمر مدير مستشفى الملك خالد بالرياض.")[0] == "supported"
