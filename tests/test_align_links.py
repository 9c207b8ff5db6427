"""The aligner's word links and name test, as a claim checker reads them: which words of a claim
stand for which words of a sentence, and which words are names (an unmatched name blocks support)."""

from __future__ import annotations

import pytest

from akhbar.align import align, analyze
from akhbar.qa.match import weak_root


def _links(claim: str, sentence: str) -> dict[str, str]:
    a = align(analyze(claim), analyze(sentence))
    return {a.claim.words[i].text: a.evidence.words[link.evidence].text for i, link in a.links.items()}


@pytest.mark.parametrize("claim,sentence,word,linked", [
    # The present on the sentence's side was never looked up for a claim's past (nor its verbal noun).
    ("تعهد الرئيس بإصلاح التعليم", "الرئيس يتعهد بإصلاح التعليم", "تعهد", "يتعهد"),
    ("الرئيس يتعهد بإصلاح التعليم", "تعهد الرئيس بإصلاح التعليم", "يتعهد", "تعهد"),
    # Verbs of weak roots and their verbal nouns: hollow, defective, with a hamza.
    ("أقال الرئيس وزير الداخلية", "الرئيس يقيل وزير الداخلية", "أقال", "يقيل"),
    ("نفى الوزير الخبر", "الوزير ينفي الخبر", "نفى", "ينفي"),
    ("زيارة الوزير إلى القاهرة", "الوزير يزور القاهرة", "زيارة", "يزور"),
    ("بدء التنقيب عن الغاز", "الشركة تبدأ التنقيب عن الغاز", "بدء", "تبدأ"),
    # WordNet's roots of the two differ in a doubled letter only (جلل / أجل): one root still.
    ("أُجّل الاجتماع بسبب الطقس", "بعد تأجيله الاجتماع بسبب الطقس", "أُجّل", "تأجيله"),
])
def test_a_verb_links_to_its_other_tense_and_its_verbal_noun(claim, sentence, word, linked):
    assert _links(claim, sentence).get(word) == linked


def test_a_short_word_of_a_name_shares_no_weak_root_with_a_common_word_of_another_root():
    # "ديل" (of a name here; WordNet's root بدل) and "الدولة" (دول) both thin to د-ل: no link, the state is unsaid.
    assert "الدولة" not in _links("الدولة تعلن القائمة", "ديل يعلن القائمة")


def test_a_first_waw_is_a_root_letter_not_a_long_vowel():
    # وزير (minister) and زيارة (visit) share no root: the minister stays linked to the minister.
    assert weak_root("وزير") != weak_root("زيارة")
    assert _links("زيارة الوزير إلى القاهرة", "الوزير يزور القاهرة")["الوزير"] == "الوزير"


@pytest.mark.parametrize("text,word,name", [
    ("الدولار يصل إلى أعلى مستوى", "يصل", False),  # "arrives", not the name فيصل cut after its ف
    ("صوت المجلس لصالح القرار", "لصالح", False),  # "in favour of", not the name صالح
    ("يحتفل الناس سنويا بالعيد", "سنويا", False),  # an accusative adverb, its tanween unwritten
    ("قتل عشرون شخصا في الهجوم", "شخصا", False),
    ("استقبل فيصل الوفد في الرياض", "فيصل", True),
    ("استقبل كمال الوفد في الرياض", "كمال", True),
    ("زار أوباما كندا", "أوباما", True),
])
def test_which_words_are_names(text, word, name):
    assert {w.text: w.name for w in analyze(text).words}[word] is name


@pytest.mark.parametrize("claim,sentence,word,linked", [
    # The present of a derived form (VII, VIII, X) links to its participle and verbal noun.
    ("الكاتب ينتقد كثرة الإعلانات", "الكاتب منتقد كثرة الإعلانات", "ينتقد", "منتقد"),
    ("الشركة تستخدم الطاقة الشمسية", "استخدام الشركة للطاقة الشمسية", "تستخدم", "استخدام"),
])
def test_a_derived_present_links_to_its_participle_and_verbal_noun(claim, sentence, word, linked):
    assert _links(claim, sentence).get(word) == linked


def test_a_claim_word_takes_the_sentence_word_written_as_it_is():
    # "إيران" is the sentence's "إيران", not the "الإيرانية" of its stem written before it (round 20): before, the
    # first word found by its key was taken, and the claim's name was read as an adjective of it.
    a = align(analyze("وزير خارجية إيران يزور الصين"), analyze("الخارجية الإيرانية: وزير خارجية إيران يزور الصين"))
    links = {a.claim.words[i].text: (a.evidence.words[link.evidence].text, link.kind) for i, link in a.links.items()}
    assert links["إيران"] == ("إيران", "same")


def test_two_claim_words_of_one_stem_take_two_words_of_the_sentence():
    # Of two sentence words as good, a claim word takes the one no other claim word took: each "الانتخابات" of
    # the claim is one of the sentence's two, not both its first.
    a = align(analyze("الانتخابات البرلمانية تسبق الانتخابات الرئاسية"),
              analyze("الانتخابات البرلمانية في الربيع ثم الانتخابات الرئاسية في الخريف"))
    taken = sorted(a.evidence.words[link.evidence].pos for i, link in a.links.items() if a.claim.words[i].text == "الانتخابات")
    assert taken == [0, 5]  # (the sentence's words by their place in it: its first and its sixth)
