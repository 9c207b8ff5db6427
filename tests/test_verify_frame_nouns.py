"""Nouns that only frame the event noun after them (lexicon.LIGHT_VERBS "precipitation" / "accident", round 21): a
claim's "هطول الأمطار" is the sentence's "الأمطار", its "حادث انقلاب" the sentence's "انقلاب". Read as words of their
own, each was a claim word the sentence lacks and a true claim was unsupported. The sentences are our own, about
made-up events."""

from akhbar.verify import judge_pair


def test_a_fall_of_rain_or_snow_is_the_rain_or_snow():
    said = judge_pair("إغلاق الطرق الجبلية بعد هطول الثلوج الكثيفة", "الثلوج الكثيفة تغلق الطرق الجبلية")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: هطول"
    said = judge_pair("إغلاق المدارس في المدينة بعد هطول الأمطار الغزيرة", "الأمطار الغزيرة تغلق المدارس في المدينة")
    assert said.verdict == "supported", said.reason
    # the weather itself still counts: rain is no snow
    said = judge_pair("إغلاق المدارس في المدينة بعد هطول الأمطار الغزيرة", "الثلوج الكثيفة تغلق المدارس في المدينة")
    assert said.verdict != "supported", said.reason


def test_an_accident_told_by_its_event_noun_is_that_event():
    said = judge_pair("مصرع 12 راكبا في حادث انقلاب حافلة جنوب البلاد", "مصرع 12 راكبا في انقلاب حافلة جنوب البلاد")
    assert said.verdict == "supported", said.reason  # was unsupported: "no evidence for: حادث"
    # another event is not the claim's, and "حادث" with no event noun after it stays a word of its own
    said = judge_pair("مصرع 12 راكبا في حادث انقلاب حافلة جنوب البلاد", "مصرع 12 راكبا في انفجار حافلة جنوب البلاد")
    assert said.verdict != "supported", said.reason
    said = judge_pair("مصرع 12 راكبا في حادث سير جنوب البلاد", "مصرع 12 راكبا في هجوم جنوب البلاد")
    assert said.verdict != "supported", said.reason
    assert judge_pair("نجاة 12 راكبا من حادث انقلاب حافلة جنوب البلاد",
                      "مصرع 12 راكبا في انقلاب حافلة جنوب البلاد").verdict == "contradicted"
