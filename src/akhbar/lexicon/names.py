"""Names: places, persons, peoples and nationalities, and the words that mark a name.

What belongs here: lists of named things (countries, capitals, cities, given names, persons and
organisations, nationalities and peoples), national bodies, and the cues a name is known by in a text that
writes no capitals (akhbar.qa.names, akhbar.sides, akhbar.timeline, the claim checker's place slots).
"""

from __future__ import annotations

# --- peoples and bodies ------------------------------------------------------------------------------

# Nationality adjectives (masculine, without ال; one country's spellings together). The claim checker reads them as
# a kind whose members exclude each other; a timeline reads one after a body's name as that body's country
# ("وزارة الصحة الماليزية" is not the ministry a Saudi archive means by "وزارة الصحة").
NATIONALITIES = (
    "مصري", "سعودي", "إماراتي", "قطري", "كويتي", "بحريني", "عماني", "يمني", "عراقي", "سوري", "لبناني", "أردني",
    "فلسطيني", "إسرائيلي", "ليبي", "تونسي", "جزائري", "مغربي", "موريتاني", "سوداني", "صومالي", "تركي", "إيراني",
    "روسي", "أوكراني", "صيني", "ياباني", "هندي", "باكستاني", "أفغاني", "فرنسي", "ألماني", "بريطاني", "إيطالي",
    "إسباني", "برتغالي", "هولندي", "بلجيكي", "سويسري", "نمساوي", "سويدي", "أمريكي أميركي", "كندي", "مكسيكي",
    "برازيلي", "أرجنتيني", "كرواتي", "كوري", "تايواني", "يوناني", "بولندي", "ماليزي", "إندونيسي", "أسترالي",
    "فلبيني", "نيجيري", "إثيوبي",
    # (round 35: nationalities real news named that the list lacked; none a common word once folded)
    "فنزويلي", "كولومبي", "تشيلي", "بيروفي", "دنماركي", "نرويجي", "فنلندي", "تشيكي", "صربي", "بلغاري", "إيرلندي",
    "كيني", "سنغالي", "كاميروني", "إريتري", "تشادي", "بنغلاديشي", "سريلانكي", "تايلاندي", "فيتنامي", "أوزبكي",
    "كازاخستاني", "أذربيجاني", "قبرصي", "نيوزيلندي")

# Broken plurals of NATIONALITIES, under the singular that opens the entry: "جنود أتراك" are Turkish soldiers as
# "جندي تركي" is a Turkish soldier. A sound plural (سوريون، سوريين) is found by its stem, a broken one is not, so a
# claim's "جنود سوريين" against a sentence's "جنود أتراك" read as two different words, not two nationalities in one
# slot. Read by the claim checker through NATIONALITY_FORMS; the timeline reads NATIONALITIES alone (timeline_topic._foreign:
# a body's nationality is written as an adjective, "وزارة الصحة التركية", never as a plural).
NATIONALITY_PLURALS = {
    "تركي": ("أتراك",), "روسي": ("روس",), "ألماني": ("ألمان",), "هندي": ("هنود",), "أفغاني": ("أفغان",),
    "مغربي": ("مغاربة",), "تونسي": ("توانسة",), "إسباني": ("إسبان",), "أمريكي": ("أمريكان", "أميركان")}
# Each nationality with every form of it the claim checker reads: its spellings, then its broken plurals.
NATIONALITY_FORMS: tuple[tuple[str, ...], ...] = tuple(
    (*forms.split(), *NATIONALITY_PLURALS.get(forms.split()[0], ())) for forms in NATIONALITIES)

# Peoples and faiths news names (one people's forms together: singular adjective, plural). With NATIONALITIES
# these are the words that say *whose* a thing is: Arabic WordNet puts some of them in one synset
# ("إسرائيلي / عبري / يهودي"), but in a claim another people is another party, never a rewording, so the claim
# checker's word tables drop such words from any synonym group that mixes two of them (wordtables.people_key).
PEOPLES = (
    "يهودي يهود", "عبري", "عربي عرب", "كردي أكراد", "أمازيغي", "فارسي", "تركماني", "درزي دروز", "قبطي أقباط",
    "أرمني أرمن", "آشوري", "شركسي", "مسلم مسلمون مسلمين", "مسيحي نصراني مسيحيون مسيحيين", "شيعي", "بوذي", "هندوسي")

# Clubs named by a common noun ("نادي الكوكب", the planet): the name counts only right after a club word, as a club named
# after its city does ("الكوكب القزم بلوتو" is no club; akhbar.timeline_topic).
COMMON_NOUN_CLUBS = ("الكوكب",)

# Bodies every country has one of: a query naming one ("وزارة الصحة", "الحرس الوطني") means the archive's own
# country's, and the name followed by another country's nationality ("وزارة الصحة الماليزية") is another body.
NATIONAL_BODIES = ("وزارة", "هيئة", "الهيئة", "مجلس", "الحرس", "حرس", "جهاز", "إدارة", "مديرية", "الرئاسة", "رئاسة",
                   "مؤسسة", "صندوق", "مستشفى", "جامعة", "المنتخب", "منتخب", "مصرف", "البنك", "بنك", "وكالة", "مفوضية",
                   "محكمة", "النيابة", "الشرطة", "الدفاع", "الخطوط", "سوق", "الجيش", "البرلمان", "برلمان",
                   # two words: "الهلال" alone is also the club, whose name "الهلال السوداني" or "في الإمارات" does not move
                   "الهلال الأحمر")
