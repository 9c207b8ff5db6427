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
