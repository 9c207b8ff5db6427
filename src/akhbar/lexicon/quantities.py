"""Numbers, units and quantities: the words around a number that give it a unit, a bound or a rank.

What belongs here: units of time and measure, durations, duals, bounds and approximations before a number,
ordinals, scores in goal words, fractions, the words that only frame a number, and shares of a whole
(akhbar.numbers, akhbar.values, akhbar.date_rules, the claim checker's number slots).
"""

from __future__ import annotations

# --- units and approximations around numbers ---------------------------------------------------------
TIME_UNITS = ("يوم", "ايام", "يومين", "ساعه", "ساعات", "ساعتين", "دقيقه", "دقايق", "ثانيه", "ثواني", "اسبوع", "اسابيع",
              "شهر", "اشهر", "شهور", "سنه", "سنوات", "سنين", "عام", "اعوام", "قرن", "قرون", "عقد", "عقود", "ليله", "ليال")
MEASURE_UNITS = ("كيلومتر", "كيلومترات", "كلم", "كم", "متر", "امتار", "سنتيمتر", "ميل", "اميال", "طن", "اطنان",
                 "كيلوغرام", "كيلوجرام", "كغ", "غرام", "دولار", "دولارات", "ريال", "ريالات", "جنيه", "يورو", "درهم",
                 "دينار", "درجه", "درجات", "هكتار", "برميل", "براميل", "ميغاواط", "لتر")

# What each unit of measure measures: two counts of two of these are two facts, never one changed ("على عمق عشرة
# كيلومترات" / "بقوة عشر درجات": a quake's depth is no magnitude), whatever their numbers.
MEASURE_DIMENSIONS = {
    "length": ("كيلومتر", "كيلومترات", "متر", "أمتار", "سنتيمتر", "ميل", "أميال"),
    "weight": ("طن", "أطنان", "كيلوغرام", "كيلوجرام", "غرام"),
    "money": ("دولار", "دولارات", "ريال", "ريالات", "جنيه", "يورو", "درهم", "دينار"),
    "degree": ("درجة", "درجات"),
    "area": ("هكتار",),
    "volume": ("برميل", "براميل", "لتر"),
    "power": ("ميغاواط",),
}

# The word after a count that opens what the count is of or goes to ("و99 فرداً على وسام كذا، وثلاثة أعضاء على وسام
# كذا"; "5 قتلى في حلب و3 في إدلب"): a sentence that lists several such pairs gives each count its own thing
# (akhbar.verify_items ``thing_of_another_item``).
ITEM_PREPOSITIONS = ("على", "في")

# Nouns of what a thing measures, each with its own value ("يبلغ طوله 900 متر وعرضه 24 متراً"): a value the
# sentence writes after one of them is not the other's (akhbar.verify_items ``value_of_another_measure``).
MEASURED_ATTRIBUTES = ("طول", "عرض", "ارتفاع", "عمق", "مساحة", "وزن", "قطر", "سماكة", "سمك", "حجم", "سعة")

# What a cost is asked by ("كم كلف المشروع؟"، "كم بلغت كلفة الجسر؟"، "ما تكلفة …") and the money it is counted in, folded
# word starts ("دينار" of "دينارا"، "دنانير"): a count of buses or days is no cost (akhbar.qa.cost). A fine is money
# too ("كم غرامة فرضت المحكمة على …؟": a prison term of the same verdict is no fine; round 35).
COST_WORDS = ("كلف", "كلفت", "تكلف", "يكلف", "تكلفت", "كلفة", "تكلفة", "تكاليف", "الكلفة", "التكلفة", "التكاليف",
              "غرامة", "الغرامة", "غرامات")
# How a fine is told, folded starts of words without their clitics ("غرمت"، "وتغريمه"، "بغرامة"): a sum the sentence tells
# with no word of a fine (a sum to return, "وإلزامها برد 380 ألف دينار") is no fine (akhbar.qa.cost, round 41). Not
# "غرام" alone: a gram.
FINE_STARTS = ("غرم", "تغريم", "غرامة")

# A deed of the things or people counted and its opposite (akhbar.qa.asked_detail.told_the_opposite_deed, round 45): "كم
# أسرة عادت إلى قرى الهور؟" is not answered by "320 أسرة … غادرت قرى الهور", nor "كم معصرة أغلقت أبوابها؟" by "وتعمل في
# جنين 41 معصرة" (held out 31). Each pair: (the deed, its opposite), both ways.
OPPOSITE_COUNT_DEEDS = (
    (("عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون", "رجع", "رجعت", "رجعوا", "يرجع", "ترجع", "عودة"),
     ("غادر", "غادرت", "غادروا", "يغادر", "تغادر", "يغادرون", "نزح", "نزحت", "نزحوا", "ينزح", "فر", "فرت", "فروا", "هجر",
      "هجرت", "رحل", "رحلت", "رحلوا")),
    (("أغلق", "أغلقت", "يغلق", "تغلق", "أغلقوا", "إغلاق", "توقف", "توقفت", "يتوقف", "تتوقف"),
     ("يعمل", "تعمل", "يعملون", "افتتح", "افتتحت", "فتح", "فتحت")),
)

# A thing found, as a question writes it ("الرقم المكتشفة في لكش") and as news tells the finding ("عثرت البعثة على 140 رقيماً"،
# "أعلنت … اكتشافاً جديداً للغاز"): a rare participle held by any word of the finding (akhbar.qa.rare, round 45; held out
# 30's three questions on the tablets and the gas abstained naming "المكتشفة"). Not "تعثر", a stumble too.
FOUND_PARTICIPLES = ("مكتشف", "مكتشفة", "مكتشفات", "مكتشفين", "معثور")
FINDING_WORDS = ("عثر", "عثرت", "عثروا", "يعثر", "عثور", "العثور", "اكتشف", "اكتشفت", "اكتشفوا", "يكتشف", "تكتشف", "اكتشاف",
                 "اكتشافا", "اكتشافات")

