"""A count or a date is the deed's of its own clause: a claim may not lend it to the verb of another clause.

Our own sentences (round 23, verify34). TRUST BUG on main: "اعتقلت الشرطة تسعة متظاهرين" was supported (0.91) by a
sentence where the nine are the ones released, and "بدأت فرق الإغاثة عملها في 3 مارس" (0.90) by one where 3 March
is the earthquake's day and the work began two days later.
"""

from akhbar import verify

ARRESTS = "اعتقلت الشرطة أربعة متظاهرين وأطلقت سراح تسعة آخرين."
FIRE = "توفي ثلاثة أشخاص وأصيب اثنا عشر آخرون في حريق المصنع."
QUAKE = "وقع الزلزال في 3 مارس، وبدأت فرق الإغاثة عملها بعد يومين."
PARLIAMENT = "انتخب البرلمان رئيسه في 9 يناير، وصادق على الحكومة الجديدة في 14 يناير."


def claim(source: str, text: str):
    return verify(source, text).claims[0]


def test_a_count_of_the_other_clauses_verb_is_no_support():
    # (round 24: the arrests' clause gives its own count, four, so nine is contradicted: test_verify_home_clause_value)
    found = claim(ARRESTS, "اعتقلت الشرطة تسعة متظاهرين.")
    assert found.verdict != "supported"
    assert "تسعة" in found.reason and "وأطلقت" in found.reason
    assert claim(FIRE, "توفي اثنا عشر شخصا في حريق المصنع.").verdict != "supported"


def test_a_date_of_the_other_clauses_deed_is_no_support():
    found = claim(QUAKE, "بدأت فرق الإغاثة عملها في 3 مارس.")
    assert found.verdict == "unsupported"
    assert "وقع" in found.reason
    assert claim(PARLIAMENT, "صادق البرلمان على الحكومة الجديدة في 9 يناير.").verdict != "supported"
    # a year after "ثم", a share after a past of form V / VI
    cup = "فاز الفريق بالكأس عام 2010، ثم خسر النهائي عام 2012."
    assert claim(cup, "خسر الفريق النهائي عام 2010.").verdict != "supported"
    assert claim(cup, "فاز الفريق بالكأس عام 2010.").verdict == "supported"
    prices = "ارتفعت أسعار الذهب بنسبة 3% وتراجعت أسعار النفط بنسبة 5%."
    assert claim(prices, "ارتفعت أسعار الذهب بنسبة 5%.").verdict != "supported"
    assert claim(prices, "ارتفعت أسعار الذهب بنسبة 3%.").verdict == "supported"


def test_a_value_in_its_own_verbs_clause_stays_supported():
    assert claim(ARRESTS, "اعتقلت الشرطة أربعة متظاهرين.").verdict == "supported"
    assert claim(QUAKE, "وقع الزلزال في 3 مارس.").verdict == "supported"
    assert claim(PARLIAMENT, "صادق البرلمان على الحكومة الجديدة في 14 يناير.").verdict == "supported"
    # a list of values after one verb each: the second verb's own count
    assert claim(FIRE, "أصيب اثنا عشر شخصا في حريق المصنع.").verdict == "supported"
    # the claim's verb worded as the other clause's ("سجل" / "أحرز"), its doer and goals in that clause
    goals = "وسجل لاعب الضيوف هدفين، فيما أحرز قائد الفريق خالد العمري ثلاثة أهداف في اللقاء."
    assert claim(goals, "سجل خالد العمري ثلاثة أهداف في اللقاء.").verdict == "supported"


def test_one_verb_and_its_values_after_wa_stay_supported():
    assert claim("قتل خمسة مدنيين وثلاثة جنود في القصف.", "قتل ثلاثة جنود في القصف.").verdict == "supported"
    assert claim("زار الوزير المدرسة والمستشفى في 6 أبريل.", "زار الوزير المستشفى في 6 أبريل.").verdict == "supported"
