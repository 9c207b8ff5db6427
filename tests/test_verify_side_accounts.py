"""A side of a conflict telling what the side it faces did, and a deed told by "بحسب / وفق / حسب" a side or relayed
from one ("نقلت الصحيفة عن المعارضة أن …"), support no claim that states the deed as a fact: "قال الناطق باسم الجيش إن
مقاتلي الفصيل المعارض أعدموا أسرى" tells the army's accusation, not an execution. A force telling its own deed, a
body's attribution, an official relayed stay supported. Round 26 (verify38): each of the first pairs was supported on
main 8521042. Sentences written for this test."""

import pytest

from akhbar import verify

ACCUSED = [
    ("قال الناطق باسم الجيش إن مقاتلي الفصيل المعارض أعدموا أسرى.", "أعدم مقاتلو الفصيل المعارض أسرى.",
     "قال الناطق باسم الجيش إن"),
    ("قالت وزارة الداخلية إن متظاهرين اقتحموا مبنى البلدية وأضرموا فيه النار.", "اقتحم متظاهرون مبنى البلدية.",
     "قالت وزارة الداخلية إن"),
    ("أكد المتحدث العسكري أن المسلحين زرعوا ألغاماً على الطريق الساحلي.", "زرع المسلحون ألغاماً على الطريق الساحلي.",
     "أكد المتحدث العسكري أن"),
    ("قال قائد الشرطة إن الانفصاليين خطفوا أربعة موظفين من شركة النفط.", "خطف الانفصاليون أربعة موظفين من شركة النفط.",
     "قال قائد الشرطة إن"),
    # (a side's word glued to ل: "للفصائل", and one that opens with ف: "فصائل")
    ("قال المتحدث للفصائل إن الطيران الحكومي دمر المخبز الوحيد في البلدة.", "دمر الطيران الحكومي المخبز الوحيد في البلدة.",
     "قال المتحدث للفصائل إن"),
    # ("أعلن" tells a body's own deed; a force announcing the side it faces did something accuses it)
    ("أعلن الجيش أن المتمردين قصفوا حياً سكنياً.", "قصف المتمردون حياً سكنياً.", "أعلن الجيش أن"),
]

ATTRIBUTED = [
    ("بحسب المعارضة، زورت نتائج الانتخابات في ثلاث محافظات.", "زورت نتائج الانتخابات في ثلاث محافظات.", "بحسب المعارضة"),
    ("وفقاً لناشطين، داهمت قوات الأمن منازل في الحي الشرقي.", "داهمت قوات الأمن منازل في الحي الشرقي.", "وفقاً لناشطين"),
    # (the attribution after the deed, at the clause's end)
    ("قصفت المدفعية قرية الزيتون ليلاً، حسب مصادر في الفصائل المسلحة.", "قصفت المدفعية قرية الزيتون ليلاً.",
     "حسب مصادر في الفصائل المسلحة"),
    ("على حد قول المتمردين، انسحب الجيش من ثلاث قرى.", "انسحب الجيش من ثلاث قرى.", "على حد قول المتمردين"),
    ("نقلت وكالة الأنباء عن المعارضة أن الحكومة أوقفت رواتب المعلمين.", "أوقفت الحكومة رواتب المعلمين.",
     "نقلت وكالة الأنباء عن المعارضة أن"),
    ("ونقل التلفزيون عن محامي العائلة أن القاضي رفض الإفراج عن المتهم.", "رفض القاضي الإفراج عن المتهم.",
     "ونقل التلفزيون عن محامي العائلة أن"),
]


@pytest.mark.parametrize("source, claim_text, speaker", ACCUSED + ATTRIBUTED)
def test_one_sides_account_is_no_fact(source, claim_text, speaker):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source tells it as its speaker's words: {speaker} …"), claim.reason


OWN = [
    # a force's own deed: no side it faces is the doer
    ("قال المتحدث باسم الجيش إن وحداته دمرت مخزناً للذخيرة قرب الحدود.", "دمرت وحدات الجيش مخزناً للذخيرة قرب الحدود."),
    ("قالت الشرطة إنها اعتقلت ثلاثة مشتبه بهم في سرقة المصرف.", "اعتقلت الشرطة ثلاثة مشتبه بهم في سرقة المصرف."),
    ("قال وزير الدفاع إن الجيش تسلم دفعة جديدة من الطائرات المسيرة.", "تسلم الجيش دفعة جديدة من الطائرات المسيرة."),
    ("أعلنت الشرطة أنها فككت عصابة لتهريب السيارات.", "فككت الشرطة عصابة لتهريب السيارات."),
    # a body's attribution, an agency's, an official relayed
    ("بحسب وزارة المالية، ارتفعت الصادرات بنسبة عشرة في المئة.", "ارتفعت الصادرات بنسبة عشرة في المئة."),
    ("وصل الوفد إلى العاصمة صباح اليوم، وفق وكالة الأنباء الرسمية.", "وصل الوفد إلى العاصمة صباح اليوم."),
    ("نقلت الوكالة عن وزير الصحة أن المستشفى استقبل مئة مريض.", "استقبل المستشفى مئة مريض."),
]


@pytest.mark.parametrize("source, claim_text", OWN)
def test_a_forces_own_deed_or_a_bodys_account_stays_supported(source, claim_text):
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "supported", claim.reason


def test_a_claim_that_names_its_attribution_is_not_read_so():
    source = "بحسب المعارضة، زورت نتائج الانتخابات في ثلاث محافظات."
    assert verify(source, source).claims[0].verdict == "supported"


@pytest.mark.parametrize("source, claim_text, head", [
    ("حملت الشرطة المحتجين مسؤولية إحراق المحلات التجارية.", "أحرق المحتجون المحلات التجارية.", "حملت … إحراق"),
    ("حملت الحكومة المعارضة المسؤولية عن تعطيل الانتخابات.", "عطلت المعارضة الانتخابات.", "حملت … تعطيل"),
])
def test_a_blame_tells_no_deed(source, claim_text, head):
    # (who a side blames for a deed is its word: "حمّل … مسؤولية", as "اتهم … ب")
    claim = verify(source, claim_text).claims[0]
    assert claim.verdict == "unsupported", claim.reason
    assert claim.reason.startswith(f"the source does not tell it as done: {head}"), claim.reason


def test_carrying_is_no_blame():
    claim = verify("حمل الجنود أسلحتهم وانطلقوا نحو الحدود.", "انطلق الجنود نحو الحدود.").claims[0]
    assert claim.verdict == "supported", claim.reason