# Coins, a currency's hundredth or thousandth part ("بسعر 240 فلساً للسهم"): money to ask (akhbar.qa.cost), not in
# MONEY_WORDS, whose currencies a timeline names as topics.
COIN_WORDS = ("فلس", "فلوس", "قرش", "قروش", "هللة", "هللات", "سنت", "سنتات", "مليم", "بيسة", "بيسات")

# How ask reads a how-many question that counts no noun by the measure its verb or noun asks (akhbar.qa.asked_measure,
# round 45): how long a thing lasts ("كم تستمر الحملة؟": a span of time, not the children it targets), a sum raised or
# paid ("كم جمعت الشركة من طرحها؟": money, not the offer's cover "4.3 مرات" nor a price "للسهم"), a price ("سعر"، not
# "سعر الفائدة", a rate: no weight, share or multiple of the thing priced).
LASTING_VERBS = ("استمر", "استمرت", "يستمر", "تستمر", "دام", "دامت", "يدوم", "تدوم", "استغرق", "استغرقت", "يستغرق",
                 "تستغرق")
SUM_VERBS = ("جمع", "جمعت", "يجمع", "تجمع", "دفع", "دفعت", "يدفع", "تدفع", "انفق", "انفقت", "ينفق", "تنفق", "ربح", "ربحت",
             "يربح", "تربح", "خسر", "خسرت", "يخسر", "تخسر", "اقترض", "اقترضت", "يقترض", "تقترض")
PRICE_WORDS = ("سعر", "بسعر", "السعر", "اسعار", "الاسعار")
PRICE_OF_A_RATE = ("الفائدة", "الفايده", "الصرف", "الخصم", "الاقراض", "الإقراض")
# A past period the question names ("في الموسم السابق"، "في الصيف الماضي"): the period's noun and the words telling it past.
PERIOD_NOUNS = ("موسم", "الموسم", "عام", "العام", "سنة", "السنة", "صيف", "الصيف", "شتاء", "الشتاء", "ربيع", "الربيع",
                "خريف", "الخريف", "شهر", "الشهر", "اسبوع", "الأسبوع", "الاسبوع")
PAST_PERIOD_WORDS = ("الماضي", "الماضية", "السابق", "السابقة", "الفائت", "الفائتة", "المنصرم", "المنصرمة")

MONEY_WORDS = ("دولار", "دينار", "دنانير", "ريال", "جنيه", "يورو", "درهم", "دراهم", "ليرة", "ليرات", "روبل", "يوان",
               "ين", "استرليني", "إسترليني", "فرنك", "شيكل", "روبية")

# Units of a size that stays put (a length, a weight, an area, a span of time), not of a price or a share, which rise
# and fall: "تصل حمولتها إلى 200 ألف طن" is the load, "وصل السهم إلى 35 ريالاً" a rise (rewording.LIGHT_VERBS "reaches").
SIZE_UNITS = ("كيلومتر", "كيلومترات", "كلم", "كم", "متر", "أمتار", "ميل", "أميال", "طن", "أطنان", "كيلوغرام",
              "كيلوجرام", "كغ", "هكتار", "يوم", "أيام", "يومين", "ساعة", "ساعات", "أسبوع", "أسابيع", "شهر", "أشهر",
              "شهور", "سنة", "سنوات", "عام", "أعوام")

# A duration named by its unit alone after "لمدة" / "مدة" / "لفترة", in days: "لمدة شهر" (30), "لمدة أسبوعين" (14).
# With a number before it ("ثلاثة أشهر") it is a count of that unit instead.
DURATION_WORDS = {"ساعة": 1 / 24, "ساعتين": 2 / 24, "يوم": 1, "يومين": 2, "أسبوع": 7, "أسبوعين": 14, "شهر": 30,
                  "شهرين": 60, "سنة": 365, "سنتين": 730, "عام": 365, "عامين": 730,
                  # (and the duals as a subject's: "برنامج مدته عامان")
                  "ساعتان": 2 / 24, "يومان": 2, "أسبوعان": 14, "شهران": 60, "سنتان": 730, "عامان": 730}
