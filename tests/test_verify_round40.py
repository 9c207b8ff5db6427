"""Round 40 (verify52): claims a fact-checker would check, in pairs written for these tests (other words than the
round's probes, bench/verify_probe_round39.jsonl and round40):

- TRUST BUG: a nationality names who, not where. "توجه الوفد الليبي إلى القاهرة" says where a Libyan delegation went,
  not that the delegation went to Libya; the country written after its noun ("وفد ليبيا") or after "من" ("وفد من
  ليبيا") still says whose it is, and a country the claim names alone for its team ("بلغت الجزائر" / "بلغ المنتخب
  الجزائري") is the team;
- a deed the sentence names only as what it is too early to talk of ("الحديث عن … سابق لأوانه", "من المبكر الحديث
  عن …") is not told done, whether the claim says it by a verb or by a noun;
- another deed of the same doer is no contradiction: "تحدث سمير العلي عن الصادرات" neither says nor denies that he
  visited the bank (the model called such pairs contradicted at 0.8 to 0.9); two words of stance or change, each of
  an antonym family ("أيد" / "انتقد"), stay the model's to call;
- round 39's held out, now dev: an intent ("تعتزم … إنشاء" / "أنشأت", a hamza's feminine past now read as a deed
  done), a belief ("يرجح المحققون أن …") and a nomination ("رشح … لرئاسة" / "تولى … رئاسة") are not the deed, and
  another word of rising in the claim's slot ("زاد" / "ارتفع") is no contradiction.

Each false claim is not supported now; the controls beside them stay supported.
"""

from __future__ import annotations

import pytest

from akhbar import verify

NATIONALITY_AS_PLACE = [
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه الوفد إلى ليبيا أمس"),
    ("زار المبعوث الأردني دمشق والتقى عدداً من المسؤولين.", "زار المبعوث الأردن والتقى عدداً من المسؤولين"),
    ("التقى الرئيس اللبناني نظيره القبرصي في نيقوسيا يوم الخميس.", "التقى الرئيس نظيره القبرصي في لبنان يوم الخميس"),
]

NATIONALITY_CONTROLS = [
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه وفد من ليبيا إلى القاهرة أمس"),
    ("توجه الوفد الليبي إلى القاهرة أمس لبحث ملف الحدود.", "توجه وفد ليبيا إلى القاهرة أمس"),
    ("بلغ المنتخب الجزائري ربع النهائي بعد فوزه بركلات الترجيح.", "بلغت الجزائر ربع النهائي بعد فوزها بركلات الترجيح"),
    ("قالت الحكومة الليبية إن البلاد ستنظم المؤتمر في الربيع.", "قالت الحكومة إن ليبيا ستنظم المؤتمر في الربيع"),
    ("ضربت عاصفة قوية الساحل اللبناني ليلة الأحد.", "ضربت عاصفة قوية الساحل في لبنان ليلة الأحد"),
]


