"""The root table is read from Arabic WordNet, whose root field has typos: "قتّل" is given the root "فتل" (one dot
off), and since marks are dropped it shares the key of "قتل", so the typo overwrote the right root and "مقتل",
"يقتل" and "قتل" never met. bench/build_verify_tables.py now leaves out a root whose letters are not the lemma's,
and the lexicon gives "مقتل", which AWN does not list, its root. The sentences are our own, about made-up events."""

import sys
from pathlib import Path

from akhbar import verify
from akhbar.sides import analyze


def roots(text: str) -> dict[str, str | None]:
    return {w.text: w.root for w in analyze(text).words}


def test_a_killing_has_one_root_in_its_verb_and_its_noun():
    found = roots("مقتل ثلاثة حراس ومسلح يقتل حارسا وقتل آخر")
    assert found["مقتل"] == found["يقتل"] == found["وقتل"] == "قتل"
    # the same typo family: an attack and its verb, a fall and its verb
    assert roots("هجوم يهاجم")["هجوم"] == roots("هجوم يهاجم")["يهاجم"] == "هجم"
    assert roots("وقع الحادث")["وقع"] == "وقع"


def test_a_killing_told_by_the_verb_or_the_noun_is_supported():
    assert verify("قتل 5 أشخاص", "مقتل 5 أشخاص").claims[0].verdict == "supported"
    assert verify("مقتل 5 أشخاص", "قتل 5 أشخاص").claims[0].verdict == "supported"
    said = verify("مسلحون يقتلون خمسة أشخاص في هجوم على سوق", "مقتل خمسة أشخاص في هجوم على سوق").claims[0]
    assert said.verdict == "supported", said.reason  # was "no evidence for: مقتل"


def test_the_shared_root_lets_no_other_count_or_harm_through():
    assert verify("مقتل 5 أشخاص في هجوم على سوق", "مقتل 7 أشخاص في هجوم على سوق").claims[0].verdict == "contradicted"
    assert verify("إصابة 5 أشخاص في هجوم على سوق", "مقتل 5 أشخاص في هجوم على سوق").claims[0].verdict != "supported"


def test_a_root_must_be_made_of_the_words_letters():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from build_verify_tables import root_fits

    assert not root_fits("قتّل", "فتل") and not root_fits("هجوم", "هحم")
    # a weak letter or hamza may change or drop, a doubled letter is written once
    assert root_fits("قال", "قول") and root_fits("رئيسيات", "رأس") and root_fits("مدّ", "مدد") and root_fits("إداري", "دير")


def test_a_killing_is_not_supported_by_a_death():
    # (the death told in another word order, where no slot sets the two words side by side)
    said = verify("وفاة مغني الأوبرا الإيطالي ماريو روسيني", "مقتل ماريو روسيني مغني الأوبرا الإيطالي").claims[0]
    assert said.verdict != "supported" and "وفاة" in said.reason, said.reason
    assert verify("مسلح يقتل مغني الأوبرا ماريو روسيني", "مقتل مغني الأوبرا ماريو روسيني").claims[0].verdict == "supported"


def test_a_short_word_takes_no_root_of_a_longer_word_cut_down_to_it():
    # The table was keyed with a first ب ك ف ل و taken for a clitic: "طن" (a ton) had وطن's root (from وطني), so a ton
    # and a homeland met. Keyed by a word's own letters, each keeps its own; a root made of letters the key lacks
    # (مدين, a debtor, is keyed "مد") is not put under it.
    assert roots("طن")["طن"] != roots("وطن")["وطن"] == roots("الوطني")["الوطني"] == "وطن"
    assert roots("شر")["شر"] != roots("بشر")["بشر"] == "بشر"
    assert roots("مد")["مد"] != "دين"
    assert roots("الدين")["الدين"] == "دين"
    # true links still hold: a verb and its noun, a present and its verbal noun, a minister with or without "and"
    assert roots("مقتل يقتل")["مقتل"] == roots("مقتل يقتل")["يقتل"] == "قتل"
    assert roots("إيقاف يوقف")["إيقاف"] == roots("إيقاف يوقف")["يوقف"] == "وقف"
    assert roots("الوزير ووزير")["الوزير"] == roots("الوزير ووزير")["ووزير"] == "وزر"



def test_a_country_the_table_lists_is_still_a_name():
    # Keyed by their own letters, AWN's country words (بريطانيا، فرنسا، listed without a root) are found with a clitic
    # on too; a name test that leaned on "AWN lists it" then read "لبريطانيا" as a common word, one party fewer in
    # the sentence. A place of lexicon.PLACES is a name, as written or with a clitic.
    words = {w.text: w for w in analyze("تتويج لاعبة بلقب بطلة الشطرنج لبريطانيا وفرنسا بعد فوزها في سوريا").words}
    assert words["لبريطانيا"].name and words["وفرنسا"].name and words["سوريا"].name
    assert not words["بطلة"].name and not words["الشطرنج"].name
