"""akhbar.verify: what kind of word a claim and its source put in one place.

A capital standing for its country, a prize's name, a dual in construct, and a word of the source in
the claim's slot that rewords it rather than changing it. The sentences are written for this project.
"""

from __future__ import annotations

import pytest

from akhbar.verify import judge_pair

# --- a capital for its country ---------------------------------------------------------------

@pytest.mark.parametrize("claim,sentence", [
    # The government named by its capital, as the one who asks and the one asked.
    ("برلين تطالب موسكو بالإفراج عن الصحفي", "ألمانيا تطالب روسيا بالإفراج عن الصحفي"),
    ("ألمانيا تطالب روسيا بالإفراج عن الصحفي", "برلين تطالب موسكو بالإفراج عن الصحفي"),
    # Arriving in the capital is arriving in its country.
    ("وصل الرئيس إلى ألمانيا", "وصل الرئيس إلى برلين"),
])
def test_a_capital_states_its_country(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict == "supported", v


@pytest.mark.parametrize("claim,sentence,names", [
    # Another country's capital is another party.
    ("فرنسا تطالب روسيا بالإفراج عن الصحفي", "برلين تطالب موسكو بالإفراج عن الصحفي", ("فرنسا", "برلين")),
    ("ألمانيا تطالب الصين بالإفراج عن الصحفي", "برلين تطالب موسكو بالإفراج عن الصحفي", ("الصين", "موسكو")),
])
def test_another_countrys_capital_is_another_party(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence", [
    ("وصل الرئيس إلى برلين", "وصل الرئيس إلى ألمانيا"),
    ("وقع انفجار في بيروت", "وقع انفجار في لبنان"),
])
def test_the_country_does_not_state_which_city(claim, sentence):
    # Germany does not say Berlin: the claim is more precise than the source, not contradicted by it.
    v = judge_pair(claim, sentence)
    assert v.verdict == "unsupported", v


# --- a prize's name is no party -----------------------------------------------------------------

def test_the_name_of_a_cup_is_not_a_team():
    # "أوروبا" names the cup; the semi-final tells who beat whom, not who won the cup.
    v = judge_pair("فازت إيطاليا بكأس أوروبا", "خسرت إنجلترا أمام إيطاليا في نصف نهائي كأس أوروبا")
    assert v.verdict == "unsupported" and "أوروبا" not in v.reason, v


def test_the_other_winner_of_the_cup_still_contradicts():
    v = judge_pair("فازت إيطاليا بكأس أوروبا", "فازت إنجلترا بكأس أوروبا بعد الفوز على إيطاليا")
    assert v.verdict == "contradicted" and "إنجلترا" in v.reason, v


# --- a dual in construct ------------------------------------------------------------------------

def test_two_billion_in_construct_agrees_with_two_billion():
    assert judge_pair("خصصت الحكومة ملياري دولار للمشروع", "خصصت الحكومة مليارا دولار للمشروع").verdict == "supported"


def test_two_billion_in_construct_is_not_one_billion():
    # "مليارا دولار" is two billion dollars: one billion is another figure.
    v = judge_pair("خصصت الحكومة مليار دولار للمشروع", "خصصت الحكومة مليارا دولار للمشروع")
    assert v.verdict == "contradicted", v


# --- which thing goes which way -----------------------------------------------------------------

def test_a_verb_after_its_subject_is_said_of_it_not_of_the_next_clause():
    # "الفضة تتراجع والنحاس يواصل صعوده": the silver falls; the claim says it rises.
    v = judge_pair("صعود جديد للفضة والنحاس يتراجع", "الفضة تتراجع والنحاس يواصل صعوده")
    assert v.verdict == "contradicted", v


# --- a word of the source in the claim's slot: changed or reworded ------------------------------

def test_a_common_word_in_the_slot_the_model_is_unsure_of_is_no_contradiction():
    # "تعلن" / "تكشف عن" say one thing; nothing but the model's guess says they differ.
    v = judge_pair("الشركة تعلن خطة لتوسيع مصانعها", "الشركة تكشف عن خطة جديدة لتوسيع مصانعها في المنطقة")
    assert v.verdict != "contradicted", v


@pytest.mark.parametrize("claim,sentence,reworded", [
    # two common verbs ("تعلن" / "تكشف" are one saying since round 15, linked, no slot change)
    ("الشركة تعرض خطة لتوسيع مصانعها", "الشركة تطرح خطة لتوسيع مصانعها", True),
    ("أقيمت المباراة على استاد الوحدة", "أقيمت المباراة على استاد النصر", False),  # a name after a venue word
    ("ارتفاع أسعار الذهب بعد القرار", "ارتفاع أسعار القمح بعد القرار", False),  # two members of one kind
    ("السوق يرتفع بعد القرار", "السوق يتراجع بعد القرار", False),  # opposites
])
def test_what_fills_the_slot_tells_a_change_from_a_rewording(claim, sentence, reworded):
    from akhbar.align import align, analyze
    from akhbar.kinds import reworded_slots

    a = align(analyze(claim), analyze(sentence))
    assert a.slot_changes and reworded_slots(a.claim, a.evidence, a.slot_changes) is reworded, a.slot_changes


def test_lowest_levels_in_the_plural_are_the_opposite_of_the_highest():
    # "لأدنى مستوياته" is "أدنى مستوى" written with its plural and pronoun: the opposite of "أعلى مستوى",
    # though the claim shares only its subject with the source.
    v = judge_pair("الين يهبط لأدنى مستوياته في شهرين", "الين يصل لأعلى مستوى")
    assert v.verdict == "contradicted" and "أعلى_مستوى" in v.reason, v
    assert judge_pair("أسهم البنوك في أعلى مستوياتها منذ عامين", "أسهم البنوك عند أعلى مستوى لها منذ عامين").verdict == "supported"


def test_an_increase_word_beside_the_verb_is_said_of_its_own_noun():
    # "بازدياد الطلب" is said of the demand; the copper itself rises in the claim and falls in the source.
    v = judge_pair("النحاس يرتفع بازدياد الطلب الصيني", "النحاس يهبط بفعل مخاوف من زيادة الطلب الصيني")
    assert v.verdict == "contradicted", v


@pytest.mark.parametrize("claim,sentence", [
    # ناقش and بحث share an Arabic WordNet synset: the present of each is found by its past.
    ("المجلس يناقش الميزانية الجديدة", "المجلس يبحث الميزانية الجديدة للعام المقبل"),
    ("مصر تتخطى جيرانها في معدلات النمو", "مصر تتفوق على جيرانها في معدلات النمو"),
])
def test_a_wordnet_synonym_in_the_slot_is_never_a_contradiction(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict == "unsupported", v


def test_a_verb_of_another_meaning_in_the_slot_still_contradicts():
    v = judge_pair("الشركة تبيع سيارتها القديمة على الموقع", "الشركة تؤجر سيارتها القديمة على الموقع")
    assert v.verdict == "contradicted" and "تؤجر" in v.reason, v
