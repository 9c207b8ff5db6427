"""Round 21 of the generation guard: held out 18's two false "supported", and held out 17's true sentences dropped.
The sentences are our own, about made-up places, people and events."""

from conftest import claim


def test_a_vague_length_is_not_one_of_another_unit():
    source = "بدأت فرق الصيانة العمل في الجسر بعد ساعات من موافقة المجلس البلدي على الخطة، واليوم أعلنت انتهاء المرحلة الأولى."
    # "بعد أيام" (some days) against "بعد ساعات" (some hours): another length, though "أيام" shares its root with "اليوم"
    assert claim(source, "وبدأ العمل بعد أيام من موافقة المجلس البلدي.").verdict == "contradicted"
    assert claim(source, "وبدأ العمل بعد ساعات من موافقة المجلس البلدي.").verdict == "supported"
    # a stated length against a vague one decides nothing either way
    assert claim(source, "وبدأ العمل بعد يومين من موافقة المجلس البلدي.").verdict != "supported"
    assert claim(source, "وبدأ العمل بعد يومين من موافقة المجلس البلدي.").verdict != "contradicted"
    stated = "وعاد الصيادون إلى الميناء بعد يومين من العاصفة."
    assert claim(stated, "وعاد الصيادون إلى الميناء بعد أيام من العاصفة.").verdict != "contradicted"


def test_a_family_name_after_a_given_name_means_no_common_word():
    # "الشرع" of "أحمد الشرع" shares its root with "شوارع" (streets) and a synonym group with "بدأ" (started): the
    # source names an Ahmad, not this one
    streets = "وسار أحمد مع الموكب في شوارع البلدة القديمة."
    assert claim(streets, "وسار أحمد الشرع مع الموكب في البلدة القديمة.").verdict != "supported"
    started = "وبدأ الموكب مسيرته في البلدة القديمة بقيادة أحمد."
    assert claim(started, "وقاد أحمد الشرع الموكب في البلدة القديمة.").verdict != "supported"
    named = "وبدأ الموكب مسيرته في البلدة القديمة بقيادة أحمد الشرع."
    assert claim(named, "وقاد أحمد الشرع الموكب في البلدة القديمة.").verdict == "supported"


def test_a_place_that_saw_an_event():
    source = "واستقال المحافظ بعد مظاهرات حاشدة في وسط مدينة الواحة واستقالة عدد من أعضاء المجلس."
    assert claim(source, "وشهد وسط مدينة الواحة مظاهرات حاشدة.").verdict == "supported"
    assert claim(source, "وشهد وسط مدينة الساحل مظاهرات حاشدة.").verdict != "supported"
    # "شهد" with a person (attended) keeps its meaning: the source does not say he attended them
    assert claim(source, "وشهد المحافظ مظاهرات حاشدة.").verdict != "supported"


def test_a_second_one_with_its_tanween_unwritten():
    source = "وبعد نحو ست ساعات ضرب إعصار ثانٍ بسرعة 180 كيلومتراً في الساعة الجزيرة نفسها."
    assert claim(source, "وضرب إعصار ثان بسرعة 180 كيلومتراً في الساعة.").verdict == "supported"
    assert claim(source, "وضرب إعصار ثان بسرعة 150 كيلومتراً في الساعة.").verdict == "contradicted"


def test_the_move_points_back_and_an_aim_is_what_it_aims_at():
    sale = "ويأتي طرح جزء من أسهم شركة الموانئ ضمن أهداف خطة التنمية لتنويع مصادر الدخل وتمويل صندوق الاستثمارات العامة."
    assert claim(sale, "وتهدف الخطوة إلى تنويع مصادر الدخل وتمويل صندوق الاستثمارات العامة.").verdict == "supported"
    assert claim(sale, "وتهدف الخطوة إلى تمويل صندوق التقاعد.").verdict != "supported"
    plan = "أعلنت الحكومة عن خطة الواحة 2040، وهي خطة طويلة المدى لتقليل اعتماد الجزيرة على عائدات صيد الأسماك."
    assert claim(plan, "وتهدف الخطة إلى تقليل اعتماد الجزيرة على عائدات صيد الأسماك.").verdict == "supported"
    assert claim(plan, "وتهدف خطة الواحة 2040 إلى تقليل اعتماد الجزيرة على عائدات صيد الأسماك.").verdict == "supported"
    assert claim(plan, "وتسعى الخطة إلى تقليل اعتماد الجزيرة على عائدات صيد الأسماك.").verdict == "supported"
    assert claim(plan, "وتهدف الخطة إلى تقليل اعتماد الجزيرة على عائدات السياحة.").verdict != "supported"


