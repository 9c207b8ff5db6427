"""What the lead's round-41 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository: round 40's held-out batch 17, and the two false claims the older dev batches still had
supported) showed the claim checker getting wrong, told again in our own words: a capital naming an airport taken for
the country of the dateline, the sayer's own deed ("إنها ستنشر") given to another, a deed sure only under a condition,
an accusation whose voice the letters do not show, a meeting held in a place the lists lack; and of batch 19, written as
dev during the round and read at once: a deed only got ready for, the one who told it taken for the doer, a place
the sentence is far from, a length given as a height, "after" read as "before" past a span's adjective, one program's
length lent to another, a list's count whose unit is left unsaid, a name taken from another telling of its title; and
guard50's round-41 TRUST BUGS, the injured counted as the dead and the one ordered told as the one who orders (every
false claim here was "supported" before); and what the same reading keeps supported."""

from verdicts import verdict_of as _verdict


def test_a_capital_that_names_an_airport_is_not_the_country_of_the_dateline():
    source = "السودان – وصلت صباح اليوم طائرة المساعدات الثالثة إلى مطار بورتسودان الدولي وعلى متنها أدوية."
    verdict, reason = _verdict(source, "وصلت طائرة المساعدات الثالثة إلى مطار الخرطوم الدولي.")
    assert verdict != "supported", reason
    assert _verdict(source, "وصلت طائرة المساعدات الثالثة إلى مطار بورتسودان الدولي.")[0] == "supported"


def test_the_sayers_own_deed_is_not_given_to_another():
    source = "وقالت الهيئة إنها ستنشر المعايير الجديدة في مارس، ما يلزم المصارف بتحديث أنظمتها قبل الصيف."
    verdict, reason = _verdict(source, "قالت الهيئة إن المصارف ستنشر المعايير الجديدة.")
    assert verdict == "unsupported" and "المصارف" in reason, reason
    assert _verdict(source, "قالت الهيئة إنها ستنشر المعايير الجديدة في مارس.")[0] == "supported"


def test_a_deed_sure_only_under_a_condition_is_not_told_as_sure():
    source = "وأوضح الوزير أن الرسوم الجمركية سترتفع بنسبة كبيرة إذا ما رفضت الشركات الاتفاق."
    verdict, reason = _verdict(source, "قال الوزير إن الرسوم الجمركية سترتفع.")
    assert verdict == "unsupported" and "إذا" in reason, reason
    assert _verdict(source, "قال الوزير إن الرسوم الجمركية سترتفع إذا رفضت الشركات الاتفاق.")[0] == "supported"
    # a condition of the next clause ("وإنها قادرة … إذا") sets none on the first
    kept = "وقال الرئيس إن بلاده ستحتفظ بقاعدتيها الجويتين بشكل دائم، وإنها قادرة على الرد مجددا إذا عاد المسلحون."
    assert _verdict(kept, "قال الرئيس إن بلاده ستحتفظ بقاعدتيها الجويتين بشكل دائم.")[0] == "supported"


def test_an_accused_is_not_told_as_the_accuser():
    source = "وعزل المحافظ من منصبه عام 2009 بعد خلافه مع الوزير واتهم لاحقا بالرشوة وتبديد المال العام."
    verdict, reason = _verdict(source, "اتهم المحافظ الوزير بالرشوة.")
    assert verdict == "unsupported" and "بالرشوة" in reason, reason
    # the accuser and the accused both written: the sentence says who accused whom
    assert _verdict("اتهمت النيابة المحافظ بالرشوة وتبديد المال العام.", "اتهمت النيابة المحافظ بالرشوة.")[0] == "supported"


def test_a_meeting_held_in_a_place_the_lists_lack():
    source = "وكشفت المنظمة خلال مؤتمر عقد أمس في نيامي عن خطة لتطعيم الأطفال في المخيمات الواقعة بتشاد."
    verdict, reason = _verdict(source, "كشفت المنظمة خلال مؤتمر في تشاد عن خطة لتطعيم الأطفال.")
    assert verdict == "unsupported" and "نيامي" in reason, reason
    assert _verdict(source, "كشفت المنظمة خلال مؤتمر في نيامي عن خطة لتطعيم الأطفال.")[0] == "supported"


def test_a_deed_only_got_ready_for_is_not_told_done():
    source = "تستعد وزارة الصحة لإطلاق أكبر حملة تطعيم بالتعاون مع 3 جهات حكومية."
    verdict, reason = _verdict(source, "أطلقت وزارة الصحة حملة تطعيم.")
    assert verdict == "unsupported" and "تستعد" in reason, reason
    assert _verdict(source, "تستعد وزارة الصحة لإطلاق حملة تطعيم.")[0] == "supported"


