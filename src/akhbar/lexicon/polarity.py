"""Claim checker words of polarity: negations, denials, opposites, and the words that end a state.

What belongs here: what makes a claim and a source sentence say opposite things: negation particles and
the words that undo a negation ("still", exceptions, "however"), families of denial and refusal, pairs of
opposite word families, and lasting states with the words that end them (akhbar.wordfacts,
akhbar.conflicts, akhbar.wordtables).
"""

from __future__ import annotations

from .times import CLAUSE_OPENER_PHRASES, CLAUSE_OPENERS

# --- negation ----------------------------------------------------------------------------------------

# Particles that negate the word they govern ("لم تشارك", "ليس لديها"); with a proclitic too.
NEGATION_PARTICLES = ("لم", "لن", "لا", "ليس", "ليست", "ليسوا", "لست", "عدم", "لما", "بألا")

# Particles that only a verb follows ("لم يفز", "قد أعلن", "سوف يزور"): the word after one is no name.
VERB_PARTICLES = ("لم", "لن", "قد", "لقد", "سوف", "كي", "لكي", "لئلا")

# Verbs that a negation turns into "still" ("لا تزال تعتقل" = "still holds", "ما زال"): no denial.
STILL_VERBS = ("زال", "يزال", "تزال", "يزالون", "زالت", "يزل", "تزل", "برح", "يبرح", "تبرح", "انفك", "ينفك", "تنفك",
               "فتئ", "يفتأ", "تفتأ")

# "أن" and its forms with a pronoun: after "غير" they make "however" ("غير أنه أكد …", "غير أن الوفد …"), which
# negates nothing.
THAT_FORMS = ("أن", "أنه", "أنها", "أنهم", "أنهما", "أنهن", "أننا", "أني")

# Words that negate only the noun right after them ("غير مسؤولة", "دون إصابات"; "بهدفين دون رد"
# denies no event of the sentence).
# Of them, "without" denies that a thing took place ("دون وقوع إصابات"); "غير" turns an adjective into its opposite
# ("غير مسبوق" = unprecedented, "غير شرعية" = illegal), a quality, not a denial. Before a noun with the article
# "دون" is "below" ("دون المتوقع", "دون المستوى"; see LESS_THAN), not "without".
WITHOUT_WORDS = ("دون", "بدون", "بلا")
NOUN_NEGATORS = ("غير", *WITHOUT_WORDS)

# "Is free of": a negation of the noun after its "من" ("تخلو المدينة من السيارات" says "مدينة من دون سيارات"), read
# as far as that noun. ("خلا" is an exception particle, "خال" an uncle, "خلت" a time gone by: not listed.)
FREE_OF_WORDS = ("يخلو", "تخلو", "خالية", "خاليا", "خاليان", "خاليتان")

# Words that make a negation before them an exception, which affirms: "لا يبعد المتحف سوى خطوات" = "يبعد
# المتحف خطوات فقط", "لم يبق إلا يومان". Read within the negation's clause.
EXCEPTIONS = ("سوى", "إلا", "الا")
# Words that set a party apart from what the sentence tells of all the others ("وافقت جميع الدول على الاتفاق باستثناء
# المجر", "أغلقت المحلات ما عدا الصيدليات"): the party after them did not do it. (EXCEPTIONS too, outside a negation:
# "لم يحضر إلا وزير المالية" tells that he alone came.)
EXCLUDING_WORDS = ("باستثناء", "عدا", "ماعدا", "خلا", "استثناء")

# Words that turn from a negated deed to the one done instead: "لم يحضر الوزير الاجتماع بل أرسل نائبه" negates the
# attending, not the sending, though the minister is the doer of both.
CORRECTIVES = ("بل", "وإنما", "إنما", "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها")


# --- polarity ----------------------------------------------------------------------------------------

# Verbs and nouns that deny, refuse, call off or fail what follows ("نفى الاتفاق", "رفض الخطة",
# "فشل الاتفاق", "توقف الإنتاج"): the claim and the source disagree when only one side has one. Grouped by
# what they do: a word of one family on each side is the same polarity whatever its form ("يتوقف" / "وقف",
# "إلغاء" / "يلغي"); a family is named by its first word. A denial on one side and a negation on the other
# say the same ("تنفي وجود أدلة" = "عدم وجود أدلة").
DENIAL_WORDS = ("نفى", "ينفي", "تنفي", "نفت", "نفي", "أنكر", "ينكر")
# A denial whose object is a report of a deed ("نفت الشركة الأخبار عن إفلاسها", "كذب المتحدث الأنباء عن انسحاب القوات",
# "نفى ما تردد عن إغلاق المدرج"): the source denies the deed itself (akhbar.verify_deeds.denied_report). The verbs that
# deny or belie a report (not in DENIAL_WORDS: "كذب" is also the noun "a lie", read here only before a report), the
# report's nouns, the verbs of "ما …" that stand for one, and the particles that tie the report to its deed.
REPORT_DENIALS = (*DENIAL_WORDS, "تنكر", "أنكرت", "نفوا", "كذب", "كذبت", "يكذب", "تكذب", "فند", "فندت", "يفند", "تفند",
                  "دحض", "دحضت", "يدحض", "تدحض")
REPORT_NOUNS = ("أنباء", "أخبار", "خبر", "تقارير", "تقرير", "شائعات", "شائعة", "إشاعات", "إشاعة", "أقاويل", "مزاعم",
                "ادعاءات", "تكهنات", "روايات")
REPORT_VERBS = ("تردد", "يتردد", "نشر", "نشرته", "نشرتها", "أشيع", "يشاع", "تداول", "تداولته", "تداولها", "يتداول", "قيل",
                "يقال", "أثير", "راج", "يروج")