# A region's body named by the region after it ("شرطة منطقة القصيم", "شرطة المنطقة الشرقية"): a text without the head names
# the region alone (its weather, its emir, its chamber of commerce), not the body (akhbar.timeline_topic).
# Its education directorate too ("تعليم منطقة جازان"): without "تعليم" a sentence is the region's rain, its emir or its police.
# Its passports and a governorate's municipality too ("جوازات منطقة القصيم", "بلدية محافظة الزلفي"): the stemmer gives
# "جوازات" and "الجوازات" two stems, both the head's, and reads "بلدية" as ب and a stopword, so the head is read as written.
REGION_BODY_HEADS = ("شرطة", "إمارة", "أمانة", "تعليم", "جوازات", "بلدية", "مرور", "غرفة")  # its police, its emirate (the emir's
# office), its municipality, its traffic directorate ("مرور منطقة القصيم": the head's adjective, "حادث مروري", is no
# directorate), its chamber of commerce, named by the city or the region alone ("غرفة مكة المكرمة": without "غرفة" the
# holy city's rain or moon). Written without ال right before a word the query does not write, the head is another's
# ("أمانة الإدارة", a directorate's secretariat; "غرفة عمليات الدفاع المدني", an operations room; "إمارة دبي").
# The regions named by an adjective after "المنطقة" ("المنطقة الشرقية"): for a query whose region is named by its own
# name ("بمنطقة الرياض"), "بالمنطقة الشرقية" is another region named outright, not the region said short.
REGION_ADJECTIVE_NAMES = ("الشرقية",)
# Words that put a name after them as a region's or a governorate's ("منطقة القصيم", "بمحافظة النبهانية"): in a query that
# names one region, the word written without ال right before another name is another region's ("شرطة منطقة مكة المكرمة"
# for "شرطة منطقة عسير"), so it counts nothing (akhbar.timeline_topic).
REGION_WORDS = ("منطقة", "محافظة")
# The governorates of each region, as news writes them after "محافظة" ("بمحافظة الأحساء" is the Eastern Province's): for a
# query of one region, a governorate of another one named after its word, in a sentence that names none of the query's
# places, is that region's branch (akhbar.timeline_topic). Keyed by the region's name as written after "منطقة".
REGION_GOVERNORATES = {
    "الرياض": ("الخرج", "الدوادمي", "المجمعة", "القويعية", "وادي الدواسر", "الأفلاج", "الزلفي", "شقراء", "حوطة بني تميم",
               "عفيف", "السليل", "ضرما", "المزاحمية", "ثادق", "حريملاء", "الغاط", "الدرعية", "الدلم"),
    "مكة المكرمة": ("جدة", "الطائف", "القنفذة", "الليث", "رابغ", "خليص", "الجموم", "الخرمة", "رنية", "تربة", "ميسان",
                    "أضم", "العرضيات", "المويه"),
    "المدينة المنورة": ("ينبع", "العلا", "المهد", "بدر", "خيبر", "الحناكية", "العيص", "وادي الفرع"),
    "القصيم": ("بريدة", "عنيزة", "الرس", "المذنب", "البكيرية", "البدائع", "الأسياح", "النبهانية", "الشماسية",
               "عيون الجواء", "رياض الخبراء"),
    "الشرقية": ("الدمام", "الأحساء", "حفر الباطن", "الجبيل", "القطيف", "الخبر", "الظهران", "الخفجي", "رأس تنورة",
                "بقيق", "النعيرية", "قرية العليا"),
    "عسير": ("أبها", "خميس مشيط", "بيشة", "النماص", "محايل عسير", "سراة عبيدة", "تثليث", "رجال ألمع", "أحد رفيدة",
             "ظهران الجنوب", "بلقرن", "المجاردة", "تنومة"),
    "تبوك": ("الوجه", "ضباء", "تيماء", "أملج", "حقل", "البدع"),
    "حائل": ("بقعاء", "الغزالة", "الشنان", "الحائط", "السليمي", "الشملي", "موقق"),
    "الحدود الشمالية": ("عرعر", "رفحاء", "طريف", "العويقيلة"),
    "جازان": ("صبيا", "أبو عريش", "صامطة", "الحرث", "ضمد", "الريث", "بيش", "فرسان", "الدائر", "أحد المسارحة",
              "العيدابي", "العارضة", "الدرب", "هروب", "فيفاء"),
    "نجران": ("شرورة", "حبونا", "بدر الجنوب", "يدمة", "ثار", "خباش"),
    "الباحة": ("بلجرشي", "المندق", "المخواة", "قلوة", "العقيق", "القرى", "غامد الزناد", "الحجرة"),
    "الجوف": ("سكاكا", "القريات", "دومة الجندل", "طبرجل"),
}
# Heads of a general body's name, before "العامة" and its field ("الإدارة العامة للمرور", "الرئاسة العامة لرعاية الشباب"):
# "العامة" and another field after the head make another general body of the kind (akhbar.timeline_topic).
GENERAL_HEADS = ("الإدارة", "المديرية", "الرئاسة", "المؤسسة", "الهيئة", "الأمانة")
# Heads of an institution's name among them: one right before a word the query does not write (and that names no country)
# heads another institution of the field ("البنك الأهلي الكويتي", "وزارة الداخلية", "مجلس الشيوخ"), not the query's
# ("بنك الكويت المركزي", "وزارة الإعلام الكويتية", "مجلس النواب الأمريكي"). Not an army, a team, a market or an airline,
# named as often with a word that qualifies it ("الجيش الوطني", "المنتخب الأولمبي", "سوق الأوراق المالية").
INSTITUTION_HEADS = ("وزارة", "هيئة", "الهيئة", "مجلس", "جهاز", "مؤسسة", "صندوق", "مصرف", "البنك", "بنك", "وكالة",
                     "مفوضية", "محكمة", "البرلمان", "برلمان")
# A team's heads, and the words after one that make it a team of the young ("منتخب الشباب", "المنتخب الأولمبي", "منتخب
# مصر للناشئين"): another team than the senior one, "المنتخب الأول" or the team named alone (akhbar.verify_teams,
# round 39: round 37's held out had "بلغ منتخب الشباب … النهائيات" support the senior team's claim at 0.92).
TEAM_HEADS = ("منتخب", "فريق")
# A market's heads: one named by its city ("سوق أبوظبي للأوراق المالية", "بورصة عمّان") is that city's alone; its other words
# ("سوق الأوراق المالية") name every city's market (akhbar.timeline_query, ``Topic.city``).
MARKET_HEADS = ("سوق", "بورصة")
# The last word of a newspaper's name made of its city and this word ("صحيفة بانكوك بوست", "نيويورك تايمز", "جيروزاليم
# بوست"): the city right before one names the paper that told the news, not the place of the news (akhbar.timeline_marks).
NEWSPAPER_TAILS = ("بوست", "تايمز", "هيرالد", "تريبيون", "جورنال", "تلغراف", "غازيت")
# Verbs of a set phrase that share the stem of a news word of another meaning, and what follows them in the phrase:
# "تسول له نفسه" (whoever is tempted to …, 113 of the 118 bare "تسول" of the SaudiNewsNet sample, in statements after an
# attack) is no begging ("التسول"). There the verb counts nothing for a timeline query (akhbar.timeline_marks).
IDIOM_VERBS = {"تسول": ("له", "لها", "لهم", "لهما", "لهن", "لك", "لكم")}
YOUTH_TEAMS = ("الشباب", "الشبان", "الناشئين", "الناشئات", "الشابات", "الأولمبي", "الأولمبية", "الرديف", "الأواسط", "الأشبال",
               "الأمل")
# The words of a team's game that may stand between its head and the youth word ("منتخب مصر لكرة القدم للشباب"); a
# name or a nationality may too, any other word ends the team's name ("فاز المنتخب ببطولة العالم للناشئين": the
# championship is the juniors', the team is not told).
TEAM_GAME_WORDS = ("لكرة", "كرة", "القدم", "اليد", "السلة", "الطائرة", "الماء", "الصالات", "الشاطئية")
# Heads of a facility's or a union's name, read like INSTITUTION_HEADS by ask (akhbar.qa.other_body): "ميناء العقبة" and
# "مطار الملكة علياء", "نقابة المعلمين" and "نقابة الأطباء", "لجنة العمل" and "لجنة المالية" are each another one.
FACILITY_HEADS = ("ميناء", "مرفأ", "مطار", "محطة", "نقابة", "لجنة")
# Members a union or a body is named by before the field that tells it apart ("نقابة العاملين في الموانئ" and "نقابة
# العاملين في المطارات", "نقابة عمال البناء" and "نقابة عمال النسيج"): the word after them names the body, not they
# (akhbar.qa.other_body, round 33).
BODY_MEMBERS = ("العاملين", "عمال", "العمال", "موظفي", "الموظفين")

# Offices whose next word names the body they head, read like FACILITY_HEADS by ask (akhbar.qa.other_body): "نقيب
# المهندسين" heads another union than "نقيب الأطباء", "وزير الثقافة" another ministry than "وزير النقل" (a feminine
# title heads the same kind of body: "وزيرة البيئة" is no minister of water either).
OFFICE_HEADS = ("نقيب", "وزير", "وزيرة")
# A director's title, whose body is named by the next word, "العام" allowed between: in construct ("مدير عام الجمارك") or,
# with ال, glued to ل ("المدير العام للدفاع المدني" heads another body than "المدير العام للمؤسسة …": akhbar.qa.other_body,
# round 36; held out 22's forests director was given the civil defence's).
DIRECTOR_HEADS = ("مدير", "المدير", "مديرة", "المديرة")
DIRECTOR_GENERAL = ("العام", "عام", "العامة", "عامة")
# The field an office's title names right after it ("المدير المالي"، "الرئيس التنفيذي"): another office than the one
# written with another of these or with none ("الرئيس المدير العام للشركة" is no chief financial officer: akhbar.qa.office_holder,
# round 42). No nationality ("الرئيس الفرنسي"): a country's office is told by its name as often.
OFFICE_QUALIFIERS = ("المالي", "المالية", "التنفيذي", "التنفيذية", "الفني", "الفنية", "الإداري", "الإدارية", "التجاري",
                     "التجارية", "الإعلامي", "الإعلامية", "الطبي", "الطبية", "القانوني", "القانونية", "التقني", "التقنية",
                     "الأكاديمي", "الأكاديمية", "الرياضي", "الرياضية", "التسويقي", "التسويقية")
# A person's offices a list writes right after each of its names ("X وزير الطاقة وY الأمين العام"): the office is that
# name's (akhbar.verify_appositions, round 35). Not a body's head ("شركة", "منتخب"): the word before it is no holder.
APPOSITION_OFFICES = ("الأمين", "أمين", "مدير", "المدير", "نائب", "المتحدث", "محافظ", "المحافظ", "سفير", "السفير",
                      "وزير", "الوزير", "وزيرة", "الوزيرة", "رئيس", "الرئيس", "الملك", "الأمير", "الشيخ", "زعيم", "الزعيم")
# The labels of a byline or a photo credit ("تصوير: علي الزهراني"): the names after them wrote the page or took its
# pictures. The line cleaner drops a short line that opens on one (akhbar.clean); the claim checker gives such a name
# no deed the sentence tells (akhbar.verify_appositions.name_of_a_credit, round 36).
CREDIT_LABELS = ("بقلم", "كتب", "كتبت", "تحرير", "إعداد", "حوار", "الصورة", "تصوير", "الكاتب", "المحرر", "بواسطة", "مراسل",
                 "مراسلنا", "صور", "صورة", "ترجمة")
# The parts of a work's making a credit names someone for ("من تأليف X وإخراج Y", "بطولة X"): each name is that
# part's, and the writer is not the director (akhbar.verify_appositions.credit_of_another_name, round 43).
WORK_CREDITS = ("تأليف", "إخراج", "تلحين", "ألحان", "كلمات", "بطولة", "إنتاج", "غناء", "أداء", "سيناريو", "تصميم", "إشراف",
                "تقديم", "توزيع", "رسوم", "تمثيل", "إعداد")
# Words of a body's kind that a follow-up names it by, with its country's adjective ("الشركة البريطانية" after "الخطوط
# الجوية البريطانية", "الوزارة التركية"): the body of its article's story, not the country alone.
BODY_KINDS = ("الشركة", "الناقل", "الوزارة", "الهيئة", "البنك", "المصرف", "الجيش", "القوات", "البرلمان", "المجلس")
# Adjectives of a region or of the world that make a national body's name another body's, as another country's
# nationality does ("البرلمان العربي", "البنك المركزي الأوروبي", "مجلس الشورى الإسلامي", "صندوق النقد الدولي"): read
# after the name only (a query that writes one, "البرلمان الأوروبي", asks for that body).
REGIONAL_ADJECTIVES = ("عربي", "أوروبي", "خليجي", "أفريقي إفريقي", "آسيوي", "إسلامي", "دولي", "عالمي", "أممي")

# ... and the preposition that puts such a body in another country when that country's name follows the body's name
# ("وزارة الدفاع في اليمن", "وكالة مكافحة الفساد في ماليزيا").
IN_COUNTRY = ("في",)
# ... and the state words that may stand between a body's name written in construct and its country's name ("وزارة
# خارجية مملكة البحرين", "هيئة سياحة دولة الإمارات"): the body is that country's.
STATE_TITLES = ("مملكة", "دولة", "جمهورية", "سلطنة", "إمارة")


# --- places ------------------------------------------------------------------------------------------

# Countries, capitals, cities and regions news names often. For the claim checker, a place of the
# claim the source does not name, where the source names another one of these, is a wrong place, not
# a missing detail; for ask, a question naming one asks about that place: an answer about another
# country's earthquake is no answer ("كم عدد قتلى الزلزال في لبنان؟"). ("صور", "مالي" are left out:
# far more often "pictures" and "financial" than the places.)
PLACES = (
    "مصر", "القاهرة", "الإسكندرية", "السعودية", "الرياض", "جدة", "مكة", "الإمارات", "دبي", "أبوظبي", "قطر",
    "الدوحة", "الكويت", "البحرين", "المنامة", "عمان", "مسقط", "اليمن", "صنعاء", "عدن", "العراق", "بغداد",
    "البصرة", "الموصل", "سوريا", "دمشق", "حلب", "حمص", "اللاذقية", "طرطوس", "جبلة", "إدلب", "درعا", "لبنان",
    "بيروت", "الأردن", "فلسطين", "غزة", "القدس", "رام الله", "إسرائيل", "تل أبيب", "ليبيا", "طرابلس", "بنغازي",
    "تونس", "الجزائر", "المغرب", "الرباط", "الدار البيضاء", "موريتانيا", "السودان", "الخرطوم", "الصومال",
    "جيبوتي", "تركيا", "أنقرة", "إسطنبول", "إيران", "طهران", "روسيا", "موسكو", "أوكرانيا", "كييف", "الصين",
    "بكين", "اليابان", "طوكيو", "الهند", "باكستان", "أفغانستان", "كابول", "فرنسا", "باريس", "ألمانيا", "برلين",
    "بريطانيا", "لندن", "إيطاليا", "روما", "إسبانيا", "مدريد", "البرتغال", "هولندا", "بلجيكا", "سويسرا",
    "النمسا", "السويد", "النرويج", "الدنمارك", "بولندا", "اليونان", "أمريكا", "أميركا", "كندا", "المكسيك",
    "البرازيل", "الأرجنتين", "كرواتيا", "الإكوادور", "السنغال", "الكاميرون", "غانا", "نيجيريا", "إثيوبيا",
    "كينيا", "أستراليا", "كوريا", "إندونيسيا", "ماليزيا", "الفلبين", "فنزويلا", "كولومبيا", "تشيلي", "أوروغواي",
    "البيرو", "صحار", "نيوم", "المريخ", "القمر", "الأرض", "أوروبا", "آسيا", "أفريقيا", "حميميم", "الغوطة",
    "عفرين", "الأهواز", "سورية", "الولايات المتحدة", "جنوب أفريقيا", "فيتنام", "إنجلترا", "إنكلترا", "اسكتلندا",
    "فنلندا", "المجر", "رومانيا", "صربيا", "قبرص", "أرمينيا", "أذربيجان", "جورجيا", "كازاخستان", "أوزبكستان",
    "بنغلاديش", "تايلاند", "سنغافورة", "تايوان", "نيوزيلندا", "كوبا", "بيرو", "تشاد", "النيجر", "عمّان",
    "المدينة المنورة", "نيودلهي", "واشنطن", "نيويورك", "جنيف", "بروكسل", "فيينا", "أثينا", "حماة", "الرقة",
    "دير الزور", "أربيل", "أسوان", "الأقصر", "مراكش", "وهران", "صفاقس", "نابلس", "الخليل", "حيفا", "يافا",
    "صيدا", "طنجة", "فاس", "الشارقة", "العقبة", "إربد", "الزرقاء", "تبوك", "الدمام", "قناة السويس", "الخليج",
    # (the regions and towns real news is full of, round 33: "باشرت فرق الهلال الأحمر في جازان …" was supported by a
    # sentence of the Red Crescent of another region, neither read as a place; not the towns whose name is also a word
    # of news, read with or without its article: الخبر، الخرج، الباحة، الجوف، الرمادي، الحديدة، المنصورة، جنين، ينبع،
    # الليث، صبيا، الزاوية، سبها; nor السويس, which news names mostly in "قناة السويس")
    "جازان", "جيزان", "عسير", "نجران", "حائل", "القصيم", "الأحساء", "القطيف", "الطائف", "أبها",
    "بريدة", "عنيزة", "الجبيل", "عرعر", "سكاكا", "القريات", "القنفذة", "بيشة", "رابغ", "الظهران", "الزلفي",
    "شرورة", "تنومة", "النماص", "خميس مشيط", "حفر الباطن", "عجمان", "صلالة", "تعز", "مأرب", "حضرموت",
    "المكلا", "صعدة", "لحج", "شبوة", "الأنبار", "الفلوجة", "كركوك", "تكريت", "سامراء", "النجف", "كربلاء",
    "الحسكة", "القامشلي", "منبج", "جرابلس", "الكرك", "جرش", "رفح", "بيت لحم", "خان يونس", "سيناء", "العريش",
    "بورسعيد", "الإسماعيلية", "طنطا", "الزقازيق", "أسيوط", "سوهاج", "المنيا", "الغردقة",
    "الفيوم", "دمياط", "الجيزة", "حلوان", "شرم الشيخ", "بني سويف", "مصراتة", "درنة", "أمدرمان", "دارفور", "نواكشوط",
    "قسنطينة", "سوسة", "أكادير",
)

# The whole world as news names it, for ask's counts: "عدد سكان العالم" counts no one place's people, so it is
# no answer to a count asked of a region (qa.how_many; "الأرض" is a place of PLACES already).
WHOLE_WORLD = ("العالم", "المعمورة")

# Capitals that news writes for their country's government as a party ("برلين تطالب موسكو" = "ألمانيا تطالب
# روسيا"), country -> capitals (single words of PLACES; not a capital that is also a club's or another city's
# usual name: مدريد، روما). The claim checker links the two only where neither is a place of the event
# ("في برلين" is no "في ألمانيا" stated).
CAPITALS = {
    "ألمانيا": ("برلين",), "روسيا": ("موسكو",), "الصين": ("بكين",), "فرنسا": ("باريس",), "بريطانيا": ("لندن",),
    "إيران": ("طهران",), "تركيا": ("أنقرة",), "السعودية": ("الرياض",), "مصر": ("القاهرة",), "سوريا": ("دمشق",),
    "سورية": ("دمشق",), "العراق": ("بغداد",), "لبنان": ("بيروت",), "الأردن": ("عمّان",), "قطر": ("الدوحة",),
    "الإمارات": ("أبوظبي",), "اليمن": ("صنعاء",), "ليبيا": ("طرابلس",), "السودان": ("الخرطوم",), "المغرب": ("الرباط",),
    "اليابان": ("طوكيو",), "أوكرانيا": ("كييف",), "أفغانستان": ("كابول",), "البحرين": ("المنامة",),
    "عمان": ("مسقط",), "الهند": ("نيودلهي",), "النمسا": ("فيينا",), "اليونان": ("أثينا",), "بلجيكا": ("بروكسل",),
    "كوريا": ("سيول", "سيؤول"), "كندا": ("أوتاوا",),
}

# Kinds of place whose own name follows them in construct, one group per kind (the words of a group
# name the same kind: "ميناء" / "مرفأ"). For ask, a question's cue without ال and the name after it
# (its ال-word, "سجن المزة"; or a plain word and the ال-word in construct with it, "معبر باب السلامة") are
# one name: the evidence must hold the name's words side by side, and not right after a cue of another
# group ("حي المزة" says nothing of "سجن المزة"; "معبر باب الهوى" nothing of "معبر باب السلامة").
PLACE_CUES: tuple[tuple[str, ...], ...] = (
    ("معبر", "منفذ"),
    ("جسر", "كوبري"),
    ("ميناء", "مرفأ"),
    ("مطار",),
    ("حي",),
    ("سجن", "معتقل"),
    ("ساحة", "ميدان"),
    ("شارع",),
    ("استاد", "ستاد", "ملعب"),
    ("مخيم",),
)

# The words that say what kind of inhabited place the name after them is ("مدينة حمص", "العاصمة دمشق", "بلدة …",
# "قرية …", "محافظة …"). The claim checker reads one before the same name on both sides, or on one side only, as the
# same place: "قرب حمص", "قرب مدينة حمص" and "قرب العاصمة حمص" say one thing; another name stays another place.
TOWN_HEADS = ("مدينة", "العاصمة", "بلدة", "قرية", "محافظة", "ولاية", "إقليم")
# The head of an ancient site ("موقع أور"، "تل حلف"): the word after it names the site, however close it is to a function
# word ("أور" is one letter off "إثر"; akhbar.qa.rare, round 44).
SITE_HEADS = ("موقع", "تل")
# Of them, a city's (no province's): a city named after one ("مدينة الكويت") is not met by its name as an adjective, which
# tells the country or the province ("بلدة الوفرة الكويتية"; akhbar.qa.constraint_check, round 43).
CITY_HEADS = ("مدينة", "بلدة", "قرية")
# Their plurals and other words for places in general ("في مدن عدة", "في مناطق الشمال"): no one place named.
PLACES_IN_GENERAL = ("مدن", "بلدات", "قرى", "محافظات", "ولايات", "أقاليم", "دول", "بلدان", "مناطق", "أحياء", "عواصم",
                     "أماكن", "مواقع", "أنحاء", "البلاد")

# Places and bodies named by two words, most of whose first word names no place alone ("الولايات"،
# "المملكة"، "الاتحاد"، "جنوب" are any states, kingdom, union, south; "كوريا الجنوبية" is not "كوريا
# الشمالية"), -> the single words news also writes for the same one (their adjectives follow by the
# matcher: "الأمريكية" for أمريكا). For ask, a question naming one asks about it: the evidence must hold
# the two words side by side or one of these ("متى وقع حافظ الأسد معاهدة صداقة مع الولايات المتحدة؟"
# is not answered by the Soviet treaty). Kept apart from PLACES, which the claim checker reads word by word.
COMPOUND_NAMES: dict[str, tuple[str, ...]] = {
    "الولايات المتحدة": ("أمريكا", "أميركا"), "المملكة المتحدة": ("بريطانيا",), "جنوب أفريقيا": (),
    "جنوب السودان": (), "كوريا الجنوبية": (), "كوريا الشمالية": (), "الاتحاد الأوروبي": (),
    "الاتحاد السوفيتي": ("السوفيتي", "السوفييتي"), "الاتحاد الأفريقي": (), "الأمم المتحدة": ("الأممية",),
    "مجلس الأمن": (), "البنك الدولي": (), "البيت الأبيض": (), "هونغ كونغ": (),
    "أمريكا اللاتينية": (), "أمريكا الجنوبية": (), "أمريكا الشمالية": (), "ساحل العاج": (),
}


# --- names -------------------------------------------------------------------------------------------

# A word after one of these names the thing ("قاعدة حميميم"، "مرفأ بيروت"، "منتخب الأرجنتين", "الرئيس
# بوتين"): Arabic writes no capitals, so a name is known by its company.
NAME_CUES = (
    "قاعدة", "مدينة", "مرفأ", "ميناء", "مطار", "شركة", "جامعة", "منتخب", "نادي", "فريق", "جزيرة", "نهر", "جبل",
    "محافظة", "ولاية", "قناة", "مسبار", "سفينة", "السفينة", "مسجد", "كاتدرائية", "قلعة", "سد", "حزب", "حركة",
    "وكالة", "صحيفة", "مجلة", "مهرجان", "بطولة", "كأس", "جائزة", "الرئيس", "الملك", "الأمير", "الشيخ", "الوزير",
    "الروائي", "الكاتب", "الشاعر", "اللاعب", "الفنان", "المخرج", "العالم", "الدكتور", "السلطان", "الإمام",
    "الجنرال", "المشير", "الفريق", "زعيم", "الزعيم", "مجموعة", "منظمة", "مصرف", "بنك", "كوكب", "البابا",
    # (a work's title: "فيلم «شد أجزاء»", "مسلسل …"; round 43)
    "فيلم", "مسلسل", "مسرحية", "رواية", "أغنية", "ألبوم",
)

# Military ranks before an officer's name in a question ("كم سنة سجن العقيد إدريس …؟"): the words after one name him, as
# after a title of NAME_CUES (akhbar.qa.constraints, round 43: held out 29's colonel was no name, and his verdict's count was
# read from the other officers' clauses). Kept to qa: "النقيب" and "العميد" are also a syndicate's head and a dean.
MILITARY_RANKS = ("العقيد", "الرائد", "النقيب", "المقدم", "العميد", "اللواء", "الملازم", "الرقيب", "العريف")

# A profession's title before a man's name ("للمهندس وائل النسور"، "الدكتور باسل العتوم"): like an office, it names the man
# after it, so a relative pronoun right after his name tells his deed (akhbar.qa.deed_clause, round 33).
PROFESSION_TITLES = ("المهندس", "المهندسة", "الدكتور", "الدكتورة", "الصيدلاني", "الصحفي", "الصحفية")

# Institutions news names by the word after their head ("مستشفى الشفاء"، "متحف التراث"، "مكتبة الفجر"، "مدرسة الأمل"):
# a question naming one asks about it, not about another of the same kind an article tells the same deed of (akhbar.qa.
# constraints: "متى افتتح الوزير الجناح في مستشفى البشير؟" was answered from "مستشفى الشفاء", round 28). Not NAME_CUES:
# after these the answering sentence often writes the head alone ("مدير المستشفى"), which the article's name resolves. Not
# "كلية" nor "معهد": a field follows them ("كلية الطب", "كلية طب وجراحة"), no name of one.
INSTITUTION_CUES = ("مستشفى", "متحف", "مكتبة", "مدرسة", "جامعة")
# The units of an institution a count may be asked in ("في كلية الصيدلة بجامعة …"), and the institutions written after
# them: a sentence counting the institution by its head alone ("ويدرس في الجامعة 6800 طالب") counts the whole, not the
# unit asked (akhbar.qa.part_unit, round 41).
UNIT_HEADS = ("كلية", "قسم", "فرع")
UNIT_WHOLES = ("جامعة", "شركة", "مستشفى", "مصرف", "بنك")

# A military base's cue and its dual ("بقاعدتي حميميم وطرطوس"): a name after it names the base, not the town of that
# name ("قاعدة تدمر" is no mine "قرب تدمر"; akhbar.qa.constraints holds the name to its cue in the article).
BASE_CUES = ("قاعدة", "قاعدتي", "قاعدتا", "قاعدتين")

# Nouns that stand in construct before a place's kind and name a part of it, its people or a spot beside it ("أبواب سجن
# صيدنايا", "بوابة السجن", "أمام سجن", "مدير السجن"): the kind after one is the place, not a deed its letters also write
# ("سجن" the prison, not the jailing), so it is no opposite of a release (akhbar.opposites.signs).
PLACE_PART_NOUNS = ("باب", "أبواب", "بوابة", "بوابات", "سور", "أسوار", "جدران", "مبنى", "مباني", "ساحة", "باحة", "زنزانة",
                    "زنازين", "جناح", "أجنحة", "مدخل", "مداخل", "محيط", "داخل", "خارج", "أمام", "قرب", "حول", "مدير",
                    "إدارة", "حراس", "حارس", "نزلاء", "سجناء", "معتقلي")
# Verbs (and their nouns) whose object is a place, opened, closed or stormed: a place's kind right after one is the place
# ("فتحت الفصائل سجن صيدنايا", "بعد فتح سجن صيدنايا": the prison, not a jailing), so it is no opposite of a release either
# (round 41: dev 35's and dev 37's true "وأطلقت الفصائل سراح آلاف المعتقلين بعد أن فتحت سجن صيدنايا" was replaced,
# "opposite: فتحت / أفرج"). Not a verb that orders a deed ("قررت المحكمة سجن رجل الأعمال" jails).
PLACE_OBJECT_VERBS = ("فتح", "فتحت", "فتحوا", "يفتح", "تفتح", "افتتح", "افتتحت", "أغلق", "أغلقت", "أغلقوا", "يغلق", "تغلق",
                      "إغلاق", "اقتحم", "اقتحمت", "اقتحموا", "يقتحم", "تقتحم", "اقتحام")

# Cues of PLACE_CUES whose place is named after a town ("مطار حلب", "ميناء اللاذقية", "سجن حماة"): the town alone says
# nothing of its airport, port or prison, so the name is held to its cue as a base's is (BASE_CUES): an article of the
# evidence must name the place by a cue of its kind ("مرفأ طرطوس" for "ميناء طرطوس"), or ask abstains naming it.
TOWN_PLACE_CUES = ("ميناء", "مرفأ", "مطار", "سجن", "معتقل")

# The heads whose next word (without ال) is a place's name, however that name is shaped: the town heads, the kinds of
# place, and the cues of NAME_CUES that name a place. A made-up "مرفأ قمرون" (ending like a plural) or "جزيرة برقيس"
# (starting like a glued ب) is still the port's, the island's name: the claim checker reads it as that slot's value,
# so two such places exchanged around their heads are a swap, not a copy of the source's words.
PLACE_HEADS = (*TOWN_HEADS, *(w for kind in PLACE_CUES for w in kind), "جزيرة", "نهر", "جبل", "قلعة")

# Given names common in Arabic news: a word that is one starts a person's name (and the family
# name after it: "أحمد الشرع").
GIVEN_NAMES = (
    "محمد", "أحمد", "محمود", "مصطفى", "علي", "حسن", "حسين", "عمر", "عثمان", "خالد", "سعد", "سعيد", "عبدالله",
    "يوسف", "إبراهيم", "إسماعيل", "موسى", "عيسى", "طارق", "بشار", "حافظ", "صدام", "جمال", "أنور", "حسني",
    "معمر", "فيصل", "سلمان", "فهد", "نايف", "طلال", "وليد", "ماجد", "راشد", "زايد", "حمد", "تميم", "ناصر",
    "صالح", "سالم", "كمال", "رفيق", "نجيب", "طه", "توفيق", "جبران", "نزار", "مريم", "فاطمة", "عائشة", "خديجة",
    "زينب", "ليلى", "هدى", "رانيا", "ياسر", "رجب", "ميشال", "نبيه", "سمير", "أمين", "أسامة", "هاني", "شريف",
    "جورج", "نبيل", "عادل", "هشام", "عمرو", "حازم", "رشيد", "مراد", "كريم", "أيمن", "حسان", "ميشيل", "دونالد",
    "جو", "باراك", "فلاديمير", "إيمانويل", "أنجيلا", "ليونيل", "كريستيانو", "كيليان", "بنيامين", "قيس", "إلياس",
    "نوري", "مسعود", "ليونيد", "نيكولا", "جون", "توماس", "ألبرت", "إسحاق", "تشارلز", "وليام", "ريتشارد", "بيل",
    "هيلاري", "مارتن", "نيلسون", "ونستون", "شارل", "نابليون", "يوليوس", "ماركو", "عبدالرحمن", "عبدالعزيز",
    "بندر", "جاسم", "سلطان", "عبدالفتاح",
)

# People news names often, one word each, beside GIVEN_NAMES (a name may take a clitic: "لترامب"). Many
# begin with the letters of a verb's prefix (ت ي ن ا: ترامب، نتنياهو، أردوغان), so the spelling alone
# does not tell them from verbs. (Names that are also common words are left out: فتح، عون، هادي، صلاح، ماي، بن.)
PEOPLE_NAMES = (
    "ترامب", "بوتين", "أردوغان", "نتنياهو", "ماكرون", "ميركل", "عباس", "السيسي", "روحاني", "خامنئي", "ظريف",
    "بايدن", "أوباما", "كلينتون", "جونسون", "تيريزا", "بومبيو", "تيلرسون", "بولتون", "كوشنر", "لافروف", "شويغو",
    "زيلينسكي", "مودي", "جونغ", "بينغ", "الأسد", "حفتر", "السراج", "البشير", "الحريري", "نصرالله", "الحوثي",
    "الجبير", "ميسي", "رونالدو", "مبابي", "نيمار", "محفوظ", "الركراكي", "غوتيريش",
)
# Organisations, companies and movements news names by one word: a count a question asks of one ("كم
# جمعت أرامكو") is told of "الشركة", not of a person by name.
BODY_NAMES = (
    "أوبك", "ناتو", "الناتو", "فيفا", "يونيسف", "اليونسكو", "إيرباص", "بوينغ", "غوغل", "جوجل", "فيسبوك", "تويتر",
    "أمازون", "تسلا", "موديز", "فيتش", "أرامكو", "هواوي", "سامسونغ", "نوكيا", "أوبر", "حماس", "داعش", "طالبان",
    "القاعدة", "الحوثيون", "الحوثيين", "رويترز",
)
PERSONS = PEOPLE_NAMES + BODY_NAMES

# Titles between an institution and a person it is named after ("جامعة الملك سعود", "مستشفى الأمير سلطان").
EPONYM_TITLES = ("الملك", "الأمير")

# Nouns that make a title and a name right after them a place or a body named after the person ("مستشفى الأمير محمد",
# "طريق الملك فهد", "جائزة الأمير خالد"): in a timeline asked for the person, not him (akhbar.timeline). Not nouns that
# are verbs as well ("وقف" an endowment and "stood", "قصر" a palace and "fell short"): before a title, the verb is his.
EPONYM_HEADS = ("مستشفى", "مستشفيات", "جامعة", "كلية", "معهد", "مدرسة", "مدارس", "مركز", "مدينة", "مطار", "ميناء", "طريق",
                "شارع", "جسر", "ميدان", "حي", "برج", "قاعة", "ملعب", "استاد", "ستاد", "صالة", "مجمع", "مسجد", "جامع",
                "قاعدة", "منتزه", "حديقة", "كرسي", "جائزة", "كأس", "بطولة", "مسابقة", "برنامج", "مؤسسة", "صندوق",
                "مكتبة", "دارة", "متحف", "واحة", "محطة", "مشروع", "منحة", "وسام")
# ... those of them that name an occasion, a prize or a plan, not a place or a body: "السوبر الإيطالي" without "كأس" is
# still the cup, while "الحرس الوطني" without "مستشفى" is the Guard, not its hospital (akhbar.timeline).
OCCASION_HEADS = ("كأس", "بطولة", "مسابقة", "جائزة", "برنامج", "منحة", "وسام", "مشروع", "كرسي")
# Titles that open a person's name or stand for it (the king is "خادم الحرمين الشريفين", the crown prince "ولي العهد"):
# after an occasion's head ("كأس خادم الحرمين الشريفين", "جائزة الملك فيصل") the words without the head name the person,
# who is in the news every day, not the cup or the prize (akhbar.timeline).
PERSON_TITLES = EPONYM_TITLES + ("الشيخ", "الرئيس", "السلطان", "الإمام", "خادم", "ولي")
# Adjectives a title takes after it ("الرئيس السابق X"، "الشيخ الراحل X"): they describe the title, never name the
# person, so a person's short answer is never one of them (akhbar.qa.short) and a lineage reads past them (akhbar.qa.nasab).
# Of them, those that say the office is no longer the person's: "وزير الخارجية السابق" did not meet anyone as "وزير الخارجية"
# (akhbar.verify_parties; "الراحل" is left out: a late king's deeds were told of "الملك" while he reigned).
FORMER_TITLE_ADJECTIVES = ("السابق", "السابقة", "الأسبق", "الأسبقة", "المخلوع", "المخلوعة")
# ... and those that say the office is an honour, not the office itself: an honorary president does not run the club
# ("اختارت الجمعية العمومية قائد الفريق السابق رئيساً فخرياً للنادي" supported "… رئيساً للنادي" at 0.57, round 43's held
# out, now dev; akhbar.verify_parties). With the article or without, as the office is written.
HONORARY_TITLE_ADJECTIVES = ("الفخري", "الفخرية", "فخري", "فخرية", "فخريا", "فخرياً", "الشرفي", "الشرفية", "شرفي", "شرفية",
                             "شرفيا", "شرفياً")
TITLE_ADJECTIVES = (*FORMER_TITLE_ADJECTIVES, "الراحل", "الراحلة", "الحالي", "الحالية", "الفقيد", "الفقيدة", "المرحوم",
                    "المرحومة", "الجديد", "الجديدة")
# Clubs named with the article whose names are common words as well ("الهلال" a crescent, "النصر" a victory, "الشباب"
# the young, "الاتحاد" a union): two of them right after a verb of winning whose passive is written alike ("هزم الهلال
# النصر") are its winner and the team it beat, as two countries are (akhbar.wordfacts.voice). Without the list who won
# was unknown there, and "هزم النصر الهلال" was supported by "هزم الهلال النصر" (0.68, round 44: the left-out kind of
# round 43). One word each, as written with the article.
CLUB_NAMES = ("الأخدود", "الأنصار", "الأهلي", "الإسماعيلي", "الإفريقي", "الاتحاد", "الاتفاق", "الباطن", "الترجي", "التعاون",
              "الجزيرة", "الحزم", "الخليج", "الدحيل", "الرائد", "الرجاء", "الرفاع", "الرمثا", "الريان", "الزمالك", "الزوراء",
              "السالمية", "السد", "الشارقة", "الشباب", "الشبيبة", "الشعلة", "الصفاقسي", "الطائي", "الطلبة", "العدالة", "العربي",
              "العروبة", "العهد", "العين", "الغرافة", "الفتح", "الفيحاء", "الفيصلي", "القادسية", "الكرامة", "المحرق", "المريخ",
              "المصري", "المقاولون", "المولودية", "النجمة", "النصر", "النهضة", "الهلال", "الوحدات", "الوحدة", "الوداد", "الوصل",
              "الوفاق", "الوكرة")
