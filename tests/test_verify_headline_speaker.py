"""A claim's saying verb against a headline "X: …" (verify_speakers.headline_said, round 21): "أعلن X أن …" or "X يصرح
بأنه …" says what the headline's colon says when X is the speaker before it. Read as a word of its own the verb was a
claim word the sentence lacks and a true claim was unsupported. The sentences are our own, about made-up events."""

from akhbar.verify import judge_pair


def test_a_sayer_before_the_colon_says_what_the_claims_verb_says():
    said = judge_pair("أعلن ماكرون أن خطر الفيضانات ما زال قائما في الجنوب",
                      "ماكرون بعد اجتماع الحكومة: خطر الفيضانات ما زال قائما في الجنوب")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: أعلن"
    said = judge_pair("ماكرون يصرح بأنه لا يوجد ما يمنع افتتاح الجسر الجديد",
                      "ماكرون: لا يوجد ما يمنع افتتاح الجسر الجديد")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: يصرح"


def test_another_speaker_or_the_sayer_in_the_report_is_no_support():
    # the claim's sayer is not the headline's speaker: who said it is not stated
    said = judge_pair("أعلن ماكرون أن خطر الفيضانات ما زال قائما في الجنوب",
                      "ميركل: خطر الفيضانات ما زال قائما في الجنوب")
    assert said.verdict != "supported", said.reason
    # the claim's sayer is in what the headline reports, not before its colon
    said = judge_pair("أعلن ماكرون أن خطر الفيضانات ما زال قائما في الجنوب",
                      "ميركل: ماكرون يرى خطر الفيضانات ما زال قائما في الجنوب")
    assert said.verdict != "supported", said.reason
    # two headlines with the speaker and the party of the deed exchanged stay never supported (speaker_swapped)
    said = judge_pair("ماكرون: ميركل تعرقل الاتفاق", "ميركل: ماكرون يعرقل الاتفاق")
    assert said.verdict != "supported", said.reason