REPORT_ABOUT = ("عن", "حول", "بشأن", "بخصوص")
# A talk of a deed that the sentence calls too early ("الحديث عن إفلاس الشركة سابق لأوانه", "من المبكر الحديث عن إغلاق
# المصنع"): the deed is not told done (akhbar.verify_premature). The nouns of talking (their deed after REPORT_ABOUT, or
# a glued ب: "التكهن برحيل …") and the words that call it too early.
TALK_NOUNS = ("الحديث", "الكلام", "التحدث", "التكهن", "الجزم")
PREMATURE_WORDS = ("لأوانه", "أوانه", "مبكر", "مبكرا", "مبكراً", "المبكر", "مبكرة")
# A postponement, whatever its verb (أجّل / أرجأ): one family here and one synonym group (rewording.SYNONYM_GROUPS).
POSTPONING = ("تأجيل", "يؤجل", "تؤجل", "أجلت", "أرجأ", "أرجأت", "أرجئ", "أرجئت", "يرجئ", "ترجئ", "إرجاء")
# A cancellation, whatever the verb's form (ألغى / ألغت / إلغاء: "ألغت" has no root the tables know): one family
# here and one synonym group (rewording.SYNONYM_GROUPS), so "وجاء الإلغاء بعد …" meets the sentence's "ألغت". A contract
# annulled is cancelled ("فسخت السلطات العقد" = "ألغت السلطات العقد"; dev 41 dropped it, "no evidence for: فسخت"; not
# "تفسخ", also decays).
CANCELLING = ("ألغى", "يلغي", "تلغي", "ألغت", "إلغاء", "فسخ", "فسخت", "يفسخ")
POLARITY_FAMILIES = (
    DENIAL_WORDS,
    ("رفض", "يرفض", "ترفض", "رفضت", "امتنع", "يمتنع", "امتناع"),
    ("فشل", "يفشل", "تفشل", "فشلت", "إخفاق", "أخفق", "يخفق", "تخفق", "عجز", "يعجز", "تعجز", "تعثر", "يتعثر", "تتعثر",
     "استحالة", "إحباط", "أحبط"),
    # (a suspension and an ending of a state are a halt too: "تعلق العمل بالخطة" = "تعليق العمل بالخطة", "إنهاء العنف"
    # = "وقف العنف"; round 15, read off the out-of-fold paraphrases this closed)
    ("توقف", "يتوقف", "تتوقف", "توقفت", "أوقف", "يوقف", "إيقاف", "وقف", "جمد", "يجمد", "تجمد", "تجميد", "علق", "يعلق",
     "تعلق", "علقت", "تعليق", "إنهاء"),
    CANCELLING,
    ("استبعد", "يستبعد", "تستبعد", "استبعاد", "استثنى", "يستثني", "تستثني", "استثناء"),
    ("تجاهل", "يتجاهل", "تتجاهل"),
    POSTPONING,
    ("انسحب", "ينسحب", "انسحاب"),
    ("خلاف",),
    ("فض", "تفض", "يفض"),
)
POLARITY_WORDS = tuple(w for family in POLARITY_FAMILIES for w in family)

# "تعليق" suspends, but "علق على" / "تعليق على" comments on, and "تعليقات" are comments: no polarity then.
COMMENT_WORDS = ("علق", "يعلق", "تعلق", "علقت", "تعليق")

# "أوقف" arrests where a security body does it to a person ("أوقفت الشرطة السائق", "الأمن يوقف ثلاثة أشخاص"): it is
# read then as the arrest it is (whose opposite is a release), no halt. Round 29: "أوقفت الشرطة السائق بعد أن صدم دراجة
# الشاب" held a halt on the source's side only, and "اعتقل الأمن ثلاثة أشخاص" was contradicted by "أوقف الأمن ثلاثة
# أشخاص …" ("denial or refusal on one side only"). A halt stays a halt where the police stop a deed ("أوقفت الشرطة بيع
# الألعاب النارية") and where a body suspends one of its own ("أوقف الاتحاد الحكم عن إدارة المباريات"). Matched without
# the article and clitics; a count may stand before the person ("ثلاثة أشخاص").
ARREST_VERBS = ("أوقف", "أوقفت", "أوقفوا", "يوقف", "توقف", "يوقفون")
SECURITY_BODIES = ("شرطة", "أمن", "أمنية", "أمني", "قوات", "قوة", "رجال", "دورية", "دوريات", "درك", "جمارك", "مخابرات",
                   "استخبارات", "سلطات", "حرس")
ARRESTED_PERSONS = ("مشتبه", "متهم", "متهمين", "متهمة", "سائق", "سائقا", "سائقين", "شخص", "شخصا", "شخصين",
                    "أشخاص", "شاب", "شابا", "شابين", "شبان", "رجل", "رجلا", "رجلين", "امرأة", "سيدة", "فتاة", "لص",
                    "لصوص", "سارق", "سارقين", "مهرب", "مهربين", "مطلوب", "مطلوبين", "أفراد", "عناصر", "مواطن", "مواطنا",
                    "مواطنين", "مقيم", "مقيمين", "وافد", "وافدين", "متسلل", "متسللين", "مهاجر", "مهاجرين", "جاني",
                    "الجاني", "جناة", "منفذ", "مرتكب", "موظف", "موظفا", "صحفي", "صحفيا", "لاعب", "لاعبا", "طالب",
                    "طالبا", "مراهق", "مراهقا", "مراهقين", "ناشط", "ناشطا", "ناشطة", "ناشطين", "نشطاء", "متظاهر", "متظاهرين", "محتج",
                    "محتجين", "مسلح", "مسلحين", "إرهابي", "إرهابيين", "عصابة", "مخربين", "متطرفين")

# A denial of a report that a later clause takes back: after one of these turns ("لكن", "غير أن", "ثم") the sentence
# tells the reported deed again ("نفى النادي الأنباء عن رحيل مدربه، لكن المدرب أعلن رحيله"), so the denial decides
# nothing against a claim of the deed (round 29). Two words: the second is "أن" as written in lexicon.THAT_FORMS.
DENIAL_TURNS = (*(w for w in CLAUSE_OPENERS if "لكن" in w), "ثم", *CLAUSE_OPENER_PHRASES)


# --- opposites ---------------------------------------------------------------------------------------

# Words a comparative ("أعلى", "أقل") may follow without being said of them: prepositions and words of place ("قرب
# أعلى مستوياتها" is near its highest level). After any other noun the sentence does not share, a comparative says a
# quality of that noun ("مقابل أجر أعلى": the pay is higher), no move of what the two sides share
# (opposites._quality_of_own_noun).
NOT_QUALIFIED_BY = ("قرب", "بالقرب", "نحو", "حول", "فوق", "تحت", "دون", "عند", "لدى", "مع", "بين", "حتى", "إلى", "من")