def test_the_one_who_told_it_is_not_the_doer():
    source = "توفي العالم اللغوي الدكتور منير زهران (88 عاما)، أمس، ويدفن في قريته بولاية نهر النيل، حسب ما أكده الشاعر رؤوف شحاتة."
    verdict, reason = _verdict(source, "توفي الشاعر رؤوف شحاتة أمس.")
    assert verdict == "unsupported" and "حسب" in reason, reason
    assert _verdict(source, "توفي منير زهران أمس.")[0] == "supported"


def test_a_place_the_sentence_is_far_from():
    source = "فندقه البعيد عن وسط المدينة يطل على جبال الأطلس، ويضم ملعب غولف بـ9 حفر."
    verdict, reason = _verdict(source, "يقع الفندق في وسط المدينة.")
    assert verdict != "supported" and "البعيد" in reason, reason


def test_a_length_is_not_a_height():
    source = "وأقامت البلدية جدارية بطول 30 مترا وارتفاع 3 أمتار تنافس عليها الطلاب في الرسم."
    verdict, reason = _verdict(source, "بلغ ارتفاع الجدارية 30 مترا.")
    assert verdict != "supported" and "طول" in reason, reason
    assert _verdict(source, "بلغ طول الجدارية 30 مترا.")[0] == "supported"


def test_after_a_few_years_is_not_before():
    source = "وبينت دراسات أن نحو 60 % من الممثلين يعانون الاكتئاب بعد سنوات قليلة من تقاعدهم."
    verdict, reason = _verdict(source, "يعاني الممثلون الاكتئاب قبل تقاعدهم.")
    assert verdict == "contradicted" and "قبل" in reason, reason
    assert _verdict(source, "يعاني الممثلون الاكتئاب بعد تقاعدهم.")[0] == "supported"


def test_each_program_keeps_its_own_length():
    source = "ويطرح المعهد شهادة دكتوراه مدتها عام في الهندسة، وماجستير مدته عامان في الرياضيات."
    for claim in ("يطرح المعهد شهادة دكتوراه مدتها عامان في الهندسة.", "يطرح المعهد ماجستير مدته عام في الرياضيات."):
        verdict, reason = _verdict(source, claim)
        assert verdict == "unsupported" and "length" in reason, (claim, reason)
    assert _verdict(source, "يطرح المعهد ماجستير مدته عامان في الرياضيات.")[0] == "supported"


def test_a_list_count_whose_unit_is_left_unsaid():
    source = "وسجلت تبوك أمس 41 درجة مئوية وحائل 38، كما سجلت أبها 29 درجة مئوية وجازان 36 والطائف 35."
    verdict, reason = _verdict(source, "سجلت جازان 29 درجة مئوية.")
    assert verdict != "supported", reason
    # a place after a count names the list's next item, never what the count counts: the true count is not
    # "contradicted" by another place's
    assert _verdict(source, "سجلت جازان 36 درجة مئوية.")[0] != "contradicted"


def test_a_name_taken_from_another_telling_of_its_title():
    source = ("وقد زار البابا إيرينيوس الثالث الدير القديم في عام 1985، وقرر البابا ماكسيموس في الشتاء الماضي ترميم الدير"
              " ابتداء من يناير المقبل.")
    verdict, reason = _verdict(source, "زار البابا ماكسيموس الدير القديم في عام 1985.")
    assert verdict == "unsupported" and "ماكسيموس" in reason, reason
    assert _verdict(source, "قرر البابا ماكسيموس ترميم الدير.")[0] == "supported"


def test_the_injured_are_not_counted_as_the_dead():
    source = "وأودى الزلزال بحياة 310 أشخاص، وأصاب نحو 4100 آخرين."
    verdict, reason = _verdict(source, "وقتل الزلزال نحو 4100 شخص.")
    assert verdict == "unsupported" and "injured" in reason, reason
    assert _verdict(source, "أصاب الزلزال نحو 4100 شخص.")[0] == "supported"


def test_the_one_ordered_is_not_the_one_who_orders():
    source = "واستدعى الرئيس وزير الدفاع، وأمره الرئيس بإغلاق المعسكر الشمالي."
    verdict, reason = _verdict(source, "وأمر وزير الدفاع بإغلاق المعسكر الشمالي.")
    assert verdict == "unsupported" and "الرئيس" in reason, reason
    assert _verdict(source, "أمر الرئيس بإغلاق المعسكر الشمالي.")[0] == "supported"
