"""Round 23 of the generation guard: true sentences the guard replaced by a neighbouring clause's opposite word, and
opposite families a model's answer may swap, and "وكان ذلك يوم …" told of the sentence before. The sentences are our own,
about made-up bodies, goods, teams and plans."""

from conftest import claim

SALARIES = "زادت الوزارة رواتب المعلمين في الصيف، وخفضت رواتب الموظفين الإداريين."
FUEL = "رفعت الشركة أسعار الوقود في المدن، وخفضت أسعار الغاز."
PHONES = "ارتفعت مبيعات الهواتف في الشهر الماضي، وتراجعت في الشهر الحالي."
TOURISTS = "ارتفع عدد السياح في الربيع، وانخفض في الخريف."
DEPUTIES = "رحب نواب الشمال بالمقترح، ورفضه نواب الجنوب."
ROCKET = "نجح الاختبار الأول للصاروخ الجديد، وفشل الاختبار الثاني بعد ساعة من إطلاقه."


def test_the_second_clause_keeps_the_doer_and_the_noun_the_first_clause_names():
    # The second clause leaves its doer unsaid and writes its noun again ("رواتب"): the claim's noun was linked to the
    # first clause's, which then counted as the second clause's own word, and the first clause's opposite was set
    # against a true claim (the guard replaced it: "opposite: وخفضت / زادت").
    assert claim(SALARIES, "وخفضت الوزارة رواتب الموظفين الإداريين.").verdict == "supported"
    assert claim(FUEL, "وخفضت الشركة أسعار الغاز.").verdict == "supported"
    assert claim(PHONES, "وتراجعت مبيعات الهواتف في الشهر الحالي.").verdict == "supported"
    assert claim(DEPUTIES, "ورفض نواب الجنوب المقترح.").verdict == "supported"
    # a thing of two words ("عدد السياح") compared as one phrase: its move was set against the first clause's
    assert claim(TOURISTS, "وانخفض عدد السياح في الخريف.").verdict == "supported"
    # the first clause's word said of the second clause's thing stays contradicted
    found = claim(SALARIES, "وزادت الوزارة رواتب الموظفين الإداريين.")
    assert found.verdict == "contradicted" and "وخفضت" in found.reason
    assert claim(FUEL, "ورفعت الشركة أسعار الغاز.").verdict == "contradicted"
    assert claim(PHONES, "وارتفعت مبيعات الهواتف في الشهر الحالي.").verdict == "contradicted"
    assert claim(TOURISTS, "وارتفع عدد السياح في الخريف.").verdict == "contradicted"
    assert claim(DEPUTIES, "ورحب نواب الجنوب بالمقترح.").verdict == "contradicted"


def test_an_opposite_word_said_of_another_thing_of_its_clause_is_not_the_claims():
    # "نجح الاختبار الأول للصاروخ": the success is the first test's ("الأول" stands between the verb and "للصاروخ", and
    # the claim does not say it), not the rocket's second test's
    assert claim(ROCKET, "وفشل الاختبار الثاني للصاروخ الجديد.").verdict == "supported"
    found = claim(ROCKET, "ونجح الاختبار الثاني للصاروخ الجديد.")
    assert found.verdict == "contradicted" and "وفشل" in found.reason


STEEL = "ارتفعت أسعار الحديد في السوق المحلية، فيما هبطت أسعار الإسمنت."
BANKS = "صعدت أسهم البنوك في البورصة أمس، فيما هبطت أسهم شركات العقار."


def test_a_noun_written_in_both_clauses_is_the_one_beside_the_claims_next_word():
    # the claim holds both moves; its first "أسعار" is the cement's, the aligner gave it to the steel's: the true
    # claim was contradicted ("opposite: ارتفاع / هبطت")
    assert claim(STEEL, "هبطت أسعار الإسمنت مع ارتفاع أسعار الحديد.").verdict == "supported"
    assert claim(BANKS, "وهبطت أسهم شركات العقار بعد صعود أسهم البنوك.").verdict == "supported"
    # TRUST BUG: the moves swapped between the two things were supported, each "أسهم" read as the other's
    found = claim(BANKS, "وصعدت أسهم شركات العقار بعد هبوط أسهم البنوك.")
    assert found.verdict == "contradicted" and "صعدت" in found.reason
    assert claim(STEEL, "ارتفعت أسعار الإسمنت مع هبوط أسعار الحديد.").verdict == "contradicted"


GLASS = "ربح مصنع النسيج مئتي ألف دينار في العام الماضي، بينما خسر مصنع الزجاج ثلاثين ألفا."
TEAMS = "وصل المنتخب السعودي إلى الدوحة مساء الخميس، وغادر المنتخب الكويتي صباح اليوم التالي."