# (an offset by its unit alone is a length too: "بعد شهر من الانفجار", "قبل عام من انطلاق البطولة" name one month, one
# year; read as no value, held out 10's "استقالت الحكومة بعد شهر من الانفجار" was supported by "بعد ستة أيام")
# A unit in the plural with no number is a vague length of that unit ("بعد ساعات من الموافقة" = some hours later): two
# of other units differ ("بعد أيام" is not "بعد ساعات"; held out 18's "بدأت الغارات بعد أيام من موافقة …" was supported
# by "بعد ساعات من موافقة …"), while a vague length and a stated one ("بعد أيام" / "بعد ستة أيام") decide nothing.
# Adjectives a span of time takes before the event it counts from ("بعد سنوات قليلة من تقاعده", "قبل أيام معدودة من"):
# no event of their own (akhbar.event_order reads the event after them).
SPAN_QUALIFIERS = ("قليلة", "قليل", "قلائل", "عدة", "طويلة", "طويل", "قصيرة", "قصير", "معدودة", "معدودات", "معدود")
VAGUE_DURATION_WORDS = {"ساعات": 1 / 24, "أيام": 1, "أسابيع": 7, "أشهر": 30, "شهور": 30, "سنوات": 365, "أعوام": 365}
# A noun's own length, after the noun ("دبلوماً مدته عام، وماجستيراً مدته عامان": each program keeps its own; the lead's
# real news, round 41, had one program's length lent to the other supported at 0.95; akhbar.verify_items).
LENGTH_OF_WORDS = ("مدته", "مدتها", "ومدته", "ومدتها")
DURATION_BEFORE = ("لمدة", "مدة", "لفترة", "طوال", "بعد", "وبعد", "قبل", "وقبل", "عقب", *LENGTH_OF_WORDS)
# Words of "within" before a length: only a dual after them is one ("خلال يومين" = within two days, not "خلال أسبوعين";
# the lead's real news, round 42, had the one supported for the other at 0.86), as a unit alone after them is a time
# ("خلال شهر مارس", "خلال العام").
DURATION_WITHIN = ("خلال", "وخلال", "غضون", "بغضون")
# A length of time as a delay ("بعد ثلاثة أيام", "قبل أسبوعين": when, counted from another time) and as a span ("خلال
# ثلاثة أيام", "لمدة أسبوعين", "على مدى عام": how long): one is no other ("أنجزت الشركة المشروع خلال ثلاثة أيام" tells no
# "بعد ثلاثة أيام"; verify54's round-42 find, supported at 0.95; akhbar.verify_days.delay_told_as_span). Words a number
# may stand behind as well: an approximation, "مرور" ("بعد مرور ثلاثة أيام").
DELAY_WORDS = ("بعد", "وبعد", "عقب", "وعقب", "قبل", "وقبل")
SPAN_OF_WORDS = ("خلال", "وخلال", "غضون", "بغضون", "لمدة", "ولمدة", "مدة", "طوال", "طيلة", "مدى", "لفترة")
LENGTH_LEADS = ("مرور", "انقضاء", "نحو", "قرابة", "حوالي", "زهاء")
# Verbs of a deed that came late, whose length of time is the delay, not how long the deed took ("تأخر إقلاع الرحلة
# ثلاث ساعات" / "استغرقت الرحلة ثلاث ساعات": round 44's held out, now dev, supported at 0.87); the verbs of lasting are
# lexicon.LIGHT_VERBS["lasted"] (verify_days reads the nearest of either before the length, within its clause).
DELAYING_VERBS = ("تأخر", "تأخرت", "يتأخر", "تتأخر", "تأخروا", "تأجل", "تأجلت", "يتأجل", "تتأجل")

# Duals of nouns news counts, by their singular: a dual is a count of two ("سجل هدفين" is not "سجل هدفاً"),
# so the claim checker never links it to its singular. Only duals no plural is spelt like ("لاعبين" is also
# "players"; "هدفاً" folds to "هدفا", so that form is left out).
DUAL_NOUNS = {
    "هدف": ("هدفان", "هدفين", "هدفي"), "شخص": ("شخصان", "شخصين"), "مرة": ("مرتان", "مرتين"),
    "لقب": ("لقبان", "لقبين", "لقبي"), "طفل": ("طفلان", "طفلين"), "قتيل": ("قتيلان", "قتيلين"),
    "جندي": ("جنديان", "جنديين"), "دولة": ("دولتان", "دولتين"), "مباراة": ("مباراتان", "مباراتين"),
    "صاروخ": ("صاروخان", "صاروخين"), "طائرة": ("طائرتان", "طائرتين"), "سفينة": ("سفينتان", "سفينتين"),
    "يوم": ("يومان", "يومين"), "أسبوع": ("أسبوعان", "أسبوعين"), "شهر": ("شهران", "شهرين"),
    "عام": ("عامان", "عامين"), "ساعة": ("ساعتان", "ساعتين"), "مسجد": ("مسجدان", "مسجدين"),
}

# Before a number: "أكثر من 200", "نحو 300 ألف". A bound ("أكثر من ثلاثين", "ما يزيد على 400", "أقل من عشرة")
# is met by an approximate count on its side of it: "نحو أربعين" does not contradict "أكثر من ثلاثين"; an exact
# "90" against "أكثر من 63" still does (value_compare.meets_bound).
MORE_THAN = ("اكثر", "يزيد", "تزيد", "يربو", "تربو", "ازيد", "يتجاوز", "تتجاوز", "تجاوز", "يفوق", "تفوق", "تخطي", "يتخطي",
             "تتخطي", "تخطت")
LESS_THAN = ("اقل", "يقل", "تقل", "دون")
# What a verb of exceeding (BOUNDS_APART) bounds from afar: the count's own noun right after it ("تجاوز عدد قتلى
# الزلزال … 50 ألفاً": more than 50 thousand; negated, at most; akhbar.values); any other word after the verb leaves it
# to its object ("تجاوز الفريق منافسه بثلاثة أهداف" bounds no count).
EXCEEDED_SUBJECTS = ("عدد", "أعداد", "حجم", "قيمة", "نسبة", "معدل", "إجمالي", "حصيلة", "مجموع")
# After a count and its noun: the count is a bound, at least it ("نفق ثلاثمئة رأس على الأقل" = "ما لا يقل عن ثلاثمئة رأس"),
# read as "more", as "ما لا يقل عن" is (akhbar.values).
AT_LEAST_AFTER = ("على الأقل",)
MORE_LESS = MORE_THAN + LESS_THAN
APPROXIMATORS = ("نحو", "حوالي", "قرابه", "زهاء", "تقريبا", "يقارب")

# The words after "من" that make the number after them a total, of which the count told before is a part ("نجح 40 طالباً
# من أصل 100 طالب"; akhbar.values). Folded, as MORE_THAN.
WHOLE_OF = ("اصل", "اجمالي", "مجموع")

# The words that make the number after them the one replaced ("رُفع السن إلى 62 بدلاً من 60": 60 was, 62 is; "بدل",
# "عوضاً عن"; akhbar.values). Folded, as MORE_THAN.
INSTEAD_OF = ("بدلا", "بدل", "عوضا")

