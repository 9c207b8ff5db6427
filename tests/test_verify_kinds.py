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
