"""Round 42 (verify54): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round41.jsonl and round42, and the generation guard's round-41 tests). Each false
claim below was supported on main 8422118; each control stays supported:

- TRUST BUG: the killers read as the killed. "قتل الجنود ثلاثة مسلحين" counts the gunmen the soldiers killed; main
  supported "قتل ثلاثة جنود" (0.97) and even "قتل مسلحون ثلاثة جنود" (0.98), the claim's counted noun being the
  sentence's doer, written right before the count. A count counts the noun after it (or after its "من"), not a party
  before it, unless a count's head stands between ("بلغ عدد الزوار خمسة آلاف شخص");
- TRUST BUG: "خلال" (during) read as "بعد" (after), and the other way: a deed placed within an event on one side and
  after or before it on the other is an opposite order; after its start or before its end may be within it;
- TRUST BUG: "في النهاية" (in the end) read as no word, so a deed the sentence tells "في البداية" / "أولاً" was supported
  as the end of the affair; the other way too ("أولاً" against "في النهاية");
- TRUST BUG: who did what to whom inside a list of items ("نصت الوثيقة على رفض البرلمان تمديد ولاية الحكومة"): a
  verbal noun or a noun and its owner in construct whose owner the sentence writes elsewhere, and another right after
  the noun, is not the sentence's;
- a sayer's title and name in the other order ("قال مدرب المنتخب X إن" / "قال X مدرب المنتخب إن") were contradicted
  though true (0.89 on main: the model read the order as a change); the same words are supported now, and a title
  with another word ("مدرب النادي") was supported at 0.83 on main and is not now;
- held out 41, now dev: a deed only warned against ("حذر … من انهيار …"), the one who stood between two parties told as
  one of them ("توسطت … بين … حتى توصلا"), cases of recovery counted as infections.
"""

from __future__ import annotations

import pytest

from akhbar import verify

KILLERS_AS_KILLED = [
    ("قتل الجنود ثلاثة مسلحين بكمين نصبوه قرب المعبر الشمالي.", "قتل ثلاثة جنود بكمين قرب المعبر الشمالي"),
    ("قتل الجنود ثلاثة مسلحين بكمين نصبوه قرب المعبر الشمالي.", "قتل مسلحون ثلاثة جنود بكمين قرب المعبر الشمالي"),
    ("أصاب المتظاهرون 12 شرطياً خلال المواجهات في وسط العاصمة.", "أصيب 12 متظاهراً خلال المواجهات في وسط العاصمة"),
    ("وقتل رجال الأمن أربعة من المهاجمين بعد تبادل لإطلاق النار.", "وقتل أربعة من رجال الأمن بعد تبادل لإطلاق النار"),
]

COUNTED_CONTROLS = [
    ("قتل الجنود ثلاثة مسلحين بكمين نصبوه قرب المعبر الشمالي.", "قتل الجنود ثلاثة مسلحين قرب المعبر الشمالي"),
    ("قتل الجنود الثلاثة في الكمين الليلي.", "قتل ثلاثة جنود في الكمين الليلي"),
    ("قتل ثلاثة من الجنود في الكمين.", "قتل ثلاثة جنود في الكمين"),
]


@pytest.mark.parametrize(("source", "claim"), KILLERS_AS_KILLED)
def test_a_count_of_the_killed_is_no_count_of_the_killers(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), COUNTED_CONTROLS)
def test_a_count_of_its_own_noun_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


WITHIN_AS_AFTER = [
    ("وصل الرئيس إلى العاصمة بعد انتهاء القمة بساعتين.", "وصل الرئيس إلى العاصمة خلال القمة"),
    ("ألقى الوزير كلمة خلال حفل الافتتاح.", "ألقى الوزير كلمة بعد حفل الافتتاح"),
    ("ألقى الوزير كلمة خلال حفل الافتتاح.", "ألقى الوزير كلمة قبل حفل الافتتاح"),
    ("تعرض اللاعب للإصابة خلال الحصة التدريبية يوم الأحد.", "تعرض اللاعب للإصابة بعد الحصة التدريبية"),
]

WITHIN_CONTROLS = [
    ("أصيب اللاعب بعد بداية المباراة بعشر دقائق.", "أصيب اللاعب خلال المباراة"),
    ("وصل الرئيس إلى العاصمة بعد انتهاء القمة بساعتين.", "وصل الرئيس إلى العاصمة بعد القمة"),
    ("ألقى الوزير كلمة خلال حفل الافتتاح.", "ألقى الوزير كلمة في حفل الافتتاح"),
]


