"""Round 27 (guard36) of the generation guard, in our own words (a made-up minister and hospital, municipality, ruling
family, writer, Gulf cup striker and capital): the word of a title changed before the person's name, counts written
before the things they count, a list member taken from another list of the sentence, and two true sentences that were
replaced by a wrong contradiction (one match's goals against the whole cup's, a gloss in brackets read as a rival)."""

from conftest import claim

HOSPITAL = "افتتح وزير الصحة سامي العلي المستشفى الجديد أمس. ويضم المستشفى مركزاً للتعليم الطبي."


def test_a_title_changed_before_the_name_is_not_supported():
    # TRUST BUG (held out 23: "وزير النقل مصطفى مدبولي" where the source says "وزير الإسكان"): "التعليم" is linked in the
    # next sentence ("للتعليم الطبي") and the claim was supported, the minister of health made a minister of education
    wrong = claim(HOSPITAL, "وافتتح وزير التعليم سامي العلي المستشفى الجديد.")
    assert wrong.verdict != "supported"
    assert "الصحة" in wrong.reason and "التعليم" in wrong.reason
    assert claim(HOSPITAL, "وافتتح المستشفى الجديد وزير التعليم سامي العلي.").verdict != "supported"
    # the right title, or none, is still supported
    assert claim(HOSPITAL, "وافتتح وزير الصحة سامي العلي المستشفى الجديد.").verdict == "supported"
    assert claim(HOSPITAL, "وافتتح المستشفى الجديد وزير الصحة سامي العلي.").verdict == "supported"


CONTRACTS = "وقعت البلدية عقدين: 5 أعوام لبناء الجسر و8 أعوام لصيانة الطريق."
RULE = "انتهت بذلك 40 عاماً من حكم حزب الشعب و20 عاماً من حكم عائلة النجار."


def test_counts_written_before_their_things_keep_their_own_things():
    # TRUST BUG (held out 23: "وانتهت بذلك 53 عاماً من حكم حزب البعث", 53 being the family's years): every word and value
    # of the claim is in the sentence, but the count belongs to the other thing of the list
    wrong = claim(CONTRACTS, "ووقعت البلدية عقد 8 أعوام لبناء الجسر.")
    assert wrong.verdict == "contradicted" and "8" in wrong.reason and "5" in wrong.reason
    assert claim(RULE, "وانتهت بذلك 20 عاماً من حكم حزب الشعب.").verdict == "contradicted"
    assert claim(RULE, "وانتهت بذلك 40 عاماً من حكم عائلة النجار.").verdict == "contradicted"
    # each count with its own thing is supported
    assert claim(CONTRACTS, "ووقعت البلدية عقد 5 أعوام لبناء الجسر.").verdict == "supported"
    assert claim(CONTRACTS, "ووقعت البلدية عقد 8 أعوام لصيانة الطريق.").verdict == "supported"
    assert claim(RULE, "وانتهت بذلك 40 عاماً من حكم حزب الشعب.").verdict == "supported"
    assert claim(RULE, "وانتهت بذلك 20 عاماً من حكم عائلة النجار.").verdict == "supported"


WRITER = "أصدر الكاتب ثلاثية تضم الرمل والموج والصخر، ثم نشر بعدها روايات أخرى منها الريح والمطر."


def test_a_list_member_from_another_list_of_the_sentence_is_not_supported():
    # TRUST BUG (held out 23: "وتضم الثلاثية بين القصرين وقصر الشوق وميرامار"): "المطر" is one of the later novels, past
    # the comma, while the trilogy's list goes on with "والصخر"
    wrong = claim(WRITER, "وتضم الثلاثية الرمل والموج والمطر.")
    assert wrong.verdict != "supported" and "والصخر" in wrong.reason
    # the trilogy's own members, all or some, are still supported
    assert claim(WRITER, "وتضم الثلاثية الرمل والموج والصخر.").verdict == "supported"
    assert claim(WRITER, "وتضم الثلاثية الرمل والصخر.").verdict == "supported"


STRIKER = "وسجل المهاجم سالم ناصر أربعة أهداف في المباراة ليقود فريقه إلى لقب كأس الخليج."
CAPITAL = "وقالت عمّان إن الحدود ستبقى مغلقة، وإن الهدف منع تهريب السلاح إلى تنظيم الدولة الإسلامية (داعش) وجماعات أخرى."


def test_one_matchs_count_does_not_contradict_the_whole_cups():
    # held out 23 replaced "سجل كيليان مبابي ثمانية أهداف في كأس العالم 2022" by the final's "ثلاثة أهداف في المباراة"
    assert claim(STRIKER, "وسجل سالم ناصر تسعة أهداف في كأس الخليج.").verdict == "unsupported"
    assert claim(STRIKER, "وسجل سالم ناصر تسعة أهداف في البطولة.").verdict == "unsupported"
    # the match's own count is still compared
    wrong = claim(STRIKER, "وسجل سالم ناصر تسعة أهداف في المباراة.")
    assert wrong.verdict == "contradicted" and "أربعة" in wrong.reason


def test_a_gloss_in_brackets_is_no_rival_speaker():
    # held out 23 replaced "وقالت موسكو إن الهدف تقديم دعم جوي …" by "name موسكو ≠ داعش": the bracketed gloss of the
    # group's name was read as the doer of the clause "وإن الهدف …"
    assert claim(CAPITAL, "وقالت عمّان إن الهدف منع تهريب السلاح.").verdict == "supported"
    # another speaker is still contradicted by the source's own
    other = claim(CAPITAL, "وقالت بغداد إن الهدف منع تهريب السلاح.")
    assert other.verdict == "contradicted" and "عمّان" in other.reason


PORT = "وفي 6 مارس 2019 أعلن المحافظ خطة تطوير الميناء. وبعد خمسة أيام، في 11 مارس، زار الميناء وتفقد الأرصفة الجديدة."


def _in_port(text: str):
    from akhbar.arabic import split_sentences
    from akhbar.models import EvidenceSentence
    from akhbar.verify import check_claim
    return check_claim(text, [EvidenceSentence(s.text, s.start, s.end, 1, "2019-03-20") for s in split_sentences(PORT)])


def test_another_events_weekday_does_not_contradict():
    # held out 23 replaced "وزارها بوتين يوم الاثنين 11 ديسمبر 2017" by the victory's sentence of 6 December ("weekday
    # الاثنين ≠ الأربعاء"): a weekday that differs is the date's value, and on a sentence of another event it decides
    # nothing, as the date itself would not
    assert _in_port("وزاره المحافظ يوم الاثنين 11 مارس 2019.").verdict != "contradicted"
    assert _in_port("وزار المحافظ الميناء يوم الاثنين 11 مارس 2019.").verdict == "supported"
    # the visit's own sentence still tells a wrong weekday, and so does the announcement's
    wrong = _in_port("وزار المحافظ الميناء يوم الثلاثاء 11 مارس 2019.")
    assert wrong.verdict == "contradicted" and "الاثنين" in wrong.reason
    assert _in_port("وأعلن المحافظ خطة تطوير الميناء يوم الخميس 6 مارس 2019.").verdict == "contradicted"
