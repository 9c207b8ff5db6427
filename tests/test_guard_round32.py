"""Round 32 (guard41) of the generation guard, in our own words (a made-up league final, library, port and share sale):
dev 28's two false "supported" — a claim's ordinal met by a month's name, a superlative's scope taken from another
sentence — and a plan's year or a market's adjective read as a slot of the deed (true sentences replaced)."""

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
