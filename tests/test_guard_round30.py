"""Round 30 (guard39) of the generation guard, in our own words (a made-up new town, farm plan, minister and coach):
dev 26's three false "supported" — a qualifier the sentence gives its head otherwise, borrowed from the article ("الحي
الحكومي" / "حي المال" beside "مقر الحكومة"; "وزير المالية" / "وزير الإسكان" beside "منطقة للمال"), and a comparison
turned round ("الدولة أكبر من الفساد" / "الفساد أكبر من الدولة")."""

from conftest import claim

TOWN = ("ويهدف المشروع إلى نقل مقر الحكومة من وسط المدينة القديمة. "
        "وتضم المدينة الجديدة حي الفنون الذي يقع فيه المسرح الكبير، أكبر مسرح في المنطقة.")
PLAN = ("أعلنت الحكومة اليوم الخطة الزراعية الجديدة خلال مؤتمر عن السياسة المالية في العاصمة. "
        "وقدم وزير الزراعة سالم الهاشمي الخطة التي قدرت كلفتها بنحو ملياري دينار.")


def test_a_qualifier_the_sentence_gives_otherwise_is_not_borrowed_from_the_article():
    # dev 26 kept "ويقع البرج الأيقوني في الحي الحكومي بالعاصمة": the tower stands in the business district ("حي المال"),
    # and "الحكومي" was found in the sentence before ("ومقر الحكومة"), read with it as a pair
    assert claim(TOWN, "ويقع المسرح الكبير في الحي الحكومي بالمدينة الجديدة.").verdict != "supported"
    # dev 26 kept "وعرض وزير المالية المشروع في المؤتمر" (the source: "وزير الإسكان"), "المالية" borrowed from the
    # article's "منطقة للمال"
    assert claim(PLAN, "وقدم وزير المالية الخطة في المؤتمر.").verdict != "supported"
    # the head with the sentence's own qualifier, or none, is still supported, and so is a qualifier the sentence
    # itself says of another word ("الخطة الزراعية")
    assert claim(TOWN, "ويقع المسرح الكبير في حي الفنون بالمدينة الجديدة.").verdict == "supported"
    assert claim(PLAN, "وقدم وزير الزراعة سالم الهاشمي الخطة.").verdict == "supported"
    assert claim(PLAN, "وقدم وزير الزراعة الخطة الزراعية الجديدة.").verdict == "supported"


SAID = "قال الوزير في مؤتمر صحفي إن الديون أثقل من الموازنة، وإن الإصلاح أكبر من الحكومة."
COACH = "وقال المدرب بعد المباراة إن الفريق أقوى من الخصم رغم الخسارة."


def test_a_comparison_turned_round_is_contradicted():
    # dev 26 kept "وقال دياب إن الدولة أكبر من الفساد" (the source: "إن الفساد أكبر من الدولة"): every word is the
    # sentence's, in the other order
    turned = claim(SAID, "وقال الوزير إن الحكومة أكبر من الإصلاح.")
    assert turned.verdict == "contradicted" and "الحكومة" in turned.reason
    assert claim(COACH, "وقال المدرب إن الخصم أقوى من الفريق.").verdict == "contradicted"
    # the comparison as the sentence makes it is still supported
    assert claim(SAID, "وقال الوزير إن الإصلاح أكبر من الحكومة.").verdict == "supported"
    assert claim(COACH, "وقال المدرب إن الفريق أقوى من الخصم.").verdict == "supported"


WORKS = "ومن أشهر مؤلفاتها أيضاً رواية البحر الأخير ومجموعة حكايات الجسر."
RESCUE = "وشاركت فرق الإنقاذ الأهلية المعروفة باسم \"السترات الزرقاء\" في انتشال الغرقى من النهر."


def test_well_known_is_no_fact_of_its_own():
    # dev 15, 24 and 26 dropped "ومن رواياته المعروفة أيضاً أولاد حارتنا واللص والكلاب" against "ومن أشهر رواياته أيضاً
    # …": "المعروفة" found nothing in the source
    assert claim(WORKS, "ومن مؤلفاتها المعروفة أيضاً رواية البحر الأخير.").verdict == "supported"
    # another work is still not supported
    assert claim(WORKS, "ومن مؤلفاتها المعروفة أيضاً رواية النهر الأول.").verdict != "supported"
    # known by a name is still a naming: the name is read, and another name is not supported
    assert claim(RESCUE, "وتعرف فرق الإنقاذ الأهلية باسم \"السترات الزرقاء\".").verdict == "supported"
    assert claim(RESCUE, "وتعرف فرق الإنقاذ الأهلية باسم \"السترات البيضاء\".").verdict != "supported"
