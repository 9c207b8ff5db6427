"""Round 41 (guard50) of the generation guard: a prison opened is a place, not a jailing; a plan's items, "at first" and
a televised speech said in other words; in our own words.

A model that words "the factions opened the prison's gates and set the detainees free" often writes the prison right after
the verb that opened it ("أفرجت الفصائل عن المعتقلين بعد أن فتحت سجن المدينة"). Read as a jailing, that "سجن" met the
source's release as its opposite, and the true sentence was replaced by its own source (dev 35 and dev 37). A place's kind
right after a verb that opens, closes or storms a place is the place (lexicon.PLACE_OBJECT_VERBS, akhbar.opposites.signs).
The same sentence with another doer, another prison, another count or a negation is still not supported, and a jailing
("سجنت"، "قررت المحكمة سجن") still meets a release as its opposite.

A model also tells what a plan holds by "its items" ("ومن أبرز بنودها …" for "ومن أبرز ما تضمنته الخطة …": a synonym
of what it holds, lexicon.SYNONYM_GROUPS), "at first" by "أولاً" for "في البداية" and a televised speech by "كلمة بثها التلفزيون" for
"كلمة متلفزة" (lexicon.PHRASES); another item, thing, place, doer, date or a negation is still not supported.
"وتوزعت المباني المتضررة على إحدى عشرة ولاية" (spread over) stays dropped: read as a light verb, it also hid a
distribution the source only plans ("ستوزع الوزارة المساعدات على سبع محافظات" supported "وتوزعت المساعدات على سبع
محافظات")."""

from __future__ import annotations

import pytest

from conftest import claim

SOURCE = "واقتحم المسلحون أبواب سجن الرملة المركزي وأطلقوا سراح مئات السجناء قبل أن ينسحبوا فجراً."
SOURCE_2 = "وفتحت قوات المعارضة بوابات سجن تل الريح وأفرجت عن عشرات المعتقلين، فيما احتفل الأهالي في الساحة."

# (source, a claim that tells it with the prison right after the verb that opened it); main contradicted the last two
REWORDED = [
    (SOURCE, "وأطلق المسلحون سراح مئات السجناء بعد أن اقتحموا سجن الرملة المركزي."),
    (SOURCE, "وأفرج المسلحون عن مئات السجناء بعد اقتحام سجن الرملة المركزي."),
    (SOURCE_2, "وأفرجت قوات المعارضة عن عشرات المعتقلين بعد أن فتحت سجن تل الريح."),
    (SOURCE_2, "وأطلقت قوات المعارضة سراح عشرات المعتقلين بعد فتح سجن تل الريح."),
]

# (source, a claim the source does not back): another doer, thing, count, date or place, a negation, a jailing
NOT_BACKED = [
    (SOURCE, "وأطلقت الشرطة سراح مئات السجناء بعد أن اقتحمت سجن الرملة المركزي."),
    (SOURCE, "وأطلق المسلحون سراح مئات السجناء بعد أن اقتحموا سجن عوفر المركزي."),
    (SOURCE, "وأطلق المسلحون سراح آلاف السجناء بعد أن اقتحموا سجن الرملة المركزي."),
    (SOURCE, "ولم يطلق المسلحون سراح السجناء بعد أن اقتحموا سجن الرملة المركزي."),
    (SOURCE, "واعتقل المسلحون مئات السجناء بعد أن اقتحموا سجن الرملة المركزي."),
    (SOURCE, "وسجن المسلحون مئات السجناء."),
    (SOURCE_2, "وأفرجت قوات المعارضة عن عشرات المعتقلين بعد أن أغلقت سجن تل الريح."),
    (SOURCE_2, "وأفرجت قوات الحكومة عن عشرات المعتقلين بعد أن فتحت سجن تل الريح."),
    (SOURCE_2, "وأفرجت قوات المعارضة عن مئات المعتقلين بعد أن فتحت سجن تل الريح."),
    ("قضت المحكمة بسجن رجل الأعمال خمس سنوات.", "وأفرجت المحكمة عن رجل الأعمال."),
    ("أفرجت المحكمة عن رجل الأعمال.", "وقررت المحكمة سجن رجل الأعمال."),
]

