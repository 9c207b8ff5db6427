"""Round 9 of the generation guard: what a model's wording of a source may and may not be called, by the claim
checker behind `ask --generate`. A state the source tells ending is not the state; a count compatible with a
source's bound is not contradicted by it; each clause of a "فيما" sentence keeps its own agent; and the words
a model adds for a charge, a saying or a frame say nothing the source must state. The sentences are our own."""

from akhbar import verify
from conftest import verdict


def reason(source: str, claim: str) -> str:
    return verify(source, claim).claims[0].reason


# --- a state that ended is not the state -----------------------------------------------------------

LIFTED = "وتحررت بلدة الزيتون من الحصار بعد معارك عنيفة."
FREED = "وأفرجت السلطات عن عشرات الصحفيين المحتجزين في سجن المدينة."
STILL = "وما زالت بلدة الزيتون تحت الحصار منذ شهور."


def test_a_source_telling_a_siege_lifted_does_not_support_the_siege():
    # Every noun of the claim is in the source, but the source tells the siege ending.
    for claim in ("كانت بلدة الزيتون تحت الحصار.", "ولا تزال بلدة الزيتون تحت الحصار."):
        assert verdict(LIFTED, claim) != "supported", claim
    assert "تحررت" in reason(LIFTED, "ولا تزال بلدة الزيتون تحت الحصار.")
    assert verdict(LIFTED, "تحررت بلدة الزيتون من الحصار.") == "supported"


def test_prisoners_released_are_not_still_held():
    assert verdict(FREED, "ولا يزال عشرات الصحفيين محتجزين في سجن المدينة.") != "supported"
    assert verdict(FREED, "وأفرجت السلطات عن عشرات الصحفيين.") == "supported"


def test_a_source_stating_the_state_still_supports_it():
    assert verdict(STILL, "ولا تزال بلدة الزيتون تحت الحصار.") == "supported"


def test_a_state_told_with_its_length_may_be_stated_by_its_end():
    source = "وغادرت الناقلة الميناء بعد أكثر من شهرين من احتجازها."
    assert verdict(source, "وكانت الناقلة محتجزة أكثر من شهرين.") == "supported"
    assert verdict(source, "وكانت الناقلة محتجزة أكثر من ستة أشهر.") != "supported"
    assert verdict(source, "ولا تزال الناقلة محتجزة في الميناء.") != "supported"


# --- a count and a bound ------------------------------------------------------------------------

NOVELS = "ونشر الكاتب سليم الحداد أكثر من خمسين رواية."


def test_an_approximate_count_above_the_sources_lower_bound_is_not_contradicted():
    # "نحو ستين" is compatible with "أكثر من خمسين": the source does not say it, nor deny it.
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد نحو ستين رواية.") == "unsupported"
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد قرابة 55 رواية.") == "unsupported"


def test_an_exact_count_against_a_bound_is_still_a_changed_count():
    # News writes a bound near the count it knows: "75" where the source says "أكثر من خمسين" was changed.
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد 75 رواية.") == "contradicted"


def test_a_count_below_the_bound_is_still_contradicted():
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد نحو أربعين رواية.") == "contradicted"
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد أقل من عشرين رواية.") == "contradicted"
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد أكثر من ثمانين رواية.") == "contradicted"


def test_a_bound_in_other_words_is_the_same_bound_and_only_that_bound():
    assert verdict(NOVELS, "ونشر الكاتب سليم الحداد ما يزيد على خمسين رواية.") == "supported"
    about = "ونشر الكاتب سليم الحداد نحو خمسين رواية."
    assert verdict(about, "ونشر الكاتب سليم الحداد ما يزيد على خمسين رواية.") != "supported"


# --- each clause of a "فيما" sentence keeps its own agent and verb -----------------------------------

GOALS = "وسجل المهاجم رامي الخطيب ثلاثة أهداف، فيما أحرز زميله ماهر السعدي هدفاً واحداً."


def test_the_verb_of_the_other_clause_is_no_clash_when_the_agents_own_clause_says_it():
    # "أحرز" is said of the other clause's scorer; "سجل" says the same of رامي الخطيب in his own clause.
    assert verdict(GOALS, "أحرز رامي الخطيب ثلاثة أهداف.") == "supported"


def test_the_other_clauses_agent_or_another_deed_is_not_supported():
    assert verdict(GOALS, "أحرز ماهر السعدي ثلاثة أهداف.") != "supported"
    missed = "وأهدر المهاجم رامي الخطيب ثلاث فرص، فيما أحرز زميله ماهر السعدي ثلاثة أهداف."
    assert verdict(missed, "أحرز رامي الخطيب ثلاثة أهداف.") != "supported"


# --- words a model adds: a charge, a saying, a frame ------------------------------------------------

CHARGED = "وكُلّفت المهندسة ريم العلي بإعداد خطة لتوسيع المطار."


def test_a_task_given_is_a_charge():
    assert verdict(CHARGED, "وأُسندت إلى المهندسة ريم العلي مهمة إعداد خطة لتوسيع المطار.") == "supported"
    assert verdict(CHARGED, "وأُسندت إلى المهندسة ريم العلي مهمة إعداد خطة لتوسيع الميناء.") != "supported"
    assert verdict(CHARGED, "وأُسندت إلى المهندسة سلمى الحسن مهمة إعداد خطة لتوسيع المطار.") != "supported"
    assert verdict(CHARGED, "ولم تُسند إلى المهندسة ريم العلي مهمة إعداد خطة لتوسيع المطار.") != "supported"


def test_on_the_tongue_of_is_a_saying():
    source = "وأعلن مجلس البلدية إغلاق السوق القديم للترميم."
    assert verdict(source, "وجاء الإعلان على لسان مجلس البلدية.") == "supported"
    assert verdict(source, "وجاء الإعلان على لسان وزير السياحة.") != "supported"


def test_framing_words_add_nothing_to_find():
    led = "وكان العقيد نادر الصالح قد قاد الحملة على الجبل."
    assert verdict(led, "ويُذكر أن العقيد نادر الصالح هو من قاد الحملة على الجبل.") == "supported"
    assert verdict(led, "ويُذكر أن العقيد فراس الصالح هو من قاد الحملة على الجبل.") != "supported"
    opened = "افتتح المحافظ خالد الزين الجسر الجديد في مايو/أيار 2021."
    assert verdict(opened, "وافتُتح الجسر الجديد في مايو/أيار 2021 على يد المحافظ خالد الزين.") == "supported"
    assert verdict(opened, "وافتُتح الجسر الجديد في مايو/أيار 2021 على يد الوزير خالد الزين.") != "supported"
    became = "وفاز العداء بالسباق ليصبح أول عربي يحقق اللقب."
    assert verdict(became, "وفاز العداء بالسباق ليغدو أول عربي يحقق اللقب.") == "supported"
    assert verdict(became, "وفاز العداء بالسباق ليغدو ثاني عربي يحقق اللقب.") != "supported"
