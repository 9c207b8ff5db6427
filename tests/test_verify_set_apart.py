"""A claim is not supported by a sentence that sets its party, its time or its count apart from what it tells: a year
given as the base of a comparison ("مقارنة بعام 2020"), a count a change started from ("من 400 ألف إلى مليون"), the
one not chosen ("بدلاً من …"), a party excepted from the others ("ما عدا …"), a doer whose own clause tells another deed
or whose clause opens on a doer of its own ("…، إلا أن ودائعه انخفضت"); and a deed told apart from its opposite is no
contradiction ("أطلقت سراحه بعد يومين من احتجازه"). TRUST BUGS of the lead's round 29 probe
(bench/verify_probe_lead29.jsonl): each claim below was misread on main 1019ea0. Sentences written for this test."""

import pytest

from akhbar import verify
from conftest import probe_reading


@pytest.mark.parametrize("source, claim, reason", [
    ("ارتفعت مبيعات الكتب بنسبة 12% مقارنة بعام 2020.", "ارتفعت مبيعات الكتب بنسبة 12% في عام 2020.",
     "the source gives عام 2020 only as what it is compared with (مقارنة), not as its time"),
    ("قفز عدد المشتركين من 400 ألف إلى مليون خلال عام.", "بلغ عدد المشتركين 400 ألف.",
     "the source gives 400 ألف as where a change started, not what it came to (مليون)"),
    # (round 30: the claim's "القائد" is the mention beside its adjective "السابق", link_pruning.noun_beside_its_adjective,
    # so the reason names the noun where it named the adjective; the verdict is the same)
    ("عين المدرب القائد الجديد بدلاً من القائد السابق للفريق.", "عين المدرب القائد السابق للفريق.",
     "the source tells it of بدلاً … القائد, not القائد"),
    ("أغلقت كل المدارس أبوابها بسبب العاصفة ما عدا مدارس الريف.", "أغلقت مدارس الريف أبوابها بسبب العاصفة.",
     "the source tells it of عدا مدارس, not مدارس"),
    ("حقق المصرف أرباحاً قياسية، إلا أن ودائعه انخفضت بنسبة 8%.", "انخفضت أرباح المصرف بنسبة 8%.",
     "the source tells it of ودائعه, not أرباح"),
    ("استضافت قطر كأس العالم عام 2022، بينما تستضيف السعودية نسخة 2034.", "استضافت السعودية كأس العالم عام 2022.",
     "the source tells it of قطر, not السعودية"),
    ("نجح اللاعب في الاختبار الطبي، فيما فشل زميله في اجتيازه.", "نجح زميل اللاعب في الاختبار الطبي.",
     "the source tells it of اللاعب, not زميل اللاعب"),
])
def test_what_the_source_sets_apart_is_no_support(source, claim, reason):
    result = verify(source, claim).claims[0]
    assert result.verdict == "unsupported"
    assert result.reason == reason


@pytest.mark.parametrize("source, claim", [
    ("ارتفعت مبيعات الكتب بنسبة 12% مقارنة بعام 2020.", "ارتفعت مبيعات الكتب بنسبة 12%."),
    ("قفز عدد المشتركين من 400 ألف إلى مليون خلال عام.", "بلغ عدد المشتركين مليوناً."),
    ("حقق المصرف أرباحاً قياسية، إلا أن ودائعه انخفضت بنسبة 8%.", "انخفضت ودائع المصرف بنسبة 8%."),
    ("استضافت قطر كأس العالم عام 2022، بينما تستضيف السعودية نسخة 2034.", "استضافت قطر كأس العالم عام 2022."),
    # "سوى" after a negation is "only": he alone qualified
    ("لم يتأهل إلى النهائي سوى العداء المغربي.", "تأهل العداء المغربي إلى النهائي."),
    # the doer's own clause tells the claim's deed in a synonym ("أحرز" / "سجل")
    ("وسجل ليونيل ميسي هدفين للأرجنتين، فيما أحرز الفرنسي كيليان مبابي ثلاثة أهداف.", "سجل كيليان مبابي ثلاثة أهداف."),
    # the release follows the arrest: both are told (main: "opposite: احتجزت / أفرج")
    ("أطلقت الشرطة سراح المصور بعد يومين من احتجازه.", "احتجزت الشرطة المصور."),
])
def test_what_the_source_tells_stays_supported(source, claim):
    assert verify(source, claim).claims[0].verdict == "supported"


def test_a_party_set_apart_is_not_contradicted_by_the_others_deed():
    """All signed but two factions: what those two did, the sentence does not say (main: "denial or refusal on one side
    only: رفض")."""
    result = verify("وقعت الفصائل كلها على الهدنة عدا فصيلين.", "رفض فصيلان الهدنة.").claims[0]
    assert result.verdict == "unsupported"


def test_the_round_29_probe_keeps_its_floor():
    """bench/verify_probe_lead29.jsonl, both splits (dev read while building; held out written before the fixes, read
    once, its first reading 1 of 12 false claims supported, 4 of 8 true ones kept): main 1019ea0 called 9 of 55 dev and 3
    of 12 held-out false claims supported, and kept 9 of 15 dev and 4 of 8 held-out true ones."""
    reading = probe_reading("verify_probe_lead29.jsonl")
    assert reading["dev"][0] <= 3 and reading["heldout"][0] <= 1
    assert reading["dev"][1] >= 10 and reading["heldout"][1] >= 4
