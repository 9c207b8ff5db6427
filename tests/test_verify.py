"""akhbar.verify: claims of an answer checked against source sentences.

The fixtures are sentences written for this project (public facts about the Suez Canal);
the seed-000 test reads ../shared/seeds when it exists and skips otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.models import VerifyReport
from akhbar.verify import EvidenceSentence, Verifier, check_claim, judge_pair, split_claims, verify

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

CONTEXT = (
    "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869 بعد عشر سنوات من الحفر. ويبلغ طول القناة نحو 193 كيلومترا.\n"
    "أمّم الرئيس المصري جمال عبد الناصر شركة قناة السويس في 26 يوليو 1956، وأدى ذلك إلى العدوان الثلاثي على مصر.\n"
    "وفي عام 2015 افتُتحت تفريعة جديدة للقناة بطول 72 كيلومترا. ويعبر القناة سنويا نحو 26 ألف سفينة.\n"
    "وقال رئيس هيئة القناة إن إيرادات القناة بلغت 9.4 مليار دولار في عام 2023."
)


def one(context: str, claim: str):
    report = verify(context, claim)
    assert len(report.claims) == 1, [c.text for c in report.claims]
    return report.claims[0]


# --- the three verdicts --------------------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "أمّم جمال عبد الناصر شركة قناة السويس عام 1956.",
    "افتتحت قناة السويس في 17 نوفمبر 1869.",
    "تبلغ إيرادات قناة السويس 9.4 مليار دولار في عام 2023.",
    "افتُتحت تفريعة جديدة لقناة السويس طولها 72 كيلومترا في 2015.",
])
def test_paraphrase_of_the_source_is_supported(claim):
    c = one(CONTEXT, claim)
    assert c.verdict == "supported", c.reason
    assert c.evidence and CONTEXT[c.evidence_start:c.evidence_end] == c.evidence
    assert 0.0 <= c.score <= 1.0


@pytest.mark.parametrize("claim, wrong", [
    ("أمّم جمال عبد الناصر شركة قناة السويس عام 1967.", "1967"),
    ("افتُتحت تفريعة جديدة لقناة السويس طولها 95 كيلومترا في 2015.", "95"),
    ("بلغت إيرادات قناة السويس 7.2 مليار دولار في عام 2023.", "7.2"),
])
def test_wrong_number_or_year_is_contradicted(claim, wrong):
    c = one(CONTEXT, claim)
    assert c.verdict == "contradicted", c.reason
    assert wrong in c.reason
    assert c.evidence is not None


@pytest.mark.parametrize("claim", [
    "وقعت مصر اتفاقية مع الصين لبناء ميناء جديد في العين السخنة.",  # nothing of it in the source
    "أمّم جمال عبد الناصر شركة قناة السويس بعد استفتاء شعبي شارك فيه ملايين المصريين.",  # partly true
    "يعمل في هيئة قناة السويس 40 ألف موظف.",  # a number the source never gives
])
def test_claim_beyond_the_source_is_unsupported(claim):
    assert one(CONTEXT, claim).verdict == "unsupported"


def test_unrelated_claim_gets_no_evidence():
    c = one(CONTEXT, "فاز المنتخب المغربي بالمركز الرابع في كأس العالم.")
    assert c.verdict == "unsupported"
    assert c.evidence is None and c.evidence_start is None


def test_negated_claim_is_contradicted():
    c = one("لم تشارك الصين في بطولة كأس العالم لكرة القدم عام 2022.", "شاركت الصين في بطولة كأس العالم لكرة القدم عام 2022.")
    assert c.verdict == "contradicted"


# --- who did what, and which way things went --------------------------------------------------

@pytest.mark.parametrize("source, claim, kind", [
    # the two names around the verb in the other order: the warner named as the one warned
    ("ميركل تحذر ترامب من الرسوم الجمركية.", "ترامب يحذر ميركل من الرسوم الجمركية.", "role"),
    # the one asked named as the asker ("طلب X من Y" / "طلب Y من X")
    ("طلب أردوغان من بوتين وقف العملية العسكرية.", "طلب بوتين من أردوغان وقف العملية العسكرية.", "role"),
    # losing where the source has winning, with no other party named: opposites
    ("أعلنت اللجنة فوز حزب النهضة في الانتخابات البلدية.", "حزب النهضة يخسر الانتخابات البلدية.", "antonym"),
    # both directions on each side, said of the other thing
    ("الفضة تصعد مع تراجع اليورو.", "اليورو يرتفع مع صعود الفضة.", "antonym"),
])
def test_swapped_parties_and_opposite_outcomes_or_directions_are_contradicted(source, claim, kind):
    c = one(source, claim)
    assert c.verdict == "contradicted", c.reason
    assert c.conflict is not None and c.conflict.kind == kind


def test_a_name_in_another_role_is_never_supported():
    # "asked of" is not "asked to": a role word of the claim the source gives another
    c = one("طلب بوتين إلى أردوغان وقف العملية العسكرية.", "طلب بوتين من أردوغان وقف العملية العسكرية.")
    assert c.verdict != "supported", c.reason


def test_a_party_named_elsewhere_in_the_article_cannot_take_the_sentences_agents_place():
    # The sentence says Assad asked; the article names Putin elsewhere. "Putin asked Assad" is not stated.
    source = ("أعلن الرئيس الروسي فلاديمير بوتين بدء العملية في سوريا. وأوضح البيان أن العملية ستقتصر على الضربات "
              "الجوية لمدة ثلاثة أشهر. وقال الكرملين إن الرئيس السوري بشار الأسد طلب المساعدة العسكرية.")
    assert one(source, "طلب بوتين المساعدة العسكرية من بشار الأسد.").verdict != "supported"
    assert one(source, "طلب بشار الأسد المساعدة العسكرية.").verdict == "supported"


FINAL = ("وسجل ليونيل ميسي هدفين للأرجنتين، فيما أحرز الفرنسي كيليان مبابي ثلاثة أهداف في المباراة. "
         "ونال ميسي جائزة الكرة الذهبية لأفضل لاعب في البطولة، بينما حصل مبابي على الحذاء الذهبي.")


@pytest.mark.parametrize("claim, agent, other", [
    ("سجل ليونيل ميسي ثلاثة أهداف في المباراة.", "ليونيل", "كيليان"),
    ("نال كيليان مبابي جائزة الكرة الذهبية لأفضل لاعب في البطولة.", "مبابي", "ميسي"),
])
def test_what_the_sentence_says_of_one_person_is_not_credited_to_the_other(claim, agent, other):
    # Two clauses, each with its own agent: the claim takes its agent from one and its deed from the other.
    c = one(FINAL, claim)
    assert c.verdict == "contradicted", c
    assert c.conflict is not None and (c.conflict.kind, c.conflict.claim, c.conflict.evidence) == ("name", agent, other)


@pytest.mark.parametrize("claim", [
    "سجل ليونيل ميسي هدفين للأرجنتين في المباراة.",
    "أحرز كيليان مبابي ثلاثة أهداف في المباراة.",
    "حصل مبابي على الحذاء الذهبي.",
])
def test_each_persons_own_deed_is_supported(claim):
    assert one(FINAL, claim).verdict == "supported"


def test_the_object_of_a_verb_with_a_pronoun_agent_is_not_its_agent():
    # "ثم أقصوا إسبانيا": the Moroccans knocked Spain out; Spain knocked no one out.
    source = ("تصدر المنتخب المغربي مجموعته في الدور الأول، ثم أقصوا إسبانيا بركلات الترجيح في دور الستة عشر.")
    assert one(source, "أقصت إسبانيا المنتخب المغربي بركلات الترجيح في دور الستة عشر.").verdict != "supported"
    assert one(source, "أقصت إسبانيا منتخبا بركلات الترجيح في دور الستة عشر.").verdict != "supported"


MARS = ("وبهذا الإنجاز انضمت الإمارات إلى الولايات المتحدة والاتحاد السوفيتي السابق ووكالة الفضاء الأوروبية والهند، "
        "لتكون خامس جهة في العالم تصل إلى مدار المريخ.")


def test_a_different_rank_of_the_same_thing_is_contradicted():
    c = one(MARS, "أصبحت الإمارات رابع جهة في العالم تصل إلى مدار المريخ.")
    assert c.verdict == "contradicted" and c.reason == "rank رابع ≠ خامس", c
    assert one(MARS, "أصبحت الإمارات خامس جهة في العالم تصل إلى مدار المريخ.").verdict == "supported"


def test_a_rank_the_source_gives_only_in_a_phrase_of_place_or_time_is_not_the_claims():
    source = "واحتل المغرب المركز الرابع بعد خسارته أمام كرواتيا 2-1 في مباراة تحديد المركز الثالث."
    assert one(source, "احتل المغرب المركز الثالث.").verdict != "supported"
    assert one(source, "احتل المغرب المركز الرابع.").verdict == "supported"


def test_opposite_words_said_of_the_same_thing_make_it_the_same_event():
    # Only "اليورو" and the value are shared word for word; the two opposites speak of the same move.
    c = one("اليورو يرتفع لأعلى مستوى في 7 أشهر", "اليورو يهبط لأدنى مستوى في 7 أشهر")
    assert c.verdict == "contradicted" and c.conflict is not None and c.conflict.kind == "antonym", c


def test_a_two_way_relation_reads_the_same_in_either_order():
    assert one("ميركل تلتقي ترامب في برلين.", "ترامب يلتقي ميركل في برلين.").verdict == "supported"


def test_a_place_after_fi_is_no_party_to_winning_or_losing():
    c = one("خسر المنتخب المغربي أمام فرنسا في قطر.", "خسر المنتخب المغربي في قطر أمام فرنسا.")
    assert c.verdict == "supported", c.reason


# --- numbers and dates as values -----------------------------------------------------------

@pytest.mark.parametrize("claim", [
    "يعبر القناة سنويا نحو 26,000 سفينة.",
    "يعبر القناة سنويا نحو 26000 سفينة.",
    "يعبر القناة سنويا نحو ٢٦ ألف سفينة.",
])
def test_numbers_in_other_forms_are_the_same_value(claim):
    assert one(CONTEXT, claim).verdict == "supported"


def test_number_in_words_matches_digits():
    context = "شارك في المؤتمر ثلاثة آلاف باحث من أربعين دولة."
    assert one(context, "شارك في المؤتمر 3000 باحث من 40 دولة.").verdict == "supported"
    assert one(context, "شارك في المؤتمر 5000 باحث من 40 دولة.").verdict == "contradicted"


MATCH = "وفاز المنتخب المغربي على البرتغال 4-2 بركلات الترجيح بعد التعادل 3-3 في الوقت الإضافي."


def test_a_match_score_is_one_value_not_two_numbers():
    # "4-3" is not supported by "4-2 after 3-3" just because a 4 and a 3 both appear in it.
    c = one(MATCH, "فاز المنتخب المغربي على البرتغال 4-3.")
    assert c.verdict != "supported", c.reason
    assert c.verdict == "contradicted" and "4-3" in c.reason and "4-2" in c.reason
    assert c.conflict is not None and c.conflict.kind == "score"
    assert one(MATCH, "فاز المنتخب المغربي على البرتغال 4-2 بركلات الترجيح.").verdict == "supported"
    # Right-to-left text writes a score either way round: 2-4 is the same result as 4-2.
    assert one(MATCH, "فاز المنتخب المغربي على البرتغال 2-4 بركلات الترجيح.").verdict == "supported"
    assert one(MATCH, "فاز المنتخب المغربي على البرتغال 4 مقابل 2 بركلات الترجيح.").verdict == "supported"
    assert judge_pair("فاز المنتخب المغربي على البرتغال بركلات الترجيح بعد التعادل 3-3.", MATCH).verdict == "supported"
    assert judge_pair("فاز المنتخب المغربي على البرتغال بركلات الترجيح بعد التعادل 2-2.", MATCH).verdict == "contradicted"


def test_a_range_of_years_is_not_a_score():
    source = "تولى الرئيس الحكم في الفترة 2010-2015 قبل أن يستقيل."
    assert judge_pair("تولى الرئيس الحكم في الفترة 2010-2015.", source).verdict == "supported"
    assert judge_pair("تولى الرئيس الحكم عام 2010.", source).verdict != "contradicted"


def test_month_names_of_both_systems_are_one_date():
    assert one(CONTEXT, "أمّم عبد الناصر شركة قناة السويس في 26 تموز 1956.").verdict == "supported"
    c = one(CONTEXT, "أمّم عبد الناصر شركة قناة السويس في 26 آب 1956.")
    assert c.verdict == "contradicted"


def test_year_only_claim_agrees_with_a_full_date():
    assert one(CONTEXT, "افتتحت قناة السويس للملاحة عام 1869.").verdict == "supported"
    assert one(CONTEXT, "افتتحت قناة السويس للملاحة عام 1879.").verdict == "contradicted"


# --- claim splitting -----------------------------------------------------------------------

def test_bullets_and_numbered_items_are_claims_and_headings_are_not():
    answer = (
        "تتضمن النتائج عدة جوانب مهمة:\n"
        "- افتُتحت القناة عام 1869.\n"
        "• أُمّمت الشركة عام 1956.\n"
        "1. افتُتحت التفريعة الجديدة عام 2015.\n"
        "2) بلغت الإيرادات 9.4 مليار دولار."
    )
    assert split_claims(answer) == [
        "افتُتحت القناة عام 1869.",
        "أُمّمت الشركة عام 1956.",
        "افتُتحت التفريعة الجديدة عام 2015.",
        "بلغت الإيرادات 9.4 مليار دولار.",
    ]


def test_title_of_a_bullet_is_dropped():
    claims = split_claims("استثمارات مشتركة: تم الاتفاق على تنفيذ 40 مشروعًا استثماريًا في مجالات متنوعة.")
    assert claims == ["تم الاتفاق على تنفيذ 40 مشروعًا استثماريًا في مجالات متنوعة."]


def test_clauses_asserting_different_things_are_split():
    claims = split_claims("افتُتحت قناة السويس للملاحة عام 1869، وأمّم عبد الناصر شركة القناة عام 1956.")
    assert len(claims) == 2
    assert "1869" in claims[0] and "1956" in claims[1]
    claims = split_claims("افتُتحت قناة السويس للملاحة عام 1869 وأمّم عبد الناصر شركة القناة عام 1956.")
    assert len(claims) == 2


def test_lists_of_nouns_are_not_split():
    claims = split_claims("انتشرت كتابات لوثر في فرنسا، وإنجلترا، وإيطاليا.")
    assert len(claims) == 1
    assert split_claims("بين عامي 1402 و1405 غزت البعثة جزر الكناري.") == ["بين عامي 1402 و1405 غزت البعثة جزر الكناري."]


def test_sentences_are_claims():
    assert len(split_claims("افتُتحت القناة عام 1869. وأُمّمت الشركة عام 1956؟ وبلغ طولها 193 كيلومترا!")) == 3


def test_split_clauses_are_judged_separately():
    report = verify(CONTEXT, "افتُتحت قناة السويس للملاحة عام 1869، وأمّم عبد الناصر شركة القناة عام 1971.")
    assert [c.verdict for c in report.claims] == ["supported", "contradicted"]


# --- odd inputs ----------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["", "   \n\n", "- \n•\n", "تتضمن النتائج عدة جوانب مهمة:"])
def test_empty_answer_has_no_claims(answer):
    report = verify(CONTEXT, answer)
    assert report.claims == []
    assert report.to_dict() == {"claims": [], "supported": 0, "unsupported": 0, "contradicted": 0}


def test_empty_context_leaves_every_claim_unsupported():
    report = verify("", "افتُتحت قناة السويس عام 1869.")
    assert [c.verdict for c in report.claims] == ["unsupported"]
    assert report.claims[0].evidence is None


def test_latin_text():
    context = "The Suez Canal opened to shipping in 1869. Egypt nationalised the canal company in 1956."
    assert one(context, "The Suez Canal opened to shipping in 1869.").verdict == "supported"
    assert one(context, "The Suez Canal opened to shipping in 1879.").verdict == "contradicted"
    assert one(context, "The Panama Canal was built by France.").verdict == "unsupported"


def test_report_counts_each_verdict():
    answer = "- أمّم عبد الناصر شركة قناة السويس عام 1956.\n- أمّم عبد الناصر شركة قناة السويس عام 1967.\n- بنت الصين ميناء في العين السخنة."
    d = verify(CONTEXT, answer).to_dict()
    assert (d["supported"], d["contradicted"], d["unsupported"]) == (1, 1, 1)
    assert set(d["claims"][0]) >= {"text", "verdict", "evidence", "evidence_start", "evidence_end", "score"}


def test_the_package_exposes_verify_as_documented():
    import akhbar
    import akhbar.verify

    report = akhbar.verify(CONTEXT, "أمم عبد الناصر شركة قناة السويس عام 1957.")
    assert [c.verdict for c in report.claims] == ["contradicted"]


# --- archive variant -----------------------------------------------------------------------

def test_verifier_uses_the_evidence_function_and_article_offsets():
    article = "مقدمة قصيرة عن القناة. أمّم جمال عبد الناصر، رئيس مصر يومها، شركة قناة السويس في 26 يوليو 1956."
    start = article.index("أمّم")
    calls = []

    def evidence(claim: str):
        calls.append(claim)
        return [EvidenceSentence("مقدمة قصيرة عن القناة.", 0, 22, 7), EvidenceSentence(article[start:], start, len(article), 7)]

    report = Verifier(evidence).check("أمّم عبد الناصر شركة قناة السويس عام 1956.\nأمّم عبد الناصر شركة قناة السويس عام 1957.")
    assert isinstance(report, VerifyReport)
    assert calls == ["أمّم عبد الناصر شركة قناة السويس عام 1956.", "أمّم عبد الناصر شركة قناة السويس عام 1957."]
    supported, contradicted = report.claims
    assert supported.verdict == "supported" and contradicted.verdict == "contradicted"
    assert supported.article_id == 7
    assert article[supported.evidence_start:supported.evidence_end] == supported.evidence


def test_verifier_with_no_evidence_says_unsupported():
    report = Verifier(lambda claim: []).check("أمّم عبد الناصر شركة قناة السويس عام 1956.")
    assert [c.verdict for c in report.claims] == ["unsupported"]


# --- seed 000: the reference case ----------------------------------------------------------

def _seed_000() -> tuple[str, str]:
    files = sorted(SEEDS.glob("000_*.txt")) if SEEDS.exists() else []
    if not files:
        pytest.skip("needs ../shared/seeds/000_*.txt (not present)")
    lines = files[0].read_text(encoding="utf-8").splitlines()
    q = next(i for i, line in enumerate(lines) if line.strip().startswith("ما هي النتائج"))
    return "\n".join(lines[:q]), "\n".join(lines[q + 1:])


def test_seed_000_answer_is_not_supported_by_its_article():
    context, answer = _seed_000()
    report = verify(context, answer)
    assert len(report.claims) == 4  # the heading line that introduces the list is not a claim
    for claim, topic in zip(report.claims, ("40 مشروع", "إعادة الإعمار", "الأسلحة", "الطاقة")):
        assert topic in claim.text
        assert claim.verdict != "supported", (claim.text, claim.reason)
    assert report.to_dict()["supported"] == 0


@pytest.mark.parametrize("claim", [
    "طلب الرئيس بشار الأسد مساعدة عسكرية من روسيا في عام 2015.",
    "في سبتمبر 2015 طلب بشار الأسد من روسيا مساعدة عسكرية.",
    "شارك أكثر من 63 ألف عسكري روسي في العملية في سوريا منذ عام 2015.",
    "شارك أكثر من 63,000 عسكري روسي في العملية.",
    "تستند العلاقات إلى معاهدة الصداقة والتعاون السوفيتية السورية المؤرخة في 8 أكتوبر 1980.",
    "وُقّعت معاهدة الصداقة والتعاون السوفيتية السورية عام 1980.",
])
def test_seed_000_paraphrases_are_supported(claim):
    context, _ = _seed_000()
    c = one(context, claim)
    assert c.verdict == "supported", c.reason
    assert context[c.evidence_start:c.evidence_end] == c.evidence


@pytest.mark.parametrize("claim", [
    "طلب الرئيس بشار الأسد مساعدة عسكرية من روسيا في عام 2013.",
    "شارك أكثر من 36 ألف عسكري روسي في العملية في سوريا منذ عام 2015.",
    "تستند العلاقات إلى معاهدة الصداقة والتعاون السوفيتية السورية المؤرخة في 8 أكتوبر 1990.",
    "وُقّعت معاهدة الصداقة والتعاون السوفيتية السورية عام 1985.",
])
def test_seed_000_wrong_numbers_and_years_are_contradicted(claim):
    context, _ = _seed_000()
    c = one(context, claim)
    assert c.verdict == "contradicted", c.reason


# --- the pair and candidate API that ask reuses --------------------------------------------

def test_check_claim_returns_the_deciding_sentence_with_its_article_and_date():
    evidence = [
        EvidenceSentence("مقدمة قصيرة عن القناة.", 0, 22, article_id=7, published="2020-01-01"),
        EvidenceSentence("أمّم جمال عبد الناصر، رئيس مصر يومها، شركة قناة السويس في 26 يوليو 1956.", 23, 95, article_id=7,
                         published="2020-01-01"),
    ]
    c = check_claim("أمّم عبد الناصر شركة قناة السويس عام 1957.", evidence)
    assert c.verdict == "contradicted"
    assert (c.article_id, c.evidence_start, c.evidence_end, c.published) == (7, 23, 95, "2020-01-01")
    assert "1957" in c.reason and "1956" in c.reason
    assert 0.0 <= c.probability <= 1.0 and c.score == c.probability
    assert check_claim("أمّم عبد الناصر شركة قناة السويس عام 1956.", evidence).verdict == "supported"
    assert check_claim("أمّم عبد الناصر شركة قناة السويس عام 1956.", []).verdict == "unsupported"


def test_judge_pair_gives_verdict_probability_and_reason():
    verdict, probability, reason = judge_pair("افتتحت قناة السويس عام 1879.", "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869.")
    assert verdict == "contradicted" and reason and 0.0 <= probability <= 1.0
    assert judge_pair("افتتحت قناة السويس عام 1869.", "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869.").verdict == "supported"


def test_a_contradiction_says_what_disagrees_in_a_structured_field():
    # Programs (ask's answer check among them) read the kind of conflict, not the reason's words.
    report = verify("فازت الأرجنتين بكأس العالم 2022 على فرنسا في النهائي.\nسقط نظام الأسد في 8 ديسمبر 2024.",
                    "فازت فرنسا على الأرجنتين بكأس العالم 2022.\nسقط نظام الأسد في 8 ديسمبر 2023.")
    swapped, year = report.to_dict()["claims"]
    assert swapped["verdict"] == "contradicted" and swapped["conflict"]["kind"] == "role"
    assert {swapped["conflict"]["claim"], swapped["conflict"]["evidence"]} == {"فرنسا", "الأرجنتين"}
    assert year["verdict"] == "contradicted"
    assert year["conflict"] == {"kind": "year", "claim": "8 ديسمبر 2023", "evidence": "8 ديسمبر 2024"}
    supported = verify("سقط نظام الأسد في 8 ديسمبر 2024.", "سقط نظام الأسد في 8 ديسمبر 2024.").claims[0]
    assert supported.verdict == "supported" and supported.conflict is None


def test_an_open_answer_slot_needs_no_evidence_but_the_rest_does():
    source = "افتُتحت قناة السويس للملاحة في 17 نوفمبر 1869."
    assert judge_pair("افتتحت [?] للملاحة عام 1869.", source).verdict == "supported"
    assert judge_pair("افتتحت [?] للملاحة عام 1879.", source).verdict == "contradicted"


# --- quality gate on real third-party data (ANS stance corpus, dev split) --------------------

def test_quality_gate_on_ans_dev():
    import csv

    from conftest import shared_path

    path = shared_path("data/ans/stance_dev.csv")
    mapping = {"agree": "supported", "disagree": "contradicted", "other": "unsupported"}
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["s2"], r["s1"], mapping[r["stance"].strip()]) for r in csv.DictReader(f)]
    pred = [judge_pair(claim, source).verdict for claim, source, _ in rows]
    gold = [label for *_, label in rows]
    said = [g for g, p in zip(gold, pred) if p == "supported"]
    # Floors a little under bench/verify_ans.py's numbers (bench/README.md, "Verify").
    assert sum(g == "supported" for g in said) / len(said) >= ANS_SUPPORTED_PRECISION_FLOOR
    assert sum(g == p for g, p in zip(gold, pred)) / len(gold) >= ANS_ACCURACY_FLOOR


ANS_SUPPORTED_PRECISION_FLOOR = 0.95  # 0.980 at round 6
ANS_ACCURACY_FLOOR = 0.66  # 0.652 at round 6, 0.669 at round 21, 0.672 with headline speakers and "وشح"


# --- converse verbs, patronymics and names taken from another clause ---------------------------

@pytest.mark.parametrize("claim,sentence", [
    ("سلمت الهيئة قاطرة بحرية إلى الشركة المالكة", "وتسلمت الهيئة بموجب الاتفاق قاطرة بحرية من الشركة المالكة."),
    ("باعت الحكومة حصتها في المصفاة إلى الشركة", "اشترت الحكومة حصة الشركة في المصفاة."),
    ("تستورد الصين النفط من السعودية", "تصدير الصين النفط إلى السعودية ارتفع هذا العام."),
])
def test_the_same_agent_under_the_converse_verb_is_contradicted(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted", v
    assert v.reason.startswith("opposite:"), v.reason


def test_the_converse_verb_with_the_parties_exchanged_is_never_called_supported():
    # A true claim told from the other side: the checker does not read it as stated, so it says
    # unsupported rather than risk a false "supported".
    v = judge_pair("سلمت الهيئة قاطرة للشركة", "تسلمت الشركة قاطرة من الهيئة.")
    assert v.verdict == "unsupported", v


def test_a_name_found_only_as_another_persons_fathers_name_is_another_person():
    sentence = "أعلن ولي العهد الأمير محمد بن سلمان عن الخطة الجديدة في 25 أبريل 2016."
    v = judge_pair("أعلن الملك سلمان عن الخطة الجديدة في 25 أبريل 2016", sentence)
    assert v.verdict == "contradicted" and "سلمان" in v.reason and "محمد" in v.reason, v
    assert judge_pair("أعلن الملك سلمان بن عبد العزيز عن الخطة الجديدة في 25 أبريل 2016", sentence).verdict != "supported"
    assert judge_pair("أعلن الأمير محمد بن سلمان عن الخطة الجديدة في 25 أبريل 2016", sentence).verdict == "supported"


def test_a_name_after_a_word_is_not_taken_from_another_clause():
    sentence = "ويبلغ طول الناقلة 300 متر، وترفع علم بنما، وتملكها شركة شوي كيسن اليابانية."
    v = judge_pair("ترفع الناقلة علم اليابان", sentence)
    assert v.verdict == "contradicted" and "بنما" in v.reason, v
    assert judge_pair("ترفع الناقلة علم بنما", sentence).verdict == "supported"


@pytest.mark.parametrize("claim,sentence,names", [
    ("الفضة ترتفع مع تراجع اليورو", "النحاس يرتفع مع تراجع اليورو", ("الفضة", "النحاس")),
    ("تحقيقات مع وزير سابق مصري بتهمة التجسس", "تحقيقات مع وزير سابق إسرائيلي بتهمة التجسس", ("مصري", "إسرائيلي")),
])
def test_another_member_of_an_exclusive_kind_in_the_claims_slot_is_contradicted(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence,names", [
    ("ارتفع الذهب في الأسواق الآسيوية", "ارتفع النفط في الأسواق الآسيوية", ("الذهب", "النفط")),
    ("باعت الشركة أونصة ذهب بسعر قياسي", "باعت الشركة أونصة فضة بسعر قياسي", ("ذهب", "فضة")),
    ("فاز العداء بالميدالية الذهبية", "فاز العداء بالميدالية الفضية", ("الذهبية", "الفضية")),
    ("ارتفع الخام الأمريكي في الأسواق الآسيوية", "ارتفع الذهب في الأسواق الآسيوية", ("الخام", "الذهب")),
])
def test_gold_crude_and_the_riyal_still_clash_with_another_member_where_they_mean_it(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence,word", [
    # "ذهب" without the article is the verb "went": the investors went, no gold was named.
    ("ذهب المستثمرون إلى الأسهم بعد هبوط الدولار", "اتجه المستثمرون إلى النفط والأسهم بعد هبوط الدولار", "ذهب"),
    # "المواد الخام" are raw materials, not crude oil: gold is simply not stated.
    ("ارتفعت أسعار الذهب في الأسواق الآسيوية", "ارتفعت أسعار المواد الخام في الأسواق الآسيوية", "الخام"),
    # "ريال مدريد" is a club, not the riyal.
    ("تراجع اليورو أمام برشلونة", "تراجع ريال مدريد أمام برشلونة", "ريال"),
])
def test_a_kind_word_that_means_something_else_there_is_no_rival_member(claim, sentence, word):
    from akhbar.align import align, analyze

    # (no member of the kind against another: the verdict is whatever the rest of the pair says)
    assert align(analyze(claim), analyze(sentence)).substitutions == []
    v = judge_pair(claim, sentence)
    assert not v.reason.startswith(f"name {word}") and not v.reason.endswith(f"≠ {word}"), v


@pytest.mark.parametrize("claim,sentence,names", [
    # Whose oil goes to whom: the seller and the buyer exchanged around the noun they qualify.
    ("نفط سعودي للهند بأسعار مخفضة", "نفط الهند للسعودية بأسعار مخفضة", ("سعودي", "للهند")),
    # Who taxes whose cars: the country and the cars' nationality exchanged.
    ("اليابان قد تفرض رسوما على سيارات كورية", "كوريا قد تفرض رسوما على السيارات اليابانية", ("كورية", "اليابان")),
])
def test_two_countries_exchanged_around_the_noun_they_qualify_are_a_role_swap(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and v.reason.startswith("role swapped") and all(n in v.reason for n in names), v


@pytest.mark.parametrize("claim,sentence", [
    ("نفط سعودي للهند بأسعار مخفضة", "نفط السعودية للهند بأسعار مخفضة"),
    ("نفط السعودية والهند بأسعار مخفضة", "نفط الهند والسعودية بأسعار مخفضة"),  # joined by و: no parties
    ("اليابان قد تفرض رسوما على سيارات كورية", "رسوم يابانية على سيارات كوريا"),  # the same countries in place
])
def test_countries_in_their_places_or_joined_by_waw_are_no_swap(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict != "contradicted", v


def test_a_kind_word_said_of_another_thing_is_an_unstated_detail_not_a_contradiction():
    # "الإماراتي" describes the probe, not the rocket: the rocket's maker is simply not stated.
    v = judge_pair("أطلق المسبار على متن صاروخ أمريكي", "أطلق المسبار الإماراتي على متن صاروخ")
    assert v.verdict == "unsupported", v


def test_a_paraphrase_the_aligner_cannot_link_is_unsupported_not_contradicted():
    # Nothing is changed that the checker can point at (no slot, value, name, opposite or negation):
    # the model's own "contradicted" needs much stronger evidence than it has here.
    v = judge_pair("درب وليد الركراكي المنتخب المغربي في مونديال قطر.",
                   "وقاد المنتخب المدرب وليد الركراكي الذي تولى المهمة قبل أقل من ثلاثة أشهر من انطلاق البطولة.")
    assert v.verdict == "unsupported", v


def test_a_denial_word_on_both_sides_in_other_forms_is_no_denial_on_one_side():
    v = judge_pair("رفض وزير المالية التوقيع على اتفاق القرض الجديد", "وزير المالية يرفض التوقيع على اتفاق القرض الجديد")
    assert v.verdict == "supported", v


def test_an_accusative_adjective_or_adverb_is_not_taken_for_a_name():
    from akhbar.align import analyze

    names = {w.text for w in analyze("قدم رجل الأعمال عرضاً كبيراً لشراء النادي مجدداً").words if w.name}
    assert not names & {"عرضاً", "كبيراً", "مجدداً"}, names


@pytest.mark.parametrize("claim, sentence", [
    ("وافتتح خالد العنزي المعرض الذي نظمته الجمعية.", "وكان العنزي قد افتتح المعرض الذي نظمته جمعية يوسف الحربي."),
    ("وترأس محمد الغنوشي الاجتماع الذي أقر الميزانية.", "وكان الغنوشي قد ترأس الاجتماع الذي أقر ميزانية سعيد بن علي."),
])
def test_a_full_name_against_its_family_name_alone_is_the_same_person_not_another_name(claim, sentence):
    # The sentence names the person by the family name only; the first name is no rival of a name
    # said elsewhere in the sentence (it was read as "name خالد ≠ يوسف").
    assert judge_pair(claim, sentence).verdict != "contradicted"


def test_another_first_name_before_the_same_family_name_is_still_another_person():
    got = judge_pair("التقى ماهر الأسد الوفد في دمشق.", "التقى بشار الأسد الوفد في دمشق.")
    assert got.verdict == "contradicted" and "بشار" in got.reason


def test_a_name_is_not_its_own_swap_partner_or_rival():
    # "حكم القذافي" fell on both sides (سقط / أسقطوا): the name is a noun's, not a party set against itself.
    fell = judge_pair("سقط حكم معمر القذافي في أغسطس 2011.", "ودخل الثوار طرابلس وأسقطوا حكم معمر القذافي في أغسطس 2011.")
    assert fell.verdict != "contradicted", fell.reason
    # The agent's name said again in the clause that holds the claim is the agent, not a rival agent.
    again = judge_pair("حصل محفوظ على جائزة نوبل للآداب عام 1988.",
                       "قال محفوظ إنه يكتب كل صباح، وحصل محفوظ على جائزة نوبل للآداب عام 1988.")
    assert again.verdict == "supported", again.reason


def test_one_party_that_wins_on_one_side_and_loses_on_the_other_is_still_contradicted():
    got = judge_pair("فازت فرنسا في المباراة.", "خسرت فرنسا في المباراة.")
    assert got.verdict == "contradicted" and got.reason.startswith("role swapped")


@pytest.mark.parametrize("claim,sentence,reason", [
    # The sentence names the governor's assistant: the governor was not the one arrested.
    ("اعتقال محافظ البنك المركزي", "اعتقال مساعد محافظ البنك المركزي", "name محافظ ≠ مساعد محافظ"),
    ("استقبل الرئيس الوفد الزائر", "استقبل نائب الرئيس الوفد الزائر", "name الرئيس ≠ نائب الرئيس"),
    # ... and the other way round: the claim names the deputy, the sentence the office holder.
    ("استقبل نائب الرئيس الوفد الزائر", "استقبل الرئيس الوفد الزائر", "name نائب الرئيس ≠ الرئيس"),
])
def test_a_deputy_is_not_the_office_holder(claim, sentence, reason):
    v = judge_pair(claim, sentence)
    assert (v.verdict, v.reason) == ("contradicted", reason)


def test_a_deputy_on_both_sides_is_the_same_person():
    assert judge_pair("استقبل نائب الرئيس الوفد", "استقبل نائب الرئيس الوفد الزائر").verdict == "supported"


@pytest.mark.parametrize("claim,sentence,rival", [
    # ترودو and الأمم المتحدة are not names the checker knows as names, but they stand in the slot of
    # the claim's name: the claim changed who spoke / who imposed, it did not add a detail.
    ("تراجعت البورصة بعد تصريحات ترامب عن الرسوم الجمركية", "تراجعت البورصة بعد تصريحات ترودو عن الرسوم الجمركية", "ترودو"),
    ("فرضت روسيا عقوبات على الشركات التي تتعامل مع كوريا الشمالية",
     "فرضت الأمم المتحدة عقوبات على الشركات التي تتعامل مع كوريا الشمالية", "الأمم_المتحدة"),
])
def test_a_name_replaced_by_an_unknown_name_in_its_slot_is_contradicted(claim, sentence, rival):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and rival in v.reason, v


def test_a_name_where_the_sentence_has_a_common_noun_is_only_unstated():
    # "السفينة" may well be إيفر غيفن: the sentence does not name the ship, it does not name another.
    v = judge_pair("كانت إيفر غيفن في طريقها من الصين إلى روتردام", "وكانت السفينة في طريقها من الصين إلى ميناء روتردام")
    assert v.verdict == "unsupported", v


@pytest.mark.parametrize("claim,sentence,names", [
    # Given names that share their consonants are different people: محمد is not محمود.
    ("التقى الوزير محمد بالسفير", "التقى الوزير محمود بالسفير", "محمد ≠ محمود"),
    ("التقى الوزير حسن بالسفير", "التقى الوزير حسين بالسفير", "حسن ≠ حسين"),
])
def test_two_given_names_a_letter_apart_are_two_people(claim, sentence, names):
    v = judge_pair(claim, sentence)
    assert v.verdict == "contradicted" and names in v.reason, v


def test_the_same_given_name_still_supports():
    assert judge_pair("التقى الوزير محمد بالسفير", "التقى الوزير محمد بالسفير الفرنسي").verdict == "supported"


@pytest.mark.parametrize("sentence", [
    # Beating a rival in a round of the cup (semi-final, quarter-final) is not winning the cup: the cup is
    # only the setting of the match.
    "خسرت هولندا أمام البرازيل في الدور نصف النهائي من كأس العالم",
    "فازت البرازيل على هولندا بهدفين في ربع نهائي كأس العالم",
])
def test_a_win_in_a_round_of_the_cup_is_not_winning_the_cup(sentence):
    v = judge_pair("فازت البرازيل بكأس العالم", sentence)
    assert v.verdict == "unsupported" and "كأس العالم" in v.reason, v


@pytest.mark.parametrize("sentence", [
    "تغلبت البرازيل على ألمانيا في المباراة النهائية لكأس العالم",  # the final's winner takes the cup
    "توجت البرازيل بلقب كأس العالم بعد فوزها على ألمانيا",  # the title named as won
])
def test_the_final_or_the_title_states_the_cup_won(sentence):
    from akhbar.align import align, analyze

    assert align(analyze("فازت البرازيل بكأس العالم"), analyze(sentence)).prizes_unwon == []


@pytest.mark.parametrize("claim,sentence", [
    # "لا تزال" says "still": the police still hold them, nothing is denied.
    ("الشرطة تحتجز المتهمين الثلاثة", "لا تزال الشرطة تحتجز المتهمين الثلاثة"),
    # "لما قبل الميلاد" is "to what came before": no "not yet".
    ("الاكتشاف يعود لما قبل الميلاد", "الاكتشاف يعود إلى ما قبل الميلاد"),
    # "بألا" (that … not) negates as "بعدم" does: both sides ask that the dam not be filled.
    ("طالبت مصر إثيوبيا بألا تملأ السد", "مصر تطالب إثيوبيا بعدم ملء السد"),
])
def test_negations_that_deny_nothing_or_the_same_thing_are_no_flip(claim, sentence):
    v = judge_pair(claim, sentence)
    assert v.verdict != "contradicted" and "negat" not in v.reason, v


@pytest.mark.parametrize("claim,sentence", [
    # "غير أن" is "however": the sentence says the minister opened the hospital, late but opened.
    ("افتتح الوزير المستشفى الجديد في المدينة", "تأخر البناء عامين، غير أن الوزير افتتح المستشفى الجديد في المدينة أمس"),
    ("أكد الوزير أن المستشفى سيفتح في موعده", "تأخر البناء، غير أنه أكد الوزير أن المستشفى سيفتح في موعده"),
])
def test_however_negates_nothing_and_a_copied_claim_is_supported(claim, sentence):
    from akhbar.align import analyze

    assert analyze(sentence).negations == 0
    assert judge_pair(claim, sentence).verdict == "supported"


def test_a_denied_deed_is_contradicted_by_a_sentence_saying_however_it_happened():
    # (while "غير أن" counted as a negation, "لم" on the claim's side had a partner and this was supported)
    v = judge_pair("لم يفتتح الوزير المستشفى", "تأخر البناء، غير أن الوزير افتتح المستشفى")
    assert v.verdict == "contradicted" and "negat" in v.reason, v


def test_ghair_before_an_adjective_still_negates_it():
    from akhbar.align import analyze

    assert [w.text for w in analyze("الموظفون غير راضين عن القرار").words if w.negated] == ["راضين"]


def test_a_denial_and_a_negation_say_the_same():
    from akhbar.align import align, analyze

    a = align(analyze("أعلنت روسيا عدم وجود خطة للانسحاب من المدينة"), analyze("روسيا تنفي وجود خطة للانسحاب من المدينة"))
    assert a.negation is None and a.polarity is None, (a.negation, a.polarity)


def test_stop_and_cancel_words_are_one_polarity_whatever_their_form():
    from akhbar.align import analyze

    assert analyze("إلغاء نصف رحلات الشركة").polarity == analyze("الشركة تلغي نصف رحلاتها").polarity != frozenset()
    assert analyze("القطار يتوقف").polarity == analyze("وقف القطار").polarity != frozenset()
    # Comments are no suspension: "تعليقات" and "علق على" comment, "علقت الحكومة المفاوضات" suspends.
    assert analyze("تعليقات الوزير على القرار").polarity == analyze("علق الوزير على القرار").polarity == frozenset()
    assert analyze("علقت الحكومة المفاوضات").polarity != frozenset()
    # A suspension, in any form, and an ending of a state are a halt (round 15): the two sides say one polarity.
    assert analyze("المحكمة تعلق العمل بالخطة").polarity == analyze("تعليق العمل بالخطة").polarity \
        == analyze("وقف العمل بالخطة").polarity != frozenset()
    assert analyze("المنظمة تطالب بإنهاء العنف").polarity == analyze("المنظمة تطالب بوقف العنف").polarity
    # A postponement is no halt: "تأجيل المباراة" against "وقف المباراة" stays a difference.
    assert analyze("تأجيل المباراة").polarity not in (frozenset(), analyze("وقف المباراة").polarity)


def test_a_halt_told_in_other_words_is_supported():
    v = judge_pair("تعليق العمل بخطة الحكومة لترحيل المهاجرين بقرار من المحكمة",
                   "المحكمة تعلق العمل بخطة الحكومة لترحيل المهاجرين")
    assert v.verdict == "supported", v
    v = judge_pair("المنظمة تطالب بوقف العنف في المدينة", "المنظمة تطالب بإنهاء العنف في المدينة")
    assert v.verdict == "supported", v


def test_each_comparative_has_its_own_opposite():
    # "آخر" (latest) is no opposite of "أعلى" (highest): only أدنى is.
    assert "opposite" not in judge_pair("الأسهم تتخطى آخر مستوى لها منذ عامين", "الأسهم في أعلى مستوياتها منذ عامين").reason
    v = judge_pair("الأسهم في أدنى مستوياتها منذ عامين", "الأسهم في أعلى مستوياتها منذ عامين")
    assert v.verdict == "contradicted", v


def test_a_count_with_the_article_is_a_number():
    # "الأيام الثلاثة" is three days: it agrees with "3 أيام" and differs from "الأيام الأربعة".
    v = judge_pair("قتل خمسة جنود في الأيام الثلاثة الماضية", "مقتل خمسة جنود خلال الأيام الأربعة الماضية")
    assert v.verdict == "contradicted" and "الثلاثة" in v.reason, v


def test_headline_synonyms_link():
    v = judge_pair("عمليات نزوح كبيرة من مناطق القتال", "عمليات نزوح واسعة من مناطق القتال")
    assert v.verdict == "supported" and "كبيرة = واسعة" in v.reason, v