# The words of a value's bound that belong to it ("أكثر من 400", "ما يزيد على 400"; akhbar.values).
BOUND_LINKS = ("من", "على", "عن")

# After a word of a rise or a fall, the number a move is "by" ("ارتفع التضخم بنسبة 5%": the change) and the one it is
# "to" ("ارتفع التضخم إلى 5%": the level reached) are two facts; read as one value, each claim was supported by the
# other (0.95, round 24). akhbar.values.Value.move.
MOVE_BY = ("بنسبة", "بمقدار", "بواقع")
MOVE_TO = ("إلى", "الى")
# The verbs of the level a move reaches, with the ل of its result ("ارتفع … بنسبة 10% ليبلغ 40%", "… لتصل إلى 45%"):
# a number after one, or after its "إلى", is the level, however far the move's word is (a claim of a rise "بنسبة 45%"
# was supported by "بنسبة 5% لتصل إلى 45%" at 0.93, the lead's round 30 probe).
MOVE_TO_VERBS = ("ليصل", "لتصل", "ليبلغ", "لتبلغ", "ليستقر", "لتستقر", "ليسجل", "لتسجل")
# The verbs that give a number as a level, with no move before it ("بلغ عدد السياح هذا العام مئتي ألف", "وصل عدد
# المصابين إلى 300"): the level, "to", never a change "بمقدار" the same number (round 37's held out: "ارتفع عدد السياح
# … بمقدار مئتي ألف" supported "بلغ عدد السياح … مئتي ألف" at 0.94). With "و" / "ف" before them too (akhbar.values).
LEVEL_VERBS = ("بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل")

# A proclitic و / ب / ل glued to a number word is read with it ("بخمسة أيام", "وعشرون", "لثلاثة", "قبل ذلك بست
# سنوات"), but for whole words that are another word far more often: "لست" is "I am not", not "for six", and "وست"
# begins names ("وست هام") as often as it says "and six" (akhbar.numbers).
NOT_GLUED_NUMBERS = ("لست", "وست")


# Words that add one more count to a list of counts, as "و" does ("ثلاث سيارات إسعاف، إضافة إلى خمس حافلات"): the
# count after them leads the words of its own thing (verify_clauses.value_of_another_phrase).
COUNT_JOINERS = ("إضافة إلى", "بالإضافة إلى", "فضلا عن", "فضلاً عن", "علاوة على")


# --- ranks, scores and fractions ---------------------------------------------------------------------

# Ordinal words, masculine and feminine, as the place they give ("المركز الرابع", "اللقب الثالث",
# "خامس جهة"): two ordinals of the same noun that differ are a conflict (verify).
ORDINALS = {w: n for n, forms in enumerate((
    ("أول", "الأول", "الأولى", "أولى"), ("ثاني", "ثانٍ", "الثاني", "الثانية", "ثانية"), ("ثالث", "الثالث", "الثالثة", "ثالثة"),
    ("رابع", "الرابع", "الرابعة", "رابعة"), ("خامس", "الخامس", "الخامسة", "خامسة"), ("سادس", "السادس", "السادسة"),
    ("سابع", "السابع", "السابعة"), ("ثامن", "الثامن", "الثامنة"), ("تاسع", "التاسع", "التاسعة"),
    ("عاشر", "العاشر", "العاشرة")), 1) for w in forms}

# A win without a goal against (a clean sheet): "بهدفين دون رد" / "بهدفين نظيفين" is the score 2-0, "بهدف نظيف"
# 1-0 (values.py reads it as a score). Goals counted by the noun alone ("بهدف", "بهدفين"), or by a number
# before "أهداف" ("بثلاثة أهداف نظيفة").
GOALS_BY_NOUN = {"هدف": 1, "هدفين": 2}

# A result in goal words ("بثلاثة أهداف لهدف", "بهدفين مقابل هدف"): the counted noun after a number, and the words
# between the two counts (a ل glued to the second count joins them too).
GOALS_COUNTED = ("أهداف", "اهداف", "هدفا", "هدفاً")
SCORE_AGAINST = ("مقابل",)
# Words setting one count against another ("بلغت نسبة النجاح 91.3 في المئة مقابل 89.7 في المئة في امتحانات 2024"): none
# is the first count's noun, and a year after the second dates the second (akhbar.qa.how_many, round 36).
COUNT_AGAINST = ("مقابل", "مقارنة", "بالمقارنة")
# A league tally ("ورفع رصيده إلى 52 نقطة"): its nouns, the word of "his tally", and the words the other side of the
# match stands right after ("تغلب الوداد على ضيفه الرجاء"، "تعادل الزمالك مع بيراميدز"، "خسر الوحدات أمام الرمثا"): the
# tally is the side told first, the one doing the verb, never that one's (akhbar.qa.team_points, round 35).
POINT_NOUNS = ("نقطة", "نقاط", "نقطه")
# The times a side won ("للمرة الثانية"، "أربع مرات"): told of the side doing the verb, like its tally (akhbar.qa.team_points,
# round 41).
TIMES_NOUNS = ("مرة", "مرات", "مره")
OWN_TALLY = ("رصيده", "رصيدها", "ورصيده", "ورصيدها", "برصيده", "برصيدها")
OTHER_SIDE_BEFORE = ("على", "أمام", "مع", "ضد", "ضيفه", "ضيفها", "مضيفه", "مضيفها", "منافسه", "منافسها", "غريمه",
                     "غريمها", "نظيره", "نظيرها")
CLEAN_SHEET = ("نظيف", "نظيفين", "نظيفة", "نظيفه", "دون رد", "بدون رد", "من دون رد", "مقابل لا شيء")
# The words after a goal's noun that make it the winner's ("وسجل المهاجم X هدف الفوز"): a sentence naming no side is of
# the side that won, not of the one its article tells beaten (akhbar.qa.team_goal, round 42).
WINNING_GOAL = ("الفوز", "الوحيد", "الترجيح")

