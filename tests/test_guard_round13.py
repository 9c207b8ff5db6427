"""Round 13 of the generation guard: a scorer's goals "أمام" a side tell no result, "ولا يزال" states the same words
after "فيما", a verbal noun with its pronoun has the noun's root, and two verbs a model adds around a stated fact
("أنهى … برصيد", "يمتد على") are light. Each with its false variant. The sentences are our own."""

from akhbar.align import analyze
from akhbar.models import Claim, Conflict
from akhbar.qa.generate import named_contradiction
from akhbar.wordfacts import used_lightly
from conftest import claim

# --- goals scored "أمام" a side ------------------------------------------------------------------------------

MATCH = "وتغلب منتخب غانا على البرازيل بثلاثة أهداف لهدف سجلها كوفي منساه."


def test_goals_scored_against_a_side_are_no_swap_of_the_winner():
    # "سجل X أهداف غانا أمام البرازيل" says who scored for whom, against whom: no result, so no role to swap with
    # the source's winner (it was read as Ghana losing to Brazil, and the true sentence was replaced)
    said = claim(MATCH, "سجل كوفي منساه أهداف غانا أمام البرازيل.")
    assert said.verdict != "contradicted"
    assert analyze("سجل كوفي منساه أهداف غانا أمام البرازيل.").frame == ""


def test_a_loss_or_a_swapped_scorer_side_is_still_contradicted():
    assert claim(MATCH, "خسر منتخب غانا أمام البرازيل.").verdict == "contradicted"
    assert claim(MATCH, "سقطت غانا أمام البرازيل.").verdict == "contradicted"
    # two sides exchanged around a verb of scoring: the source's order names who scored against whom
    assert claim("سجلت غانا ثلاثة أهداف أمام البرازيل.", "سجلت البرازيل ثلاثة أهداف أمام غانا.").verdict == "contradicted"


# --- "ولا يزال" is "لا يزال" ------------------------------------------------------------------------------------

def test_still_with_its_conjunction_states_the_same_words():
    source = "وارتفع عدد المصابين إلى أكثر من ألفي شخص، فيما لا يزال مئات تحت الركام."
    assert claim(source, "ولا يزال مئات تحت الركام.").verdict == "supported"
    # the false variants: a state the source does not tell, the state denied
    assert claim("وانتُشل مئات من تحت الركام.", "ولا يزال مئات تحت الركام.").verdict != "supported"
    assert claim("ولم يعد مئات تحت الركام.", "ولا يزال مئات تحت الركام.").verdict != "supported"


# --- a verbal noun with its pronoun is no foreign name -----------------------------------------------------------

def test_a_verbal_noun_with_its_pronoun_read_against_a_name_does_not_replace():
    # "ولادته" (his birth) has the root of "ولادة": the model's slot reading ولادته / طه is a rewording, and the
    # sentence is dropped, never shown as the source's sentence beside it
    assert not named_contradiction(_conflict("slot", "ولادته", "طه"))
    assert not named_contradiction(_conflict("slot", "وإدارتها", "بيروت"))
    # a foreign name for another still replaces
    assert named_contradiction(_conflict("slot", "هامبورغ", "روتردام"))


# --- verbs a model adds around a stated fact -------------------------------------------------------------------

SEASON = "وتوج الفريق بلقب الموسم، بينما حصل المهاجم سالم على لقب الهداف برصيد اثني عشر هدفاً."


def test_ended_before_a_tally_is_light():
    assert claim(SEASON, "وأنهى سالم الموسم برصيد اثني عشر هدفاً.").verdict == "supported"
    # another tally is contradicted; "أنهى" with no tally after it keeps its meaning
    assert claim(SEASON, "وأنهى سالم الموسم برصيد عشرة أهداف.").verdict == "contradicted"
    assert used_lightly("before_tally", ["سالم", "الموسم", "برصيد"], [])
    assert not used_lightly("before_tally", ["الجيش", "الحرب", "في", "الشمال"], [])