# How sharp or sudden a move is ("هبوط حاد في أسعار النفط", "تراجع مفاجئ لأسعار الذهب"): the degree of the move,
# not the thing that moves, so a word of rising or falling is said of the noun past it (akhbar.opposites.said_of).
# Words of waiting before a noun ("في انتظار فتحها", "بانتظار استئناف الملاحة"): the thing after them has not happened
# yet, so its opposite in the source is no contradiction ("انتظرت السفن خلال فترة الإغلاق" tells the closure the claim's
# ships wait to see end; dev 15's true sentence was replaced, "opposite: فتحها / الإغلاق"; akhbar.opposites).
AWAITING_WORDS = ("انتظار", "بانتظار", "ترقب", "بترقب")
MOVE_DEGREES = ("حاد", "حادة", "طفيف", "طفيفة", "مفاجئ", "مفاجئة", "ملحوظ", "ملحوظة", "كبير", "كبيرة", "قوي", "قوية")

# Pairs of opposite word families: a claim word of one family aligned where the source has the
# other is a contradiction ("ارتفع الذهب" / "انخفض الذهب"). Each family lists the forms news uses.
ANTONYMS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("ارتفع", "يرتفع", "ترتفع", "ارتفعت", "ارتفاع", "صعد", "يصعد", "تصعد", "صعدت", "صعود", "زاد", "يزيد", "تزيد",
      "زادت", "زيادة", "قفز", "يقفز", "تقفز", "قفزت", "تصاعد", "يتصاعد", "تتصاعد", "ارتفاعا", "صعودا", "مكاسب",
      "يربح", "تربح", "ربحت", "أعلى", "تعافى", "يتعافى", "تعافي", "ترفع", "يرفع", "رفعت", "تصعد", "صاعد",
      "أعلى_مستوى", "تخطى", "يتخطى", "تتخطى", "رفع", "ازداد", "يزداد", "تزداد", "ازدادت", "ازدياد",
      # (round 13, from the out-of-fold misses on ANS-train: a strengthening or a cutting, a slide, a dwindling)
      "عزز", "يعزز", "تعزز", "عززت", "تعزيز",
      # (round 23: a growing in number, which a synonym group links to the rise: verify_routes.move_unsaid)
      "تزايد", "يتزايد", "تتزايد", "تزايدت", "تنامى", "يتنامى", "تتنامى", "تنامت"),
     ("انخفض", "ينخفض", "تنخفض", "انخفضت", "انخفاض", "هبط", "يهبط", "تهبط", "هبطت", "هبوط", "تراجع", "يتراجع",
      "تتراجع", "تراجعت", "نقص", "ينقص", "تنقص", "تهاوى", "يتهاوى", "تتهاوى", "تهاوت", "تدهور", "يتدهور", "تتدهور",
      "انهار", "ينهار", "تنهار", "انهيار", "تقلص", "يتقلص", "تتقلص", "هوى", "يهوي", "تهوي", "انخفاضا", "هبوطا",
      "خسائر", "أدنى", "تراجعا", "أدنى_مستوى", "خفض", "يخفض", "تخفض", "خفضت", "تخفيض", "انحدار", "تناقص", "يتناقص",
      "تتناقص", "قلص", "يقلص", "تقلص", "قلصت", "تقليص", "تضاءل", "يتضاءل", "تتضاءل", "تضاؤل", "انزلاق", "ينزلق",
      "تنزلق", "انزلقت", "قلل", "يقلل", "تقلل", "قللت", "تقليل")),
    (("فاز", "يفوز", "تفوز", "فازت", "فوز", "انتصر", "ينتصر", "انتصار", "تغلب", "يتغلب", "تتغلب", "تغلبت", "توج",
      "تتويج", "حسم"),
     ("خسر", "يخسر", "تخسر", "خسرت", "خسارة", "هزيمة", "انهزم", "ينهزم", "إخفاق", "ودع", "يودع", "تودع", "ودعت")),
    (("نجح", "ينجح", "تنجح", "نجحت", "نجاح"), ("فشل", "يفشل", "تفشل", "فشلت", "أخفق", "يخفق", "تخفق", "أخفقت")),
    (("وافق", "يوافق", "توافق", "وافقت", "موافقة", "قبل", "يقبل", "تقبل", "قبلت", "قبول", "أيد", "يؤيد", "تؤيد",
      "تأييد", "رحب", "يرحب", "ترحب", "رحبت", "ترحيب", "أقر", "يقر", "تقر", "إقرار", "صادق", "مصادقة"),
     ("رفض", "يرفض", "ترفض", "رفضت", "عارض", "يعارض", "تعارض", "معارضة", "ندد", "يندد", "تندد", "تنديد", "أدان",
      "يدين", "تدين", "أدانت")),
    (("فتح", "يفتح", "تفتح", "فتحت", "افتتح", "يفتتح", "افتتاح"), ("أغلق", "يغلق", "تغلق", "أغلقت", "إغلاق")),
    (("بدأ", "يبدأ", "تبدأ", "بدأت", "بدء", "استأنف", "يستأنف", "استئناف", "استمر", "يستمر", "تستمر", "استمرار",
      "واصل", "يواصل", "تواصل", "مواصلة"),
     ("توقف", "يتوقف", "تتوقف", "توقفت", "أوقف", "يوقف", "توقف", "إيقاف", "علق", "يعلق", "تعليق", "أنهى", "ينهي", "وقف",
      "وقفا")),
    (("اعتقل", "يعتقل", "اعتقال", "احتجز", "يحتجز", "احتجاز", "سجن", "يسجن", "حبس", "يحبس", "اعتقلت", "تعتقل", "تحتجز",
      "تسجن", "سجنت", "قبض", "يقبض", "تقبض", "قبضت", "القبض"),
     ("أفرج", "يفرج", "تفرج", "أفرجت", "الإفراج", "إفراج", "إطلاق سراح", "أطلق سراح", "براءة", "برأ", "تبرئة")),
    (("أكد", "يؤكد", "تؤكد", "أكدت", "تأكيد", "اعترف", "يعترف", "تعترف", "اعترفت", "اعتراف"),
     ("نفى", "ينفي", "تنفي", "نفت", "نفي", "أنكر", "ينكر", "تنكر", "أنكرت", "إنكار")),
    (("سمح", "يسمح", "تسمح", "سمحت", "السماح", "أجاز", "يجيز"), ("منع", "يمنع", "تمنع", "منعت", "حظر", "يحظر", "تحظر", "حظرت")),
    (("اتفاق", "اتفق", "يتفق", "تتفق", "اتفقت", "توافق", "اتفاقية"), ("خلاف", "اختلف", "يختلف", "تختلف", "خلافات")),
    # (every verb of death: "نجا الممثل من الموت" supported "مات الممثل", 0.90, "مات = الموت", found in round 37)
    (("نجا", "ينجو", "نجاة", "نجوا", "نجت", "تنجو", "ينجون"), ("غرق", "يغرق", "غرقت", "مقتل", "قتل", "وفاة", "توفي", "مصرع", "توفيت",
                                                               "يتوفى", "تتوفى", "مات", "ماتت", "يموت", "تموت")),
    (("دخل", "يدخل", "تدخل", "دخلت", "دخول", "تقدم", "يتقدم", "تتقدم"), ("انسحب", "ينسحب", "تنسحب", "انسحبت", "انسحاب", "خرج",
                                                                     "يخرج", "تخرج", "خروج", "غادر", "يغادر", "تغادر",
                                                                     "يغادرون", "مغادرة")),
    (("فرض", "يفرض", "تفرض", "فرضت"), ("رفع", "يرفع", "ترفع", "رفعت", "أسقط")),
    (("ظهر", "يظهر", "تظهر", "ظهرت", "ظهور"), ("اختفى", "يختفي", "تختفي", "اختفت", "اختفاء")),
    (("تحسن", "يتحسن", "تتحسن", "تحسنت", "انتعاش", "انتعش", "ينتعش", "نمو", "ينمو", "تنمو", "نما"),
     ("تدهور", "يتدهور", "تتدهور", "ركود", "تباطؤ", "تباطأ")),
    # (first and last apart from the magnitudes: "آخر مستوى" (the latest) is no opposite of "أعلى مستوى")
    (("أكبر", "أكثر", "أطول", "أعلى", "أقوى", "أسرع"), ("أصغر", "أقل", "أقصر", "أدنى", "أضعف", "أبطأ")),
    (("أول", "الأول"), ("آخر", "الأخير")),
    (("قوي", "قوية", "قوة"), ("ضعيف", "ضعيفة", "ضعف")),
    (("إعدام", "أعدم", "أعدمت", "يعدم", "تعدم"), ("براءة", "تبرئة", "عفو", "العفو", "بالعفو")),
    (("سلام", "هدنة", "هدوء", "تهدئة"), ("حرب", "اشتباكات", "قتال", "تصعيد", "قصف", "غارات", "غارة")),
    (("شمال", "الشمالي", "الشمالية"), ("جنوب", "الجنوبي", "الجنوبية")),
    (("شرق", "الشرقي", "الشرقية"), ("غرب", "الغربي", "الغربية")),
    (("حليف", "حلفاء", "صديق", "دعم", "يدعم", "تدعم", "دعمت"), ("عدو", "خصم", "أعداء", "عداء")),
    (("مرتفع", "مرتفعة", "غالي", "باهظ"), ("منخفض", "منخفضة", "رخيص", "زهيد")),
    # (a scarcity against more or a glut: "تراجع الأسعار بفعل قلة الإنتاج" / "… بعد زيادة الإنتاج"; "زيادة" is in its
    # move family too. "شح" since a sentence's "وشح" is read as و + شح: ROOTS_AWN_LACKS)
    (("قلة", "ندرة", "شح"), ("زيادة", "فائض", "وفرة")),
    (("دعم", "يدعم", "تدعم", "دعمت", "أشاد", "يشيد", "تشيد", "إشادة", "مدح", "يمدح", "ثمن", "يثمن", "ساند", "يساند",
      "تساند", "مساندة", "تعاون", "يتعاون", "تتعاون", "تعاونت", "التعاون"),
     ("انتقد", "ينتقد", "تنتقد", "انتقدت", "انتقاد", "هاجم", "يهاجم", "تهاجم", "هجوم", "حذر", "يحذر", "تحذر", "حذرت",
      "اتهم", "يتهم", "تتهم", "اتهمت", "استنكر", "يستنكر", "تستنكر", "استنكرت", "ندد", "يندد", "تندد", "أدان", "يدين",
      "تدين", "أدانت",
      # (a defiance against a cooperation: "تتحدى الرئيس وتكشف عن …" tells no "تعلن التعاون مع الرئيس"; round 15,
      # with the saying verbs' presents linked)
      "تحدى", "يتحدى", "تتحدى", "تحدت")),
    (("أبقى", "يبقي", "تبقي", "أبقت", "إبقاء", "منح", "يمنح", "تمنح"), ("أسقط", "يسقط", "تسقط", "أسقطت", "إسقاط", "سحب",
                                                                   "يسحب", "تسحب", "سحبت", "جرد", "يجرد", "تجرد")),
    (("استقرار", "استقر", "يستقر", "تستقر", "مستقر", "مستقرة", "مستقرا", "ثبات", "ثابت", "هدوء"),
     ("تهاوى", "يتهاوى", "تتهاوى", "تقلب", "تقلبات", "اضطراب", "انهيار", "قفز", "قفزة", "توتر", "توترا", "هوى", "يهوي",
      "تهوي")),
    (("آمن", "آمنة", "أمان", "سلامة"), ("خطر", "خطير", "خطيرة", "مخاطر", "تهديد", "ضغوط")),
    (("ارتياح", "تفاؤل", "ترحيب"), ("قلق", "مخاوف", "تشاؤم", "غضب")),
    (("أفضل", "تحسن"), ("أسوأ", "تراجع")),
    (("جديد", "جديدة"), ("قديم", "قديمة")),
    (("تأييد", "إجماع", "رضا"), ("جدل", "جدلا", "خلاف", "انقسام")),
    (("أقال", "يقيل", "تقيل", "أقالت", "إقالة"), ("استقال", "يستقيل", "تستقيل", "استقالت", "استقالة")),
    (("نهاية", "ختام", "اختتام", "اختتم"), ("بداية", "انطلاق", "انطلاقة", "انطلق")),
    (("اقترب", "يقترب", "تقترب", "اقتربت", "قريب", "قريبة"), ("ابتعد", "يبتعد", "تبتعد", "ابتعدت", "بعيد", "بعيدة")),
    # Round 6, from ANS-train contradictions the checker let pass (bench/README, Verify round 6).
    (("براءة", "برأ", "تبرئة", "يبرئ", "تبرئ", "برأت"), ("اتهام", "اتهم", "يتهم", "تتهم", "اتهمت", "إدانة", "أدان", "يدين",
                                                       "تدين", "أدانت")),
    (("استمرار", "بقاء"), ("إقالة", "أقال", "يقيل", "تقيل", "أقالت", "رحيل", "استقالة", "استقال", "يستقيل", "تستقيل",
                           "استقالت")),
    (("مؤخرة", "ذيل"), ("صدارة", "تصدر", "يتصدر", "تتصدر", "متصدر")),
    (("غياب", "غاب", "يغيب", "تغيب", "غابت", "يغيبان", "يغيبون"), ("حضور", "حضر", "يحضر", "تحضر", "حضرت")),
    (("عودة", "يعود", "تعود", "يعودون", "عادت"), ("فرار", "فر", "يفر", "تفر", "فرت", "يفرون", "نزوح", "نزح", "ينزح", "هروب",
                                                "هرب", "يهرب", "تهرب")),
    # Round 13, from the out-of-fold misses on ANS-train (bench/README, Verify round 13): a judgement's sign; staying
    # put or leaving. (The same round added forms to families above: the feminine presents "تنكر", "تعترف",
    # "تعتقل", "تسجن", a seizure "القبض", a pardon "العفو" against an execution, a resignation against staying in
    # office, growth "نمو" against decline, a cut "تقليص" / "تضاؤل" / "انزلاق" against a rise, "تعزيز" with it.)
    (("إيجابي", "إيجابية", "إيجابيا", "إيجابيات"), ("سلبي", "سلبية", "سلبا", "سلبيات")),
    (("البقاء", "للبقاء", "بالبقاء", "يتمسكون", "يتمسك", "تتمسك"),
     ("غادر", "يغادر", "تغادر", "غادرت", "مغادرة", "خروج", "يخرج", "تخرج", "فرار", "يفر", "يفرون", "فروا", "نزوح", "ينزح",
      "يرحل", "ترحل")),
    # Round 23: a profit against a loss ("ربحت" was in the rise family and "خسرت" in the win / lose one, which no pair
    # joined), an arrival against a leaving ("وصل" was in no family): "ربحت شركة … بينما خسرت شركة المرسى" supported
    # "وربحت شركة المرسى …", "وصل الوفد الأردني …، وغادر الوفد العراقي" supported "ووصل الوفد العراقي …".
    (("ربح", "يربح", "تربح", "ربحت", "أرباح", "أرباحا", "ربحا"), ("خسر", "يخسر", "تخسر", "خسرت", "خسارة", "خسائر")),
    (("وصل", "يصل", "تصل", "وصلت", "وصول", "يصلون", "وصلوا"),
     ("غادر", "يغادر", "تغادر", "غادرت", "مغادرة", "يغادرون", "غادروا")),
    # Round 43, from round 42's held out (now dev): free against paid for ("تقدم العيادات الفحوصات مجاناً" supported
    # "… مقابل رسوم" at 0.83, the claim's words unlinked), in person against virtual ("عقد المجلس جلسته عن بعد" /
    # "حضورياً", 0.91; "عن بعد" is read as "افتراضيا": lexicon.PHRASES). Not "مقابل" alone, also a score's "against".
    (("مجانا", "مجاناً", "مجاني", "مجانية", "مجانيا", "مجانياً", "بالمجان", "المجاني", "المجانية"),
     ("رسوم", "برسوم", "الرسوم", "رسما", "مدفوع", "مدفوعة", "مدفوعا", "المدفوعة", "بمقابل")),
    (("حضوريا", "حضورياً", "حضوري", "حضورية", "الحضوري", "الحضورية"),
     ("افتراضيا", "افتراضياً", "افتراضي", "افتراضية", "الافتراضي", "الافتراضية")),
    # Round 44, from round 43's held out (now dev): below a mark against above it, each read as one word
    # (lexicon.PHRASES: "ست درجات فوق الصفر" was supported by "… تحت الصفر" at 0.93, both prepositions stopwords).
    (("تحت_الصفر", "تحت_سطح_البحر"), ("فوق_الصفر", "فوق_سطح_البحر")),
    # Round 45, from round 44's held out (now dev): a marriage against a divorce ("نفت تقريرا بأنها وزوجها قررا الطلاق"
    # supported "… قررا الزواج" at 0.89, linked to "تزوجته" of another clause).
    (("زواج", "الزواج", "تزوج", "يتزوج", "تتزوج", "تزوجت", "زفاف", "الزفاف"),
     ("طلاق", "الطلاق", "طلق", "يطلق", "تطلق", "طلقت", "انفصال", "الانفصال", "انفصل", "انفصلا")),
)