PLAN = "ومن أبرز ما تضمنته الخطة الجديدة خفض الضرائب على الشركات الصغيرة، وزيادة رواتب المعلمين في المدارس الحكومية."
CAUSE = "ونسبت إدارة الميناء الحريق في البداية إلى ماس كهربائي في أحد المستودعات، ثم تحدثت عن إهمال العمال."
SPEECH = "وقال رئيس البلدية في كلمة متلفزة إن أعمال الترميم ستنتهي قبل نهاية يونيو 2026."
# main contradicted the plan's items and "at first" ("the source says otherwise: بنودها", "the source says البداية where
# the claim says أولاً") and left the televised speech unsupported ("no evidence for: بثها، التلفزيون")
REWORDED += [
    (PLAN, "ومن أبرز بنودها خفض الضرائب على الشركات الصغيرة."),
    # (and a deal's items still are its items: read as nothing, "بنوده" had lost this one, "the source says otherwise")
    ("وقعت الوزارة عقد توريد الأدوية، فيما رفضت النقابة بنوده الجديدة.", "ورفضت النقابة بنود العقد الجديدة."),
    (CAUSE, "ونسبت إدارة الميناء الحريق أولاً إلى ماس كهربائي في أحد المستودعات."),
    (SPEECH, "وقال رئيس البلدية في كلمة بثها التلفزيون إن أعمال الترميم ستنتهي قبل نهاية يونيو 2026."),
]
NOT_BACKED += [
    (PLAN, "ومن أبرز بنودها رفع الضرائب على الشركات الصغيرة."),
    (PLAN, "ومن أبرز بنودها خفض الضرائب على البنوك."),
    (PLAN, "ومن بنودها أيضاً زيادة رواتب الأطباء في المدارس الحكومية."),
    (PLAN, "ومن بنودها أيضاً زيادة رواتب المعلمين في المدارس الخاصة."),
    (PLAN, "ولا تتضمن بنودها خفض الضرائب على الشركات الصغيرة."),
    ("قالت الوزارة إنها ستوزع المساعدات على سبع محافظات.", "وتوزعت المساعدات على سبع محافظات."),
    (CAUSE, "ونسبت إدارة الميناء الحريق أولاً إلى إهمال الحراس."),
    (CAUSE, "ونسبت شركة التأمين الحريق أولاً إلى ماس كهربائي في أحد المستودعات."),
    (CAUSE, "ولم تنسب إدارة الميناء الحريق أولاً إلى ماس كهربائي."),
    (SPEECH, "وقال محافظ المدينة في كلمة بثها التلفزيون إن أعمال الترميم ستنتهي قبل نهاية يونيو 2026."),
    (SPEECH, "وقال رئيس البلدية في كلمة بثها التلفزيون إن أعمال الترميم ستنتهي قبل نهاية سبتمبر 2026."),
    (SPEECH, "وقال رئيس البلدية في كلمة بثها التلفزيون إن أعمال الترميم لن تنتهي قبل نهاية يونيو 2026."),
    ("وقال رئيس البلدية في مؤتمر صحفي إن أعمال الترميم ستنتهي قبل نهاية يونيو 2026.",
     "وقال رئيس البلدية في كلمة بثها التلفزيون إن أعمال الترميم ستنتهي قبل نهاية يونيو 2026."),
]


@pytest.mark.parametrize(("source", "text"), REWORDED)
def test_the_true_sentence_worded_otherwise_is_supported(source, text):
    told = claim(source, text)
    assert told.verdict == "supported", told.reason


@pytest.mark.parametrize(("source", "text"), NOT_BACKED)
def test_a_changed_doer_thing_count_date_or_negation_is_not_supported(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


@pytest.mark.parametrize(("source", "text"), [NOT_BACKED[4], NOT_BACKED[5], NOT_BACKED[9], NOT_BACKED[10]])
def test_a_jailing_still_meets_a_release_as_its_opposite(source, text):
    assert claim(source, text).verdict == "contradicted"


# TRUST BUG of main (round 41): AWN's synset "اندفع سرع هاجم هجم هرول" linked an attack to a speed, "وهاجمت = سرعتها",
# and a verb swapped for "هاجم" was supported (lexicon.SYNONYMS_APART now holds "هاجم" / "سرع")
SPEED = [
    ("زادت سرعة الرياح قرب الحدود فجر الأحد.", "وهاجمت الرياح الحدود فجر الأحد."),
    ("ونسب الدفاع المدني الحريق إلى رياح شديدة تجاوزت سرعتها 60 كيلومتراً في الساعة.", "وهاجم الدفاع المدني الحريق إلى رياح شديدة."),
]


@pytest.mark.parametrize(("source", "text"), SPEED)
def test_an_attack_is_no_speed(source, text):
    told = claim(source, text)
    assert told.verdict != "supported", told.reason


def test_an_attack_in_other_words_is_still_an_attack():
    told = claim("هاجم مسلحون نقطة تفتيش قرب الحدود فجر الأحد.", "وهجم مسلحون على نقطة تفتيش قرب الحدود فجر الأحد.")
    assert told.verdict == "supported", told.reason