@pytest.mark.parametrize(("source", "claim"), WITHIN_AS_AFTER)
def test_within_an_event_is_neither_after_nor_before_it(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)
    assert "opposite" in c.reason


@pytest.mark.parametrize(("source", "claim"), WITHIN_CONTROLS)
def test_after_its_start_is_within_it(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


TURNS_EXCHANGED = [
    ("رفض المجلس المقترح في البداية ثم وافق عليه في النهاية.", "رفض المجلس المقترح في النهاية"),
    ("تراجع سعر النفط في البداية ثم ارتفع في النهاية بنسبة 2%.", "تراجع سعر النفط في النهاية"),
    ("أيدت الحكومة المشروع أولاً، لكنها عدلت عنه لاحقاً تحت ضغط الشارع.", "أيدت الحكومة المشروع في نهاية المطاف"),
]

TURNS_KEPT = [
    ("رفض المجلس المقترح في البداية ثم وافق عليه في النهاية.", "رفض المجلس المقترح في البداية"),
    ("تراجع سعر النفط في البداية ثم ارتفع في النهاية بنسبة 2%.", "ارتفع سعر النفط في النهاية بنسبة 2%"),
    ("أيدت الحكومة المشروع أولاً، لكنها عدلت عنه لاحقاً تحت ضغط الشارع.", "أيدت الحكومة المشروع في البداية"),
]


@pytest.mark.parametrize(("source", "claim"), TURNS_EXCHANGED)
def test_a_deed_told_at_first_is_not_told_as_the_end(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)
    assert "another turn" in c.reason


@pytest.mark.parametrize(("source", "claim"), TURNS_KEPT)
def test_the_same_turn_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


ITEMS = "ومن أهم ما نصت عليه الوثيقة رفض البرلمان تمديد ولاية الحكومة وإجراء انتخابات مبكرة."
OWNERS_EXCHANGED = [
    (ITEMS, "ومن أهم ما نصت عليه الوثيقة رفض الحكومة تمديد ولاية البرلمان"),
    (ITEMS, "ومن أهم ما نصت عليه الوثيقة رفض تمديد ولاية البرلمان"),
    ("ومن أبرز ما تضمنه الاتفاق دعم الحكومة للنقابات وتعويض العمال المسرحين.", "تضمن الاتفاق دعم النقابات للحكومة"),
    ("ونص الاتفاق على انسحاب الجيش من المدينة وتسليم المعارضة أسلحتها الثقيلة.", "نص الاتفاق على انسحاب المعارضة من المدينة"),
]

OWNERS_KEPT = [
    (ITEMS, "ومن أهم ما نصت عليه الوثيقة رفض تمديد ولاية الحكومة"),
    (ITEMS, "نصت الوثيقة على رفض البرلمان تمديد ولاية الحكومة"),
    ("أوقفت البلدية أعمال البناء في الحي القديم.", "البلدية توقف أعمال البناء في الحي القديم"),
    ("زار الرئيس عبد الفتاح السيسي العاصمة الفرنسية.", "زار الرئيس السيسي العاصمة الفرنسية"),
    ("صعد سعر القمح في الأسواق، بينما تراجع سعر الذرة.", "وتراجع سعر الذرة"),
]


@pytest.mark.parametrize(("source", "claim"), OWNERS_EXCHANGED)
def test_a_nouns_owner_the_sentence_writes_elsewhere_is_not_its_own(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), OWNERS_KEPT)
def test_a_noun_with_its_own_owner_or_none_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


DEV41 = [
    # a deed only warned against ("تسبب" is no word the aligner links)
    ("حذرت الأرصاد من تسبب العاصفة في إطفاء أعمدة الإنارة بأحياء المدينة الشرقية.",
     "تسببت العاصفة في إطفاء أعمدة الإنارة بأحياء المدينة الشرقية"),
    ("حذر مهندسو البلدية من انهيار الجسر الخشبي إذا استمرت الأمطار.", "انهار الجسر الخشبي بسبب الأمطار"),
    # the one between the parties told as one of them
    ("توسطت سلطنة عمان بين البلدين الجارين حتى توصلا إلى اتفاق على ترسيم الحدود.",
     "توصلت سلطنة عمان إلى اتفاق على ترسيم الحدود مع البلدين الجارين"),
    ("رعت قطر محادثات بين الحكومة والمتمردين انتهت بتوقيع اتفاق سلام.", "وقعت قطر اتفاق سلام مع المتمردين"),
    # cases of recovery counted as infections
    ("سجلت الهيئة 75 حالة شفاء جديدة من الحصبة خلال يوم واحد.", "سجلت الهيئة 75 إصابة جديدة بالحصبة خلال يوم واحد"),
]

