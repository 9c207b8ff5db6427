"""What the lead's round-35 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository) showed the claim checker getting wrong, told again in our own words: a list that gives each
name its own office or its own title, a person's nationality against the one he acquired, a paper whose name is a
common word, the party a verb carrying its object's pronoun names as its doer, the object of a deed the speaker tells
as his own, a year of the deed after "كما", a span of days read as the event, and the party a deed was done for read
as its doer. Every false claim here was "supported" before (0.61 to 0.97)."""

from akhbar import verify


def _verdict(source: str, claim: str) -> tuple[str, str]:
    c = verify(source, claim).claims[0]
    return c.verdict, c.reason


def test_a_list_gives_each_name_its_own_office():
    # Names no list knows: the office is the one written right after each name.
    source = "افتتح المعرض بحضور أنطونيو ريفاس وزير الثقافة الإسباني وماركو بيلي الأمين العام لاتحاد الناشرين."
    verdict, reason = _verdict(source, "افتتح المعرض بحضور ماركو بيلي وزير الثقافة الإسباني.")
    assert verdict != "supported" and reason == "the source gives that office to ريفاس, not بيلي"
    assert _verdict(source, "افتتح المعرض بحضور أنطونيو ريفاس وزير الثقافة الإسباني.")[0] == "supported"
    assert _verdict(source, "افتتح المعرض بحضور ماركو بيلي الأمين العام لاتحاد الناشرين.")[0] == "supported"


def test_a_list_gives_each_team_its_own_title():
    source = "يواجه النصر بطل الدوري، والأهلي بطل الكأس، مساء الجمعة في مباراة السوبر."
    verdict, reason = _verdict(source, "يواجه النصر بطل الكأس والأهلي بطل الدوري في مباراة السوبر.")
    assert verdict != "supported" and "الدوري" in reason and "الكأس" in reason
    # the same pairs in another order are what the source says
    assert _verdict(source, "يواجه الأهلي بطل الكأس والنصر بطل الدوري في مباراة السوبر.")[0] == "supported"


def test_a_mans_own_nationality_is_not_the_one_he_acquired():
    source = "تعاقد النادي مع المهاجم البرازيلي رونالدو سيلفا الذي حصل على الجنسية البرتغالية العام الماضي."
    verdict, reason = _verdict(source, "حصل البرتغالي رونالدو سيلفا على الجنسية البرتغالية.")
    assert verdict != "supported" and "البرازيلي" in reason
    assert _verdict(source, "حصل رونالدو سيلفا على الجنسية البرازيلية.")[0] != "supported"
    assert _verdict(source, "حصل رونالدو سيلفا على الجنسية البرتغالية.")[0] == "supported"


def test_a_papers_name_that_is_a_common_word_is_still_its_name():
    # "الأيام" (the paper) linked to "أيام" (days) of "قبل أيام": another paper than the one the source names.
    source = "أوقفت الوزارة قبل أيام صحيفة الوطن عن الصدور لمخالفتها أنظمة النشر."
    verdict, reason = _verdict(source, "أوقفت الوزارة صحيفة الأيام عن الصدور.")
    assert verdict != "supported" and "الوطن" in reason
    assert _verdict(source, "أوقفت الوزارة صحيفة الوطن عن الصدور.")[0] == "supported"


def test_the_doer_after_a_verb_carrying_its_objects_pronoun():
    # "هجوم نفذه مسلحون": the gunmen carried out the attack; the guard was hurt in it.
    source = "أصيب حارس بجروح في هجوم نفذه مسلحون على مصرف في البلدة."
    verdict, reason = _verdict(source, "نفذ حارس هجوماً على مسلحين في البلدة.")
    assert verdict != "supported" and reason == "the source tells it of مسلحون, not حارس"
    assert _verdict(source, "نفذ مسلحون هجوماً على مصرف في البلدة.")[0] == "supported"


def test_the_speakers_own_deed_keeps_its_object():
    # "أنه سلم خالد": the speaker (سالم) handed it over, خالد received it.
    source = "وأوضح سالم أنه سلم خالد الرسالة قبل الاجتماع."
    verdict, reason = _verdict(source, "سلم خالد سالم الرسالة.")
    assert verdict != "supported" and reason == "the source tells it of سالم, not خالد"
    assert _verdict(source, "سلم سالم خالد الرسالة.")[0] == "supported"


