"""Round 40 (guard49) of the generation guard: a deed a model words otherwise than its source, in our own words.

A model that words the sources often tells a one-word deed with a verb and its noun ("قدم الوزير استقالته" for "استقال
الوزير"), a deed with another verb of it before the same object ("فرضت الحكومة حالة الطوارئ" for "أعلنت"), or a verb the
word tables cannot link ("شيد" for "بنى": "بنى" is keyed as "بن", son of). Such a sentence is kept
(lexicon.PHRASED_DEEDS, SAME_OBJECT_DEEDS, SLOT_DEEDS; akhbar.deed_phrases). The same sentence with another doer, another
object, a negation, another verb framing the noun or a verb of another deed is not."""

from __future__ import annotations

import pytest

from conftest import claim

# (source, a claim telling its deed in other words); main left each unsupported or contradicted
REWORDED = [
    ("استقال وزير المالية من منصبه يوم الخميس.", "وقدم وزير المالية استقالته يوم الخميس."),
    ("استقال وزير المالية من منصبه يوم الخميس.", "وتقدم وزير المالية باستقالته يوم الخميس."),
    ("استقالت الحكومة بعد أسبوع من الاحتجاجات.", "وقدمت الحكومة استقالتها بعد أسبوع من الاحتجاجات."),
    ("أعلن رئيس الوزراء استقالة حكومته مساء الاثنين.", "وقدم رئيس الوزراء استقالة حكومته مساء الاثنين."),
    ("قدم رئيس الوزراء استقالة حكومته مساء الاثنين.", "وأعلن رئيس الوزراء استقالة حكومته مساء الاثنين."),
    ("اعتذر المدرب للجماهير بعد الهزيمة.", "وقدم المدرب اعتذاره للجماهير بعد الهزيمة."),
    ("أعلنت الحكومة حالة الطوارئ في العاصمة لمدة أسبوعين.", "وفرضت الحكومة حالة الطوارئ في العاصمة لمدة أسبوعين."),
    ("فرض الجيش حظر التجول في المدينة ليلاً.", "وأعلن الجيش حظر التجول في المدينة ليلاً."),
    ("اتصل الوزير بنظيره الفرنسي يوم السبت.", "وأجرى الوزير اتصالاً بنظيره الفرنسي يوم السبت."),
    ("رحب الوزير بقرار مجلس الأمن.", "وأعرب الوزير عن ترحيبه بقرار مجلس الأمن."),
    ("بنى الأمير المستشفى في وسط المدينة.", "وشيد الأمير المستشفى في وسط المدينة."),
    ("شيدت الشركة الجسر في عامين.", "وبنت الشركة الجسر في عامين."),
    ("الشركة بنت الجسر في عامين.", "الشركة شيدت الجسر في عامين."),
    ("بنى العمال السور حول المدينة القديمة.", "وشيد العمال السور حول المدينة القديمة."),
]

