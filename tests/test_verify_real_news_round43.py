"""What the lead's round-43 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository: round 42's held-out batch 20, now dev) showed the claim checker getting wrong, told again in
our own words: an office the sentence does not give ("رئيس" where it writes a judge or a member), a way in by air
where the sentence says by land, yesterday for the day before, the writer of a play who directed it, a role one
actor plays given to another of the cast, a month's name the sentence writes only as a man's family name, a film
the sentence ranks second told as the first, and a clause's object lent to another clause's subject; and of batch 23,
written as dev during the round and read at once: the two sides of "يرجع X لـY" exchanged where the subject stands
before its verb, the one who asked after the wounded named as the wounded, and "any" nationality where the sentence
names one; and of batch 20 again, what one of two did told of both ("هاجر واحد منهما" / "هاجرا"); and what the same
reading keeps supported."""

from verdicts import verdict_of as _verdict


def test_a_judge_or_a_member_is_not_the_president_of_the_body():
    court = "وأكد قاضي الاستئناف بمحكمة تبوك الشيخ سالم العنزي أن الحكم صدر بعد ثلاث جلسات."
    verdict, reason = _verdict(court, "أكد رئيس محكمة تبوك الشيخ سالم العنزي أن الحكم صدر بعد ثلاث جلسات.")
    assert verdict == "unsupported" and "رئيس محكمة" in reason, reason
    assert _verdict(court, "أكد قاضي الاستئناف بمحكمة تبوك سالم العنزي أن الحكم صدر بعد ثلاث جلسات.")[0] == "supported"
    board = "وقال الأمين العام للاتحاد وعضو مجلس الشورى الدكتور فهد المطيري إن المؤتمر سيعقد في الربيع."
    verdict, reason = _verdict(board, "قال رئيس مجلس الشورى الدكتور فهد المطيري إن المؤتمر سيعقد في الربيع.")
    assert verdict == "unsupported" and "وعضو مجلس" in reason, reason


def test_a_way_in_by_land_is_not_a_way_in_by_air():
    source = "وبحث المحافظ مع الجهات الأمنية خطط منع التهريب عبر المنافذ البرية في المنطقة الشمالية."
    verdict, reason = _verdict(source, "بحث المحافظ خطط منع التهريب عبر المنافذ الجوية.")
    assert verdict == "unsupported" and "المنافذ البرية" in reason, reason
    assert _verdict(source, "بحث المحافظ خطط منع التهريب عبر المنافذ البرية.")[0] == "supported"
    # a noun of a list after "و" is no adjective: "أشجار الزيتون والنخيل" against "النخيل وأشجار الزيتون المثمرة"
    grove = "وتمتد في المزرعة أشجار النخيل وأشجار الزيتون المثمرة على مساحة 40 هكتارا."
    assert _verdict(grove, "تمتد أشجار الزيتون والنخيل على مساحة 40 هكتارا.")[0] == "supported"
    # an adjective further down the noun's chain tells it (the guard's dev 19 and 39 lost such sentences to a first draft)
    final = "وانتهت المباراة بالتعادل 2-2 في الوقتين الأصلي والإضافي قبل أن تحسمها ركلات الترجيح."
    assert _verdict(final, "انتهت المباراة بالتعادل 2-2 في الوقت الإضافي.")[0] == "supported"
    raid = "بدأت الطائرات الحربية الروسية صباح اليوم تنفيذ غارات جوية قرب الحدود."
    assert _verdict(raid, "بدأت الطائرات الروسية تنفيذ غارات جوية قرب الحدود.")[0] == "supported"


def test_yesterday_is_not_the_day_before_yesterday():
    source = "ناقش أمير المنطقة مع مديري الدفاع المدني أمس الأول خطط الطوارئ لموسم الأمطار."
    verdict, reason = _verdict(source, "ناقش أمير المنطقة مع مديري الدفاع المدني أمس خطط الطوارئ.")
    assert verdict == "unsupported" and "امس الاول" in reason, reason
    assert _verdict(source, "ناقش أمير المنطقة أول من أمس خطط الطوارئ لموسم الأمطار.")[0] == "supported"


def test_the_director_of_a_play_did_not_write_it():
    source = "وعرضت الفرقة مسرحية «بيت الجد» من تأليف ماجد السالم وإخراج خالد الراشد على مسرح الجامعة."
    verdict, reason = _verdict(source, "مسرحية «بيت الجد» من تأليف خالد الراشد.")
    assert verdict == "unsupported" and "وإخراج خالد" in reason, reason
    assert _verdict(source, "مسرحية «بيت الجد» من إخراج خالد الراشد.")[0] == "supported"
    assert _verdict(source, "مسرحية «بيت الجد» من تأليف ماجد السالم.")[0] == "supported"


