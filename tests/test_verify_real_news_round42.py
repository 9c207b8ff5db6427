"""What the lead's round-42 reading of real news (claims made by changing one fact of SaudiNewsNet sentences, kept
outside the repository: round 41's held-out batch 18, now dev) showed the claim checker getting wrong, told again in
our own words: a length "within" two days read as no value, two of a thing counted as many, a win whose two sides
change places when the lists know neither team, relegation escaped told as relegation, a deed whose doer only the
verb's ending names given to another, and a common word read as a listed place ("وجيزة" as Giza) that contradicted a
true claim; and of batch 21, written as dev during the round and read at once: an opponent taken from another clause
while the claim's own clause names its own, a deed only prepared for ("تمهيداً لتنفيذ"), the two sides of a win told
after the verb's "بها", a city met by the adjective of a longer name ("روما" / "الروماني"), "X ثم Y" told as "Y قبل X";
guard51's TRUST BUG of a word the sentence says once taken for two of the claim's; and what the same reading keeps
supported."""

from verdicts import verdict_of as _verdict


def test_a_length_within_two_days_is_not_two_weeks():
    source = "قالت الوزارة إن الشركة ستسلم المستشفى عشرين سريراً خلال يومين."
    verdict, reason = _verdict(source, "ستسلم الشركة المستشفى عشرين سريراً خلال أسبوعين.")
    assert verdict == "contradicted" and "يومين" in reason, reason
    assert _verdict(source, "ستسلم الشركة المستشفى عشرين سريراً خلال يومين.")[0] == "supported"
    # a unit alone after "خلال" is a time, not a length: "خلال شهر مارس" / "خلال مارس"
    assert _verdict("ستسلم الشركة الأسرّة خلال شهر مارس.", "ستسلم الشركة الأسرّة خلال مارس.")[0] == "supported"


def test_two_of_a_thing_are_not_seven_of_it():
    source = "ضبطت دوريات المرور شاحنتين و7 دراجات نارية مخالفة في الحي الصناعي."
    verdict, reason = _verdict(source, "ضبطت دوريات المرور 7 شاحنات مخالفة.")
    assert verdict != "supported", reason
    assert _verdict(source, "ضبطت دوريات المرور 7 دراجات نارية مخالفة.")[0] == "supported"


def test_the_two_sides_of_a_win_change_places_when_the_lists_know_neither():
    source = "وحقق ساوثهامبتون الفوز على إيفرتون في عقر داره مساء السبت."
    for claim in ("فاز إيفرتون على ساوثهامبتون مساء السبت.", "حقق إيفرتون الفوز على ساوثهامبتون مساء السبت."):
        verdict, reason = _verdict(source, claim)
        assert verdict == "contradicted" and "role swapped" in reason, (claim, reason)
    assert _verdict(source, "فاز ساوثهامبتون على إيفرتون مساء السبت.")[0] == "supported"
    assert _verdict(source, "حقق ساوثهامبتون الفوز على إيفرتون مساء السبت.")[0] == "supported"


def test_what_was_escaped_did_not_happen():
    source = "وأسهم التعادل في هروب الفريق من شبح الهبوط إلى الدرجة الثانية."
    verdict, reason = _verdict(source, "أسهم التعادل في هبوط الفريق إلى الدرجة الثانية.")
    assert verdict == "unsupported" and "هروب" in reason, reason
    loan = "وساعد القرض الحكومي الشركة على تفادي الإفلاس العام الماضي."
    verdict, reason = _verdict(loan, "أفلست الشركة العام الماضي.")
    assert verdict == "unsupported" and "تفادي" in reason, reason
    # what the sentence tells besides the escape stays told: the loan helped the company last year
    assert _verdict(loan, "ساعد القرض الحكومي الشركة العام الماضي.")[0] == "supported"
    assert _verdict("نجت الطائرة من كارثة بعد هبوط اضطراري في المطار.", "هبطت الطائرة اضطرارياً في المطار.")[0] == "supported"


def test_a_doer_only_the_verbs_ending_names_is_not_given_to_another():
    source = "وقال المتحدث إن الهدنة أتاحت للأهالي العودة إلى البلدات التي احتلوها شهوراً."
    verdict, reason = _verdict(source, "قال المتحدث إن الأهالي احتلوا البلدات.")
    assert verdict == "unsupported", reason
    assert _verdict(source, "قال المتحدث إن الهدنة أتاحت للأهالي العودة إلى البلدات.")[0] == "supported"


def test_a_common_word_is_not_a_listed_place_without_its_article():
    # "وجيزة" (brief) is not Giza ("الجيزة"): read as a place, it was a rival doer of its clause and the true claim was
    # contradicted ("name مصر ≠ وجيزة")
    source = "ارتفعت الأسعار في مصر خلال عام 2010، وبعد فترة وجيزة منح البنك الدولي لمصر قرضاً بقيمة 3 مليارات دولار."
    verdict, reason = _verdict(source, "حصلت مصر على قرض بقيمة 3 مليارات دولار من البنك الدولي.")
    assert verdict != "contradicted", reason
    # with its article it is the place still
    verdict, reason = _verdict("افتتح الوزير المصنع الجديد في الجيزة.", "افتتح الوزير المصنع الجديد في الإسكندرية.")
    assert verdict != "supported", reason


