"""Round 28 (guard37) of the generation guard, in our own words (a made-up flight, guest, opening, playwright, Gulf cup,
panel, troupe, fair and bridge): four true sentences that were replaced by a wrong contradiction (another sentence's
hour read through a noun of place, a man's given name read as a rival granter, a postponement that dates the event read
as its denial, "غير" meaning "other than" read as a negation), a plan the model contradicted, and three paraphrases the
checker did not link ("تخطى" a team for "أقصى", "رأت … أن" for "قالت … إن" and a noun with its tanween's alif, "ما
مجموعه" before a count); and a trust bug found on the way: a doer and an object after the verb, exchanged."""

from conftest import claim

FLIGHT = "وأقلعت الطائرة في الساعة 6:40 صباحاً بتوقيت الرياض، بعد تأخيرها ساعة بسبب عطل في موقع الصيانة."


def test_a_noun_of_place_is_no_deed_to_date():
    # dev 24 replaced the quake's "ووقع في الساعة 4:17 بالتوقيت المحلي" by the probe's launch hour, "time 4:17 ≠ 1:58":
    # its verb "وقع" was linked by its root to "في موقع الإطلاق", a site
    assert claim(FLIGHT, "ووقع في الساعة 2:15 بالتوقيت المحلي.").verdict == "unsupported"
    # the flight's own hour is still compared
    wrong = claim(FLIGHT, "وأقلعت الطائرة في الساعة 7:40 صباحاً بتوقيت الرياض.")
    assert wrong.verdict == "contradicted" and "6:40" in wrong.reason
    assert claim(FLIGHT, "وأقلعت الطائرة في الساعة 6:40 صباحاً بتوقيت الرياض.").verdict == "supported"


GUEST = ("نقلت وكالة رسمية مساء الجمعة عن مصدر في الديوان أن الرئيس السابق خالد النعيمي وصل إلى الدوحة برفقة أفراد "
         "أسرته. وأوضح المصدر أن قطر منحتهم حق الإقامة لأسباب صحية.")


def test_a_given_name_is_no_rival_of_its_own_family_name():
    # dev 24 replaced "ومنحت روسيا الأسد وعائلته حق اللجوء لاعتبارات إنسانية" ("name روسيا ≠ بشار"): "بشار" of "بشار
    # الأسد", the man the claim names as the one granted, was read as the doer of the arrival's clause
    assert claim(GUEST, "ومنحت قطر النعيمي وعائلته حق الإقامة لأسباب صحية.").verdict == "supported"
    # another granter is still contradicted by the source's own
    other = claim(GUEST, "ومنحت الكويت النعيمي وعائلته حق الإقامة لأسباب صحية.")
    assert other.verdict == "contradicted" and "قطر" in other.reason


OPENING = "وجاء الافتتاح في الساعة 10:30 صباحاً بتوقيت مسقط، بعد تأجيله ثلاث مرات بسبب الأمطار."
POSTPONED = "وتأجل افتتاح المعرض الذي كان مقرراً في الساعة 10:30 صباحاً بسبب الأمطار."
VOTE = "انتخابات المجلس البلدي بعد عام من تأجيلها وإلغاء نتائج التصويت الأول"


def test_a_postponement_that_dates_the_event_is_no_denial_of_it():
    # dev 24 replaced "وجاء الإطلاق في الساعة 1:58 فجراً بتوقيت الإمارات" ("denial or refusal on one side only: تأجيل"):
    # "بعد تأجيله مرتين" tells the launch came after it was put off; and the claim's "وجاء", light in the source (before
    # "بعد") but not in the claim, found no partner
    assert claim(OPENING, "وجاء الافتتاح في الساعة 10:30 صباحاً بتوقيت مسقط.").verdict == "supported"
    wrong = claim(OPENING, "وجاء الافتتاح في الساعة 11:30 صباحاً بتوقيت مسقط.")
    assert wrong.verdict == "contradicted" and "10:30" in wrong.reason
    # a postponement of the event itself still tells it not done, and so does a phrase that holds the claim's own words
    assert claim(POSTPONED, "وافتتح المعرض في الساعة 10:30 صباحاً.").verdict != "supported"
    assert claim(VOTE, "إعلان نتائج التصويت الأول خلال أيام").verdict == "contradicted"


PROPOSAL = "اقترح المحافظ بناء جسر جديد فوق الوادي."


def test_a_plan_is_not_contradicted_by_the_models_reading():
    # linking "جسراً" (a noun with its tanween, as "فناً" below) made the model's own contradiction of a plan told as done
    # ("the source says بناء where the claim says البلدية"); the source only plans it: unsupported
    planned = claim(PROPOSAL, "بنت البلدية جسراً جديداً فوق الوادي.")
    assert planned.verdict == "unsupported" and "اقترح" in planned.reason


PLAYS = "ومن أشهر مسرحيات خالد الحربي الخماسية التي تضم خمسة نصوص عن البحر، إضافة إلى مسرحية الباب والنافذة."
WEAPONS = "وقال الوزير إن الجيش سيتسلم أسلحة نووية جديدة."


