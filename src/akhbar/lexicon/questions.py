"""Question cues for ask: offices and successions, life events, disclosure, roles, domains and causes.

What belongs here: the words a question is read by and its answer must hold beside it: who came after or
before whom, where a person was born or died, a value not made known, the office a who-question asks about,
the domain a question asks one side of, and what opens a cause (akhbar.qa.decide, akhbar.qa.roles,
akhbar.qa.points, akhbar.qa.asked_cause).
"""

from __future__ import annotations

# --- interrogatives ----------------------------------------------------------------------------------

# "Which", with the clitics a question glues to it ("في أي عام"، "بأي مدينة"): the noun after it is the kind
# of answer asked (a place cue, a year; akhbar.qa.constraints, akhbar.qa.short). Folded when read.
WHICH = ("أي", "أية", "وأي", "بأي", "لأي", "فأي")

# --- the agent of a passive ------------------------------------------------------------------------

# Before a name, these say it is the agent of a passive verb or of a verbal noun ("اختُطف على يد X"، "تم
# اختطافها من قبل X"، "بواسطة X"): a who-question's agent (akhbar.qa.roles.agent_span) and the event such a
# noun tells (akhbar.qa.roles.passive_positions). Folded when read.
AGENT_MARKERS = ("من قبل", "على يد", "بواسطة", "بيد")
# Verbs of managing a deed told by its verbal noun after من / في / ب ("تمكن X من فتحها وإسقاط الدولة"، "قام X
# بإسقاط"): their subject is the noun's agent (akhbar.qa.roles.agent_span). Past forms, folded when read.
MANAGING_VERBS = ("تمكن", "تمكنت", "تمكنوا", "استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا", "قام", "قامت",
                  "قاموا")
# Verbs that only frame a deed told by its verbal noun, as done: the doer's "قام X بـ<noun>" (the noun with ب, later in
# its clause: "قام الباحث … أمس بتسجيل براءة" for "سجل") and the passive's "تم <noun>" / "جرى <noun>" (the noun right
# after: "تم توقيع الاتفاق" for "وقع"). The noun then tells the question's verb (akhbar.qa.roles.framed_positions).
# Past forms only: "سيتم افتتاح" is planned (verify_deeds), "يتم" a habit. Folded when read; و / ف come off.
DOER_FRAMES = ("قام", "قامت", "قاموا")
PASSIVE_FRAMES = ("تم", "تمت", "جرى", "جرت")

# --- succession and offices --------------------------------------------------------------------------

# Words that place one holder of an office after or before another ("خلفاً للبشير"، "بعد البشير"،
# "سلفه"): a who-question asking who came after / before X is answered only by a sentence holding one
# of them next to X (akhbar.qa.decide.succession_tied). Folded when read; clitics come off.
SUCCESSION_WORDS = ("بعد", "قبل", "خلف", "خلفا", "خلفاً", "خلافة", "خليفة", "خليفته", "خلفه", "سلف", "سلفه", "سبق",
                    "سبقه", "عقب", "إثر", "اثر", "تلا", "تلاه", "بعده", "قبله")
# Those of them, and of a question's, that place the one asked before X ("قبل X"، "سلفه"، "من سبق X"); the others
# place him after X. "من تولى رئاسة الاتحاد قبل X؟" was answered by X's successor from "خلفاً لـX" (round 24).
SUCCESSION_BEFORE = ("قبل", "قبله", "سلف", "سلفه", "سبق", "سبقه", "سبقت", "يسبق")

# Words of a question about an office ("من تولى الحكم بعد…"، "من أصبح رئيساً بعد…"): with them, and the
# role nouns, a who-question's بعد / قبل X asks for a successor or predecessor of X, not for the agent
# of something done after an event ("من كتب القصيدة بعد المذبحة").
OFFICE_WORDS = ("تولى", "يتولى", "تولت", "تسلم", "حكم", "الحكم", "العرش", "منصب", "المنصب", "خلافة", "الخلافة",
                "ولاية", "رئاسة", "الرئاسة", "أصبح", "صار", "انتخب", "عين", "خلف", "يخلف", "خليفة", "جاء")