# Fractions in words and the units that give them a value: "نصف قرن" = 50 years, "ربع مليون" = 250000.
FRACTIONS = {"نصف": 0.5, "ثلث": 1 / 3, "ربع": 0.25, "خمس": 0.2, "ثلثي": 2 / 3, "ثلثا": 2 / 3, "ثلاثة أرباع": 0.75}
FRACTION_UNITS = {"قرن": 100, "القرن": 100, "عقد": 10, "العقد": 10, "مليون": 10**6, "مليار": 10**9, "ألف": 1000,
                  "ساعة": None, "الساعة": None, "سنة": None, "عام": None, "الكمية": None}

# An age as news tells it (wordfacts.age_follows): "عن عمر يناهز 76 عاماً", "وكان عمره عند وفاته 96 عاماً" (about, at
# the time of); the value carries it, and "عمر" before it is no name (rewording.LIGHT_VERBS "age").
AGE_APPROXIMATORS = ("يناهز", "ناهز")
AGE_UNITS = ("عام", "عاما", "سنة", "سنوات", "سنين", "أعوام")
AGE_WHEN = ("عند", "حين", "لدى", "وقت")

# Words that only frame a number or date ("عام 2015", "أكثر من 63 ألف"); the value carries the meaning.
FRAME_WORDS = ("عام", "عامي", "سنة", "سنتي", "العام", "السنة", "عاما", "سنوات", "أعوام", "حوالي", "نحو", "قرابة",
               "أكثر", "أقل", "ما", "يقارب", "تقريباً", "بنسبة", "نسبة", "بين", "من", "إلى", "حتى", "منذ", "في", "يوم", "شهر",
               "بنتيجة",  # ("بنتيجة 3-2": with a score of)
               # (throughout, before a span: "طوال تلك المدة"; read as a word it was taken for a name, and a true
               # sentence of dev 28 was replaced: "name طوال ≠ غيفن")
               "طوال", "طيلة",
               # (an approximator with its ب: "قدرت الاستثمارات بحوالي 500 مليار"; dev 32's true sentence was dropped)
               "بحوالي", "بنحو", "بقرابة",
               *AGE_APPROXIMATORS)

# What a sentence may put before or inside a phrase the claim copies, changing what it says (verify_routes.copy_break):
# a share of a whole ("نصف الجيش"، "خمس السكان" are not "الجيش"، "السكان").
QUANTIFIERS = ("نصف", "ثلث", "ربع", "خمس", "بعض", "معظم", "أغلب", "غالبية", "أكثرية", "أقلية", "جل")

# What makes a claim tell a deed of the whole of a group: a word before its noun ("جميع اللاعبين", "كل سكان القرية",
# "كافة المحلات") or after it ("اللاعبين جميعهم", "المحلات كافة", "السكان قاطبة"). A sentence that names the group
# without one of them ("أصيب ثلاثة من لاعبي الفريق", "أغلقت البلدية عدداً من المحلات") does not tell it of every
# member (verify_parties.whole_unsaid; the lead's round-30 and round-33 probes, supported by the refit of round 33).
WHOLE_BEFORE = ("جميع", "كل", "كافة", "عموم")
WHOLE_AFTER = ("كافة", "جميعا", "جميعاً", "جميعهم", "جميعهن", "جميعها", "كلهم", "كلهن", "كلها", "كله", "قاطبة",
               "بأكمله", "بأكملها", "بأكملهم", "برمته", "برمتها", "بالكامل")

# Nouns of a group told by what it is of, after "من" ("مجموعة من القرود", "عدد من الأطباء"): the thing after
# "من" is what the group is (verify_two_deeds.group_of_another).
GROUP_NOUNS = ("مجموعة", "مجموعات", "عدد", "فئة", "فئات", "عينة", "فريق", "آلاف", "مئات", "عشرات", "كثير", "العديد")

# Counts in words that open a verb's doer ("تظاهر آلاف الطلاب", "تسلل عشرات المسلحين"): after a first word that may be
# a past or its verbal noun, they make it the past (verify_deeds.told_done).
CROWD_COUNTS = ("عشرات", "مئات", "آلاف", "ألوف", "ملايين", "العشرات", "المئات", "الآلاف", "الملايين")

# Words that give a number as what a place holds, not as how many came ("يتسع الملعب لأربعين ألف متفرج", "قاعة بسعة
# ألف مقعد", "طاقته الاستيعابية خمسون ألفاً"): a claim that counts those present by it ("حضر أربعون ألف متفرج") is not
# told it (verify_capacity.value_as_capacity; round 32's held out supported it at 0.93, the sentence's own attendance
# another count).
CAPACITY_WORDS = ("يتسع", "تتسع", "اتسع", "اتسعت", "يستوعب", "تستوعب", "استوعب", "استوعبت", "سعة", "بسعة", "سعته",
                  "سعتها", "الاستيعابية", "استيعابية", "استيعاب")
# Verbs of dwelling: a plan of how many will live in a place ("ومن المقرر أن يسكن المدينة خمسة ملايين") is the place's
# planned capacity ("على أن تستوعب المدينة في النهاية خمسة ملايين نسمة"), not a count of those who came (dev 32's drop;
# verify_capacity.value_as_capacity).
DWELLING_VERBS = ("يسكن", "تسكن", "يسكنها", "يسكنه", "يقطن", "تقطن", "يقطنها", "يقيم", "يعيش")