# (source, a claim the source does not back): another doer, another verb framing the noun, another object, a negation,
# a word of the sentence's own between the verb and the noun, a relative clause's builder, a verb of another deed
NOT_BACKED = [
    ("استقال وزير المالية من منصبه يوم الخميس.", "قدم وزير الخارجية استقالته يوم الخميس."),
    ("أعلن رئيس الوزراء استقالة حكومته مساء الاثنين.", "وقدم وزير الداخلية استقالة حكومته مساء الاثنين."),
    ("أعلنت الحكومة حالة الطوارئ في العاصمة لمدة أسبوعين.", "وفرض الجيش حالة الطوارئ في العاصمة لمدة أسبوعين."),
    ("بنى الأمير المستشفى في وسط المدينة.", "وشيدت الوزارة المستشفى في وسط المدينة."),
    ("شيدت شركة كورية الجسر في عامين.", "وبنت شركة صينية الجسر في عامين."),
    ("هاجم مسلحون نقطة تفتيش قرب الحدود.", "وشن الجيش هجوماً على نقطة تفتيش قرب الحدود."),
    ("رفض الرئيس استقالة وزير المالية.", "وقدم الرئيس استقالته."),
    ("قبل الرئيس استقالة وزير المالية يوم الخميس.", "وقدم الرئيس استقالته يوم الخميس."),
    ("طالب المحتجون وزير المالية بالاستقالة.", "وقدم وزير المالية استقالته."),
    ("نفى المتحدث استقالة وزير المالية.", "وقدم وزير المالية استقالته."),
    ("أعلن وزير المالية استقالة رئيس الحكومة مساء الاثنين.", "وقدم وزير المالية استقالته مساء الاثنين."),
    ("أعلن المتحدث استقالة وزير المالية.", "وقدم المتحدث استقالته."),
    ("أعلن الوزير رفض استقالة المدير.", "وقدم الوزير استقالته."),
    ("رفعت الحكومة حالة الطوارئ في العاصمة.", "وفرضت الحكومة حالة الطوارئ في العاصمة."),
    ("ألغت الحكومة حظر التجول في المدينة.", "وأعلنت الحكومة حظر التجول في المدينة."),
    ("مددت الحكومة حالة الطوارئ في العاصمة شهراً.", "وأعلنت الحكومة حالة الطوارئ في العاصمة."),
    ("أعلنت الحكومة انتهاء حالة الطوارئ في العاصمة.", "وفرضت الحكومة حالة الطوارئ في العاصمة."),
    ("أعلنت الحكومة رفع حظر التجول في المدينة.", "وفرضت الحكومة حظر التجول في المدينة."),
    ("أعلنت الحكومة حالة الطوارئ في العاصمة.", "وفرضت الحكومة حظر التجول في العاصمة."),
    ("أعلنت الحكومة حظر التجول في العاصمة.", "وفرضت الحكومة ضرائب جديدة في العاصمة."),
    ("ألغى الوزير الاجتماع مع نظيره الأردني.", "وعقد الوزير اجتماعاً مع نظيره الأردني."),
    ("أجل الوزير زيارته إلى الدمام.", "وأجرى الوزير زيارة إلى الدمام."),
    ("لم يستقل وزير المالية رغم الضغوط.", "وقدم وزير المالية استقالته رغم الضغوط."),
    ("استقال وزير المالية من منصبه يوم الخميس.", "ولم يقدم وزير المالية استقالته يوم الخميس."),
    ("لم تعلن الحكومة حالة الطوارئ في العاصمة.", "وفرضت الحكومة حالة الطوارئ في العاصمة."),
    ("لم يبن الأمير المستشفى في وسط المدينة.", "وشيد الأمير المستشفى في وسط المدينة."),
    ("افتتح الأمير المستشفى الذي بنته شركة كورية.", "وشيد الأمير المستشفى."),
    ("افتتح الأمير المستشفى الذي شيدته شركة كورية.", "وبنى الأمير المستشفى."),
    ("افتتح الأمير المستشفى الذي بنته شركة كورية.", "وبنى الأمير المستشفى."),
    ("افتتح الأمير مستشفى بني مالك العام.", "وشيد الأمير مستشفى بني مالك العام."),
    ("افتتح الأمير المستشفى في بني مالك.", "وشيد الأمير المستشفى في بني مالك."),
    ("استقال وزير المالية من منصبه يوم الخميس.", "وسحب وزير المالية استقالته يوم الخميس."),
]
# verbs of other deeds (masculine, feminine past), swapped for the claim's verb: none is a verb of the claim's deed
OTHER_DEEDS = (("باع", "باعت"), ("أغلق", "أغلقت"), ("ألغى", "ألغت"), ("رفض", "رفضت"), ("هدم", "هدمت"),
               ("طرد", "طردت"), ("أنكر", "أنكرت"), ("سحب", "سحبت"), ("رفع", "رفعت"), ("أجل", "أجلت"))


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_deed_told_in_other_words_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_a_claim_the_source_does_not_back_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


# (main's own TRUST BUG of round 40, the same without this round's rules: a claim's verb the sentence does not say,
# before its doer and a verbal noun linked to the sentence's verb, "most of the claim is in the source" at 0.88; reported
# to #11 and fixed in round 41 by akhbar.verify_deed_nouns: every swap is now checked)
UNSAID_VERB_BEFORE_THE_NOUN = [("اتصل الوزير بنظيره الفرنسي يوم السبت.", "وباع الوزير اتصالاً بنظيره الفرنسي يوم السبت."),
                               ("اتصل الوزير بنظيره الفرنسي يوم السبت.", "وأغلق الوزير اتصالاً بنظيره الفرنسي يوم السبت.")]


def _swaps(source: str, text: str) -> list[str]:
    if text.startswith("الشركة"):  # (the doer first, the verb second)
        return [text.replace("شيدت", female) for _, female in OTHER_DEEDS]
    verb, rest = text.split(" ", 1)
    return [f"و{female if verb.endswith('ت') else masculine} {rest}" for masculine, female in OTHER_DEEDS]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_a_verb_of_another_deed_in_its_place_is_not(source, text):
    for swapped in _swaps(source, text):
        assert claim(source, swapped).verdict != "supported", swapped


@pytest.mark.parametrize(("source", "text"), UNSAID_VERB_BEFORE_THE_NOUN)
def test_an_unsaid_verb_before_the_deeds_noun_is_not_supported(source, text):
    assert claim(source, text).verdict != "supported"


def test_the_other_deeds_of_the_swap_are_in_no_entry_of_the_lexicon():
    # the swap test means something only if its verbs frame no deed of the lexicon's entries
    from akhbar import lexicon
    from akhbar.arabic import normalize

    listed = {normalize(w) for group in lexicon.SLOT_DEEDS for w in group}
    listed |= {normalize(w) for verbs, _ in (*lexicon.PHRASED_DEEDS, *lexicon.SAME_OBJECT_DEEDS) for w in verbs}
    assert not listed & {normalize(w) for pair in OTHER_DEEDS for w in pair}


def test_a_noun_is_read_as_the_lexicon_lists_it():
    from akhbar.arabic import normalize
    from akhbar.deed_phrases import noun_forms

    for word, listed in (("باستقالته", "استقالة"), ("استقالتها", "استقالة"), ("اجتماعاً", "اجتماع"), ("رفضها", "رفض"),
                         ("الاستقالات", "استقالات"), ("بتصريحات", "تصريحات")):
        assert normalize(listed) in noun_forms(normalize(word)), word
