"""Round 17 of the generation guard: words put in another mouth. A claim "قالت X إن …" whose sayer the aligner linked
to a word of what the sentence reports (a synonym of a word there), while the sentence's own sayer stays unlinked,
was supported: held out 14 kept such a sentence. The sentences are our own, about made-up events."""

from conftest import claim

SOURCE = ("وقال الوزير إن العملية ستقتصر على الضربات الجوية دعماً للقوات في مواجهة المتمردين. "
          "وقالت المعارضة إن الغارات الأولى أصابت مناطق لا وجود للمتمردين فيها.")


def test_a_sayer_linked_only_to_a_word_of_what_was_said_is_not_the_sayer():
    # "المعارضة" met "مواجهة" as a synonym, so the minister's words were supported in the opposition's mouth
    assert claim(SOURCE, "وقالت المعارضة إن العملية ستقتصر على الضربات الجوية.").verdict != "supported"
    assert claim(SOURCE, "وقالت المعارضة إن الغارات الأولى أصابت مواقع للمتمردين.").verdict != "supported"


def test_the_same_sayer_reworded_still_supports():
    assert claim(SOURCE, "وقال الوزير إن العملية ستقتصر على الضربات الجوية.").verdict == "supported"
    assert claim(SOURCE, "وأكد الوزير أن العملية ستقتصر على الضربات الجوية.").verdict == "supported"
    assert claim(SOURCE, "وقالت المعارضة إن الغارات الأولى أصابت مناطق لا وجود للمتمردين فيها.").verdict == "supported"