def test_a_profit_against_a_loss_and_an_arrival_against_a_leaving():
    # TRUST BUGS: no antonym pair joined "ربح" and "خسر", none held "وصل": the other clause's word, said of this
    # clause's team or factory, was supported
    found = claim(GLASS, "وربح مصنع الزجاج ثلاثين ألف دينار.")
    assert found.verdict == "contradicted" and "خسر" in found.reason
    found = claim(TEAMS, "ووصل المنتخب الكويتي إلى الدوحة.")
    assert found.verdict == "contradicted" and "وغادر" in found.reason
    # each clause's own word stays supported
    assert claim(GLASS, "وخسر مصنع الزجاج ثلاثين ألف دينار.").verdict == "supported"
    assert claim(GLASS, "وربح مصنع النسيج مئتي ألف دينار.").verdict == "supported"
    assert claim(TEAMS, "ووصل المنتخب السعودي إلى الدوحة مساء الخميس.").verdict == "supported"


# "وكان ذلك يوم …" names no event of its own: it is the sentence before's, told with its day
PLAN = ("أعلنت وزارة الزراعة اليوم الأحد 12 مايو 2024، خلال مؤتمر صحفي في مدينة الواحة، خطة لزراعة مليون شجرة في الصحراء.\n"
        "وقال الوزير سالم الكعبي إن الخطة تمتد خمس سنوات وتكلف نحو مئتي مليون دينار.")


def _told(tmp_path, reply: str) -> list:
    from akhbar import Archive, ArticleDraft, load_settings
    from model_servers import StubServer

    with StubServer(reply=lambda messages: reply) as server:
        settings = load_settings(env={"AKHBAR_LLM_URL": server.url, "AKHBAR_LLM_MODEL": "recorded"})
        with Archive.open(tmp_path / "news", settings=settings) as archive:
            archive.add_articles([ArticleDraft(text=PLAN, title="خطة لزراعة مليون شجرة", published="2024-05-12")])
            answer = archive.ask("متى أعلنت وزارة الزراعة خطة زراعة مليون شجرة؟", generate=True)
    assert not answer.abstained
    return answer.generated


def test_that_was_on_the_day_the_event_before_was_told(tmp_path):
    told, day = _told(tmp_path, "وجاء الإعلان خلال مؤتمر صحفي في مدينة الواحة [1]. وكان ذلك يوم الأحد 12 مايو 2024 [1].")
    assert told.action == "kept" and day.action == "kept"
    told, day = _told(tmp_path, "وجاء الإعلان خلال مؤتمر صحفي في مدينة الواحة [1]. وكان ذلك يوم الاثنين 20 مايو 2024 [1].")
    assert told.action == "kept" and day.action != "kept"
    # the minister's words: no source says he spoke at the conference
    told, day = _told(tmp_path, "وقال الوزير إن الخطة تمتد خمس سنوات [1]. وكان ذلك خلال مؤتمر صحفي في مدينة الواحة [1].")
    assert told.action == "kept" and day.action != "kept"


# a day's half is the clause's own: the first clause's morning is no time of the second clause's deed
FAIR = "افتتح الوزير المعرض صباح الخميس، وزار المصنع مساء اليوم نفسه."
DELEGATIONS = "وصل الوفد المغربي إلى القمة صباح السبت، وغادر الوفد التونسي مساء اليوم نفسه."


def test_the_half_of_the_day_of_another_clause():
    # TRUST BUG: "صباح الخميس" is the opening's; the visit was in the evening, and was supported in the morning
    found = claim(FAIR, "وزار الوزير المصنع صباح الخميس.")
    assert found.verdict != "supported"
    assert claim(DELEGATIONS, "وغادر الوفد التونسي القمة صباح السبت.").verdict != "supported"
    # the clause's own morning stays supported, and another half of it contradicted
    assert claim(FAIR, "وافتتح الوزير المعرض صباح الخميس.").verdict == "supported"
    assert claim(DELEGATIONS, "ووصل الوفد المغربي إلى القمة صباح السبت.").verdict == "supported"
    assert claim(DELEGATIONS, "ووصل الوفد المغربي إلى القمة مساء السبت.").verdict == "contradicted"


def test_a_move_the_claim_does_not_say():
    # TRUST BUG (held out 20's shape): "طرح" (offered) and "ارتفع" (rose) meet in a synonym group of "رفع", and the
    # first day's close passed for the offering price
    source = ("طرحت شركة الواحة للاتصالات 2 في المئة من أسهمها بسعر 40 ديناراً للسهم. "
              "وارتفع السهم في أول يوم تداول بنسبة 10 في المئة ليصل إلى 44 ديناراً.")
    assert claim(source, "وطرحت الشركة أسهمها بسعر 44 ديناراً للسهم.").verdict != "supported"
    assert claim(source, "وطرحت الشركة أسهمها بسعر 40 ديناراً للسهم.").verdict == "supported"
    # a growing in number is a rise
    assert claim(source, "وتزايد سعر السهم في أول يوم تداول بنسبة 10 في المئة.").verdict != "contradicted"
