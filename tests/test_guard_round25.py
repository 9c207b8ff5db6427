"""Round 25 of the generation guard: a pronoun's antecedent (a trust bug), a feminine noun under its pronoun, a form II
ḥāl participle, "ذاتها", a match dated by its result. The sentences are our own, about made-up bodies, projects, clubs
and places."""

from conftest import claim

OASIS = "أطلقت الهيئة مشروع الواحة الخضراء، وتبلغ مساحته 300 كيلومتر مربع. وكشفت ضمن المشروع عن حي النخيل."
HARBOUR = ("افتتحت البلدية ميناء الصيادين الجديد، ويبلغ طوله 900 متر. "
           "ويضم الميناء سوق السمك البلدي.")
PARK = "ويقع المنتزه شرق المدينة، وتبلغ مساحته 40 هكتاراً. وافتتحت البلدية منتزه الربيع في مايو."


def test_a_pronouns_antecedent_is_the_thing_its_sentence_names():
    # TRUST BUG: "مساحته" is the project's, named in its own sentence; the district of the next sentence (or of the
    # article) was lent to the pronoun and the district was given the project's area
    assert claim(OASIS, "وتبلغ مساحة حي النخيل 300 كيلومتر مربع.").verdict == "unsupported"
    assert claim(HARBOUR, "ويبلغ طول سوق السمك البلدي 900 متر.").verdict == "unsupported"
    # the project itself, by its whole name or its own name, keeps its area
    assert claim(OASIS, "وتبلغ مساحة مشروع الواحة الخضراء 300 كيلومتر مربع.").verdict == "supported"
    assert claim(OASIS, "وتبلغ مساحة الواحة الخضراء 300 كيلومتر مربع.").verdict == "supported"
    assert claim(HARBOUR, "ويبلغ طول ميناء الصيادين الجديد 900 متر.").verdict == "supported"
    # a sentence that names its thing only by a noun the article puts before a name ("المنتزه" / "منتزه الربيع") may
    # stand for that name
    assert claim(PARK, "وتبلغ مساحة منتزه الربيع 40 هكتاراً.").verdict == "supported"


STORM = "ضرب الإعصار الساحل الشرقي مساء الخميس بقوة 4 درجات. وضرب زلزال بقوة 6.1 درجات جزيرة المرجان فجر الأحد."


def test_a_feminine_noun_under_its_pronoun_is_that_noun():
    # "قوته" writes the ة of "قوة" as ت before the pronoun: none of its keys met the sentence's "بقوة", and a true
    # sentence was contradicted ("the source says بقوة where the claim says قوته") or dropped
    assert claim(STORM, "وبلغت قوته 4 درجات.").verdict == "supported"
    assert claim(STORM, "وبلغت قوتها 6.1 درجات.").verdict == "supported"
    # the noun found is held to the sentence's value
    assert claim(STORM, "وبلغت قوته 6.5 درجات.").verdict == "contradicted"


SPEECH = "وقال الوزير في مؤتمر صحفي إن الأزمة أعمق مما يبدو، محملاً الشركات المستوردة مسؤولية نقص الدواء."


def test_a_form_two_hal_participle_is_its_past():
    # "محملاً" (form II, its past "حمّل" written without its shadda) was found by no key of the claim's "حمّل": the
    # claim's verb was read as a change of the sentence's "وقال", and a true sentence was contradicted
    assert claim(SPEECH, "وحمّل الوزير الشركات المستوردة مسؤولية نقص الدواء.").verdict == "supported"
    # the one it blames is still the sentence's
    assert claim(SPEECH, "وحمّل الوزير وزارة الصحة مسؤولية نقص الدواء.").verdict != "supported"


CONTRACT = "ووقعت البلدية مع المؤسسة نفسها عقداً لصيانة الجسور مدة عشر سنوات في عام 2016."


def test_the_same_written_with_dhat_is_the_same_as_with_nafs():
    # "نفسها" is a stopword and "ذاتها" was a word of its own no source said ("no evidence for: ذاتها")
    assert claim(CONTRACT, "ووقعت البلدية مع المؤسسة ذاتها عقداً لصيانة الجسور في عام 2016.").verdict == "supported"
    assert claim(CONTRACT, "ووقعت البلدية مع المؤسسة ذاتها عقداً لصيانة الجسور في عام 2018.").verdict == "contradicted"


CUP = ("حقق نادي الساحل لقب الكأس مساء الجمعة 3 مايو 2024 بفوزه على نادي الوادي 2-1 على ملعب المدينة. "
       "وسجل مهاجم الساحل هدف الفوز في الدقيقة الأخيرة من المباراة.")


def test_a_match_is_dated_by_its_result():
    # the sentence dates the match by its result ("بفوزه على …") and names no match of its own: "المباراة" found no
    # word there, and the true date was dropped (the other sentence's "المباراة" has no date)
    assert claim(CUP, "وكانت المباراة مساء الجمعة 3 مايو 2024.").verdict == "supported"
    # another day or ground is still the sentence's to deny
    assert claim(CUP, "وكانت المباراة مساء الجمعة 10 مايو 2024.").verdict != "supported"
    assert claim(CUP, "وكانت المباراة على ملعب الشاطئ.").verdict != "supported"