def test_a_slot_is_not_filled_from_another_clause():
    source = "ويلعب الفريق الليلة لقاءً ودياً مع الوحدة على ملعبه قبل بدء الموسم الذي يفتتحه الفريق بمواجهة الرائد الأسبوع المقبل."
    verdict, reason = _verdict(source, "يلعب الفريق الليلة لقاءً ودياً مع الرائد.")
    assert verdict == "unsupported" and "الوحدة" in reason, reason
    assert _verdict(source, "يلعب الفريق الليلة لقاءً ودياً مع الوحدة.")[0] == "supported"


def test_a_deed_only_prepared_for_is_not_told_as_done():
    source = "وأوقفت الشرطة خمسة أشخاص كانت مهمتهم رصد تحركات المسؤولين تمهيداً لتنفيذ هجمات في العاصمة."
    verdict, reason = _verdict(source, "نفذ خمسة أشخاص هجمات في العاصمة.")
    assert verdict == "unsupported" and "تمهيداً" in reason, reason
    assert _verdict(source, "أوقفت الشرطة خمسة أشخاص في العاصمة.")[0] == "supported"


def test_the_two_sides_of_a_win_told_after_its_resumptive_pronoun():
    source = "وقال المدرب قبل المباراة التي فاز بها برشلونة على فالنسيا بهدفين إن فريقه جاهز."
    verdict, reason = _verdict(source, "فاز فالنسيا على برشلونة بهدفين.")
    assert verdict == "contradicted" and "role swapped" in reason, reason
    assert _verdict(source, "فاز برشلونة على فالنسيا بهدفين.")[0] == "supported"


def test_a_city_is_not_the_adjective_of_a_longer_name():
    # "الروماني" is of رومانيا, not of روما: soft-linked to it, the claim's city was supported against another city
    source = "تستضيف مدينة ميلانو لقاءً يجمع رئيس النادي والمدرب الروماني بولوني."
    verdict, reason = _verdict(source, "تستضيف مدينة روما لقاءً يجمع رئيس النادي والمدرب بولوني.")
    assert verdict != "supported", reason
    # a country and its own adjective still meet
    assert _verdict("زار الوزير الفرنسي القاهرة أمس.", "زار وزير من فرنسا القاهرة أمس.")[0] == "supported"


def test_a_noun_with_the_article_heads_no_name_after_it():
    # "الكلية ماجستير" is no construct: two unknown foreign words ("ماجستير" / "دبلوم") were read as names in one slot
    # and the true claim was contradicted ("name ماجستير ≠ دبلوم")
    source = "وتطرح الكلية برنامج دبلوم مدته عام في المحاسبة، وماجستير مدته عامان في الإدارة."
    verdict, reason = _verdict(source, "تطرح الكلية ماجستير مدته عامان.")
    assert verdict != "contradicted", reason


def test_then_tells_which_came_first():
    # "X ثم Y" against a claim of "Y قبل X": main supported such claims (0.88-0.89), caught by an accidental name clash
    # only where the sentence had one
    source = "زار الوزير المصنع ثم توجه إلى الميناء."
    verdict, reason = _verdict(source, "زار الوزير الميناء قبل المصنع.")
    assert verdict == "contradicted" and "ثم" in reason, reason
    tests = "واجتاز المتقدمون اختبار القدرات ثم اختبار اللغة الإنجليزية، ثم بدأوا الدراسة في الخريف."
    verdict, reason = _verdict(tests, "اجتاز المتقدمون اختبار اللغة الإنجليزية قبل اختبار القدرات.")
    assert verdict == "contradicted", reason
    # the same order in other words stays supported
    assert _verdict(tests, "اجتاز المتقدمون اختبار القدرات قبل اختبار اللغة الإنجليزية.")[0] == "supported"
    assert _verdict(source, "زار الوزير المصنع قبل أن يتوجه إلى الميناء.")[0] == "supported"


def test_a_word_the_sentence_says_once_is_not_two_of_the_claims():
    # guard51's round-42 TRUST BUG: the claim's verb "وسحب" took the sentence's noun "سحب", which the claim's own noun
    # takes too, and "withdrew his orders" was supported at 0.96 by "ordered the withdrawal"
    source = "وفي ديسمبر زار بوتين القاعدة وأمر ببدء سحب جزء كبير من القوات الروسية."
    verdict, reason = _verdict(source, "وسحب بوتين أوامره ببدء سحب جزء كبير من القوات الروسية.")
    assert verdict != "supported", reason
    assert _verdict(source, "أصدر بوتين أوامره ببدء سحب جزء كبير من القوات الروسية.")[0] == "supported"
