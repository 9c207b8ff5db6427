"""Round 39 (verify51): claims a fact-checker would see called "supported" though the source does not say them, in
pairs written for these tests (other words than the round's probes, bench/verify_probe_round37.jsonl, round38 and
round39):

- a named doer the article gives no office: "زار الوزير المصرف" says nothing of "سمير العلي" when the article names
  him only as someone else (a trader); an office the article ties to the name ("وزير المالية سمير العلي") still
  lends it. The same name written before the verb, and a sentence that names the man at another deed while the
  article tells the claim's deed of someone else;
- two names a first letter apart are two places or people: "تونس" / "يونس";
- a change is no level: "ارتفع … بمقدار 40 ألفاً" / "بلغ … 40 ألفاً" (round 37's dev kind);
- the day a deed was announced is not the deed's day when the sentence gives the deed its own ("أعلنت … يوم
  الاثنين أن … وقع فجر السبت"; round 37's dev kind);
- a team of the young is not the senior team (round 37's dev kind);
- "قد" before a present tells what may be, an obligation laid on a party is no deed of it, two things at one time
  are no cause and effect (round 38's dev kinds).

Each false claim is not supported now; the controls beside them stay supported.
"""

from __future__ import annotations

import pytest

from akhbar import verify
from akhbar.verify import judge_pair

# An article that names سمير العلي as a trader, then tells of a minister's visit.
TRADER_THEN_MINISTER = ("تحدث رجل الأعمال سمير العلي عن تراجع الصادرات في ندوة الغرفة التجارية. "
                        "وزار الوزير المصرف المركزي صباح اليوم والتقى كبار موظفيه.")
# The same visit in an article that ties the office to the man.
MINISTER_NAMED = ("قال وزير المالية سمير العلي إن عجز الموازنة تراجع هذا العام. "
                  "وزار الوزير المصرف المركزي صباح اليوم والتقى كبار موظفيه.")
# A coach named by the office only; the man named as a player.
PLAYER_THEN_COACH = ("وأشاد اللاعب رامي الصباغ بدعم الجمهور بعد المباراة. "
                     "وأعلن المدرب قائمة المنتخب النهائية مساء أمس.")


@pytest.mark.parametrize(("article", "claim"), [
    (TRADER_THEN_MINISTER, "زار سمير العلي المصرف المركزي"),
    (TRADER_THEN_MINISTER, "سمير العلي زار المصرف المركزي"),
    (PLAYER_THEN_COACH, "أعلن رامي الصباغ قائمة المنتخب النهائية"),
])
def test_an_office_word_is_no_named_doer(article: str, claim: str) -> None:
    """The visit is the minister's; nothing in the article says the minister is the trader named before."""
    c = verify(article, claim).claims[0]
    assert c.verdict != "supported", (c.verdict, c.probability, c.reason)


def test_an_office_the_article_ties_to_the_name_still_lends_it() -> None:
    c = verify(MINISTER_NAMED, "زار سمير العلي المصرف المركزي").claims[0]
    assert c.verdict == "supported", (c.verdict, c.probability, c.reason)
    own = verify("زار وزير المالية سمير العلي المصرف المركزي صباح اليوم.", "زار سمير العلي المصرف المركزي").claims[0]
    assert own.verdict == "supported", (own.verdict, own.probability, own.reason)


def test_the_office_is_named_in_the_reason() -> None:
    c = verify(TRADER_THEN_MINISTER, "زار سمير العلي المصرف المركزي").claims
    judged = [x for x in c if x.evidence and "الوزير" in x.evidence]
    assert not judged or judged[0].verdict != "supported"
    one = verify("وزار الوزير المصرف المركزي صباح اليوم. وتحدث سمير العلي عن الصادرات.", "زار سمير العلي المصرف المركزي")
    assert one.claims[0].verdict != "supported", one.claims[0].reason