# A level moved (the first pair of ANTONYMS: rise and fall, a raise and a cut), and a level kept where it stood
# ("أبقت اللجنة نسبة الاحتياطي عند 5 في المئة"): a level kept answers no "إلى كم خفض …؟" (qa.asked_detail.kept_not_moved).
LEVEL_MOVES = (*ANTONYMS[0][0], *ANTONYMS[0][1])
KEPT_LEVEL_WORDS = ("أبقى", "أبقت", "يبقي", "تبقي", "أبقوا", "إبقاء", "ثبت", "ثبتت", "يثبت", "تثبت", "تثبيت")


# --- states and their ends ---------------------------------------------------------------------------

# A lasting state a claim asserts ("كانت المدينة تحت الحصار", "لا يزال المعتقلون في السجن", "ظلت القوات في
# المدينة"), and the words that end one ("تحررت المدينة من الحصار", "رُفع الحصار", "أُفرج عن المعتقلين", "انسحبت
# القوات من المدينة"): a source telling that the state ended does not state it, though every noun links
# (opposites.ended_state). Prepositions, "still" verbs and participles of being held: a noun of a person
# ("المعتقلين") is no state.
STATE_MARKERS = ("تحت", "قيد", "رهن", "يزال", "تزال", "يزالون", "زال", "زالت", "ظل", "ظلت", "يظل", "تظل", "بقي",
                 "بقيت", "يبقى", "تبقى", "سيبقى", "ستبقى", "خاضع", "خاضعة", "محاصر", "محاصرة", "محتجز", "محتجزة",
                 "محتجزين", "محتجزون", "عالق", "عالقة", "عالقين", "عالقون")