# The verbs of leading a body: "من قاد الهيئة قبل X"، "من ترأس الاتحاد بعد X"، "من درب المنتخب قبل X" ask for X's
# predecessor or successor as the office words do, when X is a person's name, not a time ("من قاد المنتخب إلى
# الفوز قبل النهائي"). Without them "من قاد هيئة تحرير الشام قبل أحمد الشرع؟" was answered (0.88) by the sentence
# naming al-Sharaa's former name (round 24).
LEAD_VERBS = ("قاد", "قادت", "يقود", "تقود", "ترأس", "ترأست", "يترأس", "رأس", "رأست", "يرأس", "تزعم", "تزعمت",
              "يتزعم", "درب", "دربت", "يدرب", "أدار", "أدارت", "يدير")

# The ends of a term of office or of a rule, after a succession word: "بعد سقوط الأسد"، "بعد وفاة الملك"
# place a question in time (akhbar.qa.decide.succession_target asks no succession word of its sentence).
TERM_ENDS = ("وفاة", "رحيل", "استقالة", "عزل", "سقوط", "مقتل", "اغتيال", "تنحي", "إقالة", "انتهاء", "نهاية", "ولاية")

# Nouns of an office or a role a who-question may ask about instead of an event verb ("من تولى رئاسة
# الحكومة", "من كان وزير الداخلية", "من هو مدرب المنتخب"): a short answer must stand next to it.
ROLE_NOUNS = (
    "رئاسة", "رئيس", "رئيسة", "وزير", "وزيرة", "وزارة", "مدرب", "تدريب", "قائد", "قيادة", "مدير", "إدارة", "أمين",
    "حاكم", "محافظ", "سفير", "نائب", "زعيم", "ملك", "أمير", "ولي", "مؤسس", "مخرج", "مؤلف", "هداف", "بطل", "مستشار",
    "متحدث", "رئيسا", "عمدة", "قاضي", "مفتي", "خليفة", "سلطان", "شيخ", "نقيب", "عميد",
)
# Offices a "من هو …؟" question asks the holder of, beside ROLE_NOUNS (not read by the claim checker): a governor of a
# Maghreb wilaya or a Sudanese state, a consul, an envoy (akhbar.qa.office_holder, round 38); and the one at the wheel of
# a vehicle an event befell, whom news often names by that role alone ("بينهم سائق الحافلة": round 41).
HOLDER_OFFICES = ("والي", "قنصل", "مندوب", "سائق", "ربان", "قبطان")
# Of those, the titles news names a holder by whenever it tells his office: a sentence that never writes one tells no
# holder of it ("من هو وزير النقل …؟" and a sentence on the contract). Not a maker by his deed ("مؤلف"، "مؤسس"، "مدرب":
# "ألّف"، "أسس"، "درّب" tell them, XQuAD-ar's "من هو مؤلف صراع العروش؟" was answered right so), nor a ruler.
TITLED_OFFICES = ("وزير", "وزيرة", "رئيس", "رئيسة", "مدير", "مديرة", "نقيب", "محافظ", "والي", "عميد", "سفير", "أمين",
                  "متحدث", "قنصل", "مندوب")
# The words that make an office another one below it, right before its title ("نائب رئيس الاتحاد"، "مساعد المدير"): a
# sentence naming the office without one of them names its head, not the deputy asked (akhbar.qa.deputy, round 39).
DEPUTY_WORDS = ("نائب", "نائبة", "مساعد", "مساعدة")
# A man a case names by his post with ال ("ألقت الشرطة القبض على المدير"): a sentence naming him so and not the job the
# question asks ("المحاسب") tells of the other man (akhbar.qa.related, round 39; beside JOB_NOUNS, read in sentences only).
POST_NOUNS = ("مدير", "مديرة")
# Nouns a count or a measure is asked by ("كم عدد …"، "ما حجم …"): read by ask's question analysis (akhbar.qa.question), and
# never the first word of a name after an office ("وعزا حاكم المقاطعة حجم الأضرار إلى …": akhbar.qa.office_holder, round 40)
# unless a given name ("عمر").
NUMBER_NOUNS = ("عدد", "مقدار", "نسبة", "حجم", "طول", "مساحة", "عمر", "قيمة", "مبلغ", "كمية", "ارتفاع", "عرض", "وزن", "سعر",
                "تكلفة", "كلفة", "مسافة", "العدد", "النسبة", "المبلغ")
