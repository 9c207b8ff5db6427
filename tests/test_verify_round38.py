"""Round 38 (verify50): TRUST BUGS of main found by others, in pairs written for these tests (other words than the ones
they were found in and than the round's probes, bench/verify_probe_round37.jsonl and round38). A fact-checker would
see each of these false claims called "supported":

- an ability is not the deed: "البلدية قادرة على سداد …" / "سددت البلدية …", "تستطيع … إنجاز" / "أنجزت";
- a condition written after the deed is not the deed done: "يحصل الطلاب على منح إذا …" / "حصل الطلاب على منح";
- the other end of a journey: "غادر المدرب المعسكر متوجهاً إلى القاهرة" / "غادر المدرب القاهرة", "وصل الوزير من
  بيروت" / "وصل الوزير بيروت";
- a name the article lends to the doer's slot while the deed's own sentence names the claim's object as its doer:
  "… أن تركيا منحته إقامة دائمة" / "منح وزير الخارجية الأسبق تركيا إقامة دائمة";
- a person's company or foundation is not the person: "شركة ترامب تقاضي …" / "ترامب يقاضي …", either way round;
- this year is not last year (round 37's held out, now dev): "يشارك … هذا العام" / "شارك … العام الماضي".

Each is unsupported now; the controls beside them (the deed told done, the place left told as left, the roles kept)
stay supported. And true claims that were contradicted (ANS-dev's kinds, in other words): a name written with a dot
astray ("حاشقجي" / "خاشقجي"), "أطباء بلا حدود" read as a negation of what follows, "وواشنطن" left unread as the
United States.
"""

from __future__ import annotations

import pytest

from akhbar import verify
from akhbar.verify import judge_pair

ABILITY = [
    ("سددت البلدية مستحقات المقاولين", "البلدية قادرة على سداد مستحقات المقاولين قبل نهاية السنة المالية."),
    ("أنجزت الشركة المشروع في موعده", "أكد المهندس أن الشركة تستطيع إنجاز المشروع في موعده."),
    ("استضاف الملعب المباراة النهائية", "بإمكان الملعب استضافة المباراة النهائية بعد توسعته."),
]
CONDITION = [
    ("حصل الطلاب على منح دراسية", "يحصل الطلاب على منح دراسية إذا تجاوزت معدلاتهم تسعين في المئة."),
    ("خفضت الشركة أسعار التذاكر", "تخفض الشركة أسعار التذاكر في حال انخفاض أسعار الوقود."),
    ("أطلق الخاطفون سراح الرهائن", "يطلق الخاطفون سراح الرهائن شريطة دفع الفدية."),
]
OTHER_END = [
    ("غادر المدرب القاهرة", "غادر المدرب معسكر الفريق متوجهاً إلى القاهرة."),
    ("غادر الوفد المطار", "غادر الوفد قاعة الاجتماع متوجهاً إلى المطار."),
    ("خرج المتظاهرون من الساحة", "خرج المتظاهرون من المسجد باتجاه الساحة."),
    ("وصل الوزير بيروت", "وصل الوزير من بيروت إلى دمشق."),
]
PERSONS_BODY = [
    ("شركة ترامب تقاضي المجلة", "ترامب يقاضي المجلة"),
    ("مؤسسة أوباما تدعم المدارس", "أوباما يدعم المدارس"),
    ("ترامب يرفع دعوى على الصحيفة", "مؤسسة ترامب ترفع دعوى على الصحيفة."),
]
CONTROLS = [
    # (a deed done after "استطاع" is told done; the ability itself is told)
    ("قبض رجال الأمن على اللصوص", "استطاع رجال الأمن القبض على اللصوص."),
    ("البلدية قادرة على سداد مستحقات المقاولين", "البلدية قادرة على سداد مستحقات المقاولين قبل نهاية السنة المالية."),
    # (a deed done before another, with no condition)
    ("خفضت الشركة أسعار التذاكر", "خفضت الشركة أسعار التذاكر بعد انخفاض أسعار الوقود."),
    # (the place left, told as left)
    ("غادر المدرب معسكر الفريق", "غادر المدرب معسكر الفريق متوجهاً إلى القاهرة."),
    # (the person, told of the person; the family's fall is the ruler's in news' loose words)
    ("ترامب يقاضي الصحيفة", "ترامب يقاضي الصحيفة بتهمة التشهير."),
    ("انتهى حكم بوتين بعد ثلاثين عاماً", "انتهى حكم عائلة بوتين بعد ثلاثين عاماً."),
    # (the same turn of the period, told otherwise)
    ("حضر المؤتمر العام الماضي ثلاثة آلاف طبيب", "حضر المؤتمر في العام الماضي ثلاثة آلاف طبيب."),
]