STATE_ENDERS = ("تحرر", "تحررت", "يتحرر", "تتحرر", "تحرير", "حرر", "حررت", "رفع", "رفعت", "فك", "فكت", "كسر", "كسرت",
                "انتهى", "انتهت", "انتهاء", "أنهى", "أنهت", "إنهاء", "أفرج", "أفرجت", "الإفراج", "إفراج", "خرج", "خرجت",
                "خروج", "انسحب", "انسحبت", "انسحاب", "زوال", "تخلص", "تخلصت", "انقضى", "انقضت", "غادر", "غادرت",
                "سراح")  # ("أطلقت الفصائل سراح المعتقلين": the phrase split by its agent)


# --- deeds not told as done --------------------------------------------------------------------------

# A warning against a deed ("حذر من", "الحذر من"): the deed is one to keep from, so a call to it is told by no such
# sentence ("ودعا … إلى الحذر من استخدام وسائل الطفو" / "دعا إلى استخدام وسائل الطفو": real news batch 16, supported at
# 0.97; verify_deeds.planned_as_done).
WARNING_HEADS = ("حذر", "حذرت", "يحذر", "تحذر", "حذروا", "يحذرون", "تحذير", "تحذيرات", "الحذر")

# What was escaped or kept off is what did not happen: "ساهم الفوز في هروب الفريق من شبح الهبوط" tells no relegation,
# "قروض لمساعدتها في تفادي الإفلاس" no bankruptcy (the lead's real news, round 42: "ساهم الفوز في هبوط الفريق" was
# supported at 0.93, every word linked; akhbar.verify_hedged.avoided). Words of keeping a thing off take it right after
# them ("تفادي الإفلاس"; "شبح", the spectre of, says it only loomed); words of escaping take it after their "من" ("هروب
# الفريق من الهبوط", where the word right after is who escaped).
AVOIDING_WORDS = ("تفادي", "تفادى", "تفادت", "يتفادى", "لتفادي", "تجنب", "تجنبت", "يتجنب", "لتجنب", "تجنيب", "لتجنيب",
                  "شبح")