# Nouns of a length of time, never the first word of a name after an office either ("شغلت منصب القنصل العام … مدة أربع
# سنوات": "مدة أربع سنوات" was shown as the consul's name; akhbar.qa.office_holder, round 41).
DURATION_NOUNS = ("مدة", "لمدة", "طيلة", "طوال", "فترة", "لفترة")
# How a count of people is told: by where they stand (a school's students, a firm's staff: "وتضم الجامعة 7500 طالب"، "يعمل
# فيه 650 موظفاً") or by a deed done once (graduating, joining: "تخرج فيها 1250 طالباً"). A count told by the one is no
# answer to a question asking the other: "كم طالباً تخرج …؟" and the students a university holds (akhbar.qa.asked_detail,
# round 40). Present forms only for a standing: "ضمّ" in the past is a deed (a club signing players).
COUNT_STANDINGS = ("يضم", "تضم", "يدرس", "تدرس", "يعمل", "تعمل", "يوظف", "توظف", "يقطن", "تقطن", "يسكن", "تسكن", "يحتضن",
                   "تحتضن")
COUNT_ONCE_DEEDS = ("تخرج", "يتخرج", "تتخرج", "خريج", "تخريج", "التحق", "يلتحق", "تلتحق", "التحاق", "انضم", "ينضم",
                    "تنضم", "انضمام", "انتسب", "ينتسب")
# Of those, the deeds of coming in: those who joined are not those who graduated, nor the reverse ("كم طالباً التحق
# بالجامعة هذا العام؟" and "احتفلت الجامعة بتخريج … 1250 طالباً": held out 27, 0.84; round 41).
COUNT_JOINING_DEEDS = ("التحق", "يلتحق", "تلتحق", "التحاق", "انضم", "ينضم", "تنضم", "انضمام", "انتسب", "ينتسب")
# The sides a noun is told apart by ("المدخل الشمالي" / "المدخل الجنوبي"): a sentence writing the noun with another side
# only tells another one (akhbar.qa.told_apart, round 40).
SIDE_ADJECTIVES = {"north": ("الشمالي", "الشمالية"), "south": ("الجنوبي", "الجنوبية"), "east": ("الشرقي", "الشرقية"),
                   "west": ("الغربي", "الغربية")}
# Of ROLE_NOUNS, the office and not its holder ("رئاسة"، "إدارة"): no man a clause names (akhbar.qa.related.holder_apart).
OFFICE_ABSTRACTS = ("رئاسة", "وزارة", "تدريب", "قيادة", "إدارة")

# Roles held for a client, not an office: "من هو محامي X؟" asks X's lawyer, whom news names after the role with ال in
# apposition ("وقال محامي X، المحامي رامي الخوري"): ask reads such a role as a cue to his name (akhbar.qa.short, round 30).
# Not ROLE_NOUNS: those are offices, read by the claim checker too.
CLIENT_ROLES = ("محامي", "محامية", "محام")
# The client a lawyer is named for without the role in construct: "وكيل الدفاع عن الموظف، المحامي سامر الدباس" is the
# employee's lawyer; the word after "عن" is his client (akhbar.qa.clients, round 31).
DEFENCE_OF = ("الدفاع", "دفاع", "للدفاع")
# A man named by his tie to another in the question ("شريك الشاب"، "زميل المتهم"، "شقيق اللاعب"): asked of him, not of
# the other; a sentence with no such word tells of the other man only ("بسجن شاب … 15 عاماً" for his partner, whom the
# court acquitted: akhbar.qa.related, round 33). With the plural news writes them in.
RELATION_NOUNS = ("شريك", "شركاء", "زميل", "زملاء", "شقيق", "أشقاء", "رفيق", "رفاق")
# Nouns of an affair or an accident a question puts its deed in after "في" ("في قضية عطاءات الطرق"، "في انقلاب حافلة"):
# the event, no town, however rare in a small archive (akhbar.qa.event_place.asked_town, round 42; held out 26's verdict
# controls and held out 27's bus controls abstained naming them as the town).
EVENT_FRAMES = ("قضية", "انقلاب", "حادث", "حادثة", "حريق", "انفجار", "انهيار", "غرق", "تصادم", "اصطدام", "هجوم",
                "محاولة", "جريمة", "ملف", "محاكمة", "عملية")