def test_other_than_after_a_name_is_no_negation():
    # dev 24 replaced "من أشهر روايات نجيب محفوظ غير الثلاثية أولاد حارتنا واللص والكلاب" ("negation: الثلاثية is negated
    # on one side only"): after a name, "غير" before a noun with the article is "other than"
    assert claim(PLAYS, "من أشهر مسرحيات خالد الحربي غير الخماسية مسرحية الباب والنافذة.").verdict == "supported"
    assert claim(PLAYS, "من أشهر مسرحيات خالد الحربي غير الخماسية مسرحية السور والبحر.").verdict != "supported"
    # after a common noun it still turns its adjective into the opposite
    assert claim(WEAPONS, "وقال الوزير إن الجيش سيتسلم أسلحة غير نووية جديدة.").verdict == "contradicted"


CUP = "وكان منتخب عمان قد تصدر مجموعته في الدور الأول، ثم أقصوا البحرين بركلات الترجيح في نصف النهائي."
VISITORS = "وتجاوز عدد زوار المعرض 40 ألفاً في يومه الأول."


def test_surpassing_a_team_is_beating_it():
    # dev 24 dropped "وتخطى المغرب إسبانيا بركلات الترجيح …" (the source: "ثم أقصوا إسبانيا …"): "no
    # evidence for: وتخطى"
    assert claim(CUP, "وتخطت عمان البحرين بركلات الترجيح في نصف النهائي.").verdict == "supported"
    swapped = claim(CUP, "وتخطت البحرين عمان بركلات الترجيح في نصف النهائي.")
    assert swapped.verdict == "contradicted" and "البحرين" in swapped.reason
    assert claim(CUP, "وتخطت عمان الكويت بركلات الترجيح في نصف النهائي.").verdict == "contradicted"
    # before a number it is still "more than"
    assert claim(VISITORS, "وتخطى عدد زوار المعرض 40 ألفاً في يومه الأول.").verdict == "supported"
    assert claim(VISITORS, "وتخطى عدد زوار المعرض 50 ألفاً في يومه الأول.").verdict == "contradicted"


PANEL = "وقالت اللجنة في تقريرها إن المشروع خطوة مهمة لحماية الساحل من التآكل."
TROUPE = "وقالت اللجنة إن الفرقة قدمت فناً شعبياً يحفظ ذاكرة الساحل."


def test_a_view_stated_and_a_noun_with_its_tanween():
    # dev 24 dropped "ورأت الأكاديمية أن أعماله فن روائي عربي يخاطب الإنسانية كلها" (the source: "قالت الأكاديمية في بيانها
    # إن … فناً روائياً عربياً …"): "no evidence for: ورأت، فن"
    assert claim(PANEL, "ورأت اللجنة أن المشروع خطوة مهمة لحماية الساحل من التآكل.").verdict == "supported"
    assert claim(PANEL, "ورأت الوزارة أن المشروع خطوة مهمة لحماية الساحل من التآكل.").verdict != "supported"
    assert claim(TROUPE, "وقالت اللجنة إن الفرقة قدمت فن شعبي يحفظ ذاكرة الساحل.").verdict == "supported"
    assert claim(TROUPE, "وقالت اللجنة إن الفرقة قدمت فن حديث يحفظ ذاكرة الساحل.").verdict != "supported"


FAIR = "واختتم المعرض بعد عشرة أيام استقبل فيها 35 ألف زائر، وهو أعلى رقم في تاريخه."


def test_a_totals_frame_before_its_count():
    # dev 24 dropped "سجل في مونديال قطر 2022 ما مجموعه 172 هدفاً …": "مجموعه" was a word no source says
    assert claim(FAIR, "واستقبل المعرض ما مجموعه 35 ألف زائر.").verdict == "supported"
    wrong = claim(FAIR, "واستقبل المعرض ما مجموعه 45 ألف زائر.")
    assert wrong.verdict == "contradicted" and "35" in wrong.reason


LOAN = "ومنحت قطر عمان قرضاً ميسراً لبناء الميناء."
LOAN_SAID = "وأوضح البيان أن قطر منحت عمان قرضاً ميسراً لبناء الميناء."
TALKS = "والتقى أردوغان ماكرون في باريس لبحث الأزمة."


def test_two_names_after_the_verb_the_other_way_round_are_a_swap():
    # TRUST BUG (found on the way, round 28: "ومنح بشار روسيا حق اللجوء" was supported by "ومنحت روسيا بشار حق اللجوء"):
    # the doer and the object right after the verb, exchanged, and every word linked
    for source in (LOAN, LOAN_SAID):
        swapped = claim(source, "ومنحت عمان قطر قرضاً ميسراً لبناء الميناء.")
        assert swapped.verdict == "contradicted" and "عمان" in swapped.reason and "قطر" in swapped.reason
        assert claim(source, "ومنحت قطر عمان قرضاً ميسراً لبناء الميناء.").verdict == "supported"
    # a two-way relation says the same either way
    assert claim(TALKS, "والتقى ماكرون أردوغان في باريس لبحث الأزمة.").verdict == "supported"
