"""A price's rise or fall told by another verb of the move (round 20): "يقفز" / "ارتفاع", "تهوي" / "هبوط", "تراجع" /
"انخفاض". Each family is one synonym group (lexicon.rewording), and the aligner keeps what a move is said of: a word
of one root links by its root inside a group too, a claim word takes the sentence's word of its own root first, two
move words of the claim do not share the sentence's one, and a thing named in two words keeps its move as one. The
sentences are our own, about made-up markets."""

from akhbar.verify import judge_pair


def test_a_move_told_by_another_verb_of_it_is_supported():
    said = judge_pair("ارتفاع سعر النحاس في السوق الآسيوية", "سعر النحاس يقفز في السوق الآسيوية")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: ارتفاع"
    said = judge_pair("هبوط عملة الجزيرة أمام اليورو", "عملة الجزيرة تهوي أمام اليورو")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: هبوط"
    said = judge_pair("تراجع أسعار القمح في الموانئ", "انخفاض أسعار القمح في الموانئ")
    assert said.verdict == "supported", said.reason  # was contradicted: "the source says انخفاض where the claim says تراجع"
    # a move the other way is still an opposite, whichever verb tells it
    assert judge_pair("ارتفاع سعر النحاس في السوق الآسيوية", "سعر النحاس يهبط في السوق الآسيوية").verdict == "contradicted"
    assert judge_pair("انخفاض سعر النحاس في السوق الآسيوية", "سعر النحاس يقفز في السوق الآسيوية").verdict == "contradicted"


def test_a_move_word_takes_its_own_root_before_another_verb_of_its_family():
    # "ارتفاع" and "يرتفع" are one root in the rise group: linked by it, "ارتفاع" takes the sentence's "يرتفع" (the
    # gold's), not the "صعود" of the shares written first
    said = judge_pair("ارتفاع الذهب مع صعود الأسهم", "صعود الأسهم في البورصة والذهب يرتفع")
    assert said.verdict == "supported" and "ارتفاع = يرتفع" in said.reason, said.reason


def test_two_moves_of_the_claim_do_not_share_the_sentence_one():
    # the sentence's one rise is the dollar's; the claim's second rise, of gold, is its own (the sentence has gold
    # brought down)
    said = judge_pair("تعافي الدولار يصعد بالذهب", "ارتفاع الدولار ينزل بالذهب")
    assert said.verdict != "supported", said.reason
    # a claim telling one move in two words of the sentence's family is still supported by it
    said = judge_pair("ارتفاع سعر النحاس في السوق الآسيوية", "سعر النحاس يرتفع في السوق الآسيوية")
    assert said.verdict == "supported", said.reason


def test_a_thing_named_in_two_words_keeps_its_move():
    # each side says a rise and a fall; the claim gives the crude's rise to "الخام", the sentence its fall to
    # "الأميركي" of the same two words: the moves are swapped
    said = judge_pair("ارتفاع بالخام الأميركي وانخفاض لعلاوة برنت", "الخام الأميركي يهبط وعلاوة برنت ترتفع لأعلى مستوى")
    assert said.verdict == "contradicted", said.reason
    said = judge_pair("ارتفاع بالخام الأميركي وانخفاض لعلاوة برنت", "الخام الأميركي يرتفع وعلاوة برنت تهبط لأدنى مستوى")
    assert said.verdict != "contradicted", said.reason


def test_a_scarcity_is_the_opposite_of_more_of_it():
    # a price moved by less of a crop is not moved by more of it (round 21: the slot change "قلة" / "زيادة" was left to
    # the model, which called it a change at 0.62 with the shipped trees and missed it out of fold)
    said = judge_pair("تراجع أسعار البن بفعل قلة محصول البرازيل", "انخفاض أسعار البن بعد زيادة محصول البرازيل")
    assert said.verdict == "contradicted" and "قلة / زيادة" in said.reason, said.reason
    said = judge_pair("ارتفاع أسعار الأرز مع ندرة المعروض", "ارتفاع أسعار الأرز مع وفرة المعروض")
    assert said.verdict == "contradicted" and "ندرة / وفرة" in said.reason, said.reason
    # the same scarcity on both sides is no opposite
    said = judge_pair("ارتفاع أسعار البن بفعل قلة محصول البرازيل", "قلة محصول البرازيل ترفع أسعار البن")
    assert said.verdict != "contradicted", said.reason


def test_a_scarcity_after_its_conjunction_is_that_scarcity():
    # "وشح" is و + "شح" (a doubled root of two letters the word tables lacked): it was read as a word of its own, the
    # claim's "شح" met nothing, and a true claim was contradicted
    said = judge_pair("ارتفاع أسعار الخبز بسبب شح القمح", "ارتفاع أسعار الخبز وشح القمح")
    assert said.verdict == "supported", said.reason
    # and "شح" is the opposite of plenty (round 21 left it out of the scarcity family for want of the above)
    said = judge_pair("تراجع أسعار الأرز بفعل شح المعروض", "تراجع أسعار الأرز بعد وفرة المعروض")
    assert said.verdict == "contradicted" and "شح / وفرة" in said.reason, said.reason
