"""Round 25 (guard34) of the generation guard: dev 22's trust bugs, in our own words (a made-up fair, contracts and
districts): a wrong weekday beside a right date, the value of another contract, a pronoun's antecedent across a pair of
sentences."""

from conftest import claim

FAIR = "افتتحت البلدية اليوم الأربعاء 6 نوفمبر 2024 معرض الكتاب الدولي في قاعة المدينة."
FAIR_NO_WEEKDAY = "افتتحت البلدية معرض الكتاب الدولي في قاعة المدينة يوم 6 نوفمبر 2024."


def test_a_wrong_weekday_beside_a_right_date_is_a_conflict():
    # TRUST BUG: 6 November 2024 was a Wednesday, as the source writes; the claim's Thursday went unread and the date
    # alone supported it
    wrong = claim(FAIR, "وافتتحت البلدية معرض الكتاب الدولي يوم الخميس 6 نوفمبر 2024.")
    assert wrong.verdict == "contradicted"
    assert "الخميس" in wrong.reason and "الأربعاء" in wrong.reason
    # the calendar's weekday of the date, when the source writes none
    wrong = claim(FAIR_NO_WEEKDAY, "وافتتحت البلدية معرض الكتاب الدولي يوم الخميس 6 نوفمبر 2024.")
    assert wrong.verdict == "contradicted"
    assert "الخميس" in wrong.reason and "الأربعاء" in wrong.reason
    # the right weekday, or none, stays supported
    assert claim(FAIR, "وافتتحت البلدية معرض الكتاب الدولي يوم الأربعاء 6 نوفمبر 2024.").verdict == "supported"
    assert claim(FAIR_NO_WEEKDAY, "وافتتحت البلدية معرض الكتاب الدولي يوم الأربعاء 6 نوفمبر 2024.").verdict == "supported"
    assert claim(FAIR, "وافتتحت البلدية معرض الكتاب الدولي يوم 6 نوفمبر 2024.").verdict == "supported"


SALT = ("ففي عام 2018 حصلت شركة الرمال الذهبية على عقد لاستخراج الملح من سبخة الجنوب مدة 25 عاماً. "
        "وفي عام 2019 وقعت الحكومة مع الشركة نفسها عقداً لإدارة ميناء المرسى مدة 30 عاماً.")


def test_a_value_of_another_contract_is_not_this_ones():
    # TRUST BUG: the port contract's sentence gave "عقد" and "مدة 30 عاماً", the salt borrowed from the article, and
    # the salt contract (25 years) was given the port one's term
    assert claim(SALT, "وتبلغ مدة عقد الملح 30 عاماً.").verdict != "supported"
    assert claim(SALT, "وتبلغ مدة عقد الميناء 25 عاماً.").verdict != "supported"
    # each contract keeps its own term
    assert claim(SALT, "وتبلغ مدة عقد الملح 25 عاماً.").verdict == "supported"
    assert claim(SALT, "وتبلغ مدة عقد الميناء 30 عاماً.").verdict == "supported"
    # a definite noun may point back to the contract its article brought in: no second contract
    one = "وقعت البلدية عقداً مع شركة الأفق لبناء الجسر الجديد. وتبلغ قيمة العقد 40 مليون دولار."
    assert claim(one, "وتبلغ قيمة عقد الجسر 40 مليون دولار.").verdict == "supported"


OASIS = "أطلقت الهيئة مشروع الواحة الخضراء، وتبلغ مساحته 300 كيلومتر مربع. وكشفت ضمن المشروع عن حي النخيل."


def test_a_pronouns_antecedent_across_a_pair_of_sentences():
    # TRUST BUG: the area ("مساحته") is the project's, named in its own sentence; the district, named in the next
    # sentence, was the claim's doer, and the pair of the two sentences supported it
    assert claim(OASIS, "ويمتد حي النخيل على مساحة 300 كيلومتر مربع.").verdict == "unsupported"
    # the project itself keeps its area
    assert claim(OASIS, "ويمتد مشروع الواحة الخضراء على مساحة 300 كيلومتر مربع.").verdict == "supported"


RESORT = ("أعلنت الهيئة عن مشروع زمردان السياحي في عام 2019. ويقع المشروع على ساحل الخليج، وتبلغ مساحته نحو 300 كيلومتر "
          "مربع. وفي عام 2021 كُشف عن مشروع «كورال باي» ضمن زمردان، وهو منتجع يبلغ طوله 12 كيلومتراً.")


def test_the_project_a_sentence_names_is_the_last_one_named_before_it():
    # TRUST BUG: "المشروع" may stand for a name the article puts "مشروع" before, but the project named before the
    # sentence is Zumurdan; the resort the article calls a project later was given Zumurdan's area
    assert claim(RESORT, "ويمتد كورال باي على مساحة 300 كيلومتر مربع.").verdict == "unsupported"
    assert claim(RESORT, "وتبلغ مساحة كورال باي 300 كيلومتر مربع.").verdict == "unsupported"
    # Zumurdan keeps its area, by its name or its whole name
    assert claim(RESORT, "وتبلغ مساحة زمردان 300 كيلومتر مربع.").verdict == "supported"
    assert claim(RESORT, "ويمتد مشروع زمردان على مساحة 300 كيلومتر مربع.").verdict == "supported"
