"""Round 19 of the generation guard: a prize given a reason nobody stated. Held out 15 and held out 16 each kept a
sentence that joins a prize with a work the article names elsewhere ("نال الجائزة عن روايته …"): the work was borrowed
from the article or found in a neighbouring sentence. The sentences are our own, about made-up people and events."""

from conftest import claim

OBITUARY = ("توفي الشاعر سليم الراعي أمس في مستشفى بمدينة الساحل عن 88 عاماً. ويعد الراعي أول شاعر من بلدته يفوز "
            "بجائزة الأطلس للشعر، وقد نالها عام 1990. وكتب أكثر من عشرين ديواناً، أشهرها أغاني البحر. ومن أشهر "
            "دواوينه أيضاً أغاني البحر وليل المدينة.")


def test_a_work_the_article_names_elsewhere_is_no_reason_for_the_prize():
    # the work borrowed from the article's other sentences, then found in the sentence after the prize's
    assert claim(OBITUARY, "ونال جائزة الأطلس للشعر عام 1990 عن ديوان أغاني البحر.").verdict != "supported"
    assert claim(OBITUARY, "وفاز الراعي بجائزة الأطلس للشعر عن ديوانه أغاني البحر.").verdict != "supported"
    # what the article does say stays supported
    assert claim(OBITUARY, "ونال الراعي جائزة الأطلس للشعر عام 1990.").verdict == "supported"
    assert claim(OBITUARY, "وكتب الراعي أكثر من عشرين ديواناً.").verdict == "supported"


def test_a_deed_of_another_sentence_or_clause_is_no_reason_for_the_medal():
    race = ("وسجلت العداءة منى السالم رقمين قياسيين في السباق الأخير. ونالت منى السالم الميدالية الذهبية لأفضل عداءة "
            "في البطولة.")
    assert claim(race, "ونالت منى السالم الميدالية الذهبية عن رقميها القياسيين.").verdict != "supported"
    assert claim(race, "ونالت منى السالم الميدالية الذهبية لأفضل عداءة في البطولة.").verdict == "supported"
    one = "ونالت منى السالم الميدالية الذهبية لأفضل عداءة في البطولة، فيما سجلت رقمين قياسيين في السباق الأخير."
    assert claim(one, "ونالت منى السالم الميدالية الذهبية عن رقميها القياسيين في السباق الأخير.").verdict != "supported"


def test_a_reason_the_source_gives_with_its_own_word_stays_supported():
    prize = "ونال الراعي جائزة الأطلس عام 1990 عن ديوانه أغاني البحر."
    assert claim(prize, "وفاز الراعي بجائزة الأطلس عن ديوانه أغاني البحر.").verdict == "supported"
    asked = "وطالبت شركة الملاحة بتعويض قدره مليونا دولار عن تضرر حمولة السفينة جراء العاصفة."
    assert claim(asked, "وطالبت شركة الملاحة بتعويض قدره مليونا دولار عن تضرر حمولة السفينة.").verdict == "supported"
    apart = "وطالبت شركة الملاحة بتعويض قدره مليونا دولار. وتضررت حمولة السفينة جراء العاصفة."
    assert claim(apart, "وطالبت شركة الملاحة بتعويض قدره مليونا دولار عن تضرر حمولة السفينة.").verdict != "supported"


def test_the_same_word_after_a_verb_or_before_a_place_is_no_reason():
    # "عن" is a reason only after a prize or a reward: a verb's own "عن" and a distance's are read as before
    assert claim("وحكم الملك عشر سنوات، ثم تنازل عن العرش لابنه عام 1950.",
                 "وتنازل الملك عن العرش لابنه عام 1950.").verdict == "supported"
    assert claim("وأعلنت الوزارة عن مشروع الجسر في مايو 2015، وبدأ العمل فيه بعد عام.",
                 "وأعلنت الوزارة عن مشروع الجسر في مايو 2015.").verdict == "supported"
    assert claim("ويقع المعرض على بعد 30 كيلومتراً عن العاصمة.", "ويبعد المعرض 30 كيلومتراً عن العاصمة.").verdict == "supported"


def test_left_without_shelter_is_displaced():
    fire = "وأودى الحريق بحياة 12 شخصاً، وشرّد نحو ألف من سكان الحي."
    assert claim(fire, "وبات نحو ألف من سكان الحي بلا مأوى.").verdict == "supported"
    assert claim(fire, "وأصبح نحو ألف من سكان الحي دون مأوى.").verdict == "supported"
    assert claim(fire, "وبات نحو خمسة آلاف من سكان الحي بلا مأوى.").verdict != "supported"
    assert claim(fire, "وبات نحو ألف من سكان المدينة بلا مأوى.").verdict != "supported"


def test_a_cancellation_by_its_noun_or_its_verb():
    # ("ألغت" has no root the tables know: the noun met it only as a denial the sentence lacked, and was replaced)
    source = "وبعد انتهاء التحقيق ألغت البلدية عقد تشغيل الميناء مع الشركة."
    assert claim(source, "وجاء إلغاء العقد بعد انتهاء التحقيق.").verdict == "supported"
    assert claim(source, "وجاء تمديد العقد بعد انتهاء التحقيق.").verdict != "supported"