@pytest.mark.parametrize(("source", "claim"), NATIONALITY_AS_PLACE)
def test_a_nationality_names_who_not_where(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "unsupported", (c.verdict, c.probability, c.reason)
    assert "not as where" in c.reason


@pytest.mark.parametrize(("source", "claim"), NATIONALITY_CONTROLS)
def test_a_nationality_still_says_whose(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


PREMATURE = [
    ("قال الوزير إن الحديث عن خصخصة شركة الكهرباء سابق لأوانه.", "أعلن الوزير خصخصة شركة الكهرباء"),
    ("قال المدير إن من المبكر جداً الحديث عن إغلاق المصنع الشمالي.", "أعلن المدير إغلاق المصنع الشمالي"),
    ("قال المدير إن من المبكر جداً الحديث عن إغلاق المصنع الشمالي.", "أغلق المدير المصنع الشمالي"),
    ("أوضح الناطق أن من السابق لأوانه الآن الحديث عن انسحاب القوات من البلدة.", "أعلن الناطق انسحاب القوات من البلدة"),
]


@pytest.mark.parametrize(("source", "claim"), PREMATURE)
def test_a_deed_too_early_to_talk_of_is_not_done(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "unsupported", (c.verdict, c.probability, c.reason)


def test_a_deed_told_beside_another_called_premature_stays_supported() -> None:
    c = verify("أعلن الوزير خصخصة شركة الكهرباء، وقال إن الحديث عن تسريح العمال سابق لأوانه.",
               "أعلن الوزير خصخصة شركة الكهرباء").claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


ANOTHER_DEED = [
    ("وتحدث سمير العلي عن الصادرات في ندوة الغرفة التجارية.", "زار سمير العلي المصرف المركزي"),
    ("قال سمير العلي إن الصادرات تراجعت هذا العام.", "زار سمير العلي المصرف المركزي"),
    ("افتتح الأمير فيصل معرض الكتاب في الرياض.", "زار الأمير فيصل معرض الكتاب في الرياض"),
]


@pytest.mark.parametrize(("source", "claim"), ANOTHER_DEED)
def test_another_deed_of_the_same_doer_is_no_contradiction(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "unsupported", (c.verdict, c.probability, c.reason)
    assert "another deed" in c.reason


def test_an_opposite_stance_is_still_a_contradiction() -> None:
    c = verify("انتقد النائب خالد الرفاعي قرار الحكومة رفع الأسعار.", "أيد النائب خالد الرفاعي قرار الحكومة رفع الأسعار").claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)


# Round 39's held out, now dev: what is intended, believed or nominated for is not done.
HEDGED = [
    # a feminine past of a root ending in a hamza ("أنشأت", "بدأت") is a deed told done, and an intent does not tell it
    ("تعتزم الوزارة إنشاء مستشفى للأطفال في المدينة الساحلية خلال ثلاث سنوات.", "أنشأت الوزارة مستشفى للأطفال في المدينة الساحلية"),
    # everything the claim says, inside the "أن" of a belief
    ("يرجح المحققون أن ماسا في الأسلاك الكهربائية وراء الحريق الذي شب في المخزن القديم.",
     "تسبب ماس في الأسلاك الكهربائية في حريق المخزن القديم"),
    # a nomination is no office taken, the deed after the head's ل
    ("رشح المجلس البلدي المهندس حسام الدباغ لرئاسة لجنة الأشغال في المدينة.", "تولى المهندس حسام الدباغ رئاسة لجنة الأشغال"),
]

HEDGED_CONTROLS = [
    ("أنشأت الوزارة مستشفى للأطفال في المدينة الساحلية العام الماضي.", "أنشأت الوزارة مستشفى للأطفال في المدينة الساحلية"),
    ("أكد خبراء الزلازل أن انزلاق صدع قديم تحت البحيرة تسبب في الهزة.", "تسبب انزلاق صدع قديم تحت البحيرة في الهزة"),
]


@pytest.mark.parametrize(("source", "claim"), HEDGED)
def test_an_intent_a_belief_or_a_nomination_is_not_the_deed(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


@pytest.mark.parametrize(("source", "claim"), HEDGED_CONTROLS)
def test_a_deed_told_done_or_confirmed_stays_supported(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)


# Round 39's held out, now dev: two words of one side of an antonym family in the claim's slot say the same move.
@pytest.mark.parametrize(("source", "claim"), [
    ("ارتفع عدد زوار المتحف بمقدار ألف زائر خلال العطلة.", "زاد عدد زوار المتحف بمقدار ألف زائر"),
    ("ارتفعت أسعار الإسمنت في السوق المحلية الشهر الماضي.", "زادت أسعار الإسمنت في السوق المحلية"),
])
def test_a_rise_said_by_another_word_of_rising_is_no_contradiction(source: str, claim: str) -> None:
    c = verify(source, claim).claims[0]
    assert c.verdict != "contradicted", (c.verdict, c.probability, c.reason)


def test_a_fall_against_a_rise_is_still_a_contradiction() -> None:
    c = verify("تراجعت أسعار الإسمنت في السوق المحلية الشهر الماضي.", "ارتفعت أسعار الإسمنت في السوق المحلية").claims[0]
    assert c.verdict == "contradicted", (c.verdict, c.probability, c.reason)