PERIOD = [
    ("يحضر المؤتمر هذا العام ثلاثة آلاف طبيب", "حضر المؤتمر العام الماضي ثلاثة آلاف طبيب."),
    ("توج النادي بالكأس الموسم الماضي", "توج النادي بالكأس هذا الموسم بعد فوزه في النهائي."),
]


@pytest.mark.parametrize(("claim", "source"), ABILITY + CONDITION + OTHER_END + PERSONS_BODY + PERIOD)
def test_false_claim_is_not_supported(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict != "supported", (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source"), CONTROLS)
def test_true_claim_stays_supported(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "supported", (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source", "named"), [
    ("سددت البلدية مستحقات المقاولين", "البلدية قادرة على سداد مستحقات المقاولين قبل نهاية السنة المالية.",
     "the source does not tell it as done: قادرة … سداد, where the claim says سددت"),
    ("حصل الطلاب على منح دراسية", "يحصل الطلاب على منح دراسية إذا تجاوزت معدلاتهم تسعين في المئة.",
     "the source tells it only under a condition: يحصل … إذا, where the claim says حصل"),
    ("غادر المدرب القاهرة", "غادر المدرب معسكر الفريق متوجهاً إلى القاهرة.",
     "the source names القاهرة as the other end of the journey: إلى القاهرة"),
    ("شركة ترامب تقاضي المجلة", "ترامب يقاضي المجلة", "the claim tells it of شركة ترامب; the source of ترامب"),
])
def test_the_reason_is_named(claim: str, source: str, named: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict == "unsupported" and v.reason == named, (v.verdict, v.reason)


NEIGHBOURS = "هبط وزير الخارجية الأسبق في أنقرة مساء السبت. وذكرت وكالة الأنباء أن تركيا منحته إقامة دائمة."


def test_a_doer_lent_by_the_neighbour_sentence_is_not_the_deeds_doer() -> None:
    """Turkey gave the residence; the former minister, named only in the sentence before, gave Turkey nothing."""
    claim = verify(NEIGHBOURS, "منح وزير الخارجية الأسبق تركيا إقامة دائمة").claims[0]
    assert claim.verdict != "supported", (claim.verdict, claim.probability, claim.reason)
    kept = verify(NEIGHBOURS, "منحت تركيا وزير الخارجية الأسبق إقامة دائمة").claims[0]
    assert kept.verdict == "supported", (kept.verdict, kept.probability, kept.reason)


@pytest.mark.parametrize(("claim", "source"), [
    ("وصول الرئيس ريلينسكي إلى باريس", "زيلينسكي يصل إلى باريس"),
    ("الشرطة تعتقل قاتل خاشقجى", "الشرطة التركية تعتقل قاتل حاشقجي"),
    ("إنقاذ مئة مهاجر قبالة السواحل الإيطالية", "أطباء بلا حدود: إنقاذ مئة مهاجر قبالة السواحل الإيطالية"),
    ("سجن صحفيين اثنين في البلاد", "مراسلون بلا حدود: سجن صحفيين اثنين في البلاد"),
    ("توتر جديد في العلاقات بين بكين و واشنطن", "بكين وواشنطن: توتر جديد في العلاقات"),
])
def test_true_claim_is_not_contradicted(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict != "contradicted", (v.verdict, v.probability, v.reason)


@pytest.mark.parametrize(("claim", "source"), [
    # (a short name is no typo of another: four letters)
    ("التقى الوزير ثامر الحمد", "التقى الوزير تامر الحمد"),
])
def test_names_a_dot_apart_stay_apart(claim: str, source: str) -> None:
    v = judge_pair(claim, source)
    assert v.verdict != "supported", (v.verdict, v.probability, v.reason)