def test_a_year_of_the_deed_after_kama_is_not_the_first_deeds():
    # "كما أصدرت في 2018": another deed of the same doer, with its own year.
    source = "منعت البلدية البناء على الشاطئ عام 2010 كما أصدرت في 2018 لائحة تنظم المقاهي."
    verdict, reason = _verdict(source, "منعت البلدية البناء على الشاطئ عام 2018.")
    assert verdict == "contradicted" and "2018" in reason and "2010" in reason
    assert _verdict(source, "منعت البلدية البناء على الشاطئ عام 2010.")[0] == "supported"
    assert _verdict(source, "أصدرت البلدية عام 2018 لائحة تنظم المقاهي.")[0] == "supported"


def test_after_a_span_of_days_is_still_after():
    # "بعد 20 يوماً على انطلاق الإضراب": the talks came after the strike began; "يوماً" is the span, not the event.
    source = "بدأت المحادثات بعد 20 يوماً على انطلاق الإضراب في المصانع."
    verdict, reason = _verdict(source, "بدأت المحادثات قبل انطلاق الإضراب في المصانع.")
    assert verdict == "contradicted" and "قبل" in reason and "بعد" in reason
    assert _verdict(source, "بدأت المحادثات بعد انطلاق الإضراب في المصانع.")[0] == "supported"


def test_the_party_a_deed_was_done_for_is_not_its_doer():
    source = "نجحت الإدارة في بيع عقد المهاجم لنادي الريان مقابل مليون ريال."
    verdict, reason = _verdict(source, "نجح نادي الريان في بيع عقد المهاجم.")
    assert verdict != "supported" and "لنادي" in reason
    assert _verdict(source, "نجحت الإدارة في بيع عقد المهاجم لنادي الريان.")[0] == "supported"


def test_ready_to_resume_is_not_resumed():
    source = "أعلنت الشركة أنها مستعدة لاستئناف تصدير القمح إلى مصر فور توقيع العقد."
    verdict, reason = _verdict(source, "استأنفت الشركة تصدير القمح إلى مصر.")
    assert verdict != "supported" and "مستعدة" in reason
    assert _verdict(source, "أعلنت الشركة أنها مستعدة لاستئناف تصدير القمح إلى مصر.")[0] == "supported"


def test_a_spokesman_speaks_for_his_own_body():
    # The model covered the rest of the claim; the body after "باسم" is the one fact changed.
    source = "وقال سامر الخطيب المتحدث باسم الشرطة إن المحتجين أغلقوا الطريق الرئيسي عند مدخل المدينة."
    verdict, reason = _verdict(source, "قال سامر الخطيب المتحدث باسم الجيش إن المحتجين أغلقوا الطريق عند مدخل المدينة.")
    assert verdict != "supported" and reason == "the source's speaker speaks for الشرطة, not الجيش"
    assert _verdict(source, "قال سامر الخطيب المتحدث باسم الشرطة إن المحتجين أغلقوا الطريق عند مدخل المدينة.")[0] \
        == "supported"


def test_two_bodies_of_one_kind_exchanged():
    source = "قررت بلدية العين تزويد بلدية الظفرة بالمياه خلال الصيف."
    verdict, reason = _verdict(source, "قررت بلدية الظفرة تزويد بلدية العين بالمياه.")
    assert verdict != "supported" and reason == "the source writes العين there, where the claim says الظفرة: the two exchanged"
    assert _verdict(source, "قررت بلدية العين تزويد بلدية الظفرة بالمياه.")[0] == "supported"
    # an ordering word tells the same pairs from the other end
    assert _verdict("وصل الوفد السعودي إلى بغداد قبل الوفد الكويتي.", "وصل الوفد الكويتي إلى بغداد بعد الوفد السعودي.")[0] \
        == "supported"


def test_a_reader_named_with_his_title_is_the_verbs_own_doer():
    # guard44's TRUST BUG of round 35: a family name no list knows, linked in the clause before, was the reader.
    source = "ولم يسافر العمري إلى باريس لتسلم الوسام، فتسلمته حفيدته نيابة عنه، وقرأ الناقد سامي يوسف رسالته في الحفل."
    verdict, reason = _verdict(source, "وقرأ العمري رسالته في الحفل.")
    assert verdict != "supported" and reason == "the source tells it of الناقد, not العمري"
    assert _verdict(source, "وقرأ سامي يوسف رسالته في الحفل.")[0] == "supported"
