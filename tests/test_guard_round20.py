"""Round 20 of the generation guard: held out 16's two true sentences replaced, held out 17's two false ones kept.
The sentences are our own, about made-up places, companies and events."""

from conftest import claim


def test_a_nouns_own_pronoun_is_no_name_put_first():
    # "دويه" is the blast's sound, not the island's: the harbour and the island keep their places
    source = "هز انفجار كبير مرفأ اللاذقية مساء أمس الخميس، وسُمع دويه في جزيرة قبرص."
    assert claim(source, "سُمع دوي انفجار مرفأ اللاذقية في جزيرة قبرص.").verdict == "supported"
    assert claim(source, "سُمع دوي انفجار مرفأ قبرص في جزيرة اللاذقية.").verdict == "contradicted"
    factory = "هز انفجار كبير مصنعاً في حمص مساء أمس الخميس، وسُمع دويه في مدينة حماة."
    assert claim(factory, "سُمع دوي انفجار مصنع حمص في مدينة حماة.").verdict == "supported"
    assert claim(factory, "سُمع دوي انفجار مصنع حماة في مدينة حمص.").verdict == "contradicted"


def test_a_date_another_sentence_gives_the_claims_deed_contradicts_nothing():
    source = ("وفي عام 2016 حصلت شركة ديلمون ترانس المصرية على عقد لاستخراج الملح من سبخة الرمال مدة 30 عاماً، تحصل "
              "الشركة بموجبه على نصف الإنتاج.\nوفي عام 2018 وقعت البلدية مع الشركة نفسها عقداً لإدارة ميناء الصيادين "
              "مدة 20 عاماً.")
    # the signing is the second contract's, told in 2018: not the first one's year changed
    assert claim(source, "وكان العقد قد وُقع عام 2018 مع شركة ديلمون ترانس المصرية.").verdict != "contradicted"
    # a year no sentence gives, and the first contract's deed with the second one's year, still contradict
    assert claim(source, "وكان العقد قد وُقع عام 2015 مع شركة ديلمون ترانس المصرية.").verdict == "contradicted"
    assert claim(source, "وحصلت شركة ديلمون ترانس المصرية على عقد استخراج الملح عام 2018.").verdict == "contradicted"


def test_a_clause_of_its_own_names_another_company():
    source = ("وتبلغ الناقلة 300 متر طولاً، وتملكها شركة زيمار اليونانية وتشغلها شركة ديلمون المصرية.")
    assert claim(source, "وتملك الناقلة شركة ديلمون المصرية.").verdict == "contradicted"
    assert claim(source, "وتشغل الناقلة شركة زيمار اليونانية.").verdict == "contradicted"
    assert claim(source, "وتملك الناقلة شركة زيمار اليونانية.").verdict == "supported"
    assert claim(source, "وتتولى تشغيلها شركة ديلمون المصرية.").verdict == "supported"


def test_the_morning_of_a_day_is_not_its_evening():
    from akhbar import EvidenceSentence
    from akhbar.verify import check_claim

    def verdict(text: str) -> str:
        sentence = "افتتح الوزير مساء أمس الأحد جسر الوادي الجديد في مدينة الساحل."
        return check_claim(text, [EvidenceSentence(sentence, published="2024-03-11")]).verdict

    assert verdict("وافتتح الوزير الجسر صباح الأحد.") == "contradicted"
    assert verdict("وافتتح الوزير الجسر فجر الأحد.") == "contradicted"
    assert verdict("وافتتح الوزير الجسر مساء الأحد.") == "supported"
    assert verdict("وافتتح الوزير الجسر يوم الأحد.") == "supported"