# Jobs a case names its defendants by ("بسجن موظف … فيما برأت زميله المحاسب"، "حبس السائق … وتبرئة الجمركي"): a question
# naming one by his job with ال asks of him; a sentence writing another of these and not his tells of the other
# (akhbar.qa.related, round 34: "وكان الموظف قد أوقف عن العمل في مارس 2023" was the accountant's date). Not "مدير" nor
# "عامل": an office and a count's noun far more often than a defendant; no feminine whose form is a field ("محاسبة") or an
# adjective ("موثقة": "حالات موثقة"; the notary "الموثق", round 37).
JOB_NOUNS = ("موظف", "موظفة", "محاسب", "سائق", "مقاول", "مهندس", "طبيب", "طبيبة", "ممرض", "ممرضة", "حارس", "شرطي",
             "جمركي", "صراف", "معلم", "معلمة", "تاجر", "مشرف", "فني", "مراقب", "وسيط", "صيدلاني", "صيدلانية", "مفتش",
             "موثق")
# The steps of a court affair a when-question asks the day of, each by the words news tells it with (written whole, folded
# where used; a verb's glued pronoun and a noun's clitics are read off): the arrest, the verdict, the release. A sentence
# telling another step and not the one asked dates that other step ("قضت المحكمة يوم … بسجن مدير وكالة" for "متى اعتقل
# مدير الوكالة؟"; akhbar.qa.court_steps, round 38). Not the appeal ("محكمة الاستئناف" names a court). The referral to
# trial is a step of its own (round 39): "متى أحيل … إلى المحاكمة؟" is not answered by the verdict's day.
COURT_STEPS = (
    ("اعتقل", "اعتقلت", "يعتقل", "تعتقل", "اعتقال", "قبض", "القبض", "يقبض", "تقبض", "قبضت", "أوقف", "أوقفت", "يوقف", "توقيف",
     "احتجز", "احتجزت", "يحتجز", "احتجاز", "أوقفته", "اعتقلته"),
    ("حكم", "حكمت", "يحكم", "الحكم", "حكماً", "قضت", "قضى", "تقضي", "يقضي", "عاقبت", "عاقب", "سجن", "بسجن", "السجن",
     "حبس", "بحبس", "الحبس", "أدان", "أدانت", "أدين", "إدانة", "إدانته", "برأت", "براءة", "تبرئة", "تغريم", "غرامة"),
    ("أفرج", "أفرجت", "يفرج", "تفرج", "الإفراج", "إفراج", "سراح", "سراحه"),
    ("أحيل", "أحيلت", "أحال", "أحالت", "يحال", "تحال", "يحيل", "تحيل", "إحالة", "الإحالة", "أحالته", "إحالته"),
)


# --- life events and disclosure ----------------------------------------------------------------------

# Life events a where-question asks the place of ("أين ولد"، "أين توفي"، "أين دفن"), each with the words
# news tells it by (verb, verbal noun, "مواليد"، "مسقط رأسه"): the answer's sentence, or one beside it, must
# tell that event (akhbar.qa.decide), not only name a place of the person (the country of an appointment).
LIFE_EVENTS = (
    ("ولد", "ولدت", "يولد", "مولد", "مولده", "مواليد", "ميلاد", "ميلاده", "مسقط"),
    ("توفي", "توفيت", "يتوفى", "وفاة", "وفاته", "مات", "ماتت", "موت", "رحل", "رحيل", "رحيله"),
    ("دفن", "دفنت", "يدفن", "مدفن", "ضريح", "يرقد"),
)

# The kin a who-question asks by ("من هو والد X"، "ما اسم والد X"): a person's lineage names the father
# after "بن" with no such word (akhbar.qa.nasab).
FATHER_WORDS = ("والد", "الوالد")

