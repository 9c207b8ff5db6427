"""Two shapes of real news the lead's round-33 reading of SaudiNewsNet perturbations found supported (0.97, 0.93, 0.91):
a list that hands each man his own office ("X رئيساً، Y نائباً"; "الملحن X والشاعر Y"), and a result told far from the
man who speaks of it ("أعلن X رحيله بعد الفوز باللقب" is no "بعد خسارة اللقب"). Sentences written for this test."""

from __future__ import annotations

from conftest import verdict

BOARD = "وتوزعت مناصب جمعية البر الجديدة كالآتي: خالد منصور العتيبي رئيساً، فهد سالم الدوسري نائباً."
SONG = "تعاونت المطربة في أغنيتها الجديدة مع الملحن طلال الباشا والشاعر سعد الشمري."
FAREWELL = "أعلن مدرب النادي ناصر الحربي رحيله عن الفريق بعد الفوز بلقب الكأس للمرة الثالثة."


def test_each_man_keeps_the_office_the_list_gives_him():
    assert verdict(BOARD, "فهد سالم الدوسري رئيس جمعية البر الجديدة.") != "supported"
    assert verdict(BOARD, "خالد منصور العتيبي نائب رئيس جمعية البر.") != "supported"
    assert verdict(BOARD, "خالد منصور العتيبي رئيس جمعية البر الجديدة.") == "supported"
    assert verdict(SONG, "تعاونت المطربة مع الشاعر طلال الباشا.") != "supported"
    assert verdict(SONG, "تعاونت المطربة مع الملحن طلال الباشا.") == "supported"


def test_a_title_won_is_no_title_lost():
    assert verdict(FAREWELL, "أعلن ناصر الحربي رحيله عن الفريق بعد خسارة لقب الكأس.") != "supported"
    assert verdict(FAREWELL, "أعلن ناصر الحربي رحيله عن الفريق بعد الفوز بلقب الكأس.") == "supported"
