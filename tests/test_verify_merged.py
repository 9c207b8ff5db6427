"""A place said next to a word in one sentence is not the place its neighbour sentence names. Two neighbouring
sentences read as one (a pair), or a sentence read with what the rest of its article states, let a claim take its
head word ("مدينة"), its place word ("قرب") and its name from different sentences: "قرب مدينة حلب" was supported
where the sentence that names the base places it "قرب مدينة دمشق" and the next one speaks of حلب for another
reason. Each with its true variant. The sentences are our own, about a made-up raid."""

from conftest import verdict

BASE = "وأقلعت المقاتلات فجر الأحد من قاعدة الضمير الجوية الواقعة قرب مدينة دمشق."
CAPITAL = "وأقلعت المقاتلات فجر الأحد من قاعدة الضمير الجوية قرب العاصمة دمشق."
BARE = "وأقلعت المقاتلات فجر الأحد من قاعدة الضمير الجوية الواقعة قرب دمشق."


def test_a_town_and_its_head_word_from_the_next_sentence_do_not_place_the_base():
    # the pair read "قرب" and "مدينة" in the first sentence and "مدينة حلب" in the second
    for second in ("وقال القائد إن طياريه تدربوا في مدينة حلب.", "وتعرضت مدينة حلب لقصف عنيف في اليوم نفسه."):
        article = BASE + " " + second
        assert verdict(article, "وتقع قاعدة الضمير الجوية قرب مدينة حلب.") != "supported"
        assert verdict(article, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب مدينة حلب.") != "supported"
        assert verdict(article, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب مدينة دمشق.") == "supported"


def test_a_town_named_after_the_sentences_own_head_word_is_no_other_town():
    # "قرب العاصمة دمشق": the town of the next sentence was put in دمشق's place, its head word skipped
    article = CAPITAL + " وقال القائد إن طياريه تدربوا في حلب."
    assert verdict(article, "وتقع قاعدة الضمير الجوية قرب حلب.") != "supported"
    assert verdict(article, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب العاصمة دمشق.") == "supported"


def test_a_head_word_and_town_the_article_states_elsewhere_do_not_replace_the_sentences_town():
    # the sentence alone, "مدينة حلب" borrowed from the next: "قرب دمشق" became "قرب مدينة حلب"
    article = BARE + " وتعرضت مدينة حلب لقصف عنيف في اليوم نفسه."
    assert verdict(article, "وتقع قاعدة الضمير الجوية قرب مدينة حلب.") != "supported"
    assert verdict(article, "وأقلعت المقاتلات من قاعدة الضمير الجوية قرب دمشق.") == "supported"


def test_a_place_word_said_only_before_another_town_is_not_borrowed():
    # the second sentence names the base and حلب; "قرب" (said only in "قرب مدينة دمشق") was borrowed for "قرب حلب"
    article = BASE + " وقال القائد إن الطيارين تدربوا في قاعدة الضمير وفي حلب."
    assert verdict(article, "وتقع قاعدة الضمير الجوية قرب حلب.") != "supported"
    assert verdict(article, "وتدرب الطيارون في قاعدة الضمير وفي حلب.") == "supported"