def test_a_verb_and_its_hal_participle():
    source = ("ودعا الوزير سالم الكعبي الموظفين إلى العودة إلى مكاتبهم، مؤكداً أن الرواتب ستصرف في موعدها، "
              "ومشيراً إلى أن المبنى الجديد سيفتتح الشهر المقبل.")
    assert claim(source, "وأكد أن الرواتب ستصرف في موعدها.").verdict == "supported"
    assert claim(source, "وأشار إلى أن المبنى الجديد سيفتتح الشهر المقبل.").verdict == "supported"
    assert claim(source, "وأكد أن الرواتب لن تصرف في موعدها.").verdict != "supported"
    assert claim(source, "ونفى أن الرواتب ستصرف في موعدها.").verdict != "supported"


FACTORY = ("اندلع حريق في مستودع مصنع الواحة للنسيج مساء الخميس الماضي وأتى على مخزون القطن.\n"
           "واستقال مدير مصنع الواحة للنسيج سالم الكعبي مساء الاثنين من منصبه.\n"
           "وجاءت الاستقالة بعد احتجاجات العمال في المصنع وإضراب دام أسبوعاً.")


def _generated(tmp_path, reply: str) -> list:
    from akhbar import Archive, ArticleDraft, load_settings
    from model_servers import StubServer

    with StubServer(reply=lambda messages: reply) as server:
        settings = load_settings(env={"AKHBAR_LLM_URL": server.url, "AKHBAR_LLM_MODEL": "recorded"})
        with Archive.open(tmp_path / "news", settings=settings) as archive:
            archive.add_articles([ArticleDraft(text=FACTORY, title="استقالة مدير مصنع الواحة", published="2025-03-11")])
            answer = archive.ask("لماذا استقال مدير مصنع الواحة للنسيج؟", generate=True)
    assert not answer.abstained
    return answer.generated


def test_preceded_it_stands_for_the_event_the_answer_told_before(tmp_path):
    # "وسبقتها": its pronoun is the resignation the sentence before told, which the source puts after the protests
    resigned, protests = _generated(tmp_path, "واستقال مدير مصنع الواحة للنسيج مساء الاثنين [1]. "
                                              "وسبقتها احتجاجات العمال في المصنع وإضراب دام أسبوعاً [1].")
    assert resigned.action == "kept" and protests.action == "kept"
    # after a sentence on the fire, the same words say the protests came before the fire: no source says so
    fire, protests = _generated(tmp_path, "واندلع حريق في مستودع مصنع الواحة للنسيج مساء الخميس [1]. "
                                          "وسبقته احتجاجات العمال في المصنع وإضراب دام أسبوعاً [1].")
    assert fire.action == "kept" and protests.action == "dropped"


def test_a_made_up_company_beginning_like_a_glued_preposition():
    # "ليمار" and "برقيس" after "شركة" are the companies' names, not "لـ يمار" / "بـ رقيس": the owner is no operator
    source = "وتملك الناقلة شركة ليمار اليونانية وتشغلها شركة مرجانة المصرية."
    assert claim(source, "وتشغل الناقلة شركة ليمار.").verdict != "supported"
    assert claim(source, "وتملك الناقلة شركة ليمار.").verdict == "supported"
    other = "وتملك الناقلة شركة زلبان اليونانية وتشغلها شركة برقيس المصرية."
    assert claim(other, "وتملك الناقلة شركة برقيس.").verdict == "contradicted"
    assert claim(other, "وتملك الناقلة شركة زلبان.").verdict == "supported"


