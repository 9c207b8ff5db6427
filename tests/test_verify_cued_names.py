"""A name Arabic tells only by its company ("جامعة X", "ميناء X": no capitals, a foreign name of no Arabic shape)
changed for another name after the same cue is a changed name: two universities, two ports. Before, it was only a gap
("the source names Y, not X", unsupported). The sentences are our own, about made-up events."""

from akhbar.verify import judge_pair

SOURCE = "صدرت الدراسة الجديدة عن المناخ بواسطة جامعة إرلانغن في عام 2015 ضمن سلسلة علمية"


def test_another_name_after_the_same_cue_contradicts():
    said = judge_pair("أصدرت جامعة أوبسالا الدراسة الجديدة عن المناخ عام 2015", SOURCE)
    assert said.verdict == "contradicted", said.reason  # was unsupported: "the source names إرلانغن, not أوبسالا"
    assert "أوبسالا" in said.reason and "إرلانغن" in said.reason
    letters = "نُشرت رسائل الرحالة الثلاث باللغة الفرنسية بواسطة جامعة إرلانغن في عام 1921 في كتاب واحد"
    assert judge_pair("نشرت جامعة أوبسالا رسائل الرحالة الثلاث بالفرنسية عام 1921", letters).verdict == "contradicted"


def test_the_same_name_after_the_cue_still_supports():
    assert judge_pair("أصدرت جامعة إرلانغن الدراسة الجديدة عن المناخ عام 2015", SOURCE).verdict == "supported"
    # a name the sentence adds after its cue, the claim's name kept, is no change
    assert judge_pair("أعلنت شركة أرامكو أرباحها الفصلية",
                      "أعلنت شركة النفط الوطنية أرامكو أرباحها الفصلية").verdict == "supported"