def test_stretches_is_light_where_a_thing_lies():
    source = "ويقع المنتجع على ساحل البحر الأحمر قرب مدينة الغردقة."
    assert claim(source, "ويمتد المنتجع على ساحل البحر الأحمر قرب مدينة الغردقة.").verdict == "supported"
    assert claim(source, "ويمتد المنتجع على ساحل البحر المتوسط.").verdict != "supported"


# --- a round qualified for is a round reached; a cause given is a cause given --------------------------------

def test_qualified_for_a_round_is_reaching_it():
    source = "وفاز المنتخب التونسي على مصر بهدفين، ليصبح أول منتخب عربي يبلغ الدور نصف النهائي في البطولة."
    assert claim(source, "تأهل المنتخب التونسي إلى الدور نصف النهائي بعد فوزه على مصر.").verdict == "supported"
    # another round is not what the source says
    assert claim(source, "تأهل المنتخب التونسي إلى الدور النهائي بعد فوزه على مصر.").verdict != "supported"


def test_a_cause_put_down_to_is_a_cause_attributed():
    source = "وعزت الشركة انقطاع التيار إلى عطل في محطة التحويل الرئيسية."
    assert claim(source, "وأرجعت الشركة انقطاع التيار إلى عطل في محطة التحويل الرئيسية.").verdict == "supported"
    assert claim(source, "وأرجعت الشركة انقطاع التيار إلى عاصفة ثلجية.").verdict != "supported"


# --- which contradictions replace a sentence --------------------------------------------------------------------

def _conflict(kind: str, claim_word: str, source_word: str, text: str = "", source: str = "") -> Claim:
    return Claim(text=text, verdict="contradicted", evidence=source, evidence_start=0, evidence_end=0, score=0.9,
                 conflict=Conflict(kind=kind, claim=claim_word, evidence=source_word))


def test_a_name_against_the_sources_common_word_for_it_does_not_replace():
    # the source calls the resort "المنتجع": no other thing's name, so the sentence is dropped, not replaced
    assert not named_contradiction(_conflict("name", "لحشيش", "للمنتجع"))
    assert not named_contradiction(_conflict("name", "حشيش", "المنتجع"))
    # another country's name replaces, even one the root tables misread ("بنما" as ب + نما)
    assert named_contradiction(_conflict("name", "اليابان", "بنما"))
    assert named_contradiction(_conflict("name", "روسيا", "بشار"))


def test_a_changed_place_after_a_venue_word_replaces():
    # "استاد الوحدة" against "استاد السلام": common words, but each names a stadium
    said = "وأقيمت المباراة على استاد الوحدة."
    source = "وأقيمت المباراة على استاد السلام أمام جمهور غفير."
    assert named_contradiction(_conflict("slot", "الوحدة", "السلام", said, source))
    # without the venue word they are the model's reading of a reworded slot: dropped
    assert not named_contradiction(_conflict("slot", "الوحدة", "السلام", "وسادت الوحدة.", "وساد السلام."))


# --- an offset by its unit alone is a length ------------------------------------------------------------------

def test_a_month_after_is_not_six_days_after():
    source = "وبعد ستة أيام من الفيضان أعلن المحافظ استقالته تحت ضغط الأهالي."
    # "بعد شهر" names one month: the source's six days do not state it (it read as no value, and was supported)
    assert claim(source, "وأعلن المحافظ استقالته بعد شهر من الفيضان.").verdict != "supported"
    assert claim("وأعلن المحافظ استقالته بعد أسبوع من الفيضان.", "وأعلن المحافظ استقالته بعد شهر من الفيضان.").verdict \
        == "contradicted"
    # the same offset is still supported
    assert claim(source, "وأعلن المحافظ استقالته بعد ستة أيام من الفيضان.").verdict == "supported"
    assert claim("وأعلن المحافظ استقالته بعد شهر من الفيضان.", "واستقال المحافظ بعد شهر من الفيضان.").verdict \
        != "contradicted"