# Verbs of making known: after "لم" / "لن" (active or passive: "لم تُعلن القيمة"، "لم يُكشف عن عدد…") with
# the question's own noun right after, the archive says the asked thing is not known, which is no answer
# to "كم بلغت القيمة" (akhbar.qa.decide.undisclosed).
DISCLOSE_VERBS = ("يعلن", "تعلن", "يكشف", "تكشف", "يفصح", "تفصح", "يحدد", "تحدد", "يعرف", "تعرف", "يتضح", "تتضح")


# --- domains -----------------------------------------------------------------------------------------

# A question may ask for one side of a story ("النتائج الاقتصادية للتعاون"): the adjective that names
# the domain, and words that tell a sentence of that domain. A list answer leaves out a point that
# speaks only of another domain ("63 ألف عسكري" is no economic result).
DOMAINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "economic": (
        ("اقتصادي", "اقتصادية", "الاقتصادي", "الاقتصادية", "اقتصاديا", "اقتصاديًا", "التجارية", "المالية"),
        ("اقتصاد", "الاقتصاد", "استثمار", "استثمارات", "عقد", "عقدا", "عقداً", "صفقة", "شركة", "الشركة", "تجارة",
         "تجاري", "التجاري", "تصدير", "صادرات", "استيراد", "واردات", "مورد", "موردي", "دولار", "مليار", "إنتاج",
         "الإنتاج", "نفط", "النفط", "غاز", "الغاز", "القمح", "الفوسفات", "أسهم", "السوق", "مالي", "تمويل", "أسعار",
         "ميزانية", "ضرائب", "قروض", "ديون", "مصنع", "مصانع", "تعدين", "مناجم", "طاقة"),
    ),
    "military": (
        ("عسكري", "عسكرية", "العسكري", "العسكرية", "عسكريا", "عسكريًا", "الحربية", "الأمنية"),
        ("عسكري", "عسكريا", "عسكرياً", "الجيش", "جيش", "قوات", "القوات", "جنود", "جندي", "غارات", "غارة", "قصف",
         "الدفاع", "هجوم", "معارك", "أسلحة", "سلاح", "الحربية", "حربية", "طائرات", "القاعدة", "قاعدة", "العمليات",
         "الضربات", "صواريخ", "مقاتلين", "الأسطول"),
    ),
    "political": (
        ("سياسي", "سياسية", "السياسي", "السياسية", "سياسيا", "سياسيًا", "الدبلوماسية", "الدبلوماسي"),
        ("سياسي", "سياسة", "دبلوماسي", "الدبلوماسية", "انتخابات", "البرلمان", "برلمان", "الحكومة", "حكومة",
         "معاهدة", "مفاوضات", "سفارة", "وزير", "الوزراء", "حزب", "دستور", "مجلس"),
    ),
}


# --- causes ----------------------------------------------------------------------------------------

# What opens a cause (the cause follows to the clause's end: "… بسبب العاصفة"، "وعزت الهيئة الحادث إلى …"): a why
# question's answer (akhbar.qa.roles.cause_span).
CAUSE_MARKERS = (
    "بسبب", "نتيجة", "نتيجة ل", "إثر", "اثر", "بفعل", "جراء", "من جراء", "لأن", "لان", "بعد أن", "بداعي",
    "بحجة", "لكون", "بسبب أن", "نظرا ل", "نظرا إلى", "عزا", "عزت", "عزي", "يعود إلى", "تعود إلى", "يرجع إلى",
    "ترجع إلى", "يعزى إلى", "تعزى إلى",
    # a protest's cause: "استقال … احتجاجاً على تقليص ميزانية الفريق" answers why he resigned (round 34)
    "احتجاجاً على", "احتجاجا على",
)
# The ones a question gives its own event a cause by, a noun after them ("كم رحلة ألغيت بسبب العاصفة؟"; akhbar.qa.
# asked_cause). Not "إثر": folded it is "أثر", to influence ("ما التطورات التي أثر فيها العلماء …؟"), and it often only
# means "after"; "لأن" / "بعد أن" open a clause, no noun to hold.
CAUSE_NOUN_MARKERS = ("بسبب", "جراء", "بفعل", "نتيجة")
