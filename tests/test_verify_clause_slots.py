"""A sentence of two deeds does not lend one deed's slot to the other: the place or the side behind a role word, the
second word of a phrase, a count, a name's own count after "و", a party's ل, a side of a vote, the people a count
counts. TRUST BUGS of the lead's round 27 probe (bench/verify_probe_lead27.jsonl): each false claim below was
supported at 0.59–0.94. Sentences written for this test."""

import pytest

from akhbar import verify
from conftest import probe_reading


@pytest.mark.parametrize("source, claim, reason", [
    # the place or side behind a role word, taken from the other deed's clause
    ("نشأ الشاعر في حمص ودرس في دمشق.", "درس الشاعر في حمص.",
     "the source gives حمص in the clause of another deed; the clause of the claim's verb says دمشق"),
    ("تعادل الوحدة مع الجيش ثم انتصر على الشرطة.", "انتصر الوحدة على الجيش.",
     "the source gives الجيش in the clause of another deed; the clause of the claim's verb says الشرطة"),
    ("رست السفينة في ميناء جدة بعد أن أبحرت من ميناء صلالة.", "أبحرت السفينة من ميناء جدة.",
     "the source gives جدة in the clause of another deed; the clause of the claim's verb says صلالة"),
    ("عقدت الندوة في تونس، وستعقد الندوة المقبلة في الجزائر.", "عقدت الندوة في الجزائر.",
     "the source gives الجزائر in the clause of another deed; the clause of the claim's verb says تونس"),
    # the second word of a phrase, from the other deed's clause
    ("نالت الرواية جائزة أفضل حوار، وفاتتها جائزة أفضل حبكة.", "نالت الرواية جائزة أفضل حبكة.",
     "the source does not say أفضل حبكة together: its clause says أفضل حوار"),
    # a count of another deed, glued to its "و"
    ("قتل ثلاثة صيادين وجرح ستة حراس في الكمين.", "قتل ستة حراس في الكمين.",
     "the source gives ستة in the clause of another deed: وجرح"),
    # the same verb told twice, of two doers: the side behind "على" taken from the second
    ("تغلب الشباب على الرائد بهدف، وفاز الوحدة على الفيصلي بهدفين.", "تغلب الشباب على الفيصلي بهدف.",
     "the source gives الفيصلي in the clause of another deed; the clause of the claim's verb says الرائد"),
    # a doer of the verb's own clause, owned by another ("نائبه")
    ("استقبل المحافظ الوفد في مكتبه، فيما رافق نائبه الضيوف في جولة.", "رافق المحافظ الضيوف في جولة.",
     "the source tells it of نائبه, not المحافظ"),
    # a name the sentence gives a count of its own after "و"
    ("تنتج المزرعة الأولى 40 طناً من القمح والمزرعة الثانية 25 طناً.", "تنتج المزرعة الثانية 40 طناً من القمح.",
     "the source gives الثانية a count of its own: 25"),
    ("يضم الوفد سبعة مهندسين من الشركة وأربعة من الجامعة.", "يضم الوفد سبعة مهندسين من الجامعة.",
     "the source gives الجامعة a count of its own: وأربعة"),
])
def test_a_slot_of_the_other_deed_is_not_support(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("نشأ الشاعر في حمص ودرس في دمشق.", "درس الشاعر في دمشق."),
    ("نشأ الشاعر في حمص ودرس في دمشق.", "نشأ الشاعر في حمص."),
    ("تعادل الوحدة مع الجيش ثم انتصر على الشرطة.", "انتصر الوحدة على الشرطة."),
    ("رست السفينة في ميناء جدة بعد أن أبحرت من ميناء صلالة.", "أبحرت السفينة من ميناء صلالة."),
    ("نالت الرواية جائزة أفضل حوار، وفاتتها جائزة أفضل حبكة.", "نالت الرواية جائزة أفضل حوار."),
    ("قتل ثلاثة صيادين وجرح ستة حراس في الكمين.", "جرح ستة حراس في الكمين."),
    ("تنتج المزرعة الأولى 40 طناً من القمح والمزرعة الثانية 25 طناً.", "تنتج المزرعة الأولى 40 طناً من القمح."),
    # a doer told in the clause before, its object in the clause of the claim's verb
    ("سجل الجناح هدفين وصنع هدفاً في اللقاء.", "صنع الجناح هدفاً في اللقاء."),
])
def test_each_deed_with_its_own_slot_is_still_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


@pytest.mark.parametrize("source, claim, verdict, reason", [
    # the giver and the one given to exchanged about a glued ل
    ("أهدت البلدية الحديقة لجمعية المكفوفين.", "أهدت جمعية المكفوفين الحديقة للبلدية.", "contradicted",
     "role swapped: للبلدية / البلدية"),
    # a vote against is no vote for
    ("صوت 70 عضواً ضد التعديل.", "صوت 70 عضواً لصالح التعديل.", "contradicted", "opposite: لصالح التعديل / ضد التعديل"),
    # a candidate for an office is not its holder
    ("وعد المرشح لرئاسة البلدية بإصلاح الطرق.", "وعد رئيس البلدية بإصلاح الطرق.", "unsupported",
     "the source tells it of المرشح لرئاسة, not رئيس"),
    # near a deed is not the deed
    ("اقترب العداء من تحطيم الرقم القياسي.", "حطم العداء الرقم القياسي.", "unsupported",
     "the source does not tell it as done: اقترب … تحطيم, where the claim says حطم"),
])
def test_a_party_a_side_or_a_deed_told_otherwise(source, claim, verdict, reason):
    result = verify(source, claim).claims[0]
    assert (result.verdict, result.reason) == (verdict, reason)


def test_a_vote_of_the_other_side_keeps_its_own_count():
    source = "صوت 22 عضواً ضد الميزانية، بينما صوت 15 عضواً لصالحها."
    assert verify(source, "صوت 22 عضواً لصالح الميزانية.").claims[0].verdict == "contradicted"
    # (the fifteen did vote for it: no contradiction from the other clause's count)
    assert verify(source, "صوت 15 عضواً لصالح الميزانية.").claims[0].verdict != "contradicted"
    assert verify(source, "صوت 22 عضواً ضد الميزانية.").claims[0].verdict == "supported"


def test_the_round_27_probe_keeps_its_floor():
    """bench/verify_probe_lead27.jsonl, both splits (dev read while building, held out written after the first fixes and
    read without fixing from it): main 2e85af1 called 32 of 135 dev and 14 of 19 held-out false claims supported."""
    reading = probe_reading("verify_probe_lead27.jsonl")
    assert reading["dev"][0] <= 11 and reading["heldout"][0] <= 2
    assert reading["dev"][1] >= 39 and reading["heldout"][1] >= 9
