"""Round 28 (verify40): a report the source denies, a deed's owner made its doer after "بعد أن", a true claim of a
second clause's deed, a superlative the source narrows, a count after "مقابل". TRUST BUGS of our own dev pairs
(bench/verify_probe_round28.jsonl): each false claim below was supported on main 7992d17 (0.58 to 0.93), each true
claim of the second clause was contradicted. Sentences written for this test."""

import pytest

from akhbar import verify


def _claim(source: str, claim: str):
    return verify(source, claim).claims[0]


@pytest.mark.parametrize("source, claim, denial", [
    ("نفى مدير المستشفى الأنباء عن وفاة المريض.", "وفاة المريض", "نفى … الأنباء عن"),
    ("كذب المتحدث باسم الجيش الأنباء عن انسحاب القوات من المعبر.", "انسحاب القوات من المعبر", "كذب … الأنباء عن"),
    ("نفت النقابة ما نشرته الصحف عن إلغاء الإضراب.", "النقابة تلغي الإضراب", "نفت … ما نشرته الصحف عن"),
    ("نفت الجمعية الشائعات حول بيع مقرها القديم.", "باعت الجمعية مقرها القديم", "نفت … الشائعات حول"),
])
def test_a_report_the_source_denies_is_contradicted_naming_the_denial(source, claim, denial):
    c = _claim(source, claim)
    assert c.verdict == "contradicted"
    assert c.reason == f"the source denies a report of it: {denial}"


@pytest.mark.parametrize("source, claim", [
    # the claim tells the denial itself
    ("نفى مدير المستشفى الأنباء عن وفاة المريض.", "مدير المستشفى ينفي وفاة المريض"),
    # the deed is told done, not denied
    ("أعلن النادي رحيل مدربه بعد نهاية الموسم.", "رحل مدرب النادي"),
])
def test_a_denial_the_claim_tells_or_no_denial_at_all_stays_supported(source, claim):
    assert _claim(source, claim).verdict == "supported"


@pytest.mark.parametrize("source, claim, reason", [
    # the owner of the object made the doer, the doer (the clause before's party) the owner
    ("فصلت الجامعة الطالب بعد أن سرق حاسوب الأستاذ.", "سرق الأستاذ حاسوب الطالب",
     "the source tells it of حاسوب, not الأستاذ"),
    ("طردت الإدارة العامل بعد أن كسر نافذة المكتب.", "كسر المكتب نافذة العامل",
     "the source tells it of نافذة, not المكتب"),
    # the object made the doer, the doer (the clause before's party) the object
    ("عاقب المدرب المهاجم بعد أن شتم حكم المباراة.", "شتم الحكم المهاجم", "the source tells it of المهاجم, not الحكم"),
    ("أوقفت الشرطة السائق بعد أن صدم الشاب.", "صدم الشاب السائق", "the source tells it of السائق, not الشاب"),
])
def test_after_bad_an_the_deed_is_the_clause_befores_party(source, claim, reason):
    c = _claim(source, claim)
    assert c.verdict == "unsupported"
    assert c.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("فصلت الجامعة الطالب بعد أن سرق حاسوب الأستاذ.", "سرق الطالب حاسوب الأستاذ"),
    ("اعتقلت الشرطة الرجل بعد أن أحرق متجر الجار.", "اعتقلت الشرطة الرجل"),
])
def test_the_deed_told_of_its_own_doer_stays_supported(source, claim):
    assert _claim(source, claim).verdict == "supported"


@pytest.mark.parametrize("source, claim", [
    ("افتتح الوزير مكتبة، ثم زار مصنع الورق.", "زار الوزير مصنع الورق"),
    ("زار الرئيس مدرسة، وافتتح بعد ذلك جسر النهر.", "افتتح الرئيس جسر النهر"),
    ("استقبل السفير وفداً تجارياً، ثم زار بعدها ميناء العقبة.", "زار السفير ميناء العقبة"),
])
def test_a_claim_of_the_second_clauses_deed_is_supported_not_contradicted(source, claim):
    c = _claim(source, claim)
    assert c.verdict == "supported", c.reason


@pytest.mark.parametrize("source, claim", [
    # another doer in the second clause: the first clause's doer did not do its deed
    ("افتتح الوزير مكتبة، ثم زار المحافظ مصنع الورق.", "زار الوزير مصنع الورق"),
    # the first clause's deed with the second clause's object
    ("افتتح الوزير مكتبة، ثم زار مصنع الورق.", "افتتح الوزير مصنع الورق"),
])
def test_a_second_clause_of_another_doer_or_deed_is_still_no_support(source, claim):
    assert _claim(source, claim).verdict != "supported"


@pytest.mark.parametrize("source, claim, reason", [
    ("فاز الممثل بجائزة أفضل ممثل مساعد عن دوره في الفيلم.", "فاز الممثل بجائزة أفضل ممثل",
     "the source says أفضل ممثل مساعد where the claim says أفضل ممثل"),
    ("تعد البلدة أكبر مدينة ساحلية في الإقليم.", "تعد البلدة أكبر مدينة في الإقليم",
     "the source says أكبر مدينة ساحلية where the claim says أكبر مدينة"),
])
def test_a_superlative_the_source_narrows_is_unsupported(source, claim, reason):
    c = _claim(source, claim)
    assert c.verdict == "unsupported"
    assert c.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("فاز الممثل بجائزة أفضل ممثل مساعد عن دوره في الفيلم.", "فاز الممثل بجائزة أفضل ممثل مساعد"),
    ("فاز الممثل بجائزة أفضل ممثل عن دوره في الفيلم.", "فاز الممثل بجائزة أفضل ممثل"),
])
def test_the_superlative_as_the_source_says_it_stays_supported(source, claim):
    assert _claim(source, claim).verdict == "supported"


def test_a_count_after_muqabil_is_the_other_sides():
    source = "صوت 80 نائباً لصالح القانون مقابل 20."
    c = _claim(source, "صوت 20 نائباً لصالح القانون")
    assert c.verdict == "unsupported"
    assert c.reason == "the source gives 20 as one side's count against another's 80"
    assert _claim(source, "صوت 80 نائباً لصالح القانون").verdict == "supported"
    # (a count past "مقابل" with its own year is the claim's when the claim gives that year too)
    assert _claim("استقبل المتحف مليون زائر في 2023، مقابل 800 ألف زائر في 2022.",
                  "استقبل المتحف 800 ألف زائر في 2022").verdict != "contradicted"


def test_a_denial_in_another_form_is_the_same_denial():
    # "تنفي" was linked to nothing ("نفت" has no root the tables know), and the pair was contradicted: "the source says
    # الأخبار where the claim says تنفي"
    c = _claim("نفت الجمعية الشائعات حول بيع مقرها القديم.", "الجمعية تنفي بيع مقرها القديم")
    assert c.verdict == "supported", c.reason