FALSE_PAIRS = [
    # two names a first letter apart
    ("هبطت طائرة الوفد في تونس مساء الخميس", "هبطت طائرة الوفد في يونس مساء الخميس."),
    ("استقبل المحافظ يونس الشمري", "استقبل المحافظ تونس الشمري في مكتبه."),
    # a change is no level
    ("بلغ عدد المشتركين في الخدمة أربعين ألف مشترك", "ارتفع عدد المشتركين في الخدمة بمقدار أربعين ألف مشترك خلال عام."),
    ("بلغت صادرات الفوسفات 12 في المئة", "زادت صادرات الفوسفات بنسبة 12 في المئة مقارنة بالعام الماضي."),
    ("ارتفعت أسعار الأرز بمقدار 30 دينارا", "بلغ سعر كيس الأرز 30 ديناراً بعد أن ارتفعت الأسعار."),
    # the announcement's day is not the deed's
    ("انهار الجسر يوم الاثنين", "أعلنت البلدية يوم الاثنين أن الجسر القديم انهار فجر السبت."),
    # a team of the young
    ("فاز المنتخب الأول لكرة السلة بالبطولة العربية", "فاز منتخب الناشئين لكرة السلة بالبطولة العربية للمرة الثانية."),
    ("تأهل المنتخب إلى كأس آسيا", "تأهل المنتخب الأولمبي إلى كأس آسيا بعد تعادله مع نظيره العراقي."),
    # "قد" before a present
    ("بلغ عدد النازحين عشرة آلاف", "قد يصل عدد النازحين بسبب الفيضانات إلى عشرة آلاف وفق الأمم المتحدة."),
    ("ارتفعت أسعار الوقود الشهر المقبل", "قد ترتفع أسعار الوقود الشهر المقبل إذا استمر ارتفاع النفط."),
    # an obligation laid on a party
    ("سددت البلدية أجور العمال", "ألزم القضاء البلدية بسداد أجور العمال المتأخرة."),
    # at one time is no cause
    ("أدى إضراب السائقين إلى ازدحام الطرق", "تزامن ازدحام الطرق مع إضراب السائقين صباح الأحد."),
    ("تسبب المطر في تأجيل المباراة", "تزامن تأجيل المباراة مع هطول المطر على الملعب."),
]

CONTROLS = [
    ("هبطت طائرة الوفد في تونس", "هبطت طائرة الوفد في تونس مساء الخميس."),
    ("وصلت بعثة المغرب إلى نواكشوط", "وصلت البعثة المغربية إلى نواكشوط صباح الجمعة."),
    ("ارتفع عدد المشتركين في الخدمة أربعين ألف مشترك", "ارتفع عدد المشتركين في الخدمة بمقدار أربعين ألف مشترك خلال عام."),
    ("بلغ عدد المشتركين في الخدمة أربعين ألف مشترك", "وصل عدد المشتركين في الخدمة إلى أربعين ألف مشترك."),
    ("انهار الجسر القديم فجر السبت", "أعلنت البلدية يوم الاثنين أن الجسر القديم انهار فجر السبت."),
    ("فاز منتخب الناشئين لكرة السلة بالبطولة العربية", "فاز منتخب الناشئين لكرة السلة بالبطولة العربية للمرة الثانية."),
    ("تسلم الجيش المعدات من المورد", "وكان الجيش قد تسلم المعدات من المورد الشهر الماضي."),
    ("ألزم القضاء البلدية بسداد أجور العمال", "ألزم القضاء البلدية بسداد أجور العمال المتأخرة."),
    ("تسبب إضراب السائقين في ازدحام الطرق", "تسبب إضراب السائقين في ازدحام الطرق صباح الأحد."),
]


@pytest.mark.parametrize(("claim", "source"), FALSE_PAIRS)
def test_false_claim_is_not_supported(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict != "supported", (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source"), CONTROLS)
def test_true_claim_stays_supported(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "supported", (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("تأهل المنتخب إلى كأس آسيا", "تأهل المنتخب الأولمبي إلى كأس آسيا بعد تعادله مع نظيره العراقي.",
     "the source tells it of a team of the young (الأولمبي), not of المنتخب itself"),
    ("أدى إضراب السائقين إلى ازدحام الطرق", "تزامن ازدحام الطرق مع إضراب السائقين صباح الأحد.",
     "the source tells the two at one time (تزامن), not one as the cause (أدى) of the other"),
    ("بلغ عدد النازحين عشرة آلاف", "قد يصل عدد النازحين بسبب الفيضانات إلى عشرة آلاف وفق الأمم المتحدة.",
     "the source gives عشرة آلاف only under قد: not told as done"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "unsupported" and v.reason == named, (v.verdict, v.reason)
