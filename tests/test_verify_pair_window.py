"""A claim whose words one sentence covers and whose number the next sentence gives is judged on the two together:
the sentence that lacks the number does not keep the pair from being read. The sentences are our own, about a
made-up city."""

from akhbar import verify

CONTEXT = ("أعلنت الحكومة أن العاصمة الإدارية الجديدة ستستوعب عددا كبيرا من السكان بعد اكتمالها. "
           "وقال المتحدث إن المدينة ستضم خمسة ملايين نسمة عند اكتمال مراحلها.")


def test_a_number_given_by_the_next_sentence_supports_the_claim():
    said = verify(CONTEXT, "العاصمة الإدارية الجديدة ستستوعب خمسة ملايين نسمة").claims[0]
    assert said.verdict == "supported", said.reason  # was "no evidence for: خمسة ملايين"
    assert "خمسة ملايين" in said.evidence


def test_another_number_there_contradicts_it():
    said = verify(CONTEXT, "العاصمة الإدارية الجديدة ستستوعب سبعة ملايين نسمة").claims[0]
    assert said.verdict == "contradicted" and "خمسة ملايين" in said.reason, said.reason


def test_a_number_no_sentence_gives_stays_unsupported():
    said = verify(CONTEXT, "العاصمة الإدارية الجديدة ستستوعب خمسة ملايين نسمة بحلول 2030").claims[0]
    assert said.verdict == "unsupported", said.reason
    lone = verify("ستستوعب العاصمة الإدارية الجديدة عددا كبيرا من السكان. وافتتح فيها مسجد كبير.",
                  "العاصمة الإدارية الجديدة ستستوعب خمسة ملايين نسمة").claims[0]
    assert lone.verdict == "unsupported", lone.reason