DEV41_CONTROLS = [
    ("حذرت الأرصاد من رياح قوية تضرب المناطق الساحلية مساء الخميس.", "حذرت الأرصاد من رياح قوية تضرب المناطق الساحلية"),
    ("حذر الوزير من أن الأسعار ارتفعت بنسبة 20% خلال عام.", "ارتفعت الأسعار بنسبة 20% خلال عام"),
    ("وقع اتفاق التعاون بين مصر والسودان في الخرطوم.", "وقعت مصر اتفاق التعاون مع السودان في الخرطوم"),
    ("أعلنت الوزارة تسجيل 85 حالة إصابة بالكوليرا يوم الأحد.", "أعلنت الوزارة تسجيل 85 إصابة بالكوليرا يوم الأحد"),
]


@pytest.mark.parametrize(("source", "claim"), DEV41)
def test_held_out_41s_kinds_are_not_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), DEV41_CONTROLS)
def test_held_out_41s_controls_stay_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


SAYER = "قال مدرب المنتخب سامي الخطيب إن الفريق جاهز للمباراة."
SAYER_TURNED = [
    (SAYER, "قال سامي الخطيب مدرب المنتخب إن الفريق جاهز للمباراة"),
    ("قال سامي الخطيب مدرب المنتخب إن الفريق جاهز للمباراة.", "قال مدرب المنتخب سامي الخطيب إن الفريق جاهز للمباراة"),
    ("وقالت وزيرة الصحة هدى الزين إن الحملة ستبدأ الأسبوع المقبل.", "وقالت هدى الزين وزيرة الصحة إن الحملة ستبدأ الأسبوع المقبل"),
]


@pytest.mark.parametrize(("source", "claim"), SAYER_TURNED)
def test_a_sayers_title_and_name_in_the_other_order_are_the_same_sayer(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


def test_what_the_sayer_said_is_still_read() -> None:
    c = verify(SAYER, "قال سامي الخطيب مدرب المنتخب إن الفريق غير جاهز للمباراة").claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)
    c = verify(SAYER, "قال سامي الخطيب مدرب النادي إن الفريق جاهز للمباراة").claims[0]
    assert c.verdict != "supported" and "النادي" in c.reason, (c.verdict, c.probability, c.reason)


# Round 40's held-out rewordings (dev since round 41), each gated by claims that change a fact of it.
RETIRED = "أنهى الحارس سعيد المالكي مسيرته الرياضية بعد عشرين موسماً مع فريقه."
MET = "التقى الأمير بالسفير الياباني في قصر الضيافة."
REWORDED = [
    (RETIRED, "اعتزل الحارس سعيد المالكي بعد عشرين موسماً مع فريقه"),
    (MET, "التقى السفير الياباني بالأمير في قصر الضيافة"),
]
REWORDING_GATES = [
    (RETIRED, "اعتزل الحارس سعيد المالكي بعد عشرة مواسم مع فريقه"),
    (RETIRED, "اعتزل الحارس خالد المالكي بعد عشرين موسماً مع فريقه"),
    (RETIRED, "اعتزل المدافع سعيد المالكي بعد عشرين موسماً مع فريقه"),
    # (a team's run in a contest that ended is no retirement)
    ("أنهى المنتخب مسيرته في البطولة بالخسارة أمام اليابان.", "اعتزل المنتخب بعد الخسارة أمام اليابان"),
    (MET, "التقى السفير الصيني بالأمير في قصر الضيافة"),
    (MET, "التقى السفير الياباني بالوزير في قصر الضيافة"),
]


@pytest.mark.parametrize(("source", "claim"), REWORDED)
def test_round_40s_rewordings_are_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), REWORDING_GATES)
def test_a_rewording_with_a_fact_changed_is_not_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)