def test_which_event_came_first():
    source = "وجاءت استقالة المدير بعد احتجاجات العمال في المصنع وإضراب دام أسبوعاً."
    # "سبقتها" (preceded it): the protests came first, as the source says; "تلتها" (followed it) and "قبل" say otherwise
    assert claim(source, "وسبقتها احتجاجات العمال في المصنع وإضراب دام أسبوعاً.").verdict == "supported"
    assert claim(source, "وجاءت استقالة المدير بعد احتجاجات العمال في المصنع.").verdict == "supported"
    assert claim(source, "وتلتها احتجاجات العمال في المصنع وإضراب دام أسبوعاً.").verdict == "contradicted"
    assert claim(source, "وجاءت استقالة المدير قبل احتجاجات العمال في المصنع.").verdict == "contradicted"
    # one order told from either end, and another event placed before the same one, contradict nothing
    flight = "وجاء نجاح الهبوط بعد مناورة دقيقة خفضت خلالها الطائرة سرعتها من 900 كيلومتر في الساعة."
    assert claim(flight, "وكانت سرعة الطائرة 900 كيلومتر في الساعة قبل المناورة.").verdict != "contradicted"
    visit = "وجاءت زيارة الوزير بعد خمسة أيام من إعلانه افتتاح الجسر."
    assert claim(visit, "وأعلن الوزير افتتاح الجسر قبل الزيارة بخمسة أيام.").verdict != "contradicted"


def test_a_verb_is_no_given_name_of_its_root():
    # "ونال" (won) and "ليونيل" share the letters of نيل: the verb linked the name, and a prize the player was denied
    # was supported as won
    denied = "وحُرم ليونيل السالم من جائزة أفضل لاعب في الدوري هذا الموسم."
    assert claim(denied, "ونال ليونيل السالم جائزة أفضل لاعب في الدوري هذا الموسم.").verdict != "supported"
    attended = "وحضر ليونيل السالم حفل جائزة أفضل لاعب في الدوري هذا الموسم."
    assert claim(attended, "ونال السالم جائزة أفضل لاعب في الدوري هذا الموسم.").verdict != "supported"
    won = "ونال ليونيل السالم جائزة أفضل لاعب في الدوري هذا الموسم."
    assert claim(won, "ونال السالم جائزة أفضل لاعب في الدوري هذا الموسم.").verdict == "supported"


def test_a_team_beaten_on_the_way_and_the_one_joined_to_it():
    source = "وكان المنتخب الأردني قد أقصى في طريقه إلى المباراة النهائية منتخبي العراق وقطر."
    # the verb opens the claim, its object far after it: who won is read, and the team joined by و lost too
    assert claim(source, "وأقصى الأردن في طريقه إلى المباراة النهائية منتخبي العراق وقطر.").verdict == "supported"
    assert claim(source, "وأقصى المنتخب الأردني في طريقه إلى المباراة النهائية منتخبي العراق وقطر.").verdict == "supported"
    assert claim(source, "وأقصت قطر في طريقها إلى المباراة النهائية منتخب الأردن.").verdict != "supported"
    assert claim(source, "وأقصى الأردن في طريقه إلى المباراة النهائية منتخبي العراق وعمان.").verdict != "supported"


def test_an_unlisted_place_after_its_head_is_that_slots_value():
    # made-up places no name list holds, one shaped like a plural ("قمرون") and one like a glued ب ("برقيس"):
    # after "مرفأ" / "جزيرة" / "ميناء" / "مدينة" each is the place's name, and exchanged they are two places swapped
    source = "ووقع انفجار ضخم في مرفأ قمرون بجزيرة برقيس فجر الاثنين، وسُمع دويه في ميناء زلبان بمدينة سوفالي."
    assert claim(source, "وقع انفجار مرفأ قمرون في جزيرة برقيس.").verdict == "supported"
    assert claim(source, "وقع انفجار مرفأ برقيس في جزيرة قمرون.").verdict == "contradicted"
    assert claim(source, "وسُمع الدوي في ميناء زلبان بمدينة سوفالي.").verdict == "supported"
    assert claim(source, "وسُمع الدوي في ميناء سوفالي بمدينة زلبان.").verdict == "contradicted"
    plain = "وقع انفجار مرفأ قمرون في جزيرة برقيس صباح الاثنين."
    assert claim(plain, "انفجار مرفأ قمرون في جزيرة برقيس").verdict == "supported"
    assert claim(plain, "انفجار مرفأ برقيس في جزيرة قمرون").verdict == "contradicted"
    # another port in the same slot is another value
    assert claim(plain, "وقع انفجار مرفأ زلبان.").verdict != "supported"
