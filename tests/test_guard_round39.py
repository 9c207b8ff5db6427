"""Round 39 (guard48) of the generation guard: verbs of one deed (lexicon.EQUIVALENT_DEEDS), in our own words.

A model that words the sources often tells the source's deed with another verb of it ("نفذت الطائرات غارات" for "شنت
الطائرات غارات"): such a sentence is kept. The same sentence with a verb of another deed ("هدمت", "ألغت") is not: the
lexicon links verbs of one deed only, so the swap stays unsupported or contradicted (the hard-negative swap test)."""

from __future__ import annotations

import pytest

from conftest import claim

# (source, a claim telling its deed with another verb of the same deed); main contradicted or left each unsupported
REWORDED = [
    ("استضافت مدينة الريان بطولة الشطرنج العربية الشهر الماضي.", "واحتضنت مدينة الريان بطولة الشطرنج العربية الشهر الماضي."),
    ("شنت القوات الجوية غارات على مواقع المسلحين في الجبل.", "ونفذت القوات الجوية غارات على مواقع المسلحين في الجبل."),
    ("حذرت هيئة الأرصاد من أمطار غزيرة على الساحل.", "ونبهت هيئة الأرصاد من أمطار غزيرة على الساحل."),
    ("أشاد المدرب بأداء اللاعبين في المباراة.", "ونوه المدرب بأداء اللاعبين في المباراة."),
    ("ناقش الوزيران سبل تعزيز التجارة بين البلدين.", "وبحث الوزيران سبل تعزيز التجارة بين البلدين."),
    ("بثت القناة الرسمية خطاب الرئيس مساء الخميس.", "وأذاعت القناة الرسمية خطاب الرئيس مساء الخميس."),
    ("توجه رئيس الوزراء إلى القاهرة صباح الاثنين.", "وسافر رئيس الوزراء إلى القاهرة صباح الاثنين."),
    ("رجع الوفد إلى عمان بعد ثلاثة أيام من المحادثات.", "وعاد الوفد إلى عمان بعد ثلاثة أيام من المحادثات."),
    ("أكملت الشركة الجسر في ثمانية عشر شهراً.", "واستكملت الشركة الجسر في ثمانية عشر شهراً."),
    ("نجح الغواصون في انتشال الصندوق الأسود من قاع البحر.", "وتمكن الغواصون من انتشال الصندوق الأسود من قاع البحر."),
    ("وجاءت الزيارة بعد أسبوع من توقيع الاتفاق.", "وأتت الزيارة بعد أسبوع من توقيع الاتفاق."),
]
# verbs of other deeds (masculine, feminine past): none is a verb of the claim's deed
OTHER_DEEDS = (("باع", "باعت"), ("أغلق", "أغلقت"), ("ألغى", "ألغت"), ("رفض", "رفضت"), ("هاجم", "هاجمت"),
               ("انتقد", "انتقدت"), ("هدم", "هدمت"), ("طرد", "طردت"), ("أنكر", "أنكرت"), ("حظر", "حظرت"))


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_deed_told_with_another_verb_of_it_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_a_verb_of_another_deed_in_its_place_is_not(source, text):
    verb, rest = text.split(" ", 1)
    feminine = verb.endswith("ت")
    for masculine, female in OTHER_DEEDS:
        swapped = f"و{female if feminine else masculine} {rest}"
        assert claim(source, swapped).verdict != "supported", swapped


def test_the_other_deeds_of_the_swap_share_no_group_with_the_lexicon():
    # the swap test means something only if its verbs are of other deeds than every group's
    from akhbar import lexicon
    from akhbar.arabic import normalize

    listed = {normalize(w) for group in lexicon.EQUIVALENT_DEEDS for w in group}
    assert not listed & {normalize(w) for pair in OTHER_DEEDS for w in pair}
