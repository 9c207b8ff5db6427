"""A town's head word ("مدينة", "العاصمة", "بلدة", lexicon.TOWN_HEADS) before the same name is no other place: a claim
may drop it, add it or say another one and stay supported ("قرب حمص" was unsupported against "قرب مدينة حمص", "قرب
مدينة حمص" contradicted by "قرب العاصمة حمص"). Another name after any head word stays another place. The sentences
are our own, about a made-up factory."""

import pytest

from conftest import verdict

OPENED = "وافتتحت الشركة الأحد مصنعاً جديداً للإسمنت الواقع قرب {}."
HEADS = ("مدينة حمص", "العاصمة حمص", "بلدة حمص", "حمص")


@pytest.mark.parametrize("source", HEADS)
@pytest.mark.parametrize("said", HEADS)
def test_the_same_town_with_or_without_its_head_word_is_supported(source, said):
    article = OPENED.format(source)
    assert verdict(article, f"ويقع المصنع الجديد قرب {said}.") == "supported"
    assert verdict(article, f"وافتتحت الشركة مصنعاً للإسمنت قرب {said}.") == "supported"


@pytest.mark.parametrize("source", HEADS)
@pytest.mark.parametrize("said", ("مدينة حماة", "العاصمة حماة", "قرية حماة", "حماة"))
def test_another_town_after_any_head_word_is_not_supported(source, said):
    article = OPENED.format(source)
    assert verdict(article, f"ويقع المصنع الجديد قرب {said}.") != "supported"
    assert verdict(article, f"وافتتحت الشركة مصنعاً للإسمنت قرب {said}.") != "supported"


def test_a_head_word_before_another_town_of_the_sentence_is_not_the_claims():
    # the sentence names حماة after its head word and حمص bare, for another reason
    article = "وافتتحت الشركة الأحد مصنعاً جديداً للإسمنت الواقع قرب مدينة حماة، وتنقل إنتاجه شاحنات إلى حمص."
    assert verdict(article, "ويقع المصنع الجديد قرب مدينة حمص.") != "supported"
    assert verdict(article, "ويقع المصنع الجديد قرب حماة.") == "supported"


def test_the_base_near_the_capital_reported_in_round_16():
    # guard18's made-up raid: the dropped and the swapped head word lost the true claim, another town stays contradicted
    near_city = "وأقلعت المقاتلات فجر الأحد من قاعدة الضمير الجوية الواقعة قرب مدينة دمشق."
    near_capital = "وأقلعت المقاتلات فجر الأحد من قاعدة الضمير الجوية قرب العاصمة دمشق."
    assert verdict(near_city, "وتقع قاعدة الضمير الجوية قرب دمشق.") == "supported"
    assert verdict(near_capital, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب مدينة دمشق.") == "supported"
    assert verdict(near_capital, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب مدينة حلب.") == "contradicted"