ESCAPING_WORDS = ("هروب", "الهروب", "هرب", "هربت", "النجاة", "نجاة", "نجا", "نجت", "ينجو", "الإفلات", "إفلات", "أفلت",
                  "للإفلات")

# Heads that put the deed after them out of what happened: asked for, urged, tried, aimed at, threatened, promised,
# meant, weighed, proposed, nearly done, put off, alleged, believed or supposed, denied, or only the condition of another
# ("دعا الوزير إلى خفض الأسعار", "حاول مسلحون اقتحام المبنى", "هدد الاتحاد بسحب الترخيص", "إذا وافق البرلمان"). A
# claim that tells the deed as done ("خفض الوزير الأسعار") is not supported by such a sentence, though every word
# links (TRUST BUG: 16 of 27 such claims written for round 23 were supported; verify_deeds.planned_as_done). Each group
# with what its deed follows: "" (right after the head or past its subject: "حاول مسلحون اقتحام"), a preposition
# ("إلى", or "ب" / "ل" glued to the deed: "طالب المتظاهرون بإقالة"), or "أن" ("يعتقد أن المتهم غادر"). Not "قرر"
# (decided: the decision is the news, "قرر المجلس تعليق الدراسة") nor "أعلن"; not "إن", which is also "إنّ".
# Words between an "أن" and its deed that lengthen no subject: "نفى المتحدث باسم الحكومة أن يكون وزير المالية قد قدم
# استقالته" puts the resignation under the denial as "نفى أن الوزير قدم" does (TRUST BUG of the lead's round-31 held-out
# probe: the deed stood too far past its head and "قدم وزير المالية استقالته" was supported at 0.80).
THAT_CLAUSE_FILLERS = ("يكون", "تكون", "يكونوا", "تكونا", "يكونا", "قد")
# A court's ruling, and the court itself: "قضت المحكمة بحبس المهندس" tells no imprisonment done ("سجنت السلطات
# المهندس"), but a claim that names the court as the doer ("حبست المحكمة المهندس ثلاث سنوات") tells the ruling in news'
# loose words (ask's held out 21 control, which the head alone left unanswered; verify_deeds.planned_as_done).
RULING_HEADS = ("قضت", "قضى", "تقضي", "يقضي", "حكم", "حكمت", "يحكم", "تحكم", "حكما", "الحكم", "أحكام", "أحكاما")
COURT_WORDS = ("المحكمة", "محكمة", "المحاكم", "محاكم", "القاضي", "قاضي", "قاض", "القضاء", "القضاة", "قضاة")
UNREALISED_HEADS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # (with "دعى", the spelling of many headlines)
    (("دعا", "دعى", "دعت", "يدعو", "تدعو", "دعوا", "يدعون", "دعوة", "دعوات"), ("إلى", "ل")),
    (("طالب", "طالبت", "يطالب", "تطالب", "طالبوا", "يطالبون", "مطالبة", "مطالبات", "ناشد", "ناشدت", "يناشد", "تناشد"),
     ("ب",)),
    (("حث", "حثت", "يحث", "تحث"), ("على",)),
    (("حاول", "حاولت", "يحاول", "تحاول", "حاولوا", "يحاولون", "محاولة", "محاولات", "بهدف", "بغية", "سعيا", "سعياً"),
     ("", "أن")),
    (("سعى", "سعت", "يسعى", "تسعى", "يسعون"), ("إلى", "ل")),
    (("هدد", "هددت", "يهدد", "تهدد", "هددوا", "يهددون", "تهديد", "توعد", "توعدت", "يتوعد", "تتوعد", "وعد", "وعدت",
      "تعهد", "تعهدت", "يتعهد", "تتعهد"), ("ب",)),
    # (a recommendation, a nomination or an offer tells no deed done: "أوصت اللجنة بإغلاق المصنع", "رشح الحزب النائب
    # لتولي رئاسة البرلمان", "عرضت الحكومة على النقابة زيادة الرواتب"; TRUST BUGS of round 32's held-out probe, supported
    # at 0.82–0.91. An offer's deed after the one offered to, "على+": "عرض" alone is also to show, "عرضت القناة فيلماً";
    # not "تعرض", exposed to, "تعرض المبنى للقصف")
    (("أوصى", "أوصت", "يوصي", "توصي", "أوصوا", "يوصون", "توصية", "توصيات"), ("ب",)),
    (("رشح", "رشحت", "يرشح", "ترشح", "رشحوا", "يرشحون", "ترشيح"), ("ل",)),
    # (an obligation laid on a party is no deed of it: "ألزمت المحكمة الشركة بدفع تعويض" tells no payment made; round 38's
    # held out, supported at 0.95)
    (("ألزم", "ألزمت", "يلزم", "تلزم", "ألزموا", "إلزام"), ("ب",)),
    (("عرض", "عرضت", "يعرض", "عرضوا", "يعرضون"), ("على+",)),
    (("يعتزم", "تعتزم", "اعتزم", "اعتزمت", "ينوي", "تنوي", "نوى", "نوت", "يريد", "تريد", "أراد", "أرادت", "يرغب",
      "ترغب", "اقترح", "اقترحت", "يقترح", "تقترح", "يدرس", "تدرس", "يبحث", "تبحث"), ("", "أن")),
    (("عزم", "عزمت", "يعزم", "تعزم"), ("على",)),
    # (ready for a deed is not the deed: "مستعدة لاستئناف الاستيراد" tells no import resumed; the lead's round-35 real
    # news, supported at 0.96)
    (("مستعد", "مستعدة", "مستعدون", "مستعدين", "جاهز", "جاهزة", "جاهزون", "جاهزين"), ("ل",)),
    # (and getting ready for it: "تستعد الوزارة لإطلاق البرنامج" tells no launch; the lead's real news, round 41, such a
    # claim supported at 0.88. Not the past "استعد", which news also writes of a team that then played)
    (("تستعد", "يستعد", "تستعدان", "يستعدون", "تتأهب", "يتأهب", "تتهيأ", "يتهيأ"), ("ل",)),
    # (able to do a deed is not the deed: "الحكومة قادرة على سداد ديونها" tells no debt paid, "تستطيع الشركة تسليم
    # الطلبية" no order delivered; the guard's round-37 find, supported at 0.62, and 0.82–0.92 on main for these. Only
    # the present and the adjective: "استطاعت الشرطة القبض على …", "تمكن" tell the deed done)
    (("قادر", "قادرة", "قادرون", "قادرين", "قادرا", "قادران", "قادرتان"), ("على",)),
    (("يستطيع", "تستطيع", "يستطيعون", "تستطيعان", "يستطيعان", "يمكن", "يمكنه", "يمكنها", "يمكنهم", "بإمكان", "بإمكانه",
      "بإمكانها", "بإمكانهم", "بوسع", "بوسعه", "بوسعها", "بمقدور", "بمقدوره", "بمقدورها", "باستطاعة", "باستطاعته",
      "باستطاعتها"), ("", "أن")),
    (("يخطط", "تخطط", "خطط", "خططت"), ("ل",)),
    # (a step towards a deed is not the deed: "مهمتهم مراقبة الشخصيات تمهيداً لتنفيذ عمليات اغتيال" tells no killing
    # done; the lead's real news, round 42, supported "نفذوا عمليات اغتيال" at 0.96)
    # (and getting ready for it: "زار المستشار القاهرة استعداداً لإعلان الخطة" tells no plan announced; an ANS-dev pair
    # reads the two words alike, lexicon.SYNONYM_GROUPS)
    (("تمهيدا", "تمهيداً", "تمهيد", "استعدادا", "استعداداً"), ("ل",)),
    # (a drill of a deed is not the deed: "أجرت فرق الدفاع المدني تمريناً على إخلاء مبنى المطار" tells no building
    # evacuated; round 42's held out, now dev, supported "أخلت فرق الدفاع المدني مبنى المطار" at 0.96)
    (("تمرين", "تمرينا", "تمريناً", "تمارين", "مناورة", "مناورات", "محاكاة", "فرضية"), ("على", "ل")),
    (("أوشك", "أوشكت", "يوشك", "توشك", "كاد", "كادت", "يكاد", "تكاد", "وشك"), ("", "على", "أن")),
    # (near a deed is not the deed: "اقترب النادي من الفوز باللقب", "الفريق على وشك الفوز"; the lead's round 27 probe,
    # supported at 0.91)
    (("اقترب", "اقتربت", "يقترب", "تقترب", "اقتربوا", "يقتربون"), ("من",)),
    (("تأجل", "تأجلت", "أجل", "أجلت", "يؤجل", "تؤجل", "تأجيل", "أرجأ", "أرجأت", "أرجئ", "يرجئ", "ترجئ", "إرجاء"), ("",)),
    # (an accusation: "اتهمت المعارضة الحكومة بتزوير الانتخابات" tells no rigging)
    # (and the one accused or suspected: "مثل المتهم بقتل الطالب أمام المحكمة" tells no killing)
    (("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون", "اتهام", "اتهامات", "المتهم", "متهم", "المتهمة", "متهمة",
      "المتهمين", "متهمين", "المتهمون", "متهمون"), ("ب",)),
    (("المشتبه", "مشتبه"), ("في", "ب")),
    # (a deed prevented: "منعت السلطات تنظيم المسيرة")
    # (not "حظر", mostly a noun: "حظر التجول", "منظمة حظر الأسلحة الكيميائية")
    (("منع", "منعت", "يمنع", "تمنع", "منعوا", "حظرت", "يحظر", "تحظر"), ("", "من")),
    # (a blame: "حملت الشرطة المحتجين مسؤولية إحراق المحلات" tells who the police blame, not who burned them; round 26,
    # verify38. Not "تحمل" / "تتحمل", bearing it)
    (("حمل", "حملت", "حملوا", "يحمل"), ("مسؤولية", "المسؤولية", "عن")),  # ("حملها المسؤولية عن تعطيل …")
    (("ادعى", "ادعت", "يدعي", "تدعي", "يعتقد", "تعتقد", "اعتقد", "يرجح", "ترجح", "رجح", "رجحت", "المرجح", "يتوقع",
      "تتوقع", "توقع", "توقعت", "المتوقع", "يحتمل", "المحتمل", "يشتبه", "زعم", "زعمت", "يزعم", "تزعم", *DENIAL_WORDS),
     ("أن",)),
    # (an expectation of a thing: "يتوقع البنك الدولي نمو الاقتصاد 5%"; a warning against one: "إيران تحذر إسرائيل من
    # ضرب منشآتها")
    (("يتوقع", "تتوقع", "توقع", "توقعت", "يتوقعون", "توقعات"), ("",)),
    (WARNING_HEADS, ("من",)),
    (("ربما", "إذا", "لو", "لولا", "حال"), ("",)),
    # (a pretence: "تظاهر الحارس بالإصابة" tells no injury, "تظاهر بأنه مريض" no illness; "تظاهر الآلاف" with no ب is
    # a march, whose deed is the verb itself)
    (("تظاهر", "تظاهرت", "يتظاهر", "تتظاهر", "تظاهروا", "يتظاهرون", "تظاهره", "تظاهرها"), ("ب", "بأن")),
    # (a rumour or unconfirmed report: "ترددت أنباء عن استقالة الوزير" tells no resignation; "وكالة الأنباء" has ال)
    (("أنباء", "شائعات", "شائعة", "إشاعات", "إشاعة", "تكهنات"), ("عن",)),
    # (a deed owed, hoped for or asked about is not one done: "ينبغي على الحكومة خفض الضرائب", "يأمل الفريق في الفوز
    # باللقب", "هل تنجح المفاوضات؟"; TRUST BUGS of the lead's round 26 probe, each supported at 0.78–0.96)
    (("ينبغي", "يجب", "يتعين", "يتوجب", "لابد", "بد"), ("", "أن")),
    # (not "أمل", also a given name)
    (("يأمل", "تأمل", "يأملون", "يتمنى", "تتمنى", "تمنى", "تمنت"), ("في", "ب", "أن")),
    (("يطمح", "تطمح", "يطمحون", "يتطلع", "تتطلع", "يتطلعون"), ("إلى", "ل")),
    (("هل",), ("",)),
    # (a deed one could not do: "تعذر على الطلاب الوصول إلى مدارسهم", "عجز المنقذون عن الوصول", "فشلت المفاوضات في التوصل
    # إلى اتفاق")
    (("تعذر", "تعذرت", "يتعذر", "يستحيل", "استحال"), ("",)),
    (("عجز", "عجزت", "يعجز", "تعجز", "عجزوا", "فشل", "فشلت", "يفشل", "تفشل", "فشلوا", "أخفق", "أخفقت", "يخفق", "تخفق"),
     ("عن", "في")),
    # (a deed given up: "تراجعت الحكومة عن قرارها بفرض ضريبة على الخبز" imposed none)
    # ("عن+ب": the deed glued to its ب past the "عن", "عن قرارها بفرض"; a bare ب is a fall's, "تراجع التضخم بأبريل")
    (("تراجع", "تراجعت", "يتراجع", "تتراجع", "تخلى", "تخلت", "يتخلى", "تتخلى"), ("عن", "عن+ب")),
    # (a sentence is no punishment carried out: "قضت المحكمة بإعدام المدان", "حكم على اللص بالسجن", "أصدرت حكماً بإعدام"
    # tell no execution or imprisonment done; TRUST BUG of round 34's held out, "أعدم المدان" supported at 0.71. Only
    # with the deed glued to its ب, so "قضى عشر سنوات في السجن" (spent) and "حكم البلاد" (ruled) are not read; and not
    # against a claim that names the court: RULING_HEADS)
    (RULING_HEADS, ("ب", "على+ب")),
    # (a deed awaited is not yet done: "ينتظر السكان افتتاح الجسر")
    (("ينتظر", "تنتظر", "ينتظرون", "يترقب", "تترقب", "يترقبون"), ("",)),
)
# Words after a deed that make it the answer of a condition ("تحصل المدارس على التمويل إذا اجتازت التقييم", "يمنح المصرف
# القرض شريطة تقديم ضمانات", "في حال موافقة البرلمان"): a deed said before one, as no past, is not told done
# (akhbar.verify_conditions; "إن" is left out: it is also "إنّ"; "حال" / "حالة" only after "في": "حال وصوله" is upon it).
CONDITION_WORDS = ("إذا", "لو", "شريطة", "بشرط", "شرط", "حال", "حالة")
# Of those heads, the ones that set a deed ahead and never deny it (a plan, an intent, a proposal, a call, a promise or a
# threat): a claim's deed done in the place of such a head ("تخطط الوزارة لبناء ثلاث محطات" / "بنت الوزارة ثلاث محطات",
# the plan's verb in the slot of the claim's) is not told done, nor excluded (verify._planned_in_the_slot; round 36's
# held out, contradicted at 0.80, "the source says تخطط where the claim says بنت"). Not a denial, a prevention, a
# failure or a deed given up: those say it was not done.
INTENT_HEADS = ("دعا", "دعت", "يدعو", "تدعو", "طالب", "طالبت", "يطالب", "تطالب", "سعى", "سعت", "يسعى", "تسعى", "هدد",
                "هددت", "يهدد", "تهدد", "توعد", "توعدت", "وعد", "وعدت", "تعهد", "تعهدت", "يتعهد", "تتعهد", "أوصى", "أوصت",
                "يوصي", "توصي", "يعتزم", "تعتزم", "اعتزم", "اعتزمت", "ينوي", "تنوي", "يريد", "تريد", "يرغب", "ترغب", "اقترح",
                "اقترحت", "يقترح", "تقترح", "عزم", "عزمت", "يعزم", "تعزم", "يخطط", "تخطط", "خطط", "خططت", "يطمح", "تطمح",
                "يتطلع", "تتطلع")