def test_on_the_other_hand_sets_two_sentences_against_each_other():
    source = "وقال الجيش إن طائراته تستهدف مواقع للمسلحين، بينما قال السكان إن الغارات أصابت منازل لا مسلحين فيها."
    # "في المقابل" sets two sentences against each other: no word of the source's to contradict
    assert claim(source, "في المقابل قال الجيش إن طائراته تستهدف مواقع للمسلحين.").verdict != "contradicted"


def test_an_official_tv_is_no_picture():
    # the nisba "الرسمي" (official) was looked up in the synonym table by "رسم" (a drawing), a synonym of "صور"
    # (pictures): with the mayor named in another sentence of the article, nobody's pictures were "supported"
    source = ("خرج آلاف السكان إلى شوارع البلدة أمس الجمعة احتفالاً بافتتاح الجسر، بعد أن أعلنت البلدية عبر التلفزيون "
              "الرسمي موعد الحفل.\nوتجمعت الحشود في ساحة السوق، ورفع المحتفلون علم البلدية وأطلقوا الهتافات حتى ساعات "
              "متأخرة من الليل.\nوقال الصياد مراد الزين إن الجسر سيختصر الطريق إلى الميناء.\nودعا سالم الكعبي، رئيس "
              "البلدية، السكان إلى الحفاظ على الجسر، مؤكداً أنه سيبقى مفتوحاً طوال الليل.")
    assert claim(source, "ورفع المحتفلون صور سالم الكعبي.").verdict != "supported"
    assert claim(source, "ورفع المحتفلون علم البلدية.").verdict == "supported"


def test_thousands_of_people_are_the_thousands():
    source = "وتجمع الآلاف قرب الميناء عصر اليوم للمطالبة بالتعويض، ورفعوا صور المفقودين."
    assert claim(source, "وتجمع آلاف الأشخاص قرب الميناء للمطالبة بالتعويض.").verdict == "supported"
    assert claim(source, "وتجمع مئات الأشخاص قرب الميناء للمطالبة بالتعويض.").verdict != "supported"
    hundreds = "وتجمع مئات الأشخاص أمام المحكمة."
    assert claim(hundreds, "وتجمع آلاف الأشخاص أمام المحكمة.").verdict == "contradicted"


def test_a_move_moves_its_own_thing():
    # The sentence cuts the island's reliance and raises the firms' share: its "زيادة" is said of another thing, so a
    # claim that the plan raises the reliance is no copy of it (TRUST BUG, guard28: every word was found, supported)
    one = ("أعلنت الحكومة عن خطة الواحة 2040 في الربيع الماضي، وهي خطة طويلة المدى لتقليل اعتماد الجزيرة على صيد "
           "الأسماك وزيادة مساهمة الشركات الصغيرة في الاقتصاد.")
    assert claim(one, "خطة الواحة خطة لزيادة اعتماد الجزيرة على صيد الأسماك.").verdict != "supported"
    assert claim(one, "وتهدف الخطة إلى زيادة اعتماد الجزيرة على صيد الأسماك.").verdict != "supported"
    assert claim(one, "وتهدف الخطة إلى تقليل اعتماد الجزيرة على صيد الأسماك.").verdict == "supported"
    assert claim(one, "وتهدف الخطة إلى زيادة مساهمة الشركات الصغيرة في الاقتصاد.").verdict == "supported"
    # the move told in another sentence of the article is no move of this sentence's thing
    apart = ("أعلنت الحكومة عن خطة الواحة 2040 في الربيع الماضي. وهي خطة طويلة المدى لتقليل اعتماد الجزيرة على صيد "
             "الأسماك. ويتوقع المسؤولون زيادة مساهمة الشركات الصغيرة في الاقتصاد.")
    assert claim(apart, "وتهدف الخطة إلى زيادة اعتماد الجزيرة على صيد الأسماك.").verdict != "supported"
    assert claim(apart, "وتهدف الخطة إلى تقليل اعتماد الجزيرة على صيد الأسماك.").verdict == "supported"