# Words that give a number as those who signed up, were invited or are expected, not as those who took part ("بلغ
# عدد المسجلين ثلاثة آلاف عداء", "سجل ألفا عداء أسماءهم للمشاركة", "دعت اللجنة مئة دولة"): a claim that counts
# those who took part by it ("شارك ألفا عداء") is not told it (verify_capacity.value_before_taking_part; this round's
# dev probe, supported at 0.84–0.91; round 33's Next: "a participation count"), nor those who vote by it (the passive
# "دعي أربعة ملايين ناخب إلى صناديق الاقتراع" supported "اقترع أربعة ملايين ناخب" at 0.90: round 35's held out). The
# claim's verbs of taking part: TAKING_PART_VERBS. (Not "يدعى": "is called", and "يدعي": "claims".)
SIGNED_UP_WORDS = ("سجل", "سجلت", "سجلوا", "تسجيل", "تسجل", "تسجلت", "مسجل", "مسجلا", "مسجلة", "مسجلين", "المسجل",
                   "المسجلين", "المسجلون", "المسجلة", "مدعو", "مدعوين", "المدعوين", "المدعوون", "دعا", "دعت", "دعوا",
                   "دعوة", "دعي", "دعيت", "متوقع", "المتوقع", "يتوقع", "ويتوقع", "توقع", "توقعت", "منتظر", "المنتظر",
                   "مرتقب", "المرتقب")
TAKING_PART_VERBS = ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "حضر", "حضرت", "حضروا", "يحضر", "تحضر", "تنافس",
                     "تنافست", "تنافسوا")

# A stage before the deed the claim counts (round 34's held out, verify46's Next 1, supported at 0.81–0.84): those who
# may vote ("يحق لنحو مليوني ناخب الإدلاء بأصواتهم", "عدد المسجلين في القوائم") are no count of those who voted, those
# who applied ("تقدم ثمانية آلاف طالب بطلبات للالتحاق", "عدد المتقدمين") none of those admitted, hired or granted
# (verify_capacity.value_before_the_deed). Each pair: the claim's verbs of the deed done, the sentence's words of the
# stage before it (with SIGNED_UP_WORDS for the vote). "قبل" is also "before": read only with a count the sentence gives
# after a word of applying, while the claim says no such word.
VOTING_VERBS = ("صوت", "صوتت", "صوتوا", "يصوت", "تصوت", "اقترع", "اقترعت", "اقترعوا", "أدلى", "أدلت", "أدلوا", "انتخب",
                "انتخبت", "انتخبوا")
ELIGIBLE_WORDS = ("يحق", "المؤهلين", "مؤهلين", "المؤهلون")
ADMITTED_VERBS = ("قبل", "قبلت", "قبلوا", "قبول", "التحق", "التحقت", "التحقوا", "يلتحق", "عين", "عينت", "عينوا", "تعيين",
                  "وظف", "وظفت", "توظيف", "منح", "منحت", "منحوا", "حصل", "حصلت", "حصلوا", "انضم", "انضمت", "انضموا")
APPLIED_WORDS = ("تقدم", "تقدمت", "تقدموا", "يتقدم", "المتقدمين", "المتقدمون", "متقدم", "متقدمين", "طلب", "طلبات",
                 "بطلبات", "طلبا", "تلقى", "تلقت", "المرشحين", "المرشحون", "مرشح", "مرشحين", "مرشحا")

# A range gives no single value (round 34's held out, verify46's Next 1: "تتراوح أسعار التذاكر بين 20 و80 دولاراً" supported
# "يبلغ سعر التذكرة 80 دولاراً" at 0.67): its verbs, read with "بين X وY" or "من X إلى Y" after them (verify_scope).
RANGE_VERBS = ("يتراوح", "تتراوح", "تراوح", "تراوحت", "تراوحا", "يتفاوت", "تتفاوت", "تفاوت", "تفاوتت")
# A claim word that already tells a part of the range, or a bound, and so no single value: "تبدأ الأسعار من 20".
RANGE_TOLD = ("بين", "من", "إلى", "حتى", "يبدأ", "تبدأ", "يصل", "تصل", "أقل", "أكثر", "أدنى", "أعلى", "أقصى")
# A stake is not the whole (verify46's Next 1: "استحوذت المجموعة على حصة تبلغ 30 في المئة من المصنع" supported
# "استحوذت المجموعة على المصنع" at 0.94): the words of a stake, and the claim's verbs of owning or passing a thing on
# (verify_parties: a thing the claim owns whole that the sentence puts after a stake's "من / في").
STAKE_WORDS = ("حصة", "حصته", "حصتها", "حصص", "أسهم", "سهم", "نسبة", "نسبته", "نسبتها", "المئة", "بالمئة", "المائة",
               "بالمائة", "%")
OWNING_VERBS = ("اشترى", "اشترت", "اشتروا", "يشتري", "تشتري", "شراء", "باع", "باعت", "باعوا", "يبيع", "تبيع", "بيع",
                "استحوذ", "استحوذت", "يستحوذ", "تستحوذ", "استحواذ", "امتلك", "امتلكت", "يمتلك", "تمتلك", "يملك", "تملك",
                "تملكت", "اقتنى", "اقتنت", "ضم", "ضمت")
# Net is not before tax (verify46's Next 1: "صافي أرباح المصرف 200 مليون بعد خصم الضرائب" supported "أرباح المصرف قبل
# الضرائب 200 مليون" at 0.93): a profit word and the marks of its two reckonings (verify_scope; "قبل / بعد" are read
# only a few words before a tax word).
PROFIT_WORDS = ("ربح", "أرباح", "ربحا", "أرباحا", "الربح", "الأرباح", "أرباحه", "أرباحها", "دخل", "الدخل", "دخله", "دخلها")
NET_WORDS = ("صافي", "الصافي", "صافية", "الصافية", "صافيا")
GROSS_WORDS = ("إجمالي", "الإجمالي", "إجمالية", "الإجمالية", "إجماليا")
TAX_WORDS = ("الضرائب", "الضريبة", "ضرائب", "ضريبة", "الزكاة")

