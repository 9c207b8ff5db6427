"""The name right after the verb is its doer: a claim giving the deed to another name the sentence writes elsewhere in
the same clause is not supported. The lead's round-33 held-out probe (bench/verify_probe_lead33.jsonl) had "استضافت قطر
القمة الاقتصادية" supported (0.79) by a sentence where Qatar took part in a summit Muscat hosted, and 0.87 with "بمشاركة
قطر". Sentences written for this test."""

from __future__ import annotations

from conftest import probe_reading, verdict

HOSTED = "استضافت مسقط القمة الاقتصادية الخليجية بمشاركة قطر والكويت."
HOSTED_BY_RELATIVE = "شاركت قطر في القمة الاقتصادية الخليجية التي استضافتها العاصمة العمانية مسقط."


def test_the_participant_is_not_the_host():
    for source in (HOSTED, HOSTED_BY_RELATIVE):
        assert verdict(source, "استضافت قطر القمة الاقتصادية الخليجية.") != "supported", source


def test_the_host_is_still_the_host():
    for source in (HOSTED, HOSTED_BY_RELATIVE):
        assert verdict(source, "استضافت مسقط القمة الاقتصادية الخليجية.") == "supported", source


def test_a_name_in_full_a_capital_and_a_meeting_keep_their_doer():
    # the claim names the man by his family name, the source by his title and full name
    assert verdict("زار الرئيس الروسي فلاديمير بوتين دمشق صباح الأحد.", "زار بوتين دمشق صباح الأحد.") == "supported"
    # a capital for its country
    assert verdict("استضافت قطر القمة الاقتصادية في الدوحة.", "استضافت الدوحة القمة الاقتصادية.") == "supported"
    # a meeting has no doer and object: either may be named first
    assert verdict("التقى الرئيس السوري بشار الأسد الرئيس الروسي فلاديمير بوتين بموسكو.",
                   "التقى بوتين الأسد بموسكو.") == "supported"


def test_a_club_the_player_came_from_did_not_sign_him():
    """A name no list knows ("الدوحة للرياضة" is unknown as a club) after "من" is not the doer of the verb whose own
    doer the sentence writes right after it (a real-news reading of round 33, supported at 0.96)."""
    source = "أعلن نادي قطر تعاقده مع المهاجم سامي العلي لثلاث سنوات قادماً من نادي السيلية."
    assert verdict(source, "أعلن السيلية تعاقده مع المهاجم سامي العلي لثلاث سنوات.") != "supported"
    assert verdict(source, "أعلن نادي قطر تعاقده مع المهاجم سامي العلي لثلاث سنوات.") == "supported"


def test_those_who_only_took_part_did_not_do_it():
    """"بمشاركة", "بحضور", "بالتعاون مع": the party after them took part; the verb's own doer stands right after it (a
    real-news reading of round 33: the team that took part was supported, 0.95, as the one who honoured the workers)."""
    source = "كرمت بلدية الحي عدداً من عمال النظافة بمناسبة العيد بمشاركة فريق شباب الخير التطوعي."
    assert verdict(source, "كرم فريق شباب الخير عدداً من عمال النظافة.") != "supported"
    assert verdict(source, "كرمت بلدية الحي عدداً من عمال النظافة.") == "supported"
    opening = "افتتح أمير المنطقة معرض الكتاب الدولي بحضور وزير الثقافة."
    assert verdict(opening, "افتتح وزير الثقافة معرض الكتاب الدولي.") != "supported"
    tour = "نفذ محافظ المدينة برفقة مدير الدفاع المدني جولة على الشواطئ الخطرة."
    assert verdict(tour, "نفذ مدير الدفاع المدني جولة على الشواطئ الخطرة.") != "supported"


def test_an_attack_someone_else_launched_is_not_the_defenders():
    """"صدّ الجيش هجوماً شنه مسلحون": the noun's own verb gives the attack its doer (held out, supported at 0.88)."""
    for source in ("صدّ الجيش هجوماً شنه مسلحون على قرية التلال فجر الجمعة.",
                   "أدان المحافظ هجوماً نفذه مجهولون على قرية التلال فجر الجمعة."):
        assert verdict(source, "هاجم الجيش قرية التلال فجر الجمعة.") != "supported", source
    assert verdict("شن الجيش هجوماً واسعاً على مواقع المسلحين.", "هاجم الجيش مواقع المسلحين.") == "supported"


def test_the_round_33_probe_keeps_its_floor():
    """bench/verify_probe_lead33.jsonl, held out (24 pairs written before any fix of the round; first reading on main
    23bdd20: 3 of 18 false claims supported (the host, the repelled attack, the acting ambassador), 4 of 6 true ones
    kept: the vote against was contradicted, the export told as an arrival unsupported). Now none supported; the vote
    against, told of "أغلب النواب", stays unsupported for "رفض النواب" (most of them are not all), no longer contradicted."""
    assert probe_reading("verify_probe_lead33.jsonl")["heldout"] == (0, 4)
