"""Round 38 (guard47) of the generation guard, in our own words (a minister, a bank and its new director)."""

from __future__ import annotations

from conftest import claim

BANK = ("وفي 3 مارس 2019 أعلن الوزير تعيين سمير العلي مديراً للمصرف. وبعد أربعة أيام، في 7 مارس، زار الوزير المصرف "
        "وأمر بزيادة رأس ماله، مع بقاء عدد دائم من الموظفين.")


def test_a_sentence_that_only_dates_borrows_no_party():
    # "وكان ذلك بعد أربعة أيام من إعلانه …" names no deed of its own, only the announcement it counts from: the pair that
    # tells the announcement and the visit four days later supports it, and "دائم" of the visit's sentence is no party
    # standing in the claim's place (dev 10's true "وكان ذلك بعد خمسة أيام من إعلانه النصر …" was replaced)
    told = claim(BANK, "وكان ذلك بعد أربعة أيام من إعلانه تعيين سمير العلي.")
    assert told.verdict == "supported", told.reason
    # the count of days still decides
    assert claim(BANK, "وكان ذلك بعد عشرة أيام من إعلانه تعيين سمير العلي.").verdict != "supported"
