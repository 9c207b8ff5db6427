"""A head that does not tell its complement done (a guess, a belief, a claim, a denial: lexicon.UNREALISED_HEADS) is
read past a subject of several words before its "أن" ("رجح مهندس في نقابة المهندسين أن يكون …"). Round 24 left it:
the head stood more than four words before "أن", past unrealised_head's reach, and the claim stated as a fact was
supported. Sentences written for this test."""

import pytest

from akhbar import verify

GUESSED = [
    ("رجح مهندس في نقابة المهندسين أن يكون سبب انهيار المبنى خللاً في الأساسات.", "سبب انهيار المبنى خلل في الأساسات.",
     "رجح"),
    ("يعتقد ضابط في خفر السواحل أن القارب غرق بسبب الحمولة الزائدة.", "غرق القارب بسبب الحمولة الزائدة.", "يعتقد"),
    ("زعم متحدث باسم مجموعة القراصنة المجهولة أن أعضاءها اخترقوا حسابات البنك.", "اخترق القراصنة حسابات البنك.", "زعم"),
    ("نفى المدير التنفيذي لشركة الإنشاءات الكبرى أن تكون الشركة دفعت رشوة للموظفين.", "دفعت الشركة رشوة للموظفين.",
     "نفى"),
]


@pytest.mark.parametrize("source, claim_text, head", GUESSED)
def test_a_guess_past_its_subject_does_not_support_a_fact(source, claim_text, head):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source does not tell it as done: {head} … "), claim.reason


STATED = [
    # the "أن" is a saying verb's, not the guess's
    ("رجح مهندس في النقابة أمس، وقال إن المبنى انهار بسبب خلل في الأساسات.", "انهار المبنى بسبب خلل في الأساسات."),
    ("يعتقد كثيرون أن الطقس سيئ، وأكد ضابط في خفر السواحل أن القارب غرق قرب الشاطئ.", "القارب غرق قرب الشاطئ."),
    ("أوضح مدير الدفاع المدني في المحافظة أن سبب الحريق ماس كهربائي.", "سبب الحريق ماس كهربائي."),
    ("طالب النواب الحكومة بالتحقيق بعدما أكدت الوزارة أن الشركة دفعت غرامة كبيرة.", "الشركة دفعت غرامة كبيرة."),
]


@pytest.mark.parametrize("source, claim_text", STATED)
def test_a_fact_told_by_another_verb_is_still_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason
