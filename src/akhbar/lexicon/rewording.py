"""Rewordings: phrases, synonyms and light verbs, written for this project.

What belongs here: what says the same thing in other words: multi-word phrases read as one word, synonym
groups, charge and task words, and the light verbs a sentence can be worded with or without, with the words
that make them light (akhbar.align, akhbar.wordtables, akhbar.wordfacts).
"""

from __future__ import annotations

from .polarity import CANCELLING, DENIAL_WORDS, POSTPONING

# --- synonyms written for this project ---------------------------------------------------------------

# Phrases that say one thing in several words; each is read as the single word after the arrow
# before words are aligned ("فارق الحياة" = "توفي").
PHRASES = {
    "وافته المنية": "توفي", "رحل عن عالمنا": "توفي", "أسلم الروح": "توفي",
    "على بعد": "يبعد", "المربع الذهبي": "نصف_النهائي", "الدور نصف النهائي": "نصف_النهائي", "الدور قبل النهائي": "نصف_النهائي",
    "نصف النهائي": "نصف_النهائي", "نصف نهائي": "نصف_النهائي", "الدور ربع النهائي": "ربع_النهائي",
    "ربع النهائي": "ربع_النهائي", "ربع نهائي": "ربع_النهائي", "دور الثمانية": "ربع_النهائي",
    "إطلاق سراح": "الإفراج", "أودى بحياة": "قتل", "أسفر عن مقتل": "قتل",
    "حصد أرواح": "قتل", "كأس العالم": "كأس_العالم", "مونديال": "كأس_العالم",
    "المونديال": "كأس_العالم", "الولايات المتحدة": "أمريكا", "الولايات المتحدة الأمريكية": "أمريكا",
    "الولايات المتحدة الأميركية": "أمريكا", "واشنطن": "أمريكا", "وواشنطن": "أمريكا", "المملكة العربية السعودية": "السعودية",
    "المملكة المتحدة": "بريطانيا", "الأمم المتحدة": "الأمم_المتحدة", "مجلس الأمن": "مجلس_الأمن",
    "أعلى مستوى": "أعلى_مستوى", "أدنى مستوى": "أدنى_مستوى", "أعلى مستوياته": "أعلى_مستوى",
    "أعلى مستوياتها": "أعلى_مستوى", "أعلى مستويات": "أعلى_مستوى", "أدنى مستوياته": "أدنى_مستوى",
    "أدنى مستوياتها": "أدنى_مستوى", "أدنى مستويات": "أدنى_مستوى", "حتى الآن": "", "في وقت سابق": "", "حتى ذلك الحين": "",
    # ("الشركة ذاتها" = "الشركة نفسها", the same company: "نفسها" is a stopword, "ذاتها" was a word of its own that no
    # source said and dropped true sentences; read as nothing here only, the search index keeps it)
    "ذاته": "", "ذاتها": "", "ذاتهم": "", "ذاتهما": "",
    # (a date with: a team that will meet another; "ضرب موعداً مع الأرجنتين" = "لملاقاة الأرجنتين")
    "موعدا مع": "ملاقاة",
    # (to defend a club's colours is to play for it: "دافع عن ألوان الهلال في 80 مباراة" = "لعب 80 مباراة مع الهلال";
    # a true claim of round 45's dev batch 27 was left unsupported, "no evidence for: لعب")
    "دافع عن ألوان": "لعب", "يدافع عن ألوان": "يلعب", "دافعت عن ألوان": "لعبت", "تدافع عن ألوان": "تلعب",
    # (words a model adds for a saying or a charge: "على لسان القيادة" = "قالت القيادة", "أُسندت إليه مهمة" =
    # "كُلّف بـ")
    "على لسان": "قال", "أسندت إلى": "كلف", "أسند إلى": "كلف", "أسندت إليه": "كلف", "أسندت إليها": "كلف",
    "أسند إليه": "كلف", "أسند إليها": "كلف",
    # (words that only frame what follows: "ويُذكر أن الشرع قاد الهجوم" = "وقاد الشرع الهجوم"; "أُعلنت على يد الأمير"
    # = "أعلنها الأمير"; "بعدما قطع" = "بعد أن قطع")
    "يذكر أن": "", "الجدير بالذكر أن": "", "يشار إلى أن": "", "على يد": "", "بعدما": "",
    # (a total's frame before its count: "سجل ما مجموعه 172 هدفاً" = "سجل 172 هدفاً"; dev 24's true sentence found no
    # "مجموعه". Not "مجموعة" alone, a group: "تصدر المنتخب مجموعته")
    "ما مجموعه": "", "ما مجموعها": "", "ما مجموعهم": "",
    # (holding an office is being its holder: "كان يشغل منصب ولي ولي العهد" = "كان ولي ولي العهد"; dev 25's true sentence
    # found no "يشغل" nor "منصب". The title after it is read as written, a word short or not: verify_clauses.title_doubled)
    "يشغل منصب": "", "تشغل منصب": "", "شغل منصب": "", "شغلت منصب": "",
    # ("حين أعلن" = "عندما أعلن", which is a stopword: the time of the deed after it, no word of its own)
    "حين": "", "حينما": "",
    # (never seen before is a record: "ارتفاع غير مسبوق" = "ارتفاع قياسي"; read word by word, "غير" made a
    # denial and "مسبوق" a word of its own in the slot of "قياسي", a contradiction at 0.98)
    "غير مسبوق": "قياسي", "غير مسبوقة": "قياسي", "غير مسبوقا": "قياسي", "غير مسبوقين": "قياسي",
    "لم يسبق له مثيل": "قياسي", "لم يسبق لها مثيل": "قياسي",
    # (a release in other words: "تخلي الشرطة سبيل الناشط" = "تفرج الشرطة عن الناشط", "تطلق سراح"; round 13 left the
    # present out: a claim's prison name left unlinked was then supported, which verify_names.other_name now closes)
    "إخلاء سبيل": "الإفراج", "إلقاء القبض على": "اعتقال",
    # (an adverb a model adds, "at last": "وانطلق المسبار في النهاية فجر الاثنين" says the launch, not the end of
    # anything; read word by word, "النهاية" met "انطلق" as its opposite and a true sentence was replaced. "في نهاية
    # الشوط" names an end and stays as written)
    "في النهاية": "", "في نهاية المطاف": "", "في آخر المطاف": "",
    # (from afar, one word: a meeting or an exam held "عن بعد" is a virtual one, the opposite of one held in person,
    # "حضورياً" (lexicon.ANTONYMS); read word by word, "عن" and "بعد" were no words of the claim's, and "عقد المجلس جلسته
    # حضورياً" was supported by "… عن بعد" at 0.91: round 42's held out, now dev)
    "عن بعد": "افتراضيا",
    # (free, in other words: "دون مقابل" read word by word set "مقابل" against "مجاناً", and a true claim was
    # contradicted at 0.91)
    "دون مقابل": "مجانا", "بدون مقابل": "مجانا", "بلا مقابل": "مجانا",
    # (again: "يختفي مرة أخرى" = "يختفي مجدداً" = "من جديد"; ANS-dev and train agree pairs, "no evidence for: مجدداً")
    "مرة أخرى": "مجددا", "من جديد": "مجددا",
    # (on the other hand: how two sentences are set against each other, no fact: "في المقابل قالت موسكو …" = "وقالت
    # موسكو …"; read word by word, "المقابل" was a word of the claim the source set against its own)
    "في المقابل": "", "وفي المقابل": "", "بالمقابل": "", "وبالمقابل": "",
    # (it is planned / expected that: a frame of what follows, which tells the planned deed itself; "ومن المقرر أن تستوعب
    # المدينة …" = "على أن تستوعب المدينة …", "وكان من المقرر أن يصل …" = "ومن المنتظر أن يصل …"; read word by word,
    # "المقرر" was a word of the claim no source said)
    # (not "من المخطط": "المخطط" is also the plan itself, "ويشمل المخطط حياً حكومياً" = "ومن المخطط أن تضم حياً حكومياً")
    "من المقرر": "", "ومن المقرر": "", "من المنتظر": "", "ومن المنتظر": "", "من المتوقع": "", "ومن المتوقع": "",
    # (a goalless draw in other words: "انتهت المباراة بالتعادل السلبي" = "تعادل الفريقان دون أهداف"; read word by word,
    # "دون" denied "أهداف", a word the source never said, and the true claim was contradicted at 0.94)
    "دون أهداف": "السلبي", "بدون أهداف": "السلبي", "بلا أهداف": "السلبي", "سلبيا": "السلبي", "سلبياً": "السلبي",
    # (left without shelter is displaced: "وبات نحو ألف من السكان بلا مأوى" = "وشرّد نحو ألف من السكان")
    "بلا مأوى": "شرد", "دون مأوى": "شرد",
    # (a body's name, no "without": "أطباء بلا حدود: العشرات يغرقون" read "بلا" as a negation of what came next and
    # contradicted ANS-dev's true "غرق العشرات"; "مراسلون بلا حدود" alike)
    "أطباء بلا حدود": "أطباء_بلا_حدود", "منظمة أطباء بلا حدود": "أطباء_بلا_حدود", "مراسلون بلا حدود": "مراسلون_بلا_حدود",
    "منظمة مراسلون بلا حدود": "مراسلون_بلا_حدود",
    # (a name of two words, an English "The" written out: read word by word, "لاين" was no word at all and "وذا" a
    # slot word set against "نيوم", so "وذا لاين مدينة خطية" was replaced by Neom's sentence)
    "ذا لاين": "ذا_لاين", "وذا لاين": "ذا_لاين",
    # (a planet named with its kind or by its colour: "لكوكب المريخ" = "للمريخ", "مدار الكوكب الأحمر" = "مدار المريخ")
    # (a vehicle that carries: "انطلق المسبار على متن صاروخ ياباني" = "حمله صاروخ ياباني", "كان على متن الطائرة 150
    # راكباً" = "حملت الطائرة 150 راكباً")
    "على متن": "حمل",
    # (a count of people said with "people" after it: "تجمع آلاف الأشخاص" = "تجمع الآلاف"; the source counts the same
    # crowd without the word)
    "آلاف الأشخاص": "آلاف", "مئات الأشخاص": "مئات", "عشرات الأشخاص": "عشرات", "آلاف الناس": "آلاف",
    "مئات الناس": "مئات", "عشرات الناس": "عشرات",
    # (over the span of: "على مدى سنة كاملة" = "على مدار سنة كاملة")
    "على مدى": "على_مدار", "على مدار": "على_مدار",
    # (round 35, dev 31's true sentences dropped for one phrase said otherwise: rubble lifted is rubble cleared, "وتواصل
    # فرق الإغاثة رفع الأنقاض" = "… إزالة الأنقاض"; a season named with its word, "بدلاً من فصل الصيف" = "بدلاً من أشهر
    # الصيف", the sentence's "أشهر" a word of its own)
    "رفع الأنقاض": "إزالة_الأنقاض", "إزالة الأنقاض": "إزالة_الأنقاض",
    # (the claim's phrase only: read so, the sentence's "بدلاً من أشهر الصيف" took the claim's "لحرارة الصيف" from
    # "لحرارة الطقس" and true sentences of dev 11 and dev 18 were dropped)
    "فصل الصيف": "الصيف", "فصل الشتاء": "الشتاء", "فصل الربيع": "الربيع", "فصل الخريف": "الخريف",
    "كوكب المريخ": "المريخ", "لكوكب المريخ": "للمريخ", "الكوكب الأحمر": "المريخ", "للكوكب الأحمر": "للمريخ",
    # (to stay away is not to come near: "دعا المقاتلين إلى الابتعاد عن المؤسسات" = "إلى عدم الاقتراب من المؤسسات";
    # read word by word, "عدم" negated the sentence and "الاقتراب" met nothing)
    "عدم الاقتراب من": "الابتعاد", "بعدم الاقتراب من": "بالابتعاد", "عدم الاقتراب": "الابتعاد",
    # (a distance in other words: "على مسافة نحو 45 كيلومتراً" = "على بعد نحو 45 كيلومتراً")
    "على مسافة": "يبعد",
    # (long-term in either word: "خطة بعيدة المدى" = "خطة طويلة المدى", dev 28: "the source says طويلة where the claim
    # says بعيدة"; read as one word, "بعيد" meets no "طويل" elsewhere)
    "بعيدة المدى": "طويلة_المدى", "طويلة المدى": "طويلة_المدى", "بعيد المدى": "طويلة_المدى", "طويل المدى": "طويلة_المدى",
    # (passes through is crosses: "وتمر عبر القناة نحو 12 في المئة من التجارة" = "ويعبر القناة نحو 12 في المئة …",
    # dev 28: "no evidence for: ويعبر")
    "تمر عبر": "تعبر", "يمر عبر": "يعبر", "مرت عبر": "عبرت", "مر عبر": "عبر",
    # (a headline's present of the same death: "الممثل يرحل عن عالمنا" = "وفاة الممثل")
    "يرحل عن عالمنا": "توفي", "ترحل عن عالمنا": "توفي", "رحلت عن عالمنا": "توفي",
    # (at first, either way: "وعزت الهيئة الحادث أولاً إلى الرياح" = "… في البداية إلى الرياح"; round 41, dev 13, 28, 33,
    # 36 dropped it, "the source says البداية where the claim says أولاً")
    "في البداية": "أولا",
    # (a speech the television broadcast is a televised one: "قال في كلمة بثها التلفزيون" = "قال في كلمة متلفزة"; round
    # 41, dev 33, 34, 37: "no evidence for: بثها، التلفزيون")
    "بثها التلفزيون": "متلفزة", "بثه التلفزيون": "متلفز",
    # (below and above a mark, one word each: "تحت" and "فوق" are stopwords, so "ست درجات فوق الصفر" read word by word
    # was supported by "… ست درجات تحت الصفر" at 0.93, every word of the claim in the source (round 43's held out, now
    # dev); as one word the two are opposites (lexicon.ANTONYMS), and "دون الصفر" is below it too)
    "تحت الصفر": "تحت_الصفر", "دون الصفر": "تحت_الصفر", "فوق الصفر": "فوق_الصفر",
    "تحت سطح البحر": "تحت_سطح_البحر", "دون سطح البحر": "تحت_سطح_البحر", "فوق سطح البحر": "فوق_سطح_البحر",
    # (an own goal scored is one word, no goal of the scorer's side: "سجل المدافع هدفاً في الدقيقة 70" was supported by
    # "سجل المدافع هدفاً في مرماه بالخطأ في الدقيقة 70" at 0.95, round 43's held out, now dev. The goal a player scores
    # only, "هدفاً": a win "بهدف عكسي" is still a win by one goal)
    **{f"هدفا {own}": "هدفا_عكسيا" for own in ("في مرماه", "في مرمى فريقه", "بالخطأ في مرماه", "بالخطأ في مرمى فريقه",
                                                 "عكسيا")},
    # (the one before the last, one word: "قبل" is a stopword, so "حسم اللقب في الجولة الأخيرة" read word by word was
    # supported by "… في الجولة قبل الأخيرة" at 0.89, every word of the claim in the source; round 44's held out, now dev)
    **{f"{before} {last}": "قبل_الأخير" for before in ("قبل", "ما قبل") for last in ("الأخيرة", "الأخير")},
    # (a prize's longlist and its shortlist, one word each: two steps of one selection, DEED_STEPS)
    **{f"{head} {kind}": f"القائمة_{kind}" for head in ("القائمة", "قائمة", "للقائمة", "بالقائمة")
       for kind in ("الطويلة", "القصيرة")},
}
# A verb and its object that say one deed, the subject standing between them or not, as Arabic puts the subject after
# its verb ("فارق الممثل الحياة", "ألقت قوات الأمن القبض على …", "لقي ثلاثة عمال مصرعهم"): (the verb's forms, what
# follows it, the one word both are read as). Each with its object right after the verb is a phrase (PHRASES); with
# the subject between, akhbar.sides reads the verb as the word and drops what follows (up to SUBJECT_BETWEEN words
# on). Read word by word (round 24, the lead's probe of deeds said in other words), "فارق" was "left" ("غادر الرئيس
# المستشفى" was supported by "فارق الرئيس الحياة في مستشفى", 0.94) and "ألقت" / "لقي" / "أطلقت" words of their own in
# the slot of the claim's "اعتقلت" / "توفي" / "أفرجت": true claims were contradicted.
VERB_OBJECT_PHRASES: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("فارق", "فارقت", "فارقوا", "يفارق", "تفارق"), ("الحياة",), "توفي"),
    (("لقي", "لقيت", "لقوا", "يلقى", "تلقى"),
     ("حتفه", "حتفها", "حتفهم", "حتفهما", "مصرعه", "مصرعها", "مصرعهم", "مصرعهما"), "توفي"),
    (("أطلق", "أطلقت", "أطلقوا", "يطلق", "تطلق"), ("سراح",), "أفرج"),
    (("أخلى", "أخلت", "يخلي", "تخلي"), ("سبيل",), "أفرج"),
    (("ألقى", "ألقت", "ألقوا", "يلقي", "تلقي", "ألقي"), ("القبض على",), "اعتقل"),
    # (a view stated: "رأت الأكاديمية أن أعماله …" = "قالت الأكاديمية إن أعماله …", dev 24; without "أن" the verb sees)
    (("رأى", "رأت", "رأوا", "يرى", "ترى", "يرون"), ("أن",), "قال"),
    # (so is a view held and a word added: "رأى نقاد كثيرون أن الجائزة …" = "اعتبر كثير من النقاد أن الجائزة …", "وأضاف أن
    # اللجوء منح …" = "وأوضح المصدر أن …": dev 33's true sentences were dropped, "no evidence for: قال", "وأضاف")
    (("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر"), ("أن",), "قال"),
    (("أضاف", "أضافت", "أضافوا", "يضيف", "تضيف"), ("أن",), "قال"),
    # (a vote against is a refusal: "صوّت أغلب النواب ضد مشروع القانون" tells "رفض النواب مشروع القانون", which read
    # word by word was contradicted at 0.99, a refusal on one side only; the lead's round 33 probe)
    (("صوت", "صوتت", "صوتوا", "يصوت", "تصوت", "يصوتون"), ("ضد",), "رفض"),
    # (a toll in lives, either noun: "أودى الانفجار بأرواح أكثر من 200 شخص" = "أودى الانفجار بحياة …", dev 31: "no evidence
    # for: بأرواح")
    (("أودى", "أودت", "يودي", "تودي"), ("بحياة", "بأرواح"), "قتل"),
    # (and the dead told as its victims: "وراح ضحية السيل ثلاثون شخصاً" = "وأودى السيل بحياة ثلاثين شخصاً";
    # dev 41 dropped it, "no evidence for: وراح")
    (("راح", "راحت", "ذهب", "ذهبت"), ("ضحية", "ضحيته", "ضحيتها", "ضحيتهم", "ضحايا"), "قتل"),
    # (a day of memory kept by recalling it: "ويستعيد الأهالي ذكرى الفيضان" = "ويحيي الأهالي ذكرى الفيضان"; dev 39 dropped
    # it, "no evidence for: استعاد". Only before "ذكرى": "استعاد" alone takes back)
    (("استعاد", "استعادت", "استعادوا", "يستعيد", "تستعيد", "يستعيدون"), ("ذكرى", "الذكرى"), "أحيا"),
    # (a vote cast is a vote: "أدلى ثمانون ألف ناخب بأصواتهم" = "صوت ثمانون ألف ناخب", round 36's held out: "no evidence
    # for: صوت")
    (("أدلى", "أدلت", "أدلوا", "يدلي", "تدلي", "يدلون"), ("بأصواتهم", "بأصواتهن", "بصوته", "بصوتها", "بأصواتها", "بصوتهم"),
     "صوت"),
    # (a career ended is a retirement: "أنهى المهاجم مسيرته الكروية" = "اعتزل المهاجم", round 40's held out, contradicted
    # "the source says أنهى where the claim says اعتزل". Only a career named by its field: "أنهى الفريق مسيرته في البطولة"
    # is a run in a contest that ended, no retirement)
    (("أنهى", "أنهت", "ينهي", "تنهي"), tuple(f"{career} {field}" for career in ("مسيرته", "مسيرتها")
                                          for field in ("الكروية", "الرياضية", "الاحترافية", "الفنية", "المهنية")), "اعتزل"),
)
SUBJECT_BETWEEN = 4
PHRASES.update({f"{verb} {rest}": canon for verbs, rests, canon in VERB_OBJECT_PHRASES for verb in verbs for rest in rests})

# To take part in the vote is to vote: "شارك في التصويت أربعون ألف ناخب" = "صوت أربعون ألف ناخب" (round 36's Next: "no
# evidence for: شارك"; the verb before its subject only, as written)
PHRASES.update({f"{verb} في التصويت": "صوت" for verb in ("شارك", "شاركت", "شاركوا", "يشارك", "تشارك", "يشاركون")})

# Verbs of achieving a result, which frame the verbal noun after them: "حقق الفريق الفوز على منافسه" = "فاز الفريق على
# منافسه" (a synonym group below; akhbar.exchanged reads the doer between such a verb and the noun).
ACHIEVING_VERBS = ("حقق", "يحقق", "تحقق", "حققت", "أحرز", "يحرز", "تحرز", "أحرزت")

# To make light of a thing is no cut of it: "قلل الوزير من أهمية الضرائب" (played them down) is not "خفض الضرائب",
# which "قلل" alone says (SYNONYM_GROUPS, the cut). Read as one word, the phrase meets no cut.
PHRASES.update({f"{verb} من {thing}": "استخف" for verb in ("قلل", "يقلل", "تقلل", "قللت", "قللوا", "تقليل")
                for thing in ("أهمية", "شأن", "خطورة")})

# What a charge is worded with ("كُلّف بتشكيل الحكومة", "أُسندت إليه مهمة تشكيل الحكومة"), and the nouns of a task
# that add nothing after one in its sentence ("مهمة تشكيل" = "تشكيل"): the aligner gives such a noun no content.
CHARGE_WORDS = ("كلف", "كلفت", "يكلف", "تكليف", "تكليفه")
TASK_NOUNS = ("مهمة", "مهمه", "بمهمة", "مهام", "بمهام")

# Belonging to, before the owner with its "ل": no fact of its own, "الأجهزة الأمنية التابعة للنظام السابق" = "الأجهزة الأمنية
# للنظام السابق" (dev 31: "no evidence for: التابعة"; akhbar.link_pruning.belonging_before_its_owner)
BELONGING_WORDS = ("التابعة", "التابع", "التابعين", "التابعون", "التابعتين")

# Words a synonym table joins that news tells apart, never linked as synonyms: a charge is no conviction (AWN's synset
# "اتهم ادان": "اتهمت محكمة الجنايات المتهم" was supported by "أدانت محكمة الجنايات المتهم", 0.98, round 24); an attack
# is no speed (AWN's "اندفع سرع هاجم هجم هرول": "وهاجمت الهيئة الحادث إلى رياح قوية" was supported by "وعزت الهيئة
# الحادث إلى رياح قوية تجاوزت سرعتها 40 عقدة", 0.91, "وهاجمت = سرعتها": round 41's TRUST BUG); a resident is no
# citizen (AWN's "ساكن قاطن مقيم مواطن": "يلزم القانون المقيمين الأجانب …" supported "يلزم القانون المواطنين …" at 0.98,
# round 42's held out, now dev: a law, a fee or a right for one is not for the other). Round 43 found more of AWN's
# synsets joining people news tells apart, each supported at 0.94-0.99 with the one word in the other's place: the
# displaced are no migrants ("متغرب مغترب مهاجر نازح", "اغترب نزح هاجر": "نزح آلاف السكان" / "هاجر آلاف السكان"), a
# company's lawyer is not its agent ("محام محامي وكيل"; "وكيل الوزارة" is a deputy minister), a dean is no president or
# director ("رئيس عميد مدير"), a correspondent is not the anchor ("صحفي مخبر مذيع مراسل"); and deeds and things: a price
# raised is no price subsidised ("دعم رفع روج شجع عزز": "رفعت الحكومة أسعار الوقود" / "دعمت …", 0.95), a missile fired
# did not hit ("اصاب اطلق سدد ضرب قذف": "أطلقت الجماعة صاروخاً على المدينة" / "أصاب صاروخ المدينة", 0.83), a blast is
# no shelling ("انفجار صفع قصف", 0.97), an audience no council ("جمهور مجلس", 0.98); and a meeting is no council (AWN's
# "اجتماع تجمع جمعية مجلس": "خلال اجتماع" of a claim was found in the sentence's "المجلس البلدي", which said "خلال
# مقابلة"; guard52). Round 44 read more of AWN's synsets of news words, each pair supported at 0.81-0.98 with one word
# in the other's place: a blast is no bombing ("انفجار تفجير": a gas leak's blast told as an attack), a prince or an
# emir is no governor or ruler ("امير حاكم": "حاكم المصرف المركزي" is the bank's governor) and a ruler no judge ("حاكم
# قاضي"), an expulsion no dismissal ("اقال طرد":
# an ambassador expelled was not dismissed by his own government), a player carried off is no substitution ("تبديل
# تحويل نقل"), a counterpart is no adversary ("خصم نظير"), registered voters are not those who voted ("مصوت مقترع
# ناخب"), an expert is no resident ("خبير مقيم", AWN's assessor), an official no employee ("مسوول موظف"), a plan no
# conspiracy ("خطه موامره"), an injury no loss ("اصابه خساره"), violated airspace is not occupied nor invaded ("احتل
# اجتاح انتهك غزا"), a call for a thing no description of it ("دعا وصف"); a movement is no front ("جبهه حركه": two
# bodies of one name's tail), hiring no investing ("استثمار توظيف"), a delegate no guest or visitor ("زاير ضيف مندوب"),
# a contribution no donation ("اعطي تبرع ساهم"), a surrender no confession ("سلم اعترف"), a confirmation neither an
# approval nor an imposition ("اكد جزم فرض قبل وافق": "أكد الوزير أن الحكومة ستدرس المقترح" / "وافق الوزير على
# المقترح", 0.75), stagnation no shortage ("ركود نقص"), control seized no rule nor an office taken ("تولي حكم ساد
# سيطر"), a hijacking or a kidnapping no theft ("اختطف خطف سرق"), an objection no boycott ("اعترض قاطع"), a factory no
# producer ("صانع مصنع منتج"), a guard no watch ("حرس راقب"), a thing signed or that befell none issued ("حدث صدر وقع").
SYNONYMS_APART = (("اتهم", "أدان"), ("هاجم", "سرع"), ("مقيم", "مواطن"), ("مهاجر", "نازح"), ("هاجر", "نزح"),
                  ("محامي", "وكيل"), ("رئيس", "عميد"), ("مراسل", "مذيع"), ("رفع", "دعم"), ("أطلق", "أصاب"),
                  ("انفجار", "قصف"), ("جمهور", "مجلس"), ("اجتماع", "مجلس"),
                  ("انفجار", "تفجير"), ("أمير", "حاكم"), ("حاكم", "قاضي"), ("طرد", "أقال"),
                  ("نقل", "تبديل"), ("نقل", "استبدال"), ("نقل", "إبدال"), ("نظير", "خصم"), ("ناخب", "مقترع"),
                  ("ناخب", "مصوت"), ("خبير", "مقيم"), ("مسؤول", "موظف"), ("خطة", "مؤامرة"), ("إصابة", "خسارة"),
                  ("احتل", "انتهك"), ("اجتاح", "انتهك"), ("غزا", "انتهك"), ("دعا", "وصف"), ("حركة", "جبهة"),
                  ("توظيف", "استثمار"), ("مندوب", "ضيف"), ("مندوب", "زائر"), ("تبرع", "ساهم"), ("سلم", "اعترف"),
                  ("أكد", "فرض"), ("أكد", "وافق"), ("ركود", "نقص"), ("سيطر", "حكم"), ("سيطر", "تولى"), ("اختطف", "سرق"),
                  ("خطف", "سرق"), ("اعترض", "قاطع"), ("مصنع", "منتج"), ("حرس", "راقب"), ("وقع", "صدر"))
# A narrower word and the wider one it states, one way only (align._link_one_way): a bombing is a blast ("وقع تفجير في
# السوق" states "وقع انفجار في السوق"), a blast need not be a bombing (SYNONYMS_APART keeps them out of one group; round
# 44 left both ways unsupported).
SYNONYMS_ONE_WAY = ((("تفجير", "تفجيرات"), ("انفجار", "انفجارات")),)
# Words a synonym group joins through a third word of two senses: the group is read as two, one without each ("اجتماع
# لقاء مقابلة" as "اجتماع لقاء" and "لقاء مقابلة"). A meeting is no interview: "… خلال مقابلة في إربد" was supported
# by "… خلال اجتماع في إربد" (0.98, round 42's TRUST BUG), while "لقاء" is either ("لقاء تلفزيوني" = "مقابلة تلفزيونية").
SYNONYMS_SPLIT = (("اجتماع", "مقابلة"),)

# Deeds news tells as steps of one affair, where a source telling one says nothing of the other: a deliberation and
# its decision ("ناقش مجلس النواب القانون" / "أقر مجلس النواب القانون": it may pass it, reject it or put it off; and a
# proposal, "اقترحت اللجنة رفع الضريبة" / "وافقت اللجنة على رفع الضريبة", round 36's held out), an
# inquiry or a charge and an arrest or a conviction ("استجوبت النيابة المدير" / "اعتقلت النيابة المدير"), a call and a
# meeting ("هاتف الرئيس نظيره" / "التقى الرئيس نظيره"). A claim whose only change is one such deed in the place of the
# other is unsupported, not contradicted (round 24 left them contradicted, by the issue's rule that a changed slot
# is a contradiction; nothing in the source excludes the claim's deed). Not a word of another sense as well ("حقق":
# achieved; "حكم": ruled; "سجن": a prison).
DEED_STEPS = (
    (("ناقش", "يناقش", "تناقش", "ناقشت", "مناقشة", "بحث", "يبحث", "تبحث", "بحثت", "درس", "يدرس", "تدرس", "درست", "دراسة",
      "تدارس", "استعرض", "يستعرض", "استعرضت", "اقترح", "اقترحت", "يقترح", "تقترح", "اقتراح"),
     ("أقر", "يقر", "تقر", "أقرت", "إقرار", "اعتمد", "يعتمد", "تعتمد", "اعتمدت", "اعتماد", "صادق", "يصادق", "تصادق",
      "صادقت", "مصادقة", "أجاز", "يجيز", "أجازت", "إجازة", "وافق", "يوافق", "توافق", "وافقت", "موافقة", "قرر", "يقرر",
      "تقرر", "قررت", "قرروا")),
    (("استجوب", "يستجوب", "تستجوب", "استجوبت", "استجواب", "استدعى", "يستدعي", "تستدعي", "استدعت", "استدعاء", "اتهم", "يتهم",
      "تتهم", "اتهمت", "اتهام", "تهمة", "التهمة", "تهم", "التهم"),
     ("اعتقل", "يعتقل", "تعتقل", "اعتقلت", "اعتقال", "أوقف", "يوقف", "أوقفت", "توقيف", "أدان", "يدين", "تدين", "أدانت",
      "إدانة", "أدين", "أدينت", "أدينوا", "يدان", "تدان")),
    (("هاتف", "يهاتف", "تهاتف", "هاتفت", "اتصل", "يتصل", "تتصل", "اتصلت", "اتصال", "راسل", "يراسل", "راسلت"),
     ("التقى", "يلتقي", "تلتقي", "التقت", "لقاء", "اجتمع", "يجتمع", "تجتمع", "اجتمعت", "اجتماع", "استقبل", "يستقبل",
      "تستقبل", "استقبلت", "استقبال")),
    # (a treaty signed and one ratified: "وقعت الدولتان اتفاقية" / "صادقت الدولتان على الاتفاقية", round 34's held out,
    # contradicted at 0.87; a government signs what a parliament ratifies later, or never)
    (("وقع", "وقعت", "يوقع", "وقعا", "وقعتا", "وقعوا", "توقيع"),
     ("صادق", "يصادق", "تصادق", "صادقت", "صادقا", "صادقوا", "مصادقة", "المصادقة")),
    # (a work nominated for a prize and one that won it: "رشح الفيلم لجائزة أفضل عمل" / "فاز الفيلم بجائزة أفضل عمل",
    # round 35's held out, contradicted at 0.82; the verbs and the nomination's noun only, not "مرشح", a candidate)
    (("رشح", "رشحت", "يرشح", "ترشح", "ترشحت", "ترشيح", "ترشيحه", "ترشيحها"),
     ("فاز", "فازت", "يفوز", "تفوز", "فوز", "توج", "توجت", "تتويج", "نال", "نالت", "ظفر", "ظفرت")),
    # (a race run or led and one won: "تنافست القائمة على اثني عشر مقعداً" / "فازت القائمة باثني عشر مقعداً", "يتصدر
    # المرشح استطلاعات الرأي" / "فاز المرشح في الانتخابات"; held out 43 and 44, now dev, contradicted at 0.85 and 0.91)
    (("تنافس", "تنافست", "يتنافس", "تتنافس", "تنافسوا", "نافس", "نافست", "ينافس", "تنافس", "تصدر", "يتصدر", "تتصدر",
      "تصدرت"),
     ("فاز", "فازت", "يفوز", "تفوز", "فازوا", "حصد", "حصدت", "ظفر", "ظفرت")),
    # (an engagement and a wedding: "أعلنت المغنية خطوبتها" / "أعلنت المغنية زواجها", held out 43, contradicted at 0.89)
    (("خطوبة", "الخطوبة", "خطوبتها", "خطوبته", "خطوبتهما"),
     ("زواج", "الزواج", "زواجها", "زواجه", "زواجهما", "زفاف", "الزفاف", "زفافها", "زفافه", "تزوج", "تزوجت")),
    # (copies printed and copies sold: "طبعت الدار عشرين ألف نسخة" / "باعت الدار عشرين ألف نسخة", held out 43, 0.93)
    (("طبع", "طبعت", "يطبع", "تطبع", "طباعة"), ("باع", "باعت", "يبيع", "تبيع", "بيع", "بيعت", "مبيعات")),
    # (a prize's longlist and its shortlist: "دخلت الرواية القائمة الطويلة" / "… القائمة القصيرة", held out 44, 0.98)
    (("القائمة_الطويلة",), ("القائمة_القصيرة",)),
)

# Two measures of one thing that the same figure may not give both of, but neither excludes the other (round 34's held
# out, contradicted at 0.92: "بلغت إيرادات الشركة 40 مليون دولار" / "بلغت أرباح الشركة 40 مليون دولار"): what came in
# and what was left of it. A claim whose only change is one in the place of the other is unsupported (verify._other_step);
# a loss ("خسائر") against a profit stays an opposite.
# A value the claim says a thing reached ("بلغت نسبة المشاركة ثلاثين في المئة") where the source says it exceeded it, or
# did not exceed it ("لم تتجاوز نسبة المشاركة ثلاثين في المئة": the value is a bound, and thirty is allowed): round 35's
# held out, contradicted at 0.89, "the source says تتجاوز where the claim says بلغت". Neither excludes the other
# (verify._other_step: unsupported); a value out of the bound is a contradiction of its own (values).
BOUNDS_APART = (
    (("بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل"),
     ("تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى", "تعدى", "تعدت", "يتعدى", "تتعدى", "فاق",
      "فاقت", "يفوق", "تفوق", "زاد", "زادت", "يزيد", "تزيد", "يزد", "تزد")),
)

MEASURES_APART = (
    (("إيرادات", "الإيرادات", "إيراداتها", "إيراداته", "مبيعات", "المبيعات", "مبيعاتها", "مبيعاته", "عائدات", "العائدات",
      "عائداتها", "عائداته"),
     ("أرباح", "الأرباح", "أرباحا", "أرباحها", "أرباحه", "ربح", "الربح", "ربحا", "ربحها")),
    # (a share of the votes and one of the seats: "40 في المئة من الأصوات" / "40 في المئة من المقاعد", held out 44, 0.95)
    (("الأصوات", "أصوات", "صوتا"), ("المقاعد", "مقاعد", "مقعدا")),
)

# Members of one kind that may all be true of the same deed, one beside another (a card of one colour and one of another
# in the same half, wheat's yield and barley's falling by the same share, the unemployment rate and the inflation rate
# both at seven): a claim whose only change is one member in the place of another is unsupported, not the model's
# contradiction (verify._other_step; held out 43 and 44, now dev, contradicted at 0.80 to 0.97). Not what one thing has
# only one of (a medal's metal, a salary's period, a flight's frequency: those stay contradicted).
KINDS_APART: tuple[tuple[tuple[str, ...], ...], ...] = (
    (("صفراء", "الصفراء"), ("حمراء", "الحمراء")),  # cards
    (("ودية", "الودية", "ودي", "الودي", "وديا"), ("رسمية", "الرسمية", "رسمي", "الرسمي")),  # matches
    (("القمح",), ("الشعير",), ("الذرة",), ("الأرز",)),  # crops
    (("البطالة",), ("التضخم",), ("الفائدة",), ("الفقر",), ("الأمية",)),  # rates
    (("الجملة",), ("التجزئة",)),  # markets
    (("غرينتش", "غرينيتش", "جرينتش", "جرينيتش"), ("المحلي",)),  # clocks
    (("لحن", "لحنها", "لحنه", "يلحن"), ("غنى", "غنت", "يغني", "تغني", "غناها")),  # a song's makers
)

# Roots of news nouns Arabic WordNet does not list (its table, akhbar/data/awn_words.tsv, gives the rest): without
# one, "مقتل" met neither "يقتل" nor "قتل" by its root, and a word the table does not know is read as a name.
# (Not "مصرع": its root صرع is also the root of "صراع", a conflict.)
# "شح" (a scarcity, of شحّ): AWN lacks it, so "وشح" was not read as و + شح (wordtables.doubled_two reads only two
# letters listed with their doubled root) and a sentence's "وشح" met no claim's "شح".
ROOTS_AWN_LACKS = {"مقتل": "قتل", "وشك": "وشك", "شح": "شحح"}  # ("على وشك": about to, no و + شكّ)
# Words AWN lists as written that news means as و + a word of two letters of a doubled root: "وحل مجلس الشعب" is "and
# the dissolving of" (حلّ), not mud (dev 31 dropped "كما قررت حل مجلس الشعب" against "… وحل مجلس الشعب"; the
# wordtables.doubled_two reading)
WAW_BEFORE_DOUBLED = ("وحل",)

# Words that mean the same in news, written for this project: each group is one meaning.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    # (a match played: "خاض المنتخب مباراته الأولى" = "لعب المنتخب مباراته الأولى"; held out 43, now dev: "the source tells
    # another deed of المنتخب: خاض, not لعب")
    ("خاض", "لعب", "خاضت", "لعبت", "يخوض", "يلعب", "تخوض", "تلعب", "خاضوا", "لعبوا"),
    # (the next one, with its article only: "الأسبوع القادم" = "الأسبوع المقبل"; round 42's held out, now dev, contradicted
    # it at 0.85. Not "قادم" alone, also "coming from": "قادماً من دبي")
    ("المقبل", "القادم"), ("المقبلة", "القادمة"),
    # (a woman: "لقيت سيدة ثلاثينية مصرعها" = "توفيت امرأة ثلاثينية"; the lead's real news, round 43's held-out batch 22,
    # now dev: contradicted, "the source says سيدة where the claim says امرأة")
    ("امرأة", "سيدة"), ("نساء", "سيدات"),
    # (the start of a period: "مطلع العام الجاري" = "بداية العام"; the same batch: contradicted, "the source says otherwise:
    # بداية". Not "أوائل", which spans more than its start)
    ("مطلع", "بداية", "مستهل"),
    # (ready for, ahead of: "زار مصر تمهيداً لإعلان الصفقة" = "… استعداداً لإعلان الصفقة", ANS-dev, "no evidence for:
    # استعدادا"; neither tells the deed after it done: lexicon.UNREALISED_HEADS)
    ("تمهيدا", "استعدادا"),
    # (and a headline's present: "الإذاعية … تتوفى عن 92 عاماً" = "وفاة الإذاعية …", ANS-dev: "no evidence for: تتوفى")
    ("توفي", "مات", "وفاة", "موت", "رحيل", "رحل", "توفيت", "ماتت", "رحلت", "يتوفى", "تتوفى", "يموت", "تموت"),
    ("الأمم_المتحدة", "أممي", "أممية", "الأممي", "الأممية"),
    # (a building: "آلاف البنايات" = "آلاف المباني"; dev 40 dropped it, "no evidence for: البنايات")
    ("مبنى", "مباني", "بناية", "بنايات"),  # ("قافلة أممية" = "قافلة تابعة للأمم المتحدة")
    ("أطاح", "أقصى", "أزاح", "خلع", "أسقط", "الإطاحة", "إقصاء", "إزاحة", "أطاحت", "أقصت"),
    # (not أحرز / حصد / حقق: "أحرز ثلاثة أهداف" wins nothing; and the presents, a headline's tense: "الفيلم يتوج بخمس
    # جوائز" = "الفيلم يفوز بخمس جوائز", where "يفوز" met "توج" as "فوز" does, never "يتوج")
    # (and "حصل على" of a prize: "أول كاتب عربي يحصل على الجائزة" = "… يفوز بالجائزة", dev 28 dropped it as "the source
    # says يفوز where the claim says يحصل"; its noun "الحصول" and "حصل" alone, which also means happened, are not here)
    # (and "نال" in every person: "وتنال الشركة بموجب العقد 70 في المئة" = "تحصل الشركة بموجبه على 70 في المئة", dev 29)
    ("فاز", "توج", "ظفر", "نال", "تتويج", "فوز", "يفوز", "تفوز", "يتوج", "تتوج", "يحصل", "تحصل", "حصلت", "نالت", "ينال",
     "تنال"),
    # (an attribution is a saying: "وفقاً لوزارة الدفاع، شارك …" = "وقالت وزارة الدفاع إن … شاركوا")
    # (and their presents, a headline's tense: "الوزارة تعلن …" = "أكدت الوزارة …")
    ("قال", "أعلن", "صرح", "أكد", "أفاد", "ذكر", "أوضح", "أشار", "كشف", "وفقا", "بحسب", "حسب", "طبقا",
     "يقول", "تقول", "يعلن", "تعلن", "يصرح", "تصرح", "يؤكد", "تؤكد", "يفيد", "تفيد", "يوضح", "توضح", "يشير", "تشير",
     "يكشف", "تكشف",
     # (an attribution of a cause is said too: "وعزت الهيئة فقدان السيطرة إلى رياح قوية" = "وقالت الهيئة إن رياحاً قوية
     # تسببتا في فقدان السيطرة", the cause and the event still to be found; dev 27 dropped it, "no evidence for: وعزت")
     "عزا", "عزت"),
    # ("أودى" with its subject between it and "بحياة": "وأودى الانفجار بحياة 200 شخص" = "وأودى بحياة 200 شخص", which
    # PHRASES reads as "قتل"; without this the true sentence was replaced by another article's death toll)
    # (and a death told as martyrdom: "تسبب القصف في استشهاد 31 مدنيا" = "قتل 31 مدنيا في القصف"; round 45's dev batch
    # 27, "no evidence for: قتل")
    ("قتل", "مقتل", "قتلى", "ضحايا", "ضحية", "حتف", "مصرع", "قتيل", "قتيلا", "أودى", "استشهاد", "استشهد", "استشهدوا",
     "استشهدت"),
    ("جرح", "جرحى", "جريح", "مصاب", "مصابين", "إصابة", "إصابات", "أصيب", "أصاب"),
    ("بدأ", "انطلق", "شرع", "باشر", "انطلاق", "بدء", "دشن", "أطلق"),
    # (a craft's take-off: "وأقلع المسبار من مركز تانيغاشيما" = "انطلق المسبار من مركز تانيغاشيما", dev 27's true sentence
    # replaced as "انطلق ≠ وأقلع"; a group of its own, so "أقلع" is no "بدأ", and its "أقلع عن" (gave up) shares no
    # word with a start)
    ("أقلع", "أقلعت", "يقلع", "تقلع", "إقلاع", "انطلق", "انطلقت", "انطلاق"),
    # (round 24, the lead's probe of deeds said in other words: each of these was a word of its own in the other's
    # slot, and a true claim was contradicted: "دشن أمير المنطقة المستشفى" / "افتتح …", "صادق المجلس على النظام" /
    # "أقر المجلس النظام", "أدانت الخارجية الهجوم" / "نددت الخارجية بالهجوم")
    ("افتتح", "يفتتح", "افتتاح", "دشن", "يدشن", "تدشين"),
    ("اعتقل", "يعتقل", "اعتقال", "قبض", "يقبض", "تقبض", "توقيف"),  # ("إلقاء القبض على" is read as "اعتقال": PHRASES)
    ("أقر", "يقر", "إقرار", "صادق", "يصادق", "مصادقة"),
    # (a buy and an acquisition: "اشترت المجموعة حصة في المصنع" = "استحوذت المجموعة على حصة في المصنع", a true control of
    # round 34's held out left unsupported, "no evidence for: اشترت"; a stake told as the whole is read apart:
    # verify_parties.stake_of_whole)
    ("اشترى", "اشترت", "يشتري", "تشتري", "استحوذ", "استحوذت", "يستحوذ", "تستحوذ"),
    # (a court's ruling in either verb: "قضت المحكمة بإعدام المدان" = "حكمت المحكمة بإعدام المدان", contradicted at 0.93 in
    # round 35's dev probe, "the source says قضت where the claim says حكمت"; the past of the ruling only, not "يحكم"
    # / "حكم" alone, which also rule a country)
    # (and the ruling's noun after "أصدرت": "أصدرت المحكمة حكماً بإعدام ثلاثة ضباط" = "قضت المحكمة بإعدام ثلاثة ضباط", round
    # 35's held out, "no evidence for: قضت")
    ("قضت", "حكمت", "حكما"),
    # (a bound's verb after "لم": "لم يزد عدد الحضور على ثلاثمئة" = "لم يتجاوز عدد الحضور ثلاثمئة", round 35's held out,
    # "no evidence for: يتجاوز"; "يزد" is only ever the jussive; not "يزيد", which is also "increases")
    ("يزد", "تزد", "يتجاوز", "تتجاوز"),
    # (a value that differs by a thing: "تتراوح الرسوم من 500 إلى 2000 دينار حسب المرحلة" = "تختلف الرسوم حسب
    # المرحلة", round 35's held out, contradicted at 0.75; the presents only, not "اختلف", a disagreement)
    ("يختلف", "تختلف", "يتراوح", "تتراوح", "يتفاوت", "تتفاوت"),
    ("أدان", "يدين", "إدانة", "ندد", "يندد", "تنديد", "شجب", "يشجب", "استنكر", "يستنكر", "استنكار"),
    ("زار", "زيارة", "حل ضيفا"),
    ("يقع", "تقع", "الواقع", "الواقعة", "واقع", "واقعة", "يوجد", "توجد"),
    ("التقى", "اجتمع", "لقاء", "اجتماع", "استقبل"),
    ("ملاقاة", "لاقى", "يلاقي", "تلاقي", "مواجهة", "واجه", "يواجه", "تواجه"),  # (a team meeting another)
    ("وقع", "توقيع", "أبرم", "إبرام", "المؤرخة", "المؤرخ", "مؤرخة"),
    ("رئيس", "زعيم", "قائد"),
    ("أمريكا", "الأمريكي", "الأميركي", "أميركا", "الأمريكية", "الأميركية", "الأمريكيين", "الأميركيين"),
    ("بريطانيا", "البريطاني", "البريطانية", "لندن"),
    ("ضرب", "هز"),
    ("زلزال", "هزة", "الزلزال"),
    ("قوة", "شدة"),
    # ("الأشد فتكاً" = "الأكثر فتكاً": a comparative made with either word)
    ("أكثر", "أزيد", "يزيد", "يتجاوز", "تجاوز", "يفوق", "تخطى", "يتخطى", "تتخطى", "تخطت", "أشد", "الأشد"),
    # (a weight told with its verb or its noun: "يزن المسبار 1350 كيلوغراماً" = "يبلغ وزن المسبار …" = "تبلغ كتلته …")
    ("يزن", "تزن", "وزن", "وزنه", "وزنها", "كتلة", "كتلته", "كتلتها"),
    # (what a rule lets one do: "اتفاق يتيح لروسيا استخدام القاعدة" = "اتفاق يسمح لروسيا باستخدام القاعدة")
    ("يسمح", "تسمح", "سمح", "سمحت", "يتيح", "تتيح", "أتاح", "أتاحت"),
    # (a postponement in other words: "أُرجئ الإطلاق مرتين" = "بعد تأجيله مرتين"; polarity.POLARITY_FAMILIES has them
    # in one family too, so neither side's word is a denial the other lacks)
    POSTPONING,
    CANCELLING,
    # (a denial whatever its form: "الشركة تنفي إفلاسها" = "نفت الشركة الأخبار عن إفلاسها"; "نفت" has no root the tables
    # know, and "تنفي" was left unlinked, the pair contradicted: "the source says الأخبار where the claim says تنفي")
    DENIAL_WORDS,
    # (an aim: "تسعى الخطة إلى نقل الوزارات" = "تهدف الخطة إلى نقل الوزارات"; not the noun هدف, a goal scored)
    ("يهدف", "تهدف", "يسعى", "تسعى", "سعى", "سعت"),
    # (a bet on what will bring it about: "ويعول القائمون على المشروع على الطاقة المتجددة" = "ويراهن القائمون …")
    ("يراهن", "تراهن", "راهن", "راهنت", "يعول", "تعول", "عول", "عولت"),
    # (what a whole is made of: "وتألفت القافلة من ست شاحنات" = "وضمت القافلة ست شاحنات" = "واشتملت القافلة على …", dev 29)
    ("ضم", "ضمت", "يضم", "تضم", "تألف", "تألفت", "يتألف", "تتألف", "اشتمل", "اشتملت", "يشتمل", "تشتمل"),
    # (an appeal for help: "وطالبت الخوذ البيضاء المجتمع الدولي بمعدات ثقيلة" = "وناشدت … إرسال معدات ثقيلة")
    ("ناشد", "ناشدت", "يناشد", "تناشد", "طالب", "طالبت", "يطالب", "تطالب"),
    ("نحو", "حوالي", "قرابة", "زهاء", "ما يقارب"),
    # (round 34, dev 30's true sentences dropped for one word said otherwise: a refusal to disclose is one to reveal,
    # "رفض الإفصاح عن مكان إقامته" = "امتنع عن الكشف عن مكان إقامته"; a city that holds five million is one that takes
    # them in, "تتسع المدينة لخمسة ملايين" = "تستوعب المدينة خمسة ملايين"; a crowd is a crowding, "الزحام" = "الازدحام")
    ("الإفصاح", "إفصاح", "أفصح", "يفصح", "تفصح", "الكشف"),
    ("يتسع", "تتسع", "يستوعب", "تستوعب"),
    ("زحام", "الزحام", "ازدحام", "الازدحام"),
    # (round 35, dev 31's and dev 30's true sentences dropped for one word said otherwise: the kin of the missing, "أهالي
    # المفقودين" = "ذوو المفقودين"; who lives in tents stays in them, "ويقيم المتضررون في خيام" = "ويعيش …"; to attract,
    # "لاستقطاب السكان" = "لجذب السكان"; what a departure raises, "ويثير رحيله تساؤلات حول مصير القاعدتين" = "ويطرح
    # رحيله أسئلة عن مستقبل القاعدتين")
    ("أهالي", "الأهالي", "ذوو", "ذوي", "عائلات", "العائلات"),
    ("يقيم", "تقيم", "يقيمون", "يعيش", "تعيش", "يعيشون"),
    ("جذب", "لجذب", "يجذب", "تجذب", "استقطاب", "لاستقطاب", "يستقطب", "تستقطب"),
    ("يثير", "تثير", "يطرح", "تطرح"),
    ("تساؤلات", "التساؤلات", "تساؤل", "أسئلة", "الأسئلة", "سؤال"),
    ("مصير", "مستقبل"),
    # (round 36, dev 32: people counted as heads of a population, "خمسة ملايين شخص" = "خمسة ملايين نسمة"; a home,
    # "إثر سقوطه في بيته" = "في منزله"; a ship that blocked the channel closed it, "سدت المجرى" = "إغلاقها المجرى")
    ("نسمة", "شخص"),
    # (round 37, dev 33: "رفض بيسكوف الكشف عن مكان إقامته" = "امتنع بيسكوف عن الكشف …"; "ترك بلاده" = "غادر البلاد"; "تستطيع
    # روسيا توجيه ضربات" = "إنها قادرة على توجيه ضربات")
    ("رفض", "رفضت", "يرفض", "ترفض", "امتنع", "امتنعت", "يمتنع", "تمتنع"),
    ("ترك", "تركت", "يترك", "تترك", "غادر", "غادرت", "يغادر", "تغادر"),
    ("تستطيع", "يستطيع", "استطاع", "استطاعت", "قادر", "قادرة", "قادرون"),
    ("بيت", "بيته", "بيتها", "منزل", "منزله", "منزلها"),
    ("سدت", "يسد", "تسد", "أغلقت", "أغلق", "يغلق", "تغلق", "إغلاق", "إغلاقها"),
    ("حكومة", "الحكومة", "السلطات"),
    ("العاصمة",),
    # (read off ANS-train paraphrases the checker called contradicted: words of one meaning in headlines)
    ("كبير", "كبيرة", "واسع", "واسعة", "ضخم", "ضخمة", "كثيف", "كثيفة", "هائل", "هائلة"),
    ("يخطط", "تخطط", "خطط", "ينوي", "تنوي", "نوى", "يعتزم", "تعتزم", "اعتزم", "عزم"),
    ("تباين", "تباينت", "يتباين", "اختلاف", "تفاوت"),
    # (round 19, ANS-train agree pairs whose one word the aligner could not link, each pair of words found in no
    # ANS-train disagree pair: a strike "in protest at" a law is one "in reply to" it; an involvement in an attack,
    # either word)
    ("ردا", "احتجاجا"),
    # (round 20, the same way: who worries fears, "قلقون من" = "يخشون"; who is in need needs, "بحاجة إلى" = "يحتاج إلى")
    ("قلق", "قلقون", "قلقين", "قلقة", "يخشى", "تخشى", "يخشون", "خشية"),
    ("بحاجة", "يحتاج", "تحتاج", "يحتاجون", "يحتاجان", "تحتاجان"),
    # (a price's move told by another verb of it, each family whole (round 20): "النفط يقفز" = "ارتفاع النفط", "القطن
    # يتعافى" = "ارتفاع القطن", "الليرة تهوي" = "هبوط الليرة", "تضاؤل العجز" = "انخفاض العجز". Two forms of one root
    # link as that root all the same (wordlinks), and a claim word takes the sentence's word of its own root first
    # (align.align), so a claim telling two things in two of these words keeps each on its own)
    ("ارتفع", "يرتفع", "ترتفع", "ارتفعت", "ارتفاع", "ارتفاعا", "صعد", "يصعد", "تصعد", "صعدت", "صعود", "صعودا",
     "قفز", "يقفز", "تقفز", "قفزت", "قفزة", "تعافى", "يتعافى", "تتعافى", "تعافت", "تعافي"),
    ("انخفض", "ينخفض", "تنخفض", "انخفضت", "انخفاض", "انخفاضا", "هبط", "يهبط", "تهبط", "هبطت", "هبوط", "هبوطا",
     "تراجع", "يتراجع", "تتراجع", "تراجعت", "تراجعا", "تضاءل", "يتضاءل", "تتضاءل", "تضاؤل", "تهاوى", "يتهاوى",
     "تتهاوى", "تهاوت", "يهوي", "تهوي", "انهار", "ينهار", "تنهار", "انهيار", "تدهور", "يتدهور", "تتدهور"),
    # (a cut someone makes, three roots of one meaning: "خطة لتقليل الاستهلاك" = "خطة لخفض الاستهلاك", "الوزارة تقلص
    # الدعم" = "الوزارة تخفض الدعم"; apart from the fall above, whose thing moves by itself. Not "تقلص", also "shrank")
    ("خفض", "يخفض", "تخفض", "خفضت", "تخفيض", "قلص", "يقلص", "قلصت", "تقليص", "قلل", "يقلل", "تقلل", "قللت", "تقليل"),
    ("تورط", "ضلوع", "تورطهم", "ضلوعهم", "تورطها", "ضلوعها"),
    ACHIEVING_VERBS,
    ("أصبح", "يصبح", "تصبح", "أصبحت", "ليصبح", "لتصبح", "غدا", "يغدو", "تغدو", "غدت", "ليغدو", "لتغدو", "صار",
     "يصير", "تصير", "صارت", "ليصير", "لتصير"),
    # (a goal or a result scored: "سجل ميسي هدفين" = "أحرز ميسي هدفين"; with it, a "فيما" sentence's clauses each
    # keep their own agent: "أحرز" of the other clause is no clash when "سجل" says it in the agent's own one)
    ("سجل", "يسجل", "تسجل", "سجلت", "تسجيل", "أحرز", "يحرز", "تحرز", "أحرزت", "إحراز"),
    ("فر", "يفر", "يفرون", "فروا", "فرار", "هرب", "يهرب", "هروب", "هربا", "نزح", "ينزح", "نزوح"),
    ("سفينة", "ناقلة", "الحاوية", "السفينة"),
    ("جنحت", "علقت", "جنوح"),
    ("انفجار", "تفجير", "انفجر"),
    ("مرفأ", "ميناء"),
    ("نظام", "حكم"),
    ("سقط", "سقوط", "انهار", "انهيار", "تهدم", "تهدمت", "انهارت"),  # ("انهارت آلاف المباني" = "تهدمت آلاف المباني")
    ("مسبار", "المسبار"),
    ("وصل", "بلغ", "وصول", "دخل", "يصل", "تصل", "يبلغ", "تبلغ"),  # (the present of وصل drops its و)
    # (a round reached is a round qualified for: "تأهل المغرب إلى نصف النهائي" = "بلغ المغرب الدور نصف النهائي")
    ("تأهل", "تأهلت", "يتأهل", "تتأهل", "بلغ", "بلغت", "يبلغ", "تبلغ", "وصل", "وصلت", "يصل", "تصل"),
    # (a cause given: "أرجعت الهيئة الجنوح إلى الرياح" = "عزت الهيئة الحادث إلى الرياح")
    ("عزا", "عزت", "يعزو", "تعزو", "أرجع", "أرجعت", "أرجعوا", "عزوا", "نسب", "نسبت", "ينسب", "تنسب"),
    ("متجه", "متجهة", "متوجه", "متوجهة", "متجها", "متوجها", "طريق"),  # ("متجهة إلى" = "في طريقها إلى")
    ("اختتم", "ختام", "أنهى"),
    ("تولى", "تسلم", "عين", "تعيين", "تنصيب"),
    ("أسس", "أنشأ", "تأسيس", "إنشاء"),
    ("الحرب", "الصراع", "النزاع"),
    ("مباراة", "المباراة", "لقاء"),
    ("هدف", "أهداف"),
    ("نقل", "حول"),
    ("طائرة", "طائرات"),
    ("مطار",),
    ("قياسي", "قياسية", "قياسيا", "قياسيين", "قياسيتين"),
    # (a plan's items are what it holds: "ومن أبرز بنودها تحويل الصندوق …" = "ومن أبرز ما تضمنته الرؤية تحويل الصندوق …";
    # round 41, dev 18, 28, 30, 32, 33, 35, 37 dropped or contradicted it, "no evidence for: بنودها")
    ("بنود", "بنوده", "بنودها", "تضمن", "تضمنت", "يتضمن", "تتضمن", "تضمنته", "تضمنها"),
    # (to avoid: "تفادياً لحرارة الصيف" = "تجنباً لحرارة الصيف"; round 42, dev 28 and the bench's held-out style dropped it,
    # "no evidence for: تفادياً")
    ("تجنب", "تجنبا", "تجنبت", "يتجنب", "تتجنب", "تفادى", "تفاديا", "تفادت", "يتفادى", "تتفادى"),
    # (what lies next to a place is near it: "أحياء كاملة مجاورة للمرفأ" = "أحياء كاملة قريبة من المرفأ"; round 45, dev 39
    # and 41 contradicted it, "the source says قريبة where the claim says مجاورة". The adjective only: not "قريب" nor
    # "القريب", also a relative and soon, nor "جار", a neighbour and ongoing)
    ("مجاور", "مجاورة", "المجاور", "المجاورة", "قريبة", "القريبة"),
    # (who watch a match in its stadium: "أمام قرابة 89 ألف مشجع" = "حضور نحو 89 ألف متفرج"; dev 41 dropped it, "no
    # evidence for: مشجع". Not "مشاهد", also a scene and a viewer at home)
    ("متفرج", "متفرجا", "متفرجين", "متفرجون", "مشجع", "مشجعا", "مشجعين", "مشجعون"),
)

# Verbs of one deed in news, written for this project from the verbs news reports a deed with (round 39; two pairs,
# "أتى" / "جاء" and "احتضن" / "استضاف", were among the dev sets' drops, the rest read off no set): each group is one
# deed, its past and present in both genders and its verbal noun where that is not also another word. A claim that
# says the source's deed with another verb of its group links to it as a synonym does; a verb of another deed links to
# nothing, and the claim is dropped as before (tests/test_guard_round39.py swaps each group's verb for a verb of
# another deed against the same source sentence: never supported). Left out on purpose: a form that is another word
# too ("عبر", via; "ذهب", gold; "يشيد", praises and builds; "بناء", based on; "تواصل", contact; "أثنى", which folds to
# the number "اثني"), and verbs that differ in strength ("دعا" / "طالب", "انتقد" / "هاجم").
EQUIVALENT_DEEDS: tuple[tuple[str, ...], ...] = (
    # came ("وأتت الزيارة بعد خمسة أيام" = "وجاءت الزيارة …")
    ("أتى", "أتت", "جاء", "جاءت"),
    # hosted ("احتضن استاد البيت حفل الافتتاح" = "استضاف استاد البيت …")
    ("استضاف", "استضافت", "يستضيف", "تستضيف", "استضافة", "احتضن", "احتضنت", "يحتضن", "تحتضن"),
    # carried out an attack ("نفذت الطائرات غارات" = "شنت الطائرات غارات")
    ("شن", "شنت", "يشن", "تشن", "نفذ", "نفذت", "ينفذ", "تنفذ"),
    # warned
    ("حذر", "حذرت", "يحذر", "تحذر", "تحذير", "نبه", "نبهت", "ينبه"),
    # praised
    ("أشاد", "أشادت", "إشادة", "نوه", "نوهت", "ينوه", "تنوه"),
    # pledged
    ("تعهد", "تعهدت", "يتعهد", "تتعهد", "وعد", "وعدت"),
    # discussed ("بحث الوزيران التعاون" = "ناقش الوزيران التعاون")
    ("ناقش", "ناقشت", "يناقش", "تناقش", "مناقشة", "بحث", "بحثت", "تباحث", "تباحثا"),
    # used
    ("استخدم", "استخدمت", "يستخدم", "تستخدم", "استخدام", "استعمل", "استعملت", "يستعمل", "تستعمل", "استعمال"),
    # broadcast
    ("بث", "بثت", "يبث", "تبث", "أذاع", "أذاعت", "يذيع", "تذيع"),
    # went, travelled
    ("توجه", "توجهت", "يتوجه", "تتوجه", "سافر", "سافرت", "يسافر", "تسافر",
     # (and went, in the present only: "ولم يذهب محفوظ إلى ستوكهولم" = "ولم يسافر محفوظ إلى ستوكهولم", dev 13, 29, 36;
     # the past "ذهب" is also gold)
     "يذهب", "تذهب"),
    # returned
    ("عاد", "عادت", "يعود", "تعود", "عودة", "رجع", "رجعت", "يرجع", "ترجع"),
    # completed
    ("أكمل", "أكملت", "يكمل", "تكمل", "إكمال", "استكمل", "استكملت", "يستكمل", "تستكمل", "استكمال"),
    # managed to ("تمكن المسبار من دخول المدار" = "نجح المسبار في دخول المدار")
    ("تمكن", "تمكنت", "يتمكن", "تتمكن", "نجح", "نجحت", "ينجح", "تنجح"),
    # celebrated
    ("احتفل", "احتفلت", "يحتفل", "تحتفل", "احتفى", "احتفت", "يحتفي", "تحتفي"),
    # took part
    ("شارك", "شاركت", "يشارك", "تشارك", "اشترك", "اشتركت", "يشترك", "تشترك"),
    # granted
    ("منح", "منحت", "يمنح", "تمنح", "أعطى", "أعطت", "يعطي", "تعطي"),
    # sent
    ("أرسل", "أرسلت", "يرسل", "ترسل", "إرسال", "بعث", "بعثت", "يبعث", "تبعث"),
    # agreed
    ("اتفق", "اتفقت", "يتفق", "تتفق", "توافق", "توافقت", "يتوافق", "تتوافق"),
    # (not built, "بنى" / "شيد": their forms are other words' keys in the word tables, "بنى" keyed as "بن" with "البنية"
    # and "لبنان": SLOT_DEEDS below; nor designed / developed, two steps of one work)
)

# Verbs of one deed the word tables cannot link, their forms keyed as other words ("بنى" as "بن", son of, with "البنية"
# and "لبنان"; "بنت" a daughter): matched as written, and only in the verb's own slot, right before the sentence's word
# linked to the claim's word right after the verb or right after the one linked to the word before it
# (akhbar.deed_phrases.deed_in_the_same_slot): "بنت الشركة الجسر" = "شيدت الشركة الجسر". Not "يشيد" (also praises), not
# "تبني" (also adopts); a relative clause's "بنته" is in no slot of the main verb (guard48's round-39 TRUST BUG).
# Destroyed, told as razed to the ground ("وسويت بالأرض أحياء مجاورة للمرفأ" = "… بعد أن دمر أحياء كاملة قريبة من
# المرفأ", "وسويت بالأرض آلاف البنايات" = "وتهدمت آلاف المباني"; dev 39 and 40 dropped them, "no evidence for: وسويت،
# بالأرض"): "سوّى" only with "بالأرض" right after it, a phrase of two words ("سوى" alone is "except"), and not "تدمر"
# (also Palmyra), nor "هدم" (demolished: a deed of its own in the swaps of tests/test_guard_round40.py). And laid waste,
# "خرّب" ("وخربت أحياء كاملة مجاورة للمرفأ" = "… بعد أن دمر أحياء كاملة قريبة من المرفأ"; dev 41 dropped it, "no evidence
# for: وخربت"), its past only ("يخرب" is no form the news writes of a blast).
SLOT_DEEDS: tuple[tuple[str, ...], ...] = (
    ("بنى", "بنت", "بنوا", "يبني", "شيد", "شيدت", "شيدوا"),
    ("دمر", "دمرت", "دمروا", "تهدم", "تهدمت", "سويت بالأرض", "سوي بالأرض", "سوت بالأرض",
     "سووا بالأرض", "خرب", "خربت", "خربوا"),
)

# A deed told by a verb and its verbal noun, as a model words a one-word verb ("قدم الوزير استقالته" = "استقال الوزير",
# "أجرى الوزير اتصالاً بنظيره" = "اتصل الوزير بنظيره", "عقد الوفدان اجتماعاً" = "اجتمع الوفدان"): each entry, the verbs
# that frame the deed and the deed's nouns (as a noun is read: without ال / ب, its pronoun or its tanween). The claim's
# verb is known where its noun, after the verb and its doer, is linked to the sentence's verb of the noun (no article),
# or to the same noun after a verb of the same entry ("أعلن دياب استقالة حكومته" / "قدمت حكومة دياب استقالتها"):
# akhbar.deed_phrases.phrase_of_the_deed. A noun after any other verb ("رفض الرئيس استقالة الوزير", "طالب المحتجون
# الوزير بالاستقالة") tells no such deed, and the claim's verb stays unlinked.
PHRASED_DEEDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    # submitted, announced (a resignation, an apology, a complaint)
    (("قدم", "قدمت", "قدموا", "يقدم", "تقدم", "تقدمت", "أعلن", "أعلنت"), ("استقالة", "استقالات", "اعتذار", "شكوى")),
    # held (a meeting)
    (("عقد", "عقدت", "عقدوا", "يعقد", "تعقد"), ("اجتماع", "اجتماعات", "لقاء", "لقاءات")),
    # conducted (a call, talks, a visit)
    (("أجرى", "أجرت", "أجروا", "يجري", "تجري"), ("اتصال", "اتصالات", "محادثات", "مباحثات", "زيارة", "مشاورات")),
    # launched (an attack)
    (("شن", "شنت", "شنوا", "يشن", "تشن"), ("هجوم", "هجمات", "هجمة")),
    # directed (criticism, a call, a charge, a warning, a threat)
    (("وجه", "وجهت", "وجهوا", "يوجه"), ("انتقاد", "انتقادات", "دعوة", "اتهام", "اتهامات", "تحذير", "تحذيرات", "تهديد",
                                        "تهديدات")),
    # expressed (support, a welcome, regret, worry, a refusal)
    (("أبدى", "أبدت", "يبدي", "تبدي", "أعرب", "أعربت", "يعرب", "تعرب"), ("تأييد", "ترحيب", "أسف", "قلق", "رفض")),
    # took (a decision)
    (("اتخذ", "اتخذت", "يتخذ", "تتخذ"), ("قرار",)),
    # made (a statement, a vote)
    (("أدلى", "أدلت", "يدلي", "تدلي"), ("تصريح", "تصريحات", "صوت")),
    # threw (arrest: "ألقت الشرطة القبض على" = "قبضت الشرطة على")
    (("ألقى", "ألقت", "يلقي", "تلقي"), ("القبض",)),
    # issued (orders: "أصدر قائد الجيش أوامره بإخلاء المستودعات" = "أمر قائد الجيش بإخلاء المستودعات"; round 42, dev 34, 37
    # and 38 dropped it, "no evidence for: وأصدر": the light "issued" reads a bare order only, "أصدر أمراً"). The verb
    # "أمر" is written as its noun: akhbar.deed_phrases reads it as the verb only right before the "ب" of what it orders
    (("أصدر", "أصدرت", "أصدروا", "يصدر", "تصدر"), ("أمر", "أوامر")),
)

# Verbs of one deed before the same object only ("فرضت الحكومة حالة الطوارئ" = "أعلنت الحكومة حالة الطوارئ"; "أعلنت
# الحكومة" alone says something else): the claim's verb is known where the sentence writes a verb of the same entry right
# before (its doer between) the word linked to the claim's object. "رفعت الحكومة حالة الطوارئ" (lifted) and "مددت"
# (extended) are no verbs of it (akhbar.deed_phrases.phrase_of_the_deed).
SAME_OBJECT_DEEDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("فرض", "فرضت", "يفرض", "تفرض", "أعلن", "أعلنت", "يعلن", "تعلن"), ("طوارئ", "تجول", "عرفية", "حداد")),
    # (a bankruptcy declared: "أشهرت الشركة إفلاسها" = "أعلنت الشركة إفلاسها", held out 40's true claim, round 41)
    (("أشهر", "أشهرت", "يشهر", "تشهر", "أعلن", "أعلنت", "يعلن", "تعلن"), ("إفلاس",)),
    # (an office taken: "تسلم المهندس رئاسة البلدية" = "تولى المهندس رئاسة البلدية", verify54's round-42 find, unsupported
    # with "تسلم" unlinked; "تسلم رسالة" receives a letter and is no verb of it)
    (("تولى", "تولت", "يتولى", "تتولى", "تسلم", "تسلمت", "يتسلم", "تتسلم", "استلم", "استلمت", "يستلم", "تستلم"),
     ("رئاسة", "منصب", "مهام", "قيادة", "إدارة", "حقيبة", "زمام", "مقاليد")),
    # (a patient discharged: "خرج الممثل من المستشفى" = "غادر الممثل المستشفى", round 42's held out, now dev, unsupported
    # with "غادر" unlinked; "خرج" alone also marches or breaks a silence)
    (("غادر", "غادرت", "يغادر", "تغادر", "خرج", "خرجت", "يخرج", "تخرج"), ("مستشفى",)),
)

# One deed told by a verb that takes its object bare and by one that takes it after "على", each entry (the first
# verbs, the second): approved, told as agreed to ("وافق مجلس الوزراء على الرؤية" = "أقر مجلس الوزراء الرؤية"; dev 32,
# 33, 38 dropped it, "no evidence for: ووافق"); received, told as got ("حصلت الهيئة بموجب الاتفاق على قاطرة بحرية" =
# "تسلمت الهيئة … قاطرة بحرية"; dev 6, 31, 34, 36, 38). Only with that object, and no prize nor reward as the object:
# "أقر بالهزيمة" (admitted) is not approving, and a prize received ("تسلمت ابنتاه الجائزة نيابة عنه") is not one won
# ("حصل على الجائزة"), so "تسلم" stays no win (akhbar.deed_phrases.object_on_told_otherwise); "توافق" (also accord) is
# not here.
# Sold at a price, told as offered at it ("وبيع السهم بسعر 32 ريالاً" = "وطرحت الشركة … من أسهمها بسعر 32 ريالاً للسهم";
# dev 27, 31, 36, 38 dropped it, "no evidence for: وبيع"): (the passive of selling, the verbs of offering shares). Only
# where both sides write the price ("بسعر"), the offering verb in the price's clause, and the thing sold a share (the
# third): a tender offered at a price ("طرحت الحكومة مناقصة لشراء القمح بسعر …") sold nothing
# (akhbar.deed_phrases.sold_at_the_price).
SOLD_AT_OFFER: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (
    ("بيع", "بيعت", "يباع", "تباع"),
    ("طرح", "طرحت", "طرحوا", "يطرح", "تطرح"),
    ("سهم", "أسهم", "السهم", "الأسهم"),
)
# Words after a body that name who leads it ("وأقر مجلس الوزراء برئاسة رئيس الحكومة الخطة"): no object of the verb
# before them, though glued to "ب" as an admission's is ("أقر الوزير بالخطأ"; akhbar.deed_phrases, an object told by a
# pronoun).
LEADER_HEADS = ("برئاسة", "بقيادة", "بزعامة")
OBJECT_ON_DEEDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("أقر", "أقرت", "أقروا", "يقر", "تقر"), ("وافق", "وافقت", "وافقوا", "يوافق")),
    (("تسلم", "تسلمت", "تسلموا", "يتسلم", "تتسلم", "استلم", "استلمت", "استلموا", "يستلم", "تستلم"),
     ("حصل", "حصلت", "حصلوا", "يحصل", "تحصل")),
)


# --- light verbs -------------------------------------------------------------------------------------

# Light verbs: verbs a sentence can be worded with or without, saying nothing the words around them do
# not ("وجاء الإطلاق بعد تأجيله" = "أُطلق بعد تأجيله"; "بلغت قوة الزلزال 7.8" = "زلزال بقوة 7.8";
# "تلاه زلزال ثان" = "ثم زلزال ثان"; "شملت الرؤية طرح الأسهم" = "من أهداف الرؤية طرح الأسهم"). The
# claim checker's aligner gives them no content of their own, on either side, when their sentence
# uses them lightly: "جاء" only before a word that places it in time or scope (LIGHT_AFTER: "جاء
# الرئيس إلى دمشق" is a journey, not a light verb), "بلغ" only in a sentence with a number ("بلغت
# القوات دمشق" is an advance), "انتهى" only before the result it ends with ("انتهى الوقتان بالتعادل" =
# "تعادلا في الوقتين"; "انتهت الحرب عام 1945" tells what happened), the passive "أقيم" (was held) only
# before the place it was held in ("أقيمت المباراة على استاد لوسيل" = "المباراة على استاد لوسيل"; the
# active "أقام" builds or hosts, and is not here). Kept short on purpose: a verb that tells what
# happened (غادر، وصل) carries content and is not here. Each form as written (و / ف before it too); folded when read.
# Verbs that place an event before or after the one their object pronoun stands for: the subject after them is the
# earlier event ("وسبقتها احتجاجات" = "وجاءت بعد احتجاجات") or the later one ("وتلتها احتجاجات"). Light verbs (below);
# which came first is read from them (akhbar.event_order.sequence_conflicts). Without the pronoun ("سبقت الاستقالة
# احتجاجات") unwritten case endings leave which came first unknown: not here.
# Verbs that hold a meeting or an event ("مؤتمر عقد أمس في نيامي"): the place after them is the event's own, a name
# the lists lack too (akhbar.verify_tellings; with LIGHT_VERBS["before_place"], "أقيم").
HELD_VERBS = ("عقد", "عقدت", "انعقد", "انعقدت", "يعقد", "تعقد", "ينعقد", "تنعقد")
# The events a verb of holding ("أقيمت", "يقام") tells held on a day, the verb light before them: "أقيمت المباراة مساء
# الأحد" = "المباراة مساء الأحد"; a cup or a festival too ("يقام كأس السوبر في 12 أغسطس" = "… في كأس السوبر في 12
# أغسطس", round 45's dev batch 27, "no evidence for: يقام"; akhbar.wordfacts.used_lightly).
HELD_EVENTS = ("المباراة", "النهائي", "المباراة النهائية", "كأس", "بطولة", "البطولة", "مهرجان", "المهرجان", "معرض",
               "المعرض", "مؤتمر", "المؤتمر", "حفل", "الحفل")
PRECEDED_IT = ("سبقته", "سبقتها", "سبقه", "سبقها", "يسبقه", "يسبقها", "تسبقه", "تسبقها")
FOLLOWED_IT = ("تلاه", "تلاها", "تلته", "تلتها", "يليه", "يليها", "تليه", "تليها")

LIGHT_VERBS = {
    "always": ("تلا", *FOLLOWED_IT, *PRECEDED_IT,
               "شمل", "شملت", "يشمل", "تشمل",
               "بقي", "بقيت", "بقوا", "يبقى", "تبقى", "يبقون", "سيبقى", "ستبقى", "يبق", "تبق",
               # ("ظل", remained, as "بقي": "ستظل المؤسسات قائمة" = "ستبقى المؤسسات قائمة"; dev 28 dropped it for "ستظل")
               "ظل", "ظلت", "ظلوا", "يظل", "تظل", "يظلون", "سيظل", "ستظل",
               "جرى", "جرت",
               # (the future "سيتم" / "ستتم" before the verbal noun it frames: "سيتم افتتاح الجسر" = "افتتاح الجسر",
               # which verify_deeds.planned_as_done still tells from "تم افتتاح" / "افتتح"; read as a word of its own
               # it stood in a changed slot against any other frame: "تقرر تأجيل", "الحكومة سترفع")
               "سيتم", "ستتم",
               # (and "تم" / "يتم", which tell the verbal noun after them done: "تم اعتقال الشيخ" = "اعتقل الشيخ", which
               # verify_deeds reads from the text; as a word of its own "تم" stood in the slot of a headline's "تقارير عن
               # اعتقال الشيخ" and a true claim was contradicted, round 24)
               "تم", "وتم", "تمت", "يتم", "تتم"),  # ("وتم": a word of three letters keeps its و, wordfacts.token_facts)
    # ("أتى" as "جاء": "وأتت الزيارة بعد خمسة أيام" = "وجاءت الزيارة بعد خمسة أيام"; EQUIVALENT_DEEDS)
    "before_time": ("جاء", "جاءت", "أتى", "أتت", "يأتي", "تأتي", "يندرج", "تندرج", "اندرج", "اندرجت"),
    "with_number": ("بلغ", "بلغت", "يبلغ", "تبلغ"),
    "before_result": ("انتهى", "انتهت", "ينتهي", "تنتهي"),
    "before_place": ("أقيم", "أقيمت", "يقام", "تقام", "ستقام"),
    "located": ("يقع", "تقع"),
    # (extends: where a thing lies, or how long it is or lasts, its number telling it: "ويمتد عقد الفوسفات خمسين عاماً" =
    # "عقد … مدة 50 عاماً", "ويمتد طول المدينة إلى 170 كيلومتراً" = "يبلغ طولها 170 كيلومتراً"; dev 6, 15, 32, 34 and
    # 37 dropped them, "no evidence for: ويمتد")
    "extends": ("يمتد", "تمتد", "امتد", "امتدت"),
    "reaches": ("يصل", "تصل", "وصل", "وصلت", "سيصل", "ستصل"),
    "overlooks": ("يطل", "تطل", "مطل", "مطلة", "المطل", "المطلة"),
    "before_tally": ("أنهى", "أنهت", "ينهي", "تنهي"),
    "considered": ("يعد", "تعد", "يعتبر", "تعتبر", "اعتبر", "اعتبرت", "يصنف", "تصنف", "صنف", "صنفت"),
    # (took, lasted, of time: "استغرق التعويم ستة أيام" = "التعويم بعد ستة أيام", "حكم البعث الذي دام 61 عاماً" = "61
    # عاماً من حكم البعث"; with a number in the sentence, the span is the fact; dev 28 dropped both for the verb alone)
    "lasted": ("استغرق", "استغرقت", "يستغرق", "تستغرق", "سيستغرق", "ستستغرق", "دام", "دامت", "يدوم", "تدوم"),
    # (issued, before an order or a decree: "أصدر بوتين أمراً ببدء السحب" = "أمر ببدء السحب"; dev 28: "no evidence for:
    # وأصدر". ISSUED_ORDERS; "أصدر كتاباً" and "تصدرت الهجوم" keep the verb)
    "issued": ("أصدر", "أصدرت", "يصدر", "تصدر", "سيصدر", "ستصدر"),
    "took_on": ("تولى", "تولت", "يتولى", "تتولى", "سيتولى", "ستتولى"),
    "before_meeting": ("تأهل", "تأهلت", "يتأهل", "تتأهل"),
    "described": ("وصف", "وصفت", "يوصف", "توصف"),
    # (known, well known: "ومن رواياته المعروفة أولاد حارتنا" = "ومن أشهر رواياته أولاد حارتنا", no fact of its own; dev 15,
    # 24 and 26 dropped true sentences for "المعروفة" alone. Not before "باسم": "المعروفة باسم الخوذ البيضاء" names)
    "known": ("المعروف", "المعروفة", "المعروفين", "المعروفون"),
    "via": ("مر", "مرت", "يمر", "تمر", "ستمر", "سيمر"),
    # ("as", in one's capacity as: "حصل ميسي على الكرة الذهبية بوصفه أفضل لاعب" = "… لأفضل لاعب", the words after it
    # tell what it frames; dev 27 dropped that true sentence for "بوصفه" alone)
    "as_one": ("بوصفه", "بوصفها", "بصفته", "بصفتها", "باعتباره", "باعتبارها"),
    # (nouns that only frame the event noun after them, below)
    "precipitation": ("هطول", "تساقط"),
    "accident": ("حادث", "حادثة"),
    "leads_to": ("أدى", "أدت", "يؤدي", "تؤدي", "سيؤدي", "ستؤدي"),
    "causes": ("تسبب", "تسببت", "يتسبب", "تتسبب", "سيتسبب", "ستتسبب",
               "يسبب", "يسببان", "تسببان", "يسببون", "سيسبب", "ستسبب", "سببت", "يسببها", "يسببه"),
    "results_in": ("أسفر", "أسفرت", "يسفر", "تسفر", "سيسفر", "ستسفر"),
    "toll": ("أوقع", "أوقعت", "خلفت"),
    "undergoes": ("تعرض", "تعرضت", "يتعرض", "تتعرض", "سيتعرض", "ستتعرض", "تعرضوا", "يتعرضون"),
    "faces": ("يواجه", "تواجه", "سيواجه", "ستواجه", "يواجهون"),
    "hosted": ("شهد", "شهدت", "يشهد", "تشهد", "سيشهد", "ستشهد"),
    "aims": ("يهدف", "تهدف", "يسعى", "تسعى", "سيسعى", "ستسعى"),
    # (an age: "عن عمر يناهز 76 عاماً" = "عن 76 عاماً", the value tells it; read as a word, "عمر" was the name Omar)
    "age": ("عمر", "عمره", "عمرها", "العمر", "بعمر"),
    # (a deed told through its verbal noun after ب: "قامت الشرطة باعتقال المشتبه به" = "اعتقلت الشرطة المشتبه به",
    # ANS: "no evidence for: قامت"; only before such a ب word within its doer's reach: "قامت الثورة" rose up;
    # verify_light_verbs still reads the doer's place from the text)
    "does": ("قام", "قامت", "يقوم", "تقوم", "قاموا", "يقومون"),
}

# The verbs that frame an event as caused or undergone say nothing the event's own noun does not: "أدى إلى" /
# "تسبب في" (led to, caused) before the event ("هجوم يؤدي إلى مقتل 12" = "مقتل 12 في هجوم"), "تعرض لـ"
# (underwent) before its noun with لـ ("تعرض المتحف للسرقة" = "سرقة المتحف"), "يواجه" (faces) before a charge or a
# trial (FACED: "مواطن يواجه المحاكمة" = "محاكمة مواطن"). What caused what is then read from the nouns alone, as a
# headline writes it; "واجه الفريق خصمه" (played), "يواجه أزمة" and the past "واجه" keep the verb. "تسبب في"
# and the transitive "يسبب" / "تسبب" (causes, its object right after it or after its subject: "الأمطار تسبب
# فيضانات" = "فيضانات بسبب الأمطار") are light before any word ("سبب" alone is the noun "reason" and is not
# here); "أسفر عن" (resulted in) before عن, or with its subject between
# ("وأسفر الانفجار كذلك عن مقتل 200" = "أودى الانفجار بحياة 200"); "أوقع" / "خلّفت" (left, of a toll) only in a
# sentence with a number ("أوقع الزلزال 30 قتيلا" = "30 قتيلا في الزلزال"; "أوقع به" trapped him; "خلف" alone is
# also "behind" and "succeeded", and is not here).
# The words that tell one thing causing another beside those verbs ("بسبب", "جراء"), and the words that tell two things
# only at one time ("تزامن انقطاع الكهرباء مع موجة الحر"): a sentence that tells them together and no cause states no
# claim that one caused the other (akhbar.verify_causes.cause_of_a_coincidence, round 39; round 38's held out had such a
# claim supported at 0.96, the verbs of causing light).
CAUSE_WORDS = ("بسبب", "جراء", "نتيجة", "بفعل", "لأن", "سبب", "سببه", "سببها", "أسباب")
COINCIDENCE_WORDS = ("تزامن", "تزامنت", "يتزامن", "تتزامن", "بالتزامن", "تزامنا", "متزامنا", "متزامنة", "تزامنه", "تزامنها")
CAUSED = {"leads_to": ("إلى", "لـ"), "results_in": ("عن",)}  # (لـ: on the event's noun, "لمقتل";
# "يودي بحياة" — أودى, claimed a life — is written as "يؤدي" folds and keeps its ب: not light)
FACED = ("اتهام", "اتهامات", "تهمة", "تهم", "محاكمة", "عقوبة", "عقوبات", "إعدام", "سجن", "دعوى", "دعاوى")

# "يعد" / "يعتبر" (is counted) is light before "من" / "أحد": "ويُعد من أكبر الانفجارات" = "وهو من أكبر الانفجارات"; so
# is "يصنف … بين" (is classed among: "ويُصنَّف الانفجار بين أكبر الانفجارات"), and "يعد" before a word that points back
# (CONSIDERED_POINTERS: "وتعد هذه أول عملية" = "وهذه أول عملية") or before a rank, right after it or after its subject
# ("وتعد الكاتدرائية الأكبر"، "ويعد محفوظ أول كاتب عربي"): dev 28 dropped two such true sentences for "وتعد" alone.
# "تولى" (took on) is light before the verbal noun of what it took on: "تولى إدارة المرفأ" = "أدار المرفأ",
# "ستتولى إدارة البلاد" = "ستدير البلاد" (the verbal noun links to the verb); "تولى المنصب" keeps it.
# "تأهل" (qualified) is light before the meeting it qualified for: "تأهلت فرنسا لملاقاة الأرجنتين" = "ضربت فرنسا
# موعداً مع الأرجنتين" (the phrase "موعداً مع" reads as "ملاقاة"); "تأهل إلى النهائي" keeps it. ("ضرب" stays a
# word of the source: light too, it cost a supported sentence a point of the model's probability, 0.83 -> 0.82.)
# "أنهى" (ended) is light before the tally it ended with: "أنهى مبابي البطولة برصيد ثمانية أهداف" = "حصل مبابي على
# الحذاء الذهبي برصيد ثمانية أهداف" (the count is the fact); "أنهى الحرب" keeps it. "يمتد" (stretches) is light as
# "يقع" is, before where a thing lies: "يمتد المشروع على ساحل البحر الأحمر" = "يقع المشروع على ساحل البحر الأحمر";
# only the present, which tells a layout: "امتدت الحرائق إلى …" is an event of its own.
# "يصل" / "تصل … إلى" (reaches) is light before a size right after its "إلى", a measure or a span of time
# (lexicon.SIZE_UNITS): "تصل حمولتها إلى نحو 200 ألف طن" = "حمولتها نحو 200 ألف طن"; "وصل المسبار إلى المريخ" keeps it (a
# journey), and so does a price or a share ("وصل سعر السهم إلى 35.2 ريال" tells a rise: light, the share's offer
# price "بسعر 32 ريالاً" was read as the same slot and the true sentence replaced).
# "جرى" (took place) is the event's verbal noun said with a verb: "جرى التوقيع في الإسماعيلية" = "وُقّع الاتفاق في
# الإسماعيلية", "جرى الإطلاق فجراً" = "انطلق فجراً" (the noun links the source's verb); only the past: "يجري مقابلة"
# conducts one. "يطل على" (overlooks) places a thing as "يقع على" does, before a shore, a sea or a street
# (OVERLOOKED): "ويطل المشروع على البحر الأحمر" = "يقع المشروع على ساحل البحر الأحمر"; "يطل على العراق" is no
# layout (a figure "appears"). "وُصف … بأنه" (was
# described as) is light right before its "بأنه": "ووُصف الطرح بأنه الأكبر" = "في أكبر طرح"; the active "وصف بوتين
# الهجوم بأنه …" names who said it and keeps the verb (its "بأنه" is further). "مر عبر" (passed through) is "عبر":
# "ومرت القافلة عبر المعبر" = "عبرت القافلة المعبر" (the preposition عبر then links the source's verb).
# "شهد" (saw, of a place) is light with a place right after it or one word further, its subject: "وشهد وسط بيروت
# احتجاجات" = "احتجاجات في وسط بيروت", "شهدت مدينة حلب معارك" = "معارك في مدينة حلب" (a listed place, a town's head or a
# venue, lexicon.VENUES); "شهد الرئيس الحفل" (attended) and "شهدت الأسعار ارتفاعاً" keep the verb.
# "يهدف / يسعى … إلى" (aims at) is light before its "إلى", right after it or past its subject: "وتهدف الرؤية إلى تقليل
# الاعتماد على النفط" = "الرؤية خطة لتقليل الاعتماد على النفط" (what is aimed at is the fact; the aim's own words differ).
# Nouns that frame an event told by the noun after them, as headlines write it: "هطول" / "تساقط" (a fall of) before
# rain or snow ("بعد هطول الأمطار" = "الأمطار"), "حادث" (an accident) before the event's own noun ("في حادث تحطم
# الطائرة" = "في تحطم طائرة"; "حادث سير" keeps it). Read as words, each was a claim word the sentence lacks. Not "سقوط
# قتلى" / "وقوع ضحايا": a negation is read on that word ("دون سقوط ضحايا"), and light it reached nothing (12 gold
# contradictions of ANS-dev and ANS-train went unsupported).
CONSIDERED_POINTERS = ("هذه", "هذا", "ذلك", "تلك", "هؤلاء")
ISSUED_ORDERS = ("أمر", "أمرا", "أمراً", "أوامر", "قرار", "قرارا", "قراراً", "مرسوم", "مرسوما", "مرسوماً", "توجيهات", "تعليمات")
RAIN_WORDS = ("أمطار", "مطر", "ثلوج", "الأمطار", "الثلوج", "المطر")
ACCIDENT_EVENTS = ("تحطم", "انقلاب", "اصطدام", "تصادم", "غرق", "انفجار", "سقوط", "اعتداء", "دهس", "احتراق", "حريق",
                   "انهيار")
OVERLOOKED = ("ساحل", "بحر", "خليج", "نهر", "بحيرة", "شاطئ", "ميدان", "ساحة", "شارع", "وادي", "محيط", "قناة")  # (read with or without ال)
TALLY_WORDS = ("برصيد", "بحصيلة", "بمجموع", "رصيد", "حصيلة")
MEETING_WORDS = ("ملاقاة", "مواجهة", "لقاء", "ملاقاته", "مواجهته", "موعدا")
TAKEN_ON = ("إدارة", "رئاسة", "قيادة", "تدريب", "تنظيم", "حماية", "تسيير", "تشغيل", "إعداد", "تمويل")

# Venues that make "أقيم" (was held) light after في / على (with a place of the lexicon's list):
# "أقيمت المباراة على استاد لوسيل", not "أقيم المونديال في نوفمبر".
# (a town's quarter, a small town and a village name places too: "حي الجمالية", "بلدة البستان", "قرية …")
VENUES = ("استاد", "ملعب", "قاعة", "قصر", "ساحة", "مدينة", "مركز", "مقر", "العاصمة", "مسرح", "فندق", "حي", "بلدة",
          "قرية")
# Verbs that only frame the verbal noun after them as done, "came" / "was issued": "وجاء الإعلان يوم الأربعاء" = "أعلن
# يوم الأربعاء", "وصدر الإعلان خلال مؤتمر" = "أعلن خلال مؤتمر" (dev 27 dropped both: "no evidence for: وجاء / وصدر").
# Light only right before a noun the sentence tells as its verb of the same root (akhbar.link_pruning.frame_of_the_deed):
# "صدر الكتاب" (came out) and "جاء الرئيس" (came) keep their content where the sentence writes no such verb.
DEED_FRAMES = ("جاء", "جاءت", "صدر", "صدرت")
# ("تجنباً" / "تفادياً", to avoid, round 42: "وجاء ذلك تفادياً لحر الصيف")
LIGHT_AFTER = ("لسان", "بعد", "قبل", "عقب", "إثر", "اثر", "ضمن", "خلال", "تزامنا", "تزامناً", "بالتزامن", "إطار", "ردا",
               "رداً", "عشية", "غداة", "تجنبا", "تجنباً", "تفاديا", "تفادياً")

# A verb that tells a deed through its verbal noun after it, its doer the noun right after the verb: "قام الرئيس بزيارة
# إلى الجزائر" = "زار الرئيس الجزائر", "أجرى الوزير اتصالاً بنظيره" = "اتصل الوزير بنظيره" (verify_light_verbs).
DEED_LIGHT_VERBS = ("قام", "قامت", "يقوم", "تقوم", "أجرى", "أجرت", "يجري", "تجري")
# One that tells the deed received: its doer is the verbal noun's "من" ("تلقى الوزير اتصالاً من نظيره" = "اتصل نظيره
# بالوزير", not "اتصل الوزير بنظيره").
RECEIVING_LIGHT_VERBS = ("تلقى", "تلقت", "يتلقى", "تتلقى")
# A headline's present of announcing ("الوكالة تعلن إطلاق …"): the body telling its own deed (link_pruning), and the
# sentence's pasts of saying that make it another's word instead.
HEADLINE_ANNOUNCING = ("تعلن", "يعلن")
HEADLINE_SAYING_PASTS = ("قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "ذكر", "ذكرت", "أفاد", "أفادت", "نفى", "نفت",
                         "صرح", "صرحت", "أوضح", "أوضحت", "كشف", "كشفت")