def test_a_role_one_actor_plays_is_not_given_to_another_of_the_cast():
    source = ("والمسلسل من بطولة أحمد السقا، وهند صبري، وكريم محمود عبد العزيز، إضافة إلى الفنانة دنيا سمير غانم، ويقوم "
              "السقا فيه بدور طبيب جراح.")
    verdict, reason = _verdict(source, "تقوم دنيا سمير غانم في المسلسل بدور طبيب جراح.")
    assert verdict == "unsupported" and "السقا" in reason, reason
    # the same actor named by his full name is the one the sentence names by his family name
    assert _verdict(source, "يقوم أحمد السقا في المسلسل بدور طبيب جراح.")[0] == "supported"


def test_a_month_is_not_the_family_name_of_a_man():
    source = "تصدر فيلم «الممر» للفنان محمد رمضان إيرادات دور العرض خلال أيام العيد الماضية."
    verdict, reason = _verdict(source, "تصدر فيلم «الممر» إيرادات دور العرض خلال أيام رمضان الماضية.")
    assert verdict != "supported", reason
    assert _verdict(source, "تصدر فيلم «الممر» للفنان محمد رمضان إيرادات دور العرض.")[0] == "supported"


def test_the_film_ranked_second_did_not_top_the_box_office():
    source = ("تصدر فيلم «ولاد رزق» للفنان أحمد عز إيرادات دور العرض خلال العيد، ويأتي بعده فيلم «كيرة والجن» للفنان "
              "كريم عبد العزيز بثلاثة ملايين جنيه.")
    verdict, reason = _verdict(source, "تصدر فيلم «كيرة والجن» إيرادات دور العرض خلال العيد.")
    assert verdict == "unsupported" and "كيرة" in reason, reason
    assert _verdict(source, "تصدر فيلم «ولاد رزق» إيرادات دور العرض خلال العيد.")[0] == "supported"


def test_one_players_injury_is_not_lent_to_another():
    source = ("وتعرض لاعب الوسط سامي الدوسري لخلع في الكتف خلال المران، فيما تعرض المهاجم فيصل الغامدي في المناورة "
              "لكدمة قوية في الركبة اليمنى.")
    verdict, reason = _verdict(source, "تعرض لاعب الوسط سامي الدوسري لكدمة قوية في الركبة اليمنى.")
    assert verdict == "unsupported" and "لخلع" in reason, reason
    assert _verdict(source, "تعرض المهاجم فيصل الغامدي لكدمة قوية في الركبة اليمنى.")[0] == "supported"


def test_who_must_refer_to_whom_is_not_exchanged():
    source = "وقال نائب رئيس النادي سالم المري: «مجلس الإدارة يجب أن يرجع للجمعية العمومية قبل بيع الأرض»."
    verdict, reason = _verdict(source, "قال سالم المري إن الجمعية العمومية يجب أن ترجع لمجلس الإدارة قبل بيع الأرض.")
    assert verdict == "contradicted" and "role swapped" in reason, reason
    assert _verdict(source, "قال سالم المري إن مجلس الإدارة يجب أن يرجع للجمعية العمومية قبل بيع الأرض.")[0] == "supported"


def test_the_one_who_asked_after_the_wounded_is_not_the_wounded():
    source = "اطمأن قائد الكتيبة الثالثة العقيد سالم الشهري على صحة الجندي المصاب محسن العمري، الذي أصيب خلال دورية."
    verdict, reason = _verdict(source, "اطمأن محسن العمري على صحة الجندي المصاب سالم الشهري.")
    assert verdict == "contradicted" and "role swapped" in reason, reason
    assert _verdict(source, "اطمأن سالم الشهري على صحة الجندي المصاب محسن العمري.")[0] == "supported"


def test_one_nationality_is_not_any():
    source = "وقال عميد شؤون الطلاب فهد العتيبي إن الجامعة تشترط في الطالب المتقدم أن يحمل الجنسية السعودية وشهادة الثانوية."
    verdict, reason = _verdict(source, "قال فهد العتيبي إن الجامعة تشترط في الطالب المتقدم أن يحمل أي جنسية.")
    assert verdict == "unsupported" and "يحمل الجنسية" in reason, reason
    assert _verdict(source, "قال فهد العتيبي إن الجامعة تشترط في الطالب المتقدم أن يحمل الجنسية السعودية.")[0] == "supported"
    # "any" under a negation is none at all: "لم يحقق أي فوز" is told by "لم ينجح في تحقيق الفوز"
    coach = "ولم ينجح المدرب في تحقيق الفوز على الهلال في 12 مواجهة سابقة."
    assert _verdict(coach, "لم يحقق المدرب أي فوز على الهلال في 12 مواجهة.")[0] == "supported"


def test_what_one_of_two_did_both_did_not():
    source = "وروت المسرحية قصة شقيقين نشآ في قرية، حيث هاجر واحد منهما إلى المدينة وأصبح تاجراً، بينما بقي الآخر يرعى الغنم."
    verdict, reason = _verdict(source, "روت المسرحية قصة شقيقين هاجرا إلى المدينة.")
    assert verdict == "unsupported" and "واحد منهما" in reason, reason
    assert _verdict("غادر اللاعبان المعسكر أمس بسبب الإصابة.", "غادر اللاعبان المعسكر أمس.")[0] == "supported"
