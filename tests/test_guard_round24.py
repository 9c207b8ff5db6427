"""Round 24 of the generation guard: a doer taken from another sentence or clause while the sentence gives the verb its
own, and a half of the day ("مساء") read as the event's word. The sentences are our own, about made-up companies, bodies
and places."""

from conftest import claim

PORT = ("حصلت شركة النور البحرية على عقد لتشغيل رصيف الحاويات في ميناء الشمال، تدير الشركة بموجبه الرصيف عشرين عاماً. "
        "ووقعت وزارة النقل مع الشركة نفسها اتفاقاً لتوسيع الميناء.")
BRIDGE = ("فازت مؤسسة الرواد للإنشاءات بمناقصة بناء الجسر الجديد، تتولى المؤسسة بموجبها أعمال التشييد ثلاث سنوات. "
          "وأبرمت بلدية المدينة مع المؤسسة ذاتها عقداً لصيانة الطرق.")
CAMPUS = ("وأوضح المدير أن التسجيل يبدأ في سبتمبر. "
          "ودعا الطلاب إلى التسجيل مبكراً، فيما أعلنت الجامعة موعد بدء الدراسة في أكتوبر.")


def test_a_doer_borrowed_from_the_next_sentence_is_not_the_one_the_sentence_names():
    # TRUST BUG: "الشركة" is the company the sentence named before it; the ministry of the next sentence (or of the
    # article) was lent to the verb, and the false claim was supported
    assert claim(PORT, "وتدير وزارة النقل الرصيف عشرين عاماً.").verdict == "unsupported"
    assert claim(BRIDGE, "وتتولى بلدية المدينة أعمال التشييد ثلاث سنوات.").verdict == "unsupported"
    # the company itself, by its head noun or its name, and the ministry's own deed stay supported
    assert claim(PORT, "وتدير الشركة الرصيف عشرين عاماً.").verdict == "supported"
    assert claim(PORT, "وتدير شركة النور البحرية الرصيف عشرين عاماً.").verdict == "supported"
    assert claim(PORT, "ووقعت وزارة النقل اتفاقاً لتوسيع الميناء.").verdict == "supported"
    assert claim(BRIDGE, "وتتولى المؤسسة أعمال التشييد ثلاث سنوات.").verdict == "supported"


def test_the_doer_of_a_later_clauses_verb_is_not_lent_to_the_first():
    # TRUST BUG: "الجامعة" is the doer of "أعلنت" in the "فيما" clause; the call of the first clause was given to it
    assert claim(CAMPUS, "ودعت الجامعة الطلاب إلى التسجيل مبكراً.").verdict == "unsupported"
    assert claim(CAMPUS, "وأعلنت الجامعة موعد بدء الدراسة في أكتوبر.").verdict == "supported"
    # the doer the article gives the first clause's verb (a name, from the sentence before) is still read
    assert claim(CAMPUS, "ودعا المدير الطلاب إلى التسجيل مبكراً.").verdict == "supported"


FACTORY = "أعلن وزير الصحة مساء اليوم الخميس 12 مارس 2020 إغلاق المدارس، بعد أسبوع من الانفجار الذي دمر مصنع الأسمدة."


def test_a_half_of_the_day_is_the_dates_not_the_events():
    # "مساء" of the claim was linked to the sentence's "مساء" of the minister's day, so the blast's words sat on both
    # sides of "بعد أسبوع من" and the minister's date was set against the blast's (a true sentence replaced)
    assert claim(FACTORY, "وانفجر المصنع مساء الخامس من مارس 2020.").verdict == "unsupported"
    assert claim(FACTORY, "وانفجر مصنع الأسمدة مساء الخامس من مارس 2020.").verdict == "unsupported"
    # the minister's own deed keeps its date: another day is a contradiction
    found = claim(FACTORY, "وأعلن وزير الصحة إغلاق المدارس مساء الخامس من مارس 2020.")
    assert found.verdict == "contradicted" and "12 مارس 2020" in found.reason


DYNASTY = "حكمت الأسرة الإقليم 61 عاماً قبل أن تسقط. وطرح المصرف 1.5 في المئة من أسهمه للاكتتاب العام."


def test_one_and_a_half_and_one_and_sixty_in_words():
    # "واحداً" (accusative) and "إحدى" were no number words: "واحداً وستين" was read as sixty, and "واحداً ونصفاً" as
    # nothing at all
    assert claim(DYNASTY, "حكمت الأسرة الإقليم واحداً وستين عاماً.").verdict == "supported"
    assert claim(DYNASTY, "حكمت الأسرة الإقليم إحدى وستين سنة.").verdict == "supported"
    assert claim(DYNASTY, "حكمت الأسرة الإقليم ستين عاماً.").verdict == "contradicted"
    assert claim(DYNASTY, "وطرح المصرف واحداً ونصفاً في المئة من أسهمه.").verdict == "supported"
    assert claim(DYNASTY, "وطرح المصرف اثنين ونصفاً في المئة من أسهمه.").verdict == "contradicted"


COUNCIL = ("أعلن ولي العهد الأمير فيصل بن خالد خطة التنمية في الإقليم. "
           "وأقر مجلس الوزراء برئاسة الملك خالد بن عبد الله الخطة في اليوم نفسه.")


def test_a_fathers_name_is_not_the_person_who_bears_it():
    # TRUST BUG: the claim's "بن خالد" was linked to the king's "خالد بن" and "فيصل" borrowed from the article: the
    # prince was given the king's chair
    found = claim(COUNCIL, "ويرأس مجلس الوزراء الأمير فيصل بن خالد.")
    assert found.verdict == "contradicted" and "خالد" in found.reason
    assert claim(COUNCIL, "ويرأس مجلس الوزراء الملك خالد بن عبد الله.").verdict == "supported"
    assert claim(COUNCIL, "وأعلن الأمير فيصل بن خالد خطة التنمية.").verdict == "supported"