# What a count or sum is reckoned over, as news writes it (verify_scope; round 33's held out, supported at 0.86–0.98):
# - per head: a person word after a share's head ("نصيب الفرد"، "متوسط دخل المواطن"، "لكل مواطن") or glued to its ل
#   ("الناتج المحلي للفرد"): not the whole's sum ("بلغ الناتج المحلي اثني عشر ألف دولار");
PER_HEAD_PERSONS = ("الفرد", "المواطن", "الشخص", "النسمة", "فرد", "مواطن", "شخص", "نسمة", "ساكن")
PER_HEAD_GLUED = ("للفرد", "للمواطن", "للشخص", "للنسمة")
PER_HEAD_HEADS = ("نصيب", "حصة", "متوسط", "دخل", "لكل", "معدل")
# - a running total ("ليرتفع العدد الإجمالي إلى ثلاثة آلاف"): the day's new count is not it;
RUNNING_TOTALS = ("الإجمالي", "إجمالي", "الإجمالية", "إجمالية", "الكلي", "الكلية", "مجموع", "المجموع", "حصيلة",
                  "الحصيلة", "التراكمي", "التراكمية")
# - home or away: the word of the ground after "على" / "في" / "بين" is home, after "خارج" away;
HOME_GROUNDS = ("أرضه", "أرضها", "ملعبه", "ملعبها", "جماهيره", "جمهوره", "جماهيرها", "جمهورها", "دياره", "ديارها")
AWAY_WORDS = ("خارج",)
# - boys or girls, men or women (each pair: the masculine word, the feminine; read without ال، لل، ل، و);
GENDER_PAIRS = (("بنين", "بنات"), ("ذكور", "إناث"), ("رجال", "نساء"), ("رجال", "سيدات"), ("طلاب", "طالبات"),
                ("لاعبين", "لاعبات"), ("لاعبون", "لاعبات"), ("شبان", "شابات"), ("طالب", "طالبة"), ("لاعب", "لاعبة"))
# - a span ("بعد مسيرة امتدت ثمانية عشر عاماً") is no age ("اعتزل عن ثمانية عشر عاماً": the age he retired at).
SPAN_WORDS = ("مسيرة", "مسيرته", "مسيرتها", "امتدت", "امتد", "دامت", "دام", "استمرت", "استمر", "طوال", "لمدة", "قضى",
              "قضاها", "قضت", "خدمة", "خدمته", "خدمتها")
AGE_CUES = ("عن", "عمر", "عمره", "عمرها", "سن", "يناهز", "ناهز")

# Words that tie a number to the noun before them ("بتعويض قدره 916 مليون"، "صفقة بقيمة 5 مليارات"،
# "مشروع تبلغ قيمته…"): the number is that noun's, not a later noun's ("… عن خسائر الإغلاق").
NUMBER_TIES = ("قدره", "قدرها", "مقداره", "مقدارها", "قيمته", "قيمتها", "بقيمة", "حجمه", "حجمها")

# What a count of people counts, by the verb or noun telling it: the dead, the injured, the displaced,
# the missing, the detained, the ones who took part. "أودى بحياة 200 شخص، وأصاب ستة آلاف، وشرّد 300
# ألف" holds three counts of people; the question's own word of one family ("كم شخصاً شرده…"، "كم عدد
# المصابين…") asks for the count told with a word of that family. Stems as written (folded by the
# reader), each meeting its word forms by a listed ending ("قتل" → قتلى، قتلوا; "مصاب" → مصابين).
# "ضحايا" and "شخص" belong to no family: they count the dead as often as every victim.
PEOPLE_COUNT_KINDS = {
    # ("مصرع": "لقي أربعة عمال مصرعهم وأصيب اثنا عشر آخرون" — without it the four dead were read as injured, the
    # family of the next word, and "كم عاملا أصيب" was answered "أربعة عمال"; round 24)
    "dead": ("قتل", "قتيل", "قتلى", "مقتل", "أودى", "حتف", "مصرع", "وفاة", "وفيات", "توفي", "موتى"),
    "injured": ("جرح", "جريح", "جرحى", "أصاب", "أصيب", "يصاب", "مصاب", "إصابة", "إصابات"),
    "displaced": ("شرد", "شرّد", "مشرد", "تشريد", "نزح", "نازح", "نزوح", "مهجر", "تهجير"),
    "missing": ("مفقود",),
    "detained": ("اعتقل", "معتقل", "اعتقال", "أسرى", "احتجز", "محتجز"),
    "taking part": ("شارك", "مشارك", "يشارك", "تشارك"),
    # (by their verbs only: "فرق الإنقاذ انتشلت 20 جثة" counts the dead; "أنقذت فرق الدفاع المدني 14 شخصاً، فيما لقي
    # سائق حتفه" answered "كم شخصاً لقي حتفه" with the 14 saved, the lead's round-30 probe)
    "rescued": ("أنقذ", "ينقذ", "تنقذ", "نجا", "ينجو", "ناج", "ناجين", "ناجون", "أجلى", "يجلي", "تجلي"),
    # (held out 41, now dev: cases of recovery counted no infections, "75 حالة شفاء" / "75 إصابة", supported at 0.84)
    "recovered": ("شفاء", "شفي", "تعافى", "متعاف", "تعافي"),
}
# Nouns that count cases of what the word after them names ("75 حالة شفاء", "12 حالة وفاة"): a count's family is that
# word's (akhbar.verify_items).
CASE_NOUNS = ("حالة", "حالات")

