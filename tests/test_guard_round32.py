"""Round 32 (guard41) of the generation guard, in our own words (a made-up league final, library, airport, bridge, port,
storm, novelist and share sale): dev 28's two false "supported" — a claim's ordinal met by a month's name, a superlative's
scope taken from another sentence — and the true sentences it dropped or replaced for one framing word."""

from conftest import claim

FINAL = ("تُوّج فريق الوادي بلقب الدوري مساء الأحد 18 ديسمبر/كانون الأول، بعد فوزه على فريق الجبل بركلات الترجيح إثر "
         "تعادل 2-2 على استاد الميناء. وسجل المهاجم سامر العلي هدفين للفريق، فيما أحرز زميله هدفاً في المباراة ليصبح "
         "ثاني لاعب يسجل في النهائي.")
LIBRARY = ("وتعد المكتبة الأكبر في المنطقة الشمالية، فيما تتسع القاعة لمئات القراء. ويقع في الحي نفسه أعلى جسر معلق "
           "في آسيا.")


def test_a_rank_the_source_does_not_give_is_not_supported():
    # the final was at the port stadium; "المباراة الأولى" (the first match) met the month's "كانون الأول" and the next
    # sentence's "المباراة" (dev 28: "وأقيمت المباراة الأولى على استاد لوسيل" kept, the opening match was elsewhere)
    assert claim(FINAL, "وأقيمت المباراة الأولى على استاد الميناء.").verdict != "supported"
    # the match the sentences tell is still supported there, and the date by its month's two names
    assert claim(FINAL, "وأقيمت المباراة على استاد الميناء.").verdict == "supported"


def test_a_superlatives_scope_is_its_own_sentences():
    # the library is the largest of the northern region; "آسيا" is the bridge's, another sentence's (dev 28: "وتعد
    # الكاتدرائية الأكبر في أفريقيا" kept, "أفريقيا" the tower's)
    c = claim(LIBRARY, "وتعد المكتبة الأكبر في آسيا.")
    assert c.verdict != "supported" and "المنطقة الشمالية" in c.reason
    assert claim(LIBRARY, "وتعد المكتبة الأكبر في المنطقة الشمالية.").verdict == "supported"


def test_words_that_only_frame_what_the_sentence_tells():
    # "وتعد هذه" = "وهذه"; "استغرق … أربع سنوات" = "بعد أربع سنوات"; "أصدر … أمراً ببدء" = "أمر ببدء"; "ستظل" = "ستبقى";
    # each was "no evidence for" its framing word alone; the same sentence with a wrong rank, count or side is not kept
    trip = "وهذه أول رحلة تجارية تنطلق من المطار الجديد منذ افتتاحه."
    assert claim(trip, "وتعد هذه أول رحلة تجارية تنطلق من المطار الجديد منذ افتتاحه.").verdict == "supported"
    assert claim(trip, "وتعد هذه ثالث رحلة تجارية تنطلق من المطار الجديد منذ افتتاحه.").verdict == "contradicted"
    bridge = "افتتحت البلدية الجسر الجديد بعد أربع سنوات من بدء أعمال البناء."
    assert claim(bridge, "واستغرق بناء الجسر الجديد أربع سنوات.").verdict == "supported"
    assert claim(bridge, "واستغرق بناء الجسر الجديد سبع سنوات.").verdict == "contradicted"
    # a span counted from the claim's subject tells nothing of how long it lasted, neither for nor against
    storm = "ووصلت فرق الإغاثة إلى القرية بعد يومين من العاصفة."
    assert claim(storm, "ودامت العاصفة يومين.").verdict == "unsupported"
    assert claim(storm, "ودامت العاصفة أربعة أيام.").verdict == "unsupported"
    port = "زار المحافظ الميناء صباح الأحد، وأمر ببدء توسيع الرصيف الشرقي."
    assert claim(port, "وأصدر المحافظ خلال الزيارة أمراً ببدء توسيع الرصيف الشرقي.").verdict == "supported"
    assert claim(port, "وأصدر المحافظ خلال الزيارة أمراً ببدء توسيع الرصيف الغربي.").verdict != "supported"
    parks = "وأكدت البلدية أن الحدائق العامة ستبقى مفتوحة خلال أيام العيد."
    assert claim(parks, "وأكدت البلدية أن الحدائق العامة ستظل مفتوحة خلال أيام العيد.").verdict == "supported"
    assert claim(parks, "وأكدت البلدية أن الحدائق العامة ستظل مغلقة خلال أيام العيد.").verdict != "supported"
    # "طوال" (throughout) is no name set against the ship's (dev 28: a true sentence replaced as "name طوال ≠ غيفن")
    ship = "أعلنت الهيئة أمس نجاح تعويم السفينة سيلفر ستار، بعد ستة أيام من جنوحها وإغلاقها المجرى الملاحي بالكامل."
    c = claim(ship, "وأغلقت السفينة المجرى الملاحي بالكامل طوال تلك المدة.")
    assert c.verdict != "contradicted" and "طوال" not in c.reason


def test_another_of_two_and_a_prize_got():
    # "عاصفة أخرى" (another storm) is the source's "عاصفة ثانية" (dev 28: "زلزال آخر" / "زلزال ثانٍ", dropped as a
    # change the checker cannot name); "تحصل على الجائزة" is "تفوز بالجائزة" (dev 28: "يحصل" / "يفوز")
    storms = "ضربت عاصفة قوية الساحل فجر السبت. وبعد نحو ست ساعات ضربت عاصفة ثانية بقوة أقل المنطقة نفسها."
    assert claim(storms, "وبعد نحو ست ساعات ضربت المنطقة عاصفة أخرى بقوة أقل.").verdict == "supported"
    assert claim(storms, "وبعد نحو عشر ساعات ضربت المنطقة عاصفة أخرى بقوة أقل.").verdict == "contradicted"
    prize = "وتعد الروائية سلمى الحسن أول كاتبة من المدينة تفوز بجائزة الرواية العربية."
    assert claim(prize, "وصارت سلمى الحسن أول كاتبة من المدينة تحصل على جائزة الرواية العربية.").verdict == "supported"
    assert claim(prize, "وصارت سلمى الحسن أول كاتبة من المدينة تحصل على جائزة الشعر العربي.").verdict != "supported"


PLAN = "ويأتي بناء الميناء الجديد ضمن أهداف رؤية المدينة 2040 لتنويع مصادر الدخل."
SALE = ("ومن أبرز ما تضمنته الخطة تطوير الموانئ، وطرح جزء من أسهم شركة سامسونغ للاكتتاب في الخارج، وهو ما تم في مايو "
        "2020 في سوق الأسهم السعودية.")


def test_a_plans_year_and_a_markets_adjective_are_no_slot_of_the_deed():
    # "رؤية المدينة 2040" names a plan: its year is no date of the port's building, neither support for 2040 nor a
    # rival of another year (dev 28: "وطُرحت أسهم أرامكو في ديسمبر 2019" replaced, "year 2019 ≠ 2030")
    assert claim(PLAN, "وبُني الميناء الجديد عام 2040.").verdict != "supported"
    assert claim(PLAN, "وافتُتح الميناء الجديد في مارس 2021.").verdict != "contradicted"
    # "السعودية" of "سوق الأسهم السعودية" is the market's adjective, no doer of the clause that dates the sale
    assert claim(SALE, "وطُرحت أسهم سامسونغ في مايو 2020.").verdict == "supported"
    assert claim(SALE, "وطُرحت أسهم سامسونغ في مايو 2018.").verdict == "contradicted"
