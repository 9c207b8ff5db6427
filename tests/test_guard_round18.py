"""Round 18 of the generation guard: paraphrases a model writes for a size, a weight, a warning, a bound, a leave and
a postponement (dev 14 and held out 15 dropped them), each kept while its false variant is not supported. The
sentences are our own, about made-up events."""

from conftest import claim

BRIDGE = "وتزن الشاحنة نحو 12 طناً، ويبلغ طول الجسر 900 متر وحمولته القصوى نحو 40 طناً."


def test_a_weight_by_its_verb_or_its_noun():
    assert claim(BRIDGE, "ويبلغ وزن الشاحنة نحو 12 طناً.").verdict == "supported"
    assert claim(BRIDGE, "وتبلغ كتلة الشاحنة نحو 12 طناً.").verdict == "supported"
    assert claim(BRIDGE, "ويبلغ وزن الشاحنة نحو 20 طناً.").verdict != "supported"


def test_reaches_before_a_size_is_the_size():
    assert claim(BRIDGE, "وتصل حمولة الجسر القصوى إلى نحو 40 طناً.").verdict == "supported"
    assert claim(BRIDGE, "وتصل حمولة الجسر القصوى إلى نحو 60 طناً.").verdict != "supported"


def test_to_stay_away_is_not_to_come_near():
    source = "ودعا القائد الجنود إلى عدم الاقتراب من المدارس حتى انتهاء الامتحانات."
    assert claim(source, "ودعا القائد الجنود إلى الابتعاد عن المدارس.").verdict == "supported"
    assert claim(source, "ودعا القائد الجنود إلى الابتعاد عن المستشفيات.").verdict != "supported"
    assert claim(source, "ودعا القائد الجنود إلى الاقتراب من المدارس.").verdict != "supported"


def test_a_bound_passed_and_a_distance_in_other_words():
    source = "وتجاوز عدد زوار المعرض 20 ألف شخص، ويقع المعرض على بعد 30 كيلومتراً من المدينة."
    assert claim(source, "وتخطى عدد زوار المعرض 20 ألف شخص.").verdict == "supported"
    assert claim(source, "وتخطى عدد زوار المعرض 50 ألف شخص.").verdict != "supported"
    assert claim(source, "ويقع المعرض على مسافة 30 كيلومتراً من المدينة.").verdict == "supported"
    assert claim(source, "ويقع المعرض على مسافة 80 كيلومتراً من المدينة.").verdict != "supported"


def test_a_leave_and_an_aim_in_other_words():
    source = "ووقعت البلدية اتفاقاً يسمح للشركة باستخدام الميناء، وتهدف الخطة إلى نقل المصانع خارج المدينة."
    assert claim(source, "ووقعت البلدية اتفاقاً يتيح للشركة استخدام الميناء.").verdict == "supported"
    assert claim(source, "ووقعت البلدية اتفاقاً يمنع الشركة من استخدام الميناء.").verdict != "supported"
    assert claim(source, "وتسعى الخطة إلى نقل المصانع خارج المدينة.").verdict == "supported"


def test_a_postponement_in_other_words_is_no_denial():
    source = "وجرى افتتاح المعرض أمس بعد تأجيله مرتين بسبب الأمطار."
    assert claim(source, "وأُرجئ افتتاح المعرض مرتين بسبب الأمطار.").verdict != "contradicted"
    assert claim(source, "وأُلغي افتتاح المعرض بسبب الأمطار.").verdict != "supported"


def test_a_span_counted_to_another_event_is_no_lasting():
    # "دام" stays a word of its own: light, "دام الزلزال ثلاثة أيام" was supported by this sentence
    source = "ووصلت القافلة إلى البلدة بعد ثلاثة أيام من الزلزال."
    assert claim(source, "ودام الزلزال ثلاثة أيام.").verdict != "supported"


def test_a_result_with_its_subject_between_and_a_comparative_in_other_words():
    toll = "وأودى الحريق بحياة أكثر من 12 شخصاً، وأصاب أكثر من مئة آخرين، وشرد نحو ألف من سكان الحي."
    assert claim(toll, "وأسفر الحريق كذلك عن مقتل ما يزيد على 12 شخصاً.").verdict == "supported"
    assert claim(toll, "وأسفر الحريق كذلك عن مقتل ما يزيد على 30 شخصاً.").verdict != "supported"
    # ("الأشد" was a slot change: the true sentence was contradicted)
    record = "وبذلك يصبح الحريق الأكثر فتكاً في تاريخ المدينة الحديث."
    assert claim(record, "وهو كذلك الأشد فتكاً في تاريخ المدينة الحديث.").verdict == "supported"
    assert claim(record, "وهو كذلك الأقل فتكاً في تاريخ المدينة الحديث.").verdict != "supported"
