"""akhbar.verify: a nationality written as a broken plural ("أتراك", "هنود", "مغاربة", "توانسة").

A sound plural ("سوريين") is found by its stem, a broken one is not: before lexicon.NATIONALITY_PLURALS the checker
read "جنود أتراك" as an unknown word, so another nationality in the claim's place went unseen, and "صياد تركي" did
not stand for "صيادون أتراك". The sentences are written for this project.
"""

from __future__ import annotations

import pytest

from akhbar import lexicon
from akhbar.arabic import normalize
from akhbar.verify import judge_pair
from akhbar.wordtables import nationality_of


@pytest.mark.parametrize("claim,sentence,names", [
    # Whose soldiers, sailors, fans: the sentence puts another nationality, as a broken plural, where the claim has
    # its own; the counted noun and the event are the same.
    ("أصيب خمسة صيادين سوريين في انفجار لغم", "أصيب خمسة صيادين أتراك في انفجار لغم", ("سوريين", "أتراك")),
    ("نجا سبعة بحارة هنود من الغرق", "نجا سبعة بحارة باكستانيين من الغرق", ("هنود", "باكستانيين")),
    ("اعتقلت الشرطة مشجعين مغاربة بعد المباراة", "اعتقلت الشرطة مشجعين توانسة بعد المباراة", ("مغاربة", "توانسة")),
])
def test_another_nationality_as_a_broken_plural_is_contradicted(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence,names", [
    # The sentence says the claim's nationality too, but of another thing (the shelling, the militia, the guide):
    # every word of the claim is in it, and still the soldiers it names are not the claim's.
    ("مقتل 8 جنود سوريين في قصف", "مقتل 8 جنود أتراك في قصف سوري", ("سوريين", "أتراك")),
    ("أصيب خمسة صيادين سوريين في انفجار لغم", "أصيب خمسة صيادين أتراك في انفجار لغم زرعته ميليشيا سورية",
     ("سوريين", "أتراك")),
    ("اعتقال سياح ألمان في مطار القاهرة", "اعتقال سياح فرنسيين برفقة مرشد ألماني في مطار القاهرة",
     ("ألمان", "فرنسيين")),
])
def test_the_claims_nationality_said_of_another_thing_is_no_support(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence", [
    # One nationality as an adjective on one side and its broken plural on the other.
    ("أصيب صياد تركي في انفجار لغم", "أصيب صيادون أتراك في انفجار لغم"),
    ("أصيب صيادون أتراك في انفجار لغم", "أصيب صياد تركي في انفجار لغم"),
    ("وصول وفد تركي إلى الرياض", "وصول وفد من المسؤولين الأتراك إلى الرياض"),
])
def test_a_nationality_and_its_broken_plural_are_one(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict == "supported", v


def test_both_nationalities_named_together_change_nothing():
    # Turkish and Syrian fishermen: the sentence names the claim's too, joined to the other by و.
    v = judge_pair("أصيب خمسة صيادين سوريين في انفجار لغم", "أصيب خمسة صيادين أتراك وسوريين في انفجار لغم")
    assert v.verdict != "contradicted", v


def test_only_whole_nationality_words_name_one():
    # The verb "ترك" (left) and the country "الهند" share a stem with "تركي" / "هندي" but name no people; "ألمان"
    # keeps its own alif and lam, "فرنسيين" its own ف.
    assert nationality_of(normalize("ترك")) is None and nationality_of(normalize("الهند")) is None
    assert nationality_of(normalize("الأتراك")) == nationality_of(normalize("التركية")) is not None
    assert nationality_of(normalize("ألمان")) == nationality_of(normalize("الألماني")) is not None
    assert nationality_of(normalize("والفرنسيين")) == nationality_of(normalize("فرنسي")) is not None
    assert nationality_of(normalize("الأتراك")) != nationality_of(normalize("السوريين"))


def test_every_broken_plural_is_listed_under_a_nationality():
    # A plural filed under a word that opens no NATIONALITIES entry would name no nationality at all.
    singulars = {forms.split()[0] for forms in lexicon.NATIONALITIES}
    assert set(lexicon.NATIONALITY_PLURALS) <= singulars