# Platforms named like the company that runs them: the name alone is mostly where something was posted ("نشر على حسابه في
# تويتر"), not the company; "شركة تويتر" asks for the company (akhbar.timeline). One word each, as a query writes it.
# Heads of other bodies a club's name may follow as their own name: "شركة توكيلات الجزيرة" (a car dealer), "قناة الجزيرة",
# "صحيفة الرياض", "طيران الجزيرة" are no club "الجزيرة" or "الرياض" (akhbar.timeline_topic, for a club's query); nor
# is "بنك مصر" the country (akhbar.verify_parties).
CLUB_NAME_NOT_AFTER = ("شركة", "توكيلات", "مجموعة", "مؤسسة", "صحيفة", "جريدة", "مجلة", "قناة", "وكالة", "طيران", "بنك", "مصرف",
                       "فندق", "مستشفى", "جامعة")
PLATFORMS = ("تويتر", "فيسبوك", "يوتيوب", "إنستغرام", "انستغرام", "انستقرام", "سنابشات", "سناب", "واتساب", "تيليغرام", "تلغرام")

# The first part of a compound given name, written joined or apart: "عبدالعزيز" = "عبد العزيز", "عبدربه" = "عبد ربه"
# (the part after it starts with ال, or is one of the names of God written without it).
COMPOUND_NAME_HEADS = ("عبد",)
COMPOUND_NAME_TAILS = ("رب", "ربه")
# A given name of two words, the second "الدين" ("نور الدين الشرقاوي"، "صلاح الدين المعمري"): its ال-word is the given
# name's second half, not the family name a name ends on, so the family name after it is kept (akhbar.qa.short_names;
# "من هو وزير التجهيز المغربي؟" was answered "نور الدين", round 34). The first halves news writes them by.
COMPOUND_GIVEN_FIRSTS = ("نور", "عز", "صلاح", "علاء", "بدر", "شمس", "سيف", "نصر", "جمال", "كمال", "عماد", "بهاء", "ضياء",
                         "حسام", "زين", "محيي", "محي", "خير", "تاج", "فخر", "شرف", "نجم", "سعد", "ناصر", "قطب", "عصام")
COMPOUND_GIVEN_SECOND = "الدين"

# Words the stemmer makes one with another word that names something else, and the word they mean: جامع (a
# mosque) loses nothing and جامعة (a university) loses its ة, both "جامع"; "جامع الملك خالد" is no "جامعة الملك خالد".
STEM_TWINS = {"جامع": "مسجد"}

# Plurals whose stem is also the stem of a nisba adjective of another meaning, and that adjective: "المدن" (cities) and
# "المدني" (civil) both stem as "مدن". A query that writes the plural counts none of the adjective's forms ("هيئة
# الطيران المدني" is no "هيئة المدن الصناعية"); a query that writes the adjective ("الدفاع المدني") is not touched.
# So too a verbal noun whose nisba names another thing: "الانتحار" (taking one's own life) and "انتحاري" (a suicide
# bomber, "هجوم انتحاري" a bombing; blind44's suicide rows, four of its 37 judged shown events).
NISBA_APART = {"مدن": "مدني", "انتحار": "انتحاري"}

# Given names whose folded form is a stopword's: "علي" (Ali) folds as "على" (on) does. Written with its ي, the word is
# the name in news (all 11 in ANS; 24 of 30 in a sample of SaudiNewsNet, the rest Egyptian-style spellings of على): the
# claim checker reads it so. Read as the stopword, a claim's name was no word at all, and "أعلن علي أنه سيترشح" was
# supported by "أعلن سعيد أنه سيترشح", "استقبل الرئيس علي الأحمد" by "… خالد الأحمد" (round 24). As written, with و
# before them too.
NAMES_SPELT_AS_STOPWORDS = ("علي",)

# Given names that news glues to ل as a phrase, no name: "صوت 78 نائباً لصالح القانون" (in favour of) names no صالح; a
# question asking "كم نائباً صوت لصالح …؟" held "لصالح معدل قانون" as a name no sentence writes (akhbar.qa.constraints).
GLUED_NAME_PHRASES = ("لصالح",)

# Words that make the next name a father's ("محمد بن سلمان"): that name is another person.
SON_OF = ("بن", "ابن", "بنت", "ابنة")
# The Mauritanian "son of" between a name and its family's ("محمد الأمين ولد الداه"): read only before a word with ال
# (akhbar.qa.short_names; "ولد" alone is as often "was born").
SON_OF_WEST = ("ولد",)

# Words of a name (an honorific, "ولي الدين") the analyzer drops as function words: inside a name the
# sentence opens on, they are no preposition or particle that would end it (akhbar.qa.life_span).
NAME_STOPWORDS = ("ولي",)

# Nouns that point back to someone named before ("زار التاجر صديقه … إلا أن الأخير اعتذر"): as a subject they name
# no doer of their own, and may be the claim's doer by another word (akhbar.verify_doers).
BACK_POINTERS = ("الأخير", "الأخيرة", "الأخيرين", "الأخيران", "الأول", "الأولى", "الثاني", "الثانية")

# Words that open a name of two words, the second of which is often a common word ("أبو ظبي"، "أبو غريب"، "أبو
# مازن"): the word after one is part of a name, whatever its root.
NAME_HEADS = ("أبو", "أبي", "أبا", "آل")

# Words that name a service by the word after them, written without the article ("موقع مساند"، "منصة أبشر"، "تطبيق
# توكلنا"): that word is the service's name, not a deed of support or of anything else (akhbar.opposites.signs; a
# real-news reading of round 34 set "مساند" against "حذر" as the opposite of a warning).
SERVICE_HEADS = ("موقع", "منصة", "تطبيق", "بوابة")
