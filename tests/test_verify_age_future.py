"""Small word facts of round 23 (verify33): a future "سيتم" (it will be done) is a verb, not a name; "عن عمر يناهز
76 عاماً" (at the age of about 76) tells an age, not a man called Omar; "ترحل عن 76 عاماً" (departs at 76) tells a
death. Each was read wrong: a true sentence called unsupported or contradicted, or a changed age left unsupported.
The sentences are our own, about made-up people and events."""

from akhbar.verify import judge_pair


def test_a_future_done_is_no_name():
    # "سيتم" (it will be done) was read as a name by its shape (four letters: the future of the doubled "تمّ"): no
    # sentence could support the claim ("no evidence for: سيتم"), and as a plain word it stood in a changed slot
    said = judge_pair("سيتم إغلاق الطريق الساحلي يوم الجمعة", "ستغلق الشرطة الطريق الساحلي يوم الجمعة")
    assert said.verdict == "supported", said.reason
    said = judge_pair("سيتم تأجيل المباراة النهائية إلى الأحد", "تقرر تأجيل المباراة النهائية إلى الأحد")
    assert said.verdict == "supported", said.reason
    said = judge_pair("سيتم رفع أسعار الوقود الشهر المقبل", "الحكومة سترفع أسعار الوقود الشهر المقبل")
    assert said.verdict == "supported", said.reason
    # what the sentence says otherwise is still said otherwise
    said = judge_pair("سيتم رفع أسعار الوقود الشهر المقبل", "الحكومة ستخفض أسعار الوقود الشهر المقبل")
    assert said.verdict == "contradicted", said.reason


def test_a_plan_before_a_verbal_noun_is_no_deed_done():
    # TRUST BUG: "افتتح الجسر" (it was opened) was supported by "سيتم افتتاح الجسر" (it will be opened)
    said = judge_pair("افتتح الجسر المعلق الجديد في مارس", "سيتم افتتاح الجسر المعلق الجديد في مارس")
    assert said.verdict == "unsupported" and "plans" in said.reason, said.reason
    said = judge_pair("افتتح الجسر المعلق الجديد في مارس", "ومن المقرر افتتاح الجسر المعلق الجديد في مارس")
    assert said.verdict == "unsupported" and "plans" in said.reason, said.reason
    said = judge_pair("تم افتتاح الجسر المعلق الجديد في مارس", "سيتم افتتاح الجسر المعلق الجديد في مارس")
    assert said.verdict != "supported", said.reason
    # the plan against the plan is supported
    said = judge_pair("سيتم افتتاح الجسر المعلق الجديد في مارس", "من المقرر افتتاح الجسر المعلق الجديد في مارس")
    assert said.verdict == "supported", said.reason


def test_an_age_is_no_name():
    # "عمر" before an age is the age, not the given name Omar (was unsupported: "no evidence for: عمر، يناهز")
    said = judge_pair("توفي الخطاط سامي العلي عن عمر يناهز 76 عاما", "توفي الخطاط سامي العلي عن 76 عاما")
    assert said.verdict == "supported", said.reason
    said = judge_pair("توفي الخطاط سامي العلي عن 76 عاما", "توفي الخطاط سامي العلي عن عمر ناهز 76 عاما")
    assert said.verdict == "supported", said.reason
    # another age is a contradiction, on both sides (was unsupported against "عن 81 عاما")
    said = judge_pair("توفي الخطاط سامي العلي عن عمر يناهز 76 عاما", "توفي الخطاط سامي العلي عن 81 عاما")
    assert said.verdict == "contradicted" and "76" in said.reason, said.reason
    said = judge_pair("وكان عمره عند وفاته 80 عاما", "توفي الخطاط سامي العلي عن عمر ناهز 76 عاما")
    assert said.verdict == "contradicted", said.reason
    # a man called Omar keeps his name: another man is not him
    said = judge_pair("توفي عمر الخياط عن 76 عاما", "توفي سالم الخياط عن 76 عاما")
    assert said.verdict != "supported", said.reason


def test_a_departure_at_an_age_is_a_death():
    # "ترحل عن 76 عاما" (departs at 76) tells her death (was unsupported: "no evidence for: وفاة")
    said = judge_pair("وفاة الممثلة سعاد الفارس عن 76 عاما", "الممثلة سعاد الفارس ترحل عن 76 عاما")
    assert said.verdict == "supported", said.reason
    said = judge_pair("الممثلة سعاد الفارس ترحل عن عمر يناهز 76 عاما", "توفيت الممثلة سعاد الفارس عن 76 عاما")
    assert said.verdict == "supported", said.reason
    said = judge_pair("وفاة الممثلة سعاد الفارس عن 76 عاما", "الممثلة سعاد الفارس ترحل عن 81 عاما")
    assert said.verdict == "contradicted", said.reason
    # leaving a club is no death
    said = judge_pair("وفاة المدرب سالم الراشد", "المدرب سالم الراشد يرحل عن النادي بعد 7 أعوام")
    assert said.verdict != "supported", said.reason
