"""A present-tense verb meets the verbal noun of its root: AWN lists the past and the verbal noun, not the present,
so "يوقف" had no root and "إيقاف" met nothing ("إيقاف مدير المصنع عن العمل" was contradicted by "الوزير يوقف مدير
المصنع عن العمل": the source's verb was read as a word of its own in the claim's slot). With the root, two closers
keep the wrong pairs it would let through shut: an execution is the opposite of a pardon (lexicon.ANTONYMS), and a
giver and a receiver told by the preposition on their names change sides (verify_routes.crossed_preposition). The
sentences are our own, about made-up events."""

from akhbar import verify
from akhbar.sides import analyze


def judged(source: str, text: str):
    return verify(source, text).claims[0]


def test_a_present_verb_has_the_root_of_its_verbal_noun():
    roots = {w.text: w.root for w in analyze("الوزير يوقف المدير ويتحدث عن خطة ويهددان بالاستقالة").words}
    assert roots["يوقف"] == "وقف" and roots["ويتحدث"] == "حدث" and roots["ويهددان"] == "هدد"
    # a name the table does not list is no verb: no root is made up for it
    assert analyze("ترامب").words[0].root is None


def test_a_claim_worded_with_the_verbal_noun_is_supported_by_the_verb():
    fired = "الوزير يوقف مدير المصنع عن العمل بعد الحريق"
    assert judged(fired, "إيقاف مدير المصنع عن العمل بعد الحريق").verdict == "supported"  # was contradicted
    assert judged("حديث الوزير عن خطة لإصلاح الطرق", "الوزير يتحدث عن خطة لإصلاح الطرق").verdict == "supported"


def test_the_root_lets_no_other_thing_or_opposite_through():
    assert judged("الوزير يوقف مدير المزرعة عن العمل بعد الحريق",
                  "إيقاف مدير المصنع عن العمل بعد الحريق").verdict != "supported"
    assert judged("الوزير يعيد مدير المصنع إلى العمل بعد الحريق",
                  "إيقاف مدير المصنع عن العمل بعد الحريق").verdict == "contradicted"


def test_an_execution_is_no_pardon():
    executed = "السلطات تعدم خمسة مدانين بالتهريب"
    said = judged(executed, "عفو عن خمسة مدانين بالتهريب")
    assert said.verdict == "contradicted" and said.reason.startswith("opposite"), said.reason


def test_a_deposit_told_the_other_way_round_is_not_supported():
    # who deposits with whom: the preposition moves from one country to the other
    deposit = "مليار دولار قطرية وديعة بالأردن"
    said = judged(deposit, "الأردن تودع مليار دولار بقطر")
    assert said.verdict != "supported" and "the other way round" in said.reason, said.reason
    assert judged(deposit, "قطر تودع مليار دولار بالأردن").verdict == "supported"


def test_a_protest_of_another_people_is_not_supported():
    # the verb's root now meets "مظاهرات"; the country named in the sentence is where, the people who protest are others
    border = "آلاف السوريين يتظاهرون على الحدود بين سوريا ولبنان"
    said = judged(border, "مظاهرات لبنانية على حدود سوريا")
    assert said.verdict != "supported" and "السوريين" in said.reason, said.reason
    assert judged(border, "مظاهرات سورية على حدود لبنان").verdict == "supported"
    # a country before the deed is its agent: the raid is that country's whoever else the sentence names
    assert judged("إسرائيل تشن غارة على غزة وتقتل ثلاثة فلسطينيين", "غارة إسرائيلية على غزة").verdict == "supported"