# A question's own words for a family that sentences use otherwise: "كم شخصاً فُقد في السيول؟" asks the missing, though a
# sentence's "فقد" is as often "lost his life" ("فقد 11 شخصاً حياتهم") or "ف + قد" (akhbar.qa.counts.asked_kind, round
# 40). Not when the question writes a word of life after it (lexicon.LIFE_LOST_WORDS): "كم شخصاً فقد حياته" asks the dead.
PEOPLE_COUNT_ASKED = {"missing": ("فقد", "فقدوا", "فقدت")}
LIFE_LOST_WORDS = ("حياته", "حياتهم", "حياتها", "أرواحهم", "أرواح", "حياة")

# "Others" after a count: the same kind of thing as a count before it ("قتل 200 شخص وأصيب ستة آلاف آخرون"), no
# counted noun of its own (akhbar.values).
OTHER_ONES = ("آخرين", "آخرون", "آخر", "أخرى", "أخريات")
# ... and their duals ("وأنقذ اثنان آخران"), read by ask alone (akhbar.qa.counts.life_kind_of_unlisted, round 44).
OTHER_TWO = ("آخران", "أخريان")

# Nouns naming one part of an event, whose next word says which ("مباراة الافتتاح"، "الشوط الأول"،
# "الجولة الثالثة"، "حفل الختام"): a count of that part is told by a sentence naming it, not by the
# whole event's total ("سُجل في البطولة 172 هدفاً" for "كم هدفاً سجل في مباراة الافتتاح").
PART_CUES = ("مباراة", "شوط", "جولة", "حفل")

# Words naming a whole competition or its edition ("في كأس العالم 2022"، "في البطولة كلها"): a claim's count there is
# not contradicted by a count the sentence limits to one match ("ثلاثة أهداف في المباراة" / "ثمانية أهداف في كأس
# العالم": the final's three, the tournament's eight; akhbar.align, held out 23).
WHOLE_EVENTS = ("كأس", "الكأس", "كأس_العالم", "بطولة", "البطولة", "المونديال", "مونديال", "الدوري", "دوري", "الموسم",
                "موسم", "النسخة", "الدورة")

# Words of an event's edition, which a question gives an ordinal and the event's name after "من" ("الدورة الثانية من
# ملتقى الاستثمار"): a sentence writing that name with another ordinal ("ملتقى الاستثمار السياحي الثالث") tells another
# edition (akhbar.qa.counts.other_edition, round 33).
EDITION_WORDS = ("دورة", "الدورة", "نسخة", "النسخة", "طبعة", "الطبعة")
# An edition told by its place beside this one ("وكانت الدورة السابقة قد استقطبت نحو 90 ألف زائر"، "النسخة المقبلة"): read
# as an ordinal of its own (the last one -1, the next -2), so this edition's count is not the last one's, nor the last
# one's this edition's (akhbar.qa.counts, round 34). Only after an edition word: "العام الماضي" is a date.
RELATIVE_EDITIONS = {"السابقة": -1, "الماضية": -1, "الفائتة": -1, "المنصرمة": -1, "المقبلة": -2, "القادمة": -2,
                     "التالية": -2}

# Grades an exam gives, and the word that raises one ("ميزة حسن جداً" is no "ميزة حسن"): a count of one grade is no
# count of the other (akhbar.qa.exam, round 37).
GRADE_WORDS = ("مقبول", "مستحسن", "حسن", "جيد", "ممتاز")
GRADE_QUALIFIERS = ("جداً", "جدا")
# Nouns of people whose plural is broken ("أشخاص"، "أطفال"), so their "ين" form is a dual, a count of two with no number
# ("أن شخصين توفيا اختناقاً" for "كم شخصاً توفي …؟"; akhbar.qa.how_many, round 38). Not "لاعب": "لاعبين" is its plural.
PEOPLE_DUALS = ("شخص", "طفل", "رجل", "امرأة", "شاب", "جندي")

# Pronouns that take a part of a count told before ("أصيب 50 شخصاً، توفي منهم 20", "نجا منهم 30"): the verb before
# them opens a clause of its own even after a bare comma, and the whole count is not its count (akhbar.verify_clauses;
# round 26, verify38).
PARTITIVES = ("منهم", "منهن", "منهما", "منها", "بينهم", "بينهن")

# Words after "مباراة" that say which match it is ("مباراة تحديد المركز الثالث", "المباراة النهائية", "مباراة
# الافتتاح"; an ordinal too: "المباراة الأولى"). A claim's bare "المباراة" is the match its answer is about; a
# sentence naming one of these tells its own values of another match (named_matches.another_match).
MATCH_NAMERS = ("تحديد", "نصف", "ربع", "النهائية", "النهائي", "نهائي", "الافتتاح", "الافتتاحية", "افتتاح", "الختام",
                "الختامية", "الذهاب", "الإياب", "دور")

# Two counts of one thing set against each other by their sources ("قدر المنظمون عدد المشاركين بمئة ألف، بينما قالت
# الشرطة إنهم عشرون ألفاً"): each is its teller's count, and a claim that states either as the fact is not told it
# (akhbar.verify_clauses.disputed_count; round 26, verify38). The words that set them against each other, and the
# verbs that give a count as one's estimate (a saying verb does too).
COUNT_DISPUTE_OPENERS = ("بينما", "في حين", "فيما", "لكن", "غير أن", "إلا أن", "مقابل", "بالمقابل")
ESTIMATE_VERBS = ("قدر", "قدرت", "يقدر", "تقدر", "قدروا", "تحدث", "تحدثت", "أحصى", "أحصت", "أكد", "أكدت")
# Words that tell a deed of one of two ("هاجر واحد منهما إلى المدينة"): a dual verb ("هاجرا") tells it of both
# (akhbar.verify_items.one_of_the_two, round 43).
ONE_OF_TWO = ("واحد منهما", "واحدة منهما", "أحدهما", "إحداهما", "أحد الاثنين", "إحدى الاثنتين")
